#!/usr/bin/env bash
# Validates docker/ with real tools (no Docker engine runs here): the compose
# file with docker-compose, the Prometheus config with promtool, and the
# Dockerfile's references to the project's scripts and binaries.
set -euo pipefail
cd "$(dirname "$0")/.."
docker-compose -f docker/compose.yaml config --quiet
echo "compose.yaml: valid"
promtool check config docker/prometheus.yml
grep -q 'scripts/setup.sh --build' docker/Dockerfile
grep -q '^HEALTHCHECK' docker/Dockerfile
grep -q '^USER dhad' docker/Dockerfile
for f in $(grep -o 'scripts/[a-z_]*\.sh' docker/Dockerfile | sort -u); do
  test -x "$f" || { echo "Dockerfile names $f, which is missing" >&2; exit 1; }
done
# The runtime stage's packages are real Debian 12 package names: they are the
# ones the build machine has installed as dependencies of the -dev packages.
pkgs=$(sed -n '/^FROM \${BASE}$/,$p' docker/Dockerfile | grep -o 'lib[a-z0-9.+-]*[0-9]' | sort -u)
[ -n "$pkgs" ]
for p in $pkgs; do
  dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q "install ok installed" ||
    { echo "Dockerfile installs $p, which is not an installed Debian package here" >&2; exit 1; }
done
echo "Dockerfile: references resolve; runtime packages: $(echo $pkgs | wc -w)"
