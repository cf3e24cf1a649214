"""Load on the production server: `minutes serve` (waitress) started on loopback over an index, driven by N
concurrent clients for T seconds on a mixed workload (searches with facets, meeting pages, the JSON API,
CSV exports, trends). Prints throughput, p50/p95/p99 per kind of request and every error. It stops by itself.

    python -m bench.load --index /tmp/minutes-bench/index-100000-whoosh --clients 8 --seconds 30
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote, urlencode

from bench.measure import percentile

# kind of request -> its share of the workload
MIX = {"search + facets": 0.45, "search, filtered": 0.15, "meeting page": 0.15, "JSON API": 0.15,
       "CSV export": 0.05, "trends": 0.05}
WORDS = ("council", "budget", "report", "housing", "planning", "library", "school", "traffic", "parking", "grant",
         "consultation", "safeguarding", "allotments", "play area", "climate", "recycling", "licence", "police")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(index: Path, port: int, threads: int) -> subprocess.Popen[bytes]:
    server = subprocess.Popen([sys.executable, "-m", "indexer.cli", "serve", "--index", str(index), "--port",
                               str(port), "--threads", str(threads)], stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=5).read()
            return server
        except OSError:
            time.sleep(0.3)
    server.kill()
    raise SystemExit("bench.load: the server did not answer within 60 s")


class Workload:
    """Requests drawn from what the index holds: its panels, years and meetings."""

    def __init__(self, base: str, seed: int) -> None:
        self.base = base
        self.random = random.Random(seed)
        everything = json.load(urllib.request.urlopen(f"{base}/api/search?size=100", timeout=60))
        facets = {facet["param"]: [value["value"] for value in facet["values"]] for facet in everything["facets"]}
        self.panels = facets.get("panel", []) or [""]
        self.years = facets.get("year", []) or [""]
        self.meetings = sorted({hit["meeting_id"] for hit in everything["hits"]})

    def next(self) -> tuple[str, str]:
        pick = self.random.choice
        kind = self.random.choices(list(MIX), weights=list(MIX.values()))[0]
        word = pick(WORDS)
        if kind == "search + facets":
            path = "/?" + urlencode({"q": word})
        elif kind == "search, filtered":
            path = "/?" + urlencode({"q": word, "panel": pick(self.panels), "year": pick(self.years)})
        elif kind == "meeting page":
            path = f"/meeting/{quote(pick(self.meetings))}?" + urlencode({"q": word})
        elif kind == "JSON API":
            path = "/api/search?" + urlencode({"q": word, "sort": pick(["relevance", "newest"])})
        elif kind == "CSV export":
            path = "/export.csv?" + urlencode({"q": f'"{word}"', "panel": pick(self.panels)})
        else:
            path = "/trends?" + urlencode({"q": word})
        return kind, self.base + path


def drive(workload: Workload, clients: int, seconds: float) -> tuple[dict[str, list[float]], list[str], float]:
    timings: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client() -> None:
        while time.monotonic() < stop_at:
            with lock:
                kind, url = workload.next()
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(url, timeout=30) as response:
                    response.read()
                    status = response.status
            except urllib.error.HTTPError as error:
                status = error.code
            except OSError as error:
                status = 0
                with lock:
                    errors.append(f"{kind}: {url}: {error}")
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                timings[kind].append(elapsed)
                if status and status != 200:
                    errors.append(f"{kind}: {url}: HTTP {status}")

    started = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return timings, errors, time.monotonic() - started


def report(timings: dict[str, list[float]], errors: list[str], seconds: float, clients: int) -> None:
    every = [value for values in timings.values() for value in values]
    print(f"{len(every):,} requests from {clients} clients in {seconds:.1f} s = {len(every) / seconds:.1f} requests/s, "
          f"{len(errors)} errors")
    print(f"  {'kind':<20}{'count':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    for kind in [*MIX, "all"]:
        values = every if kind == "all" else timings.get(kind, [])
        if values:
            print(f"  {kind:<20}{len(values):>8,}{percentile(values, 0.5):>9.1f}{percentile(values, 0.95):>9.1f}"
                  f"{percentile(values, 0.99):>9.1f}")
    for error in errors[:20]:
        print(f"  error: {error}")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, required=True, help="a built index (minutes index)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients (default 8)")
    parser.add_argument("--seconds", type=float, default=30.0, help="how long to drive the server (default 30)")
    parser.add_argument("--threads", type=int, default=8, help="server worker threads (default 8)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if not 1 <= args.clients <= 256 or not 1 <= args.seconds <= 3600:
        parser.error("--clients must be 1..256 and --seconds 1..3600")
    port = free_port()
    server = start_server(args.index, port, args.threads)
    try:
        workload = Workload(f"http://127.0.0.1:{port}", args.seed)
        timings, errors, seconds = drive(workload, args.clients, args.seconds)
        report(timings, errors, seconds, args.clients)
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
