// Natural gradient of a function of the natural parameters (issue 5).
//
// The natural gradient of f at θ is G(θ)⁻¹ ∇_θ f with G = ∇²F the Fisher metric (Amari, "Natural
// gradient works efficiently in learning", Neural Computation 10, 1998). For an exponential
// family it equals the gradient of f with respect to the mean parameters η = ∇F(θ), because
// ∂θ/∂η = ∇²F*(η) = G(θ)⁻¹ (Amari & Nagaoka, Methods of Information Geometry, 2000, §3.5).
#pragma once
#include "family.hpp"

namespace infogeom {

// out = G(θ)⁻¹ g for one row. Families with a closed-form inverse metric (fisher_mean) use it:
// multiplying by the exact inverse keeps full accuracy where ∇²F is ill-conditioned; otherwise
// a Cholesky solve. Writes NaN when the metric is not numerically positive definite.
template <class Fam, class S = typename Fam::Scalar>
void natural_gradient(const Fam& f, const S* theta, const S* g, S* out) {
  const index_t D = f.dim();
  Eigen::Map<const Vec<S>> gv(g, D);
  Eigen::Map<Vec<S>> o(out, D);
  RowMat<S> G(D, D);
  if constexpr (detail::has_fisher_mean<Fam>::value) {
    f.fisher_mean(theta, G.data());
    o.noalias() = G * gv;
  } else {
    f.fisher(theta, G.data());
    Eigen::LLT<RowMat<S>> llt(G);
    if (llt.info() != Eigen::Success) {
      o.setConstant(quiet_nan<S>());
      return;
    }
    o = llt.solve(gv);
  }
}

}  // namespace infogeom
