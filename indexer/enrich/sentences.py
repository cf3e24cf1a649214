"""Sentence splitting with nltk's Punkt, told the abbreviations minutes use, and nothing downloaded.

Punkt's shipped models come from nltk's downloader, which is unreachable here and on many council servers;
trained on a handful of minutes it learns junk abbreviations ("hall"). A curated list is both safer and
enough: the rest of Punkt's heuristics (initials, ordinals) need no training data.
"""

from __future__ import annotations

from functools import cache

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

# Lower case, without the final full stop; multi-part abbreviations keep their inner stops.
ABBREVIATIONS = frozenset({
    "cllr", "cllrs", "cyng", "mr", "mrs", "ms", "mx", "dr", "prof", "rev", "revd", "st", "sr", "jr", "esq",
    "capt", "insp", "sgt", "supt",
    "approx", "e.g", "i.e", "etc", "cf", "viz", "vs", "no", "nos", "para", "paras", "ref", "refs", "app",
    "min", "mins", "max", "dept", "govt", "incl", "inc", "est", "ltd", "co", "cttee", "cttees", "assoc",
    "tel", "ext", "fig", "vol", "p", "pp", "c", "ca", "n.b", "p.s", "a.o.b", "a.g.m", "hon",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
})


@cache
def _tokenizer() -> PunktSentenceTokenizer:
    parameters = PunktParameters()
    parameters.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(parameters)


def sentences(text: str) -> list[str]:
    """The sentences of one paragraph, in order."""
    stripped = text.strip()
    if not any(mark in stripped[:-1] for mark in ".?!"):  # nowhere Punkt could break: one sentence
        return [stripped] if stripped else []
    return [sentence.strip() for sentence in _tokenizer().tokenize(text) if sentence.strip()]
