// Bindings of the statistics helpers (issue 5): natural gradient and a domain mask used by the
// Python centroid and clustering code. Same conventions as bind_family.hpp.
#pragma once
#include "bind_common.hpp"
#include "infogeom/natural_gradient.hpp"

namespace infogeom::bind {

template <template <class> class Fam, class Cls>
void bind_stats(Cls& cls) {
  using H = Holder<Fam>;
  cls.def(
      "natural_gradient",
      [](const H& h, const py::array& theta, const py::array& grad, const shape_t& batch,
         bool validate) {
        return with_dtype(theta, [&](auto tag) -> py::object {
          using S = decltype(tag);
          const auto& f = h.template get<S>();
          const Call c{Fam<double>::name, "natural_gradient", batch, batch_size(batch)};
          const index_t D = f.dim();
          const Rows<S> tr = rows_of<S>(c, theta, "theta", D);
          const Rows<S> gr = rows_of<S>(c, grad, "grad", D);
          py::array_t<S> out(shape_t{py::ssize_t(c.n), py::ssize_t(D)});
          S* o = out.mutable_data();
          {
            py::gil_scoped_release nogil;
            if (validate) validate_rows(c, f, "theta", Kind::natural, tr);
            parallel_for(c.n, row_cost(f) + 8.0 * D * D * D, [&](index_t i) {
              if (any_nan(tr.row(i), D) || any_nan(gr.row(i), D)) fill_nan(o + i * D, D);
              else natural_gradient(f, tr.row(i), gr.row(i), o + i * D);
            });
          }
          return std::move(out);
        });
      },
      py::arg("theta"), py::arg("grad"), py::arg("batch"), py::arg("validate") = true,
      "G(theta)^-1 grad per row, (n, D)");

  cls.def(
      "domain_mask",
      [](const H& h, const py::array& a, const std::string& kind) {
        return with_dtype(a, [&](auto tag) -> py::object {
          using S = decltype(tag);
          const auto& f = h.template get<S>();
          const shape_t batch{a.ndim() == 2 ? a.shape(0) : 0};
          const Call c{Fam<double>::name, "domain_mask", batch, batch_size(batch)};
          Kind k;
          if (kind == "theta") k = Kind::natural;
          else if (kind == "eta") k = Kind::mean;
          else throw std::invalid_argument("domain_mask: kind must be theta or eta");
          const Rows<S> r = rows_of<S>(c, a, kind.c_str(), f.dim());
          py::array_t<bool> out(shape_t{py::ssize_t(c.n)});
          bool* o = out.mutable_data();
          {
            py::gil_scoped_release nogil;
            parallel_for(c.n, 4.0 * r.width, [&](index_t i) {
              const S* x = r.row(i);
              o[i] = !any_nan(x, r.width) && check_row(f, k, x) == nullptr;
            });
          }
          return std::move(out);
        });
      },
      py::arg("array"), py::arg("kind"),
      "Boolean mask of the rows (n, D) inside the natural parameter space / mean domain");
}

}  // namespace infogeom::bind
