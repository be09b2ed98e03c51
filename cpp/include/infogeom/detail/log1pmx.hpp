// log(1 + t) − t for small |t|, shared by the saddle-point log-densities (Gamma, Beta, Dirichlet).
#pragma once
#include <cmath>

#include "../config.hpp"

namespace infogeom {
namespace detail {

// log(1 + t) − t without cancellation: log(1 + t) = 2 atanh(v), v = t/(2 + t) (A&S 4.1.28), so
// log(1 + t) − t = −t²/(2 + t) + 2(v³/3 + v⁵/5 + …); for |t| ≤ ¼, |v| ≤ 1/7 and the terms to
// v²³ reach 1e-17 relative. Larger |t| fall back to the direct difference (no cancellation there).
INFOGEOM_HOST_DEVICE inline double log1pmx(double t) {
  if (!(std::fabs(t) <= 0.25)) return std::log1p(t) - t;
  const double v = t / (2.0 + t), v2 = v * v;
  double p = 1.0 / 23.0;
  for (int j = 21; j >= 3; j -= 2) p = p * v2 + 1.0 / j;
  return -t * t / (2.0 + t) + 2.0 * v * v2 * p;
}

}  // namespace detail
}  // namespace infogeom
