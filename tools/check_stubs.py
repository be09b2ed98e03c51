"""Fails when the checked-in stubs of the compiled module (python/infogeom/_core/*.pyi) no longer
describe it: regenerates them with pybind11-stubgen into a temporary folder and compares the API
surface of the two (files, module-level names, classes, their methods and properties, and every
function's parameter names). Annotation text is not compared: it varies with the pybind11 and
NumPy versions of the build, while the names are what mypy checks callers against.

    python tools/check_stubs.py          # in an environment where infogeom (full build) imports
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHECKED_IN = REPO / "python" / "infogeom" / "_core"


def surface(folder: Path) -> set[str]:
    out: set[str] = set()
    for pyi in sorted(folder.rglob("*.pyi")):
        mod = pyi.relative_to(folder).with_suffix("").as_posix()
        out.add(f"file {mod}")
        tree = ast.parse(pyi.read_text())

        def visit(body: list[ast.stmt], prefix: str) -> None:
            for node in body:
                if isinstance(node, ast.ClassDef):
                    out.add(f"class {prefix}{node.name}")
                    visit(node.body, f"{prefix}{node.name}.")
                elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    a = node.args
                    names = [x.arg for x in a.posonlyargs + a.args + a.kwonlyargs]
                    out.add(f"def {prefix}{node.name}({', '.join(names)})")
                elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                    out.add(f"attr {prefix}{node.target.id}")
                elif isinstance(node, ast.Assign):
                    for t in node.targets:
                        if isinstance(t, ast.Name) and not t.id.startswith("_"):
                            out.add(f"attr {prefix}{t.id}")

        visit(tree.body, f"{mod}:")
    return out


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pybind11_stubgen", "infogeom._core",
                        "--numpy-array-use-type-var", "-o", tmp], check=True, capture_output=True)
        fresh = surface(Path(tmp) / "infogeom" / "_core")
    have = surface(CHECKED_IN)
    missing, extra = sorted(fresh - have), sorted(have - fresh)
    if missing or extra:
        for s in missing:
            print(f"not in the checked-in stubs: {s}", file=sys.stderr)
        for s in extra:
            print(f"no longer in the module: {s}", file=sys.stderr)
        print("the stubs python/infogeom/_core/*.pyi are stale: regenerate them with tools/gen_stubs.sh",
              file=sys.stderr)
        return 1
    print(f"stubs up to date ({len(have)} names)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
