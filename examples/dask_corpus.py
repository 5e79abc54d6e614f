#!/usr/bin/env python3
"""Check a sharded JSON Lines corpus with mtlint on a Dask cluster.

    python examples/dask_corpus.py 'crawl/part-*.jsonl' results/
    python examples/dask_corpus.py --scheduler tcp://10.0.0.5:8786 'crawl/*.jsonl' results/

Each input line is a record {"id": ..., "text": ..., "markup"?: ...} (the
records of `mtlint stream`). dask.bag reads the shards, each partition is
checked with one mtlint.Detector per worker process, and OUTPUT_DIR gets one
JSON Lines shard per partition, one line per document:
{"id", "words", "score", "machine_translated", "verdict", ..., "findings": [...]}
(the `mtlint stream` object: the score's fields, then check's findings), or
{"id"?, "error"} for a record that cannot be read. Without --scheduler a
LocalCluster is started on this machine (--workers processes, one thread each).
"""

import argparse
import json
import sys
import time

import dask.bag as db
from dask.distributed import Client, LocalCluster

import mtlint

_detector = None


def detector():
    """One detector per worker process, built on first use (it is not pickled)."""
    global _detector
    if _detector is None:
        _detector = mtlint.Detector()
    return _detector


def check_partition(lines):
    """The result line of each record of one partition."""
    d = detector()
    out = []
    for line in lines:
        if not line.strip():
            continue
        record = None
        try:
            record = json.loads(line)
            text = record["text"]
            markup = record.get("markup") or "plain"
            # check and score from one scan: the stream mode's object
            result = {"id": record.get("id"), **d.analyze(text, markup=markup)}
        except (ValueError, KeyError, TypeError, AttributeError) as e:
            rid = record.get("id") if isinstance(record, dict) else None
            result = {"id": rid, "error": f"{type(e).__name__}: {e}"}
        out.append(json.dumps(result, ensure_ascii=False))
    return out


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("input_glob", help="JSON Lines shards, e.g. 'crawl/*.jsonl'")
    p.add_argument("output_dir", help="where the result shards go (part-*.jsonl)")
    p.add_argument("--scheduler", help="a dask.distributed scheduler address; default: a LocalCluster")
    p.add_argument("--workers", type=int, default=None, help="LocalCluster worker processes (default: one per core)")
    p.add_argument("--blocksize", default="16MiB", help="bytes of input per partition (default 16MiB)")
    a = p.parse_args(argv)

    if a.scheduler:
        client = Client(a.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        start = time.perf_counter()
        lines = db.read_text(a.input_glob, blocksize=a.blocksize)
        results = lines.map_partitions(check_partition)
        written = results.to_textfiles(f"{a.output_dir.rstrip('/')}/part-*.jsonl", last_endline=True)
        seconds = time.perf_counter() - start
        docs = 0
        for path in written:
            with open(path, encoding="utf-8") as f:
                docs += sum(1 for _ in f)
        print(f"{docs} documents in {seconds:.2f} s ({docs / seconds:.0f} documents/s), "
              f"{len(written)} shards in {a.output_dir}", file=sys.stderr)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


if __name__ == "__main__":
    main()
