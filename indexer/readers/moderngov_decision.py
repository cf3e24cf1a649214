"""A ModernGov "Decision details" page (ieDecisionDetails.aspx): one decision, as a meeting of one item.

The page is a list of labelled sections: who decided and when ("Decision Maker:", "Date of decision:",
"Decided at meeting: 19/03/2024 - Cabinet"), then what was decided and why ("Decision:", "Reasons for the
decision:", "Alternative options considered:"). The labels that say who and when give the header; the
sections that say what give the item's paragraphs, each with its label, so that the decision reads as one.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

from indexer.blocks import Block
from indexer.dates import find_dates
from indexer.header import Header, normalise_panel
from indexer.structure import DraftMeeting, build_item
from indexer.textutil import clean_inline

# "Decision Maker:", "Is Key decision?:", "Reasons for the decision:"; the value on the label's line or after it
_LABEL = re.compile(r"^(?P<label>[A-Z][A-Za-z '’/()-]{2,60}?)\s*\??\s*:\s*(?P<rest>.*)$")
_WHO_AND_WHEN = {"decision maker", "decided at meeting", "date of decision", "meeting date"}
# Labels of facts about the decision that are no part of what was decided.
_PARTICULARS = {
    "decision status", "is key decision", "key decision", "is subject to call in", "subject to call in",
    "publication date", "date published", "effective from", "date comes into force", "call-in deadline",
    "call in deadline", "call-in expiry date", "report author", "lead officer", "contact", "wards affected",
    "divisions affected", "accompanying documents", "background documents", "forward plan reference",
    "reference", "portfolio", "record of decision", "consultees", "implementation date", "reason key",
    *_WHO_AND_WHEN,
}
_SUMMARY = ("purpose", "summary", "purpose of report", "decision summary")
_DECISION = "decision"
_EMPTY = re.compile(r"^(?:none|n/?a|nil|not applicable|-)\.?$", re.I)
_TITLE = re.compile(r"^\s*decision\s+details\s*$", re.I)


def is_decision_page(soup: BeautifulSoup) -> bool:
    title = soup.find(class_="mgMainTitleTxt")
    return title is not None and bool(_TITLE.match(title.get_text(" ")))


def read_decision_page(blocks: list[Block], subtitle: str | None, council: str | None) -> DraftMeeting:
    """The page's blocks (its main title taken out) as a meeting: the decision maker is the panel, the date of
    the decision the date, and the decision one item titled by the page's subtitle."""
    sections: list[tuple[str, list[Block]]] = []
    for block in blocks:
        label = _LABEL.match(block.text) if block.kind in ("para", "heading") else None
        name = _label_name(label.group("label")) if label else ""
        if label and (name in _PARTICULARS or name in _SUMMARY or name.startswith(_DECISION)
                      or name.startswith(("reason for", "reasons for", "alternative", "interests", "options"))):
            rest = label.group("rest").strip()
            sections.append((clean_inline(label.group("label")), [Block(rest)] if rest else []))
        elif sections:
            sections[-1][1].append(block)
    values = {_label_name(label): " ".join(block.text for block in found) for label, found in sections}
    header = Header(council=council)
    decided_at = values.get("decided at meeting", "")
    dates = find_dates(decided_at) or find_dates(values.get("date of decision", "")) or find_dates(
        values.get("meeting date", ""))
    header.date = dates[0].iso if dates else None
    body = re.sub(r"^[\s\d/.-]*[-–]\s*", "", decided_at) if decided_at else values.get("decision maker", "")
    header.panel = normalise_panel(clean_inline(body)) or None
    agenda = " ".join(values[name] for name in _SUMMARY if values.get(name)) or None
    minutes: list[Block] = []
    for label, found in sections:
        name = _label_name(label)
        if name in _PARTICULARS or name in _SUMMARY or not found or _EMPTY.match(values[name]):
            continue
        minutes.append(Block(f"{label}: {found[0].text}", found[0].kind, found[0].marker, found[0].level)
                       if found[0].kind == "para" else Block(f"{label}:"))
        minutes.extend(found[1:] if found[0].kind == "para" else found)
    item = build_item(None, clean_inline(subtitle or "") or None, agenda, minutes)
    return DraftMeeting(header, [], [item])


def _label_name(label: str) -> str:
    return re.sub(r"\s+", " ", label.replace("’", "'")).strip().lower()
