#!/usr/bin/env bash
# Installs what building needs (scripts/setup.sh --build), then configures and builds dhad
# in Release with CMake + Ninja into build/ (or $DHAD_BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --build
BUILD_DIR=${DHAD_BUILD_DIR:-build}
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release ${DHAD_CMAKE_ARGS:-} >/dev/null
fi
# Two jobs: the machines this runs on have 2 cores, and gRPC headers are heavy
# on memory.
ninja -C "$BUILD_DIR" -j "${DHAD_JOBS:-2}"
