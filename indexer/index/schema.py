"""What the index holds, whatever the engine: one document per paragraph, with its meeting's and item's
facets beside it. Each engine maps these fields onto its own schema (indexer/engines/)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from indexer.enrich.people import name_parts
from indexer.model import Meeting

SCHEMA_VERSION = 14
FACETS = ("council", "panel", "year", "month", "speaker", "presenter", "item_type", "kind")
# facet name -> the document field holding its value(s); a presenter is named for every paragraph of the item
FACET_SOURCE = {"council": "council", "panel": "panel", "year": "year", "month": "month", "speaker": "speakers",
                "presenter": "presenters", "item_type": "item_type", "kind": "kinds"}
MULTI_VALUED = {"speaker", "presenter", "kind"}
TITLE_BOOST = 2.0  # how much a word in an item's title counts against one in the paragraph's text
# what a search hit carries back from the index
STORED = ("id", "meeting_id", "source", "council", "panel", "date", "item_number", "item_index", "item_title",
          "item_type", "kinds", "speakers", "presenters", "text")


def source_key(source: str, content_hash: str) -> str:
    """One term per indexed file: listing these tells an incremental run what the index already holds."""
    return f"{source}\x00{content_hash}"


# a day after every date: an undated meeting sorts after the dated ones, oldest first as newest first
_UNDATED = dt.date.max.toordinal() + 1


def order_key(date: str | None, item_index: int, paragraph_index: int, undated: int = 0) -> int:
    """Sorts paragraphs by date, then by their place in the meeting; an undated meeting counts as day `undated`."""
    days = dt.date.fromisoformat(date).toordinal() if date else undated
    return days * 1_000_000 + item_index * 1_000 + min(paragraph_index, 999)


def documents(meeting: Meeting, content_hash: str) -> list[dict[str, Any]]:
    """The index documents of one meeting: one per paragraph. Lists hold multi-valued fields."""
    docs = []
    council, panel, date = meeting.council or "", meeting.panel or "", meeting.date or ""
    for item_index, item in enumerate(meeting.items):
        presenters = [presenter["label"] for presenter in item.presenters]
        presenter_roles = _roles(item.presenters)
        texts = {paragraph.id: paragraph.text for paragraph in item.paragraphs}
        for paragraph_index, paragraph in enumerate(item.paragraphs):
            docs.append({
                "id": paragraph.id, "meeting_id": meeting.id, "source": meeting.source,
                "source_key": source_key(meeting.source, content_hash), "council": council, "panel": panel,
                "date": date, "year": date[:4], "month": date[:7],
                "order": order_key(meeting.date, item_index, paragraph_index),  # newest first: undated last
                "order_oldest": order_key(meeting.date, item_index, paragraph_index, _UNDATED),
                "item_number": item.number or "", "item_index": item_index, "item_title": item.title or "",
                "item_type": item.type, "kinds": list(paragraph.kinds),
                "speakers": [speaker["label"] for speaker in paragraph.speakers], "presenters": presenters,
                "speaker_roles": list(dict.fromkeys(_roles(paragraph.speakers) + presenter_roles)),
                "text": paragraph.text, "people": _named(paragraph.speakers),
                "question": " ".join(texts[asked] for asked in paragraph.replies_to if asked in texts),
            })
    return docs


def _roles(people: list[dict[str, Any]]) -> list[str]:
    """The roles of people shown by name ("Head of Planning" for Lorraine Haigh): a speaker filter for the role
    finds what the person in it said, as the minutes call them by either."""
    return [person["role"] for person in people if person.get("role") and person["role"] != person["label"]]


def _named(speakers: list[dict[str, Any]]) -> str:
    """The names of a paragraph's named speakers, searched with its words: the minutes often call them "Cllr
    Oduya" or "the Leader", and a search for "Mark Oduya" should find what he said. Titles and roles are left
    out, so that "PCSO" or "finance" does not find all that a PCSO or the Director of Finance said."""
    names = [name_parts(speaker["name"]) for speaker in speakers if speaker.get("name")]
    return " ".join(" ".join((*parts.given, parts.surname)) for parts in names if parts)
