// Runtime helpers of the CUDA backend (api.hpp): device discovery and the one-row copies that
// error messages need.
#include <cuda_runtime.h>

#include "api.hpp"

namespace infogeom::cuda {

int device_count() {
  int n = 0;
  // no driver, an old driver or no device: an error code, never an exception
  if (cudaGetDeviceCount(&n) != cudaSuccess) {
    cudaGetLastError();  // clear the sticky error state of the runtime
    return 0;
  }
  return n;
}

bool copy_to_host(void* dst, const void* src, std::size_t bytes, int device) {
  int prev = -1;
  cudaGetDevice(&prev);
  if (prev != device) cudaSetDevice(device);
  const bool ok = cudaMemcpy(dst, src, bytes, cudaMemcpyDeviceToHost) == cudaSuccess;
  if (prev >= 0 && prev != device) cudaSetDevice(prev);
  return ok;
}

}  // namespace infogeom::cuda
