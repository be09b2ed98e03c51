// Branch-free log, log Γ and ψ for batch loops the compiler vectorises (host only).
//
// The scalar special functions (special.hpp) branch per argument and call libm; these take the
// same values for arguments in an "ordinary" range with straight-line code (selects, no calls,
// no table look-ups), so that a fixed-length loop over them compiles to SIMD code (AVX2 /
// AVX-512 clones, see INFOGEOM_SIMD_CLONES). Callers check `ordinary(x)` and route the other
// lanes to the scalar path.
//
// Accuracy (tests/test_special.py::test_simd_*, against mpmath at 50 digits):
//   log_pos   ≤ 2 ulp for positive normal x;
//   lgamma    ≤ 4 ε (|T| + |log P|) absolute, the magnitudes returned in `mag_lg` (self-relative
//             except within ~1e-8 of the zeros 1 and 2 where |log Γ| < ~1e-8... itself small);
//   digamma   ≤ 4 ε mag_psi absolute;
//   log1p_pos, asinh_pos, exp_pos/expm1 (ExpPm1): ≤ 4 ulp, bounds and measured values in
//             tests/test_special.py::test_simd_elementary_ulp.
#pragma once
#include <cstdint>
#include <cstring>

namespace infogeom::simd {

// Function multiversioning: one clone per instruction set, picked at load time (GNU ifunc).
// Only on x86-64 Linux with GCC/Clang; elsewhere a single portable version.
#if defined(__x86_64__) && defined(__linux__) && (defined(__GNUC__) || defined(__clang__)) && \
    !defined(__CUDACC__) && !defined(INFOGEOM_NO_SIMD_CLONES)
#  if defined(__clang__)
#    define INFOGEOM_SIMD_CLONES __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#  else  // GCC's -O2 vectorises only loops of "very cheap" cost: ask for the dynamic cost model
#    define INFOGEOM_SIMD_CLONES                                                                \
      __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default"),              \
                     optimize("tree-loop-vectorize", "vect-cost-model=dynamic", "no-trapping-math", \
                              "no-math-errno")))
#  endif
#else
#  define INFOGEOM_SIMD_CLONES
#endif

#if defined(__GNUC__) || defined(__clang__)
#  define INFOGEOM_SIMD_INLINE inline __attribute__((always_inline))
#else
#  define INFOGEOM_SIMD_INLINE inline
#endif

// Lanes per block of the batch kernels (a multiple of every vector width).
constexpr int kBlock = 64;

INFOGEOM_SIMD_INLINE std::uint64_t bits_of(double x) {
  std::uint64_t u;
  std::memcpy(&u, &x, sizeof u);
  return u;
}
INFOGEOM_SIMD_INLINE double from_bits(std::uint64_t u) {
  double x;
  std::memcpy(&x, &u, sizeof x);
  return x;
}

// Arguments the branch-free functions accept: positive, far from under/overflow.
INFOGEOM_SIMD_INLINE bool ordinary(double x) { return x >= 1e-300 && x <= 1e300; }

// log x for positive normal finite x (anything else: an unspecified finite value or NaN).
// x = 2^e m with m ∈ [√2/2, √2) (the exponent taken relative to √2/2 by one integer subtraction),
// log m = 2 atanh(s), s = (m − 1)/(m + 1) = f/(2 + f), |s| ≤ 0.1716, by its Taylor series
// 2s Σ s^{2j}/(2j + 1) (Abramowitz & Stegun 4.1.28; 11 terms: truncation < 2e-19 relative);
// ln 2 split in a 32-bit head (e·kLn2Hi exact) and its tail.
// x = 2^e (1 + f), 1 + f ∈ [√2/2, √2) (f exact), for positive normal finite x.
struct LogSplit {
  double e, f;
};
INFOGEOM_SIMD_INLINE LogSplit log_split(double x) {
  constexpr std::uint64_t kSqrtHalf = 0x3FE6A09E667F3BCDull;  // bits of √2/2
  constexpr std::uint64_t kMant = 0x000FFFFFFFFFFFFFull;
  constexpr double kMagic = 0x1.8p52;  // 1.5·2^52: its bits + a small integer = that integer
  const std::uint64_t u = bits_of(x) - kSqrtHalf;
  const double m = from_bits((u & kMant) + kSqrtHalf);
  // e = (signed) u >> 52 as a double without an int64 → double conversion (not in AVX2)
  const std::uint64_t e_int = static_cast<std::uint64_t>(static_cast<std::int64_t>(u) >> 52);
  LogSplit r;
  r.e = from_bits(bits_of(kMagic) + e_int) - kMagic;
  r.f = m - 1.0;  // exact (Sterbenz)
  return r;
}

INFOGEOM_SIMD_INLINE double log_pos(double x) {
  constexpr double kLn2Hi = 0x1.62e42fee00000p-1, kLn2Lo = 1.9082149292705877e-10;
  const LogSplit ls = log_split(x);
  const double e = ls.e, f = ls.f;
  const double s = f / (2.0 + f), z = s * s;
  const double p =
      1.0 / 3 + z * (1.0 / 5 + z * (1.0 / 7 + z * (1.0 / 9 + z * (1.0 / 11 + z * (1.0 / 13 + z * (1.0 / 15 +
      z * (1.0 / 17 + z * (1.0 / 19 + z * (1.0 / 21 + z * (1.0 / 23))))))))));
  const double two_s = 2.0 * s;
  return e * kLn2Hi + (two_s + (two_s * z * p + e * kLn2Lo));
}

// log(1 + u) for u > −1 with 1 + u in the range of log_pos: w = 1 + u rounded, and the rounding
// error u − (w − 1) (exact: Sterbenz / Fast2Sum) corrects to first order, log(1 + u) =
// log w + (u − (w − 1))/w (Goldberg, "What every computer scientist should know about
// floating-point arithmetic", 1991, Thm 4 uses the ratio form; this is the additive variant).
INFOGEOM_SIMD_INLINE double log1p_pos(double u) {
  const double w = 1.0 + u;
  return log_pos(w) + (u - (w - 1.0)) / w;
}

// asinh x for 0 ≤ x ≤ 1e150: log1p(x + x²/(1 + √(1 + x²))) (no cancellation; x² underflowing
// to 0 for tiny x leaves log1p(x) = x to within the rounding). Other x: unspecified.
INFOGEOM_SIMD_INLINE double asinh_pos(double x) {
  const double x2 = x * x;
  return log1p_pos(x + x2 / (1.0 + __builtin_sqrt(1.0 + x2)));
}

// e^x and e^x − 1 for |x| ≤ 700 (ordinary_exp). x = n ln 2 + r, |r| ≤ ½ ln 2 + tiny, n by the
// round-to-nearest of the magic-number addition, r by Cody & Waite's two-piece reduction (the
// 32-bit head of ln 2 times n is exact); P(r) = e^r − 1 by its Taylor series to r^14 (truncation
// < 3e-19 relative for |r| ≤ 0.35), then e^x = 2^n (1 + P) and e^x − 1 = 2^n P + (2^n − 1)
// (2^n − 1 exact for |n| ≤ 53, the two terms of one sign for n ≠ 0 except near x = 0 where n = 0).
struct ExpPm1 {
  double exp, expm1;
};
INFOGEOM_SIMD_INLINE bool ordinary_exp(double x) { return x >= -700.0 && x <= 700.0; }
INFOGEOM_SIMD_INLINE ExpPm1 exp_expm1(double x) {
  constexpr double kInvLn2 = 1.4426950408889634;
  constexpr double kLn2Hi = 0x1.62e42fee00000p-1, kLn2Lo = 1.9082149292705877e-10;
  constexpr double kMagic = 0x1.8p52;
  const double t = x * kInvLn2 + kMagic;  // round(x / ln 2) in the low bits
  const double n = t - kMagic;
  const double r = (x - n * kLn2Hi) - n * kLn2Lo;
  const double P =
      r * (1.0 + r * (1.0 / 2 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 / 720 +
      r * (1.0 / 5040 + r * (1.0 / 40320 + r * (1.0 / 362880 + r * (1.0 / 3628800 + r * (1.0 / 39916800 +
      r * (1.0 / 479001600 + r * (1.0 / 6227020800.0 + r * (1.0 / 87178291200.0))))))))))))));
  // 2^n from the integer n in the low bits of t (no double → int64 conversion)
  const std::uint64_t nb = bits_of(t) - bits_of(kMagic);
  const double two_n = from_bits((nb + 1023u) << 52);
  ExpPm1 e;
  e.exp = two_n + two_n * P;
  e.expm1 = two_n * P + (two_n - 1.0);
  return e;
}

// Taylor coefficients at 2 (A&S 6.1.33 and 6.3.14 shifted by one):
//   log Γ(2 + t) = (1 − γ) t + Σ_{k≥2} (−1)^k (ζ(k) − 1)/k t^k,
//   ψ(2 + t)    = (1 − γ) + Σ_{k≥2} (−1)^k (ζ(k) − 1) t^{k−1}.
// Used for |t| ≤ ½: the terms fall like 4^{−k}; 28 (resp. 29) terms leave < 1e-18. Values from
// mpmath at 40 digits (ζ(k) − 1 computed directly, no cancellation).
constexpr double kLgT[28] = {
    0.42278433509846713,    0.3224670334241132,     -0.0673523010531981,    0.020580808427784546,
    -0.007385551028673986,  0.0028905103307415234,  -0.001192753911703261,  0.0005096695247430425,
    -0.00022315475845357939, 9.945751278180853e-05, -4.492623673813314e-05, 2.050721277567069e-05,
    -9.439488275268397e-06, 4.374866789907488e-06,  -2.039215753801366e-06, 9.55141213040742e-07,
    -4.492469198764566e-07, 2.1207184805554665e-07, -1.0043224823968099e-07, 4.7698101693639804e-08,
    -2.2711094608943164e-08, 1.0838659214896955e-08, -5.183475041970047e-09, 2.4836745438024785e-09,
    -1.1921401405860912e-09, 5.731367241678862e-10, -2.7595228851242334e-10, 1.330476437424449e-10};
constexpr double kPsiT[29] = {
    0.42278433509846713,    0.6449340668482264,     -0.2020569031595943,    0.08232323371113819,
    -0.03692775514336993,   0.01734306198444914,    -0.008349277381922827,  0.00407735619794434,
    -0.0020083928260822143, 0.0009945751278180853,  -0.0004941886041194645, 0.0002460865533080483,
    -0.00012271334757848915, 6.124813505870483e-05, -3.058823630702049e-05, 1.528225940865187e-05,
    -7.637197637899763e-06, 3.81729326499984e-06,   -1.908212716553939e-06, 9.539620338727962e-07,
    -4.769329867878064e-07, 2.38450502727733e-07,   -1.1921992596531106e-07, 5.960818905125948e-08,
    -2.980350351465228e-08, 1.4901554828365043e-08, -7.45071178983543e-09,  3.725334024788457e-09,
    -1.862659723513049e-09};

template <int N>
INFOGEOM_SIMD_INLINE double horner(const double (&c)[N], double t) {
  double r = c[N - 1];
#pragma GCC unroll 32
  for (int k = N - 2; k >= 0; --k) r = r * t + c[k];
  return r;
}

struct LgPsi {
  double lg, psi;        // log Γ(x), ψ(x)
  double mag_lg, mag_psi;  // magnitudes of the pieces: rounding ≤ 4ε·mag
  double kpsi_bound;       // ≥ x |ψ(x)| (|ψ(x)| ≤ 1/x + ψ(8) below 8, ≤ log x above)
};

// log Γ(x) and (if WithPsi) ψ(x) for ordinary(x).
//  x < 8: z = x + m ∈ [1.5, 2.5] with m = ⌊2.5 − x⌋ ∈ {−6, …, 2}, the Taylor series at 2 and the
//         recurrence Γ(x + 1) = xΓ(x): log Γ(x) = log Γ(z) + log Pd (m < 0, Pd = z(z+1)…(x−1)) or
//         − log Pu (m > 0, Pu = x(x+1)…(z−1)); ψ(x) = ψ(z) ± P'/P (logarithmic derivative).
//  x ≥ 8: Stirling's series (A&S 6.1.40, 6.3.18), 10 terms: truncation < 3e-17 at x = 8.
// AllSmall: the caller knows x < 8 (the Stirling branch is then not evaluated).
template <bool WithPsi, bool AllSmall = false>
INFOGEOM_SIMD_INLINE LgPsi lgamma_digamma(double x) {
  // -------- small x
  const double m = __builtin_floor(2.5 - x);
  const double mm = m < -6.0 ? -6.0 : m;  // (lanes with x ≥ 8 take the large-x branch)
  // t = z − 2 = x + (m − 2) is exact (Sterbenz: x ∈ [1.5 − m, 2.5 − m] for m ≤ 1; t = x for m = 2),
  // so that log Γ keeps its relative accuracy near its zeros 1 and 2
  const double t = x + (mm - 2.0);
  double Pd = 1.0, Pdp = 0.0;  // product and its derivative over the factors z + j, j < −m
#pragma GCC unroll 6
  for (int j = 0; j < 6; ++j) {
    const bool use = double(j) < -mm;
    const double fj = use ? x + (mm + j) : 1.0;
    Pdp = use ? Pdp * fj + Pd : Pdp;
    Pd *= fj;
  }
  const double u0 = mm >= 1.0 ? x : 1.0, u1 = mm >= 2.0 ? x + 1.0 : 1.0;
  const double Pu = u0 * u1;
  const double Pup = (mm >= 1.0 ? 1.0 : 0.0) * u1 + (mm >= 2.0 ? 1.0 : 0.0) * u0;
  // one of Pd, Pu is 1: log Γ(x) = log Γ(z) ± log P with P the other, no division (1/P would
  // cost log Γ its relative accuracy near x = 1)
  const bool up = mm >= 1.0;
  const double P = up ? Pu : Pd, Pp = up ? Pup : Pdp, sg = up ? -1.0 : 1.0;
  const double T = t * horner(kLgT, t);
  const double lP = sg * log_pos(P);
  const double lg_s = T + lP;
  double psi_s = 0.0, mpsi_s = 0.0;
  if constexpr (WithPsi) {
    const double Ps = horner(kPsiT, t), r = Pp / P;
    psi_s = Ps + sg * r;
    mpsi_s = __builtin_fabs(Ps) + r;
  }
  if constexpr (AllSmall) {
    LgPsi r;
    r.lg = lg_s;
    r.mag_lg = __builtin_fabs(T) + __builtin_fabs(lP);
    r.kpsi_bound = 1.0 + 2.1 * x;
    r.psi = psi_s;
    r.mag_psi = mpsi_s;
    return r;
  }
  // -------- large x
  const double xl = x < 8.0 ? 8.0 : x;
  const double ix = 1.0 / xl, ix2 = ix * ix, lx = log_pos(xl);
  const double ser = ix * (1.0 / 12 + ix2 * (-1.0 / 360 + ix2 * (1.0 / 1260 + ix2 * (-1.0 / 1680 +
                     ix2 * (1.0 / 1188 + ix2 * (-691.0 / 360360 + ix2 * (1.0 / 156 + ix2 * (-3617.0 / 122400 +
                     ix2 * (43867.0 / 244188 + ix2 * (-174611.0 / 125400))))))))));
  constexpr double kHalfLog2Pi = 0.9189385332046728;
  const double a = (xl - 0.5) * lx;
  const double lg_l = (a - xl) + (kHalfLog2Pi + ser);
  const bool small = x < 8.0;
  LgPsi r;
  r.lg = small ? lg_s : lg_l;
  r.mag_lg = small ? __builtin_fabs(T) + __builtin_fabs(lP) : a + xl;
  r.kpsi_bound = small ? 1.0 + 2.1 * x : x * lx;
  if constexpr (WithPsi) {
    const double c = ix2 * (1.0 / 12 + ix2 * (-1.0 / 120 + ix2 * (1.0 / 252 + ix2 * (-1.0 / 240 +
                     ix2 * (1.0 / 132 + ix2 * (-691.0 / 32760 + ix2 * (1.0 / 12 + ix2 * (-3617.0 / 8160 +
                     ix2 * (43867.0 / 14364 + ix2 * (-174611.0 / 6600))))))))));
    const double psi_l = lx - (0.5 * ix + c);
    r.psi = small ? psi_s : psi_l;
    r.mag_psi = small ? mpsi_s : lx + 0.5 * ix;
  } else {
    r.psi = r.mag_psi = 0.0;
  }
  return r;
}

}  // namespace infogeom::simd
