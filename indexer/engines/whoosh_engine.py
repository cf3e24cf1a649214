"""Every call to Whoosh: its schema, the analyzer applied, writing, compiling the query tree, searching,
counting facets, suggesting.

Measured pitfalls avoided here: the writer gets a lock timeout (the default 0 fails at once) and is never an
AsyncWriter; fuzzy and prefix terms go to the unstemmed field; the time-limited collector uses no alarm
(Flask workers are not the main thread); facets are counted from cached columns of the matching documents,
not with `groupedby` (which scores every match); date filters use year and month terms, not a `DateRange`
rebuilt on every query; the tokenizer is a class importable by name, because Whoosh pickles it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any

from whoosh import columns, fields, sorting
from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh.analysis import Token, Tokenizer
from whoosh.collectors import TimeLimit, TimeLimitCollector
from whoosh.matching import ListMatcher, ReadTooFar

from indexer.engines.base import Matches, matching_values
from indexer.index.analysis import index_terms, stem, stop_words, words
from indexer.index.schema import FACET_SOURCE, MULTI_VALUED, TITLE_BOOST
from indexer.search import query as q

WRITER_LOCK_SECONDS = 30
# Document sets of facet selections, date ranges and queries kept per open index: at most this many
# document numbers in all (about 60 bytes each), the least recently used dropped first.
CACHED_DOCUMENTS = 2_000_000
MULTI_SEPARATOR = "\x1f"  # joins the values of a multi-valued facet in its column
_SELECTIONS = (q.FacetValues, q.DateRange)
_WORD_FIELDS = ("text", "item_title", "people", "question")  # where a plain word is looked for
_LEXICON_FIELDS = {"panel": ("panel",), "council": ("council",), "speaker": ("speakers", "presenters"),
                   "type": ("item_type",), "kind": ("kinds",)}


class MinutesTokenizer(Tokenizer):
    """The project's analyzer (indexer.index.analysis) as a Whoosh tokenizer: stemmed without stop words,
    or every word unstemmed."""

    def __init__(self, stemmed: bool) -> None:
        self.stemmed = stemmed

    def __call__(self, value: str, positions: bool = False, chars: bool = False, keeporiginal: bool = False,
                 removestops: bool = True, start_pos: int = 0, start_char: int = 0, tokenize: bool = True,
                 mode: str = "", **kwargs: Any):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        position = start_pos
        pieces = words(value) if tokenize else [(value, 0, len(value))]
        for word, start, end in pieces:
            if self.stemmed:
                if word in stop_words():
                    continue
                text = stem(word)
            else:
                text = word
            token.text, token.boost, token.stopped = text, 1.0, False
            if keeporiginal:
                token.original = word
            if positions:
                token.pos = position
                position += 1
            if chars:
                token.startchar, token.endchar = start_char + start, start_char + end
            yield token


def _schema() -> fields.Schema:
    keyword = {"stored": True, "lowercase": False, "scorable": False}
    stemmed, exact = MinutesTokenizer(stemmed=True), MinutesTokenizer(stemmed=False)
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        # Shown with a hit, never searched: stored only (each indexed field costs the writer a posting).
        meeting_id=fields.STORED,
        source=fields.ID(stored=True),  # deleted by
        council=fields.ID(stored=True),
        panel=fields.ID(stored=True),
        date=fields.STORED,  # ISO date, "" when unknown
        day=fields.ID(),  # the same, for ranges
        year=fields.ID(),
        month=fields.ID(),
        order=fields.COLUMN(columns.NumericColumn("q")),  # date and place in the meeting: sorted by, not searched
        order_oldest=fields.COLUMN(columns.NumericColumn("q")),  # the same with undated meetings last
        item_number=fields.STORED,
        item_key=fields.ID(),  # the item number in lower case, for exact matching whatever the case typed
        item_index=fields.STORED,
        # Phrases are matched on the exact copies: the stemmed fields keep frequencies, not positions.
        item_title=fields.TEXT(analyzer=stemmed, stored=True, field_boost=TITLE_BOOST, phrase=False),
        title_exact=fields.TEXT(analyzer=exact, phrase=True),
        item_type=fields.ID(stored=True),
        kinds=fields.KEYWORD(**keyword),
        speakers=fields.KEYWORD(**keyword, commas=True),
        presenters=fields.KEYWORD(**keyword, commas=True),
        speaker_roles=fields.KEYWORD(**keyword, commas=True),  # filtered by, not counted
        text=fields.TEXT(analyzer=stemmed, stored=True, phrase=False),
        text_exact=fields.TEXT(analyzer=exact, phrase=True),
        people=fields.TEXT(analyzer=stemmed, phrase=False),  # the speakers' names, searched with the words
        question=fields.TEXT(analyzer=stemmed, phrase=False),  # what an answer answers, searched with its words
        **{f"{facet}_col": fields.COLUMN(columns.VarBytesColumn()) for facet in FACET_SOURCE},
        source_key_col=fields.COLUMN(columns.VarBytesColumn()),  # columns skip deleted documents; lexicons
        date_col=fields.COLUMN(columns.VarBytesColumn()),  # keep their terms until a merge
    )


def _labels(values: list[str]) -> str:
    return ",".join(value.replace(",", " ") for value in values)


def _whoosh_document(doc: dict[str, Any]) -> dict[str, Any]:
    out = {name: value for name, value in doc.items() if name != "source_key"}  # kept as a column only
    out |= {"day": doc["date"], "item_key": doc["item_number"].lower(), "title_exact": doc["item_title"],
           "text_exact": doc["text"], "kinds": " ".join(doc["kinds"]), "speakers": _labels(doc["speakers"]),
           "presenters": _labels(doc["presenters"]), "speaker_roles": _labels(doc["speaker_roles"]),
           "source_key_col": doc["source_key"].encode(),
           "date_col": doc["date"].encode()}
    for facet, source in FACET_SOURCE.items():
        value = doc[source]
        out[f"{facet}_col"] = (MULTI_SEPARATOR.join(value) if facet in MULTI_VALUED else value).encode()
    return out


def _remembering_columns(open_reader: Callable[[], Any]) -> Callable[[], Any]:
    """Whoosh, writing a segment's postings, asks for every posting's field length, and for a field without
    lengths (every ID and keyword field) looks on disk for the missing column again each time: 40 file checks
    per paragraph, a tenth of the build. The segment's columns are all written by then, so the reader it
    opens may remember the answers."""
    def opened() -> Any:
        reader = open_reader()
        on_disk = reader.has_column
        known: dict[str, bool] = {}

        def has_column(fieldname: str) -> bool:
            if fieldname not in known:
                known[fieldname] = on_disk(fieldname)
            return known[fieldname]

        reader.has_column = has_column
        return reader
    return opened


def _stored(fields_: dict[str, Any]) -> dict[str, Any]:
    return {**fields_, "kinds": fields_.get("kinds", "").split(),
            **{name: [label for label in fields_.get(name, "").split(",") if label]
               for name in ("speakers", "presenters")}}


class WhooshWriter:
    def __init__(self, path: Path) -> None:
        self._writer = whoosh_index.open_dir(str(path)).writer(timeout=WRITER_LOCK_SECONDS, limitmb=256)
        self._writer.per_document_reader = _remembering_columns(self._writer.per_document_reader)

    def delete_source(self, source: str) -> None:
        self._writer.delete_by_term("source", source)

    def add(self, document: dict[str, Any]) -> None:
        self._writer.add_document(**_whoosh_document(document))

    def commit(self) -> None:
        self._writer.commit()

    def cancel(self) -> None:
        self._writer.cancel()


class WhooshEngine:
    counts_beside = False  # counting is Python: a second thread would only wait for the GIL

    def __init__(self, generation: Path) -> None:
        self.generation = generation
        self.index = whoosh_index.open_dir(str(generation))
        self.searcher = self.index.searcher()
        self._columns: dict[str, list[str]] = {}
        self._sets: OrderedDict[Hashable, frozenset[int]] = OrderedDict()

    def close(self) -> None:
        self.searcher.close()

    def refresh(self) -> None:
        if not self.searcher.up_to_date():
            self.searcher = self.searcher.refresh()
            self._columns.clear()
            self._sets.clear()

    def indexed_sources(self) -> dict[str, str]:
        pairs = (key.split("\x00", 1) for key in self._live_values("source_key"))
        return {source: digest for source, digest in pairs}

    def _live_values(self, column: str) -> set[str]:
        reader = self.searcher.reader()
        values = reader.column_reader(f"{column}_col")
        return {values[doc].decode("utf-8") for doc in reader.all_doc_ids()}

    # compiling -----------------------------------------------------------------------------------------
    def compile(self, node: q.Node | None, notices: list[str]) -> wq.Query | None:
        if node is None:
            return None
        if isinstance(node, q.Word):
            terms = index_terms(node.text)
            tokens = [token for token, _, _ in words(node.text)]
            if len(tokens) > 1 and any(character.isdigit() for character in node.text):  # "FC/24/118": a minute
                return wq.Or([self._phrase(tokens), wq.Term("item_key", node.text.lower())])
            if len(tokens) > 1:  # "multi-agency", "Children's Hub": its pieces, in order
                return self._phrase(tokens)
            if not terms:
                return None
            if any(character.isdigit() for character in terms[0]):
                return self._phrase(tokens)
            return wq.Or([wq.Term(name, terms[0]) for name in _WORD_FIELDS])
        if isinstance(node, q.Phrase):
            tokens = [token for token, _, _ in words(node.text)]
            return self._phrase(tokens) if tokens else None
        if isinstance(node, q.Prefix):
            return _DocSetQuery(self._prefix_docs(node.text.lower()), weight=1.0)
        if isinstance(node, q.Fuzzy):
            text = node.text.lower()
            return wq.Or([wq.FuzzyTerm("text_exact", text, maxdist=node.distance, prefixlength=1),
                          wq.FuzzyTerm("title_exact", text, maxdist=node.distance, prefixlength=1)])
        if isinstance(node, q.Filter):
            return self._filter(node, notices)
        if isinstance(node, q.FacetValues):
            return wq.Or([wq.Term(FACET_SOURCE[node.facet], value) for value in node.values])
        if isinstance(node, q.DateRange):
            return _date_query(node.start, node.end)
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
            numbers = self._lexicon_matches(("item_key",), node.value, exact_only=True)
            if numbers:
                return wq.Or([wq.Term(name, value) for name, value in numbers])
            terms = index_terms(node.value)
            if terms:
                return wq.And([wq.Term("item_title", term) for term in terms])
            return _NOTHING
        matches = self._lexicon_matches(_LEXICON_FIELDS[node.field], node.value)
        if node.field == "speaker":  # and whoever held the role typed ("Head of Planning": Lorraine Haigh)
            matches += self._lexicon_matches(("speaker_roles",), node.value, holding=True)
        if not matches:
            notices.append(f"No {node.field} matches “{node.value}”.")
            return _NOTHING
        return wq.Or([wq.Term(name, value) for name, value in matches])

    def _lexicon_matches(self, fields_: tuple[str, ...], value: str, exact_only: bool = False,
                         holding: bool = False) -> list[tuple[str, str]]:
        reader = self.searcher.reader()
        values = [(name, term.decode("utf-8")) for name in fields_ for term in reader.lexicon(name)]
        return matching_values(values, value, exact_only, holding)

    # running -------------------------------------------------------------------------------------------
    def search(self, query: q.Node | None, filter: q.Node | None, sort: str, limit: int, time_limit: float,
               notices: list[str]) -> Matches:
        compiled = self.compile(query, notices)
        # The filter joins the query as a set of documents that adds nothing to the score: a collector's own
        # filter is skipped under the TimeLimitCollector, and ignored under Every().
        allowed = None if filter is None else _DocSetQuery(self._doc_set(filter, notices))
        if compiled is None or allowed is None:
            compiled = compiled or allowed or wq.Every()
        else:
            compiled = wq.And([compiled, allowed])
        sortedby = None
        if sort in ("newest", "oldest"):
            sortedby = sorting.FieldFacet("order" if sort == "newest" else "order_oldest", reverse=sort == "newest")
        collector = self.searcher.collector(limit=max(limit, 1), sortedby=sortedby)
        timed = TimeLimitCollector(collector, timelimit=time_limit, use_alarm=False)
        timed_out = False
        try:
            self.searcher.search_with_collector(compiled, timed)
        except TimeLimit:
            timed_out = True
        results = timed.results()
        hits = [(_stored(hit.fields()), float(hit.score or 0.0) if sortedby is None else 0.0)  # sorted: a sort key
                for hit in results[:limit]]
        total = getattr(collector, "total", len(hits)) if timed_out else self._total(query, filter)
        return Matches(total, hits, timed_out)

    def _total(self, query: q.Node | None, filter: q.Node | None) -> int:
        """How many documents match. The collector skips low-scoring blocks, so it cannot say, and Whoosh would
        run the query again to count; the document sets give the number and are kept for the facet counts."""
        if query is None and filter is None:
            return self.searcher.doc_count()
        if query is None or filter is None:
            return len(self._doc_set(query or filter, []))  # type: ignore[arg-type]
        return len(self._doc_set(query, []) & self._doc_set(filter, []))

    def facet_counts(self, query: q.Node | None, filter: q.Node | None, facets: list[str]) -> dict[str, Counter[str]]:
        docs = self._doc_set(query, []) if query is not None else None
        if filter is not None:
            docs = self._doc_set(filter, []) if docs is None else docs & self._doc_set(filter, [])
        listed = list(self.searcher.reader().all_doc_ids()) if docs is None else list(docs)
        return {facet: self._count(listed, facet) for facet in facets}

    def _doc_set(self, node: q.Node, notices: list[str]) -> frozenset[int]:
        """The live documents a node matches, kept for the next requests: a page asks for the same query and
        facet selections once for the hits and again for each selected facet's counts, and Whoosh would
        walk the posting lists in Python each time. And/Or of facet selections and date ranges combine their
        members' sets."""
        if node in self._sets:
            self._sets.move_to_end(node)
            return self._sets[node]
        if isinstance(node, q.And | q.Or) and all(isinstance(child, _SELECTIONS) for child in node.children):
            sets = [self._doc_set(child, notices) for child in node.children]
            found = frozenset.intersection(*sets) if isinstance(node, q.And) else frozenset.union(*sets)
        else:
            said: list[str] = []
            compiled = self.compile(node, said)
            notices.extend(said)
            found = frozenset((compiled or wq.Every()).normalize().matcher(self.searcher).all_ids())
            if said:  # kept only when compiling says nothing, so that every request hears the notices
                return found
        self._remember(node, found)
        return found

    def _prefix_docs(self, text: str) -> frozenset[int]:
        """The documents holding a word that starts with `text`, kept beside the other document sets. Whoosh
        would score a prefix as a union of every word it expands to (`cons*`: hundreds), walked in Python for
        each page; its score is a constant anyway."""
        key = ("prefix", text)
        if key not in self._sets:
            expanded = wq.Or([wq.Prefix("text_exact", text), wq.Prefix("title_exact", text)])
            self._remember(key, frozenset(expanded.matcher(self.searcher).all_ids()))
        self._sets.move_to_end(key)
        return self._sets[key]

    def _remember(self, key: Hashable, docs: frozenset[int]) -> None:
        self._sets[key] = docs
        held = sum(map(len, self._sets.values()))
        while held > CACHED_DOCUMENTS and len(self._sets) > 1:
            held -= len(self._sets.popitem(last=False)[1])

    def _column(self, facet: str) -> list[str]:
        if facet not in self._columns:
            column = self.searcher.reader().column_reader(f"{facet}_col")
            self._columns[facet] = [value.decode("utf-8") for value in column]
        return self._columns[facet]

    def _count(self, docs: list[int], facet: str) -> Counter[str]:
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
    def frequency(self, word: str, stemmed: bool = False) -> int:
        return self.searcher.doc_frequency("text" if stemmed else "text_exact", word.lower())

    def suggest(self, word: str) -> str | None:
        found = self.searcher.corrector("text_exact").suggest(word.lower(), limit=1, maxdist=2)
        return found[0] if found else None

    def paragraph_count(self) -> int:
        return self.searcher.doc_count()

    def date_span(self) -> tuple[str | None, str | None]:
        days = sorted(day for day in self._live_values("date") if day)
        return (days[0], days[-1]) if days else (None, None)


class _DocSetQuery(wq.Query):
    """Exactly the given documents (index-wide numbers), each scoring `weight` (a filter: nothing). Whoosh asks
    each segment's searcher for a matcher, in that segment's own numbering."""

    fieldname = None  # not one field's: Whoosh's normalising asks
    boost = 1.0  # and flattening an OR inside an OR ("0 (x 000*)") multiplies the boosts: scored by `weight`

    def __init__(self, docs: frozenset[int], weight: float = 0.0) -> None:
        self.docs = docs
        self.weight = weight

    def __eq__(self, other: object) -> bool:  # Whoosh's own equality is "the same class"
        return isinstance(other, _DocSetQuery) and (other.docs, other.weight) == (self.docs, self.weight)

    def __hash__(self) -> int:
        return hash((self.docs, self.weight))

    def estimate_size(self, ixreader: Any) -> int:
        return len(self.docs)

    def matcher(self, searcher: Any, context: Any = None) -> _SortedIds:
        offset, end = 0, searcher.doc_count_all()
        if searcher.has_parent():
            offset = next(start for sub, start in searcher.get_parent().subsearchers if sub is searcher)
        return _SortedIds(sorted(doc - offset for doc in self.docs if offset <= doc < offset + end),
                          all_weights=self.weight)


class _SortedIds(ListMatcher):
    """A ListMatcher that skips by bisection: intersected with a word's few postings, a filter of tens of
    thousands of documents is not walked one by one."""

    def skip_to(self, id: int) -> None:
        if not self.is_active():
            raise ReadTooFar
        if id > self.id():
            self._i = bisect_left(self._ids, id, self._i)


# A filter no value matches: Whoosh drops a NullQuery from an And (it would match everything), so the
# answer to "grant panel:nothing" must be a query that matches no document.
_NOTHING = _DocSetQuery(frozenset())


def _date_query(start: str, end: str) -> wq.Query:
    """Whole years and months become terms; other spans a range over the day terms."""
    if start.endswith("-01-01") and end.endswith("-12-31") and start[:4] <= end[:4]:
        years = range(int(start[:4]), int(end[:4]) + 1)
        if len(years) <= 100:
            return wq.Or([wq.Term("year", str(year)) for year in years])
    if start.endswith("-01") and start[:7] == end[:7] and q.date_range(start[:7]) == (start, end):
        return wq.Term("month", start[:7])
    return wq.TermRange("day", start, end)


class WhooshBackend:
    name = "whoosh"

    def create(self, path: Path) -> None:
        whoosh_index.create_in(str(path), _schema())

    def writer(self, path: Path) -> WhooshWriter:
        return WhooshWriter(path)

    def open(self, path: Path) -> WhooshEngine:
        return WhooshEngine(path)
