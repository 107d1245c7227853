#!/usr/bin/env python3
"""Writes a JSON Lines file of stories for `factdiff batch`: each story is the
seed articles, one news-please record each; every tenth story has one figure
edited (`rund 650 Kilometer` -> `rund 900 Kilometer` in the article that has
it), so that exactly those stories hold a conflict.

    python3 scripts/batch-stories.py [SEEDS_DIR] [STORIES] > stories.jsonl
"""
import json, os, sys

seeds = sys.argv[1] if len(sys.argv) > 1 else "seeds"
n = int(sys.argv[2]) if len(sys.argv) > 2 else 300
names = sorted(f for f in os.listdir(seeds) if f.endswith(".txt"))
texts = [open(os.path.join(seeds, f), encoding="utf-8").read() for f in names]
edited = 0
for i in range(n):
    story = f"story-{i:04d}"
    done = i % 10 != 0
    for name, text in zip(names, texts):
        if not done and "rund 650 Kilometer" in text:
            text = text.replace("rund 650 Kilometer", "rund 900 Kilometer", 1)
            done = True
        stem = name[:-4]
        print(json.dumps({"story": story, "source_domain": stem, "url": f"https://{stem}.example/{story}",
                          "maintext": text, "language": "de"}, ensure_ascii=False))
    edited += i % 10 == 0
print(f"{n} stories, {edited} edited", file=sys.stderr)
