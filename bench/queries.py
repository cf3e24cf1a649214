"""A fixed, seeded query mix drawn from the paragraphs of a corpus, one list per query class."""

from __future__ import annotations

import itertools
import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from indexer.index.analysis import stop_words, words
from indexer.search.api import SearchRequest

CLASSES = ("common word", "rare word", "two words", "phrase", "prefix", "panel filter", "date range",
           "four facets", "grouped")


@dataclass
class QueryMix:
    requests: dict[str, list[SearchRequest]] = field(default_factory=dict)


def _content_words(text: str) -> list[str]:
    return [word for word, _, _ in words(text) if word not in stop_words() and word.isalpha() and len(word) > 3]


def build_mix(docs: list[dict[str, Any]], per_class: int, seed: int = 7) -> QueryMix:
    """`docs`: sample paragraphs ({text, panel, date, kinds, speakers}). Common words are among the 40 most
    frequent; rare words appear in 2-5 sampled paragraphs."""
    rng = random.Random(seed)
    frequency: Counter[str] = Counter()
    for doc in docs:
        frequency.update(set(_content_words(doc["text"])))
    ranked = [word for word, _ in frequency.most_common()]
    common = ranked[:40]
    middle = ranked[40:400] or common
    rare = [word for word, count in frequency.items() if 2 <= count <= 5] or ranked[-50:]
    dated = [doc for doc in docs if doc["date"]]

    def pick(options: list[Any]) -> Any:
        return options[rng.randrange(len(options))]

    def adjacent() -> tuple[str, str]:
        """Two content words next to each other in a paragraph: a phrase that occurs."""
        while True:
            tokens = [word for word, _, _ in words(pick(docs)["text"])]
            found = [(a, b) for a, b in itertools.pairwise(tokens)
                     if {a, b}.isdisjoint(stop_words()) and a.isalpha() and b.isalpha()]
            if found:
                return found[rng.randrange(len(found))]

    mix = QueryMix()
    mix.requests["common word"] = [SearchRequest(pick(common)) for _ in range(per_class)]
    mix.requests["rare word"] = [SearchRequest(pick(rare)) for _ in range(per_class)]
    mix.requests["two words"] = [SearchRequest(f"{pick(common)} {pick(middle)}") for _ in range(per_class)]
    mix.requests["phrase"] = [SearchRequest('"{} {}"'.format(*adjacent())) for _ in range(per_class)]
    mix.requests["prefix"] = [SearchRequest(pick(middle)[:4] + "*") for _ in range(per_class)]
    mix.requests["panel filter"] = [SearchRequest(f'{pick(common)} panel:"{pick(docs)["panel"]}"')
                                    for _ in range(per_class)]
    ranges = []
    for _ in range(per_class):
        year, month = int(pick(dated)["date"][:4]), rng.randrange(1, 7)
        ranges.append(SearchRequest(f"{pick(common)} date:{year}-{month:02d}..{year}-{month + 5:02d}"))
    mix.requests["date range"] = ranges
    faceted = []
    for _ in range(per_class):
        doc = pick([doc for doc in dated if doc["speakers"] and doc["kinds"]] or dated)
        filters = {"panel": [doc["panel"]], "year": [doc["date"][:4]], "kind": doc["kinds"][:1],
                   "speaker": doc["speakers"][:1]}
        own = _content_words(doc["text"]) or common  # a word of that paragraph: the filters keep a match
        faceted.append(SearchRequest(pick(own), filters={k: v for k, v in filters.items() if v}))
    mix.requests["four facets"] = faceted
    mix.requests["grouped"] = [SearchRequest(pick(common), group_by_item=True) for _ in range(per_class)]
    return mix
