// Bindings of the elementwise divergences (issue 3); called from bind_family<Fam>().
//
// Python hands each method the rows of p and q (C-contiguous (n or 1, D) arrays of one float
// dtype, a single row broadcasting), optionally alpha as a (n or 1, 1) array of the same dtype,
// and the broadcast batch shape. Here: shape checks, validation (first offending index), GIL
// release, the threaded row loop. The math is one call into divergence.hpp per row.
#pragma once
#include <atomic>
#include <cmath>
#include <limits>
#include <string>
#include <sstream>
#include <type_traits>
#include <vector>
#include <algorithm>

#include "bind_common.hpp"
#include "bind_rows_batch.hpp"
#include "infogeom/divergence.hpp"

namespace infogeom::bind {

namespace lazy_check {
// `static constexpr bool kl_checks_domain = true;` in a family: kl(θp, θq) is NaN whenever a
// finite θp or θq lies outside the natural parameter space.
template <class F, class = void>
struct kl_checks_domain : std::false_type {};
template <class F>
struct kl_checks_domain<F, std::enable_if_t<F::kl_checks_domain>> : std::true_type {};
template <class S>
bool finite_row(const S* v, index_t n) {
  for (index_t k = 0; k < n; ++k)
    if (!(std::abs(v[k]) <= std::numeric_limits<S>::max())) return false;
  return true;
}
}  // namespace lazy_check

enum class AlphaRule { none, unit_interval, renyi };

// Raises ValueError at the first row whose alpha (NaN excepted) breaks the rule.
template <class S>
void validate_alpha(const Call& c, AlphaRule rule, const Rows<S>& a) {
  auto bad = [&](S v) {
    if (v != v) return false;
    if (rule == AlphaRule::unit_interval) return !(v >= S(0) && v <= S(1));
    return !(v > S(0)) || v == S(1) || !(v < infinity<S>());
  };
  const index_t first = parallel_find_first(a.rows, 2.0, [&](index_t i) { return bad(a.row(i)[0]); });
  if (first < a.rows) {
    std::ostringstream s;
    s << c.family << "." << c.op << ": alpha" << index_str(first, a.rows == 1 ? shape_t{} : c.batch)
      << (rule == AlphaRule::unit_interval ? " must be in [0, 1]" : " must be > 0, finite and != 1")
      << ", got " << double(a.row(first)[0]);
    throw std::invalid_argument(s.str());
  }
}

// A numerical method signals failure by NaN output from NaN-free inputs.
template <class S>
void check_pair_converged(const Call& c, const Rows<S>& p, const Rows<S>& q, const Rows<S>* a,
                          const S* out, index_t ow) {
  const index_t first = parallel_find_first(c.n, 2.0 * ow, [&](index_t i) {
    return any_nan(out + i * ow, ow) && !any_nan(p.row(i), p.width) && !any_nan(q.row(i), q.width) &&
           !(a && any_nan(a->row(i), 1));
  });
  if (first < c.n) {
    std::ostringstream s;
    s << c.family << "." << c.op << ": the numerical evaluation did not converge for p, q"
      << index_str(first, c.batch);
    throw std::invalid_argument(s.str());
  }
}

// Binds `op(p, q[, alpha], batch, validate=True)` returning an (n, ow) array (ow ≤ 2).
template <template <class> class Fam, class Cls, class Kernel>
void def_pair(Cls& cls, const char* op, AlphaRule rule, index_t ow, double cost, bool numeric,
              Kernel kernel, const char* doc, int kl_rows_mode = 0) {
  // kl_rows_mode: 1 = kl through the family's kl_rows, 2 = bregman(p, q) = kl(q, p) through it
  // Families whose KL kernel itself detects rows outside the domain (kl_checks_domain) are
  // validated lazily for kl/bregman: only rows with a NaN or zero result, or non-finite
  // entries, go through check_natural (for MultivariateNormal this saves two of the four
  // Cholesky factorizations per pair).
  const bool lazy = lazy_check::kl_checks_domain<Fam<double>>::value &&
                    (std::string(op) == "kl" || std::string(op) == "bregman");
  auto run = [=](const Holder<Fam>& h, const py::array& p, const py::array& q, const py::array* alpha,
                 const shape_t& batch, bool validate, const py::object& out_arg) {
    return with_dtype(p, [&](auto tag) -> py::object {
      using S = decltype(tag);
      const auto& f = h.template get<S>();
      const Call c{Fam<double>::name, op, batch, batch_size(batch)};
      const Rows<S> pr = rows_of<S>(c, p, "p", f.dim());
      const Rows<S> qr = rows_of<S>(c, q, "q", f.dim());
      Rows<S> ar{nullptr, 0, 1};
      if (alpha) ar = rows_of<S>(c, *alpha, "alpha", 1);
      py::array_t<S> out = output_rows<S>(c, out_arg, ow);
      S* o = out.mutable_data();
      {
        py::gil_scoped_release nogil;
        if (validate && alpha) validate_alpha(c, rule, ar);
        // the domain checks of p and q ride along the compute loop (one pass over the data);
        // a row outside the domain is still evaluated (the kernels never fail) and reported after
        std::atomic<index_t> bad_p{c.n}, bad_q{c.n};
        auto check = [&](index_t i, const S* pi, const S* qi) {
          if (!validate) return;
          auto note = [i](std::atomic<index_t>& first) {
            index_t cur = first.load(std::memory_order_relaxed);
            while (i < cur && !first.compare_exchange_weak(cur, i, std::memory_order_relaxed)) {
            }
          };
          if (!any_nan(pi, pr.width) && f.check_natural(pi) != nullptr) note(bad_p);
          if (!any_nan(qi, qr.width) && f.check_natural(qi) != nullptr) note(bad_q);
        };
        bool done = false;
        if constexpr (has_kl_rows<Fam<double>>::value) {
          if (kl_rows_mode != 0) {
            const bool swap = kl_rows_mode == 2;
            // blocks of rows through the family's batch kernel (bind_rows_batch.hpp)
            batch_rows<S>(
                h.f64, c.n, h.f64.dim(), cost * row_cost(h.f64), pr, qr, o, validate,
                [&](index_t m, const double* P, index_t ps, const double* Q, index_t qs, double* od) {
                  if (swap)
                    h.f64.kl_rows(m, Q, qs, P, ps, od);
                  else
                    h.f64.kl_rows(m, P, ps, Q, qs, od);
                },
                [&](index_t i) { check(i, pr.row(i), qr.row(i)); });
            done = true;
          }
        }
        if (done) {
        } else if constexpr (std::is_same_v<S, double>) {
          parallel_for(c.n, cost * row_cost(f), [&](index_t i) {
            const S a = alpha ? ar.row(i)[0] : S(0);
            const S* pi = pr.row(i);
            const S* qi = qr.row(i);
            if (!lazy || !lazy_check::finite_row(pi, pr.width) || !lazy_check::finite_row(qi, qr.width))
              check(i, pi, qi);
            kernel(f, pi, qi, a, o + i * ow);
            // lazy: the kernel returns NaN for finite rows outside the domain (and 0 for p == q)
            if (lazy && (!(o[i * ow] == o[i * ow]) || o[i * ow] == S(0))) check(i, pi, qi);
          });
        } else {
          // float32 rows are evaluated by the float64 instance of the family (the conversion
          // is exact) and the results rounded once: the cancellation-free forms need the
          // working precision to resolve θq − θp, ratios near 0 and curvature along the segment,
          // which float arithmetic does not (errors up to 1e-2 relative were measured on
          // ill-conditioned MultivariateNormal and extreme Rayleigh pairs).
          const auto& fd = h.f64;
          const index_t D = fd.dim();
          parallel_for(c.n, cost * row_cost(fd), [&](index_t i) {
            detail::SmallBuf<double> pd(D), qd(D);
            const S* pi = pr.row(i);
            const S* qi = qr.row(i);
            if (!lazy || !lazy_check::finite_row(pi, pr.width) || !lazy_check::finite_row(qi, qr.width))
              check(i, pi, qi);
            for (index_t k = 0; k < D; ++k) {
              pd[k] = double(pi[k]);
              qd[k] = double(qi[k]);
            }
            double od[2];
            const double a = alpha ? double(ar.row(i)[0]) : 0.0;
            kernel(fd, pd.data(), qd.data(), a, od);
            if (lazy && (!(od[0] == od[0]) || od[0] == 0.0)) check(i, pi, qi);
            for (index_t k = 0; k < ow; ++k) o[i * ow + k] = S(od[k]);
          });
        }
        if (bad_p.load() < c.n || bad_q.load() < c.n) {
          // report the first offending row of p, then of q, with the family's reason
          const bool is_p = bad_p.load() < c.n;
          const index_t i = is_p ? bad_p.load() : bad_q.load();
          const Rows<S>& r = is_p ? pr : qr;
          std::ostringstream m;
          m << c.family << "." << c.op << ": " << (is_p ? "p" : "q")
            << index_str(r.rows == 1 ? 0 : i, r.rows == 1 ? shape_t{} : c.batch) << " "
            << kind_text(Kind::natural) << ": " << f.check_natural(r.row(i));
          throw std::invalid_argument(m.str());
        }
        if (validate && numeric) check_pair_converged(c, pr, qr, alpha ? &ar : nullptr, o, ow);
      }
      return std::move(out);
    });
  };
  if (rule == AlphaRule::none) {
    cls.def(
        op,
        [run](const Holder<Fam>& h, const py::array& p, const py::array& q, const shape_t& batch,
              bool validate, const py::object& out) { return run(h, p, q, nullptr, batch, validate, out); },
        py::arg("p"), py::arg("q"), py::arg("batch"), py::arg("validate") = true,
        py::arg("out") = py::none(), doc);
  } else {
    cls.def(
        op,
        [run](const Holder<Fam>& h, const py::array& p, const py::array& q, const py::array& alpha,
              const shape_t& batch, bool validate, const py::object& out) {
          return run(h, p, q, &alpha, batch, validate, out);
        },
        py::arg("p"), py::arg("q"), py::arg("alpha"), py::arg("batch"), py::arg("validate") = true,
        py::arg("out") = py::none(), doc);
  }
}

template <template <class> class Fam, class Cls>
void bind_divergences(Cls& cls) {
  const auto none = AlphaRule::none;
  def_pair<Fam>(cls, "kl", none, 1, 1.0, false,
                [](const auto& f, const auto* p, const auto* q, auto, auto* o) { o[0] = kl(f, p, q); },
                "KL(p||q), rows (n, D) x (n, D) -> (n, 1)", /*kl_rows_mode=*/1);
  def_pair<Fam>(cls, "bregman", none, 1, 1.0, false,
                [](const auto& f, const auto* p, const auto* q, auto, auto* o) { o[0] = bregman(f, p, q); },
                "B_F(p : q) on natural parameters", /*kl_rows_mode=*/2);
  def_pair<Fam>(cls, "jeffreys", none, 1, 2.0, false,
                [](const auto& f, const auto* p, const auto* q, auto, auto* o) { o[0] = jeffreys(f, p, q); },
                "KL(p||q) + KL(q||p)");
  def_pair<Fam>(cls, "bhattacharyya", none, 1, 2.0, false,
                [](const auto& f, const auto* p, const auto* q, auto, auto* o) {
                  o[0] = bhattacharyya(f, p, q);
                },
                "-log int sqrt(p q)");
  def_pair<Fam>(cls, "hellinger", none, 1, 2.0, false,
                [](const auto& f, const auto* p, const auto* q, auto, auto* o) { o[0] = hellinger(f, p, q); },
                "sqrt(1 - exp(-bhattacharyya))");
  def_pair<Fam>(cls, "chernoff", AlphaRule::unit_interval, 1, 2.0, false,
                [](const auto& f, const auto* p, const auto* q, auto a, auto* o) {
                  o[0] = chernoff(f, p, q, a);
                },
                "-log int p^alpha q^(1-alpha)");
  def_pair<Fam>(cls, "renyi", AlphaRule::renyi, 1, 2.0, false,
                [](const auto& f, const auto* p, const auto* q, auto a, auto* o) { o[0] = renyi(f, p, q, a); },
                "Renyi divergence of order alpha");
  def_pair<Fam>(cls, "chernoff_information", none, 2, 30.0, true,
                [](const auto& f, const auto* p, const auto* q, auto, auto* o) {
                  o[0] = chernoff_information(f, p, q, o + 1);
                },
                "(max_alpha chernoff, alpha*), rows -> (n, 2)");
  if constexpr (detail::has_jensen_shannon<Fam<double>>::value) {
    def_pair<Fam>(cls, "jensen_shannon", none, 1, 400.0, true,
                  [](const auto& f, const auto* p, const auto* q, auto, auto* o) {
                    o[0] = jensen_shannon(f, p, q);
                  },
                  "Jensen-Shannon divergence");
  } else {
    cls.def(
        "jensen_shannon",
        [](const Holder<Fam>&, const py::array&, const py::array&, const shape_t&, bool) -> py::object {
          throw std::invalid_argument(
              std::string(Fam<double>::name) +
              ".jensen_shannon: not available for this family: the Jensen-Shannon divergence of a "
              "multivariate continuous family has no closed form (the mixture (p+q)/2 leaves the "
              "family) and is not computed by quadrature in several dimensions");
        },
        py::arg("p"), py::arg("q"), py::arg("batch"), py::arg("validate") = true,
        "Jensen-Shannon divergence (not available for this family)");
  }
}

}  // namespace infogeom::bind
