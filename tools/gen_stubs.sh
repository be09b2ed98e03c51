#!/usr/bin/env bash
# Regenerates the stubs of the compiled module, python/infogeom/_core/{__init__,special,bregman}.pyi
# (a stub package, since _core has submodules; the compiled _core wins over the stub folder at import). Run it on a FULL build (all
# families): `JOBS=1 tools/devbuild.sh build-dev "" && tools/gen_stubs.sh` (PYTHONPATH=python is set
# here), or in an environment where infogeom is installed. .ci/run fails when the file is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
PYTHONPATH="python${PYTHONPATH:+:$PYTHONPATH}" python -m pybind11_stubgen infogeom._core \
  --numpy-array-use-type-var -o "$tmp" >/dev/null
rm -rf python/infogeom/_core
cp -r "$tmp/infogeom/_core" python/infogeom/_core
rm -rf "$tmp"
echo "wrote python/infogeom/_core/*.pyi"
