"""The blocks before the first item: the sentence or title lines that say which meeting this was, the labelled
lines ("Date:", "Venue:"), and who attended. The single lines are read by indexer/header.py and
indexer/attendance.py; this walks the blocks and decides where the header ends.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from indexer.attendance import (
    SPEAKERS_ITEM,
    attendance_label,
    is_column_heading,
    parse_attendance,
    parse_attendance_entry,
)
from indexer.blocks import Block
from indexer.dates import find_time
from indexer.header import (
    VENUE_WORD,
    Header,
    english_halves,
    english_label,
    english_labels,
    is_labelled,
    label_alone,
    read_labelled,
    read_statement,
    read_title,
    read_when_line,
)
from indexer.headings import (
    FURNITURE,
    is_caps,
    is_inline_titled,
    lettered_items,
    starts_numbered,
    strip_link_text,
)
from indexer.model import Attendee
from indexer.textutil import title_case

_SUB_LABEL = re.compile(r"^(?!(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Dr)\b)[A-Z][\w ()&.,’'-]{1,50}:\s+(?=\S)")


# a group's heading inside the attendance: "Severnside City Council members", "Officers", "NHS and partners in
# attendance"
_GROUP_HEADING = re.compile(r"\b(?:members|councillors|officers|officials|in\s+attendance|present|partners|"
                            r"representatives|attendees|advisers|guests)$", re.I)
_IN_ATTENDANCE_GROUP = re.compile(r"\b(?:in\s+attendance|officers|officials|partners|advisers|guests)\b", re.I)
_ATTENDANCE_HEADING = re.compile(r"^(?:attendance|attendees|attendance\s+details)$", re.I)
_APOLOGIES_ALONE = re.compile(r"^(?:apologies(?:\s+for\s+absence)?|absent)$", re.I)


def read_header(blocks: list[Block], page_council: str | None = None,
                ) -> tuple[Header, list[Attendee], int, list[Block]]:
    """Metadata from the blocks before the first item; the index where the items start; and the notice lines among
    them, which are no metadata but say something a reader may look for ("Call-in deadline: 5pm, 17 October 2024").
    `page_council` is the council a page names outside the minutes (in its `<title>`), where they name none."""
    statement, labelled, title = Header(), Header(), Header()
    lettered = lettered_items([block.text for block in blocks])
    attendees: list[Attendee] = []
    notices: list[Block] = []
    pending: str | None = None  # an attendance label whose names are on the lines that follow
    index = 0
    # Site furniture and title lines may stand before the sentence that states the meeting.
    # Items' numbers and the attendance come after it: a statement beyond them is an item's ("C.47 MINUTES OF THE
    # MEETING HELD ON 11 DECEMBER 2024").
    for position in range(min(len(blocks), 15)):
        text = strip_link_text(blocks[position].text)
        if blocks[position].kind == "numbered" or starts_numbered(text, lettered) or attendance_label(text):
            break
        found = _statement_at(blocks, position)
        if found:
            for earlier in blocks[:position]:
                # a title in two languages is read whole if it can be ("Pwyllgor Craffu / Scrutiny Committee")
                title.fill(read_title(earlier.text) or _first_reading(earlier.text, read_title) or Header())
                labelled.fill(_first_reading(earlier.text, read_labelled) or Header())
            index = position
            break
    skipped = 0
    while index < len(blocks):
        block = blocks[index]
        previous = blocks[index - 1] if index else None
        text = english_halves(english_label(strip_link_text(block.text)))
        if is_inline_titled(block):  # "1. Apologies for absence: Cllr Black sent apologies.": the first item
            break
        if not text or (block.kind != "numbered"  # "1. Minutes" is an item, not the page's "Minutes"
                        and any(FURNITURE.match(reading) for reading in _readings(text))):
            index += 1
            continue
        spread = _statement_at(blocks, index)
        if spread:
            statement.fill(spread[0])
            index += spread[1]
            if statement.venue is None and index < len(blocks) and _venue_line(blocks[index]):
                # "Minutes of the meeting held on Wednesday 5 March 2025 at 5.00pm" / "Committee Room 1, Civic Centre"
                statement.venue, time = _venue_and_time(strip_link_text(blocks[index].text))
                statement.time = statement.time or time
                index += 1
            continue
        found = _first_reading(text, read_labelled) or _first_reading(text, read_when_line)
        if found:
            labelled.fill(found)
            index += 1
            continue
        if _WELSH_STATEMENT.match(text):  # the statement again in Welsh, on a line of its own
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
        following = strip_link_text(blocks[index + 1].text) if index + 1 < len(blocks) else ""
        if (not label and attendees and block.kind == "para" and _APOLOGIES_ALONE.match(text)
                and not (is_caps(text) and following.endswith("."))):
            # "APOLOGIES" alone after the list of those present heads the names of those absent, not an item (but
            # "APOLOGIES FOR ABSENCE" over "Apologies were received from ...", as the next items are headed, is one).
            label = attendance_label(f"{text}:")
        if not label and _ATTENDANCE_HEADING.match(text):  # "Attendance" over a table of who came
            label = attendance_label("Present:")
        if people or label:
            attendees.extend(people)
            # "Members Present:" alone on its line: the names follow, one or more a line. A group's own
            # labelled line inside the list ("Officers: ...") keeps the list going; apologies end it.
            present = bool(label and label[0] in ("present", "in attendance"))
            pending = text if label and not label[2].strip() else (pending if people and present else None)
            index += 1
            continue
        if attendees and block.kind == "para" and _LETTERED_GROUP_LINE.match(text):
            # a SACRE's group on a line of its own after the list: "Group B (Church of England): Revd …, Mr …"
            attendees.extend(parse_attendance(f"Present: {text}"))
            index += 1
            continue
        if pending and block.kind == "para" and len(text) < 90 and _PUBLIC_COUNT.search(text):
            index += 1  # "2 members of the public" in the list: no one named, and the list goes on
            continue
        if pending and block.kind == "para" and is_column_heading(text):  # a table's headings as lines ("Name")
            index += 1
            continue
        if pending and block.kind == "heading" and _GROUP_HEADING.search(text):
            # "Attendance" / "Severnside City Council members" / names / "NHS and partners in attendance" / names
            pending = "In attendance:" if _IN_ATTENDANCE_GROUP.search(text) else "Present:"
            index += 1
            continue
        names = pending and block.kind not in ("numbered", "heading") and not (
            (starts_numbered(text, lettered) and not SPEAKERS_ITEM.match(text)) or is_caps(text))
        if names and block.is_entry:  # "<li>Helen Osei, Director of Public Health</li>": one person an entry
            people = parse_attendance_entry(pending, _under_sub_label(text))
        else:
            people = parse_attendance(f"{pending.rstrip(':')}: {_under_sub_label(text)}") if names else []
        if people:
            attendees.extend(people)
            index += 1
            continue
        numbered = block.kind == "numbered" or starts_numbered(text, lettered)
        found = None if numbered else _first_reading(text, read_title)
        if found and index < 8:
            title.fill(found)
            index += 1
            continue
        stray = not numbered and (_stray_header_line(block) or (index < 3 and is_caps(text)))
        if skipped < 2 and stray and any(map(_header_line, blocks[index + 1: index + 3])):
            # A line the header does not label, between lines it does: after the date, the venue; above the
            # title, a line in another language.
            if _NOTICE.search(text):
                notices.append(block)
            elif previous is not None and read_when_line(strip_link_text(previous.text)) and not labelled.venue:
                labelled.venue = _readings(text)[0].rstrip(". ")
            skipped += 1
            index += 1
            continue
        break
    if title.council and statement.council and statement.council == statement.panel:
        # "... of the Full Town Council held ..." names the body; a line that is only the
        # council's name ("KELSBOROUGH TOWN COUNCIL") names the council.
        statement.council = title.council
    if statement.panel and (title.panel or title.council) and statement.panel.lower() in _BODY_ALONE:
        statement.panel = None  # "JOINT BURIAL BOARD" / "Minutes of the meeting of the Board held ...": the title's
    unnamed = statement.date is not None and statement.panel is None  # "Minutes of the meeting held on ..."
    statement.fill(labelled)
    statement.fill(title)
    statement.council = statement.council or page_council
    if statement.panel is None and (unnamed or _LOCAL_COUNCIL.search(statement.council or "")):
        # "KELBROOK PARISH COUNCIL" / "Minutes of the meeting held on 3 March 2025": the council's own meeting, as
        # a parish, town or community council's minutes are unless they name a committee
        statement.panel = statement.council
    council = statement.council
    if statement.panel and council and (_KIND_OF_COUNCIL.fullmatch(statement.panel) or (
            statement.panel.lower() in _BODY_ALONE)) and council.lower().endswith(statement.panel.lower()):
        # "Kelsham Town Council" / "Minutes of the Annual Meeting of the Town Council", "Skellmoor National Park
        # Authority" / "Minutes of the Authority Meeting"
        statement.panel = council
    return statement, attendees, index, notices


# When a record's decisions take effect: "Published: 10 October 2024 Call-in deadline: 5pm, 17 October 2024"
_NOTICE = re.compile(r"\b(?:call[- ]in|into\s+(?:force|effect)|effective\s+(?:date|from)|implemented)\b", re.I)
# "2 members of the public", "2 aelod o'r cyhoedd / 2 members of the public"
_PUBLIC_COUNT = re.compile(r"^(?:.{0,40}/\s*)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|several|no)"
                           r"\s+(?:members?\s+of\s+(?:the\s+)?(?:public|press)|residents?|observers?|visitors?)\.?$",
                           re.I)
# "Cofnodion y cyfarfod a gynhaliwyd nos Fercher 10 Gorffennaf 2024": "Minutes of the meeting held on …"
_WELSH_STATEMENT = re.compile(r"^cofnodion\s+(?:\w+\s+){0,3}?cyfarfod\b", re.I)
_LETTERED_GROUP_LINE = re.compile(r"^Group\s+[A-Z1-9](?:\s*\([^()]{1,40}\))?\s*:\s+(?-i:[A-Z])")
_LOCAL_COUNCIL = re.compile(r"\b(?:Parish|Town|Community|Village|Neighbourhood)\s+Council$")
_KIND_OF_COUNCIL = re.compile(r"(?:Parish|Town|Community|City|County|District|Borough)\s+Council", re.I)
_BODY_ALONE = {"board", "committee", "sub-committee", "panel", "council", "forum", "authority", "group", "meeting",
               "partnership", "assembly", "commission", "trust", "executive"}


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
# "... OF THE PARISH COUNCIL HELD" / "IN THE VILLAGE HALL ...": a line that cannot end the statement
_STATEMENT_OPEN_END = re.compile(r"\b(?:held|the|of|in|at|on)$", re.I)
_STATEMENT_GOING_ON = re.compile(r"^(?:(?:which\s+)?(?:was\s+)?held\b|on\s+\w+day\b|on\s+\d|at\s+)", re.I)


def _statement_at(blocks: list[Block], index: int) -> tuple[Header, int] | None:
    """The statement of the meeting at `index`, and how many blocks it spans: printed headers break it over
    lines ("MINUTES OF THE MEETING OF THE X" / "HELD IN THE COUNCIL CHAMBER" / "ON THURSDAY, 18 JANUARY
    2024"). An item's title is never one ("C49/24 Minutes of the meeting held on 6 February 2024")."""
    block = blocks[index]
    text = strip_link_text(block.text)
    if block.kind == "numbered" or starts_numbered(text):
        return None
    found = read_statement(text)
    if found or not _STATEMENT_OPENING.match(text):
        return (found, 1) if found else None
    for count in (2, 3):
        last = index + count - 1
        if last >= len(blocks) or not (_STATEMENT_GOING_ON.match(strip_link_text(blocks[last].text))
                                       or _STATEMENT_OPEN_END.search(strip_link_text(blocks[last - 1].text))):
            return None
        found = read_statement(" ".join(strip_link_text(b.text) for b in blocks[index: index + count]))
        if found:
            return found, count
    return None


def _header_line(block: Block) -> bool:
    """A line only a header has: who was present, a labelled value, the meeting's date, the body's name.
    (Apologies are often an item of their own.)"""
    text = english_label(strip_link_text(block.text))
    label = attendance_label(text)
    return bool((label and label[0] in ("present", "in attendance")) or label_alone(text)
                or _ATTENDANCE_HEADING.match(text)
                or any(read(reading) for reading in _readings(text)
                       for read in (read_labelled, read_when_line, read_title, read_statement)))


# Welsh and English side by side: "Dydd Mawrth, 11 Chwefror 2025 / Tuesday, 11 February 2025", "Yn bresennol /
# Present:". Each half is read on its own, the last (English, as most Welsh councils set them) first.
def _readings(text: str) -> list[str]:
    if " / " not in text:
        return [text]
    english = english_labels(text)
    return [*([english] if english != text else []),
            *reversed([half.strip() for half in text.split(" / ") if half.strip()]), text]


def _first_reading(text: str, read: Callable[[str], Header | None]) -> Header | None:
    return next((found for found in map(read, _readings(text)) if found), None)


_TIME_AFTER_VENUE = re.compile(r"(?:,|\s+at|\s+[-–])\s+(?P<time>\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?|\d{1,2}:\d{2})\.?$",
                               re.I)


def _venue_and_time(text: str) -> tuple[str, str | None]:
    """"Council Chamber, Quenby Town Hall, 6.00 pm": the venue, and the time at its end."""
    if is_caps(text) and _CAPS_VENUE.match(text):  # "AT CALDERBRIDGE TOWN HALL"
        text = title_case(re.sub(r"^(?:AT|IN)\s+(?:THE\s+)?", "", text))
    at_end = _TIME_AFTER_VENUE.search(text)
    time = find_time(at_end.group("time")) if at_end else None
    return (text[: at_end.start()] if at_end and time else text).rstrip(". "), time


def _venue_line(block: Block) -> bool:
    """A line under the statement that only says where: "Committee Room 1, Aldermoor Civic Centre", or in capitals
    "AT CALDERBRIDGE TOWN HALL" (not "TOWN HALL ROOF", an item's heading)."""
    text = strip_link_text(block.text)
    if is_caps(text) and _CAPS_VENUE.match(text) and block.kind == "para" and VENUE_WORD.search(title_case(text)):
        return True
    return (_stray_header_line(block) and len(text) <= 100 and VENUE_WORD.search(text) is not None
            and not attendance_label(text) and not is_labelled(text) and text[:1].isupper())


_CAPS_VENUE = re.compile(r"^(?:AT|IN)\s+(?:THE\s+)?[A-Z][^.]{3,90}$")


def _stray_header_line(block: Block) -> bool:
    text = strip_link_text(block.text)
    return (block.kind not in ("numbered", "heading") and not block.emphasis and 0 < len(text) <= 150
            and not text.endswith(".") and not is_caps(text) and not starts_numbered(text))
