// Bregman divergences B_φ(x : y) = φ(x) − φ(y) − ⟨x − y, ∇φ(y)⟩ for a set of classical generators
// (issue 3).  Reference: L. M. Bregman (1967), "The relaxation method of finding the common point of
// convex sets ...", USSR Comput. Math. Math. Phys. 7(3); A. Banerjee, S. Merugu, I. Dhillon,
// J. Ghosh (2005), "Clustering with Bregman divergences", JMLR 6, Table 1 (the generators below).
//
// A generator is a small trait, templated on the scalar S (float or double):
//
//   template <class S> struct MyGen {
//     static constexpr const char* name = "MyGen";
//     index_t width(index_t n) const;                     // scalars per point for "dimension" n
//     const char* check(const S* x, index_t n) const;     // nullptr, or what is wrong with x
//     S phi(const S* x, index_t n) const;                 // φ(x)
//     S divergence(const S* x, const S* y, index_t n) const;  // B_φ(x : y), never throws
//   };
//
// (plus `using scalar = S;`). `generators::pairwise(g, X, N, Y, M, n, out)` fills an N×M matrix
// for any such trait; optional members `linear_map` / `separable` (see below) give it GEMM forms.
//
// Every divergence is evaluated in a form that forms x − y first, so that near-identical points
// keep full relative accuracy (no φ(x) − φ(y) cancellation).  float inputs are evaluated internally
// in double and rounded once.
#pragma once
#include <Eigen/Cholesky>
#include <Eigen/Dense>
#include <Eigen/Eigenvalues>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <type_traits>
#include <utility>

#include "config.hpp"

namespace infogeom::generators {

namespace detail {

template <class S>
using work_t = std::conditional_t<std::is_same_v<S, float>, double, S>;

// Σ_{k≥1} u^{2k+1}/(2k+1) = atanh(u) − u, for |u| ≤ 1/2 (series of atanh, Abramowitz & Stegun 4.6.33).
template <class W>
W atanh_minus_u(W u) {
  const W u2 = u * u;
  W p = u * u2, s = 0;
  for (int k = 1; k < 200; ++k) {
    const W term = p / W(2 * k + 1);
    s += term;
    if (std::abs(term) <= std::numeric_limits<W>::epsilon() * 0.25 * std::abs(s)) break;
    p *= u2;
  }
  return s;
}

// h(t) = t − log(1 + t) ≥ 0 for t > −1, relatively accurate for all t (Itakura–Saito kernel:
// r − 1 − log r with r = 1 + t).  With u = t/(2 + t), log(1 + t) = 2 atanh(u) (A&S 4.6.22) and
// t = 2u/(1 − u), so h = 2u²/(1 − u) − 2(atanh u − u): both terms of the same order, no cancellation
// beyond a bounded factor for |u| ≤ 1/2, i.e. t ∈ (−2/3, 2).  Outside, t − log1p(t) is well conditioned.
template <class W>
W t_minus_log1p(W t) {
  if (t == -1) return std::numeric_limits<W>::infinity();
  const W u = t / (2 + t);
  if (std::abs(u) <= W(0.5)) return 2 * u * u / (1 - u) - 2 * atanh_minus_u(u);
  return t - std::log1p(t);
}

// g(t) = (1 + t) log(1 + t) − t ≥ 0 for t ≥ −1 (generalized-KL kernel: y·g((x − y)/y)).
// With u as above, (1 + t) = (1 + u)/(1 − u) and
// g = 2/(1 − u) · [u² + (1 + u)(atanh u − u)], again free of cancellation for |u| ≤ 1/2.
template <class W>
W one_plus_t_log1p_minus_t(W t) {
  if (t == -1) return 1;
  const W u = t / (2 + t);
  if (std::abs(u) <= W(0.5)) return 2 / (1 - u) * (u * u + (1 + u) * atanh_minus_u(u));
  return (1 + t) * std::log1p(t) - t;
}

// e^d − 1 − d ≥ 0: Taylor series Σ_{k≥2} d^k/k! for |d| < 1 (all terms of one sign for d > 0,
// alternating and dominated by d²/2 for d < 0), expm1(d) − d otherwise (A&S 4.2.1).
template <class W>
W expm1_minus_x(W d) {
  if (std::abs(d) < 1) {
    W term = d * d / 2, s = term;
    for (int k = 3; k < 40; ++k) {
      term *= d / W(k);
      s += term;
      if (std::abs(term) <= std::numeric_limits<W>::epsilon() * 0.25 * std::abs(s)) break;
    }
    return s;
  }
  return std::expm1(d) - d;
}

}  // namespace detail

// φ(x) = ½‖x‖², B = ½‖x − y‖².
template <class S>
struct SquaredEuclidean {
  static constexpr const char* name = "SquaredEuclidean";
  index_t width(index_t n) const { return n; }
  const char* check(const S*, index_t) const { return nullptr; }
  S phi(const S* x, index_t n) const {
    detail::work_t<S> s = 0;
    for (index_t i = 0; i < n; ++i) s += detail::work_t<S>(x[i]) * x[i];
    return S(s / 2);
  }
  S divergence(const S* x, const S* y, index_t n) const {
    using W = detail::work_t<S>;
    W s = 0;
    for (index_t i = 0; i < n; ++i) {
      const W d = W(x[i]) - W(y[i]);
      s += d * d;
    }
    return S(s / 2);
  }
  // Pairwise GEMM form (see gemm_pairwise): B = ½‖Px − Py‖² with the linear map P = I.
  using RowMat = Eigen::Matrix<detail::work_t<S>, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
  RowMat linear_map(const RowMat& X) const { return X; }
};

// φ(x) = ½ xᵀAx with A symmetric positive semidefinite; B = ½ (x − y)ᵀA(x − y), evaluated as
// ½‖G(x − y)‖² with G = Λ^{1/2}Vᵀ from the eigendecomposition A = VΛVᵀ, hence B ≥ 0 exactly.
template <class S>
struct Mahalanobis {
  static constexpr const char* name = "Mahalanobis";
  using W = detail::work_t<S>;
  using Mat = Eigen::Matrix<W, Eigen::Dynamic, Eigen::Dynamic>;
  Mat A, G;
  index_t d = 0;

  explicit Mahalanobis(const Eigen::MatrixXd& a) {
    if (a.rows() != a.cols() || a.rows() < 1)
      throw std::invalid_argument("Mahalanobis: argument 'A' must be a non-empty square matrix");
    if (!a.allFinite()) throw std::invalid_argument("Mahalanobis: argument 'A' must be finite");
    const double scale = a.cwiseAbs().maxCoeff();
    const double tol = 8.0 * double(a.rows()) * std::numeric_limits<double>::epsilon() * scale;
    for (index_t i = 0; i < a.rows(); ++i)
      for (index_t j = 0; j < i; ++j)
        if (std::abs(a(i, j) - a(j, i)) > tol)
          throw std::invalid_argument("Mahalanobis: argument 'A' is not symmetric at index [" +
                                      std::to_string(i) + ", " + std::to_string(j) + "]");
    const Eigen::MatrixXd sym = (a + a.transpose()) / 2;
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> es(sym);
    if (es.info() != Eigen::Success)
      throw std::invalid_argument("Mahalanobis: eigendecomposition of 'A' failed");
    Eigen::VectorXd lam = es.eigenvalues();
    for (index_t i = 0; i < lam.size(); ++i) {
      if (lam(i) < -tol)
        throw std::invalid_argument("Mahalanobis: argument 'A' is not positive semidefinite "
                                    "(eigenvalue " + std::to_string(lam(i)) + ")");
      if (lam(i) < 0) lam(i) = 0;
    }
    d = a.rows();
    A = sym.cast<W>();
    G = (lam.cwiseSqrt().asDiagonal() * es.eigenvectors().transpose()).cast<W>();
  }
  index_t width(index_t) const { return d; }
  const char* check(const S*, index_t) const { return nullptr; }
  S phi(const S* x, index_t) const {
    Eigen::Matrix<W, Eigen::Dynamic, 1> v(d);
    for (index_t i = 0; i < d; ++i) v(i) = x[i];
    return S((G * v).squaredNorm() / 2);
  }
  S divergence(const S* x, const S* y, index_t) const {
    Eigen::Matrix<W, Eigen::Dynamic, 1> v(d);
    for (index_t i = 0; i < d; ++i) v(i) = W(x[i]) - W(y[i]);
    return S((G * v).squaredNorm() / 2);
  }
  // Pairwise GEMM form: B = ½‖Gx − Gy‖², rows mapped by x ↦ Gx.
  using RowMat = Eigen::Matrix<W, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
  RowMat linear_map(const RowMat& X) const { return X * G.transpose(); }
};

// φ(x) = Σ x log x − x on nonnegative vectors; B = Σ x log(x/y) − x + y (generalized / unnormalized
// KL, I-divergence; Csiszár 1991).  Per entry, with t = (x − y)/y: y·g(t), g(t) = (1+t)log(1+t) − t.
template <class S>
struct GeneralizedKL {
  static constexpr const char* name = "GeneralizedKL";
  using scalar = S;
  index_t width(index_t n) const { return n; }
  const char* check(const S* x, index_t n) const {
    for (index_t i = 0; i < n; ++i)
      if (x[i] < 0) return "entries must be nonnegative";
    return nullptr;
  }
  static detail::work_t<S> term(detail::work_t<S> x, detail::work_t<S> y) {
    using W = detail::work_t<S>;
    if (x == 0) return y;
    if (y == 0) return std::numeric_limits<W>::infinity();
    const W d = x - y;
    const W t = d / y;
    if (std::abs(t) <= 2) return y * detail::one_plus_t_log1p_minus_t(t);
    // x ≫ y or x ≪ y: x log(x/y) − (x − y) has no cancellation worth a series; log x − log y
    // avoids overflow of x/y.
    const W L = std::isfinite(t) ? std::log1p(t) : std::log(x) - std::log(y);
    return x * L - d;
  }
  S phi(const S* x, index_t n) const {
    using W = detail::work_t<S>;
    W s = 0;
    for (index_t i = 0; i < n; ++i) s += (x[i] == 0 ? W(0) : W(x[i]) * std::log(W(x[i]))) - x[i];
    return S(s);
  }
  S divergence(const S* x, const S* y, index_t n) const {
    detail::work_t<S> s = 0;
    for (index_t i = 0; i < n; ++i) s += term(x[i], y[i]);
    return S(s);
  }
  // Separable form for the pairwise GEMM: B = Σ(x log x − x) + Σ y + x·(−log y).
  template <class W>
  void separable(const S* p, index_t n, bool is_x, W* u, W& a, W& ma) const {
    a = 0;
    ma = 0;
    for (index_t k = 0; k < n; ++k) {
      const W v = p[k];
      if (is_x) {
        const W xl = v == 0 ? W(0) : v * std::log(v);
        u[k] = v;
        a += xl - v;
        ma += std::abs(xl) + std::abs(v);
      } else {
        u[k] = -std::log(v);
        a += v;
        ma += std::abs(v);
      }
    }
  }
};

// Burg entropy φ(x) = −Σ log x on positive vectors; B = Σ x/y − log(x/y) − 1 (Itakura–Saito).
// Per entry r − 1 − log r = h(t), t = (x − y)/y, h(t) = t − log(1 + t).
template <class S>
struct ItakuraSaito {
  static constexpr const char* name = "ItakuraSaito";
  using scalar = S;
  index_t width(index_t n) const { return n; }
  const char* check(const S* x, index_t n) const {
    for (index_t i = 0; i < n; ++i)
      if (!(x[i] > 0)) return "entries must be positive";
    return nullptr;
  }
  static detail::work_t<S> term(detail::work_t<S> x, detail::work_t<S> y) {
    using W = detail::work_t<S>;
    const W d = x - y;
    const W t = d / y;
    if (std::isfinite(t)) return detail::t_minus_log1p(t);
    return t - (std::log(x) - std::log(y));  // y subnormal-small: x/y overflows
  }
  S phi(const S* x, index_t n) const {
    detail::work_t<S> s = 0;
    for (index_t i = 0; i < n; ++i) s -= std::log(detail::work_t<S>(x[i]));
    return S(s);
  }
  S divergence(const S* x, const S* y, index_t n) const {
    detail::work_t<S> s = 0;
    for (index_t i = 0; i < n; ++i) s += term(x[i], y[i]);
    return S(s);
  }
  // Separable form for the pairwise GEMM: B = −Σ log x + (Σ log y − n) + x·(1/y).
  template <class W>
  void separable(const S* p, index_t n, bool is_x, W* u, W& a, W& ma) const {
    a = is_x ? W(0) : -W(n);
    ma = is_x ? W(0) : W(n);
    for (index_t k = 0; k < n; ++k) {
      const W v = p[k];
      const W l = std::log(v);
      u[k] = is_x ? v : 1 / v;
      a += is_x ? -l : l;
      ma += std::abs(l);
    }
  }
};

// φ(x) = Σ e^x; B = Σ e^y (e^{x−y} − 1 − (x − y)).
template <class S>
struct Exponential {
  static constexpr const char* name = "Exponential";
  index_t width(index_t n) const { return n; }
  const char* check(const S*, index_t) const { return nullptr; }
  S phi(const S* x, index_t n) const {
    detail::work_t<S> s = 0;
    for (index_t i = 0; i < n; ++i) s += std::exp(detail::work_t<S>(x[i]));
    return S(s);
  }
  S divergence(const S* x, const S* y, index_t n) const {
    using W = detail::work_t<S>;
    W s = 0;
    for (index_t i = 0; i < n; ++i) {
      const W d = W(x[i]) - W(y[i]);
      s += std::exp(W(y[i])) * detail::expm1_minus_x(d);
    }
    return S(s);
  }
};

// φ(X) = −log det X on n×n SPD matrices (row-major, n² scalars per point);
// B = tr(XY⁻¹) − log det(XY⁻¹) − n (Burg matrix divergence; Kulis, Sustik & Dhillon 2009, JMLR 10).
// With Y = LLᵀ (Cholesky) the eigenvalues λ of L⁻¹XL⁻ᵀ give B = Σ (λ − 1 − log λ).  We form
// D = X − Y first and take the eigenvalues μ = λ − 1 of L⁻¹DL⁻ᵀ directly, B = Σ h(μ), so that X ≈ Y
// keeps relative accuracy (μ is not obtained as a difference of numbers near 1).
template <class S>
struct LogDet {
  static constexpr const char* name = "LogDet";
  using W = detail::work_t<S>;
  using Mat = Eigen::Matrix<W, Eigen::Dynamic, Eigen::Dynamic>;
  index_t width(index_t n) const { return n * n; }
  static Mat load(const S* x, index_t n) {
    Mat m(n, n);
    for (index_t i = 0; i < n; ++i)
      for (index_t j = 0; j < n; ++j) m(i, j) = x[i * n + j];
    return m;
  }
  const char* check(const S* x, index_t n) const {
    const Mat m = load(x, n);
    if (!m.allFinite()) return "matrix entries must be finite";
    const W scale = m.cwiseAbs().maxCoeff();
    const W tol = 8 * W(n) * std::numeric_limits<S>::epsilon() * scale;
    for (index_t i = 0; i < n; ++i)
      for (index_t j = 0; j < i; ++j)
        if (std::abs(m(i, j) - m(j, i)) > tol) return "matrix is not symmetric";
    Eigen::LLT<Mat> llt(m);
    if (llt.info() != Eigen::Success) return "matrix is not positive definite";
    return nullptr;
  }
  S phi(const S* x, index_t n) const {
    Eigen::LLT<Mat> llt(load(x, n));
    if (llt.info() != Eigen::Success) return quiet_nan<S>();
    return S(-2 * llt.matrixLLT().diagonal().array().log().sum());
  }
  S divergence(const S* x, const S* y, index_t n) const {
    const Mat Y = load(y, n);
    Eigen::LLT<Mat> llt(Y);
    if (llt.info() != Eigen::Success) return quiet_nan<S>();
    Mat D = load(x, n) - Y;
    D = (D + D.transpose()).eval() / 2;
    // M = L⁻¹ D L⁻ᵀ by two triangular solves
    const auto L = llt.matrixL();
    Mat M = L.solve(D);
    M = L.solve(M.transpose()).eval();
    M = (M + M.transpose()).eval() / 2;
    Eigen::SelfAdjointEigenSolver<Mat> es(M, Eigen::EigenvaluesOnly);
    if (es.info() != Eigen::Success) return quiet_nan<S>();
    W s = 0;
    for (index_t i = 0; i < n; ++i) {
      const W mu = es.eigenvalues()(i);
      if (mu <= -1) return infinity<S>();  // X not positive definite
      s += detail::t_minus_log1p(mu);
    }
    return S(s);
  }
};

// Generators of the form B = ½‖Px − Py‖² (a member linear_map) get a GEMM pairwise form:
// B_ij = ½(‖p_i‖² + ‖q_j‖²) − p_i·q_j with p = Px, q = Py.  This cancels when B_ij is small compared
// with the terms, so every entry whose value is not above tau·(½(‖p_i‖² + ‖q_j‖²) + |p_i·q_j|) is
// recomputed by the direct, cancellation-free divergence (tau = 2^-6: the GEMM entries kept have at
// most ~2^6·(n + 2)·ε relative error, by the standard dot-product bound |fl(p·q) − p·q| ≤ γ_n |p|·|q|,
// Higham, Accuracy and Stability of Numerical Algorithms, 2nd ed., §3.1).  `recompute(i, j)` is called for the guarded entries; fills out (N×M).
template <class Gen, class S, class Recompute, class ParFor>
void gemm_pairwise(const Gen& g, const S* X, index_t N, const S* Y, index_t M, index_t w, S* out,
                   Recompute&& recompute, ParFor&& par_for) {
  using W = detail::work_t<S>;
  using RowMat = Eigen::Matrix<W, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
  using MapS = Eigen::Map<const Eigen::Matrix<S, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>;
  const RowMat P = g.linear_map(MapS(X, N, w).template cast<W>());
  const RowMat Q = g.linear_map(MapS(Y, M, w).template cast<W>());
  const Eigen::Matrix<W, Eigen::Dynamic, 1> np = P.rowwise().squaredNorm() / 2;
  const Eigen::Matrix<W, Eigen::Dynamic, 1> nq = Q.rowwise().squaredNorm() / 2;
  const RowMat C = P * Q.transpose();
  const W tau = W(1) / 64;
  par_for(N, double(M) * 8, [&](index_t i) {
    for (index_t j = 0; j < M; ++j) {
      const W c = C(i, j);
      const W v = np(i) + nq(j) - c;
      if (v > tau * (np(i) + nq(j) + std::abs(c))) out[i * M + j] = S(v);
      else out[i * M + j] = recompute(i, j);  // also NaN/inf entries
    }
  });
}

// Generators with a separable form B(x : y) = a(x) + b(y) + u(x)·v(y) (a member `separable`
// filling u, v, a, b and the magnitudes ma = Σ|terms of a|, mb = Σ|terms of b|) get the GEMM form
// B_ij = a_i + b_j + (UVᵀ)_ij with the same per-entry guard against
// tau·(ma_i + mb_j + (|U||V|ᵀ)_ij), tau = 2^-6 (relative error of a kept entry ≤ ~2^6·(n + 2)·ε).
template <class Gen, class S, class Recompute, class ParFor>
void separable_pairwise(const Gen& g, const S* X, index_t N, const S* Y, index_t M, index_t n,
                        S* out, Recompute&& recompute, ParFor&& par_for) {
  using W = detail::work_t<S>;
  using RowMat = Eigen::Matrix<W, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
  using Vec = Eigen::Matrix<W, Eigen::Dynamic, 1>;
  RowMat U(N, n), V(M, n);
  Vec a(N), ma(N), b(M), mb(M);
  par_for(N, 16.0 * n, [&](index_t i) { g.separable(X + i * n, n, true, &U(i, 0), a(i), ma(i)); });
  par_for(M, 16.0 * n, [&](index_t j) { g.separable(Y + j * n, n, false, &V(j, 0), b(j), mb(j)); });
  const RowMat C = U * V.transpose();
  const RowMat Cabs = U.cwiseAbs() * V.cwiseAbs().transpose();
  const W tau = W(1) / 64;
  par_for(N, double(M) * 8, [&](index_t i) {
    for (index_t j = 0; j < M; ++j) {
      const W v = a(i) + b(j) + C(i, j);
      if (v > tau * (ma(i) + mb(j) + Cabs(i, j))) out[i * M + j] = S(v);
      else out[i * M + j] = recompute(i, j);  // also NaN/inf entries
    }
  });
}

template <class Gen, class = void>
struct has_separable : std::false_type {};
template <class Gen>
struct has_separable<
    Gen, std::void_t<decltype(std::declval<const Gen&>().separable(
             std::declval<const typename Gen::scalar*>(), index_t(0), true,
             std::declval<detail::work_t<typename Gen::scalar>*>(),
             std::declval<detail::work_t<typename Gen::scalar>&>(),
             std::declval<detail::work_t<typename Gen::scalar>&>()))>> : std::true_type {};

template <class Gen, class = void>
struct has_linear_map : std::false_type {};
template <class Gen>
struct has_linear_map<Gen, std::void_t<decltype(&Gen::linear_map)>> : std::true_type {};

// Serial row loop: the default `par_for` of pairwise() (the Python bindings pass an OpenMP one).
struct SerialFor {
  template <class Body>
  void operator()(index_t rows, double /*cost per row*/, Body&& body) const {
    for (index_t i = 0; i < rows; ++i) body(i);
  }
};

// out (N×M, row-major) = B(X_i : Y_j) for the rows X (N×w) and Y (M×w), w = g.width(n), for any
// generator trait (the classical ones above or a user's): the GEMM form for generators with a
// linear_map, the separable GEMM form for those with `separable`, direct loops otherwise, each
// GEMM entry guarded as described above. NaN rows give NaN entries. No validation (call g.check).
template <class Gen, class S, class ParFor = SerialFor>
void pairwise(const Gen& g, const S* X, index_t N, const S* Y, index_t M, index_t n, S* out,
              ParFor&& par_for = ParFor{}) {
  if (N <= 0 || M <= 0) return;
  const index_t w = g.width(n);
  auto nan_row = [w](const S* r) {
    for (index_t k = 0; k < w; ++k)
      if (r[k] != r[k]) return true;
    return false;
  };
  auto direct = [&](index_t i, index_t j) {
    const S* a = X + i * w;
    const S* b = Y + j * w;
    return (nan_row(a) || nan_row(b)) ? std::numeric_limits<S>::quiet_NaN() : g.divergence(a, b, n);
  };
  if constexpr (has_linear_map<Gen>::value) {
    gemm_pairwise(g, X, N, Y, M, w, out, direct, par_for);
  } else if constexpr (has_separable<Gen>::value) {
    separable_pairwise(g, X, N, Y, M, w, out, direct, par_for);
  } else {
    par_for(N, 32.0 * double(w) * double(M), [&](index_t i) {
      for (index_t j = 0; j < M; ++j) out[i * M + j] = direct(i, j);
    });
  }
}

}  // namespace infogeom::generators
