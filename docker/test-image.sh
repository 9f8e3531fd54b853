#!/usr/bin/env bash
# Builds docker/Dockerfile with podman and tries the image for real, on a
# Debian 12 machine without a Docker engine or registry access:
#   1. a Debian 12 base image made with debootstrap from Debian's packages and
#      imported into podman (the root file system is cached between runs);
#   2. `podman build` of docker/Dockerfile with that base (BASE build arg), in
#      Docker format so that HEALTHCHECK is kept, from a clean context of the
#      files git tracks or would track (no build directories);
#   3. the container on the host network on free loopback ports: the image's
#      own client calls health, numbers and analyze; /metrics answers; the
#      HEALTHCHECK command of the image passes against it and fails against a
#      port where nothing listens; it runs as the non-root user;
#   4. SIGTERM stops it and it exits 0.
# Prints the image size and how long each step took.
#
#   sudo docker/test-image.sh
#
# Needs root (rootful podman) and installs podman, runc and debootstrap with
# apt-get when missing. Not part of ctest: building the image compiles dhad
# from scratch inside it (long on a small machine).
# Environment:
#   DHAD_IMAGE_CACHE  where the base root file system tarball is kept
#                     (default /var/cache/dhad-image)
#   DHAD_MIRROR       Debian mirror for debootstrap (default: apt's)
#   DHAD_NICE         niceness of the build (default 10)
#   DHAD_JOBS         compile jobs inside the build (default 2)
set -euo pipefail
cd "$(dirname "$0")/.."

CACHE=${DHAD_IMAGE_CACHE:-/var/cache/dhad-image}
NICE=${DHAD_NICE:-10}
BASE_TAG=localhost/debian-base:bookworm
IMAGE=localhost/dhad:test
NAME=dhad-test-$$

log() { echo "test-image: $*" >&2; }
die() { echo "test-image: FAIL: $*" >&2; exit 1; }
now() { date +%s; }

[ "$(id -u)" -eq 0 ] || die "run as root (rootful podman): sudo $0"

missing=()
for p in podman runc debootstrap; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

tmp=$(mktemp -d)
cleanup() {
  podman --runtime runc rm -f "$NAME" >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT

# podman's default ulimits cannot be applied in every environment (containers
# inside containers): use none.
printf '[containers]\ndefault_ulimits = []\n' > "$tmp/containers.conf"
export CONTAINERS_CONF=$tmp/containers.conf
pm() { podman --runtime runc "$@"; }

# ------------------------------------------------------------ 1. base image
t0=$(now)
if ! pm image exists "$BASE_TAG"; then
  tarball=$CACHE/debian-bookworm-minbase.tar
  if [ ! -s "$tarball" ]; then
    mirror=${DHAD_MIRROR:-$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)}
    [ -n "$mirror" ] || mirror=$(awk '$1 == "deb" {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
    [ -n "$mirror" ] || { echo "test-image: no Debian mirror found in apt's sources; set DHAD_MIRROR" >&2; exit 1; }
    log "debootstrap bookworm from $mirror"
    mkdir -p "$CACHE"
    nice -n "$NICE" debootstrap --variant=minbase bookworm "$tmp/rootfs" "$mirror" >"$tmp/debootstrap.log" 2>&1 ||
      { tail -20 "$tmp/debootstrap.log" >&2; die "debootstrap failed"; }
    rm -rf "$tmp/rootfs/var/cache/apt/archives/"*.deb "$tmp/rootfs/var/lib/apt/lists/"*
    tar -C "$tmp/rootfs" -c . > "$tarball.part"
    mv "$tarball.part" "$tarball"
    rm -rf "$tmp/rootfs"
  fi
  pm import "$tarball" "$BASE_TAG" >/dev/null
fi
t1=$(now)
log "base image $BASE_TAG ready in $((t1 - t0)) s"

# ------------------------------------------------------------ 2. build
# The build context: every file git tracks or would track (respects
# .gitignore, so no build directories), as it is in the working tree.
mkdir "$tmp/context"
git ls-files -z --cached --others --exclude-standard |
  while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done |
  tar --null -T - -c | tar -C "$tmp/context" -x
log "building $IMAGE (context: $(du -sh "$tmp/context" | cut -f1))"
nice -n "$NICE" podman --runtime runc build --format docker --network=host \
  --build-arg BASE="$BASE_TAG" --build-arg DHAD_JOBS="${DHAD_JOBS:-2}" -f docker/Dockerfile -t "$IMAGE" "$tmp/context" >"$tmp/build.log" 2>&1 ||
  { tail -40 "$tmp/build.log" >&2; die "podman build failed"; }
t2=$(now)
size=$(pm image inspect --format '{{.Size}}' "$IMAGE")
log "built in $((t2 - t1)) s; image size $((size / 1000000)) MB ($size bytes)"

# ------------------------------------------------------------ 3. run
free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port=$(free_port)
mport=$(free_port)
[ "$port" != "$mport" ] || mport=$(free_port)
pm run -d --name "$NAME" --network=host "$IMAGE" \
  --listen=127.0.0.1:"$port" --metrics_listen=127.0.0.1:"$mport" >/dev/null
client() { pm exec "$NAME" /usr/local/bin/dhad --target=127.0.0.1:"$port" "$@"; }
for _ in $(seq 1 100); do
  client health >/dev/null 2>&1 && break
  [ "$(pm inspect --format '{{.State.Running}}' "$NAME")" = true ] || { pm logs "$NAME" >&2; die "the container exited"; }
  sleep 0.2
done
[ "$(client health)" = SERVING ] || die "health is not SERVING"
out=$(client numbers --text="قتل نحو 50 شخصا")
echo "$out" | grep -q "= 50" || die "numbers answered: $out"
client analyze --format=json --text="$(cat examples/01_water_project.txt)" > "$tmp/analyze.json" ||
  die "analyze failed"
/usr/bin/python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert r["sentences"] and r["numbers"], r' \
  "$tmp/analyze.json" || die "analyze gave no sentences or numbers"
curl -fsS "http://127.0.0.1:$mport/metrics" | grep -q '^dhad_build_info{' || die "no dhad_build_info on /metrics"
[ "$(pm exec "$NAME" id -u)" = 10001 ] || die "the server does not run as uid 10001"
log "client calls, /metrics and non-root user: OK"

# The image's HEALTHCHECK command, aimed at the port the server listens on
# here (it targets 127.0.0.1:50051, the ENTRYPOINT's port).
mapfile -t hc < <(pm image inspect --format '{{range .Config.Healthcheck.Test}}{{println .}}{{end}}' "$IMAGE" |
                  sed '/^$/d')
[ "${hc[0]:-}" = CMD ] || die "no HEALTHCHECK in the image (got: ${hc[*]:-nothing})"
hc=("${hc[@]:1}")
printf '%s\n' "${hc[@]}" | grep -qx -- '--target=127.0.0.1:50051' || die "HEALTHCHECK does not target 127.0.0.1:50051: ${hc[*]}"
pm exec "$NAME" "${hc[@]/127.0.0.1:50051/127.0.0.1:$port}" >/dev/null || die "HEALTHCHECK fails on a serving server"
if pm exec "$NAME" "${hc[@]/127.0.0.1:50051/127.0.0.1:$(free_port)}" >/dev/null 2>&1; then
  die "HEALTHCHECK passes with no server"
fi
log "HEALTHCHECK (${hc[*]}): passes when serving, fails when nothing listens"

# ------------------------------------------------------------ 4. SIGTERM
t3=$(now)
pm kill --signal TERM "$NAME" >/dev/null
code=$(timeout 60 podman --runtime runc wait "$NAME") || die "the container did not stop within 60 s"
t4=$(now)
[ "$code" = 0 ] || { pm logs "$NAME" >&2; die "exit code $code after SIGTERM"; }
log "SIGTERM: exit 0 in $((t4 - t3)) s"

echo "image $IMAGE: $((size / 1000000)) MB; base $((t1 - t0)) s, build $((t2 - t1)) s, total $((t4 - t0)) s"
