"""Every call to tantivy: its schema, writing, compiling the query tree, searching, facets, suggestions.

tantivy is fed the project's own tokens (PreTokenizedString from indexer.index.analysis), so a paragraph
matches the same query here as in Whoosh. Queries are built as objects, never as query strings (tantivy's
parser silently turns `safeg*` into a plain term). Facet counts are terms aggregations over fast fields,
which count live documents only; so is the list of what the index holds.

Counting a multi-valued fast field costs tantivy about thirty times what a single-valued one does, so the
kinds and presenters of a paragraph are also kept as one value, the whole set, whose counts are split back
into counts per kind or presenter (a paragraph counts once for each of its values, as before). Speakers are too
varied for sets (tens of thousands of combinations); their count runs on a second thread beside the others.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import tantivy
from nltk.metrics.distance import edit_distance

from indexer.engines.base import Matches, matching_values
from indexer.index.analysis import index_terms, stem, stop_words, words
from indexer.index.schema import FACET_SOURCE, TITLE_BOOST
from indexer.search import query as q

WRITER_HEAP_BYTES = 256_000_000
MOST_VALUES = 1_000_000  # terms aggregation size: every value of a facet
_RAW_FIELDS = ("id", "meeting_id", "source", "source_key", "council", "panel", "date", "year", "month",
               "item_number", "item_key", "item_type", "kinds", "speakers", "presenters", "speaker_roles")
# facet -> the single-valued field holding each paragraph's whole set of its values, joined by SET_SEPARATOR
_SETS = {"kind": "kinds_set", "presenter": "presenters_set"}
SET_SEPARATOR = "\x1f"
_ALONE = "speaker"  # the costliest facet to count, counted on a thread of its own
_FAST = {"source_key", "council", "panel", "year", "month", "item_type", "kinds", "speakers", "presenters",
         "speaker_roles", *_SETS.values()}
_STORED = {"id", "meeting_id", "source", "council", "panel", "date", "item_number", "item_type", "kinds",
           "speakers", "presenters"}
_LEXICON_FIELDS = {"panel": ("panel",), "council": ("council",), "speaker": ("speakers", "presenters"),
                   "type": ("item_type",), "kind": ("kinds",)}
_EXACT_FIELDS = ("text_exact", "title_exact")
_SHOULD, _MUST, _MUST_NOT = tantivy.Occur.Should, tantivy.Occur.Must, tantivy.Occur.MustNot


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    for name in (*_RAW_FIELDS, *_SETS.values()):
        builder.add_text_field(name, stored=name in _STORED, fast=name in _FAST, tokenizer_name="raw")
    builder.add_integer_field("day", indexed=True, fast=True)  # 20211025, for date ranges
    builder.add_integer_field("order", fast=True)  # date and place in the meeting, for newest / oldest
    builder.add_integer_field("order_oldest", fast=True)  # the same with undated meetings last
    builder.add_integer_field("item_index", stored=True)
    builder.add_integer_field("item_group", fast=True)  # the paragraph's item, read per hit without the store
    # Phrases are matched on the exact copies: the stemmed fields keep frequencies, not positions.
    for name, stored, option in (("text", True, "freq"), ("text_exact", False, "position"),
                                 ("item_title", True, "freq"), ("title_exact", False, "position"),
                                 ("people", False, "freq"), ("question", False, "freq")):
        builder.add_text_field(name, stored=stored, tokenizer_name="raw", index_option=option)
    return builder.build()


def _analysed(text: str) -> tuple[tantivy.PreTokenizedString, tantivy.PreTokenizedString]:
    """The project's analyzer, in one pass over the words: stemmed without stop words (positions renumbered, as
    in Whoosh), and exact."""
    found = words(text)
    stops = stop_words()
    exact = [tantivy.Token(word, position, start, end) for position, (word, start, end) in enumerate(found)]
    stemmed = [tantivy.Token(stem(word), position, start, end)
               for position, (word, start, end) in enumerate(token for token in found if token[0] not in stops)]
    return tantivy.PreTokenizedString(text, stemmed), tantivy.PreTokenizedString(text, exact)


@lru_cache(maxsize=256)
def _analysed_title(title: str) -> tuple[tantivy.PreTokenizedString, tantivy.PreTokenizedString]:
    """An item's title, the same for each of its paragraphs: analysed once (tantivy copies what it is given)."""
    return _analysed(title)


def _day(date: str) -> int:
    return int(date.replace("-", "")) if date else 0


def _tantivy_document(doc: dict[str, Any]) -> tantivy.Document:
    out = tantivy.Document()
    for name in _RAW_FIELDS:
        if name == "item_key":
            out.add_text(name, doc["item_number"].lower())
            continue
        values = doc[name] if isinstance(doc[name], list) else [doc[name]]
        for value in values:
            out.add_text(name, value)
    for facet, name in _SETS.items():
        values = sorted({value.replace(SET_SEPARATOR, " ") for value in doc[FACET_SOURCE[facet]]})
        out.add_text(name, SET_SEPARATOR.join(values))
    out.add_integer("day", _day(doc["date"]))
    out.add_integer("order", doc["order"])
    out.add_integer("order_oldest", doc["order_oldest"])
    out.add_integer("item_index", doc["item_index"])
    out.add_integer("item_group", _item_group(doc["meeting_id"], doc["item_index"]))
    text_stemmed, text_exact = _analysed(doc["text"])
    title_stemmed, title_exact = _analysed_title(doc["item_title"])
    out.add_pre_tokenized_text("text", text_stemmed)
    out.add_pre_tokenized_text("text_exact", text_exact)
    out.add_pre_tokenized_text("item_title", title_stemmed)
    out.add_pre_tokenized_text("title_exact", title_exact)
    for name in ("people", "question"):
        if doc[name]:
            out.add_pre_tokenized_text(name, _analysed(doc[name])[0])
    return out


def _item_group(meeting_id: str, item_index: int) -> int:
    """A number for one item of one meeting, the same in every process (Python's hash() is not)."""
    digest = hashlib.blake2b(f"{meeting_id}\x00{item_index}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1  # a non-negative i64


class _StoredDoc(Mapping[str, Any]):
    """A hit's stored fields, read from the document store only when first asked for. Grouping the top
    matches by item needs only `group`, a fast field: the store is read for the hits a page shows."""

    def __init__(self, searcher: tantivy.Searcher, address: Any, group: int | None) -> None:
        self._searcher, self._address, self.group = searcher, address, group
        self._fields: dict[str, Any] | None = None

    def _loaded(self) -> dict[str, Any]:
        if self._fields is None:
            self._fields = _stored(self._searcher.doc(self._address).to_dict())
        return self._fields

    def __getitem__(self, name: str) -> Any:
        return self._loaded()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._loaded())

    def __len__(self) -> int:
        return len(self._loaded())


def _stored(fields: dict[str, list[Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {name: (values[0] if values else "") for name, values in fields.items()}
    for name in ("kinds", "speakers", "presenters"):
        out[name] = fields.get(name, [])
    return out


class TantivyWriter:
    def __init__(self, path: Path) -> None:
        self._index = tantivy.Index.open(str(path))
        self._writer = self._index.writer(heap_size=WRITER_HEAP_BYTES, num_threads=2)

    def delete_source(self, source: str) -> None:
        self._writer.delete_documents_by_term("source", source)

    def add(self, document: dict[str, Any]) -> None:
        self._writer.add_document(_tantivy_document(document))

    def commit(self) -> None:
        self._writer.commit()
        self._writer.wait_merging_threads()

    def cancel(self) -> None:
        self._writer.rollback()
        self._writer.wait_merging_threads()


class TantivyEngine:
    counts_beside = True

    def __init__(self, generation: Path) -> None:
        self.generation = generation
        self.index = tantivy.Index.open(str(generation))
        self.schema = self.index.schema
        self.searcher = self.index.searcher()
        self._values: dict[str, list[str]] = {}

    def close(self) -> None:
        self._values.clear()

    def refresh(self) -> None:
        self.index.reload()
        self.searcher = self.index.searcher()
        self._values.clear()

    def _all_values(self, field: str) -> list[str]:
        """Every value of a fast field among live documents (cached until the next refresh)."""
        if field not in self._values:
            self._values[field] = list(self._aggregate(tantivy.Query.all_query(), field))
        return self._values[field]

    def _aggregate(self, query: tantivy.Query, field: str) -> Counter[str]:
        found = self.searcher.aggregate(query, {"v": {"terms": {"field": field, "size": MOST_VALUES}}})
        return Counter({bucket["key"]: bucket["doc_count"] for bucket in found["v"]["buckets"]})

    def indexed_sources(self) -> dict[str, str]:
        pairs = (key.split("\x00", 1) for key in self._all_values("source_key"))
        return {source: digest for source, digest in pairs}

    # compiling -----------------------------------------------------------------------------------------
    def compile(self, node: q.Node | None, notices: list[str]) -> tantivy.Query | None:
        if node is None:
            return None
        if isinstance(node, q.Word):
            terms = index_terms(node.text)
            tokens = [token for token, _, _ in words(node.text)]
            if len(tokens) > 1 and any(character.isdigit() for character in node.text):  # "FC/24/118": a minute
                return _any([self._phrase(tokens), self._term("item_key", node.text.lower())])
            if len(tokens) > 1 or (terms and any(character.isdigit() for character in terms[0])):
                return self._phrase(tokens)
            if not terms:
                return None
            return _any([self._term("text", terms[0]),
                         tantivy.Query.boost_query(self._term("item_title", terms[0]), TITLE_BOOST),
                         self._term("people", terms[0]),
                         self._term("question", terms[0])])
        if isinstance(node, q.Phrase):
            tokens = [token for token, _, _ in words(node.text)]
            return self._phrase(tokens) if tokens else None
        if isinstance(node, q.Prefix):
            pattern = re.escape(node.text.lower()) + ".*"
            return _any([tantivy.Query.regex_query(self.schema, name, pattern) for name in _EXACT_FIELDS])
        if isinstance(node, q.Fuzzy):
            return _any([tantivy.Query.fuzzy_term_query(self.schema, name, node.text.lower(), distance=node.distance,
                                                        transposition_cost_one=False)
                         for name in _EXACT_FIELDS])
        if isinstance(node, q.Filter):
            return self._filter(node, notices)
        if isinstance(node, q.FacetValues):
            return _any([self._term(FACET_SOURCE[node.facet], value) for value in node.values])
        if isinstance(node, q.DateRange):
            return tantivy.Query.range_query(self.schema, "day", tantivy.FieldType.Integer, _day(node.start),
                                             _day(node.end))
        if isinstance(node, q.Not):
            child = self.compile(node.child, notices)
            if child is None:
                return None
            return tantivy.Query.boolean_query([(_MUST, tantivy.Query.all_query()), (_MUST_NOT, child)])
        children = [compiled for child in node.children if (compiled := self.compile(child, notices)) is not None]
        if not children:
            return None
        if isinstance(node, q.Or):
            return _any(children)
        return _all(children)

    def _term(self, field: str, value: str) -> tantivy.Query:
        return tantivy.Query.term_query(self.schema, field, value)

    def _phrase(self, tokens: list[str]) -> tantivy.Query:
        if len(tokens) == 1:
            options = [self._term("text_exact", tokens[0]), self._term("title_exact", tokens[0])]
            if any(character.isdigit() for character in tokens[0]):  # a minute number: "21/18"
                options.append(self._term("item_key", tokens[0]))
            return _any(options)
        return _any([tantivy.Query.phrase_query(self.schema, name, tokens) for name in _EXACT_FIELDS])

    def _filter(self, node: q.Filter, notices: list[str]) -> tantivy.Query:
        if node.field == "item":
            numbers = matching_values([("item_key", value) for value in self._item_keys()], node.value,
                                      exact_only=True)
            if numbers:
                return _any([self._term(name, value) for name, value in numbers])
            terms = index_terms(node.value)
            return _all([self._term("item_title", term) for term in terms]) if terms else tantivy.Query.empty_query()
        values = [(name, value) for name in _LEXICON_FIELDS[node.field] for value in self._all_values(name)]
        matches = matching_values(values, node.value)
        if node.field == "speaker":  # and whoever held the role typed ("Head of Planning": Lorraine Haigh)
            matches += matching_values([("speaker_roles", value) for value in self._all_values("speaker_roles")],
                                       node.value, holding=True)
        if not matches:
            notices.append(f"No {node.field} matches “{node.value}”.")
            return tantivy.Query.empty_query()
        return _any([self._term(name, value) for name, value in matches])

    def _item_keys(self) -> list[str]:
        if "item_key" not in self._values:
            self._values["item_key"] = [term for term, _ in self.searcher.terms_with_prefix("item_key", "")]
        return self._values["item_key"]

    # running -------------------------------------------------------------------------------------------
    def search(self, query: q.Node | None, filter: q.Node | None, sort: str, limit: int, time_limit: float,
               notices: list[str]) -> Matches:
        compiled, compiled_filter = self.compile(query, notices), self.compile(filter, notices)
        if compiled is None:
            combined = compiled_filter or tantivy.Query.all_query()
        elif compiled_filter is None:
            combined = compiled
        else:  # the filter narrows without adding to the score
            combined = tantivy.Query.boolean_query(
                [(_MUST, compiled), (_MUST, tantivy.Query.const_score_query(compiled_filter, 0.0))])
        if sort in ("newest", "oldest"):
            order = tantivy.Order.Desc if sort == "newest" else tantivy.Order.Asc
            field = "order" if sort == "newest" else "order_oldest"
            found = self.searcher.search(combined, max(limit, 1), order_by_field=field, order=order)
            scored = [(address, 0.0) for _, address in found.hits]
        else:
            found = self.searcher.search(combined, max(limit, 1))
            scored = [(address, float(score)) for score, address in found.hits]
        addresses = [address for address, _ in scored]
        groups = self.searcher.fast_field_values("item_group", addresses) if addresses else []
        hits: list[tuple[Mapping[str, Any], float]] = [
            (_StoredDoc(self.searcher, address, group), score)
            for (address, score), group in zip(scored, groups, strict=True)]
        return Matches(found.count or 0, hits)

    def facet_counts(self, query: q.Node | None, filter: q.Node | None, facets: list[str]) -> dict[str, Counter[str]]:
        parts = [part for part in (self.compile(query, []), self.compile(filter, [])) if part is not None]
        combined = _all(parts) if parts else tantivy.Query.all_query()
        if not facets:
            return {}
        # One request for every facet (the query's matches are collected once), but the costliest on its own
        # thread: tantivy lets go of the GIL while it counts.
        alone = [facet for facet in facets if facet == _ALONE and len(facets) > 1]
        beside = _counting_threads().submit(self._count, combined, alone) if alone else None
        counts = self._count(combined, [facet for facet in facets if facet not in alone])
        if beside is not None:
            counts.update(beside.result())
        return counts

    def _count(self, query: tantivy.Query, facets: list[str]) -> dict[str, Counter[str]]:
        request = {facet: {"terms": {"field": _SETS.get(facet, FACET_SOURCE[facet]), "size": MOST_VALUES}}
                   for facet in facets}
        found = self.searcher.aggregate(query, request) if request else {}
        counts: dict[str, Counter[str]] = {}
        for facet in facets:
            counted: Counter[str] = Counter()
            for bucket in found[facet]["buckets"]:
                keys = bucket["key"].split(SET_SEPARATOR) if facet in _SETS else [bucket["key"]]
                for key in keys:
                    counted[key] += bucket["doc_count"]
            counted.pop("", None)
            counts[facet] = counted
        return counts

    # vocabulary ----------------------------------------------------------------------------------------
    def frequency(self, word: str, stemmed: bool = False) -> int:
        return self.searcher.doc_freq("text" if stemmed else "text_exact", word.lower())

    def suggest(self, word: str) -> str | None:
        """The most frequent word within two edits that starts with the same letter."""
        word = word.lower()
        best: tuple[int, int, str] | None = None
        for term, frequency in self.searcher.terms_with_prefix("text_exact", word[:1]):
            if abs(len(term) - len(word)) > 2 or term == word:
                continue
            distance = edit_distance(term, word)
            if distance <= 2 and (best is None or (distance, -frequency) < best[:2]):
                best = (distance, -frequency, term)
        return best[2] if best else None

    def paragraph_count(self) -> int:
        return self.searcher.num_docs

    def date_span(self) -> tuple[str | None, str | None]:
        dated = tantivy.Query.range_query(self.schema, "day", tantivy.FieldType.Integer, 1, 99991231)
        first = self.searcher.search(dated, 1, order_by_field="day", order=tantivy.Order.Asc).hits
        last = self.searcher.search(dated, 1, order_by_field="day", order=tantivy.Order.Desc).hits
        return (_date_of(first[0][0]), _date_of(last[0][0])) if first else (None, None)


@cache
def _counting_threads() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=os.cpu_count() or 2, thread_name_prefix="tantivy-facets")


def _date_of(day: int) -> str:
    text = str(day)
    return f"{text[:4]}-{text[4:6]}-{text[6:]}"


def _any(queries: list[tantivy.Query]) -> tantivy.Query:
    return queries[0] if len(queries) == 1 else tantivy.Query.boolean_query([(_SHOULD, query) for query in queries])


def _all(queries: list[tantivy.Query]) -> tantivy.Query:
    return queries[0] if len(queries) == 1 else tantivy.Query.boolean_query([(_MUST, query) for query in queries])


class TantivyBackend:
    name = "tantivy"

    def create(self, path: Path) -> None:
        tantivy.Index(_schema(), path=str(path))

    def writer(self, path: Path) -> TantivyWriter:
        return TantivyWriter(path)

    def open(self, path: Path) -> TantivyEngine:
        return TantivyEngine(path)
