"""Other ways of writing what a user typed, which the minutes may have used instead: "4.2%" for "4.2 per
cent" and back, an application reference without its suffix ("24/01234" for "24/01234/FUL"), two words
written as one ("flytipping" for "fly-tipping"). Pairs of whole words (British and American spellings,
abbreviations) are in indexer/index/synonyms.txt; these are the patterns a list cannot hold.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from indexer.index.analysis import stop_words
from indexer.search import query as q

_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(%|per\s*cent|percent)", re.I)
_REFERENCE = re.compile(r"\w*\d\w*(?:/\w+)+")
SHORTEST_JOINED = 7  # letters in the shortest word tried as two ("carpark")


def percent_other(text: str) -> str | None:
    """"4.2%" -> "4.2 per cent", "4.2 per cent" -> "4.2%"."""
    found = _PERCENT.fullmatch(text.strip())
    if not found:
        return None
    return f"{found.group(1)} per cent" if found.group(2) == "%" else f"{found.group(1)}%"


def reference_prefix(text: str) -> str | None:
    """"24/01234" also means the references that go on from it: "24/01234/FUL", "24/01234/HOU"."""
    return f"{text.lower()}/" if _REFERENCE.fullmatch(text) else None


def split_word(word: str, frequency: Callable[[str], int]) -> str | None:
    """A word the index does not hold, as the two words it holds that spell it ("flytipping" -> "fly
    tipping"), the split whose rarer half is most common; None when there is none."""
    word = word.lower()
    if not word.isalpha() or len(word) < SHORTEST_JOINED or frequency(word) > 0:
        return None
    best: tuple[int, str] | None = None
    for cut in range(3, len(word) - 2):
        left, right = word[:cut], word[cut:]
        if left in stop_words() or right in stop_words():
            continue
        score = min(frequency(left), frequency(right))
        if score > 0 and (best is None or score > best[0]):
            best = (score, f"{left} {right}")
    return best[1] if best else None


def variants(text: str, frequency: Callable[[str], int]) -> list[tuple[str, q.Node]]:
    """(how to say it, the query node) for each other way of writing `text` (a word or unquoted words)."""
    found: list[tuple[str, q.Node]] = []
    percent = percent_other(text)
    if percent:
        found.append((percent, q.Phrase(percent)))
    prefix = reference_prefix(text)
    if prefix:
        found.append((f"{prefix}…", q.Prefix(prefix)))
    joined = split_word(text, frequency) if " " not in text.strip() else None
    if joined:
        found.append((joined, q.Phrase(joined)))
    return found
