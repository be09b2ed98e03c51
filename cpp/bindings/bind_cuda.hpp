// Bindings of the optional CUDA backend (issue 6); called from bind_family<Fam>().
//
// Python (python/infogeom/_cuda.py) hands over raw device pointers of C-contiguous arrays that
// its array library (CuPy or PyTorch) allocated, with the device id and the library's current
// stream; outputs are allocated by Python too. Here: the op names, the call into
// cuda::Device<Fam> (cpp/cuda/kernels.cuh, compiled by nvcc), and the errors, worded exactly as
// the CPU bindings word them (the offending row is copied back so that the family's own check
// gives the reason). Built only with INFOGEOM_ENABLE_CUDA (INFOGEOM_WITH_CUDA defined); otherwise
// every family reports cuda_supported = False and Python raises before calling.
#pragma once
#include <cstdint>
#include <sstream>
#include <string>

#include "bind_common.hpp"
#include "bind_divergence.hpp"
#include "bind_pairwise.hpp"

#ifdef INFOGEOM_WITH_CUDA
#include "api.hpp"
#endif

namespace infogeom::bind {

#ifdef INFOGEOM_WITH_CUDA
namespace cu {

using cuda::Code;
using cuda::Status;

template <class F, class S>
std::vector<S> host_row(const F& f, std::uintptr_t base, index_t row, index_t width, int device) {
  std::vector<S> h(std::size_t(width), S(0));
  const S* src = reinterpret_cast<const S*>(base) + row * width;
  if (!cuda::copy_to_host(h.data(), src, sizeof(S) * std::size_t(width), device))
    throw std::runtime_error(std::string(F::name) + ": could not read the offending row back from the device");
  return h;
}

[[noreturn]] inline void throw_status(const char* family, const char* op, const Status& st) {
  std::string m = std::string(family) + "." + op + ": ";
  if (st.code == Code::unsupported) m += "not available on CUDA devices for this family";
  else m += "CUDA error: " + st.message;
  throw std::runtime_error(m);
}

}  // namespace cu
#endif

template <template <class> class Fam, class Cls>
void bind_cuda(Cls& cls) {
  using H = Holder<Fam>;
#ifndef INFOGEOM_WITH_CUDA
  cls.def_property_readonly("cuda_supported", [](const H&) { return false; });
#else
  using Dev = cuda::Device<Fam>;
  cls.def_property_readonly("cuda_supported", [](const H& h) { return Dev::supported(h.f64); });

  cls.def(
      "cuda_unary",
      [](const H& h, const std::string& method, std::uintptr_t in, index_t in_rows, std::uintptr_t out,
         const shape_t& batch, const std::string& dtype, bool validate, int device, std::uintptr_t stream) {
        cuda::Unary op;
        const char* arg = "theta";
        Kind kind = Kind::natural;
        if (method == "log_partition") op = cuda::Unary::log_partition;
        else if (method == "to_mean") op = cuda::Unary::to_mean;
        else if (method == "entropy") op = cuda::Unary::entropy;
        else if (method == "to_natural") op = cuda::Unary::to_natural, arg = "eta", kind = Kind::mean;
        else if (method == "conjugate") op = cuda::Unary::conjugate, arg = "eta", kind = Kind::mean;
        else throw std::invalid_argument("cuda_unary: unknown method " + method);
        const bool f64 = dtype == "float64";
        const Call c{Fam<double>::name, method.c_str(), batch, batch_size(batch)};
        const index_t D = h.f64.dim();
        cuda::Status st;
        {
          py::gil_scoped_release nogil;
          st = Dev::unary(h.f64, h.f32, op, f64, reinterpret_cast<const void*>(in), in_rows,
                          reinterpret_cast<void*>(out), c.n, validate, device, reinterpret_cast<void*>(stream));
        }
        if (st.code == cuda::Code::ok) return;
        if (st.code == cuda::Code::invalid_row) {
          std::ostringstream s;
          s << c.family << "." << c.op << ": " << arg << index_str(st.row, c.batch) << " " << kind_text(kind) << ": ";
          const index_t r = in_rows == 1 ? 0 : st.row;
          if (f64) s << check_row(h.f64, kind, cu::host_row<Fam<double>, double>(h.f64, in, r, D, device).data());
          else s << check_row(h.f32, kind, cu::host_row<Fam<float>, float>(h.f32, in, r, D, device).data());
          throw std::invalid_argument(s.str());
        }
        if (st.code == cuda::Code::not_converged) {
          std::ostringstream s;
          s << c.family << "." << c.op << ": the numerical solve did not converge for " << arg
            << index_str(st.row, c.batch) << " (the point is too close to the boundary of the domain)";
          throw std::invalid_argument(s.str());
        }
        cu::throw_status(c.family, c.op, st);
      },
      py::arg("method"), py::arg("input"), py::arg("in_rows"), py::arg("out"), py::arg("batch"),
      py::arg("dtype"), py::arg("validate"), py::arg("device"), py::arg("stream"),
      "CUDA: out (n, width) = method(input) for device pointers");

  cls.def(
      "cuda_pair",
      [](const H& h, const std::string& op, std::uintptr_t p, index_t p_rows, std::uintptr_t q,
         index_t q_rows, std::uintptr_t alpha, index_t a_rows, std::uintptr_t out, const shape_t& batch,
         const std::string& dtype, bool validate, int device, std::uintptr_t stream) {
        Divergence d;
        if (!parse_divergence(op, d)) throw std::invalid_argument("cuda_pair: unknown divergence " + op);
        const bool f64 = dtype == "float64";
        const Call c{Fam<double>::name, op.c_str(), batch, batch_size(batch)};
        const index_t D = h.f64.dim();
        cuda::Status st;
        {
          py::gil_scoped_release nogil;
          st = Dev::pair(h.f64, h.f32, int(d), f64, reinterpret_cast<const void*>(p), p_rows,
                         reinterpret_cast<const void*>(q), q_rows,
                         alpha ? reinterpret_cast<const void*>(alpha) : nullptr, a_rows,
                         reinterpret_cast<void*>(out), c.n, validate, device, reinterpret_cast<void*>(stream));
        }
        if (st.code == cuda::Code::ok) return;
        if (st.code == cuda::Code::invalid_alpha) {
          const double v = f64 ? double(cu::host_row<Fam<double>, double>(h.f64, alpha, a_rows == 1 ? 0 : st.row, 1, device)[0])
                               : double(cu::host_row<Fam<float>, float>(h.f32, alpha, a_rows == 1 ? 0 : st.row, 1, device)[0]);
          std::ostringstream s;
          s << c.family << "." << c.op << ": alpha" << index_str(st.row, a_rows == 1 ? shape_t{} : c.batch)
            << (d == Divergence::chernoff ? " must be in [0, 1]" : " must be > 0, finite and != 1")
            << ", got " << v;
          throw std::invalid_argument(s.str());
        }
        if (st.code == cuda::Code::invalid_row) {
          const bool is_p = st.arg == 0;
          const index_t rows = is_p ? p_rows : q_rows;
          const std::uintptr_t base = is_p ? p : q;
          std::ostringstream m;
          m << c.family << "." << c.op << ": " << (is_p ? "p" : "q")
            << index_str(rows == 1 ? 0 : st.row, rows == 1 ? shape_t{} : c.batch) << " "
            << kind_text(Kind::natural) << ": ";
          if (f64) m << h.f64.check_natural(cu::host_row<Fam<double>, double>(h.f64, base, rows == 1 ? 0 : st.row, D, device).data());
          else m << h.f32.check_natural(cu::host_row<Fam<float>, float>(h.f32, base, rows == 1 ? 0 : st.row, D, device).data());
          throw std::invalid_argument(m.str());
        }
        cu::throw_status(c.family, c.op, st);
      },
      py::arg("op"), py::arg("p"), py::arg("p_rows"), py::arg("q"), py::arg("q_rows"), py::arg("alpha"),
      py::arg("alpha_rows"), py::arg("out"), py::arg("batch"), py::arg("dtype"), py::arg("validate"),
      py::arg("device"), py::arg("stream"), "CUDA: out (n,) = divergence op between rows of p and q");

  // pairwise and knn: a PairwiseStats carries an invalid row to pw::throw_invalid, the CPU's
  // wording
  auto invalid = [](const H& h, bool f64, const cuda::Status& st, std::uintptr_t P, std::uintptr_t Q,
                    int device, const char* fam, const std::string& op) {
    const index_t D = h.f64.dim();
    const std::uintptr_t base = st.arg == 0 ? P : Q;
    PairwiseStats ps;
    ps.invalid_arg = st.arg == 0 ? 1 : 2;
    ps.invalid_row = st.row;
    ps.invalid_reason = f64 ? h.f64.check_natural(cu::host_row<Fam<double>, double>(h.f64, base, st.row, D, device).data())
                            : h.f32.check_natural(cu::host_row<Fam<float>, float>(h.f32, base, st.row, D, device).data());
    pw::throw_invalid(fam, op, ps);
  };

  cls.def(
      "cuda_pairwise",
      [invalid](const H& h, std::uintptr_t P, index_t N, std::uintptr_t Q, index_t M, std::uintptr_t out,
                index_t ldo, const std::string& dtype, const std::string& div, double alpha,
                const std::string& op, bool validate, int device, std::uintptr_t stream) {
        const char* fam = Fam<double>::name;
        const Divergence d = pw::parse<Fam<double>>(fam, op, div);
        const bool f64 = dtype == "float64";
        cuda::i64 recomputed = 0;
        cuda::Status st;
        {
          py::gil_scoped_release nogil;
          st = Dev::pairwise(h.f64, h.f32, int(d), alpha, f64, reinterpret_cast<const void*>(P), N,
                             reinterpret_cast<const void*>(Q), M, reinterpret_cast<void*>(out), ldo, validate,
                             device, reinterpret_cast<void*>(stream), &recomputed);
        }
        if (st.code == cuda::Code::invalid_row) invalid(h, f64, st, P, Q, device, fam, op);
        if (st.code != cuda::Code::ok) cu::throw_status(fam, op.c_str(), st);
        py::dict r;
        r["recomputed"] = recomputed;
        return r;
      },
      py::arg("P"), py::arg("N"), py::arg("Q"), py::arg("M"), py::arg("out"), py::arg("ldo"),
      py::arg("dtype"), py::arg("divergence"), py::arg("alpha"), py::arg("op"), py::arg("validate"),
      py::arg("device"), py::arg("stream"), "CUDA: fill out (N, M) with the divergence matrix");

  cls.def(
      "cuda_knn",
      [invalid](const H& h, std::uintptr_t P, index_t N, std::uintptr_t Q, index_t M, index_t k,
                std::uintptr_t idx, std::uintptr_t val, const std::string& dtype, const std::string& div,
                double alpha, const std::string& op, bool validate, int device, std::uintptr_t stream) {
        const char* fam = Fam<double>::name;
        const Divergence d = pw::parse<Fam<double>>(fam, op, div);
        const bool f64 = dtype == "float64";
        cuda::Status st;
        {
          py::gil_scoped_release nogil;
          st = Dev::knn(h.f64, h.f32, int(d), alpha, f64, reinterpret_cast<const void*>(P), N,
                        reinterpret_cast<const void*>(Q), M, k, reinterpret_cast<std::int64_t*>(idx),
                        reinterpret_cast<void*>(val), validate, device, reinterpret_cast<void*>(stream));
        }
        if (st.code == cuda::Code::invalid_row) invalid(h, f64, st, P, Q, device, fam, op);
        if (st.code != cuda::Code::ok) cu::throw_status(fam, op.c_str(), st);
      },
      py::arg("P"), py::arg("N"), py::arg("Q"), py::arg("M"), py::arg("k"), py::arg("idx"), py::arg("val"),
      py::arg("dtype"), py::arg("divergence"), py::arg("alpha"), py::arg("op"), py::arg("validate"),
      py::arg("device"), py::arg("stream"), "CUDA: k nearest rows of Q per row of P (idx int64, val)");
#endif
}

}  // namespace infogeom::bind
