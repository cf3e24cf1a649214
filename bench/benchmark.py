"""Indexing and search figures for synthetic corpora: `minutes index` against a plain Whoosh bulk load, and
search API latency per query class.

    python -m bench.benchmark [--paragraphs 100000] [--paragraphs 1000000] [--work /tmp/minutes-bench]

For each size it generates the corpus once (seeded, kept in --work), then prints for each engine the
end-to-end `minutes index --rebuild` rate and peak memory (parsing included) and p50/p95 of the search API
per query class (facet counts and snippets included, as the pages ask); then the same paragraphs
bulk-loaded into a default Whoosh index in the same run (parsing excluded) and the ratios. Timings are noisy on a shared
machine: compare the ratios and classes of one run, not single figures across runs.
"""

from __future__ import annotations

import argparse
import gc
import json
import multiprocessing
import random
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from bench.generate import generate
from bench.measure import percentile, run_measured
from bench.queries import CLASSES, QueryMix, build_mix
from indexer.index.build import corpus_files
from indexer.index.schema import documents
from indexer.parse import parse_file
from indexer.search.api import Searcher

SAMPLE = 20_000  # paragraphs the query mix is drawn from


def _paragraphs(path: Path) -> list[dict[str, Any]]:
    meeting = parse_file(path)
    return [{"id": doc["id"], "panel": doc["panel"], "date": doc["date"], "title": doc["item_title"],
             "text": doc["text"], "kinds": doc["kinds"], "speakers": doc["speakers"]}
            for doc in documents(meeting, "")]


def extract(corpus: Path, out: Path, jobs: int) -> list[dict[str, Any]]:
    """Every paragraph of the corpus as JSON lines, in file order (for the baseline); returns a seeded sample."""
    with out.open("w", encoding="utf-8") as handle, multiprocessing.get_context("fork").Pool(jobs) as pool:
        for paragraphs in pool.imap(_paragraphs, corpus_files(corpus), chunksize=16):
            for doc in paragraphs:
                handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return sampled(out)


def sampled(docs_file: Path) -> list[dict[str, Any]]:
    """A seeded sample of the paragraphs written by `extract`, the same for the same file."""
    rng = random.Random(3)
    sample: list[dict[str, Any]] = []
    with docs_file.open(encoding="utf-8") as handle:
        for seen, line in enumerate(handle, 1):
            if len(sample) < SAMPLE:
                sample.append(json.loads(line))
            elif (slot := rng.randrange(seen)) < SAMPLE:
                sample[slot] = json.loads(line)
    return sample


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:,.0f} MB"


def bench_size(paragraphs: int, work: Path, jobs: int, per_class: int, baseline: bool, engines: list[str],
               reuse: bool = False) -> None:
    corpus = work / f"corpus-{paragraphs}"
    if not (corpus / ".complete").exists():
        shutil.rmtree(corpus, ignore_errors=True)
        made = generate(corpus, paragraphs)
        (corpus / ".complete").write_text(json.dumps(made.__dict__))
    print(f"\n== {paragraphs:,} paragraphs ({corpus}) ==")

    docs_file = work / f"docs-{paragraphs}.jsonl"
    sample = sampled(docs_file) if reuse and docs_file.exists() else extract(corpus, docs_file, jobs)
    mix = build_mix(sample, per_class)
    rates = {engine: bench_engine(engine, corpus, work / f"index-{paragraphs}-{engine}", jobs, mix, reuse)
             for engine in engines}
    if baseline and not reuse:
        plain = run_measured([sys.executable, "-m", "bench.plain_whoosh", str(docs_file),
                              str(work / f"plain-{paragraphs}"), "--procs", str(jobs)])
        if plain.returncode != 0:
            raise SystemExit(f"plain Whoosh load failed:\n{plain.output}")
        count = int(plain.output.split()[-1])
        plain_rate = count / plain.seconds
        print(f"plain Whoosh      bulk load of {count:,} paragraphs in {plain.seconds:,.1f} s = {plain_rate:,.0f} "
              f"paragraphs/s, peak memory {_mb(plain.peak_bytes)} (parsing excluded)")
        for engine, rate in rates.items():
            print(f"ratio             minutes index --engine {engine} / plain Whoosh load = {rate / plain_rate:.2f}")


def bench_engine(engine: str, corpus: Path, index: Path, jobs: int, mix: QueryMix, reuse: bool = False) -> float:
    """Index the corpus with one engine (or, with `reuse`, take the index already built there), print its
    figures and search latencies; return paragraphs/s (0 when reused)."""
    rate = 0.0
    if not reuse:
        shutil.rmtree(index, ignore_errors=True)
        run = run_measured([sys.executable, "-m", "indexer.cli", "index", "--corpus", str(corpus), "--index",
                            str(index), "--rebuild", "--quiet", "--jobs", str(jobs), "--engine", engine])
        if run.returncode != 0:
            raise SystemExit(f"minutes index failed:\n{run.output}")
    searcher = Searcher(index)
    gc.collect()
    gc.freeze()  # as `minutes serve` does once started: full collections leave long-lived objects alone
    stats = searcher.stats()
    if reuse:
        print(f"{engine:<17} index reused: {stats['paragraphs']:,} paragraphs, {_mb(stats['size_bytes'])}")
    else:
        rate = stats["paragraphs"] / run.seconds
        print(f"{engine:<17} minutes index: {stats['paragraphs']:,} paragraphs in {run.seconds:,.1f} s = "
              f"{rate:,.0f} paragraphs/s, peak memory {_mb(run.peak_bytes)}, index {_mb(stats['size_bytes'])}")
    print(f"  search API ({engine}), {len(mix.requests[CLASSES[0]])} queries per class, facets and snippets "
          "included, ms:")
    print(f"  {'class':<14} {'p50':>8} {'p95':>8} {'max':>8}  hits (median)")
    for name in CLASSES:
        requests = mix.requests[name]
        searcher.search(requests[0])  # warm the caches this class uses
        times, totals = [], []
        for request in requests:
            started = time.perf_counter()
            result = searcher.search(request)
            times.append((time.perf_counter() - started) * 1000)
            totals.append(result.total)
        print(f"  {name:<14} {percentile(times, 0.5):>8.1f} {percentile(times, 0.95):>8.1f} {max(times):>8.1f}"
              f"  {percentile(totals, 0.5):,.0f}")
    searcher.close()
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, action="append", help="corpus size (repeat for several)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/minutes-bench"))
    parser.add_argument("--jobs", type=int, default=multiprocessing.cpu_count())
    parser.add_argument("--queries", type=int, default=30, help="queries per class")
    parser.add_argument("--no-baseline", action="store_true", help="skip the plain Whoosh bulk load")
    parser.add_argument("--engines", default="whoosh,tantivy", help="engines to compare, comma-separated")
    parser.add_argument("--reuse-index", action="store_true",
                        help="time the searches on the indexes a previous run built (no build, no baseline)")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    for size in args.paragraphs or [100_000]:
        bench_size(size, args.work, args.jobs, args.queries, not args.no_baseline, args.engines.split(","),
                   args.reuse_index)


if __name__ == "__main__":
    main()
