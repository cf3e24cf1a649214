"""Small text helpers shared by every reader: spaces, bullets, decision lines, sentences."""

from __future__ import annotations

import re

# Non-breaking and other fixed-width spaces that minutes use for "blank" lines and padding.
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_RUNS = re.compile(r" {2,}")
# A PDF's or a scan's typographic ligatures, as the letters they join: "conﬁrmed" is "confirmed" to every rule
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
_LIGATURE = re.compile("[ﬀ-ﬆ]")  # str.translate to several letters is slow: tried only where one stands

BULLET_CHARS = "·•▪◦●○■□‣⁃∙➢➤►▶✓✔◆◇\uf0b7\uf0a7\uf076\uf0d8"
_BULLET = re.compile(rf"^\s*(?:[{BULLET_CHARS}]|[-–*](?=\s))\s*")
_NUMBERED = re.compile(r"^\s*(?:\(?(\d{1,2}|[a-z]|[ivx]{1,4})[.)](?=\s)|\((\d{1,2}|[a-z]|[ivx]{1,4})\))\s*")

# Lines that record a decision. Capitals always; title case only when followed by
# punctuation or "that"/"to", so that a sentence such as "Noted concerns were..." is not taken.
DECISION_LINE = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,3})+\s+)?"  # a numbered paragraph: "4.4 RESOLVED: That"
    r"(?:(?:AGREED|RESOLVED|NOTED|ORDERED|DECIDED|RECOMMENDED|CARRIED)\b"
    r"|(?:Agreed|Resolved|Noted|Decided|Recommended)(?:\s*[-–:,]|\s+(?:that|to|unanimously)\b|\s*$))"
)


def clean_inline(text: str) -> str:
    """One line of text: odd spaces made plain, invisible characters dropped, ligatures undone, runs collapsed.

    Called for every line several times over, so ASCII text (most of it) skips the Unicode patterns.
    """
    if text.isascii():
        text = text.replace("\t", " ")
    else:
        text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
        text = text.translate(_LIGATURES) if _LIGATURE.search(text) else text
    text = text.replace("\r", " ").replace("\n", " ")
    return (_RUNS.sub(" ", text) if "  " in text else text).strip()


def bullet_marker(line: str) -> tuple[str, str] | None:
    """(the bullet character, rest) when the line starts with a bullet, else None."""
    match = _BULLET.match(line)
    if not match:
        return None
    return match.group(0).strip(), line[match.end():]


def numbered_marker(line: str) -> tuple[str, str] | None:
    """(`1.`, rest) for a numbered or lettered list entry such as `1.`, `(a)`, `ii)`, else None."""
    match = _NUMBERED.match(line)
    if not match:
        return None
    label = match.group(0).strip()
    return label, line[match.end():]


def is_decision_line(text: str) -> bool:
    return bool(DECISION_LINE.match(text.strip()))


_SENTENCE_END = re.compile(r"[.!?][)\]'\"’”]*\s+(?=[A-Z(‘“'\"])")


def sentence_count(text: str) -> int:
    """A rough count, enough to tell a one-line bullet from a whole exchange."""
    text = text.strip()
    if not text:
        return 0
    return len(_SENTENCE_END.findall(text)) + 1


def ends_sentence(text: str) -> bool:
    return bool(re.search(r"[.!?:;][)\]'\"’”]*$", text.strip()))


def is_lead_in(text: str) -> bool:
    """A paragraph that introduces a list: `...as follows:-`, `namely:`, `including -`, `RESOLVED: That`,
    `It was agreed that`."""
    text = text.strip()
    return bool(re.search(r"(?::\s*[-–—]?|[-–—]|\bas follows\b\.?)$", text)) or (
        text[-4:].lower() == "that" and (is_decision_line(text) or leads_to_decisions(text))) or (
        is_decision_line(text) and _THAT_THE_BODY.search(text) is not None)  # "RESOLVED: That the Committee"


_THAT_THE_BODY = re.compile(r"\b[Tt]hat\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Committee|Cabinet|Council|Board|Panel|"
                            r"Sub-Committee|Forum|Authority)$")


_LEADS_TO_DECISIONS = re.compile(
    r"\b(?:agreed|resolved|decided|determined|recommended)(?:\s+unanimously)?"
    r"(?:\s+that|(?:\s+to|\s+as\s+follows|\s+the\s+following)?\s*:\s*[-–—]?)$", re.I)


def leads_to_decisions(text: str) -> bool:
    """A sentence that goes on into what was decided: "After discussion it was agreed that", "Members agreed:"."""
    return _LEADS_TO_DECISIONS.search(text) is not None


def title_case(text: str) -> str:
    """Title case for headings printed in capitals, keeping short words and acronyms sensible."""
    small = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to",
             "with", "&"}
    words = text.lower().split()
    out = []
    for index, word in enumerate(words):
        if index and word in small:
            out.append(word)
        else:
            # each part of a hyphenated place name but its joining words: "Frampton-on-Wye", "Weston-super-Mare"
            parts = [part if position and part in _PLACE_JOINERS else _capitalised(part)
                     for position, part in enumerate(word.split("-"))]
            out.append("-".join(parts))
    return " ".join(out)


_PLACE_JOINERS = {"on", "upon", "under", "in", "le", "la", "de", "by", "super", "the", "en", "cum", "next", "over",
                  "and", "sub", "with"}


def _capitalised(word: str) -> str:
    return re.sub(r"^([^a-z]*)([a-z])", lambda m: m.group(1) + m.group(2).upper(), word)
