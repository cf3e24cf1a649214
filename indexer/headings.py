"""What an item heading looks like: a minute number ("21/18", "PL/23/045", "Minute 118/24", "(1)"), a title
that reads as one, and how strongly the line's form (markup, bold, capitals, title case) marks it.

Used to find the items (indexer/structure.py) and to know where the header ends (indexer/header_block.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.attendance import attendance_label
from indexer.blocks import EXCHANGE_LABEL, Block
from indexer.cues import Cued
from indexer.textutil import clean_inline, is_decision_line

# Link text that ModernGov and other sites put inside titles and text.
LINK_TEXT = Cued(re.compile(
    r"\s*(?:pdf icon\s*)?\bPDF\s+\d+(?:\.\d+)?\s*[KMG]B\b|\s*\b(?:Additional|Supporting) documents\s*:?\s*$"
    r"|\s*\(Pages?\s+\d+(?:\s*[-–]\s*\d+)?\)"
    r"|^\s*download\b.{0,80}\((?:pdf|docx?|word)\b[^)]{0,20}\)\s*$",  # "Download these minutes (PDF, 212KB)"
    re.I,
), "pdf documents page download")
FURNITURE = re.compile(
    r"^(?:agenda and minutes|agenda|minutes|minute(?:\s+no\.?)?|items(?:\s+no\.?\s*item)?|"
    r"no\.?\s*\|?\s*item\s*\|?|item|no\.|-+\|-+\|?|"
    r"draft minutes|unconfirmed minutes|public minutes|printed minutes|"
    r"action(?:\s+by)?(?!\s*:))\s*:?$",  # a table's heading cell, not "Action:" before a name
    re.I,
)
NUMBER_ONLY = re.compile(
    r"^(?:(?:item|minute|min\.?)\s+(?:no\.?\s*)?)?(?P<number>\d{1,4}/\d{1,4}\.?|\d{1,3}[a-z]?\.?"
    r"|[A-Z]{1,4}[\s.]?\d{1,4}(?:/\d{1,4})?\.?|[A-Z]{1,4}/\d{1,4}(?:/\d{1,4})?\.?)$",
    re.I
)
# "PL/23/045", "CAB/24/7", "P&E 145/23", "CAB 87", "C.45": a committee's letters, then the year and number; "(1)".
NUMBERED_TITLE = re.compile(
    r"^(?:(?P<prefix>minute|min\.?(?=\s)|item|agenda\s+item)\s*(?:no\.?\s*)?)?"
    r"(?P<number>\d{1,4}/\d{1,4}(?![\d/])\.?|(?-i:[A-Z]{1,4})/\d{1,4}(?:/\d{1,4})?(?=\s)"
    r"|(?-i:[A-Z][A-Z&]{0,4})[ .]?\d{1,4}/\d{1,4}(?=\s)|(?!PART\b)(?-i:[A-Z]{2,5}) \d{1,3}(?=\s)|\(\d{1,3}\)"
    r"|(?-i:[A-Z]{1,4})\.\d{1,4}(?=[\s:.)–-])|(?-i:(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))\.(?=\s)|(?-i:[A-Z])\.(?=\s)"
    r"|\d{1,3}[a-z]?\.(?:\d{1,2}\.?)?(?![\d,])|\d{1,3}[a-z]?(?=[\s:)–-]))"
    r"\s*(?:[:.)\-–]\s*)?(?P<title>\S.*)$",
    re.I,
)
_WHOLE_SECTION = re.compile(r"\d{1,3}\.0\.?")
# "Minute 118/24" then "Item 5: Finance": the agenda label goes, the minute number stays.
_ITEM_LABEL = re.compile(r"^(?:agenda\s+)?item\s+\d{1,3}[a-z]?\s*[:.\-–]\s*", re.I)
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to",
                "with", "&", "-", "–", "v", "vs"}


@dataclass
class Heading:
    number: str | None
    title: str
    strength: int  # 3: marked up or numbered in capitals, 2: numbered or capitals, 1: a short title-case line
    # "1. Apologies for absence": a numbered title in sentence case reads as a list entry's too, and is an item
    # only where its number goes on from, or on to, another heading's (see `in_sequence`)
    in_sequence_only: bool = False
    # "4. Highways: The Clerk reported ...": the item's text on its heading's line, its first paragraph
    inline_text: str | None = None


def is_letter(number: str | None) -> bool:
    """"A.", "B.": items lettered in sequence (a Scottish community council's), or a person's initial. ("I.",
    "V." and "X." are Roman numerals.)"""
    return bool(number) and len(number) == 2 and number[0].isupper() and number[0] not in "IVX" and number[1] == "."


def is_financial_year(number: str) -> bool:
    """"2025/26" is a year, not a minute number, when a title wraps before it ("... STRATEGY" / "2025/26 TO
    2028/29") or a line opens with it; "2024/01" may be a minute number."""
    found = _YEAR_PAIR.fullmatch(number.rstrip("."))
    return bool(found) and (int(found.group(1)) + 1) % 100 == int(found.group(2))


_YEAR_PAIR = re.compile(r"(?:19|20)(\d\d)/(\d\d)")


def strip_link_text(text: str) -> str:
    return clean_inline(LINK_TEXT.sub("", text))


def is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) > 0.85


# A full stop a title may end with: an abbreviation's ("St.", "A.O.C.B.")
_TITLE_STOP = re.compile(r"\b(?:etc|no|St|Rd|Ltd)\.$|\b(?:[A-Z]\.){2,}$")


def _is_title_like(title: str, agenda_wording: bool = False, label: bool = False) -> bool:
    """A line that reads as an item's title. `agenda_wording` lets a title read as the agenda put it ("To
    receive apologies"), as parish minutes number them, which unnumbered would be a decision's wording;
    `label` lets it read as an attendance label ("Co-opted member")."""
    title = title.strip()
    words = title.split()
    if not words or len(words) > 32 or len(title) > 240 or (
            (len(words) > 18 or len(title) > 160) and not is_caps(title)):  # a planning application's title
        return False
    if re.search(r"[.,;]$", title) and not _TITLE_STOP.search(title):
        return False
    if not (title[0].isupper() or title[0].isdigit() or title[0] in "‘'\"(£"):
        return False
    if agenda_wording and re.match(r"^To\s+[a-z]", title):
        return len(words) <= 14
    return not (re.match(r"^(?:That|To)\b", title) or is_decision_line(title)
                or (not label and attendance_label(title)))


def _is_title_case(title: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", title) if w.lower() not in _SMALL_WORDS]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= 0.75


def heading_of(block: Block, following: Block | None) -> Heading | None:
    """The block as an item heading, or None."""
    text = strip_link_text(block.text if block.kind != "numbered" else f"{block.marker} {block.text}")
    if block.kind == "bullet" or not text or FURNITURE.match(text):
        return None
    if block.kind != "heading" and EXCHANGE_LABEL.match(text):  # "Response from Councillor Johal" in bold
        return None
    number_only = NUMBER_ONLY.match(text)
    if number_only and following is not None and following.kind != "numbered":
        title = _ITEM_LABEL.sub("", strip_link_text(following.text))
        if _is_title_like(title) or (title and not re.search(r"[.;]$", title)):
            return Heading(number_only.group("number"), title, 3)
        return None
    numbered = NUMBERED_TITLE.match(text)
    if numbered and is_financial_year(numbered.group("number")):
        numbered = None
    # A minute number ("Minute 24/119", "24/119", a heading's number) is no list entry's.
    minute_number = bool(numbered and (numbered.group("prefix") or "/" in numbered.group("number")
                                       or numbered.group("number")[0].isalpha()  # "CAB 87"
                                       or block.kind == "heading" or block.emphasis))
    capitals = MINUTE_CAPS_TITLE.match(text) if numbered else None
    if capitals and is_caps(capitals.group("title")):
        # "23/101 APOLOGIES FOR ABSENCE: Cllr M Leaman (work commitment). Accepted.": a minute in one paragraph
        return Heading(numbered.group("number"), capitals.group("title").strip(), 3,
                       inline_text=capitals.group("text"))
    one_line = _TITLE_THEN_TEXT.match(numbered.group("title")) if numbered else None
    if one_line and (is_caps(one_line.group("title")) or _is_title_case(one_line.group("title"))):
        # "23/101 APOLOGIES - none", "25/004 Public participation - two residents asked about ...": an item of one line
        strong = minute_number or is_caps(one_line.group("title"))
        return Heading(numbered.group("number"), one_line.group("title"), 3 if strong else 2,
                       in_sequence_only=not strong, inline_text=one_line.group("text"))
    if numbered and _is_title_like(numbered.group("title"), agenda_wording=minute_number):
        title = _ITEM_LABEL.sub("", numbered.group("title").strip())
        strong = (block.kind == "heading" or block.emphasis or numbered.group("prefix") or is_caps(title)
                  or _WHOLE_SECTION.fullmatch(numbered.group("number"))  # "6.0 Growth fund": items, not lists
                  or (minute_number and (title.startswith("To ") or numbered.group("number")[0].isalpha()
                                         or "/" in numbered.group("number"))))
        if strong or _is_title_case(title):
            return Heading(numbered.group("number"), title, 3 if strong else 2)
        if counted(numbered.group("number")) is not None and len(title.split()) <= _SHORT_TITLE:
            return Heading(numbered.group("number"), title, 2, in_sequence_only=True)
        return None
    if numbered and (block.kind == "heading" or block.emphasis) and _is_title_like(numbered.group("title"), label=True):
        # "### 7. Co-opted member": a heading's title that would label attendance is an item where its number
        # follows the items before it
        return Heading(numbered.group("number"), numbered.group("title").strip(), 3, in_sequence_only=True)
    if numbered:
        return _inline_titled(numbered.group("number"), numbered.group("title"), block,
                              prefixed=bool(numbered.group("prefix")))
    if not _is_title_like(text) or _VALUE_LINE.search(text):
        return None
    if block.kind == "heading" or block.emphasis:
        return Heading(None, text, 3)
    if is_caps(text):
        return Heading(None, text, 2)
    if _is_title_case(text) and len(text.split()) <= 10 and not text.endswith(":"):
        return Heading(None, text, 1)
    return None


# "Apologies for absence: Cllr D Black ...", "Highways – The Clerk reported that ...": a short title, then the text
_INLINE_TITLE = re.compile(r"^(?P<title>[^:.;–—]{2,70}?)\s*(?::\s+|\s+[–—-]\s+(?=[A-Z][^.]*\s[^.]*\s.*[.!?]$))"
                           r"(?P<text>\S.*)$")
_INLINE_TITLE_WORDS = 8
# A minute number, its title in capitals and a colon, then the minute: "23/105 PLANNING: 23/02114/FUL, Land at …"
MINUTE_CAPS_TITLE = re.compile(r"^(?:[A-Z]{1,4}/?)?\d{1,4}/\d{1,4}\.?\s+(?P<title>[A-Z][A-Z0-9 ,&'’/()-]{2,60}?)\s*:\s+"
                               r"(?P<text>\S.*)$")
# its text a remark ("none", "nil", "agreed and signed.") or a sentence, not a subtitle ("– annual refresh")
_TITLE_THEN_TEXT = re.compile(r"^(?P<title>[^-–—:.;,]{3,60}?)\s+[-–—]\s+"
                              r"(?P<text>(?i:none|nil|n/a|nothing|no\s)\b.*|[a-z].*[.!?])$")


def _inline_titled(number: str, text: str, block: Block, prefixed: bool) -> Heading | None:
    """A numbered line whose title runs into the item's text ("3. Minutes: The minutes of the meeting held on ...
    were approved"), as parish minutes of one paragraph an item write them; like a sentence-case title, an item
    only where the numbers count on, or after "Item". (A minute number's line is more often a reference to it:
    "PE24/24 (Station Road bus shelter): the Clerk reported ...".)"""
    found = _INLINE_TITLE.match(text)
    if not found or _VALUE_LINE.search(text) or (counted(number) is None and not prefixed):
        return None
    title = found.group("title").strip()
    if len(title.split()) > _INLINE_TITLE_WORDS or not _is_title_like(title) or title.startswith("("):
        return None
    strong = prefixed or block.kind == "heading" or block.emphasis or is_caps(title)
    return Heading(number, title, 3 if strong else 2, in_sequence_only=not strong,
                   inline_text=found.group("text").strip())


def is_inline_titled(block: Block) -> bool:
    """Whether a numbered entry reads as an item with its title and text on one line."""
    numbered = NUMBERED_TITLE.match(f"{block.marker} {block.text}") if block.kind == "numbered" else None
    return bool(numbered and not _is_title_like(numbered.group("title"))
                and _inline_titled(numbered.group("number"), numbered.group("title"), block,
                                   prefixed=bool(numbered.group("prefix"))))


# "TOTAL: 903.87", a table row's label and amount: no heading
_VALUE_LINE = re.compile(r":\s*[£$€]?\d[\d,./]*$")
_SHORT_TITLE = 10  # words
_COUNTED = re.compile(r"\(?(\d{1,3})\.?\)?")


def counted(number: str | None) -> int | None:
    """An item number that counts 1, 2, 3 ("7.", "7", "(7)"), as an int; None for any other."""
    found = _COUNTED.fullmatch(number or "")
    return int(found.group(1)) if found else None


def in_sequence(headings: dict[int, Heading]) -> dict[int, Heading]:
    """The headings (by block index) without the sentence-case numbered ones that stand alone: such a line is
    an item where the number before it, or after it, among the headings counts on by one ("1. Apologies for
    absence" then "2. Highways and footpaths"), and a list entry or a sentence elsewhere."""
    numbered = [(index, counted(heading.number)) for index, heading in sorted(headings.items()) if heading.number]
    kept = dict(headings)
    for position, (index, value) in enumerate(numbered):
        if not headings[index].in_sequence_only:
            continue
        before = numbered[position - 1][1] if position else None
        after = numbered[position + 1][1] if position + 1 < len(numbered) else None
        if value is None or not (before == value - 1 or after == value + 1):
            del kept[index]
    return kept


def starts_numbered(text: str, lettered: bool = False) -> bool:
    """The line opens with a minute or item number ("21/18 Apologies", "Minute 45", "7."); with a letter ("A.")
    only in `lettered` minutes (see `lettered_items`): elsewhere it is a person's initial ("J. Smith (Chair)")."""
    numbered = NUMBERED_TITLE.match(text)
    return bool((numbered and (lettered or not is_letter(numbered.group("number")))) or NUMBER_ONLY.match(text))


def lettered_items(texts: list[str]) -> bool:
    """Whether lines open with "A." and "B.": minutes whose items are lettered."""
    letters = {numbered.group("number") for text in texts if (numbered := NUMBERED_TITLE.match(text))}
    return {"A.", "B."} <= letters
