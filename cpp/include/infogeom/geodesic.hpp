// Geodesics of an exponential family (issue 4): the Fisher–Rao (Levi-Civita) geodesics, distance,
// exponential and logarithm maps and parallel transport, and the two flat (e- and m-) geodesics.
// Every function works on one row (natural parameters θ, tangent vectors in natural
// coordinates), never throws and reports failure by its return value (outputs NaN).
//
// Conventions: γ : [0, 1] → Θ with γ(0) = p, γ(1) = q; log_p(q) = γ'(0); exp_p(v) = γ(1) for
// γ(0) = p, γ'(0) = v; d(p, q) = ∫₀¹ √(γ'ᵀ G(γ) γ') dt = √(vᵀG(p)v) for v = log_p(q)
// (G = ∇²F, the Fisher metric; Amari & Nagaoka, "Methods of Information Geometry", 2000, §2–3).
// The e-geodesic is straight in θ, the m-geodesic straight in η = ∇F(θ) (§3.1 ibid.).
//
// Dispatch (like the divergence hooks of divergence.hpp): a family with a closed-form Fisher–Rao
// geometry provides ALL of
//   S    fisher_rao(const S* p, const S* q) const;
//   void log_map(const S* p, const S* q, S* v) const;
//   bool exp_map(const S* p, const S* v, S* q) const;       false if γ leaves Θ before t = 1
//   void geodesic_point(const S* p, const S* q, S t, S* out) const;     γ(t), 0 ≤ t ≤ 1
//   void parallel_transport(const S* p, const S* q, const S* v, S* w) const;
// (found by detection, used as they are); every other family goes through the numerical solver
// of detail/geodesic_numeric.hpp, which works in double: the rows may then be float while the
// family instance is the double one (the bindings do this), the rows are widened and the results
// rounded once. Closed forms report Info{0 iterations, residual 0, converged}.
// Call these qualified (infogeom::fisher_rao(...)): with an Info* argument, argument-dependent
// lookup also finds the more specialised numeric_geodesic:: overloads, which would bypass the
// closed forms.
#pragma once
#include <cmath>
#include <type_traits>

#include "detail/geodesic_numeric.hpp"
#include "divergence.hpp"
#include "family.hpp"

namespace infogeom {

using GeodesicInfo = numeric_geodesic::Info;

namespace detail {

template <class F, class = void>
struct has_closed_geodesic : std::false_type {};
template <class F>
struct has_closed_geodesic<
    F, std::void_t<decltype(std::declval<const F&>().fisher_rao(std::declval<const typename F::Scalar*>(),
                                                                std::declval<const typename F::Scalar*>())),
                   decltype(std::declval<const F&>().log_map(std::declval<const typename F::Scalar*>(),
                                                             std::declval<const typename F::Scalar*>(),
                                                             std::declval<typename F::Scalar*>())),
                   decltype(bool(std::declval<const F&>().exp_map(std::declval<const typename F::Scalar*>(),
                                                                  std::declval<const typename F::Scalar*>(),
                                                                  std::declval<typename F::Scalar*>()))),
                   decltype(std::declval<const F&>().geodesic_point(
                       std::declval<const typename F::Scalar*>(), std::declval<const typename F::Scalar*>(),
                       std::declval<typename F::Scalar>(), std::declval<typename F::Scalar*>())),
                   decltype(std::declval<const F&>().parallel_transport(
                       std::declval<const typename F::Scalar*>(), std::declval<const typename F::Scalar*>(),
                       std::declval<const typename F::Scalar*>(), std::declval<typename F::Scalar*>()))>>
    : std::true_type {};

// `bool fisher_rao_special(const double* p, const double* q, double* d) const`: the distance in
// closed form for the pairs where one is known (true), else false (the numerical solver).
template <class F, class = void>
struct has_fisher_rao_special : std::false_type {};
template <class F>
struct has_fisher_rao_special<F, std::void_t<decltype(std::declval<const F&>().fisher_rao_special(
                                     std::declval<const double*>(), std::declval<const double*>(),
                                     std::declval<double*>()))>> : std::true_type {};

inline void closed_info(GeodesicInfo* info) {
  if (info) *info = GeodesicInfo{0, 0.0, true};
}

inline void nan_info(GeodesicInfo* info) {
  if (info) *info = GeodesicInfo{0, quiet_nan<double>(), false};
}

// Rows of type S evaluated by the family instance of scalar W: S == W directly; otherwise the
// inputs are widened to W and the outputs rounded back.
template <class W, class S>
struct Widen {
  SmallBuf<W> buf;
  explicit Widen(const S* x, index_t n) : buf(n) {
    for (index_t i = 0; i < n; ++i) buf[i] = W(x[i]);
  }
  const W* data() { return buf.data(); }
};

template <class Fam>
constexpr void require_double_numeric() {
  static_assert(has_closed_geodesic<Fam>::value || std::is_same_v<typename Fam::Scalar, double>,
                "infogeom: the numerical Fisher–Rao solver works in double: call the geodesic "
                "functions with the double instance of this family (float rows are widened)");
}

}  // namespace detail

// True if the family has closed-form Fisher–Rao geometry (no solver, exact to rounding).
template <class Fam>
constexpr bool has_closed_form_geodesic() {
  return detail::has_closed_geodesic<Fam>::value;
}

// Fisher–Rao distance d(p, q); NaN if the solver fails (info says why) or a row has NaN.
template <class Fam, class S>
S fisher_rao(const Fam& f, const S* p, const S* q, GeodesicInfo* info = nullptr) {
  using W = typename Fam::Scalar;
  const index_t D = f.dim();
  if (detail::any_nan2(f, p, q)) {
    detail::nan_info(info);
    return quiet_nan<S>();
  }
  if constexpr (!std::is_same_v<W, S>) {
    detail::Widen<W, S> pw(p, D), qw(q, D);
    return S(infogeom::fisher_rao(f, pw.data(), qw.data(), info));
  } else if constexpr (detail::has_closed_geodesic<Fam>::value) {
    detail::closed_info(info);
    if (detail::same_row(p, q, D)) return S(0);
    return f.fisher_rao(p, q);
  } else {
    detail::require_double_numeric<Fam>();
    if (detail::same_row(p, q, D)) {
      detail::closed_info(info);
      return S(0);
    }
    if constexpr (detail::has_fisher_rao_special<Fam>::value) {
      double d;
      if (f.fisher_rao_special(p, q, &d)) {  // a closed-form sub-case (e.g. MVN, equal means)
        detail::closed_info(info);
        return S(d);
      }
    }
    return numeric_geodesic::fisher_rao(f, p, q, info);
  }
}

// v = log_p(q), the initial velocity (natural coordinates) of the geodesic p → q on [0, 1].
template <class Fam, class S>
bool log_map(const Fam& f, const S* p, const S* q, S* v, GeodesicInfo* info = nullptr) {
  using W = typename Fam::Scalar;
  const index_t D = f.dim();
  if (detail::any_nan2(f, p, q)) {
    detail::nan_info(info);
    fill_nan(v, D);
    return true;  // NaN in, NaN out: not a failure
  }
  if constexpr (!std::is_same_v<W, S>) {
    detail::Widen<W, S> pw(p, D), qw(q, D);
    detail::SmallBuf<W> vw(D);
    const bool ok = infogeom::log_map(f, pw.data(), qw.data(), vw.data(), info);
    for (index_t i = 0; i < D; ++i) v[i] = S(vw[i]);
    return ok;
  } else if constexpr (detail::has_closed_geodesic<Fam>::value) {
    detail::closed_info(info);
    if (detail::same_row(p, q, D)) {
      for (index_t i = 0; i < D; ++i) v[i] = S(0);
      return true;
    }
    f.log_map(p, q, v);
    return true;
  } else {
    detail::require_double_numeric<Fam>();
    if (detail::same_row(p, q, D)) {
      detail::closed_info(info);
      for (index_t i = 0; i < D; ++i) v[i] = S(0);
      return true;
    }
    return numeric_geodesic::log_map(f, p, q, v, info);
  }
}

// q = exp_p(v); false (q NaN) if the geodesic leaves the natural parameter space before t = 1
// (the Fisher–Rao manifold of e.g. Bernoulli, Categorical, Poisson is not complete) or, for the
// numerical path, if the integration fails.
template <class Fam, class S>
bool exp_map(const Fam& f, const S* p, const S* v, S* q) {
  using W = typename Fam::Scalar;
  const index_t D = f.dim();
  if (any_nan(p, D) || any_nan(v, D)) {
    fill_nan(q, D);
    return true;
  }
  if constexpr (!std::is_same_v<W, S>) {
    detail::Widen<W, S> pw(p, D), vw(v, D);
    detail::SmallBuf<W> qw(D);
    bool ok = infogeom::exp_map(f, pw.data(), vw.data(), qw.data());
    for (index_t i = 0; i < D; ++i) q[i] = S(qw[i]);
    if (ok && f.check_natural(qw.data()) == nullptr) {
      // rounding to S may still leave the domain (overflow, or a boundary value)
      detail::Widen<W, S> back(q, D);
      if (f.check_natural(back.data()) != nullptr) ok = false;
    }
    if (!ok) fill_nan(q, D);
    return ok;
  } else {
    bool ok;
    if constexpr (detail::has_closed_geodesic<Fam>::value) {
      ok = f.exp_map(p, v, q);
    } else {
      detail::require_double_numeric<Fam>();
      ok = numeric_geodesic::exp_map(f, p, v, q);
    }
    if (ok && f.check_natural(q) != nullptr) ok = false;
    if (!ok) fill_nan(q, D);
    return ok;
  }
}

// Points γ(t_k), k < nt, of the Fisher–Rao geodesic from p to q (0 ≤ t_k ≤ 1; NaN t gives a NaN
// row), row-major into out (nt, D). γ(0) = p and γ(1) = q exactly.
template <class Fam, class S>
bool geodesic(const Fam& f, const S* p, const S* q, const S* t, index_t nt, S* out,
              GeodesicInfo* info = nullptr) {
  using W = typename Fam::Scalar;
  const index_t D = f.dim();
  if (detail::any_nan2(f, p, q)) {
    detail::nan_info(info);
    fill_nan(out, nt * D);
    return true;
  }
  if constexpr (!std::is_same_v<W, S>) {
    detail::Widen<W, S> pw(p, D), qw(q, D), tw(t, nt);
    detail::SmallBuf<W> ow(nt * D);
    const bool ok = infogeom::geodesic(f, pw.data(), qw.data(), tw.data(), nt, ow.data(), info);
    for (index_t i = 0; i < nt * D; ++i) out[i] = S(ow[i]);
    return ok;
  } else {
    auto exact_ends = [&]() {
      for (index_t k = 0; k < nt; ++k) {
        S* o = out + k * D;
        if (t[k] != t[k]) fill_nan(o, D);
        else if (t[k] == S(0)) for (index_t i = 0; i < D; ++i) o[i] = p[i];
        else if (t[k] == S(1)) for (index_t i = 0; i < D; ++i) o[i] = q[i];
      }
    };
    if (detail::same_row(p, q, D)) {
      detail::closed_info(info);
      for (index_t k = 0; k < nt; ++k)
        for (index_t i = 0; i < D; ++i) out[k * D + i] = p[i];
      exact_ends();
      return true;
    }
    if constexpr (detail::has_closed_geodesic<Fam>::value) {
      detail::closed_info(info);
      for (index_t k = 0; k < nt; ++k) {
        if (t[k] == t[k]) f.geodesic_point(p, q, t[k], out + k * D);
      }
      exact_ends();
      return true;
    } else {
      detail::require_double_numeric<Fam>();
      // NaN times are not handed to the solver
      detail::SmallBuf<double> tt(nt);
      for (index_t k = 0; k < nt; ++k) tt[k] = t[k] == t[k] ? double(t[k]) : 0.0;
      const bool ok = numeric_geodesic::geodesic(f, p, q, tt.data(), nt, out, info);
      if (ok) exact_ends();
      return ok;
    }
  }
}

// γ(t) for one t.
template <class Fam, class S>
bool geodesic_point(const Fam& f, const S* p, const S* q, S t, S* out, GeodesicInfo* info = nullptr) {
  return infogeom::geodesic(f, p, q, &t, 1, out, info);
}

// w = parallel transport of v ∈ T_pΘ to T_qΘ along the Fisher–Rao geodesic from p to q
// (Levi-Civita connection: ⟨w, w'⟩_q = ⟨v, v'⟩_p).
template <class Fam, class S>
bool parallel_transport(const Fam& f, const S* p, const S* q, const S* v, S* w,
                        GeodesicInfo* info = nullptr) {
  using W = typename Fam::Scalar;
  const index_t D = f.dim();
  if (detail::any_nan2(f, p, q) || any_nan(v, D)) {
    detail::nan_info(info);
    fill_nan(w, D);
    return true;
  }
  if constexpr (!std::is_same_v<W, S>) {
    detail::Widen<W, S> pw(p, D), qw(q, D), vw(v, D);
    detail::SmallBuf<W> ww(D);
    const bool ok = infogeom::parallel_transport(f, pw.data(), qw.data(), vw.data(), ww.data(), info);
    for (index_t i = 0; i < D; ++i) w[i] = S(ww[i]);
    return ok;
  } else {
    if (detail::same_row(p, q, D)) {
      detail::closed_info(info);
      for (index_t i = 0; i < D; ++i) w[i] = v[i];
      return true;
    }
    if constexpr (detail::has_closed_geodesic<Fam>::value) {
      detail::closed_info(info);
      f.parallel_transport(p, q, v, w);
      return true;
    } else {
      detail::require_double_numeric<Fam>();
      return numeric_geodesic::parallel_transport(f, p, q, v, w, info);
    }
  }
}

// e-geodesic (exponential connection): θ(t) = (1 − t) θp + t θq, straight in θ (Amari & Nagaoka
// 2000, §2.3); Θ is convex, so it stays in the domain for 0 ≤ t ≤ 1.
template <class Fam, class S>
void e_geodesic(const Fam& f, const S* p, const S* q, S t, S* out) {
  const index_t D = f.dim();
  for (index_t i = 0; i < D; ++i) out[i] = (S(1) - t) * p[i] + t * q[i];
  if (t == S(0))
    for (index_t i = 0; i < D; ++i) out[i] = p[i];
  if (t == S(1))
    for (index_t i = 0; i < D; ++i) out[i] = q[i];
}

// m-geodesic (mixture connection): η(t) = (1 − t) ηp + t ηq, θ(t) = ∇F*(η(t)) (Amari & Nagaoka
// 2000, §3.1); the mean domain is convex. False (out NaN) if the family's inverse map fails.
template <class Fam, class S>
bool m_geodesic(const Fam& f, const S* p, const S* q, S t, S* out) {
  using W = typename Fam::Scalar;
  const index_t D = f.dim();
  if (t == S(0) || t == S(1)) {
    infogeom::e_geodesic(f, p, q, t, out);
    return true;
  }
  if constexpr (!std::is_same_v<W, S>) {
    detail::Widen<W, S> pw(p, D), qw(q, D);
    detail::SmallBuf<W> ow(D);
    const bool ok = infogeom::m_geodesic(f, pw.data(), qw.data(), W(t), ow.data());
    for (index_t i = 0; i < D; ++i) out[i] = S(ow[i]);
    return ok;
  } else {
    detail::SmallBuf<S> ep(D), eq(D), e(D);
    f.to_mean(p, ep.data());
    f.to_mean(q, eq.data());
    for (index_t i = 0; i < D; ++i) e[i] = (S(1) - t) * ep[i] + t * eq[i];
    f.to_natural(e.data(), out);
    return !any_nan(out, D);
  }
}

}  // namespace infogeom
