"""The parsed meetings, kept beside the engine's index in each generation: the meeting page shows a whole
meeting (attendance, items, decisions, commitments) as the parser read it, and search hits carry their
meeting's public URL.

    gen-.../meetings.json            the catalogue: source -> a summary of its meeting
    gen-.../meetings/<id>.json.gz    each meeting in the model's JSON form (docs/format.md)

An indexing run stages the meetings it parses and moves them in only after the engine's commit, so a failed
run leaves the files matching the index that still serves.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import shutil
from pathlib import Path
from typing import Any

from indexer.index.store import read_json, write_json
from indexer.model import Meeting

CATALOGUE = "meetings.json"
FOLDER = "meetings"


def summary(meeting: Meeting) -> dict[str, Any]:
    """What lists of meetings show, and what links a hit to its meeting's page and public URL."""
    return {
        "id": meeting.id, "source": meeting.source, "council": meeting.council, "panel": meeting.panel,
        "date": meeting.date, "time": meeting.time, "url": meeting.url, "items": len(meeting.items),
        "paragraphs": meeting.paragraph_count(),
    }


class MeetingShelfWriter:
    """Stages the meetings of one indexing run and moves them in at `commit`."""

    def __init__(self, generation: Path) -> None:
        self.generation = generation
        self.catalogue: dict[str, dict[str, Any]] = read_json(generation / CATALOGUE)
        for stale in generation.glob(".meetings-*"):  # staged by a run that was killed (we hold the lock)
            shutil.rmtree(stale, ignore_errors=True)
        self.staging = generation / f".meetings-{os.getpid()}"
        self.staging.mkdir()
        self.removed: list[str] = []

    def put(self, meeting: Meeting) -> None:
        # `vars` serialises the model's dataclasses as they stand: asdict would copy them first, at twice the cost
        data = json.dumps(meeting, default=vars, ensure_ascii=False).encode("utf-8")
        (self.staging / f"{meeting.id}.json.gz").write_bytes(gzip.compress(data, compresslevel=5))
        self.catalogue[meeting.source] = summary(meeting)

    def remove(self, source: str) -> None:
        gone = self.catalogue.pop(source, None)
        if gone:
            self.removed.append(gone["id"])

    def commit(self) -> None:
        folder = self.generation / FOLDER
        folder.mkdir(exist_ok=True)
        for meeting_id in self.removed:
            with contextlib.suppress(FileNotFoundError):
                (folder / f"{meeting_id}.json.gz").unlink()
        for staged in self.staging.iterdir():
            os.replace(staged, folder / staged.name)
        write_json(self.generation / CATALOGUE, self.catalogue)
        self.cancel()

    def cancel(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)


class MeetingShelf:
    """The meetings of one generation, for reading."""

    def __init__(self, generation: Path) -> None:
        self.generation = generation
        self.by_id = {entry["id"]: entry for entry in read_json(generation / CATALOGUE).values()}
        self._panels: dict[tuple[Any, Any], list[str]] | None = None  # (council, panel) -> ids by date

    def summary(self, meeting_id: str) -> dict[str, Any] | None:
        return self.by_id.get(meeting_id)

    def meeting(self, meeting_id: str) -> dict[str, Any] | None:
        """The whole meeting in the model's JSON form, or None for an id the index does not hold."""
        if meeting_id not in self.by_id:
            return None
        try:
            data = (self.generation / FOLDER / f"{meeting_id}.json.gz").read_bytes()
        except FileNotFoundError:
            return None
        return json.loads(gzip.decompress(data))

    def neighbours(self, meeting_id: str) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        """The previous and next dated meetings of the same panel of the same council."""
        this = self.by_id.get(meeting_id)
        if this is None or not this.get("date"):
            return None, None
        if self._panels is None:  # built once per open index, not sorted again for every meeting page
            self._panels = {}
            dated = sorted((entry for entry in self.by_id.values() if entry.get("date")),
                           key=lambda entry: (entry["date"], entry.get("time") or "", entry["id"]))
            for entry in dated:
                self._panels.setdefault((entry.get("council"), entry.get("panel")), []).append(entry["id"])
        same = self._panels[(this.get("council"), this.get("panel"))]
        at = same.index(meeting_id)
        return ((self.by_id[same[at - 1]] if at > 0 else None),
                (self.by_id[same[at + 1]] if at + 1 < len(same) else None))

    def latest(self, count: int) -> list[dict[str, Any]]:
        """The most recent meetings, dated ones first."""
        return sorted(self.by_id.values(), key=lambda entry: (entry.get("date") or "", entry["id"]),
                      reverse=True)[:count]
