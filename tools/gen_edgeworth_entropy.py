"""Derive the Edgeworth expansion of the entropy of a (lattice) distribution.

For X with cumulants κ_j, write Z = (X − κ₁)/σ, σ² = κ₂, and ρ_j = κ_j/σ^j = a_j t^(j−2) with a
bookkeeping parameter t. The Edgeworth density of Z is f = exp(Σ_j ρ_j (−D)^j/j!) φ
(Petrov, "Sums of independent random variables", 1975, ch. VI; Barndorff-Nielsen & Cox,
"Asymptotic techniques", 1989, §4.3), and for an integer lattice distribution the same
polynomials describe the pmf at the lattice points (Petrov ch. VII, local theorems), while a sum
over the lattice of a smooth rapidly decaying function equals its integral up to O(exp(−2π²σ²))
(Poisson summation). Hence
    H(X) = ½ log(2πe σ²) − J,  J = ∫ φ (1+g) log(1+g) dz,  f = φ (1 + g),
and J = Σ_{m≥2} (−1)^m E_φ[g^m]/(m(m−1)) as a power series in t² (odd powers vanish).
Prints J's coefficients c_k (J = Σ_k c_k t^(2k)) as polynomials in the a_j, one line "2k expr"
per power (t^2k); `python tools/gen_edgeworth_entropy.py 6 > tools/edgeworth_J.txt` (~5 min)
made the committed table, which tools/gen_count_entropy_coeffs.py turns into C++.
"""
import sys
import sympy as sp

M = int(sys.argv[1]) if len(sys.argv) > 1 else 4  # highest power t^(2M)
N = 2 * M  # highest power of t kept
z = sp.Symbol("z")
a = {j: sp.Symbol(f"a{j}") for j in range(3, N + 3)}


def trunc_mul(A, B):
    out = {}
    for i, x in A.items():
        for j, y in B.items():
            if i + j <= N:
                out[i + j] = sp.expand(out.get(i + j, 0) + x * y)
    return out


# exponent E(u) = Σ_j a_j t^(j-2) u^j / j!  as dict t-power -> polynomial in u
u = sp.Symbol("u")
E = {j - 2: a[j] * u**j / sp.factorial(j) for j in range(3, N + 3)}
# exp(E) truncated: Σ E^m/m!
G = {0: sp.Integer(1)}
P = {0: sp.Integer(1)}
for m in range(1, N + 1):
    P = trunc_mul(P, E)
    for k, v in P.items():
        G[k] = sp.expand(G.get(k, 0) + v / sp.factorial(m))
# u^n -> He_n(z)
def he(n):
    return sp.expand(sp.hermite_prob(n, z))

g = {}
for k, v in G.items():
    if k == 0:
        continue
    poly = sp.Poly(v, u)
    g[k] = sp.expand(sum(c * he(mon[0]) for mon, c in zip(poly.monoms(), poly.coeffs())))

def gauss_expect(expr):
    poly = sp.Poly(sp.expand(expr), z)
    s = 0
    for (n,), c in zip(poly.monoms(), poly.coeffs()):
        if n % 2 == 0:
            s += c * sp.factorial2(n - 1) if n > 0 else c
    return sp.expand(s)

J = {}
gm = dict(g)
for m in range(2, N + 1):
    gm = trunc_mul(gm, g) if m > 1 else gm
    coef = sp.Rational((-1) ** m, m * (m - 1))
    for k, v in gm.items():
        J[k] = sp.expand(J.get(k, 0) + coef * gauss_expect(v))
for k in sorted(J):
    if J[k] != 0:
        print(k, J[k])
