"""Acronym pairs learned from the minutes themselves, plus a synonyms file a council can edit.

"Multi-Agency Children's Hub (MACH)" and "CAMHS – Child and Adolescent Mental Health Services" teach that
a search for either side should find the other. A pair is kept only when the initials spell the acronym.
"""

from __future__ import annotations

import re
from pathlib import Path

from indexer.model import Meeting

SYNONYMS_FILE = Path(__file__).with_name("synonyms.txt")
_MINOR = {"and", "of", "the", "for", "&", "in", "with", "to", "on", "at", "a"}
_WORD = r"(?:[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*|and|of|the|for|&|in|with|to|on|at)"
# the words of a name may be listed with commas: "Education, Health and Care Plan (EHCP)"
_NAME_THEN_ACRONYM = re.compile(rf"((?:{_WORD},?\s+){{1,9}}{_WORD})\s*\(\s*([A-Z][A-Za-z]{{1,7}})\s*\)")
_ACRONYM_THEN_NAME = re.compile(rf"\b([A-Z][A-Z]{{1,7}})\s*(?:[–—-]|\()\s*((?:{_WORD},?\s+){{1,9}}{_WORD})")


def _initials(words: list[str]) -> str:
    letters = []
    for word in words:
        if word.lower() in _MINOR:
            continue
        letters.extend(part[0] for part in word.split("-") if part)
    return "".join(letters).upper()


def _fit_from_right(acronym: str, words: list[str]) -> str | None:
    for start in range(len(words) - 1, -1, -1):
        if words[start].lower() in _MINOR:
            continue
        if _initials(words[start:]) == acronym.upper().rstrip("S") or _initials(words[start:]) == acronym.upper():
            return " ".join(words[start:])
    return None


def _fit_from_left(acronym: str, words: list[str]) -> str | None:
    for end in range(len(words), 0, -1):
        if words[end - 1].lower() in _MINOR:
            continue
        if _initials(words[:end]) == acronym.upper():
            return " ".join(words[:end])
    return None


def learn(text: str) -> dict[str, str]:
    """{acronym (lower case): expansion} for every pair the text defines."""
    pairs: dict[str, str] = {}
    if "(" not in text and not any(dash in text for dash in "–—-"):
        return pairs  # both patterns need a bracket or a dash: most paragraphs are ruled out at once
    for match in _NAME_THEN_ACRONYM.finditer(text):
        expansion = _fit_from_right(match.group(2), match.group(1).split())
        if expansion and len(expansion.split()) >= 2:
            pairs[match.group(2).lower()] = expansion
    for match in _ACRONYM_THEN_NAME.finditer(text):
        expansion = _fit_from_left(match.group(1), match.group(2).split())
        if expansion and len(expansion.split()) >= 2:
            pairs.setdefault(match.group(1).lower(), expansion)
    return pairs


def learn_from_meeting(meeting: Meeting) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for item in meeting.items:
        for paragraph in item.paragraphs:
            pairs.update(learn(paragraph.text))
    return pairs


def read_synonyms(path: Path = SYNONYMS_FILE) -> list[tuple[str, str]]:
    """`left = right` lines; `#` starts a comment. Either side finds the other."""
    pairs = []
    if not path.is_file():
        return pairs
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if "=" in line:
            left, right = (side.strip() for side in line.split("=", 1))
            if left and right:
                pairs.append((left, right))
    return pairs
