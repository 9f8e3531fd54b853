"""Runs the Node.js client test (client_test.js) against the real dhad-server.

Installs the npm packages pinned in package-lock.json with `npm ci` into
$DHAD_BUILD_DIR/node-e2e/ (reused while the lock file is unchanged), starts the
server on a free loopback port, runs `node --test client_test.js` with
DHAD_TARGET pointing at it, and fails when node or npm is missing, when the
install fails, or when any Node test fails; the server must then exit 0 on
SIGTERM."""
import os
import re
import shutil
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from dhad_testlib import BUILD, SOURCE, Server  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
INSTALL_DIR = os.path.join(os.path.abspath(BUILD), "node-e2e")


def npm_install():
    """npm ci of the committed lock file into INSTALL_DIR; returns node_modules."""
    lock = os.path.join(HERE, "package-lock.json")
    installed_lock = os.path.join(INSTALL_DIR, "package-lock.json")
    modules = os.path.join(INSTALL_DIR, "node_modules")
    if (os.path.isdir(os.path.join(modules, "@grpc", "grpc-js")) and os.path.exists(installed_lock)
            and open(lock, "rb").read() == open(installed_lock, "rb").read()):
        return modules
    os.makedirs(INSTALL_DIR, exist_ok=True)
    for name in ("package.json", "package-lock.json"):
        shutil.copyfile(os.path.join(HERE, name), os.path.join(INSTALL_DIR, name))
    # --ignore-scripts: the packages need no install scripts (protobufjs's only
    # prints a version check); --prefer-offline: use npm's cache when it can.
    proc = subprocess.run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--prefer-offline"],
                          cwd=INSTALL_DIR, capture_output=True, text=True, timeout=240)
    if proc.returncode != 0:
        raise AssertionError(f"npm ci failed in {INSTALL_DIR}:\n{proc.stdout}\n{proc.stderr}")
    return modules


class NodeClientE2E(unittest.TestCase):
    def test_node_client_calls_every_rpc(self):
        for tool in ("node", "npm"):
            if shutil.which(tool) is None:
                self.fail(f"{tool} is not installed: the Node.js client test needs Node.js 18 or newer "
                          "with npm (Debian: apt-get install nodejs npm)")
        version = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
        self.assertGreaterEqual(int(version.lstrip("v").split(".")[0]), 18, f"node {version} is too old")
        modules = npm_install()
        server = Server()
        try:
            env = dict(os.environ, DHAD_TARGET=server.target, DHAD_SOURCE_DIR=os.path.abspath(SOURCE),
                       NODE_PATH=modules)
            proc = subprocess.run(["node", "--test", "--test-reporter=spec", "client_test.js"],
                                  cwd=HERE, env=env, capture_output=True, text=True, timeout=120)
            print(proc.stdout)
            print(proc.stderr, file=sys.stderr)
            self.assertEqual(proc.returncode, 0, "the Node.js client test failed (output above)")
            # Every test of client_test.js ran and passed (none skipped or left out).
            declared = len(re.findall(r"^test\('", open(os.path.join(HERE, "client_test.js")).read(), re.M))
            self.assertGreaterEqual(declared, 9)
            self.assertRegex(proc.stdout, rf"(?m)^\S+ pass {declared}$")
            self.assertRegex(proc.stdout, r"(?m)^\S+ fail 0$")
        finally:
            self.assertEqual(server.stop(), 0)


if __name__ == "__main__":
    unittest.main(verbosity=2)
