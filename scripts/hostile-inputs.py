#!/usr/bin/env python3
"""Writes the hostile inputs the README times `factdiff check` on.

    python3 scripts/hostile-inputs.py [SEEDS_DIR] [OUT_DIR]

into OUT_DIR (default /tmp/factdiff-hostile):
- line10.txt, line100.txt: the seed articles joined with spaces on one line,
  every number replaced by a random one (so that claims differ), repeated
  to 10 MB and 100 MB;
- seeds100.txt: the seeds on one line, repeated unchanged to 100 MB;
- marks10.txt: 10 MB of „„„“““;
- digits10.txt: 10 MB of one digit;
- word1.txt: 1 MB of one German word;
- image.md: a Markdown article with a 300 KB base64 image.
The numbers are drawn from a fixed seed: every run writes the same files.
"""

import base64
import os
import random
import re
import sys

MB = 1_000_000


def seeds_line(folder):
    texts = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".txt"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                texts.append(" ".join(f.read().split()))
    if not texts:
        sys.exit(f"no .txt seeds in {folder}")
    return " ".join(texts)


def repeated(text, size, vary=None):
    parts, n = [], 0
    while n < size:
        piece = vary(text) if vary else text
        parts.append(piece)
        n += len(piece.encode("utf-8")) + 1
    return " ".join(parts)


def main():
    seeds = sys.argv[1] if len(sys.argv) > 1 else "seeds"
    out = sys.argv[2] if len(sys.argv) > 2 else "/tmp/factdiff-hostile"
    os.makedirs(out, exist_ok=True)
    rng = random.Random(14)
    line = seeds_line(seeds)

    def vary(text):
        return re.sub(r"\d+", lambda _: str(rng.randint(1, 3000)), text)

    files = {
        "line10.txt": repeated(line, 10 * MB, vary),
        "line100.txt": repeated(line, 100 * MB, vary),
        "seeds100.txt": repeated(line, 100 * MB),
        "marks10.txt": "„„„“““" * (10 * MB // 18),
        "digits10.txt": "7" * (10 * MB),
        "word1.txt": "Donaudampfschifffahrt" * (MB // 21),
    }
    blob = base64.b64encode(rng.randbytes(225_000)).decode("ascii")
    files["image.md"] = (
        "# Titel\n\nAm Montag flogen die Raketen 650 Kilometer weit.\n\n"
        f"![bild](data:image/png;base64,{blob})\n\nDanach kamen 20 Gäste.\n"
    )
    for name, text in files.items():
        path = os.path.join(out, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"{path}: {os.path.getsize(path):,} bytes")


if __name__ == "__main__":
    main()
