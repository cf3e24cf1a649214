"""Recall@10 and MRR of the search API over the hand-labelled queries in queries.jsonl.

    python -m tests.relevance.evaluate [--errors]

The index is built from the sample corpus and the test documents (tests/documents/), in a temporary folder.
Each answer names its document and a quote from the paragraph, so labels survive changes of paragraph ids;
a quote that no longer finds exactly one paragraph is reported as stale.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from indexer.index.build import build_index
from indexer.index.store import IndexLocation
from indexer.parse import parse_file
from indexer.search.api import Searcher, SearchRequest

ROOT = Path(__file__).resolve().parents[2]
QUERIES = Path(__file__).with_name("queries.jsonl")
FOLDERS = ("corpus", "tests/documents")
CUTOFF = 10


@dataclass
class Outcome:
    query: str
    relevant: set[str]
    ranked: list[str]

    @property
    def recall(self) -> float:
        return len(self.relevant & set(self.ranked[:CUTOFF])) / len(self.relevant)

    @property
    def reciprocal_rank(self) -> float:
        for rank, paragraph in enumerate(self.ranked, start=1):
            if paragraph in self.relevant:
                return 1 / rank
        return 0.0


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return sum(outcome.recall for outcome in self.outcomes) / len(self.outcomes)

    @property
    def mrr(self) -> float:
        return sum(outcome.reciprocal_rank for outcome in self.outcomes) / len(self.outcomes)


def copy_documents(corpus: Path) -> None:
    """The labelled documents under `corpus`, at the same relative paths (so sources match the labels)."""
    for folder in FOLDERS:
        shutil.copytree(ROOT / folder, corpus / folder)


def _normal(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).lower()


def paragraph_ids(corpus: Path, labels: list[dict]) -> tuple[dict[tuple[str, str], str], list[str]]:
    """{(doc, quote): paragraph id} for every answer, and the answers whose quote finds no single paragraph."""
    found: dict[tuple[str, str], str] = {}
    stale: list[str] = []
    meetings = {}
    for label in labels:
        for answer in label["answers"]:
            doc = answer["doc"]
            if doc not in meetings:
                meetings[doc] = parse_file(corpus / doc, source=doc)
            quote = _normal(answer["quote"])
            ids = [paragraph.id for item in meetings[doc].items for paragraph in item.paragraphs
                   if quote in _normal(paragraph.text)]
            if len(ids) == 1:
                found[(doc, answer["quote"])] = ids[0]
            else:
                stale.append(f"{doc}: “{answer['quote']}” is in {len(ids)} paragraphs")
    return found, stale


def evaluate(searcher: Searcher, corpus: Path) -> Report:
    labels = [json.loads(line) for line in QUERIES.read_text(encoding="utf-8").splitlines() if line.strip()]
    ids, stale = paragraph_ids(corpus, labels)
    report = Report(stale=stale)
    for label in labels:
        relevant = {ids[(a["doc"], a["quote"])] for a in label["answers"] if (a["doc"], a["quote"]) in ids}
        if not relevant:
            continue
        result = searcher.search(SearchRequest(label["query"], page_size=CUTOFF, facets=False))
        report.outcomes.append(Outcome(label["query"], relevant, [hit.id for hit in result.hits]))
    return report


def run() -> Report:
    with tempfile.TemporaryDirectory() as folder:
        corpus, index = Path(folder) / "corpus", IndexLocation(Path(folder) / "index")
        copy_documents(corpus)
        build_index(corpus, index, jobs=1, progress=False)
        searcher = Searcher(index.root)
        try:
            return evaluate(searcher, corpus)
        finally:
            searcher.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list each query that missed an answer")
    args = parser.parse_args()
    report = run()
    print(f"{len(report.outcomes)} queries: recall@{CUTOFF} {report.recall:.3f}, MRR {report.mrr:.3f}")
    for line in report.stale:
        print(f"  stale label: {line}")
    if args.errors:
        for outcome in report.outcomes:
            if outcome.recall < 1:
                print(f"  {outcome.query!r}: recall {outcome.recall:.2f}, first answer at "
                      f"{round(1 / outcome.reciprocal_rank) if outcome.reciprocal_rank else 'none'}")


if __name__ == "__main__":
    main()
