// Numerical Fisher–Rao geometry for families without a closed form (issue 4).
//
// INTERFACE CONTRACT (the dispatch in geodesic.hpp calls exactly these; the bodies below are the
// placeholder the numerical-solver branch replaces: every call reports failure).
//
// Conventions: the Fisher–Rao geodesic γ : [0, 1] → Θ in natural coordinates with γ(0) = p,
// γ(1) = q; tangent vectors are in natural coordinates (v = γ'(0)); the Fisher metric is
// G(θ) = ∇²F(θ) (family.fisher), and the geodesic equation in θ is
//   γ''ᵏ = −½ Gᵏˡ ∂ₗ∂ᵢ∂ⱼF γ'ⁱ γ'ʲ     (Christoffel symbols of a Hessian metric, Amari & Nagaoka 2000 §3.3)
// Everything is evaluated in double (float rows are widened by the caller). Functions never throw
// and never loop unboundedly; failure = return false (outputs NaN) with Info saying why.
#pragma once
#include "../family.hpp"

namespace infogeom::numeric_geodesic {

struct Info {
  int iterations = 0;         // outer (Newton/shooting) iterations used
  double residual = 0;        // final endpoint residual, relative, in the Fisher norm at q
  bool converged = false;
};

// v = log_p(q): initial velocity of the geodesic from p to q (reaches q at t = 1).
template <class Fam>
bool log_map(const Fam& f, const double* p, const double* q, double* v, Info* info) {
  for (index_t i = 0; i < f.dim(); ++i) v[i] = quiet_nan<double>();
  if (info) *info = Info{};
  (void)p, (void)q;
  return false;
}

// q = exp_p(v) = γ(1) for γ(0) = p, γ'(0) = v; false (q NaN) if γ leaves Θ before t = 1.
template <class Fam>
bool exp_map(const Fam& f, const double* p, const double* v, double* q) {
  for (index_t i = 0; i < f.dim(); ++i) q[i] = quiet_nan<double>();
  (void)p, (void)v;
  return false;
}

// Points γ(t[k]), k < nt, of the geodesic from p to q, written row-major to out (nt, D).
template <class Fam>
bool geodesic(const Fam& f, const double* p, const double* q, const double* t, index_t nt, double* out,
              Info* info) {
  for (index_t i = 0; i < nt * f.dim(); ++i) out[i] = quiet_nan<double>();
  if (info) *info = Info{};
  (void)p, (void)q, (void)t;
  return false;
}

// Fisher–Rao distance d(p, q) = ∫₀¹ √(γ'ᵀ G(γ) γ') dt; NaN on failure.
template <class Fam>
double fisher_rao(const Fam& f, const double* p, const double* q, Info* info) {
  if (info) *info = Info{};
  (void)f, (void)p, (void)q;
  return quiet_nan<double>();
}

// w = parallel transport of the tangent vector v at p to q along the geodesic from p to q.
template <class Fam>
bool parallel_transport(const Fam& f, const double* p, const double* q, const double* v, double* w,
                        Info* info) {
  for (index_t i = 0; i < f.dim(); ++i) w[i] = quiet_nan<double>();
  if (info) *info = Info{};
  (void)p, (void)q, (void)v;
  return false;
}

}  // namespace infogeom::numeric_geodesic
