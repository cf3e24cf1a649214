"""`minutes index` killed (SIGKILL) at random points of rebuilds and incremental runs, on each engine: the last
good index keeps serving after every kill, the next run completes, and nothing is lost or counted twice (the
paragraph count equals a clean build's)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from bench.generate import generate
from indexer.engines import BACKENDS
from indexer.index.build import build_index
from indexer.index.store import IndexLocation
from indexer.search.api import Searcher, SearchRequest

ROOT = Path(__file__).resolve().parents[1]
KILLS = 4  # per kind of run and engine


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("crash") / "corpus"
    generate(folder, 2500, seed=7, councils=1)
    return folder


def run_index(corpus: Path, index: Path, *extra: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "indexer.cli", "index", "--corpus", str(corpus), "--index",
                             str(index), "--quiet", "--wait", "30", *extra], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def kill_after(process: subprocess.Popen[bytes], seconds: float) -> bool:
    """SIGKILL the run and its parser processes after `seconds`; False when it had finished already."""
    try:
        process.wait(timeout=seconds)
        return False
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        return True


def served(index: Path) -> int:
    """What a reader opening the index now sees (it must open and answer)."""
    searcher = Searcher(index)
    assert searcher.search(SearchRequest("council")).total > 0
    return searcher.stats()["paragraphs"]


@pytest.mark.parametrize("engine", sorted(BACKENDS))
def test_killed_runs_never_cost_the_serving_index(generated: Path, tmp_path: Path, engine: str) -> None:
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    subprocess.run(["cp", "-r", str(generated), str(corpus)], check=True)
    started = time.monotonic()
    assert run_index(corpus, index, "--engine", engine).wait() == 0
    whole = time.monotonic() - started
    clean = served(index)
    chance = random.Random(engine)

    killed = 0
    for _ in range(KILLS):  # rebuilds killed part-way: the last good index serves throughout
        killed += kill_after(run_index(corpus, index, "--rebuild"), chance.uniform(0.2, 0.9) * whole)
        assert served(index) == clean
    assert killed >= KILLS - 1, "the runs finished before they could be killed: make the corpus larger"

    files = sorted(path for path in corpus.rglob("*.txt"))[:12]
    for path in files:  # twelve meetings gain a paragraph each
        path.write_text(path.read_text(encoding="utf-8") + "\n\nThe zebrafish pond survey was noted.\n",
                        encoding="utf-8")
    for _ in range(KILLS):  # incremental runs killed part-way: a reader sees the old index or the new, whole
        kill_after(run_index(corpus, index), chance.uniform(0.05, 0.5) * whole)
        assert served(index) in (clean, clean + len(files))
    assert run_index(corpus, index).wait() == 0
    assert served(index) == clean + len(files)
    assert Searcher(index).search(SearchRequest("zebrafish", page_size=50)).total == len(files)
    fresh = build_index(corpus, IndexLocation(tmp_path / "fresh"), jobs=1, progress=False, engine=engine)
    assert served(index) == fresh.total_paragraphs
    assert len(list(index.glob("gen-*"))) == 1 and not list(index.glob("gen-*/.meetings-*"))


@pytest.mark.parametrize("engine", sorted(BACKENDS))
def test_searching_while_indexing_sees_the_old_index_or_the_new(generated: Path, tmp_path: Path,
                                                                engine: str) -> None:
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    subprocess.run(["cp", "-r", str(generated), str(corpus)], check=True)
    build_index(corpus, IndexLocation(index), jobs=1, progress=False, engine=engine)
    before = served(index)
    seen: set[int] = set()
    errors: list[BaseException] = []
    done = threading.Event()

    def read() -> None:
        searcher = Searcher(index)
        while not done.is_set():
            try:
                searcher.refresh()
                seen.add(searcher.search(SearchRequest("", page_size=1)).total)
                time.sleep(0.02)
            except BaseException as error:  # any error a reader meets is the failure
                errors.append(error)
                return

    reader = threading.Thread(target=read)
    reader.start()
    try:
        build_index(corpus, IndexLocation(index), rebuild=True, jobs=1, progress=False)
        for path in sorted(corpus.rglob("*.txt"))[:5]:
            path.unlink()
        after = build_index(corpus, IndexLocation(index), jobs=1, progress=False).total_paragraphs
    finally:
        done.set()
        reader.join()
    assert not errors, errors
    assert seen <= {before, after} and len(seen) >= 1
