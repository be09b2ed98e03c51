// cuBLAS GEMM of the pairwise GEMM form (see gemm.hpp).
#include <cublas_v2.h>
#include <cuda_runtime.h>

#include "gemm.hpp"

namespace infogeom::cuda::blas {

namespace {
// One handle per device and host thread (cublasCreate is costly; handles are not thread-safe).
cublasStatus_t handle_for(int device, cublasHandle_t* h) {
  constexpr int kMaxDevices = 64;
  thread_local cublasHandle_t handles[kMaxDevices] = {};
  if (device < 0 || device >= kMaxDevices) return CUBLAS_STATUS_INVALID_VALUE;
  if (!handles[device]) {
    const cublasStatus_t st = cublasCreate(&handles[device]);
    if (st != CUBLAS_STATUS_SUCCESS) return st;
  }
  *h = handles[device];
  return CUBLAS_STATUS_SUCCESS;
}
std::string fail(const char* what, cublasStatus_t st) {
  return std::string(what) + ": cuBLAS status " + std::to_string(int(st));
}
}  // namespace

std::string gemm_xyt(int device, void* stream, long long rows, long long cols, long long K,
                     const double* X, const double* Y, double* C, long long ldc) {
  cublasHandle_t h = nullptr;
  cublasStatus_t st = handle_for(device, &h);
  if (st != CUBLAS_STATUS_SUCCESS) return fail("cublasCreate", st);
  st = cublasSetStream(h, static_cast<cudaStream_t>(stream));
  if (st != CUBLAS_STATUS_SUCCESS) return fail("cublasSetStream", st);
  // row-major C = X Yᵀ is column-major Cᵀ (cols × rows) = Yᵀ' X' with the column-major views
  // Y' (K × cols, ld K) and X' (K × rows, ld K) of the row-major inputs: op(A) = Y'ᵀ, op(B) = X'.
  const double one = 1.0, zero = 0.0;
  st = cublasDgemm(h, CUBLAS_OP_T, CUBLAS_OP_N, int(cols), int(rows), int(K), &one, Y, int(K), X,
                   int(K), &zero, C, int(ldc));
  if (st != CUBLAS_STATUS_SUCCESS) return fail("cublasDgemm", st);
  return {};
}

}  // namespace infogeom::cuda::blas
