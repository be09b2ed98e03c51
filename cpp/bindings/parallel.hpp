// Row loops on all cores (OpenMP when the build found it). Kernels never throw inside the loop.
#pragma once
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <thread>
#ifdef _OPENMP
#include <omp.h>
#endif

namespace infogeom::bind {

inline std::atomic<int>& thread_setting() {
  static std::atomic<int> n{[] {
    if (const char* env = std::getenv("INFOGEOM_NUM_THREADS")) {
      int v = std::atoi(env);
      if (v > 0) return v;
    }
#ifdef _OPENMP
    return omp_get_max_threads();
#else
    return 1;
#endif
  }()};
  return n;
}

inline int num_threads() { return thread_setting().load(std::memory_order_relaxed); }
inline void set_num_threads(int n) { thread_setting().store(std::max(1, n)); }

// Calls body(i) for i in [0, n). Runs serially when the work (n × cost, in rough flops) is too
// small to pay for waking the threads.
template <class Body>
void parallel_for(std::ptrdiff_t n, double cost_per_row, Body&& body) {
#ifdef _OPENMP
  const int nt = num_threads();
  if (nt > 1 && double(n) * cost_per_row > 20000.0) {
#pragma omp parallel for schedule(static) num_threads(nt)
    for (std::ptrdiff_t i = 0; i < n; ++i) body(i);
    return;
  }
#endif
  for (std::ptrdiff_t i = 0; i < n; ++i) body(i);
}

// Smallest i in [0, n) with pred(i) true, or n.
template <class Pred>
std::ptrdiff_t parallel_find_first(std::ptrdiff_t n, double cost_per_row, Pred&& pred) {
  std::ptrdiff_t first = n;
#ifdef _OPENMP
  const int nt = num_threads();
  if (nt > 1 && double(n) * cost_per_row > 20000.0) {
#pragma omp parallel for schedule(static) num_threads(nt) reduction(min : first)
    for (std::ptrdiff_t i = 0; i < n; ++i)
      if (i < first && pred(i)) first = i;
    return first;
  }
#endif
  for (std::ptrdiff_t i = 0; i < n; ++i)
    if (pred(i)) return i;
  return first;
}

}  // namespace infogeom::bind
