// What a family must provide, and the generic algorithms built only from that (DESIGN.md §2).
//
// A family is a class template `Fam<S>` (S = float or double) holding only its fixed sizes
// (Categorical k, MultivariateNormal d, Binomial n, ...). All functions are const, take raw
// pointers to one row (one distribution / one observation), never throw and never allocate
// beyond Eigen temporaries. The model p(x; θ) = h(x) exp(θ·T(x) − F(θ)).
//
//   static constexpr const char* name;          "Normal"
//   using ctor_args = std::tuple<...>;          constructor argument types, bound to Python
//   index_t dim() const;                        D, length of θ, η and T(x)
//   index_t sample_size() const;                scalars per observation x
//   bool scalar_sample() const;                 x has event shape () (else (sample_size,))
//   std::vector<SourceParam> source_params() const;  named source parameters with their shapes
//   index_t free_source_dim() const;            P, free source coordinates (fisher coords="source")
//   const char* check_natural(const S* θ) const;     nullptr if θ is in the natural parameter
//   const char* check_mean(const S* η) const;        space / mean domain / valid source / support;
//   const char* check_source(const S* src) const;    otherwise a static string saying why
//   const char* check_sample(const S* x) const;
//   S    log_partition(const S* θ) const;       F(θ)
//   void to_mean(const S* θ, S* η) const;       η = ∇F(θ)
//   void to_natural(const S* η, S* θ) const;    θ = ∇F*(η); writes NaN if a solver fails
//   S    conjugate(const S* η) const;           F*(η) = θ·η − F(θ); NaN if a solver fails
//   void fisher(const S* θ, S* G) const;        ∇²F(θ), D×D row-major
//   S    entropy(const S* θ) const;
//   void sufficient_statistics(const S* x, S* t) const;
//   S    log_base_measure(const S* x) const;    log h(x)
//   void from_source(const S* src, S* θ) const; packed source parameters -> θ
//   void to_source(const S* θ, S* src) const;
//   void source_jacobian(const S* θ, S* J) const;    ∂θ_i/∂ξ_j, D×P row-major
// Optional (found by detection, used when present because the generic form cancels):
//   S    log_prob(const S* x, const S* θ) const;     (x inside the support)
//   void fisher_source(const S* θ, S* G) const;      closed form of Jᵀ ∇²F J, P×P row-major
//   static constexpr bool cuda_device = true;        the optional CUDA kernels (cpp/cuda) may run
//                                                    this family: dim, check_natural, check_mean,
//                                                    log_partition, to_mean, to_natural, conjugate,
//                                                    entropy and the divergence hooks (and all they
//                                                    call) are INFOGEOM_HOST_DEVICE; no heap, no
//                                                    Eigen beyond fixed sizes, D <= kDeviceMaxDim
//   void fisher_mean(const S* θ, S* G) const;        closed form of ∇²F*(η) = (∇²F(θ))⁻¹ at
//                                                    η = ∇F(θ), D×D row-major (the generic inverse
//                                                    loses digits when ∇²F is ill-conditioned)
#pragma once
#include "config.hpp"

#include <Eigen/Dense>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace infogeom {

struct SourceParam {
  const char* name;
  std::vector<index_t> shape;  // shape of this parameter for one distribution; {} = scalar
  index_t size() const {
    index_t s = 1;
    for (auto e : shape) s *= e;
    return s;
  }
};

template <class Fam>
index_t source_size(const Fam& f) {
  index_t s = 0;
  for (const auto& p : f.source_params()) s += p.size();
  return s;
}

template <class S>
using Vec = Eigen::Matrix<S, Eigen::Dynamic, 1>;
template <class S>
using Mat = Eigen::Matrix<S, Eigen::Dynamic, Eigen::Dynamic>;
template <class S>
using RowMat = Eigen::Matrix<S, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

namespace detail {
template <class F, class = void>
struct has_log_prob : std::false_type {};
template <class F>
struct has_log_prob<F, std::void_t<decltype(std::declval<const F&>().log_prob(
                           std::declval<const typename F::Scalar*>(),
                           std::declval<const typename F::Scalar*>()))>> : std::true_type {};
template <class F, class = void>
struct has_fisher_mean : std::false_type {};
template <class F>
struct has_fisher_mean<F, std::void_t<decltype(std::declval<const F&>().fisher_mean(
                             std::declval<const typename F::Scalar*>(),
                             std::declval<typename F::Scalar*>()))>> : std::true_type {};
template <class F, class = void>
struct has_fisher_source : std::false_type {};
template <class F>
struct has_fisher_source<F, std::void_t<decltype(std::declval<const F&>().fisher_source(
                                std::declval<const typename F::Scalar*>(),
                                std::declval<typename F::Scalar*>()))>> : std::true_type {};
}  // namespace detail

// log p(x; θ); −inf outside the support, NaN if x or θ has NaN.
template <class Fam, class S = typename Fam::Scalar>
S log_prob(const Fam& f, const S* x, const S* theta) {
  if (any_nan(x, f.sample_size()) || any_nan(theta, f.dim())) return quiet_nan<S>();
  if (f.check_sample(x) != nullptr) return -infinity<S>();
  if constexpr (detail::has_log_prob<Fam>::value) {
    return f.log_prob(x, theta);
  } else {
    const index_t D = f.dim();
    Vec<S> t(D);
    f.sufficient_statistics(x, t.data());
    S dot = 0;
    for (index_t i = 0; i < D; ++i) dot += theta[i] * t[i];
    return f.log_base_measure(x) + dot - f.log_partition(theta);
  }
}

// Fisher metric in mean coordinates at the point θ: ∇²F*(η) = (∇²F(θ))⁻¹.
template <class Fam, class S = typename Fam::Scalar>
void fisher_mean(const Fam& f, const S* theta, S* out) {
  if constexpr (detail::has_fisher_mean<Fam>::value) {
    f.fisher_mean(theta, out);  // closed form: inverting ∇²F loses κ(∇²F)·ε
    return;
  }
  const index_t D = f.dim();
  RowMat<S> G(D, D);
  f.fisher(theta, G.data());
  Eigen::Map<RowMat<S>> O(out, D, D);
  Eigen::LLT<RowMat<S>> llt(G);
  if (llt.info() != Eigen::Success) {
    O.setConstant(quiet_nan<S>());
    return;
  }
  O = llt.solve(RowMat<S>::Identity(D, D));
  O = (S(0.5) * (O + O.transpose())).eval();
}

// Fisher metric in the free source coordinates ξ: Jᵀ G J with J = ∂θ/∂ξ.
template <class Fam, class S = typename Fam::Scalar>
void fisher_source(const Fam& f, const S* theta, S* out) {
  if constexpr (detail::has_fisher_source<Fam>::value) {
    f.fisher_source(theta, out);  // closed form: the product below cancels at extreme ratios
    return;
  }
  const index_t D = f.dim(), P = f.free_source_dim();
  RowMat<S> G(D, D), J(D, P);
  f.fisher(theta, G.data());
  f.source_jacobian(theta, J.data());
  Eigen::Map<RowMat<S>> O(out, P, P);
  O.noalias() = J.transpose() * G * J;
  O = (S(0.5) * (O + O.transpose())).eval();
}

}  // namespace infogeom
