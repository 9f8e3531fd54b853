#!/usr/bin/env bash
# Validates docker/ with real tools (no Docker engine runs here): the compose
# file with docker-compose, the Prometheus config and alert rules with promtool
# (check config, check rules, and the rules' unit tests), the Dockerfile's
# references to the project's scripts and binaries, and the structure of the
# compose services, Grafana provisioning and Kubernetes manifests
# (tests/docker_manifests_check.py, Debian's python3-yaml).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

docker-compose -f docker/compose.yaml config > "$tmp/compose.yaml"
echo "compose.yaml: valid"
promtool check config docker/prometheus.yml
promtool check rules docker/prometheus/alerts.yml
promtool test rules docker/prometheus/alerts_test.yml
/usr/bin/python3 tests/docker_manifests_check.py . "$tmp/compose.yaml"
bash -n docker/test-image.sh
bash -n docker/test-kube.sh

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
