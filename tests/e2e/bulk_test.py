"""The client's bulk mode: dhad analyze --dir / FILE... through AnalyzeStream."""
import json
import os
import shutil
import subprocess
import tempfile
import unittest

from dhad_testlib import CLIENT_BIN, EXAMPLES, Server


class BulkE2E(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        # A small text limit so that one document is refused by the server.
        cls.server = Server("--max_text_bytes=20000", metrics=False)
        cls.tmp = tempfile.mkdtemp(prefix="dhad_bulk_")
        cls.docs = os.path.join(cls.tmp, "docs")
        os.makedirs(os.path.join(cls.docs, "sub"))
        cls.names = []
        for i in range(40):
            name = os.path.join(cls.docs, "sub" if i % 3 == 0 else "", f"doc{i:03d}.txt")
            with open(name, "w", encoding="utf-8") as f:
                f.write(f"قال المتحدث إن {i + 1} شخصا وصلوا صباح اليوم. ثم غادروا.")
            cls.names.append(name)
        cls.names.sort()

    @classmethod
    def tearDownClass(cls):
        assert cls.server.stop() == 0
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def bulk(self, *args):
        return subprocess.run([CLIENT_BIN, f"--target={self.server.target}", "analyze"] + list(args),
                              capture_output=True, timeout=120)

    def test_dir_gives_one_json_line_per_document_in_order(self):
        out = os.path.join(self.tmp, "out.jsonl")
        r = self.bulk(f"--dir={self.docs}", f"--out={out}")
        self.assertEqual(r.returncode, 0, r.stderr)
        lines = [json.loads(l) for l in open(out, encoding="utf-8")]
        self.assertEqual([l["id"] for l in lines], self.names)
        for line, name in zip(lines, self.names):
            n = int(os.path.basename(name)[3:6]) + 1
            self.assertEqual(len(line["sentences"]), 2, name)
            self.assertIn(float(n), [m.get("value") for m in line["numbers"]], name)
        self.assertIn("analyzed 40 documents", r.stderr.decode())
        self.assertIn("0 failed", r.stderr.decode())

    def test_bad_documents_are_reported_and_the_others_go_on(self):
        bad_utf8 = os.path.join(self.tmp, "bad_utf8.txt")
        with open(bad_utf8, "wb") as f:
            f.write("نص ".encode() + b"\xff\xfe")
        too_big = os.path.join(self.tmp, "too_big.txt")
        with open(too_big, "w", encoding="utf-8") as f:
            f.write("كلمة " * 5000)  # 45 KB, over the server's 20000 bytes
        article = os.path.join(EXAMPLES, "03_marathon.txt")
        files = [self.names[0], bad_utf8, self.names[1], too_big, article, self.names[2]]
        r = self.bulk(*files)
        self.assertEqual(r.returncode, 1)
        lines = [json.loads(l) for l in r.stdout.decode().splitlines()]
        self.assertEqual([l["id"] for l in lines], files)
        self.assertEqual(lines[1]["error"]["code"], "INVALID_ARGUMENT")
        self.assertIn("byte offset", lines[1]["error"]["message"])
        self.assertEqual(lines[3]["error"]["code"], "RESOURCE_EXHAUSTED")
        for i in (0, 2, 4, 5):
            self.assertNotIn("error", lines[i])
            self.assertTrue(lines[i]["sentences"])
        self.assertTrue(lines[4]["quotes"])
        err = r.stderr.decode()
        self.assertIn("bad_utf8.txt", err)
        self.assertIn("too_big.txt", err)
        self.assertIn("2 failed", err)

    def test_a_failed_write_of_the_results_is_an_error(self):
        # /dev/full refuses every write: the results are lost, so the run
        # must not end as if they were written.
        if not os.path.exists("/dev/full"):
            self.skipTest("no /dev/full on this system")
        r = self.bulk(f"--dir={self.docs}", "--out=/dev/full")
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn("writing the results failed", r.stderr.decode())

    def test_a_missing_file_is_reported_with_the_reason(self):
        missing = os.path.join(self.tmp, "no_such_file.txt")
        r = self.bulk(self.names[0], missing, self.names[1])
        self.assertEqual(r.returncode, 1)
        lines = [json.loads(l) for l in r.stdout.decode().splitlines()]
        self.assertEqual([l["id"] for l in lines], [self.names[0], missing, self.names[1]])
        self.assertIn("No such file", lines[1]["error"]["message"])
        self.assertTrue(lines[2]["sentences"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
