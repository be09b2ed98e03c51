// Bindings of infogeom/manifolds/{spd,hyperbolic,sphere}.hpp (issue 4): submodule _core.manifolds
// with one class per manifold.  Python (python/infogeom/manifolds.py) broadcasts and flattens:
// every argument arrives as a C-contiguous (rows or 1, width) array of one dtype.  Here: shape
// checks, validation with the first offending index, GIL released, OpenMP row loops, NaN rows
// skipped (NaN in -> NaN out).  No math.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <array>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "bind_common.hpp"
#include "infogeom/manifolds/hyperbolic.hpp"
#include "infogeom/manifolds/spd.hpp"
#include "infogeom/manifolds/sphere.hpp"

namespace infogeom::bind {
namespace {

namespace mf = infogeom::manifolds;

template <template <class> class Man>
struct MHolder {
  Man<double> f64;
  Man<float> f32;
  std::string name;  // for messages: "SPD(3)", "PoincareBall(2, c=1)", ...
  template <class... A>
  explicit MHolder(std::string nm, const A&... a) : f64(a...), f32(a...), name(std::move(nm)) {}
  template <class S>
  const Man<S>& get() const {
    if constexpr (std::is_same_v<S, double>) return f64;
    else return f32;
  }
};

// What an argument is: a point of the manifold, a tangent vector, a vector of the manifold's width
// with no constraint, a point of the other model (ball <-> half-space), or one scalar a row.
enum class Arg { point, tangent, vector, other_model, scalar };
struct Spec {
  const char* name;
  Arg kind;
};

// Points of the other hyperbolic model (the argument of from_halfplane / to_ball).
template <class M, class S>
const char* other_model_check(const M&, const S*) { return nullptr; }
template <class S>
const char* other_model_check(const mf::PoincareBall<S>& m, const S* h) {
  return mf::HalfPlane<S>(m.dim).check_point(h);
}
template <class S>
const char* other_model_check(const mf::HalfPlane<S>& m, const S* x) {
  return mf::PoincareBall<S>(m.dim, 1.0).check_point(x);
}

template <class M, class S>
const char* check_arg(const M& m, Arg k, const S* x) {
  switch (k) {
    case Arg::point: return m.check_point(x);
    case Arg::tangent: return m.check_tangent(x);
    default: return nullptr;
  }
}

template <class M>
index_t arg_width(const M& m, Arg k) {
  switch (k) {
    case Arg::point: return m.point_width();
    case Arg::scalar: return 1;
    default: return m.tangent_width();
  }
}

template <class S>
const S* checked_rows(const std::string& where, const py::array& a, const char* arg, index_t rows,
                      index_t width) {
  const bool ok = a.ndim() == 2 && a.shape(1) == width && (a.shape(0) == 1 || a.shape(0) == rows) &&
                  (a.flags() & py::array::c_style) && a.itemsize() == sizeof(S) &&
                  a.dtype().kind() == 'f';
  if (!ok) {
    std::ostringstream s;
    s << where << ": argument '" << arg << "' must be a C-contiguous "
      << (sizeof(S) == 8 ? "float64" : "float32") << " array of shape (" << rows << " or 1, " << width
      << ")";
    throw std::invalid_argument(s.str());
  }
  return static_cast<const S*>(a.data());
}

template <class Check>
void raise_first(const std::string& where, const char* arg, index_t rows, const shape_t& batch,
                 double cost, Check&& check) {
  const index_t first = parallel_find_first(rows, cost, [&](index_t i) { return check(i) != nullptr; });
  if (first < rows) {
    std::ostringstream s;
    s << where << ": " << arg << index_str(first, batch) << " " << check(first);
    throw std::invalid_argument(s.str());
  }
}

// Binds `method(arrays, t, batch, arg_batches, validate)`: arrays[k] holds argument specs[k] as
// (rows or 1, width); arg_batches[k] is the batch shape its row index refers to in messages; t is a
// 1-D array of times (geodesic) or None; the output has out_w(m, T) columns.  kernel(m, in, t, T, out)
// computes one row; it never throws.
template <template <class> class Man, class Cls, class OutW, class Kernel>
void def_op(Cls& cls, const char* method, std::vector<Spec> specs, OutW out_w, Kernel kernel,
            double cost, const char* doc) {
  using H = MHolder<Man>;
  cls.def(
      method,
      [=](const H& h, const std::vector<py::array>& arrays, const py::object& t_obj, const shape_t& batch,
          const std::vector<shape_t>& arg_batches, bool validate) {
        const std::string where = h.name + "." + method;
        if (arrays.size() != specs.size() || arg_batches.size() != specs.size())
          throw std::invalid_argument(where + ": wrong number of arguments");
        return with_dtype(arrays[0], [&](auto tag) -> py::object {
          using S = decltype(tag);
          const auto& m = h.template get<S>();
          const index_t rows = batch_size(batch);
          const std::size_t K = specs.size();
          std::vector<const S*> ptr(K);
          std::vector<index_t> width(K), nrows(K);
          for (std::size_t k = 0; k < K; ++k) {
            width[k] = arg_width(m, specs[k].kind);
            ptr[k] = checked_rows<S>(where, arrays[k], specs[k].name, rows, width[k]);
            nrows[k] = arrays[k].shape(0);
          }
          index_t T = 1;
          const S* tp = nullptr;
          if (!t_obj.is_none()) {
            if (!py::isinstance<py::array>(t_obj))
              throw std::invalid_argument(where + ": argument 't' must be an array");
            const py::array t = py::reinterpret_borrow<py::array>(t_obj);
            if (t.ndim() != 1 || !(t.flags() & py::array::c_style) || t.itemsize() != sizeof(S) ||
                t.dtype().kind() != 'f')
              throw std::invalid_argument(where + ": argument 't' must be a 1-D array of the points' dtype");
            T = t.shape(0);
            tp = static_cast<const S*>(t.data());
          }
          const index_t ow = out_w(m, T);
          py::array_t<S> out(shape_t{py::ssize_t(rows), py::ssize_t(ow)});
          S* o = out.mutable_data();
          {
            py::gil_scoped_release nogil;
            if (validate) {
              for (std::size_t k = 0; k < K; ++k) {
                const Arg kind = specs[k].kind;
                if (kind == Arg::vector || kind == Arg::scalar) continue;
                const S* base = ptr[k];
                const index_t w = width[k], r = nrows[k];
                const shape_t& b = arg_batches[k];
                raise_first(where, specs[k].name, r, b, 4.0 * w * (kind == Arg::point ? w : 1),
                            [&](index_t i) -> const char* {
                              const S* x = base + i * w;
                              if (any_nan(x, w)) return nullptr;
                              return kind == Arg::other_model ? other_model_check(m, x)
                                                              : check_arg(m, kind, x);
                            });
              }
            }
            parallel_for(rows, cost * double(T), [&](index_t i) {
              std::array<const S*, 4> in{};
              bool nan = false;
              for (std::size_t k = 0; k < K; ++k) {
                in[k] = ptr[k] + (nrows[k] == 1 ? 0 : i * width[k]);
                nan = nan || any_nan(in[k], width[k]);
              }
              S* oi = o + i * ow;
              if (nan) fill_nan(oi, ow);
              else kernel(m, in.data(), tp, T, oi);
            });
          }
          return std::move(out);
        });
      },
      py::arg("arrays"), py::arg("t").none(true), py::arg("batch"), py::arg("arg_batches"),
      py::arg("validate") = true, doc);
}

// The operations every manifold has.
template <template <class> class Man, class Cls>
void def_common(Cls& cls, double cost, const char* x, const char* y) {
  const auto P = [](const char* n) { return Spec{n, Arg::point}; };
  const auto V = [](const char* n) { return Spec{n, Arg::tangent}; };
  def_op<Man>(
      cls, "dist", {P(x), P(y)}, [](const auto&, index_t) { return index_t(1); },
      [](const auto& m, auto in, auto, index_t, auto* o) { o[0] = m.dist(in[0], in[1]); }, cost,
      "geodesic distance");
  def_op<Man>(
      cls, "log", {P(x), P(y)}, [](const auto& m, index_t) { return m.tangent_width(); },
      [](const auto& m, auto in, auto, index_t, auto* o) { m.log(in[0], in[1], o); }, cost,
      "Riemannian logarithm log_x(y)");
  def_op<Man>(
      cls, "exp", {P(x), V("v")}, [](const auto& m, index_t) { return m.point_width(); },
      [](const auto& m, auto in, auto, index_t, auto* o) { m.exp(in[0], in[1], o); }, cost,
      "Riemannian exponential exp_x(v)");
  def_op<Man>(
      cls, "geodesic", {P(x), P(y)}, [](const auto& m, index_t T) { return T * m.point_width(); },
      [](const auto& m, auto in, auto t, index_t T, auto* o) { m.geodesic(in[0], in[1], t, T, o); },
      cost, "points of the geodesic from x to y at times t");
  def_op<Man>(
      cls, "inner", {P(x), V("u"), V("v")}, [](const auto&, index_t) { return index_t(1); },
      [](const auto& m, auto in, auto, index_t, auto* o) { o[0] = m.inner(in[0], in[1], in[2]); },
      cost, "Riemannian inner product at x");
  def_op<Man>(
      cls, "norm", {P(x), V("v")}, [](const auto&, index_t) { return index_t(1); },
      [](const auto& m, auto in, auto, index_t, auto* o) { o[0] = m.norm(in[0], in[1]); }, cost,
      "Riemannian norm at x");
}

template <template <class> class Man, class Cls>
void def_transport(Cls& cls, double cost, const char* x, const char* y) {
  def_op<Man>(
      cls, "parallel_transport", {Spec{x, Arg::point}, Spec{y, Arg::point}, Spec{"v", Arg::tangent}},
      [](const auto& m, index_t) { return m.tangent_width(); },
      [](const auto& m, auto in, auto, index_t, auto* o) { m.parallel_transport(in[0], in[1], in[2], o); },
      cost, "parallel transport of v from x to y along the geodesic");
}

// ---- SPD: Karcher and log-Euclidean means over the middle axis of (rows, m, n²)
void def_means(py::class_<MHolder<mf::SPD>>& cls) {
  using H = MHolder<mf::SPD>;
  cls.def(
      "karcher_mean",
      [](const H& h, const py::array& a, const py::array& w, const shape_t& batch, int max_iter,
         double tol, bool validate) {
        const std::string where = h.name + ".karcher_mean";
        return with_dtype(a, [&](auto tag) -> py::object {
          using S = decltype(tag);
          const auto& m = h.template get<S>();
          const index_t rows = batch_size(batch), nn = m.point_width();
          if (a.ndim() != 3 || a.shape(0) != rows || a.shape(2) != nn || !(a.flags() & py::array::c_style) ||
              a.itemsize() != sizeof(S) || a.dtype().kind() != 'f')
            throw std::invalid_argument(where + ": argument 'a' must be a C-contiguous (rows, m, n*n) array");
          const index_t M = a.shape(1);
          if (w.ndim() != 2 || w.shape(0) != rows || w.shape(1) != M || !(w.flags() & py::array::c_style) ||
              w.itemsize() != sizeof(S) || w.dtype().kind() != 'f')
            throw std::invalid_argument(where + ": argument 'weights' must be a C-contiguous (rows, m) array");
          const S* pa = static_cast<const S*>(a.data());
          const S* pw_ = static_cast<const S*>(w.data());
          py::array_t<S> out(shape_t{py::ssize_t(rows), py::ssize_t(nn)});
          py::array_t<std::int64_t> iters(shape_t{py::ssize_t(rows)});
          py::array_t<double> gnorm(shape_t{py::ssize_t(rows)});
          py::array_t<bool> conv(shape_t{py::ssize_t(rows)});
          S* o = out.mutable_data();
          std::int64_t* it = iters.mutable_data();
          double* gn = gnorm.mutable_data();
          bool* cv = conv.mutable_data();
          {
            py::gil_scoped_release nogil;
            if (validate) {
              shape_t full = batch;
              full.push_back(py::ssize_t(M));
              raise_first(where, "a", rows * M, full, 4.0 * nn * nn, [&](index_t i) -> const char* {
                const S* x = pa + i * nn;
                return any_nan(x, nn) ? nullptr : m.check_point(x);
              });
            }
            parallel_for(rows, 40.0 * nn * nn * double(M) * 10, [&](index_t i) {
              const S* ai = pa + i * M * nn;
              if (any_nan(ai, M * nn) || any_nan(pw_ + i * M, M)) {
                fill_nan(o + i * nn, nn);
                it[i] = 0;
                gn[i] = quiet_nan<double>();
                cv[i] = false;
                return;
              }
              const auto info = m.karcher_mean(ai, pw_ + i * M, M, o + i * nn, max_iter, tol);
              it[i] = info.iterations;
              gn[i] = double(info.grad_norm);
              cv[i] = info.converged;
            });
          }
          return py::make_tuple(std::move(out), std::move(iters), std::move(gnorm), std::move(conv));
        });
      },
      py::arg("a"), py::arg("weights"), py::arg("batch"), py::arg("max_iter"), py::arg("tol"),
      py::arg("validate") = true, "Karcher mean over axis 1 of a (rows, m, n*n) array");
  cls.def(
      "log_euclidean_mean",
      [](const H& h, const py::array& a, const py::array& w, const shape_t& batch, bool validate) {
        const std::string where = h.name + ".log_euclidean_mean";
        return with_dtype(a, [&](auto tag) -> py::object {
          using S = decltype(tag);
          const auto& m = h.template get<S>();
          const index_t rows = batch_size(batch), nn = m.point_width();
          if (a.ndim() != 3 || a.shape(0) != rows || a.shape(2) != nn || !(a.flags() & py::array::c_style) ||
              a.itemsize() != sizeof(S) || a.dtype().kind() != 'f')
            throw std::invalid_argument(where + ": argument 'a' must be a C-contiguous (rows, m, n*n) array");
          const index_t M = a.shape(1);
          if (w.ndim() != 2 || w.shape(0) != rows || w.shape(1) != M || !(w.flags() & py::array::c_style) ||
              w.itemsize() != sizeof(S) || w.dtype().kind() != 'f')
            throw std::invalid_argument(where + ": argument 'weights' must be a C-contiguous (rows, m) array");
          const S* pa = static_cast<const S*>(a.data());
          const S* pw_ = static_cast<const S*>(w.data());
          py::array_t<S> out(shape_t{py::ssize_t(rows), py::ssize_t(nn)});
          S* o = out.mutable_data();
          {
            py::gil_scoped_release nogil;
            if (validate) {
              shape_t full = batch;
              full.push_back(py::ssize_t(M));
              raise_first(where, "a", rows * M, full, 4.0 * nn * nn, [&](index_t i) -> const char* {
                const S* x = pa + i * nn;
                return any_nan(x, nn) ? nullptr : m.check_point(x);
              });
            }
            parallel_for(rows, 40.0 * nn * nn * double(M), [&](index_t i) {
              const S* ai = pa + i * M * nn;
              if (any_nan(ai, M * nn) || any_nan(pw_ + i * M, M)) return fill_nan(o + i * nn, nn);
              m.log_euclidean_mean(ai, pw_ + i * M, M, o + i * nn);
            });
          }
          return std::move(out);
        });
      },
      py::arg("a"), py::arg("weights"), py::arg("batch"), py::arg("validate") = true,
      "log-Euclidean mean over axis 1 of a (rows, m, n*n) array");
}

std::string fmt_c(double c) {
  std::ostringstream s;
  s.precision(17);
  s << c;
  return s.str();
}

}  // namespace
}  // namespace infogeom::bind

void register_manifolds(pybind11::module_& m) {
  namespace ib = infogeom::bind;
  namespace mf = infogeom::manifolds;
  namespace py = pybind11;
  using ib::Arg;
  using infogeom::index_t;
  using ib::Spec;
  py::module_ s = m.def_submodule("manifolds", "Classic Riemannian manifolds (SPD, hyperbolic, sphere)");

  // ---- SPD(n)
  {
    using H = ib::MHolder<mf::SPD>;
    py::class_<H> cls(s, "SPD");
    cls.def(py::init([](index_t n) { return H("SPD(" + std::to_string(n) + ")", n); }), py::arg("n"));
    cls.def_property_readonly("n", [](const H& h) { return h.f64.n; });
    ib::def_common<mf::SPD>(cls, 2000.0, "a", "b");
    ib::def_transport<mf::SPD>(cls, 3000.0, "a", "b");
    ib::def_op<mf::SPD>(
        cls, "log_euclidean_dist", {Spec{"a", Arg::point}, Spec{"b", Arg::point}},
        [](const auto&, index_t) { return index_t(1); },
        [](const auto& mm, auto in, auto, index_t, auto* o) { o[0] = mm.log_euclidean_dist(in[0], in[1]); },
        2000.0, "log-Euclidean distance");
    ib::def_means(cls);
  }
  // ---- PoincareBall(dim, c)
  {
    using H = ib::MHolder<mf::PoincareBall>;
    py::class_<H> cls(s, "PoincareBall");
    cls.def(py::init([](index_t dim, double c) {
              return H("PoincareBall(" + std::to_string(dim) + ", c=" + ib::fmt_c(c) + ")", dim, c);
            }),
            py::arg("dim"), py::arg("c") = 1.0);
    cls.def_property_readonly("dim", [](const H& h) { return h.f64.dim; });
    cls.def_property_readonly("c", [](const H& h) { return double(h.f64.c); });
    ib::def_common<mf::PoincareBall>(cls, 60.0, "x", "y");
    ib::def_transport<mf::PoincareBall>(cls, 60.0, "x", "y");
    ib::def_op<mf::PoincareBall>(
        cls, "mobius_add", {Spec{"x", Arg::point}, Spec{"y", Arg::point}},
        [](const auto& mm, index_t) { return mm.point_width(); },
        [](const auto& mm, auto in, auto, index_t, auto* o) { mm.mobius_add(in[0], in[1], o); }, 30.0,
        "Möbius addition x ⊕ y");
    ib::def_op<mf::PoincareBall>(
        cls, "mobius_scalar", {Spec{"r", Arg::scalar}, Spec{"x", Arg::point}},
        [](const auto& mm, index_t) { return mm.point_width(); },
        [](const auto& mm, auto in, auto, index_t, auto* o) { mm.mobius_scalar(in[0], in[1], o); }, 30.0,
        "Möbius scalar multiplication r ⊗ x");
    ib::def_op<mf::PoincareBall>(
        cls, "projx", {Spec{"x", Arg::vector}}, [](const auto& mm, index_t) { return mm.point_width(); },
        [](const auto& mm, auto in, auto, index_t, auto* o) { mm.projx(in[0], o); }, 10.0,
        "projection into the open ball");
    ib::def_op<mf::PoincareBall>(
        cls, "to_halfplane", {Spec{"x", Arg::point}}, [](const auto& mm, index_t) { return mm.point_width(); },
        [](const auto& mm, auto in, auto, index_t, auto* o) { mm.to_halfplane(in[0], o); }, 20.0,
        "map to the upper half-space model");
    ib::def_op<mf::PoincareBall>(
        cls, "from_halfplane", {Spec{"h", Arg::other_model}},
        [](const auto& mm, index_t) { return mm.point_width(); },
        [](const auto& mm, auto in, auto, index_t, auto* o) { mm.from_halfplane(in[0], o); }, 20.0,
        "map from the upper half-space model");
  }
  // ---- HalfPlane(dim)
  {
    using H = ib::MHolder<mf::HalfPlane>;
    py::class_<H> cls(s, "HalfPlane");
    cls.def(py::init([](index_t dim) {
              return H(dim == 2 ? std::string("HalfPlane") : "HalfPlane(dim=" + std::to_string(dim) + ")", dim);
            }),
            py::arg("dim") = 2);
    cls.def_property_readonly("dim", [](const H& h) { return h.f64.dim; });
    ib::def_common<mf::HalfPlane>(cls, 60.0, "p", "q");
    ib::def_op<mf::HalfPlane>(
        cls, "to_ball", {Spec{"h", Arg::point}}, [](const auto& mm, index_t) { return mm.point_width(); },
        [](const auto& mm, auto in, auto, index_t, auto* o) { mm.to_ball(in[0], o); }, 20.0,
        "map to the unit Poincaré ball");
    ib::def_op<mf::HalfPlane>(
        cls, "from_ball", {Spec{"x", Arg::other_model}},
        [](const auto& mm, index_t) { return mm.point_width(); },
        [](const auto& mm, auto in, auto, index_t, auto* o) { mm.from_ball(in[0], o); }, 20.0,
        "map from the unit Poincaré ball");
  }
  // ---- Sphere(n)
  {
    using H = ib::MHolder<mf::Sphere>;
    py::class_<H> cls(s, "Sphere");
    cls.def(py::init([](index_t n) { return H("Sphere(" + std::to_string(n) + ")", n); }), py::arg("n"));
    cls.def_property_readonly("n", [](const H& h) { return h.f64.n; });
    ib::def_common<mf::Sphere>(cls, 60.0, "x", "y");
    ib::def_transport<mf::Sphere>(cls, 60.0, "x", "y");
    ib::def_op<mf::Sphere>(
        cls, "projx", {Spec{"x", Arg::vector}}, [](const auto& mm, index_t) { return mm.point_width(); },
        [](const auto& mm, auto in, auto, index_t, auto* o) { mm.projx(in[0], o); }, 10.0,
        "x/‖x‖");
    ib::def_op<mf::Sphere>(
        cls, "to_tangent", {Spec{"x", Arg::point}, Spec{"v", Arg::vector}},
        [](const auto& mm, index_t) { return mm.point_width(); },
        [](const auto& mm, auto in, auto, index_t, auto* o) { mm.to_tangent(in[0], in[1], o); }, 10.0,
        "projection of v onto the tangent space at x");
  }
}
