#!/usr/bin/env bash
# Installs the Debian 12 packages dhad needs.
#   scripts/setup.sh          everything: build, tests and their real peers
#   scripts/setup.sh --build  only what building needs (used by the Dockerfile)
# Idempotent and quiet when everything is already there; uses sudo when not root.
set -euo pipefail

PACKAGES=(
  # build
  cmake ninja-build pkg-config g++
  libgrpc++-dev protobuf-compiler-grpc libprotobuf-dev protobuf-compiler
  libabsl-dev libicu-dev prometheus-cpp-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  curl ca-certificates
  # Ayaspell (/usr/share/hunspell/ar.{dic,aff}): the build compiles it into
  # the morphological table of analysis/internal/morph.h
  hunspell-ar
)
if [ "${1:-}" != "--build" ]; then
  PACKAGES+=(
    # real peers of the end-to-end tests: Prometheus (and promtool), Python's
    # grpcio, docker-compose to validate docker/compose.yaml
    prometheus python3-grpcio python3-protobuf python3-yaml docker-compose
    # h2load, the load generator of bench/load.sh
    nghttp2-client
    # libFuzzer (clang 14 and its runtimes) for scripts/fuzz.sh
    clang-14 libclang-rt-14-dev
    # certificates for the TLS end-to-end test
    openssl
    # Node.js for the Node client test (tests/e2e/node; its npm packages
    # come from its package-lock.json through npm ci)
    nodejs
  )
  # Debian's nodejs has no npm; NodeSource's (these machines) bundles it and
  # conflicts with Debian's npm package: add it only when the command is missing.
  command -v npm >/dev/null || PACKAGES+=(npm)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "setup: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done" >&2
