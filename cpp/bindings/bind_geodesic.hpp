// Bindings of the geodesic operations (issue 4); called from bind_family<Fam>().
//
// Python hands each method the rows of p, q and/or v (C-contiguous (n or 1, D) arrays of one
// float dtype, a single row broadcasting), the times t as a (1, T) array of the same dtype, and
// the broadcast batch shape. Here: shape checks, validation (first offending index), GIL release,
// the threaded row loop, and the errors for rows whose evaluation failed. float32 rows are
// evaluated by the float64 instance of the family and rounded once (geodesic.hpp widens them):
// the closed forms resolve nearby points through differences that need the wider precision,
// and the numerical solver works in double.
#pragma once
#include <atomic>
#include <cstdint>
#include <sstream>
#include <string>
#include <type_traits>
#include <vector>
#include <algorithm>

#include "bind_common.hpp"
#include "bind_rows_batch.hpp"
#include "infogeom/geodesic.hpp"

namespace infogeom::bind {

namespace geo {

// Smallest failing row index seen so far (threads race to lower it).
struct FirstBad {
  std::atomic<index_t> i;
  explicit FirstBad(index_t n) : i(n) {}
  void note(index_t k) {
    index_t cur = i.load(std::memory_order_relaxed);
    while (k < cur && !i.compare_exchange_weak(cur, k, std::memory_order_relaxed)) {
    }
  }
  index_t get() const { return i.load(); }
};

template <class S>
void validate_finite(const Call& c, const char* arg, const Rows<S>& r) {
  const index_t first = parallel_find_first(r.rows, 2.0 * r.width, [&](index_t i) {
    const S* x = r.row(i);
    if (any_nan(x, r.width)) return false;
    for (index_t k = 0; k < r.width; ++k)
      if (!is_finite_num(x[k])) return true;
    return false;
  });
  if (first < r.rows) {
    std::ostringstream s;
    s << c.family << "." << c.op << ": " << arg << index_str(first, r.rows == 1 ? shape_t{} : c.batch)
      << " must be finite";
    throw std::invalid_argument(s.str());
  }
}

// "Fam.op: <head> at index [i]<tail>"
inline void raise_failed(const Call& c, index_t i, const std::string& head, const char* tail = "") {
  std::ostringstream s;
  s << c.family << "." << c.op << ": " << head << index_str(i, c.batch) << tail;
  throw std::invalid_argument(s.str());
}

template <class Fam>
constexpr double geo_cost() {
  return has_closed_form_geodesic<Fam>() ? 4.0 : 2000.0;
}

constexpr const char* kNotConverged = "the geodesic solver did not converge for p, q";

}  // namespace geo

template <template <class> class Fam, class Cls>
void bind_geodesic(Cls& cls) {
  using H = Holder<Fam>;
  using F64 = Fam<double>;
  constexpr double cost = geo::geo_cost<F64>();
  constexpr bool closed = has_closed_form_geodesic<F64>();

  cls.def_property_readonly_static(
      "closed_form_geodesic", [](const py::object&) { return closed; },
      "True if the Fisher-Rao geometry of this family is evaluated in closed form");

  cls.def(
      "fisher_rao",
      [](const H& h, const py::array& p, const py::array& q, const shape_t& batch, bool validate, bool check,
         bool info) {
        return with_dtype(p, [&](auto tag) -> py::object {
          using S = decltype(tag);
          const auto& fs = h.template get<S>();
          const auto& f = h.f64;
          const index_t D = f.dim();
          const Call c{F64::name, "fisher_rao", batch, batch_size(batch)};
          const Rows<S> pr = rows_of<S>(c, p, "p", D);
          const Rows<S> qr = rows_of<S>(c, q, "q", D);
          py::array_t<S> dist(shape_t{py::ssize_t(c.n)});
          S* d = dist.mutable_data();
          // the info arrays only when asked for
          py::array_t<std::int32_t> iters;
          py::array_t<double> resid;
          py::array_t<bool> conv;
          std::int32_t* it = nullptr;
          double* re = nullptr;
          bool* co = nullptr;
          if (info) {
            iters = py::array_t<std::int32_t>(shape_t{py::ssize_t(c.n)});
            resid = py::array_t<double>(shape_t{py::ssize_t(c.n)});
            conv = py::array_t<bool>(shape_t{py::ssize_t(c.n)});
            it = iters.mutable_data();
            re = resid.mutable_data();
            co = conv.mutable_data();
          }
          {
            py::gil_scoped_release nogil;
            // the domain checks ride along the compute loop (one pass over the data); the first
            // offending row of p, then of q, is reported after it
            geo::FirstBad bad_p(c.n), bad_q(c.n), bad(c.n);
            auto validate_row = [&](index_t i) {
              if (!validate) return;
              const S* pi = pr.row(i);
              const S* qi = qr.row(i);
              if (!any_nan(pi, D) && check_row(fs, Kind::natural, pi) != nullptr) bad_p.note(i);
              if (!any_nan(qi, D) && check_row(fs, Kind::natural, qi) != nullptr) bad_q.note(i);
            };
            bool done = false;
            if constexpr (has_fr_rows<F64>::value) {
              if (!info) {
                // blocks of rows through the family's batch kernel (bind_rows_batch.hpp); closed
                // forms never fail
                batch_rows<S>(
                    f, c.n, D, cost * row_cost(f), pr, qr, d, validate,
                    [&](index_t m, const double* P, index_t ps, const double* Q, index_t qs, double* od) {
                      f.fisher_rao_rows(m, P, ps, Q, qs, od);
                    },
                    validate_row);
                done = true;
              }
            }
            if (!done) {
              // (a separate pass first: the numerical solver is not run on rows outside the domain)
              if (validate) {
                validate_rows(c, fs, "p", Kind::natural, pr);
                validate_rows(c, fs, "q", Kind::natural, qr);
              }
              parallel_for(c.n, cost * row_cost(f), [&](index_t i) {
                GeodesicInfo gi;
                d[i] = infogeom::fisher_rao(f, pr.row(i), qr.row(i), &gi);
                if (info) {
                  it[i] = gi.iterations;
                  re[i] = gi.residual;
                  co[i] = gi.converged;
                }
                if (d[i] != d[i] && !any_nan(pr.row(i), D) && !any_nan(qr.row(i), D)) bad.note(i);
              });
            }
            if (bad_p.get() < c.n || bad_q.get() < c.n) {  // (as validate_rows reports it)
              const bool is_p = bad_p.get() < c.n;
              const Rows<S>& r = is_p ? pr : qr;
              const index_t i = r.rows == 1 ? 0 : (is_p ? bad_p.get() : bad_q.get());
              std::ostringstream m;
              m << c.family << "." << c.op << ": " << (is_p ? "p" : "q") << index_str(i, c.batch) << " "
                << kind_text(Kind::natural) << ": " << check_row(fs, Kind::natural, r.row(i));
              throw std::invalid_argument(m.str());
            }
            if (check && bad.get() < c.n) geo::raise_failed(c, bad.get(), geo::kNotConverged);
          }
          if (!info) return std::move(dist);
          return py::make_tuple(dist, iters, resid, conv);
        });
      },
      py::arg("p"), py::arg("q"), py::arg("batch"), py::arg("validate") = true, py::arg("check") = true,
      py::arg("info") = true,
      "(distance, iterations, residual, converged), each of shape (n,); the distance alone when info "
      "is False");

  cls.def(
      "log_map",
      [](const H& h, const py::array& p, const py::array& q, const shape_t& batch, bool validate) {
        return with_dtype(p, [&](auto tag) -> py::object {
          using S = decltype(tag);
          const auto& fs = h.template get<S>();
          const auto& f = h.f64;
          const index_t D = f.dim();
          const Call c{F64::name, "log_map", batch, batch_size(batch)};
          const Rows<S> pr = rows_of<S>(c, p, "p", D);
          const Rows<S> qr = rows_of<S>(c, q, "q", D);
          py::array_t<S> out(shape_t{py::ssize_t(c.n), py::ssize_t(D)});
          S* o = out.mutable_data();
          {
            py::gil_scoped_release nogil;
            if (validate) {
              validate_rows(c, fs, "p", Kind::natural, pr);
              validate_rows(c, fs, "q", Kind::natural, qr);
            }
            geo::FirstBad bad(c.n);
            parallel_for(c.n, cost * row_cost(f), [&](index_t i) {
              if (!infogeom::log_map(f, pr.row(i), qr.row(i), o + i * D)) bad.note(i);
            });
            if (bad.get() < c.n) geo::raise_failed(c, bad.get(), geo::kNotConverged);
          }
          return std::move(out);
        });
      },
      py::arg("p"), py::arg("q"), py::arg("batch"), py::arg("validate") = true,
      "log_p(q), rows (n, D) x (n, D) -> (n, D)");

  cls.def(
      "exp_map",
      [](const H& h, const py::array& p, const py::array& v, const shape_t& batch, bool validate) {
        return with_dtype(p, [&](auto tag) -> py::object {
          using S = decltype(tag);
          const auto& fs = h.template get<S>();
          const auto& f = h.f64;
          const index_t D = f.dim();
          const Call c{F64::name, "exp_map", batch, batch_size(batch)};
          const Rows<S> pr = rows_of<S>(c, p, "p", D);
          const Rows<S> vr = rows_of<S>(c, v, "v", D);
          py::array_t<S> out(shape_t{py::ssize_t(c.n), py::ssize_t(D)});
          S* o = out.mutable_data();
          {
            py::gil_scoped_release nogil;
            if (validate) {
              validate_rows(c, fs, "p", Kind::natural, pr);
              geo::validate_finite(c, "v", vr);
            }
            geo::FirstBad bad(c.n);
            parallel_for(c.n, cost * row_cost(f), [&](index_t i) {
              if (!infogeom::exp_map(f, pr.row(i), vr.row(i), o + i * D)) bad.note(i);
            });
            if (validate && bad.get() < c.n)
              geo::raise_failed(c, bad.get(), "the geodesic from p with initial velocity v",
                                closed ? " leaves the natural parameter space before t = 1 (the Fisher-Rao "
                                         "manifold of this family is not complete: its boundary lies at a "
                                         "finite distance)"
                                       : " leaves the natural parameter space before t = 1, or its "
                                         "numerical integration failed");
          }
          return std::move(out);
        });
      },
      py::arg("p"), py::arg("v"), py::arg("batch"), py::arg("validate") = true,
      "exp_p(v), rows (n, D) x (n, D) -> (n, D); NaN rows where the geodesic leaves the domain "
      "when validate is False");

  cls.def(
      "geodesic",
      [](const H& h, const py::array& p, const py::array& q, const py::array& t, const std::string& kind,
         const shape_t& batch, bool validate) {
        return with_dtype(p, [&](auto tag) -> py::object {
          using S = decltype(tag);
          const auto& fs = h.template get<S>();
          const auto& f = h.f64;
          const index_t D = f.dim();
          const Call c{F64::name, "geodesic", batch, batch_size(batch)};
          const Rows<S> pr = rows_of<S>(c, p, "p", D);
          const Rows<S> qr = rows_of<S>(c, q, "q", D);
          if (t.ndim() != 2 || t.shape(0) != 1)
            throw std::invalid_argument(std::string(F64::name) + ".geodesic: t must be passed as (1, T)");
          const index_t nt = t.shape(1);
          const Call ct{F64::name, "geodesic", batch, 1};
          const Rows<S> tr = rows_of<S>(ct, t, "t", nt);
          const int mode = kind == "fisher" ? 0 : kind == "e" ? 1 : kind == "m" ? 2 : -1;
          if (mode < 0)
            throw std::invalid_argument(std::string(F64::name) + ".geodesic: kind must be 'fisher', 'e' or "
                                        "'m', got '" + kind + "'");
          py::array_t<S> out(shape_t{py::ssize_t(c.n), py::ssize_t(nt * D)});
          S* o = out.mutable_data();
          {
            py::gil_scoped_release nogil;
            if (validate) {
              validate_rows(c, fs, "p", Kind::natural, pr);
              validate_rows(c, fs, "q", Kind::natural, qr);
              for (index_t k = 0; k < nt; ++k) {
                const S tk = tr.data[k];
                if (tk == tk && !(tk >= S(0) && tk <= S(1))) {
                  std::ostringstream s;
                  s << F64::name << ".geodesic: t[" << k << "] must be in [0, 1], got " << double(tk);
                  throw std::invalid_argument(s.str());
                }
              }
            }
            geo::FirstBad bad(c.n);
            const double rc = (mode == 0 ? cost : mode == 2 ? 8.0 : 1.0) * row_cost(f) * double(nt);
            parallel_for(c.n, rc, [&](index_t i) {
              const S* pi = pr.row(i);
              const S* qi = qr.row(i);
              S* oi = o + i * nt * D;
              if (mode == 0) {
                if (!infogeom::geodesic(f, pi, qi, tr.data, nt, oi)) bad.note(i);
                return;
              }
              const bool nan_pq = any_nan(pi, D) || any_nan(qi, D);
              for (index_t k = 0; k < nt; ++k) {
                const S tk = tr.data[k];
                S* ok = oi + k * D;
                if (nan_pq || tk != tk) {
                  fill_nan(ok, D);
                } else if (mode == 1) {
                  infogeom::e_geodesic(fs, pi, qi, tk, ok);
                } else if (!infogeom::m_geodesic(f, pi, qi, tk, ok)) {
                  bad.note(i);
                }
              }
            });
            if (bad.get() < c.n)
              geo::raise_failed(c, bad.get(),
                                mode == 0 ? geo::kNotConverged
                                          : std::string("the inverse map to_natural did not converge on "
                                                        "the m-geodesic of p, q"));
          }
          return std::move(out);
        });
      },
      py::arg("p"), py::arg("q"), py::arg("t"), py::arg("kind"), py::arg("batch"), py::arg("validate") = true,
      "points of the geodesic p -> q at times t, rows (n, D) x (n, D) x (1, T) -> (n, T*D)");

  cls.def(
      "parallel_transport",
      [](const H& h, const py::array& p, const py::array& q, const py::array& v, const shape_t& batch,
         bool validate) {
        return with_dtype(p, [&](auto tag) -> py::object {
          using S = decltype(tag);
          const auto& fs = h.template get<S>();
          const auto& f = h.f64;
          const index_t D = f.dim();
          const Call c{F64::name, "parallel_transport", batch, batch_size(batch)};
          const Rows<S> pr = rows_of<S>(c, p, "p", D);
          const Rows<S> qr = rows_of<S>(c, q, "q", D);
          const Rows<S> vr = rows_of<S>(c, v, "v", D);
          py::array_t<S> out(shape_t{py::ssize_t(c.n), py::ssize_t(D)});
          S* o = out.mutable_data();
          {
            py::gil_scoped_release nogil;
            if (validate) {
              validate_rows(c, fs, "p", Kind::natural, pr);
              validate_rows(c, fs, "q", Kind::natural, qr);
              geo::validate_finite(c, "v", vr);
            }
            geo::FirstBad bad(c.n);
            parallel_for(c.n, cost * row_cost(f), [&](index_t i) {
              if (!infogeom::parallel_transport(f, pr.row(i), qr.row(i), vr.row(i), o + i * D)) bad.note(i);
            });
            if (bad.get() < c.n) geo::raise_failed(c, bad.get(), geo::kNotConverged);
          }
          return std::move(out);
        });
      },
      py::arg("p"), py::arg("q"), py::arg("v"), py::arg("batch"), py::arg("validate") = true,
      "parallel transport of v from p to q, rows (n, D) x3 -> (n, D)");
}

}  // namespace infogeom::bind
