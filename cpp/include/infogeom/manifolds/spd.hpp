// The manifold of symmetric positive definite n×n matrices (issue 4, ig.manifolds.SPD).
//
// Affine-invariant metric ⟨U, V⟩_A = tr(A⁻¹U A⁻¹V): X. Pennec, P. Fillard, N. Ayache (2006),
// "A Riemannian framework for tensor computing", IJCV 66(1), §3 (distance, exp, log, geodesic,
// Karcher mean by the fixed-point gradient iteration); R. Bhatia (2007), "Positive Definite
// Matrices", ch. 6.  Parallel transport E V Eᵀ, E = (BA⁻¹)^{1/2}: S. Sra, R. Hosseini (2015),
// "Conic geometric optimization on the manifold of positive definite matrices", SIAM J. Optim.
// 25(1), §3.  Log-Euclidean metric: V. Arsigny, P. Fillard, X. Pennec, N. Ayache (2007), SIAM J.
// Matrix Anal. Appl. 29(1).
//
// Every affine-invariant operation is written with the Cholesky factor A = LLᵀ (any square root of A
// gives the same result, by affine invariance) and the symmetric eigendecomposition
//   M = L⁻¹(B − A)L⁻ᵀ = Q diag(μ) Qᵀ,     L⁻¹BL⁻ᵀ = Q diag(1 + μ) Qᵀ,
// with B − A formed first: the eigenvalues 1 + μ of the pencil (B, A) enter only through log1p(μ),
// so dist(A, B) = sqrt(Σ log1p(μ_i)²) keeps full relative accuracy when B ≈ A.
//
// Points are row-major n×n matrices on raw pointers (n² scalars); float input is computed in double
// and rounded once.  No function throws (the constructor excepted) or allocates beyond Eigen
// temporaries; a failed factorization gives NaN.
#pragma once
#include <Eigen/Cholesky>
#include <Eigen/Dense>
#include <Eigen/Eigenvalues>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <type_traits>

#include "../config.hpp"

namespace infogeom::manifolds {

template <class S>
using work_t = std::conditional_t<std::is_same_v<S, float>, double, S>;

template <class S>
struct SPD {
  using W = work_t<S>;
  using Mat = Eigen::Matrix<W, Eigen::Dynamic, Eigen::Dynamic>;
  using Vec = Eigen::Matrix<W, Eigen::Dynamic, 1>;

  index_t n;

  explicit SPD(index_t n_) : n(n_) {
    if (n_ < 1) throw std::invalid_argument("SPD: n must be a positive integer");
  }

  index_t point_width() const { return n * n; }
  index_t tangent_width() const { return n * n; }

  Mat load(const S* x) const {
    Mat m(n, n);
    for (index_t i = 0; i < n; ++i)
      for (index_t j = 0; j < n; ++j) m(i, j) = W(x[i * n + j]);
    return m;
  }
  // Stores the symmetric part (exactly symmetric output).
  void store(const Mat& m, S* out) const {
    for (index_t i = 0; i < n; ++i)
      for (index_t j = 0; j <= i; ++j) {
        const S v = S((m(i, j) + m(j, i)) / 2);
        out[i * n + j] = v;
        out[j * n + i] = v;
      }
  }

  // Symmetric within 8n·ε·max|entry| (ε of the input type), as for the LogDet generator.
  static const char* check_symmetric(const Mat& m) {
    if (!m.allFinite()) return "has entries that are not finite";
    const W scale = m.cwiseAbs().maxCoeff();
    const W tol = 8 * W(m.rows()) * W(std::numeric_limits<S>::epsilon()) * scale;
    for (index_t i = 0; i < m.rows(); ++i)
      for (index_t j = 0; j < i; ++j)
        if (std::abs(m(i, j) - m(j, i)) > tol) return "is not symmetric";
    return nullptr;
  }
  const char* check_point(const S* x) const {
    const Mat m = load(x);
    if (const char* e = check_symmetric(m)) return e;
    Eigen::LLT<Mat> llt(m);
    if (llt.info() != Eigen::Success)
      return "is not symmetric positive definite (Cholesky factorization failed)";
    return nullptr;
  }
  const char* check_tangent(const S* v) const { return check_symmetric(load(v)); }

  // ---- building blocks
  // X ↦ L⁻¹ X L⁻ᵀ (symmetrized), by two triangular solves.
  static Mat whiten(const Eigen::LLT<Mat>& llt, const Mat& X) {
    const auto L = llt.matrixL();
    Mat T = L.solve(X);
    T = L.solve(T.transpose()).eval();
    return (T + T.transpose()) / 2;
  }
  // Y ↦ L Y Lᵀ.
  static Mat color(const Eigen::LLT<Mat>& llt, const Mat& Y) {
    const auto L = llt.matrixL();
    Mat T = L * Y;
    return T * L.toDenseMatrix().transpose();
  }
  // L·Q·diag(d) (the factor G of G Gᵀ); columns of Q scaled by d.
  static Mat scaled_factor(const Eigen::LLT<Mat>& llt, const Mat& Q, const Vec& d) {
    return llt.matrixL() * (Q * d.asDiagonal());
  }

  // The relative position of B seen from A: Cholesky of A and eigendecomposition of
  // M = L⁻¹(B − A)L⁻ᵀ.  ok = false when A is not positive definite or B − A not finite.
  struct Pair {
    Eigen::LLT<Mat> llt;
    Vec mu;  // eigenvalues of M, ascending
    Mat Q;   // eigenvectors
    bool ok = false;
  };
  Pair pair(const Mat& A, const Mat& B, bool vectors) const {
    Pair p;
    p.llt.compute(A);
    if (p.llt.info() != Eigen::Success) return p;
    const Mat D = (B - A + (B - A).transpose()) / 2;
    if (!D.allFinite()) return p;
    Eigen::SelfAdjointEigenSolver<Mat> es(whiten(p.llt, D),
                                          vectors ? Eigen::ComputeEigenvectors : Eigen::EigenvaluesOnly);
    if (es.info() != Eigen::Success) return p;
    p.mu = es.eigenvalues();
    if (vectors) p.Q = es.eigenvectors();
    for (index_t i = 0; i < n; ++i)
      if (!(p.mu(i) > -1)) return p;  // B not positive definite
    p.ok = true;
    return p;
  }

  // ---- affine-invariant geometry
  // d(A, B) = ‖log(A^{-1/2} B A^{-1/2})‖_F = sqrt(Σ log²(1 + μ_i))  (Pennec et al. 2006, eq. 7).
  S dist(const S* a, const S* b) const {
    const Pair p = pair(load(a), load(b), false);
    if (!p.ok) return quiet_nan<S>();
    W s = 0;
    for (index_t i = 0; i < n; ++i) {
      const W l = std::log1p(p.mu(i));
      s += l * l;
    }
    return S(std::sqrt(s));
  }

  // Log_A(B) = A^{1/2} log(A^{-1/2} B A^{-1/2}) A^{1/2} = L Q diag(log1p μ) Qᵀ Lᵀ.
  void log(const S* a, const S* b, S* out) const {
    const Pair p = pair(load(a), load(b), true);
    if (!p.ok) return fill_nan(out, n * n);
    Vec l(n);
    for (index_t i = 0; i < n; ++i) l(i) = std::log1p(p.mu(i));
    store(color(p.llt, p.Q * l.asDiagonal() * p.Q.transpose()), out);
  }

  // Exp_A(V) = A^{1/2} exp(A^{-1/2} V A^{-1/2}) A^{1/2} = G Gᵀ, G = L Q diag(e^{w/2}), where
  // L⁻¹VL⁻ᵀ = Q diag(w) Qᵀ (positive semidefinite by construction).
  void exp(const S* a, const S* v, S* out) const {
    Eigen::LLT<Mat> llt(load(a));
    if (llt.info() != Eigen::Success) return fill_nan(out, n * n);
    const Mat V = load(v);
    if (!V.allFinite()) return fill_nan(out, n * n);
    Eigen::SelfAdjointEigenSolver<Mat> es(whiten(llt, (V + V.transpose()) / 2));
    if (es.info() != Eigen::Success) return fill_nan(out, n * n);
    Vec d(n);
    for (index_t i = 0; i < n; ++i) d(i) = std::exp(es.eigenvalues()(i) / 2);
    const Mat G = scaled_factor(llt, es.eigenvectors(), d);
    store(G * G.transpose(), out);
  }

  // γ(t) = A^{1/2} (A^{-1/2} B A^{-1/2})^t A^{1/2} = G Gᵀ, G = L Q diag((1 + μ)^{t/2}); T times.
  void geodesic(const S* a, const S* b, const S* t, index_t T, S* out) const {
    const Pair p = pair(load(a), load(b), true);
    const index_t w = n * n;
    if (!p.ok) return fill_nan(out, w * T);
    Vec l(n), d(n);
    for (index_t i = 0; i < n; ++i) l(i) = std::log1p(p.mu(i));
    for (index_t k = 0; k < T; ++k) {
      const W tk = W(t[k]);
      for (index_t i = 0; i < n; ++i) d(i) = std::exp(tk * l(i) / 2);
      const Mat G = scaled_factor(p.llt, p.Q, d);
      store(G * G.transpose(), out + k * w);
    }
  }

  // Γ_{A→B}(V) = E V Eᵀ, E = (BA⁻¹)^{1/2} = L P^{1/2} L⁻¹, P = L⁻¹BL⁻ᵀ = Q diag(1 + μ) Qᵀ
  // (Sra & Hosseini 2015, eq. 3.4), evaluated as L Q [K ∘ s sᵀ] Qᵀ Lᵀ, K = Qᵀ L⁻¹VL⁻ᵀ Q, s = √(1 + μ).
  void parallel_transport(const S* a, const S* b, const S* v, S* out) const {
    const Pair p = pair(load(a), load(b), true);
    if (!p.ok) return fill_nan(out, n * n);
    const Mat V = load(v);
    if (!V.allFinite()) return fill_nan(out, n * n);
    Mat K = p.Q.transpose() * whiten(p.llt, (V + V.transpose()) / 2) * p.Q;
    Vec s(n);
    for (index_t i = 0; i < n; ++i) s(i) = std::sqrt(1 + p.mu(i));
    K = s.asDiagonal() * K * s.asDiagonal();
    store(color(p.llt, p.Q * K * p.Q.transpose()), out);
  }

  // ⟨U, V⟩_A = tr(A⁻¹U A⁻¹V) = ⟨L⁻¹UL⁻ᵀ, L⁻¹VL⁻ᵀ⟩_F.
  S inner(const S* a, const S* u, const S* v) const {
    Eigen::LLT<Mat> llt(load(a));
    if (llt.info() != Eigen::Success) return quiet_nan<S>();
    const Mat U = load(u), V = load(v);
    return S(whiten(llt, (U + U.transpose()) / 2).cwiseProduct(whiten(llt, (V + V.transpose()) / 2)).sum());
  }
  S norm(const S* a, const S* v) const {
    Eigen::LLT<Mat> llt(load(a));
    if (llt.info() != Eigen::Success) return quiet_nan<S>();
    const Mat V = load(v);
    return S(whiten(llt, (V + V.transpose()) / 2).norm());
  }

  // ---- log-Euclidean metric (Arsigny et al. 2007): d(A, B) = ‖logm A − logm B‖_F.
  // Absolute accuracy ~ε·max|log λ| (the difference of two matrix logarithms is formed).
  bool logm(const Mat& A, Mat& out) const {
    Eigen::SelfAdjointEigenSolver<Mat> es((A + A.transpose()) / 2);
    if (es.info() != Eigen::Success) return false;
    Vec l(n);
    for (index_t i = 0; i < n; ++i) {
      if (!(es.eigenvalues()(i) > 0)) return false;
      l(i) = std::log(es.eigenvalues()(i));
    }
    out = es.eigenvectors() * l.asDiagonal() * es.eigenvectors().transpose();
    return true;
  }
  bool expm(const Mat& X, Mat& out) const {
    Eigen::SelfAdjointEigenSolver<Mat> es((X + X.transpose()) / 2);
    if (es.info() != Eigen::Success) return false;
    Vec d(n);
    for (index_t i = 0; i < n; ++i) d(i) = std::exp(es.eigenvalues()(i) / 2);
    const Mat G = es.eigenvectors() * d.asDiagonal();
    out = G * G.transpose();
    return true;
  }
  S log_euclidean_dist(const S* a, const S* b) const {
    Mat la, lb;
    if (!logm(load(a), la) || !logm(load(b), lb)) return quiet_nan<S>();
    return S((la - lb).norm());
  }
  // expm(Σ w_i logm A_i), weights w normalized here; points at a + i·n².
  void log_euclidean_mean(const S* a, const S* w, index_t m, S* out) const {
    W tw = 0;
    for (index_t i = 0; i < m; ++i) tw += W(w[i]);
    Mat acc = Mat::Zero(n, n), li;
    for (index_t i = 0; i < m; ++i) {
      if (w[i] == 0) continue;
      if (!logm(load(a + i * n * n), li)) return fill_nan(out, n * n);
      acc += (W(w[i]) / tw) * li;
    }
    Mat r;
    if (!(tw > 0) || !expm(acc, r)) return fill_nan(out, n * n);
    store(r, out);
  }

  // ---- Karcher (Fréchet) mean: argmin_M f(M) = ½ Σ w_i d²(M, A_i)  (Pennec et al. 2006, §3.5).
  // Riemannian Newton iteration from the log-Euclidean mean.  In whitened coordinates at M = LLᵀ
  // (X ↦ L⁻¹XL⁻ᵀ, where the metric is Frobenius) the gradient is −G, G = Σ w_i Q_i diag(l_i) Q_iᵀ with
  // L⁻¹A_iL⁻ᵀ = Q_i diag(e^{l_i}) Q_iᵀ, and the Hessian of ½d²(·, A_i) is diagonal in the basis
  // Q_i E_jk Q_iᵀ with entries h(l_ij − l_ik), h(x) = (x/2)coth(x/2) ≥ 1 (the Jacobi fields of a
  // symmetric space: curvature operator R(X, V)V = −¼[[X, V], V]; e.g. Bhatia 2007 ch. 6, or
  // X. Pennec (2006), "Intrinsic statistics on Riemannian manifolds", J. Math. Imaging Vis. 25, §4).
  // The Newton system H X = G is solved by conjugate gradients (H is positive definite, H ≥ I);
  // the step M ← L expm(sX) Lᵀ is accepted when f does not increase (s halved otherwise), with the
  // gradient step Exp_M(sG) (Pennec's fixed-point iteration) as the fallback.  Stops when the
  // Riemannian norm of the gradient ‖Σ w_i Log_M(A_i)‖_M ≤ tol·max(1, rms distance) (converged), or
  // after max_iter iterations or 5 iterations that do not halve it (the rounding floor, ~ε·cond of
  // the whitened points, reached: not converged).
  struct KarcherInfo {
    int iterations = 0;
    W grad_norm = 0;
    bool converged = false;
  };
  // The state at M: Cholesky, cost, whitened G, and every point's eigenvectors (columns i·n ...) and
  // log-eigenvalues (column i).
  struct KarcherState {
    Eigen::LLT<Mat> llt;
    W cost = 0;
    Mat grad, Q, l;
  };
  bool karcher_eval(const Mat& M, const S* a, const W* w, index_t m, KarcherState& st) const {
    st.llt.compute(M);
    if (st.llt.info() != Eigen::Success) return false;
    st.grad = Mat::Zero(n, n);
    st.Q.resize(n, n * m);
    st.l.resize(n, m);
    st.cost = 0;
    for (index_t i = 0; i < m; ++i) {
      if (w[i] == 0) continue;
      const Mat D0 = load(a + i * n * n) - M;
      Eigen::SelfAdjointEigenSolver<Mat> es(whiten(st.llt, (D0 + D0.transpose()) / 2));
      if (es.info() != Eigen::Success) return false;
      for (index_t k = 0; k < n; ++k) {
        if (!(es.eigenvalues()(k) > -1)) return false;
        st.l(k, i) = std::log1p(es.eigenvalues()(k));
      }
      st.Q.middleCols(i * n, n) = es.eigenvectors();
      const auto Qi = st.Q.middleCols(i * n, n);
      st.cost += w[i] * st.l.col(i).squaredNorm() / 2;
      st.grad += w[i] * (Qi * st.l.col(i).asDiagonal() * Qi.transpose());
    }
    return true;
  }
  static W coth_factor(W x) {  // (x/2)coth(x/2), = 1 + x²/12 − ... near 0
    const W h = std::abs(x) / 2;
    if (h < W(1e-4)) return 1 + h * h / 3;
    return h / std::tanh(h);
  }
  Mat hessian_apply(const KarcherState& st, const W* w, index_t m, const Mat& X) const {
    Mat out = Mat::Zero(n, n);
    for (index_t i = 0; i < m; ++i) {
      if (w[i] == 0) continue;
      const auto Qi = st.Q.middleCols(i * n, n);
      Mat Y = Qi.transpose() * X * Qi;
      for (index_t j = 0; j < n; ++j)
        for (index_t k = 0; k < n; ++k) Y(j, k) *= coth_factor(st.l(j, i) - st.l(k, i));
      out += w[i] * (Qi * Y * Qi.transpose());
    }
    return (out + out.transpose()) / 2;
  }
  // Conjugate gradients for H X = G, to a relative residual min(0.1, ‖G‖) (inexact Newton), but not
  // below the rounding level 2⁸ε (past it the recurrences lose conjugacy and may diverge).
  Mat newton_direction(const KarcherState& st, const W* w, index_t m) const {
    const W gn = st.grad.norm();
    const W stop = std::max(std::min(W(0.1), gn), 256 * std::numeric_limits<W>::epsilon()) * gn;
    Mat x = Mat::Zero(n, n), r = st.grad, p = r;
    W rs = r.squaredNorm();
    const W rs0 = rs;
    const index_t cap = n * (n + 1) / 2 + 2;
    for (index_t k = 0; k < cap && std::sqrt(rs) > stop; ++k) {
      const Mat Ap = hessian_apply(st, w, m, p);
      const W pAp = p.cwiseProduct(Ap).sum();
      if (!(pAp > 0)) break;
      const W alpha = rs / pAp;
      x += alpha * p;
      r -= alpha * Ap;
      const W rs2 = r.squaredNorm();
      if (!(rs2 <= rs0)) break;  // divergence guard (rounding): keep the iterate so far
      p = r + (rs2 / rs) * p;
      rs = rs2;
    }
    return x;
  }
  // M(s) = L expm(sX) Lᵀ.
  Mat step(const KarcherState& st, const Mat& X, W s) const {
    Eigen::SelfAdjointEigenSolver<Mat> es(s * X);
    Vec d(n);
    for (index_t k = 0; k < n; ++k) d(k) = std::exp(es.eigenvalues()(k) / 2);
    const Mat G = scaled_factor(st.llt, es.eigenvectors(), d);
    return (G * G.transpose() + (G * G.transpose()).transpose()) / 2;
  }
  KarcherInfo karcher_mean(const S* a, const S* wts, index_t m, S* out, int max_iter, W tol) const {
    KarcherInfo info;
    info.grad_norm = quiet_nan<W>();
    Vec w(m);
    W tw = 0;
    for (index_t i = 0; i < m; ++i) tw += W(wts[i]);
    for (index_t i = 0; i < m; ++i) w(i) = W(wts[i]) / tw;
    // start: log-Euclidean mean
    Mat acc = Mat::Zero(n, n), li, M;
    bool ok = tw > 0;
    for (index_t i = 0; ok && i < m; ++i)
      if (w(i) != 0) {
        ok = logm(load(a + i * n * n), li);
        acc += w(i) * li;
      }
    KarcherState st, st2;
    if (!ok || !expm(acc, M) || !karcher_eval(M, a, w.data(), m, st)) {
      fill_nan(out, n * n);
      return info;
    }
    info.grad_norm = st.grad.norm();
    const W scale = std::max(W(1), std::sqrt(2 * st.cost));
    W best = info.grad_norm;
    int stall = 0;  // iterations without halving the best gradient norm: the rounding floor
    while (!(info.grad_norm <= tol * scale) && info.iterations < max_iter && stall < 5) {
      ++info.iterations;
      bool moved = false;
      for (int dir = 0; dir < 2 && !moved; ++dir) {  // Newton, then gradient
        const Mat X = dir == 0 ? newton_direction(st, w.data(), m) : st.grad;
        W s = 1;
        for (int h = 0; h < 30; ++h, s /= 2) {
          const Mat M2 = step(st, X, s);
          if (!karcher_eval(M2, a, w.data(), m, st2)) continue;
          if (st2.cost <= st.cost || st2.grad.norm() < info.grad_norm) {
            M = M2;
            std::swap(st, st2);
            info.grad_norm = st.grad.norm();
            moved = true;
            break;
          }
        }
      }
      if (!moved) break;  // no descent possible at this precision
      if (info.grad_norm < best / 2) {
        best = info.grad_norm;
        stall = 0;
      } else {
        ++stall;
      }
    }
    info.converged = info.grad_norm <= tol * scale;
    store(M, out);
    return info;
  }
};

}  // namespace infogeom::manifolds
