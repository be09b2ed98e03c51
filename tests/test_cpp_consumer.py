"""The installed headers and CMake config serve a C++ project: find_package(infogeom)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

import infogeom as ig

CMAKELISTS = """
cmake_minimum_required(VERSION 3.24)
project(consumer CXX)
find_package(infogeom CONFIG REQUIRED)
add_executable(consumer main.cpp)
target_link_libraries(consumer PRIVATE infogeom::core)
"""

MAIN = r"""
#include <cmath>
#include <cstdio>
#include <infogeom/infogeom.hpp>

// A user-written Bregman generator: Burg entropy phi(x) = -sum log x_i (Itakura-Saito divergence
// B(x : y) = sum x/y - log(x/y) - 1), written directly from the definition.
template <class S>
struct Burg {
  using scalar = S;
  static constexpr const char* name = "Burg";
  infogeom::index_t width(infogeom::index_t n) const { return n; }
  const char* check(const S* x, infogeom::index_t n) const {
    for (infogeom::index_t i = 0; i < n; ++i)
      if (!(x[i] > 0)) return "x must be positive";
    return nullptr;
  }
  S phi(const S* x, infogeom::index_t n) const {
    S s = 0;
    for (infogeom::index_t i = 0; i < n; ++i) s -= std::log(x[i]);
    return s;
  }
  S divergence(const S* x, const S* y, infogeom::index_t n) const {
    S s = 0;
    for (infogeom::index_t i = 0; i < n; ++i) s += x[i] / y[i] - std::log(x[i] / y[i]) - 1;
    return s;
  }
};

int main() {
  {
    const double X[6] = {1.0, 2.0, 3.0, 0.5, 0.25, 4.0};  // 2 points in R^3
    const double Y[9] = {2.0, 2.0, 2.0, 1.0, 3.0, 0.5, 0.1, 5.0, 1.0};  // 3 points
    double K[6];
    infogeom::generators::pairwise(Burg<double>{}, X, 2, Y, 3, 3, K);
    for (double v : K) std::printf("%.17g ", v);
    std::printf("\n");
  }
  infogeom::Gamma<double> gamma;
  const double src[2] = {2.5, 1.5};
  double theta[2], eta[2], back[2];
  gamma.from_source(src, theta);
  gamma.to_mean(theta, eta);
  gamma.to_natural(eta, back);
  infogeom::MultivariateNormal<double> mvn(2);
  std::printf("%.17g %.17g %.17g %.17g %.17g %d\n", eta[0], eta[1], back[0], back[1],
              gamma.log_partition(theta), int(mvn.dim()));
  return 0;
}
"""


def test_cmake_consumer_builds_and_agrees(tmp_path: Path) -> None:
    cfg = Path(ig.get_cmake_dir())
    if not (cfg / "infogeomConfig.cmake").is_file():
        assert "python" in Path(ig.__file__).parts, "installed package lacks its CMake config"
        pytest.skip("running from the source tree (developer build): no installed CMake config")
    cmake = shutil.which("cmake")
    assert cmake is not None, "cmake is required to build C++ consumers"
    (tmp_path / "CMakeLists.txt").write_text(CMAKELISTS)
    (tmp_path / "main.cpp").write_text(MAIN)
    build = tmp_path / "build"
    for cmd in ([cmake, "-S", str(tmp_path), "-B", str(build), f"-Dinfogeom_DIR={cfg}",
                 "-DCMAKE_BUILD_TYPE=Release"], [cmake, "--build", str(build)]):
        proc = subprocess.run(cmd, capture_output=True, text=True)
        assert proc.returncode == 0, f"{' '.join(cmd)} failed:\n{proc.stdout}\n{proc.stderr}"
    out = subprocess.run([str(build / "consumer")], check=True, capture_output=True, text=True).stdout
    lines = out.splitlines()
    K = np.array([float(v) for v in lines[0].split()]).reshape(2, 3)
    X = np.array([[1.0, 2.0, 3.0], [0.5, 0.25, 4.0]])
    Y = np.array([[2.0, 2.0, 2.0], [1.0, 3.0, 0.5], [0.1, 5.0, 1.0]])
    r = X[:, None, :] / Y[None, :, :]
    np.testing.assert_allclose(K, np.sum(r - np.log(r) - 1, axis=-1), rtol=1e-14)
    np.testing.assert_allclose(K, ig.bregman.ItakuraSaito().pairwise(X, Y), rtol=1e-14)
    vals = [float(v) for v in lines[1].split()]
    fam = ig.Gamma()
    th = fam.natural(shape=2.5, rate=1.5)
    # same headers, possibly other optimisation flags: agree to a few ulps
    np.testing.assert_allclose(vals[:2], fam.to_mean(th), rtol=1e-15)
    np.testing.assert_allclose(vals[2:4], fam.to_natural(fam.to_mean(th)), rtol=1e-15)
    np.testing.assert_allclose(vals[4], fam.log_partition(th), rtol=1e-15)
    assert vals[5] == ig.MultivariateNormal(2).dim
