// Hyperbolic space (issue 4, ig.manifolds.PoincareBall and ig.manifolds.HalfPlane).
//
// Poincaré ball of curvature −c: {x ∈ Rᵈ : c|x|² < 1}, metric λ_x²|dx|², λ_x = 2/(1 − c|x|²).
// Gyrovector operations (Möbius addition, scalar multiplication, gyration): A. A. Ungar (2008),
// "Analytic Hyperbolic Geometry and Albert Einstein's Special Theory of Relativity", ch. 3;
// exp/log maps and parallel transport P_{x→y}(v) = (λ_x/λ_y) gyr[y, −x] v: O. Ganea, G. Bécigneul,
// T. Hofmann (2018), "Hyperbolic neural networks", NeurIPS, §2 and Thm. 4.
// Upper half-space of curvature −1: {h ∈ Rᵈ : h_d > 0}, metric |dh|²/h_d²; the ball ↔ half-space
// isometry is the inversion in the sphere of radius √2 about e_d followed by the reflection h_d ↦ −h_d
// (the Cayley transform; J. Ratcliffe (2006), "Foundations of Hyperbolic Manifolds", §4.5):
//   h = (2x', 1 − |x|²) / (|x'|² + (1 − x_d)²),   x = (2h', |h'|² + h_d² − 1) / (|h'|² + (1 + h_d)²)
// for the unit ball; the ball of curvature −c is scaled by 1/√c first.
//
// Stable forms used throughout (the usual artanh/arccosh forms lose all relative accuracy for
// close points):
//   ball:        d(x, y) = (2/√c) asinh(√c|x − y| / √((1 − c|x|²)(1 − c|y|²)))
//   half-space:  d(p, q) = 2 asinh(|p − q| / (2√(p_d q_d)))
// (both from cosh d = 1 + 2 sinh²(d/2) and the arccosh forms, Ratcliffe §4.5 and §4.6), and
// (−x) ⊕ y = [(1 − c|x|²)δ − c|δ|²x] / [(1 − c|x|²)(1 − c|y|²) + c|δ|²] with δ = y − x (expand
// Ungar's formula with y = x + δ: exact algebra, no difference of nearly equal terms).
//
// Rows on raw pointers; float input is computed in double and rounded once; never throws (the
// constructors excepted).
#pragma once
#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <type_traits>

#include "../config.hpp"

namespace infogeom::manifolds {

namespace hyp_detail {

template <class S>
using work_t = std::conditional_t<std::is_same_v<S, float>, double, S>;

template <class W, class A, class B>
W dot(const A* x, const B* y, index_t d) {
  W s = 0;
  for (index_t i = 0; i < d; ++i) s += W(x[i]) * W(y[i]);
  return s;
}
template <class W, class A, class B>
W sqdist(const A* x, const B* y, index_t d) {
  W s = 0;
  for (index_t i = 0; i < d; ++i) {
    const W e = W(y[i]) - W(x[i]);
    s += e * e;
  }
  return s;
}

// |y − x| without underflow or overflow of the squares (scaled by the largest difference).
template <class W, class A, class B>
W norm_diff(const A* x, const B* y, index_t d) {
  W m = 0;
  for (index_t i = 0; i < d; ++i) m = std::max(m, std::abs(W(y[i]) - W(x[i])));
  if (m == 0 || !(m < std::numeric_limits<W>::infinity())) return m;
  W s = 0;
  for (index_t i = 0; i < d; ++i) {
    const W e = (W(y[i]) - W(x[i])) / m;
    s += e * e;
  }
  return m * std::sqrt(s);
}

// Unit ball → upper half-space (Cayley transform, see the header comment).  z in the unit ball.
template <class W, class S>
void ball_to_half(const W* z, index_t d, S* out) {
  W zp2 = 0;  // |z'|²
  for (index_t i = 0; i + 1 < d; ++i) zp2 += z[i] * z[i];
  const W zd = z[d - 1];
  const W one_minus = (1 - zd) * (1 + zd) - zp2;  // 1 − |z|²
  const W D = zp2 + (1 - zd) * (1 - zd);
  for (index_t i = 0; i + 1 < d; ++i) out[i] = S(2 * z[i] / D);
  out[d - 1] = S(one_minus / D);
}
// Upper half-space → unit ball; hd_m1 = h_d − 1 given separately for accuracy near h = e_d.
template <class W, class S>
void half_to_ball(const W* hp, W hd, W hd_m1, index_t d, S* out, W scale) {
  W hp2 = 0;
  for (index_t i = 0; i + 1 < d; ++i) hp2 += hp[i] * hp[i];
  const W D = hp2 + (1 + hd) * (1 + hd);
  for (index_t i = 0; i + 1 < d; ++i) out[i] = S(scale * 2 * hp[i] / D);
  out[d - 1] = S(scale * (hp2 + hd_m1 * (hd + 1)) / D);
}

}  // namespace hyp_detail


template <class S>
struct PoincareBall {
  using W = hyp_detail::work_t<S>;
  using Vec = Eigen::Matrix<W, Eigen::Dynamic, 1>;
  index_t dim;
  W c;
  W sc;  // √c

  PoincareBall(index_t dim_, double c_) : dim(dim_), c(W(c_)), sc(std::sqrt(W(c_))) {
    if (dim_ < 1) throw std::invalid_argument("PoincareBall: dim must be a positive integer");
    if (!(c_ > 0) || !(c_ < std::numeric_limits<double>::infinity()))
      throw std::invalid_argument("PoincareBall: c must be positive and finite");
  }

  index_t point_width() const { return dim; }
  index_t tangent_width() const { return dim; }

  template <class A>
  W sq(const A* x) const { return hyp_detail::dot<W>(x, x, dim); }
  // 1 − c|x|² = 2/λ_x
  template <class A>
  W gamma_inv(const A* x) const { return 1 - c * sq(x); }

  const char* check_point(const S* x) const {
    for (index_t i = 0; i < dim; ++i)
      if (!is_finite_num(x[i])) return "has entries that are not finite";
    if (!(gamma_inv(x) > 0)) return "is outside the open ball: c·|x|² ≥ 1";
    return nullptr;
  }
  const char* check_tangent(const S*) const { return nullptr; }

  // x ⊕ y = [(1 + 2c⟨x,y⟩ + c|y|²) x + (1 − c|x|²) y] / (1 + 2c⟨x,y⟩ + c²|x|²|y|²)  (Ungar 2008,
  // eq. 3.40 with s = 1/√c); the denominator as (1 − c|x|²)(1 − c|y|²) + c|x + y|² (a positive sum).
  template <class A, class B, class O>
  void add_w(const A* x, const B* y, O* out) const {
    const W xy = hyp_detail::dot<W>(x, y, dim), x2 = sq(x), y2 = sq(y);
    W s2 = 0;
    for (index_t i = 0; i < dim; ++i) {
      const W e = W(x[i]) + W(y[i]);
      s2 += e * e;
    }
    const W a = 1 + 2 * c * xy + c * y2, b = 1 - c * x2;
    const W den = (1 - c * x2) * (1 - c * y2) + c * s2;
    for (index_t i = 0; i < dim; ++i) out[i] = O((a * W(x[i]) + b * W(y[i])) / den);
  }
  void mobius_add(const S* x, const S* y, S* out) const { add_w(x, y, out); }

  // r ⊗ x = (1/√c) tanh(r artanh(√c|x|)) x/|x|  (Ungar 2008, eq. 3.103; Ganea et al. 2018, eq. 3).
  void mobius_scalar(const S* r, const S* x, S* out) const {
    const W nx = std::sqrt(sq(x));
    const W f = nx == 0 ? W(0) : std::tanh(W(r[0]) * std::atanh(sc * nx)) / (sc * nx);
    for (index_t i = 0; i < dim; ++i) out[i] = S(f * W(x[i]));
  }

  template <class A, class B>
  W dist_w(const A* x, const B* y) const {
    const W g = std::sqrt(gamma_inv(x) * gamma_inv(y));
    return 2 / sc * std::asinh(sc * hyp_detail::norm_diff<W>(x, y, dim) / g);
  }
  S dist(const S* x, const S* y) const { return S(dist_w(x, y)); }

  // log_x(y) = (2/(√c λ_x)) artanh(√c|(−x) ⊕ y|) · u/|u| = d(x, y)(1 − c|x|²)/2 · u/|u|,
  // u = (1 − c|x|²)δ − c|δ|²x, a positive multiple of (−x) ⊕ y (Ganea et al. 2018, Lemma 2).
  template <class O>
  void log_w(const S* x, const S* y, O* out) const {
    const W gx = gamma_inv(x);
    const W dd = hyp_detail::sqdist<W>(x, y, dim);
    W nu = 0;
    for (index_t i = 0; i < dim; ++i) {
      const W u = gx * (W(y[i]) - W(x[i])) - c * dd * W(x[i]);
      nu += u * u;
    }
    nu = std::sqrt(nu);
    const W f = nu == 0 ? W(0) : dist_w(x, y) * gx / 2 / nu;
    for (index_t i = 0; i < dim; ++i) out[i] = O(f * (gx * (W(y[i]) - W(x[i])) - c * dd * W(x[i])));
  }
  void log(const S* x, const S* y, S* out) const { log_w(x, y, out); }

  // exp_x(v) = x ⊕ (tanh(√c λ_x|v|/2) v/(√c|v|))  (Ganea et al. 2018, Lemma 2).
  template <class V>
  void exp_w(const S* x, const V* v, S* out) const {
    const W nv = std::sqrt(sq(v));
    const W lam = 2 / gamma_inv(x);
    const W f = nv == 0 ? W(0) : std::tanh(sc * lam * nv / 2) / (sc * nv);
    Vec z(dim);
    for (index_t i = 0; i < dim; ++i) z(i) = f * W(v[i]);
    add_w(x, z.data(), out);
  }
  void exp(const S* x, const S* v, S* out) const { exp_w(x, v, out); }

  // γ(t) = exp_x(t log_x(y)) = x ⊕ (t ⊗ ((−x) ⊕ y)).
  void geodesic(const S* x, const S* y, const S* t, index_t T, S* out) const {
    Vec v(dim), w(dim);
    log_w(x, y, v.data());
    for (index_t k = 0; k < T; ++k) {
      w = W(t[k]) * v;
      exp_w(x, w.data(), out + k * dim);
    }
  }

  // gyr[u, v]w = w + 2(A u + B v)/D (Ungar 2008, eq. 3.34, scaled to curvature −c):
  //   A = −c²⟨u,w⟩|v|² + c⟨v,w⟩ + 2c²⟨u,v⟩⟨v,w⟩,  B = −c²⟨v,w⟩|u|² − c⟨u,w⟩,
  //   D = 1 + 2c⟨u,v⟩ + c²|u|²|v|².
  // P_{x→y}(w) = (λ_x/λ_y) gyr[y, −x] w  (Ganea et al. 2018, Thm. 4): u = y, v = −x, and
  // D = 1 − 2c⟨x,y⟩ + c²|x|²|y|² = (1 − c|x|²)(1 − c|y|²) + c|x − y|².
  void parallel_transport(const S* x, const S* y, const S* w, S* out) const {
    const W uw = hyp_detail::dot<W>(y, w, dim), vw = -hyp_detail::dot<W>(x, w, dim);
    const W uv = -hyp_detail::dot<W>(y, x, dim), u2 = sq(y), v2 = sq(x);
    const W A = -c * c * uw * v2 + c * vw + 2 * c * c * uv * vw;
    const W B = -c * c * vw * u2 - c * uw;
    const W D = gamma_inv(x) * gamma_inv(y) + c * hyp_detail::sqdist<W>(x, y, dim);
    const W r = gamma_inv(y) / gamma_inv(x);
    for (index_t i = 0; i < dim; ++i)
      out[i] = S(r * (W(w[i]) + 2 * (A * W(y[i]) - B * W(x[i])) / D));
  }

  // ⟨u, v⟩_x = λ_x² u·v.
  S inner(const S* x, const S* u, const S* v) const {
    const W lam = 2 / gamma_inv(x);
    return S(lam * lam * hyp_detail::dot<W>(u, v, dim));
  }
  S norm(const S* x, const S* v) const { return S(2 / gamma_inv(x) * std::sqrt(sq(v))); }

  // Radial projection into the closed ball of radius (1 − margin)/√c; margin 4e-3 for float and
  // 1e-5 for double (the defaults of geoopt, M. Kochurov et al. 2020).
  static W margin() { return std::is_same_v<S, float> ? W(4e-3) : W(1e-5); }
  void projx(const S* x, S* out) const {
    const W nx = std::sqrt(sq(x));
    const W maxn = (1 - margin()) / sc;
    const W f = nx > maxn ? maxn / nx : W(1);
    for (index_t i = 0; i < dim; ++i) out[i] = S(f * W(x[i]));
  }

  // Ball of curvature −c → upper half-space {h_d > 0} (metric |dh|²/(c h_d²)): Cayley(√c x).
  void to_halfplane(const S* x, S* out) const {
    Vec z(dim);
    for (index_t i = 0; i < dim; ++i) z(i) = sc * W(x[i]);
    hyp_detail::ball_to_half(z.data(), dim, out);
  }
  void from_halfplane(const S* h, S* out) const {
    Vec hp(dim);
    for (index_t i = 0; i < dim; ++i) hp(i) = W(h[i]);
    const W hd = W(h[dim - 1]);
    hyp_detail::half_to_ball(hp.data(), hd, hd - 1, dim, out, 1 / sc);
  }
};

// Upper half-space {h ∈ Rᵈ : h_d > 0} of curvature −1 (d = 2: the Poincaré half-plane, points
// (x, y), y > 0), metric |dh|²/h_d².  exp and log move p to e_d by the isometry h ↦ (h − (p', 0))/p_d,
// pass to the unit ball at its origin (where exp_0(w) = tanh|w| w/|w| and the differential of the
// Cayley transform is 2·I), and come back.
template <class S>
struct HalfPlane {
  using W = hyp_detail::work_t<S>;
  using Vec = Eigen::Matrix<W, Eigen::Dynamic, 1>;
  index_t dim;

  explicit HalfPlane(index_t dim_) : dim(dim_) {
    if (dim_ < 1) throw std::invalid_argument("HalfPlane: dim must be a positive integer");
  }

  index_t point_width() const { return dim; }
  index_t tangent_width() const { return dim; }

  const char* check_point(const S* p) const {
    for (index_t i = 0; i < dim; ++i)
      if (!is_finite_num(p[i])) return "has entries that are not finite";
    if (!(p[dim - 1] > 0)) return "is outside the upper half-plane: the last coordinate is not > 0";
    return nullptr;
  }
  const char* check_tangent(const S*) const { return nullptr; }

  // d(p, q) = 2 asinh(|p − q| / (2√(p_d q_d)))  (from cosh d = 1 + |p − q|²/(2 p_d q_d),
  // Ratcliffe 2006, Thm. 4.6.1).
  template <class A>
  W dist_w(const A* p, const A* q) const {
    return 2 * std::asinh(hyp_detail::norm_diff<W>(p, q, dim) /
                          (2 * std::sqrt(W(p[dim - 1])) * std::sqrt(W(q[dim - 1]))));
  }
  S dist(const S* p, const S* q) const { return S(dist_w(p, q)); }

  // exp_p(v): v₀ = v/p_d at e_d; ball point b = tanh(s) u, s = |v₀|/2, u = v₀/|v₀|; h = Cayley(b),
  // result (p' + p_d h', p_d h_d).  With 1 − b_d = (1 − u_d) + u_d(1 − tanh s) and
  // 1 − |b|² = sech² s, all terms are formed without cancellation (also for long vertical geodesics).
  template <class V>
  void exp_w(const S* p, const V* v, S* out) const {
    const W y = W(p[dim - 1]);
    W nv2 = 0, np2 = 0;  // |v₀|², |v₀'|²
    for (index_t i = 0; i < dim; ++i) {
      const W e = W(v[i]) / y;
      nv2 += e * e;
      if (i + 1 < dim) np2 += e * e;
    }
    const W nv = std::sqrt(nv2);
    if (nv == 0) {
      for (index_t i = 0; i < dim; ++i) out[i] = p[i];
      return;
    }
    const W s = nv / 2;
    const W vd = W(v[dim - 1]) / y;
    const W ud = vd / nv;
    const W th = std::tanh(s);
    const W one_m_th = 2 / (std::exp(2 * s) + 1);
    const W ch = std::cosh(s);
    const W sech2 = 1 / (ch * ch);
    const W one_m_ud = vd > 0 ? np2 / (nv * (nv + vd)) : 1 - ud;
    const W one_m_bd = one_m_ud + ud * one_m_th;
    const W D = th * th * np2 / nv2 + one_m_bd * one_m_bd;
    for (index_t i = 0; i + 1 < dim; ++i) out[i] = S(W(p[i]) + y * 2 * th * (W(v[i]) / y / nv) / D);
    out[dim - 1] = S(y * sech2 / D);
  }
  void exp(const S* p, const S* v, S* out) const { exp_w(p, v, out); }

  // log_p(q): q₀ = (q − (p', 0))/p_d, b = Cayley⁻¹(q₀) (unit ball), log = p_d · d(p, q) · b/|b|,
  // with q₀_d − 1 = (q_d − p_d)/p_d formed first.
  template <class O>
  void log_w(const S* p, const S* q, O* out) const {
    const W y = W(p[dim - 1]);
    Vec hp(dim);
    for (index_t i = 0; i + 1 < dim; ++i) hp(i) = (W(q[i]) - W(p[i])) / y;
    const W e = (W(q[dim - 1]) - y) / y;
    Vec b(dim);
    hyp_detail::half_to_ball(hp.data(), 1 + e, e, dim, b.data(), W(1));
    const W nb = b.norm();
    const W f = nb == 0 ? W(0) : y * dist_w(p, q) / nb;
    for (index_t i = 0; i < dim; ++i) out[i] = O(f * b(i));
  }
  void log(const S* p, const S* q, S* out) const { log_w(p, q, out); }

  void geodesic(const S* p, const S* q, const S* t, index_t T, S* out) const {
    Vec v(dim), w(dim);
    log_w(p, q, v.data());
    for (index_t k = 0; k < T; ++k) {
      w = W(t[k]) * v;
      exp_w(p, w.data(), out + k * dim);
    }
  }

  // ⟨u, v⟩_p = u·v / p_d².
  S inner(const S* p, const S* u, const S* v) const {
    const W y = W(p[dim - 1]);
    return S(hyp_detail::dot<W>(u, v, dim) / (y * y));
  }
  S norm(const S* p, const S* v) const {
    return S(std::sqrt(hyp_detail::dot<W>(v, v, dim)) / W(p[dim - 1]));
  }

  // Cayley transform to the unit Poincaré ball (curvature −1) and back.
  void to_ball(const S* h, S* out) const {
    Vec hp(dim);
    for (index_t i = 0; i < dim; ++i) hp(i) = W(h[i]);
    const W hd = W(h[dim - 1]);
    hyp_detail::half_to_ball(hp.data(), hd, hd - 1, dim, out, W(1));
  }
  void from_ball(const S* x, S* out) const {
    Vec z(dim);
    for (index_t i = 0; i < dim; ++i) z(i) = W(x[i]);
    hyp_detail::ball_to_half(z.data(), dim, out);
  }
};

}  // namespace infogeom::manifolds
