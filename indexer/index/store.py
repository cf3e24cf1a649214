"""Where the index lives: generations under one folder, swapped in atomically, guarded by one lock.

    index/
      current -> gen-20261122T101500-4242    the generation readers open (a symlink, replaced atomically)
      gen-.../                                an engine's index, minutes-index.json, acronyms.json and the
                                              parsed meetings (indexer/index/meetings.py)
      .lock                                   held by an indexing run for its whole length

An incremental run writes into the current generation (engines commit atomically: until the commit,
readers see the last good index). `--rebuild` writes a new generation beside it and swaps the symlink only
after the commit, so an interrupted or failed run leaves the last good index serving.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from indexer.engines import DEFAULT_ENGINE, backend
from indexer.index.analysis import ANALYZER_NAME
from indexer.index.schema import SCHEMA_VERSION

META = "minutes-index.json"  # not meta.json: tantivy has its own
ACRONYMS = "acronyms.json"


class IndexError_(Exception):
    """The index cannot be used: missing, of another version, or locked."""


class IndexLocation:
    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)

    @property
    def current_link(self) -> Path:
        return self.root / "current"

    def current(self) -> Path | None:
        link = self.current_link
        return link.resolve() if link.is_symlink() and link.resolve().is_dir() else None

    def require_current(self) -> Path:
        current = self.current()
        if current is None:
            raise IndexError_(f"{self.root}: no index here yet; build one with `minutes index --index {self.root}`")
        problem = version_problem(current)
        if problem:
            raise IndexError_(f"{self.root}: {problem}; rebuild it with `minutes index --rebuild --index {self.root}`")
        return current

    def new_generation(self, engine: str) -> Path:
        stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")
        path = self.root / f"gen-{stamp}-{os.getpid()}"
        path.mkdir(parents=True)
        backend(engine).create(path)
        write_json(path / META, {"schema_version": SCHEMA_VERSION, "analyzer": ANALYZER_NAME, "engine": engine,
                                 "created": dt.datetime.now().isoformat(timespec="seconds")})
        write_json(path / ACRONYMS, {})
        return path

    def publish(self, generation: Path) -> None:
        """Point `current` at `generation` in one rename, then remove the generations nobody points at."""
        temporary = self.root / f".current-{os.getpid()}"
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        temporary.symlink_to(generation.name)
        os.replace(temporary, self.current_link)
        self.remove_stale()

    def remove_stale(self) -> None:
        current = self.current()
        for path in self.root.glob("gen-*"):
            if path.is_dir() and path.resolve() != current:
                shutil.rmtree(path, ignore_errors=True)

    @contextlib.contextmanager
    def lock(self, wait: float) -> Iterator[None]:
        """One indexing run at a time: wait up to `wait` seconds for another to finish, then give up."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "w") as handle:
            deadline = time.monotonic() + wait
            while True:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise IndexError_(
                            f"{self.root}: another `minutes index` run is writing this index; "
                            f"wait for it to finish or pass --wait SECONDS") from None
                    time.sleep(0.2)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def version_problem(generation: Path) -> str | None:
    """Why this program cannot read the generation (another schema or analyzer), or None."""
    meta = read_meta(generation)
    if meta.get("schema_version") == SCHEMA_VERSION and meta.get("analyzer") == ANALYZER_NAME:
        return None
    return (f"the index was built by another version (schema {meta.get('schema_version')}, "
            f"analyzer {meta.get('analyzer')})")


def engine_of(generation: Path) -> str:
    """The engine a generation was built with (its META file says)."""
    return read_meta(generation).get("engine", DEFAULT_ENGINE)


def read_meta(generation: Path) -> dict[str, Any]:
    try:
        return json.loads((generation / META).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def write_json(path: Path, data: Any) -> None:
    """Write beside, then rename: a reader never sees half a file."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(temporary, path)
