"""A ModernGov agenda table rendered as text: `No. | Item |`, one table row per item.

Each row's cell runs the title, the agenda text and `Minutes:` together, hard-wrapped; item
numbers appear only in "view the full minutes text for item 21/13" links. The renderer leaves a
paragraph's first word or two at the end of the line before it ("...was 98%. Following" /
"the presentation, ..."), and list bullets at the ends of lines ("Homelessness ·" / "Chris ...").
"""

from __future__ import annotations

import re

from indexer.header import Header, read_labelled, read_statement
from indexer.headings import strip_link_text
from indexer.reflow import text_to_blocks
from indexer.structure import DraftMeeting, build_item
from indexer.textutil import clean_inline

_TABLE_HEAD = re.compile(r"^\s*No\.\s*\|\s*Item\s*\|\s*$", re.M)
_ROW_BREAK = re.compile(r"\s*\|\s*\n\s*\|\s*(?:\n|$)")
_LINK_SIZE = re.compile(r"\bPDF\s+\d+(?:\.\d+)?\s*[KMG]B\b", re.I)
_SENTENCE_STARTERS = (
    r"The|To|This|These|A|An|Members|Councillors?|Cllr|Report|Officers?|Mr|Mrs|Ms|Dr|Representatives"
)
_AGENDA_START = re.compile(rf"\s(?=(?:{_SENTENCE_STARTERS})\s)")
_TITLE_TAIL_WORDS = {"of", "and", "the", "to", "for", "in", "on", "a", "an", "with", "by", "from", "&", "-", "–"}
# A paragraph's first words left at the end of the previous line, after a full stop.
_ORPHAN_START = re.compile(r"(?<=[.!?])\s+((?:[A-Z][\w’'-]*)(?:\s+[\w’'-]+){0,2})\s*$")


def split_title(cell: str) -> tuple[str, str | None]:
    """(title, agenda text) from the text before `Minutes:` in a row."""
    cell = clean_inline(re.sub(r"\bAdditional documents\s*:?", " ", cell, flags=re.I))
    size = _LINK_SIZE.search(cell)
    if size:
        title, agenda = cell[: size.start()], cell[size.end():]
        return strip_link_text(title), clean_inline(agenda) or None
    half = len(cell) // 2
    if len(cell) % 2 == 1 and cell[:half] == cell[half + 1:]:
        return cell[:half], cell[:half]
    if re.search(r"[.!?]$", cell):
        for match in _AGENDA_START.finditer(cell):
            title = cell[: match.start()].strip()
            if title and title.split()[-1].lower() not in _TITLE_TAIL_WORDS and not re.search(r"[.,;]$", title):
                return title, clean_inline(cell[match.end():])
    return cell, None


# A run-in sub-heading after a sentence: "...3 months. Permanency Placements with Parents" / "– the most
# recent ...", or "...reduction. SGOs/CAO- In July 2020 ...": a short run of capitalised words, then a dash.
_HEADING_WORD = r"(?:[A-Z][\w/&’'-]*|of|and|with|for|in|on|the|to|&)"
_RUN_IN_HEADING = re.compile(
    rf"(?<=[.!?])[ \t]+(?!(?:The|This|These|It|In|A|An|There|They|He|She|We)\b)"
    rf"([A-Z][\w/&’'-]*(?:[ \t]+{_HEADING_WORD}){{0,5}})([ \t]*\n[ \t]*|[ \t]?)(?=[-–][ \t]+\S)"
)


def _minutes_lines(text: str) -> str:
    """Undo the renderer's habits so the common reflow can read the minutes."""
    text = _RUN_IN_HEADING.sub(lambda m: f"\n\n{m.group(1)}{' ' if m.group(2) else ''}", text)
    text = re.sub(r"[ \t]*[·•][ \t]*\n\s*", "\n· ", text)
    text = re.sub(r"[ \t]+[-–][ \t]*\n\s*(?=\S)", "\n· ", text)
    lines = text.split("\n")
    out: list[str] = []
    for index, line in enumerate(lines):
        orphan = _ORPHAN_START.search(line)
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if orphan and following.strip() and not following.lstrip().startswith("·"):
            out.extend([line[: orphan.start()].rstrip(), "", orphan.group(1)])
        else:
            out.append(line)
    return "\n".join(out)


def read_moderngov_table(text: str) -> DraftMeeting:
    text = text.replace("\r\n", "\n")
    head_match = _TABLE_HEAD.search(text)
    header_text, body = (text[: head_match.start()], text[head_match.end():]) if head_match else ("", text)
    header = Header()
    for line in header_text.split("\n"):
        found = read_statement(line) or read_labelled(line)
        if found:
            header.fill(found)
    body = re.sub(r"^\s*-+\|-+\|?\s*$", "", body, count=1, flags=re.M)
    items = []
    for row in _ROW_BREAK.split(body):
        row = re.sub(r"\s*\|\s*$", "", row.strip()).strip("| \n")
        if not row:
            continue
        before, _, minutes = row.partition("Minutes:")
        title, agenda = split_title(before)
        blocks = text_to_blocks(_minutes_lines(minutes)) if minutes else []
        items.append(build_item(None, title, agenda, blocks))
    return DraftMeeting(header, [], items)
