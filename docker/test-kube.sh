#!/usr/bin/env bash
# Runs docker/k8s/deployment.yaml for real on one machine, the way a user
# without a cluster can, with `podman kube play`:
#   1. the image: docker/test-image.sh builds and tests localhost/dhad:test
#      when it is missing (or DHAD_KUBE_REBUILD=1); it is tagged as the
#      manifest's image (dhad:latest resolves to localhost/dhad:latest);
#   2. `podman kube play` of the manifest: one pod per replica, each on
#      podman's bridge network with its own address on this machine. One
#      change: the containers' `ports` are left out of the played copy.
#      Kubernetes takes them as information (the Services name them);
#      podman 4.3 (Debian 12) publishes each containerPort on the host at the
#      same port on 0.0.0.0, so a second replica cannot start ("address
#      already in use") and the pods would be reachable from the network
#      (podman 4.4 and later do not do this by default);
#   3. waits for the manifest's gRPC probe to pass on every pod: podman 4.3
#      does not run gRPC probes itself, so the image's client makes the same
#      grpc.health.v1 Check on the probe's port (at most 60 s);
#   4. the image's client, in its own container, against each pod: unary
#      calls (numbers, analyze) and a bulk stream (AnalyzeStream) of
#      DHAD_KUBE_DOCS documents, every one answered;
#   5. scrapes /metrics of each pod on the port and path of its scrape
#      annotations and checks the calls of step 4 are counted there;
#   6. drain: starts another bulk stream, and while it is in flight stops the
#      pods as Kubernetes does: SIGTERM to the dhad containers, SIGKILL after
#      the manifest's terminationGracePeriodSeconds (`podman stop --time`),
#      the pod's network kept until they have exited; then `podman kube down`
#      removes the pods. The stream must finish with every document answered
#      and each server must log its drain and exit 0.
#      What podman 4.3 (Debian 12) does by itself is not a drain, tried here:
#      `podman kube down` sends SIGKILL at once (exit 137, the stream cut
#      with most documents unanswered; podman issue 22397, fixed in 5.1), and
#      `podman pod stop` stops the pod's infra container with the others, so
#      the pod's address goes away while dhad drains (the client is left
#      waiting on a connection that never answers). kube play also ignores
#      terminationGracePeriodSeconds (the containers get podman's 10 s).
# Prints what it checked and how long each step took.
#
#   sudo docker/test-kube.sh
#
# Needs root (rootful podman: the pods' bridge network) and installs podman,
# runc, catatonit (the pods' infra process) and debootstrap with apt-get when
# missing. Not part of ctest (building the image compiles dhad in it). Only
# this machine is involved: the pods' addresses are on a local bridge.
# Environment:
#   DHAD_KUBE_REBUILD  1: rebuild the image with docker/test-image.sh even if
#                      localhost/dhad:test exists
#   DHAD_KUBE_DOCS     documents per bulk stream (default 3000)
#   (and those of docker/test-image.sh when it runs: DHAD_JOBS, DHAD_NICE, ...)
set -euo pipefail
cd "$(dirname "$0")/.."

MANIFEST=docker/k8s/deployment.yaml
BUILT=localhost/dhad:test
DOCS=${DHAD_KUBE_DOCS:-3000}

log() { echo "test-kube: $*"; }
die() { echo "test-kube: FAIL: $*" >&2; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

[ "$(id -u)" -eq 0 ] || die "run as root (rootful podman): sudo $0"
missing=()
for p in podman runc catatonit debootstrap; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

tmp=$(mktemp -d)
chmod 755 "$tmp"  # the client container runs as the image's user
bg_pids=()
played=0
cleanup() {
  for p in "${bg_pids[@]}"; do kill "$p" 2>/dev/null || true; done
  podman ps -aq --filter "label=dhad-test-kube=$$" | xargs -r podman rm -f >/dev/null 2>&1 || true
  if [ "$played" = 1 ]; then podman --runtime runc kube down "$PLAYED" >/dev/null 2>&1 || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
# As docker/test-image.sh: no default ulimits (containers inside containers).
printf '[containers]\ndefault_ulimits = []\n' > "$tmp/containers.conf"
export CONTAINERS_CONF=$tmp/containers.conf
pm() { podman --runtime runc "$@"; }

# What the manifest says: the Deployment's name, replicas, image, container,
# the probe's gRPC port, the scrape port and path.
read -r NAME REPLICAS IMAGE CONTAINER GRPC_PORT METRICS_PORT METRICS_PATH GRACE < <(
  /usr/bin/python3 - "$MANIFEST" <<'EOF'
import sys, yaml
d = next(x for x in yaml.safe_load_all(open(sys.argv[1])) if x and x["kind"] == "Deployment")
pod = d["spec"]["template"]
c = pod["spec"]["containers"][0]
a = pod["metadata"]["annotations"]
print(d["metadata"]["name"], d["spec"]["replicas"], c["image"], c["name"],
      c["readinessProbe"]["grpc"]["port"], a["prometheus.io/port"], a["prometheus.io/path"],
      pod["spec"].get("terminationGracePeriodSeconds", 30))
EOF
)
log "manifest: Deployment $NAME, $REPLICAS replicas of $IMAGE; gRPC probe on $GRPC_PORT, metrics on :$METRICS_PORT$METRICS_PATH, grace ${GRACE} s"
# The copy that is played and brought down: the manifest without the
# containers' ports (see 2. above).
PLAYED=$tmp/deployment.yaml
/usr/bin/python3 - "$MANIFEST" "$PLAYED" <<'EOF'
import sys, yaml
docs = [x for x in yaml.safe_load_all(open(sys.argv[1])) if x]
for d in docs:
    for c in d["spec"]["template"]["spec"]["containers"]:
        c.pop("ports", None)
yaml.safe_dump_all(docs, open(sys.argv[2], "w"), sort_keys=False)
EOF
t_start=$(now)

# ------------------------------------------------------------ 1. image
t0=$(now)
if [ "${DHAD_KUBE_REBUILD:-0}" = 1 ] || ! pm image exists "$BUILT"; then
  log "building and testing $BUILT with docker/test-image.sh"
  bash docker/test-image.sh
else
  log "reusing $BUILT, built $(pm image inspect --format '{{.Created}}' "$BUILT" | cut -d. -f1) (DHAD_KUBE_REBUILD=1 rebuilds it)"
fi
pm tag "$BUILT" "localhost/${IMAGE}"
pm image exists "$IMAGE" || die "podman does not resolve the manifest's image $IMAGE"
log "image ready in $(since "$t0") s"

# The image's client in a container of its own on the host network (from
# which the pods' bridge addresses are reachable). Documents for the bulk
# streams are in $tmp/docs, mounted read-only.
mkdir "$tmp/docs"
mapfile -t examples < <(ls examples/*.txt)
for i in $(seq 1 "$DOCS"); do
  cp "${examples[$(( (i - 1) % ${#examples[@]} ))]}" "$tmp/docs/doc$i.txt"
done
chmod -R a+rX "$tmp/docs"
client() {
  local target=$1
  shift
  pm run --rm --no-healthcheck --label "dhad-test-kube=$$" --network=host -v "$tmp/docs:/docs:ro" \
    --entrypoint /usr/local/bin/dhad "$BUILT" \
    --target="$target" --deadline=20s "$@"
}

# ------------------------------------------------------------ 2. play
pm pod exists "$NAME-pod-0" && die "pod $NAME-pod-0 exists already (podman pod rm -f $NAME-pod-0 ...)"
t0=$(now)
played=1
pm kube play "$PLAYED" > "$tmp/play.log" 2>&1 || { cat "$tmp/play.log" >&2; die "podman kube play failed"; }
mapfile -t pods < <(pm pod ps --filter "name=^$NAME-pod-" --format '{{.Name}}' | sort)
[ "${#pods[@]}" = "$REPLICAS" ] || die "${#pods[@]} pods (${pods[*]}), manifest has $REPLICAS replicas"
ips=()
for pod in "${pods[@]}"; do
  infra=$(pm pod inspect --format '{{.InfraContainerID}}' "$pod")
  ip=$(pm inspect --format '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' "$infra")
  [ -n "$ip" ] || die "pod $pod has no address"
  ips+=("$ip")
  c="$pod-$CONTAINER"
  log "pod $pod at $ip: $(pm inspect --format 'user {{.Config.User}}, read-only root {{.HostConfig.ReadonlyRootfs}}, stop timeout {{.Config.StopTimeout}} s' "$c")"
done
log "played in $(since "$t0") s"

# ------------------------------------------------------------ 3. probes
t0=$(now)
for i in "${!pods[@]}"; do
  ok=0
  for _ in $(seq 1 60); do
    if [ "$(client "${ips[$i]}:$GRPC_PORT" --deadline=2s health 2>/dev/null)" = SERVING ]; then ok=1; break; fi
    [ "$(pm inspect --format '{{.State.Running}}' "${pods[$i]}-$CONTAINER")" = true ] ||
      { pm logs "${pods[$i]}-$CONTAINER" >&2; die "${pods[$i]} exited"; }
    sleep 1
  done
  [ "$ok" = 1 ] || { pm logs "${pods[$i]}-$CONTAINER" >&2; die "${pods[$i]}: gRPC health probe never passed"; }
done
log "gRPC health probe (grpc.health.v1 Check on :$GRPC_PORT) SERVING on ${#pods[@]} pods in $(since "$t0") s"

# ------------------------------------------------------------ 4. calls
t0=$(now)
for i in "${!pods[@]}"; do
  target="${ips[$i]}:$GRPC_PORT"
  out=$(client "$target" numbers --text="قتل نحو 50 شخصا") || die "numbers on ${pods[$i]} failed"
  echo "$out" | grep -q "= 50" || die "numbers on ${pods[$i]} answered: $out"
  client "$target" analyze --format=json --file=/docs/doc1.txt > "$tmp/analyze.json" ||
    die "analyze on ${pods[$i]} failed"
  /usr/bin/python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert r["sentences"] and r["quotes"] and r["numbers"], r' \
    "$tmp/analyze.json" || die "analyze on ${pods[$i]} gave no sentences, quotes or numbers"
done
log "unary calls (ParseNumbers, Analyze) on every pod: OK"
check_bulk() {  # FILE: DOCS lines, each a result
  local lines errors
  lines=$(wc -l < "$1")
  errors=$(grep -c '"error"' "$1" || true)
  [ "$lines" = "$DOCS" ] && [ "$errors" = 0 ] || die "bulk stream: $lines of $DOCS results, $errors errors"
}
client "${ips[0]}:$GRPC_PORT" analyze --dir=/docs > "$tmp/bulk.jsonl" 2> "$tmp/bulk.err" ||
  { cat "$tmp/bulk.err" >&2; die "bulk stream failed"; }
check_bulk "$tmp/bulk.jsonl"
log "bulk stream (AnalyzeStream) of $DOCS documents to ${pods[0]}: $(tail -1 "$tmp/bulk.err")"
log "calls in $(since "$t0") s"

# ------------------------------------------------------------ 5. metrics
metric() {  # TEXT NAME LABEL...: the sum of the samples of NAME with all the labels
  /usr/bin/python3 - "$@" <<'EOF'
import sys
text, name, labels = sys.argv[1], sys.argv[2], sys.argv[3:]
total = 0.0
for line in text.splitlines():
    if line.startswith(name + "{") and all(l in line for l in labels):
        total += float(line.rsplit(" ", 1)[1])
print("%g" % total)
EOF
}
for i in "${!pods[@]}"; do
  m=$(curl -fsS --max-time 10 "http://${ips[$i]}:$METRICS_PORT$METRICS_PATH") || die "no $METRICS_PATH on ${pods[$i]}"
  echo "$m" | grep -q '^dhad_build_info{' || die "no dhad_build_info on ${pods[$i]}"
  analyze=$(metric "$m" grpc_server_handled_total 'grpc_method="Analyze"' 'grpc_code="OK"')
  [ "$analyze" = 1 ] || die "${pods[$i]}: $analyze Analyze calls counted, 1 made"
  if [ "$i" = 0 ]; then
    streamed=$(metric "$m" grpc_server_msg_received_total 'grpc_method="AnalyzeStream"')
    [ "$streamed" = "$DOCS" ] || die "${pods[$i]}: $streamed stream messages counted, $DOCS sent"
  fi
done
log "/metrics of every pod: dhad_build_info, the Analyze call and the $DOCS stream messages counted"

# ------------------------------------------------------------ 6. drain
for pod in "${pods[@]}"; do
  pm logs -f "$pod-$CONTAINER" > "$tmp/$pod.log" 2>&1 &
  bg_pids+=($!)
  pm wait "$pod-$CONTAINER" > "$tmp/$pod.exit" 2>&1 &
  bg_pids+=($!)
done
client "${ips[0]}:$GRPC_PORT" analyze --dir=/docs > "$tmp/drain.jsonl" 2> "$tmp/drain.err" &
bulk_pid=$!
bg_pids+=("$bulk_pid")
for _ in $(seq 1 300); do
  [ -s "$tmp/drain.jsonl" ] && break
  kill -0 "$bulk_pid" 2>/dev/null || break
  sleep 0.1
done
kill -0 "$bulk_pid" 2>/dev/null || die "the bulk stream ended before kube down; raise DHAD_KUBE_DOCS"
in_flight=$(wc -l < "$tmp/drain.jsonl")
t0=$(now)
containers=()
for pod in "${pods[@]}"; do containers+=("$pod-$CONTAINER"); done
pm stop --time "$GRACE" "${containers[@]}" > "$tmp/stop.log" 2>&1 || { cat "$tmp/stop.log" >&2; die "podman stop failed"; }
stop_s=$(since "$t0")
pm kube down "$PLAYED" > "$tmp/down.log" 2>&1 || { cat "$tmp/down.log" >&2; die "podman kube down failed"; }
played=0
down_s=$(since "$t0")
for _ in $(seq 1 600); do kill -0 "$bulk_pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$bulk_pid" 2>/dev/null && { cat "$tmp/drain.err" >&2; die "the bulk stream did not end within 60 s of the stop"; }
rc=0
wait "$bulk_pid" || rc=$?
[ "$rc" = 0 ] || { cat "$tmp/drain.err" >&2; die "the bulk stream in flight during kube down exited $rc"; }
check_bulk "$tmp/drain.jsonl"
log "podman stop --time $GRACE of the dhad containers in $stop_s s, then kube down (total $down_s s), with a bulk stream in flight ($in_flight of $DOCS answered when the stop began): all $DOCS answered"
for pod in "${pods[@]}"; do
  for _ in $(seq 1 100); do [ -s "$tmp/$pod.exit" ] && break; sleep 0.1; done
  code=$(head -1 "$tmp/$pod.exit")
  [ "$code" = 0 ] || { cat "$tmp/$pod.log" >&2; die "$pod exited with '$code'"; }
  grep -q 'refusing new calls' "$tmp/$pod.log" || { cat "$tmp/$pod.log" >&2; die "$pod did not log its drain"; }
  log "$pod: $(grep -m1 'refusing new calls' "$tmp/$pod.log"); exit 0"
done
pm pod exists "${pods[0]}" && die "pod ${pods[0]} still exists after kube down"

echo "test-kube: OK: $REPLICAS pods played, probed, called, scraped and drained; total $(since "$t_start") s"
