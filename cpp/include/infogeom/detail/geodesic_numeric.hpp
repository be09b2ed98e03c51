// Numerical Fisher–Rao geometry for families without a closed form (issue 4).
//
// INTERFACE CONTRACT (the dispatch in geodesic.hpp calls exactly these).
//
// Conventions: the Fisher–Rao geodesic γ : [0, 1] → Θ in natural coordinates with γ(0) = p,
// γ(1) = q; tangent vectors are in natural coordinates (v = γ'(0)); the Fisher metric is
// G(θ) = ∇²F(θ) (family.fisher), and the geodesic equation in θ is
//   γ''ᵏ = −½ Gᵏˡ ∂ₗ∂ᵢ∂ⱼF γ'ⁱ γ'ʲ     (Christoffel symbols of a Hessian metric, Amari & Nagaoka 2000 §3.3)
// Everything is evaluated in double (rows of a float family are widened; the family itself is
// evaluated through float buffers then, so pass the double instantiation for full accuracy).
// Functions never throw and never loop unboundedly; failure = return false (outputs NaN) with
// Info saying why. Every function takes an optional trailing Options (iteration caps, tolerances).
//
// METHOD (our design; the pieces are textbook):
//  * The geodesic ODE is integrated for the displacement δ(t) = γ(t) − p (not γ itself), the
//    velocity u = γ', the arc length L (L' = √(uᵀG u)) and, for parallel transport, the
//    transported vector w (w' = −½ G⁻¹ ∂³F[u, w, ·], the Levi-Civita connection of the Hessian
//    metric). Integrating δ keeps full relative accuracy for nearly equal points (q − p is exact
//    by Sterbenz's lemma there, and δ is never added to p except to evaluate G).
//  * Integrator: Gragg–Bulirsch–Stoer extrapolation (modified midpoint rule with Gragg's
//    smoothing, polynomial extrapolation in h², step numbers 2, 4, …, 14: order 14), with step
//    size control (Hairer, Nørsett & Wanner, "Solving ODEs I", 2nd ed., §II.9). The local error
//    is measured in the Fisher norm at the step's start, relative to the (constant) speed, so the
//    tolerance means the same thing at every point of Θ, near its boundary included. A step whose
//    stages leave Θ (check_natural fails, or G is not finite) is rejected and shortened: the
//    iterate stays inside the domain at every evaluation.
//  * Log map by shooting: Newton on v for δ(1; v) = q − p. The Jacobian ∂δ(1)/∂v is formed by
//    forward differences of trajectories integrated on the step grid of the base trajectory
//    (internal numerical differentiation, Bock 1981: the map v ↦ δ(1) on a frozen grid is
//    smooth, so the differences are accurate to ~1e-7 and Newton converges to rounding level);
//    backtracking on the Fisher-norm residual; start from the e-geodesic velocity q − p. If Newton
//    fails (far points, strong curvature of Θ near its boundary), a continuation in the target
//    solves for p + s(q − p), s ↑ 1 (points on the e-geodesic, inside Θ by convexity), with an
//    Euler predictor v(s + ds) ≈ v(s) + ds J⁻¹(q − p) and adaptive ds.
//  * Distance = the arc length L integrated along the final trajectory. The length is stationary
//    under perturbations of the path, so errors of the Christoffel symbols (finite differences
//    where a family has no closed-form third derivative) enter it only quadratically; the energy
//    drift |‖γ'(1)‖ − ‖γ'(0)‖|/‖γ'(0)‖ is reported as a check.
//  * Third derivatives: a family may provide `void fisher_directional(const S* θ, const S* v,
//    S* out) const`, out = (D_v G) v = ∂³F[v, v, ·] (closed form); ∂³F[u, w, ·] then follows by
//    polarization. Otherwise (D_u G) w is a 4th-order central difference of G along u (Richardson,
//    steps of Fisher length 2e-3 · 2^-j kept inside Θ): truncation ~1e-11, rounding ~1e-13.
//  * A family with a closed-form exponential map (`bool geodesic_exp_delta(const double* p,
//    const double* v, double* dq) const`, dq = exp_p(v) − p, e.g. MultivariateNormal by Eriksen
//    1987) is shot with it instead of the ODE (log map, distance = ‖v‖_G(p), geodesic points by
//    scaling v).
#pragma once
#include <algorithm>
#include <cmath>
#include <numeric>
#include <type_traits>
#include <utility>
#include <vector>

#include <Eigen/Dense>
#ifdef INFOGEOM_NG_TRACE
#include <cstdio>
#endif

#include "../family.hpp"

namespace infogeom::numeric_geodesic {

struct Info {
  int iterations = 0;         // outer (Newton/shooting) iterations used
  double residual = 0;        // final endpoint residual, relative, in the Fisher norm at q
  bool converged = false;
  double energy_drift = 0;    // |‖γ'(1)‖_G − ‖γ'(0)‖_G| / ‖γ'(0)‖_G of the final trajectory
  int continuation_steps = 0; // targets solved on the way (1 = direct Newton)
};

struct Options {
  int max_iterations = 200;   // Newton iterations in all (continuation stages included)
  double rtol = 1e-13;        // local error of an integration step, relative to the speed
  double tol = 1e-12;         // Newton residual (Fisher norm at the target / distance)
  double accept = 1e-9;       // a stalled Newton is still reported converged below this
  int max_steps = 20000;      // integration steps per trajectory
  bool closed_exp = true;     // shoot with the family's closed-form exp map when it has one
};

namespace ngd {

using VecX = Eigen::VectorXd;
using RowMatX = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

template <class F, class = void>
struct has_fisher_directional : std::false_type {};
template <class F>
struct has_fisher_directional<F, std::void_t<decltype(std::declval<const F&>().fisher_directional(
                                     std::declval<const typename F::Scalar*>(),
                                     std::declval<const typename F::Scalar*>(),
                                     std::declval<typename F::Scalar*>()))>> : std::true_type {};
template <class F, class = void>
struct has_fisher_quad : std::false_type {};
template <class F>
struct has_fisher_quad<F, std::void_t<decltype(std::declval<const F&>().fisher_quad(
                              std::declval<const typename F::Scalar*>(),
                              std::declval<const typename F::Scalar*>()))>> : std::true_type {};
template <class F, class = void>
struct has_geodesic_exp : std::false_type {};
template <class F>
struct has_geodesic_exp<F, std::void_t<decltype(std::declval<const F&>().geodesic_exp_delta(
                               std::declval<const double*>(), std::declval<const double*>(),
                               std::declval<double*>()))>> : std::true_type {};

// Double-precision view of a family (conversion buffers for S = float), with the geometric
// primitives the solver needs. One Model per solver call: all buffers are allocated here, none
// in the integration loops.
template <class Fam>
class Model {
 public:
  using S = typename Fam::Scalar;
  static constexpr bool kDouble = std::is_same_v<S, double>;

  explicit Model(const Fam& f)
      : f_(f), D_(f.dim()), sa_(D_), sb_(D_), sG_(D_ * D_), G_(D_, D_), Gp_(D_, D_), Gm_(D_, D_),
        tp_(D_), tm_(D_), x_(D_), y_(D_), ca_(D_), cb_(D_) {}

  index_t dim() const { return D_; }
  const Fam& fam() const { return f_; }

  bool valid(const double* th) {
    for (index_t i = 0; i < D_; ++i)
      if (!std::isfinite(th[i])) return false;
    return f_.check_natural(in(th, sa_)) == nullptr;
  }
  // G(θ), row-major; false if not finite.
  bool fisher(const double* th, double* G) {
    if constexpr (kDouble) {
      f_.fisher(th, G);
    } else {
      f_.fisher(in(th, sa_), sG_.data());
      for (index_t i = 0; i < D_ * D_; ++i) G[i] = double(sG_[i]);
    }
    for (index_t i = 0; i < D_ * D_; ++i)
      if (!std::isfinite(G[i])) return false;
    return true;
  }
  // G(θ)⁻¹ through the family's closed form when it has one (family.hpp fisher_mean).
  bool fisher_inv(const double* th, double* Gi) {
    if constexpr (kDouble) {
      infogeom::fisher_mean(f_, th, Gi);
    } else {
      infogeom::fisher_mean(f_, in(th, sa_), sG_.data());
      for (index_t i = 0; i < D_ * D_; ++i) Gi[i] = double(sG_[i]);
    }
    for (index_t i = 0; i < D_ * D_; ++i)
      if (!std::isfinite(Gi[i])) return false;
    return true;
  }
  // vᵀG(θ)v, by the family's cancellation-free fisher_quad when present.
  double quad(const double* th, const double* v) {
    if constexpr (has_fisher_quad<Fam>::value) {
      return double(f_.fisher_quad(in(th, sa_), in(v, sb_)));
    } else {
      if (!fisher(th, G_.data())) return quiet_nan<double>();
      Eigen::Map<const VecX> vv(v, D_);
      return vv.dot(G_ * vv);
    }
  }
  // out = ∂³F(θ)[u, w, ·] = (D_u G) w. G = G(θ) (for the Fisher norms used to scale steps).
  bool third(const double* th, const double* u, const double* w, double* out, const RowMatX& G) {
    Eigen::Map<const VecX> uu(u, D_), ww(w, D_);
    Eigen::Map<VecX> o(out, D_);
    const double nu2 = uu.dot(G * uu);
    if (!(nu2 > 0.0)) {
      o.setZero();
      return std::isfinite(nu2);
    }
    if constexpr (has_fisher_directional<Fam>::value) {
      if (u == w) return directional(th, u, out);
      // polarization of the symmetric trilinear form: 4T(u, αw) = c(u + αw) − c(u − αw), with
      // α making ‖αw‖ = ‖u‖ (no loss from disparate scales)
      const double nw2 = ww.dot(G * ww);
      if (!(nw2 > 0.0)) {
        o.setZero();
        return std::isfinite(nw2);
      }
      const double al = std::sqrt(nu2 / nw2);
      x_ = uu + al * ww;
      y_ = uu - al * ww;
      if (!directional(th, x_.data(), ca_.data()) || !directional(th, y_.data(), cb_.data())) return false;
      o = (ca_ - cb_) / (4.0 * al);
      return o.allFinite();
    } else {
      // (D_u G) w ≈ [8(G(θ+hu) − G(θ−hu)) − (G(θ+2hu) − G(θ−2hu))] w / (12h), h‖u‖_G = 2e-3
      Eigen::Map<const VecX> t(th, D_);
      double h = 2e-3 / std::sqrt(nu2);
      for (int tries = 0; tries < 40; ++tries, h *= 0.25) {
        tp_ = t + 2.0 * h * uu;
        tm_ = t - 2.0 * h * uu;
        if (!valid(tp_.data()) || !valid(tm_.data())) continue;
        if (!fisher(tp_.data(), Gp_.data()) || !fisher(tm_.data(), Gm_.data())) continue;
        ca_.noalias() = -(Gp_ - Gm_) * ww;
        tp_ = t + h * uu;
        tm_ = t - h * uu;
        if (!valid(tp_.data()) || !valid(tm_.data())) continue;
        if (!fisher(tp_.data(), Gp_.data()) || !fisher(tm_.data(), Gm_.data())) continue;
        ca_.noalias() += 8.0 * ((Gp_ - Gm_) * ww);
        o = ca_ / (12.0 * h);
        return o.allFinite();
      }
      return false;
    }
  }

 private:
  using SVec = Eigen::Matrix<S, Eigen::Dynamic, 1>;
  const S* in(const double* x, SVec& buf) {
    if constexpr (kDouble) {
      (void)buf;
      return x;
    } else {
      for (index_t i = 0; i < D_; ++i) buf[i] = S(x[i]);
      return buf.data();
    }
  }
  bool directional(const double* th, const double* v, double* out) {
    if constexpr (has_fisher_directional<Fam>::value) {
      if constexpr (kDouble) {
        f_.fisher_directional(th, v, out);
      } else {
        SVec o(D_);
        f_.fisher_directional(in(th, sa_), in(v, sb_), o.data());
        for (index_t i = 0; i < D_; ++i) out[i] = double(o[i]);
      }
      for (index_t i = 0; i < D_; ++i)
        if (!std::isfinite(out[i])) return false;
      return true;
    } else {
      (void)th, (void)v, (void)out;
      return false;
    }
  }

  const Fam& f_;
  index_t D_;
  SVec sa_, sb_, sG_;
  RowMatX G_, Gp_, Gm_;
  VecX tp_, tm_, x_, y_, ca_, cb_;
};

// Right-hand side of the geodesic system, state y = [δ (D), u (D), L (1), w (D, transport only)].
template <class Fam>
class GeodesicRhs {
 public:
  GeodesicRhs(Model<Fam>& m, const double* p, bool transport)
      : m_(m), D_(m.dim()), transport_(transport), p_(Eigen::Map<const VecX>(p, m.dim())),
        th_(D_), G_(D_, D_), Gi_(D_, D_), c_(D_), G0_(D_, D_) {}

  index_t size() const { return 2 * D_ + 1 + (transport_ ? D_ : 0); }
  index_t dim() const { return D_; }
  const VecX& base() const { return p_; }
  void set_base(const VecX& b) { p_ = b; }
  // dy = f(y); keep = remember G at this point (the step's start, for the error norm)
  bool operator()(const VecX& y, VecX& dy, bool keep = false) {
    ++evals;
    th_ = p_ + y.head(D_);
    if (!m_.valid(th_.data())) return false;
    if (!m_.fisher(th_.data(), G_.data())) return false;
    if (!m_.fisher_inv(th_.data(), Gi_.data())) return false;
    const double* u = y.data() + D_;
    if (!m_.third(th_.data(), u, u, c_.data(), G_)) return false;
    dy.head(D_) = y.segment(D_, D_);
    dy.segment(D_, D_).noalias() = -0.5 * (Gi_ * c_);
    const double s2 = y.segment(D_, D_).dot(G_ * y.segment(D_, D_));
    dy[2 * D_] = std::sqrt(std::max(0.0, s2));
    if (transport_) {
      if (!m_.third(th_.data(), u, y.data() + 2 * D_ + 1, c_.data(), G_)) return false;
      dy.tail(D_).noalias() = -0.5 * (Gi_ * c_);
    }
    if (keep) G0_ = G_;
    return dy.allFinite();
  }
  const RowMatX& g_start() const { return G0_; }
  long evals = 0;

 private:
  Model<Fam>& m_;
  index_t D_;
  bool transport_;
  VecX p_, th_;
  RowMatX G_, Gi_;
  VecX c_;
  RowMatX G0_;
};

// Gragg–Bulirsch–Stoer with fixed order (step numbers n_j = 2j, j = 1..K) and step size control
// (Hairer, Nørsett & Wanner, "Solving ODEs I", §II.9: extrapolation tableau of the modified
// midpoint rule with smoothing, error estimate T_KK − T_K,K−1, new step ∝ err^{−1/(2K−1)}).
template <class Fam>
class Integrator {
 public:
  static constexpr int K = 7;
  Integrator(GeodesicRhs<Fam>& rhs, const Options& opt)
      : rhs_(rhs), opt_(opt), n_(rhs.size()), D_(rhs.dim()), f0_(n_), fz_(n_), z0_(n_), z1_(n_),
        z2_(n_), ynew_(n_), err_(n_), prev_(K), cur_(K) {
    for (int k = 0; k < K; ++k) {
      prev_[k].resize(n_);
      cur_[k].resize(n_);
    }
  }

  // speed scale (‖u‖_G, constant along a geodesic) and transported-vector scale for the norm
  double speed = 1.0, wscale = 1.0;

  // Integrates y from t0 to t1 (either direction). record: append the accepted steps;
  // H: initial/last step size (in/out, > 0). False if the trajectory leaves Θ or the step cap.
  bool integrate(VecX& y, double t0, double t1, double& H, std::vector<double>* record) {
    const double span = t1 - t0, dir = span >= 0 ? 1.0 : -1.0;
    const double len = std::fabs(span);
    if (len == 0.0) return true;
    double t = 0.0;  // progress in |t − t0|
    double h_rej = 0.0, e_rej = infinity<double>();
    H = std::min(std::max(H, 1e-6 * len), len);
    for (int nstep = 0; nstep < opt_.max_steps; ++nstep) {
      const bool last = H >= len - t;
      const double h = last ? len - t : H;
      if (!step(y, dir * h)) {
        H = 0.25 * h;
        if (H < 1e-14 * len) return false;
        continue;
      }
      double e = error_norm();
      if (!(e <= 1.0)) {
        // Noise floor: the error of a working order-14 step falls like h^15; if a step ≥ 5×
        // shorter than the last rejected one is still rejected with an error ≥ 0.3× the old one,
        // the estimate is dominated by rounding in f (third derivatives by differences,
        // ill-conditioned G⁻¹) and shrinking further cannot help: accept.
        if (std::isfinite(e) && h < 0.2 * h_rej && e > 0.3 * e_rej) {
          e = 1.0;
        } else {
          h_rej = h;
          e_rej = e;
          H = h * std::clamp(0.9 * std::pow(e, -1.0 / (2 * K - 1)), 0.1, 0.9);
          if (!(H >= 1e-14 * len)) return false;
          continue;
        }
      }
      h_rej = 0.0;
      e_rej = infinity<double>();
      y = ynew_;
      if (record) record->push_back(dir * h);
      if (last) return true;
      t += h;
      H = h * std::clamp(0.9 * std::pow(std::max(e, 1e-30), -1.0 / (2 * K - 1)), 0.2, 4.0);
    }
    return false;
  }
  // Replays a recorded step grid without error control.
  bool replay(VecX& y, const std::vector<double>& steps) {
    for (double h : steps) {
      if (!step(y, h)) return false;
      y = ynew_;
    }
    return true;
  }

 private:
  bool step(const VecX& y, double H) {
    if (!rhs_(y, f0_, true)) return false;
    for (int j = 0; j < K; ++j) {
      const int nj = 2 * (j + 1);
      const double h = H / nj;
      z0_ = y;
      z1_ = y + h * f0_;
      for (int m = 1; m < nj; ++m) {
        if (!rhs_(z1_, fz_)) return false;
        z2_ = z0_ + (2.0 * h) * fz_;
        z0_.swap(z1_);
        z1_.swap(z2_);
      }
      if (!rhs_(z1_, fz_)) return false;
      cur_[0] = 0.5 * (z0_ + z1_ + h * fz_);
      for (int k = 1; k <= j; ++k) {
        const double r = double(nj) / double(2 * (j - k + 1));
        cur_[k] = cur_[k - 1] + (cur_[k - 1] - prev_[k - 1]) / (r * r - 1.0);
      }
      for (int k = 0; k <= j; ++k) prev_[k].swap(cur_[k]);
    }
    ynew_ = prev_[K - 1];
    err_ = prev_[K - 1] - prev_[K - 2];
    return ynew_.allFinite();
  }
  // Fisher norm at the step's start, relative to the speed (position, velocity, length) and to
  // the transported vector's norm.
  double error_norm() const {
    const RowMatX& G = rhs_.g_start();
    auto fn = [&](index_t off) {
      const auto e = err_.segment(off, D_);
      return std::sqrt(std::max(0.0, e.dot(G * e)));
    };
    const double tol = opt_.rtol * speed;
    // rounding floor: a few ulps of the position base + δ and of the velocity, in the Fisher norm
    // (the step size must not collapse where the state cannot be represented more accurately)
    auto floor_of = [&](const VecX& a) { return 8e-16 * std::sqrt(std::max(0.0, a.dot(G * a))); };
    const VecX apos = rhs_.base().cwiseAbs() + ynew_.head(D_).cwiseAbs();
    const VecX avel = ynew_.segment(D_, D_).cwiseAbs();
    double e = std::max(fn(0) / (tol + floor_of(apos)), fn(D_) / (tol + floor_of(avel)));
    e = std::max(e, std::fabs(err_[2 * D_]) / tol);
    if (n_ > 2 * D_ + 1) e = std::max(e, fn(2 * D_ + 1) / (opt_.rtol * wscale));
    return std::isfinite(e) ? e : infinity<double>();
  }

  GeodesicRhs<Fam>& rhs_;
  const Options& opt_;
  index_t n_, D_;
  VecX f0_, fz_, z0_, z1_, z2_, ynew_, err_;
  std::vector<VecX> prev_, cur_;
};

// Shooting solver for one pair (p, q) of one family.
template <class Fam>
class Shooter {
 public:
  Shooter(const Fam& f, const double* p, const Options& opt, bool transport = false)
      : opt_(opt), model_(f), D_(f.dim()), p_(Eigen::Map<const VecX>(p, f.dim())), rhs_(model_, p, transport), integ_(rhs_, opt),
        y_(rhs_.size()), yb_(rhs_.size()), J_(D_, D_), Gt_(D_, D_), tmp_(D_) {
    steps_.reserve(256);
  }

  Model<Fam>& model() { return model_; }
  index_t dim() const { return D_; }

  // δ(1) (and the full end state in y_) for initial velocity v. freeze: replay the grid steps_
  // (the map v ↦ δ(1) is then smooth: Newton converges to rounding level even where the
  // exponential divergence of geodesics amplifies the integration tolerance); else adaptive, the
  // grid is recorded in steps_.
  bool shoot(const VecX& v, VecX& delta1, bool freeze = false, const double* w0 = nullptr) {
    if constexpr (has_geodesic_exp<Fam>::value) {
      if (w0 == nullptr && opt_.closed_exp) {
        // closed-form exponential map (displacement, full relative accuracy near p)
        if (!model_.fam().geodesic_exp_delta(p_.data(), v.data(), delta1.data())) return false;
        const VecX q = p_ + delta1;
        if (!model_.valid(q.data())) return false;
        ++integrations;
        return delta1.allFinite();
      }
    }
    init_state(v, w0);
    ++integrations;
    if (freeze && !steps_.empty()) {
      if (!integ_.replay(y_, steps_)) return false;
    } else {
      steps_.clear();
      double H = 0.125;
      if (!integ_.integrate(y_, 0.0, 1.0, H, &steps_)) return false;
    }
    delta1 = y_.head(D_);
    return delta1.allFinite();
  }
  // Forward-difference Jacobian ∂δ(1)/∂v on the grid of the last shoot(v).
  bool jacobian(const VecX& v, const VecX& delta1) {
    const double sp = speed_of(v);
    RowMatX Gp(D_, D_);
    if (!model_.fisher(p_.data(), Gp.data())) return false;
    VecX vj(D_), dj(D_);
    for (index_t j = 0; j < D_; ++j) {
      const double gj = std::sqrt(Gp(j, j));
      double h = 1e-7 * std::max(sp, 1e-300) / gj;
      if (!(h > 0) || !std::isfinite(h)) h = 1e-7 * std::max(std::fabs(v[j]), 1e-300);
      bool ok = false;
      for (int tries = 0; tries < 2 && !ok; ++tries, h = -h) {
        vj = v;
        vj[j] += h;
        const double hj = vj[j] - v[j];  // the representable increment
        if (closed_exp()) {
          VecX dq(D_);
          if (exp_delta(vj, dq)) {
            J_.col(j) = (dq - delta1) / hj;
            ok = J_.col(j).allFinite();
          }
        } else {
          init_state(vj, nullptr);
          ok = integ_.replay(y_, steps_);
          if (ok) {
            J_.col(j) = (y_.head(D_) - delta1) / hj;
            ok = J_.col(j).allFinite();
          }
        }
      }
      if (!ok) return false;
    }
    ++integrations;
    return true;
  }
  // Newton on δ(1; v) = target, starting from v; tol: residual to reach. res: final relative
  // residual (Fisher norm at the target / speed). The end state of the accepted iterate is kept
  // in yend_ (arc length, end velocity).
  bool newton(VecX& v, const VecX& target, int max_it, double tol, int& used, double& res,
              bool& jac_fresh) {
    jac_fresh = false;
    VecX d1(D_), r(D_), dv(D_), vn(D_), d1n(D_), rn(D_);
    const VecX tq = p_ + target;
    if (!model_.valid(tq.data()) || !model_.fisher(tq.data(), Gt_.data())) return false;
    auto rnorm = [&](const VecX& rr, const VecX& vv) {
      const double sp = speed_of(vv);
      const double n = std::sqrt(std::max(0.0, rr.dot(Gt_ * rr)));
      return sp > 0 ? n / sp : n;
    };
    if (!shoot(v, d1)) return false;
    r = d1 - target;
    res = rnorm(r, v);
    yend_ = y_;
    std::vector<double> grid = steps_;
    const double res0 = res;
    for (int it = 0; it < max_it; ++it) {
#ifdef INFOGEOM_NG_TRACE
      std::fprintf(stderr, "  newton it=%d res=%.3e steps=%zu |v|=%.3e target=%.3e\n", it, res, grid.size(), v.norm(), target.norm());
#endif
      if (res <= tol) return true;
      if (it >= 3 && res > 0.5 && res > 1e-3 * res0) return false;  // hopeless from this guess
      steps_ = grid;  // Jacobian on the grid of the current iterate
      if (!jacobian(v, d1)) return false;
      jac_fresh = true;
      ++used;
      Eigen::PartialPivLU<Eigen::MatrixXd> lu(J_);
      dv = -lu.solve(r);
      if (!dv.allFinite()) return false;
      const double sp = speed_of(v), dvn = std::sqrt(std::max(0.0, model_.quad(p_.data(), dv.data())));
      double lam = 1.0;
      bool accepted = false;
      for (int ls = 0; ls < 30; ++ls, lam *= 0.5) {
        vn = v + lam * dv;
        steps_ = grid;
        const bool freeze = lam * dvn <= 1e-3 * sp;  // small correction: keep the grid
        if (!shoot(vn, d1n, freeze)) continue;
        rn = d1n - target;
        const double resn = rnorm(rn, vn);
        if (resn < res || resn <= tol) {
          v = vn;
          d1 = d1n;
          r = rn;
          const bool stalled = resn > 0.25 * res;
          res = resn;
          grid = steps_;
          yend_ = y_;
          accepted = true;
          jac_fresh = false;
          if (stalled && res <= opt_.accept) {
            steps_ = grid;
            return true;  // rounding floor of the residual
          }
          break;
        }
      }
      if (!accepted) {
        steps_ = grid;
        return res <= opt_.accept;
      }
    }
    steps_ = grid;
    return res <= tol || res <= opt_.accept;
  }

  // Fisher length of the e-geodesic p + sΔ, s ∈ [0, 1], by adaptive Simpson quadrature of
  // ρ(s) = ‖Δ‖_G(p+sΔ) (relative tolerance 1e-4; the e-line can be very non-uniform: for far
  // points most of its length may lie in s ∈ [1 − 1e-6, 1]). Keeps the table (s_k, cumulative
  // length) for eline_s(), its inverse.
  double eline_length(const VecX& Delta) {
    VecX pt(D_);
    auto rho = [&](double s) {
      pt = p_ + s * Delta;
      return std::sqrt(std::max(0.0, model_.quad(pt.data(), Delta.data())));
    };
    es_.assign(1, 0.0);
    ec_.assign(1, 0.0);
    struct Seg { double a, b, fa, fm, fb, whole; int depth; };
    std::vector<Seg> stack;
    const double f0 = rho(0.0), f1 = rho(1.0), fm = rho(0.5);
    stack.push_back({0.0, 1.0, f0, fm, f1, (f0 + 4 * fm + f1) / 6.0, 0});
    while (!stack.empty() && es_.size() < 4000) {
      const Seg g = stack.back();
      stack.pop_back();
      const double m = 0.5 * (g.a + g.b), lm = 0.5 * (g.a + m), rm = 0.5 * (m + g.b);
      const double flm = rho(lm), frm = rho(rm);
      const double left = (m - g.a) * (g.fa + 4 * flm + g.fm) / 6.0;
      const double right = (g.b - m) * (g.fm + 4 * frm + g.fb) / 6.0;
      if (!std::isfinite(left + right)) return quiet_nan<double>();
      if (g.depth >= 60 || std::fabs(left + right - g.whole) <= 15e-4 * std::max(g.whole, 1e-300)) {
        es_.push_back(m);
        ec_.push_back(ec_.back() + left);
        es_.push_back(g.b);
        ec_.push_back(ec_.back() + right);
      } else {  // right half pushed first: the left half is processed (in order) first
        stack.push_back({m, g.b, g.fm, frm, g.fb, right, g.depth + 1});
        stack.push_back({g.a, m, g.fa, flm, g.fm, left, g.depth + 1});
      }
    }
    if (!stack.empty()) return quiet_nan<double>();
    return ec_.back();
  }
  // s with e-line length ℓ from p (linear interpolation in the table of eline_length).
  double eline_s(double ell) const {
    const auto it = std::lower_bound(ec_.begin(), ec_.end(), ell);
    if (it == ec_.begin()) return 0.0;
    if (it == ec_.end()) return 1.0;
    const size_t k = size_t(it - ec_.begin());
    const double c0 = ec_[k - 1], c1 = ec_[k];
    const double w = c1 > c0 ? (ell - c0) / (c1 - c0) : 1.0;
    return es_[k - 1] + w * (es_[k] - es_[k - 1]);
  }

  // Full log map. On success v holds log_p(q); the solved path is kept in nodes_d_/nodes_v_, its
  // arc length in length_, its end state in end_d_/end_u_.
  bool log(const double* q, VecX& v, Info& info) {
#ifdef INFOGEOM_NG_TRACE
    struct Tr { GeodesicRhs<Fam>& r; int& n; ~Tr() { std::fprintf(stderr, "log: %ld rhs evals, %d integrations\n", r.evals, n); } } tr{rhs_, integrations};
#endif
    q_ = Eigen::Map<const VecX>(q, D_);
    const VecX Delta = q_ - p_;
    info = Info{};
    nodes_d_.clear();
    nodes_v_.clear();
    if (!Delta.allFinite()) return false;
    if (Delta.squaredNorm() == 0.0) {
      v.setZero();
      length_ = 0;
      info.converged = true;
      return true;
    }
    const double Le = eline_length(Delta);
#ifdef INFOGEOM_NG_TRACE
    std::fprintf(stderr, "e-line length %.6g (%zu nodes)\n", Le, es_.size());
#endif
    int used = 0;
    double res = 0;
    bool fresh = false;
    if (closed_exp()) {
      // closed-form exponential map: single shooting, with continuation for far points
      v = Delta;
      if (!(Le > 3.0) && newton(v, Delta, std::min(12, opt_.max_iterations), opt_.tol, used, res, fresh)) {
        info.iterations = used;
        info.residual = res;
        info.converged = true;
        info.continuation_steps = 1;
        set_closed_path(v);
        return true;
      }
      return continuation(Delta, Le, v, info, used);
    } else {
      // short e-line: single shooting from the e-geodesic velocity corrected to second order:
      // γ(1) ≈ p + v + ½γ''(½) ⇒ v₀ = Δ − ½ a(p + Δ/2, Δ), a = −½G⁻¹∂³F[Δ, Δ, ·] (saves
      // one or two Newton iterations at moderate distances; falls back to Δ)
      if (Le <= 2.0 || !std::isfinite(Le)) {
        v = Delta;
        {
          VecX y0 = VecX::Zero(y_.size()), dy(y_.size());
          y0.head(D_) = 0.5 * Delta;
          y0.segment(D_, D_) = Delta;
          if (rhs_(y0, dy)) v = Delta - 0.5 * dy.segment(D_, D_);
          if (!v.allFinite()) v = Delta;
        }
        if (newton(v, Delta, std::min(12, opt_.max_iterations), opt_.tol, used, res, fresh)) {
          info.iterations = used;
          info.residual = res;
          info.converged = true;
          info.continuation_steps = 1;
          nodes_d_.assign(1, p_);
          nodes_v_.assign(1, v);
          length_ = yend_[2 * D_];
          end_d_ = p_ + yend_.head(D_);
          end_u_ = yend_.segment(D_, D_);
          return true;
        }
      }
      if (!std::isfinite(Le)) return false;
      // multiple shooting, segments of e-line length ≲ 0.75 (each well conditioned), twice as
      // many segments on failure
      int N = int(std::min(64.0, std::max(2.0, std::ceil(Le / 0.75))));
      for (int attempt = 0; attempt < 3 && used < opt_.max_iterations; ++attempt, N = std::min(2 * N, 256)) {
        ++info.continuation_steps;
        if (multiple_shooting(Delta, Le, N, v, used, res)) {
          info.iterations = used;
          info.residual = res;
          info.converged = true;
          return true;
        }
      }
      info.iterations = used;
      info.residual = res;
      return false;
    }
  }

  // Multiple shooting (Stoer & Bulirsch, "Introduction to Numerical Analysis", §7.3.5; Bock &
  // Plitt 1984) with N segments of t-length h = 1/N. Unknowns z = (v₀, δ₁, v₁, …, δ_{N−1},
  // v_{N−1}); conditions: the flow of segment i over h ends at (δ_{i+1}, v_{i+1}), the last one
  // at Δ. Initial guess: nodes on the e-geodesic equally spaced in its Fisher length, with its
  // tangent at constant Fisher speed. Newton with a dense LU of the (2D(N−1)+D)² Jacobian (block
  // bidiagonal, formed by forward differences on each segment's frozen grid), backtracking on the
  // Fisher-norm residual, grids frozen once corrections are small.
  bool multiple_shooting(const VecX& Delta, double Le, int N, VecX& v, int& used, double& res) {
    struct Restore {  // the single-shooting code integrates from p
      GeodesicRhs<Fam>& r;
      const VecX& p;
      ~Restore() { r.set_base(p); }
    } restore{rhs_, p_};
    const double h = 1.0 / N;
    const index_t nz = D_ + 2 * D_ * (N - 1);
    std::vector<VecX> sd(N, VecX(D_)), sv(N, VecX(D_)), ed(N, VecX(D_)), eu(N, VecX(D_));
    std::vector<std::vector<double>> grids(N);
    VecX pt(D_);
    for (int i = 0; i < N; ++i) {
      const double s = i == 0 ? 0.0 : eline_s(Le * i / N);
      sd[i] = p_ + s * Delta;  // absolute node positions (a segment integrates δ from its node)
      pt = sd[i];
      const double r = std::sqrt(std::max(0.0, model_.quad(pt.data(), Delta.data())));
      sv[i] = (r > 0 ? Le / r : 1.0) * Delta;
    }
    auto pack = [&](VecX& z) {
      z.head(D_) = sv[0];
      for (int i = 1; i < N; ++i) {
        z.segment(D_ + 2 * D_ * (i - 1), D_) = sd[i];
        z.segment(D_ + 2 * D_ * (i - 1) + D_, D_) = sv[i];
      }
    };
    auto unpack = [&](const VecX& z) {
      sd[0] = p_;
      sv[0] = z.head(D_);
      for (int i = 1; i < N; ++i) {
        sd[i] = z.segment(D_ + 2 * D_ * (i - 1), D_);
        sv[i] = z.segment(D_ + 2 * D_ * (i - 1) + D_, D_);
      }
    };
    double Lscale = Le;
    // integrate segment i from (d, u); end state in y_
    auto seg = [&](int i, const VecX& d, const VecX& u, bool freeze) {
      rhs_.set_base(d);
      y_.setZero();
      y_.segment(D_, D_) = u;
      integ_.speed = std::max(Lscale, 1e-300);
      ++integrations;
      if (freeze && !grids[i].empty()) return integ_.replay(y_, grids[i]);
      grids[i].clear();
      double H = 0.125 * h;
      return integ_.integrate(y_, 0.0, h, H, &grids[i]);
    };
    RowMatX Gn(D_, D_);
    VecX R(nz), Rn(nz), z(nz), zn(nz), dz(nz);
    // all segments → residual R and merit (Fisher-norm residual relative to the length)
    auto evaluate = [&](bool freeze, VecX& Rout, double& merit) {
      double tot = 0;
      for (int i = 0; i < N; ++i) {
        if (!seg(i, sd[i], sv[i], freeze)) {
#ifdef INFOGEOM_NG_TRACE
          std::fprintf(stderr, "  segment %d failed: d=(%g,%g) v=(%g,%g)\n", i, sd[i][0], sd[i][1], sv[i][0], sv[i][1]);
#endif
          return false;
        }
        ed[i] = y_.head(D_);
        eu[i] = y_.segment(D_, D_);
        tot += y_[2 * D_];
      }
      double m2 = 0;
      for (int i = 0; i < N; ++i) {
        const index_t row = 2 * D_ * i;
        if (i < N - 1) {  // (X_i − X_{i+1}) + δ_end: no rounding of X_i + δ_end
          Rout.segment(row, D_) = (sd[i] - sd[i + 1]) + ed[i];
          Rout.segment(row + D_, D_) = eu[i] - sv[i + 1];
          pt = sd[i + 1];
        } else {
          Rout.segment(row, D_) = (sd[i] - q_) + ed[i];  // not via Δ = q − p (rounded to ulp(p))
          pt = q_;
        }
        if (!model_.fisher(pt.data(), Gn.data())) return false;
        const auto rp = Rout.segment(row, D_);
        m2 += rp.dot(Gn * rp);
        if (i < N - 1) {
          const auto rv = Rout.segment(row + D_, D_);
          m2 += h * h * rv.dot(Gn * rv);  // velocity mismatch × h ~ position mismatch
        }
      }
      merit = std::sqrt(std::max(0.0, m2)) / std::max(tot, 1e-300);
      length_ = tot;
      return std::isfinite(merit);
    };
    pack(z);
    double merit = 0;
    if (!evaluate(false, R, merit)) {
#ifdef INFOGEOM_NG_TRACE
      std::fprintf(stderr, "  ms N=%d: initial path evaluation failed\n", N);
#endif
      return false;
    }
    Lscale = length_;
    Eigen::MatrixXd Jm(nz, nz);
    VecX d0(D_), u0(D_);
    RowMatX Gs(D_, D_);
    bool done = false;
    while (!done && used < opt_.max_iterations) {
#ifdef INFOGEOM_NG_TRACE
      std::fprintf(stderr, "  ms N=%d it=%d merit=%.3e L=%.10g\n", N, used, merit, length_);
#endif
      if (merit <= opt_.tol) break;
      ++used;
      Jm.setZero();
      for (int i = 0; i < N; ++i) {
        const index_t row = 2 * D_ * i, nrow = i < N - 1 ? 2 * D_ : D_;
        if (i < N - 1) Jm.block(row, D_ + 2 * D_ * i, 2 * D_, 2 * D_).diagonal().setConstant(-1.0);
        if (!seg(i, sd[i], sv[i], true)) return false;  // base on the frozen grid
        VecX ybase = y_.head(2 * D_);
        pt = sd[i];
        if (!model_.fisher(pt.data(), Gs.data())) return false;
        for (index_t j = (i == 0 ? D_ : 0); j < 2 * D_; ++j) {
          const index_t c = j % D_;
          double e = 1e-7 * Lscale / std::sqrt(Gs(c, c)) * (j < D_ ? h : 1.0);
          d0 = sd[i];
          u0 = sv[i];
          double& x = j < D_ ? d0[c] : u0[c];
          const double x0 = x;
          bool ok = false;
          for (int tries = 0; tries < 2 && !ok; ++tries, e = -e) {
            x = x0 + e;
            const double he = x - x0;
            if (he != 0.0 && seg(i, d0, u0, true)) {
              const index_t col = i == 0 ? j - D_ : D_ + 2 * D_ * (i - 1) + j;
              VecX ye = y_.head(2 * D_);
              if (j < D_) ye[c] += he;  // the end position X_i + δ moves with the node
              Jm.block(row, col, nrow, 1) = (ye.head(nrow) - ybase.head(nrow)) / he;
              ok = Jm.block(row, col, nrow, 1).allFinite();
            }
          }
          if (!ok) return false;
        }
      }
      Eigen::PartialPivLU<Eigen::MatrixXd> lu(Jm);
      dz = -lu.solve(R);
      if (!dz.allFinite()) return false;
      const double dzrel = dz.lpNorm<Eigen::Infinity>() / std::max(z.lpNorm<Eigen::Infinity>(), 1e-300);
      double lam = 1.0;
      bool accepted = false;
      const auto saved = grids;
      for (int ls = 0; ls < 30; ++ls, lam *= 0.5) {
        zn = z + lam * dz;
        unpack(zn);
        double mn = 0;
        if (evaluate(lam * dzrel <= 1e-4, Rn, mn) && (mn < merit || mn <= opt_.tol)) {
          const bool stalled = mn > 0.25 * merit;
          z = zn;
          R = Rn;
          merit = mn;
          Lscale = length_;
          accepted = true;
          if (stalled && merit <= opt_.accept) done = true;  // rounding floor of the residual
          break;
        }
        grids = saved;
      }
      if (!accepted) {
        unpack(z);
        if (merit <= opt_.accept) break;
        res = merit;
        return false;
      }
    }
    unpack(z);
    res = merit;
    if (!(merit <= opt_.accept)) return false;
    double mfinal = 0;  // the kept state (length, end velocity) on the final grids
    if (!evaluate(true, R, mfinal)) return false;
    v = sv[0];
    nodes_d_ = sd;
    nodes_v_ = sv;
    end_d_ = sd[N - 1] + ed[N - 1];
    rhs_.set_base(p_);
    end_u_ = eu[N - 1];
    return true;
  }

  // Continuation in the target along the e-geodesic (for families with a closed-form exponential
  // map, where single shooting is cheap): targets p + sΔ spaced by about ell in Fisher length
  // along the e-line, Euler predictor v(s + ds) ≈ v(s) + ds J⁻¹Δ.
  bool continuation(const VecX& Delta, double Le, VecX& v, Info& info, int& used) {
    double s_done = 0.0, ell = 1.0, res = 0.0, l_done = 0.0;
    VecX v_done = VecX::Zero(D_), tangent = Delta, vtry(D_);
    for (int stage = 0; stage < 400 && used < opt_.max_iterations; ++stage) {
      const double l_try = std::min(Le, l_done + ell);
      const double s_try = l_try >= Le ? 1.0 : eline_s(l_try);
      if (!(s_try > s_done)) break;
      const VecX target = s_try >= 1.0 ? Delta : VecX(s_try * Delta);
      vtry = v_done + (s_try - s_done) * tangent;
      bool fresh = false;
      const int before = used;
      const int cap = std::min(10, opt_.max_iterations - used);
      const double tol = s_try >= 1.0 ? opt_.tol : 1e-8;
      const bool ok = cap > 0 && newton(vtry, target, cap, tol, used, res, fresh);
      if (ok) {
        ++info.continuation_steps;
        s_done = s_try;
        l_done = l_try;
        v_done = vtry;
        if (s_done >= 1.0) {
          v = v_done;
          info.iterations = used;
          info.residual = res;
          info.converged = true;
          set_closed_path(v);
          return true;
        }
        VecX d1(D_);
        if (!fresh) {
          if (!shoot(v_done, d1, true) || !jacobian(v_done, d1)) break;
        }
        tangent = Eigen::PartialPivLU<Eigen::MatrixXd>(J_).solve(Delta);
        if (!tangent.allFinite()) break;
        const int it = used - before;
        ell *= it <= 2 ? 2.0 : it <= 4 ? 1.0 : 0.7;
      } else {
        ell *= 0.25;
        if (ell < 1e-6 * std::max(Le, 1.0)) break;
      }
    }
    info.iterations = used;
    info.residual = res;
    info.converged = false;
    return false;
  }

  // Points p + δ(t) of the solved path (t outside [0, 1] extends it from its end nodes).
  bool points(const double* t, index_t nt, double* out) {
    const int N = int(nodes_d_.size());
    if (N == 0) return false;
    for (index_t k = 0; k < nt; ++k) {
      const int i = t[k] <= 0.0 ? 0 : t[k] >= 1.0 ? N - 1 : std::min(N - 1, int(std::floor(t[k] * N)));
      rhs_.set_base(nodes_d_[i]);
      y_.setZero();
      y_.segment(D_, D_) = nodes_v_[i];
      integ_.speed = std::max(length_, 1e-300);
      double H = 0.125 / N;
      const bool ok = integ_.integrate(y_, double(i) / N, t[k], H, nullptr);
      rhs_.set_base(p_);
      if (!ok) return false;
      for (index_t c = 0; c < D_; ++c) out[k * D_ + c] = nodes_d_[i][c] + y_[c];
    }
    return true;
  }
  // Parallel transport of w0 along the solved path, segment by segment.
  bool transport(const double* w0, double* w1) {
    const int N = int(nodes_d_.size());
    if (N == 0 || y_.size() <= 2 * D_ + 1) return false;
    VecX w = Eigen::Map<const VecX>(w0, D_);
    const double ws = std::sqrt(std::max(0.0, model_.quad(p_.data(), w0)));
    for (int i = 0; i < N; ++i) {
      rhs_.set_base(nodes_d_[i]);
      y_.setZero();
      y_.segment(D_, D_) = nodes_v_[i];
      y_.tail(D_) = w;
      integ_.speed = std::max(length_, 1e-300);
      integ_.wscale = ws > 0 ? ws : 1e-300;
      double H = 0.125 / N;
      const bool ok = integ_.integrate(y_, 0.0, 1.0 / N, H, nullptr);
      rhs_.set_base(p_);
      if (!ok) return false;
      w = y_.tail(D_);
    }
    for (index_t c = 0; c < D_; ++c) w1[c] = w[c];
    return w.allFinite();
  }
  double length() const { return length_; }
  // energy drift: speed at the end of the solved path vs at its start
  double drift(const VecX& v) {
    if (nodes_d_.empty() || end_u_.size() != D_) return 0.0;
    const VecX te = end_d_;
    const double s1 = std::sqrt(std::max(0.0, model_.quad(te.data(), end_u_.data())));
    const double s0 = speed_of(v);
    return s0 > 0 ? std::fabs(s1 - s0) / s0 : 0.0;
  }

  bool closed_exp() const { return has_geodesic_exp<Fam>::value && opt_.closed_exp; }
  // the solved path of a closed-form exponential map: one node (for transport), constant speed
  void set_closed_path(const VecX& v) {
    length_ = speed_of(v);
    nodes_d_.assign(1, p_);
    nodes_v_.assign(1, v);
    end_d_ = q_;
    end_u_.resize(0);
  }
  bool exp_delta(const VecX& v, VecX& dq) {
    if constexpr (has_geodesic_exp<Fam>::value) {
      return model_.fam().geodesic_exp_delta(p_.data(), v.data(), dq.data()) && dq.allFinite();
    } else {
      (void)v, (void)dq;
      return false;
    }
  }
  double speed_of(const VecX& v) {
    return std::sqrt(std::max(0.0, model_.quad(p_.data(), v.data())));
  }
  int integrations = 0;

 private:
  void init_state(const VecX& v, const double* w0) {
    y_.setZero();
    y_.segment(D_, D_) = v;
    integ_.speed = speed_of(v);
    if (!(integ_.speed > 0)) integ_.speed = 1e-300;
    if (w0 && y_.size() > 2 * D_ + 1) {
      for (index_t c = 0; c < D_; ++c) y_[2 * D_ + 1 + c] = w0[c];
      const double ws = std::sqrt(std::max(0.0, model_.quad(p_.data(), w0)));
      integ_.wscale = ws > 0 ? ws : 1e-300;
    }
  }

  const Options& opt_;
  Model<Fam> model_;
  index_t D_;
  VecX p_, q_;
  GeodesicRhs<Fam> rhs_;
  Integrator<Fam> integ_;
  VecX y_, yb_, yend_, end_d_, end_u_;
  std::vector<VecX> nodes_d_, nodes_v_;
  std::vector<double> es_, ec_;
  double length_ = 0;
  Eigen::MatrixXd J_;
  RowMatX Gt_;
  VecX tmp_;
  std::vector<double> steps_;
};

template <class Fam>
bool valid_point(const Fam& f, const double* p) {
  Model<Fam> m(f);
  return m.valid(p);
}

}  // namespace ngd

// v = log_p(q): initial velocity of the geodesic from p to q (reaches q at t = 1).
template <class Fam>
bool log_map(const Fam& f, const double* p, const double* q, double* v, Info* info,
             const Options& opt = Options{}) {
  const index_t D = f.dim();
  Info loc;
  Info& in = info ? *info : loc;
  in = Info{};
  for (index_t i = 0; i < D; ++i) v[i] = quiet_nan<double>();
  if (!ngd::valid_point(f, p) || !ngd::valid_point(f, q)) return false;
  ngd::Shooter<Fam> sh(f, p, opt);
  ngd::VecX vv(D);
  if (!sh.log(q, vv, in)) return false;
  for (index_t i = 0; i < D; ++i) v[i] = vv[i];
  return true;
}

// q = exp_p(v) = γ(1) for γ(0) = p, γ'(0) = v; false (q NaN) if γ leaves Θ before t = 1.
template <class Fam>
bool exp_map(const Fam& f, const double* p, const double* v, double* q, const Options& opt = Options{}) {
  const index_t D = f.dim();
  for (index_t i = 0; i < D; ++i) q[i] = quiet_nan<double>();
  if (!ngd::valid_point(f, p)) return false;
  for (index_t i = 0; i < D; ++i)
    if (!std::isfinite(v[i])) return false;
  ngd::Shooter<Fam> sh(f, p, opt);
  ngd::VecX vv = Eigen::Map<const ngd::VecX>(v, D), d1(D);
  if (!sh.shoot(vv, d1)) return false;
  for (index_t i = 0; i < D; ++i) q[i] = p[i] + d1[i];
  if (!sh.model().valid(q)) {
    for (index_t i = 0; i < D; ++i) q[i] = quiet_nan<double>();
    return false;
  }
  return true;
}

// Points γ(t[k]), k < nt, of the geodesic from p to q, written row-major to out (nt, D).
// t = 0 and t = 1 give p and q exactly; t outside [0, 1] extends the geodesic (false if it
// leaves Θ).
template <class Fam>
bool geodesic(const Fam& f, const double* p, const double* q, const double* t, index_t nt, double* out,
              Info* info, const Options& opt = Options{}) {
  const index_t D = f.dim();
  Info loc;
  Info& in = info ? *info : loc;
  in = Info{};
  for (index_t i = 0; i < nt * D; ++i) out[i] = quiet_nan<double>();
  for (index_t k = 0; k < nt; ++k)
    if (!std::isfinite(t[k])) return false;
  if (!ngd::valid_point(f, p) || !ngd::valid_point(f, q)) return false;
  ngd::Shooter<Fam> sh(f, p, opt);
  ngd::VecX v(D);
  if (!sh.log(q, v, in)) return false;
  bool ok;
  if (sh.closed_exp()) {
    ok = true;
    ngd::VecX tv(D), dq(D);
    for (index_t k = 0; k < nt && ok; ++k) {
      tv = t[k] * v;
      ok = sh.exp_delta(tv, dq);
      for (index_t c = 0; c < D; ++c) out[k * D + c] = p[c] + dq[c];
      ok = ok && sh.model().valid(out + k * D);
    }
  } else {
    ok = sh.points(t, nt, out);
  }
  if (!ok) {
    for (index_t i = 0; i < nt * D; ++i) out[i] = quiet_nan<double>();
    in.converged = false;
    return false;
  }
  for (index_t k = 0; k < nt; ++k) {
    if (t[k] == 0.0)
      for (index_t c = 0; c < D; ++c) out[k * D + c] = p[c];
    if (t[k] == 1.0)
      for (index_t c = 0; c < D; ++c) out[k * D + c] = q[c];
  }
  return true;
}

// Fisher–Rao distance d(p, q) = ∫₀¹ √(γ'ᵀ G(γ) γ') dt; NaN on failure.
template <class Fam>
double fisher_rao(const Fam& f, const double* p, const double* q, Info* info, const Options& opt = Options{}) {
  const index_t D = f.dim();
  Info loc;
  Info& in = info ? *info : loc;
  in = Info{};
  if (!ngd::valid_point(f, p) || !ngd::valid_point(f, q)) return quiet_nan<double>();
  ngd::Shooter<Fam> sh(f, p, opt);
  ngd::VecX v(D);
  if (!sh.log(q, v, in)) return quiet_nan<double>();
  if (v.squaredNorm() == 0.0) return 0.0;
  if (sh.closed_exp()) {
    // closed-form exponential map: the geodesic has constant speed ‖v‖_G(p)
    return sh.speed_of(v);
  } else {
    const double length = sh.length();
    in.energy_drift = sh.drift(v);
    if (!std::isfinite(length)) {
      in.converged = false;
      return quiet_nan<double>();
    }
    return length;
  }
}

// w = parallel transport of the tangent vector v at p to q along the geodesic from p to q.
template <class Fam>
bool parallel_transport(const Fam& f, const double* p, const double* q, const double* v, double* w,
                        Info* info, const Options& opt = Options{}) {
  const index_t D = f.dim();
  Info loc;
  Info& in = info ? *info : loc;
  in = Info{};
  for (index_t i = 0; i < D; ++i) w[i] = quiet_nan<double>();
  for (index_t i = 0; i < D; ++i)
    if (!std::isfinite(v[i])) return false;
  if (!ngd::valid_point(f, p) || !ngd::valid_point(f, q)) return false;
  ngd::Shooter<Fam> sh(f, p, opt, /*transport=*/true);
  ngd::VecX u(D);
  if (!sh.log(q, u, in)) return false;
  if (u.squaredNorm() == 0.0) {
    for (index_t i = 0; i < D; ++i) w[i] = v[i];
    return true;
  }
  if (!sh.transport(v, w)) {
    for (index_t i = 0; i < D; ++i) w[i] = quiet_nan<double>();
    in.converged = false;
    return false;
  }
  in.energy_drift = sh.drift(u);
  return true;
}

}  // namespace infogeom::numeric_geodesic
