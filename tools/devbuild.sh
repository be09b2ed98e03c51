#!/usr/bin/env bash
# Developer build: compiles _core into python/infogeom (use PYTHONPATH=python).
# Usage: tools/devbuild.sh [BUILD_DIR] [FAMILY;FAMILY...]   (families empty = all)
set -euo pipefail
cd "$(dirname "$0")/.."
bdir=${1:-build-dev}
fams=${2:-}
cmake -S . -B "$bdir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DINFOGEOM_BUILD_PYTHON=ON -DINFOGEOM_DEV_INPLACE=ON \
  -DINFOGEOM_FAMILIES="$fams" -Dpybind11_DIR="$(python -m pybind11 --cmakedir)" -DPython_EXECUTABLE="$(command -v python)" >/dev/null
cmake --build "$bdir" -j "${JOBS:-2}"
