"""Whoosh and tantivy answer alike: the same paragraphs match the same query, with the same facet counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.generate import generate
from indexer.index.build import build_index
from indexer.index.store import IndexLocation
from indexer.search.api import Searcher, SearchRequest
from tests.relevance.evaluate import copy_documents

QUERIES = [
    "locality", "locality working", '"pilot areas"', "CAMHS", "21/18", "24/01234/FUL", "children's", "consult*",
    "safegarding~", "ofsted OR covid", "ofsted -covid", "(ofsted OR covid) children", "kind:decision",
    "kind:commitment report", "panel:corporate covid", "speaker:butcher", "type:apologies", "date:2021",
    "date:2021-11 locality", "date:2021-12..2022-03 ofsted", "item:21/18", "council:middlesbrough adoption",
    "-the", "the", "what did the Chair say about the library closure", "speeding village", "£5,000", "s106",
    "2.99%", "18-25", "precept", "street light*", "fly-tipping", "NOT locality panel:children", "child* OR pilot*",
    "child* -pilot*", "child* pilot*",
]


def _searchers(tmp_path: Path, corpus: Path) -> dict[str, Searcher]:
    opened = {}
    for engine in ("whoosh", "tantivy"):
        location = IndexLocation(tmp_path / f"index-{engine}")
        build_index(corpus, location, jobs=1, progress=False, engine=engine)
        opened[engine] = Searcher(location.root)
    return opened


@pytest.fixture(scope="module")
def documents_corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Searcher]:
    folder = tmp_path_factory.mktemp("engines")
    copy_documents(folder / "corpus")
    return _searchers(folder, folder / "corpus")


@pytest.fixture(scope="module")
def generated_corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Searcher]:
    """About 1,500 paragraphs of synthetic minutes (bench/generate.py), several councils and layouts."""
    folder = tmp_path_factory.mktemp("generated")
    generate(folder / "corpus", 1500, seed=11)
    return _searchers(folder, folder / "corpus")


GENERATED_QUERIES = [
    "budget", "planning application", '"highways"', "librar*", "safeguarding", "councillor", "kind:decision",
    "kind:commitment", "date:2015", "date:2010-01..2012-12 budget", "panel:planning", "resolved -budget",
    "budgt~", "report OR reports", "licensing", "the council agreed", "speaker:councillor", "",
]


def _same_answers(searchers: dict[str, Searcher], query: str) -> None:
    results = {engine: searcher.search(SearchRequest(query, page_size=100)) for engine, searcher in searchers.items()}
    whoosh, tantivy = results["whoosh"], results["tantivy"]
    assert whoosh.total == tantivy.total
    if whoosh.total <= 100:
        assert {hit.id for hit in whoosh.hits} == {hit.id for hit in tantivy.hits}
    assert {name: [(v.value, v.count) for v in values] for name, values in whoosh.facets.items()} == {
        name: [(v.value, v.count) for v in values] for name, values in tantivy.facets.items()}
    assert whoosh.notices == tantivy.notices and whoosh.expanded == tantivy.expanded


@pytest.mark.parametrize("query", QUERIES)
def test_both_engines_match_the_same_paragraphs(documents_corpus: dict[str, Searcher], query: str) -> None:
    _same_answers(documents_corpus, query)


@pytest.mark.parametrize("query", GENERATED_QUERIES)
def test_both_engines_agree_on_a_generated_corpus(generated_corpus: dict[str, Searcher], query: str) -> None:
    _same_answers(generated_corpus, query)


def test_both_engines_sort_by_date_alike(documents_corpus: dict[str, Searcher]) -> None:
    for sort in ("newest", "oldest"):
        orders = [[hit.date for hit in searcher.search(SearchRequest("council", sort=sort, page_size=50)).hits]
                  for searcher in documents_corpus.values()]
        assert orders[0] == orders[1]
