#!/usr/bin/env python3
"""Writes the seed corpora and the dictionary of the fuzz targets.

    make_seeds.py SOURCE_DIR OUT_DIR

OUT_DIR/seeds/TARGET/ gets one file per seed and OUT_DIR/fuzz.dict a
libFuzzer dictionary. Nothing here is committed: scripts/fuzz.sh runs this at
fuzz time. The texts come from the project itself:
  - examples/*.txt, whole, by paragraph and by sentence;
  - the string literals of tests/unit/*_test.cc that hold Arabic or digits;
  - fuzz/seeds/TARGET/* (committed): inputs that once crashed a target.
Each target's seeds carry the control bytes its LLVMFuzzerTestOneInput reads
first (see the header comment of each fuzz/*_fuzzer.cc). The dictionary holds
the words and phrases of analysis/data/*.txt (first field of each line),
quotation marks, Arabic punctuation, digits, marks and invisibles.
"""

import glob
import os
import random
import re
import sys

TEXT_TARGETS = ["utf8", "sentence_splitter", "number_parser"]
TEXT_TARGETS.append("morphology")
ALL_TARGETS = TEXT_TARGETS + ["normalizer", "quote_extractor", "pipeline", "service_request"]
MAX_SEED_BYTES = 4000  # under the text targets' -max_len (4096)

# A C string literal, possibly with u8 prefix; escapes handled by Unescape.
LITERAL = re.compile(r'(?:u8)?"((?:[^"\\\n]|\\.)*)"')
SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "'": "'",
                  "0": "\0", "v": "\v", "f": "\f", "a": "\a", "b": "\b"}


def unescape(body):
    """The bytes of a C++ string literal body (simple, \\x and \\u escapes)."""
    out = bytearray()
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out += c.encode("utf-8")
            i += 1
            continue
        e = body[i + 1]
        if e == "x":
            m = re.match(r"[0-9A-Fa-f]{1,2}", body[i + 2:])
            out.append(int(m.group(0), 16))
            i += 2 + len(m.group(0))
        elif e in "uU":
            n = 4 if e == "u" else 8
            out += chr(int(body[i + 2:i + 2 + n], 16)).encode("utf-8", "surrogatepass")
            i += 2 + n
        elif e in "01234567" and re.match(r"[0-7]{1,3}", body[i + 1:]):
            m = re.match(r"[0-7]{1,3}", body[i + 1:])
            out.append(int(m.group(0), 8) & 0xFF)
            i += 1 + len(m.group(0))
        else:
            out += SIMPLE_ESCAPES.get(e, e).encode("utf-8")
            i += 2
    return bytes(out)


def texts(source):
    """The seed texts, as bytes, without duplicates, in a stable order."""
    found = []
    for path in sorted(glob.glob(os.path.join(source, "examples", "*.txt"))):
        with open(path, "rb") as f:
            whole = f.read()
        found.append(whole[:MAX_SEED_BYTES])
        paragraphs = [p.strip() for p in re.split(rb"\n\s*\n", whole) if p.strip()]
        found += paragraphs
        for p in paragraphs:
            sentences = re.split(rb"(?:(?<=[.!?])|(?<=\xd8\x9f))\s+", p)
            found += [s.strip() for s in sentences if s.strip()]
    for path in sorted(glob.glob(os.path.join(source, "tests", "unit", "*_test.cc"))):
        with open(path, encoding="utf-8") as f:
            code = f.read()
        for m in LITERAL.finditer(code):
            try:
                b = unescape(m.group(1))
            except (AttributeError, ValueError, IndexError):
                continue
            if len(b) >= 2 and (re.search(rb"[\x80-\xff0-9]", b)):
                found.append(b)
    seen = set()
    unique = []
    for t in found:
        t = t[:MAX_SEED_BYTES]
        if t not in seen:
            seen.add(t)
            unique.append(t)
    return unique


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def field_bytes(number, payload):
    return varint(number << 3 | 2) + varint(len(payload)) + payload


def field_varint(number, value):
    return varint(number << 3) + varint(value)


def normalize_options(rng):
    """A serialized dhad.v1.NormalizeOptions: a profile and a few switches."""
    out = field_varint(1, rng.randrange(4))
    for number in rng.sample(range(2, 15), rng.randrange(4)):
        out += field_varint(number, rng.randrange(2))
    return out


def request(method, text, rng):
    """A serialized request of `method` (0-4, as service_request_fuzzer)."""
    out = field_bytes(1, text)
    if method == 0:  # NormalizeRequest: options = 2, include_alignment = 3
        out += field_bytes(2, normalize_options(rng)) + field_varint(3, rng.randrange(2))
    elif method == 4:  # AnalyzeRequest: normalize_options = 2, id = 3, include_alignment = 4
        out += field_bytes(2, normalize_options(rng))
        out += field_bytes(3, b"req-%d" % rng.randrange(100))
        out += field_varint(4, rng.randrange(2))
    return out


def seeds_for(target, corpus, rng):
    """(name, bytes) of `target`'s seeds, control bytes included."""
    for i, t in enumerate(corpus):
        if target in TEXT_TARGETS:
            data = t
        elif target == "normalizer":
            # base profile, two switch bytes (mostly none flipped), form
            data = bytes([i % 4, 0, 0, 0]) if i % 3 else bytes(rng.randrange(256) for _ in range(4))
            data += t
        elif target == "quote_extractor":
            data = bytes([i % 2]) + t
        elif target == "pipeline":
            control = 0x2F | (0x10 if i % 2 else 0) | (0x40 if i % 3 == 0 else 0)
            cancel = (0x80 | rng.randrange(8)) if i % 5 == 0 else 0
            data = bytes([control, i % 4, 0, 0, cancel]) + t
        else:  # service_request
            method = i % 5
            data = bytes([method, 0 if i % 4 else rng.randrange(1, 256)])
            data += request(method, t, rng)
        yield "seed-%04d" % i, data


def dictionary(source):
    words = set()
    for path in sorted(glob.glob(os.path.join(source, "analysis", "data", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].rstrip("\n")
                first = line.split("\t", 1)[0].strip()
                if first and not first.startswith("-"):
                    words.add(first)
    words.update([
        "«", "»", "“", "”", "„", "‹", "›", '"', "'", "‘", "’", "「", "」",
        "،", "؛", "؟", "٪", "٫", "٬", "٭", "۔", "…", ".", "!", "?", ":", "(", ")",
        "٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩", "۰", "۴", "۵", "۶",
        "\u0640", "\u064b", "\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u0670",
        "\u0654", "\u0655", "\u200c", "\u200d", "\u200f", "\u2029", "\ufeff", "\u00a0",
        "\ufdf2", "\ufdfa", "\ufefb", "\ufe8d", "ک", "ی", "ہ", "ة", "ى", "أ", "إ", "آ", "ٱ",
        "\r\n", "\n\n", "http://", "www.", "1,250", "3.25", "3/4", "1e6",
    ])
    lines = []
    for w in sorted(words):
        esc = "".join(c if 0x20 <= ord(c) < 0x7F and c not in '\\"' else
                      "".join("\\x%02X" % b for b in c.encode("utf-8")) for c in w)
        lines.append('"%s"' % esc)
    return "\n".join(lines) + "\n"


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source, out = sys.argv[1], sys.argv[2]
    corpus = texts(source)
    rng = random.Random(8)  # the same seeds every run
    counts = []
    for target in ALL_TARGETS:
        d = os.path.join(out, "seeds", target)
        os.makedirs(d, exist_ok=True)
        for old in glob.glob(os.path.join(d, "*")):
            os.remove(old)
        n = 0
        for name, data in seeds_for(target, corpus, rng):
            with open(os.path.join(d, name), "wb") as f:
                f.write(data)
            n += 1
        for path in sorted(glob.glob(os.path.join(source, "fuzz", "seeds", target, "*"))):
            target_path = os.path.join(d, "crash-" + os.path.basename(path))
            with open(path, "rb") as f, open(target_path, "wb") as g:
                g.write(f.read())
            n += 1
        counts.append("%s %d" % (target, n))
    with open(os.path.join(out, "fuzz.dict"), "w", encoding="ascii") as f:
        f.write(dictionary(source))
    print("seeds: " + ", ".join(counts))


if __name__ == "__main__":
    main()
