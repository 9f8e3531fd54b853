"""The dhad CLI (the C++ client) against the real server."""
import json
import os
import subprocess
import unittest

from dhad_testlib import CLIENT_BIN, EXAMPLES, Server

ARTICLE = os.path.join(EXAMPLES, "02_central_bank.txt")


class CliE2E(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server(metrics=False)

    @classmethod
    def tearDownClass(cls):
        assert cls.server.stop() == 0

    def dhad(self, *args, stdin=None):
        return subprocess.run([CLIENT_BIN, f"--target={self.server.target}", "--deadline=20s"] + list(args),
                              input=stdin, capture_output=True, timeout=60)

    def test_health(self):
        r = self.dhad("health")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.decode().strip(), "SERVING")

    def test_normalize_profile_and_switches(self):
        r = self.dhad("normalize", "--text=أَحْمَدُ ١٢ «نعم»")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.decode().strip(), "احمد 12 «نعم»")
        r = self.dhad("normalize", "--profile=none", "--normalize_punctuation", "--text=أَحْمَدُ ١٢ «نعم»")
        self.assertEqual(r.stdout.decode().strip(), 'أَحْمَدُ ١٢ "نعم"')
        r = self.dhad("normalize", "--normalize_alef=false", "--format=json", "--alignment", "--text=أَب")
        out = json.loads(r.stdout)
        self.assertEqual(out["text"], "أب")
        self.assertEqual(out["alignment"], [0, 2, 3])

    def test_every_command_on_an_article_from_a_file_and_stdin(self):
        for cmd in ("segment", "quotes", "numbers", "analyze"):
            r = self.dhad(cmd, f"--file={ARTICLE}")
            self.assertEqual(r.returncode, 0, (cmd, r.stderr))
            self.assertTrue(r.stdout.strip(), cmd)
            j = self.dhad(cmd, "--format=json", stdin=open(ARTICLE, "rb").read())
            self.assertEqual(j.returncode, 0, (cmd, j.stderr))
            json.loads(j.stdout)
        seg = self.dhad("segment", f"--file={ARTICLE}").stdout.decode().splitlines()
        self.assertTrue(seg[0].lstrip().startswith("1 "))
        self.assertIn("البنك المركزي يبقي الفائدة", seg[0])

    def test_numbers_show_value_and_kind(self):
        r = self.dhad("numbers", "--text=ارتفع الاحتياطي إلى ٣٨٫٤ مليار دولار")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("= 38400000000", r.stdout.decode())

    def test_errors_exit_nonzero_with_the_status(self):
        bad = self.dhad("numbers", stdin=b"abc\xff")
        self.assertEqual(bad.returncode, 1)
        self.assertIn("INVALID_ARGUMENT", bad.stderr.decode())
        self.assertIn("byte offset 3", bad.stderr.decode())
        usage = self.dhad("frobnicate")
        self.assertEqual(usage.returncode, 2)
        self.assertIn("unknown command", usage.stderr.decode())
        down = subprocess.run([CLIENT_BIN, "--target=127.0.0.1:1", "--deadline=2s", "health"],
                              capture_output=True, timeout=30)
        self.assertEqual(down.returncode, 1)
        self.assertIn("UNAVAILABLE", down.stderr.decode())

    def test_help_explains_commands_and_flags(self):
        r = subprocess.run([CLIENT_BIN, "--help"], capture_output=True, timeout=10)
        text = (r.stdout + r.stderr).decode()
        for word in ("normalize", "segment", "quotes", "numbers", "analyze", "health",
                     "--target", "--deadline", "--format"):
            self.assertIn(word, text)


if __name__ == "__main__":
    unittest.main(verbosity=2)
