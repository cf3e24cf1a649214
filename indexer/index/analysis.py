"""The one analyzer, shared by indexing, queries and snippets.

Minutes use identifiers that must stay whole and exact (`21/18`, `s106`, `18-25`, `£5,000`, `2.99%`,
`24/01234/FUL`): a token containing a digit keeps its slashes, hyphens and decimal point, and is never
stemmed; an amount drops its currency sign and thousands separators (`£5,000` is `5000`). Words fold
curly quotes (`Children’s` = `Children's`), accents and ligatures (`Seán` = `Sean`), are lower-cased, lose
the project's stop words and are stemmed by nltk's Snowball stemmer, but for a few words it would merge
with others (`KEPT_WHOLE`) and for an
acronym's plural, which it leaves alone ("HGVs" and "HMOs" are "HGV" and "HMO"). The unstemmed
analyzer keeps every word, for quoted phrases, fuzzy and prefix terms and spelling suggestions.

This module is the definition; each engine applies it (indexer/engines/), and tests check that every
engine's tokens are the ones `words` and `index_terms` give.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

from nltk.stem.snowball import SnowballStemmer

ANALYZER_NAME = "minutes-snowball-english-9"
TOKEN_PATTERN = (
    r"[£$€]?\d[\d,]*(?:\.\d+)?%?(?:[/\-–]\w+)*"  # 21/18, 18-25, £5,000, 2.99%, 24/01234/FUL, 2024–25
    r"|[^\W\d_]+\d\w*(?:[/\-]\w+)*(?:['’]s\b)?"  # s106, A19, CO2, and a possessive: S106's
    r"|[^\W\d_]+(?:['’][^\W\d_]+)*"  # words, with their apostrophes
)
_TOKEN = re.compile(TOKEN_PATTERN)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})


@cache
def stop_words() -> frozenset[str]:
    """The shipped list, and each of its words with "'s" ("what's", "it's", "there's"): a possessive is its
    word to the stemmer, and so to the stop list."""
    lines = (Path(__file__).with_name("stopwords.txt")).read_text(encoding="utf-8").splitlines()
    listed = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    return frozenset(listed | {f"{word}'s" for word in listed if word.isalpha()})


_STEMMER = SnowballStemmer("english")


# Words whose stem would merge them with another word of different meaning in minutes: "planning"
# (applications) is not "plan", "parking" not "park", "housing" not "house", "locality" not "local".
KEPT_WHOLE = {"planning": "planning", "parking": "parking", "housing": "housing", "locality": "locality",
              "localities": "locality", "building": "building", "buildings": "building"}


_VOWEL = re.compile(r"[aeiouy]")


@cache
def stem(word: str) -> str:
    """Snowball English, memoised (10x faster on real text); identifiers with digits stay as they are."""
    if word.endswith("'s") and len(word) > 2:  # a possessive is its word: "DfT's" is "DfT", not a plural "DfT'"
        return stem(word[:-2])
    if any(character.isdigit() for character in word):
        return word
    if word in KEPT_WHOLE:
        return KEPT_WHOLE[word]
    if word.endswith("s") and len(word) >= 3 and not _VOWEL.search(word) and word != "mrs":
        return word[:-1]  # an acronym's plural, which Snowball leaves alone: "HGVs" is "HGV", "GPs" is "GP"
    return _STEMMER.stem(word.replace("'", "")) if "'" in word else _STEMMER.stem(word)


def fold(text: str) -> str:
    """Curly and straight apostrophes as one character (a trailing possessive `'s` stays on the word)."""
    return text.translate(_QUOTES)


def plain(text: str) -> str:
    """Folded, without accents and ligatures: "Seán" is "Sean", "Éowyn" "Eowyn", the "ﬁ" of a scan "fi"."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", fold(text))
    return "".join(character for character in decomposed if not unicodedata.combining(character)).translate(
        _UNDECOMPOSED)


# Letters Unicode gives no plain base letter: "Yıldız" is "Yildiz", "Łukasz" "Lukasz", "Søren" "Soren".
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d",
                               "Ð": "D", "þ": "th", "Þ": "Th", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe",
                               "Œ": "Oe", "ħ": "h"})


def words(text: str) -> list[tuple[str, int, int]]:
    """(folded lower-case word, start, end) for every token, as both analyzers see them before stemming.
    An amount is one number however it is written: `£5,000`, `5,000`, `£5000` and `5000` are all `5000`; an
    acronym's plural written in capitals is the acronym (`HMOs` is `hmo`, as `HMO`); a financial year is one
    token however it is written: `2024/25`, `2024-25`, `2024–25` and `2024/2025` are all `2024/25`."""
    if text.isascii():  # lower-casing keeps every position, and no token holds a character fold changes
        found = [(match.group(0), match.start(), match.end()) for match in _TOKEN.finditer(text.lower())]
    else:
        found = [(plain(match.group(0)).lower(), match.start(), match.end()) for match in _TOKEN.finditer(text)]
    return [(_amount(word), start, end) if word[0] in _AMOUNT_STARTS
            else (word[:-1], start, end) if word[-1] == "s" and text[end - 2].isupper()
            and _ACRONYM_PLURAL.fullmatch(text, start, end)
            else (word, start, end)
            for word, start, end in found]


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")

_AMOUNT_STARTS = frozenset("£$€0123456789")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


_FINANCIAL_YEAR = re.compile(r"((?:19|20)\d\d)[/\-–]((?:19|20)?\d\d)")


def _amount(token: str) -> str:
    if "," in token or not token[0].isdigit():
        return _THOUSANDS.sub("", token.lstrip("£$€"))
    year = _FINANCIAL_YEAR.fullmatch(token) if len(token) in (7, 9) else None
    if year and int(year.group(2)) % 100 == (int(year.group(1)) + 1) % 100 and (
            len(year.group(2)) == 2 or int(year.group(2)) == int(year.group(1)) + 1):
        return f"{year.group(1)}/{year.group(2)[-2:]}"
    return token.replace("–", "-") if "–" in token else token


def index_terms(word: str) -> list[str]:
    """The stemmed terms one typed word becomes (none for a stop word; several for `multi-agency`)."""
    return [stem(token) for token, _, _ in words(word) if token not in stop_words()]
