"""How a table's row reads as one line of minutes, in pages (`<tr>`) and in typed text (Markdown `| a | b |`)."""

from __future__ import annotations

import re

from indexer.attendance import looks_like_person

_STATUS_COLUMN = re.compile(r"^(?:attendance|attended|status|present\??)$", re.I)
_STATUS = re.compile(r"^(?:present(?:\s+as\s+substitute)?|apologies|absent|in\s+attendance|substitute)$", re.I)
_STATUS_ALONE = re.compile(r"^(?:present|apologies|absent)$", re.I)  # a status without its column's heading
_PERSON_COLUMN = re.compile(r"^(?:name|attendee|member|councillor|officer|present|representative)s?$", re.I)


def row_line(cells: list[str], headers: list[str], labelled: bool) -> str:
    """How a row reads as a line: "Venue: Room 2.14" (a label and its value, or two cells), "Cllr Rachel
    Okafor (Chair) (Cabinet Member for Health, RO)" (a person, then what the other cells say of them, as
    attendance lists write it), "Application No.: 24/01402/FUL; Site: Unit 4, Brook Industrial Estate;
    Decision: Approved" (each cell under its column's heading), "Apologies: Mr T Hewitt" (a person and their
    attendance)."""
    filled = [(header, cell) for header, cell in zip(headers or [""] * len(cells), cells, strict=True) if cell]
    status = next((cell for header, cell in filled if _STATUS.match(cell) and (
        _STATUS_COLUMN.match(header) or (not headers and _STATUS_ALONE.match(cell)))), None)
    if status and len(filled) > 1:  # "Mrs M Pryce (Chairman) | Present": "Present: Mrs M Pryce (Chairman)"
        return f"{status}: {row_line([cell for header, cell in filled if cell != status], [], False)}"
    first, rest = filled[0][1], [cell for _, cell in filled[1:]]
    if not rest and group_heading(first):  # "Officers" over the rows of the officers present
        return f"{first}:"
    if not rest:
        return f"{filled[0][0].rstrip(':')}: {first}" if filled[0][0] else first
    if labelled:
        return f"{first.rstrip(':')}: {', '.join(rest)}"
    if _PERSON_COLUMN.match(filled[0][0].rstrip(":")) or (
            not headers and looks_like_person(first) and len(_ROLE_IN_BRACKETS.sub("", first).split()) > 1):
        roles = ", ".join(_ROLE_IN_BRACKETS.sub(r", \1", cell) for cell in rest)
        return f"{first} ({roles})"
    if len(filled) == 2 and not headers:
        return f"{first.rstrip(':')}: {rest[0]}"
    return "; ".join(f"{header.rstrip(':')}: {cell}" if header else cell for header, cell in filled)


def group_heading(cell: str) -> bool:
    """The heading of a group of people in an attendance table: "Officers", "Non-Voting Members"."""
    return bool(_GROUP_HEADING.fullmatch(cell))


_GROUP_HEADING = re.compile(r"(?:[A-Z][\w-]*\s+){0,2}(?:[Mm]embers|[Oo]fficers|[Rr]epresentatives|[Aa]dvisers|"
                            r"[Aa]ttendees|[Oo]bservers|[Ss]ubstitutes)|OFFICERS|[A-Z -]+ MEMBERS")


def headings_row(cells: list[str]) -> bool:
    """Cells that read as a table's column headings ("Name", "By when", "Amount (£)"), none of them a person."""
    return all(_HEADING_CELL.match(cell) and not TITLED_CELL.match(cell) for cell in cells)


TITLED_CELL = re.compile(r"^(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Alderman|Mayor)\.?\s+[A-Z]")  # a person, no heading
_HEADING_CELL = re.compile(r"^[A-Z][\w/&.-]*(?:\s+[\w/&.-]+){0,2}(?:\s*\(£\)|\s+£)?$")  # "By when", "Net £"
_ROLE_IN_BRACKETS = re.compile(r"\s*\(([^()]*)\)")
