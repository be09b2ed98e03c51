// The one cuBLAS call of the CUDA backend, behind a plain interface so that the kernel
// templates (kernels.cuh) compile with nvcc alone (the compile test of tests/test_cuda.py needs
// no cuBLAS headers); gemm.cu is compiled into the module and links CUDA::cublas.
#pragma once
#include <string>

namespace infogeom::cuda::blas {

// C (rows × cols, row-major, row stride ldc) = X Yᵀ with X (rows × K) and Y (cols × K) row-major
// double matrices, all in device memory of `device`, queued on `stream` (a cudaStream_t).
// Returns an empty string on success, else what failed.
std::string gemm_xyt(int device, void* stream, long long rows, long long cols, long long K,
                     const double* X, const double* Y, double* C, long long ldc);

}  // namespace infogeom::cuda::blas
