// Pairwise N×M divergence matrices and k-nearest neighbours between two sets of members of one
// family (issue 3; DESIGN.md §3).
//
// GEMM forms. By Legendre duality (Amari & Nagaoka, "Methods of Information Geometry", 2000,
// §3.4–3.5; Nielsen & Nock, "Sided and symmetrized Bregman centroids", IEEE Trans. Inf. Theory
// 55(6), 2009), with η = ∇F(θ) and F*(η) = θ·η − F(θ):
//   KL(p_i‖q_j)        = F*(η_i) + F(θ_j) − η_i·θ_j
//   B_F(θ_i : θ_j)     = F(θ_i) + F*(η_j) − θ_i·η_j
//   J(p_i, q_j)        = (θ_i − θ_j)·(η_i − η_j) = θ_i·η_i + θ_j·η_j − [θ_i, η_i]·[η_j, θ_j]
// so each is v_ij = a_i + b_j − x_i·y_j: one GEMM X·Yᵀ (inner dimension K = D, or 2D for
// Jeffreys) plus two rank-one terms.
//
// Cancellation guard. Computed in floating point, v_ij carries an error of at most about
//   err_ij ≤ c·ε·(|a|_i + |b|_j + Σ_k |x_ik y_jk|),   c = K + 16
// (Higham, "Accuracy and Stability of Numerical Algorithms", 2nd ed., 2002, §3.1:
// |fl(x·y) − x·y| ≤ γ_K Σ|x_k y_k|; the 16 covers the two additions and the rounding of the row
// terms, whose magnitudes |a|_i, |b|_j are bounds on the Fenchel–Young scale |F| + |F*| + Σ|θ_k η_k|
// of that row, the scale to which the family computes F, η and F*, or the family's own
// log_partition_scale where it has one; F and F* also get an absolute floor of 1: near a zero of
// F the families compute it to a few ε absolute, not relative, e.g. Beta's log B(α, β) at
// α, β = 1 + 1e-13 is 1.8e-13 with an error of 2e-17). An entry is accepted when
// err_ij ≤ tol·v_ij (tol = pairwise_rtol: 1e-10 in double, 1e-4 in float), first with the
// Cauchy–Schwarz bound Σ|x_ik y_jk| ≤ ‖x_i‖‖y_j‖ (free: two norms), then, for entries that fail it,
// with the exact sum Σ|x_ik y_jk| (K flops); entries that still fail (nearly identical pairs, the
// diagonal of P = Q, NaN, values of the wrong sign, infinite terms) are recomputed with the stable
// elementwise function of divergence.hpp (kl, bregman, jeffreys). Hence every entry agrees with
// the elementwise divergence to tol relative, and exactly where it was recomputed.
//
// Precision. The computation runs in the family's scalar T = Fam::Scalar; the results are stored
// as S (float or double). The Python bindings use the double family for float32 arrays as well:
// a float32 result is then the float64 value rounded once (in float arithmetic the guard would
// send most entries to the elementwise formula, since c·ε_float·(|a| + |b| + Σ|xy|) is rarely
// below 1e-4·v), at the cost of double-precision FMAs.
//
// Blocking. X and Y are packed once into register panels (MR rows × K, K × NR columns; extra
// memory O((N + M)·K), the "row terms"); the output is cut into tiles (RB rows × CB columns)
// distributed over OpenMP threads (dynamic schedule); each tile runs a register-blocked
// micro-kernel MR×NR whose epilogue adds the rank-one terms, applies the guard and stores straight
// into the output (which may be a caller's memmap with any row stride): no N×M temporary. Outputs
// larger than 256 MB are written with non-temporal stores (no read-for-ownership of lines that
// are only written). The micro-kernel uses GNU vector extensions and is compiled for AVX-512,
// AVX2+FMA and the baseline ISA, chosen at run time (`__builtin_cpu_supports`), so a portable
// build runs at the speed of the machine; other compilers get the same kernel with scalar lanes.
// (Eigen's GEMM, compiled for the baseline ISA as a portable build is, measured 4× slower than
// the BLAS NumPy ships on 2000×2000×63; the dispatched kernel is within ~1.3× of it.)
// A long call can be abandoned between tiles (PairwiseOptions::interrupt: Ctrl-C in Python).
//
// Divergences without a GEMM form (Chernoff, Rényi, Bhattacharyya, Hellinger) run as direct
// loops over the same tiles, calling the elementwise functions.
//
// knn: tiles of Q are computed into a per-thread buffer (RB × CB) with the same kernel and guard,
// and each row keeps a bounded max-heap of its k smallest (value, index) pairs; ties go to the
// lower index, NaN sorts last. The N×M matrix never exists.
#pragma once
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>
#ifdef _OPENMP
#include <omp.h>
#endif

#include "divergence.hpp"
#include "family.hpp"

namespace infogeom {

enum class Divergence { kl, jeffreys, bregman, chernoff, renyi, bhattacharyya, hellinger };

inline const char* divergence_name(Divergence d) {
  switch (d) {
    case Divergence::kl: return "kl";
    case Divergence::jeffreys: return "jeffreys";
    case Divergence::bregman: return "bregman";
    case Divergence::chernoff: return "chernoff";
    case Divergence::renyi: return "renyi";
    case Divergence::bhattacharyya: return "bhattacharyya";
    default: return "hellinger";
  }
}

inline constexpr Divergence all_divergences[] = {
    Divergence::kl,     Divergence::jeffreys,      Divergence::bregman,  Divergence::chernoff,
    Divergence::renyi,  Divergence::bhattacharyya, Divergence::hellinger};

inline bool parse_divergence(const std::string& s, Divergence& d) {
  for (Divergence e : all_divergences)
    if (s == divergence_name(e)) return d = e, true;
  return false;
}

// Chernoff and Rényi take an order alpha.
inline bool divergence_takes_alpha(Divergence d) {
  return d == Divergence::chernoff || d == Divergence::renyi;
}

// ---------------------------------------------------------------------------------------------
// The elementwise divergences of divergence.hpp, found by detection (they are free functions
// `name(f, tp, tq[, alpha])` found by argument-dependent lookup), so that this header builds
// against any subset of them.
namespace pw_detail {
template <class F>
using S_of = typename F::Scalar;

#define INFOGEOM_PW_DETECT2(fn)                                                                  \
  template <class F, class = void>                                                             \
  struct has_##fn : std::false_type {};                                                        \
  template <class F>                                                                           \
  struct has_##fn<F, std::void_t<decltype(fn(std::declval<const F&>(),                          \
                                             std::declval<const S_of<F>*>(),                   \
                                             std::declval<const S_of<F>*>()))>>                \
      : std::true_type {};
#define INFOGEOM_PW_DETECT3(fn)                                                                  \
  template <class F, class = void>                                                             \
  struct has_##fn : std::false_type {};                                                        \
  template <class F>                                                                           \
  struct has_##fn<F, std::void_t<decltype(fn(std::declval<const F&>(),                          \
                                             std::declval<const S_of<F>*>(),                   \
                                             std::declval<const S_of<F>*>(),                   \
                                             std::declval<S_of<F>>()))>> : std::true_type {};
INFOGEOM_PW_DETECT2(kl)
INFOGEOM_PW_DETECT2(jeffreys)
INFOGEOM_PW_DETECT2(bregman)
INFOGEOM_PW_DETECT2(bhattacharyya)
INFOGEOM_PW_DETECT2(hellinger)
INFOGEOM_PW_DETECT3(chernoff)
INFOGEOM_PW_DETECT3(renyi)
#undef INFOGEOM_PW_DETECT2
#undef INFOGEOM_PW_DETECT3

// Optional family member S log_partition_scale(const S* θ): Σ|terms| of the computed F(θ)
// (ε times it bounds the rounding error of F where its terms cancel).
template <class F, class = void>
struct has_lp_scale : std::false_type {};
template <class F>
struct has_lp_scale<F, std::void_t<decltype(std::declval<const F&>().log_partition_scale(
                           std::declval<const S_of<F>*>()))>> : std::true_type {};
}  // namespace pw_detail

// Whether the elementwise divergence d exists for this family in this build.
template <class Fam>
constexpr bool divergence_available(Divergence d) {
  switch (d) {
    case Divergence::kl: return pw_detail::has_kl<Fam>::value;
    case Divergence::jeffreys: return pw_detail::has_jeffreys<Fam>::value;
    case Divergence::bregman: return pw_detail::has_bregman<Fam>::value;
    case Divergence::chernoff: return pw_detail::has_chernoff<Fam>::value;
    case Divergence::renyi: return pw_detail::has_renyi<Fam>::value;
    case Divergence::bhattacharyya: return pw_detail::has_bhattacharyya<Fam>::value;
    default: return pw_detail::has_hellinger<Fam>::value;
  }
}

// The elementwise divergence d between the rows tp and tq; NaN if unavailable or if either row
// has NaN.
template <class Fam, class S = typename Fam::Scalar>
INFOGEOM_HOST_DEVICE S divergence_value(const Fam& f, Divergence d, S alpha, const S* tp, const S* tq) {
  const index_t D = f.dim();
  if (any_nan(tp, D) || any_nan(tq, D)) return quiet_nan<S>();
  switch (d) {
    case Divergence::kl:
      if constexpr (pw_detail::has_kl<Fam>::value) return kl(f, tp, tq);
      break;
    case Divergence::jeffreys:
      if constexpr (pw_detail::has_jeffreys<Fam>::value) return jeffreys(f, tp, tq);
      break;
    case Divergence::bregman:
      if constexpr (pw_detail::has_bregman<Fam>::value) return bregman(f, tp, tq);
      break;
    case Divergence::chernoff:
      if constexpr (pw_detail::has_chernoff<Fam>::value) return chernoff(f, tp, tq, alpha);
      break;
    case Divergence::renyi:
      if constexpr (pw_detail::has_renyi<Fam>::value) return renyi(f, tp, tq, alpha);
      break;
    case Divergence::bhattacharyya:
      if constexpr (pw_detail::has_bhattacharyya<Fam>::value) return bhattacharyya(f, tp, tq);
      break;
    default:
      if constexpr (pw_detail::has_hellinger<Fam>::value) return hellinger(f, tp, tq);
      break;
  }
  return quiet_nan<S>();
}

inline bool has_gemm_form(Divergence d) {
  return d == Divergence::kl || d == Divergence::jeffreys || d == Divergence::bregman;
}

// Instruction set of the micro-kernel; automatic = the best the CPU supports.
enum class PairwiseIsa { automatic, avx512, avx2, baseline, scalar };

struct PairwiseOptions {
  int threads = 1;                                 // OpenMP threads (1 = serial)
  PairwiseIsa isa = PairwiseIsa::automatic;
  index_t tile_rows = 0, tile_cols = 0;            // 0 = chosen from the sizes
  // Polled by the calling thread between tiles, about every 50 ms, with the fraction of the work
  // done: returning true abandons the remaining tiles (the output is then partly written). The
  // Python bindings check for Ctrl-C there and report progress.
  bool (*interrupt)(void* ctx, double done) = nullptr;
  void* interrupt_ctx = nullptr;
  // Non-temporal (cache-bypassing) stores of the output: −1 = when it is larger than 256 MB,
  // 0 = never, 1 = always; only with a 64-byte aligned output and row stride.
  int stream = -1;
  // Row validation, fused into the preparation pass: check(check_ctx, row) returns nullptr for a
  // valid row of natural parameters (of type S, the type of P and Q), else the reason; rows with
  // NaN are not checked.
  const char* (*check)(const void* ctx, const void* row) = nullptr;
  const void* check_ctx = nullptr;
};

struct PairwiseStats {
  index_t refined = 0;     // entries that failed the Cauchy–Schwarz bound but passed the exact one
  index_t recomputed = 0;  // entries recomputed with the elementwise divergence
  const char* isa = "";    // micro-kernel used
  bool interrupted = false;  // options.interrupt returned true: the result is incomplete
  int invalid_arg = 0;       // options.check failed on a row of P (1) or Q (2): nothing computed
  index_t invalid_row = -1;  // its index
  const char* invalid_reason = nullptr;
};

// Accuracy the GEMM path guarantees relative to the elementwise divergence (see the top).
template <class S>
constexpr S pairwise_rtol() {
  return std::is_same_v<S, float> ? S(1e-4) : S(1e-10);
}

// =============================================================================================
namespace pw_detail {

#if defined(__GNUC__) && !defined(__CUDACC__)
#define INFOGEOM_PW_INLINE inline __attribute__((always_inline))
#define INFOGEOM_PW_VECTOR 1
#define INFOGEOM_PW_PRAGMA(x) _Pragma(#x)
#define INFOGEOM_PW_UNROLL INFOGEOM_PW_PRAGMA(GCC unroll 32)
#else
#define INFOGEOM_PW_INLINE inline
#define INFOGEOM_PW_VECTOR 0
#define INFOGEOM_PW_UNROLL
#endif
#if INFOGEOM_PW_VECTOR && (defined(__x86_64__) || defined(__i386__))
#define INFOGEOM_PW_X86 1
#else
#define INFOGEOM_PW_X86 0
#endif

// SIMD type of W lanes of T (W = 1: the scalar itself).
template <class T, int W>
struct vec {
#if INFOGEOM_PW_VECTOR
  typedef T type __attribute__((vector_size(W * sizeof(T))));
#endif
};
template <class T>
struct vec<T, 1> {
  using type = T;
};

// (the vector helpers take their result by reference: a by-value vector in a signature trips
// -Wpsabi although everything is inlined)
template <class V, class T>
INFOGEOM_PW_INLINE void vload(V& v, const T* p) {
  std::memcpy(&v, p, sizeof(V));
}
// Stores the W lanes of v (type T) to p (type S, converting when S ≠ T).
template <class S, class T, int W, class V>
INFOGEOM_PW_INLINE void vstore(S* p, const V& v) {
  if constexpr (std::is_same_v<S, T>) {
    std::memcpy(p, &v, sizeof(V));
  } else if constexpr (W == 1) {
    *p = S(v);
  } else {
    const auto c = __builtin_convertvector(v, typename vec<S, W>::type);
    std::memcpy(p, &c, sizeof(c));
  }
}
// Non-temporal store of W lanes of T as S to p (aligned to the size of the S vector): the output
// bypasses the caches, saving the read-for-ownership of every line of an output larger than the
// caches (x86 with 256/512-bit vectors; elsewhere an ordinary store).
template <class S, class T, int W, class V>
INFOGEOM_PW_INLINE void vstream(S* p, const V& v) {
#if INFOGEOM_PW_X86
  if constexpr (W > 1 && W * sizeof(S) >= 32) {
    if constexpr (std::is_same_v<S, T>) {
      if constexpr (sizeof(S) == 8) __asm__("vmovntpd %1, %0" : "=m"(*reinterpret_cast<V*>(p)) : "v"(v));
      else __asm__("vmovntps %1, %0" : "=m"(*reinterpret_cast<V*>(p)) : "v"(v));
    } else {
      using VS = typename vec<S, W>::type;
      const VS c = __builtin_convertvector(v, VS);
      __asm__("vmovntps %1, %0" : "=m"(*reinterpret_cast<VS*>(p)) : "v"(c));
    }
    return;
  }
#endif
  vstore<S, T, W>(p, v);
}
INFOGEOM_PW_INLINE void store_fence() {
#if INFOGEOM_PW_X86
  __asm__ __volatile__("sfence" ::: "memory");
#endif
}

template <class V, class T, int... L>
INFOGEOM_PW_INLINE void splat_impl(V& v, T x, std::integer_sequence<int, L...>) {
  v = V{((void)L, x)...};
}
// All lanes = x (a broadcast, not an arithmetic operation the compiler must keep).
template <class V, class T, int W>
INFOGEOM_PW_INLINE void splat(V& v, T x) {
  if constexpr (W == 1) v = x;
  else splat_impl(v, x, std::make_integer_sequence<int, W>{});
}
// All lanes = *p. On x86 with 256/512-bit vectors this is one vbroadcastsd/ss from memory, written
// as inline assembly: left to itself, GCC merges the MR adjacent broadcasts of a micro-kernel step
// into one load plus permutes, which compete with the FMAs for port 5 and spill accumulators.
template <class V, class T, int W>
INFOGEOM_PW_INLINE void splat_load(V& v, const T* p) {
#if INFOGEOM_PW_X86
  if constexpr (W * sizeof(T) >= 32) {
    if constexpr (sizeof(T) == 8) __asm__("vbroadcastsd %1, %0" : "=v"(v) : "m"(*p));
    else __asm__("vbroadcastss %1, %0" : "=v"(v) : "m"(*p));
    return;
  }
#endif
  splat<V, T, W>(v, *p);
}

// The packed operands and row terms of one GEMM-form divergence v_ij = a_i + b_j − x_i·y_j, in
// the compute type T.
template <class T>
struct GemmForm {
  index_t N = 0, M = 0, K = 0;  // rows of X, rows of Y, inner dimension
  int MR = 1, NR = 1;           // register panel sizes of the chosen kernel
  std::vector<T> xp, yp;        // panels: [N/MR][K][MR], [M/NR][K][NR] (zero padded)
  std::vector<T> a, amag, anorm;  // per row of X: term, magnitude, ‖x_i‖ (zero padded)
  std::vector<T> b, bmag, bnorm;  // per row of Y
  T ctol = 0;                     // c·ε / tol
};

// What an entry that fails the guard is recomputed with.
struct Fixup {
  const void* ctx;
  double (*fn)(const void* ctx, index_t i, index_t j);
};

template <class T>
struct TileArgs {
  const GemmForm<T>* g;
  Fixup fix;
  index_t refined, recomputed;
  bool stream;  // full blocks go out with non-temporal stores (aligned output, see pairwise())
};

// Entry (r, c) of a micro-tile, value v, failed the vector guard: try the exact Σ|x y| bound,
// then recompute. Returns the final value.
template <class T>
__attribute__((noinline)) T fix_entry(TileArgs<T>& t, const T* xpan, const T* ypan, int r, int c,
                                      index_t i, index_t j, T v) {
  const GemmForm<T>& g = *t.g;
  if (v == v) {
    T sum = 0;
    for (index_t k = 0; k < g.K; ++k) sum += std::abs(xpan[k * g.MR + r] * ypan[k * g.NR + c]);
    const T thr = g.ctol * (g.amag[i] + g.bmag[j] + sum);
    if (v >= thr && thr - thr == 0) {
      ++t.refined;
      return v;
    }
  }
  ++t.recomputed;
  return T(t.fix.fn(t.fix.ctx, i, j));
}

// One MR×NR register block: acc = x-panel · y-panel, then the epilogue (rank-one terms, guard,
// store as S). (i, j) are global indices of the block, dst its first output entry, ld the row
// stride; mr ≤ MR, nr ≤ NR the valid part (a partial block goes through a local buffer).
template <class T, class S, int W, int MR, int NV>
INFOGEOM_PW_INLINE void micro(TileArgs<T>& t, const T* __restrict xpan, const T* __restrict ypan,
                              index_t i, index_t j, int mr, int nr, S* dst, index_t ld) {
  using V = typename vec<T, W>::type;
  constexpr int NR = NV * W;
  const GemmForm<T>& g = *t.g;
  const index_t K = g.K;
  V zero;
  splat<V, T, W>(zero, T(0));
  V acc[MR][NV];
  INFOGEOM_PW_UNROLL
  for (int r = 0; r < MR; ++r)
    INFOGEOM_PW_UNROLL
    for (int v = 0; v < NV; ++v) acc[r][v] = zero;
  for (index_t k = 0; k < K; ++k) {
    V yv[NV];
    INFOGEOM_PW_UNROLL
    for (int v = 0; v < NV; ++v) vload(yv[v], ypan + k * NR + v * W);
    INFOGEOM_PW_UNROLL
    for (int r = 0; r < MR; ++r) {
      V xv;
      splat_load<V, T, W>(xv, xpan + k * MR + r);
      INFOGEOM_PW_UNROLL
      for (int v = 0; v < NV; ++v) acc[r][v] += xv * yv[v];
    }
  }
  // epilogue: v = (b_j + a_i) − x_i·y_j; ok iff v ≥ ctol·(|a|_i + |b|_j + ‖x_i‖‖y_j‖) with every
  // term finite
  const T* __restrict a = g.a.data() + i;
  const T* __restrict am = g.amag.data() + i;
  const T* __restrict an = g.anorm.data() + i;
  const T* __restrict b = g.b.data() + j;
  const T* __restrict bm = g.bmag.data() + j;
  const T* __restrict bn = g.bnorm.data() + j;
  const T ctol = g.ctol;
  const bool full = mr == MR && nr == NR;
  const bool stream = full && t.stream;
  alignas(64) S buf[MR * NR];
  S* out = full ? dst : buf;
  const index_t ldo = full ? ld : NR;
  V btv[NV], bmv[NV], bnv[NV];
  INFOGEOM_PW_UNROLL
  for (int v = 0; v < NV; ++v) {
    vload(btv[v], b + v * W);
    vload(bmv[v], bm + v * W);
    vload(bnv[v], bn + v * W);
    bmv[v] *= ctol;
    bnv[v] *= ctol;
  }
  // The guard without vector comparisons (GCC scalarises AVX-512 vector-extension compares):
  // with d = v − thr, the block passes iff no d has its sign bit set (d < 0, or −inf from an
  // infinite threshold) and Σd is finite (no NaN, no infinite term).
  using I = std::conditional_t<sizeof(T) == 8, std::int64_t, std::int32_t>;
  using VI = typename vec<I, W>::type;
  VI sgn;
  splat<VI, I, W>(sgn, I(0));
  V dsum = zero;
  INFOGEOM_PW_UNROLL
  for (int r = 0; r < MR; ++r) {
    const T ar = a[r], amr = ctol * am[r], anr = an[r];
    INFOGEOM_PW_UNROLL
    for (int v = 0; v < NV; ++v) {
      const V val = (btv[v] + ar) - acc[r][v];
      const V d = val - ((bmv[v] + amr) + anr * bnv[v]);
      VI db;
      std::memcpy(&db, &d, sizeof(V));
      sgn |= db;
      dsum += d;
      if (stream) vstream<S, T, W>(out + r * ldo + v * W, val);
      else vstore<S, T, W>(out + r * ldo + v * W, val);
    }
  }
  bool ok;
  {
    I sg[W];
    T ds[W];
    std::memcpy(sg, &sgn, sizeof(sg));
    std::memcpy(ds, &dsum, sizeof(ds));
    I so = 0;
    T st = 0;
    INFOGEOM_PW_UNROLL
    for (int l = 0; l < W; ++l) so |= sg[l], st += ds[l];
    ok = so >= 0 && st - st == 0;
  }
  if (!full) {
    for (int r = 0; r < mr; ++r)
      for (int c = 0; c < nr; ++c) dst[r * ld + c] = buf[r * NR + c];
  }
  if (!ok) {
    // padded lanes always pass (all their terms are 0), so only the valid part can fail; when S
    // is narrower than T the value is recomputed in T (rare: keeping the block would spill it)
    for (int r = 0; r < mr; ++r)
      for (int c = 0; c < nr; ++c) {
        T v;
        if constexpr (std::is_same_v<S, T>) {
          v = dst[r * ld + c];
        } else {
          T dot = 0;
          for (index_t k = 0; k < K; ++k) dot += xpan[k * MR + r] * ypan[k * NR + c];
          v = (b[c] + a[r]) - dot;
        }
        const T thr = ctol * (am[r] + bm[c] + an[r] * bn[c]);
        if (!(v >= thr) || !(thr - thr == 0))
          dst[r * ld + c] = S(fix_entry(t, xpan, ypan, r, c, i + r, j + c, v));
      }
  }
}

// Tile [i0, i1) × [j0, j1) of the GEMM form (i0, j0 multiples of MR, NR) into dst (the entry
// (i0, j0)), row stride ld. i outer, j inner: the x panel (MR × K) stays in L1, the y panels of
// the tile (CB × K) in L2, and the stores run along MR output rows (contiguous in a row-major
// output, which the prefetchers follow).
template <class T, class S, int W, int MR, int NV>
INFOGEOM_PW_INLINE void gemm_tile_impl(TileArgs<T>& t, index_t i0, index_t i1, index_t j0,
                                       index_t j1, S* dst, index_t ld) {
  constexpr int NR = NV * W;
  const GemmForm<T>& g = *t.g;
  for (index_t i = i0; i < i1; i += MR) {
    const T* xpan = g.xp.data() + (i / MR) * g.K * MR;
    const int mr = int(std::min<index_t>(MR, i1 - i));
    for (index_t j = j0; j < j1; j += NR) {
      const T* ypan = g.yp.data() + (j / NR) * g.K * NR;
      const int nr = int(std::min<index_t>(NR, j1 - j));
      micro<T, S, W, MR, NV>(t, xpan, ypan, i, j, mr, nr, dst + (i - i0) * ld + (j - j0), ld);
    }
  }
}

template <class T, class S>
using TileFn = void (*)(TileArgs<T>&, index_t, index_t, index_t, index_t, S*, index_t);

// Register blocks per ISA: (lanes W, rows MR, vectors per row NV), NR = NV·W.
//   AVX-512: 32 registers, 8×3 accumulators; AVX2 and SSE2: 16 registers, 6×2; scalar: 4×4.
template <class T, class S>
struct KernelSpec {
  TileFn<T, S> fn;
  int MR, NR;
  const char* name;
};

template <class T, class S>
void gemm_tile_scalar(TileArgs<T>& t, index_t i0, index_t i1, index_t j0, index_t j1, S* dst,
                      index_t ld) {
  gemm_tile_impl<T, S, 1, 4, 4>(t, i0, i1, j0, j1, dst, ld);
}

#if INFOGEOM_PW_VECTOR
template <class T, class S>
void gemm_tile_baseline(TileArgs<T>& t, index_t i0, index_t i1, index_t j0, index_t j1, S* dst,
                        index_t ld) {
  gemm_tile_impl<T, S, 16 / sizeof(T), 6, 2>(t, i0, i1, j0, j1, dst, ld);
}
#endif

#if INFOGEOM_PW_X86
template <class T, class S>
__attribute__((target("avx2,fma"))) void gemm_tile_avx2(TileArgs<T>& t, index_t i0, index_t i1,
                                                        index_t j0, index_t j1, S* dst, index_t ld) {
  gemm_tile_impl<T, S, 32 / sizeof(T), 6, 2>(t, i0, i1, j0, j1, dst, ld);
}
// AVX-512 blocks: 8×3 vectors, or 6×4 when a narrower S is stored (float results of a double
// computation), so that a block row is 32 floats = two whole cache lines for the streaming stores
template <class T, class S>
struct Avx512Block {
  static constexpr int W = 64 / sizeof(T);
  static constexpr int MR = sizeof(S) < sizeof(T) ? 6 : 8;
  static constexpr int NV = sizeof(S) < sizeof(T) ? 4 : 3;
};
template <class T, class S>
__attribute__((target("avx512f,avx512dq,avx512vl,avx2,fma"))) void gemm_tile_avx512(
    TileArgs<T>& t, index_t i0, index_t i1, index_t j0, index_t j1, S* dst, index_t ld) {
  using B = Avx512Block<T, S>;
  gemm_tile_impl<T, S, B::W, B::MR, B::NV>(t, i0, i1, j0, j1, dst, ld);
}
inline bool cpu_has_avx512() {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq") &&
         __builtin_cpu_supports("avx512vl");
}
inline bool cpu_has_avx2() {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}
#endif

// The kernel for `isa` (automatic: the best available; an unavailable request falls back).
template <class T, class S>
KernelSpec<T, S> select_kernel(PairwiseIsa isa) {
#if INFOGEOM_PW_X86
  if ((isa == PairwiseIsa::automatic || isa == PairwiseIsa::avx512) && cpu_has_avx512())
    return {&gemm_tile_avx512<T, S>, Avx512Block<T, S>::MR,
            Avx512Block<T, S>::NV * Avx512Block<T, S>::W, "avx512"};
  if ((isa == PairwiseIsa::automatic || isa == PairwiseIsa::avx512 || isa == PairwiseIsa::avx2) &&
      cpu_has_avx2())
    return {&gemm_tile_avx2<T, S>, 6, 2 * int(32 / sizeof(T)), "avx2"};
#endif
#if INFOGEOM_PW_VECTOR
  if (isa != PairwiseIsa::scalar)
    return {&gemm_tile_baseline<T, S>, 6, 2 * int(16 / sizeof(T)), "baseline"};
#endif
  return {&gemm_tile_scalar<T, S>, 4, 4, "scalar"};
}

inline index_t round_up(index_t n, index_t m) { return (n + m - 1) / m * m; }

// Row loop for the O(N + M) preparation work.
template <class Body>
void parallel_rows(index_t n, int threads, Body&& body) {
#ifdef _OPENMP
  if (threads > 1 && n > 64) {
#pragma omp parallel for schedule(static) num_threads(threads)
    for (index_t i = 0; i < n; ++i) body(i);
    return;
  }
#endif
  for (index_t i = 0; i < n; ++i) body(i);
}

// θ rows in the compute type T: the caller's rows when S = T, else a copy converted row by row
// (convert(r), in the preparation pass).
template <class T, class S>
struct RowsT {
  const S* src;
  index_t D;
  const T* data;
  std::vector<T> copy;
  RowsT(const S* p, index_t n, index_t D_) : src(p), D(D_) {
    if constexpr (std::is_same_v<S, T>) {
      data = p;
    } else {
      copy.resize(std::size_t(n * D));
      data = copy.data();
    }
  }
  void convert(index_t r) {
    if constexpr (!std::is_same_v<S, T>)
      for (index_t k = 0; k < D; ++k) copy[std::size_t(r * D + k)] = T(src[r * D + k]);
  }
  RowsT(const RowsT&) = delete;
  RowsT& operator=(const RowsT&) = delete;
};

// What a packed operand row holds.
enum class Side {
  theta,   // x = θ,          term F(θ),   magnitude |F(θ)|
  eta,     // x = η = ∇F(θ),  term F*(η),  magnitude 2(|F*(η)| + Σ|θ_k η_k|)
  jeff_x,  // x = [θ, η],     term θ·η,    magnitude Σ|θ_k η_k|
  jeff_y   // x = [η, θ],     term θ·η,    magnitude Σ|θ_k η_k|
};

// The packed operand x (K entries) of θ row th as `side`, its term, magnitude and norm.
//
// F*(η) is the family's conjugate (a stable closed form where there is one). Its error is within
// a few ε of the Fenchel–Young scale |F| + |F*| + Σ|θ_k η_k| ≤ 2(|F*| + Σ|θ_k η_k|) (as
// |F| = |θ·η − F*|), the magnitude used by the guard. Should it fail (NaN from a solver), the
// term is θ·η − F(θ) with magnitude |F| + |θ·η − F| + Σ|θ_k η_k|. The magnitudes of F and F*
// carry an absolute floor of 1 (see the top).
template <class Fam, class T = typename Fam::Scalar>
INFOGEOM_HOST_DEVICE void row_terms(const Fam& f, const T* th, Side side, T* x, T& term, T& mag,
                                    T& norm) {
  const index_t D = f.dim();
  const index_t K = (side == Side::jeff_x || side == Side::jeff_y) ? 2 * D : D;
  T tm, mg;
  // error scale of a computed F(θ): |F|, or the family's Σ|terms| where it has one, plus the unit
  // floor (see the top)
  auto F_scale = [&](T F) {
    T sc = std::abs(F);
    if constexpr (has_lp_scale<Fam>::value) sc = std::max(sc, T(f.log_partition_scale(th)));
    return sc + T(1);
  };
  if (side == Side::theta) {
    for (index_t k = 0; k < D; ++k) x[k] = th[k];
    tm = f.log_partition(th);
    mg = F_scale(tm);
  } else {
    T* eta = side == Side::jeff_x ? x + D : x;
    T* tcopy = side == Side::jeff_x ? x : side == Side::jeff_y ? x + D : nullptr;
    f.to_mean(th, eta);
    if (tcopy)
      for (index_t k = 0; k < D; ++k) tcopy[k] = th[k];
    T dot = 0, adot = 0;
    for (index_t k = 0; k < D; ++k) {
      const T p = th[k] * eta[k];
      dot += p, adot += std::abs(p);
    }
    if (side == Side::eta) {
      tm = f.conjugate(eta);
      if (tm - tm == 0) {
        mg = T(2) * (std::abs(tm) + adot) + T(1);
      } else {
        const T F = f.log_partition(th);
        tm = dot - F;
        mg = F_scale(F) + std::abs(tm) + adot;
      }
    } else {
      tm = dot, mg = adot;
    }
  }
  double ss = 0;
  for (index_t k = 0; k < K; ++k) ss += double(x[k]) * double(x[k]);
  if (any_nan(th, D)) tm = mg = quiet_nan<T>();  // every entry of a NaN row is recomputed (NaN)
  term = tm;
  mag = mg;
  // rounded up slightly so that the Cauchy–Schwarz product stays an upper bound
  norm = T(std::sqrt(ss) * (1 + 4 * double(std::numeric_limits<T>::epsilon())));
}

// Packs θ row r (th) as `side` into its panel slot and fills its term, magnitude and norm
// (row_terms; the CUDA path calls row_terms on the device and packs plain rows for cuBLAS).
template <class Fam, class T = typename Fam::Scalar>
void pack_row(const Fam& f, const T* th, index_t r, Side side, index_t K, int PW, T* pan, T* term,
              T* mag, T* norm) {
  thread_local std::vector<T> xbuf;
  xbuf.resize(std::size_t(K));
  T* x = xbuf.data();
  row_terms(f, th, side, x, term[r], mag[r], norm[r]);
  T* p = pan + (r / PW) * K * PW + (r % PW);
  for (index_t k = 0; k < K; ++k) p[k * PW] = x[k];
}

template <class Fam, class T = typename Fam::Scalar>
struct FixCtx {
  const Fam* f;
  Divergence d;
  T alpha;
  const T* P;
  const T* Q;
  index_t D;
  static double call(const void* c, index_t i, index_t j) {
    const FixCtx& x = *static_cast<const FixCtx*>(c);
    return double(divergence_value(*x.f, x.d, x.alpha, x.P + i * x.D, x.Q + j * x.D));
  }
};

// Tile sizes: rows a multiple of MR, columns a multiple of NR; at least ~4 tiles per thread
// when the matrix allows it.
inline void choose_tiles(index_t N, index_t M, int MR, int NR, int threads, index_t want_r,
                         index_t want_c, index_t& RB, index_t& CB) {
  RB = want_r > 0 ? round_up(want_r, MR) : round_up(std::max<index_t>(MR, 96), MR);
  CB = want_c > 0 ? round_up(want_c, NR) : round_up(std::max<index_t>(NR, 1024), NR);
  RB = std::min(RB, round_up(std::max<index_t>(N, 1), MR));
  CB = std::min(CB, round_up(std::max<index_t>(M, 1), NR));
  if (want_r > 0 || want_c > 0) return;
  auto tiles = [&] { return ((N + RB - 1) / RB) * ((M + CB - 1) / CB); };
  const index_t target = 4 * index_t(threads);
  while (tiles() < target && CB > 4 * NR) CB = round_up(CB / 2, NR);
  while (tiles() < target && RB > 2 * MR) RB = round_up(RB / 2, MR);
}

// Polls options.interrupt from the calling thread (OpenMP thread 0) at most every 50 ms; once it
// returns true, stop() is true for every thread.
// `total` units of work (tiles, tasks), done() once per unit by any thread.
class Interrupter {
 public:
  Interrupter(const PairwiseOptions& o, index_t total)
      : opt_(o), total_(std::max<index_t>(total, 1)), last_(std::chrono::steady_clock::now()) {}
  bool stop() {
    if (!opt_.interrupt) return false;
    if (stop_.load(std::memory_order_relaxed)) return true;
#ifdef _OPENMP
    if (omp_get_thread_num() != 0) return false;
#endif
    const auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(50)) return false;
    last_ = now;
    if (opt_.interrupt(opt_.interrupt_ctx, double(done_.load(std::memory_order_relaxed)) / double(total_)))
      stop_.store(true);
    return stop_.load();
  }
  void done() { done_.fetch_add(1, std::memory_order_relaxed); }
  bool stopped() const { return stop_.load(); }
  // the last report, 1.0, when the work is complete
  void finish() {
    if (opt_.interrupt && !stopped() && opt_.interrupt(opt_.interrupt_ctx, 1.0)) stop_.store(true);
  }

 private:
  const PairwiseOptions& opt_;
  index_t total_;
  std::chrono::steady_clock::time_point last_;  // touched by thread 0 only
  std::atomic<bool> stop_{false};
  std::atomic<index_t> done_{0};
};

inline void atomic_min(std::atomic<index_t>& a, index_t v) {
  index_t cur = a.load(std::memory_order_relaxed);
  while (v < cur && !a.compare_exchange_weak(cur, v, std::memory_order_relaxed)) {
  }
}

// One divergence between the rows of P and Q: the preparation pass (validation, conversion to T,
// packing of the GEMM operands: prepare(r) for r in [0, N + M), any order, any thread), then
// tiles into S arrays, by the GEMM form or the direct loop.
template <class Fam, class S>
struct TileEngine {
  using T = typename Fam::Scalar;
  const Fam& f;
  Divergence d;
  T alpha;
  index_t N, M, D;
  RowsT<T, S> P, Q;
  bool gemm;
  KernelSpec<T, S> ks{nullptr, 1, 1, "direct"};
  GemmForm<T> g;
  Side sx = Side::theta, sy = Side::theta;
  FixCtx<Fam> fc;
  const PairwiseOptions& opt;
  std::atomic<index_t> badP, badQ;  // first invalid row of P (N if none) and of Q (M if none)

  TileEngine(const Fam& f_, Divergence d_, double alpha_, const S* P_, index_t N_, const S* Q_,
             index_t M_, const PairwiseOptions& o)
      : f(f_), d(d_), alpha(T(alpha_)), N(N_), M(M_), D(f_.dim()), P(P_, N_, f_.dim()),
        Q(Q_, M_, f_.dim()), gemm(has_gemm_form(d_)), fc{&f_, d_, T(alpha_), P.data, Q.data, f_.dim()},
        opt(o), badP(N_), badQ(M_) {
    if (!gemm) return;
    ks = select_kernel<T, S>(opt.isa);
    g.N = N, g.M = M, g.MR = ks.MR, g.NR = ks.NR;
    g.K = d == Divergence::jeffreys ? 2 * D : D;
    switch (d) {
      case Divergence::kl: sx = Side::eta, sy = Side::theta; break;       // F*(η_i) + F(θ_j) − η_i·θ_j
      case Divergence::bregman: sx = Side::theta, sy = Side::eta; break;  // F(θ_i) + F*(η_j) − θ_i·η_j
      default: sx = Side::jeff_x, sy = Side::jeff_y;  // θ_i·η_i + θ_j·η_j − [θ_i, η_i]·[η_j, θ_j]
    }
    g.xp.assign(std::size_t(round_up(N, ks.MR) * g.K), T(0));
    g.yp.assign(std::size_t(round_up(M, ks.NR) * g.K), T(0));
    const index_t padN = round_up(N, ks.MR) + ks.MR, padM = round_up(M, ks.NR) + ks.NR;
    for (auto* v : {&g.a, &g.amag, &g.anorm}) v->assign(std::size_t(padN), T(0));
    for (auto* v : {&g.b, &g.bmag, &g.bnorm}) v->assign(std::size_t(padM), T(0));
    g.ctol = T(g.K + 16) * std::numeric_limits<T>::epsilon() / pairwise_rtol<T>();
  }

  // Row r of P (r < N) or row r − N of Q: validation (opt.check, NaN rows exempt), conversion,
  // packing.
  void prepare(index_t r) {
    const bool isP = r < N;
    const index_t i = isP ? r : r - N;
    const S* raw = (isP ? P.src : Q.src) + i * D;
    if (opt.check && !any_nan(raw, D) && opt.check(opt.check_ctx, raw) != nullptr)
      atomic_min(isP ? badP : badQ, i);
    (isP ? P : Q).convert(i);
    if (!gemm) return;
    if (isP)
      pack_row(f, P.data + i * D, i, sx, g.K, g.MR, g.xp.data(), g.a.data(), g.amag.data(), g.anorm.data());
    else
      pack_row(f, Q.data + i * D, i, sy, g.K, g.NR, g.yp.data(), g.b.data(), g.bmag.data(), g.bnorm.data());
  }
  bool invalid() const { return badP.load() < N || badQ.load() < M; }
  void report_invalid(PairwiseStats& st) const {
    const bool p = badP.load() < N;
    st.invalid_arg = p ? 1 : 2;
    st.invalid_row = p ? badP.load() : badQ.load();
    st.invalid_reason = opt.check(opt.check_ctx, (p ? P.src : Q.src) + st.invalid_row * D);
  }

  // tile [i0, i1) × [j0, j1) into dst (entry (i0, j0)), row stride ld; i0 a multiple of MR and
  // j0 of NR (GEMM form); adds to the refined / recomputed counters
  void tile(index_t i0, index_t i1, index_t j0, index_t j1, S* dst, index_t ld, index_t& refined,
            index_t& recomputed, bool stream = false) const {
    if (gemm) {
      TileArgs<T> ta{&g, Fixup{&fc, &FixCtx<Fam>::call}, 0, 0, stream};
      ks.fn(ta, i0, i1, j0, j1, dst, ld);
      if (stream) store_fence();
      refined += ta.refined;
      recomputed += ta.recomputed;
    } else {
      for (index_t i = i0; i < i1; ++i)
        for (index_t j = j0; j < j1; ++j)
          dst[(i - i0) * ld + (j - j0)] = S(divergence_value(f, d, alpha, P.data + i * D, Q.data + j * D));
      recomputed += (i1 - i0) * (j1 - j0);
    }
  }
  void tiles(int threads, index_t want_r, index_t want_c, index_t& RB, index_t& CB) const {
    if (gemm) choose_tiles(N, M, ks.MR, ks.NR, threads, want_r, want_c, RB, CB);
    else choose_tiles(N, M, 1, 1, threads, want_r > 0 ? want_r : 16, want_c > 0 ? want_c : 256, RB, CB);
  }
};

}  // namespace pw_detail

// ---------------------------------------------------------------------------------------------
// out[i·ldo + j] = divergence d between the θ rows P[i] (N×D) and Q[j] (M×D), row-major, S = float
// or double. Computed in the family's scalar type T = Fam::Scalar (the bindings pass the double
// family for float32 arrays too: the result is then the float64 value rounded to float32). Rows
// with NaN give NaN entries. alpha is used by Chernoff and Rényi only. With options.check, the
// rows are validated in the same pass as their packing; an invalid row (the first of P, else the
// first of Q) is reported in the stats and nothing is computed.
//
// One OpenMP parallel region: the preparation pass over the N + M rows, a barrier, the tiles.
template <class Fam, class S>
PairwiseStats pairwise(const Fam& f, Divergence d, double alpha, const S* P, index_t N, const S* Q,
                       index_t M, S* out, index_t ldo, const PairwiseOptions& opt = {}) {
  using namespace pw_detail;
  PairwiseStats st;
  if (N <= 0 || M <= 0) return st;
  const int threads = std::max(1, opt.threads);
  TileEngine<Fam, S> eng(f, d, alpha, P, N, Q, M, opt);
  st.isa = eng.ks.name;
  index_t RB, CB;
  eng.tiles(threads, opt.tile_rows, opt.tile_cols, RB, CB);
  const index_t ntj = (M + CB - 1) / CB, nt = ((N + RB - 1) / RB) * ntj, nprep = N + M;
  const bool aligned = reinterpret_cast<std::uintptr_t>(out) % 64 == 0 && (ldo * index_t(sizeof(S))) % 64 == 0;
  const bool stream = aligned && (opt.stream > 0 || (opt.stream < 0 && double(N) * double(ldo) *
                                                                         sizeof(S) > 256.0 * (1 << 20)));
  index_t refined = 0, recomputed = 0;
  Interrupter intr(opt, nt);
#ifdef _OPENMP
#pragma omp parallel num_threads(threads) reduction(+ : refined, recomputed) if (threads > 1 && (nt > 1 || nprep > 256))
#endif
  {
#ifdef _OPENMP
#pragma omp for schedule(dynamic, 32)
#endif
    for (index_t r = 0; r < nprep; ++r) eng.prepare(r);
    if (!eng.invalid()) {  // the same for every thread after the barrier
#ifdef _OPENMP
#pragma omp for schedule(dynamic, 1)
#endif
      for (index_t t = 0; t < nt; ++t) {
        if (intr.stop()) continue;
        const index_t i0 = (t / ntj) * RB, j0 = (t % ntj) * CB;
        eng.tile(i0, std::min(N, i0 + RB), j0, std::min(M, j0 + CB), out + i0 * ldo + j0, ldo,
                 refined, recomputed, stream);
        intr.done();
      }
    }
  }
  if (eng.invalid()) eng.report_invalid(st);
  else intr.finish();
  st.refined = refined;
  st.recomputed = recomputed;
  st.interrupted = intr.stopped();
  return st;
}

// The k smallest divergences d(P[i], Q[j]) over j for every row i, ascending (compared as S),
// ties to the lower j, NaN last: idx (N×k) and val (N×k), row-major. Requires 1 ≤ k ≤ M.
// Memory: N·k heap entries (times the column chunks, see below) plus one RB×CB tile per thread.
template <class Fam, class S>
PairwiseStats knn(const Fam& f, Divergence d, double alpha, const S* P, index_t N, const S* Q,
                  index_t M, index_t k, std::int64_t* idx, S* val, const PairwiseOptions& opt = {}) {
  using namespace pw_detail;
  PairwiseStats st;
  if (N <= 0 || M <= 0 || k <= 0) return st;
  k = std::min(k, M);
  const int threads = std::max(1, opt.threads);
  TileEngine<Fam, S> eng(f, d, alpha, P, N, Q, M, opt);
  st.isa = eng.ks.name;
  index_t RB, CB;
  eng.tiles(1, opt.tile_rows, opt.tile_cols, RB, CB);
  // Tasks: row blocks × column chunks; several chunks only when there are too few row blocks to
  // keep the threads busy (a few queries against a large Q); chunks are merged at the end.
  const index_t nrb = (N + RB - 1) / RB;
  const index_t nct = (M + CB - 1) / CB;  // column tiles
  index_t nch = 1;
  if (nrb < 2 * index_t(threads)) nch = std::min(nct, (2 * index_t(threads) + nrb - 1) / nrb);
  const index_t tiles_per_chunk = (nct + nch - 1) / nch;
  nch = (nct + tiles_per_chunk - 1) / tiles_per_chunk;

  struct Item {
    S v;
    std::int64_t j;
  };
  // strict weak order on (value, index) with NaN after every number
  auto less = [](const Item& a, const Item& b) {
    const bool an = a.v != a.v, bn = b.v != b.v;
    if (an != bn) return bn;
    if (!an && a.v != b.v) return a.v < b.v;
    return a.j < b.j;
  };
  // heaps[(chunk·N + i)·k ...]: max-heap (by `less`) of the best k of row i within the chunk
  std::vector<Item> heaps(std::size_t(nch * N * k));
  std::vector<index_t> fill(std::size_t(nch * N), 0);
  index_t refined = 0, recomputed = 0;
  const index_t ntask = nrb * nch, nprep = N + M;
  Interrupter intr(opt, nrb * nct);
#ifdef _OPENMP
#pragma omp parallel num_threads(threads) reduction(+ : refined, recomputed) if (threads > 1 && (ntask > 1 || nprep > 256))
#endif
  {
#ifdef _OPENMP
#pragma omp for schedule(dynamic, 32)
#endif
    for (index_t r = 0; r < nprep; ++r) eng.prepare(r);
    if (!eng.invalid()) {
      std::vector<S> buf(std::size_t(RB * CB));
#ifdef _OPENMP
#pragma omp for schedule(dynamic, 1)
#endif
      for (index_t t = 0; t < ntask; ++t) {
        const index_t rb = t / nch, ch = t % nch;
        const index_t i0 = rb * RB, i1 = std::min(N, i0 + RB);
        const index_t ct0 = ch * tiles_per_chunk, ct1 = std::min(nct, ct0 + tiles_per_chunk);
        for (index_t ct = ct0; ct < ct1; ++ct) {
          if (intr.stop()) break;
          const index_t j0 = ct * CB, j1 = std::min(M, j0 + CB), w = j1 - j0;
          eng.tile(i0, i1, j0, j1, buf.data(), CB, refined, recomputed);
          intr.done();
          for (index_t i = i0; i < i1; ++i) {
            Item* h = heaps.data() + (ch * N + i) * k;
            index_t& n = fill[std::size_t(ch * N + i)];
            const S* row = buf.data() + (i - i0) * CB;
            index_t c = 0;
            for (; c < w && n < k; ++c) {
              h[n++] = Item{row[c], std::int64_t(j0 + c)};
              std::push_heap(h, h + n, less);
            }
            for (; c < w; ++c) {
              // columns arrive in increasing j, so an equal value never displaces an older entry
              const S v = row[c];
              const S top = h[0].v;
              if (v < top || (top != top && v == v)) {
                std::pop_heap(h, h + k, less);
                h[k - 1] = Item{v, std::int64_t(j0 + c)};
                std::push_heap(h, h + k, less);
              }
            }
          }
        }
      }
    }
  }
  if (eng.invalid()) {
    eng.report_invalid(st);
    return st;
  }
  // merge the chunks and sort each row ascending
  parallel_rows(N, threads, [&](index_t i) {
    thread_local std::vector<Item> all;
    all.clear();
    for (index_t ch = 0; ch < nch; ++ch) {
      const Item* h = heaps.data() + (ch * N + i) * k;
      all.insert(all.end(), h, h + fill[std::size_t(ch * N + i)]);
    }
    const index_t kk = std::min<index_t>(k, index_t(all.size()));
    std::partial_sort(all.begin(), all.begin() + kk, all.end(), less);
    for (index_t c = 0; c < kk; ++c) {
      idx[i * k + c] = all[std::size_t(c)].j;
      val[i * k + c] = all[std::size_t(c)].v;
    }
  });
  intr.finish();
  st.refined = refined;
  st.recomputed = recomputed;
  st.interrupted = intr.stopped();
  return st;
}

}  // namespace infogeom
