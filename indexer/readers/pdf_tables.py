"""Tables of short cells in a minutes PDF (an audit's findings, an action log, payments, attendance), read row
by row under their column headings, or as a label and what it labels.

pdfminer makes each cell a text box of its own and orders the boxes by where they start, so a table came out a
cell to a paragraph, out of order: a row's number alone ("1") read as an item heading, its finding as the
item's title. A row here is cells set side by side on the same line (their heights overlap, as
cells aligned to the top, middle or bottom of a row do), with no other text beside them; a table is such rows
one under the other, each cell in a column of its own, the first of a table of two columns a label ("Decision |
To approve …"). Each row then reads as one line (see
indexer/tables.py): "Rec: 1; Finding: Leavers notified late to payroll; Priority: High"; a table of two groups
of people under their headings ("Voting Members | Non-Voting Members") reads a column at a time, each a list.
Minutes set as a grid ("Minute No. | Minute | Action"), whose minutes run to many lines, are left to the page's
own reading.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from pdfminer.layout import LTTextBox

from indexer.attendance import attendance_label, looks_like_person
from indexer.tables import TITLED_CELL, group_heading, headings_row, row_line

_CELL_LINES = 6  # the most lines a table's cell holds; a minute runs longer
_CELL_CHARS = 300
_LABELLED_LINES = 20  # the most lines of what a label labels
# the first column of a table of two: a short label ("Reasons for decision", "Present:") or a name, not a minute
# number ("FC/24/121")
_LABEL = re.compile(r"^[^\d.;]{2,60}:?$")
_MINUTE_COLUMN = re.compile(r"^(?:minutes?|items?|agenda)\b", re.I)  # a grid of minutes, not a table in one


@dataclass
class Table:
    boxes: list[LTTextBox]  # every cell's box, in pdfminer's order of the page
    rows: list[list[str]]  # each row's cells, "" where a column is empty; the first row may be the headings

    def lines(self, headers: list[str]) -> tuple[list[str], list[str]]:
        """(each row as one line, the headings for a table that continues on the next page). `headers` are
        those of the table the page before, for a table that goes on over a page without repeating them."""
        rows = self.rows
        if all(TITLED_CELL.match(cell) for row in rows for cell in row if cell):  # names set in columns
            return [", ".join(cell for cell in row if cell) + "," for row in rows], []
        if _groups_of_people(rows):
            # "Voting Members | Non-Voting Members" over a person in each cell: each column a list under its heading
            return [f"{heading}: " + "; ".join(row[column] for row in rows[1:] if row[column])
                    for column, heading in enumerate(rows[0])], []
        if len(rows[0]) == 2:  # labels and what they label: "Decision | To approve …", "Field | Detail" over them
            rows = rows[1:] if headings_row(rows[0]) and len(rows) > 2 else rows
            # or a Sederunt's people and their bodies, under headings of their groups
            grouped = any(group_heading(row[0]) and not row[1] for row in rows)
            return [row_line(cells, [], not TITLED_CELL.match(cells[0]) and not (grouped and _person(cells[0])))
                    for cells in rows], []
        if headings_row(rows[0]) and all(rows[0]):
            headers, rows = rows[0], rows[1:]
        elif len(headers) != len(rows[0]):
            headers = []
        half = len(headers) // 2
        if half >= 2 and headers[:half] == headers[half:]:  # "Member | Attendance | Member | Attendance"
            return [row_line(cells, headers[:half], False) for row in rows
                    for cells in (row[:half], row[half:]) if any(cells)], headers
        return [row_line(cells, headers, False) for cells in rows if any(cells)], headers


def _groups_of_people(rows: list[list[str]]) -> bool:
    """Two columns headed by the groups they list ("Elected Members | Appointed Members (Holmfen District
    Council)"), with a person in every cell under them, perhaps with their role after a comma ("Eilidh Strachan,
    Chief Officer") or in brackets; a column may run shorter than the other."""
    headings = [_GROUP_QUALIFIER.sub("", cell) for cell in rows[0]]
    return len(headings) == 2 and all(headings) and headings_row(headings) and _people_only(rows[1:])


def _people_only(rows: list[list[str]]) -> bool:
    """Every cell a person, perhaps with their role after a comma ("Eilidh Strachan, Chief Officer")."""
    cells = [cell for row in rows for cell in row if cell]
    return bool(cells) and all(_person(cell) for cell in cells)


def _person(cell: str) -> bool:
    """A person's name, perhaps with their role after a comma; not a word alone ("Present"), a label of
    attendance ("In Attendance") nor a group's heading ("Non-Voting Members")."""
    name = cell.split(",")[0]
    return (looks_like_person(name) and len(name.split()) > 1 and attendance_label(name) is None
            and not group_heading(name))


_GROUP_QUALIFIER = re.compile(r"\s*\([^()]*\)$")  # "Appointed Members (Holmfen District Council)"


def tables(boxes: list[LTTextBox]) -> list[Table]:
    """The page's tables of short cells, found among its text boxes."""
    found: list[Table] = []
    run: list[list[LTTextBox]] = []
    for line, following in itertools.pairwise([*_lines(boxes), [], []]):
        if ((len(line) >= 2 and (all(_is_cell(box) for box in line) or _labelled(line)))
                or _column_runs_on(run, line) or _group_heading_within(run, line, following)):
            run.append(line)
            continue
        table = _table(run) if len(run) >= 2 else None
        if table:
            found.append(table)
        else:  # a column that ran on alone made no table: the rows of cells on either side of it may
            found.extend(table for part in _split_at_lone_cells(run) if len(part) >= 2 if (table := _table(part)))
        run = []
    return found


def _column_runs_on(run: list[list[LTTextBox]], line: list[LTTextBox]) -> bool:
    """A person alone on the line, under a person in the table's column above: the longer column of two
    groups of people ("Elected Members | Appointed Members") going on below the shorter."""
    if len(line) != 1 or not run or not _is_cell(line[0]) or not _person(_text(line[0])):
        return False
    return any(abs(box.x0 - line[0].x0) < 2 and _person(_text(box)) for box in run[-1])


def _group_heading_within(run: list[list[LTTextBox]], line: list[LTTextBox], following: list[LTTextBox]) -> bool:
    """A heading alone on its line in the first column of a table of people, with people in the rows on either
    side of it, or heading its first row: a Sederunt's "Voting Members", their rows, "Non-Voting Members",
    theirs."""
    if len(line) != 1 or len(following) < 2 or len(line[0]) != 1 or _person(_text(line[0])):
        return False
    if not run and not group_heading(_text(line[0])):
        return False
    return all(abs(row[0].x0 - line[0].x0) < 2 and _person(_text(row[0])) for row in (*run[-1:], following))


def _split_at_lone_cells(run: list[list[LTTextBox]]) -> list[list[list[LTTextBox]]]:
    parts: list[list[list[LTTextBox]]] = [[]]
    for line in run:
        if len(line) == 1:
            parts.append([])
        else:
            parts[-1].append(line)
    return parts


def _table(lines: list[list[LTTextBox]]) -> Table | None:
    """Lines of cells as a table: its columns are where the cells stand, the gaps between them running down
    every line. None for one column, for two whose first holds no labels unless they list two groups of people,
    for more with a cell too long for a table's, for a line with two cells in one column, and for a grid of
    minutes."""
    columns = _columns([box for line in lines for box in line])
    if len(columns) < 2 or (len(columns) > 2 and not all(_is_cell(box) for line in lines for box in line)):
        return None
    rows: list[list[str]] = []
    for line in lines:
        cells = [""] * len(columns)
        for box in line:
            column = next(number for number, (left, right) in enumerate(columns) if left <= box.x0 <= right)
            if cells[column]:
                return None
            cells[column] = _text(box)
        rows.append(cells)
    if any(_MINUTE_COLUMN.match(cell) for cell in rows[0]):
        return None
    labels = all(_labelled(line) or (len(line) == 1 and group_heading(_text(line[0]))) for line in lines)
    if len(columns) == 2 and not labels and not _groups_of_people(rows):
        return None
    return Table([box for line in lines for box in line], rows)


def _columns(boxes: list[LTTextBox]) -> list[tuple[float, float]]:
    """The spans across the page that the boxes cover, left to right, where boxes overlapping share a span."""
    spans: list[tuple[float, float]] = []
    for box in sorted(boxes, key=lambda box: box.x0):
        if spans and box.x0 <= spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], max(spans[-1][1], box.x1))
        else:
            spans.append((box.x0, box.x1))
    return spans


def _lines(boxes: list[LTTextBox]) -> list[list[LTTextBox]]:
    """The boxes grouped into lines down the page: boxes whose heights overlap, left to right."""
    lines: list[list[LTTextBox]] = []
    for box in sorted(boxes, key=lambda box: -box.y1):
        line = lines[-1] if lines else None
        if line and min(other.y0 for other in line) < box.y1 - 0.5 * min(box.height, *(o.height for o in line)):
            line.append(box)
        else:
            lines.append([box])
    return [sorted(line, key=lambda box: box.x0) for line in lines]


def _labelled(line: list[LTTextBox]) -> bool:
    """A label and what it labels, which may run to a paragraph: "Decision | (1) To accept recommendations …"."""
    return (len(line) == 2 and _is_cell(line[0]) and bool(_LABEL.match(_text(line[0])))
            and len(line[1]) <= _LABELLED_LINES)


def _text(box: LTTextBox) -> str:
    return " ".join(box.get_text().split())


def _is_cell(box: LTTextBox) -> bool:
    return len(box) <= _CELL_LINES and len(box.get_text()) <= _CELL_CHARS
