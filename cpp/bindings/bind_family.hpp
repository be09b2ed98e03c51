// The one template that binds every family, for float32 and float64 (DESIGN.md §1).
//
// Python hands each method C-contiguous (rows, width) arrays of one float dtype, rows being
// either the whole flattened batch or 1 (a broadcast row), plus the batch shape (for the
// index in error messages). Here: shape checks, validation, GIL release, threaded row loops.
// No math lives here: each kernel is one call into the family trait.
#pragma once
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <sstream>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "infogeom/family.hpp"
#include "parallel.hpp"

namespace infogeom::bind {
namespace py = pybind11;
using shape_t = std::vector<py::ssize_t>;

// Both precisions of one family, built from the same constructor arguments.
template <template <class> class Fam>
struct Holder {
  Fam<double> f64;
  Fam<float> f32;
  template <class... A>
  explicit Holder(A... a) : f64(a...), f32(a...) {}
  template <class S>
  const Fam<S>& get() const {
    if constexpr (std::is_same_v<S, double>) return f64;
    else return f32;
  }
};

// What a call is, for error messages: "Gamma.to_natural: eta[2, 1] ...".
struct Call {
  const char* family;
  const char* op;
  const shape_t& batch;
  index_t n;
};

inline index_t batch_size(const shape_t& batch) {
  index_t n = 1;
  for (auto b : batch) {
    if (b < 0) throw std::invalid_argument("infogeom: negative batch dimension");
    n *= b;
  }
  return n;
}

inline std::string index_str(index_t i, const shape_t& batch) {
  if (batch.empty()) return "";
  std::vector<index_t> idx(batch.size());
  for (std::size_t k = batch.size(); k-- > 0;) {
    idx[k] = batch[k] ? i % batch[k] : 0;
    if (batch[k]) i /= batch[k];
  }
  std::ostringstream s;
  s << " at index [";
  for (std::size_t k = 0; k < idx.size(); ++k) s << (k ? ", " : "") << idx[k];
  s << "]";
  return s.str();
}

template <class S>
struct Rows {
  const S* data;
  index_t rows;
  index_t width;
  const S* row(index_t i) const { return data + (rows == 1 ? 0 : i * width); }
};

template <class S>
Rows<S> rows_of(const Call& c, const py::array& a, const char* arg, index_t width) {
  const bool ok = a.ndim() == 2 && a.shape(1) == width && (a.shape(0) == 1 || a.shape(0) == c.n) &&
                  (a.flags() & py::array::c_style) && a.itemsize() == sizeof(S) &&
                  a.dtype().kind() == 'f';
  if (!ok) {
    std::ostringstream s;
    s << c.family << "." << c.op << ": argument '" << arg << "' must be a C-contiguous "
      << (sizeof(S) == 8 ? "float64" : "float32") << " array of shape (" << c.n << " or 1, " << width
      << ")";
    throw std::invalid_argument(s.str());
  }
  return {static_cast<const S*>(a.data()), a.shape(0), width};
}

enum class Kind { natural, mean, source, sample };

inline const char* kind_text(Kind k) {
  switch (k) {
    case Kind::natural: return "is outside the natural parameter space";
    case Kind::mean: return "is outside the mean parameter domain";
    case Kind::source: return "are invalid";
    default: return "is outside the support";
  }
}

template <class F, class S>
const char* check_row(const F& f, Kind k, const S* r) {
  switch (k) {
    case Kind::natural: return f.check_natural(r);
    case Kind::mean: return f.check_mean(r);
    case Kind::source: return f.check_source(r);
    default: return f.check_sample(r);
  }
}

// Raises ValueError at the first row (NaN rows excepted) that fails the family's check.
template <class F, class S>
void validate_rows(const Call& c, const F& f, const char* arg, Kind kind, const Rows<S>& r) {
  const index_t first = parallel_find_first(r.rows, 4.0 * r.width, [&](index_t i) {
    const S* x = r.row(i);
    return !any_nan(x, r.width) && check_row(f, kind, x) != nullptr;
  });
  if (first < r.rows) {
    std::ostringstream s;
    s << c.family << "." << c.op << ": " << arg << index_str(first, c.batch) << " " << kind_text(kind)
      << ": " << check_row(f, kind, r.row(first));
    throw std::invalid_argument(s.str());
  }
}

// A numerical solve signals failure by NaN output from a NaN-free input.
template <class S>
void check_converged(const Call& c, const char* arg, const Rows<S>& in, const S* out, index_t ow) {
  const index_t first = parallel_find_first(c.n, 2.0 * ow, [&](index_t i) {
    return any_nan(out + i * ow, ow) && !any_nan(in.row(i), in.width);
  });
  if (first < c.n) {
    std::ostringstream s;
    s << c.family << "." << c.op << ": the numerical solve did not converge for " << arg
      << index_str(first, c.batch) << " (the point is too close to the boundary of the domain)";
    throw std::invalid_argument(s.str());
  }
}

template <class Fn>
py::object with_dtype(const py::array& a, Fn&& fn) {
  if (a.dtype().kind() == 'f' && a.itemsize() == 8) return fn(double{});
  if (a.dtype().kind() == 'f' && a.itemsize() == 4) return fn(float{});
  throw py::type_error("infogeom: expected a float32 or float64 array");
}

// Rough flops per row, so that tiny batches stay on one thread.
template <class F>
double row_cost(const F& f) {
  const double D = double(f.dim());
  return 64.0 + 16.0 * D * D;
}

// Binds one method mapping a (rows, in_width) array to a (rows, out_width) array.
// `method` is the bound name, `op` the public name shown in error messages.
template <template <class> class Fam, class Cls, class InW, class OutW, class Kernel>
void def_unary(Cls& cls, const char* method, const char* op, const char* arg, Kind kind, bool solver,
               InW in_w, OutW out_w, Kernel kernel, const char* doc) {
  cls.def(
      method,
      [=](const Holder<Fam>& h, const py::array& a, const shape_t& batch, bool validate) {
        return with_dtype(a, [&](auto tag) -> py::object {
          using S = decltype(tag);
          const auto& f = h.template get<S>();
          const Call c{Fam<double>::name, op, batch, batch_size(batch)};
          const Rows<S> in = rows_of<S>(c, a, arg, in_w(f));
          const index_t ow = out_w(f);
          py::array_t<S> out(shape_t{py::ssize_t(c.n), py::ssize_t(ow)});
          S* o = out.mutable_data();
          {
            py::gil_scoped_release nogil;
            if (validate) validate_rows(c, f, arg, kind, in);
            parallel_for(c.n, row_cost(f), [&](index_t i) {
              const S* r = in.row(i);
              if (any_nan(r, in.width)) fill_nan(o + i * ow, ow);
              else kernel(f, r, o + i * ow);
            });
            if (validate && solver) check_converged(c, arg, in, o, ow);
          }
          return std::move(out);
        });
      },
      py::arg(arg), py::arg("batch"), py::arg("validate") = true, doc);
}

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
}

}  // namespace infogeom::bind
