"""Blocks into a meeting: the header, the item headings, and each item's agenda text and minutes.

This is shared by every reader whose input has no explicit item markup (text, Markdown, PDF text,
council HTML pages): the headings are found from how minutes set them (numbers, capitals, bold,
Markdown or HTML headings), trying the strongest signal the document uses first.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from indexer.attendance import absences_in, attendance_label, parse_attendance, parse_attendance_entry
from indexer.blocks import Block, paragraphs_from_blocks
from indexer.cues import Cued
from indexer.header import Header, label_alone, read_labelled, read_statement, read_title, read_when_line
from indexer.item_types import classify
from indexer.model import Attendee, Item, Paragraph
from indexer.reflow import LINK_FURNITURE
from indexer.textutil import clean_inline, is_decision_line

# Link text that ModernGov and other sites put inside titles and text.
LINK_TEXT = Cued(re.compile(
    r"\s*(?:pdf icon\s*)?\bPDF\s+\d+(?:\.\d+)?\s*[KMG]B\b|\s*\b(?:Additional|Supporting) documents\s*:?\s*$"
    r"|\s*\(Pages?\s+\d+(?:\s*[-–]\s*\d+)?\)",
    re.I,
), "pdf documents page")
TRUNCATION = Cued(re.compile(
    r"\s*(?:\.\.\.|…)?\s*view the full minutes text for item\s+(?P<number>[^\s|]+?)\.?\s*\|?\s*$", re.I
), "view the full minutes text for item")
_FURNITURE = re.compile(
    r"^(?:agenda and minutes|agenda|minutes|minute(?:\s+no\.?)?|items(?:\s+no\.?\s*item)?|"
    r"no\.?\s*\|?\s*item\s*\|?|item|no\.|-+\|-+\|?|"
    r"draft minutes|unconfirmed minutes|public minutes|printed minutes)\s*:?$",
    re.I,
)
_NUMBER_ONLY = re.compile(
    r"^(?:(?:item|minute|min\.)\s+(?:no\.?\s*)?)?(?P<number>\d{1,4}/\d{1,4}\.?|\d{1,3}[a-z]?\.?"
    r"|[A-Z]{1,4}\s?\d{1,4}(?:/\d{1,4})?\.?|[A-Z]{1,4}/\d{1,4}(?:/\d{1,4})?\.?)$",
    re.I
)
# "PL/23/045", "CAB/24/7", "P&E 145/23", "CAB 87": a committee's letters, then the year and number; "(1)".
_NUMBERED_TITLE = re.compile(
    r"^(?:(?P<prefix>minute|min\.|item|agenda\s+item)\s*(?:no\.?\s*)?)?"
    r"(?P<number>\d{1,4}/\d{1,4}\.?|(?-i:[A-Z]{1,4})/\d{1,4}(?:/\d{1,4})?(?=\s)"
    r"|(?-i:[A-Z][A-Z&]{0,4})[ .]?\d{1,4}/\d{1,4}(?=\s)|(?-i:[A-Z]{2,5}) \d{1,3}(?=\s)|\(\d{1,3}\)"
    r"|\d{1,3}[a-z]?\.(?:\d{1,2}\.?)?|\d{1,3}[a-z]?(?=[\s:)–-]))"
    r"\s*(?:[:.)\-–]\s*)?(?P<title>\S.*)$",
    re.I,
)
# "Minute 118/24" then "Item 5: Finance": the agenda label goes, the minute number stays.
_ITEM_LABEL = re.compile(r"^(?:agenda\s+)?item\s+\d{1,3}[a-z]?\s*[:.\-–]\s*", re.I)
_AGENDA_ITEM_REF = re.compile(r"^\(?\s*agenda\s+item\s+(?P<number>[\w./]+)\s*\)?\.?$", re.I)
_SUB_LABEL = re.compile(r"^(?!(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Dr)\b)[A-Z][\w ()&.,’'-]{1,50}:\s+(?=\S)")
_SECTION_LABEL = re.compile(r"^(?P<label>minutes|decision)\s*:\s*(?P<rest>.*)$", re.I)
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to",
                "with", "&", "-", "–", "v", "vs"}


@dataclass
class Heading:
    number: str | None
    title: str
    strength: int  # 3: marked up or numbered in capitals, 2: numbered or capitals, 1: a short title-case line


@dataclass
class DraftItem:
    heading: Heading | None
    blocks: list[Block] = field(default_factory=list)


def strip_link_text(text: str) -> str:
    return clean_inline(LINK_TEXT.sub("", text))


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) > 0.85


def _is_title_like(title: str, agenda_wording: bool = False) -> bool:
    """A line that reads as an item's title. `agenda_wording` lets a title read as the agenda put it ("To
    receive apologies"), as parish minutes number them, which unnumbered would be a decision's wording."""
    title = title.strip()
    words = title.split()
    if not words or len(words) > 18 or len(title) > 160:
        return False
    if re.search(r"[.,;]$", title) and not re.search(r"\b(?:etc|no|St|Rd|Ltd)\.$", title):
        return False
    if not (title[0].isupper() or title[0].isdigit() or title[0] in "‘'\"(£"):
        return False
    if agenda_wording and re.match(r"^To\s+[a-z]", title):
        return len(words) <= 14
    return not (re.match(r"^(?:That|To)\b", title) or is_decision_line(title) or attendance_label(title))


def _is_title_case(title: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", title) if w.lower() not in _SMALL_WORDS]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= 0.75


def heading_of(block: Block, following: Block | None) -> Heading | None:
    """The block as an item heading, or None."""
    text = strip_link_text(block.text if block.kind != "numbered" else f"{block.marker} {block.text}")
    if block.kind == "bullet" or not text or _FURNITURE.match(text):
        return None
    number_only = _NUMBER_ONLY.match(text)
    if number_only and following is not None and following.kind != "numbered":
        title = _ITEM_LABEL.sub("", strip_link_text(following.text))
        if _is_title_like(title) or (title and not re.search(r"[.;]$", title)):
            return Heading(number_only.group("number"), title, 3)
        return None
    numbered = _NUMBERED_TITLE.match(text)
    # A minute number ("Minute 24/119", "24/119", a heading's number) is no list entry's.
    minute_number = bool(numbered and (numbered.group("prefix") or "/" in numbered.group("number")
                                       or numbered.group("number")[0].isalpha()  # "CAB 87"
                                       or block.kind == "heading" or block.emphasis))
    if numbered and _is_title_like(numbered.group("title"), agenda_wording=minute_number):
        title = _ITEM_LABEL.sub("", numbered.group("title").strip())
        strong = (block.kind == "heading" or block.emphasis or numbered.group("prefix") or _is_caps(title)
                  or (minute_number and (title.startswith("To ") or numbered.group("number")[0].isalpha()
                                         or "/" in numbered.group("number"))))
        if strong or _is_title_case(title):
            return Heading(numbered.group("number"), title, 3 if strong else 2)
        return None
    if not _is_title_like(text):
        return None
    if block.kind == "heading" or block.emphasis:
        return Heading(None, text, 3)
    if _is_caps(text):
        return Heading(None, text, 2)
    if _is_title_case(text) and len(text.split()) <= 10 and not text.endswith(":"):
        return Heading(None, text, 1)
    return None


def _read_header(blocks: list[Block]) -> tuple[Header, list[Attendee], int]:
    """Metadata from the blocks before the first item; the index where the items start."""
    statement, labelled, title = Header(), Header(), Header()
    attendees: list[Attendee] = []
    pending: str | None = None  # an attendance label whose names are on the lines that follow
    index = 0
    # Site furniture and title lines may stand before the sentence that states the meeting.
    for position in range(min(len(blocks), 15)):
        found = _statement_at(blocks, position)
        if found:
            for earlier in blocks[:position]:
                title.fill(read_title(earlier.text) or Header())
                labelled.fill(read_labelled(earlier.text) or Header())
            index = position
            break
    skipped = 0
    while index < len(blocks):
        block = blocks[index]
        previous = blocks[index - 1] if index else None
        text = strip_link_text(block.text)
        if not text or _FURNITURE.match(text):
            index += 1
            continue
        spread = _statement_at(blocks, index)
        if spread:
            statement.fill(spread[0])
            index += spread[1]
            continue
        found = read_labelled(text) or read_when_line(text)
        if found:
            labelled.fill(found)
            index += 1
            continue
        if label_alone(text):
            following = strip_link_text(blocks[index + 1].text) if index + 1 < len(blocks) else ""
            found = read_labelled(f"{text.rstrip(':')}: {following}")
            if found:
                labelled.fill(found)
                index += 2
            else:  # a header table's labels, its values in a column after them: the label is no content
                index += 1
            continue
        people = parse_attendance(text)
        label = attendance_label(text)
        if people or label:
            attendees.extend(people)
            # "Members Present:" alone on its line: the names follow, one or more a line. A group's own
            # labelled line inside the list ("Officers: ...") keeps the list going; apologies end it.
            present = bool(label and label[0] in ("present", "in attendance"))
            pending = text if label and not label[2].strip() else (pending if people and present else None)
            index += 1
            continue
        names = pending and block.kind not in ("numbered", "heading") and not (
            _NUMBERED_TITLE.match(text) or _NUMBER_ONLY.match(text) or _is_caps(text))
        if names and block.is_entry:  # "<li>Helen Osei, Director of Public Health</li>": one person an entry
            people = parse_attendance_entry(pending, text)
        else:
            people = parse_attendance(f"{pending.rstrip(':')}: {_under_sub_label(text)}") if names else []
        if people:
            attendees.extend(people)
            index += 1
            continue
        found = read_title(text) if block.kind != "numbered" and not _NUMBERED_TITLE.match(text) else None
        if found and index < 8:
            title.fill(found)
            index += 1
            continue
        if skipped < 2 and _stray_header_line(block) and any(map(_header_line, blocks[index + 1: index + 3])):
            # A line the header does not label, between lines it does: after the date, the venue.
            if previous is not None and read_when_line(strip_link_text(previous.text)) and not labelled.venue:
                labelled.venue = text.rstrip(". ")
            skipped += 1
            index += 1
            continue
        break
    if title.council and statement.council and statement.council == statement.panel:
        # "... of the Full Town Council held ..." names the body; a line that is only the
        # council's name ("KELSBOROUGH TOWN COUNCIL") names the council.
        statement.council = title.council
    statement.fill(labelled)
    statement.fill(title)
    return statement, attendees, index


def _under_sub_label(text: str) -> str:
    """The names of a line inside an attendance list that has a label of its own: a group's ("Independent
    Co-opted Members: Mr C Brown, ...") is dropped, and a lone name's ("Internal Audit (TIAA Ltd): Claire
    Lindsay") becomes that person's role."""
    label = _SUB_LABEL.match(text)
    if not label:
        return text
    names, name = text[label.end():], label.group(0).rstrip(": ")
    if re.search(r"[,(]|\band\b|&", names) or re.search(r"\b(?:members?|councillors?|officers?)\b", name, re.I):
        return names
    role = re.sub(r"\s*\((.*?)\)", r", \1", name)  # brackets inside the brackets would hide the role
    return f"{names.rstrip('. ')} ({role})"


_STATEMENT_OPENING = re.compile(r"^(?:minutes\b|(?:a|an|the)\s+(?:\w+\s+){0,2}meeting\s+of\b)", re.I)
_STATEMENT_GOING_ON = re.compile(r"^(?:(?:which\s+)?(?:was\s+)?held\b|on\s+\w+day\b|on\s+\d|at\s+)", re.I)


def _statement_at(blocks: list[Block], index: int) -> tuple[Header, int] | None:
    """The statement of the meeting at `index`, and how many blocks it spans: printed headers break it over
    lines ("MINUTES OF THE MEETING OF THE X" / "HELD IN THE COUNCIL CHAMBER" / "ON THURSDAY, 18 JANUARY
    2024"). An item's title is never one ("C49/24 Minutes of the meeting held on 6 February 2024")."""
    block = blocks[index]
    text = strip_link_text(block.text)
    if block.kind == "numbered" or _NUMBERED_TITLE.match(text) or _NUMBER_ONLY.match(text):
        return None
    found = read_statement(text)
    if found or not _STATEMENT_OPENING.match(text):
        return (found, 1) if found else None
    for count in (2, 3):
        last = index + count - 1
        if last >= len(blocks) or not _STATEMENT_GOING_ON.match(strip_link_text(blocks[last].text)):
            return None
        found = read_statement(" ".join(strip_link_text(b.text) for b in blocks[index: index + count]))
        if found:
            return found, count
    return None


def _header_line(block: Block) -> bool:
    """A line only a header has: who was present, a labelled value, the meeting's date. (Apologies are
    often an item of their own.)"""
    text = strip_link_text(block.text)
    label = attendance_label(text)
    return bool((label and label[0] in ("present", "in attendance")) or read_labelled(text) or label_alone(text)
                or read_when_line(text))


def _stray_header_line(block: Block) -> bool:
    text = strip_link_text(block.text)
    return (block.kind not in ("numbered", "heading") and not block.emphasis and 0 < len(text) <= 150
            and not text.endswith(".") and not _is_caps(text) and not _NUMBERED_TITLE.match(text)
            and not _NUMBER_ONLY.match(text))


def _marker_number(marker: str | None) -> tuple[str, int] | None:
    """("digit", 3) for "3." and ("letter", 2) for "(b)": lists count in one or the other."""
    label = re.sub(r"[^0-9A-Za-z]", "", marker or "")
    if label.isdigit():
        return "digit", int(label)
    if len(label) == 1:
        return "letter", ord(label.lower()) - ord("a") + 1
    return None


def _in_list(blocks: list[Block], index: int) -> bool:
    """A numbered entry that goes on from the entry before it, or starts a list after a lead-in
    ("...for approval:"), is a list entry, not an item heading."""
    block = blocks[index]
    if block.kind != "numbered" or block.emphasis or index == 0:
        return False
    previous = blocks[index - 1]
    number = _marker_number(block.marker)
    if previous.kind == "numbered":
        before = _marker_number(previous.marker)
        return number is None or (before is not None and number == (before[0], before[1] + 1))
    return previous.is_entry or (previous.text.rstrip().endswith((":", ":-")) and (number or ("", 1))[1] == 1)


def _choose_headings(blocks: list[Block]) -> dict[int, Heading]:
    candidates: dict[int, Heading] = {}
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        heading = None if _in_list(blocks, index) else heading_of(block, following)
        if heading:
            candidates[index] = heading
    for level in (3, 2, 1):
        chosen = {i: h for i, h in candidates.items() if h.strength >= level}
        if len(chosen) >= 2 or (level == 2 and len(chosen) == 1):
            return _numbered_items_only(_top_headings_only(chosen, blocks), blocks)
    return {}


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
    Taylor", "Response from the Cabinet Member") heads a part of that item, not an item of its own."""
    numbered = sorted(index for index, heading in chosen.items() if heading.number)
    if len(numbered) < 2:
        return chosen
    return {index: heading for index, heading in chosen.items()
            if heading.number or index < numbered[0] or blocks[index].kind == "heading"}


def _split_items(blocks: list[Block]) -> list[DraftItem]:
    headings = _choose_headings(blocks)
    items: list[DraftItem] = []
    skip: set[int] = set()
    for index, block in enumerate(blocks):
        if index in skip:
            continue
        heading = headings.get(index)
        if heading:
            items.append(DraftItem(heading))
            if _NUMBER_ONLY.match(strip_link_text(block.text)) and heading.number:
                skip.add(index + 1)  # the title block that follows a bare number
            continue
        reference = _AGENDA_ITEM_REF.match(block.text)
        if reference and items and items[-1].heading and not items[-1].blocks:
            items[-1].heading.number = items[-1].heading.number or reference.group("number")
            continue
        if not items:
            items.append(DraftItem(None))
        items[-1].blocks.append(block)
    return items


def split_minutes(blocks: list[Block], labelled: bool = False) -> tuple[str | None, list[Block]]:
    """(agenda text, minutes blocks): ModernGov prints the agenda text, then `Minutes:`.

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
    cut = minutes_at if minutes_at is not None else decision_at
    if cut is None:
        if labelled:
            return clean_inline(" ".join(strip_link_text(b.text) for b in blocks)) or None, []
        return None, blocks
    first_label = min(i for i in (cut, decision_at) if i is not None)
    agenda = " ".join(strip_link_text(b.text) for b in blocks[:first_label])
    rest_of_label = _SECTION_LABEL.match(blocks[cut].text).group("rest")
    minutes = ([Block(rest_of_label)] if rest_of_label else []) + blocks[cut + 1:]
    if minutes_at is not None and decision_at is not None and decision_at > minutes_at:
        minutes = [b for b in minutes if b is not blocks[decision_at]]
    return clean_inline(agenda) or None, minutes


@dataclass
class DraftMeeting:
    header: Header
    attendees: list[Attendee]
    items: list[Item]


def structure(blocks: list[Block], labelled: bool = False) -> DraftMeeting:
    """The header and the items of a list of blocks (`labelled`: see split_minutes)."""
    header, attendees, start = _read_header(blocks)
    items = []
    for draft in _split_items(blocks[start:]):
        agenda_text, minutes = split_minutes(draft.blocks, labelled)
        items.append(build_item(draft.heading.number if draft.heading else None,
                                draft.heading.title if draft.heading else None, agenda_text, minutes))
    return DraftMeeting(header, attendees, items)


def _surname(name: str) -> str:
    return name.split()[-1].lower() if name.split() else ""


def add_attendance_from_items(meeting: DraftMeeting) -> None:
    """People named in apologies (and similar) items' text join the attendees, once each."""
    known = {_surname(person.name) for person in meeting.attendees}
    for item in meeting.items:
        for paragraph in item.paragraphs:
            for person in parse_attendance(paragraph.text) + absences_in(paragraph.text):
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
        if block.text:
            kept.append(block)
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
