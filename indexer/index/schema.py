"""The index schema: one document per paragraph, with its meeting's and item's facets beside it.

Facet fields are also stored as columns, so facet counts read columns rather than stored documents.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from whoosh import columns, fields

from indexer.index.analysis import exact_analyzer, stemmed_analyzer
from indexer.model import Meeting

SCHEMA_VERSION = 1
MULTI_SEPARATOR = "\x1f"  # joins the values of a multi-valued facet in its column
FACETS = ("council", "panel", "year", "month", "speaker", "item_type", "kind")
# facet name -> (indexed field, column field)
FACET_FIELDS = {
    "council": ("council", "council_col"), "panel": ("panel", "panel_col"), "year": ("year", "year_col"),
    "month": ("month", "month_col"), "speaker": ("speakers", "speakers_col"),
    "item_type": ("item_type", "item_type_col"), "kind": ("kinds", "kinds_col"),
}
MULTI_VALUED = {"speaker", "kind"}


def build_schema() -> fields.Schema:
    keyword = {"stored": True, "lowercase": False, "commas": False, "scorable": False}
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        meeting_id=fields.ID(stored=True),
        source=fields.ID(stored=True),
        source_key=fields.ID(),  # "source\x00content hash": the lexicon lists what the index holds
        council=fields.ID(stored=True),
        panel=fields.ID(stored=True),
        date=fields.ID(stored=True),  # ISO date, "" when unknown
        day=fields.ID(),
        year=fields.ID(),
        month=fields.ID(),
        order=fields.NUMERIC(int, bits=64, sortable=True),  # date and position, for newest/oldest
        item_number=fields.ID(stored=True),
        item_key=fields.ID(),  # the item number in lower case, for exact matching whatever the case typed
        item_index=fields.NUMERIC(int, stored=True),
        item_title=fields.TEXT(analyzer=stemmed_analyzer(), stored=True, field_boost=2.0),
        title_exact=fields.TEXT(analyzer=exact_analyzer(), phrase=True),
        item_type=fields.ID(stored=True),
        kinds=fields.KEYWORD(**keyword),
        speakers=fields.KEYWORD(**{**keyword, "commas": True}),
        presenters=fields.KEYWORD(**{**keyword, "commas": True}),
        text=fields.TEXT(analyzer=stemmed_analyzer(), stored=True, chars=False),
        text_exact=fields.TEXT(analyzer=exact_analyzer(), phrase=True),
        council_col=fields.COLUMN(columns.VarBytesColumn()),
        panel_col=fields.COLUMN(columns.VarBytesColumn()),
        year_col=fields.COLUMN(columns.VarBytesColumn()),
        month_col=fields.COLUMN(columns.VarBytesColumn()),
        speakers_col=fields.COLUMN(columns.VarBytesColumn()),
        item_type_col=fields.COLUMN(columns.VarBytesColumn()),
        kinds_col=fields.COLUMN(columns.VarBytesColumn()),
    )


def _order(date: str | None, item_index: int, paragraph_index: int) -> int:
    days = dt.date.fromisoformat(date).toordinal() if date else 0
    return days * 1_000_000 + item_index * 1_000 + min(paragraph_index, 999)


def documents(meeting: Meeting, content_hash: str) -> list[dict[str, Any]]:
    """The index documents of one meeting: one per paragraph."""
    docs = []
    council, panel, date = meeting.council or "", meeting.panel or "", meeting.date or ""
    year, month = date[:4], date[:7]
    for item_index, item in enumerate(meeting.items):
        presenters = [presenter["label"] for presenter in item.presenters]
        for paragraph_index, paragraph in enumerate(item.paragraphs):
            speakers = [speaker["label"] for speaker in paragraph.speakers]
            docs.append({
                "id": paragraph.id, "meeting_id": meeting.id, "source": meeting.source,
                "source_key": f"{meeting.source}\x00{content_hash}", "council": council, "panel": panel,
                "date": date, "day": date, "year": year, "month": month,
                "order": _order(meeting.date, item_index, paragraph_index),
                "item_number": item.number or "", "item_key": (item.number or "").lower(),
                "item_index": item_index, "item_title": item.title or "",
                "title_exact": item.title or "", "item_type": item.type, "kinds": " ".join(paragraph.kinds),
                "speakers": ",".join(label.replace(",", " ") for label in speakers),
                "presenters": ",".join(label.replace(",", " ") for label in presenters),
                "text": paragraph.text, "text_exact": paragraph.text,
                "council_col": council.encode(), "panel_col": panel.encode(), "year_col": year.encode(),
                "month_col": month.encode(), "speakers_col": MULTI_SEPARATOR.join(speakers).encode(),
                "item_type_col": item.type.encode(), "kinds_col": MULTI_SEPARATOR.join(paragraph.kinds).encode(),
            })
    return docs
