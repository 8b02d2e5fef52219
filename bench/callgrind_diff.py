#!/usr/bin/env python3
"""Prints the per-function difference of two callgrind profiles.

usage: callgrind_diff.py SMALL.out LARGE.out [--mode inclusive|self] [--top N]

With profiles of the same program on inputs one megabyte apart, the difference
is the cost of that megabyte, per function, in millions of instructions.
"""
import argparse
import re
import subprocess


def costs(path, inclusive):
    args = ["callgrind_annotate", "--auto=no", "--threshold=100", path]
    if inclusive:
        args.insert(1, "--inclusive=yes")
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    table = {}
    for line in out.splitlines():
        m = re.match(r"\s*([\d,]+)\s+(?:\([\d. %]+\)\s+)?(\S.*)", line)
        if not m or m.group(2).startswith("=>"):
            continue
        name = re.sub(r"\s*\[/.*\]$", "", m.group(2))
        name = re.sub(r"^[^:]*:(?=[^:])", "", name, count=1) if not name.startswith("???") else name
        value = int(m.group(1).replace(",", ""))
        # A function is listed once per source file its code comes from
        # (inlined headers): its own cost is the sum, its inclusive cost the
        # largest entry (each entry already counts everything it calls).
        table[name] = max(table.get(name, 0), value) if inclusive else table.get(name, 0) + value
    return table


def main():
    p = argparse.ArgumentParser()
    p.add_argument("small")
    p.add_argument("large")
    p.add_argument("--mode", choices=["inclusive", "self"], default="inclusive")
    p.add_argument("--top", type=int, default=40)
    a = p.parse_args()
    inclusive = a.mode == "inclusive"
    small, large = costs(a.small, inclusive), costs(a.large, inclusive)
    diff = {k: large.get(k, 0) - small.get(k, 0) for k in set(small) | set(large)}
    total = diff.pop("PROGRAM TOTALS", 0)
    print(f"{total / 1e6:9.1f} M instructions per MB in all ({a.mode} cost per function below)")
    for name, v in sorted(diff.items(), key=lambda kv: -kv[1])[: a.top]:
        print(f"{v / 1e6:9.1f}  {name[:150]}")


if __name__ == "__main__":
    main()
