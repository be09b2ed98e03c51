// Bindings of the pairwise (N×M) divergence matrices and k-nearest neighbours (issue 3);
// called from bind_family<Fam>(). The engine is infogeom/pairwise.hpp; here: shape, dtype and
// row checks, GIL release, the thread count.
//
//   _core.<Family>.pairwise(P, Q, out, divergence, alpha, op, validate, isa, progress)
//       -> stats dict
//       P (N, D), Q (M, D) C-contiguous, same float dtype; out (N, M) of that dtype, writable,
//       unit column stride and any row stride (a caller's array or memmap). Fills out.
//   _core.<Family>.knn(P, Q, k, divergence, alpha, op, validate, isa, progress)
//       -> (idx, val, stats)
//   _core.<Family>.pairwise_divergences: names of the divergences available in this build.
// `isa` ("auto", "avx512", "avx2", "baseline", "scalar") picks the micro-kernel (tests);
// `progress`, if not None, is called with the fraction done about every 50 ms (the command line's
// progress bar). Ctrl-C raises KeyboardInterrupt within ~50 ms.
#pragma once
#include "bind_common.hpp"
#include "infogeom/divergence.hpp"
#include "infogeom/pairwise.hpp"

namespace infogeom::bind {

namespace pw {

inline PairwiseIsa parse_isa(const std::string& s) {
  if (s == "auto") return PairwiseIsa::automatic;
  if (s == "avx512") return PairwiseIsa::avx512;
  if (s == "avx2") return PairwiseIsa::avx2;
  if (s == "baseline") return PairwiseIsa::baseline;
  if (s == "scalar") return PairwiseIsa::scalar;
  throw std::invalid_argument("infogeom: isa must be auto, avx512, avx2, baseline or scalar");
}

template <class Fam>
Divergence parse(const char* family, const std::string& op, const std::string& name) {
  Divergence d;
  if (!parse_divergence(name, d)) {
    std::ostringstream s;
    s << family << "." << op << ": unknown divergence '" << name << "'; expected one of";
    for (Divergence e : all_divergences) s << " '" << divergence_name(e) << "'";
    throw std::invalid_argument(s.str());
  }
  if (!divergence_available<Fam>(d))
    throw std::invalid_argument(std::string(family) + "." + op + ": divergence '" + name +
                                "' is not available in this build");
  return d;
}

// Checks a (rows, D) C-contiguous array of the dtype S; returns its data.
template <class S>
const S* rows_2d(const char* family, const std::string& op, const py::array& a, const char* arg,
                 index_t D) {
  const bool ok = a.ndim() == 2 && a.shape(1) == D && (a.flags() & py::array::c_style) &&
                  a.itemsize() == sizeof(S) && a.dtype().kind() == 'f';
  if (!ok) {
    std::ostringstream s;
    s << family << "." << op << ": argument '" << arg << "' must be a C-contiguous "
      << (sizeof(S) == 8 ? "float64" : "float32") << " array of shape (n, " << D << ")";
    throw std::invalid_argument(s.str());
  }
  return static_cast<const S*>(a.data());
}

// Polled by the engine from the calling thread about every 50 ms: it takes the GIL back briefly
// to run the signal handlers (a pending KeyboardInterrupt, or any exception a handler raises,
// stops the computation and is raised afterwards) and to call the optional progress callable
// with the fraction done (an exception from it stops the computation too).
inline bool interrupted(void* ctx, double done) {
  py::gil_scoped_acquire gil;
  if (PyErr_CheckSignals() != 0) return true;
  const py::object& progress = *static_cast<const py::object*>(ctx);
  if (!progress.is_none()) {
    try {
      progress(done);
    } catch (py::error_already_set& e) {
      e.restore();
      return true;
    }
  }
  return false;
}

template <class F, class S>
const char* check_row(const void* ctx, const void* row) {
  return static_cast<const F*>(ctx)->check_natural(static_cast<const S*>(row));
}

// The ValueError of an invalid row, worded as validate_rows words it.
inline void throw_invalid(const char* family, const std::string& op, const PairwiseStats& st) {
  if (!st.invalid_arg) return;
  std::ostringstream s;
  s << family << "." << op << ": " << (st.invalid_arg == 1 ? "P" : "Q") << " at index ["
    << st.invalid_row << "] " << kind_text(Kind::natural) << ": " << st.invalid_reason;
  throw std::invalid_argument(s.str());
}

inline py::dict stats_dict(const PairwiseStats& st) {
  py::dict d;
  d["refined"] = st.refined;
  d["recomputed"] = st.recomputed;
  d["isa"] = st.isa;
  return d;
}

}  // namespace pw

template <template <class> class Fam, class Cls>
void bind_pairwise(Cls& cls) {
  using H = Holder<Fam>;
  cls.def_property_readonly("pairwise_divergences", [](const H&) {
    py::list names;
    for (Divergence d : all_divergences)
      if (divergence_available<Fam<double>>(d)) names.append(divergence_name(d));
    return names;
  });

  cls.def(
      "pairwise",
      [](const H& h, const py::array& P, const py::array& Q, py::array& out, const std::string& div,
         double alpha, const std::string& op, bool validate, const std::string& isa,
         const py::object& progress) {
        return with_dtype(P, [&](auto tag) -> py::object {
          using S = decltype(tag);
          using F = Fam<double>;  // computed in double for float32 arrays too (rounded once)
          const F& f = h.f64;
          const Fam<S>& fv = h.template get<S>();  // validates rows in their own precision
          const char* fam = Fam<double>::name;
          const Divergence d = pw::parse<F>(fam, op, div);
          const index_t D = f.dim();
          const S* p = pw::rows_2d<S>(fam, op, P, "P", D);
          const S* q = pw::rows_2d<S>(fam, op, Q, "Q", D);
          const index_t N = P.shape(0), M = Q.shape(0);
          const py::ssize_t isz = py::ssize_t(sizeof(S));
          if (out.ndim() != 2 || out.shape(0) != N || out.shape(1) != M ||
              out.itemsize() != isz || out.dtype().kind() != 'f') {
            std::ostringstream s;
            s << fam << "." << op << ": argument 'out' must be a " << (isz == 8 ? "float64" : "float32")
              << " array of shape (" << N << ", " << M << ")";
            throw std::invalid_argument(s.str());
          }
          if (!out.writeable()) throw std::invalid_argument(std::string(fam) + "." + op + ": argument 'out' is read-only");
          const py::ssize_t rs = out.strides(0), cs = out.strides(1);
          if ((M > 1 && cs != isz) || (N > 1 && (rs % isz != 0 || rs < M * isz))) {
            std::ostringstream s;
            s << fam << "." << op << ": argument 'out' must have contiguous rows (unit column stride "
              << "and a positive row stride), got strides (" << rs << ", " << cs << ")";
            throw std::invalid_argument(s.str());
          }
          S* o = static_cast<S*>(out.mutable_data());
          PairwiseOptions opt;
          opt.threads = num_threads();
          opt.isa = pw::parse_isa(isa);
          opt.interrupt = &pw::interrupted;
          opt.interrupt_ctx = const_cast<py::object*>(&progress);
          if (validate) opt.check = &pw::check_row<Fam<S>, S>, opt.check_ctx = &fv;
          PairwiseStats st;
          {
            py::gil_scoped_release nogil;
            st = pairwise(f, d, alpha, p, N, q, M, o, N > 1 ? index_t(rs / isz) : M, opt);
          }
          if (st.interrupted) throw py::error_already_set();
          pw::throw_invalid(fam, op, st);
          return pw::stats_dict(st);
        });
      },
      py::arg("P"), py::arg("Q"), py::arg("out"), py::arg("divergence"), py::arg("alpha"),
      py::arg("op"), py::arg("validate") = true, py::arg("isa") = "auto",
      py::arg("progress") = py::none(),
      "Fill out (N, M) with the divergence between the rows of P (N, D) and Q (M, D)");

  cls.def(
      "knn",
      [](const H& h, const py::array& P, const py::array& Q, index_t k, const std::string& div,
         double alpha, const std::string& op, bool validate, const std::string& isa,
         const py::object& progress) {
        return with_dtype(P, [&](auto tag) -> py::object {
          using S = decltype(tag);
          using F = Fam<double>;  // computed in double for float32 arrays too (rounded once)
          const F& f = h.f64;
          const Fam<S>& fv = h.template get<S>();  // validates rows in their own precision
          const char* fam = Fam<double>::name;
          const Divergence d = pw::parse<F>(fam, op, div);
          const index_t D = f.dim();
          const S* p = pw::rows_2d<S>(fam, op, P, "P", D);
          const S* q = pw::rows_2d<S>(fam, op, Q, "Q", D);
          const index_t N = P.shape(0), M = Q.shape(0);
          if (k < 1 || k > M) {
            std::ostringstream s;
            s << fam << "." << op << ": k must satisfy 1 <= k <= M = " << M << " (the rows of Q), got " << k;
            throw std::invalid_argument(s.str());
          }
          py::array_t<std::int64_t> idx(shape_t{py::ssize_t(N), py::ssize_t(k)});
          py::array_t<S> val(shape_t{py::ssize_t(N), py::ssize_t(k)});
          std::int64_t* ip = idx.mutable_data();
          S* vp = val.mutable_data();
          PairwiseOptions opt;
          opt.threads = num_threads();
          opt.isa = pw::parse_isa(isa);
          opt.interrupt = &pw::interrupted;
          opt.interrupt_ctx = const_cast<py::object*>(&progress);
          if (validate) opt.check = &pw::check_row<Fam<S>, S>, opt.check_ctx = &fv;
          PairwiseStats st;
          {
            py::gil_scoped_release nogil;
            st = knn(f, d, alpha, p, N, q, M, k, ip, vp, opt);
          }
          if (st.interrupted) throw py::error_already_set();
          pw::throw_invalid(fam, op, st);
          return py::make_tuple(std::move(idx), std::move(val), pw::stats_dict(st));
        });
      },
      py::arg("P"), py::arg("Q"), py::arg("k"), py::arg("divergence"), py::arg("alpha"),
      py::arg("op"), py::arg("validate") = true, py::arg("isa") = "auto",
      py::arg("progress") = py::none(),
      "Indices (N, k) and values (N, k) of the k smallest divergences per row of P, ascending");
}

}  // namespace infogeom::bind
