"""Patterns tried only when the text holds one of their cue words.

Python's regex engine tries every alternative of a pattern at every position of the text, and the kind
rules are long alternations; most paragraphs hold none of the words any alternative needs, and a substring
test on the lower-cased text rules those out in a fraction of the time. A cue must be a lower-case literal
that every match contains (tests/test_cues.py checks that over the corpus and the test documents).
"""

from __future__ import annotations

import re


class Cued:
    def __init__(self, pattern: re.Pattern[str], cues: str) -> None:
        self.pattern = pattern
        self.cues = tuple(cues.split())

    def cued(self, text: str) -> bool:
        lowered = text.lower()
        return any(cue in lowered for cue in self.cues)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.cued(text) else None

    def sub(self, replacement: str, text: str) -> str:
        return self.pattern.sub(replacement, text) if self.cued(text) else text
