// Elementwise divergences between two members p, q of one family, from the log-partition F
// (DESIGN.md §3). Every function takes one row θp, one row θq (natural parameters), never throws
// and never allocates for D ≤ 64.
//
// All divergences here are skew Jensen / Bregman gaps of the convex function F (Amari & Nagaoka,
// "Methods of Information Geometry", 2000, §3.5; Nielsen & Boltz, "The Burbea–Rao and
// Bhattacharyya centroids", IEEE Trans. IT 57, 2011, §2 and §4 for the exponential-family forms):
//   KL(p‖q)          = B_F(θq : θp) = F(θq) − F(θp) − (θq − θp)·∇F(θp)
//   bregman(p, q)    = B_F(θp : θq)                                 (= KL(q‖p))
//   jeffreys(p, q)   = KL(p‖q) + KL(q‖p) = (θq − θp)·(ηq − ηp)
//   chernoff_α(p, q) = −log ∫ p^α q^{1−α} = J_α = αF(θp) + (1−α)F(θq) − F(αθp + (1−α)θq)
//   renyi_α(p‖q)     = J_α / (1 − α)                      (α > 1: +∞ when θ_α leaves the domain)
//   bhattacharyya    = J_{1/2},  hellinger = √(1 − e^{−J_{1/2}}) (computed with expm1).
//
// Stability. Each direct form subtracts O(|F|) terms to get a result that is O(|θq − θp|²) for
// nearby points, so it loses everything when p ≈ q. With δ = θq − θp and f(t) = F(θp + tδ),
// f''(t) = δᵀ∇²F(θp + tδ)δ ≥ 0, and every divergence above is a kernel integral of f'' with a
// kernel ≥ 0 (Taylor's theorem with integral remainder; Peano's kernel theorem for the
// interpolation error of the linear interpolant, e.g. Davis, "Interpolation and Approximation",
// 1963, §3.7):
//   KL(p‖q)  = ∫₀¹ (1 − t) f''(t) dt,     bregman(p, q) = ∫₀¹ t f''(t) dt,
//   jeffreys = ∫₀¹ f''(t) dt,
//   J_α      = ∫ K_s(t) f''(t) dt with s = 1 − α (θ_α = θp + sδ) and the Peano kernel of
//              L(f) = (1 − s) f(0) + s f(1) − f(s), K_s(t) = L[(· − t)₊]:
//                0 < s < 1:  K_s(t) = t (1 − s) on [0, s],  s (1 − t) on [s, 1]
//                            (the Green's function of −d²/dt² on [0, 1] with zero ends);
//                s < 0 (α > 1): K_s(t) = s − t on [s, 0],  s (1 − t) on [0, 1]   (≤ 0).
// Nothing cancels in these integrals, so adaptive Gauss–Kronrod quadrature (quadrature.hpp)
// gives the divergence to a few ulps RELATIVE to itself, however close p and q are. The direct
// form is used when it does not cancel: its rounding error is ~ε·M with M the sum of the
// magnitudes of its terms (F's own terms included, see log_partition_scale), and it is kept when
// the result is ≥ M/32 (≤ 5 bits lost); otherwise the quadrature runs (and if its error
// estimate is worse than the direct form's, which happens only for far-apart points, the direct
// value is kept).
//
// Families may provide, found by detection and used instead of the generic code:
//   S kl(const S* tp, const S* tq) const;                  stable closed form of KL(p‖q)
//   S skew_jensen(const S* tp, const S* tq, S alpha) const; J_α for any α > 0 with θ_α in the
//                                                          domain (α > 1 gives J_α ≤ 0)
//   S fisher_quad(const S* t, const S* v) const;           vᵀ∇²F(θ)v without cancellation
//   S log_partition_scale(const S* t) const;               Σ |terms| F(θ) is computed from
//   S jensen_shannon(const S* tp, const S* tq) const;      (see jensen_shannon.hpp)
#pragma once
#include <algorithm>
#include <cmath>
#include <limits>
#include <type_traits>
#include <vector>

#include "detail/divergence_math.hpp"
#include "family.hpp"
#include "quadrature.hpp"

namespace infogeom {

namespace detail {

template <class F, class = void>
struct has_kl : std::false_type {};
template <class F>
struct has_kl<F, std::void_t<decltype(std::declval<const F&>().kl(
                     std::declval<const typename F::Scalar*>(),
                     std::declval<const typename F::Scalar*>()))>> : std::true_type {};

template <class F, class = void>
struct has_skew_jensen : std::false_type {};
template <class F>
struct has_skew_jensen<F, std::void_t<decltype(std::declval<const F&>().skew_jensen(
                              std::declval<const typename F::Scalar*>(),
                              std::declval<const typename F::Scalar*>(),
                              std::declval<typename F::Scalar>()))>> : std::true_type {};

template <class F, class = void>
struct has_fisher_quad : std::false_type {};
template <class F>
struct has_fisher_quad<F, std::void_t<decltype(std::declval<const F&>().fisher_quad(
                              std::declval<const typename F::Scalar*>(),
                              std::declval<const typename F::Scalar*>()))>> : std::true_type {};

template <class F, class = void>
struct has_log_partition_scale : std::false_type {};
template <class F>
struct has_log_partition_scale<F, std::void_t<decltype(std::declval<const F&>().log_partition_scale(
                                      std::declval<const typename F::Scalar*>()))>>
    : std::true_type {};

template <class F, class = void>
struct has_jensen_shannon : std::false_type {};
template <class F>
struct has_jensen_shannon<F, std::void_t<decltype(std::declval<const F&>().jensen_shannon(
                                 std::declval<const typename F::Scalar*>(),
                                 std::declval<const typename F::Scalar*>()))>> : std::true_type {};

// A buffer of n scalars: on the stack up to N, on the heap beyond (host code only; device code
// has no heap fallback: the CUDA path admits families with dim() <= kDeviceMaxDim, and the
// buffers of the functions it reaches are sized for that).
template <class S, int N = 64>
class SmallBuf {
 public:
  INFOGEOM_HOST_DEVICE explicit SmallBuf(index_t n) {
#ifndef __CUDA_ARCH__
    if (n > N) {
      heap_ = new S[std::size_t(n)];
      ptr_ = heap_;
      return;
    }
#endif
    (void)n;
    ptr_ = local_;
  }
  INFOGEOM_HOST_DEVICE ~SmallBuf() {
#ifndef __CUDA_ARCH__
    delete[] heap_;
#endif
  }
  SmallBuf(const SmallBuf&) = delete;
  SmallBuf& operator=(const SmallBuf&) = delete;
  INFOGEOM_HOST_DEVICE S* data() { return ptr_; }
  INFOGEOM_HOST_DEVICE S& operator[](index_t i) { return ptr_[i]; }

 private:
  S local_[N];
  S* heap_ = nullptr;
  S* ptr_;
};

// Direct forms are kept when they lose at most 5 bits to cancellation.
template <class S>
constexpr S kKeepDirect = S(1) / S(32);

template <class S>
constexpr S quad_rel_tol() {
  return S(16) * std::numeric_limits<S>::epsilon();
}

}  // namespace detail

// vᵀ∇²F(θ)v, the second derivative of F along v (the Fisher quadratic form).
template <class Fam, class S = typename Fam::Scalar>
INFOGEOM_HOST_DEVICE S fisher_quad(const Fam& f, const S* theta, const S* v) {
  if constexpr (detail::has_fisher_quad<Fam>::value) {
    return f.fisher_quad(theta, v);
  } else {
    const index_t D = f.dim();
    detail::SmallBuf<S, 256> G(D * D);
    f.fisher(theta, G.data());
    S q = 0;
    for (index_t i = 0; i < D; ++i) {
      S r = 0;
      for (index_t j = 0; j < D; ++j) r += G[i * D + j] * v[j];
      q += v[i] * r;
    }
    return q;
  }
}

namespace detail {

// Σ|terms| of the computed F(θ): ε times this bounds F's rounding error.
template <class Fam, class S>
INFOGEOM_HOST_DEVICE S log_partition_scale(const Fam& f, const S* theta, S F) {
  if constexpr (has_log_partition_scale<Fam>::value) {
    return std::max(std::abs(F), f.log_partition_scale(theta));
  } else {
    return std::abs(F);
  }
}

template <class S>
INFOGEOM_HOST_DEVICE bool same_row(const S* a, const S* b, index_t n) {
  for (index_t i = 0; i < n; ++i)
    if (!(a[i] == b[i])) return false;
  return true;
}

// ∫ K(t) f''(t) dt over [t_0, t_{n−1}], f''(t) = δᵀ∇²F(θ(t))δ, θ(t) = θp + tδ, with K the
// piecewise-linear kernel through the values K_k at the anchor parameters t_k (kinks only there),
// whose points θ(t_k) are given (computed directly, not as θp + t_k δ). Each piece [t_k, t_{k+1}]
// is split at its middle and each half is integrated in the distance u ≥ 0 from its own anchor,
// θ = θ(t_k) + uδ or θ(t_{k+1}) − uδ, the kernel likewise interpolated from that anchor: near
// an anchor the points keep full relative precision, which matters when ∇²F blows up just
// beyond it (an anchor close to the boundary of the domain) and the integrand has a narrow peak.
template <class S>
struct CurvatureResult {
  S value, error;
  bool converged;
};

template <class Fam, class S>
INFOGEOM_HOST_DEVICE CurvatureResult<S> curvature_integral(const Fam& f, const S* delta, int n, const S* tk,
                                      const S* const* anchor, const S* Kv) {
  const index_t D = f.dim();
  SmallBuf<S> th(D);
  CurvatureResult<S> out{S(0), S(0), true};
  for (int k = 0; k + 1 < n; ++k) {
    const S len = tk[k + 1] - tk[k];
    if (!(len > S(0))) continue;
    const S half = S(0.5) * len;
    for (int side = 0; side < 2; ++side) {
      const S* a = anchor[k + side];
      const S sign = side == 0 ? S(1) : S(-1);
      const S K0 = Kv[k + side], K1 = Kv[k + 1 - side];
      auto fn = [&](S u) -> S {
        for (index_t i = 0; i < D; ++i) th[i] = a[i] + sign * u * delta[i];
        const S w = K0 + (K1 - K0) * (u / len);
        return w * fisher_quad(f, th.data(), delta);
      };
      const S breaks[2] = {S(0), half};
      const auto r = quad::integrate<200, S>(fn, breaks, 2, quad_rel_tol<S>(), S(0));
      out.value += r.value;
      out.error += r.error;
      out.converged = out.converged && r.converged;
    }
  }
  return out;
}

// The direct value with its rounding estimate 4εM, or the quadrature value, whichever is better.
template <class S>
INFOGEOM_HOST_DEVICE S pick(S direct, S scale, const CurvatureResult<S>& q) {
  const S eps = std::numeric_limits<S>::epsilon();
  if (!is_finite_num(q.value)) return direct;
  if (q.converged) return q.value;
  return (q.error < S(4) * eps * scale) ? q.value : direct;
}

template <class Fam, class S>
INFOGEOM_HOST_DEVICE S kl_generic(const Fam& f, const S* tp, const S* tq) {
  const index_t D = f.dim();
  SmallBuf<S> ep(D), delta(D);
  f.to_mean(tp, ep.data());
  const S Fp = f.log_partition(tp), Fq = f.log_partition(tq);
  S dot = 0, adot = 0;
  for (index_t i = 0; i < D; ++i) {
    delta[i] = tq[i] - tp[i];
    dot += delta[i] * ep[i];
    adot += std::abs(delta[i] * ep[i]);
  }
  const S direct = (Fq - Fp) - dot;
  const S M = log_partition_scale(f, tp, Fp) + log_partition_scale(f, tq, Fq) + adot;
  if (direct >= kKeepDirect<S> * M) return direct;
  if (M == S(0)) return S(0);
  const S tk[2] = {S(0), S(1)}, Kv[2] = {S(1), S(0)};
  const S* anchors[2] = {tp, tq};
  return std::max(S(0), pick(direct, M, curvature_integral(f, delta.data(), 2, tk, anchors, Kv)));
}

// J_α = αF(θp) + (1−α)F(θq) − F(θ_α), any α > 0 with θ_α = αθp + (1−α)θq in the domain.
template <class Fam, class S>
INFOGEOM_HOST_DEVICE S skew_jensen_generic(const Fam& f, const S* tp, const S* tq, S alpha) {
  const index_t D = f.dim();
  const S s = S(1) - alpha;
  SmallBuf<S> ta(D), delta(D);
  for (index_t i = 0; i < D; ++i) {
    ta[i] = alpha * tp[i] + s * tq[i];
    delta[i] = tq[i] - tp[i];
  }
  const S Fp = f.log_partition(tp), Fq = f.log_partition(tq), Fa = f.log_partition(ta.data());
  const S direct = alpha * Fp + s * Fq - Fa;
  const S M = std::abs(alpha) * log_partition_scale(f, tp, Fp) +
              std::abs(s) * log_partition_scale(f, tq, Fq) + log_partition_scale(f, ta.data(), Fa);
  if (std::abs(direct) >= kKeepDirect<S> * M) return direct;
  if (M == S(0)) return S(0);
  CurvatureResult<S> q;
  if (s > S(0)) {  // K_s: 0 at t = 0, s(1 − s) at t = s, 0 at t = 1
    const S tk[3] = {S(0), s, S(1)}, Kv[3] = {S(0), s * (S(1) - s), S(0)};
    const S* anchors[3] = {tp, ta.data(), tq};
    q = curvature_integral(f, delta.data(), 3, tk, anchors, Kv);
  } else {  // K_s: 0 at t = s, s at t = 0, 0 at t = 1
    const S tk[3] = {s, S(0), S(1)}, Kv[3] = {S(0), s, S(0)};
    const S* anchors[3] = {ta.data(), tp, tq};
    q = curvature_integral(f, delta.data(), 3, tk, anchors, Kv);
  }
  return pick(direct, M, q);
}

template <class Fam, class S>
INFOGEOM_HOST_DEVICE S skew_jensen(const Fam& f, const S* tp, const S* tq, S alpha) {
  if constexpr (has_skew_jensen<Fam>::value) return f.skew_jensen(tp, tq, alpha);
  else return skew_jensen_generic(f, tp, tq, alpha);
}

template <class Fam, class S>
INFOGEOM_HOST_DEVICE bool any_nan2(const Fam& f, const S* tp, const S* tq) {
  return any_nan(tp, f.dim()) || any_nan(tq, f.dim());
}

}  // namespace detail

// KL(p‖q) = B_F(θq : θp) (Amari & Nagaoka 2000, §3.5).
template <class Fam, class S = typename Fam::Scalar>
INFOGEOM_HOST_DEVICE S kl(const Fam& f, const S* tp, const S* tq) {
  if (detail::any_nan2(f, tp, tq)) return quiet_nan<S>();
  if (detail::same_row(tp, tq, f.dim())) return S(0);
  if constexpr (detail::has_kl<Fam>::value) return f.kl(tp, tq);
  else return detail::kl_generic(f, tp, tq);
}

// Bregman divergence of F on natural parameters: B_F(θp : θq) = F(θp) − F(θq) − (θp − θq)·∇F(θq)
// (= KL(q‖p)).
template <class Fam, class S = typename Fam::Scalar>
INFOGEOM_HOST_DEVICE S bregman(const Fam& f, const S* tp, const S* tq) {
  return kl(f, tq, tp);
}

// Jeffreys divergence KL(p‖q) + KL(q‖p) = (θq − θp)·(ηq − ηp).
template <class Fam, class S = typename Fam::Scalar>
INFOGEOM_HOST_DEVICE S jeffreys(const Fam& f, const S* tp, const S* tq) {
  if (detail::any_nan2(f, tp, tq)) return quiet_nan<S>();
  if (detail::same_row(tp, tq, f.dim())) return S(0);
  if constexpr (detail::has_kl<Fam>::value) {
    return f.kl(tp, tq) + f.kl(tq, tp);  // two non-negative terms
  } else {
    const index_t D = f.dim();
    detail::SmallBuf<S> ep(D), eq(D), delta(D);
    f.to_mean(tp, ep.data());
    f.to_mean(tq, eq.data());
    S direct = 0, M = 0;
    for (index_t i = 0; i < D; ++i) {
      delta[i] = tq[i] - tp[i];
      direct += delta[i] * (eq[i] - ep[i]);
      M += std::abs(delta[i]) * (std::abs(eq[i]) + std::abs(ep[i]));
    }
    if (direct >= detail::kKeepDirect<S> * M) return direct;
    if (M == S(0)) return S(0);
    const S tk[2] = {S(0), S(1)}, Kv[2] = {S(1), S(1)};
    const S* anchors[2] = {tp, tq};
    return std::max(S(0), detail::pick(direct, M, detail::curvature_integral(f, delta.data(), 2, tk, anchors, Kv)));
  }
}

// Chernoff α-divergence (skewed Bhattacharyya distance) −log ∫ p^α q^{1−α} = J_α, 0 ≤ α ≤ 1.
template <class Fam, class S = typename Fam::Scalar>
INFOGEOM_HOST_DEVICE S chernoff(const Fam& f, const S* tp, const S* tq, S alpha) {
  if (detail::any_nan2(f, tp, tq) || alpha != alpha) return quiet_nan<S>();
  if (!(alpha >= S(0) && alpha <= S(1))) return quiet_nan<S>();
  if (alpha == S(0) || alpha == S(1) || detail::same_row(tp, tq, f.dim())) return S(0);
  return std::max(S(0), detail::skew_jensen(f, tp, tq, alpha));
}

// Rényi divergence of order α > 0, α ≠ 1: D_α(p‖q) = J_α/(1 − α); +∞ when α > 1 and
// θ_α = αθp + (1−α)θq lies outside the natural parameter space (∫ p^α q^{1−α} diverges).
template <class Fam, class S = typename Fam::Scalar>
INFOGEOM_HOST_DEVICE S renyi(const Fam& f, const S* tp, const S* tq, S alpha) {
  if (detail::any_nan2(f, tp, tq) || alpha != alpha) return quiet_nan<S>();
  if (!(alpha > S(0)) || alpha == S(1) || !(alpha < infinity<S>())) return quiet_nan<S>();
  if (detail::same_row(tp, tq, f.dim())) return S(0);
  if (alpha > S(1)) {
    const index_t D = f.dim();
    detail::SmallBuf<S> ta(D);
    for (index_t i = 0; i < D; ++i) ta[i] = alpha * tp[i] + (S(1) - alpha) * tq[i];
    if (f.check_natural(ta.data()) != nullptr) return infinity<S>();
  }
  const S J = detail::skew_jensen(f, tp, tq, alpha);
  return std::max(S(0), J / (S(1) - alpha));
}

// Bhattacharyya distance −log ∫ √(pq) = J_{1/2}.
template <class Fam, class S = typename Fam::Scalar>
INFOGEOM_HOST_DEVICE S bhattacharyya(const Fam& f, const S* tp, const S* tq) {
  return chernoff(f, tp, tq, S(0.5));
}

// Hellinger distance √(1 − ∫√(pq)) = √(−expm1(−J_{1/2})) (in [0, 1]).
template <class Fam, class S = typename Fam::Scalar>
INFOGEOM_HOST_DEVICE S hellinger(const Fam& f, const S* tp, const S* tq) {
  const S b = bhattacharyya(f, tp, tq);
  return std::sqrt(-std::expm1(-b));
}

// Chernoff information max_{α∈(0,1)} J_α. The maximiser solves
//   g(α) = dJ_α/dα = F(θp) − F(θq) − (θp − θq)·∇F(θ_α) = KL(p_α‖p) − KL(p_α‖q) = 0
// (Nielsen, "An information-geometric characterization of Chernoff information", IEEE SPL 20,
// 2013: the optimum equalises the two KL divergences from p_α), with g decreasing,
// g(0) = KL(q‖p) > 0, g(1) = −KL(p‖q) < 0 and g'(α) = −δᵀ∇²F(θ_α)δ. Both KLs are evaluated by the
// stable kl(), so g is accurate relative to its scale even when p ≈ q. Safeguarded Newton
// (Newton inside the shrinking bracket, bisection otherwise; Press et al., "Numerical Recipes",
// 3rd ed., §9.4 rtsafe) stops when a step is below 4ε (α* to ~1e-15 absolute), at most 200
// iterations. Returns J at α*, and α* in *alpha_star (½ for p = q).
template <class Fam, class S = typename Fam::Scalar>
S chernoff_information(const Fam& f, const S* tp, const S* tq, S* alpha_star) {
  const index_t D = f.dim();
  if (detail::any_nan2(f, tp, tq)) {
    *alpha_star = quiet_nan<S>();
    return quiet_nan<S>();
  }
  if (detail::same_row(tp, tq, D)) {
    *alpha_star = S(0.5);
    return S(0);
  }
  detail::SmallBuf<S> ta(D), delta(D);
  for (index_t i = 0; i < D; ++i) delta[i] = tq[i] - tp[i];
  auto point = [&](S a) {
    for (index_t i = 0; i < D; ++i) ta[i] = a * tp[i] + (S(1) - a) * tq[i];
  };
  auto g = [&](S a) {
    point(a);
    return kl(f, ta.data(), tp) - kl(f, ta.data(), tq);
  };
  const S g0 = kl(f, tq, tp), g1 = -kl(f, tp, tq);
  const S eps = std::numeric_limits<S>::epsilon();
  S lo = 0, hi = 1;
  S a = g0 / (g0 - g1);
  if (!(a > S(0.001) && a < S(0.999))) a = S(0.5);
  S dx_old = 1, dx = 1;
  bool done = false;
  for (int it = 0; it < 200 && !done; ++it) {
    const S ga = g(a);
    if (ga == S(0)) break;
    if (ga > S(0)) lo = a;
    else hi = a;
    const S curv = fisher_quad(f, ta.data(), delta.data());  // −g'(a) ≥ 0, ta = θ_a
    S next;
    const S newton = a + ga / curv;
    if (curv > S(0) && newton > lo && newton < hi && std::abs(ga / curv) < S(0.5) * std::abs(dx_old)) {
      next = newton;
    } else {
      next = S(0.5) * (lo + hi);
    }
    dx_old = dx;
    dx = next - a;
    a = next;
    if (std::abs(dx) <= S(4) * eps || hi - lo <= S(4) * eps) done = true;
  }
  *alpha_star = a;
  return chernoff(f, tp, tq, a);
}

// Jensen–Shannon divergence ½ KL(p‖m) + ½ KL(q‖m), m = (p + q)/2, where the family provides it
// (see detail/jensen_shannon.hpp); NaN otherwise.
template <class Fam, class S = typename Fam::Scalar>
S jensen_shannon(const Fam& f, const S* tp, const S* tq) {
  if (detail::any_nan2(f, tp, tq)) return quiet_nan<S>();
  if (detail::same_row(tp, tq, f.dim())) return S(0);
  if constexpr (detail::has_jensen_shannon<Fam>::value) return f.jensen_shannon(tp, tq);
  else return quiet_nan<S>();
}

}  // namespace infogeom
