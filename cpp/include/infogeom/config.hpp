// infogeom: common configuration (host/device markers, scalar helpers).
#pragma once

#ifndef INFOGEOM_HOST_DEVICE
#  if defined(__CUDACC__)
#    define INFOGEOM_HOST_DEVICE __host__ __device__
#  else
#    define INFOGEOM_HOST_DEVICE
#  endif
#endif

// Namespace-scope constant tables read by host-device code: a __device__ variable in nvcc's
// device pass (device code cannot address a plain constexpr array), a plain constexpr one
// everywhere else.
#ifndef INFOGEOM_DEVICE_TABLE
#  if defined(__CUDA_ARCH__)
#    define INFOGEOM_DEVICE_TABLE __device__ constexpr
#  else
#    define INFOGEOM_DEVICE_TABLE constexpr
#  endif
#endif

#include <cmath>
#include <cstddef>
#include <limits>

namespace infogeom {

using index_t = std::ptrdiff_t;

template <class S>
INFOGEOM_HOST_DEVICE inline S quiet_nan() { return std::numeric_limits<S>::quiet_NaN(); }

template <class S>
INFOGEOM_HOST_DEVICE inline S infinity() { return std::numeric_limits<S>::infinity(); }

// True if any of the n entries is NaN (NaN in -> NaN out: such rows skip validation).
template <class S>
INFOGEOM_HOST_DEVICE inline bool any_nan(const S* v, index_t n) {
  for (index_t i = 0; i < n; ++i)
    if (v[i] != v[i]) return true;
  return false;
}

template <class S>
INFOGEOM_HOST_DEVICE inline void fill_nan(S* v, index_t n) {
  for (index_t i = 0; i < n; ++i) v[i] = quiet_nan<S>();
}

// Positive finite check (rejects 0, negatives, +inf; NaN handled by callers).
template <class S>
INFOGEOM_HOST_DEVICE inline bool positive_finite(S v) { return v > S(0) && v < infinity<S>(); }

INFOGEOM_HOST_DEVICE inline bool is_finite_num(double v) { return v - v == 0.0; }
INFOGEOM_HOST_DEVICE inline bool is_finite_num(float v) { return v - v == 0.0f; }

// std::swap for code that also runs on a CUDA device (std::swap is not constexpr in C++17, so
// nvcc treats it as host-only).
template <class T>
INFOGEOM_HOST_DEVICE inline void hd_swap(T& a, T& b) {
  T t = a;
  a = b;
  b = t;
}

// Largest dimension D of a family on the CUDA device path: per-row scratch lives on the stack
// (detail::SmallBuf's fixed capacity; there is no heap fallback in device code).
inline constexpr index_t kDeviceMaxDim = 64;

}  // namespace infogeom
