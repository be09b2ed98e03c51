// Batch KL of the log-Gamma families (Gamma, Beta, Dirichlet), host only.
//
// The per-pair kernels of gamma_divergence.hpp first evaluate the textbook form
//   KL = Σ [log Γ(αq) − log Γ(αp) − Δ ψ(αp)] + …
// and keep it when it does not cancel (result ≥ M/256, M the summed magnitude of its pieces);
// only the other pairs need the cancellation-free form. Here the textbook form and its M are
// computed for blocks of pairs with the branch-free log Γ/ψ of simd_special.hpp (vectorised,
// rounding ≤ 4ε·mag like the scalar one), and the pairs that fail the rule, or whose arguments
// are outside the branch-free functions' range, or that are NaN, are recomputed by the scalar
// kernel (its cancellation-free part directly where the rule failed). The result agrees with the
// scalar kernel to the accuracy of the rule (≤ 2.3e-13 relative).
#pragma once
#include <algorithm>
#include <cmath>
#include <vector>

#include "../config.hpp"
#include "../simd_special.hpp"
#include "gamma_divergence.hpp"

namespace infogeom::kl_batch {

using simd::kBlock;

// Rows of a pair array: element (i, j) at P[i * ps + j]; ps = 0 broadcasts one row.
struct RowsIn {
  const double* p;
  index_t ps;
  const double* q;
  index_t qs;
};

// ---------------------------------------------------------------- Gamma, θ = (k − 1, −β)
struct GammaLanes {
  double kp[kBlock], bp[kBlock], kq[kBlock], bq[kBlock], d[kBlock], out[kBlock];
  unsigned char redo[kBlock];
};

template <bool AllSmall>
INFOGEOM_SIMD_INLINE void gamma_lanes_impl(GammaLanes& L) {
  for (int i = 0; i < kBlock; ++i) {
    const double kp = L.kp[i], bp = L.bp[i], kq = L.kq[i], bq = L.bq[i], d = L.d[i];
    const simd::LgPsi gp = simd::lgamma_digamma<true, AllSmall>(kp);
    const simd::LgPsi gq = simd::lgamma_digamma<false, AllSmall>(kq);
    const double rb = bq / bp, lx = simd::log_pos(rb);
    // the terms and the magnitude M of lgdiv::gamma_kl
    const double direct = (gq.lg - gp.lg - d * gp.psi) + kp * (rb - 1.0) - kq * lx;
    const double M = gq.mag_lg + gp.mag_lg + (std::fabs(d) + kp) * gp.mag_psi + kp * std::fabs(rb - 1.0) +
                     std::fabs(kq * lx) + gq.kpsi_bound;
    const bool ok = simd::ordinary(kp) & simd::ordinary(kq) & simd::ordinary(bp) & simd::ordinary(bq) &
                    simd::ordinary(rb) & (direct >= M * lgdiv::kKeep);
    L.out[i] = direct;
    L.redo[i] = !ok;
  }
}
// (blocks whose arguments are all below 8 skip the Stirling branch)
[[maybe_unused]] INFOGEOM_SIMD_CLONES static void gamma_lanes(GammaLanes& L) {
  bool all_small = true;
  for (int i = 0; i < kBlock; ++i) all_small &= (L.kp[i] < 8.0) & (L.kq[i] < 8.0);
  if (all_small)
    gamma_lanes_impl<true>(L);
  else
    gamma_lanes_impl<false>(L);
}

// KL of rows [0, n) (n ≤ kBlock) into out.
inline void gamma_block(index_t n, const RowsIn& r, double* out) {
  GammaLanes L;
  for (index_t i = 0; i < kBlock; ++i) {
    if (i < n) {
      const double* tp = r.p + i * r.ps;
      const double* tq = r.q + i * r.qs;
      L.kp[i] = tp[0] + 1.0;
      L.bp[i] = -tp[1];
      L.kq[i] = tq[0] + 1.0;
      L.bq[i] = -tq[1];
      L.d[i] = tq[0] - tp[0];
    } else {  // padding lanes: any valid pair
      L.kp[i] = L.kq[i] = L.bp[i] = L.bq[i] = 1.0;
      L.d[i] = 0.0;
    }
  }
  gamma_lanes(L);
  for (index_t i = 0; i < n; ++i) {
    if (!L.redo[i]) {
      out[i] = L.out[i];
    } else if (!(L.out[i] == L.out[i]) || !simd::ordinary(L.kp[i]) || !simd::ordinary(L.kq[i]) ||
               !simd::ordinary(L.bp[i]) || !simd::ordinary(L.bq[i])) {
      out[i] = lgdiv::gamma_kl(L.kp[i], L.bp[i], L.kq[i], L.bq[i], L.d[i]);  // NaN, extreme, invalid
    } else {
      out[i] = lgdiv::gamma_kl_stable(L.kp[i], L.bp[i], L.kq[i], L.bq[i], L.d[i]);  // cancelling
    }
  }
}

// ---------------------------------------------------------------- Dirichlet(α) / Beta, θ = α − 1
// Elements of a block of rows are processed as one flat array (components of all rows), the
// totals α₀ of the rows as a second one; kElems bounds the block's elements.
constexpr index_t kElems = 1024;

struct DirichletLanes {
  double ap[kElems], aq[kElems], d[kElems], term[kElems], mag[kElems];
  unsigned char bad[kElems];
  double a0p[kBlock], a0q[kBlock], d0[kBlock], term0[kBlock], mag0[kBlock];
  unsigned char bad0[kBlock];
};

// Σ-free part of every element: log Γ(αq) − log Γ(αp) − Δ ψ(αp) and its magnitude.
template <bool AllSmall>
INFOGEOM_SIMD_INLINE void dirichlet_elems_impl(DirichletLanes& L, index_t m) {
  for (index_t i = 0; i < m; ++i) {
    const double ap = L.ap[i], aq = L.aq[i], d = L.d[i];
    const simd::LgPsi gp = simd::lgamma_digamma<true, AllSmall>(ap);
    const simd::LgPsi gq = simd::lgamma_digamma<false, AllSmall>(aq);
    L.term[i] = gq.lg - gp.lg - d * gp.psi;
    L.mag[i] = gq.mag_lg + gp.mag_lg + (std::fabs(d) + ap) * gp.mag_psi + gq.kpsi_bound;
    L.bad[i] = !(simd::ordinary(ap) & simd::ordinary(aq));
  }
}
[[maybe_unused]] INFOGEOM_SIMD_CLONES static void dirichlet_elems(DirichletLanes& L, index_t m) {
  bool all_small = true;
  for (index_t i = 0; i < m; ++i) all_small &= (L.ap[i] < 8.0) & (L.aq[i] < 8.0);
  if (all_small)
    dirichlet_elems_impl<true>(L, m);
  else
    dirichlet_elems_impl<false>(L, m);
}
[[maybe_unused]] INFOGEOM_SIMD_CLONES static void dirichlet_totals(DirichletLanes& L) {
  for (int i = 0; i < kBlock; ++i) {
    const double ap = L.a0p[i], aq = L.a0q[i], d = L.d0[i];
    const simd::LgPsi gp = simd::lgamma_digamma<true>(ap);
    const simd::LgPsi gq = simd::lgamma_digamma<false>(aq);
    L.term0[i] = gq.lg - gp.lg - d * gp.psi;
    L.mag0[i] = gq.mag_lg + gp.mag_lg + (std::fabs(d) + ap) * gp.mag_psi + gq.kpsi_bound;
    L.bad0[i] = !(simd::ordinary(ap) & simd::ordinary(aq));
  }
}

// Rows per block for K components.
inline index_t dirichlet_rows_per_block(index_t K) { return std::max<index_t>(1, std::min<index_t>(kBlock, kElems / K)); }

// KL of rows [0, n) (n ≤ dirichlet_rows_per_block(K)) into out.
inline void dirichlet_block(index_t n, index_t K, const RowsIn& r, double* out) {
  static_assert(kElems >= kBlock, "block sizes");
  DirichletLanes L;
  if (K > kElems) {  // (too wide for a block: the scalar kernel row by row)
    std::vector<double> buf(3 * K);
    for (index_t i = 0; i < n; ++i) {
      double *ap = buf.data(), *aq = ap + K, *d = aq + K;
      for (index_t j = 0; j < K; ++j) {
        ap[j] = r.p[i * r.ps + j] + 1.0;
        aq[j] = r.q[i * r.qs + j] + 1.0;
        d[j] = r.q[i * r.qs + j] - r.p[i * r.ps + j];
      }
      out[i] = lgdiv::dirichlet_kl(ap, aq, d, long(K));
    }
    return;
  }
  for (index_t i = 0; i < n; ++i)
    for (index_t j = 0; j < K; ++j) {
      const double tp = r.p[i * r.ps + j], tq = r.q[i * r.qs + j];
      L.ap[i * K + j] = tp + 1.0;
      L.aq[i * K + j] = tq + 1.0;
      L.d[i * K + j] = tq - tp;
    }
  dirichlet_elems(L, n * K);
  for (index_t i = 0; i < kBlock; ++i) {
    double a0p = 1.0, a0q = 1.0, d0 = 0.0;  // (padding rows)
    if (i < n) {
      a0p = a0q = d0 = 0.0;
      for (index_t j = 0; j < K; ++j) {
        a0p += L.ap[i * K + j];
        a0q += L.aq[i * K + j];
        d0 += L.d[i * K + j];
      }
    }
    L.a0p[i] = a0p;
    L.a0q[i] = a0q;
    L.d0[i] = d0;
  }
  dirichlet_totals(L);
  for (index_t i = 0; i < n; ++i) {
    double direct = -L.term0[i], M = L.mag0[i];
    bool bad = L.bad0[i];
    for (index_t j = 0; j < K; ++j) {
      direct += L.term[i * K + j];
      M += L.mag[i * K + j];
      bad |= L.bad[i * K + j];
    }
    if (!bad && direct >= M * lgdiv::kKeep)
      out[i] = direct;
    else if (bad || !(direct == direct))  // NaN, extreme, invalid: the full scalar kernel
      out[i] = lgdiv::dirichlet_kl(L.ap + i * K, L.aq + i * K, L.d + i * K, long(K));
    else  // cancelling
      out[i] = lgdiv::dirichlet_kl_stable(L.ap + i * K, L.aq + i * K, L.d + i * K, long(K), L.a0p[i], L.a0q[i],
                                          L.d0[i]);
  }
}

// The families' kl_rows: n pairs in blocks of `rows`.
template <class Block>
inline void for_blocks(index_t n, index_t rows, const RowsIn& r, double* out, Block&& block) {
  for (index_t b = 0; b < n; b += rows)
    block(std::min(rows, n - b), RowsIn{r.p + b * r.ps, r.ps, r.q + b * r.qs, r.qs}, out + b);
}

}  // namespace infogeom::kl_batch
