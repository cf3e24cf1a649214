"""The one analyzer, shared by indexing, queries and snippets.

Minutes use identifiers that must stay whole and exact (`21/18`, `s106`, `18-25`, `£5,000`, `2.99%`,
`24/01234/FUL`): a token containing a digit keeps its slashes, hyphens, commas and decimal point, and is
never stemmed. Words fold curly quotes (`Children’s` = `Children's`), are lower-cased, lose the project's
stop words and are stemmed by nltk's Snowball stemmer. The unstemmed analyzer keeps every word, for quoted
phrases, fuzzy and prefix terms and spelling suggestions.

Whoosh pickles analyzers into the index, so every part here is importable by name (no lambdas).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from nltk.stem.snowball import SnowballStemmer
from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter

ANALYZER_NAME = "minutes-snowball-english-1"
TOKEN_PATTERN = (
    r"[£$€]?\d[\d,]*(?:\.\d+)?%?(?:[/\-]\w+)*"  # 21/18, 18-25, £5,000, 2.99%, 24/01234/FUL
    r"|[^\W\d_]+\d\w*(?:[/\-]\w+)*"  # s106, A19, CO2
    r"|[^\W\d_]+(?:['’][^\W\d_]+)*"  # words, with their apostrophes
)
_TOKEN = re.compile(TOKEN_PATTERN)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})


@cache
def stop_words() -> frozenset[str]:
    lines = (Path(__file__).with_name("stopwords.txt")).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


_STEMMER = SnowballStemmer("english")


@cache
def stem(word: str) -> str:
    """Snowball English, memoised (10x faster on real text); identifiers with digits stay as they are."""
    if any(character.isdigit() for character in word):
        return word
    return _STEMMER.stem(word.replace("'", "")) if "'" in word else _STEMMER.stem(word)


class FoldQuotesFilter(Filter):
    """Curly and straight apostrophes are one character; a trailing possessive `'s` stays on the word."""

    def __call__(self, tokens: Iterator) -> Iterator:
        for token in tokens:
            token.text = token.text.translate(_QUOTES)
            yield token


def stemmed_analyzer():
    return (RegexTokenizer(TOKEN_PATTERN) | FoldQuotesFilter() | LowercaseFilter()
            | StopFilter(stoplist=stop_words(), minsize=1) | StemFilter(stemfn=stem, cachesize=-1))


def exact_analyzer():
    return RegexTokenizer(TOKEN_PATTERN) | FoldQuotesFilter() | LowercaseFilter()


def words(text: str) -> list[tuple[str, int, int]]:
    """(folded lower-case word, start, end) for every token, as both analyzers see them before stemming."""
    return [(match.group(0).translate(_QUOTES).lower(), match.start(), match.end())
            for match in _TOKEN.finditer(text)]


def index_terms(word: str) -> list[str]:
    """The stemmed terms one typed word becomes (none for a stop word; several for `multi-agency`)."""
    return [stem(token) for token, _, _ in words(word) if token not in stop_words()]
