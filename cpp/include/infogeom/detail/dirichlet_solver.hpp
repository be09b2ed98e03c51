// Shared numerics of the Dirichlet family and of Beta = Dirichlet(2) (same layout θ = α − 1):
// log-partition, mean map, Fisher metric, entropy and the Newton inverse of the mean map.
//
// The one numerical trap of this family is a dominant component: when α_j > α₀/2 carries almost
// all the mass (α = (1e10, 1e-6), or (1e5, 1e-4)), η_j = ψ(α_j) − ψ(α₀) ≈ −R/α₀ with R = α₀ − α_j
// the sum of the other components, and forming α₀ = α_j + R in floating point destroys R
// (ulp(1e5) = 1.5e-11 is 1.5e-7 of R = 1e-4). So every difference ψ(α_j) − ψ(α₀) and
// ψ'(α_j) − ψ'(α₀) of the dominant component is evaluated from (α_j, R) with R summed from the
// small components (dirichlet_shift_diffs); all other components have α_i ≤ α₀/2, where
// special::digamma_diff(α_i, α₀) and ψ'(α_i) − ψ'(α₀) lose nothing to the rounding of α₀.
#pragma once
#include <Eigen/Core>
#include <algorithm>
#include <cmath>

#include "../config.hpp"
#include "../special.hpp"
#include "counts.hpp"
#include "log1pmx.hpp"

namespace infogeom {
namespace detail {

constexpr double kDirEps = 2.220446049250313e-16;
constexpr double kDirHalfLog2Pi = 0.91893853320467274178032973640561764;

// ψ(a + d) − ψ(a) and ψ'(a) − ψ'(a + d) for a, d > 0, with d given exactly (a + d is formed only
// where its rounding is harmless). Shift a by N so that x = a + N ≥ 10, using the positive terms
//   ψ(a+d) − ψ(a) = Σ_{n<N} d/((a+n)(a+n+d)) + [ψ(x+d) − ψ(x)],
//   ψ'(a) − ψ'(a+d) = Σ_{n<N} d(2(a+n) + d)/((a+n)²(a+n+d)²) + [ψ'(x) − ψ'(x+d)],
// then difference the asymptotic series log x − ψ(x) = Σ c_m x⁻ᵐ (A&S 6.3.18) and
// ψ'(x) = Σ t_m x⁻ᵐ (A&S 6.4.12) term by term with
// z_a^m − z_b^m = (z_a − z_b) Σ_{i<m} z_a^i z_b^(m−1−i), z_a − z_b = d/(x(x+d)): every piece is positive, so there is no cancellation whatever d/a is.
INFOGEOM_HOST_DEVICE inline void dirichlet_shift_diffs(double a, double d, double* dpsi, double* dtri) {
  double s1 = 0.0, s2 = 0.0, x = a;
  for (int n = 1; x < 10.0; ++n) {
    const double y = x + d;
    s1 += d / (x * y);
    s2 += (d * (x + y)) / ((x * y) * (x * y));
    x = a + n;
  }
  const double b = x + d;
  const double za = 1.0 / x, zb = 1.0 / b, dz = d / (x * b);
  // c_m, m = 1..18 and t_m, m = 1..21 (zero where the series has no term)
  static constexpr double c[18] = {0.5, 1.0 / 12.0, 0.0, -1.0 / 120.0, 0.0, 1.0 / 252.0,
                                   0.0, -1.0 / 240.0, 0.0, 1.0 / 132.0, 0.0, -691.0 / 32760.0,
                                   0.0, 1.0 / 12.0, 0.0, -3617.0 / 8160.0, 0.0, 43867.0 / 14364.0};
  static constexpr double t[21] = {1.0,  0.5,           1.0 / 6.0,  0.0, -1.0 / 30.0,
                                   0.0,  1.0 / 42.0,    0.0,        -1.0 / 30.0, 0.0,
                                   5.0 / 66.0, 0.0,     -691.0 / 2730.0, 0.0, 7.0 / 6.0,
                                   0.0,  -3617.0 / 510.0, 0.0,      43867.0 / 798.0, 0.0,
                                   -174611.0 / 330.0};
  double H = 1.0, pa = 1.0, Qc = c[0], Qt = t[0];
  for (int m = 2; m <= 21; ++m) {
    pa *= za;
    H = zb * H + pa;  // H_m = Σ_{i<m} z_a^i z_b^(m−1−i)
    if (m <= 18) Qc += c[m - 1] * H;
    Qt += t[m - 1] * H;
  }
  *dpsi = s1 + (std::log1p(d / x) + dz * Qc);
  *dtri = s2 + dz * Qt;
}

// The largest component j and R = Σ_{i≠j} α_i (summed without α_j); j is dominant when α_j > R.
struct DirDominant {
  index_t j;
  double R;
  bool dominant;
};

INFOGEOM_HOST_DEVICE inline DirDominant dirichlet_dominant(const double* a, index_t k) {
  index_t j = 0;
  for (index_t i = 1; i < k; ++i)
    if (a[i] > a[j]) j = i;
  double R = 0.0;
  for (index_t i = 0; i < k; ++i)
    if (i != j) R += a[i];
  return {j, R, a[j] > R};
}

// The Sherman–Morrison denominator den = 1 − ψ'(α₀) Σ_i 1/ψ'(α_i) > 0 of J = diag(ψ'(α_i)) −
// ψ'(α₀) 11ᵀ, without cancellation (q_i = ψ'(α_i), tz = ψ'(α₀)). Two algebraically equal forms:
//  * direct: lead − tz Σ' 1/q_i, where for a dominant j, lead = (ψ'(α_j) − ψ'(α₀))/ψ'(α_j) with the
//    difference dj from dirichlet_shift_diffs and Σ' skips j; otherwise lead = 1 and Σ' is over all;
//  * w form: with w(x) = x − 1/ψ'(x) = x² t/(1 + x t), t = ψ'(x) − 1/x (special::
//    trigamma_minus_inv, no cancellation; w ∈ (0, ½)) and Σ α_i = α₀ exactly,
//    den = tz (Σ_i w(α_i) − w(α₀)).
// The direct form cancels only when the components it sums are all large (den ≈ (k − 1)/(2α₀)
// against terms ≈ 1), and there the w form is a sum of terms ≈ ½; the w form cancels when all
// α are small, and there the direct form does not. So the direct form is used unless it is
// below `direct_above` × lead (0.1 for full accuracy; the Newton solver, for which an inaccurate
// den only slows convergence, passes 1e-4).
INFOGEOM_HOST_DEVICE inline double dirichlet_w(double x) {
  const double t = special::trigamma_minus_inv(x);
  return x * x * t / (1.0 + x * t);
}

template <class Vq>
INFOGEOM_HOST_DEVICE double dirichlet_sm_den(const double* a, index_t k, const DirDominant& dm, double A, double tz,
                        const Vq& q, double dj, double direct_above) {
  double sq = 0.0;
  for (index_t i = 0; i < k; ++i)
    if (!(dm.dominant && i == dm.j)) sq += 1.0 / q[i];
  const double lead = dm.dominant ? dj / q[dm.j] : 1.0;
  const double direct = lead - tz * sq;
  if (direct >= direct_above * lead) return direct;
  double W = -dirichlet_w(A);
  for (index_t i = 0; i < k; ++i) W += dirichlet_w(a[i]);
  return tz * W;
}

// F(α) = log B(α) = Σ log Γ(α_i) − log Γ(α₀), as the telescoping product
// B(α) = Π_{i≥1} B(α_0 + … + α_{i−1}, α_i) of special::lbeta (Stirling differences inside, so the
// large log Γ terms never cancel).
INFOGEOM_HOST_DEVICE inline double dirichlet_log_partition(const double* a, index_t k) {
  double S = a[0], F = 0.0;
  for (index_t i = 1; i < k; ++i) {
    F += special::lbeta(S, a[i]);
    S += a[i];
  }
  return F;
}

// η_i = ψ(α_i) − ψ(α₀), A = α_j + R.
INFOGEOM_HOST_DEVICE inline double dirichlet_eta_i(const double* a, index_t i, const DirDominant& dm, double A) {
  if (dm.dominant && i == dm.j) {
    double dp, dt;
    dirichlet_shift_diffs(a[i], dm.R, &dp, &dt);
    return -dp;
  }
  return special::digamma_diff(a[i], A);
}

INFOGEOM_HOST_DEVICE inline void dirichlet_to_mean(const double* a, index_t k, double* eta) {
  const DirDominant dm = dirichlet_dominant(a, k);
  const double A = a[dm.j] + dm.R;
  for (index_t i = 0; i < k; ++i) eta[i] = dirichlet_eta_i(a, i, dm, A);
}

// Fisher metric ∇²F = diag(ψ'(α_i)) − ψ'(α₀) 11ᵀ, row-major k×k.
template <class S>
INFOGEOM_HOST_DEVICE void dirichlet_fisher(const double* a, index_t k, S* G) {
  const DirDominant dm = dirichlet_dominant(a, k);
  const double A = a[dm.j] + dm.R;
  const double tz = special::trigamma(A);
  for (index_t i = 0; i < k; ++i) {
    for (index_t l = 0; l < k; ++l) G[i * k + l] = S(-tz);
    double dii;
    if (dm.dominant && i == dm.j) {
      double dp;
      dirichlet_shift_diffs(a[i], dm.R, &dp, &dii);
    } else {
      dii = special::trigamma(a[i]) - tz;
    }
    G[i * k + i] = S(dii);
  }
}

// Fisher metric in mean coordinates, (∇²F)⁻¹ = D⁻¹ + c (D⁻¹1)(D⁻¹1)ᵀ with D = diag(ψ'(α_i)),
// c = ψ'(α₀)/den, den from dirichlet_sm_den (Sherman–Morrison, as for the Newton step of Minka
// 2000, "Estimating a Dirichlet distribution"). Inverting ∇²F numerically would lose κ(∇²F) ε,
// κ ≈ α₀ for large α.
template <class S>
INFOGEOM_HOST_DEVICE void dirichlet_fisher_mean(const double* a, index_t k, S* out) {
  const DirDominant dm = dirichlet_dominant(a, k);
  const double A = a[dm.j] + dm.R;
  const double tz = special::trigamma(A);
  Eigen::VectorXd q(k);
  for (index_t i = 0; i < k; ++i) q[i] = special::trigamma(a[i]);
  double dj = 0.0;
  if (dm.dominant) {
    double dp;
    dirichlet_shift_diffs(a[dm.j], dm.R, &dp, &dj);
  }
  const double c = tz / dirichlet_sm_den(a, k, dm, A, tz, q, dj, 0.1);
  for (index_t i = 0; i < k; ++i)
    for (index_t l = 0; l < k; ++l)
      out[i * k + l] = S(c / (q[i] * q[l]) + (i == l ? 1.0 / q[i] : 0.0));
}

// φ(x) = log Γ(x) − (x − 1) ψ(x) + x − ½ log x; for x ≥ 10 by Stirling (A&S 6.1.41, the series
// counts::stirlerr_series) as
// ½ log 2π + corr(x) + (x − 1)(log x − ψ(x)), which is ≈ ½ log 2π + ½ with no cancellation.
INFOGEOM_HOST_DEVICE inline double dirichlet_phi(double x) {
  if (x < 10.0)
    return special::lgamma(x) - (x - 1.0) * special::digamma(x) + x - 0.5 * std::log(x);
  return kDirHalfLog2Pi + counts::stirlerr_series(x) + (x - 1.0) * special::log_minus_digamma(x);
}

// Entropy H = log B(α) + (α₀ − k) ψ(α₀) − Σ (α_i − 1) ψ(α_i) (Nielsen & Garcia 2009). The terms
// α_i log α_i of order α₀ log α₀ cancel analytically when it is rewritten with φ above:
//   H = Σ φ(α_i) − φ(α₀) + ½ Σ log(α_i/α₀) + (k − 1)(log α₀ − ψ(α₀) − ½ log α₀),
// which is a sum of O(log α₀) terms for every α (log(α_j/α₀) = log1p(−R/α₀) for a dominant j).
// For α₀ ≤ 8 the plain H = F − θ·η is as accurate and exact at the uniform distribution (θ = 0).
INFOGEOM_HOST_DEVICE inline double dirichlet_entropy(const double* a, index_t k) {
  const DirDominant dm = dirichlet_dominant(a, k);
  const double A = a[dm.j] + dm.R;
  if (A <= 8.0) {
    double H = dirichlet_log_partition(a, k);
    for (index_t i = 0; i < k; ++i) H -= (a[i] - 1.0) * dirichlet_eta_i(a, i, dm, A);
    return H;
  }
  double H = -dirichlet_phi(A);
  double L = 0.0;
  for (index_t i = 0; i < k; ++i) {
    H += dirichlet_phi(a[i]);
    L += (dm.dominant && i == dm.j) ? std::log1p(-dm.R / A) : std::log(a[i] / A);
  }
  return H + 0.5 * L + double(k - 1) * (special::log_minus_digamma(A) - 0.5 * std::log(A));
}

// ℓ(x) = log Γ(x) − (x − ½) log x + x, i.e. ½ log 2π + Stirling's correction for x ≥ 10
// (A&S 6.1.41, counts::stirlerr_series), directly from lgamma below.
INFOGEOM_HOST_DEVICE inline double dirichlet_lgamma_rem(double x) {
  if (x < 10.0) return special::lgamma(x) - (x - 0.5) * std::log(x) + x;
  return kDirHalfLog2Pi + counts::stirlerr_series(x);
}

// log p(x; α) = Σ (α_i − 1) log x_i − log B(α) for x on the simplex, given lx_i = log x_i and
// delta = Σ x_i − 1 (the caller's rounding of the simplex constraint, computed accurately).
// With log Γ(x) = (x − ½) log x − x + ℓ(x) the linear terms of log B cancel exactly and, with
// m_i = α_i/α₀,
//   log p = Σ (α_i − 1) log(x_i/m_i) − ½ Σ log m_i + ((k − 1)/2) log α₀ − Σ ℓ(α_i) + ℓ(α₀).
// For large α the first sum still cancels (its terms are O(α_i t_i), its value O(Σ α_i t_i²));
// for α_i ≥ 10, with t_i = x_i/m_i − 1, log(x_i/m_i) = [log(1 + t_i) − t_i] + t_i and the linear
// parts are summed exactly: Σ_{large} α_i t_i = α₀ (delta − Σ_{small} (x_i − m_i)) (the
// saddle-point / deviance form of Loader 2000, "Fast and accurate computation of binomial
// probabilities", for several components).
INFOGEOM_HOST_DEVICE inline double dirichlet_log_prob(const double* a, index_t k, const double* x, const double* lx,
                                 double delta) {
  const DirDominant dm = dirichlet_dominant(a, k);
  const double A = a[dm.j] + dm.R;
  double s = 0.0, lin = 0.0, lm_sum = 0.0, small_dev = 0.0, rem = dirichlet_lgamma_rem(A);
  for (index_t i = 0; i < k; ++i) {
    const double lm = (dm.dominant && i == dm.j) ? std::log1p(-dm.R / A) : std::log(a[i] / A);
    lm_sum += lm;
    rem -= dirichlet_lgamma_rem(a[i]);
    if (a[i] >= 10.0) {
      const double t = x[i] * (A / a[i]) - 1.0;
      s += (a[i] - 1.0) * (std::fabs(t) <= 0.25 ? log1pmx(t) : (lx[i] - lm) - t);
      lin -= t;  // Σ_{large} (α_i − 1) t_i = Σ α_i t_i − Σ t_i
    } else {
      s += (a[i] - 1.0) * (lx[i] - lm);
      small_dev += x[i] * A - a[i];  // α₀ (x_i − m_i)
    }
  }
  if (a[dm.j] >= 10.0) lin += A * delta - small_dev;  // else no large component: lin = 0
  return s + lin - 0.5 * lm_sum + 0.5 * double(k - 1) * std::log(A) + rem;
}

// log Σ exp(η_i) (must be < 0 inside the mean domain).
INFOGEOM_HOST_DEVICE inline double dirichlet_log_sum_exp(const double* eta, index_t k) {
  double m = eta[0];
  for (index_t i = 1; i < k; ++i) m = std::max(m, eta[i]);
  if (!(m > -infinity<double>())) return m;
  double z = 0.0;
  for (index_t i = 0; i < k; ++i) z += std::exp(eta[i] - m);
  return m + std::log(z);
}

// Minka's approximate inverse digamma (Minka 2000, appendix C): ψ(x) ≈ log(x − ½) for large x,
// ψ(x) ≈ −1/x − γ for small x.
INFOGEOM_HOST_DEVICE inline double dirichlet_inv_digamma0(double y) {
  return y >= -2.22 ? std::exp(y) + 0.5 : -1.0 / (y + 0.57721566490153286060651209008240243);
}

// The inverse mean map: α > 0 with ψ(α_i) − ψ(α₀) = η_i (η_i < 0, Σ exp η_i < 1). Writes α and
// returns true on convergence, false (α unspecified) when η is outside the domain or the
// iteration cap is reached. K is the compile-time size (2 for Beta, Eigen::Dynamic for
// Dirichlet), k the runtime one.
//
// Newton's method (Minka 2000, "Estimating a Dirichlet distribution"): the Jacobian
// J = diag(ψ'(α_i)) − ψ'(α₀) 11ᵀ (the Fisher metric, positive definite) is inverted in O(k) by
// Sherman–Morrison, Δα = −J⁻¹r, (J⁻¹r)_i = (r_i + c)/ψ'(α_i), c = ψ'(α₀) Σ(r_l/ψ'(α_l)) / den,
// den = 1 − ψ'(α₀) Σ 1/ψ'(α_l) from dirichlet_sm_den (no cancellation for a dominant component or
// all-large α). The iteration runs in u = log α, which keeps α > 0: the log-space
// step Δu_i = Δα_i/α_i is the Newton step of the same system in u, so convergence stays
// quadratic. Safeguard: |Δu_i| ≤ 3 per step (a trust region; the step toward a far root is then
// geometric), and a non-positive den (rounding) is replaced by 4ε.
//
// Initial guess: α₀ from the large-α expansion Σ exp η_i ≈ 1 − (k − 1)/(2α₀), i.e.
// α₀ ≈ (k − 1)/(−2 log Σ exp η_i) (Minka 2000's approximate precision for a given mean, with
// m_i ∝ exp η_i), then every component from Minka's fixed point α_i = ψ⁻¹(ψ(α₀) + η_i) with
// the approximate inverse above. If one component dominates, α₀ is re-estimated from its equation
// ψ(α₀) − ψ(α₀ − R) = −η_j with ψ(x) ≈ log(x − ½): α₀ ≈ ½ + R/(−expm1 η_j), and the small
// components are recomputed once from the new α₀.
//
// Stopping rule: every residual r_i = ψ(α_i) − ψ(α₀) − η_i below 8ε|η_i| (α is then the exact
// solution for an η perturbed by at most 8 ulp, the best the data allow), or a step that moved
// every log α_i by less than 1e-9 (after quadratic convergence the error left is far smaller).
// Once the largest relative residual is below 1e-10, if it fails to halve in 6 consecutive steps
// (rounding noise, seen for α₀ ≳ 1e12 with components spread over 20 decades, where ∂α/∂η
// amplifies rounding by ~α₀), the iterate with the smallest residual is returned. At most 100
// iterations; then failure.
template <int K>
INFOGEOM_HOST_DEVICE bool dirichlet_solve(const double* eta, index_t k, double* alpha) {
  using V = Eigen::Matrix<double, K, 1>;
  const double logZ = dirichlet_log_sum_exp(eta, k);
  if (!(logZ < 0.0) || !(logZ > -infinity<double>())) return false;
  for (index_t i = 0; i < k; ++i)
    if (!(eta[i] < 0.0) || !(eta[i] > -infinity<double>())) return false;
  V a(k), r(k), q(k);
  const double a0 = double(k - 1) / (-2.0 * logZ);
  auto fixed_point = [&](double A0, index_t skip) {
    const double psi0 = special::digamma(A0);
    for (index_t i = 0; i < k; ++i) {
      if (i == skip) continue;
      a[i] = dirichlet_inv_digamma0(psi0 + eta[i]);
      if (!(a[i] > 0.0) || !(a[i] < infinity<double>())) a[i] = A0 / double(k);
    }
  };
  fixed_point(a0, -1);
  {
    const DirDominant dm = dirichlet_dominant(a.data(), k);
    if (dm.dominant) {
      const double A1 = 0.5 + dm.R / (-std::expm1(eta[dm.j]));
      if (A1 - dm.R > dm.R && A1 < infinity<double>()) {
        a[dm.j] = A1 - dm.R;
        fixed_point(A1, dm.j);
      }
    }
  }
  V best = a;
  double best_r = infinity<double>();
  int stall = 0;
  auto accept = [&](const V& v) {
    for (index_t i = 0; i < k; ++i) alpha[i] = v[i];
    return true;
  };
  for (int it = 0; it < 100; ++it) {
    const DirDominant dm = dirichlet_dominant(a.data(), k);
    const double A = a[dm.j] + dm.R;
    const double tz = special::trigamma(A);
    double sr = 0.0, rmax = 0.0, dj = 0.0;
    for (index_t i = 0; i < k; ++i) {
      q[i] = special::trigamma(a[i]);
      if (dm.dominant && i == dm.j) {
        double dp;
        dirichlet_shift_diffs(a[i], dm.R, &dp, &dj);
        r[i] = -dp - eta[i];
      } else {
        r[i] = special::digamma_diff(a[i], A) - eta[i];
      }
      rmax = std::max(rmax, std::fabs(r[i]) / -eta[i]);
      sr += r[i] / q[i];
    }
    if (!(rmax == rmax)) return false;  // NaN: not reachable for valid η
    if (rmax <= 8.0 * kDirEps) return accept(a);
    if (rmax < 0.5 * best_r) {
      best_r = rmax;
      best = a;
      stall = 0;
    } else if (best_r <= 1e-10 && ++stall >= 6) {
      return accept(best);  // rounding noise: no halving of a small residual in 6 steps
    }
    double den = dirichlet_sm_den(a.data(), k, dm, A, tz, q, dj, 1e-4);
    if (!(den > 0.0)) den = 4.0 * kDirEps;  // rounding can only cause this far from the root
    const double c = tz * sr / den;
    double umax = 0.0;
    for (index_t i = 0; i < k; ++i) {
      const double step = -(r[i] + c) / (q[i] * a[i]);
      if (!(step == step)) return false;  // ψ' overflows for α < ~1e-154: give up (NaN out)
      const double du = std::clamp(step, -3.0, 3.0);
      a[i] *= std::exp(du);
      umax = std::max(umax, std::fabs(du));
    }
    if (umax <= 1e-9) return accept(a);
  }
  return false;
}

}  // namespace detail
}  // namespace infogeom
