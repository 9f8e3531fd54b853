#!/usr/bin/env bash
# The test command: set-up, build, then every test (unit and end-to-end) with
# ctest. Extra arguments go to ctest, e.g. scripts/test.sh -R e2e_grpc
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
BUILD_DIR=${DHAD_BUILD_DIR:-build}
cd "$BUILD_DIR"
ctest --output-on-failure -j "${DHAD_JOBS:-2}" "$@"
