"""Every call to Whoosh for searching: compiling the query tree, running it, counting facets, suggesting.

Measured pitfalls this module avoids: fuzzy and prefix terms go to the unstemmed field; a time-limited
collector uses no alarm (Flask workers are not the main thread); facets are counted from cached columns of
the matching documents, not with `groupedby` (which scores every match); date filters use year and month
terms, not a `DateRange` rebuilt on every query.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh import sorting
from whoosh.collectors import TimeLimit, TimeLimitCollector

from indexer.index.analysis import index_terms, words
from indexer.index.schema import FACET_FIELDS, MULTI_SEPARATOR, MULTI_VALUED
from indexer.index.store import ACRONYMS, read_json
from indexer.search import query as q

_LEXICON_FIELDS = {"panel": ("panel",), "council": ("council",), "speaker": ("speakers", "presenters"),
                   "type": ("item_type",), "kind": ("kinds",)}


class WhooshEngine:
    def __init__(self, generation: Path) -> None:
        self.generation = generation
        self.index = whoosh_index.open_dir(str(generation))
        self.searcher = self.index.searcher()
        self._columns: dict[str, list[str]] = {}

    def close(self) -> None:
        self.searcher.close()

    def refresh(self) -> None:
        """Pick up a newer commit of the same generation (an incremental run)."""
        if not self.searcher.up_to_date():
            self.searcher = self.searcher.refresh()
            self._columns.clear()

    @cached_property
    def acronyms(self) -> dict[str, str]:
        merged: dict[str, str] = {}
        for pairs in read_json(self.generation / ACRONYMS).values():
            merged.update(pairs)
        return merged

    # compiling -----------------------------------------------------------------------------------------
    def compile(self, node: q.Node | None, notices: list[str]) -> wq.Query | None:
        if node is None:
            return None
        if isinstance(node, q.Word):
            terms = index_terms(node.text)
            tokens = [token for token, _, _ in words(node.text)]
            if len(tokens) > 1:  # "multi-agency", "Children's Hub": its pieces, in order
                return self._phrase(tokens)
            if not terms:
                return None
            if any(character.isdigit() for character in terms[0]):
                return self._phrase(tokens)
            return wq.Or([wq.Term("text", terms[0]), wq.Term("item_title", terms[0])])
        if isinstance(node, q.Phrase):
            tokens = [token for token, _, _ in words(node.text)]
            return self._phrase(tokens) if tokens else None
        if isinstance(node, q.Prefix):
            text = node.text.lower()
            return wq.Or([wq.Prefix("text_exact", text), wq.Prefix("title_exact", text)])
        if isinstance(node, q.Fuzzy):
            text = node.text.lower()
            return wq.Or([wq.FuzzyTerm("text_exact", text, maxdist=node.distance, prefixlength=1),
                          wq.FuzzyTerm("title_exact", text, maxdist=node.distance, prefixlength=1)])
        if isinstance(node, q.Filter):
            return self._filter(node, notices)
        if isinstance(node, q.DateRange):
            return date_query(node.start, node.end)
        if isinstance(node, q.Not):
            child = self.compile(node.child, notices)
            return wq.Not(child) if child is not None else None
        children = [compiled for child in node.children if (compiled := self.compile(child, notices)) is not None]
        if not children:
            return None
        if isinstance(node, q.Or):
            return children[0] if len(children) == 1 else wq.Or(children)
        if all(isinstance(child, wq.Not) for child in children):
            children.insert(0, wq.Every())
        return children[0] if len(children) == 1 else wq.And(children)

    @staticmethod
    def _phrase(tokens: list[str]) -> wq.Query:
        if len(tokens) == 1:
            options = [wq.Term("text_exact", tokens[0]), wq.Term("title_exact", tokens[0])]
            if any(character.isdigit() for character in tokens[0]):  # a minute number: "21/18"
                options.append(wq.Term("item_key", tokens[0]))
            return wq.Or(options)
        return wq.Or([wq.Phrase("text_exact", tokens), wq.Phrase("title_exact", tokens)])

    def _filter(self, node: q.Filter, notices: list[str]) -> wq.Query:
        if node.field == "item":
            numbers = self.lexicon_matches(("item_key",), node.value, exact_only=True)
            if numbers:
                return wq.Or([wq.Term(name, value) for name, value in numbers])
            terms = index_terms(node.value)
            if terms:
                return wq.And([wq.Term("item_title", term) for term in terms])
            return wq.NullQuery()
        matches = self.lexicon_matches(_LEXICON_FIELDS[node.field], node.value)
        if not matches:
            notices.append(f"No {node.field} matches “{node.value}”.")
            return wq.NullQuery()
        return wq.Or([wq.Term(name, value) for name, value in matches])

    def lexicon_matches(self, fields: tuple[str, ...], value: str, exact_only: bool = False) -> list[tuple[str, str]]:
        """Facet values a typed filter means: the exact value (any case), else every value containing all of
        its words (`panel:children` finds each children's panel)."""
        wanted = value.strip().lower()
        wanted_words = re.findall(r"\w+", wanted)
        exact, partial = [], []
        reader = self.searcher.reader()
        for name in fields:
            for term in reader.lexicon(name):
                text = term.decode("utf-8")
                lowered = text.lower()
                if lowered == wanted:
                    exact.append((name, text))
                elif not exact_only and wanted_words and all(
                        re.search(rf"\b{re.escape(word)}", lowered) for word in wanted_words):
                    partial.append((name, text))
        return exact or partial

    def facet_filter(self, filters: dict[str, list[str]]) -> wq.Query | None:
        """Selected facet values: OR within a facet, AND across facets."""
        parts = []
        for facet, values in filters.items():
            if not values or facet not in FACET_FIELDS:
                continue
            field = FACET_FIELDS[facet][0]
            parts.append(wq.Or([wq.Term(field, value) for value in values]))
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else wq.And(parts)

    # running -------------------------------------------------------------------------------------------
    def run(self, query: wq.Query | None, filter_query: wq.Query | None, sort: str, limit: int,
            time_limit: float) -> tuple[int, list[tuple[dict[str, Any], float]], bool]:
        """(total matches, top `limit` hits as (stored fields, score), whether the time limit cut it short)."""
        if query is None:  # Whoosh ignores a collector's filter under Every(): make the filter the query
            query, filter_query = filter_query or wq.Every(), None
        sortedby = None
        if sort in ("newest", "oldest"):
            sortedby = sorting.FieldFacet("order", reverse=sort == "newest")
        collector = self.searcher.collector(limit=max(limit, 1), sortedby=sortedby, filter=filter_query)
        timed = TimeLimitCollector(collector, timelimit=time_limit, use_alarm=False)
        timed_out = False
        try:
            self.searcher.search_with_collector(query, timed)
        except TimeLimit:
            timed_out = True
        results = timed.results()
        hits = [(dict(hit.fields()), float(hit.score or 0.0)) for hit in results[:limit]]
        return len(results), hits, timed_out

    def matching_docs(self, query: wq.Query | None, filter_query: wq.Query | None) -> list[int]:
        parts = [part for part in (query, filter_query) if part is not None]
        combined = wq.And(parts) if len(parts) > 1 else (parts[0] if parts else wq.Every())
        return list(combined.normalize().matcher(self.searcher).all_ids()) if parts else list(
            self.searcher.reader().all_doc_ids())

    def _column(self, facet: str) -> list[str]:
        if facet not in self._columns:
            reader = self.searcher.reader()
            column = reader.column_reader(FACET_FIELDS[facet][1])
            self._columns[facet] = [value.decode("utf-8") for value in column]
        return self._columns[facet]

    def facet_counts(self, docs: list[int], facet: str) -> Counter[str]:
        column = self._column(facet)
        counts: Counter[str] = Counter()
        if facet in MULTI_VALUED:
            for doc in docs:
                if column[doc]:
                    counts.update(column[doc].split(MULTI_SEPARATOR))
        else:
            counts.update(column[doc] for doc in docs)
        counts.pop("", None)
        return counts

    # vocabulary ----------------------------------------------------------------------------------------
    def frequency(self, word: str) -> int:
        return self.searcher.doc_frequency("text_exact", word.lower())

    def suggest(self, word: str) -> str | None:
        corrector = self.searcher.corrector("text_exact")
        found = corrector.suggest(word.lower(), limit=1, maxdist=2)
        return found[0] if found else None

    def stats(self) -> dict[str, Any]:
        reader = self.searcher.reader()
        days = [term.decode() for term in reader.lexicon("day") if term]
        size = sum(path.stat().st_size for path in self.generation.iterdir() if path.is_file())
        return {
            "paragraphs": reader.doc_count(),
            "meetings": sum(1 for _ in reader.lexicon("meeting_id")),
            "panels": sorted(term.decode() for term in reader.lexicon("panel") if term),
            "councils": sorted(term.decode() for term in reader.lexicon("council") if term),
            "first_date": days[0] if days else None,
            "last_date": days[-1] if days else None,
            "size_bytes": size,
        }


def date_query(start: str, end: str) -> wq.Query:
    """Whole years and months become terms; other spans a range over the day terms."""
    if start.endswith("-01-01") and end.endswith("-12-31") and start[:4] <= end[:4]:
        years = range(int(start[:4]), int(end[:4]) + 1)
        if len(years) <= 100:
            return wq.Or([wq.Term("year", str(year)) for year in years])
    if start.endswith("-01") and start[:7] == end[:7] and q.date_range(start[:7]) == (start, end):
        return wq.Term("month", start[:7])
    return wq.TermRange("day", start, end)
