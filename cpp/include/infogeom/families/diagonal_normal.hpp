// DiagonalNormal(d): d independent normals N(mean_i, std_i²), D = 2d.
//   θ = (μ₁/σ₁², ..., μ_d/σ_d², −1/(2σ₁²), ..., −1/(2σ_d²)), T(x) = (x₁, ..., x_d, x₁², ..., x_d²),
//   h = 1, η = (μ, μ² + σ²). The density is a product, so F, F*, the entropy and log p are sums of
//   the per-coordinate Normal<S> quantities on the pairs (θ_i, θ_{d+i}), and the Fisher metric (and
//   the source Jacobian) are block-structured: coordinate i couples θ_i and θ_{d+i} only.
// (Nielsen & Garcia, "Statistical exponential families: a digest with flash cards", 2009;
//  independence: Cover & Thomas, "Elements of Information Theory", 2nd ed., Thm 8.6.2 for entropy.)
#pragma once
#include <cmath>
#include <stdexcept>
#include <tuple>
#include <vector>

#include "../detail/normal_from_mean.hpp"
#include "../family.hpp"
#include "normal.hpp"

namespace infogeom {

template <class S>
struct DiagonalNormal {
  using Scalar = S;
  using ctor_args = std::tuple<int>;
  static constexpr const char* name = "DiagonalNormal";
  static constexpr bool cuda_device = true;  // the members the CUDA kernels call are host-device

  explicit DiagonalNormal(int d) : d_(d) {
    if (d < 1) throw std::invalid_argument("DiagonalNormal: d must be >= 1");
  }

  INFOGEOM_HOST_DEVICE index_t dim() const { return 2 * d_; }
  index_t sample_size() const { return d_; }
  bool scalar_sample() const { return false; }
  std::vector<SourceParam> source_params() const { return {{"mean", {d_}}, {"std", {d_}}}; }
  index_t free_source_dim() const { return 2 * d_; }

  INFOGEOM_HOST_DEVICE const char* check_natural(const S* t) const {
    for (index_t i = 0; i < d_; ++i)
      if (!is_finite_num(t[i])) return "theta[i] = mean_i/std_i^2 (i < d) must be finite";
    for (index_t i = 0; i < d_; ++i)
      if (!(t[d_ + i] < 0) || !is_finite_num(t[d_ + i]))
        return "theta[d+i] = -1/(2 std_i^2) must be finite and < 0";
    return nullptr;
  }
  INFOGEOM_HOST_DEVICE const char* check_mean(const S* e) const {
    for (index_t i = 0; i < 2 * d_; ++i)
      if (!is_finite_num(e[i])) return "eta must be finite";
    for (index_t i = 0; i < d_; ++i)
      if (!(detail::normal_variance(e[i], e[d_ + i]) > 0))
        return "eta[d+i] - eta[i]^2 (the variance of x_i) must be > 0";
    return nullptr;
  }
  const char* check_source(const S* s) const {
    for (index_t i = 0; i < d_; ++i)
      if (!is_finite_num(s[i])) return "mean must be finite";
    for (index_t i = 0; i < d_; ++i)
      if (!positive_finite(s[d_ + i])) return "std must be finite and > 0";
    return nullptr;
  }
  const char* check_sample(const S* x) const {
    for (index_t i = 0; i < d_; ++i)
      if (!is_finite_num(x[i])) return "x must be finite";
    return nullptr;
  }

  INFOGEOM_HOST_DEVICE S log_partition(const S* t) const {
    S sum = 0;
    for (index_t i = 0; i < d_; ++i) sum += normal_.log_partition(pair(t, i).v);
    return sum;
  }
  INFOGEOM_HOST_DEVICE void to_mean(const S* t, S* e) const {
    for (index_t i = 0; i < d_; ++i) {
      S ei[2];
      normal_.to_mean(pair(t, i).v, ei);
      e[i] = ei[0];
      e[d_ + i] = ei[1];
    }
  }
  INFOGEOM_HOST_DEVICE void to_natural(const S* e, S* t) const {
    for (index_t i = 0; i < d_; ++i) {
      S ti[2];
      detail::normal_natural_from_mean(e[i], e[d_ + i], ti);
      t[i] = ti[0];
      t[d_ + i] = ti[1];
    }
  }
  INFOGEOM_HOST_DEVICE S conjugate(const S* e) const {
    S sum = 0;
    for (index_t i = 0; i < d_; ++i) sum += detail::normal_conjugate(e[i], e[d_ + i]);
    return sum;
  }
  INFOGEOM_HOST_DEVICE void fisher(const S* t, S* G) const { blockwise(t, G, &Normal<S>::fisher); }
  INFOGEOM_HOST_DEVICE S entropy(const S* t) const {
    S sum = 0;
    for (index_t i = 0; i < d_; ++i) sum += normal_.entropy(pair(t, i).v);
    return sum;
  }
  void sufficient_statistics(const S* x, S* out) const {
    for (index_t i = 0; i < d_; ++i) {
      out[i] = x[i];
      out[d_ + i] = x[i] * x[i];
    }
  }
  S log_base_measure(const S*) const { return S(0); }
  S log_prob(const S* x, const S* t) const {
    S sum = 0;
    for (index_t i = 0; i < d_; ++i) sum += normal_.log_prob(x + i, pair(t, i).v);
    return sum;
  }
  // Source layout (mean[0..d), std[0..d)) pairs up like θ.
  void from_source(const S* s, S* t) const {
    for (index_t i = 0; i < d_; ++i) {
      S ti[2];
      normal_.from_source(pair(s, i).v, ti);
      t[i] = ti[0];
      t[d_ + i] = ti[1];
    }
  }
  void to_source(const S* t, S* s) const {
    for (index_t i = 0; i < d_; ++i) {
      S si[2];
      normal_.to_source(pair(t, i).v, si);
      s[i] = si[0];
      s[d_ + i] = si[1];
    }
  }
  // ξ = (mean[0..d), std[0..d)): ∂θ/∂ξ has the same block structure as the Fisher metric.
  void source_jacobian(const S* t, S* J) const {
    const index_t D = 2 * d_;
    for (index_t k = 0; k < D * D; ++k) J[k] = S(0);
    for (index_t i = 0; i < d_; ++i) {
      S b[4];
      normal_.source_jacobian(pair(t, i).v, b);
      scatter_block(b, i, J, D);
    }
  }
  // Block-diagonal closed forms: coordinate i contributes Normal's 2×2 block at (i, d+i).
  void fisher_source(const S* t, S* G) const { blockwise(t, G, &Normal<S>::fisher_source); }
  void fisher_mean(const S* t, S* G) const { blockwise(t, G, &Normal<S>::fisher_mean); }


  // ---- divergences: sums over the independent coordinates of the Normal closed forms
  INFOGEOM_HOST_DEVICE S kl(const S* tp, const S* tq) const {
    S sum = 0;
    for (index_t i = 0; i < d_; ++i) sum += normal_.kl(pair(tp, i).v, pair(tq, i).v);
    return sum;
  }
  INFOGEOM_HOST_DEVICE S skew_jensen(const S* tp, const S* tq, S alpha) const {
    S sum = 0;
    for (index_t i = 0; i < d_; ++i) sum += normal_.skew_jensen(pair(tp, i).v, pair(tq, i).v, alpha);
    return sum;
  }
  INFOGEOM_HOST_DEVICE S fisher_quad(const S* t, const S* v) const {
    S sum = 0;
    for (index_t i = 0; i < d_; ++i) sum += normal_.fisher_quad(pair(t, i).v, pair(v, i).v);
    return sum;
  }

  // ---- Fisher–Rao geometry, closed form (found by detection in geodesic.hpp): the product of d
  // hyperbolic half-planes, one for each pair (θ_i, θ_{d+i}) (normal_geo in normal.hpp; Costa,
  // Santos & Strapasson 2015, §4). Geodesics of a Riemannian product are the products of the
  // factors' geodesics on the same time interval (do Carmo, "Riemannian Geometry", 1992, ch. 3,
  // ex. 1), so d = √(Σ d_i²), and log/exp/transport act pair by pair.
  S fisher_rao(const S* p, const S* q) const {
    double m = 0.0, ss = 0.0;
    detail_geo_pairs(p, q, [&](const double* a, const double* b, index_t) {
      const double di = normal_geo::fisher_rao(a, b);
      if (di > m) {  // scaled sum of squares (no overflow/underflow)
        ss = ss * (m / di) * (m / di) + 1.0;
        m = di;
      } else if (di > 0.0) {
        ss += (di / m) * (di / m);
      } else if (di != di) {
        ss = di;
      }
    });
    return S(m == 0.0 ? ss * 0.0 : m * std::sqrt(ss));
  }
#if !defined(__CUDACC__)
  // Fisher–Rao distances of n pairs of float64 rows (strides ps, qs; 0 broadcasts) at once
  // (detail/closed_batch.hpp, the half-plane lanes of Normal): the bindings' path without
  // return_info (used on DiagonalNormal<double>).
  void fisher_rao_rows(index_t n, const double* P, index_t ps, const double* Q, index_t qs, double* out) const {
    closed_batch::diag_normal_fr_rows(n, d_, P, ps, Q, qs, out,
                                      [this](const double* a, const double* b) { return double(fisher_rao(a, b)); });
  }
#endif
  void log_map(const S* p, const S* q, S* v) const {
    detail_geo_pairs(p, q, [&](const double* a, const double* b, index_t i) {
      double o[2];
      normal_geo::log_map(a, b, o);
      v[i] = S(o[0]);
      v[d_ + i] = S(o[1]);
    });
  }
  bool exp_map(const S* p, const S* v, S* q) const {
    bool ok = true;
    detail_geo_pairs(p, v, [&](const double* a, const double* u, index_t i) {
      double o[2];
      ok = normal_geo::exp_map(a, u, o) && ok;
      q[i] = S(o[0]);
      q[d_ + i] = S(o[1]);
    });
    return ok;
  }
  void geodesic_point(const S* p, const S* q, S t, S* out) const {
    detail_geo_pairs(p, q, [&](const double* a, const double* b, index_t i) {
      double o[2];
      normal_geo::point(a, b, double(t), o);
      out[i] = S(o[0]);
      out[d_ + i] = S(o[1]);
    });
  }
  void parallel_transport(const S* p, const S* q, const S* v, S* w) const {
    detail_geo_pairs(p, q, [&](const double* a, const double* b, index_t i) {
      const double u[2] = {double(v[i]), double(v[d_ + i])};
      double o[2];
      normal_geo::transport(a, b, u, o);
      w[i] = S(o[0]);
      w[d_ + i] = S(o[1]);
    });
  }
  // fn(a, b, i) on the pairs (x_i, x_{d+i}), (y_i, y_{d+i}) in double
  template <class Fn>
  void detail_geo_pairs(const S* x, const S* y, Fn&& fn) const {
    for (index_t i = 0; i < d_; ++i) {
      const double a[2] = {double(x[i]), double(x[d_ + i])}, b[2] = {double(y[i]), double(y[d_ + i])};
      fn(a, b, i);
    }
  }

 private:
  INFOGEOM_HOST_DEVICE void blockwise(const S* t, S* G, void (Normal<S>::*block)(const S*, S*) const) const {
    const index_t D = 2 * d_;
    for (index_t k = 0; k < D * D; ++k) G[k] = S(0);
    for (index_t i = 0; i < d_; ++i) {
      S b[4];
      (normal_.*block)(pair(t, i).v, b);
      scatter_block(b, i, G, D);
    }
  }
  struct Pair {
    S v[2];
  };
  // (v[i], v[d+i]): the parameters of coordinate i in Normal<S>'s layout.
  INFOGEOM_HOST_DEVICE Pair pair(const S* v, index_t i) const { return {{v[i], v[d_ + i]}}; }
  // Writes the row-major 2×2 block b into rows/columns (i, d+i) of the row-major D×D matrix M.
  INFOGEOM_HOST_DEVICE void scatter_block(const S* b, index_t i, S* M, index_t D) const {
    const index_t r[2] = {i, d_ + i};
    for (int a = 0; a < 2; ++a)
      for (int c = 0; c < 2; ++c) M[r[a] * D + r[c]] = b[2 * a + c];
  }

  index_t d_;
  Normal<S> normal_{};
};

}  // namespace infogeom
