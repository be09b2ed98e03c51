"""The ``infogeom`` command line.

``infogeom pairwise`` computes the divergence matrix (or the k nearest neighbours) between the
rows of two ``.npy`` files of natural parameters::

    infogeom pairwise --family mvn --dim 8 P.npy Q.npy -o K.npy
    infogeom pairwise --family categorical --dim 64 P.npy Q.npy -o K.npy --divergence jeffreys
    infogeom pairwise --family normal P.npy Q.npy -o K.npy --divergence chernoff --alpha 0.3
    infogeom pairwise --family diag_normal --dim 16 P.npy Q.npy -o nn.npz --knn 10

Inputs: ``P.npy`` of shape (N, D) and ``Q.npy`` of shape (M, D), natural parameters one row per
distribution (``D`` = the family's dimension; ``infogeom families`` lists the families, their
aliases, their size arguments and ``D``). They are read through ``numpy.load(mmap_mode="r")``.

Outputs:

- without ``--knn``: ``-o K.npy``, the (N, M) matrix, ``K[i, j] = d(P[i], Q[j])``. It is streamed
  to disk in blocks of rows through ``numpy.lib.format.open_memmap``, so it may be larger than
  memory;
- with ``--knn K``: ``-o NN.npz`` holding ``indices`` (N, K) int64, the rows of Q sorted by
  increasing divergence (ties to the lower index), and ``values`` (N, K), their divergences.

The output is written to a temporary file next to it and renamed into place at the very end: an
error, Ctrl-C or SIGTERM leaves no partial output. ``--dtype`` sets the precision of the result
(default: float32 if both inputs are float32, else float64). A progress bar (rows done, rate,
ETA) goes to stderr when it is a terminal, or always with ``--progress``.

Exit status: 0 on success, 2 on bad arguments or inputs (unreadable files, wrong shapes, rows
outside the natural parameter space, unknown family: one line on stderr, no traceback), 130 on
interruption.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["main"]

PROG = "infogeom"

# class name -> constructor size argument (None: no size) and short aliases
_FAMILIES: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "Bernoulli": (None, ()),
    "Binomial": ("n", ()),
    "Categorical": ("k", ("cat",)),
    "Poisson": (None, ()),
    "Geometric": (None, ()),
    "NegativeBinomial": ("r", ("negbin", "nb")),
    "Exponential": (None, ("exp",)),
    "Normal": (None, ("gaussian",)),
    "DiagonalNormal": ("d", ("diag_normal", "diagnormal")),
    "MultivariateNormal": ("d", ("mvn",)),
    "Wishart": ("d", ()),
    "Gamma": (None, ()),
    "Beta": (None, ()),
    "Dirichlet": ("k", ()),
    "InverseGaussian": (None, ("invgauss", "wald")),
    "LogNormal": (None, ("lognormal",)),
    "Rayleigh": (None, ()),
    "VonMises": (None, ("vonmises",)),
}


class UsageError(Exception):
    """Bad arguments or inputs: one line on stderr, exit status 2."""


class _Terminated(BaseException):
    """SIGTERM, turned into an exception so that the temporary output is removed."""


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _family_table() -> dict[str, str]:
    table = {}
    for cls, (_, aliases) in _FAMILIES.items():
        for alias in (_snake(cls), cls.lower(), *aliases):
            table[alias] = cls
    return table


def _size_flag(size: str | None) -> str:
    return {"d": "--dim", "k": "--dim", "n": "--n", "r": "--r"}.get(size or "", "")


def _make_family(args: argparse.Namespace) -> Any:
    import infogeom as ig

    table = _family_table()
    key = args.family.lower().replace("-", "_")
    if key not in table:
        raise UsageError(f"unknown family '{args.family}' (see '{PROG} families')")
    cls_name = table[key]
    size, _ = _FAMILIES[cls_name]
    given = {"--dim": args.dim, "--n": args.n, "--r": args.r}
    needed = _size_flag(size)
    for flag, value in given.items():
        if value is not None and flag != needed:
            raise UsageError(f"{flag} is not used by family {_snake(cls_name)}")
    if needed and given[needed] is None:
        what = {"d": "the dimension d", "k": "the number of categories k", "n": "the number of trials n",
                "r": "the number of successes r"}[size or ""]
        raise UsageError(f"family {_snake(cls_name)} needs {needed} ({what})")
    cls = getattr(ig, cls_name, None)
    if cls is None or cls_name not in ig._core.family_names:
        raise UsageError(f"family {_snake(cls_name)} is not available in this build")
    try:
        return cls(given[needed]) if needed else cls()
    except (TypeError, ValueError) as err:
        raise UsageError(f"family {_snake(cls_name)}: {err}") from None


def _load(path: str, what: str, D: int, fam: Any) -> np.ndarray:
    try:
        arr = np.load(path, mmap_mode="r", allow_pickle=False)
    except FileNotFoundError:
        raise UsageError(f"{what} file '{path}' does not exist") from None
    except IsADirectoryError:
        raise UsageError(f"{what} file '{path}' is a directory") from None
    except PermissionError:
        raise UsageError(f"{what} file '{path}' cannot be read (permission denied)") from None
    except Exception as err:  # numpy raises ValueError, OSError, EOFError, UnpicklingError...
        raise UsageError(f"{what} file '{path}' is not a readable .npy file ({type(err).__name__}: "
                         f"{err})") from None
    if not isinstance(arr, np.ndarray):
        raise UsageError(f"{what} file '{path}' is not a .npy file (an .npz archive?)")
    if arr.dtype.kind not in "fiu":
        raise UsageError(f"{what} file '{path}' has dtype {arr.dtype}; expected real numbers")
    if arr.ndim != 2 or arr.shape[1] != D:
        raise UsageError(f"{what} file '{path}' has shape {arr.shape}; {fam!r} needs (rows, {D}) "
                         f"natural parameters")
    return arr


def _check_rows(fam: Any, arr: np.ndarray, path: str, what: str, dtype: np.dtype, block: int) -> None:
    """Validate every row (natural parameter space), reporting the global row index."""
    for r0 in range(0, arr.shape[0], block):
        rows = np.ascontiguousarray(arr[r0:r0 + block], dtype=dtype)
        try:
            fam._core.validate(rows, "theta", [rows.shape[0]], "pairwise")
        except ValueError as err:
            m = re.search(r"at index \[(\d+)\] (.*)$", str(err))
            where, why = (r0 + int(m.group(1)), m.group(2)) if m else (r0, str(err))
            raise UsageError(f"{what} file '{path}': row {where} {why}") from None


class _Progress:
    """rows done / total, rate and ETA on one stderr line, at most 10 updates a second."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.enabled = total, enabled
        self.t0 = self.last = time.perf_counter()
        self.done = 0.0

    def set(self, done: float) -> None:
        """`done` rows (fractional inside a block: the engine reports the fraction of its tiles)."""
        self.done = min(float(self.total), done)
        if not self.enabled:
            return
        now = time.perf_counter()
        if now - self.last < 0.1 and self.done < self.total:
            return
        self.last = now
        el = max(now - self.t0, 1e-9)
        rate = self.done / el
        eta = (self.total - self.done) / rate if rate > 0 else float("inf")
        frac = self.done / self.total if self.total else 1.0
        bar = "#" * int(30 * frac) + "-" * (30 - int(30 * frac))
        sys.stderr.write(f"\r[{bar}] {int(self.done)}/{self.total} rows {100 * frac:5.1f}%  "
                         f"{rate:,.0f} rows/s  ETA {_hms(eta)}  ")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write(f"\n{PROG}: {int(self.done)} rows in {_hms(time.perf_counter() - self.t0)}\n")
            sys.stderr.flush()


def _hms(s: float) -> str:
    if not np.isfinite(s):
        return "--:--"
    s = int(round(s))
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60:02d}:{s % 60:02d}"


def _temp_next_to(out: Path, suffix: str) -> Path:
    d = out.parent if str(out.parent) else Path(".")
    if not d.is_dir():
        raise UsageError(f"output directory '{d}' does not exist")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=f".part{suffix}", dir=d)
    except OSError as err:
        raise UsageError(f"cannot write to '{d}': {err.strerror}") from None
    os.close(fd)
    return Path(name)


def _pairwise(args: argparse.Namespace) -> int:
    import infogeom as ig

    if args.threads is not None:
        if args.threads < 1:
            raise UsageError("--threads must be >= 1")
        ig.set_num_threads(args.threads)
    fam = _make_family(args)
    D = fam.dim
    P = _load(args.P, "P", D, fam)
    Q = _load(args.Q, "Q", D, fam)
    if args.dtype is not None:
        dtype = np.dtype(args.dtype)
    else:
        dtype = np.dtype(np.float32) if P.dtype == np.float32 and Q.dtype == np.float32 else np.dtype(np.float64)
    N, M = P.shape[0], Q.shape[0]
    out = Path(args.output)
    if args.knn is not None:
        if out.suffix != ".npz":
            raise UsageError("with --knn the output (-o) must be an .npz file (arrays 'indices' and 'values')")
        if not 1 <= args.knn <= M:
            raise UsageError(f"--knn must satisfy 1 <= K <= {M} (the rows of Q), got {args.knn}")
    elif out.suffix != ".npy":
        raise UsageError("the output (-o) must be a .npy file (or an .npz with --knn)")
    # check the divergence and alpha before any work (the same checks as the library)
    try:
        div, alpha = fam._divergence_args(args.divergence, args.alpha, "pairwise")
    except (ValueError, NotImplementedError) as err:
        raise UsageError(str(err)) from None

    # Rows of P per engine call: each call prepares all of Q again, so blocks are large (P blocks
    # of up to 64 MB); the engine writes the block's rows of the memmap tile by tile, reports its
    # progress and stops on Ctrl-C between tiles.
    block = args.block_rows or max(1, min(N, (64 << 20) // (D * 8)))
    if not args.no_validate:
        _check_rows(fam, P, args.P, "P", dtype, 1 << 16)
        _check_rows(fam, Q, args.Q, "Q", dtype, 1 << 16)
    Qc = np.ascontiguousarray(Q, dtype=dtype)
    progress = _Progress(N, args.progress or sys.stderr.isatty())
    tmp = _temp_next_to(out, out.suffix)
    core = fam._core
    try:
        if args.knn is None:
            mm = np.lib.format.open_memmap(tmp, mode="w+", dtype=dtype, shape=(N, M))
            for r0 in range(0, N, block):
                rows = np.ascontiguousarray(P[r0:r0 + block], dtype=dtype)
                n = rows.shape[0]
                if M:
                    core.pairwise(rows, Qc, mm[r0:r0 + n], div, alpha, "pairwise", False, "auto",
                                  lambda f, r0=r0, n=n: progress.set(r0 + f * n))
                progress.set(r0 + n)
            mm.flush()
            del mm
        else:
            idx = np.empty((N, args.knn), dtype=np.int64)
            val = np.empty((N, args.knn), dtype=dtype)
            for r0 in range(0, N, block):
                rows = np.ascontiguousarray(P[r0:r0 + block], dtype=dtype)
                n = rows.shape[0]
                idx[r0:r0 + n], val[r0:r0 + n], _ = core.knn(
                    rows, Qc, args.knn, div, alpha, "knn", False, "auto",
                    lambda f, r0=r0, n=n: progress.set(r0 + f * n))
                progress.set(r0 + n)
            with open(tmp, "wb") as fh:
                np.savez(fh, indices=idx, values=val)
        os.replace(tmp, out)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise
    finally:
        progress.close()
    return 0


def _families(args: argparse.Namespace) -> int:
    import infogeom as ig

    built = set(ig._core.family_names)
    for cls, (size, aliases) in _FAMILIES.items():
        names = ", ".join(dict.fromkeys((_snake(cls), *aliases)))
        flag = _size_flag(size)
        need = f"{flag} {size.upper()}" if size else ""
        status = "" if cls in built else "  (not in this build)"
        print(f"{names:<38} {need:<10}{status}")
    return 0


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=PROG, description="Information geometry of exponential families.")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    pw = sub.add_parser(
        "pairwise", help="divergence matrix or k nearest neighbours between two sets of distributions",
        description="d(P[i], Q[j]) for the rows of P.npy (N, D) and Q.npy (M, D), natural parameters. "
                    "Writes the (N, M) matrix to OUT.npy, streamed in row blocks, or with --knn K the "
                    "arrays 'indices' (N, K) and 'values' (N, K) to OUT.npz. The output appears only "
                    "when complete.")
    pw.add_argument("P", help="natural parameters of the first arguments, .npy of shape (N, D)")
    pw.add_argument("Q", help="natural parameters of the second arguments, .npy of shape (M, D)")
    pw.add_argument("-o", "--output", required=True, help="OUT.npy (matrix) or OUT.npz (with --knn)")
    pw.add_argument("--family", required=True,
                    help="family: class name in snake case or alias (mvn, diag_normal, ...); "
                         f"see '{PROG} families'")
    pw.add_argument("--dim", type=int, help="d (DiagonalNormal, MultivariateNormal, Wishart) or k "
                                            "(Categorical, Dirichlet)")
    pw.add_argument("--n", type=int, help="number of trials n (Binomial)")
    pw.add_argument("--r", type=float, help="number of successes r (NegativeBinomial)")
    pw.add_argument("--divergence", default="kl",
                    choices=["kl", "jeffreys", "bregman", "chernoff", "renyi", "bhattacharyya", "hellinger"],
                    help="default: kl, KL(P[i] || Q[j])")
    pw.add_argument("--alpha", type=float, help="order of the chernoff and renyi divergences")
    pw.add_argument("--knn", type=int, metavar="K", help="write the K nearest rows of Q per row of P")
    pw.add_argument("--dtype", choices=["float32", "float64"],
                    help="result precision (default: float32 if both inputs are float32, else float64)")
    pw.add_argument("--threads", type=int, help="threads (default: all cores or INFOGEOM_NUM_THREADS)")
    pw.add_argument("--block-rows", type=int, help="rows of P per call of the engine (default: 64 MB "
                                                   "of P)")
    pw.add_argument("--progress", action="store_true", help="show the progress bar even when stderr "
                                                             "is not a terminal")
    pw.add_argument("--no-validate", action="store_true",
                    help="skip the check that every row is in the natural parameter space")
    pw.set_defaults(run=_pairwise)
    fm = sub.add_parser("families", help="list the families, their aliases and size arguments")
    fm.set_defaults(run=_families)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``infogeom`` console script; returns the exit status."""
    args = _parser().parse_args(argv)
    if getattr(args, "block_rows", None) is not None and args.block_rows < 1:
        _parser().error("--block-rows must be >= 1")

    def on_term(signum: int, frame: Any) -> None:
        raise _Terminated()

    try:
        old = signal.signal(signal.SIGTERM, on_term)
    except ValueError:  # not the main thread: no handler
        old = None
    try:
        return int(args.run(args))
    except UsageError as err:
        print(f"{PROG}: error: {err}", file=sys.stderr)
        return 2
    except (ValueError, TypeError, NotImplementedError) as err:  # raised by the library on bad input
        print(f"{PROG}: error: {err}", file=sys.stderr)
        return 2
    except MemoryError:
        print(f"{PROG}: error: out of memory (try a smaller --block-rows)", file=sys.stderr)
        return 2
    except OSError as err:
        print(f"{PROG}: error: {err.strerror or err}" + (f": '{err.filename}'" if err.filename else ""),
              file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"\n{PROG}: interrupted, no output written", file=sys.stderr)
        return 130
    except _Terminated:
        print(f"\n{PROG}: terminated, no output written", file=sys.stderr)
        return 143
    finally:
        if old is not None:
            signal.signal(signal.SIGTERM, old)


if __name__ == "__main__":
    sys.exit(main())
