"""Patterns tried only when the text holds their cue words.

Python's regex engine tries every alternative of a pattern at every position of the text, and the kind
rules are long alternations; most paragraphs hold none of the words any alternative needs, and a substring
test on the lower-cased text rules those out in a fraction of the time. A cue is a lower-case literal; each
group of cues must have one of its cues in every match (tests/test_cues.py checks that over the corpus and the
test documents). A long alternation is best split into families (`AnyOf`), each with its own cues, so that a
paragraph holding one common cue word runs only the family that needs it.

A pattern anchored at the end of the text (`$`) is tried at every position all the same; `Ending` tries it
only on a text that ends with one of the words its matches end with.
"""

from __future__ import annotations

import re


class Cued:
    def __init__(self, pattern: re.Pattern[str], *cue_groups: str) -> None:
        self.pattern = pattern
        self.groups = tuple(tuple(group.split()) for group in cue_groups)

    def cued(self, text: str) -> bool:
        return self.cued_lowered(text.lower())

    def cued_lowered(self, lowered: str) -> bool:
        for group in self.groups:  # plain loops: this runs hundreds of times a paragraph
            for cue in group:
                if cue in lowered:
                    break
            else:
                return False
        return True

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.cued(text) else None

    def sub(self, replacement: str, text: str) -> str:
        return self.pattern.sub(replacement, text) if self.cued(text) else text


class AnyOf:
    """One rule written as several cued patterns: it holds when any of them matches."""

    def __init__(self, *rules: Cued) -> None:
        self.rules = rules

    def holds(self, text: str) -> bool:
        lowered = text.lower()
        return any(rule.pattern.search(text) for rule in self.rules if rule.cued_lowered(lowered))


class Ending:
    """A pattern anchored at the end: every match ends with one of `endings` (lower-case literals)."""

    def __init__(self, pattern: re.Pattern[str], *endings: str) -> None:
        self.pattern = pattern
        self.endings = endings
        self.reach = max(len(ending) for ending in endings)

    def ends(self, text: str) -> bool:
        return text[-self.reach:].lower().endswith(self.endings)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.ends(text) else None
