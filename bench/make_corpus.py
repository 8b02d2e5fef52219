#!/usr/bin/env python3
"""Builds a deterministic benchmark corpus from the seed pages.

usage: make_corpus.py SEEDS_DIR OUT_FILE SIZE_MB [--seed N]

Paragraphs of all seed pages are shuffled with a fixed seed and lightly varied
(numbers shifted, characters swapped), so that the corpus is not whole-file
copies yet keeps the seeds' mix of defects and structure. The same arguments
always give the same bytes.
"""
import os
import random
import re
import sys


def main():
    seeds_dir, out_path, size_mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
    rng = random.Random(int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 20261123)
    blocks = []
    for name in sorted(os.listdir(seeds_dir)):
        if name.endswith(".txt"):
            text = open(os.path.join(seeds_dir, name), encoding="utf-8").read()
            blocks += [b for b in re.split(r"\n\s*\n", text) if b.strip()]
    target = int(size_mb * 1024 * 1024)
    written = 0
    page = 0
    with open(out_path, "w", encoding="utf-8") as out:
        while written < target:
            page += 1
            chosen = rng.sample(blocks, min(len(blocks), 40))
            varied = []
            for b in chosen:
                b = re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(0, 9)), b)
                if len(b) > 20 and rng.random() < 0.5:
                    i = rng.randrange(len(b) - 2)
                    b = b[:i] + b[i + 1] + b[i] + b[i + 2:]
                varied.append(b)
            chunk = f"## 第{page}版\n\n" + "\n\n".join(varied) + "\n\n"
            out.write(chunk)
            written += len(chunk.encode("utf-8"))


main()
