// Standalone check of the numerical Fisher–Rao solver (detail/geodesic_numeric.hpp) against
// closed forms of families that have one (the solver does not know them):
//   Normal:       d = √2 · d_H((μ₁/√2, σ₁), (μ₂/√2, σ₂)), d_H the hyperbolic half-plane distance
//                 (Atkinson & Mitchell 1981, Costa, Santos & Strapasson 2015),
//   Exponential:  d = |log λ₁/λ₂|,
//   Categorical:  d = 2 acos Σ √(p_i q_i)  (Rao 1945; sphere through √p).
// Prints one line per case: name, computed, reference, relative error, Newton iterations; exit
// status 1 if an error exceeds the bound given on the command line (default 1e-9).
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <infogeom/detail/geodesic_numeric.hpp>
#include <infogeom/families/categorical.hpp>
#include <infogeom/families/exponential.hpp>
#include <infogeom/families/normal.hpp>

using namespace infogeom;
namespace ng = infogeom::numeric_geodesic;

static int failures = 0;
static double bound = 1e-9;

static void report(const char* name, double d, double ref, const ng::Info& info) {
  const double rel = std::fabs(d - ref) / ref;
  const bool bad = !(rel <= bound) || !info.converged;
  failures += bad;
  std::printf("%-34s %.17g %.17g %.3e it=%d cont=%d res=%.2e drift=%.2e%s\n", name, d, ref, rel,
              info.iterations, info.continuation_steps, info.residual, info.energy_drift, bad ? "  FAIL" : "");
}

static double normal_fr(double m1, double s1, double m2, double s2) {
  // d_H = 2 asinh(|z₁ − z₂| / (2√(y₁y₂))): no cancellation for nearby points
  const double dx = (m1 - m2) / std::sqrt(2.0), dy = s1 - s2;
  return std::sqrt(2.0) * 2.0 * std::asinh(std::hypot(dx, dy) / (2.0 * std::sqrt(s1 * s2)));
}

int main(int argc, char** argv) {
  if (argc > 1) bound = std::atof(argv[1]);
  {
    Normal<double> f;
    const double cases[][4] = {{0, 1, 1, 1},      {0, 1, 0, 2},       {-3, 0.5, 4, 7},
                               {0, 1e-3, 5, 1e3}, {1, 1, 1 + 1e-9, 1}, {10, 1, -10, 3},
                               {0, 1, 1e-6, 1 + 1e-6}};
    for (auto& c : cases) {
      double sp[2] = {c[0], c[1]}, sq[2] = {c[2], c[3]}, tp[2], tq[2];
      f.from_source(sp, tp);
      f.from_source(sq, tq);
      ng::Info info;
      const double d = ng::fisher_rao(f, tp, tq, &info);
      char name[64];
      std::snprintf(name, sizeof name, "Normal(%g,%g)-(%g,%g)", c[0], c[1], c[2], c[3]);
      report(name, d, normal_fr(c[0], c[1], c[2], c[3]), info);
      // symmetry and exp(log) round trip
      double v[2], qq[2];
      ng::log_map(f, tp, tq, v, &info);
      ng::exp_map(f, tp, v, qq);
      const double rt = std::hypot(qq[0] - tq[0], qq[1] - tq[1]) / std::hypot(tq[0], tq[1]);
      if (d < 4 && !(rt < 1e-9)) {  // one shot from p: well conditioned for moderate d only
        std::printf("  exp(log) round trip %.3e FAIL\n", rt);
        ++failures;
      }
      const double dr = ng::fisher_rao(f, tq, tp, &info);
      if (!(std::fabs(dr - d) <= 1e-9 * d)) {
        std::printf("  symmetry %.17g vs %.17g FAIL\n", d, dr);
        ++failures;
      }
    }
  }
  {
    Exponential<double> f;
    const double cases[][2] = {{1, 2}, {1e-6, 1e6}, {3, 3 * (1 + 1e-12)}};
    for (auto& c : cases) {
      double tp[1] = {-c[0]}, tq[1] = {-c[1]};
      ng::Info info;
      const double d = ng::fisher_rao(f, tp, tq, &info);
      char name[64];
      std::snprintf(name, sizeof name, "Exponential(%g)-(%g)", c[0], c[1]);
      report(name, d, std::fabs(std::log(c[1] / c[0])), info);
    }
  }
  {
    const std::vector<std::vector<double>> P = {{0.2, 0.3, 0.5}, {0.1, 0.2, 0.3, 0.4}, {0.98, 0.01, 0.01},
                                                {1e-4, 0.5, 0.5 - 1e-4}};
    const std::vector<std::vector<double>> Q = {{0.5, 0.3, 0.2}, {0.4, 0.3, 0.2, 0.1}, {0.01, 0.01, 0.98},
                                                {0.3, 0.3, 0.4}};
    for (size_t n = 0; n < P.size(); ++n) {
      const int k = int(P[n].size());
      Categorical<double> f(k);
      std::vector<double> tp(k - 1), tq(k - 1);
      f.from_source(P[n].data(), tp.data());
      f.from_source(Q[n].data(), tq.data());
      double bc = 0;
      for (int i = 0; i < k; ++i) bc += std::sqrt(P[n][i] * Q[n][i]);
      ng::Info info;
      const double d = ng::fisher_rao(f, tp.data(), tq.data(), &info);
      char name[64];
      std::snprintf(name, sizeof name, "Categorical(k=%d) case %zu", k, n);
      report(name, d, 2.0 * std::acos(bc), info);
    }
  }
  {  // failure signal: iteration cap 1 on a far pair
    Normal<double> f;
    double sp[2] = {0, 1e-3}, sq[2] = {5, 1e3}, tp[2], tq[2];
    f.from_source(sp, tp);
    f.from_source(sq, tq);
    ng::Options opt;
    opt.max_iterations = 1;
    ng::Info info;
    const double d = ng::fisher_rao(f, tp, tq, &info, opt);
    const bool ok = std::isnan(d) && !info.converged;
    std::printf("failure signal (max_iterations=1): d=%g converged=%d it=%d res=%.2e%s\n", d,
                int(info.converged), info.iterations, info.residual, ok ? "" : "  FAIL");
    failures += !ok;
  }
  std::printf("%s\n", failures ? "FAILED" : "OK");
  return failures ? 1 : 0;
}
