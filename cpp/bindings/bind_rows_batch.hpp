// The batch path shared by the bindings of kl/bregman (bind_divergence.hpp) and fisher_rao
// (bind_geodesic.hpp): families with a `*_rows(n, P, ps, Q, qs, out)` member on float64 rows
// (detected by the traits below) get blocks of C rows at a time, float32 rows widened exactly
// and the results rounded once.
#pragma once
#include <algorithm>
#include <cstddef>
#include <type_traits>
#include <vector>

#include "bind_common.hpp"

namespace infogeom::bind {

#define INFOGEOM_ROWS_TRAIT(trait, member)                                                                   \
  template <class F, class = void>                                                                         \
  struct trait : std::false_type {};                                                                       \
  template <class F>                                                                                       \
  struct trait<F, std::void_t<decltype(std::declval<const F&>().member(                                    \
                      index_t{}, static_cast<const double*>(nullptr), index_t{},                           \
                      static_cast<const double*>(nullptr), index_t{}, static_cast<double*>(nullptr)))>>    \
      : std::true_type {};
// `kl_rows`: the vectorised KL kernels (detail/kl_batch.hpp, detail/closed_batch.hpp)
INFOGEOM_ROWS_TRAIT(has_kl_rows, kl_rows)
// `fisher_rao_rows`: the vectorised closed-form distances (detail/closed_batch.hpp)
INFOGEOM_ROWS_TRAIT(has_fr_rows, fisher_rao_rows)
#undef INFOGEOM_ROWS_TRAIT
// `natural_rows_ok(n, P, ps)`: a vectorised validation screen of float64 rows
template <class F, class = void>
struct has_rows_ok : std::false_type {};
template <class F>
struct has_rows_ok<F, std::void_t<decltype(std::declval<const F&>().natural_rows_ok(
                          index_t{}, static_cast<const double*>(nullptr), index_t{}))>> : std::true_type {};

// parallel_for over blocks with dynamic scheduling: the blocks are uniform, but on a shared
// machine a static split makes the whole call wait for a thread that was descheduled (measured:
// 2 threads slower than 1 under a load average of 2 on 2 cores); rows are independent, so the
// results do not depend on the schedule.
template <class Body>
void parallel_blocks(std::ptrdiff_t n, double cost_per_block, Body&& body) {
#ifdef _OPENMP
  const int nt = num_threads();
  if (nt > 1 && double(n) * cost_per_block > 20000.0) {
#pragma omp parallel for schedule(dynamic, 2) num_threads(nt)
    for (std::ptrdiff_t i = 0; i < n; ++i) body(i);
    return;
  }
#endif
  for (std::ptrdiff_t i = 0; i < n; ++i) body(i);
}

// out[i] for the n pairs of rows pr, qr (D entries each) by rows(m, P, ps, Q, qs, o) on float64
// blocks, in parallel. With validate, per_row(i) (the fused domain checks) runs for each row of
// a block unless the family's natural_rows_ok screen (fd, float64) passes the whole block.
template <class S, class Fd, class RowsFn, class PerRow>
void batch_rows(const Fd& fd, index_t n, index_t D, double row_cost_d, const Rows<S>& pr, const Rows<S>& qr,
                S* out, bool validate, RowsFn&& rows, PerRow&& per_row) {
  constexpr index_t C = 256;
  parallel_blocks((n + C - 1) / C, row_cost_d * C, [&](index_t b) {
    const index_t i0 = b * C, m = std::min(C, n - i0);
    const index_t ps = pr.rows == 1 ? 0 : D, qs = qr.rows == 1 ? 0 : D;
    auto screen = [&](const double* P, const double* Q) {
      if (!validate) return;
      if constexpr (has_rows_ok<Fd>::value)
        if (fd.natural_rows_ok(m, P, ps) && fd.natural_rows_ok(m, Q, qs)) return;
      for (index_t i = i0; i < i0 + m; ++i) per_row(i);
    };
    if constexpr (std::is_same_v<S, double>) {
      screen(pr.row(i0), qr.row(i0));
      rows(m, pr.row(i0), ps, qr.row(i0), qs, out + i0);
    } else {
      std::vector<double> buf(std::size_t(2 * C * D + C));
      double *pd = buf.data(), *qd = pd + C * D, *od = qd + C * D;
      const index_t mp = ps ? m : 1, mq = qs ? m : 1;
      for (index_t k = 0; k < mp * D; ++k) pd[k] = double(pr.row(i0)[k]);
      for (index_t k = 0; k < mq * D; ++k) qd[k] = double(qr.row(i0)[k]);
      screen(pd, qd);  // (widening is exact: the same rows are valid)
      rows(m, pd, ps, qd, qs, od);
      for (index_t k = 0; k < m; ++k) out[i0 + k] = S(od[k]);
    }
  });
}

}  // namespace infogeom::bind
