// Normal natural parameters and conjugate from mean parameters η = (E X, E X²), with the
// variance σ² = η₂ − η₁² formed with a single rounding (fused multiply-add for double, exact
// double arithmetic for float): σ² is then exact to ½ ulp for the given η, however large η₁² is
// compared with σ² (the naive η₂ − η₁*η₁ loses log₂(η₁²/σ²) bits in the product's rounding).
// Shared by Normal, LogNormal and DiagonalNormal.
// (Formulas: Nielsen & Garcia, "Statistical exponential families: a digest with flash cards", 2009.)
#pragma once
#include <cmath>
#include <type_traits>

#include "../config.hpp"

namespace infogeom::detail {

// η₂ − η₁², one rounding.
template <class S>
INFOGEOM_HOST_DEVICE inline S normal_variance(S e0, S e1) {
  if constexpr (std::is_same_v<S, float>) {
    const double m = double(e0);
    return float(double(e1) - m * m);  // m*m is exact in double
  } else {
    return std::fma(-e0, e0, e1);
  }
}

// θ = (μ/σ², −1/(2σ²)) from η = (μ, μ² + σ²).
template <class S>
INFOGEOM_HOST_DEVICE inline void normal_natural_from_mean(S e0, S e1, S* t) {
  const S var = normal_variance(e0, e1);
  t[0] = e0 / var;
  t[1] = S(-0.5) / var;
}

// F*(η) = −½ log(2πe σ²).
template <class S>
INFOGEOM_HOST_DEVICE inline S normal_conjugate(S e0, S e1) {
  constexpr S log_2pie = S(2.83787706640934548356065947281123527L);  // log(2πe)
  return S(-0.5) * (log_2pie + std::log(normal_variance(e0, e1)));
}

}  // namespace infogeom::detail
