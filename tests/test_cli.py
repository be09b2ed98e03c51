"""The ``infogeom`` command line, run as a subprocess (``python -m infogeom.cli``)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

import infogeom as ig

try:
    import tomllib
except ModuleNotFoundError:  # Python < 3.11
    tomllib = None

ROOT = Path(__file__).resolve().parent.parent


def _env() -> dict[str, str]:
    env = dict(os.environ)
    pkg_parent = str(Path(ig.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join([pkg_parent] + [p for p in [env.get("PYTHONPATH")] if p])
    env["INFOGEOM_NUM_THREADS"] = "2"
    return env


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "infogeom.cli", *args], cwd=cwd, env=_env(),
                          capture_output=True, text=True, timeout=120)


def _files(d: Path) -> set[str]:
    return {p.name for p in d.iterdir()}


@pytest.fixture
def mvn_files(tmp_path, rng):
    fam = ig.MultivariateNormal(3)
    A = rng.normal(size=(90, 3, 3))
    th = fam.natural(mean=rng.normal(size=(90, 3)), cov=A @ A.transpose(0, 2, 1) + 0.3 * np.eye(3))
    np.save(tmp_path / "P.npy", th[:50])
    np.save(tmp_path / "Q.npy", th[50:])
    return fam, th[:50], th[50:]


def test_pairwise_matrix(tmp_path, mvn_files):
    fam, P, Q = mvn_files
    r = run("pairwise", "--family", "mvn", "--dim", "3", "P.npy", "Q.npy", "-o", "K.npy", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    np.testing.assert_array_equal(np.load(tmp_path / "K.npy"), fam.pairwise_kl(P, Q))
    assert _files(tmp_path) == {"P.npy", "Q.npy", "K.npy"}  # no temporary file left


def test_pairwise_blocks_dtype_divergence_progress(tmp_path, mvn_files):
    fam, P, Q = mvn_files
    r = run("pairwise", "--family", "multivariate_normal", "--dim", "3", "P.npy", "Q.npy", "-o", "J.npy",
            "--divergence", "bregman", "--dtype", "float32", "--block-rows", "7", "--progress",
            "--threads", "1", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    J = np.load(tmp_path / "J.npy")
    assert J.dtype == np.float32
    np.testing.assert_array_equal(J, fam.pairwise(P.astype(np.float32), Q.astype(np.float32), "bregman"))
    assert "50/50 rows" in r.stderr and "rows/s" in r.stderr and "ETA" in r.stderr
    # no progress bar when stderr is not a terminal and --progress is not given
    r = run("pairwise", "--family", "mvn", "--dim", "3", "P.npy", "Q.npy", "-o", "K.npy", cwd=tmp_path)
    assert r.returncode == 0 and r.stderr == ""


def test_pairwise_alpha(tmp_path, rng):
    fam = ig.Normal()
    assert "chernoff" in fam._core.pairwise_divergences
    P = fam.natural(mean=rng.normal(size=9), std=np.exp(rng.normal(size=9)))
    np.save(tmp_path / "P.npy", P)
    r = run("pairwise", "--family", "normal", "P.npy", "P.npy", "-o", "C.npy", "--divergence", "chernoff",
            "--alpha", "0.25", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    np.testing.assert_array_equal(np.load(tmp_path / "C.npy"), fam.pairwise(P, P, "chernoff", alpha=0.25))


def test_knn(tmp_path, mvn_files):
    fam, P, Q = mvn_files
    r = run("pairwise", "--family", "mvn", "--dim", "3", "P.npy", "Q.npy", "-o", "nn.npz", "--knn", "4",
            "--block-rows", "16", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    with np.load(tmp_path / "nn.npz") as z:
        idx, val = fam.knn(P, Q, 4)
        np.testing.assert_array_equal(z["indices"], idx)
        np.testing.assert_array_equal(z["values"], val)
    assert _files(tmp_path) == {"P.npy", "Q.npy", "nn.npz"}


def test_help_and_float32_default(tmp_path, mvn_files):
    r = run("pairwise", "--help", cwd=tmp_path)
    assert r.returncode == 0 and "--knn K" in r.stdout and "--divergence" in r.stdout
    fam, P, Q = mvn_files
    np.save(tmp_path / "P32.npy", P.astype(np.float32))
    np.save(tmp_path / "Q32.npy", Q.astype(np.float32))
    r = run("pairwise", "--family", "MultivariateNormal", "--dim", "3", "P32.npy", "Q32.npy", "-o", "K.npy",
            cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    K = np.load(tmp_path / "K.npy")
    assert K.dtype == np.float32  # both inputs float32: float32 result, as in the library
    np.testing.assert_array_equal(K, fam.pairwise_kl(P.astype(np.float32), Q.astype(np.float32)))


def test_families_listing(tmp_path):
    r = run("families", cwd=tmp_path)
    assert r.returncode == 0
    assert "multivariate_normal, mvn" in r.stdout and "--dim D" in r.stdout


@pytest.mark.parametrize("args, message", [
    (["--family", "mvn", "--dim", "3", "missing.npy", "Q.npy", "-o", "K.npy"], "P file 'missing.npy' does not exist"),
    (["--family", "mvn", "--dim", "3", "text.npy", "Q.npy", "-o", "K.npy"], "P file 'text.npy' is not a readable .npy file"),
    (["--family", "mvn", "--dim", "3", "P.npy", "arch.npz", "-o", "K.npy"], "is not a .npy file"),
    (["--family", "mvn", "--dim", "4", "P.npy", "Q.npy", "-o", "K.npy"], "P file 'P.npy' has shape (50, 9)"),
    (["--family", "mvn", "--dim", "3", "P.npy", "flat.npy", "-o", "K.npy"], "Q file 'flat.npy' has shape (9,)"),
    (["--family", "mvn", "--dim", "3", "P.npy", "strs.npy", "-o", "K.npy"], "has dtype <U"),
    (["--family", "mvm", "--dim", "3", "P.npy", "Q.npy", "-o", "K.npy"], "unknown family 'mvm'"),
    (["--family", "mvn", "P.npy", "Q.npy", "-o", "K.npy"], "family multivariate_normal needs --dim"),
    (["--family", "normal", "--dim", "3", "P.npy", "Q.npy", "-o", "K.npy"], "--dim is not used by family normal"),
    (["--family", "mvn", "--dim", "0", "P.npy", "Q.npy", "-o", "K.npy"], "family multivariate_normal:"),
    (["--family", "mvn", "--dim", "3", "bad.npy", "Q.npy", "-o", "K.npy"], "P file 'bad.npy': row 7 is outside the natural parameter space"),
    (["--family", "mvn", "--dim", "3", "P.npy", "Q.npy", "-o", "nodir/K.npy"], "output directory 'nodir' does not exist"),
    (["--family", "mvn", "--dim", "3", "P.npy", "Q.npy", "-o", "K.npz"], "must be a .npy file"),
    (["--family", "mvn", "--dim", "3", "P.npy", "Q.npy", "-o", "K.npy", "--knn", "2"], "must be an .npz file"),
    (["--family", "mvn", "--dim", "3", "P.npy", "Q.npy", "-o", "K.npz", "--knn", "41"], "--knn must satisfy 1 <= K <= 40"),
    (["--family", "mvn", "--dim", "3", "P.npy", "Q.npy", "-o", "K.npy", "--alpha", "0.5"], "alpha is only used by"),
    (["--family", "mvn", "--dim", "3", "P.npy", "Q.npy", "-o", "K.npy", "--divergence", "kld"], "invalid choice: 'kld'"),
    (["--family", "mvn", "--dim", "3", "P.npy", "Q.npy"], "required: -o/--output"),
])
def test_errors(tmp_path, mvn_files, args, message):
    fam, P, Q = mvn_files
    (tmp_path / "text.npy").write_text("not numpy\n")
    np.savez(tmp_path / "arch.npz", a=Q)
    np.save(tmp_path / "flat.npy", Q[0])
    np.save(tmp_path / "strs.npy", np.array([["a"] * 9]))
    bad = P.copy()
    bad[7, 3:6] = 1.0  # precision with positive diagonal: Λ = −2·θ₂ is not positive definite
    np.save(tmp_path / "bad.npy", bad)
    before = _files(tmp_path)
    r = run("pairwise", *args, cwd=tmp_path)
    assert r.returncode == 2, (r.returncode, r.stderr)
    assert message in r.stderr, r.stderr
    assert "Traceback" not in r.stderr
    if "--divergence" not in args and "-o" in args:
        assert len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert _files(tmp_path) == before  # no output, no temporary file


@pytest.mark.parametrize("sig, code, knn", [(signal.SIGINT, 130, False), (signal.SIGTERM, 143, True)])
def test_interrupt_leaves_no_output(tmp_path, rng, sig, code, knn):
    """Ctrl-C or SIGTERM while streaming: between the calls of a blocked matrix job, or inside the
    single engine call of a knn job (the engine polls for signals between tiles)."""
    fam = ig.Categorical(64)
    P = fam.natural(probs=rng.dirichlet(np.ones(64), size=4000 if not knn else 20000))
    np.save(tmp_path / "P.npy", P)
    if knn:
        np.save(tmp_path / "Q.npy", fam.natural(probs=rng.dirichlet(np.ones(64), size=200000)))
        extra = ["Q.npy", "-o", "K.npz", "--knn", "5"]
    else:
        extra = ["P.npy", "-o", "K.npy", "--block-rows", "2"]
    before = _files(tmp_path)
    proc = subprocess.Popen([sys.executable, "-m", "infogeom.cli", "pairwise", "--family", "categorical",
                             "--dim", "64", "P.npy", *extra, "--progress", "--threads", "1"],
                            cwd=tmp_path, env=_env(), stderr=subprocess.PIPE, text=True)
    try:
        buf = ""
        t0 = time.time()
        while "rows/s" not in buf and time.time() - t0 < 60:  # wait until the job streams
            buf += proc.stderr.read(1)
        assert any(p.name.startswith(".K.np") for p in tmp_path.iterdir())
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == code, err
    assert "no output written" in err and "Traceback" not in err
    assert _files(tmp_path) == before


@pytest.mark.skipif(tomllib is None, reason="tomllib needs Python 3.11")
def test_console_script_declared():
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert meta["project"]["scripts"]["infogeom"] == "infogeom.cli:main"
