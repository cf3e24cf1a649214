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
# An acronym in brackets, with two capitals at least ("(RAAC)", "(DfT)", not "(Chair)"), after its name.
_ACRONYM_IN_BRACKETS = re.compile(r"\(\s*((?=[a-z]*[A-Z][a-z]*[A-Z])[A-Z][A-Za-z]{1,7})\s*\)")
_CLAUSE_END = re.compile(r"[.;:!?()\[\]\"“”]")
_ACRONYM_THEN_NAME = re.compile(rf"\b([A-Z][A-Z]{{1,7}})\s*(?:[–—-]|\()\s*((?:{_WORD},?\s+){{1,9}}{_WORD})")


def _spells(acronym: str, words: list[str]) -> bool:
    """Whether the words' initials spell the acronym, each minor word counted or not: "SEND" is Special
    Educational Needs and Disabilities, "DfT" the Department for Transport, "MACH" a Multi-Agency Children's
    Hub."""
    initials = ["".join(part[0] for part in word.split("-") if part).lower() for word in words]
    minor = [word.lower() in _MINOR for word in words]
    target = acronym.lower()

    def fits(index: int, at: int) -> bool:
        if index == len(words):
            return at == len(target)
        if target.startswith(initials[index], at) and fits(index + 1, at + len(initials[index])):
            return True
        return minor[index] and fits(index + 1, at)

    return fits(0, 0)


def _singulars(acronym: str) -> list[str]:
    """The acronym, then its singular when it is a plural ("EHCPs" is spelled by the words of "EHCP")."""
    return [acronym, acronym[:-1]] if acronym[-1:] in "sS" and len(acronym) > 2 else [acronym]


def _fit_from_right(acronym: str, words: list[str]) -> str | None:
    """The fewest words ending `words` that spell the acronym."""
    for form in _singulars(acronym):
        for start in range(len(words) - 1, -1, -1):
            if _bare(words[start]).lower() not in _MINOR and _spells(form, [_bare(word) for word in words[start:]]):
                return " ".join(words[start:]).rstrip(",")
    return None


def _fit_from_left(acronym: str, words: list[str]) -> str | None:
    """The fewest words starting `words` that spell the acronym."""
    for form in _singulars(acronym):
        for end in range(1, len(words) + 1):
            if _bare(words[end - 1]).lower() not in _MINOR and _spells(form, [_bare(word) for word in words[:end]]):
                return " ".join(words[:end]).rstrip(",")
    return None


def _bare(word: str) -> str:
    return word.rstrip(",")


def learn(text: str) -> dict[str, str]:
    """{acronym (lower case): expansion} for every pair the text defines: "Multi-Agency Children's Hub (MACH)",
    "reinforced autoclaved aerated concrete (RAAC)", "CAMHS – Child and Adolescent Mental Health Services"."""
    pairs: dict[str, str] = {}
    if "(" not in text and not any(dash in text for dash in "–—-"):
        return pairs  # both patterns need a bracket or a dash: most paragraphs are ruled out at once
    for match in _ACRONYM_IN_BRACKETS.finditer(text):
        clause = _CLAUSE_END.split(text[max(0, match.start() - 160): match.start()])[-1]
        words = [word for word in clause.split() if word.strip(",")][-10:]
        expansion = _fit_from_right(match.group(1), words)
        if expansion and len(expansion.split()) >= 2:
            pairs[match.group(1).lower()] = expansion
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
