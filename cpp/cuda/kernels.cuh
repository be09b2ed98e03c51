// CUDA kernels of the batch paths (issue 6): definitions of Device<Fam> (api.hpp). Included by
// one generated .cu translation unit per family, which instantiates Device<Family>.
//
// There is no second copy of any formula: every kernel calls the family's own member functions
// (INFOGEOM_HOST_DEVICE), the generic divergences of divergence.hpp, and for the pairwise GEMM
// form pairwise.hpp's row_terms and the same cancellation guard rule as the CPU engine
// (pairwise.hpp, top comment):
//   v_ij = a_i + b_j − x_i·y_j (x_i·y_j by cuBLAS in double), accepted iff
//   v_ij ≥ ctol·(|a|_i + |b|_j + ‖x_i‖‖y_j‖), then iff v_ij ≥ ctol·(|a|_i + |b|_j + Σ_k|x_ik y_jk|),
//   else recomputed by divergence_value() (the elementwise, stable divergence) on the device;
//   ctol = (K + 16)·ε / pairwise_rtol<double>().
// As on the CPU, pair divergences and pairwise matrices of float32 rows are computed by the
// double instance of the family and rounded once; unary maps of float32 rows run in float.
//
// Validation: each kernel records the first offending row in a flag word (atomicMin on a 64-bit
// index, initialised to ~0), so the host can raise the same ValueError as the CPU path (it
// copies that one row back and asks the family's own check for the reason).
#pragma once
#include <cuda_runtime.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <type_traits>

#include "api.hpp"
#include "gemm.hpp"
#include "infogeom/config.hpp"
#include "infogeom/divergence.hpp"
#include "infogeom/pairwise.hpp"

namespace infogeom::cuda {
namespace kd {

using u64 = unsigned long long;
constexpr u64 kNone = ~0ull;

// A family declares `static constexpr bool cuda_device = true;` once every member the kernels
// call (dim, check_natural, check_mean, log_partition, to_mean, to_natural, conjugate, entropy,
// and the kl / skew_jensen / fisher_quad hooks or what the generic forms need) is
// INFOGEOM_HOST_DEVICE.
template <class F, class = void>
struct device_capable : std::false_type {};
template <class F>
struct device_capable<F, std::enable_if_t<F::cuda_device>> : std::true_type {};

__device__ inline void note(u64* flag, i64 i) { atomicMin(flag, u64(i)); }

template <class S>
__device__ inline const S* row_of(const S* base, i64 rows, i64 i, i64 w) {
  return base + (rows == 1 ? 0 : i * w);
}

inline int grid_for(i64 n, int block) {
  const i64 b = (n + block - 1) / block;
  return int(std::min<i64>(std::max<i64>(b, 1), i64(1) << 20));  // grid-stride loops beyond
}

#define IG_GRID_STRIDE(i, n) \
  for (i64 i = i64(blockIdx.x) * blockDim.x + threadIdx.x; i < (n); i += i64(gridDim.x) * blockDim.x)

// ---------------------------------------------------------------------------- unary maps
template <class Fam, class S>
__global__ void unary_kernel(Fam f, Unary op, const S* in, i64 in_rows, S* out, i64 n, i64 ow,
                             bool validate, u64* flags) {
  const i64 D = f.dim();
  const bool on_theta = op == Unary::log_partition || op == Unary::to_mean || op == Unary::entropy;
  IG_GRID_STRIDE(i, n) {
    const S* r = row_of(in, in_rows, i, D);
    S* o = out + i * ow;
    if (any_nan(r, D)) {  // NaN in, NaN out; such rows are not validated
      fill_nan(o, ow);
      continue;
    }
    if (validate && (on_theta ? f.check_natural(r) : f.check_mean(r)) != nullptr)
      note(&flags[0], in_rows == 1 ? 0 : i);
    switch (op) {
      case Unary::log_partition: o[0] = f.log_partition(r); break;
      case Unary::to_mean: f.to_mean(r, o); break;
      case Unary::to_natural: f.to_natural(r, o); break;
      case Unary::conjugate: o[0] = f.conjugate(r); break;
      default: o[0] = f.entropy(r); break;
    }
    if (validate && !on_theta && any_nan(o, ow)) note(&flags[1], i);  // a solver failed
  }
}

// ---------------------------------------------------------------------------- pair divergences
// alpha rules as bind_divergence.hpp: chernoff α in [0, 1]; renyi α > 0, finite, ≠ 1; NaN passes.
template <class S>
__device__ inline bool alpha_bad(int div, S v) {
  if (v != v) return false;
  if (div == int(Divergence::chernoff)) return !(v >= S(0) && v <= S(1));
  return !(v > S(0)) || v == S(1) || !(v < infinity<S>());
}

template <class FamD, class FamS, class S>
__global__ void pair_kernel(FamD fd, FamS fs, int div, const S* p, i64 pr, const S* q, i64 qr,
                            const S* alpha, i64 ar, S* out, i64 n, bool validate, u64* flags) {
  const i64 D = fd.dim();
  IG_GRID_STRIDE(i, n) {
    const S* pi = row_of(p, pr, i, D);
    const S* qi = row_of(q, qr, i, D);
    const S a = alpha ? row_of(alpha, ar, i, 1)[0] : S(0);
    if (validate) {
      if (alpha && alpha_bad(div, a)) note(&flags[2], ar == 1 ? 0 : i);
      if (!any_nan(pi, D) && fs.check_natural(pi) != nullptr) note(&flags[0], pr == 1 ? 0 : i);
      if (!any_nan(qi, D) && fs.check_natural(qi) != nullptr) note(&flags[1], qr == 1 ? 0 : i);
    }
    if constexpr (std::is_same_v<S, double>) {
      out[i] = divergence_value(fd, Divergence(div), a, pi, qi);
    } else {
      double pd[kDeviceMaxDim], qd[kDeviceMaxDim];  // the conversion is exact
      for (i64 k = 0; k < D; ++k) pd[k] = double(pi[k]), qd[k] = double(qi[k]);
      out[i] = S(divergence_value(fd, Divergence(div), double(a), pd, qd));
    }
  }
}

// ---------------------------------------------------------------------------- pairwise
// Preparation of the N + M rows: validation (family check in the rows' own precision), the
// double copy (float32 input), and for the GEMM form the operand rows x (K entries, plain
// row-major for cuBLAS) with their term, magnitude and norm (pairwise.hpp's row_terms).
template <class FamD, class FamS, class S>
__global__ void prep_kernel(FamD fd, FamS fs, bool gemm, pw_detail::Side sx, pw_detail::Side sy,
                            const S* P, i64 N, const S* Q, i64 M, i64 K, double* Pd, double* Qd,
                            double* X, double* Y, double* terms, bool validate, u64* flags) {
  const i64 D = fd.dim();
  IG_GRID_STRIDE(r, N + M) {
    const bool isP = r < N;
    const i64 i = isP ? r : r - N;
    const S* raw = (isP ? P : Q) + i * D;
    if (validate && !any_nan(raw, D) && fs.check_natural(raw) != nullptr) note(&flags[isP ? 0 : 1], i);
    double* th = (isP ? Pd : Qd) + i * D;
    if constexpr (!std::is_same_v<S, double>)
      for (i64 k = 0; k < D; ++k) th[k] = double(raw[k]);
    if (gemm) {
      // terms: [a (N), amag (N), anorm (N), b (M), bmag (M), bnorm (M)]
      double* t = isP ? terms + i : terms + 3 * N + i;
      const i64 stride = isP ? N : M;
      pw_detail::row_terms(fd, th, isP ? sx : sy, (isP ? X : Y) + i * K, t[0], t[stride], t[2 * stride]);
    }
  }
}

struct GemmView {
  const double *X, *Y, *a, *amag, *anorm, *b, *bmag, *bnorm;
  i64 K;
  double ctol;
};

// Entries [i0, i0 + rows) × [j0, j0 + cols): from the GEMM tile `dot` (row stride ldd) with the
// guard, or directly (divergences without a GEMM form); written as S to out (row stride ldo).
// dot may alias out (double output): each entry is read before it is written, by one thread.
template <class FamD, class S>
__global__ void entries_kernel(FamD f, int div, double alpha, bool gemm, GemmView g,
                               const double* Pd, const double* Qd, const double* dot, i64 ldd,
                               i64 i0, i64 rows, i64 j0, i64 cols, S* out, i64 ldo, u64* recomputed) {
  const i64 D = f.dim();
  IG_GRID_STRIDE(e, rows * cols) {
    const i64 r = e / cols, c = e % cols, i = i0 + r, j = j0 + c;
    double v;
    bool fix = true;
    if (gemm) {
      v = (g.b[j] + g.a[i]) - dot[r * ldd + c];
      const double thr = g.ctol * (g.amag[i] + g.bmag[j] + g.anorm[i] * g.bnorm[j]);
      fix = !(v >= thr) || !(thr - thr == 0);
      if (fix && v == v) {  // the exact Σ|x_ik y_jk| bound (K flops)
        double sum = 0;
        for (i64 k = 0; k < g.K; ++k) sum += std::abs(g.X[i * g.K + k] * g.Y[j * g.K + k]);
        const double thr2 = g.ctol * (g.amag[i] + g.bmag[j] + sum);
        fix = !(v >= thr2 && thr2 - thr2 == 0);
      }
      if (fix) atomicAdd(recomputed, 1ull);
    }
    if (fix) v = divergence_value(f, Divergence(div), alpha, Pd + i * D, Qd + j * D);
    out[r * ldo + c] = S(v);
  }
}

// (value, index) order of pairwise.hpp's knn: NaN after every number, then by value, then index.
template <class S>
__device__ inline bool knn_less(S av, std::int64_t aj, S bv, std::int64_t bj) {
  const bool an = av != av, bn = bv != bv;
  if (an != bn) return bn;
  if (!an && av != bv) return av < bv;
  return aj < bj;
}

// Merges one tile (rows × cols, row stride ld, first column j0) into the sorted lists of its
// rows (val/idx, N × k, fill = entries held). Columns arrive in increasing j, so an equal value
// never displaces an older entry: ties go to the lower index, as on the CPU.
template <class S>
__global__ void topk_kernel(const S* tile, i64 ld, i64 i0, i64 rows, i64 j0, i64 cols, i64 k,
                            S* val, std::int64_t* idx, i64* fill) {
  IG_GRID_STRIDE(r, rows) {
    const i64 i = i0 + r;
    S* hv = val + i * k;
    std::int64_t* hi = idx + i * k;
    i64 n = fill[i];
    for (i64 c = 0; c < cols; ++c) {
      const S v = tile[r * ld + c];
      const std::int64_t j = j0 + c;
      if (n == k && !knn_less(v, j, hv[k - 1], hi[k - 1])) continue;
      i64 pos = n < k ? n : k - 1;
      while (pos > 0 && knn_less(v, j, hv[pos - 1], hi[pos - 1])) {
        hv[pos] = hv[pos - 1];
        hi[pos] = hi[pos - 1];
        --pos;
      }
      hv[pos] = v;
      hi[pos] = j;
      if (n < k) ++n;
    }
    fill[i] = n;
  }
}

// ---------------------------------------------------------------------------- host helpers
struct DeviceScope {
  int prev = -1;
  explicit DeviceScope(int d) {
    if (cudaGetDevice(&prev) == cudaSuccess && prev != d) cudaSetDevice(d);
  }
  ~DeviceScope() {
    int cur;
    if (prev >= 0 && cudaGetDevice(&cur) == cudaSuccess && cur != prev) cudaSetDevice(prev);
  }
};

inline Status cuda_status(cudaError_t e, const char* what) {
  Status st;
  if (e == cudaSuccess) return st;
  st.code = Code::cuda_error;
  st.message = std::string(what) + ": " + cudaGetErrorName(e) + ": " + cudaGetErrorString(e);
  return st;
}
// Stream-ordered scratch memory, freed on scope exit.
struct Scratch {
  cudaStream_t s;
  void* p = nullptr;
  cudaError_t err = cudaSuccess;
  Scratch(std::size_t bytes, cudaStream_t st) : s(st) {
    if (bytes) err = cudaMallocAsync(&p, bytes, s);
  }
  ~Scratch() {
    if (p) cudaFreeAsync(p, s);
  }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
  template <class T>
  T* as(std::size_t offset_bytes = 0) const {
    return reinterpret_cast<T*>(static_cast<char*>(p) + offset_bytes);
  }
};

// Flags on the device (n words, initialised to kNone), read back after the stream finishes.
struct Flags {
  Scratch mem;
  int n;
  Flags(int n_, cudaStream_t s) : mem(sizeof(u64) * std::size_t(n_), s), n(n_) {
    if (mem.err == cudaSuccess) mem.err = cudaMemsetAsync(mem.p, 0xFF, sizeof(u64) * std::size_t(n), s);
  }
  u64* ptr() const { return mem.as<u64>(); }
  cudaError_t read(u64* host) const {
    cudaError_t e = cudaMemcpyAsync(host, mem.p, sizeof(u64) * std::size_t(n), cudaMemcpyDeviceToHost, mem.s);
    if (e == cudaSuccess) e = cudaStreamSynchronize(mem.s);
    return e;
  }
};

#define IG_CUDA_TRY(expr, what)                                  \
  do {                                                           \
    const Status st_ = ::infogeom::cuda::kd::cuda_status((expr), what); \
    if (st_.code != Code::ok) return st_;                        \
  } while (0)

inline Status unsupported() {
  Status st;
  st.code = Code::unsupported;
  return st;
}

inline Status flagged(Code code, int arg, u64 row) {
  Status st;
  st.code = code;
  st.arg = arg;
  st.row = i64(row);
  return st;
}

}  // namespace kd

// ============================================================================ Device<Fam>
template <template <class> class Fam>
bool Device<Fam>::supported(const Fam<double>& f) {
  return kd::device_capable<Fam<double>>::value && f.dim() <= kDeviceMaxDim;
}

template <template <class> class Fam>
Status Device<Fam>::unary(const Fam<double>& fd, const Fam<float>& ff, Unary op, bool f64,
                          const void* in, i64 in_rows, void* out, i64 n, bool validate, int device,
                          void* stream) {
  if constexpr (!kd::device_capable<Fam<double>>::value) {
    return kd::unsupported();  // no device kernels for this family (parameters unused)
  } else {
    Status st;
    if (!supported(fd)) return st.code = Code::unsupported, st;
    if (n <= 0) return st;
    kd::DeviceScope scope(device);
    const cudaStream_t s = static_cast<cudaStream_t>(stream);
    kd::Flags flags(2, s);
    IG_CUDA_TRY(flags.mem.err, "flag buffer");
    const i64 ow = (op == Unary::to_mean || op == Unary::to_natural) ? fd.dim() : 1;
    constexpr int block = 128;
    if (f64)
      kd::unary_kernel<<<kd::grid_for(n, block), block, 0, s>>>(
          fd, op, static_cast<const double*>(in), in_rows, static_cast<double*>(out), n, ow, validate, flags.ptr());
    else
      kd::unary_kernel<<<kd::grid_for(n, block), block, 0, s>>>(
          ff, op, static_cast<const float*>(in), in_rows, static_cast<float*>(out), n, ow, validate, flags.ptr());
    IG_CUDA_TRY(cudaGetLastError(), "unary kernel launch");
    kd::u64 h[2];
    IG_CUDA_TRY(flags.read(h), "unary kernel");
    if (h[0] != kd::kNone) return kd::flagged(Code::invalid_row, 0, h[0]);
    if (h[1] != kd::kNone) return kd::flagged(Code::not_converged, 0, h[1]);
    return st;
  }
}

template <template <class> class Fam>
Status Device<Fam>::pair(const Fam<double>& fd, const Fam<float>& ff, int div, bool f64,
                         const void* p, i64 p_rows, const void* q, i64 q_rows, const void* alpha,
                         i64 alpha_rows, void* out, i64 n, bool validate, int device, void* stream) {
  if constexpr (!kd::device_capable<Fam<double>>::value) {
    return kd::unsupported();  // no device kernels for this family (parameters unused)
  } else {
    Status st;
    if (!supported(fd)) return st.code = Code::unsupported, st;
    if (n <= 0) return st;
    kd::DeviceScope scope(device);
    const cudaStream_t s = static_cast<cudaStream_t>(stream);
    kd::Flags flags(3, s);
    IG_CUDA_TRY(flags.mem.err, "flag buffer");
    constexpr int block = 128;
    if (f64)
      kd::pair_kernel<<<kd::grid_for(n, block), block, 0, s>>>(
          fd, fd, div, static_cast<const double*>(p), p_rows, static_cast<const double*>(q), q_rows,
          static_cast<const double*>(alpha), alpha_rows, static_cast<double*>(out), n, validate, flags.ptr());
    else
      kd::pair_kernel<<<kd::grid_for(n, block), block, 0, s>>>(
          fd, ff, div, static_cast<const float*>(p), p_rows, static_cast<const float*>(q), q_rows,
          static_cast<const float*>(alpha), alpha_rows, static_cast<float*>(out), n, validate, flags.ptr());
    IG_CUDA_TRY(cudaGetLastError(), "pair kernel launch");
    kd::u64 h[3];
    IG_CUDA_TRY(flags.read(h), "pair kernel");
    // the CPU order: alpha first, then p, then q
    if (h[2] != kd::kNone) return kd::flagged(Code::invalid_alpha, 2, h[2]);
    if (h[0] != kd::kNone) return kd::flagged(Code::invalid_row, 0, h[0]);
    if (h[1] != kd::kNone) return kd::flagged(Code::invalid_row, 1, h[1]);
    return st;
  }
}

namespace kd {

// The shared part of pairwise and knn: preparation, then tiles of at most RB × CB entries,
// each handed to `sink(i0, rows, j0, cols, values, ld)` as S values in device memory.
template <class FamD, class FamS, class S, class Sink>
Status run_tiles(const FamD& fd, const FamS& fs, int div, double alpha, const S* P, i64 N,
                 const S* Q, i64 M, bool validate, int device, cudaStream_t s, i64 RB, i64 CB,
                 S* direct_out, i64 direct_ld, i64* recomputed, Sink&& sink) {
  const Divergence d = Divergence(div);
  const bool gemm = has_gemm_form(d);
  const i64 D = fd.dim();
  const i64 K = d == Divergence::jeffreys ? 2 * D : D;
  pw_detail::Side sx = pw_detail::Side::theta, sy = pw_detail::Side::theta;
  if (d == Divergence::kl) sx = pw_detail::Side::eta, sy = pw_detail::Side::theta;
  else if (d == Divergence::bregman) sx = pw_detail::Side::theta, sy = pw_detail::Side::eta;
  else if (d == Divergence::jeffreys) sx = pw_detail::Side::jeff_x, sy = pw_detail::Side::jeff_y;
  constexpr bool same = std::is_same_v<S, double>;
  // scratch: [Pd, Qd (float input only)] [X, Y, terms (GEMM form)] [dot tile] [S tile] [counter]
  const std::size_t nPd = same ? 0 : std::size_t((N + M) * D);
  const std::size_t nXY = gemm ? std::size_t((N + M) * K + 3 * (N + M)) : 0;
  const bool need_dot = gemm && direct_out == nullptr;
  const bool need_tile = direct_out == nullptr;
  const std::size_t ndot = need_dot || (gemm && !same) ? std::size_t(RB * CB) : 0;
  const std::size_t ntile = need_tile ? std::size_t(RB * CB) : 0;
  const std::size_t bytes = 8 * (nPd + nXY + ndot) + (sizeof(S) * ntile + 7) / 8 * 8 + 64;
  Scratch mem(bytes, s);
  IG_CUDA_TRY(mem.err, "pairwise scratch");
  double* base = mem.as<double>();
  const double* Pd = same ? reinterpret_cast<const double*>(P) : base;
  const double* Qd = same ? reinterpret_cast<const double*>(Q) : base + N * D;
  double* X = base + nPd;
  double* Y = X + N * K;
  double* terms = Y + M * K;
  double* dotbuf = base + nPd + nXY;
  S* tile = reinterpret_cast<S*>(dotbuf + ndot);
  u64* counter = reinterpret_cast<u64*>(mem.as<char>(bytes - 64));
  IG_CUDA_TRY(cudaMemsetAsync(counter, 0, sizeof(u64), s), "pairwise counter");

  Flags flags(2, s);
  IG_CUDA_TRY(flags.mem.err, "flag buffer");
  constexpr int block = 128;
  prep_kernel<<<grid_for(N + M, block), block, 0, s>>>(
      fd, fs, gemm, sx, sy, P, N, Q, M, K, const_cast<double*>(Pd), const_cast<double*>(Qd), X, Y,
      terms, validate, flags.ptr());
  IG_CUDA_TRY(cudaGetLastError(), "pairwise preparation launch");
  u64 h[2];
  IG_CUDA_TRY(flags.read(h), "pairwise preparation");  // nothing is computed for invalid input
  if (h[0] != kNone) return flagged(Code::invalid_row, 0, h[0]);
  if (h[1] != kNone) return flagged(Code::invalid_row, 1, h[1]);

  GemmView g{X, Y, terms, terms + N, terms + 2 * N, terms + 3 * N, terms + 3 * N + M,
             terms + 3 * N + 2 * M, K, double(K + 16) * std::numeric_limits<double>::epsilon() /
                                            pairwise_rtol<double>()};
  for (i64 i0 = 0; i0 < N; i0 += RB) {
    const i64 rows = std::min(RB, N - i0);
    for (i64 j0 = 0; j0 < M; j0 += CB) {
      const i64 cols = std::min(CB, M - j0);
      // where the tile's values go: straight into the caller's output, or the S tile
      S* dst = direct_out ? direct_out + i0 * direct_ld + j0 : tile;
      const i64 ld = direct_out ? direct_ld : cols;
      const double* dot = nullptr;
      i64 ldd = 0;
      if (gemm) {
        // row-major dot (rows × cols) = X[i0:] · Y[j0:]ᵀ (cuBLAS, gemm.cu)
        double* c;
        if constexpr (same) {
          c = direct_out ? reinterpret_cast<double*>(dst) : dotbuf;
        } else {
          c = dotbuf;
        }
        ldd = (same && direct_out) ? ld : cols;
        const std::string err = blas::gemm_xyt(device, s, rows, cols, K, X + i0 * K, Y + j0 * K, c, ldd);
        if (!err.empty()) {
          Status st;
          st.code = Code::cuda_error;
          st.message = err;
          return st;
        }
        dot = c;
      }
      entries_kernel<<<grid_for(rows * cols, 256), 256, 0, s>>>(fd, div, alpha, gemm, g, Pd, Qd, dot, ldd,
                                                               i0, rows, j0, cols, dst, ld, counter);
      IG_CUDA_TRY(cudaGetLastError(), "pairwise entries launch");
      Status st = sink(i0, rows, j0, cols, static_cast<const S*>(dst), ld);
      if (st.code != Code::ok) return st;
    }
  }
  u64 rc = 0;
  IG_CUDA_TRY(cudaMemcpyAsync(&rc, counter, sizeof(u64), cudaMemcpyDeviceToHost, s), "pairwise counter");
  IG_CUDA_TRY(cudaStreamSynchronize(s), "pairwise");
  if (recomputed) *recomputed = gemm ? i64(rc) : N * M;
  return Status{};
}

}  // namespace kd

template <template <class> class Fam>
Status Device<Fam>::pairwise(const Fam<double>& fd, const Fam<float>& ff, int div, double alpha,
                             bool f64, const void* P, i64 N, const void* Q, i64 M, void* out,
                             i64 ldo, bool validate, int device, void* stream, i64* recomputed) {
  if constexpr (!kd::device_capable<Fam<double>>::value) {
    return kd::unsupported();  // no device kernels for this family (parameters unused)
  } else {
    Status st;
    if (!supported(fd)) return st.code = Code::unsupported, st;
    if (N <= 0 || M <= 0) return st;
    kd::DeviceScope scope(device);
    const cudaStream_t s = static_cast<cudaStream_t>(stream);
    auto none = [](i64, i64, i64, i64, const auto*, i64) { return Status{}; };
    // whole rows per GEMM; a float32 output needs a double tile of at most 2^25 entries (256 MB)
    const i64 RB = f64 ? N : std::max<i64>(1, std::min<i64>(N, (i64(1) << 25) / M));
    if (f64)
      return kd::run_tiles(fd, fd, div, alpha, static_cast<const double*>(P), N,
                           static_cast<const double*>(Q), M, validate, device, s, RB, M,
                           static_cast<double*>(out), ldo, recomputed, none);
    return kd::run_tiles(fd, ff, div, alpha, static_cast<const float*>(P), N,
                         static_cast<const float*>(Q), M, validate, device, s, RB, M,
                         static_cast<float*>(out), ldo, recomputed, none);
  }
}

template <template <class> class Fam>
Status Device<Fam>::knn(const Fam<double>& fd, const Fam<float>& ff, int div, double alpha, bool f64,
                        const void* P, i64 N, const void* Q, i64 M, i64 k, std::int64_t* idx,
                        void* val, bool validate, int device, void* stream) {
  if constexpr (!kd::device_capable<Fam<double>>::value) {
    return kd::unsupported();  // no device kernels for this family (parameters unused)
  } else {
    Status st;
    if (!supported(fd)) return st.code = Code::unsupported, st;
    if (N <= 0 || M <= 0 || k <= 0) return st;
    kd::DeviceScope scope(device);
    const cudaStream_t s = static_cast<cudaStream_t>(stream);
    kd::Scratch fillmem(sizeof(i64) * std::size_t(N), s);
    IG_CUDA_TRY(fillmem.err, "knn scratch");
    i64* fill = fillmem.as<i64>();
    IG_CUDA_TRY(cudaMemsetAsync(fill, 0, sizeof(i64) * std::size_t(N), s), "knn scratch");
    // tiles of at most 4096 × 8192 entries; one thread merges one row of a tile
    const i64 RB = std::min<i64>(N, 4096), CB = std::min<i64>(M, 8192);
    auto run = [&](const auto& fs, const auto* p, const auto* q, auto* v) {
      using S = std::remove_const_t<std::remove_pointer_t<decltype(p)>>;
      auto sink = [&](i64 i0, i64 rows, i64 j0, i64 cols, const S* tile, i64 ld) {
        kd::topk_kernel<<<kd::grid_for(rows, 128), 128, 0, s>>>(tile, ld, i0, rows, j0, cols, k, v, idx, fill);
        return kd::cuda_status(cudaGetLastError(), "knn merge launch");
      };
      return kd::run_tiles(fd, fs, div, alpha, p, N, q, M, validate, device, s, RB, CB,
                           static_cast<S*>(nullptr), 0, nullptr, sink);
    };
    if (f64)
      return run(fd, static_cast<const double*>(P), static_cast<const double*>(Q), static_cast<double*>(val));
    return run(ff, static_cast<const float*>(P), static_cast<const float*>(Q), static_cast<float*>(val));
  }
}

#undef IG_GRID_STRIDE
#undef IG_CUDA_TRY

}  // namespace infogeom::cuda
