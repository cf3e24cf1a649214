"""Where the index lives: generations under one folder, swapped in atomically, guarded by one lock.

    index/
      current -> gen-20261122T101500-4242    the generation readers open (a symlink, replaced atomically)
      gen-.../                                a Whoosh index plus meta.json and acronyms.json
      .lock                                   held by an indexing run for its whole length

An incremental run writes into the current generation (Whoosh commits atomically: until the commit,
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

from whoosh import index as whoosh_index

from indexer.index.analysis import ANALYZER_NAME
from indexer.index.schema import SCHEMA_VERSION, build_schema

META = "meta.json"
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
        meta = read_meta(current)
        if meta.get("schema_version") != SCHEMA_VERSION or meta.get("analyzer") != ANALYZER_NAME:
            raise IndexError_(
                f"{self.root}: the index was built by another version (schema {meta.get('schema_version')}, "
                f"analyzer {meta.get('analyzer')}); rebuild it with `minutes index --rebuild --index {self.root}`"
            )
        return current

    def new_generation(self) -> Path:
        stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")
        path = self.root / f"gen-{stamp}-{os.getpid()}"
        path.mkdir(parents=True)
        whoosh_index.create_in(str(path), build_schema())
        write_json(path / META, {"schema_version": SCHEMA_VERSION, "analyzer": ANALYZER_NAME, "engine": "whoosh",
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
