// Batch kernels of closed forms, host only: the Fisher–Rao distance of the normal family (the
// hyperbolic half-plane) and of the categorical family (the sphere through √p), and the KL
// divergence of the normal family. Same pattern as kl_batch.hpp: blocks of lanes gathered into
// SoA arrays, a branch-free lane loop the compiler vectorises (simd_special.hpp), and the scalar
// kernel for lanes outside the branch-free functions' range (NaN, extreme or invalid inputs).
// The lane formulas are the scalar ones (normal.hpp, categorical.hpp, geodesic_closed.hpp) with
// libm replaced by the functions of simd_special.hpp (≤ 4 ulp each, measured ≤ 2.1).
#pragma once
#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include "../config.hpp"
#include "../simd_special.hpp"

namespace infogeom::closed_batch {

using simd::kBlock;

// a·b − c·d with one rounding per product removed (Kahan's fma form, as dmath::diff_of_products;
// relative error ≤ 2ε, Jeannerod, Louvet & Muller, Math. Comp. 82, 2013).
INFOGEOM_SIMD_INLINE double dop(double a, double b, double c, double d) {
  const double cd = c * d;
  return __builtin_fma(a, b, -cd) + __builtin_fma(-c, d, cd);
}

// The fallback lanes: scalar(θp, θq) behind the checks of the generic entry points
// (infogeom::fisher_rao, infogeom::kl): NaN for a row with NaN, 0 for identical rows.
template <class Scalar>
inline double scalar_pair(const double* a, const double* b, index_t D, Scalar& scalar) {
  bool same = true;
  for (index_t k = 0; k < D; ++k) {
    if (a[k] != a[k] || b[k] != b[k]) return a[k] + b[k];  // (a NaN)
    same &= a[k] == b[k];
  }
  return same ? 0.0 : scalar(a, b);
}

// One block of pairs of two-parameter rows θ = (θ₁, θ₂) as SoA lanes.
struct Lanes2 {
  double p0[kBlock], p1[kBlock], q0[kBlock], q1[kBlock], out[kBlock];
  unsigned char redo[kBlock];
};

// One side of a block: rows [0, m) of P (row stride ps; 0 broadcasts) into x0, x1; padding lanes
// get (0, pad1). Full blocks of contiguous rows are deinterleaved by a vectorised loop.
[[maybe_unused]] INFOGEOM_SIMD_CLONES static void deinterleave2(const double* __restrict__ P, double* __restrict__ x0,
                                                               double* __restrict__ x1) {
  for (int i = 0; i < kBlock; ++i) {
    x0[i] = P[2 * i];
    x1[i] = P[2 * i + 1];
  }
}
inline void gather_side(index_t m, const double* P, index_t ps, double* x0, double* x1, double pad1) {
  if (ps == 2 && m == kBlock) {
    deinterleave2(P, x0, x1);
    return;
  }
  for (index_t i = 0; i < kBlock; ++i) {
    const bool in = i < m;
    const double* a = P + (in ? i * ps : 0);
    x0[i] = in ? a[0] : 0.0;
    x1[i] = in ? a[1] : pad1;
  }
}

// ---------------------------------------------------------------- domain screens
// The bindings' validation of a block of rows in one vectorised pass (the families'
// natural_rows_ok): true when every row is surely in the natural parameter space or has a NaN
// (the rows the checks skip); false when some row may not be: the caller then checks the block
// row by row with check_natural. Rows of D doubles at stride ps (0: one row).
// Normal/LogNormal: θ₁ finite, θ₂ < 0 finite.
[[maybe_unused]] INFOGEOM_SIMD_CLONES static bool normal_natural_ok(index_t n, const double* P, index_t ps) {
  constexpr double kMax = 1.7976931348623157e308;
  if (ps == 0) n = 1;
  unsigned bad = 0;
  for (index_t i = 0; i < n; ++i) {
    const double a = P[2 * i], b = P[2 * i + 1];
    bad |= (__builtin_fabs(a) > kMax) | (b >= 0.0) | (b < -kMax);
  }
  return bad == 0;
}
// Categorical: every θ_i finite.
[[maybe_unused]] INFOGEOM_SIMD_CLONES static bool finite_rows_ok(index_t n, index_t D, const double* P,
                                                                index_t ps) {
  constexpr double kMax = 1.7976931348623157e308;
  const index_t m = (ps == 0 ? 1 : n) * D;
  unsigned bad = 0;
  for (index_t i = 0; i < m; ++i) bad |= __builtin_fabs(P[i]) > kMax;
  return bad == 0;
}

// ---------------------------------------------------------------- Normal: Fisher–Rao
// normal_geo::fisher_rao: (x, y) = (μ/√2, σ), Δx = (θ₁pθ₂q − θ₁qθ₂p)/(2θ₂pθ₂q)/√2,
// Δy = ((θ₂q − θ₂p)/(2θ₂pθ₂q))/(σp + σq), d = √2 · 2 asinh(½ |Δ|/√(σpσq)), rewritten to spare
// the divisions and square roots (each costs several fused multiply-adds in vector units): with
// λ = −2θ₂ = 1/σ², P = λpλq, g = √P = 1/(σpσq), S = λp + λq + 2g = (√λp + √λq)²,
// n = θ₁pθ₂q − θ₁qθ₂p (Kahan's form) and δ = θ₂q − θ₂p,
//   Δx² = 2n²/P², Δy² = 4δ²/(P S), z = 2 (½ |Δ|/√(σpσq))² = (n² S + 2δ² P)/(g P S),
// and 2 asinh x = acosh(1 + 2x²) = log1p(z + √(z(z + 2))) (no cancellation: every term ≥ 0, the
// same differences n, δ as the scalar kernel). One division and two square roots (plus the log).
// Lanes where a product could under/overflow go scalar (λ outside [1e-60, 1e60], n or δ extreme).
[[maybe_unused]] INFOGEOM_SIMD_CLONES static bool normal_fr_lanes(Lanes2& L) {
  constexpr double kSqrt2 = 1.41421356237309504880168872420969808;
  unsigned any = 0;
  for (int i = 0; i < kBlock; ++i) {
    const double a0 = L.p0[i], a1 = L.p1[i], b0 = L.q0[i], b1 = L.q1[i];
    const double lp = -2.0 * a1, lq = -2.0 * b1, P = lp * lq, g = __builtin_sqrt(P);
    const double S = (lp + lq) + 2.0 * g;
    const double n = dop(a0, b1, b0, a1), dl = b1 - a1;
    const double num = n * n * S + 2.0 * (dl * dl) * P, den = g * P * S;
    const double z = num / den;
    L.out[i] = kSqrt2 * simd::log1p_pos(z + __builtin_sqrt(z * (z + 2.0)));
    const bool ok = (lp >= 1e-60) & (lp <= 1e60) & (lq >= 1e-60) & (lq <= 1e60) & (num <= 1e300) &
                    ((num >= 1e-290) | ((n == 0.0) & (dl == 0.0))) & (z <= 1e150);
    L.redo[i] = !ok;
    any |= !ok;
  }
  return any != 0;
}

// Rows [0, n) of P, Q through `lanes` (one of the lane loops here) block by block; the lanes
// it marks are recomputed by scalar(θp, θq).
template <class LanesFn, class Scalar>
inline void rows2(index_t n, const double* P, index_t ps, const double* Q, index_t qs, double* out, LanesFn lanes,
                  Scalar scalar) {
  Lanes2 L;
  for (index_t b = 0; b < n; b += kBlock) {
    const index_t m = std::min<index_t>(kBlock, n - b);
    gather_side(m, P + b * ps, ps, L.p0, L.p1, -1.0);
    gather_side(m, Q + b * qs, qs, L.q0, L.q1, -1.0);
    const bool any = lanes(L);
    std::memcpy(out + b, L.out, std::size_t(m) * sizeof(double));
    if (any)
      for (index_t i = 0; i < m; ++i)
        if (L.redo[i]) {
          const double a[2] = {L.p0[i], L.p1[i]}, c[2] = {L.q0[i], L.q1[i]};
          out[b + i] = scalar_pair(a, c, 2, scalar);
        }
  }
}

// ---------------------------------------------------------------- DiagonalNormal: Fisher–Rao
// DiagonalNormal::fisher_rao: d = √(Σ d_i²) over the d half-planes (θ_i, θ_{d+i}). The pairs of
// G = ⌊kBlock/d⌋ rows fill one block of normal_fr_lanes; a row with a fallback lane, or whose
// Σ d_i² is subnormal (the scalar kernel scales it), goes to scalar(θp, θq) whole; rows wider
// than a block go scalar.
template <class Scalar>
inline void diag_normal_fr_rows(index_t n, index_t d, const double* P, index_t ps, const double* Q, index_t qs,
                                double* out, Scalar scalar) {
  if (d > kBlock) {
    for (index_t r = 0; r < n; ++r) out[r] = scalar_pair(P + r * ps, Q + r * qs, 2 * d, scalar);
    return;
  }
  const index_t G = kBlock / d;
  Lanes2 L;
  for (index_t b = 0; b < n; b += G) {
    const index_t m = std::min<index_t>(G, n - b);
    for (index_t k = 0; k < kBlock; ++k) {
      const index_t r = k / d, i = k % d;
      const bool in = r < m;
      const double* a = P + (in ? (b + r) * ps : 0);
      const double* c = Q + (in ? (b + r) * qs : 0);
      L.p0[k] = in ? a[i] : 0.0;
      L.p1[k] = in ? a[d + i] : -1.0;
      L.q0[k] = in ? c[i] : 0.0;
      L.q1[k] = in ? c[d + i] : -1.0;
    }
    normal_fr_lanes(L);
    for (index_t r = 0; r < m; ++r) {
      bool redo = false;
      double ss = 0.0;
      for (index_t i = 0; i < d; ++i) {
        redo |= L.redo[r * d + i] != 0;
        ss += L.out[r * d + i] * L.out[r * d + i];
      }
      if (!redo && ((ss >= 1e-290) | (ss == 0.0)))
        out[b + r] = std::sqrt(ss);
      else
        out[b + r] = scalar_pair(P + (b + r) * ps, Q + (b + r) * qs, 2 * d, scalar);
    }
  }
}

// ---------------------------------------------------------------- Normal: KL
// Normal::kl: ½ (x − log(1 + x)) − θ₂q Δμ², x = r − 1, r = θ₂q/θ₂p, Δμ = (θ₁qθ₂p − θ₁pθ₂q)/(2θ₂pθ₂q);
// x − log(1 + x) by the series of dmath::log1pmx (x from the exact difference (θ₂q − θ₂p)/θ₂p),
// here for |x| < ½, else (r − 1) − log r (cancelling by at most a factor 4.3 there). Both share
// one division: log(1 + x) = 2 atanh(v), v = x/(2 + x), and log r = e ln 2 + 2 atanh(s),
// s = f/(2 + f) from r = 2^e (1 + f) (simd::log_split), so t/(2 + t) is formed once for
// t = x or f; atanh(u) − u = u³ Σ u^{2j}/(2j + 3) to u³⁹ (|u| ≤ ⅓: truncation < 1e-19 relative);
// x − log(1 + x) = x v − 2(atanh v − v) (x²/(2 + x) = x v). −θ₂q Δμ² = −(n/θ₂p)²/(4θ₂q) with
// n = θ₁qθ₂p − θ₁pθ₂q (Kahan's form). Three divisions in all.
[[maybe_unused]] INFOGEOM_SIMD_CLONES static bool normal_kl_lanes(Lanes2& L) {
  constexpr double kLn2Hi = 0x1.62e42fee00000p-1, kLn2Lo = 1.9082149292705877e-10;
  unsigned any = 0;
  for (int i = 0; i < kBlock; ++i) {
    const double a0 = L.p0[i], a1 = L.p1[i], b0 = L.q0[i], b1 = L.q1[i];
    const double ia = 1.0 / a1, ib = 1.0 / b1;
    const double r = b1 * ia, x = (b1 - a1) * ia;
    const simd::LogSplit ls = simd::log_split(r);
    const bool small = __builtin_fabs(x) < 0.5;
    const double t = small ? x : ls.f;
    const double v = t / (2.0 + t), v2 = v * v;
    double ps = 1.0 / 39;
#pragma GCC unroll 20
    for (int j = 37; j >= 3; j -= 2) ps = ps * v2 + 1.0 / j;
    const double A = v * v2 * ps;  // atanh v − v
    const double series = x * v - 2.0 * A;
    const double logr = ls.e * kLn2Hi + ((2.0 * v + 2.0 * A) + ls.e * kLn2Lo);
    const double direct = (r - 1.0) - logr;
    const double lm = small ? series : direct;
    const double nq = dop(b0, a1, a0, b1) * ia;
    const double kl = 0.5 * lm - 0.25 * (nq * nq) * ib;
    L.out[i] = kl;
    const bool ok = simd::ordinary(r) & (__builtin_fabs(kl) <= 1e300) & (__builtin_fabs(a1) >= 1e-300) &
                    (__builtin_fabs(b1) >= 1e-300);
    L.redo[i] = !ok;
    any |= !ok;
  }
  return any != 0;
}

// ---------------------------------------------------------------- Categorical: Fisher–Rao
// Categorical::sphere_pair for R rows at a time (lanes = rows, the K = k categories in the outer
// loop; θ_ref = 0): with m = max(0, max θp), h_j = e^{(θp_j − m)/2}, e_j = h_j², Z = Σ e_j
// (p_j = e_j/Z, √p_j = h_j/√Z), δ_j = θq_j − θp_j, c = Σ p_j δ_j, d_j = δ_j − c,
// L = log1p(Σ p_j expm1(d_j)) (compensated sum, as counts::CompSum), w_j = ½(d_j − L) =
// ½ log(q_j/p_j), u_q,j − u_p,j = √p_j expm1(w_j), and d = 4 asin(½ ‖u_q − u_p‖). Rows go to the
// scalar kernel when an entry is not finite, when some θp_j − m < −700 (e_j near underflow), when
// max |d_j| > 600 (the scalar kernel's log-sum-exp branch), or when ‖u_q − u_p‖² < 1e-290 (its
// scaled sum of squares).
constexpr int kCatLanes = 16;

// A[j][l] = θp_j, B[j][l] = θq_j − θp_j of rows row[l] (offsets into P, Q), the reference j = D 0.
[[maybe_unused]] INFOGEOM_SIMD_CLONES static void categorical_gather(
    index_t D, const double* __restrict__ P, const index_t* __restrict__ rp, const double* __restrict__ Q,
    const index_t* __restrict__ rq, double* __restrict__ A, double* __restrict__ B) {
  constexpr int R = kCatLanes;
  for (index_t j = 0; j < D; ++j)
    for (int l = 0; l < R; ++l) {
      const double a = P[rp[l] + j];
      A[j * R + l] = a;
      B[j * R + l] = Q[rq[l] + j] - a;
    }
  for (int l = 0; l < R; ++l) A[D * R + l] = B[D * R + l] = 0.0;
}

[[maybe_unused]] INFOGEOM_SIMD_CLONES static void categorical_fr_lanes(index_t K, const double* A, const double* B,
                                                                      double* H, double* out,
                                                                      unsigned char* redo) {
  constexpr int R = kCatLanes;
  double mx[R], chk[R], Z[R], rz[R], cn[R], ys[R], yc[R], L[R], ss[R], lo[R], hi[R];
  for (int l = 0; l < R; ++l) mx[l] = 0.0, chk[l] = 0.0, Z[l] = 0.0, cn[l] = 0.0, lo[l] = 0.0;
  for (index_t j = 0; j < K; ++j)
    for (int l = 0; l < R; ++l) {
      const double a = A[j * R + l];
      mx[l] = a > mx[l] ? a : mx[l];
      chk[l] += B[j * R + l] * 0.0;  // NaN iff some θp_j or θq_j is not finite
    }
  for (index_t j = 0; j < K; ++j)
    for (int l = 0; l < R; ++l) {
      const double a = A[j * R + l] - mx[l];
      lo[l] = a < lo[l] ? a : lo[l];
      const double h = simd::exp_expm1(0.5 * a).exp, e = h * h;
      H[j * R + l] = h;
      Z[l] += e;
      cn[l] += e * B[j * R + l];
    }
  for (int l = 0; l < R; ++l) cn[l] /= Z[l], ys[l] = 0.0, yc[l] = 0.0, hi[l] = 0.0;
  for (index_t j = 0; j < K; ++j)
    for (int l = 0; l < R; ++l) {
      const double d = B[j * R + l] - cn[l];
      const double da = __builtin_fabs(d);
      hi[l] = da > hi[l] ? da : hi[l];
      const double h = H[j * R + l];
      const double v = (h * h) * simd::exp_expm1(d).expm1;
      const double s = ys[l], t = s + v;  // counts::CompSum::add
      yc[l] += __builtin_fabs(s) >= __builtin_fabs(v) ? (s - t) + v : (v - t) + s;
      ys[l] = t;
    }
  for (int l = 0; l < R; ++l) {
    const double y = (ys[l] + yc[l]) / Z[l];
    L[l] = simd::log1p_pos(y);
    rz[l] = 1.0 / __builtin_sqrt(Z[l]);
    ss[l] = 0.0;
  }
  for (index_t j = 0; j < K; ++j)
    for (int l = 0; l < R; ++l) {
      const double w = 0.5 * ((B[j * R + l] - cn[l]) - L[l]);
      const double diff = (H[j * R + l] * rz[l]) * simd::exp_expm1(w).expm1;
      ss[l] += diff * diff;
    }
  for (int l = 0; l < R; ++l) {
    out[l] = ss[l];
    redo[l] = !((chk[l] == 0.0) & (lo[l] >= -700.0) & (hi[l] <= 600.0) & (ss[l] >= 1e-290) & (ss[l] <= 1e300));
  }
}

// Rows [0, n) of P, Q (D = K − 1 entries per row, strides ps, qs) into out; scalar(θp, θq) the
// scalar distance.
template <class Scalar>
inline void categorical_fr_rows(index_t n, index_t K, const double* P, index_t ps, const double* Q, index_t qs,
                                double* out, Scalar scalar) {
  constexpr int R = kCatLanes;
  const index_t D = K - 1;
  std::vector<double> buf(std::size_t(3 * K * R));
  double *A = buf.data(), *B = A + K * R, *H = B + K * R;
  double o[R];
  unsigned char redo[R];
  index_t rp[R], rq[R];
  for (index_t b = 0; b < n; b += R) {
    const index_t m = std::min<index_t>(R, n - b);
    for (index_t l = 0; l < R; ++l) {  // (padding lanes repeat the last row)
      rp[l] = (b + std::min(l, m - 1)) * ps;
      rq[l] = (b + std::min(l, m - 1)) * qs;
    }
    // the next block's rows into the cache (the column-wise gathers below walk 2R rows at once,
    // more streams than the hardware prefetchers follow)
    if (b + R < n) {
      const index_t e = std::min<index_t>(n, b + 2 * R);
      if (ps != 0)
        for (const double* c = P + (b + R) * ps; c < P + e * ps; c += 8) __builtin_prefetch(c);
      if (qs != 0)
        for (const double* c = Q + (b + R) * qs; c < Q + e * qs; c += 8) __builtin_prefetch(c);
    }
    categorical_gather(D, P, rp, Q, rq, A, B);
    categorical_fr_lanes(K, A, B, H, o, redo);
    for (index_t l = 0; l < m; ++l)
      out[b + l] = redo[l] ? scalar_pair(P + (b + l) * ps, Q + (b + l) * qs, D, scalar)
                           : 4.0 * std::asin(std::min(1.0, 0.5 * std::sqrt(o[l])));
  }
}

}  // namespace infogeom::closed_batch
