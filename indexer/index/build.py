"""`minutes index`: read a corpus folder into the index, incrementally by content hash.

Parsing runs in worker processes; one writer in this process writes everything, and commits once.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from tqdm import tqdm

from indexer.engines import DEFAULT_ENGINE, backend
from indexer.errors import ReadError
from indexer.index.acronyms import learn_from_meeting
from indexer.index.meetings import MeetingShelfWriter
from indexer.index.schema import documents
from indexer.index.store import (
    ACRONYMS,
    META,
    IndexLocation,
    engine_of,
    read_json,
    read_meta,
    version_problem,
    write_json,
)
from indexer.model import Meeting
from indexer.parse import is_sidecar, parse_file, parser_fingerprint
from indexer.sidecar import SIDECAR_SUFFIX

PARSE_TIME_LIMIT = 120.0  # seconds for one file: ample (the test documents parse in under a second each)
WHOOSH_COMFORTABLE = 100_000  # paragraphs; p95 under 0.2 s here, 0.3 to 1.7 s at 1M (docs/benchmarks.md)


@dataclass
class IndexReport:
    read: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    meetings: int = 0
    paragraphs: int = 0
    warnings: int = 0
    seconds: float = 0.0
    rebuilt: bool = False
    notes: list[str] = field(default_factory=list)
    engine: str = ""
    total_paragraphs: int = 0  # in the whole index after the run

    @property
    def status(self) -> str:
        return "partial" if self.failed else "complete"

    def to_dict(self) -> dict[str, Any]:
        """The machine-readable report (`minutes index --report FILE`)."""
        data = asdict(self)
        data["failed"] = [{"source": source, "reason": reason} for source, reason in self.failed]
        return {"status": self.status, **data}

    def lines(self) -> list[str]:
        lines = [
            f"{'Rebuilt' if self.rebuilt else 'Updated'} the index in {self.seconds:.1f} s: "
            f"{self.read} file{'s' if self.read != 1 else ''} read, {self.unchanged} unchanged, "
            f"{self.removed} removed, {len(self.failed)} failed.",
            f"Indexed {self.meetings} meeting{'s' if self.meetings != 1 else ''}, {self.paragraphs} paragraphs "
            f"({self.warnings} parser warnings).",
        ]
        lines.extend(f"  failed: {source}: {reason}" for source, reason in self.failed)
        lines.extend(self.notes)
        lines.append(f"The {self.engine} index holds {self.total_paragraphs:,} paragraphs.")
        if self.engine == "whoosh" and self.total_paragraphs > WHOOSH_COMFORTABLE:
            lines.append(f"Whoosh searches slow down past about {WHOOSH_COMFORTABLE:,} paragraphs (measured: p95 "
                         "under 0.2 s at 100k, 0.3 to 1.7 s at 1M, where tantivy's is 0.003 to 0.02 s); for this "
                         "corpus, rebuild with `minutes index --engine tantivy`.")
        return lines


def corpus_files(corpus: Path) -> list[Path]:
    """Every document below the corpus folder (councils keep a folder each); not sidecars or hidden files."""
    return sorted(
        path for path in corpus.rglob("*")
        if path.is_file() and not is_sidecar(path) and path.name != "README.md"
        and not any(part.startswith(".") for part in path.relative_to(corpus).parts)
    )


def content_hash(path: Path) -> str:
    digest = hashlib.sha256(path.read_bytes())
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if sidecar.is_file():
        digest.update(sidecar.read_bytes())
    return digest.hexdigest()[:20]


class _TooLong(Exception):
    pass


def _parse(job: tuple[str, str]) -> tuple[str, Meeting | None, str | None]:
    path, source = job
    try:
        with _time_limit(PARSE_TIME_LIMIT):
            return source, parse_file(Path(path), source=source), None
    except ReadError as error:
        return source, None, str(error)
    except _TooLong:
        return source, None, (f"took longer than {PARSE_TIME_LIMIT:g} s to parse and was skipped (a bug: please "
                              "report the file)")
    except Exception as error:
        return source, None, f"could not be parsed ({type(error).__name__}: {error})"


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Interrupt the block after `seconds` (a file the parser would never finish must not stall the whole run):
    by a timer signal, which only the main thread of a process can receive; elsewhere, no limit."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise _TooLong

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _parsed(jobs: list[tuple[str, str]], processes: int) -> Iterator[tuple[str, Meeting | None, str | None]]:
    if processes <= 1 or len(jobs) < 4:
        yield from map(_parse, jobs)
        return
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        yield from pool.imap_unordered(_parse, jobs, chunksize=4)


def build_index(corpus: Path, location: IndexLocation, rebuild: bool = False, jobs: int = 0,
                wait: float = 0.0, progress: bool = True, engine: str | None = None) -> IndexReport:
    """Bring the index up to date with the corpus; returns what was done. Raises IndexError_ when locked.
    `engine` chooses the engine of a new index (default whoosh); naming another engine than the current
    index's rebuilds it with that one."""
    started = time.monotonic()
    report = IndexReport(rebuilt=rebuild)
    if not corpus.is_dir():
        raise FileNotFoundError(f"{corpus}: no such corpus folder")
    with location.lock(wait):
        location.remove_stale()  # generations left by an interrupted --rebuild
        current = None if rebuild else location.current()
        if current is not None and version_problem(current):
            report.notes.append(f"Rebuilt from scratch: {version_problem(current)}.")
            current, report.rebuilt = None, True
        if current is not None and engine and engine_of(current) != engine:
            report.notes.append(f"Rebuilt from scratch with {engine} (the index was built with {engine_of(current)}).")
            current, report.rebuilt = None, True
        generation = current or location.new_generation(engine or DEFAULT_ENGINE)
        chosen = backend(engine_of(generation))
        known: dict[str, str] = {}
        if current:
            opened = chosen.open(generation)
            known = opened.indexed_sources()
            opened.close()
        reread = bool(current) and read_meta(current).get("parser") != parser_fingerprint()
        if reread and known:
            report.notes.append("The parser has changed since the index was built: every file was read again.")
        hashes: dict[str, tuple[Path, str]] = {}
        unreadable: set[str] = set()
        for path in corpus_files(corpus):
            source = path.relative_to(corpus).as_posix()
            try:
                hashes[source] = (path, content_hash(path))
            except OSError as error:  # unreadable, or gone since the folder was listed: its last version stays
                report.failed.append((source, f"could not be read ({error.strerror or type(error).__name__})"))
                if source in known:
                    hashes[source] = (path, known[source])
                    unreadable.add(source)
        todo = [(str(path), source) for source, (path, digest) in hashes.items()
                if source not in unreadable and (reread or known.get(source) != digest)]
        report.unchanged = len(hashes) - len(todo)
        gone = [source for source in known if source not in hashes]
        acronyms: dict[str, dict[str, str]] = read_json(generation / ACRONYMS) if current else {}
        writer, shelf = chosen.writer(generation), MeetingShelfWriter(generation)
        try:
            for source in gone:
                writer.delete_source(source)
                shelf.remove(source)
                acronyms.pop(source, None)
                report.removed += 1
            bar = tqdm(total=len(todo), unit="file", desc="indexing", disable=not progress, file=sys.stderr)
            for source, meeting, error in _parsed(todo, jobs or multiprocessing.cpu_count()):
                bar.update(1)
                report.read += 1
                if meeting is None:  # a changed file that now fails keeps its last good version
                    report.failed.append((source, error or "unknown error"))
                    continue
                if source in known:
                    writer.delete_source(source)
                for doc in documents(meeting, hashes[source][1]):
                    writer.add(doc)
                shelf.put(meeting)
                acronyms[source] = learn_from_meeting(meeting)
                report.meetings += 1
                report.paragraphs += meeting.paragraph_count()
                report.warnings += len(meeting.warnings)
            bar.close()
            writer.commit()
        except BaseException:
            writer.cancel()
            shelf.cancel()
            raise
        shelf.commit()
        write_json(generation / ACRONYMS, acronyms)
        write_json(generation / META, read_meta(generation) | {"parser": parser_fingerprint()})
        if current is None:
            location.publish(generation)
        opened = chosen.open(generation)
        report.total_paragraphs, report.engine = opened.paragraph_count(), chosen.name
        opened.close()
    report.seconds = time.monotonic() - started
    return report
