// The unit sphere Sⁿ ⊂ Rⁿ⁺¹ with the round metric (issue 4, ig.manifolds.Sphere).
//
// Formulas: P.-A. Absil, R. Mahony, R. Sepulchre (2008), "Optimization Algorithms on Matrix
// Manifolds", Example 5.4.1 (exp_x(v) = cos|v| x + sin|v| v/|v|) and §3.6 (tangent projection
// v − ⟨x, v⟩x); parallel transport along the minimizing geodesic
// P(v) = v + ⟨u, v⟩((cos d − 1)u − sin d · x), u = log_x(y)/d: A. Edelman, T. Arias, S. Smith (1998),
// "The geometry of algorithms with orthogonality constraints", SIAM J. Matrix Anal. Appl. 20(2), §2.2.3.
// Distance: the angle between x and y, atan2(‖x‖‖y⊥‖, ⟨x, y⟩) with y⊥ = y − ⟨x, y⟩x/‖x‖² formed
// from y ∓ x (= 2 atan2(|x − y|, |x + y|) for unit vectors), accurate for close and for nearly
// antipodal points alike, unlike acos⟨x, y⟩, and insensitive to the rounding of ‖x‖, ‖y‖.
//
// Rows on raw pointers (n + 1 scalars a point); float input is computed in double and rounded once;
// never throws (the constructor excepted).  The cut locus (y = −x) gives NaN in log, geodesic and
// parallel transport.
#pragma once
#include <Eigen/Core>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <type_traits>

#include "../config.hpp"

namespace infogeom::manifolds {

template <class S>
struct Sphere {
  using W = std::conditional_t<std::is_same_v<S, float>, double, S>;
  using Vec = Eigen::Matrix<W, Eigen::Dynamic, 1>;
  index_t n;  // intrinsic dimension; points have n + 1 coordinates

  explicit Sphere(index_t n_) : n(n_) {
    if (n_ < 1) throw std::invalid_argument("Sphere: n must be a positive integer");
  }

  index_t point_width() const { return n + 1; }
  index_t tangent_width() const { return n + 1; }

  template <class A>
  Vec load(const A* x) const {
    Vec v(n + 1);
    for (index_t i = 0; i <= n; ++i) v(i) = W(x[i]);
    return v;
  }
  template <class O>
  void store(const Vec& v, O* out) const {
    for (index_t i = 0; i <= n; ++i) out[i] = O(v(i));
  }

  // |‖x‖² − 1| ≤ (64 + 4(n + 1))·ε of the input type: what rounding leaves after x/‖x‖ or √p of a
  // probability vector that sums to 1 within its own rounding.
  static W tol(index_t n) { return (64 + 4 * W(n + 1)) * W(std::numeric_limits<S>::epsilon()); }
  const char* check_point(const S* x) const {
    for (index_t i = 0; i <= n; ++i)
      if (!is_finite_num(x[i])) return "has entries that are not finite";
    const W r = load(x).squaredNorm() - 1;
    if (!(std::abs(r) <= tol(n))) return "is not on the unit sphere: |‖x‖² − 1| exceeds the tolerance";
    return nullptr;
  }
  const char* check_tangent(const S*) const { return nullptr; }

  // The component of b orthogonal to a, b − (⟨a, b⟩/‖a‖²)a, formed from b − a (when ⟨a, b⟩ ≥ 0) or
  // b + a (otherwise), so that it keeps relative accuracy for close and for nearly antipodal points.
  Vec orth(const Vec& a, const Vec& b, W ab) const {
    const Vec e = ab >= 0 ? Vec(b - a) : Vec(b + a);
    return e - (a.dot(e) / a.squaredNorm()) * a;
  }
  // The angle between the rays of a and b: atan2(‖a‖·‖b⊥‖, ⟨a, b⟩).  For unit vectors it is
  // 2 atan2(‖a − b‖, ‖a + b‖); unlike that form it is not disturbed by the rounding of ‖a‖ and ‖b‖
  // (which would enter as (δ‖a‖/d)² for points at distance d).
  W angle(const Vec& a, const Vec& b, const Vec& bo) const {
    return std::atan2(a.stableNorm() * bo.stableNorm(), a.dot(b));
  }
  template <class A>
  W dist_w(const A* x, const A* y) const {
    const Vec a = load(x), b = load(y);
    return angle(a, b, orth(a, b, a.dot(b)));
  }
  S dist(const S* x, const S* y) const { return S(dist_w(x, y)); }

  // log_x(y) = d · y⊥/‖y⊥‖ (y⊥ the part of y orthogonal to x).  Antipodal points: NaN.
  Vec log_v(const Vec& a, const Vec& b) const {
    const Vec u = orth(a, b, a.dot(b));
    const W nu = u.stableNorm();
    const W ang = angle(a, b, u);
    if (nu == 0) return ang == 0 ? Vec(Vec::Zero(n + 1)) : Vec(Vec::Constant(n + 1, quiet_nan<W>()));
    return (ang / nu) * u;
  }
  void log(const S* x, const S* y, S* out) const { store(log_v(load(x), load(y)), out); }

  // exp_x(v) = cos|v| x + sin|v| v/|v| after projecting v onto the tangent space; renormalized.
  Vec exp_v(const Vec& a, const Vec& v) const {
    const Vec vt = v - a.dot(v) * a;
    const W nv = vt.norm();
    if (nv == 0) return a;
    Vec r = std::cos(nv) * a + (std::sin(nv) / nv) * vt;
    return r / r.norm();
  }
  void exp(const S* x, const S* v, S* out) const { store(exp_v(load(x), load(v)), out); }

  void geodesic(const S* x, const S* y, const S* t, index_t T, S* out) const {
    const Vec a = load(x);
    const Vec v = log_v(a, load(y));
    for (index_t k = 0; k < T; ++k) store(exp_v(a, W(t[k]) * v), out + k * (n + 1));
  }

  // P_{x→y}(v) = v + ⟨u, v⟩((cos d − 1)u − sin d · x), v first projected onto T_x, u = log_x(y)/d;
  // cos d − 1 = −2 sin²(d/2).
  void parallel_transport(const S* x, const S* y, const S* v, S* out) const {
    const Vec a = load(x), w = load(v);
    const Vec vt = w - a.dot(w) * a;
    const Vec l = log_v(a, load(y));
    const W d = l.norm();
    if (!(d > 0)) return store(d == 0 ? vt : l, out);  // same point, or antipodal (NaN)
    const Vec u = l / d;
    const W sh = std::sin(d / 2);
    store(vt + u.dot(vt) * (-2 * sh * sh * u - std::sin(d) * a), out);
  }

  S inner(const S*, const S* u, const S* v) const { return S(load(u).dot(load(v))); }
  S norm(const S*, const S* v) const { return S(load(v).norm()); }

  // x/‖x‖ (NaN for x = 0).
  void projx(const S* x, S* out) const {
    const Vec a = load(x);
    const W r = a.norm();
    if (r == 0) return fill_nan(out, n + 1);
    store(a / r, out);
  }
  // v − ⟨x, v⟩x/‖x‖².
  void to_tangent(const S* x, const S* v, S* out) const {
    const Vec a = load(x), w = load(v);
    store(w - (a.dot(w) / a.squaredNorm()) * a, out);
  }
};

}  // namespace infogeom::manifolds
