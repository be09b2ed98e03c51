// Divergences between members of one family, from the log-partition F alone (DESIGN.md §3).
#pragma once
#include "family.hpp"

namespace infogeom {

// Bregman divergence of F on natural parameters: B_F(θp : θq) = F(θp) − F(θq) − (θp − θq)·∇F(θq).
template <class Fam, class S = typename Fam::Scalar>
S bregman(const Fam& f, const S* tp, const S* tq) {
  const index_t D = f.dim();
  Vec<S> eq(D);
  f.to_mean(tq, eq.data());
  S dot = 0;
  for (index_t i = 0; i < D; ++i) dot += (tp[i] - tq[i]) * eq[i];
  return f.log_partition(tp) - f.log_partition(tq) - dot;
}

// KL(p‖q) = B_F(θq : θp) (Amari & Nagaoka 2000, §3.5).
template <class Fam, class S = typename Fam::Scalar>
S kl(const Fam& f, const S* tp, const S* tq) {
  return bregman(f, tq, tp);
}

}  // namespace infogeom
