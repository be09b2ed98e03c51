// The one template that binds every family, for float32 and float64 (DESIGN.md §1).
//
// Python hands each method C-contiguous (rows, width) arrays of one float dtype, rows being
// either the whole flattened batch or 1 (a broadcast row), plus the batch shape (for the
// index in error messages). Here: shape checks, validation, GIL release, threaded row loops.
// No math lives here: each kernel is one call into the family trait.
#pragma once
#include "bind_common.hpp"
#include "bind_cuda.hpp"
#include "bind_divergence.hpp"
#include "bind_geodesic.hpp"
#include "bind_pairwise.hpp"
#include "bind_stats.hpp"

namespace infogeom::bind {

template <template <class> class Fam, class Tuple>
struct Init;
template <template <class> class Fam, class... A>
struct Init<Fam, std::tuple<A...>> {
  static auto make() { return py::init<A...>(); }
};

template <template <class> class Fam>
void bind_family(py::module_& m, const char* name) {
  using H = Holder<Fam>;
  py::class_<H> cls(m, name);
  cls.def(Init<Fam, typename Fam<double>::ctor_args>::make());
  cls.def_property_readonly("name", [](const H&) { return Fam<double>::name; });
  cls.def_property_readonly("dim", [](const H& h) { return h.f64.dim(); });
  cls.def_property_readonly("sample_size", [](const H& h) { return h.f64.sample_size(); });
  cls.def_property_readonly("scalar_sample", [](const H& h) { return h.f64.scalar_sample(); });
  cls.def_property_readonly("source_size", [](const H& h) { return source_size(h.f64); });
  cls.def_property_readonly("free_source_dim", [](const H& h) { return h.f64.free_source_dim(); });
  cls.def_property_readonly("source_params", [](const H& h) {
    py::list out;
    for (const auto& p : h.f64.source_params()) {
      py::tuple shape(p.shape.size());
      for (std::size_t i = 0; i < p.shape.size(); ++i) shape[i] = p.shape[i];
      out.append(py::make_tuple(p.name, shape));
    }
    return out;
  });

  auto D = [](const auto& f) { return f.dim(); };
  auto one = [](const auto&) { return index_t(1); };
  auto DD = [](const auto& f) { return f.dim() * f.dim(); };
  auto PP = [](const auto& f) { return f.free_source_dim() * f.free_source_dim(); };
  auto X = [](const auto& f) { return f.sample_size(); };
  auto SRC = [](const auto& f) { return source_size(f); };

  def_unary<Fam>(cls, "log_partition", "log_partition", "theta", Kind::natural, false, D, one,
                 [](const auto& f, const auto* t, auto* o) { o[0] = f.log_partition(t); },
                 "F(theta), rows (n, D) -> (n, 1)");
  def_unary<Fam>(cls, "entropy", "entropy", "theta", Kind::natural, false, D, one,
                 [](const auto& f, const auto* t, auto* o) { o[0] = f.entropy(t); },
                 "Shannon entropy, rows (n, D) -> (n, 1)");
  def_unary<Fam>(cls, "to_mean", "to_mean", "theta", Kind::natural, false, D, D,
                 [](const auto& f, const auto* t, auto* o) { f.to_mean(t, o); }, "eta = grad F(theta)");
  def_unary<Fam>(cls, "to_natural", "to_natural", "eta", Kind::mean, true, D, D,
                 [](const auto& f, const auto* e, auto* o) { f.to_natural(e, o); },
                 "theta = grad F*(eta)");
  def_unary<Fam>(cls, "conjugate", "conjugate", "eta", Kind::mean, true, D, one,
                 [](const auto& f, const auto* e, auto* o) { o[0] = f.conjugate(e); },
                 "F*(eta), the Legendre conjugate");
  def_unary<Fam>(cls, "fisher", "fisher", "theta", Kind::natural, false, D, DD,
                 [](const auto& f, const auto* t, auto* o) { f.fisher(t, o); },
                 "Fisher metric in natural coordinates, (n, D*D)");
  def_unary<Fam>(cls, "fisher_mean", "fisher", "theta", Kind::natural, false, D, DD,
                 [](const auto& f, const auto* t, auto* o) { fisher_mean(f, t, o); },
                 "Fisher metric in mean coordinates at theta, (n, D*D)");
  def_unary<Fam>(cls, "fisher_source", "fisher", "theta", Kind::natural, false, D, PP,
                 [](const auto& f, const auto* t, auto* o) { fisher_source(f, t, o); },
                 "Fisher metric in the free source coordinates at theta, (n, P*P)");
  def_unary<Fam>(cls, "sufficient_statistics", "sufficient_statistics", "x", Kind::sample, false, X, D,
                 [](const auto& f, const auto* x, auto* o) { f.sufficient_statistics(x, o); },
                 "T(x)");
  def_unary<Fam>(cls, "log_base_measure", "log_base_measure", "x", Kind::sample, false, X, one,
                 [](const auto& f, const auto* x, auto* o) { o[0] = f.log_base_measure(x); },
                 "log h(x)");
  def_unary<Fam>(cls, "from_source", "natural", "source parameters", Kind::source, false, SRC, D,
                 [](const auto& f, const auto* s, auto* o) { f.from_source(s, o); },
                 "packed source parameters -> theta");
  def_unary<Fam>(cls, "to_source", "source", "theta", Kind::natural, false, D, SRC,
                 [](const auto& f, const auto* t, auto* o) { f.to_source(t, o); },
                 "theta -> packed source parameters");

  cls.def(
      "log_prob",
      [](const H& h, const py::array& x, const py::array& theta, const shape_t& batch,
         bool validate) {
        return with_dtype(theta, [&](auto tag) -> py::object {
          using S = decltype(tag);
          const auto& f = h.template get<S>();
          const Call c{Fam<double>::name, "log_prob", batch, batch_size(batch)};
          const Rows<S> xr = rows_of<S>(c, x, "x", f.sample_size());
          const Rows<S> tr = rows_of<S>(c, theta, "theta", f.dim());
          py::array_t<S> out(shape_t{py::ssize_t(c.n), 1});
          S* o = out.mutable_data();
          {
            py::gil_scoped_release nogil;
            if (validate) validate_rows(c, f, "theta", Kind::natural, tr);
            parallel_for(c.n, row_cost(f),
                         [&](index_t i) { o[i] = log_prob(f, xr.row(i), tr.row(i)); });
          }
          return std::move(out);
        });
      },
      py::arg("x"), py::arg("theta"), py::arg("batch"), py::arg("validate") = true,
      "log p(x; theta), -inf outside the support");

  cls.def(
      "validate",
      [](const H& h, const py::array& a, const std::string& kind, const shape_t& batch,
         const std::string& op) {
        with_dtype(a, [&](auto tag) -> py::object {
          using S = decltype(tag);
          const auto& f = h.template get<S>();
          const Call c{Fam<double>::name, op.c_str(), batch, batch_size(batch)};
          Kind k;
          index_t w;
          const char* arg;
          if (kind == "theta") k = Kind::natural, w = f.dim(), arg = "theta";
          else if (kind == "eta") k = Kind::mean, w = f.dim(), arg = "eta";
          else if (kind == "source") k = Kind::source, w = source_size(f), arg = "source";
          else if (kind == "x") k = Kind::sample, w = f.sample_size(), arg = "x";
          else throw std::invalid_argument("validate: kind must be theta, eta, source or x");
          const Rows<S> r = rows_of<S>(c, a, arg, w);
          py::gil_scoped_release nogil;
          validate_rows(c, f, arg, k, r);
          return py::none();
        });
      },
      py::arg("array"), py::arg("kind"), py::arg("batch"), py::arg("op") = "validate",
      "Raise ValueError at the first invalid row");

  bind_divergences<Fam>(cls);
  bind_pairwise<Fam>(cls);
  bind_geodesic<Fam>(cls);
  bind_stats<Fam>(cls);
  bind_cuda<Fam>(cls);
}

}  // namespace infogeom::bind
