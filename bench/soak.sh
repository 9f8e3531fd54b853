#!/usr/bin/env bash
# Soak test of dhad-server, long form (issue 8): mixed RPCs at high
# concurrency with random client cancellations, short deadlines and streams
# that stop mid-way, for SECONDS (default 300).
#
#   bench/soak.sh [SECONDS]
#
# Builds nothing: uses the binaries of build/ (scripts/build.sh), or of
# $DHAD_BUILD_DIR. Extra server flags: $DHAD_SERVER_FLAGS; client threads:
# $DHAD_SOAK_CONCURRENCY (default 48). The driver is tests/soak/soak.py (the
# short form, ctest e2e_soak, runs the same code for 60 s); it prints calls by
# kind, method and status, calls/s, client and server CPU, RSS warm/end/max and
# open fds warm/after, the shutdown time, and exits 1 when a check fails (a
# crash, an unexpected status, RSS +10% after the warm-up, fds not back).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-300}
BUILD_DIR=${DHAD_BUILD_DIR:-build}
if [ ! -x "$BUILD_DIR/server/dhad-server" ] || [ ! -d "$BUILD_DIR/python/dhad" ]; then
  echo "bench/soak.sh: no $BUILD_DIR/server/dhad-server or Python stubs: run scripts/build.sh first" >&2
  exit 2
fi
export DHAD_BUILD_DIR="$PWD/$BUILD_DIR" DHAD_SOURCE_DIR="$PWD"
case "$BUILD_DIR" in /*) export DHAD_BUILD_DIR="$BUILD_DIR" ;; esac
exec /usr/bin/python3 tests/soak/soak.py --seconds "$SECONDS_TO_RUN" \
  --concurrency "${DHAD_SOAK_CONCURRENCY:-48}" "--server-flags=${DHAD_SERVER_FLAGS:-}"
