// Closed-form Fisher–Rao geometry (issue 4): the building blocks of the geodesic hooks of the
// family headers (see geodesic.hpp for the hook contract). Everything in double.
//
// One-parameter families. With g(θ) = F''(θ) the Fisher information, the chart φ(θ) = ∫ √g dθ
// is an isometry onto an interval of the real line (Atkinson & Mitchell, "Rao's distance
// measure", Sankhyā A 43, 1981, §3): d(p, q) = |φ(θq) − φ(θp)|, the geodesic is linear in φ,
// log_p(q) = (φq − φp)/√g(θp), exp_p(v) = φ⁻¹(φp + v √g(θp)), and parallel transport keeps the
// Fisher length: w = v √g(θp)/√g(θq). A constant factor c in g (Binomial n, NegativeBinomial r)
// scales the distance by √c and changes none of the maps, so each chart below is written for the
// unit member and the hooks multiply the distance. Each chart computes φq − φp from the exact
// difference θq − θp (no difference of two rounded φ values for nearby points), and a point on the
// geodesic is formed as "nearest boundary distance + positive increment", never by cancellation.
//
// Normal: the metric (dμ² + 2dσ²)/σ² is twice the hyperbolic metric of the upper half-plane in
// (x, y) = (μ/√2, σ) (Costa, Santos & Strapasson, "Fisher information distance: a geometrical
// reading", Discrete Appl. Math. 197, 2015, §3), so geodesics are the half-plane geodesics
// (vertical lines and semicircles centred on the axis) and d = √2 d_H.
#pragma once
#include <algorithm>
#include <cmath>
#include <limits>

namespace infogeom::geo_closed {

constexpr double kPi = 3.14159265358979323846264338327950288;
constexpr double kHalfPi = 1.57079632679489661923132169163975144;

// log(b/a) for a, b of one sign, from the ratio (log1p of the relative difference near 1).
inline double log_ratio(double a, double b) {
  const double r = b / a;
  if (r > 0.5 && r < 2.0) return std::log1p((b - a) / a);
  if (r > 0.0 && r < std::numeric_limits<double>::infinity()) return std::log(r);
  return std::log(std::fabs(b)) - std::log(std::fabs(a));
}

// ---------------------------------------------------------------- θ < 0, g = 1/θ² (Exponential, Rayleigh)
// φ = log(−θ) (dφ/dθ = 1/θ, |·| = √g): d = |log(θq/θp)|, γ(t) = θp (θq/θp)^t.
struct logchart {
  static double dist(double a, double b) { return std::fabs(log_ratio(a, b)); }
  static double log_map(double a, double b) { return a * log_ratio(a, b); }
  // θq = θp e^{v/θp}; leaves the domain only by overflow/underflow of the exponential.
  static bool exp_map(double a, double v, double* b) {
    *b = a * std::exp(v / a);
    return *b < 0.0 && *b > -std::numeric_limits<double>::infinity();
  }
  static double point(double a, double b, double t) { return a * std::exp(t * log_ratio(a, b)); }
  static double transport(double a, double b, double v) { return v * (b / a); }
};

// ---------------------------------------------------------------- θ ∈ ℝ, g = e^θ (Poisson)
// φ = 2 e^{θ/2} ∈ (0, ∞) (= 2√λ): d = 2|√λq − √λp|; the boundary λ = 0 is at a finite distance.
struct sqrtchart {
  // 2|e^{b/2} − e^{a/2}| = 2 e^{m/2} (1 − e^{−|b−a|/2}), m = max(a, b)
  static double dist(double a, double b) {
    return 2.0 * std::exp(0.5 * std::max(a, b)) * -std::expm1(-0.5 * std::fabs(b - a));
  }
  static double log_map(double a, double b) { return 2.0 * std::expm1(0.5 * (b - a)); }
  // φq = φp (1 + v/2): leaves the domain when v ≤ −2.
  static bool exp_map(double a, double v, double* b) {
    if (!(v > -2.0)) return false;
    *b = a + 2.0 * std::log1p(0.5 * v);
    return true;
  }
  // √λ(t) is the convex combination of √λp, √λq; anchored at the larger one (h, reached at time
  // distance s from t): √λ(t)/√λh = 1 − s (1 − e^{−|Δ|/2}) = (1 − s) + s e^{−|Δ|/2}.
  static double point(double a, double b, double t) {
    const bool up = b >= a;
    const double h = up ? b : a, s = up ? 1.0 - t : t, sc = up ? t : 1.0 - t;
    const double e = -std::expm1(-0.5 * std::fabs(b - a));  // 1 − e^{−|Δ|/2}
    const double x = s * e;
    return h + 2.0 * (x < 0.5 ? std::log1p(-x) : std::log(sc + s * std::exp(-0.5 * std::fabs(b - a))));
  }
  static double transport(double a, double b, double v) { return v * std::exp(0.5 * (a - b)); }
};

// ---------------------------------------------------------------- θ = logit p ∈ ℝ, g = p(1−p) (Bernoulli)
// φ = 2 asin √p = 2 atan e^{θ/2} ∈ (0, π); written as γ = φ − π/2 = gd(θ/2) ∈ (−π/2, π/2)
// (gd the Gudermannian: dγ/dθ = 1/(2 cosh(θ/2)) = √(p(1−p))), odd in θ. Points near a boundary
// are handled by their distance to it, c(θ) = π/2 − |γ| = 2 atan e^{−|θ|/2} (full relative
// accuracy), and θ = ±2 asinh(cot c).
struct anglechart {
  static double boundary_distance(double th) { return 2.0 * std::atan(std::exp(-0.5 * std::fabs(th))); }
  // γ(b) − γ(a) = 2 [atan e^{b/2} − atan e^{a/2}] = 2 atan2(e^{b/2} − e^{a/2}, 1 + e^{(a+b)/2})
  // (atan x − atan y = atan2(x − y, 1 + xy)), after the reflection θ ↦ −θ that makes a + b ≤ 0
  // (no overflow of e^{(a+b)/2}); the numerator as 2 e^{(a+b)/4} sinh((b−a)/4) for nearby points.
  static double dgamma(double a, double b) {
    double sg = 1.0;
    if (a + b > 0.0) {
      a = -a;
      b = -b;
      sg = -1.0;
    }
    const double d = b - a;
    const double num = std::fabs(d) < 4.0 ? 2.0 * std::exp(0.25 * (a + b)) * std::sinh(0.25 * d)
                                          : std::exp(0.5 * b) - std::exp(0.5 * a);
    return sg * 2.0 * std::atan2(num, 1.0 + std::exp(0.5 * (a + b)));
  }
  // 2 cosh(θ/2) = 1/√g without overflow for |θ| < 1418.
  static double two_cosh_half(double th) {
    const double x = std::fabs(th);
    return std::exp(0.5 * x) * (1.0 + std::exp(-x));
  }

  static double dist(double a, double b) { return std::fabs(dgamma(a, b)); }
  static double log_map(double a, double b) { return dgamma(a, b) * two_cosh_half(a); }
  // The point at γ(a) + w as an increment of θ: with x = θ/2, sinh x = tan γ, cosh x = sec γ,
  //   sinh(x_q − x_a) = tan γq sec γa − sec γq tan γa = (sin γq − sin γa)/(cos γa cos γq)
  //                   = 2 sin(w/2) cos(γa + w/2)/(cos γa cos γq),
  // with each cos γ = sin(distance to a boundary), accurate near the boundaries; the increment
  // keeps full relative accuracy for small w. sq = cos γq is passed in (the caller forms the
  // distance of q to the boundary from the better anchor).
  static double from_anchor(double a, double w, double sq) {
    const double ca = boundary_distance(a), hw = 0.5 * std::fabs(w);
    const bool toward = (w > 0.0) == (a >= 0.0);  // moving toward the boundary nearer to a
    const double smid = std::sin(toward ? ca - hw : ca + hw);
    return a + 2.0 * std::asinh(2.0 * std::sin(0.5 * w) * smid / ((2.0 / two_cosh_half(a)) * sq));
  }
  static bool exp_map(double a, double v, double* b) {
    const double w = v / two_cosh_half(a);  // displacement in γ
    if (w == 0.0) {
      *b = a;
      return true;
    }
    // distance of p to the boundary ahead: c(a) when moving toward the near one, π − c(a) otherwise
    const double ca = boundary_distance(a);
    const bool toward = (w > 0.0) == (a >= 0.0);
    if (!(std::fabs(w) < (toward ? ca : kPi - ca))) return false;
    *b = from_anchor(a, w, std::sin(toward ? ca - std::fabs(w) : ca + std::fabs(w)));
    return true;
  }
  static double point(double a, double b, double t) {
    const double dg = dgamma(a, b);
    const double ga = (a >= 0.0 ? 1.0 : -1.0) * (kHalfPi - boundary_distance(a));
    const double g = ga + t * dg;  // rough position: picks the side
    const double sigma = g >= 0.0 ? 1.0 : -1.0;
    // the end point nearer to the boundary of side σ, and the time distance from it
    const bool toward = sigma * dg >= 0.0;  // moving toward that boundary: q is nearer
    const double e = toward ? b : a;
    const double s = toward ? 1.0 - t : t;
    const double ce = (sigma * e >= 0.0) ? boundary_distance(e) : kPi - boundary_distance(e);
    return from_anchor(a, t * dg, std::sin(ce + s * std::fabs(dg)));
  }
  // √g(a)/√g(b) = cosh(b/2)/cosh(a/2)
  static double transport(double a, double b, double v) {
    const double x = std::fabs(a), y = std::fabs(b);
    return v * std::exp(0.5 * (y - x)) * ((1.0 + std::exp(-y)) / (1.0 + std::exp(-x)));
  }
};

// ---------------------------------------------------------------- θ = log(1−p) < 0, g = e^θ/(1−e^θ)² (Geometric)
// In the success probability p the information is 1/(p²(1−p)) and ∫ dp/(p√(1−p)) =
// −2 atanh √(1−p); with s = √(1−p) = e^{θ/2}: φ = 2 atanh(e^{θ/2}) ∈ (0, ∞) (p → 1 is at a finite
// distance, p → 0 at an infinite one), √g = e^{θ/2}/(1 − e^θ).
struct atanhchart {
  static double phi(double th) {
    const double s = std::exp(0.5 * th);
    return s < 0.5 ? 2.0 * std::atanh(s) : std::log((1.0 + s) / -std::expm1(0.5 * th));
  }
  // θ = 2 log tanh(φ/2) = −4 atanh(e^{−φ}) = 2 log(w/(2 − w)), w = 1 − e^{−φ}.
  static double theta(double ph) {
    const double z = std::exp(-ph);
    if (z < 0.5) return -4.0 * std::atanh(z);
    const double w = -std::expm1(-ph);
    return 2.0 * std::log(w / (2.0 - w));
  }
  // φ(b) − φ(a) = 2 atanh((s_b − s_a)/(1 − s_a s_b)) with s_b − s_a = 2 e^{(a+b)/4} sinh((b−a)/4)
  // and 1 − s_a s_b = −expm1((a+b)/2); far apart: log of [(1+s_b)(1−s_a)]/[(1−s_b)(1+s_a)].
  static double dphi(double a, double b) {
    const double num = std::fabs(b - a) < 4.0 ? 2.0 * std::exp(0.25 * (a + b)) * std::sinh(0.25 * (b - a))
                                               : std::exp(0.5 * b) - std::exp(0.5 * a);
    const double x = num / -std::expm1(0.5 * (a + b));
    if (std::fabs(x) < 0.5) return 2.0 * std::atanh(x);
    const double sa = std::exp(0.5 * a), sb = std::exp(0.5 * b);
    return std::log(((1.0 + sb) * -std::expm1(0.5 * a)) / (-std::expm1(0.5 * b) * (1.0 + sa)));
  }
  static double sqrt_g(double th) { return std::exp(0.5 * th) / -std::expm1(th); }
  static double dist(double a, double b) { return std::fabs(dphi(a, b)); }
  static double log_map(double a, double b) { return dphi(a, b) * (-std::expm1(a) * std::exp(-0.5 * a)); }
  // The point at φ(a) + δ as an increment of θ: with s = tanh(φ/2) = e^{θ/2} and τ = tanh(δ/2),
  // tanh(φ/2 + δ/2)/tanh(φ/2) = (1 + τ/s)/(1 + sτ), so
  //   θ = θa + 2 log1p(τ (1 − s²)/(s (1 + sτ))),  1 − s² = −expm1(θa),
  // accurate for small δ; the argument reaches −1 exactly when φ(a) + δ reaches 0 (p = 1).
  static bool from_anchor(double a, double delta, double* b) {
    const double sa = std::exp(0.5 * a), tau = std::tanh(0.5 * delta);
    const double x = tau * -std::expm1(a) / (sa * (1.0 + sa * tau));
    if (!(x > -1.0)) return false;
    *b = a + 2.0 * std::log1p(x);
    return true;
  }
  // The point at φ(a) + δ: the increment form for |δ| < 1 (θ changes by less than a factor e
  // there, no cancellation), else through φ itself (θ = θ(φ) keeps relative accuracy ~ε φ up to
  // θ → 0⁻, where θ ≈ −4e^{−φ}).
  static bool step(double a, double delta, double* b) {
    if (std::fabs(delta) < 1.0) return from_anchor(a, delta, b);
    const double ph = phi(a) + delta;
    if (!(ph > 0.0)) return false;
    *b = theta(ph);
    return true;
  }
  static bool exp_map(double a, double v, double* b) { return step(a, v * sqrt_g(a), b); }
  // anchored at the end with the smaller φ (the smaller θ): a positive step
  static double point(double a, double b, double t) {
    const bool up = b >= a;
    const double lo = up ? a : b, s = up ? t : 1.0 - t;
    double out;
    step(lo, s * std::fabs(dphi(a, b)), &out);
    return out;
  }
  // √g(a)/√g(b) = e^{(a−b)/2} expm1(b)/expm1(a)
  static double transport(double a, double b, double v) {
    return v * std::exp(0.5 * (a - b)) * (std::expm1(b) / std::expm1(a));
  }
};

// The five geodesic hooks of geodesic.hpp for a one-parameter family Fam<S> in the chart C (one
// of the structs above), evaluated in double; the distance is multiplied by
// Fam::geodesic_scale() (√ of a constant factor of the information; 1 unless Fam hides it).
template <class Fam, class S, class C>
struct OneParamGeodesic {
  double geodesic_scale() const { return 1.0; }
  S fisher_rao(const S* p, const S* q) const {
    return S(static_cast<const Fam&>(*this).geodesic_scale() * C::dist(double(p[0]), double(q[0])));
  }
  void log_map(const S* p, const S* q, S* v) const { v[0] = S(C::log_map(double(p[0]), double(q[0]))); }
  bool exp_map(const S* p, const S* v, S* q) const {
    double b;
    if (!C::exp_map(double(p[0]), double(v[0]), &b)) return false;
    q[0] = S(b);
    return true;
  }
  void geodesic_point(const S* p, const S* q, S t, S* out) const {
    out[0] = S(C::point(double(p[0]), double(q[0]), double(t)));
  }
  void parallel_transport(const S* p, const S* q, const S* v, S* w) const {
    w[0] = S(C::transport(double(p[0]), double(q[0]), double(v[0])));
  }
};

// ---------------------------------------------------------------- the hyperbolic half-plane
// Points z = (x, y), y > 0, metric (dx² + dy²)/y² (curvature −1); tangent vectors as Euclidean
// components. Differences Δx, Δy are passed in (the caller forms them without cancellation).
namespace halfplane {
// d_H = 2 asinh(½ |Δ|/√(y₁y₂)) (cosh d_H = 1 + |Δ|²/(2y₁y₂), Beardon, "The Geometry of Discrete
// Groups", 1983, Thm 7.2.1), accurate for nearby points.
inline double dist(double dx, double dy, double y1, double y2) {
  return 2.0 * std::asinh(0.5 * std::hypot(dx, dy) / std::sqrt(y1 * y2));
}
// Unit Euclidean direction at z1 of the geodesic to z2: the circle through z1, z2 orthogonal to
// the axis has its centre at c = x̄ + (y₂² − y₁²)/(2Δx); the tangent at z1 is ⟂ (z1 − c), i.e.
// ∝ (2y₁Δx, Δx² + Δy(y₁ + y₂)) (which is also right for Δx = 0, the vertical line).
inline void direction(double dx, double dy, double y1, double y2, double* ux, double* uy) {
  const double ex = 2.0 * y1 * dx, ey = dx * dx + dy * (y1 + y2);
  const double n = std::hypot(ex, ey);
  *ux = ex / n;
  *uy = ey / n;
}
// The geodesic from z0 with Euclidean initial velocity (vx, vy) at time 1: the point at distance
// τ = |v|/y₀ along the geodesic from i with unit direction (a, b) is
//   (a sinh τ, 1)/(cosh τ − b sinh τ)
// (the image of i e^τ under the rotation about i, w ↦ (c w + s)/(−s w + c), that turns the
// vertical direction into (a, b)); then scaled by y₀ and shifted by x₀. The denominator is
// written as ½[(1−b)e^τ + (1+b)e^{−τ}] (both terms ≥ 0), 1 ∓ b from |v| ± v_y without cancellation.
inline void exp_map(double x0, double y0, double vx, double vy, double* x, double* y) {
  const double nv = std::hypot(vx, vy);
  if (nv == 0.0) {
    *x = x0;
    *y = y0;
    return;
  }
  const double tau = nv / y0, a = vx / nv;
  double omb, opb;  // 1 − b, 1 + b
  if (vy >= 0.0) {
    opb = 1.0 + vy / nv;
    omb = (vx / nv) * (vx / (nv + vy));
  } else {
    omb = 1.0 - vy / nv;
    opb = (vx / nv) * (vx / (nv - vy));
  }
  const double e2 = std::exp(-2.0 * tau);
  const double den = omb + opb * e2;  // 2 e^{−τ} D
  *x = x0 + y0 * a * (-std::expm1(-2.0 * tau)) / den;
  *y = y0 * 2.0 * std::exp(-tau) / den;
}
// log: v = d_H · y₁ · direction.
inline void log_map(double dx, double dy, double y1, double y2, double* vx, double* vy) {
  const double r = dist(dx, dy, y1, y2);
  double ux, uy;
  direction(dx, dy, y1, y2, &ux, &uy);
  *vx = r * y1 * ux;
  *vy = r * y1 * uy;
}
// Parallel transport along the geodesic z1 → z2 keeps the length and the angle to the geodesic's
// tangent (a 2-manifold; do Carmo, "Riemannian Geometry", 1992, ch. 2 and 3): with T1, T2 the
// unit Euclidean tangents at z1 and z2 (T2 = −direction(z2 → z1)) and N = T rotated by +90°,
//   w = (y₂/y₁) [(v·T1) T2 + (v·N1) N2].
inline void transport(double dx, double dy, double y1, double y2, double vx, double vy, double* wx,
                      double* wy) {
  double t1x, t1y, t2x, t2y;
  direction(dx, dy, y1, y2, &t1x, &t1y);
  direction(-dx, -dy, y2, y1, &t2x, &t2y);
  t2x = -t2x;
  t2y = -t2y;
  const double al = vx * t1x + vy * t1y, be = -vx * t1y + vy * t1x;
  const double k = y2 / y1;
  *wx = k * (al * t2x - be * t2y);
  *wy = k * (al * t2y + be * t2x);
}
}  // namespace halfplane

}  // namespace infogeom::geo_closed
