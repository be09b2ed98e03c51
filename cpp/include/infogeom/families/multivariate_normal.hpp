// Multivariate normal N(μ, Σ) on R^d, d ≥ 1, as a full exponential family of dimension
// D = d + d(d+1)/2.
//
// With Λ = Σ⁻¹ and the orthonormal packing svec of svec.hpp (diagonal, then √2 × the strictly
// lower entries row by row, so that ⟨svec A, svec B⟩ = tr(AB)):
//   θ = (Λμ, svec(−½Λ)),  T(x) = (x, svec(x xᵀ)),  h(x) = 1,
//   F(θ)  = ½ μᵀΛμ + ½ log det(2πΣ) = ½ θ₁ᵀΛ⁻¹θ₁ + ½ d log 2π − ½ log det Λ,
//   η     = ∇F(θ) = E[T(X)] = (μ, svec(Σ + μμᵀ)),
//   F*(η) = −½ log det(2πeΣ) with Σ = mat(η₂) − η₁η₁ᵀ,
//   ∇²F(θ) = Cov T(X) (Isserlis' theorem, see fisher()).
// (Nielsen & Garcia, "Statistical exponential families: a digest with flash cards", 2009, §
// multivariate Gaussian; Wainwright & Jordan, "Graphical models, exponential families, and
// variational inference", 2008, Example 3.3.)
//
// Numerics: every map goes through a Cholesky factor (Golub & Van Loan, "Matrix Computations",
// 4th ed., §4.2): Λ = L Lᵀ from θ, Σ = C Cᵀ from η or from the source parameters. Log
// determinants are 2 Σ log L_ii, quadratic forms are squared norms of triangular products,
// inverses are formed only where the output needs the matrix itself (η₂ needs Σ, θ₂ needs Λ).
// Σ = mat(η₂) − η₁η₁ᵀ is formed from exact products (see covariance_from_mean). The Fisher
// metric in mean and in source coordinates has its own closed form (fisher_mean, fisher_source,
// picked up by family.hpp): the generic (∇²F)⁻¹ and Jᵀ∇²F J lose all digits for ill-conditioned
// Σ or |μ| ≫ σ, because κ(∇²F) grows like κ(Σ)² and (|μ|/σ)⁴.
// Per row the work is O(d³) (O(d⁴) for the D×D Fisher matrices and the Jacobian, which have that
// many entries). For d ≤ kStackDim every temporary is a fixed-capacity Eigen matrix on the stack
// (MaxRows = MaxCols = kStackDim): no heap allocation; larger d falls back to dynamic storage.
// S = float computes internally in double (W) and rounds the results once.
#pragma once
#include <cmath>
#include <stdexcept>
#include <tuple>
#include <type_traits>
#include <vector>

#include <Eigen/Cholesky>
#include <Eigen/Core>
#include <Eigen/Eigenvalues>
#include <Eigen/LU>

#include "../family.hpp"
#include "../detail/divergence_math.hpp"
#include "../svec.hpp"

namespace infogeom {

template <class S>
struct MultivariateNormal {
  using Scalar = S;
  using ctor_args = std::tuple<int>;
  static constexpr const char* name = "MultivariateNormal";
  // Internal working precision: double for float inputs (cheap at these sizes, and it keeps
  // Cholesky factorizations of float32 SPD inputs with condition numbers beyond 1/ε_float alive).
  using W = std::conditional_t<std::is_same_v<S, float>, double, S>;
  static constexpr int kStackDim = 8;
  // kl() factorizes Λp and Λq (as I + E) itself and returns NaN if either is not positive
  // definite: the bindings then skip the separate domain checks (bind_divergence.hpp).
  static constexpr bool kl_checks_domain = true;
  static constexpr W log_2pi = W(1.83787706640934548356065947281123527L);   // log(2π)
  static constexpr W log_2pie = W(2.83787706640934548356065947281123527L);  // log(2πe)

  explicit MultivariateNormal(int d) : d_(d) {
    if (d < 1) throw std::invalid_argument("MultivariateNormal: d must be >= 1");
    if (d > 4096) throw std::invalid_argument("MultivariateNormal: d must be <= 4096");
  }

  index_t dim() const { return d_ + svec_size(d_); }
  index_t sample_size() const { return d_; }
  bool scalar_sample() const { return false; }
  std::vector<SourceParam> source_params() const {
    return {{"mean", {index_t(d_)}}, {"cov", {index_t(d_), index_t(d_)}}};
  }
  index_t free_source_dim() const { return dim(); }

  // ------------------------------------------------------------------ domain checks
  const char* check_natural(const S* t) const {
    if (!all_finite(t, dim())) return "theta must be finite";
    return with_capacity([&](auto cap) -> const char* {
      constexpr int M = decltype(cap)::value;
      Mat_<M> lam;
      precision<M>(t, lam);
      Eigen::LLT<Mat_<M>> llt(lam);
      return factor_ok<M>(llt) ? nullptr
                               : "theta[d:] = svec(-Lambda/2) must be negative definite "
                                 "(Lambda = cov^-1 positive definite)";
    });
  }
  const char* check_mean(const S* e) const {
    if (!all_finite(e, dim())) return "eta must be finite";
    return with_capacity([&](auto cap) -> const char* {
      constexpr int M = decltype(cap)::value;
      Mat_<M> sig;
      covariance_from_mean<M>(e, sig);
      Eigen::LLT<Mat_<M>> llt(sig);
      return factor_ok<M>(llt) ? nullptr
                               : "mat(eta[d:]) - eta[:d] eta[:d]^T (the covariance) must be "
                                 "positive definite";
    });
  }
  const char* check_source(const S* s) const {
    const index_t d = d_;
    if (!all_finite(s, d)) return "mean must be finite";
    const S* c = s + d;
    if (!all_finite(c, d * d)) return "cov must be finite";
    const S tol = S(100) * std::numeric_limits<S>::epsilon();
    for (index_t i = 1; i < d; ++i)
      for (index_t j = 0; j < i; ++j) {
        const S a = c[i * d + j], b = c[j * d + i];
        if (std::abs(a - b) > tol * (std::abs(a) + std::abs(b))) return "cov must be symmetric";
      }
    return with_capacity([&](auto cap) -> const char* {
      constexpr int M = decltype(cap)::value;
      Mat_<M> sig;
      symmetric_part<M>(c, sig);
      Eigen::LLT<Mat_<M>> llt(sig);
      return factor_ok<M>(llt) ? nullptr : "cov must be positive definite";
    });
  }
  const char* check_sample(const S* x) const {
    return all_finite(x, d_) ? nullptr : "x must be finite";
  }

  // ------------------------------------------------------------------ Legendre duality
  // F(θ) = ½‖L⁻¹θ₁‖² + ½ d log 2π − Σ log L_ii with Λ = L Lᵀ (θ₁ᵀΛ⁻¹θ₁ = ‖L⁻¹θ₁‖²).
  S log_partition(const S* t) const {
    return with_capacity([&](auto cap) -> S {
      constexpr int M = decltype(cap)::value;
      Mat_<M> lam;
      precision<M>(t, lam);
      Eigen::LLT<Mat_<M>> llt(lam);
      Vec_<M> z(d_);
      for (index_t i = 0; i < d_; ++i) z[i] = W(t[i]);
      llt.matrixL().solveInPlace(z);
      return S(W(0.5) * z.squaredNorm() + W(0.5) * W(d_) * log_2pi - log_diag_sum<M>(llt));
    });
  }
  void to_mean(const S* t, S* e) const {
    with_capacity([&](auto cap) {
      constexpr int M = decltype(cap)::value;
      Vec_<M> mu;
      Mat_<M> sig;
      moments<M>(t, mu, sig);
      for (index_t i = 0; i < d_; ++i) e[i] = S(mu[i]);
      // η₂ = svec(Σ + μμᵀ)
      for (index_t i = 0; i < d_; ++i) e[d_ + i] = S(std::fma(mu[i], mu[i], sig(i, i)));
      for (index_t i = 1; i < d_; ++i)
        for (index_t j = 0; j < i; ++j)
          e[d_ + svec_offdiag_index(d_, i, j)] = S(sqrt2<W>() * std::fma(mu[i], mu[j], sig(i, j)));
    });
  }
  // θ = (Σ⁻¹μ, svec(−½Σ⁻¹)) with Σ = mat(η₂) − η₁η₁ᵀ = C Cᵀ.
  void to_natural(const S* e, S* t) const {
    with_capacity([&](auto cap) {
      constexpr int M = decltype(cap)::value;
      Mat_<M> sig;
      covariance_from_mean<M>(e, sig);
      Vec_<M> mu(d_);
      for (index_t i = 0; i < d_; ++i) mu[i] = W(e[i]);
      natural_from_moments<M>(mu, sig, t);
    });
  }
  // F*(η) = −½ d log(2πe) − Σ log C_ii.
  S conjugate(const S* e) const {
    return with_capacity([&](auto cap) -> S {
      constexpr int M = decltype(cap)::value;
      Mat_<M> sig;
      covariance_from_mean<M>(e, sig);
      Eigen::LLT<Mat_<M>> llt(sig);
      if (!factor_ok<M>(llt)) return quiet_nan<S>();
      return S(W(-0.5) * W(d_) * log_2pie - log_diag_sum<M>(llt));
    });
  }
  // ∇²F(θ) = Cov T(X), from the Gaussian moments (Isserlis, "On a formula for the product-moment
  // coefficient of any order of a normal frequency distribution in any number of variables",
  // Biometrika 12, 1918; written out in Petersen & Pedersen, "The Matrix Cookbook", §8.2.3):
  //   Cov(x_i, x_j)         = Σ_ij,
  //   Cov(x_i, x_a x_b)     = μ_a Σ_ib + μ_b Σ_ia,
  //   Cov(x_a x_b, x_c x_e) = Σ_ac Σ_be + Σ_ae Σ_bc + μ_a μ_c Σ_be + μ_a μ_e Σ_bc
  //                           + μ_b μ_c Σ_ae + μ_b μ_e Σ_ac,
  // each svec coordinate carrying its factor (1 on the diagonal, √2 off it). Only the upper
  // triangle is evaluated and mirrored, so G is exactly symmetric.
  void fisher(const S* t, S* G) const {
    with_capacity([&](auto cap) {
      constexpr int M = decltype(cap)::value;
      Vec_<M> mu;
      Mat_<M> sig;
      moments<M>(t, mu, sig);
      const index_t d = d_, D = dim();
      for (index_t i = 0; i < d; ++i)
        for (index_t j = 0; j < d; ++j) G[i * D + j] = S(sig(i, j));
      for_svec([&](index_t p, index_t a, index_t b, W s) {
        const index_t col = d + p;
        for (index_t i = 0; i < d; ++i) {
          const S v = S(s * (mu[a] * sig(i, b) + mu[b] * sig(i, a)));
          G[i * D + col] = v;
          G[col * D + i] = v;
        }
        for_svec([&](index_t q, index_t c, index_t f, W r) {
          if (q < p) return;
          const W v = sig(a, c) * sig(b, f) + sig(a, f) * sig(b, c) +
                      mu[a] * (mu[c] * sig(b, f) + mu[f] * sig(b, c)) +
                      mu[b] * (mu[c] * sig(a, f) + mu[f] * sig(a, c));
          const S g = S(s * r * v);
          G[col * D + d + q] = g;
          G[(d + q) * D + col] = g;
        });
      });
    });
  }
  // ∇²F*(η) in closed form (found by detection in family.hpp; the generic (∇²F)⁻¹ inverts a
  // matrix whose condition number grows like κ(Σ)² and (|μ|²/σ_min²)²). From
  // F*(η) = −½ log det Σ + const, Σ = H − mmᵀ (H = mat(η₂), m = η₁), and d log det Σ =
  // tr(Λ dΣ), dΛ = −Λ dΣ Λ (Petersen & Pedersen, "The Matrix Cookbook", eqs. 57, 59):
  //   d²F* = dmᵀΛdm + ½ tr(Λ dΣ Λ dΣ),  dΣ = dH − dm mᵀ − m dmᵀ  (d²Σ = −2 dm dmᵀ).
  // With B_p the orthonormal svec basis (B_ii = e_i e_iᵀ, B_ij = (e_i e_jᵀ + e_j e_iᵀ)/√2),
  // λ_k = Λ e_k and θ₁ = Λm, the blocks are
  //   G_mm = Λ (1 + mᵀΛm) + θ₁θ₁ᵀ,
  //   G_(m_k),(h_ij) = −(s/2)(Λ_ik θ₁_j + Λ_jk θ₁_i)          (s = 1 for i = j, √2 otherwise),
  //   G_(h_ij),(h_kl) = f_ij f_kl (Λ_ik Λ_jl + Λ_il Λ_jk)       (f = ½ for i = j, 1/√2 otherwise).
  // Λ and θ₁ are read off θ; only μ = Λ⁻¹θ₁ takes a (Cholesky) solve.
  void fisher_mean(const S* t, S* G) const {
    with_capacity([&](auto cap) {
      constexpr int M = decltype(cap)::value;
      const index_t d = d_, D = dim();
      Mat_<M> lam;
      precision<M>(t, lam);
      Vec_<M> th1(d), mu(d);
      for (index_t i = 0; i < d; ++i) th1[i] = W(t[i]);
      {
        Eigen::LLT<Mat_<M>> llt(lam);
        mu = th1;
        llt.solveInPlace(mu);
      }
      const W q = W(1) + th1.dot(mu);  // 1 + mᵀΛm
      for (index_t k = 0; k < d; ++k)
        for (index_t l = 0; l <= k; ++l) {
          const S v = S(lam(k, l) * q + th1[k] * th1[l]);
          G[k * D + l] = v;
          G[l * D + k] = v;
        }
      const W inv_sqrt2 = W(0.5) * sqrt2<W>();
      for_svec([&](index_t p, index_t i, index_t j, W s) {
        const index_t col = d + p;
        for (index_t k = 0; k < d; ++k) {
          const S v = S(W(-0.5) * s * (lam(i, k) * th1[j] + lam(j, k) * th1[i]));
          G[k * D + col] = v;
          G[col * D + k] = v;
        }
        const W fp = (i == j) ? W(0.5) : inv_sqrt2;
        for_svec([&](index_t r, index_t k, index_t l, W) {
          if (r < p) return;
          const W fr = (k == l) ? W(0.5) : inv_sqrt2;
          const S v = S(fp * fr * (lam(i, k) * lam(j, l) + lam(i, l) * lam(j, k)));
          G[col * D + d + r] = v;
          G[(d + r) * D + col] = v;
        });
      });
    });
  }
  // Fisher information in the source coordinates ξ = (μ, Σ_ab for a ≤ b), in closed form
  // (found by detection in family.hpp; Jᵀ∇²F J cancels for large |μ|/σ or ill-conditioned Σ):
  //   I_μμ = Λ,  I_μΣ = 0,  I_(ab),(ce) = ½ tr(Λ E_ab Λ E_ce) = w_ab w_ce (Λ_ac Λ_be + Λ_ae Λ_bc)
  // with E_ab = e_a e_bᵀ + e_b e_aᵀ, E_aa = e_a e_aᵀ, and w = ½ on the diagonal, 1 off it
  // (Kay, "Fundamentals of Statistical Signal Processing: Estimation Theory", 1993, eq. 3.31).
  // Λ is read off θ: no factorization at all.
  void fisher_source(const S* t, S* G) const {
    with_capacity([&](auto cap) {
      constexpr int M = decltype(cap)::value;
      const index_t d = d_, P = dim();
      Mat_<M> lam;
      precision<M>(t, lam);
      for (index_t i = 0; i < P * P; ++i) G[i] = S(0);
      for (index_t k = 0; k < d; ++k)
        for (index_t l = 0; l < d; ++l) G[k * P + l] = S(lam(k, l));
      index_t row = d;
      for (index_t a = 0; a < d; ++a)
        for (index_t b = a; b < d; ++b, ++row) {
          const W wab = (a == b) ? W(0.5) : W(1);
          index_t col = d;
          for (index_t c = 0; c < d; ++c)
            for (index_t e = c; e < d; ++e, ++col) {
              if (col < row) continue;
              const W wce = (c == e) ? W(0.5) : W(1);
              const S v = S(wab * wce * (lam(a, c) * lam(b, e) + lam(a, e) * lam(b, c)));
              G[row * P + col] = v;
              G[col * P + row] = v;
            }
        }
    });
  }
  // H = ½ log det(2πeΣ) = ½ d log(2πe) − Σ log L_ii.
  S entropy(const S* t) const {
    return with_capacity([&](auto cap) -> S {
      constexpr int M = decltype(cap)::value;
      Mat_<M> lam;
      precision<M>(t, lam);
      Eigen::LLT<Mat_<M>> llt(lam);
      return S(W(0.5) * W(d_) * log_2pie - log_diag_sum<M>(llt));
    });
  }

  // ------------------------------------------------------------------ observations
  void sufficient_statistics(const S* x, S* out) const {
    const index_t d = d_;
    for (index_t i = 0; i < d; ++i) {
      out[i] = x[i];
      out[d + i] = x[i] * x[i];
    }
    for (index_t i = 1; i < d; ++i)
      for (index_t j = 0; j < i; ++j)
        out[d + svec_offdiag_index(d, i, j)] = S(sqrt2<W>() * W(x[i]) * W(x[j]));
  }
  S log_base_measure(const S*) const { return S(0); }
  // log p(x) = −½ ‖Lᵀ(x − μ)‖² − ½ d log 2π + Σ log L_ii  (Λ = L Lᵀ, μ = Λ⁻¹θ₁ by two
  // triangular solves): no cancellation between θ·T(x) and F(θ).
  S log_prob(const S* x, const S* t) const {
    return with_capacity([&](auto cap) -> S {
      constexpr int M = decltype(cap)::value;
      Mat_<M> lam;
      precision<M>(t, lam);
      Eigen::LLT<Mat_<M>> llt(lam);
      Vec_<M> r(d_);
      for (index_t i = 0; i < d_; ++i) r[i] = W(t[i]);
      llt.solveInPlace(r);  // μ
      for (index_t i = 0; i < d_; ++i) r[i] = W(x[i]) - r[i];
      // q = ‖Lᵀ r‖², Lᵀ upper triangular: (Lᵀr)_j = Σ_{k≥j} L_kj r_k
      const auto& L = llt.matrixLLT();
      W q = 0;
      for (index_t j = 0; j < d_; ++j) {
        W u = 0;
        for (index_t k = j; k < d_; ++k) u += L(k, j) * r[k];
        q += u * u;
      }
      return S(W(-0.5) * q - W(0.5) * W(d_) * log_2pi + log_diag_sum<M>(llt));
    });
  }

  // ------------------------------------------------------------------ source parameters
  // Packed source: mean (d), then cov (d×d, row-major). The symmetric part of cov is used.
  void from_source(const S* s, S* t) const {
    with_capacity([&](auto cap) {
      constexpr int M = decltype(cap)::value;
      Mat_<M> sig;
      symmetric_part<M>(s + d_, sig);
      Vec_<M> mu(d_);
      for (index_t i = 0; i < d_; ++i) mu[i] = W(s[i]);
      natural_from_moments<M>(mu, sig, t);
    });
  }
  void to_source(const S* t, S* s) const {
    with_capacity([&](auto cap) {
      constexpr int M = decltype(cap)::value;
      Vec_<M> mu;
      Mat_<M> sig;
      moments<M>(t, mu, sig);
      const index_t d = d_;
      for (index_t i = 0; i < d; ++i) s[i] = S(mu[i]);
      for (index_t i = 0; i < d; ++i)
        for (index_t j = 0; j < d; ++j) s[d + i * d + j] = S(sig(i, j));
    });
  }
  // J = ∂θ/∂ξ, ξ = (μ, Σ_ab for a ≤ b in row-major order), each off-diagonal Σ_ab moving both
  // symmetric entries (E_ab = e_a e_bᵀ + e_b e_aᵀ; E_aa = e_a e_aᵀ). With ∂Λ = −Λ (∂Σ) Λ
  // (Petersen & Pedersen, "The Matrix Cookbook", eq. 59) and θ₁ = Λμ:
  //   ∂θ₁/∂μ = Λ,  ∂θ₁/∂Σ_ab = −Λ E_ab θ₁,  ∂θ₂/∂μ = 0,  ∂θ₂/∂Σ_ab = svec(½ Λ E_ab Λ).
  // Λ and θ₁ are read off θ directly (no factorization needed).
  void source_jacobian(const S* t, S* J) const {
    with_capacity([&](auto cap) {
      constexpr int M = decltype(cap)::value;
      const index_t d = d_, P = dim();
      Mat_<M> lam;
      precision<M>(t, lam);
      Vec_<M> m(d);
      for (index_t i = 0; i < d; ++i) m[i] = W(t[i]);
      for (index_t i = 0; i < P * P; ++i) J[i] = S(0);
      for (index_t i = 0; i < d; ++i)
        for (index_t j = 0; j < d; ++j) J[i * P + j] = S(lam(i, j));
      index_t col = d;
      for (index_t a = 0; a < d; ++a)
        for (index_t b = a; b < d; ++b, ++col) {
          if (a == b) {
            for (index_t i = 0; i < d; ++i) J[i * P + col] = S(-lam(i, a) * m[a]);
            for_svec([&](index_t p, index_t k, index_t l, W s) {
              J[(d + p) * P + col] = S(W(0.5) * s * (lam(k, a) * lam(a, l)));
            });
          } else {
            for (index_t i = 0; i < d; ++i)
              J[i * P + col] = S(-(lam(i, a) * m[b] + lam(i, b) * m[a]));
            for_svec([&](index_t p, index_t k, index_t l, W s) {
              J[(d + p) * P + col] = S(W(0.5) * s * (lam(k, a) * lam(b, l) + lam(k, b) * lam(a, l)));
            });
          }
        }
    });
  }


  // ------------------------------------------------------------------ Fisher–Rao closed forms
  // Two sub-cases of the MVN Fisher–Rao distance are known in closed form (Skovgaard, "A
  // Riemannian geometry of the multivariate normal model", Scand. J. Stat. 11, 1984; Pinele,
  // Strapasson & Costa, "The Fisher–Rao distance between multivariate normal distributions:
  // special cases, bounds and applications", Entropy 22, 2020):
  //  * equal covariances Σ: d = √2 arccosh(1 + Δ²/4) = 2√2 asinh(Δ/(2√2)), Δ² = δμᵀΣ⁻¹δμ
  //    (the asinh form does not cancel for nearby means); here δμ = Λ⁻¹(θ₁q − θ₁p);
  //  * equal means: d = √(½ Σ log² λ_i), λ_i the eigenvalues of Σp^{-1/2} Σq Σp^{-1/2}, here
  //    1 + e_i with e_i those of E = Lp⁻¹ (Λq − Λp) Lp⁻ᵀ (Λp = Lp Lpᵀ) and log1p(e_i): no
  //    cancellation for nearby covariances.
  // Equal covariances = bitwise-equal θ₂. Equal means = μp, μq whose Mahalanobis difference is
  // ≤ 1e-8 of the covariance distance, where the mean difference changes d by a relative
  // O(1e-16) (d² = d_Σ² + O(δμ²)). Returns false (d untouched) in every other case, and for
  // points outside the domain (the general solver reports those).
  bool fisher_rao_special(const double* p, const double* q, double* d_out) const {
    const index_t d = d_;
    const index_t D = dim();
    bool same_cov = true;
    for (index_t i = d; i < D; ++i) same_cov &= p[i] == q[i];
    using MX = Eigen::MatrixXd;
    using VX = Eigen::VectorXd;
    MX lp(d, d), dl(d, d);
    for (index_t i = 0; i < d; ++i) {
      lp(i, i) = -2.0 * p[d + i];
      dl(i, i) = -2.0 * (q[d + i] - p[d + i]);
    }
    for (index_t i = 1; i < d; ++i)
      for (index_t j = 0; j < i; ++j) {
        const index_t k = d + svec_offdiag_index(d, i, j);
        lp(i, j) = lp(j, i) = -sqrt2<double>() * p[k];
        dl(i, j) = dl(j, i) = -sqrt2<double>() * (q[k] - p[k]);
      }
    Eigen::LLT<MX> llt(lp);
    if (llt.info() != Eigen::Success) return false;
    const MX& L = llt.matrixLLT();
    for (index_t i = 0; i < d; ++i)
      if (!(L(i, i) > 0.0) || !is_finite_num(L(i, i))) return false;
    if (same_cov) {
      VX dt(d);
      for (index_t i = 0; i < d; ++i) dt[i] = q[i] - p[i];
      L.triangularView<Eigen::Lower>().solveInPlace(dt);  // ‖L⁻¹δθ₁‖ = Mahalanobis δμ
      *d_out = 2.0 * sqrt2<double>() * std::asinh(dt.norm() / (2.0 * sqrt2<double>()));
      return true;
    }
    // E = Lp⁻¹ ΔΛ Lp⁻ᵀ
    MX X = L.triangularView<Eigen::Lower>().solve(dl);
    MX E = L.triangularView<Eigen::Lower>().solve(X.transpose());
    E = (0.5 * (E + E.transpose())).eval();
    Eigen::SelfAdjointEigenSolver<MX> es(E, Eigen::EigenvaluesOnly);
    if (es.info() != Eigen::Success) return false;
    double s2 = 0.0;
    for (index_t i = 0; i < d; ++i) {
      const double e = es.eigenvalues()[i];
      if (!(e > -1.0)) return false;  // Λq not positive definite
      const double l = std::log1p(e);
      s2 += l * l;
    }
    const double dsig = std::sqrt(0.5 * s2);
    // mean difference: μq − μp = Λq⁻¹θ₁q − Λp⁻¹θ₁p, measured in Λp's norm
    Eigen::LLT<MX> lltq(lp + dl);
    if (lltq.info() != Eigen::Success) return false;
    VX tp = Eigen::Map<const VX>(p, d), tq = Eigen::Map<const VX>(q, d);
    const VX mp = llt.solve(tp), mq = lltq.solve(tq);
    const VX dm = L.transpose() * (mq - mp);  // ‖Lpᵀ δμ‖ = Mahalanobis in Σp
    if (!(dm.norm() <= 1e-8 * dsig)) return false;
    *d_out = dsig;
    return true;
  }

  // ------------------------------------------------------------------ Fisher–Rao exponential map
  // Closed-form geodesics (Eriksen, "Geodesics connected with the Fisher metric on the
  // multivariate normal manifold", 1987; Calvo & Oller, "An explicit solution of information
  // geodesic equations for the multivariate normal model", Statistics & Decisions 9, 1991): the
  // geodesic from N(0, I) with initial velocity (μ'(0), Σ'(0)) = (x, B) is
  //   exp(tA) = [[Δ(t), δ(t), ·], [·, ·, ·], [·, ·, ·]],  A = [[−B, x, 0], [xᵀ, 0, −xᵀ], [0, −x, B]]
  // ((2d+1)×(2d+1)), with Σ(t)⁻¹ = Δ(t) and Σ(t)⁻¹μ(t) = δ(t) — exactly the natural parameters.
  // A general start N(μ₀, Σ₀ = LLᵀ) is reduced to N(0, I) by the affine map y = L⁻¹(x − μ₀), an
  // isometry of the Fisher metric. Writes dq = exp_p(v) − p; the displacement is formed from
  // exp(A) − I (Taylor series of expm1 on A/2^s, then s doublings e^{2X} − I = (e^X − I)² +
  // 2(e^X − I)), so nearly equal points keep full relative accuracy. Used by the numerical
  // Fisher–Rao solver (detail/geodesic_numeric.hpp) as its shooting map. False if Σ₀ is not SPD.
  bool geodesic_exp_delta(const double* p, const double* v, double* dq) const {
    using MX = Eigen::MatrixXd;
    using VX = Eigen::VectorXd;
    const index_t d = d_;
    MX lam(d, d), dlam(d, d);
    svec_unpack(p + d, d, lam);
    svec_unpack(v + d, d, dlam);
    lam *= -2.0;   // Λ = −2 smat(θ₂)
    dlam *= -2.0;  // Λ' = −2 smat(v₂)
    Eigen::LLT<MX> llt_lam(lam);
    if (llt_lam.info() != Eigen::Success) return false;
    const MX sig = llt_lam.solve(MX::Identity(d, d));
    const VX th1 = Eigen::Map<const VX>(p, d), v1 = Eigen::Map<const VX>(v, d);
    const VX mu = sig * th1;
    // (μ', Σ') from (θ₁', θ₂'): Σ' = −ΣΛ'Σ, μ' = Σ(θ₁' − Λ'μ)
    const MX dsig = -sig * dlam * sig;
    const VX dmu = sig * (v1 - dlam * mu);
    Eigen::LLT<MX> llt_sig(0.5 * (sig + sig.transpose()));
    if (llt_sig.info() != Eigen::Success) return false;
    const MX L = llt_sig.matrixL();
    // standardized velocity: x = L⁻¹μ', B = L⁻¹Σ'L⁻ᵀ
    const VX x = L.triangularView<Eigen::Lower>().solve(dmu);
    MX B = L.triangularView<Eigen::Lower>().solve(dsig);
    B = L.triangularView<Eigen::Lower>().solve(B.transpose()).transpose().eval();
    B = (0.5 * (B + B.transpose())).eval();
    const index_t n = 2 * d + 1;
    MX A = MX::Zero(n, n);
    A.topLeftCorner(d, d) = -B;
    A.block(0, d, d, 1) = x;
    A.block(d, 0, 1, d) = x.transpose();
    A.block(d, d + 1, 1, d) = -x.transpose();
    A.block(d + 1, d, d, 1) = -x;
    A.bottomRightCorner(d, d) = B;
    // M = exp(A) − I
    const double nrm = A.cwiseAbs().rowwise().sum().maxCoeff();
    if (!std::isfinite(nrm)) return false;
    int s = 0;
    while (nrm / std::ldexp(1.0, s) > 0.25 && s < 60) ++s;
    const MX X = A / std::ldexp(1.0, s);
    MX M = X, term = X;
    for (int k = 2; k <= 20; ++k) {
      term = (term * X / double(k)).eval();
      M += term;
      if (term.cwiseAbs().maxCoeff() <= 1e-18 * M.cwiseAbs().maxCoeff()) break;
    }
    for (int k = 0; k < s; ++k) M = (M * M + 2.0 * M).eval();
    if (!M.allFinite()) return false;
    const MX dDelta = M.topLeftCorner(d, d);  // Δ − I
    const VX delta = M.block(0, d, d, 1);     // δ (δ(0) = 0)
    // back to θ: Λ = L⁻ᵀΔL⁻¹ ⇒ Λ − Λ₀ = L⁻ᵀ(Δ − I)L⁻¹; θ₁ = L⁻ᵀ(ΔL⁻¹μ₀ + δ) and θ₁₀ = L⁻ᵀL⁻¹μ₀
    //   ⇒ θ₁ − θ₁₀ = L⁻ᵀ((Δ − I)L⁻¹μ₀ + δ)
    const auto Lt = L.transpose().triangularView<Eigen::Upper>();
    MX dL = Lt.solve(dDelta);
    dL = Lt.solve(dL.transpose()).transpose().eval();
    dL = (0.5 * (dL + dL.transpose())).eval();
    const VX z = L.triangularView<Eigen::Lower>().solve(mu);
    const VX dth1 = Lt.solve(dDelta * z + delta);
    for (index_t i = 0; i < d; ++i) dq[i] = dth1[i];
    const MX dth2 = -0.5 * dL;  // θ₂ = svec(−½Λ)
    svec_pack<double>(dth2, dq + d);
    for (index_t i = 0; i < dim(); ++i)
      if (!std::isfinite(dq[i])) return false;
    return true;
  }

  // ------------------------------------------------------------------ divergences
  // (found by detection in divergence.hpp)
  // KL(p‖q) = ½ [tr(E) − log det(I + E)] + ½ (μp − μq)ᵀΛq(μp − μq) with Λp = Lp Lpᵀ and
  // E = Lp⁻¹(Λq − Λp)Lp⁻ᵀ, so that I + E = Lp⁻¹ΛqLp⁻ᵀ (the textbook
  // ½[tr(ΛqΣp) − d − log det(ΛqΣp) + ΔμᵀΛqΔμ] in relative form). Nothing is subtracted:
  //  * Λq − Λp = −2 mat(θ₂q − θ₂p) comes from the differences of the inputs;
  //  * the Cholesky factor I + E = L Lᵀ is computed carrying t_j = L_jj² − 1 = E_jj − Σ_k L_jk²
  //    instead of L_jj², and tr(LLᵀ) − d − 2 Σ log L_jj = Σ_j [t_j − log(1 + t_j)] + Σ_{i>j} L_ij²,
  //    a sum of terms ≥ 0 (t − log1p t by dmath::log1pmx);
  //  * Λq(μp − μq) = (Λq − Λp)μp − (θ₁q − θ₁p) =: v, and ΔμᵀΛqΔμ = vᵀΛq⁻¹v = ‖L⁻¹Lp⁻¹v‖².
  // Cost: two d×d Cholesky factorizations and three triangular solves, on the stack for
  // d ≤ kStackDim.
  S kl(const S* tp, const S* tq) const {
    return with_capacity([&](auto cap) -> S {
      constexpr int M = decltype(cap)::value;
      const index_t d = d_;
      Mat_<M> lp, dl;
      precision<M>(tp, lp);
      diff_precision<M>(tp, tq, dl);  // Λq − Λp
      Eigen::LLT<Mat_<M>> llt(lp);
      if (!factor_ok<M>(llt)) return quiet_nan<S>();
      const auto& Lp = llt.matrixLLT();
      Vec_<M> mu(d);
      for (index_t i = 0; i < d; ++i) mu[i] = W(tp[i]);
      llt.solveInPlace(mu);
      // E = Lp⁻¹ ΔΛ Lp⁻ᵀ (ΔΛ symmetric: E = Lp⁻¹ (Lp⁻¹ ΔΛ)ᵀ)
      Mat_<M> X = dl;
      lower_solve<M>(Lp, X);
      Mat_<M> E = X.transpose();
      lower_solve<M>(Lp, E);
      // Cholesky of I + E with t_j = L_jj² − 1 (the factor overwrites the lower triangle of E)
      W cov = 0;
      for (index_t j = 0; j < d; ++j) {
        W t = E(j, j);
        for (index_t k = 0; k < j; ++k) t -= E(j, k) * E(j, k);
        if (!(t > W(-1))) return quiet_nan<S>();
        const W ljj = std::sqrt(W(1) + t);
        cov += dmath::log1pmx(t);
        E(j, j) = ljj;
        for (index_t i = j + 1; i < d; ++i) {
          W a = W(0.5) * (E(i, j) + E(j, i));
          for (index_t k = 0; k < j; ++k) a -= E(i, k) * E(j, k);
          E(i, j) = a / ljj;
          cov += E(i, j) * E(i, j);
        }
      }
      // v = ΔΛ μp − (θ₁q − θ₁p), then ‖L⁻¹ Lp⁻¹ v‖²
      Vec_<M> v(d);
      for (index_t i = 0; i < d; ++i) {
        W a = -(W(tq[i]) - W(tp[i]));
        for (index_t k = 0; k < d; ++k) a += dl(i, k) * mu[k];
        v[i] = a;
      }
      lower_solve_vec<M>(Lp, v);
      lower_solve_vec<M>(E, v);
      return S(W(0.5) * (cov + v.squaredNorm()));
    });
  }
  // vᵀ∇²F(θ)v = Var(aᵀx + xᵀVx) for x ~ N(μ, Σ), a = v₁, V = mat(v₂) (V_ii = v₂_ii,
  // V_ij = v₂_(ij)/√2, so that v₂·svec(xxᵀ) = xᵀVx):
  //   = (a + 2Vμ)ᵀΣ(a + 2Vμ) + 2 tr(VΣVΣ) = ‖L⁻¹(a + 2Vμ)‖² + 2‖L⁻¹VL⁻ᵀ‖²_F   (Λ = LLᵀ),
  // a sum of squares (Isserlis; Petersen & Pedersen, "The Matrix Cookbook", §8.2.3).
  S fisher_quad(const S* t, const S* v) const {
    return with_capacity([&](auto cap) -> S {
      constexpr int M = decltype(cap)::value;
      const index_t d = d_;
      Mat_<M> lam;
      precision<M>(t, lam);
      Eigen::LLT<Mat_<M>> llt(lam);
      if (!factor_ok<M>(llt)) return quiet_nan<S>();
      const auto& L = llt.matrixLLT();
      Vec_<M> mu(d);
      for (index_t i = 0; i < d; ++i) mu[i] = W(t[i]);
      llt.solveInPlace(mu);
      Mat_<M> V(d, d);
      const W h = W(0.5) * sqrt2<W>();  // 1/√2
      for (index_t i = 0; i < d; ++i) V(i, i) = W(v[d + i]);
      for (index_t i = 1; i < d; ++i)
        for (index_t j = 0; j < i; ++j) V(i, j) = V(j, i) = h * W(v[d + svec_offdiag_index(d, i, j)]);
      Vec_<M> g(d);
      for (index_t i = 0; i < d; ++i) {
        W a = W(v[i]);
        for (index_t k = 0; k < d; ++k) a += W(2) * V(i, k) * mu[k];
        g[i] = a;
      }
      lower_solve_vec<M>(L, g);
      lower_solve<M>(L, V);
      Mat_<M> Y = V.transpose();
      lower_solve<M>(L, Y);
      return S(g.squaredNorm() + W(2) * Y.squaredNorm());
    });
  }
  // F = ½‖L⁻¹θ₁‖² + ½ d log 2π − Σ log L_ii: the sum of the magnitudes of its terms.
  S log_partition_scale(const S* t) const {
    return with_capacity([&](auto cap) -> S {
      constexpr int M = decltype(cap)::value;
      Mat_<M> lam;
      precision<M>(t, lam);
      Eigen::LLT<Mat_<M>> llt(lam);
      Vec_<M> z(d_);
      for (index_t i = 0; i < d_; ++i) z[i] = W(t[i]);
      llt.matrixL().solveInPlace(z);
      const auto& L = llt.matrixLLT();
      W s = W(0.5) * z.squaredNorm() + W(0.5) * W(d_) * log_2pi;
      for (index_t i = 0; i < d_; ++i) s += std::abs(std::log(L(i, i)));
      return S(s);
    });
  }

 private:
  int d_;

  template <int M>
  using Mat_ = Eigen::Matrix<W, Eigen::Dynamic, Eigen::Dynamic, Eigen::ColMajor, M, M>;
  template <int M>
  using Vec_ = Eigen::Matrix<W, Eigen::Dynamic, 1, Eigen::ColMajor, M, 1>;

  // Runs fn with the storage capacity for this d: stack buffers up to kStackDim, else dynamic.
  template <class Fn>
  decltype(auto) with_capacity(Fn&& fn) const {
    if (d_ <= kStackDim) return fn(std::integral_constant<int, kStackDim>{});
    return fn(std::integral_constant<int, Eigen::Dynamic>{});
  }

  static bool all_finite(const S* v, index_t n) {
    for (index_t i = 0; i < n; ++i)
      if (!is_finite_num(v[i])) return false;
    return true;
  }

  // Visits the svec positions in increasing order: fn(position, row, col, scale).
  template <class Fn>
  void for_svec(Fn&& fn) const {
    for (index_t i = 0; i < d_; ++i) fn(i, i, i, W(1));
    for (index_t i = 1; i < d_; ++i)
      for (index_t j = 0; j < i; ++j) fn(svec_offdiag_index(d_, i, j), i, j, sqrt2<W>());
  }

  // Λ = −2 mat(θ₂): Λ_ii = −2 θ₂_ii, Λ_ij = −√2 θ₂_(ij) for i ≠ j.
  template <int M>
  void precision(const S* t, Mat_<M>& lam) const {
    const index_t d = d_;
    lam.resize(d, d);
    for (index_t i = 0; i < d; ++i) lam(i, i) = W(-2) * W(t[d + i]);
    for (index_t i = 1; i < d; ++i)
      for (index_t j = 0; j < i; ++j) {
        const W v = -sqrt2<W>() * W(t[d + svec_offdiag_index(d, i, j)]);
        lam(i, j) = v;
        lam(j, i) = v;
      }
  }

  // Σ = mat(η₂) − η₁η₁ᵀ. The difference cancels when |μ| ≫ σ, so each entry is formed from
  // exact pieces: the product μ_i μ_j as an unevaluated sum hi + lo (fma), and for the
  // off-diagonal entries the quotient η₂_(ij)/√2 also as hi + lo (the division residual is exact
  // with fma; √2 itself as a double-double). (Dekker, "A floating-point technique for extending
  // the available precision", Numer. Math. 18, 1971; Muller et al., "Handbook of Floating-Point
  // Arithmetic", 2nd ed., §4.4 and §5.) Each Σ_ij then carries one rounding of its own size
  // instead of ε·|η₂_ij|.
  template <int M>
  void covariance_from_mean(const S* e, Mat_<M>& sig) const {
    const index_t d = d_;
    sig.resize(d, d);
    for (index_t i = 0; i < d; ++i) sig(i, i) = std::fma(-W(e[i]), W(e[i]), W(e[d + i]));
    static_assert(std::is_same_v<W, double>, "the double-double constant below is for double");
    constexpr W s_hi = sqrt2<W>();
    constexpr W s_lo = W(-9.667293313452913e-17);  // √2 − s_hi, rounded
    for (index_t i = 1; i < d; ++i)
      for (index_t j = 0; j < i; ++j) {
        const W mi = W(e[i]), mj = W(e[j]);
        const W p_hi = mi * mj, p_lo = std::fma(mi, mj, -p_hi);
        const W t = W(e[d + svec_offdiag_index(d, i, j)]);
        const W q_hi = t / s_hi;
        // t/√2 − q_hi = (t − q_hi s_hi − q_hi s_lo) / √2
        const W q_lo = (std::fma(-q_hi, s_hi, t) - q_hi * s_lo) / s_hi;
        const W v = ((q_hi - p_hi) + (q_lo - p_lo));
        sig(i, j) = v;
        sig(j, i) = v;
      }
  }

  // ½(C + Cᵀ) of the row-major d×d block c.
  template <int M>
  void symmetric_part(const S* c, Mat_<M>& sig) const {
    const index_t d = d_;
    sig.resize(d, d);
    for (index_t i = 0; i < d; ++i) {
      sig(i, i) = W(c[i * d + i]);
      for (index_t j = 0; j < i; ++j) {
        const W v = W(0.5) * (W(c[i * d + j]) + W(c[j * d + i]));
        sig(i, j) = v;
        sig(j, i) = v;
      }
    }
  }

  // The factorization succeeded and the factor is finite with a positive diagonal.
  template <int M>
  bool factor_ok(const Eigen::LLT<Mat_<M>>& llt) const {
    if (llt.info() != Eigen::Success) return false;
    const auto& L = llt.matrixLLT();
    for (index_t j = 0; j < d_; ++j) {
      if (!(L(j, j) > W(0))) return false;
      for (index_t i = j; i < d_; ++i)
        if (!is_finite_num(L(i, j))) return false;
    }
    return true;
  }

  // Σ log L_ii = ½ log det A for A = L Lᵀ.
  template <int M>
  W log_diag_sum(const Eigen::LLT<Mat_<M>>& llt) const {
    const auto& L = llt.matrixLLT();
    W s = 0;
    for (index_t i = 0; i < d_; ++i) s += std::log(L(i, i));
    return s;
  }

  // B = L⁻ᵀ L⁻¹ = A⁻¹ for A = L Lᵀ: triangular inverse, then the lower triangle of the
  // product (mirrored, so B is exactly symmetric).
  template <int M>
  void inverse_from_factor(const Eigen::LLT<Mat_<M>>& llt, Mat_<M>& B) const {
    const index_t d = d_;
    Mat_<M> li = Mat_<M>::Identity(d, d);
    llt.matrixL().solveInPlace(li);
    B.resize(d, d);
    for (index_t j = 0; j < d; ++j)
      for (index_t i = j; i < d; ++i) {
        W s = 0;
        for (index_t k = i; k < d; ++k) s += li(k, i) * li(k, j);
        B(i, j) = s;
        B(j, i) = s;
      }
  }

  // μ = Λ⁻¹θ₁ (two triangular solves) and Σ = Λ⁻¹, from θ.
  template <int M>
  void moments(const S* t, Vec_<M>& mu, Mat_<M>& sig) const {
    Mat_<M> lam;
    precision<M>(t, lam);
    Eigen::LLT<Mat_<M>> llt(lam);
    mu.resize(d_);
    for (index_t i = 0; i < d_; ++i) mu[i] = W(t[i]);
    llt.solveInPlace(mu);
    inverse_from_factor<M>(llt, sig);
  }

  // θ = (Σ⁻¹μ, svec(−½Σ⁻¹)) with Σ = C Cᵀ; NaN if Σ is not positive definite.
  template <int M>
  void natural_from_moments(const Vec_<M>& mu, const Mat_<M>& sig, S* t) const {
    const index_t d = d_;
    Eigen::LLT<Mat_<M>> llt(sig);
    if (!factor_ok<M>(llt)) {
      fill_nan(t, dim());
      return;
    }
    Vec_<M> m = mu;
    llt.solveInPlace(m);
    Mat_<M> lam;
    inverse_from_factor<M>(llt, lam);
    for (index_t i = 0; i < d; ++i) {
      t[i] = S(m[i]);
      t[d + i] = S(W(-0.5) * lam(i, i));
    }
    const W h = W(-0.5) * sqrt2<W>();  // −½ · √2 = −1/√2
    for (index_t i = 1; i < d; ++i)
      for (index_t j = 0; j < i; ++j) t[d + svec_offdiag_index(d, i, j)] = S(h * lam(i, j));
  }

  // Λq − Λp = −2 mat(θ₂q − θ₂p), from the differences of the inputs.
  template <int M>
  void diff_precision(const S* tp, const S* tq, Mat_<M>& dl) const {
    const index_t d = d_;
    dl.resize(d, d);
    for (index_t i = 0; i < d; ++i) dl(i, i) = W(-2) * (W(tq[d + i]) - W(tp[d + i]));
    for (index_t i = 1; i < d; ++i)
      for (index_t j = 0; j < i; ++j) {
        const index_t o = d + svec_offdiag_index(d, i, j);
        const W v = -sqrt2<W>() * (W(tq[o]) - W(tp[o]));
        dl(i, j) = v;
        dl(j, i) = v;
      }
  }
  // B ← L⁻¹B for the lower triangle of L (forward substitution, column by column).
  template <int M, class LM>
  void lower_solve(const LM& L, Mat_<M>& B) const {
    const index_t d = d_;
    for (index_t c = 0; c < d; ++c)
      for (index_t i = 0; i < d; ++i) {
        W a = B(i, c);
        for (index_t k = 0; k < i; ++k) a -= L(i, k) * B(k, c);
        B(i, c) = a / L(i, i);
      }
  }
  template <int M, class LM>
  void lower_solve_vec(const LM& L, Vec_<M>& b) const {
    for (index_t i = 0; i < d_; ++i) {
      W a = b[i];
      for (index_t k = 0; k < i; ++k) a -= L(i, k) * b[k];
      b[i] = a / L(i, i);
    }
  }
};

}  // namespace infogeom
