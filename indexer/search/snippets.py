"""Snippets: the best fragment of a paragraph with the matched words marked, escaped before marking.

`Highlight` says which words of a text a query matched, with the query's own rules: a word by its stem, a
phrase word exactly, a prefix by its start, a fuzzy term within its edit distance.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup, escape
from nltk.metrics.distance import edit_distance

from indexer.index.analysis import index_terms, stem, stop_words, words
from indexer.search import query as q

WINDOW = 40  # words in a fragment


@dataclass
class Highlight:
    stems: set[str] = field(default_factory=set)
    exact: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    fuzzy: set[tuple[str, int]] = field(default_factory=set)

    @classmethod
    def of(cls, positive: list[q.Word | q.Phrase | q.Prefix | q.Fuzzy]) -> Highlight:
        """What to mark for the positive words of a query (q.positive_words)."""
        marks = cls()
        for node in positive:
            if isinstance(node, q.Word):
                marks.stems.update(index_terms(node.text))
            elif isinstance(node, q.Phrase):
                marks.exact.update(word for word, _, _ in words(node.text) if word not in stop_words())
            elif isinstance(node, q.Prefix):
                marks.prefixes.add(node.text.lower())
            else:
                marks.fuzzy.add((node.text.lower(), node.distance))
        return marks

    def matches(self, word: str) -> bool:
        return (word in self.exact or stem(word) in self.stems or word.startswith(tuple(self.prefixes))
                or any(word[:1] == term[:1] and abs(len(word) - len(term)) <= distance
                       and edit_distance(word, term) <= distance for term, distance in self.fuzzy))


def snippet(text: str, highlight: Highlight, length: int = WINDOW, anchor: int = 0) -> str:
    """HTML: the window of `length` words with the most matches, matches in <mark>; when nothing matches (a
    paragraph found through its item title, or by its kind alone), the words from the character `anchor`."""
    tokens = words(text)
    if not tokens:
        return str(escape(text[:300]))
    hits = [index for index, (word, _, _) in enumerate(tokens) if highlight.matches(word)]
    best_start = next((index for index, (_, start, _) in enumerate(tokens) if start >= anchor), 0)
    if hits:
        best_count = -1
        for hit in hits:
            start = max(0, hit - length // 4)
            count = sum(1 for other in hits if start <= other < start + length)
            if count > best_count:
                best_start, best_count = start, count
    end_index = min(len(tokens), best_start + length)
    begin = tokens[best_start][1] if best_start else 0
    finish = tokens[end_index - 1][2] if end_index < len(tokens) else len(text)
    marked = _marked(text, tokens[best_start:end_index], set(hits), best_start, begin, finish)
    prefix = "… " if begin > 0 else ""
    suffix = " …" if finish < len(text) else ""
    return str(Markup(prefix + marked.strip() + suffix))


def mark(text: str, highlight: Highlight) -> str:
    """HTML: the whole text, escaped, every matched word in <mark> (a meeting page reached from a result)."""
    tokens = words(text)
    hits = {index for index, (word, _, _) in enumerate(tokens) if highlight.matches(word)}
    return _marked(text, tokens, hits, 0, 0, len(text))


def _marked(text: str, tokens: list[tuple[str, int, int]], hits: set[int], first: int, begin: int,
            finish: int) -> str:
    """The text from `begin` to `finish`, escaped, with the tokens numbered in `hits` in <mark>: escaped a
    stretch at a time between marks, not a token at a time."""
    pieces: list[str] = []
    position = begin
    for offset, (_, start, stop) in enumerate(tokens):
        if first + offset in hits:
            pieces.append(f"{escape(text[position:start])}<mark>{escape(text[start:stop])}</mark>")
            position = stop
    pieces.append(str(escape(text[position:finish])))
    return "".join(pieces)
