// Host-side interface of the optional CUDA backend (issue 6). Plain C++: no CUDA header, so the
// pybind11 binding translation units (compiled by the host compiler) can include it. The
// definitions live in kernels.cuh and are compiled by nvcc, one translation unit per family
// (generated from cpp/bindings/families.def, like the binding units), which explicitly
// instantiates Device<Family>.
//
// Every pointer is a device pointer of the device `device` (the caller's array library owns the
// memory); the work is queued on `stream` (a cudaStream_t, 0 = the legacy default stream) and
// the call returns after it has finished (the validation result must be known to raise).
// Rows are C-contiguous; an input with 1 row broadcasts over the n rows of the output.
#pragma once
#include <cstdint>
#include <string>

namespace infogeom::cuda {

using i64 = long long;

enum class Unary : int { log_partition = 0, to_mean, to_natural, conjugate, entropy };

// Pair operations use the codes of infogeom::Divergence (pairwise.hpp): kl, jeffreys, bregman,
// chernoff, renyi, bhattacharyya, hellinger = 0..6.

enum class Code : int {
  ok = 0,
  invalid_row,    // `arg` row `row` fails the family's domain check
  not_converged,  // a solver produced NaN for the NaN-free row `row`
  invalid_alpha,  // alpha row `row` breaks the rule of the divergence
  unsupported,    // the family (or its dimension) has no device path
  cuda_error      // `message` says what
};

struct Status {
  Code code = Code::ok;
  int arg = 0;  // unary: 0 = the input; pair/pairwise/knn: 0 = p/P, 1 = q/Q, 2 = alpha
  i64 row = -1;
  std::string message;
};

template <template <class> class Fam>
struct Device {
  // Whether this family has device kernels (and, for runtime sizes, whether D fits the
  // per-thread scratch: dim() <= kDeviceMaxDim).
  static bool supported(const Fam<double>& f);

  // out (n × out_width) = op(in) row by row; f64 selects the element type (float32 rows are
  // computed by the float instance, as on the CPU).
  static Status unary(const Fam<double>& fd, const Fam<float>& ff, Unary op, bool f64,
                      const void* in, i64 in_rows, void* out, i64 n, bool validate, int device,
                      void* stream);

  // out (n) = divergence `div` (Divergence code) between the rows of p and q (float32 rows are
  // evaluated in double and rounded once, as on the CPU); alpha (alpha_rows rows, or nullptr).
  static Status pair(const Fam<double>& fd, const Fam<float>& ff, int div, bool f64, const void* p,
                     i64 p_rows, const void* q, i64 q_rows, const void* alpha, i64 alpha_rows,
                     void* out, i64 n, bool validate, int device, void* stream);

  // out (N × M, row stride ldo) = the divergence matrix (GEMM form + cancellation guard for
  // kl/jeffreys/bregman, direct otherwise); *recomputed = entries recomputed elementwise.
  static Status pairwise(const Fam<double>& fd, const Fam<float>& ff, int div, double alpha,
                         bool f64, const void* P, i64 N, const void* Q, i64 M, void* out, i64 ldo,
                         bool validate, int device, void* stream, i64* recomputed);

  // The k smallest divergences per row of P: idx (N × k, int64) and val (N × k), ascending,
  // ties to the lower index, NaN last; never more than one tile of the N × M matrix.
  static Status knn(const Fam<double>& fd, const Fam<float>& ff, int div, double alpha, bool f64,
                    const void* P, i64 N, const void* Q, i64 M, i64 k, std::int64_t* idx,
                    void* val, bool validate, int device, void* stream);
};

// Runtime helpers (runtime.cu).
int device_count();  // 0 when the driver or a device is missing (never throws)
// Copies `bytes` from device memory to host memory (error messages quote the offending row).
bool copy_to_host(void* dst, const void* src, std::size_t bytes, int device);

}  // namespace infogeom::cuda
