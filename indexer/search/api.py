"""The one search API: the CLI, the pages and the JSON API all build a SearchRequest and get a SearchResult."""

from __future__ import annotations

import heapq
import math
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from indexer.engines import backend
from indexer.engines.base import Engine, Matches
from indexer.enrich.kinds import is_commitment
from indexer.enrich.sentences import sentences
from indexer.index.acronyms import read_synonyms
from indexer.index.analysis import index_terms, stem, stop_words, words
from indexer.index.meetings import MeetingShelf
from indexer.index.schema import FACETS
from indexer.index.store import ACRONYMS, IndexLocation, engine_of, read_json
from indexer.search import query as q
from indexer.search.snippets import Highlight, snippet
from indexer.search.variants import percent_other, variants

SORTS = ("relevance", "newest", "oldest")
MAX_PAGE_SIZE = 100
MAX_EXPORT = 50_000  # rows of one CSV export or feed
# A facet lists its most frequent values (and any selected ones), not a million paragraphs' thousands of speakers.
FACET_SIZE = 100
GROUP_LOOKAHEAD = 200  # grouped by item, "N more in this item" counts among at least this many top matches
WIDEN_BELOW = 5  # fewer paragraphs with all the words: show those with some of them too
# A whole question ("what has been said about flooding at the Mill Lane ford?") often has one of its words missing
# from the answers: fewer than a page with all of them, and those with most of them follow.
WIDEN_QUESTION_BELOW = 10
SUGGEST_BELOW = 3  # fewer matches: offer "did you mean"
LONGEST_NAME = 10  # words in the longest name an acronym stands for
# The words a question is put in, not what it asks about ("what did we say about ...", "how many ..."): in a
# whole question they are not required, and in any widened search they count for little, as do people's titles
# ("what did Councillor Whitlock ask": "Cllr" is rare where the minutes write "Councillor"), whose rarity would
# otherwise rank it.
QUESTION_WORDS = frozenset({"say", "said", "says", "tell", "told", "know", "knew", "happen", "happened", "happens",
                            "discuss",
                            "discussed", "talk", "talked", "mention", "mentioned", "many", "much", "anything",
                            "something", "ever", "get", "got", "think", "thought", "us", "done", "going"})
TITLES = frozenset({"councillor", "councillors", "cllr", "cllrs", "mr", "mrs", "ms", "miss", "dr"})
QUESTION_WEIGHT = 0.1
# "What did we decide about the depot?", "what was agreed on parking": a question about decisions, which the minutes
# write "RESOLVED that ..." or "AGREED": the word is not required, and decisions rank above what led to them.
# A question asking for a kind and nothing else lists that kind, newest first.
DECISION_WORDS = frozenset({"decide", "decided", "decides", "decision", "decisions", "agree", "agreed", "agrees",
                            "resolve", "resolved", "conclude", "concluded"})
# "What did we promise on the fly-tipping cameras?", "what did we agree to report back on": a question about what
# someone undertook to do, which the minutes write "the Director would circulate ..." or "be brought back to the
# Panel": those words are not required either, and commitments rank first.
COMMITMENT_WORDS = frozenset({"promise", "promised", "promises", "commit", "committed", "commits", "commitment",
                              "commitments", "pledge", "pledged", "undertake", "undertook", "undertaken",
                              "undertaking", "undertakings"})
COMMITMENT_PHRASES = frozenset({("report", "back"), ("reported", "back"), ("come", "back"), ("came", "back"),
                                ("get", "back"), ("follow", "up"), ("followed", "up"), ("feed", "back")})
KIND_BOOST = 2.0  # on the engine's score of a paragraph of the kind asked for, over the best GROUP_LOOKAHEAD matches
CUE_BOOST = 1.5  # and again if it holds the words that asked for that kind ("report back")
# "Are we still charging for post-16 transport?", "what's happening with the relief road?": a question about how
# things stand now, which the latest minutes answer: those words are not required, and among the best matches the
# newest rank higher, up to this much on the score of the newest.
RECENT_WORDS = frozenset({"still", "now", "currently", "current", "latest", "happening", "yet", "anymore", "status"})
RECENT_BOOST = 0.5
# "Why was the library closure called in?": the paragraphs giving reasons rank higher among the best matches.
REASON_WORDS = frozenset({"reason", "reasons", "because", "grounds", "due", "owing", "rationale", "why"})
REASON_BOOST = 1.5
ITEM_DECAY = 0.7  # in the relevance order, on each paragraph of an item after its best (see _spread)
SPREAD_WINDOW = 50
_QUESTION = re.compile(r"^\s*(?:what|how|why|when|who|whom|where|which|did|does|do|is|are|was|were|has|have|"
                       r"had|can|could|will|would|should)\b|\?\s*$", re.I)


@dataclass
class SearchRequest:
    query: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)  # facet name -> selected values
    person: str | None = None  # only what this person said, or items they presented (a speaker's page)
    date_from: str | None = None
    date_to: str | None = None
    sort: str = "relevance"
    page: int = 1
    page_size: int = 20
    group_by_item: bool = False
    per_item: int = 2
    facets: bool = True
    facet_names: tuple[str, ...] | None = None  # which to count; by default every facet, months once a year is chosen
    time_limit: float = 5.0
    facet_size: int | None = FACET_SIZE  # values listed per facet (None: all of them)
    # the words as typed: no paragraph with all of them is not answered with a spelling's correction
    as_typed: bool = False


@dataclass
class Hit:
    id: str
    meeting_id: str
    source: str
    council: str | None
    panel: str | None
    date: str | None
    item_number: str | None
    item_title: str | None
    item_type: str
    kinds: list[str]
    speakers: list[str]
    text: str
    snippet: str
    score: float
    more_in_item: int = 0
    url: str | None = None  # the public page of the meeting, where the council publishes one
    presenters: list[str] = field(default_factory=list)  # who presented the paragraph's item


@dataclass
class FacetValue:
    value: str
    count: int
    selected: bool = False


@dataclass
class SearchResult:
    query: str
    total: int
    took_ms: int
    hits: list[Hit]
    facets: dict[str, list[FacetValue]]
    suggestion: str | None
    expanded: list[str]
    notices: list[str]
    page: int
    page_size: int
    sort: str
    facets_more: dict[str, int] = field(default_factory=dict)  # values counted but not listed, per facet
    # the query as typed, when no paragraph had all its words and these are the results of its correction
    corrected_from: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Searcher:
    """An open index: keep one per process and call `search` for each request."""

    def __init__(self, index_dir: Path | str) -> None:
        self.location = IndexLocation(index_dir)
        self.synonyms = read_synonyms()
        self.generation = self.location.require_current()
        self.engine, self.acronyms, self.meetings = _open(self.generation)

    def close(self) -> None:
        self.engine.close()

    def refresh(self) -> None:
        """Follow the index to a newer commit or a newly swapped-in generation."""
        generation = self.location.require_current()
        if generation != self.generation:
            old = self.engine
            (self.engine, self.acronyms, self.meetings), self.generation = _open(generation), generation
            old.close()
        else:
            self.engine.refresh()

    def stats(self) -> dict[str, Any]:
        """What is in the index: engine, meetings, paragraphs, panels, councils, date range, size on disk."""
        counts = self.engine.facet_counts(None, None, ["panel", "council"])
        first, last = self.engine.date_span()
        return {
            "engine": engine_of(self.generation),
            "paragraphs": self.engine.paragraph_count(),
            "meetings": len(self.engine.indexed_sources()),
            "panels": sorted(counts["panel"]),
            "councils": sorted(counts["council"]),
            "first_date": first,
            "last_date": last,
            "size_bytes": sum(path.stat().st_size for path in self.generation.rglob("*") if path.is_file()),
        }

    def search(self, request: SearchRequest) -> SearchResult:
        started = time.monotonic()
        page_size = max(1, min(request.page_size, MAX_PAGE_SIZE))
        page = max(1, request.page)
        wanted = max(page * page_size * 4, GROUP_LOOKAHEAD) if request.group_by_item else page * page_size
        early: list[tuple[q.Node | None, _Counting]] = []  # with tantivy, facets count while the search runs

        def count_early(tree: q.Node | None) -> None:
            early.append((tree, self._count_facets(tree, request, started)))

        found, searched, suggestion = self._found(request, wanted, count_early if self.engine.counts_beside else None)
        counting = next((counted for tree, counted in early if tree == found.searched), None) or (
            self._count_facets(found.searched, request, started))  # widened: the early counts are of another query
        ranked = [(fields, score, 0) for fields, score in found.matches.hits]
        if request.group_by_item:
            ranked = _group(ranked, request.per_item)
        shown = ranked[(page - 1) * page_size: page * page_size]
        hits = [self._hit(fields, score, more) for fields, score, more in shown]  # only the page's become hits
        highlight = Highlight.of(found.positive)
        for hit in hits:  # only the page's hits need a snippet
            anchor = _undertaking_at(hit.text) if found.kind == "commitment" and not found.positive else 0
            hit.snippet = snippet(hit.text, highlight, anchor=anchor)
        facets, more, facet_notices = counting()
        return SearchResult(
            query=searched, total=found.matches.total, took_ms=int((time.monotonic() - started) * 1000),
            hits=hits, facets=facets, suggestion=suggestion, expanded=found.expanded,
            notices=found.notices + facet_notices,
            page=page, page_size=page_size, sort=found.sort, facets_more=more,
            corrected_from=request.query if searched != request.query else None,
        )

    def export(self, request: SearchRequest, limit: int = MAX_EXPORT) -> tuple[int, list[Hit], list[str]]:
        """Every match (up to `limit`), in the request's order, without facets or snippets: for CSV exports
        and feeds. Returns the total, the hits and the notices."""
        found, _, _ = self._found(request, max(1, min(limit, MAX_EXPORT)))  # what the page shows
        hits = [self._hit(fields, score) for fields, score in found.matches.hits]
        return found.matches.total, hits, found.notices

    def meeting(self, meeting_id: str) -> dict[str, Any] | None:
        """A whole meeting as parsed (model JSON), with `previous` and `next` meetings of its panel, or None."""
        data = self.meetings.meeting(meeting_id)
        if data is None:
            return None
        previous, following = self.meetings.neighbours(meeting_id)
        return {**data, "previous": previous, "next": following}

    def highlight(self, query: str) -> Highlight:
        """What a query's words match, for marking them in a whole meeting reached from a result."""
        tree, _ = self._expand(q.parse(query).tree)
        return Highlight.of(q.positive_words(tree))

    def latest_meetings(self, count: int = 10) -> list[dict[str, Any]]:
        return self.meetings.latest(count)

    def _found(self, request: SearchRequest, wanted: int,
               before_search: Callable[[q.Node | None], None] | None = None) -> tuple[_Found, str, str | None]:
        """(what matched, the query searched, "did you mean"). When no paragraph has all the words as typed and
        one has all of their correction ("lifegaurd cover"), the correction is searched instead (not with
        `as_typed`), and offered no more."""
        found = self._match(request, wanted, before_search)
        suggestion = (self._suggestion(request.query, found.positive, found.expanded)
                      if found.matches.total < SUGGEST_BELOW or found.widened else None)
        if suggestion and found.having_all == 0 and not request.as_typed:
            better = self._match(replace(request, query=suggestion), wanted, before_search)
            if better.having_all:
                return better, suggestion, None
        return found, request.query, suggestion

    def _match(self, request: SearchRequest, wanted: int,
               before_search: Callable[[q.Node | None], None] | None = None) -> _Found:
        """The query parsed, expanded and run with the request's filters; widened to paragraphs with some of
        the words when few have them all. `before_search` is told the query just before it runs."""
        notices: list[str] = []
        sort = request.sort if request.sort in SORTS else "relevance"
        if sort != request.sort:
            notices.append(f"Unknown sort “{request.sort}”: sorted by relevance.")
        parsed = q.parse(request.query)
        notices.extend(parsed.notices)
        question = _QUESTION.search(request.query) is not None
        asking = _unasked(parsed.tree) if question else _Asking(parsed.tree)
        asked, kind = asking.tree, asking.kind
        widen_below = WIDEN_QUESTION_BELOW if question else WIDEN_BELOW
        listing = bool(kind) and not q.positive_words(asked) and sort == "relevance"
        if listing:
            sort = "newest"
            cued = f", those saying “{' '.join(asking.cues)}” before the rest" if asking.cues else ""
            notices.append(f"The question asks for {kind}s and nothing else: showing them all, newest first{cued}. "
                           "Add words to narrow them.")
        favour = asking.reranks and sort == "relevance"
        tree, expanded = self._expand(asked)
        positive = q.positive_words(tree)
        if positive and q.without_text(tree) is None and all(
                isinstance(word, q.Word) and not index_terms(word.text) for word in positive):
            notices.append("Every word of the query is too common to search for; showing all paragraphs.")
        request_filter = self._request_filter(request, notices)
        if before_search:
            before_search(tree)
        spread = sort == "relevance"
        window = (max(wanted, GROUP_LOOKAHEAD) if favour or listing
                  else max(wanted, SPREAD_WINDOW) if spread else wanted)  # the same for every page
        matches = self.engine.search(tree, request_filter, sort, max(window, widen_below), request.time_limit,
                                     notices)
        if favour:
            matches.hits = asking.first(matches.hits)
        elif listing:
            matches.hits = asking.cued_first(matches.hits)
        if spread:
            matches.hits = _spread(matches.hits)
        searched, widened = tree, False
        having_all = matches.total
        if matches.total < widen_below and len(positive) > 1:
            relaxed = q.and_of([q.Or(tuple(positive)), q.without_text(tree)])
            # Ranked by how many of the words each paragraph has, then by score: over a window of the best
            # scored, as a long paragraph with every word may score below short ones with one. The window is
            # the same for every page (beyond it, the engine's order), so that pages neither repeat nor skip.
            window = max(wanted, GROUP_LOOKAHEAD) if sort == "relevance" else wanted
            some = self.engine.search(relaxed, request_filter, sort, window, request.time_limit, [])
            if some.total > matches.total:
                weights = self._rarity(positive)
                found_otherwise = {pair.split(" = ")[0].lower() for pair in expanded}  # "bypass" as "relief road"
                missing = [node.text for node, weight in zip(positive, weights, strict=True)
                           if weight is None and node.text.lower() not in found_otherwise]
                notices.append(_widened_notice(matches.total, sort, missing))
                if sort == "relevance":
                    each = [(Highlight.of([node]), weight or 0.0) for node, weight in zip(positive, weights,
                                                                                           strict=True)]
                    first = {fields["id"] for fields, _ in matches.hits}
                    rest = [pair for pair in some.hits if pair[0]["id"] not in first]
                    if favour:  # among paragraphs with as many of the words, the kind asked for (or the newest) first
                        rest = asking.first(rest)
                    ranked = sorted(rest[:GROUP_LOOKAHEAD], key=lambda pair: -_words_matched(pair[0], each))
                    some.hits = (matches.hits + ranked + rest[GROUP_LOOKAHEAD:])[:max(wanted, 1)]
                matches, searched, widened = some, relaxed, True
        if matches.timed_out:
            notices.append(f"The search took longer than {request.time_limit:g} s and was cut short: "
                           "counts may be incomplete. Add words or filters to narrow it.")
        return _Found(matches, searched, positive, expanded, notices, sort, widened, having_all, kind)

    def _rarity(self, positive: list[Any]) -> list[float | None]:
        """How much finding each of the query's words counts in a widened search: the rarer the word, the more
        (its inverse document frequency), so that "shoplifting" outweighs "repairs"; little for the words a
        question is put in, 0 for a stop word, None for a word no paragraph holds. Phrases, prefixes and fuzzy
        terms count as a rare word."""
        paragraphs = max(self.engine.paragraph_count(), 1)
        weights: list[float | None] = []
        for node in positive:
            if not isinstance(node, q.Word):
                weights.append(math.log(1 + paragraphs))
                continue
            if node.text.lower() in QUESTION_WORDS | TITLES:
                weights.append(QUESTION_WEIGHT)
                continue
            terms = index_terms(node.text)
            held = min((self.engine.frequency(term, stemmed=True) for term in terms), default=-1)
            weights.append(0.0 if held < 0 else None if held == 0 else math.log(1 + paragraphs / held))
        return weights

    def _hit(self, fields: Mapping[str, Any], score: float, more_in_item: int = 0) -> Hit:
        """A hit without its snippet (made only for the hits a page shows)."""
        text = fields.get("text", "")
        meeting = self.meetings.summary(fields["meeting_id"]) or {}
        return Hit(
            id=fields["id"], meeting_id=fields["meeting_id"], source=fields["source"],
            council=fields.get("council") or None, panel=fields.get("panel") or None,
            date=fields.get("date") or None, item_number=fields.get("item_number") or None,
            item_title=fields.get("item_title") or None, item_type=fields.get("item_type", ""),
            kinds=fields.get("kinds", []), speakers=fields.get("speakers", []),
            presenters=fields.get("presenters", []), text=text,
            snippet="", score=round(score, 4), more_in_item=more_in_item,
            url=meeting.get("url"),
        )

    # helpers ---------------------------------------------------------------------------------------------
    def _expand(self, tree: q.Node | None) -> tuple[q.Node | None, list[str]]:
        """Acronyms and synonyms: a query for either side also finds the other."""
        expanded: list[str] = []
        pairs: dict[str, list[str]] = {}
        for acronym, expansion in self.acronyms.items():
            pairs.setdefault(acronym.lower(), []).append(expansion)
            pairs.setdefault(_key(expansion), []).append(acronym.upper())
        for left, right in self.synonyms:
            pairs.setdefault(_key(left), []).append(right)
            pairs.setdefault(_key(right), []).append(left)

        def alternatives(node: q.Word | q.Phrase, typed: q.Node | None = None) -> q.Node:
            """`node` or the other sides of its pairs; `typed` is what stands for `node` itself (the words a
            user typed unquoted keep matching wherever they stand: "looked after children" finds "children
            looked after")."""
            key = _key(node.text)
            others = [(other, _spelled_out(other)) for other in dict.fromkeys(pairs.get(key, []))
                      if _key(other) != key]
            if isinstance(node, q.Word) or typed is not None:  # not inside quotes: written another way
                others += variants(node.text, self.engine.frequency)
            if not others:
                return typed or node
            expanded.extend(f"{node.text} = {said}" for said, _ in others)
            return q.Or((typed or node, *(other for _, other in others)))

        def visit(node: q.Node) -> q.Node:
            if isinstance(node, q.Word | q.Phrase):
                return alternatives(node)
            if isinstance(node, q.And):
                return q.and_of(visit_run(list(node.children)))
            if isinstance(node, q.Or):
                return q.Or(tuple(visit(child) for child in node.children))
            return node

        def visit_run(children: list[q.Node]) -> list[q.Node]:
            """Unquoted words that together spell one side of a pair (`Child and Adolescent Mental Health
            Services`) are searched as those words or the other side."""
            for start in range(len(children)):
                for end in range(min(len(children), start + LONGEST_NAME), start + 1, -1):
                    run = children[start:end]
                    if all(isinstance(child, q.Word) for child in run):
                        text = " ".join(child.text for child in run)  # type: ignore[union-attr]
                        if _key(text) in pairs or (end - start > 1 and percent_other(text)):
                            replaced = alternatives(q.Phrase(text), q.and_of(list(run)))
                            return [*map(visit, children[:start]), replaced, *visit_run(children[end:])]
            return [visit(child) for child in children]

        return (visit(tree) if tree is not None else None), expanded

    def _request_filter(self, request: SearchRequest, notices: list[str], skip: str | None = None) -> q.Node | None:
        """The request's facet selections (OR within a facet, AND across) and date range, as one filter."""
        parts: list[q.Node | None] = []
        for facet, values in request.filters.items():
            if facet not in FACETS:
                notices.append(f"Unknown filter “{facet}” was ignored.")
            elif values and facet != skip:
                parts.append(q.FacetValues(facet, tuple(values)))
        if request.person:
            person = (request.person,)
            parts.append(q.Or((q.FacetValues("speaker", person), q.FacetValues("presenter", person))))
        if request.date_from or request.date_to:
            start = q.date_range(request.date_from) if request.date_from else ("0001-01-01",)
            end = q.date_range(request.date_to) if request.date_to else (None, "9999-12-31")
            if start is None or end is None:
                notices.append("A date filter was not a date (use 2021, 2021-10 or 2021-10-25) and was ignored.")
            else:
                parts.append(q.DateRange(start[0], end[1]))
        return q.and_of(parts)

    def _count_facets(self, searched: q.Node | None, request: SearchRequest, started: float) -> _Counting:
        """The facets of a query, to be collected once the hits and snippets are made: counted meanwhile on
        another thread when the engine counts outside Python, else when collected."""
        def count() -> tuple[dict[str, list[FacetValue]], dict[str, int], list[str]]:
            notices: list[str] = []
            facets, more = self._facets(searched, request, started, notices) if request.facets else ({}, {})
            return facets, more, notices

        return _facet_threads().submit(count).result if self.engine.counts_beside and request.facets else count

    def _facets(self, searched: q.Node | None, request: SearchRequest, started: float,
                notices: list[str]) -> tuple[dict[str, list[FacetValue]], dict[str, int]]:
        """Counts over every match, each facet's values (up to the request's facet size) and how many more were
        counted; counting stops, and says so, once the request's time limit has passed."""
        selected = {facet: values for facet, values in request.filters.items() if facet in FACETS and values}
        shown = request.facet_names or tuple(  # months only within a chosen year: 240 values over 20 years
            facet for facet in FACETS if facet != "month" or selected.get("year") or selected.get("month"))
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for facets_, skip in ([[facet for facet in shown if facet not in selected], None],
                              *(([facet], facet) for facet in selected if facet in shown)):  # ignoring its own
            if time.monotonic() - started > request.time_limit:
                notices.append(f"Counting the filters took longer than {request.time_limit:g} s: some counts are "
                               "not shown. Add words or filters to narrow the search.")
                break
            counts.update(self.engine.facet_counts(searched, self._request_filter(request, [], skip=skip), facets_))
        facets: dict[str, list[FacetValue]] = {}
        more: dict[str, int] = {}
        for facet in FACETS:
            chosen = selected.get(facet, [])
            for value in chosen:
                counts[facet].setdefault(value, 0)
            listed = _listed(counts[facet], facet, request.facet_size, chosen)
            facets[facet] = [FacetValue(value, count, value in chosen) for value, count in listed]
            if len(listed) < len(counts[facet]):
                more[facet] = len(counts[facet]) - len(listed)
        if len(facets.get("council", [])) <= 1 and not selected.get("council"):
            facets.pop("council", None)
        return facets, more

    def _suggestion(self, text: str, positive: list[Any], expanded: list[str]) -> str | None:
        suggestion = text
        changed = False
        searched_otherwise = {pair.split(" = ")[0].lower() for pair in expanded}  # "neighborhood" found "neighbourhood"
        for node in positive:
            if not isinstance(node, q.Word):
                continue
            for word, _, _ in words(node.text):
                if (word in stop_words() or len(word) < 3 or any(character.isdigit() for character in word)
                        or word in searched_otherwise
                        or self.engine.frequency(word) > 0 or self.engine.frequency(stem(word), stemmed=True) > 0):
                    continue  # known, or a reference or amount: no spelling to correct
                better = self.engine.suggest(word)
                if better and better != word and better not in stop_words() and len(better) >= 3:
                    suggestion = _replace_word(suggestion, word, better)
                    changed = True
        return suggestion if changed else None


_Counting = Callable[[], tuple[dict[str, list[FacetValue]], dict[str, int], list[str]]]


@cache
def _facet_threads() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=8, thread_name_prefix="facets")


def _listed(counts: Counter[str], facet: str, size: int | None, chosen: list[str]) -> list[tuple[str, int]]:
    """The values a facet lists: years and months newest first, others most frequent first; at most `size` of
    them, and every chosen one."""
    if facet in ("year", "month"):
        ordered = sorted(counts.items(), reverse=True)
    elif size is None or len(counts) <= size:
        ordered = sorted(counts.items(), key=_most_frequent)
    else:  # a partial sort: thousands of speakers, a hundred listed
        ordered = heapq.nsmallest(size, counts.items(), key=_most_frequent)
    if size is None or len(counts) <= size:
        return ordered
    listed = ordered[:size]
    return listed + [(value, counts[value]) for value in chosen if value not in dict(listed)]


def _most_frequent(pair: tuple[str, int]) -> tuple[int, str]:
    return -pair[1], pair[0]


@dataclass
class _Found:
    matches: Matches
    searched: q.Node | None  # the query as finally run (widened or not): facets count its matches
    positive: list[Any]
    expanded: list[str]
    notices: list[str]
    sort: str
    widened: bool = False  # too few paragraphs had every word: those with some of them were searched
    having_all: int = 0  # paragraphs with every word
    kind: str | None = None  # the kind of paragraph a question asked for


def _open(generation: Path) -> tuple[Engine, dict[str, str], MeetingShelf]:
    """The generation's engine, the acronym pairs learned from its documents, and its meetings."""
    acronyms: dict[str, str] = {}
    for pairs in read_json(generation / ACRONYMS).values():
        acronyms.update(pairs)
    return backend(engine_of(generation)).open(generation), acronyms, MeetingShelf(generation)


@dataclass(frozen=True)
class _Asking:
    """What a whole question asks: its words without those it is put in, the kind of paragraph it asks for, and
    the words that asked for that kind ("report back"), which raise a paragraph holding them."""

    tree: q.Node | None
    kind: str | None = None
    cues: tuple[str, ...] = ()
    recent: bool = False  # it asks how things stand now
    why: bool = False  # it asks for reasons

    @property
    def reranks(self) -> bool:
        return bool(self.kind) or self.recent or self.why

    def first(self, hits: list[tuple[Mapping[str, Any], float]]) -> list[tuple[Mapping[str, Any], float]]:
        """The best matches re-ranked, their scores raised: a paragraph of the kind asked for, and again
        if it holds the words that asked for it, so that what was resolved or undertaken comes before the
        discussion that led to it; asked how things stand now, the newer the higher; asked why, those giving
        reasons; beyond them, the engine's order."""
        head = hits[:GROUP_LOOKAHEAD]
        days = [date.fromisoformat(fields["date"]).toordinal() for fields, _ in head if fields.get("date")]
        oldest, span = (min(days), max(days) - min(days)) if days else (0, 0)

        def raised(pair: tuple[Mapping[str, Any], float]) -> float:
            fields, score = pair
            if self.kind in fields.get("kinds", ()):
                score *= KIND_BOOST * (CUE_BOOST if self.holds_cues(fields) else 1.0)
            if self.why and not REASON_WORDS.isdisjoint(word for word, _, _ in words(fields.get("text", ""))):
                score *= REASON_BOOST
            if self.recent and span and fields.get("date"):
                score *= 1 + RECENT_BOOST * (date.fromisoformat(fields["date"]).toordinal() - oldest) / span
            return score

        return sorted(((fields, raised((fields, score))) for fields, score in head),
                      key=lambda pair: -pair[1]) + hits[GROUP_LOOKAHEAD:]

    def cued_first(self, hits: list[tuple[Mapping[str, Any], float]]) -> list[tuple[Mapping[str, Any], float]]:
        """Of the paragraphs of the kind asked for, listed in date order, the best with the words that asked
        for it first ("report back" before "would look into it")."""
        return sorted(hits[:GROUP_LOOKAHEAD], key=lambda pair: not self.holds_cues(pair[0])) + hits[GROUP_LOOKAHEAD:]

    def holds_cues(self, fields: Mapping[str, Any]) -> bool:
        cues = {stem(cue) for cue in self.cues if cue not in stop_words()}
        return bool(cues) and cues <= {stem(word) for word, _, _ in words(fields.get("text", ""))}


def _unasked(tree: q.Node | None) -> _Asking:
    """A whole question without the words it is put in ("what is being done about shoplifting": shoplifting),
    and the kind of paragraph it asks for: commitments ("what did we promise on ...", "report back"), else
    decisions ("what did we agree about ..."). Asking for a kind and nothing else, it asks for every paragraph
    of that kind (keeping its filters); asking for no kind and nothing else, it is searched whole."""
    if not isinstance(tree, q.And):
        return _Asking(tree)
    children = tree.children
    said = [child.text.lower().strip("?") if isinstance(child, q.Word) else None for child in children]
    phrased = {start + step for start in range(len(said) - 1) if (said[start], said[start + 1]) in COMMITMENT_PHRASES
               for step in (0, 1)}
    committing = [word for position, word in enumerate(said) if position in phrased or word in COMMITMENT_WORDS]
    kind = "commitment" if committing else "decision" if not DECISION_WORDS.isdisjoint(said) else None
    recent = not RECENT_WORDS.isdisjoint(said)
    unasked = QUESTION_WORDS | DECISION_WORDS | COMMITMENT_WORDS | RECENT_WORDS
    kept = q.and_of([child for position, (child, word) in enumerate(zip(children, said, strict=True))
                     if position not in phrased and word not in unasked])
    cues = tuple(word for word in committing if word)
    if any(not isinstance(word, q.Word) or index_terms(word.text) for word in q.positive_words(kept)):
        return _Asking(kept, kind, cues, recent, why=said[0] == "why")
    if kind:
        return _Asking(q.and_of([q.FacetValues("kind", (kind,)), q.without_text(kept)]), kind, cues)
    return _Asking(tree)


def _undertaking_at(text: str) -> int:
    """Where a commitment's paragraph first undertakes something: its snippet starts there when no word of the
    query marks it ("the information could be provided to the Panel", late in a long answer)."""
    for sentence in sentences(text):
        if is_commitment(sentence):
            return max(text.find(sentence), 0)
    return 0


def _spelled_out(name: str) -> q.Node:
    """The other side of a pair as a phrase; a name of several words in the plural too, as minutes write
    them ("EHCP" for "Education, Health and Care Plans")."""
    phrase = q.Phrase(name)
    words = name.split()
    if len(words) < 2 or not words[-1].isalpha() or words[-1].lower().endswith("s"):
        return phrase
    last = words[-1]
    plural = f"{last[:-1]}ies" if re.search(r"[^aeiou]y$", last, re.I) else f"{last}s"
    return q.Or((phrase, q.Phrase(" ".join([*words[:-1], plural]))))


def _widened_notice(with_all: int, sort: str, missing: list[str]) -> str:
    order = ", those with the most (and the rarest) first" if sort == "relevance" else ""
    if missing:
        named = ", ".join(f"“{word}”" for word in missing)
        return f"No paragraph has {named}: showing those with some of the other words{order}."
    if with_all == 0:
        return f"No paragraph has all of the words: showing those with some of them{order}."
    return (f"Only {with_all} paragraph{' has' if with_all == 1 else 's have'} all of the words: showing also "
            f"those with some of them{order}.")


def _words_matched(fields: Mapping[str, Any], each: list[tuple[Highlight, float]]) -> float:
    """The weight of the query's words (a Highlight and its rarity each) a paragraph or its item title holds:
    ranks a widened search."""
    found = {word for word, _, _ in words(f"{fields.get('text', '')} {fields.get('item_title', '')}")}
    return sum(weight for highlight, weight in each if any(highlight.matches(word) for word in found))


def _key(text: str) -> str:
    return " ".join(word for word, _, _ in words(text))


def _replace_word(text: str, word: str, better: str) -> str:
    """The first `word` in `text` replaced by `better` in the case it was typed in ("Fairburn": "Fairbairn")."""
    def cased(typed: re.Match[str]) -> str:
        return better.upper() if typed.group(0).isupper() and len(typed.group(0)) > 1 else (
            better.capitalize() if typed.group(0)[0].isupper() else better)
    return re.sub(rf"(?i)\b{re.escape(word)}\b", cased, text, count=1)


def _item_key(fields: Mapping[str, Any]) -> Any:
    key = getattr(fields, "group", None)  # an engine that can say a hit's item without reading its fields
    return key if key is not None else (fields["meeting_id"], fields.get("item_index"))


def _spread(hits: list[tuple[Mapping[str, Any], float]]) -> list[tuple[Mapping[str, Any], float]]:
    """The best matches re-ranked so that one item's paragraphs do not fill the first page: each paragraph of
    an item after its best counts ITEM_DECAY times less than the one before it (a search for an application's
    reference matches every paragraph of the item it titles, and the decision that cites it elsewhere would
    come after all of them). Beyond SPREAD_WINDOW, the engine's order."""
    head = hits[:SPREAD_WINDOW]
    seen: Counter[Any] = Counter()
    weighed = []
    for fields, score in head:
        key = _item_key(fields)
        weighed.append(score * ITEM_DECAY ** seen[key])
        seen[key] += 1
    order = sorted(range(len(head)), key=lambda index: -weighed[index])
    return [head[index] for index in order] + hits[SPREAD_WINDOW:]


def _group(ranked: list[tuple[Mapping[str, Any], float, int]], per_item: int,
           ) -> list[tuple[Mapping[str, Any], float, int]]:
    """At most `per_item` of the ranked (fields, score, 0) per meeting item, in rank order, the first of each
    with how many more of its item were ranked."""
    groups: dict[Any, list[tuple[Mapping[str, Any], float, int]]] = {}
    for fields, score, _ in ranked:
        groups.setdefault(_item_key(fields), []).append((fields, score, 0))
    out: list[tuple[Mapping[str, Any], float, int]] = []
    for members in groups.values():
        kept = members[:per_item]
        first, score, _ = kept[0]
        out.extend([(first, score, len(members) - len(kept)), *kept[1:]])
    return out
