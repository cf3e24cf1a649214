"""Minutes as HTML: ModernGov "Agenda and minutes" pages, and councils' own pages.

Both become blocks (a paragraph, list entry or heading each); a ModernGov page's item table gives
the items directly, any other page goes through the common structure finder.
"""

from __future__ import annotations

import re
import warnings

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, NavigableString, Tag, XMLParsedAsHTMLWarning

from indexer.blocks import Block
from indexer.header import Header, read_statement, read_title
from indexer.headings import NUMBER_ONLY, starts_numbered, strip_link_text
from indexer.readers.moderngov_decision import is_decision_page, read_decision_page
from indexer.reflow import text_to_blocks
from indexer.structure import DraftMeeting, build_item, split_minutes, structure
from indexer.tables import row_line
from indexer.textutil import clean_inline

warnings.filterwarnings("ignore", category=MarkupResemblesLocatorWarning)
warnings.filterwarnings("ignore", category=XMLParsedAsHTMLWarning)

_SKIP_TAGS = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "button", "select",
              "iframe", "svg", "template", "head", "img", "input", "object", "map"}
_FORM_TEXT = 500  # characters: more is a page inside a form, not a form on a page
_SKIP_CLASS = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|pager|pagenav|pagination|menu|breadcrumbs?|footer|masthead|sidebar|cookie|skip|share|social|"
    r"mgActionList|mgLinks|visually-hidden|sr-only|entry-meta|post-meta|byline|posted-on)(?:$|[\s_-])",
    re.I,
)
# The same written into one word: "siteFooter", "cookieBanner", "mainNav"; a site's own "header" and "search" boxes.
_SITE_FURNITURE_ID = re.compile(r"(?:site|page|global)footer|cookie(?:banner|notice|consent)"
                                r"|(?:main|top|site|primary|global|sub)nav|(?:^|\s)(?:header|search)(?:\s|$)", re.I)
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "blockquote", "table", "tbody", "thead", "tr", "td", "th",
               "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "address",
               "center", "body", "html", "caption", "figure", "hr"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# What council web pages put round the minutes: "Page last updated: 6 February 2025", "Was this page helpful?"
_PAGE_FURNITURE = re.compile(
    r"^(?:(?:page\s+)?last\s+(?:updated|modified|reviewed)\b.{0,40}|(?:was|is)\s+this\s+page\s+(?:helpful|useful)\b.*"
    r"|yes\s+no|report\s+a\s+problem\s+with\s+this\s+page\.?|share\s+this\s+page\.?|back\s+to\s+top"
    r"|comments\s+are\s+closed\.?|©.{0,120})$",
    re.I,
)
_MAIN_SELECTORS = ("main", "article", "[role=main]", "#content", ".entry-content", ".post-content",
                   "#main-content", ".page-content", "#modgov", ".mgContent")


def parse_html(markup: str) -> BeautifulSoup:
    """The tree of a page, built by lxml (Python's own html.parser took half of the time spent on a page)."""
    return BeautifulSoup(markup, "lxml")


def _skipped(tag: Tag) -> bool:
    if tag.name == "form":  # a search box, or ASP.NET's one form round the whole page (CMIS): that is the page
        return tag.find(_HEADINGS) is None and len(tag.get_text(" ", strip=True)) < _FORM_TEXT
    if tag.name in _SKIP_TAGS:
        # A heading whose text is a button (accordions: "<h2><button>1. Election of Chair</button></h2>")
        return not (tag.name == "button" and tag.find_parent(_HEADINGS) is not None)
    if tag.name in ("ul", "ol") and _in_page_links(tag):
        return True
    names = " ".join(tag.get("class") or []) + " " + str(tag.get("id") or "")
    return bool(names.strip()) and bool(_SKIP_CLASS.search(names) or _SITE_FURNITURE_ID.search(names))


def _in_page_links(listing: Tag) -> bool:
    """A list of links to parts of the same page, and nothing else: a page's tabs ("Agenda, reports and minutes |
    Attendance | Documents") or its contents."""
    entries = listing.find_all("li", recursive=False)
    for entry in entries:
        link = entry.find("a", href=True)
        if link is None or not str(link["href"]).startswith("#") or (
                clean_inline(link.get_text(" ")) != clean_inline(entry.get_text(" "))):
            return False
    return bool(entries)


class _BlockWriter:
    """Walks the tree, flushing inline text into blocks at every block-level element."""

    def __init__(self, bold_classes: frozenset[str] = frozenset()) -> None:
        self.bold_classes = bold_classes  # classes the page's stylesheet makes bold (Google Docs exports)
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.bold_chars = 0
        self.total_chars = 0
        self.pending: Block | None = None  # the list entry or heading the buffer belongs to
        self.headers: list[list[str]] = []  # the column headings of each table being walked, innermost last

    def _terms(self, listing: Tag) -> bool:
        """A description list of short terms and values ("<dt>Venue</dt><dd>Shire Hall</dd>") as "Venue: Shire
        Hall" lines; False when a value is long or holds paragraphs of its own."""
        pairs = [(term, term.find_next_sibling("dd")) for term in listing.find_all("dt")]
        if not pairs or any(value is None or _holds_blocks(value) or len(value.get_text()) > _SHORT_VALUE
                            for _, value in pairs):
            return False
        if sum(starts_numbered(clean_inline(term.get_text(" "))) for term, _ in pairs) >= 2:
            return False  # "<dt>FA/25/09 Apologies</dt><dd>Apologies were received ...</dd>": items, walked
        for term, value in pairs:
            self.blocks.extend(text_to_blocks(row_line([clean_inline(term.get_text(" ")),
                                                        clean_inline(value.get_text(" "))], [], True)))
        return True

    def _row(self, row: Tag) -> bool:
        """A table row of short cells as one line (see `row_line`); False for a row whose cells hold
        paragraphs, lists or headings of their own ("Minute No. | Minute" tables), walked cell by cell."""
        cells = row.find_all(["td", "th"], recursive=False)
        if any(_holds_blocks(cell) for cell in cells):
            return False
        texts = [clean_inline(cell.get_text(" ")) for cell in cells]
        if sum(bool(text) for text in texts) < 2:
            return False
        heading_row = all(cell.name == "th" or _all_bold(cell) for cell, text in zip(cells, texts, strict=True) if text)
        heading_row = heading_row and not (self.headers and self.headers[-1])  # the first such row only
        if row.parent.name == "thead" or heading_row:
            if self.headers:
                self.headers[-1] = texts  # column headings: they name the cells below, no line of their own
            return True
        if self._minute_row(texts):
            return True
        headers = self.headers[-1] if self.headers else []
        labelled = cells[0].name == "th"  # "<th>Venue</th><td>Room 2.14</td>": a label and its value
        self.blocks.extend(text_to_blocks(row_line(texts, headers if len(headers) == len(texts) else [], labelled)))
        return True

    def _minute_row(self, texts: list[str]) -> bool:
        """A row that is a whole item, "14 | Apologies and substitutions | Apologies were received from ...": its
        number and title a heading, its minute the text under it."""
        filled = [text for text in texts if text]
        if (len(filled) < 3 or not NUMBER_ONLY.match(filled[0]) or NUMBER_ONLY.match(filled[1])
                or len(filled[1].split()) > _TITLE_WORDS):
            return False
        if self.headers and _ACTION_COLUMNS.search(" ".join(self.headers[-1])):
            return False  # an action log's rows: "25/01 | HWB/25/04 | Circulate the JSNA | GW | 14/02/2025"
        minute = " ".join(filled[2:])
        if len(minute) < _MINUTE_CHARS and not minute.endswith("."):
            return False  # "14 | Apologies | Cllr Peake": a table of short values
        self.blocks.append(Block(f"{filled[0]} {filled[1]}", "heading", emphasis=True, level=3))
        self.blocks.extend(text_to_blocks(minute))
        return True

    def flush(self) -> None:
        raw = "".join(self.buffer)
        self.buffer = []
        bold = self.total_chars > 0 and self.bold_chars >= 0.9 * self.total_chars
        self.bold_chars = self.total_chars = 0
        if not clean_inline(raw):
            return  # an entry or heading whose text is in a block inside it (`<li><p>`) keeps its marker
        template, self.pending = self.pending, None
        if template is not None:
            template.text = clean_inline(raw)
            template.emphasis = template.emphasis or bold
            self.blocks.append(template)
            return
        for block in text_to_blocks(raw):
            if bold and block.kind in ("para", "numbered"):  # "<p><strong>1. Apologies</strong></p>"
                block.emphasis = True
            self.blocks.append(block)

    def text(self, value: str, bold: bool) -> None:
        value = re.sub(r"[ \t\r\n]+", " ", value)
        if self.buffer and self.buffer[-1].endswith("\n"):
            value = value.lstrip()  # "<br>" then a new line in the source: the next line is not indented
        self.buffer.append(value)
        letters = len(value.strip())
        self.total_chars += letters
        if bold:
            self.bold_chars += letters

    def walk(self, node: Tag, bold: bool = False, list_depth: int = 0) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child) is NavigableString:  # not comments, doctypes or CDATA
                    self.text(str(child), bold)
                continue
            if not isinstance(child, Tag) or _skipped(child):
                continue
            name = child.name
            if name == "br":
                self.buffer.append("\n")
                continue
            child_bold = (bold or name in ("strong", "b") or bool(_BOLD_STYLE.search(str(child.get("style") or "")))
                          or not self.bold_classes.isdisjoint(child.get("class") or ()))
            if name not in _BLOCK_TAGS:
                self.walk(child, child_bold, list_depth)
                continue
            self.flush()
            if name == "tr" and self._row(child):
                continue
            if name == "dl" and self._terms(child):
                continue
            if name == "table":
                self.headers.append([])
                self.walk(child, child_bold, list_depth)
                self.headers.pop()
            elif name in _HEADINGS:
                self.pending = Block("", "heading", emphasis=True, level=int(name[1]))
                self.walk(child, True, list_depth)
            elif name == "li":
                parent = child.find_parent(["ul", "ol"])
                marker = "·"
                if parent is not None and parent.name == "ol":
                    siblings = parent.find_all("li", recursive=False)
                    start = int(parent.get("start") or 1) if str(parent.get("start") or "1").isdigit() else 1
                    position = siblings.index(child) + start if child in siblings else start
                    marker = _list_marker(position, str(parent.get("type") or "1"))
                self.pending = Block("", "numbered" if marker != "·" else "bullet", marker=marker,
                                     level=max(list_depth - 1, 0))
                self.walk(child, child_bold, list_depth)
            elif name in ("ul", "ol"):
                self.walk(child, child_bold, list_depth + 1)
            else:
                self.walk(child, child_bold, list_depth)
            self.flush()


_SHORT_VALUE = 150  # characters: a description list of longer values is minutes text, read block by block


def _holds_blocks(cell: Tag) -> bool:
    """A cell (or a description) with paragraphs, lists or headings of its own, read block by block."""
    return cell.find(_CELL_BLOCKS) is not None or len(cell.find_all(["p", "div"])) > 1


def _all_bold(cell: Tag) -> bool:
    """A cell whose text is all bold: a word processor's heading row is bold `<td>`s, not `<th>`s."""
    bold = "".join(tag.get_text() for tag in cell.find_all(["b", "strong"]))
    return bool(bold.strip()) and clean_inline(bold) == clean_inline(cell.get_text())


_TITLE_WORDS = 15  # an item's title in a minute row
_ACTION_COLUMNS = re.compile(r"\b(?:owner|due|status|by\s+when|deadline|lead|responsible)\b", re.I)
_MINUTE_CHARS = 40  # the least a minute without a full stop holds
_CELL_BLOCKS = ["table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"]


def _list_marker(position: int, kind: str) -> str:
    """How an `<ol type=...>` numbers its entry: "3.", "c)", "C)", "(iii)", "(III)"."""
    if kind in "aA" and 1 <= position <= 26:
        letter = chr(ord("a") + position - 1)
        return f"{letter.upper() if kind == 'A' else letter})"
    if kind in "iI" and 1 <= position <= 39:
        tens, units = divmod(position, 10)
        roman = "x" * tens + ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"][units]
        return f"({roman.upper() if kind == 'I' else roman})"
    return f"{position}."


_BOLD_STYLE = re.compile(r"bold|font-weight\s*:\s*[6-9]00", re.I)
_STYLE_RULE = re.compile(r"((?:\.[\w-]+\s*,?\s*)+)\{([^}]*)\}")


def bold_classes(soup: BeautifulSoup) -> frozenset[str]:
    """The classes a page's own stylesheet makes bold: a Google Docs export marks its headings so."""
    found: set[str] = set()
    for style in soup.find_all("style"):
        for selectors, body in _STYLE_RULE.findall(style.get_text()):
            if _BOLD_STYLE.search(body):
                found.update(re.findall(r"\.([\w-]+)", selectors))
    return frozenset(found)


def html_to_blocks(node: Tag, bold: frozenset[str] = frozenset()) -> list[Block]:
    writer = _BlockWriter(bold)
    writer.walk(node)
    writer.flush()
    return _without_contents([block for block in writer.blocks if not _PAGE_FURNITURE.match(block.text)])


def _without_contents(blocks: list[Block]) -> list[Block]:
    """A page's table of contents (a "Contents" heading and the list under it) names the items that follow: it
    is no item of its own."""
    kept: list[Block] = []
    skipping = False
    for block in blocks:
        if block.kind == "heading" and _CONTENTS.match(block.text):
            skipping = True
            continue
        if skipping and block.is_entry:
            continue
        skipping = False
        kept.append(block)
    return kept


_CONTENTS = re.compile(r"^(?:contents|table of contents|on this page|in this section|agenda items)\s*:?$", re.I)


def _main_content(soup: BeautifulSoup) -> Tag:
    for selector in _MAIN_SELECTORS:
        found = soup.select_one(selector)
        if found is not None and len(found.get_text(strip=True)) > 200:
            return found
    return soup.body or soup


def _page_council(soup: BeautifulSoup) -> str | None:
    """The council a page names in its metadata: `<meta name="DC.creator">` or the end of its `<title>`
    ("Agenda for Cabinet on Tuesday, 14th January, 2025 - Brackenfield Borough Council")."""
    texts = [str(meta.get("content") or "") for meta in soup.find_all("meta", attrs={"name": re.compile(
        r"^(?:DC\.creator|DC\.publisher|author|og:site_name)$", re.I)})]
    if soup.title is not None:
        texts.append(re.split(r"\s[-–|]\s", soup.title.get_text(" "))[-1])
    for text in texts:
        found = read_title(clean_inline(text)) if text.strip() else None
        if found and found.council:
            return found.council
    return None


_SECTION_LABEL_TEXT = re.compile(r"^(?:minutes|decision)\s*:", re.I)
_MINUTES_TITLE = re.compile(r"\bminutes\b", re.I)
# A ModernGov page's <title>: "Agenda for Cabinet on Tuesday, 14th January, 2025, 6.30 pm - Brackenfield Borough
# Council"
_TITLE_MEETING = re.compile(r"^(?:agenda|minutes|decisions?)(?:\s+and\s+\w+)?\s+for\s+(?P<panel>.+?)\s+on\s+"
                            r"(?P<when>.+?)(?:\s+[-–|]\s+[^-–|]*)?$", re.I)


def _title_meeting(soup: BeautifulSoup) -> Header:
    """The panel, date and time a ModernGov page's <title> names, for a page whose subtitle names none."""
    match = _TITLE_MEETING.match(clean_inline(soup.title.get_text(" "))) if soup.title is not None else None
    if match is None:
        return Header()
    return read_statement(f"{match.group('panel')} - {match.group('when')}") or Header()


def read_html(markup: str) -> DraftMeeting:
    """A council's own minutes page: its main content, then the common structure finder."""
    soup = parse_html(markup)
    return structure(html_to_blocks(_main_content(soup), bold_classes(soup)), page_council=_page_council(soup))


def _front_matter(soup: BeautifulSoup, table: Tag) -> DraftMeeting:
    """What a ModernGov page says before its items (venue, contact, who attended, in whichever markup the site
    uses: "Present:" with a list of names, or a label and the names on one line), read by the common structure
    finder once the item table is taken out of the page. The page's section titles ("Media", "Attendance details")
    are left out so that they are not taken for items."""
    table.extract()
    for title in soup.find_all(class_=("mgSectionTitle", "mgMainTitleTxt")):
        title.decompose()
    return structure(html_to_blocks(_main_content(soup), bold_classes(soup)))


def read_moderngov_html(markup: str) -> DraftMeeting:
    """A saved ModernGov "Agenda and minutes" page (ieListDocuments.aspx)."""
    soup = parse_html(markup)
    table = soup.find("table", class_="mgItemTable") or soup
    rows = [row for row in table.find_all("tr") if row.find("td", class_="mgItemNumberCell")]
    subtitle = soup.find(class_="mgSubTitleTxt")
    if not rows and is_decision_page(soup):
        for title in soup.find_all(class_="mgMainTitleTxt"):
            title.decompose()
        if subtitle is not None:
            subtitle.extract()
        return read_decision_page(html_to_blocks(_main_content(soup)),
                                  subtitle.get_text(" ") if subtitle is not None else None, _page_council(soup))
    if not rows:
        return read_html(markup)
    header = Header()
    if subtitle is not None:
        header.fill(read_statement(subtitle.get_text(" ")) or Header())
    header.fill(_title_meeting(soup))
    page_heading = soup.find(class_="mgMainTitleTxt")  # "Agenda and minutes", "Printed minutes"
    main_title = page_heading.get_text(" ") if page_heading is not None else ""
    attendees = []
    if table is not soup:
        front = _front_matter(soup, table)
        header.fill(front.header)
        attendees = front.attendees
    # A page of "Printed minutes" that labels no item's "Minutes:" or "Decision:" has only minutes under its titles;
    # an agenda's items hold only agenda text.
    labelled = not _MINUTES_TITLE.search(main_title) or any(
        _SECTION_LABEL_TEXT.match(clean_inline(tag.get_text(" "))) for row in rows
        for tag in row.find_all(["p", "div", "span", "strong", "h3", "h4"]))
    items = []
    for row in rows:
        number_cell = row.find("td", class_="mgItemNumberCell")
        number = clean_inline(number_cell.get_text(" ")) or None
        content = [cell for cell in row.find_all("td", recursive=False) if cell is not number_cell]
        if not content:
            continue
        cell = content[0]
        title_tag = cell.find(class_="mgAiTitleTxt")
        title = strip_link_text(title_tag.get_text(" ")) if title_tag is not None else None
        if title_tag is not None:
            title_tag.decompose()
        agenda_text, minutes = split_minutes(html_to_blocks(cell), labelled=labelled)
        items.append(build_item(number, title, agenda_text, minutes))
    header.council = header.council or _page_council(soup)
    return DraftMeeting(header, attendees, items)
