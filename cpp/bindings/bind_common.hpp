// Shared machinery of the binding templates: the Holder of both precisions, row views,
// validation with first-offending-index messages, dtype dispatch, and def_unary.
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

// The caller's preallocated output: a writeable, C-contiguous (n, width) array of the working
// dtype (Python passes a reshaped view of the public `out`), or a new array when `out` is None.
template <class S>
py::array_t<S> output_rows(const Call& c, const py::object& out, index_t width) {
  if (out.is_none()) return py::array_t<S>(shape_t{py::ssize_t(c.n), py::ssize_t(width)});
  const bool is_arr = py::isinstance<py::array>(out);
  if (is_arr) {
    auto a = py::reinterpret_borrow<py::array>(out);
    if (a.ndim() == 2 && a.shape(0) == c.n && a.shape(1) == width && (a.flags() & py::array::c_style) &&
        a.writeable() && a.dtype().kind() == 'f' && a.itemsize() == sizeof(S))
      return py::reinterpret_borrow<py::array_t<S>>(a);
  }
  std::ostringstream s;
  s << c.family << "." << c.op << ": argument 'out' must be a writeable C-contiguous "
    << (sizeof(S) == 8 ? "float64" : "float32") << " array of shape (" << c.n << ", " << width << ")";
  throw std::invalid_argument(s.str());
}

// Binds one method mapping a (rows, in_width) array to a (rows, out_width) array.
// `method` is the bound name, `op` the public name shown in error messages.
template <template <class> class Fam, class Cls, class InW, class OutW, class Kernel>
void def_unary(Cls& cls, const char* method, const char* op, const char* arg, Kind kind, bool solver,
               InW in_w, OutW out_w, Kernel kernel, const char* doc) {
  cls.def(
      method,
      [=](const Holder<Fam>& h, const py::array& a, const shape_t& batch, bool validate,
          const py::object& out_arg) {
        return with_dtype(a, [&](auto tag) -> py::object {
          using S = decltype(tag);
          const auto& f = h.template get<S>();
          const Call c{Fam<double>::name, op, batch, batch_size(batch)};
          const Rows<S> in = rows_of<S>(c, a, arg, in_w(f));
          const index_t ow = out_w(f);
          py::array_t<S> out = output_rows<S>(c, out_arg, ow);
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
      py::arg(arg), py::arg("batch"), py::arg("validate") = true, py::arg("out") = py::none(), doc);
}

}  // namespace infogeom::bind
