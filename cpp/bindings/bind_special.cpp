// Test/debug bindings for infogeom/special.hpp: every function as a NumPy ufunc-like
// callable (py::vectorize, numpy broadcasting).  float32 input is evaluated in
// float, anything else is converted to float64.  Not a hot path.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include <algorithm>
#include <string>

#include "infogeom/simd_special.hpp"
#include "infogeom/special.hpp"

namespace py = pybind11;
namespace sp = infogeom::special;

namespace {

bool is_float32(const py::handle& h) {
  if (!py::isinstance<py::array>(h)) {
    return false;  // Python scalars / lists -> float64
  }
  return py::reinterpret_borrow<py::array>(h).dtype().is(py::dtype::of<float>());
}

// A scalar in gives a 0-d result from py::vectorize; keep that as numpy scalar.
template <class F32, class F64>
void def_unary(py::module_& m, const char* name, F32 f32, F64 f64, const char* doc) {
  auto vf = py::vectorize(f32);
  auto vd = py::vectorize(f64);
  m.def(
      name,
      [vf, vd](py::object x) mutable -> py::object {
        if (is_float32(x)) {
          return vf(py::array_t<float, py::array::forcecast>(x));
        }
        return vd(py::array_t<double, py::array::forcecast>(x));
      },
      py::arg("x"), doc);
}

template <class F32, class F64>
void def_binary(py::module_& m, const char* name, F32 f32, F64 f64, const char* doc) {
  auto vf = py::vectorize(f32);
  auto vd = py::vectorize(f64);
  m.def(
      name,
      [vf, vd](py::object a, py::object b) mutable -> py::object {
        // float32 only when every array argument is float32 (numpy-like promotion
        // with Python scalars being "weak")
        const bool a32 = is_float32(a), b32 = is_float32(b);
        const bool a_arr = py::isinstance<py::array>(a), b_arr = py::isinstance<py::array>(b);
        const bool use32 = (a32 || b32) && (a32 || !a_arr) && (b32 || !b_arr);
        if (use32) {
          return vf(py::array_t<float, py::array::forcecast>(a),
                    py::array_t<float, py::array::forcecast>(b));
        }
        return vd(py::array_t<double, py::array::forcecast>(a),
                  py::array_t<double, py::array::forcecast>(b));
      },
      py::arg("a"), py::arg("b"), doc);
}

// The branch-free functions of simd_special.hpp, through the same vectorised block loops as the
// batch kernels (tests of their accuracy).
INFOGEOM_SIMD_CLONES void simd_log_block(const double* x, double* out) {
  for (int i = 0; i < infogeom::simd::kBlock; ++i) out[i] = infogeom::simd::log_pos(x[i]);
}
INFOGEOM_SIMD_CLONES void simd_lgpsi_block(const double* x, double* out) {
  for (int i = 0; i < infogeom::simd::kBlock; ++i) {
    const auto r = infogeom::simd::lgamma_digamma<true>(x[i]);
    out[i] = r.lg;
    out[infogeom::simd::kBlock + i] = r.psi;
    out[2 * infogeom::simd::kBlock + i] = r.mag_lg;
    out[3 * infogeom::simd::kBlock + i] = r.mag_psi;
  }
}
INFOGEOM_SIMD_CLONES void simd_elem_block(const double* x, double* out) {
  constexpr int B = infogeom::simd::kBlock;
  for (int i = 0; i < B; ++i) {
    const auto e = infogeom::simd::exp_expm1(x[i]);
    out[i] = infogeom::simd::log1p_pos(x[i]);
    out[B + i] = infogeom::simd::asinh_pos(x[i]);
    out[2 * B + i] = e.exp;
    out[3 * B + i] = e.expm1;
  }
}

// (k, n) float64 results of `block` over the flattened x (k outputs per element).
template <class Block>
py::array_t<double> run_blocks(const py::array_t<double, py::array::forcecast | py::array::c_style>& x, int k,
                               Block block) {
  constexpr int B = infogeom::simd::kBlock;
  const py::ssize_t n = x.size();
  py::array_t<double> out({py::ssize_t(k), n});
  const double* xs = x.data();
  double* o = out.mutable_data();
  for (py::ssize_t b = 0; b < n; b += B) {
    double xin[B], res[4 * B];
    const py::ssize_t m = std::min<py::ssize_t>(B, n - b);
    for (int i = 0; i < B; ++i) xin[i] = i < m ? xs[b + i] : 1.0;
    block(xin, res);
    for (int j = 0; j < k; ++j)
      for (py::ssize_t i = 0; i < m; ++i) o[j * n + b + i] = res[j * B + i];
  }
  return out;
}

}  // namespace

#define IG_UNARY(name, doc)                                                        \
  def_unary(                                                                       \
      s, #name, [](float x) { return sp::name<float>(x); },                        \
      [](double x) { return sp::name<double>(x); }, doc)
#define IG_BINARY(name, doc)                                                       \
  def_binary(                                                                      \
      s, #name, [](float a, float b) { return sp::name<float>(a, b); },            \
      [](double a, double b) { return sp::name<double>(a, b); }, doc)

void register_special(py::module_& m) {
  py::module_ s = m.def_submodule("special", "Special functions (elementwise, test/debug use)");

  IG_UNARY(lgamma, "log|Gamma(x)|");
  IG_UNARY(digamma, "psi(x)");
  IG_UNARY(trigamma, "psi'(x)");
  IG_UNARY(inv_digamma, "x > 0 with psi(x) = y");
  IG_UNARY(log_minus_digamma, "log(x) - psi(x)");
  IG_UNARY(trigamma_minus_inv, "psi'(x) - 1/x");
  IG_UNARY(log_i0, "log I0(x)");
  IG_UNARY(log_i1, "log I1(x)");
  IG_UNARY(bessel_ratio, "I1(x)/I0(x)");
  IG_UNARY(bessel_ratio_complement, "1 - I1(x)/I0(x)");
  IG_UNARY(bessel_ratio_deriv, "d/dx I1(x)/I0(x)");
  IG_UNARY(log1pexp, "log(1 + exp(x))");
  IG_UNARY(log1mexp, "log(1 - exp(x)), x <= 0");
  IG_UNARY(expit, "1/(1 + exp(-x))");
  IG_UNARY(logit, "log(p/(1 - p))");

  IG_BINARY(digamma_diff, "psi(a) - psi(b)");
  IG_BINARY(lbeta, "log B(a, b)");
  IG_BINARY(xlogy, "x*log(y), 0 where x == 0");
  IG_BINARY(xlog1py, "x*log1p(y), 0 where x == 0");
  IG_BINARY(log_binom, "log C(n, k)");

  s.def(
      "simd_log",
      [](const py::array_t<double, py::array::forcecast | py::array::c_style>& x) {
        return run_blocks(x, 1, simd_log_block);
      },
      py::arg("x"), "branch-free log of positive normal x (flattened; (1, n) result)");
  s.def(
      "simd_elementary",
      [](const py::array_t<double, py::array::forcecast | py::array::c_style>& x) {
        return run_blocks(x, 4, simd_elem_block);
      },
      py::arg("x"),
      "branch-free log1p (x > -1), asinh (0 <= x <= 1e150), exp and expm1 (|x| <= 700) (flattened; (4, n) "
      "result, one row per function)");
  s.def(
      "simd_lgamma_digamma",
      [](const py::array_t<double, py::array::forcecast | py::array::c_style>& x) {
        return run_blocks(x, 4, simd_lgpsi_block);
      },
      py::arg("x"), "branch-free (log Gamma, psi, mag_lg, mag_psi) of 1e-300 <= x <= 1e300 (flattened; (4, n))");

  // polygamma(n, x): n integer array-like, broadcast against x.
  auto pf = py::vectorize([](int n, float x) { return sp::polygamma<float>(n, x); });
  auto pd = py::vectorize([](int n, double x) { return sp::polygamma<double>(n, x); });
  s.def(
      "polygamma",
      [pf, pd](py::object n, py::object x) mutable -> py::object {
        auto nn = py::array_t<int, py::array::forcecast>(n);
        if (is_float32(x)) {
          return pf(nn, py::array_t<float, py::array::forcecast>(x));
        }
        return pd(nn, py::array_t<double, py::array::forcecast>(x));
      },
      py::arg("n"), py::arg("x"), "psi^(n)(x)");
}

#undef IG_UNARY
#undef IG_BINARY
