// Stable KL and skew-Jensen gaps of the log-Gamma families (Gamma, Beta, Dirichlet).
//
// Their log-partitions are built from L(k) = log Γ(k). Split by Stirling's formula,
//   L(k) = [k log k − k] − ½ log k + ½ log 2π + μ(k),
// μ the Binet remainder (completely monotone, hence convex: Whittaker & Watson §12.31; computed by
// counts::stirlerr), every Bregman or skew-Jensen gap of L splits into the gaps of the three
// convex pieces, each ≥ 0 (≤ 0 for the extrapolated Rényi orders α > 1), each computed without
// cancellation:
//   * k log k − k (with the −k log β of Gamma, or summed against the total α₀ of Beta/Dirichlet)
//     gives perspective forms a·g(z) of  ψ₂(z) = (1 + z) log(1 + z) − z  and of the Jensen gap of
//     x log x, with z a relative difference formed from the inputs (dmath::xlog1pxmx);
//   * −½ log k gives ½ (y − log(1 + y)) and ½ [log(1 + s y) − s log(1 + y)] (dmath);
//   * μ gives Δ² ∫ K(t) μ''(k + tΔ) dt: 8-point Gauss–Legendre on each linear piece of the kernel
//     when |Δ| ≤ k/10 (μ'' is analytic in Re k > 0: error ~ (1/20)^16), the direct difference
//     otherwise (where it does not cancel); μ''(k) = ψ'(k) − 1/k − 1/(2k²).
// When the textbook lgamma/digamma form does not cancel (the result is ≥ 1/256 of its terms) it
// is used instead: it is cheaper, and accurate to ~2e-13 there.
#pragma once
#include <cmath>
#include <utility>

#include "../special.hpp"
#include "counts.hpp"
#include "divergence_math.hpp"

namespace infogeom::lgdiv {

// Gauss–Legendre 8-point rule on [−1, 1] (nodes ±x, weights w; Abramowitz & Stegun Table 25.4).
INFOGEOM_DEVICE_TABLE double kGL8x[4] = {0.183434642495649804939476142360184, 0.525532409916328985817739049189246,
                             0.796666477413626739591553936475830, 0.960289856497536231683560868569473};
INFOGEOM_DEVICE_TABLE double kGL8w[4] = {0.362683783378361982965150449277196, 0.313706645877887287337962201986601,
                             0.222381034453374470544355994426241, 0.101228536290376259152531354309962};

// The textbook forms below are kept when their result is ≥ M/256, M the summed magnitude of the
// pieces they are computed from: rounding ≤ ~4εM ≤ 2.3e-13 relative.
constexpr double kKeep = 1.0 / 256.0;

// log Γ(x) (special::lgamma, accurate relative to itself) and ψ(x) by a short path: shift to
// y = x + n ≥ 8 with D(x) = x(x+1)…(x+n−1) and D'/D = Σ 1/(x+k) (one division, terms > 0),
// ψ(x) = ψ(y) − D'/D, Stirling's series at y (A&S 6.3.18; truncation < 1e-17 at y ≥ 8).
// `mag` = |log Γ(x)| + |ψ(y)| + D'/D bounds the pieces (ψ's rounding is ~ε(|ψ(y)| + D'/D)).
struct LgPsi {
  double lg, psi, mag_lg, mag_psi;
};
INFOGEOM_HOST_DEVICE inline LgPsi lgpsi(double x) {
  double y = x, D = 1.0, Dp = 0.0;
  while (y < 8.0) {
    Dp = Dp * y + D;
    D *= y;
    y += 1.0;
  }
  const double iy = 1.0 / y, iy2 = iy * iy;
  // log y − ψ(y) − 1/(2y) = Σ B_2k/(2k y^{2k})
  const double c = iy2 * (1.0 / 12 + iy2 * (-1.0 / 120 + iy2 * (1.0 / 252 + iy2 * (-1.0 / 240 +
                   iy2 * (1.0 / 132 + iy2 * (-691.0 / 32760 + iy2 * (1.0 / 12 + iy2 * (-3617.0 / 8160))))))));
  const double psiy = std::log(y) - 0.5 * iy - c;
  const double q = Dp / D;
  const double lg = special::lgamma(x);
  return {lg, psiy - q, std::fabs(lg), std::fabs(psiy) + q};
}

// k |ψ(k)| bounded above without evaluating ψ: |ψ(k)| ≤ 1/k + |log k| + 1.
INFOGEOM_HOST_DEVICE inline double psi_scale(double k) { return 1.0 + k * (std::fabs(std::log(k)) + 1.0); }

INFOGEOM_HOST_DEVICE inline double mu(double k) { return counts::stirlerr(k); }
INFOGEOM_HOST_DEVICE inline double mu1(double k) { return 0.5 / k - special::log_minus_digamma(k); }          // μ'
INFOGEOM_HOST_DEVICE inline double mu2(double k) { return special::trigamma_minus_inv(k) - 0.5 / (k * k); }    // μ''

// ∫_a^b (c0 + c1 t) μ''(k + tΔ) dt by GL8.
INFOGEOM_HOST_DEVICE inline double mu2_integral(double k, double d, double a, double b, double c0, double c1) {
  const double h = 0.5 * (b - a), m = 0.5 * (a + b);
  double s = 0.0;
  for (int i = 0; i < 4; ++i)
    for (int sg = -1; sg <= 1; sg += 2) {
      const double t = m + sg * h * kGL8x[i];
      s += kGL8w[i] * (c0 + c1 * t) * mu2(k + t * d);
    }
  return h * s;
}

// Every function takes d = kq − kp as formed from the natural parameters (θq − θp, exact for
// nearby points), never as the difference of the shifted k = θ + 1, which rounds.
// B_μ(kq : kp) = μ(kq) − μ(kp) − (kq − kp) μ'(kp) ≥ 0.
INFOGEOM_HOST_DEVICE inline double bregman_mu(double kp, double kq, double d) {
  if (d == 0.0) return 0.0;
  if (std::fabs(d) <= 0.1 * kp) return d * d * mu2_integral(kp, d, 0.0, 1.0, 1.0, -1.0);
  return mu(kq) - mu(kp) - d * mu1(kp);
}

// J_μ = α μ(kp) + s μ(kq) − μ(kp + sΔ), s = 1 − α (any α > 0 with kp + sΔ > 0).
INFOGEOM_HOST_DEVICE inline double skew_mu(double kp, double kq, double d, double s) {
  if (d == 0.0) return 0.0;
  const double alpha = 1.0 - s;
  if (std::fabs(d) * std::fmax(1.0, std::fabs(s)) <= 0.1 * std::fmin(kp, kq)) {
    // Peano kernel of (1 − s) f(0) + s f(1) − f(s) (divergence.hpp)
    if (s > 0.0)
      return d * d * (mu2_integral(kp, d, 0.0, s, 0.0, 1.0 - s) + mu2_integral(kp, d, s, 1.0, s, -s));
    return d * d * (mu2_integral(kp, d, s, 0.0, s, -1.0) + mu2_integral(kp, d, 0.0, 1.0, s, -s));
  }
  // α μ(kp) + s μ(kq) − μ(k_α) = s B_μ(kq : kp) − B_μ(k_α : kp): two Bregman gaps of one sign
  // (the plain form cancels as s → 0, the Rényi order α → 1)
  (void)alpha;
  return s * bregman_mu(kp, kq, d) - bregman_mu(kp, kp + s * d, s * d);
}

// B_{−½ log}(kq : kp) + B_μ(kq : kp), the part of B_L beyond k log k − k; y = Δ/kp.
INFOGEOM_HOST_DEVICE inline double bregman_rest(double kp, double kq, double d) {
  return 0.5 * dmath::log1pmx(d / kp, kq / kp) + bregman_mu(kp, kq, d);
}
INFOGEOM_HOST_DEVICE inline double skew_rest(double kp, double kq, double d, double s) {
  return 0.5 * dmath::log1p_skew(s, d / kp, kq / kp) + skew_mu(kp, kq, d, s);
}

// (1 + z) log(1 + z) − z with 1 + z = r passed where it is more accurate than z.
INFOGEOM_HOST_DEVICE inline double psi2(double z, double r) {
  if (std::fabs(z) < 0.25) return dmath::xlog1pxmx(z);
  return (z < -0.5 ? r * std::log(r) : (1.0 + z) * std::log1p(z)) - z;
}

// Jensen gap of x log x at 1 and 1 + z with weights (1 − w, w):
//   w (1+z) log(1+z) − (1 + wz) log(1 + wz) = w ψ₂(z) − ψ₂(wz)
// (≥ 0 for 0 ≤ w ≤ 1, ≤ 0 for w < 0). For w > ½ the points are exchanged (the gap is
// (1 + z) times the gap at 1 and 1/(1 + z) with weights (w, 1 − w)), so that the two second-order
// terms never differ by less than a factor 2.
// wp = 1 − w is passed as computed from its own definition (1 − w cancels when w ≈ 1), and
// r = 1 + z as an accurately formed ratio (z ≈ −1 otherwise loses r's digits).
INFOGEOM_HOST_DEVICE inline double xlogx_gap(double w, double wp, double z, double r) {
  if (w > 0.5) {
    const double z2 = -z / r, w2 = wp;
    return r * (w2 * psi2(z2, 1.0 / r) - psi2(w2 * z2, wp / r + w));
  }
  return w * psi2(z, r) - psi2(w * z, wp + w * r);
}

// ---------------------------------------------------------------- Gamma(k, β)
// KL(p‖q) = B_L(kq : kp) + kp (x − log(1 + x)) − Δk log(1 + x),  x = βq/βp − 1, Δk = kq − kp,
// regrouped (the k log k − k part of B_L merges with the β terms) as
//   KL = kp (1 + x) ψ₂(z) + ½ (y − log(1 + y)) + B_μ(kq : kp),
//   z = (kq βp)/(kp βq) − 1 (the relative change of the mean k/β),  y = Δk/kp.
// The cancellation-free form alone (the batch kernels call it for the pairs whose textbook form
// they found to cancel).
INFOGEOM_HOST_DEVICE inline double gamma_kl_stable(double kp, double bp, double kq, double bq, double d) {
  // z = (kq βp − kp βq)/(kp βq) = (d βp − kp dβ)/(kp βq) from the exact differences d, dβ
  const double z = dmath::diff_of_products(d, bp, kp, bq - bp) / (kp * bq);
  return kp * (bq / bp) * psi2(z, (kq * bp) / (kp * bq)) + bregman_rest(kp, kq, d);
}
INFOGEOM_HOST_DEVICE inline double gamma_kl(double kp, double bp, double kq, double bq, double d) {
  const double rb = bq / bp, lx = std::log(rb);
  // textbook form, kept when it does not cancel
  const double lgq = special::lgamma(kq);
  const LgPsi gp = lgpsi(kp);
  const double direct = (lgq - gp.lg - d * gp.psi) + kp * (rb - 1.0) - kq * lx;
  // (k = θ + 1 is rounded while d = θq − θp is exact: log Γ and ψ are taken at points off by
  //  ~ε k, which moves the result by ~ε k |ψ(k)|: part of M)
  const double M = std::fabs(lgq) + gp.mag_lg + (std::fabs(d) + kp) * gp.mag_psi + kp * std::fabs(rb - 1.0) +
                   std::fabs(kq * lx) + psi_scale(kq);
  if (direct >= M * kKeep) return direct;
  return gamma_kl_stable(kp, bp, kq, bq, d);
}

// J_α = α F(p) + s F(q) − F(p_α), F = L(k) − k log β, s = 1 − α: with k_α = αkp + s kq,
// β_α = αβp + sβq and the means m = k/β, the k log k − k − k log β part is the perspective
//   k_α · [log(1 + w v) − w log(1 + v)],  w = s kq/k_α,  v = mp/mq − 1
// (the harmonic-mean identity m_α = 1/((1−w)/mp + w/mq)), the rest as above.
INFOGEOM_HOST_DEVICE inline double gamma_skew(double kp, double bp, double kq, double bq, double d, double alpha) {
  if (alpha < 0.5) {
    hd_swap(kp, kq);
    hd_swap(bp, bq);
    d = -d;
    alpha = 1.0 - alpha;
  }
  const double s = 1.0 - alpha;
  const double ka = alpha * kp + s * kq, ba = alpha * bp + s * bq;
  // textbook form, kept when it does not cancel
  const double lgp = special::lgamma(kp), lgq = special::lgamma(kq), lga = special::lgamma(ka);
  const double lp = std::log(bp), lq = std::log(bq), la = std::log(ba);
  const double direct = alpha * (lgp - kp * lp) + s * (lgq - kq * lq) - (lga - ka * la);
  const double M = std::fabs(alpha) * (std::fabs(lgp) + std::fabs(kp * lp)) +
                   std::fabs(s) * (std::fabs(lgq) + std::fabs(kq * lq)) + std::fabs(lga) + std::fabs(ka * la) +
                   psi_scale(kp) + psi_scale(kq);  // (k = θ + 1 rounded, see gamma_kl)
  if (std::fabs(direct) >= M / 32.0) return direct;
  double w = s * kq / ka;
  const double wp = alpha * kp / ka;  // 1 − w, without cancellation
  // v = (kp βq − kq βp)/(kq βp) = (kp dβ − d βp)/(kq βp) from the exact differences d, dβ
  double v = dmath::diff_of_products(kp, bq - bp, d, bp) / (kq * bp), r = (kp * bq) / (kq * bp);
  if (w > 0.5) {  // from q's side: weights (w, 1 − w) at 1/(1 + v)
    w = wp;
    v = -v / r;
    r = 1.0 / r;
  }
  return ka * dmath::log1p_skew(w, v, r) + skew_rest(kp, kq, d, s);
}

// ---------------------------------------------------------------- Dirichlet(α), Beta(a, b)
// With ρ = αp/α₀p, π = αq/α₀q (the normalised vectors), y_i = Δ_i/αp_i, y₀ = Δ₀/α₀p and
// z_i = π_i/ρ_i − 1 = (y_i − y₀)/(1 + y₀):
//   KL(p‖q) = Σ_i B_L(αq_i : αp_i) − B_L(α₀q : α₀p)
//           = α₀q Σ_i ρ_i ψ₂(z_i) + Σ_i rest(αp_i, αq_i) − rest(α₀p, α₀q),
// the first sum being α₀q KL(π‖ρ) (log-sum inequality, Cover & Thomas 2006, Thm 2.7.1) written
// with terms ≥ 0. The rest terms are second order in y and small against the first part unless
// all components change in proportion; there the sum Σ_i − (total) keeps ≥ (K − 1)/K of its
// terms.
// z_i = π_i/ρ_i − 1 = (y_i − y₀)/(1 + y₀) for small y (from the exact differences), the ratio
// (αq_i α₀p)/(αp_i α₀q) − 1 otherwise (where 1 + y may be tiny).
INFOGEOM_HOST_DEVICE inline double rel_change(double ap, double aq, double d, double a0p, double a0q, double y0) {
  const double y = d / ap;
  if (std::fabs(y) < 0.5 && std::fabs(y0) < 0.5) return (y - y0) / (1.0 + y0);
  return dmath::diff_of_products(aq, a0p, ap, a0q) / (ap * a0q);
}

// The cancellation-free form alone, given the totals α₀p, α₀q, Δ₀ (the batch kernels call it for the
// pairs whose textbook form they found to cancel).
INFOGEOM_HOST_DEVICE inline double dirichlet_kl_stable(const double* ap, const double* aq, const double* d, long K,
                                                       double a0p, double a0q, double d0) {
  const double y0 = d0 / a0p;
  double first = 0.0, rest = 0.0;
  for (long i = 0; i < K; ++i) {
    const double z = rel_change(ap[i], aq[i], d[i], a0p, a0q, y0);
    first += (ap[i] / a0p) * psi2(z, (aq[i] * a0p) / (ap[i] * a0q));
    rest += bregman_rest(ap[i], aq[i], d[i]);
  }
  return a0q * first + (rest - bregman_rest(a0p, a0q, d0));
}

// d[i] = θq_i − θp_i.
INFOGEOM_HOST_DEVICE inline double dirichlet_kl(const double* ap, const double* aq, const double* d, long K) {
  double a0p = 0.0, a0q = 0.0, d0 = 0.0;
  for (long i = 0; i < K; ++i) {
    a0p += ap[i];
    a0q += aq[i];
    d0 += d[i];
  }
  // textbook form: Σ [L(αq_i) − L(αp_i) − Δ_i ψ(αp_i)] − [same for the totals]
  double direct = 0.0, M = 0.0;
  {
    const double l0q = special::lgamma(a0q);
    const LgPsi g0p = lgpsi(a0p);
    direct = -(l0q - g0p.lg - d0 * g0p.psi);
    // (α = θ + 1 rounded, d exact: ~ε α |ψ(α)| per evaluation point, as for Gamma)
    M = std::fabs(l0q) + g0p.mag_lg + (std::fabs(d0) + a0p) * g0p.mag_psi + psi_scale(a0q);
    for (long i = 0; i < K; ++i) {
      const double lq = special::lgamma(aq[i]);
      const LgPsi gp = lgpsi(ap[i]);
      direct += lq - gp.lg - d[i] * gp.psi;
      M += std::fabs(lq) + gp.mag_lg + (std::fabs(d[i]) + ap[i]) * gp.mag_psi + psi_scale(aq[i]);
    }
  }
  if (direct >= M * kKeep) return direct;
  return dirichlet_kl_stable(ap, aq, d, K, a0p, a0q, d0);
}

// J_α = Σ_i J_L(αp_i, αq_i) − J_L(α₀p, α₀q): the k log k − k part is the skew Jensen–Shannon
// divergence of the normalised vectors scaled by α₀α = α α₀p + s α₀q,
//   α₀α Σ_i ρ_i · [w ψ₂(z_i) − ψ₂(w z_i)]   (w = s α₀q/α₀α, xlogx_gap),
// the rest as for KL.
INFOGEOM_HOST_DEVICE inline double dirichlet_skew(const double* ap, const double* aq, const double* d, long K, double alpha) {
  double sg = 1.0;  // sign of d after an exchange of p and q
  if (alpha < 0.5) {
    hd_swap(ap, aq);
    sg = -1.0;
    alpha = 1.0 - alpha;
  }
  const double s = 1.0 - alpha;
  double a0p = 0.0, a0q = 0.0, d0 = 0.0;
  for (long i = 0; i < K; ++i) {
    a0p += ap[i];
    a0q += aq[i];
    d0 += sg * d[i];
  }
  const double a0a = alpha * a0p + s * a0q;
  // textbook form
  double direct = 0.0, M = 0.0;
  auto add = [&](double p, double q, double sign) {
    const double lp = special::lgamma(p), lq = special::lgamma(q), la = special::lgamma(alpha * p + s * q);
    direct += sign * (alpha * lp + s * lq - la);
    M += std::fabs(alpha * lp) + std::fabs(s * lq) + std::fabs(la) + psi_scale(p) + psi_scale(q);
  };
  for (long i = 0; i < K; ++i) add(ap[i], aq[i], 1.0);
  add(a0p, a0q, -1.0);
  if (std::fabs(direct) >= M / 32.0) return direct;
  const double w = s * a0q / a0a, wp = alpha * a0p / a0a, y0 = d0 / a0p;
  double first = 0.0, rest = 0.0;
  for (long i = 0; i < K; ++i) {
    const double z = rel_change(ap[i], aq[i], sg * d[i], a0p, a0q, y0);
    first += (ap[i] / a0p) * xlogx_gap(w, wp, z, (aq[i] * a0p) / (ap[i] * a0q));
    rest += skew_rest(ap[i], aq[i], sg * d[i], s);
  }
  return a0a * first + (rest - skew_rest(a0p, a0q, d0, s));
}

}  // namespace infogeom::lgdiv
