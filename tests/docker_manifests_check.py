"""Structural checks of docker/ that no installed tool does (run by
tests/docker_config_test.sh with Debian's /usr/bin/python3 and python3-yaml):

- compose.yaml (as `docker-compose config` resolves it, read from stdin
  or the file given with --compose): dhad, prometheus and grafana services;
  every bind-mounted file or folder exists;
- Grafana provisioning: the data source the dashboard names exists, the
  dashboard provider's folder is the one compose mounts the dashboards on;
- alerts.yml / alerts_test.yml: every alert has a test where it fires and one
  where it stays silent;
- k8s/*.yaml: a Deployment, a headless and a regular Service, an HPA and a PDB
  that point at each other correctly, with gRPC probes on the gRPC port,
  resources, scrape annotations, the image's non-root uid and real flags.

Usage: docker_manifests_check.py REPO_ROOT COMPOSE_CONFIG_YAML
Prints one line per check group; exits 1 with the list of problems."""
import glob
import json
import os
import re
import sys

import yaml

ROOT = sys.argv[1]
COMPOSE_RESOLVED = sys.argv[2]
problems = []


def check(cond, message):
    if not cond:
        problems.append(message)
    return cond


def load_all(path):
    with open(path, encoding="utf-8") as f:
        return [d for d in yaml.safe_load_all(f) if d is not None]


def cpu(q):
    q = str(q)
    return float(q[:-1]) / 1000 if q.endswith("m") else float(q)


def memory(q):
    units = {"Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "K": 1e3, "M": 1e6, "G": 1e9}
    m = re.fullmatch(r"([0-9.]+)([A-Za-z]*)", str(q))
    return float(m.group(1)) * units.get(m.group(2), 1)


def labels_match(selector, labels):
    return bool(selector) and all(labels.get(k) == v for k, v in selector.items())


# ------------------------------------------------------------------ compose
with open(COMPOSE_RESOLVED, encoding="utf-8") as f:
    compose = yaml.safe_load(f)
services = compose.get("services", {})
check({"dhad", "prometheus", "grafana"} <= set(services), f"compose services: {sorted(services)}")
mounts = {}
for name, svc in services.items():
    for v in svc.get("volumes", []):
        if isinstance(v, str):  # SOURCE:TARGET[:MODE]
            parts = v.split(":")
            v = {"type": "bind", "source": parts[0], "target": parts[1]}
        if v.get("type") == "bind":
            check(os.path.exists(v["source"]), f"compose {name} mounts {v['source']}, which does not exist")
            mounts[(name, v["target"])] = v["source"]
check(any(t == "/etc/prometheus/prometheus.yml" for s, t in mounts if s == "prometheus"),
      "compose prometheus does not mount prometheus.yml")
with open(os.path.join(ROOT, "docker", "prometheus.yml")) as f:
    prom_config = yaml.safe_load(f)
for rule_file in prom_config.get("rule_files", []):
    target = os.path.join("/etc/prometheus", rule_file)
    check(("prometheus", target) in mounts, f"compose does not mount the rule file {rule_file} at {target}")
    check(("prometheus", target) in mounts and
          os.path.samefile(mounts[("prometheus", target)], os.path.join(ROOT, "docker", rule_file)),
          f"compose does not mount docker/{rule_file} at {target}")
check(services.get("dhad", {}).get("build", {}).get("dockerfile", "").endswith("Dockerfile"),
      "compose dhad is not built from docker/Dockerfile")
print(f"compose: {len(services)} services, {len(mounts)} bind mounts exist")

# ------------------------------------------------------------------ grafana
grafana = os.path.join(ROOT, "docker", "grafana")
datasources = load_all(os.path.join(grafana, "provisioning", "datasources", "prometheus.yml"))[0]["datasources"]
ds_uids = {d["uid"] for d in datasources}
check(any(d["type"] == "prometheus" and d["url"] == "http://prometheus:9090" for d in datasources),
      "no Prometheus data source at http://prometheus:9090 (the compose service)")
providers = load_all(os.path.join(grafana, "provisioning", "dashboards", "dhad.yml"))[0]["providers"]
dash_dirs = {p["options"]["path"] for p in providers}
for path in dash_dirs:
    check(("grafana", path) in mounts and os.path.samefile(mounts[("grafana", path)],
                                                             os.path.join(grafana, "dashboards")),
          f"compose does not mount docker/grafana/dashboards on {path}")
check(("grafana", "/etc/grafana/provisioning") in mounts, "compose does not mount the Grafana provisioning")
dashboards = sorted(glob.glob(os.path.join(grafana, "dashboards", "*.json")))
check(dashboards, "no dashboard JSON")
exprs = 0
for path in dashboards:
    with open(path, encoding="utf-8") as f:
        dash = json.load(f)
    for panel in dash["panels"]:
        check(panel["datasource"]["uid"] in ds_uids, f"{panel['title']}: unknown data source")
        for t in panel["targets"]:
            exprs += 1
            check(t["datasource"]["uid"] in ds_uids, f"{panel['title']}: unknown data source")
print(f"grafana: {len(dash_dirs)} dashboard folder, {len(dashboards)} dashboards, {exprs} queries")

# ------------------------------------------------------------------ alerts
alerts = [r["alert"] for g in load_all(os.path.join(ROOT, "docker", "prometheus", "alerts.yml"))[0]["groups"]
          for r in g["rules"] if "alert" in r]
tests = load_all(os.path.join(ROOT, "docker", "prometheus", "alerts_test.yml"))[0]["tests"]
fires, silent = set(), set()
for t in tests:
    for a in t.get("alert_rule_test", []):
        (fires if a.get("exp_alerts") else silent).add(a["alertname"])
for a in alerts:
    check(a in fires, f"alert {a} has no test where it fires")
    check(a in silent, f"alert {a} has no test where it stays silent")
check(len(alerts) >= 4, f"alerts: {alerts}")
print(f"alerts: {len(alerts)} alerts, each tested firing and silent")

# ------------------------------------------------------------------ k8s
docs = []
for path in sorted(glob.glob(os.path.join(ROOT, "docker", "k8s", "*.yaml"))):
    for d in load_all(path):
        check(all(k in d for k in ("apiVersion", "kind", "metadata")) and d["metadata"].get("name"),
              f"{path}: a document without apiVersion, kind or metadata.name")
        docs.append(d)
by_kind = {}
for d in docs:
    by_kind.setdefault(d["kind"], []).append(d)
check(sorted(by_kind) == ["Deployment", "HorizontalPodAutoscaler", "PodDisruptionBudget", "Service"],
      f"k8s kinds: {sorted(by_kind)}")
deployment = by_kind["Deployment"][0]
check(deployment["apiVersion"] == "apps/v1", "Deployment apiVersion")
spec = deployment["spec"]
pod_labels = spec["template"]["metadata"]["labels"]
check(labels_match(spec["selector"]["matchLabels"], pod_labels), "Deployment selector does not match its pods")
pod = spec["template"]["spec"]
container = pod["containers"][0]
ports = {p["name"]: p["containerPort"] for p in container["ports"]}
check(ports.get("grpc") == 50051 and ports.get("metrics") == 9464, f"container ports {ports}")
for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
    p = container.get(probe, {})
    check("grpc" in p and p["grpc"]["port"] == ports.get("grpc"), f"{probe} is not a gRPC probe on the gRPC port")
resources = container.get("resources", {})
for r in ("cpu", "memory"):
    req, lim = resources.get("requests", {}).get(r), resources.get("limits", {}).get(r)
    if check(req is not None and lim is not None, f"resources: {r} request and limit"):
        conv = cpu if r == "cpu" else memory
        check(conv(req) <= conv(lim), f"resources: {r} request above limit")
annotations = spec["template"]["metadata"].get("annotations", {})
check(annotations.get("prometheus.io/scrape") == "true", "no prometheus.io/scrape annotation")
check(annotations.get("prometheus.io/port") == str(ports.get("metrics")), "prometheus.io/port is not the metrics port")
with open(os.path.join(ROOT, "docker", "Dockerfile")) as f:
    dockerfile = f.read()
uid = re.search(r"useradd .*--uid (\d+)", dockerfile)
check(uid and pod["securityContext"].get("runAsUser") == int(uid.group(1)) and pod["securityContext"].get("runAsNonRoot"),
      "pod does not run as the image's non-root user")
entrypoint = re.search(r'^ENTRYPOINT \[.*"--listen=0\.0\.0\.0:(\d+)", "--metrics_listen=0\.0\.0\.0:(\d+)"\]',
                       dockerfile, re.M)
check(entrypoint and (int(entrypoint.group(1)), int(entrypoint.group(2))) == (ports.get("grpc"), ports.get("metrics")),
      "the image's ENTRYPOINT does not listen on the container ports")
with open(os.path.join(ROOT, "server", "main.cc")) as f:
    flags = set(re.findall(r"ABSL_FLAG\([^,]+,\s*(\w+)", f.read()))
for arg in container.get("args", []):
    name = re.match(r"--(\w+)=", arg)
    check(name and name.group(1) in flags, f"container arg {arg} is not a dhad-server flag")
grace = next((a.split("=")[1] for a in container.get("args", []) if a.startswith("--shutdown_grace=")), "10s")
pre_stop = container.get("lifecycle", {}).get("preStop", {}).get("exec", {}).get("command", [])
pre_stop_s = int(pre_stop[1]) if pre_stop[:1] == ["sleep"] else 0
check(int(grace.rstrip("s")) + pre_stop_s < pod.get("terminationGracePeriodSeconds", 30),
      "terminationGracePeriodSeconds does not cover preStop + --shutdown_grace")
services = {s["metadata"]["name"]: s for s in by_kind["Service"]}
check(set(services) == {"dhad", "dhad-headless"}, f"Services: {sorted(services)}")
for name, svc in services.items():
    check(labels_match(svc["spec"]["selector"], pod_labels), f"Service {name} does not select the pods")
    for p in svc["spec"]["ports"]:
        check(p["targetPort"] in ports, f"Service {name} targets unknown port {p['targetPort']}")
    check(any(p["port"] == 50051 and p["targetPort"] == "grpc" for p in svc["spec"]["ports"]),
          f"Service {name} has no gRPC port 50051")
check(services.get("dhad-headless", {}).get("spec", {}).get("clusterIP") == "None", "dhad-headless is not headless")
check(services.get("dhad", {}).get("spec", {}).get("clusterIP") != "None", "dhad is headless")
hpa = by_kind["HorizontalPodAutoscaler"][0]
check(hpa["apiVersion"] == "autoscaling/v2", "HPA apiVersion")
ref = hpa["spec"]["scaleTargetRef"]
check((ref["apiVersion"], ref["kind"], ref["name"]) == ("apps/v1", "Deployment", deployment["metadata"]["name"]),
      "HPA does not scale the Deployment")
check(any(m["type"] == "Resource" and m["resource"]["name"] == "cpu" and m["resource"]["target"]["type"] == "Utilization"
          for m in hpa["spec"]["metrics"]), "HPA does not scale on CPU utilization")
pdb = by_kind["PodDisruptionBudget"][0]
check(pdb["apiVersion"] == "policy/v1", "PDB apiVersion")
check(labels_match(pdb["spec"]["selector"]["matchLabels"], pod_labels), "PDB does not select the pods")
check(1 <= pdb["spec"].get("minAvailable", 0) < hpa["spec"]["minReplicas"] <= hpa["spec"]["maxReplicas"],
      "PDB minAvailable must be below the HPA's minReplicas (or no node can be drained)")
check(spec["replicas"] >= hpa["spec"]["minReplicas"], "Deployment replicas below the HPA minimum")
print(f"k8s: {len(docs)} objects ({', '.join(sorted(by_kind))}) consistent")

if problems:
    print("\n".join("FAIL: " + p for p in problems), file=sys.stderr)
    sys.exit(1)
