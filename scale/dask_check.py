#!/usr/bin/python3
"""Runs `copydesk check` over a corpus on a Dask cluster.

Per-document checks: the corpus is listed like the binary lists it, cut into
shards of consecutive paths, and each shard is checked by one task running
`copydesk check --format jsonl --files-from -`.

Cross-document duplicates, as a shuffle:
  shingles    each task winnows its shard's documents exactly as
              checker/src/driver/cross_document.cc does (16-character shingles
              of the text without white space, FNV-1a, rightmost minimum of
              each window of min_chars - 15 shingles) and splits the
              fingerprints into partitions by hash;
  postings    one task per partition groups its fingerprints by hash; a hash
              with more than --max-postings postings (default 64, the binary's
              cap) is boilerplate and dropped; the rest give candidate pairs;
  verify      candidate pairs are joined into connected groups and each group
              is checked with `copydesk check --cross-document`, keeping only
              its "cross-document" findings.
The merged output is one JSON line per document in path order, then error
lines, as `copydesk check --cross-document --format jsonl` prints them.

Usage: dask_check.py [--workers N | --scheduler ADDRESS] [--binary PATH] PATH...
"""
import argparse
import fnmatch
import json
import os
import subprocess
import sys

INCLUDE = ("*.txt", "*.md", "*.markdown", "*.text")
SHINGLE = 16
FNV_OFFSET = 1469598103934665603
FNV_PRIME = 1099511628211
MASK = (1 << 64) - 1
SPACES = frozenset(" \t\n\r\f\v\u3000\u00a0")


def display(path):
    s = os.path.normpath(path).replace(os.sep, "/")
    return s[2:] if s.startswith("./") else s


def list_files(paths):
    """The files `copydesk check PATH...` checks, by display path, sorted."""
    found, errors = set(), []
    for arg in paths:
        if os.path.isdir(arg):
            for root, dirs, names in os.walk(arg):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in names:
                    full = os.path.join(root, name)
                    rel = os.path.relpath(full, arg).replace(os.sep, "/")
                    if name.startswith(".") or not os.path.isfile(full):
                        continue
                    if any(fnmatch.fnmatchcase(name, g) or glob_match(g, rel) for g in INCLUDE):
                        found.add(display(full))
        elif os.path.exists(arg):
            found.add(display(arg))
        else:
            errors.append(arg)
    # The binary sorts by UTF-8 bytes; Python's code point order is the same.
    return sorted(found), errors


def glob_match(pattern, rel):
    # '*' does not cross '/': a pattern without '/' only matches top-level names.
    return "/" not in rel and fnmatch.fnmatchcase(rel, pattern)


def run_binary(binary, files, cwd, extra=()):
    """Runs the binary on `files`; returns its JSON lines, parsed."""
    cmd = [binary, "check", "--format", "jsonl", "--jobs", "1", *extra, "--files-from", "-"]
    proc = subprocess.run(cmd, input="".join(f + "\n" for f in files), capture_output=True,
                          text=True, cwd=cwd)
    if proc.returncode not in (0, 1):  # 1: findings were reported
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr.strip()}")
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]


def check_shard(binary, files, cwd):
    return run_binary(binary, files, cwd)


def read_text(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", errors="replace")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    return data.decode("utf-8", errors="replace")


def winnow(text, min_chars):
    """Fingerprint hashes of one text, as the binary picks them (with repeats)."""
    min_chars = max(min_chars, SHINGLE)
    window = min_chars - SHINGLE + 1
    try:
        import numpy as np
    except ImportError:
        chars = [ord(c) - 0xFEE0 if 0xFF01 <= ord(c) <= 0xFF5E else ord(c) for c in text if c not in SPACES]
        if len(chars) < min_chars:
            return []
        return winnow_slowly(chars, len(chars) - SHINGLE + 1, window)
    code = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    code = code[~np.isin(code, [ord(c) for c in SPACES])]
    full_width = (code >= 0xFF01) & (code <= 0xFF5E)
    code = np.where(full_width, code - 0xFEE0, code)
    if len(code) < min_chars:
        return []
    grams = len(code) - SHINGLE + 1
    arr = code.astype(np.uint64)
    h = np.full(grams, FNV_OFFSET, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(SHINGLE):
            h = (h ^ arr[k:k + grams]) * np.uint64(FNV_PRIME)
    # The rightmost minimum of each window, by a sparse table of positions
    # over windows of 1, 2, 4, ... shingles (ties go to the right).
    def rightmost_min(left, right):
        return np.where(h[right] <= h[left], right, left)

    best, span = np.arange(grams), 1
    while span * 2 <= window:
        best = rightmost_min(best[:-span], best[span:])
        span *= 2
    pos = rightmost_min(best[:grams - window + 1], best[window - span:])
    keep = np.ones(len(pos), dtype=bool)
    keep[1:] = pos[1:] != pos[:-1]
    return h[pos[keep]].tolist()


def winnow_slowly(chars, grams, window):
    hashes = []
    for g in range(grams):
        v = FNV_OFFSET
        for k in range(SHINGLE):
            v = ((v ^ chars[g + k]) * FNV_PRIME) & MASK
        hashes.append(v)
    picks, queue, head, last = [], [], 0, -1
    for g, v in enumerate(hashes):  # monotonic queue: rightmost minimum of each window
        while len(queue) > head and hashes[queue[-1]] >= v:
            queue.pop()
        queue.append(g)
        head = min(head, len(queue) - 1)
        if queue[head] + window <= g:
            head += 1
        if g + 1 >= window and queue[head] != last:
            last = queue[head]
            picks.append(hashes[last])
    return picks


def shard_fingerprints(files, first_index, cwd, min_chars, partitions):
    """Per partition, the (hash, document index) postings of a shard."""
    parts = [[] for _ in range(partitions)]
    for i, path in enumerate(files):
        try:
            text = read_text(os.path.join(cwd, path))
        except OSError:
            continue
        for h in winnow(text, min_chars):
            parts[h % partitions].append((h, first_index + i))
    return parts


def candidate_pairs(max_postings, *parts):
    postings = {}
    for part in parts:
        for h, doc in part:
            postings.setdefault(h, []).append(doc)
    pairs = set()
    for docs in postings.values():
        if len(docs) < 2 or len(docs) > max_postings:
            continue
        distinct = sorted(set(docs))
        for x in range(len(distinct)):
            for y in range(x + 1, len(distinct)):
                pairs.add((distinct[x], distinct[y]))
    return pairs


def connected_groups(pairs):
    parent = {}

    def find(a):
        while parent.setdefault(a, a) != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups = {}
    for a in list(parent):
        groups.setdefault(find(a), []).append(a)
    return [sorted(g) for _, g in sorted(groups.items())]


def verify_group(binary, files, cwd, min_chars):
    lines = run_binary(binary, files, cwd, ["--cross-document", "--cross-document-min-chars", str(min_chars)])
    return {line["file"]: [f for f in line["findings"] if f["rule_id"] == "cross-document"]
            for line in lines if "file" in line}


def finding_key(f):
    return (f.get("line", 0), f.get("column", 0), f.get("end_line", 0), f.get("end_column", 0),
            f["rule_id"].encode(), f["message"].encode())


def start_client(args):
    from distributed import Client, LocalCluster
    if args.scheduler:
        return Client(args.scheduler), None
    cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                           host="127.0.0.1", dashboard_address=None)
    return Client(cluster), cluster


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("paths", nargs="+", help="files and folders to check")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://host:8786)")
    where.add_argument("--workers", type=int, default=2, help="local worker processes (default 2)")
    p.add_argument("--binary", default="copydesk", help="copydesk executable, on every worker")
    p.add_argument("--min-chars", type=int, default=50, help="shortest shared passage (default 50)")
    p.add_argument("--max-postings", type=int, default=64,
                   help="fingerprints in more postings are boilerplate (default 64, as the binary)")
    p.add_argument("--shard-files", type=int, default=0, help="files per task (default: 4 shards per worker)")
    p.add_argument("--output", help="write the JSON lines here instead of standard output")
    args = p.parse_args()

    cwd = os.getcwd()
    binary = args.binary if os.sep not in args.binary else os.path.abspath(args.binary)
    files, missing = list_files(args.paths)
    client, cluster = start_client(args)
    try:
        workers = max(1, len(client.scheduler_info()["workers"]))
        size = args.shard_files or max(1, -(-len(files) // (4 * workers)))
        shards = [(i, files[i:i + size]) for i in range(0, len(files), size)]
        partitions = max(1, min(len(shards), 4 * workers))

        checked = [client.submit(check_shard, binary, shard, cwd, pure=False) for _, shard in shards]
        prints = [client.submit(shard_fingerprints, shard, first, cwd, args.min_chars, partitions)
                  for first, shard in shards]
        parts = [[client.submit(lambda x, k: x[k], fp, k) for k in range(partitions)] for fp in prints]
        pair_sets = [client.submit(candidate_pairs, args.max_postings, *[row[k] for row in parts])
                     for k in range(partitions)]
        pairs = set().union(*client.gather(pair_sets)) if pair_sets else set()
        groups = connected_groups(pairs)
        verified = [client.submit(verify_group, binary, [files[d] for d in g], cwd, args.min_chars, pure=False)
                    for g in groups]

        lines, errors = [], []
        for result in client.gather(checked):
            for line in result:
                (lines if "file" in line else errors).append(line)
        shared = {}
        for result in client.gather(verified):
            for path, found in result.items():
                shared.setdefault(path, []).extend(found)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    lines.sort(key=lambda l: l["file"].encode())
    for line in lines:
        extra = shared.get(line["file"])
        if extra:
            line["findings"] = sorted(line["findings"] + extra, key=finding_key)
    errors += [{"error": f"{m}: no such file or directory"} for m in missing]
    text = "".join(json.dumps(l, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n" for l in lines + errors)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 1 if any(l["findings"] for l in lines) else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception as e:  # a failed task or binary: never mistaken for "findings" (1)
        print(f"dask_check.py: {e}", file=sys.stderr)
        sys.exit(2)
