// Bindings of infogeom/bregman.hpp (issue 3): submodule _core.bregman with one class per generator.
// Python (python/infogeom/bregman.py) broadcasts and flattens; here every point is one row of a
// C-contiguous (rows, width) array.  GIL released, OpenMP row loops, ValueError at the first
// offending row.
#include <Eigen/Dense>
#include <pybind11/eigen.h>

#include <sstream>
#include <string>

#include "bind_common.hpp"
#include "infogeom/bregman.hpp"

namespace infogeom::bind {
namespace {

namespace br = infogeom::generators;

template <template <class> class Gen>
struct GenHolder {
  Gen<double> f64;
  Gen<float> f32;
  template <class... A>
  explicit GenHolder(const A&... a) : f64(a...), f32(a...) {}
  template <class S>
  const Gen<S>& get() const {
    if constexpr (std::is_same_v<S, double>) return f64;
    else return f32;
  }
};

template <class S>
const S* rows_ptr(const py::array& a, const char* gen, const char* op, const char* arg,
                  index_t width) {
  const bool ok = a.ndim() == 2 && a.shape(1) == width && (a.flags() & py::array::c_style) &&
                  a.itemsize() == sizeof(S) && a.dtype().kind() == 'f';
  if (!ok) {
    std::ostringstream s;
    s << gen << "." << op << ": argument '" << arg << "' must be a C-contiguous "
      << (sizeof(S) == 8 ? "float64" : "float32") << " array with " << width << " columns";
    throw std::invalid_argument(s.str());
  }
  return static_cast<const S*>(a.data());
}

template <class G, class S>
void validate(const G& g, const char* gen, const char* op, const char* arg, const S* p,
              index_t rows, index_t width, index_t n, const shape_t& batch) {
  const index_t first = parallel_find_first(rows, 8.0 * width, [&](index_t i) {
    const S* r = p + i * width;
    return !any_nan(r, width) && g.check(r, n) != nullptr;
  });
  if (first < rows) {
    std::ostringstream s;
    s << gen << "." << op << ": " << arg << index_str(first, batch)
      << " is outside the domain: " << g.check(p + first * width, n);
    throw std::invalid_argument(s.str());
  }
}

template <template <class> class Gen, class Cls>
void def_methods(Cls& cls) {
  using H = GenHolder<Gen>;
  const char* gname = Gen<double>::name;
  cls.def(
      "divergence",
      [gname](const H& h, const py::array& x, const py::array& y, index_t n, const shape_t& batch,
              bool validate_) {
        return with_dtype(x, [&](auto tag) -> py::object {
          using S = decltype(tag);
          const auto& g = h.template get<S>();
          const index_t w = g.width(n), rows = batch_size(batch);
          const S* px = rows_ptr<S>(x, gname, "divergence", "x", w);
          const S* py_ = rows_ptr<S>(y, gname, "divergence", "y", w);
          if (x.shape(0) != rows || y.shape(0) != rows)
            throw std::invalid_argument(std::string(gname) + ".divergence: row count mismatch");
          py::array_t<S> out(shape_t{py::ssize_t(rows)});
          S* o = out.mutable_data();
          {
            py::gil_scoped_release nogil;
            if (validate_) {
              validate(g, gname, "divergence", "x", px, rows, w, n, batch);
              validate(g, gname, "divergence", "y", py_, rows, w, n, batch);
            }
            parallel_for(rows, 32.0 * w, [&](index_t i) {
              const S* a = px + i * w;
              const S* b = py_ + i * w;
              o[i] = (any_nan(a, w) || any_nan(b, w)) ? quiet_nan<S>() : g.divergence(a, b, n);
            });
          }
          return std::move(out);
        });
      },
      py::arg("x"), py::arg("y"), py::arg("n"), py::arg("batch"), py::arg("validate") = true,
      "B(x[i] : y[i]) for rows of (rows, width) arrays");
  cls.def(
      "pairwise",
      [gname](const H& h, const py::array& X, const py::array& Y, index_t n, bool validate_) {
        return with_dtype(X, [&](auto tag) -> py::object {
          using S = decltype(tag);
          const auto& g = h.template get<S>();
          const index_t w = g.width(n);
          const S* px = rows_ptr<S>(X, gname, "pairwise", "X", w);
          const S* py_ = rows_ptr<S>(Y, gname, "pairwise", "Y", w);
          const index_t N = X.shape(0), M = Y.shape(0);
          py::array_t<S> out(shape_t{py::ssize_t(N), py::ssize_t(M)});
          S* o = out.mutable_data();
          {
            py::gil_scoped_release nogil;
            if (validate_) {
              validate(g, gname, "pairwise", "X", px, N, w, n, shape_t{py::ssize_t(N)});
              validate(g, gname, "pairwise", "Y", py_, M, w, n, shape_t{py::ssize_t(M)});
            }
            br::pairwise(g, px, N, py_, M, n, o, [](index_t rows, double cost, auto&& body) {
              parallel_for(rows, cost, body);
            });
          }
          return std::move(out);
        });
      },
      py::arg("X"), py::arg("Y"), py::arg("n"), py::arg("validate") = true,
      "B(X[i] : Y[j]) as an (N, M) array");
  cls.def(
      "phi",
      [gname](const H& h, const py::array& x, index_t n, const shape_t& batch, bool validate_) {
        return with_dtype(x, [&](auto tag) -> py::object {
          using S = decltype(tag);
          const auto& g = h.template get<S>();
          const index_t w = g.width(n), rows = batch_size(batch);
          const S* px = rows_ptr<S>(x, gname, "phi", "x", w);
          if (x.shape(0) != rows)
            throw std::invalid_argument(std::string(gname) + ".phi: row count mismatch");
          py::array_t<S> out(shape_t{py::ssize_t(rows)});
          S* o = out.mutable_data();
          {
            py::gil_scoped_release nogil;
            if (validate_) validate(g, gname, "phi", "x", px, rows, w, n, batch);
            parallel_for(rows, 16.0 * w, [&](index_t i) {
              const S* a = px + i * w;
              o[i] = any_nan(a, w) ? quiet_nan<S>() : g.phi(a, n);
            });
          }
          return std::move(out);
        });
      },
      py::arg("x"), py::arg("n"), py::arg("batch"), py::arg("validate") = true, "phi(x[i])");
}

template <template <class> class Gen>
void bind_plain(py::module_& s) {
  py::class_<GenHolder<Gen>> cls(s, Gen<double>::name);
  cls.def(py::init<>());
  def_methods<Gen>(cls);
}

}  // namespace
}  // namespace infogeom::bind

void register_bregman(pybind11::module_& m) {
  namespace ib = infogeom::bind;
  namespace br = infogeom::generators;
  pybind11::module_ s = m.def_submodule("bregman", "Bregman divergences of classical generators");
  ib::bind_plain<br::SquaredEuclidean>(s);
  ib::bind_plain<br::GeneralizedKL>(s);
  ib::bind_plain<br::ItakuraSaito>(s);
  ib::bind_plain<br::Exponential>(s);
  ib::bind_plain<br::LogDet>(s);
  pybind11::class_<ib::GenHolder<br::Mahalanobis>> maha(s, "Mahalanobis");
  maha.def(pybind11::init([](const Eigen::MatrixXd& A) {
             return ib::GenHolder<br::Mahalanobis>(A);
           }),
           pybind11::arg("A"));
  maha.def_property_readonly("dim", [](const ib::GenHolder<br::Mahalanobis>& h) { return h.f64.d; });
  ib::def_methods<br::Mahalanobis>(maha);
}
