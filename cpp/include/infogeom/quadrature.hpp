// Globally adaptive Gauss–Kronrod quadrature (the 7/15-point pair) on a finite interval.
//
// The rule and the error heuristic are those of QUADPACK's QK15/QAG (Piessens, de Doncker-Kapenga,
// Überhuber & Kahaner, "QUADPACK: A Subroutine Package for Automatic Integration", Springer 1983,
// §2.2.1 and §3.3.1): the Kronrod extension of the 7-point Gauss rule is exact for polynomials of
// degree 22 (Gauss: 13); the raw estimate |K15 − G7| is refined to
// resasc · min(1, (200 |K15 − G7| / resasc)^{3/2}) with resasc = ∫|f − mean f| by K15 (floored at
// the rounding level, see gk15). The global strategy bisects the panel with the largest error estimate
// until the summed estimate meets the tolerance.
//
// Node and weight values: the 15 Kronrod nodes ±xgk, weights wgk, and the Gauss weights wg of the
// nodes xgk[1], xgk[3], xgk[5], xgk[7] (Piessens et al. 1983, routine QK15; checked in
// tests/test_divergence.py by the exactness of the pair on monomials).
//
// Allocation-free: the panels live in a fixed-capacity array on the stack. The integrand is
// evaluated in the caller's precision S. Never throws; a caller learns from `converged` whether
// the tolerance was met within the panel budget.
#pragma once
#include <algorithm>
#include <cmath>
#include <limits>

#include "config.hpp"

namespace infogeom::quad {

// Gauss–Kronrod 15-point nodes and weights (INFOGEOM_DEVICE_TABLE: readable in device code).
INFOGEOM_DEVICE_TABLE double kGK15xgk[8] = {
      0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
      0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
      0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
      0.207784955007898467600689403773245, 0.000000000000000000000000000000000};
INFOGEOM_DEVICE_TABLE double kGK15wgk[8] = {
      0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
      0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
      0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
      0.204432940075298892414161999234649, 0.209482141084727828012999174891714};
INFOGEOM_DEVICE_TABLE double kGK15wg[4] = {
      0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
      0.381830050505118944950369775488975, 0.417959183673469387755102040816327};

template <class S>
struct Panel {
  S a, b, value, error;
};

// One GK15 application on [a, b]: value (K15) and QUADPACK's error estimate.
template <class S, class Fn>
INFOGEOM_HOST_DEVICE Panel<S> gk15(Fn& fn, S a, S b) {
  const S c = S(0.5) * (a + b), h = S(0.5) * (b - a);
  const S fc = fn(c);
  S resk = fc * S(kGK15wgk[7]);
  S resg = fc * S(kGK15wg[3]);
  S resabs = std::abs(resk);
  S fv1[7], fv2[7];
  for (int j = 0; j < 7; ++j) {
    const S dx = h * S(kGK15xgk[j]);
    const S f1 = fn(c - dx), f2 = fn(c + dx);
    fv1[j] = f1;
    fv2[j] = f2;
    resk += S(kGK15wgk[j]) * (f1 + f2);
    resabs += S(kGK15wgk[j]) * (std::abs(f1) + std::abs(f2));
    if (j % 2 == 1) resg += S(kGK15wg[j / 2]) * (f1 + f2);
  }
  const S mean = resk * S(0.5);
  S resasc = S(kGK15wgk[7]) * std::abs(fc - mean);
  for (int j = 0; j < 7; ++j) resasc += S(kGK15wgk[j]) * (std::abs(fv1[j] - mean) + std::abs(fv2[j] - mean));
  const S ah = std::abs(h);
  resk *= h;
  resabs *= ah;
  resasc *= ah;
  S err = std::abs((resk - resg * h));
  if (resasc != S(0) && err != S(0)) {
    const S r = S(200) * err / resasc;
    err = resasc * (r < S(1) ? r * std::sqrt(r) : S(1));
  }
  // QUADPACK floors the estimate at 50 ε resabs; the integrands here are analytic on each panel,
  // where K15 is far more accurate than the estimate, so the floor is the rounding level 4 ε resabs
  // (it lets a caller ask for ~16 ε relative on integrands of one sign).
  const S eps = std::numeric_limits<S>::epsilon();
  const S floor = S(4) * eps * resabs;
  if (err < floor) err = floor;
  return {a, b, resk, err};
}

template <class S>
struct Result {
  S value;
  S error;
  bool converged;
};

// ∫ fn over [breaks[0], breaks[nb−1]], the breakpoints being panel edges that are never crossed
// (kinks of the integrand). Stops when Σ error ≤ max(abs_tol, rel_tol |Σ value|) or when the panel
// budget (MaxPanels) is spent. A non-finite integrand value makes the result non-finite.
template <int MaxPanels = 200, class S, class Fn>
INFOGEOM_HOST_DEVICE Result<S> integrate(Fn&& fn, const S* breaks, int nb, S rel_tol, S abs_tol) {
  Panel<S> panels[MaxPanels];
  int n = 0;
  S total = 0, err = 0;
  for (int i = 0; i + 1 < nb && n < MaxPanels; ++i) {
    if (!(breaks[i + 1] > breaks[i])) continue;
    panels[n] = gk15<S>(fn, breaks[i], breaks[i + 1]);
    total += panels[n].value;
    err += panels[n].error;
    ++n;
  }
  if (!is_finite_num(total) || !is_finite_num(err)) return {total + err, err, false};
  while (true) {
    const S tol = std::max(abs_tol, rel_tol * std::abs(total));
    if (err <= tol) return {total, err, true};
    if (n + 1 > MaxPanels) return {total, err, false};
    int worst = 0;
    for (int i = 1; i < n; ++i)
      if (panels[i].error > panels[worst].error) worst = i;
    const Panel<S> p = panels[worst];
    const S mid = S(0.5) * (p.a + p.b);
    if (!(mid > p.a && mid < p.b)) return {total, err, false};  // cannot split further
    const Panel<S> l = gk15<S>(fn, p.a, mid), r = gk15<S>(fn, mid, p.b);
    panels[worst] = l;
    panels[n++] = r;
    // re-sum (a running update would accumulate rounding over many bisections)
    total = 0;
    err = 0;
    for (int i = 0; i < n; ++i) {
      total += panels[i].value;
      err += panels[i].error;
    }
    if (!is_finite_num(total) || !is_finite_num(err)) return {total + err, err, false};
  }
}

}  // namespace infogeom::quad
