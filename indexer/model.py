"""The one data model every reader produces: meeting -> items -> paragraphs.

Indexing and the web read only this model; `docs/format.md` documents its JSON form.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Attendee:
    name: str
    role: str | None = None
    group: str = "member"
    status: str = "present"


@dataclass
class Paragraph:
    id: str
    text: str
    kinds: list[str] = field(default_factory=list)
    speakers: list[dict[str, Any]] = field(default_factory=list)
    replies_to: list[str] = field(default_factory=list)  # ids of the questions an answer answers, nearest first


@dataclass
class Item:
    number: str | None
    title: str | None
    agenda_text: str | None = None
    type: str = "report"
    truncated: bool = False
    presenters: list[dict[str, Any]] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass
class Meeting:
    id: str
    source: str
    format: str
    council: str | None = None
    panel: str | None = None
    date: str | None = None
    time: str | None = None
    venue: str | None = None
    contact: str | None = None
    url: str | None = None
    attendees: list[Attendee] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    commitments: list[dict[str, Any]] = field(default_factory=list)
    declarations: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def paragraph_count(self) -> int:
        return sum(len(item.paragraphs) for item in self.items)


def meeting_id(source: str) -> str:
    """A short id that depends only on the document's path, so re-parsing gives the same id."""
    return hashlib.sha1(source.encode("utf-8")).hexdigest()[:12]


def paragraph_id(meeting: str, item_index: int, paragraph_index: int) -> str:
    """Positional ids: stable for the same input, and readable in URLs (`#p-3f2a9c1d0b7e.4.2`)."""
    return f"{meeting}.{item_index}.{paragraph_index}"
