"""Plain text (typed, Markdown, or extracted from a PDF) into blocks.

Handles what PDF extraction leaves behind: hard line breaks inside sentences, words split with a
hyphen at a line end, bullets alone on their line, page numbers, running headers repeated on every
page, form feeds, and superscript ordinals ("15" / "th" / "May") left on a line of their own.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from indexer.attendance import attendance_label
from indexer.blocks import EXCHANGE_LABEL, SHORT_ENTRY_CHARS, Block
from indexer.cues import Cued
from indexer.dates import TIME, find_dates
from indexer.header import is_labelled
from indexer.headings import MINUTE_CAPS_TITLE, NUMBER_ONLY, is_financial_year
from indexer.tables import TITLED_CELL, headings_row, row_line
from indexer.textutil import (
    BULLET_CHARS,
    bullet_marker,
    clean_inline,
    ends_sentence,
    is_decision_line,
    numbered_marker,
    sentence_count,
)

PAGE_BREAK = "\f"
# Where a page ended, as a line of its own between the pages' lines (not whitespace: lines get stripped).
PAGE_TURN = "\x00page\x00"
# A Markdown rule after a blank line: how PDF-to-Markdown converters mark a page break.
_RULE_LINE = re.compile(r"^\s{0,3}(?:-{3,}|\*{3,}|(?:\*\s+){2,}\*)\s*$")
_PAGE_NUMBER = re.compile(
    r"^\s*(?:page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[-–~]?\s*\d{1,3}\s*[-–~]?|\d{1,4}\s*(?:of|/)\s*\d{1,4})\s*$",
    re.IGNORECASE,
)
# page numbers that say so wherever they stand: "Page 3 of 7", and a number set between dashes or tildes ("- 3 -",
# "~ 3 ~", a typed page's)
_LABELLED_PAGE_NUMBER = re.compile(
    r"^\s*(?:page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|([-–~])\s*\d{1,3}\s*\1)\s*$", re.IGNORECASE)
_ORDINAL_ALONE = re.compile(r"^\s*(st|nd|rd|th)\s*$")
_BULLET_ALONE = re.compile(rf"^\s*[{BULLET_CHARS}]\s*$")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_BOLD_LINE = re.compile(r"^\s*\*\*\s*(.+?)\s*(?:\*\*)?\s*$")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_MD_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")  # "*Meeting closed 8.36pm.*"
_SIGNATURE = Cued(re.compile(
    r"(?:signed|signature|initials|chair(?:man)?'?s? signature)\b.*(?:\.{3,}|…{2,}|_{3,})"
    r"|^\s*(?:chair(?:man|woman|person)?|mayor|president|date)\s*:?\s*(?:\.{5,}|…{3,}|_{5,})",
    re.I,
), "... … ___")
# Lines that only point at other documents on the page they were copied from.
LINK_FURNITURE = re.compile(
    r"^\s*(?:supporting documents|additional documents|attachments|background papers|documents)\s*:?\s*$",
    re.IGNORECASE,
)
_SECTION_LABEL_LINE = re.compile(r"^(?:minutes|decision|resolved|recommendations?)\s*:\s*$", re.I)
# Sentences that open a paragraph of their own even inside a list entry: thanks that close an item,
# and the action lines of parish minutes ("Clerk to write to the County Council ...").
_CLOSING_FORMULA = re.compile(
    r"^(?:The (?:Chair|Chairman|Chairperson|Mayor|Leader|Vice[- ]Chair)\b.{0,60}\bthanked\b"
    r"|(?:The\s+)?(?:Town\s+|Parish\s+|Deputy\s+)?Clerk\s+to\s+[a-z]+\b|Action\s*:)"
)
# Lines that minutes repeat as their content, never page furniture: "Action: Clerk", "RESOLVED", "Noted".
_ENTRY_LINE = re.compile(r"^(?:[A-Za-z][\w '’&/.-]{0,30}:\s*\S|(?:resolved|agreed|noted|carried|action)\b)", re.I)
# Hyphenated prefixes whose hyphen is real when a word is split at it ("multi-\nagency").
_KEEP_HYPHEN = {
    "multi", "non", "co", "anti", "self", "cross", "well", "long", "short", "full", "part", "half",
    "post", "pre", "semi", "sub", "ex", "vice", "inter", "counter", "mid", "high", "low", "cost",
    "year", "day", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "in", "on", "off", "up", "out", "follow", "step", "so", "over", "under", "re",
}


def _markdown_marks_off(line: str) -> str:
    """What converters from Word leave in Markdown that is not text: block quote marks ("> RESOLVED ..."),
    superscripts ("24^th^ April"), footnote marks ("[^1]") and escaped characters ("\\_\\_\\_")."""
    if not any(mark in line for mark in "^>\\"):
        return line
    line = _QUOTE_MARKS.sub("", line)
    line = _SUPERSCRIPT.sub(r"\1", line)
    line = _FOOTNOTE.sub("", line)
    return _ESCAPED.sub(r"\1", line)


# A ">" before a number is "more than" ("> 50% of respondents"), unless the number is a list marker ("> 1. That").
_QUOTE_MARKS = re.compile(r"^\s{0,3}(?:>(?!\s?(?:[£$=<]|(?>\d+(?:[.,]\d+)*)(?![.)]\s)))\s?)+")
_SUPERSCRIPT = re.compile(r"\^([A-Za-z0-9]{1,4})\^")
_FOOTNOTE = re.compile(r"^\[\^\w+\]:\s*|\[\^\w+\]")
_ESCAPED = re.compile(r"\\([_*#\[\]()>.-])")


_UNDERLINE = re.compile(r"^\s{0,3}(?:={3,}|-{3,})\s*$")
_INDENTED_UNDERLINE = re.compile(r"^\s+(?:={3,}|-{3,})\s*$")  # "89.     APOLOGIES" / "        ---------"
_TABLE_RULE = re.compile(r"^\s*-{3,}(?:\s+-{3,})+\s*$")


def _pipe_tables(lines: list[str]) -> list[str]:
    """A Markdown pipe table ("| Name | Role |" over "|------|------|"), or a typed one (three lines or more
    with as many `|` each, the first of headings when it holds no number): each row below the heading row is a
    line of its own, its cells read under their headings (indexer/tables.py). Tables typed in aligned columns
    and tables saved with tabs are read first, the same way."""
    lines = _tab_tables(_aligned_tables(lines))
    if not any(line.count("|") >= 2 for line in lines):
        return lines
    out: list[str] = []
    index = 0
    while index < len(lines):
        if _PIPE_ROW.match(lines[index]) and index + 1 < len(lines) and _PIPE_RULE.match(lines[index + 1]):
            headers = _pipe_cells(lines[index])
            index += 2
            while index < len(lines) and _PIPE_ROW.match(lines[index]):
                out += _row(_pipe_cells(lines[index]), headers)
                index += 1
            continue
        typed = _typed_table_end(lines, index)
        if typed > index:
            rows = [_pipe_cells(line) for line in lines[index:typed]]
            headers = rows.pop(0) if not any(re.search(r"\d", cell) or TITLED_CELL.match(cell)
                                             for cell in rows[0]) else []
            for cells in rows:
                out += _row(cells, headers)
            index = typed
            continue
        out.append(lines[index])
        index += 1
    return out


_TAB_CELLS = re.compile(r"\s*\t+\s*")


def _tab_tables(lines: list[str]) -> list[str]:
    """A word processor's table saved as text, its cells between tabs ("Cllr Margaret Hollis<tab>Chair<tab>
    Present"): three rows or more with as many cells each, read row by row as a pipe table's, under the first
    row when it is one of headings ("Name<tab>Role<tab>Attendance"). A line indented with a tab, opening with a
    number ("1.1<tab>JB welcomed members") or a label ("Date:<tab>Thursday") is no row."""
    if not any("\t" in line for line in lines):
        return lines
    cells = [_TAB_CELLS.split(line.strip()) if "\t" in line.strip() and not line[:1].isspace() else []
             for line in lines]
    heading = 0  # the number of cells in the row of headings over the lines being read, if any
    for index, row in enumerate(cells):
        # Under a row of headings ("No.<tab>Action<tab>Owner<tab>Status"), a line of as many cells is a row, whatever
        # opens it ("CP/23/04<tab>Write to district leaders<tab>Chair<tab>Done"); elsewhere a line opening with a
        # number is a minute's ("CA/24/52<tab>BUS FRANCHISING").
        heading = len(row) if len(row) >= 3 and headings_row(row) else (heading if len(row) == heading else 0)
        if len(row) < 2 or (not heading and (_ROW_OPENING.match(row[0]) or NUMBER_ONLY.match(row[0]))):
            cells[index] = []
    out: list[str] = []
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and cells[end] and len(cells[end]) == len(cells[start]):
            end += 1
        if end - start < 3:
            if end > start and len(cells[start]) == 2 and all(_PERSON_CELL.match(row[0]) for row in cells[start:end]):
                # people and their roles ("Helen Marwick<tab>Chief Executive"), one a line as in a list of names
                out += [row_line(row, [], False) for row in cells[start:end]]
                start = end
                continue
            out.append(lines[start])
            start += 1
            continue
        rows = cells[start:end]
        start = end
        if all(_FULL_NAME.match(cell) for row in rows for cell in row):  # a grid of names, read along its rows
            out += [", ".join(row) + ("," if number < len(rows) else "") for number, row in enumerate(rows, 1)]
            continue
        headers = rows.pop(0) if headings_row(rows[0]) and not _names_column(rows) else []
        if headers and out and out[-1].strip():
            out.append("")  # "Summary of actions" over the headings: a title of its own, not the first row's
        for row in rows:
            out += _row(row, headers)
    return out


def _aligned_tables(lines: list[str]) -> list[str]:
    """A table typed with spaces, its columns aligned under a row of headings ("Item       Action        Who    By"
    over "25/11      Storm contingency line    TH     Oct 2025"), read row by row under its headings: else its rows
    opening with a minute number read as items."""
    if not any("  " in line for line in lines):
        return lines
    out: list[str] = []
    index = 0
    while index < len(lines):
        headings = _aligned_cells(lines[index])
        end = index + 1
        if len(headings) >= 3 and headings_row([cell for _, cell in headings]):
            columns = [start for start, _ in headings]
            while end < len(lines) and [start for start, _ in _aligned_cells(lines[end])] == columns:
                end += 1
        if end - index < 3:
            out.append(lines[index])
            index += 1
            continue
        headers = [cell for _, cell in headings]
        out.append("")
        for row in lines[index + 1:end]:
            out += _row([cell for _, cell in _aligned_cells(row)], headers)
        index = end
    return out


def _aligned_cells(line: str) -> list[tuple[int, str]]:
    """(column, text) of each cell of a line typed in columns two spaces or more apart; none for an indented line."""
    if line[:1].isspace() or "  " not in line:
        return []
    return [(found.start(), found.group(0)) for found in _ALIGNED_CELL.finditer(line.rstrip())]


_ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")


def _names_column(rows: list[list[str]]) -> bool:
    """The first column holds people's names, the first row's too ("Ben Ashcroft<tab>Chief Executive" over
    "Sarah Mellor<tab>Director of Transport"): that row is no headings."""
    return all(_FULL_NAME.match(re.sub(r"\s*\([^()]*\)$", "", row[0])) for row in rows)


_FULL_NAME = re.compile(r"^[A-Z][a-z'’-]+(?:\s+[A-Z]\.?)*\s+(?:Mc|Mac|O['’])?[A-Z][\w'’-]+$")
_PERSON_CELL = re.compile(r"^(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Mayor|Alderman)\.?\s+)?[A-Z][a-z'’-]+"
                          r"(?:\s+[A-Z]\.?)*\s+(?:Mc|Mac|O['’])?[A-Z][\w'’-]+$")
# what opens a numbered or lettered paragraph ("1.1", "a)", "FC.198", "24/101") or a labelled line ("Date:")
_ROW_OPENING = re.compile(r"^(?:\(?[a-zA-Z]{1,3}[.)]|\(?\d{1,4}(?:[./]\d{1,4})?[.)]?"
                          r"|[^\s:]{1,30}:)$")


def _typed_table_end(lines: list[str], start: int) -> int:
    """Where a typed table starting at `start` ends (`start` when none does): a run of at least three lines
    with the same number of `|`, at least two ("Payee | Details | Amount (£)")."""
    bars = lines[start].count("|")
    end = start
    while bars >= 2 and end < len(lines) and lines[end].count("|") == bars:
        end += 1
    return end if end - start >= 3 else start


def _row(cells: list[str], headers: list[str]) -> list[str]:
    if not any(cells):
        return []
    return [row_line(cells, headers if len(headers) == len(cells) else [], False), ""]


def _pipe_cells(line: str) -> list[str]:
    return [clean_inline(cell.replace("**", "").replace("__", "")) for cell in line.strip().strip("|").split("|")]


_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")


def _underlined_headings(lines: list[str]) -> list[str]:
    """A heading underlined with `===` or `---` (Markdown's setext headings, typed minutes' underlines) as a
    Markdown heading, its underline gone."""
    if not any(line.lstrip()[:3] in ("===", "---") for line in lines):
        return lines
    out: list[str] = []
    for line in lines:
        if _TABLE_RULE.match(line):  # the rules of a Markdown simple table ("-------  ----------")
            continue
        previous = out[-1].strip() if out else ""
        if (_UNDERLINE.match(line) or (_INDENTED_UNDERLINE.match(line) and _under_the_words(line, out[-1]))) and (
                previous and not previous.startswith(("#", "-", "*", "|")) and len(previous) <= 150):
            out[-1] = ("# " if line.strip()[0] == "=" else "## ") + previous
            continue
        out.append(line)
    return out


def _under_the_words(rule: str, line: str) -> bool:
    """An indented rule stands under the words of the line above: it starts where a word does."""
    start = len(rule) - len(rule.lstrip())
    return 0 < start < len(line) and line[start] != " " and line[start - 1] == " "


def _drop_page_furniture(lines: list[str]) -> list[str]:
    """Drop page numbers and running headers/footers; return the lines with PAGE_TURN between pages."""
    pages: list[list[str]] = [[]]
    page_ends = _page_numbers_set_apart(lines)
    for line_index, line in enumerate(lines):
        if _RULE_LINE.match(line) and not (pages[-1] and pages[-1][-1].strip()):
            pages.append([])
            continue
        if line_index in page_ends:
            pages[-1].append(line)
            pages.append([])
            continue
        parts = line.split(PAGE_BREAK)
        for index, part in enumerate(parts):
            if index:
                pages.append([])
            if part.strip() or len(parts) == 1:
                pages[-1].append(part)

    def edges(page: list[str]) -> list[int]:
        # a bullet glyph extracted apart from its text is no line of its own
        content = [i for i, line in enumerate(page) if clean_inline(line) and not _BULLET_ALONE.match(line)]
        return content[:3] + content[-3:]

    if len(pages) > 1:
        seen: Counter[str] = Counter()
        for page in pages:
            for key in {_furniture_key(page[i]) for i in edges(page)}:
                seen[key] += 1
        running = {key for key, count in seen.items()
                   if count >= 2 and len(key) > 3 and re.search(r"[A-Za-z]", key) and not _ENTRY_LINE.match(key)}
    else:
        counts = Counter(clean_inline(line) for line in lines)
        running = {  # a label the minutes repeat ("**RESOLVED:**" before each decision) is no running header
            key for key, count in counts.items()
            if count >= 3 and len(key) >= 12 and not ends_sentence(key) and not bullet_marker(key)
            and not _ENTRY_LINE.match(key) and not is_decision_line(_strip_emphasis(key))
        }

    out: list[str] = []
    kept_first: set[str] = set()
    for page_index, page in enumerate(pages):
        if page_index:
            out.append(PAGE_TURN)
        edge = set(edges(page)) if len(pages) > 1 else set()
        top = set(edges(page)[:3]) if page_index == 0 else set()
        page_title = _dated_page_title(page, edge if page_index else _beside_page_number(page))
        for line_index, line in enumerate(page):
            key = _furniture_key(line) if len(pages) > 1 else clean_inline(line)
            if key in running:
                # The first copy may be the document's title, but only at the top of its first page: a
                # running header first met lower down or on a later page is furniture there too.
                if key in kept_first or (len(pages) > 1 and line_index not in top):
                    continue
                kept_first.add(key)
            if _LABELLED_PAGE_NUMBER.match(line) or (line_index in edge and _is_page_number(line)):
                continue
            if line_index in page_title:
                continue
            if len(pages) == 1 and _BARE_PAGE_NUMBER.match(line) and _beside_running(page, line_index, running):
                continue  # "7" on its own, next to a running footer: a page number in text without page breaks
            out.append(line)
    return out


_BARE_PAGE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")


def _page_numbers_set_apart(lines: list[str]) -> set[int]:
    """In text saved from a PDF without its form feeds, the lines that end its pages: a number alone, set far to
    the right or in the middle as pages print them, counting 1, 2, 3 … down the document."""
    if any(PAGE_BREAK in line for line in lines):
        return set()
    found = [(index, int(line)) for index, line in enumerate(lines) if _SET_APART_NUMBER.match(line)]
    numbers = [number for _, number in found]
    if len(found) < 2 or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return set()
    return {index for index, _ in found}


_SET_APART_NUMBER = re.compile(r"^\s{20,}\d{1,3}\s*$")


def _beside_running(page: list[str], index: int, running: set[str]) -> bool:
    """Whether the nearest lines with text before or after `index` include a running header or footer (or the
    chair's initials line a page ends with)."""
    return any(clean_inline(line) in running or _SIGNATURE.search(line) for line in _neighbours(page, index))


def _neighbours(page: list[str], index: int) -> list[str]:
    """The nearest lines with text before and after `index`."""
    return [page[at] for at in _neighbour_indexes(page, index)]


def _neighbour_indexes(page: list[str], index: int) -> list[int]:
    found = []
    for step in (-1, 1):
        at = index + step
        while 0 <= at < len(page) and not clean_inline(page[at]):
            at += step
        if 0 <= at < len(page):
            found.append(at)
    return found


def _beside_page_number(page: list[str]) -> set[int]:
    """The lines with text on either side of each "Page 1 of 2" in text whose pages are not otherwise split, and
    the lines beside those."""
    near: set[int] = set()
    for index, line in enumerate(page):
        if _LABELLED_PAGE_NUMBER.match(line):
            for beside in _neighbour_indexes(page, index):
                near.add(beside)
                near.update(_neighbour_indexes(page, beside))
    return near


_RUNNING_TITLE = re.compile(r"(?!.*\b(?i:next|date)\b)"
                            r"[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|the|for|&|[-–—|,:])){0,8}")


def _title_or_date(line: str) -> str | None:
    """ "both" for a page title with a date ("Cabinet – 15.07.25", "Planning Committee | 3 June 2024"), "date" for a
    date alone, "title" for a short title alone ("County Council"); None for anything else."""
    text = clean_inline(line)
    if not text or len(text) > 70:
        return None
    dates = find_dates(text)
    if len(dates) > 1:
        return None
    rest = f"{text[: dates[0].start]} {text[dates[0].end:]}".strip(" -–—|,:") if dates else text
    if dates and not rest:
        return "date"
    if not _RUNNING_TITLE.fullmatch(rest):
        return None
    return "both" if dates else "title"


def _dated_page_title(page: list[str], region: set[int]) -> set[int]:
    """The lines among `region` (a later page's edges, or the lines beside "Page 1 of 2") that give a page's title
    and the meeting's date: "Cabinet – 15.07.25", or "County Council" over "22 February 2024". That is a running
    header even where it is printed only once (minutes of two pages)."""
    found: set[int] = set()
    for index in region:
        shape = _title_or_date(page[index])
        if shape == "both":
            found.add(index)
        elif shape == "date":
            titles = [other for other in _neighbour_indexes(page, index)
                      if other in region and _title_or_date(page[other]) == "title"]
            if titles:
                found.update((index, titles[0]))
    return found


# A scan's "CIlr" (a capital I read for the l), "Counci1lor" (a one): the councillor's title, so that speakers and
# attendees are found
_SCANNED_CLLR = re.compile(r"\bC(?:Il|lI|II)r(s?)\b")
_SCANNED_COUNCILLOR = re.compile(r"\bCounc(?=[il1I|]*[1I|])[il1I|]{2,4}or(s?)\b")
# A scan's margin rule read as a bar opening a line ("| 12. APOLOGIES FOR ABSENCE"): no table has one bar
_MARGIN_BAR = re.compile(r"^\|\s+(?=[^|\s][^|]*$)", re.M)
_TWO_BARS = re.compile(r"\|[^|\n]*\|")


def _unquoted(text: str) -> list[str]:
    """The lines, without the "> " of minutes pasted into an email reply (most lines quoted): else a quoted
    heading ("> 25/11 APOLOGIES") reads as "more than 25/11"."""
    lines = text.split("\n")
    written = [line for line in lines if line.strip()]
    quoted = sum(line.lstrip().startswith(">") for line in written)
    if quoted < _QUOTED_LINES or quoted < 0.6 * len(written):  # "> 50% of respondents" is a sign, not a quote
        return lines
    return [_QUOTE_MARK.sub("", line) for line in lines]


_QUOTED_LINES = 5
_QUOTE_MARK = re.compile(r"^\s*>(?: ?>)* ?")


def _furniture_key(line: str) -> str:
    """A line as its running copies share it: "Licensing Committee – 20 May 2024 – page 2" as "... page #"."""
    return _PAGE_IN_LINE.sub(r"\1#", clean_inline(line))


_PAGE_IN_LINE = re.compile(r"\b(page\s+)\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?", re.I)


def _is_page_number(line: str) -> bool:
    """"7", "- 7 -", "Page 7", "7 of 12", "7/12" (but not "2023/24": a page is never past the last)."""
    if not _PAGE_NUMBER.match(line):
        return False
    numbers = [int(n) for n in re.findall(r"\d+", line)]
    return len(numbers) < 2 or numbers[0] <= numbers[1]


def _join_split_word(previous: str, following: str) -> str | None:
    """`commu-` + `nity` -> `community`; `multi-` + `agency` keeps its hyphen."""
    match = re.search(r"([A-Za-z]+)-$", previous)
    if not match or not re.match(r"[a-z]", following.lstrip()):
        return None
    prefix = match.group(1).lower()
    # "re-" before a consonant is a word split at a syllable ("re-viewed"); before a vowel, "re-elected"
    if prefix in _KEEP_HYPHEN and not (prefix == "re" and re.match(r"[b-df-hj-np-tv-z]", following.lstrip())):
        return previous + following.lstrip()
    return previous[:-1] + following.lstrip()


# A decision run on after another sentence on the same line: "...programme. AGREED- that ..."
_INLINE_DECISION = re.compile(r"(?<=[.!?])\s+(?=(?:AGREED|RESOLVED)\b|(?:Agreed|Resolved)\s*[-–:])")
_MARKER_ONLY = re.compile(r"\s*\(?[A-Za-z0-9]{1,4}[.)]")  # "c. RESOLVED that ...": the entry's letter, no sentence


def _decisions_apart(line: str) -> list[str]:
    parts = _INLINE_DECISION.split(line)
    if len(parts) > 1 and _MARKER_ONLY.fullmatch(parts[0]):
        parts[:2] = [f"{parts[0]} {parts[1]}"]
    return parts


# The time an item was taken up, as some clerks print it beside the heading: "7.32pm", "19:05", "8.10 p.m."
_CLOCK = r"\d{1,2}(?:[.:]\d{2}\s?(?:[ap]\.?\s?m\b\.?)|:\d{2}\b)"
_TIME_BEFORE = re.compile(rf"^\s*{_CLOCK}\s+(?=\S)")
_TIME_AFTER = re.compile(rf"\s*[(\[]\s*{_CLOCK}\s*[)\]]\s*$")
_TIME_ALONE = re.compile(rf"^\s*{_CLOCK}\s*$")


def _item_times_off(lines: list[str]) -> list[str]:
    """Item headings without the time the item was taken up: "7.32pm   6. Highways", "6. Highways (7.32pm)",
    or the time alone on the line above, are the heading "6. Highways". The time is no part of the title, and
    before the number it hides the heading."""
    out: list[str] = []
    for index, line in enumerate(lines):
        if _TIME_ALONE.match(line):
            following = next((later.strip() for later in lines[index + 1:index + 3] if later.strip()), "")
            before = next((earlier.strip() for earlier in reversed(out) if earlier.strip()), "")
            if _HEADING_LINE.match(_TIME_AFTER.sub("", following)) and not _OPEN_END.search(before):
                continue  # "7.01pm" / "2. Declarations of interest"
        timed = _TIME_BEFORE.match(line)
        if timed and _HEADING_LINE.match(_TIME_AFTER.sub("", line[timed.end():].rstrip())):
            line = line[timed.end():]
        if line.rstrip().endswith((")", "]")) and _TIME_AFTER.search(line):
            untimed = _TIME_AFTER.sub("", line)
            line = untimed if _HEADING_LINE.match(untimed.strip()) else line
        out.append(line)
    return out


_LINE_NUMBER = re.compile(r"^[ \t]*(\d{1,4})(?:[ \t]+|$)")


def _line_numbers_off(lines: list[str]) -> list[str]:
    """Lines without the numbers a word processor's line numbering prints before them ("  12  RESOLVED that
    the minutes …" / " 13  record and signed …"): most lines open with a number, and the numbers count up (by
    one, or a few over unnumbered blank lines, starting again on a new page)."""
    numbered = [(index, int(found.group(1))) for index, line in enumerate(lines)
                if (found := _LINE_NUMBER.match(line))]
    if len(numbered) < 10 or len(numbered) < 0.6 * sum(1 for line in lines if line.strip()):
        return lines
    steps = [later - earlier for (_, earlier), (_, later) in itertools.pairwise(numbered)]
    if sum(1 <= step <= 3 for step in steps) < 0.8 * len(steps):
        return lines
    out = list(lines)
    for index, _ in numbered:
        out[index] = out[index][_LINE_NUMBER.match(out[index]).end():]
    return out


def _premerge(lines: list[str]) -> list[str]:
    """Join what extraction split: bullets alone on a line, ordinals, hyphenated words."""
    out: list[str] = []
    pending_bullet = False
    pending_number = ""  # a paragraph's number set in the margin, extracted as a line of its own ("30.1")
    for raw in (part for whole in lines for part in _decisions_apart(whole)):
        if raw == PAGE_TURN:
            out.append(raw)
            continue
        line = raw.rstrip()
        if pending_number and not line.strip():
            continue
        if pending_number:
            if _SENTENCE_OPENING.match(line.strip()):  # "30.1" / "The Pensions Administration Manager reported ..."
                line = f"{pending_number} {line.strip()}"
            else:
                out += [pending_number, ""]
            pending_number = ""
        elif _SUB_NUMBER_ALONE.match(line):
            pending_number = line.strip()
            continue
        if _BULLET_ALONE.match(line):
            pending_bullet = True
            continue
        if pending_bullet and clean_inline(line):
            line = "· " + line.strip()
            pending_bullet = False
            out.append(line)
            continue
        if out and _ORDINAL_ALONE.match(line) and re.search(r"\d$", out[-1].rstrip()):
            out[-1] = out[-1].rstrip() + line.strip()
            continue
        if out and clean_inline(line) and out[-1].rstrip().endswith("-"):
            joined = _join_split_word(out[-1].rstrip(), line)
            if joined is not None:
                out[-1] = joined
                continue
        out.append(line)
    if pending_number:
        out.append(pending_number)
    return out


_SUB_NUMBER_ALONE = re.compile(r"^\s*\d{1,3}\.(?!0\d)\d{1,2}(?:\.\d{1,2})?\.?\s*$")  # not an amount ("340.00")
_SENTENCE_OPENING = re.compile(r"^[A-Z][a-z]*\s+\S.{25,}")


def _typical_width(lines: list[str]) -> int:
    widths = sorted(len(clean_inline(line)) for line in lines if len(clean_inline(line)) >= 20)
    if len(widths) < 8:
        return 0
    return widths[int(len(widths) * 0.9) - 1]


def _is_wrapped(lines: list[str]) -> bool:
    """Hard-wrapped text: many lines that stop mid-sentence and go on in the next line. Short lines (a table's
    cells, names, headings) are left out of the count: a page of tables is no less wrapped."""
    content = [clean_inline(line) for line in lines if clean_inline(line)]
    if len(content) < 8:
        return False
    continued = sum(
        1 for line, nxt in itertools.pairwise(content)
        if len(line) >= _SHORT_LINE and not ends_sentence(line) and re.match(r"[a-z(]", nxt)
    )
    return continued / max(sum(len(line) >= _SHORT_LINE for line in content), 1) > 0.15


_SHORT_LINE = 30  # characters
_SHORT_ENTRY_LINE = 60  # characters: a typed line this short did not wrap
_SENTENCE_LINE = re.compile(r"^[A-Z][a-z]*\s+[a-z][\w'’-]*\s.*[.!?]$")  # "The community council approved it."


def _start_block(text: str) -> Block:
    heading = _MD_HEADING.match(text)
    if heading:
        return Block(clean_inline(_strip_emphasis(heading.group(2))), "heading", emphasis=True,
                     level=len(heading.group(1)))
    indent = len(text) - len(text.lstrip(" \t\u00a0"))
    bold = _MD_BOLD_LINE.match(text)
    is_bold_line = bool(bold) and text.strip().startswith("**") and (
        text.strip().endswith("**") or text.strip().count("**") == 1
    )
    body = _strip_emphasis(text)
    marker = bullet_marker(body)
    if marker:
        rest = marker[1]
        numbered = numbered_marker(rest)
        if numbered:  # "- 1. That the ..." is a numbered entry written as a Markdown bullet
            return Block(clean_inline(numbered[1]), "numbered", marker=numbered[0], level=indent // 2)
        return Block(clean_inline(rest), "bullet", marker="·", level=indent // 2, symbol=marker[0])
    numbered = numbered_marker(body)
    if numbered and clean_inline(numbered[1]):  # "**2. Highways and footpaths**" keeps its bold
        return Block(clean_inline(numbered[1]), "numbered", marker=numbered[0], level=indent // 2,
                     emphasis=is_bold_line)
    return Block(clean_inline(body), "para", emphasis=is_bold_line)


def _strip_emphasis(text: str) -> str:
    text = _MD_ITALIC.sub(r"\1", _MD_EMPHASIS.sub(r"\2", text))
    return re.sub(r"^\s*\*\*\s*", "", text).replace("**", "")


def _starts_new_block(line: str) -> bool:
    stripped = line.strip()
    return bool(
        bullet_marker(stripped)
        or _MD_HEADING.match(stripped)
        or is_decision_line(stripped)
        or stripped.startswith("**")
        or _SECTION_LABEL_LINE.match(stripped)
        or LINK_FURNITURE.match(stripped)
        or attendance_label(stripped)
        or _HEADING_LINE.match(stripped)
        or MINUTE_CAPS_TITLE.match(stripped)
        or _is_caps_line(stripped)
        or _CLOSING_FORMULA.match(stripped)
        or (stripped[:1].isdigit() and _SUB_MINUTE.match(stripped))
        or is_labelled(stripped)
        or _WHEN_LINE.match(stripped)
        or _STATEMENT_LINE.match(stripped)
    )


# A line stating the meeting under the council's name: "Ashby Parva Parish Council" / "Minutes of the Parish Council
# Meeting", "Minutes of the meeting of the Cabinet held on ..."
_STATEMENT_LINE = re.compile(r"^(?:(?:Draft|Unconfirmed|Confirmed)\s+)?Minutes?\s+of\s+(?:the\s+|a\s+|an\s+)?"
                             r"(?:[A-Z]|(?:[a-z]+\s+){0,2}(?:meeting|proceedings)\b)")
# A line opening with the day of a meeting, as a header stacks it under the title: "Wednesday 19 February 2025, ...",
# or with its date and time: "11 Jun 2024, 7.00 pm, Council Chamber"
_WHEN_LINE = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}\b"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4},?\s+(?:at\s+)?\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\b)")
_WHEN_WORDS = re.compile(r"[\s,.:;()–-]+|\b(?:at|on|from|commencing|starting)\b", re.I)
_LABEL_GOES_ON = re.compile(r"\b(?:for|of|and|the|to|on|in|at|&)$", re.I)
_OPENING_CAPITAL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ\"“‘'")
# a table's row read under its headings (indexer/tables.py)
_TABLE_ROW = re.compile(r"^[^:;]{1,40}: [^;]*(?:; [^:;]{1,40}: [^;]*)+$")
_SHORT_LABEL = re.compile(r"^[A-Z][\w'’]*(?:[ -][\w'’]+){0,2}\s*:\s+\S")


def _date_line(line: str) -> bool:
    """A line that dates the meeting and says nothing else ("Monday, 24 January 2022 at 10.00am", or the same in
    Welsh first: "Dydd Llun, 24 Ionawr 2022 am 10.00yb / Monday, …"): a labelled line under it is not part of
    it, in whatever language the label is."""
    english = line.rpartition(" / ")[2]
    dates = find_dates(english) if len(english) < 80 else []
    if len(dates) != 1:
        return False
    return not _WHEN_WORDS.sub("", TIME.sub("", english[: dates[0].start] + " " + english[dates[0].end:]))


# In a list of names under an attendance label: a group's own label, and a line the list goes on after.
_LABEL_OPENING = re.compile(r"^[^:,]{1,50}:\s")
_WRAPPED_NAMES = re.compile(r"(?:,|\b(?:and|Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr|Provost|Bailie|Alderman"
                            r"|(?-i:[A-Z])\.?))$")  # "... D Okoro-Blake and P" / "Shandley": an initial, then the name
# A sentence that goes on into the decision on the next line.
_LEADS_TO_DECISION = re.compile(r"\b(?:and|it\s+was|was\s+therefore|members)$", re.I)
_SECONDED_AND = re.compile(r"\bseconded\s+by\b.{0,80}\band$", re.I)
# A numbered item heading on a line of its own: "24/41. Election of Chairman", "Minute 118/24".
_BARE_NUMBER = re.compile(r"^\d{1,4}(?:/\d{1,4})?$")
# a sentence wrapped just before the minute it refers to: "… considered under item" / "FC/24/117.", "… the
# speeding raised under" / "23/103."
_REFERENCE_WRAPPED = re.compile(r"\b(?:items?|minutes?|min\.|minute\s+no\.?|under|see)$", re.I)
# A numbered line all in bold, whatever its title opens with: "**5. 20mph / 20mya**"
_BOLD_NUMBERED_LINE = re.compile(r"^\*\*\d{1,3}[a-z]?\.\s+[^*]+\*\*$")
# Minute references as councils write them: "57.", "24/41", "PL/23/045", "Minute No. 113", "Min. 12".
_HEADING_LINE = re.compile(
    r"^(?:(?i:minute|min\.?|item)\s+(?i:no\.?\s*)?)?(?:[A-Z]{1,4}/|[A-Z][A-Z&]{0,4}[ .]?(?=\d)|\((?=\d{1,3}\)))?"
    r"\d{1,4}\)?(?:/\d{1,4}){0,2}(?:\.0)?\.?"  # "2.0 Growth fund": a whole section's number
    # a title may open with an application reference or a house number: "PL/25/064 24/01234/FUL – Land at …"
    r"(?:\s+(?=[A-Z‘'(]|\d[\w/.-]*\s+(?:[–-]\s+)?(?:\d[\w/-]*\s+)?[A-Z])(?:[^.]|(?:[A-Z]\.){2,}){1,81})?$"
    r"|^(?i:minute|min\.?|item)\s+(?i:no\.?\s*)?\d"
    r"|^[A-Z]\.\s+[A-Z][^.]{0,80}$"  # "A.  Welcome and Apologies"
)
# A line ending on a word that cannot end a sentence ("...number of children in" / "Fostering ...").
_OPEN_END = re.compile(r"\b(?i:a|an|the|of|in|on|to|for|and|or|with|by|from|at|into|than|that|whose|which|"
                       r"is|are|was|were|be|been|has|have|had)$")
_YEAR_OPENS = re.compile(r"(?:19|20)\d\d\b(?![/.]\d)")
_MONTH_ENDS = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                         r"December)$")
# A capitals heading line this full (of the typical line width, or of a typed line when the text is not
# wrapped) carries on on the next capitals line: "4. 24/01234/FUL – LAND NORTH OF MILL LANE – ERECTION OF 45" /
# "DWELLINGS WITH ASSOCIATED ACCESS"; a short one ("5. PLANNING APPLICATIONS") is followed by a sub-heading.
_FULL_LINE = 0.6  # capitals are wider than the typical line's letters
_TYPED_WIDTH = 100
# A numbered sub-minute opens a paragraph even after a line with no full stop ("ACTION: Clerk" / "4.2 The ...").
_SUB_MINUTE = re.compile(r"^\d{1,3}\.\d{1,2}\.?\s+[A-Z‘'(£]")


def _wraps_heading(heading: str, last_line: str, line: str, width: int) -> bool:
    """Whether a line carries on the heading above it, with no blank line between: the heading stops on a word
    or mark no title ends with ("6. APPOINTMENTS TO COMMITTEES AND" / "OUTSIDE BODIES", "ERECTION OF" / "45
    DWELLINGS", "Leisure Management Contract –" / "Extension"), the line opens with a financial year, a dash or a
    bracket ("... Strategy" / "2025/26 to 2028/29 (Key Decision)"), or the heading's last line is full and the
    next is a short line of the same case that is no numbered heading of its own ("... Performance and Risk" /
    "Report"). A line of text after a heading ends a sentence or is in another case."""
    if _is_caps_line(heading):
        if not (line.isupper() and sum(c.isalpha() for c in line) >= 2):
            return False
    elif ends_sentence(line) or not (line[0].isupper() or line[0].isdigit() or line[0] in "–-(&"):
        return False
    if _OPEN_END.search(heading) or heading.endswith(("–", "-", "&")) or line[0] in "–-(&":
        return True
    if is_financial_year(line.split()[0]):
        return True
    short = _is_caps_line(heading) or (len(line.split()) <= 6 and _is_title_case_line(line))
    return short and not _HEADING_LINE.match(line) and len(last_line) >= _FULL_LINE * (width or _TYPED_WIDTH)


def _cut_sentence(line: str) -> bool:
    """A numbered paragraph's first line, wrapped where a sentence cannot end ("1. Cllr Llewelyn said that the
    finger post at the junction of footpath 12 with the" / "B5420 had been knocked down."): no heading's line."""
    words = line.split()
    return (len(words) >= 8 and _OPEN_END.search(line) is not None
            and sum(word[0].islower() for word in words) * 2 >= len(words))


def _is_title_case_line(text: str) -> bool:
    words = [word for word in re.findall(r"[A-Za-z][\w'’]*", text) if word.lower() not in _SMALL_TITLE_WORDS]
    return bool(words) and all(word[0].isupper() for word in words)


_SMALL_TITLE_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to",
                      "with"}


def _is_caps_line(text: str) -> bool:
    if text.upper() != text:  # a lower-case letter: the common case, decided without a loop
        return False
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= 2 and len(letters) >= 6 and all(c.isupper() for c in letters)


def text_to_blocks(text: str) -> list[Block]:
    """Split text into blocks, reflowing hard-wrapped lines into paragraphs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "CI" in text:
        text = _SCANNED_CLLR.sub(r"Cllr\1", text)
    if "Counc" in text:
        text = _SCANNED_COUNCILLOR.sub(r"Councillor\1", text)
    if "|" in text and not _TWO_BARS.search(text):  # the bars of no table
        text = _MARGIN_BAR.sub("", text)
    lines = _premerge(_item_times_off(_drop_page_furniture(_underlined_headings(_pipe_tables(
        [_markdown_marks_off(line) for line in _line_numbers_off(_unquoted(text))])))))
    wrapped = _is_wrapped(lines)
    width = _typical_width(lines) if wrapped else 0

    blocks: list[Block] = []
    current: Block | None = None
    after_blank = False
    previous_line = ""
    heading_line = False  # the current block is a heading on a line of its own

    exchange_list = False  # an earlier entry of the current list was a whole exchange

    def close() -> None:
        nonlocal current, exchange_list
        if current is not None and current.text:
            blocks.append(current)
            if not current.is_entry:
                exchange_list = False
            elif sentence_count(current.text) >= 2 or len(current.text) >= SHORT_ENTRY_CHARS:
                exchange_list = True
        current = None

    names_under_label = 0  # lines since an attendance label alone on its line ("Members Present:")
    titled_number = 0  # 1: the line after a minute number alone on its line, 2: the line after that
    page_turned = False
    for raw in lines:
        if raw == PAGE_TURN:
            page_turned = True
            continue
        if _SIGNATURE.search(raw):
            continue
        line = clean_inline(raw)
        if not line:
            after_blank = True
            if names_under_label > 1:
                names_under_label = 0
            continue
        continuation = current is not None and not _starts_new_block(raw) and not _MD_HEADING.match(raw)
        if current is not None and not after_blank and current.kind == "para" and (
                (_LEADS_TO_DECISION.search(current.text) and is_decision_line(line))
                or (_OPEN_END.search(current.text)
                    and (_HEADING_LINE.match(line) or _is_caps_line(line) or _WHEN_LINE.match(line)
                         or _STATEMENT_LINE.match(line))
                    and not is_decision_line(line))
                or (current.text.endswith(",") and _WHEN_LINE.match(line))):
            # "Proposed by Cllr Hill, seconded by Cllr Khan and" / "AGREED to accept the quote."; "... held on" /
            # "26 November 2024 be confirmed", "CLERK TO" / "CHASE (DV).", "... held on Tuesday," / "7th March 2023 at
            # 7.00pm": a sentence that cannot end there goes on, whatever opens the next line.
            continuation = True
        elif (current is not None and after_blank and current.kind == "para" and _SECONDED_AND.search(current.text)
              and is_decision_line(line)):
            # "Moved by Councillor Finlay" / "Seconded by Alderman Kerr and" / (blank) / "RESOLVED – that ...": a
            # Northern Irish council's mover and seconder carry the decision printed apart from them.
            continuation, after_blank = True, False
        if (continuation and current.text == previous_line and line[:1] in _OPENING_CAPITAL
                and EXCHANGE_LABEL.match(current.text) and not _LABEL_GOES_ON.search(current.text)
                and ":" not in line[:40] and (len(line.split()) >= 3 or ends_sentence(line))):
            # "Response - Cllr Johal" / "The Cabinet Member confirmed …": a label, then its text (not a label
            # wrapped: "… to the Cabinet Member for" / "Environment", "… for Environment and Flood" / "Risk")
            continuation = False
        if continuation and (titled_number == 1 or (titled_number == 2 and not ends_sentence(current.text))):
            # "CAB/24/115" / "Apologies for Absence" / "Apologies for absence were received ...": a minute number
            # alone on its line, then its title on the next, then the text, with no blank line between.
            continuation = False
        if page_turned:
            page_turned = False
            if (continuation and current.kind != "heading" and not heading_line and not ends_sentence(current.text)
                    and not _HEADING_LINE.match(line) and not _is_caps_line(line)
                    and not (_TABLE_ROW.match(current.text) and _SHORT_LABEL.match(line))):
                # A sentence carried over to the next page, the blank lines and furniture between ignored (not
                # a table's row after another: "Rec: 1; Finding: Leavers notified late; Priority: High").
                current.text = clean_inline(f"{current.text} {_strip_emphasis(line)}")
                after_blank, previous_line = False, line
                continue
        if names_under_label and (_HEADING_LINE.match(line) or _is_caps_line(line)):
            names_under_label = 0  # the list has ended where an item or a paragraph starts, blank line or not
        if names_under_label:
            # One name a line under the label: each line is a block of its own, unless the list is a paragraph
            # of names between commas wrapped anywhere ("Councillor Euan" / "Cruickshank, Mr Colin Reid (Church").
            names_under_label += 1
            continuation = continuation and (line[0].islower() or (
                not _LABEL_OPENING.match(line)  # "Members: Councillor Abi Clarke" is a group of its own
                and (_WRAPPED_NAMES.search(current.text) is not None or current.text.count(",") >= 2
                     or current.text.count("(") > current.text.count(")"))))
        if current is not None and not after_blank and (
                (heading_line and _wraps_heading(current.text, previous_line, line, width))
                or (_YEAR_OPENS.match(line) and _MONTH_ENDS.search(current.text))):  # "30 September" / "2024."
            current.text = f"{current.text} {line}"
            previous_line = line
            continue
        if current is not None and not after_blank and (
                (_BARE_NUMBER.match(line.rstrip(".")) and (heading_line or not ends_sentence(current.text))
                 and (heading_line or "/" not in line or is_financial_year(line.rstrip("."))))
                or (_REFERENCE_WRAPPED.search(current.text) and NUMBER_ONLY.match(line))):
            # A sentence or heading wrapped before its last word: "... on Wednesday, 10 July" / "2024.",
            # "64. PERFORMANCE REPORT – QUARTER 4" / "2023/24", "... considered under item" / "FC/24/117.".
            # Item numbers follow a blank line.
            current.text = f"{current.text} {line}"
            previous_line = line
            continue
        if continuation and after_blank:
            # A page break inside a sentence or a bullet: the next chunk starts in lower case.
            # "a) P23/0214/HH ..." after a heading is a list entry, not the heading's sentence going on.
            continuation = (bool(re.match(r"[a-z]", line)) and not ends_sentence(current.text)
                            and not numbered_marker(raw.strip()) and current.kind != "heading" and not heading_line)
        elif continuation and (current.kind == "heading" or (heading_line and not line[0].islower())
                               or (numbered_marker(raw.strip()) and (heading_line or not current.is_entry))):
            continuation = False
        elif continuation and wrapped and width and ends_sentence(previous_line):
            short = len(previous_line) < 0.75 * width
            if current.is_entry and (exchange_list or sentence_count(current.text) >= 2):
                continuation = not _CLOSING_FORMULA.match(line)
            else:
                continuation = not short and not _CLOSING_FORMULA.match(line)
        elif continuation and wrapped and width and current.is_entry and not exchange_list:
            # A short entry with no full stop ends where a capitalised line follows a short one.
            short = len(previous_line) < 0.75 * width
            continuation = not (short and re.match(r"[A-Z]", line) and sentence_count(current.text) <= 1
                                and not re.match(r"[A-Z]", current.text.split()[-1])
                                and not _OPEN_END.search(previous_line))
        elif continuation and not wrapped and not raw[:1].isspace() and not current.is_entry:
            # Typed text: a new line that is not indented starts a new paragraph only after a
            # sentence end; inside a list entry, indented lines continue it.
            continuation = not ends_sentence(current.text)
        elif continuation and current.is_entry and not wrapped and not raw[:1].isspace():
            # "- Strathvair Angling Club: £800 for path repairs" / "The community council approved the awards.":
            # a short bulleted entry ends where a sentence starts on the next line ("a) Payments" over its
            # text is a sub-heading, and goes on)
            continuation = not ends_sentence(current.text) and not (
                current.kind == "bullet" and len(previous_line) < _SHORT_ENTRY_LINE and _SENTENCE_LINE.match(line)
                and not _OPEN_END.search(previous_line) and not previous_line.endswith((",", "-", "–", "&")))
        if (continuation and current.kind == "para" and current.text == previous_line and _SHORT_LABEL.match(line)
                and _date_line(current.text)):
            continuation = False  # the date / "Cyfarfod aml-leoliad: Siambr y Cyngor, …" (labelled in Welsh)
        after_blank = False
        if continuation:
            current.text = clean_inline(f"{current.text} {_strip_emphasis(line)}")
            titled_number = 0
        else:
            close()
            current = _start_block(raw)
            plain_line = _strip_emphasis(line) if line.startswith("**") else line  # "**25/131 Planning**"
            heading_line = bool(_HEADING_LINE.match(plain_line) or _is_caps_line(line)
                                or (_BOLD_NUMBERED_LINE.match(line) and len(plain_line) <= _SHORT_ENTRY_LINE)
                                ) and not _cut_sentence(line) and not MINUTE_CAPS_TITLE.match(plain_line)
            bare_number = heading_line and " " not in line.strip() and any(c.isdigit() for c in line)
            titled_number = 1 if bare_number else (2 if titled_number == 1 else 0)
            if len(line) < 60:  # "Members Present:", "MEMBERS PRESENT"
                label = attendance_label(line)
                names_under_label = 1 if label and not label[2].strip() else names_under_label
        previous_line = line
    close()
    _nest_sub_bullets(blocks)
    return blocks


def _nest_sub_bullets(blocks: list[Block]) -> None:
    """A list that changes bullet character ("·" entries, then "-" entries) has a sub-list."""
    first: Block | None = None
    for block in blocks:
        if not block.is_entry:
            first = None
        elif first is None:
            first = block
        elif block.kind == "bullet" and first.kind == "bullet" and block.symbol != first.symbol:
            block.level = max(block.level, first.level + 1)
