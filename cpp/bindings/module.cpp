// The extension module: registration only (DESIGN.md §1).
#include <pybind11/pybind11.h>

#include "parallel.hpp"
#ifdef INFOGEOM_WITH_CUDA
#include "api.hpp"
#endif

#define INFOGEOM_FAMILY(Name, header) void register_family_##Name(pybind11::module_& m);
#include "families_selected.def"
#undef INFOGEOM_FAMILY
void register_special(pybind11::module_& m);
void register_bregman(pybind11::module_& m);
void register_manifolds(pybind11::module_& m);

PYBIND11_MODULE(_core, m) {
  m.doc() = "infogeom compiled core";
  m.def("set_num_threads", &infogeom::bind::set_num_threads, pybind11::arg("n"),
        "Number of threads used by the batch loops");
  m.def("get_num_threads", &infogeom::bind::num_threads);
#ifdef _OPENMP
  m.attr("has_openmp") = true;
#else
  m.attr("has_openmp") = false;
#endif
#ifdef INFOGEOM_WITH_CUDA
  m.attr("has_cuda_build") = true;
  m.def("cuda_device_count", &infogeom::cuda::device_count,
        "Number of CUDA devices (0 without a driver or device; never raises)");
#else
  m.attr("has_cuda_build") = false;
  m.def("cuda_device_count", [] { return 0; }, "Number of CUDA devices (this build has no CUDA)");
#endif
  pybind11::list names;
#define INFOGEOM_FAMILY(Name, header) \
  register_family_##Name(m);          \
  names.append(#Name);
#include "families_selected.def"
#undef INFOGEOM_FAMILY
  m.attr("family_names") = names;
  register_special(m);
  register_bregman(m);
  register_manifolds(m);
}
