"""Blocks into a meeting: the header (indexer/header_block.py), the item headings, and each item's agenda text
and minutes.

This is shared by every reader whose input has no explicit item markup (text, Markdown, PDF text,
council HTML pages): the headings are found from how minutes set them (numbers, capitals, bold,
Markdown or HTML headings), trying the strongest signal the document uses first.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from indexer.attendance import absences_in, names_sending_apologies, parse_attendance
from indexer.blocks import Block, paragraphs_from_blocks
from indexer.cues import Cued
from indexer.header import Header
from indexer.header_block import read_header
from indexer.headings import (
    FURNITURE,
    NUMBER_ONLY,
    Heading,
    counted,
    heading_of,
    in_sequence,
    is_inline_titled,
    is_letter,
    lettered_items,
    strip_link_text,
)
from indexer.item_types import classify
from indexer.model import Attendee, Item, Paragraph
from indexer.reflow import LINK_FURNITURE
from indexer.textutil import clean_inline, is_decision_line

TRUNCATION = Cued(re.compile(
    r"\s*(?:\.\.\.|…)?\s*view the full minutes text for item\s+(?P<number>[^\s|]+?)\.?\s*\|?\s*$", re.I
), "view the full minutes text for item")
_AGENDA_ITEM_REF = re.compile(r"^\(?\s*agenda\s+item\s+(?P<number>[\w./]+)\s*\)?\.?$", re.I)
_SECTION_LABEL = re.compile(r"^(?P<label>minutes|decision)\s*:\s*(?P<rest>.*)$", re.I)


@dataclass
class DraftItem:
    heading: Heading | None
    blocks: list[Block] = field(default_factory=list)
    private: bool = False  # under a section of exempt business ("PART B – EXEMPT ITEMS")


def _marker_number(marker: str | None) -> tuple[str, int] | None:
    """("digit", 3) for "3." and ("letter", 2) for "(b)": lists count in one or the other."""
    label = re.sub(r"[^0-9A-Za-z]", "", marker or "")
    if label.isdigit():
        return "digit", int(label)
    if len(label) == 1:
        return "letter", ord(label.lower()) - ord("a") + 1
    return None


def _marker_shape(marker: str | None) -> str:
    """How a list marks its entries: "(1)" and "(b)" alike, but not "1." or "1)"."""
    return re.sub(r"[0-9]+|[A-Za-z]+", "n", marker or "")


def _in_list(blocks: list[Block], index: int, previous_in_list: bool, last_item: int | None = None) -> bool:
    """A numbered entry that goes on from the entry before it, or starts a list after a lead-in
    ("...for approval:"), is a list entry, not an item heading; but an item written as one paragraph ("1.
    Apologies: ...", "2. Declarations of interest: None.") is followed by the next item where no list started,
    and so is a title numbered on from the last item's heading after a list of sentences ("3. Review" … "3. the
    Chief Executive report back in July." / "4. Bus services update")."""
    block = blocks[index]
    if block.kind != "numbered" or block.emphasis or index == 0:
        return False
    previous = blocks[index - 1]
    number = _marker_number(block.marker)
    if previous.kind == "numbered":
        before = _marker_number(previous.marker)
        if not previous_in_list and is_inline_titled(previous):
            return False
        if _marker_shape(block.marker) != _marker_shape(previous.marker):
            return False  # "(3) the Chief Executive report back …" / "4. Bus services update": the next item
        if (last_item is not None and number == ("digit", last_item + 1) and _title_like(block.text)
                and not _title_like(previous.text)):
            return False
        return number is None or (before is not None and number == (before[0], before[1] + 1))
    if previous.kind == "bullet":  # a numbered entry under a bullet is a sub-list's; level with it, an item's
        return block.level > previous.level
    return previous.text.rstrip().endswith((":", ":-")) and (number or ("", 1))[1] == 1


def _title_like(text: str) -> bool:
    """A short capitalised line with no closing mark, as titles are written ("Bus services update")."""
    return text[:1].isupper() and len(text.split()) <= 10 and not text.rstrip().endswith((".", ";", ",", ":"))


def _choose_headings(blocks: list[Block]) -> dict[int, Heading]:
    candidates: dict[int, Heading] = {}
    in_list = False
    last_item = None  # the number of the last numbered heading, when it is a plain number ("3.")
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        in_list = _in_list(blocks, index, in_list, last_item)
        heading = None if in_list else heading_of(block, following)
        if heading:
            candidates[index] = heading
            digits = (heading.number or "").rstrip(".")
            last_item = int(digits) if digits.isdigit() else last_item
    if not lettered_items([block.text for block in blocks]):  # "J. Smith": items are lettered from A in sequence
        candidates = {index: heading for index, heading in candidates.items() if not is_letter(heading.number)}
    candidates = in_sequence(candidates)
    for level in (3, 2, 1):
        chosen = {i: h for i, h in candidates.items() if h.strength >= level}
        if level == 3:
            chosen = _one_count(chosen, candidates)
        if len(chosen) >= 2 or (level == 2 and len(chosen) == 1):
            return _numbered_items_only(_top_headings_only(chosen, blocks), blocks)
    return {}


def _one_count(chosen: dict[int, Heading], candidates: dict[int, Heading]) -> dict[int, Heading]:
    """The strong headings with the weaker numbered ones among them when all together count 1, 2, 3 … down the
    page: "1. Welcome and apologies" … "3. Treasurer's report" in sentence case before "4. AOCB" and "5. DONM: …"
    in capitals are items all five."""
    numbered = {index: heading for index, heading in candidates.items()
                if heading.strength >= 2 and counted(heading.number) is not None}
    together = {**numbered, **chosen}
    counts = [counted(heading.number) for _, heading in sorted(together.items())]
    if not chosen or numbered.keys() <= chosen.keys() or None in counts:
        return chosen
    if counts != list(range(counts[0], counts[0] + len(counts))):
        return chosen
    return together


def _top_headings_only(chosen: dict[int, Heading], blocks: list[Block]) -> dict[int, Heading]:
    """A page's items under `<h2>`, with an `<h3>` inside one ("Questions from the Board"): the `<h3>` heads a
    part of that item. (Where the deeper headings are the more numerous, the shallower ones are sections and
    the deeper ones the items: both stay.)"""
    levels = Counter(blocks[index].level for index in chosen if blocks[index].kind == "heading")
    if len(levels) < 2:
        return chosen
    top = min(level for level, count in levels.items() if count >= 2) if any(
        count >= 2 for count in levels.values()) else min(levels)
    return {index: heading for index, heading in chosen.items()
            if blocks[index].kind != "heading" or blocks[index].level <= top
            or levels[blocks[index].level] >= levels[top]}


def _numbered_items_only(chosen: dict[int, Heading], blocks: list[Block]) -> dict[int, Heading]:
    """Where the items are numbered, a bold or capitalised line without a number inside one ("Question from Ms
    Taylor", "Response from the Cabinet Member") heads a part of that item, not an item of its own; so does a
    page's heading without a number below the level of the numbered ones (`<h3>Question 1 from ...</h3>` under
    `<h2>C.113 Questions</h2>`)."""
    numbered = sorted(index for index, heading in chosen.items() if heading.number)
    if len(numbered) < 2:
        return chosen
    levels = [blocks[index].level for index in numbered if blocks[index].kind == "heading"]
    deepest = max(levels) if len(levels) == len(numbered) else None  # every numbered heading is a page's heading
    return {index: heading for index, heading in chosen.items()
            if heading.number or index < numbered[0]
            or (blocks[index].kind == "heading" and (deepest is None or blocks[index].level <= deepest))}


def _split_items(blocks: list[Block]) -> list[DraftItem]:
    headings = _choose_headings(blocks)
    items: list[DraftItem] = []
    skip: set[int] = set()
    private = False
    for index, block in enumerate(blocks):
        if index in skip:
            continue
        section = _SECTION.match(block.text) if block.kind in ("para", "heading") else None
        if section:  # "PART A – ITEMS CONSIDERED IN PUBLIC", "PART 2": what follows is public, or not
            private = bool(_PRIVATE.search(section.group("about") or "") or (
                not section.group("about") and section.group("part").upper() in ("B", "2", "II")))
            continue
        heading = headings.get(index)
        if heading:
            items.append(DraftItem(heading, [Block(heading.inline_text)] if heading.inline_text else [], private))
            if block.kind != "numbered" and NUMBER_ONLY.match(strip_link_text(block.text)) and heading.number:
                skip.add(index + 1)  # the title block that follows a bare number (not "5. Phase 2"'s text)
            continue
        reference = _AGENDA_ITEM_REF.match(block.text)
        if reference and items and items[-1].heading and not items[-1].blocks:
            items[-1].heading.number = items[-1].heading.number or reference.group("number")
            continue
        if not items:
            items.append(DraftItem(None))
        items[-1].blocks.append(block)
    return items


# A section of the minutes, no item: "PART B – EXEMPT ITEMS (NOT FOR PUBLICATION)", "Part 1 - Public", "PART II"
_SECTION = re.compile(r"^\W*part\s+(?P<part>[A-D1-4]|I{1,3}|IV)\b\W*?(?:[-–—:.]\s*(?P<about>.{3,80}?))?\W*$", re.I)
_EXCLUSION = re.compile(r"\bexclu(?:sion\s+of|de)\s+(?:the\s+)?(?:press|public)", re.I)
_EXCLUDED_FOR_SOME = re.compile(r"\bappendi(?:x|ces)\b|\bitems?\s+(?:no\.?\s*)?\d|\bno\s+(?:exempt\s+)?items\b"
                                r"|\bnot\s+(?:required|necessary)\b|\bnone\b", re.I)
_PRIVATE = re.compile(r"\b(?:exempt|not\s+for\s+publication|private|confidential|closed|in\s+committee|"
                      r"press\s+and\s+public\s+excluded|restricted)\b", re.I)


def split_minutes(blocks: list[Block], labelled: bool = False) -> tuple[str | None, list[Block]]:
    """(agenda text, minutes blocks): ModernGov prints the agenda text, then `Minutes:`, or `Decision:`, or both
    (in either order). A decision that does not say "RESOLVED" itself keeps its label, so that it reads, and is
    found, as the decision it is.

    With `labelled` (ModernGov pages), an item with no `Minutes:` or `Decision:` has no minutes:
    all its text is agenda text. Elsewhere only `Minutes:` ends an agenda text."""
    decision_at = minutes_at = None
    for index, block in enumerate(blocks):
        label = _SECTION_LABEL.match(block.text)
        if label and label.group("label").lower() == "minutes" and minutes_at is None:
            minutes_at = index
        elif label and label.group("label").lower() == "decision" and decision_at is None:
            decision_at = index
    if not labelled:
        decision_at = None  # in other minutes "Decision:" heads the decision, after the discussion it ends
    labels = [index for index in (minutes_at, decision_at) if index is not None]
    if not labels:
        if labelled:
            return clean_inline(" ".join(strip_link_text(b.text) for b in blocks)) or None, []
        return None, blocks
    agenda = " ".join(strip_link_text(b.text) for b in blocks[: min(labels)])
    section_end = minutes_at if decision_at is not None and minutes_at is not None and minutes_at > decision_at else (
        len(blocks))
    minutes = []
    for index in range(min(labels), len(blocks)):
        rest_of_label = _SECTION_LABEL.match(blocks[index].text).group("rest") if index in labels else ""
        if index == minutes_at or (index == decision_at and any(
                is_decision_line(block.text) for block in blocks[index + 1: section_end])):
            # the label alone goes: "Minutes:", and "Decision:" over minutes that say "RESOLVED" themselves
            minutes.extend([Block(rest_of_label)] if rest_of_label else [])
        else:
            minutes.append(blocks[index])
    return clean_inline(agenda) or None, minutes


@dataclass
class DraftMeeting:
    header: Header
    attendees: list[Attendee]
    items: list[Item]


def structure(blocks: list[Block], labelled: bool = False, page_council: str | None = None) -> DraftMeeting:
    """The header and the items of a list of blocks (`labelled`: see split_minutes; `page_council`: see
    read_header)."""
    header, attendees, start, notices = read_header(blocks, page_council)
    items = []
    if notices:  # when the decisions were published, when call-in ends
        items.append(build_item(None, None, None, notices))
        items[0].type = "procedural"
    for draft in _split_items(_without_signature(blocks[start:])):
        agenda_text, minutes = split_minutes(draft.blocks, labelled)
        items.append(build_item(draft.heading.number if draft.heading else None,
                                draft.heading.title if draft.heading else None, agenda_text, minutes))
        if draft.private and items[-1].type in ("report", "update"):
            items[-1].type = "exempt"
    _exempt_after_exclusion(items)
    return DraftMeeting(header, attendees, items)


def _exempt_after_exclusion(items: list[Item]) -> None:
    """The business after "Exclusion of the press and public" is exempt, unless the exclusion was for one
    appendix or item ("during consideration of Appendix 2 to Item 8") or for none."""
    excluding = next((index for index, item in enumerate(items) if item.title and _EXCLUSION.search(item.title)),
                     None)
    if excluding is None or _EXCLUDED_FOR_SOME.search(" ".join(p.text for p in items[excluding].paragraphs)):
        return
    for item in items[excluding + 1:]:
        if item.type in ("report", "update"):
            item.type = "exempt"


def _without_signature(blocks: list[Block]) -> list[Block]:
    """The minutes without the signature block at their end ("CHAIR", "Mayor", a dotted line, "Date")."""
    end = len(blocks)
    while end > 1 and blocks[end - 1].kind != "heading" and _SIGNATURE_LINE.match(blocks[end - 1].text):
        end -= 1
    return blocks[:end]


_SIGNATURE_LINE = re.compile(
    r"^(?:[.…_\s]{3,}|(?:signed|date|dated)\W*|(?:lord\s+|town\s+|deputy\s+)?(?:chair(?:man|woman|person)?|mayor|"
    r"provost|convener|convenor|president|cathaoirleach)\W*(?:[.…_\s]{3,})?"
    r"|signed\s*:\s*[^.:;]{2,80}"  # "Signed: Mohammed Akhtar, Monitoring Officer"
    r"|dated?\s*:?\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})\.?)$",
    re.I,
)


def _surname(name: str) -> str:
    return name.split()[-1].lower() if name.split() else ""


def add_attendance_from_items(meeting: DraftMeeting) -> None:
    """People named in apologies (and similar) items' text join the attendees, once each."""
    known = {_surname(person.name) for person in meeting.attendees}
    for item in meeting.items:
        for paragraph in item.paragraphs:
            found = parse_attendance(paragraph.text) + absences_in(paragraph.text)
            if item.type == "apologies" and not found:
                found = names_sending_apologies(paragraph.text)
            for person in found:
                if _surname(person.name) not in known:
                    meeting.attendees.append(person)
                    known.add(_surname(person.name))


def build_item(number: str | None, title: str | None, agenda_text: str | None, minutes: list[Block]) -> Item:
    """An item's fields from its heading and its minutes blocks (shared by every reader)."""
    truncated = False
    kept: list[Block] = []
    for block in minutes:
        if LINK_FURNITURE.match(block.text):
            break  # "Supporting documents:" and the links after it end the item's text
        cut = TRUNCATION.search(block.text)
        if cut:
            truncated = True
            number = number or cut.group("number")
            block = Block(clean_inline(block.text[: cut.start()]), block.kind, block.marker, block.level)
        block.text = strip_link_text(block.text)
        if block.text and not (block.kind == "para" and FURNITURE.match(block.text)):
            kept.append(block)  # not a table's heading cells repeated on a page ("Minute No.", "Action")
    paragraphs = paragraphs_from_blocks(kept)
    title = strip_link_text(title) if title else None
    return Item(
        number=number,
        title=title,
        agenda_text=agenda_text,
        type=classify(title, agenda_text, paragraphs[0] if paragraphs else ""),
        truncated=truncated,
        paragraphs=[Paragraph(id="", text=text) for text in paragraphs],
    )
