"""The interface every search engine implements, so the CLI, the pages and the query language never see one.

An engine stores the documents of indexer.index.schema, compiles the project's query tree
(indexer.search.query) for itself, and answers in plain Python values. Snippets, acronym expansion and the
"most of the words" fallback live above it (indexer.search.api), the same for every engine.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from indexer.index.analysis import plain
from indexer.search.query import Node


@dataclass
class Matches:
    total: int  # every match, not just the page
    # (stored fields, score), best first; the fields may be read lazily and may carry `group`, a number for the
    # hit's item (see indexer.search.api._group)
    hits: list[tuple[Mapping[str, Any], float]] = field(default_factory=list)
    timed_out: bool = False  # the time limit cut the search short: `total` may be low


_COUNCILLOR = re.compile(r"\b(?:cllr|cyng)\.?(?=\s|$)")


def matching_values(values: list[tuple[str, str]], typed: str, exact_only: bool = False,
                    holding: bool = False) -> list[tuple[str, str]]:
    """The (field, value) pairs a typed filter means: the exact value in any case and with or without accents,
    else every value holding all of its words (`panel:children` finds each children's panel; `kind:decisions`
    finds "decision"), else every value whose words were all typed (`speaker:"Town Clerk"` finds "Clerk").
    With `holding`, every value holding all of its words, the exact one among them (a role: "Head of Planning"
    finds "Head of Planning, Officer" too)."""
    wanted = _COUNCILLOR.sub("councillor", plain(typed.strip()).lower())  # speakers are labelled "Councillor X"
    wanted_words = re.findall(r"\w+", wanted)
    folded = [(pair, plain(pair[1]).lower()) for pair in values]
    if holding:
        return [pair for pair, value in folded if wanted_words and all(_holds(value, word) for word in wanted_words)]
    exact = [pair for pair, value in folded if value == wanted]
    if exact_only and not exact:  # an item number however it is punctuated: "116(b)" is "116b", "C49" "C.49"
        exact = [pair for pair, value in folded if _compact(value) == _compact(wanted)]
    if exact or exact_only or not wanted_words:
        return exact
    holding = [pair for pair, value in folded if all(_holds(value, word) for word in wanted_words)]
    if holding:
        return holding
    return [pair for pair, value in folded
            if (named := re.findall(r"\w+", value)) and set(named) <= set(wanted_words)]


def _holds(value: str, word: str) -> bool:
    """The value has a word starting with `word`, or with its singular ("decisions" finds "decision")."""
    forms = (word, word[:-1]) if word.endswith("s") and len(word) > 3 else (word,)
    return any(re.search(rf"\b{re.escape(form)}", value) for form in forms)


def _compact(number: str) -> str:
    return re.sub(r"[\s.()\-–]", "", number.lower())


class IndexWriter(Protocol):
    """One writer at a time (the caller holds the index lock); nothing is visible until `commit`."""

    def delete_source(self, source: str) -> None: ...

    def add(self, document: dict[str, Any]) -> None: ...

    def commit(self) -> None: ...

    def cancel(self) -> None: ...


class Engine(Protocol):
    """An open index generation, for searching."""

    # facet_counts may run on a second thread while the same request makes its hits and snippets: true when the
    # engine counts outside Python (it lets go of the GIL) and is safe to call from two threads at once
    counts_beside: bool

    def close(self) -> None: ...

    def refresh(self) -> None:
        """Pick up a newer commit of the same generation."""

    def indexed_sources(self) -> dict[str, str]:
        """{source: content hash} of every file the index holds."""

    def search(self, query: Node | None, filter: Node | None, sort: str, limit: int, time_limit: float,
               notices: list[str]) -> Matches:
        """`query` ranks (None: every paragraph); `filter` only narrows; `sort`: relevance, newest, oldest.
        Filters that match nothing in the index say so in `notices`."""

    def facet_counts(self, query: Node | None, filter: Node | None, facets: list[str]) -> dict[str, Counter[str]]:
        """Counts of each facet's values over every match of query AND filter."""

    def frequency(self, word: str, stemmed: bool = False) -> int:
        """How many paragraphs hold this unstemmed word (or, `stemmed`, this term of the stemmed text)."""

    def suggest(self, word: str) -> str | None:
        """The nearest word of the index vocabulary, for "did you mean"."""

    def paragraph_count(self) -> int: ...

    def date_span(self) -> tuple[str | None, str | None]:
        """The first and last meeting dates in the index."""


class Backend(Protocol):
    """An engine's way in: make an empty index, write to one, open one."""

    name: str

    def create(self, path: Path) -> None: ...

    def writer(self, path: Path) -> IndexWriter: ...

    def open(self, path: Path) -> Engine: ...
