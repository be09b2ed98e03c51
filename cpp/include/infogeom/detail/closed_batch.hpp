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

// Rows [0, n) (n ≤ kBlock) of P, Q (row stride ps, qs; 0 broadcasts) into L; padding lanes get a
// valid pair.
inline void gather2(index_t n, const double* P, index_t ps, const double* Q, index_t qs, Lanes2& L) {
  for (index_t i = 0; i < kBlock; ++i) {
    const bool in = i < n;
    const double* a = P + (in ? i * ps : 0);
    const double* b = Q + (in ? i * qs : 0);
    L.p0[i] = in ? a[0] : 0.0;
    L.p1[i] = in ? a[1] : -1.0;
    L.q0[i] = in ? b[0] : 0.0;
    L.q1[i] = in ? b[1] : -1.0;
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
// Δy = ((θ₂q − θ₂p)/(2θ₂pθ₂q))/(σp + σq), d = √2 · 2 asinh(½ |Δ|/√(σpσq)), rewritten with
// λ = −2θ₂ = 1/σ², s = √λ, g = sp sq = 1/(σpσq) (2θ₂pθ₂q = g²/2, σp + σq = (sp + sq)/g) as
//   Δx = U/g, U = √2 (θ₁pθ₂q − θ₁qθ₂p)/g;  Δy = W/g, W = 2(θ₂q − θ₂p)/(sp + sq);
//   ½ |Δ|/√(σpσq) = ½ √((U² + W²)/g)
// (two divisions and three square roots instead of seven and four; the same differences, so
// nearby points keep their relative accuracy). Lanes where U² + W² could under/overflow (the
// scalar kernel uses hypot) or g is extreme go scalar.
[[maybe_unused]] INFOGEOM_SIMD_CLONES static void normal_fr_lanes(Lanes2& L) {
  constexpr double kSqrt2 = 1.41421356237309504880168872420969808;
  for (int i = 0; i < kBlock; ++i) {
    const double a0 = L.p0[i], a1 = L.p1[i], b0 = L.q0[i], b1 = L.q1[i];
    const double lp = -2.0 * a1, lq = -2.0 * b1;
    const double sp = __builtin_sqrt(lp), sq = __builtin_sqrt(lq), g = sp * sq, ig = 1.0 / g;
    const double U = kSqrt2 * dop(a0, b1, b0, a1) * ig;
    const double W = 2.0 * (b1 - a1) / (sp + sq);
    const double m2 = U * U + W * W;
    const double arg = 0.5 * __builtin_sqrt(m2 * ig);
    L.out[i] = kSqrt2 * 2.0 * simd::asinh_pos(arg);
    const bool ok = simd::ordinary(lp) & simd::ordinary(lq) & simd::ordinary(g) & (m2 <= 1e300) &
                    ((m2 >= 1e-300) | ((U == 0.0) & (W == 0.0))) & (arg <= 1e150);
    L.redo[i] = !ok;
  }
}

// Rows [0, n) of P, Q through `lanes` (one of the lane loops here) block by block; the lanes
// it marks are recomputed by scalar(θp, θq).
template <class LanesFn, class Scalar>
inline void rows2(index_t n, const double* P, index_t ps, const double* Q, index_t qs, double* out, LanesFn lanes,
                  Scalar scalar) {
  Lanes2 L;
  for (index_t b = 0; b < n; b += kBlock) {
    const index_t m = std::min<index_t>(kBlock, n - b);
    gather2(m, P + b * ps, ps, Q + b * qs, qs, L);
    lanes(L);
    for (index_t i = 0; i < m; ++i) {
      if (!L.redo[i]) {
        out[b + i] = L.out[i];
      } else {
        const double a[2] = {L.p0[i], L.p1[i]}, c[2] = {L.q0[i], L.q1[i]};
        out[b + i] = scalar_pair(a, c, 2, scalar);
      }
    }
  }
}

// ---------------------------------------------------------------- Normal: KL
// Normal::kl: ½ (x − log(1 + x)) − θ₂q Δμ², x = r − 1, r = θ₂q/θ₂p, Δμ = (θ₁qθ₂p − θ₁pθ₂q)/(2θ₂pθ₂q);
// x − log(1 + x) by the series of dmath::log1pmx (x from the exact difference (θ₂q − θ₂p)/θ₂p),
// here for |x| < ½ (|v| ≤ ⅓: the atanh series to v³⁹, truncation < 1e-19 relative), else
// (r − 1) − log r (cancelling by at most a factor 4.3 there, against 8.3 at |x| = ¼, which
// matters as log_pos is within 2 ulp instead of libm's ½); both are computed and one selected.
[[maybe_unused]] INFOGEOM_SIMD_CLONES static void normal_kl_lanes(Lanes2& L) {
  for (int i = 0; i < kBlock; ++i) {
    const double a0 = L.p0[i], a1 = L.p1[i], b0 = L.q0[i], b1 = L.q1[i];
    const double r = b1 / a1, x = (b1 - a1) / a1;
    // dmath::log1pmx: v = x/(2 + x), x²/(2 + x) − 2 (atanh v − v)
    const double v = x / (2.0 + x), v2 = v * v;
    double ps = 1.0 / 39;
#pragma GCC unroll 20
    for (int j = 37; j >= 3; j -= 2) ps = ps * v2 + 1.0 / j;
    const double series = x * x / (2.0 + x) - 2.0 * (v * v2 * ps);
    const double direct = (r - 1.0) - simd::log_pos(r);
    const double lm = __builtin_fabs(x) < 0.5 ? series : direct;
    const double dm = dop(b0, a1, a0, b1) / (2.0 * a1 * b1);
    const double kl = 0.5 * lm + -1.0 * b1 * dm * dm;
    L.out[i] = kl;
    L.redo[i] = !(simd::ordinary(r) & (__builtin_fabs(kl) <= 1e300));
  }
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
    categorical_gather(D, P, rp, Q, rq, A, B);
    categorical_fr_lanes(K, A, B, H, o, redo);
    for (index_t l = 0; l < m; ++l)
      out[b + l] = redo[l] ? scalar_pair(P + (b + l) * ps, Q + (b + l) * qs, D, scalar)
                           : 4.0 * std::asin(std::min(1.0, 0.5 * std::sqrt(o[l])));
  }
}

}  // namespace infogeom::closed_batch
