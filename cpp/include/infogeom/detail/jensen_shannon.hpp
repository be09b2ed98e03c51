// Jensen–Shannon divergence JS(p, q) = ½ KL(p‖m) + ½ KL(q‖m), m = (p + q)/2 (Lin, "Divergence
// measures based on the Shannon entropy", IEEE Trans. IT 37, 1991). The mixture leaves the
// family, so there is no formula in F; JS is a sum or an integral over the sample space.
//
// Pointwise, with r = log q − log p and u = r/2,
//   ½ [p log(2p/(p+q)) + q log(2q/(p+q))] = √(pq) χ(u),  χ(u) = u sinh u − cosh u log cosh u ≥ 0,
// and √(pq) χ(u) = max(p, q) · e^{−|u|}χ(u) (dmath::js_chi_scaled), max(p, q) from the two
// log-densities each computed directly (not log p + r: far apart, both are large): every term is
// ≥ 0 and ~ p u²/2 for nearby laws, so JS keeps full relative accuracy for p ≈ q provided r is
// accurate relative to itself. Families compute r without subtracting two log-densities:
//   r(x) = (θq − θp)·(T(x) − ηp) − KL(p‖q)       (log h cancels; F(θq) − F(θp) = δ·ηp + KL),
// with the stable KL and T(x) − ηp in a centred form.
//
// Count families (Poisson, Geometric, NegativeBinomial, Binomial; T(x) = x): the series is summed
// outwards from the modes of p and q (one interval, or two when the modes are far apart, merged
// when they meet) until a rigorous bound on the neglected terms is below 2⁻⁵⁴ of the sum. With
// term(x) ≤ ½ (p(x) + q(x)) · min(log 2, u(x)²/2) (χ/cosh is increasing in |u| with limit log 2,
// and its derivative u sech²u ≤ u), u linear in x with slope β = |δ|/2, and a bound ρ < 1 on the
// successive pmf ratio beyond an edge e (the family's), the tail of one law beyond e is at most
//   ½ pmf(e) · min(log 2 · S₀, ½ (a² S₀ + 2aβ S₁ + β² S₂)),  a = |u(e)|,
//   S₀ = 1/(1−ρ), S₁ = ρ/(1−ρ)², S₂ = ρ(1+ρ)/(1−ρ)³.
// The neglected terms are bounded by the tails of p outside its interval plus those of q outside
// its own. A slowly decaying upper tail (pmf ratios ≥ 0.99 after 2¹⁴ explicit terms: Geometric
// and NegativeBinomial with small p) is summed by the Euler–Maclaurin formula (em_tail; an
// asymptotic estimate, not a bound). At most kMaxTerms terms (else NaN: "did not converge").
//
// Univariate continuous families: adaptive Gauss–Kronrod (quadrature.hpp) in a variable y where
// the density is smooth and unbounded domains are mapped to [0, 1), with breakpoints at the
// centres of p and q ± {2, 6, 12, 24, 48} scales; two passes (an estimate of the total, then each
// segment to 2e-14 of it; NaN if the error estimate stays above 1e-12 of the total).
#pragma once
#include <algorithm>
#include <cmath>
#include <limits>

#include "../quadrature.hpp"
#include "counts.hpp"
#include "divergence_math.hpp"

namespace infogeom::jsdiv {

constexpr double kLn2 = 0.693147180559945309417232121458176568;
constexpr long kMaxTerms = 1L << 24;
constexpr long kSlowTerms = 1L << 14;  // explicit terms before a slow upper tail goes to em_tail

// √(p q) χ(u) from log p, log q (+ the same log Jacobian) and r = log q − log p (the stable form).
inline double term(double lp, double lq, double r) {
  const double lm = std::fmax(lp, lq);
  if (!(lm > -std::numeric_limits<double>::infinity())) return 0.0;
  return std::exp(lm) * dmath::js_chi_scaled(0.5 * r);
}

// ---------------------------------------------------------------- count families
// Model interface (all in double):
//   double lp(double x) const;        log p(x)
//   double lq(double x) const;        log q(x)
//   double r(double x) const;         log q(x) − log p(x), without cancellation
//   double beta() const;              |θq − θp| / 2 (the slope of u)
//   double mode_p() const, mode_q() const, hi() const;   hi = n or +inf
//   double up_ratio(bool q, double e) const;    sup of pmf(x+1)/pmf(x) over x ≥ e (≥ 1: no bound)
//   double down_ratio(bool q, double e) const;  sup of pmf(x−1)/pmf(x) over x ≤ e
template <class Model>
double tail(const Model& m, bool q, double e, bool up) {
  if (up ? e > m.hi() : e < 0.0) return 0.0;
  const double rho = up ? m.up_ratio(q, e) : m.down_ratio(q, e);
  if (!(rho < 1.0)) return std::numeric_limits<double>::infinity();
  const double pm = std::exp(q ? m.lq(e) : m.lp(e));
  if (pm == 0.0) return 0.0;
  const double a = 0.5 * std::fabs(m.r(e)), b = m.beta();
  const double S0 = 1.0 / (1.0 - rho), S1 = rho * S0 * S0, S2 = rho * (1.0 + rho) * S0 * S0 * S0;
  return 0.5 * pm * std::fmin(kLn2 * S0, 0.5 * (a * a * S0 + 2.0 * a * b * S1 + b * b * S2));
}

// Σ_{x ≥ a} f(x) for a summand that varies slowly beyond a (successive ratios ≥ 0.99 for both
// laws: the scale L = 1/(1 − ρ) ≥ 100), by the Euler–Maclaurin formula (DLMF 2.10.1)
//   Σ_{x≥a} f(x) = ∫_a^∞ f + f(a)/2 − f'(a)/12 + f'''(a)/720 − …,
// f extended to real x through the log-pmfs (log-gamma based). With f varying on the scale L the
// next term is ~ f(a)/(30240 L⁵), below 1e-16 of the tail; f' and f''' by central differences of
// orders 4 and 2 with unit step (relative errors ~ 1/(30 L⁴) and ~ 1/L² of terms already
// O(L⁻²) and O(L⁻⁴) of the tail); the integral by Gauss–Kronrod on x = a + L t/(1 − t).
template <class Model>
double em_tail(const Model& m, double a, double L) {
  auto f = [&](double x) { return term(m.lp(x), m.lq(x), m.r(x)); };
  auto g = [&](double t) -> double {
    const double om = 1.0 - t;
    if (!(om > 0.0)) return 0.0;
    const double v = f(a + L * t / om) * L / (om * om);
    return v == v ? v : 0.0;
  };
  const double br[8] = {0.0, 0.05, 0.2, 0.5, 0.8, 0.95, 0.99, 1.0};
  const auto I = quad::integrate<200, double>(g, br, 8, 2e-14, 0.0);
  const double f1 = (8.0 * (f(a + 1.0) - f(a - 1.0)) - (f(a + 2.0) - f(a - 2.0))) / 12.0;
  const double f3 = ((f(a + 2.0) - f(a - 2.0)) - 2.0 * (f(a + 1.0) - f(a - 1.0))) / 2.0;
  if (!I.converged) return std::numeric_limits<double>::quiet_NaN();
  return I.value + 0.5 * f(a) - f1 / 12.0 + f3 / 720.0;
}

template <class Model>
double count_sum(const Model& m) {
  const double tol = std::ldexp(1.0, -54);
  counts::CompSum S;
  long n = 0;
  auto add = [&](double x) {
    S.add(term(m.lp(x), m.lq(x), m.r(x)));
    ++n;
  };
  const bool p_low = m.mode_p() <= m.mode_q();
  const double m1 = std::min(m.mode_p(), m.mode_q()), m2 = std::max(m.mode_p(), m.mode_q());
  double a, b;  // the single interval [a, b] once merged
  if (m2 - m1 > 4096.0) {
    // two intervals: [a1, b1] around the lower mode (law d1), [a2, b2] around the upper (d2)
    const bool d1 = !p_low, d2 = p_low;  // q flags of the two laws
    double a1 = m1, b1 = m1, a2 = m2, b2 = m2;
    add(m1);
    add(m2);
    while (true) {
      const double t[4] = {tail(m, d1, a1 - 1.0, false), tail(m, d1, b1 + 1.0, true),
                           tail(m, d2, a2 - 1.0, false), tail(m, d2, b2 + 1.0, true)};
      const double tot = t[0] + t[1] + t[2] + t[3];
      if (tot <= tol * S.value()) return S.value();
      if (n > kMaxTerms) return std::numeric_limits<double>::quiet_NaN();
      const int k = int(std::max_element(t, t + 4) - t);
      if (k == 0) add(--a1);
      else if (k == 1) add(++b1);
      else if (k == 2) add(--a2);
      else add(++b2);
      if (b1 + 1.0 >= a2) break;  // the intervals meet: one interval from here on
    }
    a = a1;
    b = b2;
  } else {
    a = m1;
    b = m2;
    for (double x = m1; x <= m2; x += 1.0) add(x);
  }
  // one interval [a, b] with a ≤ both modes ≤ b: the tails of both laws at both ends
  bool upper_done = false;
  while (true) {
    const double lo = tail(m, false, a - 1.0, false) + tail(m, true, a - 1.0, false);
    double hi = upper_done ? 0.0 : tail(m, false, b + 1.0, true) + tail(m, true, b + 1.0, true);
    if (!upper_done && n > kSlowTerms && hi > tol * S.value()) {
      const double rho = std::fmax(m.up_ratio(false, b + 1.0), m.up_ratio(true, b + 1.0));
      if (rho >= 0.99 && rho < 1.0) {  // slowly decaying upper tail: Euler–Maclaurin
        S.add(em_tail(m, b + 1.0, 1.0 / (1.0 - rho)));
        upper_done = true;
        hi = 0.0;
      }
    }
    if (lo + hi <= tol * S.value()) return S.value();
    if (n > kMaxTerms) return std::numeric_limits<double>::quiet_NaN();
    if (lo >= hi || upper_done) add(--a);
    else add(++b);
  }
}

// ---------------------------------------------------------------- continuous families
// eval(y, &lpj, &lqj, &r): lpj = log p(x(y)) + log|dx/dy|, lqj likewise for q, r = log q − log p
// (stable).
// [ylo, yhi] the domain in y (±inf allowed); centres c[i] and scales s[i] (> 0) of the two laws.
template <class Eval>
double quadrature(Eval eval, double ylo, double yhi, const double* c, const double* s, int nc) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  double br[64];
  int nb = 0;
  const double mult[6] = {0.0, 2.0, 6.0, 12.0, 24.0, 48.0};
  for (int i = 0; i < nc; ++i)
    for (double k : mult)
      for (int sg = -1; sg <= 1; sg += 2) {
        const double y = c[i] + sg * k * s[i];
        if (y > ylo && y < yhi && is_finite_num(y) && nb < 62) br[nb++] = y;
        if (k == 0.0) break;
      }
  std::sort(br, br + nb);
  nb = int(std::unique(br, br + nb) - br);
  if (nb == 0) {  // a finite domain with no interior centre (not reached by the families)
    br[nb++] = is_finite_num(ylo) && is_finite_num(yhi) ? 0.5 * (ylo + yhi) : 0.0;
  }
  auto fy = [&](double y) -> double {
    if (!is_finite_num(y)) return 0.0;
    double lpj, lqj, r;
    eval(y, &lpj, &lqj, &r);
    const double v = term(lpj, lqj, r);
    return v == v ? v : 0.0;  // far out in the tails both densities underflow
  };
  // segments: [ylo or −∞, br0], [br_i, br_{i+1}], [br_last, yhi or ∞]; infinite ends mapped by
  // y = b ∓ L t/(1 − t), t ∈ [0, 1), L the largest scale.
  const double L = *std::max_element(s, s + nc);
  struct Seg {
    double a, b;
    int kind;  // 0 finite, 1 left tail, 2 right tail
  };
  Seg segs[66];
  int ns = 0;
  if (ylo == -kInf) segs[ns++] = {0.0, 1.0, 1};
  else if (ylo < br[0]) segs[ns++] = {ylo, br[0], 0};
  for (int i = 0; i + 1 < nb; ++i) segs[ns++] = {br[i], br[i + 1], 0};
  if (yhi == kInf) segs[ns++] = {0.0, 1.0, 2};
  else if (yhi > br[nb - 1]) segs[ns++] = {br[nb - 1], yhi, 0};
  auto seg_fn = [&](const Seg& g) {
    return [&, g](double t) -> double {
      if (g.kind == 0) return fy(t);
      const double om = 1.0 - t;
      if (!(om > 0.0)) return 0.0;
      const double y = g.kind == 1 ? br[0] - L * t / om : br[nb - 1] + L * t / om;
      return fy(y) * L / (om * om);
    };
  };
  // pass 1: one GK15 per segment, for the scale of the total
  double est = 0.0;
  for (int i = 0; i < ns; ++i) {
    auto fn = seg_fn(segs[i]);
    est += std::fabs(quad::gk15<double>(fn, segs[i].a, segs[i].b).value);
  }
  // pass 2: every segment to 2e-14 of the total (the integrand is ≥ 0). The integrand values
  // carry a rounding error ~ε |log p + r| (the exponent), which bounds the attainable accuracy:
  // a segment that stops at its panel budget is accepted when the summed error estimate is below
  // 1e-12 of the total.
  const double abs_tol = 2e-14 * est / ns;
  double total = 0.0, err = 0.0;
  for (int i = 0; i < ns; ++i) {
    auto fn = seg_fn(segs[i]);
    const double b2[2] = {segs[i].a, segs[i].b};
    const auto res = quad::integrate<200, double>(fn, b2, 2, 2e-14, abs_tol);
    total += res.value;
    err += res.error;
  }
  const bool ok = err <= 1e-12 * total;
  return ok ? total : std::numeric_limits<double>::quiet_NaN();
}

}  // namespace infogeom::jsdiv

namespace infogeom::jsdiv {

// A count family for count_sum: log p from the family, r(x) = δ (x − ηp) − KL(p‖q) (T(x) = x),
// and the family's pmf-ratio bounds up(q?, e), down(q?, e).
template <class LP, class LQ, class Up, class Down>
struct Counts {
  LP lpf;
  LQ lqf;
  Up upf;
  Down downf;
  double delta, eta_p, klpq, mp, mq, nhi;
  double lp(double x) const { return lpf(x); }
  double lq(double x) const { return lqf(x); }
  double r(double x) const { return delta * (x - eta_p) - klpq; }
  double beta() const { return 0.5 * std::fabs(delta); }
  double mode_p() const { return mp; }
  double mode_q() const { return mq; }
  double hi() const { return nhi; }
  double up_ratio(bool q, double e) const { return upf(q, e); }
  double down_ratio(bool q, double e) const { return downf(q, e); }
};
template <class LP, class LQ, class Up, class Down>
Counts<LP, LQ, Up, Down> make_counts(LP lp, LQ lq, Up up, Down down, double delta, double eta_p,
                                     double klpq, double mp, double mq, double hi) {
  return {lp, lq, up, down, delta, eta_p, klpq, mp, mq, hi};
}

// NegativeBinomial(r) (Geometric: r = 1) with θ = log(1 − p) < 0; pmf ratios
// pmf(x+1)/pmf(x) = (x + r) e^θ/(x + 1), pmf(x−1)/pmf(x) = x/((x − 1 + r) e^θ).
inline double negbin_js(double r, double tp, double tq, double klpq) {
  const double qp = std::exp(tp), qq = std::exp(tq);
  const double pp = -std::expm1(tp), lpp = special::log1mexp(tp);
  const double pq = -std::expm1(tq), lpq = special::log1mexp(tq);
  const double eta = r * qp / pp;
  auto mode = [r](double q, double p) { return r > 1.0 ? std::floor((r - 1.0) * q / p) : 0.0; };
  const double mp = mode(qp, pp), mq = mode(qq, pq);
  auto m = make_counts(
      [=](double x) { return counts::negbin_logpmf(x, r, pp, qp, lpp); },
      [=](double x) { return counts::negbin_logpmf(x, r, pq, qq, lpq); },
      [=](bool q, double e) { return (q ? qq : qp) * std::fmax(1.0, (e + r) / (e + 1.0)); },
      [=](bool q, double e) {
        if (e <= 0.0) return 0.0;
        const double den = (e - 1.0 + r) * (q ? qq : qp);
        return den > 0.0 ? e / den : std::numeric_limits<double>::infinity();
      },
      tq - tp, eta, klpq, mp, mq, std::numeric_limits<double>::infinity());
  return count_sum(m);
}

}  // namespace infogeom::jsdiv
