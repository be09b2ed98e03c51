// Orthonormal packing of symmetric matrices (DESIGN.md §2).
//
// svec(A) = (A_00, ..., A_{d-1,d-1}, sqrt2*A_10, sqrt2*A_20, sqrt2*A_21, sqrt2*A_30, ...):
// the diagonal first, then sqrt(2) x the strictly lower entries in row-major order. With it
// <svec A, svec B> = tr(A B), so the flat dot product of packed natural and mean parameters is the
// duality pairing and Fisher matrices stay square and non-singular.
#pragma once
#include "config.hpp"
#include <Eigen/Core>

namespace infogeom {

INFOGEOM_HOST_DEVICE inline index_t svec_size(index_t d) { return d * (d + 1) / 2; }

// Position of the packed entry (i, j), i > j, among the off-diagonal block.
INFOGEOM_HOST_DEVICE inline index_t svec_offdiag_index(index_t d, index_t i, index_t j) {
  return d + i * (i - 1) / 2 + j;
}

template <class S>
constexpr S sqrt2() { return S(1.41421356237309504880168872420969808L); }

template <class S, class Mat>
void svec_pack(const Mat& A, S* out) {
  const index_t d = A.rows();
  for (index_t i = 0; i < d; ++i) out[i] = A(i, i);
  for (index_t i = 1; i < d; ++i)
    for (index_t j = 0; j < i; ++j) out[svec_offdiag_index(d, i, j)] = sqrt2<S>() * A(i, j);
}

template <class S, class Mat>
void svec_unpack(const S* v, index_t d, Mat& A) {
  A.resize(d, d);
  for (index_t i = 0; i < d; ++i) A(i, i) = v[i];
  for (index_t i = 1; i < d; ++i)
    for (index_t j = 0; j < i; ++j) {
      const S a = v[svec_offdiag_index(d, i, j)] / sqrt2<S>();
      A(i, j) = a;
      A(j, i) = a;
    }
}

}  // namespace infogeom
