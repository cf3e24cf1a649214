"""Minutes PDFs: the text layer, read with pdfminer.six's layout analysis.

pdfminer groups lines into text boxes; a blank line goes between boxes and a form feed between pages,
so paragraph breaks survive extraction, and the common reflow then rejoins hard-wrapped lines and drops
page numbers and running headers. pdfminer puts lines in one box only when they share a left, right or
centre edge, so the first line of a paragraph with a hanging indent ("4.1<tab>The officer ...") or a
first-line indent in ragged-right text lands in a box of its own: a box that starts just below a line
running to the right edge of the text, with no paragraph spacing between, continues that line's paragraph.
Scanned PDFs have no text layer: OCR is not supported.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterable

from pdfminer.layout import LTComponent, LTContainer, LTItem, LTPage, LTText, LTTextBox

from indexer.errors import ReadError
from indexer.readers.pdf_tables import Table, tables

# pdfminer logs every font and object oddity it meets at WARNING; minutes PDFs are full of them.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


def pdf_to_text(data: bytes) -> tuple[str, list[str]]:
    """(text, warnings) of a PDF's text layer. Raises ReadError for unreadable PDFs."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psparser import PSException

    try:
        # Position across the page counts as much as down it: a page in two columns reads left column first.
        pages = extract_pages(io.BytesIO(data), laparams=LAParams(boxes_flow=0.0))
        text = _pages_text(pages)
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise ReadError("encrypted PDF: it needs a password to open") from None
    except (PDFSyntaxError, PSException) as error:
        raise ReadError(f"not a readable PDF, corrupt or truncated ({error})") from None
    except Exception as error:  # pdfminer raises many kinds of errors on damaged files
        raise ReadError(f"not a readable PDF, corrupt or truncated ({type(error).__name__}: {error})") from None
    if not text.replace("\f", "").strip():
        raise ReadError("no text layer; OCR is not supported (is it a scanned PDF?)")
    # A glyph the font does not map to text comes out as "(cid:N)": 127 is the standard fonts' bullet.
    text = _UNMAPPED_GLYPH.sub("", text.replace("(cid:127)", "•"))
    return text, []


_UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")


def _pages_text(pages: Iterable[LTPage]) -> str:
    """The pages' texts, a form feed after each; a table's headings carry over to its rows on the next page."""
    texts: list[str] = []
    headers: list[str] = []
    for page in pages:
        text, headers = _page_text(page, headers)
        texts.append(text + "\f")
    return "".join(texts)


def _page_text(page: LTPage, headers: list[str]) -> tuple[str, list[str]]:
    """The page's text as pdfminer's own text converter writes it, but for boxes that continue a paragraph and
    tables read row by row (indexer/readers/pdf_tables.py); and the headings of the page's last table."""
    pieces: list[str] = []
    right = _text_right_edge(page)
    previous: LTTextBox | None = None
    elements = _columns_in_order(list(page), page)
    gutter = _numbers_in_gutter([element for element in elements if isinstance(element, LTTextBox)])
    for element in _rows_together(_tables_in_place(elements, gutter), gutter):
        if isinstance(element, Table):
            if previous is not None:
                pieces.append("\n")
            lines, headers = element.lines(headers)
            pieces.extend(line + "\n\n" for line in lines)
            previous = None
        elif isinstance(element, LTTextBox):
            if previous is not None and not _continues(previous, element, right):
                pieces.append("\n")
            pieces.append(element.get_text())
            previous = element
        else:
            if previous is not None:
                pieces.append("\n")
            pieces.extend(_texts(element))
            previous = None
    if previous is not None:
        pieces.append("\n")
    return "".join(pieces), headers


def _tables_in_place(elements: list[LTItem], gutter: dict[int, LTTextBox]) -> list[LTItem | Table]:
    """The elements with each table's boxes replaced by the table, where its first box was. Minute numbers in a
    gutter are no table's cells: a resolution and its action, then the next number and title, are no rows."""
    numbers = {id(number) for number in gutter.values()}
    found = tables([element for element in elements if isinstance(element, LTTextBox) and id(element) not in numbers])
    if not found:
        return list(elements)
    table_of = {id(box): table for table in found for box in table.boxes}
    placed: set[int] = set()
    out: list[LTItem | Table] = []
    for element in elements:
        table = table_of.get(id(element))
        if table is None:
            out.append(element)
        elif id(table) not in placed:
            placed.add(id(table))
            out.append(table)
    return out


def _columns_in_order(elements: list[LTItem], page: LTPage) -> list[LTItem]:
    """A page set in two columns, read as people read it: what spans the page above them, the left column top
    to bottom, the right column, then what spans the page below them. pdfminer's own order can interleave the
    columns or start with the right one when a title spans the page. Only when no box crosses the middle of
    the page between the columns' top and bottom (a single column, margin numbers beside their minutes, a
    table across the page: left as pdfminer orders them)."""
    boxes = [element for element in elements if isinstance(element, LTTextBox)]
    middle = (page.x0 + page.x1) / 2
    left = [box for box in boxes if box.x1 <= middle]
    right = [box for box in boxes if box.x0 >= middle]
    wide = [box for box in left + right if box.width >= _COLUMN_WIDTH * page.width]  # not a page number
    if min(sum(box in side for box in wide) for side in (left, right)) < _COLUMN_BOXES:
        return elements
    top, bottom = max(box.y1 for box in wide), min(box.y0 for box in wide)
    spanning = [box for box in boxes if box.x0 < middle < box.x1]
    if any(box.y0 < top and box.y1 > bottom for box in spanning):
        return elements
    above = _top_down([box for box in spanning if box.y0 >= top])
    below = _top_down([box for box in spanning if box.y1 <= bottom])
    others = [element for element in elements if not isinstance(element, LTTextBox)]
    return [*above, *_top_down(left), *_top_down(right), *below, *others]


def _top_down(boxes: list[LTTextBox]) -> list[LTTextBox]:
    return sorted(boxes, key=lambda box: -box.y1)


_COLUMN_BOXES = 3  # boxes each side before a page counts as two columns
_COLUMN_WIDTH = 0.25  # of the page's width: the narrowest box that counts in a column


def _rows_together(elements: list[LTItem], gutter: dict[int, LTTextBox]) -> list[LTItem]:
    """Minutes set as a table ("Minute No. | Minute | Action"): pdfminer reads a grid a column at a time, every
    minute number, then every minute, then every action. A box holding only a short number goes just before
    the box of several lines to its right that starts on the same line (a minute: its title and text), and
    a short box to the right of a box of several lines, starting within its height, goes just after it:
    each row reads number, minute, action again. On a page with its numbers in a gutter (`_numbers_in_gutter`)
    each number goes before its title, and the page reads line by line."""
    boxes = [element for element in elements if isinstance(element, LTTextBox)]
    before: dict[int, LTTextBox] = dict(gutter)
    after: dict[int, list[LTTextBox]] = {}
    for box in boxes:
        text = box.get_text().strip()
        if len(box) != 1 or len(text) > 40:
            continue
        height = next(iter(box)).height
        if _NUMBER_CELL.fullmatch(text):
            if gutter:  # the gutter's numbers already know their titles
                continue
            minutes = [other for other in boxes if other is not box and other.x0 >= box.x1 - 1 and len(other) > 1
                       and abs(other.y1 - box.y1) < 0.6 * height]
            if minutes:
                before[id(min(minutes, key=lambda other: other.x0))] = box
            continue
        beside = [other for other in boxes if other is not box and other.x1 <= box.x0 + 1 and len(other) > 1
                  and other.y0 - 0.6 * height <= box.y1 <= other.y1 + 0.6 * height]
        if beside:
            after.setdefault(id(max(beside, key=lambda other: other.x1)), []).append(box)
    if not before:  # no grid of numbered rows: a short box beside a long one is a column's heading, not an action
        return elements
    if gutter:
        elements = _line_by_line(elements)
    moved = {id(box) for box in before.values()} | {id(box) for found in after.values() for box in found}
    ordered: list[LTItem] = []
    for element in elements:
        if id(element) in moved:
            continue
        if id(element) in before:
            ordered.append(before[id(element)])
        ordered.append(element)
        ordered.extend(after.get(id(element), []))
    return ordered


def _numbers_in_gutter(boxes: list[LTTextBox]) -> dict[int, LTTextBox]:
    """Minute numbers standing in a left column of their own beside one column of text, by the id of the title
    on each one's line: a word processor's borderless table, the number, then the title and each paragraph in
    rows beside it, perhaps an action column on the right. pdfminer weighs a box's distance across the page
    as much as down it, so a paragraph at the titles' edge could come after the next minute's number and title
    at the page's left edge. A number is short, alone in its box, with nothing left of it on its line. Empty
    unless the first thing right of each number is a title in words, with at most an action after it; every
    title starts at one edge; at least as many boxes start there without a number on their line (the minutes'
    paragraphs: a table numbers every row); and no box of several lines ends before that edge (a second
    column)."""
    titles: dict[int, LTTextBox] = {}
    for box in boxes:
        text = box.get_text().strip()
        if len(box) != 1 or len(text) > 40 or not _NUMBER_CELL.fullmatch(text):
            continue
        height = next(iter(box)).height
        line = [other for other in boxes if other is not box and abs(other.y1 - box.y1) < 0.6 * height]
        if not line or min(other.x0 for other in line) < box.x1 - 1:
            continue  # a figure in a table's row ("April 2024 | 40 | 131"), not a minute's number
        title = min(line, key=lambda other: other.x0)
        if len(line) > 2 or not _WORD.search(title.get_text()):  # a table's row: "1 | Leavers notified | High | …"
            return {}
        titles[id(title)] = box
    if not titles:
        return {}
    edges = [box.x0 for box in boxes if id(box) in titles]
    edge = min(edges)
    unnumbered = sum(abs(box.x0 - edge) < 2 and id(box) not in titles for box in boxes)
    if max(edges) - edge >= 2 or unnumbered < len(titles) or any(len(box) > 1 and box.x1 <= edge + 1 for box in boxes):
        return {}
    return titles


def _line_by_line(elements: list[LTItem]) -> list[LTItem]:
    """The elements top to bottom, those starting on one line (within 2 points) left to right."""
    ordered = sorted(elements, key=lambda element: -_top(element))
    lines: list[list[LTItem]] = []
    for element in ordered:
        if lines and _top(lines[-1][0]) - _top(element) < 2:
            lines[-1].append(element)
        else:
            lines.append([element])
    return [element for line in lines for element in sorted(line, key=_left)]


def _top(element: LTItem | Table) -> float:
    if isinstance(element, Table):
        return max(box.y1 for box in element.boxes)
    return element.y1 if isinstance(element, LTComponent) else 0.0


def _left(element: LTItem | Table) -> float:
    if isinstance(element, Table):
        return min(box.x0 for box in element.boxes)
    return element.x0 if isinstance(element, LTComponent) else 0.0


_WORD = re.compile(r"[^\W\d_]{2}")
# A minute number alone in its cell: "FC/24/112", "12.", "C.45", "25/031", "7(a)".
_NUMBER_CELL = re.compile(r"(?:[A-Z]{1,5}[/.]?\s?)?\d{1,4}(?:[/.]\d{1,4}){0,2}\.?(?:\([a-z]\))?")


def _texts(item: LTItem) -> list[str]:
    if isinstance(item, LTContainer):
        return [text for child in item for text in _texts(child)]
    return [item.get_text()] if isinstance(item, LTText) else []


def _text_right_edge(page: LTPage) -> float:
    """Where the page's full lines end: the furthest right edge of a line in a box of several lines."""
    edges = [line.x1 for box in page if isinstance(box, LTTextBox) and len(box) > 1 for line in box]
    return max(edges, default=page.x1)


def _continues(box: LTTextBox, following: LTTextBox, right: float) -> bool:
    """Whether `following` carries on the paragraph of the last line of `box`: it starts at once below that
    line (less than half a line's height between, as pdfminer's own line grouping allows), in type of the
    same size, and that line runs to within 15% of the text width from its right edge (wide enough
    for a ragged-right line whose next word did not fit)."""
    last, first = list(box)[-1], next(iter(following))
    height = last.height
    gap = last.y0 - first.y1
    return (0 <= gap < 0.5 * height and abs(first.height - height) < 0.15 * height
            and last.x1 >= right - 0.15 * (right - min(box.x0, following.x0))
            and following.x0 < box.x1 and following.x1 > box.x0)
