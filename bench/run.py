#!/usr/bin/env python3
"""Benchmark claimtrail end to end on generated corpora.

Usage: python3 bench/run.py [--records 10000 100000] [--seed 1] [--queries 20]

For each size N it generates a corpus with ../shared/bench/gen_corpus.py (not timed; cached
under bench/out/), then measures in one run:
  * `claimtrail add` of the corpus into a new database: wall time, records/s, MB/s of text,
    peak RSS (getrusage of the child), database size on disk (all indexes included);
  * the reference: the same (url, text) rows, preloaded in memory, inserted by Python's
    sqlite3.executemany into a fresh WAL-mode table in one transaction, and the ratio;
  * on the largest database, latency (median and p95 of --queries runs, whole commands with
    --json > /dev/null) of `claims --actor`, `claim ID`, `claims --grep` and `actors`;
  * the extraction and linking scores of score.py on the generated gold.
It prints one summary table at the end. Standard library only.
"""
import argparse
import shutil
import json
import math
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("CLAIMTRAIL_SHARED", os.path.join(ROOT, "..", "shared"))
OUT = os.path.join(ROOT, "bench", "out")
BIN = os.path.join(ROOT, "target", "release", "claimtrail")


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def generate(n, seed):
    corpus = os.path.join(OUT, f"gen-{n}-{seed}.jsonl")
    gold = os.path.join(OUT, f"gen-{n}-{seed}.gold.json")
    if not (os.path.exists(corpus) and os.path.exists(gold)):
        print(f"generating {n} records (seed {seed}) ...", file=sys.stderr)
        sh([sys.executable, os.path.join(SHARED, "bench", "gen_corpus.py"), "--articles", str(n),
            "--seed", str(seed), "--out", corpus, "--gold", gold, "--jobs", str(os.cpu_count() or 1)])
    return corpus, gold


def remove_db(db):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)


def db_size(db):
    return sum(os.path.getsize(db + s) for s in ("", "-wal", "-shm") if os.path.exists(db + s))


def timed_child(cmd, stdout=subprocess.DEVNULL):
    """Runs cmd; returns (wall seconds, peak RSS of that process in MB)."""
    if os.path.exists("/usr/bin/time"):
        rss_file = os.path.join(OUT, "rss.txt")
        t0 = time.perf_counter()
        sh(["/usr/bin/time", "-f", "%M", "-o", rss_file] + cmd, stdout=stdout)
        wall = time.perf_counter() - t0
        with open(rss_file) as f:
            return wall, int(f.read().split()[-1]) / 1024.0
    t0 = time.perf_counter()
    sh(cmd, stdout=stdout)
    wall = time.perf_counter() - t0
    # without /usr/bin/time: the largest child so far (run the sizes in increasing order)
    return wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0


def text_stats(corpus):
    rows, size = 0, 0
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rows += 1
                size += len((json.loads(line).get("text") or "").encode("utf-8"))
    return rows, size


def reference(corpus, runs=3):
    """Median wall seconds of inserting the corpus's (url, text) rows, preloaded, into a new
    WAL-mode table in one transaction. Its commit writes and syncs the whole text, so it
    depends on the disk's state: each run starts after a sync, and the median of three is kept
    (single runs ranged from 21,000 to 57,000 records/s at 100,000 records)."""
    rows = []
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                rows.append((d.get("url"), d.get("text")))
    db = os.path.join(OUT, "reference.db")
    walls = []
    for _ in range(runs):
        remove_db(db)
        os.sync()
        conn = sqlite3.connect(db, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, url TEXT, text TEXT)")
        t0 = time.perf_counter()
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO articles (url, text) VALUES (?, ?)", rows)
        conn.execute("COMMIT")
        walls.append(time.perf_counter() - t0)
        conn.close()
    remove_db(db)
    return statistics.median(walls)


def score(db, gold):
    export = os.path.join(OUT, "export.jsonl")
    pred = os.path.join(OUT, "pred.jsonl")
    with open(export, "w") as f:
        sh([BIN, "--db", db, "export", "--format", "jsonl"], stdout=f)
    with open(pred, "w") as f:
        sh([sys.executable, os.path.join(SHARED, "bench", "export_to_pred.py"), gold, export], stdout=f)
    out = subprocess.run([sys.executable, os.path.join(SHARED, "bench", "score.py"), "--gold", gold,
                          "--pred", pred, "--json"], check=True, capture_output=True, text=True).stdout
    r = json.loads(out[: out.rindex("}") + 1])
    os.remove(export)
    os.remove(pred)
    return r


def latency(db, args, runs):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        sh([BIN, "--db", db] + args, stdout=subprocess.DEVNULL)
        times.append((time.perf_counter() - t0) * 1000.0)
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return statistics.median(times), p95


def query_targets(db):
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    actor = conn.execute("SELECT a.name FROM actors a JOIN occurrences o ON o.actor_id = a.id "
                         "WHERE a.kind = 'person' GROUP BY a.id ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    claim = conn.execute("SELECT claim_id FROM occurrences GROUP BY claim_id ORDER BY count(*) DESC LIMIT 1"
                         ).fetchone()[0]
    conn.close()
    return actor.split()[-1], claim


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, nargs="+", default=[10000, 100000])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--queries", type=int, default=20)
    ap.add_argument("--grep", default="unemployment")
    a = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)
    sh(["cargo", "build", "--release", "--quiet"], cwd=ROOT)
    # run a copy, so that the tree can be rebuilt while the benchmark runs
    global BIN
    shutil.copy2(BIN, os.path.join(OUT, "claimtrail-bench"))
    BIN = os.path.join(OUT, "claimtrail-bench")
    results = []
    for n in sorted(a.records):
        corpus, gold = generate(n, a.seed)
        rows, size = text_stats(corpus)
        db = os.path.join(OUT, f"bench-{n}.db")
        remove_db(db)
        print(f"adding {rows} records ({size / 1e6:.1f} MB of text) ...", file=sys.stderr)
        os.sync()
        wall, rss = timed_child([BIN, "--db", db, "add", "--quiet", corpus])
        ref = reference(corpus)
        r = score(db, gold)
        results.append({
            "records": rows, "text_mb": size / 1e6, "wall_s": wall, "rps": rows / wall,
            "mbps": size / 1e6 / wall, "rss_mb": rss, "db_mb": db_size(db) / 1e6,
            "db_ratio": db_size(db) / size, "ref_s": ref, "ref_rps": rows / ref,
            "ratio": (rows / wall) / (rows / ref), "score": r, "db": db,
        })
    big = results[-1]
    # incremental cost: 1,000 new records (another seed) into the largest database
    extra, _ = generate(1000, a.seed + 1000)
    extra_rows, _ = text_stats(extra)
    os.sync()
    inc_wall, _ = timed_child([BIN, "--db", big["db"], "add", "--quiet", extra])
    actor, claim = query_targets(big["db"])
    queries = [
        (f"claims --actor {actor}", ["claims", "--actor", actor, "--json"]),
        (f"claim {claim}", ["claim", str(claim), "--json"]),
        (f"claims --grep {a.grep}", ["claims", "--grep", a.grep, "--json"]),
        ("actors", ["actors", "--json"]),
    ]
    lat = [(name, *latency(big["db"], args, a.queries)) for name, args in queries]
    print()
    print("| records | text MB | add s | records/s | MB/s | peak RSS MB | DB MB (x text) | reference rec/s (median of 3) | ratio |"
          " extract P/R | attrib | link P/R |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        s = r["score"]
        print(f"| {r['records']} | {r['text_mb']:.1f} | {r['wall_s']:.1f} | {r['rps']:.0f} | {r['mbps']:.2f} |"
              f" {r['rss_mb']:.0f} | {r['db_mb']:.0f} ({r['db_ratio']:.2f}x) | {r['ref_rps']:.0f} |"
              f" {100 * r['ratio']:.1f}% | {s['extract']['P']:.2f}/{s['extract']['R']:.2f} |"
              f" {s['attrib_on_found']:.2f} | {s['link']['P']:.2f}/{s['link']['R']:.2f} |")
    if len(results) > 1:
        a0, a1 = results[-2], results[-1]
        growth = (a1["wall_s"] / a0["wall_s"]) / (a1["records"] / a0["records"])
        doubling = (a1["wall_s"] / a0["wall_s"]) ** (1 / math.log2(a1["records"] / a0["records"]))
        print(f"\ntime per record grows {growth:.2f}x from {a0['records']} to {a1['records']} records;"
              f" doubling the records multiplies the time by {doubling:.2f}")
    print(f"\nincremental: {extra_rows} new records into the {big['records']}-record database in"
          f" {inc_wall:.2f} s: {1000 * inc_wall / extra_rows:.2f} ms per record"
          f" (bulk load: {1000 * big['wall_s'] / big['records']:.2f} ms per record)")
    print(f"\nlatency on the {big['records']}-record database ({a.queries} runs each):")
    print("| command | median ms | p95 ms |")
    print("|---|---|---|")
    for name, med, p95 in lat:
        print(f"| {name} --json | {med:.1f} | {p95:.1f} |")


if __name__ == "__main__":
    main()
