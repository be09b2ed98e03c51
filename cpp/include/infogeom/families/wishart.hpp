// Wishart W_d(n, V) on the cone of d×d symmetric positive definite matrices, d ≥ 1, degrees of
// freedom n > d − 1, scale V SPD; D = 1 + d(d+1)/2. An observation X is passed flattened
// row-major (d² numbers; its symmetric part is used).
//
// Density (Anderson, "An Introduction to Multivariate Statistical Analysis", 3rd ed., 2003, §7.2;
// w.r.t. Lebesgue measure on the d(d+1)/2 free entries):
//   p(X) = |X|^{(n−d−1)/2} exp(−½ tr(V⁻¹X)) / (2^{nd/2} |V|^{n/2} Γ_d(n/2)),
//   Γ_d(a) = π^{d(d−1)/4} Π_{j=0}^{d−1} Γ(a − j/2).
// With Λ = V⁻¹, a = n/2 and the orthonormal packing svec of svec.hpp:
//   θ = ((n−d−1)/2, svec(−½Λ)),  T(X) = (log det X, svec(X)),  h = 1,
//   F(θ) = log Γ_d(a) − a log det(Λ/2),                a = θ₁ + (d+1)/2,
//   η = (ψ_d(a) − log det(Λ/2), svec(2aΛ⁻¹)),           ψ_d(a) = Σ_j ψ(a − j/2)
// (E[X] = nV, E[log det X] = ψ_d(n/2) + d log 2 + log det V: Anderson §7.2, Muirhead, "Aspects
// of Multivariate Statistical Theory", 1982, Thm 3.2.15), and with M = mat(η₂) = E[X]:
//   Λ/2 = a M⁻¹, so  η₁ − log det M = ψ_d(a) − d log a =: g(a),
// which is increasing from −∞ (a → (d−1)/2) to 0 (a → ∞): the mean domain is {M SPD,
// η₁ < log det M}, and to_natural solves g(a) = η₁ − log det M by safeguarded Newton.
//
// Numerics. The distance to the boundary b = θ₁ + 1 = a − (d−1)/2 > 0 is the working variable:
// the gamma-function arguments are x_j = b + j/2 (j = 0..d−1), so none loses digits near the
// boundary. For large a, where log Γ_d(a), a log a and a ψ_d(a) are all O(a log a) and their
// combinations O(log a), the entropy, F* and log_prob use Stirling-remainder forms (see
// big_log_term, entropy_term) and log x − ψ(x), ψ'(x) − 1/x from special.hpp, so they keep full
// relative accuracy for a up to ~1e15. Matrices go through Cholesky factors; temporaries are
// fixed-capacity stack matrices for d ≤ kStackDim. Float computes internally in double.
#pragma once
#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <tuple>
#include <type_traits>
#include <vector>

#include <Eigen/Cholesky>
#include <Eigen/Core>

#include "../family.hpp"
#include "../special.hpp"
#include "../svec.hpp"

namespace infogeom {

template <class S>
struct Wishart {
  using Scalar = S;
  using ctor_args = std::tuple<int>;
  static constexpr const char* name = "Wishart";
  using W = std::conditional_t<std::is_same_v<S, float>, double, S>;
  static constexpr int kStackDim = 8;
  static constexpr W log_2 = W(0.693147180559945309417232121458176568L);
  static constexpr W log_pi = W(1.14472988584940017414342735135305871L);
  static constexpr W half_log_2pi = W(0.918938533204672741780329736405617640L);
  static constexpr int kMaxIter = 100;

  explicit Wishart(int d) : d_(d) {
    if (d < 1) throw std::invalid_argument("Wishart: d must be >= 1");
    if (d > 4096) throw std::invalid_argument("Wishart: d must be <= 4096");
  }

  index_t dim() const { return 1 + svec_size(d_); }
  index_t sample_size() const { return index_t(d_) * d_; }
  bool scalar_sample() const { return false; }
  std::vector<SourceParam> source_params() const {
    return {{"df", {}}, {"scale", {index_t(d_), index_t(d_)}}};
  }
  index_t free_source_dim() const { return dim(); }

  // ------------------------------------------------------------------ domain checks
  const char* check_natural(const S* t) const {
    if (!all_finite(t, dim())) return "theta must be finite";
    if (!(W(t[0]) + W(1) > W(0))) return "theta[0] = (df - d - 1)/2 must be > -1";
    return with_capacity([&](auto cap) -> const char* {
      constexpr int M = decltype(cap)::value;
      Mat_<M> lam;
      precision<M>(t, lam);
      Eigen::LLT<Mat_<M>> llt(lam);
      return factor_ok<M>(llt) ? nullptr
                               : "theta[1:] = svec(-scale^-1/2) must be negative definite";
    });
  }
  const char* check_mean(const S* e) const {
    if (!all_finite(e, dim())) return "eta must be finite";
    return with_capacity([&](auto cap) -> const char* {
      constexpr int M = decltype(cap)::value;
      Mat_<M> m;
      unpack<M>(e + 1, m);
      Eigen::LLT<Mat_<M>> llt(m);
      if (!factor_ok<M>(llt)) return "mat(eta[1:]) (the mean of X) must be positive definite";
      if (!(W(e[0]) < W(2) * log_diag_sum<M>(llt)))
        return "eta[0] (the mean of log det X) must be < log det mat(eta[1:])";
      return nullptr;
    });
  }
  const char* check_source(const S* s) const {
    const index_t d = d_;
    if (!is_finite_num(s[0]) || !(W(s[0]) > W(d - 1))) return "df must be finite and > d - 1";
    const S* c = s + 1;
    if (!all_finite(c, d * d)) return "scale must be finite";
    if (!symmetric(c)) return "scale must be symmetric";
    return with_capacity([&](auto cap) -> const char* {
      constexpr int M = decltype(cap)::value;
      Mat_<M> v;
      symmetric_part<M>(c, v);
      Eigen::LLT<Mat_<M>> llt(v);
      return factor_ok<M>(llt) ? nullptr : "scale must be positive definite";
    });
  }
  const char* check_sample(const S* x) const {
    if (!all_finite(x, sample_size())) return "x must be finite";
    if (!symmetric(x)) return "x must be symmetric";
    return with_capacity([&](auto cap) -> const char* {
      constexpr int M = decltype(cap)::value;
      Mat_<M> m;
      symmetric_part<M>(x, m);
      Eigen::LLT<Mat_<M>> llt(m);
      return factor_ok<M>(llt) ? nullptr : "x must be positive definite";
    });
  }

  // ------------------------------------------------------------------ Legendre duality
  // F = log Γ_d(a) − a (log det Λ − d log 2).
  S log_partition(const S* t) const {
    return with_capacity([&](auto cap) -> S {
      constexpr int M = decltype(cap)::value;
      Mat_<M> lam;
      precision<M>(t, lam);
      Eigen::LLT<Mat_<M>> llt(lam);
      const W b = W(t[0]) + W(1), a = b + W(0.5) * W(d_ - 1);
      return S(log_mvgamma(b) - a * (W(2) * log_diag_sum<M>(llt) - W(d_) * log_2));
    });
  }
  void to_mean(const S* t, S* e) const {
    with_capacity([&](auto cap) {
      constexpr int M = decltype(cap)::value;
      Mat_<M> lam, v;
      precision<M>(t, lam);
      Eigen::LLT<Mat_<M>> llt(lam);
      inverse_from_factor<M>(llt, v);
      const W b = W(t[0]) + W(1), a = b + W(0.5) * W(d_ - 1);
      // η₁ = [ψ_d(a) − d log a] − log det(Λ/(2a)): both brackets O(1) when a is large (each of
      // ψ_d(a) and log det(Λ/2) is ~ d log a), the second as −2 Σ log(L_ii / √(2a)).
      W g, dg;
      g_and_deriv(b, g, dg);
      const auto& L = llt.matrixLLT();
      const W r = std::sqrt(W(2) * a);
      W ld = 0;
      for (index_t i = 0; i < d_; ++i) ld += std::log(L(i, i) / r);
      e[0] = S(g - W(2) * ld);
      pack<M>(v, W(2) * a, e + 1);
    });
  }
  // Solve g(b) = c, c = η₁ − log det M, then θ = (b − 1, svec(−a M⁻¹)).
  void to_natural(const S* e, S* t) const {
    with_capacity([&](auto cap) {
      constexpr int M = decltype(cap)::value;
      Mat_<M> m, minv;
      unpack<M>(e + 1, m);
      Eigen::LLT<Mat_<M>> llt(m);
      if (!factor_ok<M>(llt)) {
        fill_nan(t, dim());
        return;
      }
      const W b = solve_b(W(e[0]) - W(2) * log_diag_sum<M>(llt));
      if (!(b > W(0))) {
        fill_nan(t, dim());
        return;
      }
      const W a = b + W(0.5) * W(d_ - 1);
      inverse_from_factor<M>(llt, minv);
      t[0] = S(b - W(1));
      pack<M>(minv, -a, t + 1);
    });
  }
  // F*(η) = −H(θ(η)) (h = 1), with log det(Λ/2) = d log a − log det M.
  S conjugate(const S* e) const {
    return with_capacity([&](auto cap) -> S {
      constexpr int M = decltype(cap)::value;
      Mat_<M> m;
      unpack<M>(e + 1, m);
      Eigen::LLT<Mat_<M>> llt(m);
      if (!factor_ok<M>(llt)) return quiet_nan<S>();
      const W logdet_m = W(2) * log_diag_sum<M>(llt);
      const W b = solve_b(W(e[0]) - logdet_m);
      if (!(b > W(0))) return quiet_nan<S>();
      const W a = b + W(0.5) * W(d_ - 1);
      return S(-entropy_from(b, W(d_) * std::log(a) - logdet_m));
    });
  }
  // ∇²F(θ) = Cov T(X):
  //   Var(log det X) = ψ'_d(a) = Σ_j ψ'(x_j),
  //   Cov(log det X, X) = ∂E[X]/∂θ₁ = 2V,
  //   Cov(X_ij, X_kl) = n (V_ik V_jl + V_il V_jk)  (Muirhead 1982, Thm 3.2.4 / Anderson §7.3),
  // which in the orthonormal svec basis B_p reads 8a f_p f_q (V_ik V_jl + V_il V_jk), f = ½ on
  // the diagonal and 1/√2 off it.
  void fisher(const S* t, S* G) const {
    with_capacity([&](auto cap) {
      constexpr int M = decltype(cap)::value;
      const index_t D = dim();
      Mat_<M> lam, v;
      precision<M>(t, lam);
      Eigen::LLT<Mat_<M>> llt(lam);
      inverse_from_factor<M>(llt, v);
      const W b = W(t[0]) + W(1), a = b + W(0.5) * W(d_ - 1);
      W tri = 0;
      for (index_t j = 0; j < d_; ++j) tri += special::trigamma(b + W(0.5) * W(j));
      G[0] = S(tri);
      for_svec([&](index_t p, index_t i, index_t j, W s) {
        const S u = S(W(2) * s * v(i, j));
        G[1 + p] = u;
        G[(1 + p) * D] = u;
      });
      fill_kron<M>(v, W(8) * a, G + D + 1, D);
    });
  }
  // ∇²F*(η) in closed form (block inverse of the Fisher matrix above by its Schur complement):
  // with K = 4a 𝒱 (𝒱 the operator Y ↦ VYV, inverse Y ↦ ΛYΛ), u = svec(2V):
  //   w = K⁻¹u = svec(Λ)/(2a),  s = ψ'_d(a) − uᵀK⁻¹u = ψ'_d(a) − d/a
  //     = Σ_j (ψ'(x_j) − 1/x_j) + Σ_j (1/x_j − 1/a)   (all terms ≥ 0, no cancellation),
  //   G* = [[1/s, −wᵀ/s], [−w/s, K⁻¹ + w wᵀ/s]],  K⁻¹_pq = f_p f_q (Λ_ik Λ_jl + Λ_il Λ_jk)/(2a).
  void fisher_mean(const S* t, S* G) const {
    with_capacity([&](auto cap) {
      constexpr int M = decltype(cap)::value;
      const index_t D = dim();
      Mat_<M> lam;
      precision<M>(t, lam);
      const W b = W(t[0]) + W(1), a = b + W(0.5) * W(d_ - 1);
      const W s = schur(b, a);
      fill_kron<M>(lam, W(1) / (W(2) * a), G + D + 1, D);
      G[0] = S(W(1) / s);
      // w_p = svec(Λ)_p / (2a)
      for_svec([&](index_t p, index_t i, index_t j, W sp) {
        const W wp = sp * lam(i, j) / (W(2) * a);
        G[1 + p] = S(-wp / s);
        G[(1 + p) * D] = S(-wp / s);
        for_svec([&](index_t q, index_t k, index_t l, W sq) {
          if (q < p) return;
          const W wq = sq * lam(k, l) / (W(2) * a);
          const index_t r = (1 + p) * D + 1 + q, c = (1 + q) * D + 1 + p;
          const S val = S(W(G[r]) + wp * wq / s);
          G[r] = val;
          G[c] = val;
        });
      });
    });
  }
  // Fisher information in ξ = (df, scale_ab for a ≤ b, row-major), in closed form:
  //   I_nn = ¼ ψ'_d(n/2),  I_(n),(ab) = w_ab Λ_ab,
  //   I_(ab),(ce) = (n/2) tr(Λ E_ab Λ E_ce) = 2a w_ab w_ce (Λ_ac Λ_be + Λ_ae Λ_bc),
  // E_ab = e_a e_bᵀ + e_b e_aᵀ, E_aa = e_a e_aᵀ, w = ½ on the diagonal, 1 off it (Jᵀ∇²F J with
  // J below; cf. the Fisher information of the Wishart scale, Muirhead 1982, §3.2).
  void fisher_source(const S* t, S* G) const {
    with_capacity([&](auto cap) {
      constexpr int M = decltype(cap)::value;
      const index_t d = d_, P = dim();
      Mat_<M> lam;
      precision<M>(t, lam);
      const W b = W(t[0]) + W(1), a = b + W(0.5) * W(d - 1);
      W tri = 0;
      for (index_t j = 0; j < d; ++j) tri += special::trigamma(b + W(0.5) * W(j));
      G[0] = S(W(0.25) * tri);
      index_t row = 1;
      for (index_t i = 0; i < d; ++i)
        for (index_t j = i; j < d; ++j, ++row) {
          const W wij = (i == j) ? W(0.5) : W(1);
          G[row] = G[row * P] = S(wij * lam(i, j));
          index_t col = 1;
          for (index_t k = 0; k < d; ++k)
            for (index_t l = k; l < d; ++l, ++col) {
              if (col < row) continue;
              const W wkl = (k == l) ? W(0.5) : W(1);
              const S v = S(W(2) * a * wij * wkl * (lam(i, k) * lam(j, l) + lam(i, l) * lam(j, k)));
              G[row * P + col] = v;
              G[col * P + row] = v;
            }
        }
    });
  }
  S entropy(const S* t) const {
    return with_capacity([&](auto cap) -> S {
      constexpr int M = decltype(cap)::value;
      Mat_<M> lam;
      precision<M>(t, lam);
      Eigen::LLT<Mat_<M>> llt(lam);
      const W b = W(t[0]) + W(1);
      return S(entropy_from(b, W(2) * log_diag_sum<M>(llt) - W(d_) * log_2));
    });
  }

  // ------------------------------------------------------------------ observations
  void sufficient_statistics(const S* x, S* out) const {
    with_capacity([&](auto cap) {
      constexpr int M = decltype(cap)::value;
      Mat_<M> m;
      symmetric_part<M>(x, m);
      Eigen::LLT<Mat_<M>> llt(m);
      out[0] = factor_ok<M>(llt) ? S(W(2) * log_diag_sum<M>(llt)) : quiet_nan<S>();
      pack<M>(m, W(1), out + 1);
    });
  }
  S log_base_measure(const S*) const { return S(0); }
  // log p(X) without the O(a log a) cancellation of θ·T − F: with Λ = L Lᵀ and
  // Z = ½ Lᵀ X L (det Z = det(Λ/2) det X, tr Z = ½ tr ΛX) written as Z = a (I + U),
  //   log p = [a d log a − a d − log Γ_d(a)] − a [tr U − log det(I + U)] − ((d+1)/2) log det X.
  // The bracket is big_log_term (Stirling remainders); with I + U = R Rᵀ (Cholesky),
  //   tr U − log det(I + U) = Σ_i (R_ii² − 1 − log R_ii²) + Σ_{i>j} R_ij²,
  // every term ≥ 0 (one_minus_log_term).
  S log_prob(const S* x, const S* t) const {
    return with_capacity([&](auto cap) -> S {
      constexpr int M = decltype(cap)::value;
      const index_t d = d_;
      Mat_<M> lam, xm, z;
      precision<M>(t, lam);
      symmetric_part<M>(x, xm);
      Eigen::LLT<Mat_<M>> lx(xm);
      const W logdet_x = W(2) * log_diag_sum<M>(lx);
      Eigen::LLT<Mat_<M>> ll(lam);
      const W b = W(t[0]) + W(1), a = b + W(0.5) * W(d - 1);
      // Z/a = (Lᵀ X L) / (2a)
      const auto L = ll.matrixL();
      z.noalias() = xm * L;
      Mat_<M> y;
      y.noalias() = L.transpose() * z;
      z = (W(0.5) / a) * (W(0.5) * (y + y.transpose()));
      Eigen::LLT<Mat_<M>> lz(z);
      const auto& R = lz.matrixLLT();
      W psi = 0;
      for (index_t i = 0; i < d; ++i) {
        psi += one_minus_log_term(R(i, i));
        for (index_t j = 0; j < i; ++j) psi += R(i, j) * R(i, j);
      }
      return S(big_log_term(b) - a * psi - W(0.5) * W(d + 1) * logdet_x);
    });
  }

  // ------------------------------------------------------------------ source parameters
  // Packed source: df, then scale (d×d row-major; its symmetric part is used).
  void from_source(const S* s, S* t) const {
    with_capacity([&](auto cap) {
      constexpr int M = decltype(cap)::value;
      Mat_<M> v, lam;
      symmetric_part<M>(s + 1, v);
      Eigen::LLT<Mat_<M>> llt(v);
      if (!factor_ok<M>(llt)) {
        fill_nan(t, dim());
        return;
      }
      inverse_from_factor<M>(llt, lam);
      t[0] = S(W(0.5) * (W(s[0]) - W(d_ + 1)));
      pack<M>(lam, W(-0.5), t + 1);
    });
  }
  void to_source(const S* t, S* s) const {
    with_capacity([&](auto cap) {
      constexpr int M = decltype(cap)::value;
      const index_t d = d_;
      Mat_<M> lam, v;
      precision<M>(t, lam);
      Eigen::LLT<Mat_<M>> llt(lam);
      inverse_from_factor<M>(llt, v);
      s[0] = S(W(2) * (W(t[0]) + W(1)) + W(d - 1));
      for (index_t i = 0; i < d; ++i)
        for (index_t j = 0; j < d; ++j) s[1 + i * d + j] = S(v(i, j));
    });
  }
  // J = ∂θ/∂ξ: ∂θ₁/∂n = ½, ∂θ₂/∂V_ab = svec(½ Λ E_ab Λ) (∂Λ = −Λ (∂V) Λ, Petersen & Pedersen,
  // "The Matrix Cookbook", eq. 59), the other blocks 0.
  void source_jacobian(const S* t, S* J) const {
    with_capacity([&](auto cap) {
      constexpr int M = decltype(cap)::value;
      const index_t d = d_, P = dim();
      Mat_<M> lam;
      precision<M>(t, lam);
      for (index_t i = 0; i < P * P; ++i) J[i] = S(0);
      J[0] = S(0.5);
      index_t col = 1;
      for (index_t a = 0; a < d; ++a)
        for (index_t b = a; b < d; ++b, ++col)
          for_svec([&](index_t p, index_t k, index_t l, W s) {
            const W v = (a == b) ? lam(k, a) * lam(a, l)
                                 : lam(k, a) * lam(b, l) + lam(k, b) * lam(a, l);
            J[(1 + p) * P + col] = S(W(0.5) * s * v);
          });
    });
  }

 private:
  int d_;

  template <int M>
  using Mat_ = Eigen::Matrix<W, Eigen::Dynamic, Eigen::Dynamic, Eigen::ColMajor, M, M>;

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

  // Row-major d×d block symmetric to within 100 ε (|c_ij| + |c_ji|).
  bool symmetric(const S* c) const {
    const index_t d = d_;
    const S tol = S(100) * std::numeric_limits<S>::epsilon();
    for (index_t i = 1; i < d; ++i)
      for (index_t j = 0; j < i; ++j) {
        const S u = c[i * d + j], v = c[j * d + i];
        if (std::abs(u - v) > tol * (std::abs(u) + std::abs(v))) return false;
      }
    return true;
  }

  template <class Fn>
  void for_svec(Fn&& fn) const {
    for (index_t i = 0; i < d_; ++i) fn(i, i, i, W(1));
    for (index_t i = 1; i < d_; ++i)
      for (index_t j = 0; j < i; ++j) fn(svec_offdiag_index(d_, i, j), i, j, sqrt2<W>());
  }

  // A = mat(v) for the packed svec v.
  template <int M>
  void unpack(const S* v, Mat_<M>& A) const {
    const index_t d = d_;
    A.resize(d, d);
    for (index_t i = 0; i < d; ++i) A(i, i) = W(v[i]);
    for (index_t i = 1; i < d; ++i)
      for (index_t j = 0; j < i; ++j) {
        const W x = W(v[svec_offdiag_index(d, i, j)]) / sqrt2<W>();
        A(i, j) = x;
        A(j, i) = x;
      }
  }
  // out = svec(c · A), reading the lower triangle of A.
  template <int M>
  void pack(const Mat_<M>& A, W c, S* out) const {
    for_svec([&](index_t p, index_t i, index_t j, W s) { out[p] = S(c * s * A(i, j)); });
  }

  // Λ = −2 mat(θ₂).
  template <int M>
  void precision(const S* t, Mat_<M>& lam) const {
    unpack<M>(t + 1, lam);
    lam *= W(-2);
  }

  template <int M>
  void symmetric_part(const S* c, Mat_<M>& A) const {
    const index_t d = d_;
    A.resize(d, d);
    for (index_t i = 0; i < d; ++i) {
      A(i, i) = W(c[i * d + i]);
      for (index_t j = 0; j < i; ++j) {
        const W v = W(0.5) * (W(c[i * d + j]) + W(c[j * d + i]));
        A(i, j) = v;
        A(j, i) = v;
      }
    }
  }

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

  template <int M>
  W log_diag_sum(const Eigen::LLT<Mat_<M>>& llt) const {
    const auto& L = llt.matrixLLT();
    W s = 0;
    for (index_t i = 0; i < d_; ++i) s += std::log(L(i, i));
    return s;
  }

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

  // G[p][q] (leading dimension ld) = c f_p f_q (A_ik A_jl + A_il A_jk): the matrix of
  // Y ↦ c/2 · A Y A in the orthonormal svec basis (f = ½ diagonal, 1/√2 off-diagonal).
  template <int M>
  void fill_kron(const Mat_<M>& A, W c, S* G, index_t ld) const {
    const W h = W(0.5) * sqrt2<W>();
    for_svec([&](index_t p, index_t i, index_t j, W) {
      const W fp = (i == j) ? W(0.5) : h;
      for_svec([&](index_t q, index_t k, index_t l, W) {
        if (q < p) return;
        const W fq = (k == l) ? W(0.5) : h;
        const S v = S(c * fp * fq * (A(i, k) * A(j, l) + A(i, l) * A(j, k)));
        G[p * ld + q] = v;
        G[q * ld + p] = v;
      });
    });
  }

  // log Γ_d(a) = d(d−1)/4 log π + Σ_j lgamma(b + j/2).
  W log_mvgamma(W b) const {
    W s = W(0.25) * W(d_) * W(d_ - 1) * log_pi;
    for (index_t j = 0; j < d_; ++j) s += special::lgamma(b + W(0.5) * W(j));
    return s;
  }

  // Stirling remainder lgamma(x) − [(x − ½) log x − x + ½ log 2π] for x ≥ 10 (Abramowitz &
  // Stegun 6.1.41; truncation below 1e-17 relative there).
  static W stirling(W x) {
    const W z = W(1) / x, z2 = z * z;
    W p = W(43867.0 / 244188.0);
    p = p * z2 - W(3617.0 / 122400.0);
    p = p * z2 + W(1.0 / 156.0);
    p = p * z2 - W(691.0 / 360360.0);
    p = p * z2 + W(1.0 / 1188.0);
    p = p * z2 - W(1.0 / 1680.0);
    p = p * z2 + W(1.0 / 1260.0);
    p = p * z2 - W(1.0 / 360.0);
    p = p * z2 + W(1.0 / 12.0);
    return z * p;
  }

  // r² − 1 − log r² = v − log1p(v), v = r² − 1 = (r − 1)(r + 1), for r > 0: the series
  // v²/2 − v³/3 + v⁴/4 − ... where |v| ≤ ¼ (40 terms reach 4^-40 relative), else the direct
  // form (v − 2 log r, not log1p(v), which would lose r² ≪ 1 in v).
  static W one_minus_log_term(W r) {
    const W v = (r - W(1)) * (r + W(1));
    if (std::abs(v) > W(0.25)) return v - W(2) * std::log(r);
    W term = v * v, s = 0;
    for (int k = 2; k < 42; ++k) {
      s += ((k % 2 == 0) ? W(1) : W(-1)) * term / W(k);
      term *= v;
    }
    return s;
  }

  // a d log a − a d − log Γ_d(a), with x_j = b + j/2 = a − k/2 (k = d−1−j). For x_j ≥ 10:
  //   a log a − a − lgamma(x_j) = ((k+1)/2) log a − (a − (k+1)/2) log1p(−k/(2a)) − k/2
  //                               − ½ log 2π − stirling(x_j),
  // whose O(1) pieces replace the O(a log a) ones; below 10 the direct form has no such loss.
  W big_log_term(W b) const {
    const index_t d = d_;
    const W a = b + W(0.5) * W(d - 1), la = std::log(a);
    W s = W(-0.25) * W(d) * W(d - 1) * log_pi;
    for (index_t j = 0; j < d; ++j) {
      const W x = b + W(0.5) * W(j), k = W(d - 1 - j);
      if (x >= W(10)) {
        s += W(0.5) * (k + W(1)) * la - (a - W(0.5) * (k + W(1))) * std::log1p(-k / (W(2) * a)) -
             W(0.5) * k - half_log_2pi - stirling(x);
      } else {
        s += a * la - a - special::lgamma(x);
      }
    }
    return s;
  }

  // H = log Γ_d(a) + a d − (a − (d+1)/2) ψ_d(a) − ((d+1)/2) ℓ, ℓ = log det(Λ/2); per j
  // (x = x_j, k = d−1−j): lgamma(x) + x − x ψ(x) + k/2 + ((d+1−k)/2) ψ(x), and for x ≥ 10
  //   lgamma(x) + x − x ψ(x) = ½ log 2π − ½ log x + stirling(x) + x (log x − ψ(x))
  // (no O(x log x) cancellation).
  W entropy_from(W b, W ell) const {
    const index_t d = d_;
    W s = W(0.25) * W(d) * W(d - 1) * log_pi - W(0.5) * W(d + 1) * ell;
    for (index_t j = 0; j < d; ++j) {
      const W x = b + W(0.5) * W(j), k = W(d - 1 - j);
      const W g1 = (x >= W(10))
                       ? half_log_2pi - W(0.5) * std::log(x) + stirling(x) +
                             x * special::log_minus_digamma(x)
                       : special::lgamma(x) + x * (W(1) - special::digamma(x));
      s += g1 + W(0.5) * k + W(0.5) * (W(d + 1) - k) * special::digamma(x);
    }
    return s;
  }

  // g(b) = ψ_d(a) − d log a = −Σ_j (log x_j − ψ(x_j)) + Σ_j log1p(−k_j/(2a)), and
  // g'(b) = Σ_j (ψ'(x_j) − 1/x_j) + Σ_j k_j/(2 x_j a): sums of same-signed terms.
  void g_and_deriv(W b, W& g, W& dg) const {
    const index_t d = d_;
    const W a = b + W(0.5) * W(d - 1);
    g = 0;
    dg = 0;
    for (index_t j = 0; j < d; ++j) {
      const W x = b + W(0.5) * W(j), k = W(d - 1 - j);
      g += std::log1p(-k / (W(2) * a)) - special::log_minus_digamma(x);
      dg += special::trigamma_minus_inv(x) + k / (W(2) * x * a);
    }
  }
  // ψ'_d(a) − d/a, the Schur complement in fisher_mean.
  W schur(W b, W a) const {
    W s = 0;
    for (index_t j = 0; j < d_; ++j) {
      const W x = b + W(0.5) * W(j), k = W(d_ - 1 - j);
      s += special::trigamma_minus_inv(x) + k / (W(2) * x * a);
    }
    return s;
  }

  // The b > 0 with g(b) = c < 0, by Newton on φ(b) = −1/g(b), which is close to linear at both
  // ends (g ≈ ψ(b) ≈ −1/b as b → 0, g ≈ −d(d+1)/(4a) as a → ∞), safeguarded by the bracket
  // that the monotonicity of g maintains (bisection, geometric while unbounded, when a step
  // leaves it). Stops when the step is below 2ε b; NaN after kMaxIter iterations or for c ≥ 0.
  W solve_b(W c) const {
    if (!(c < W(0)) || !is_finite_num(c)) return quiet_nan<W>();
    const index_t d = d_;
    const W half_dm1 = W(0.5) * W(d - 1);
    // initial guess: the large-a asymptote, or the small-b one when that lands below 1
    W b = -W(0.25) * W(d) * W(d + 1) / c - half_dm1;
    if (!(b > W(1))) b = std::min(W(1), W(-1) / c);
    W lo = 0, hi = infinity<W>();
    const W eps = std::numeric_limits<W>::epsilon();
    for (int it = 0; it < kMaxIter; ++it) {
      W g, dg;
      g_and_deriv(b, g, dg);
      if (g == c) return b;
      if (g < c) lo = b;
      else hi = b;
      // Newton on φ = −1/g: Δb = −(g − c) g / (c g')
      W nb = b - (g - c) * g / (c * dg);
      if (!(nb > lo && nb < hi)) nb = (hi < infinity<W>()) ? W(0.5) * (lo + hi) : W(2) * b + W(1);
      if (std::abs(nb - b) <= W(2) * eps * b) return nb;
      if (hi - lo <= W(2) * eps * lo) return W(0.5) * (lo + hi);
      b = nb;
    }
    return quiet_nan<W>();
  }
};

}  // namespace infogeom
