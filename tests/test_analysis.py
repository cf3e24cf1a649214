"""The one analyzer: identifiers whole, quotes folded, stop words dropped, Snowball stems; engines agree."""

from __future__ import annotations

import importlib.metadata

import pytest

from indexer.engines.whoosh_engine import MinutesTokenizer
from indexer.index.analysis import index_terms, stop_words, words

SAMPLE = ("The Children’s Hub (MACH) received £5,000 under s106 for 18-25 year olds; rents rose 2.99% "
          "(minute 21/18, application 24/01234/FUL) and the consultations were consulted on.")


@pytest.mark.parametrize("identifier", ["21/18", "s106", "18-25", "5000", "2.99%", "24/01234/ful"])
def test_identifiers_stay_whole_and_unstemmed(identifier: str) -> None:
    assert identifier in [word for word, _, _ in words(SAMPLE)]
    assert identifier in [term for word, _, _ in words(SAMPLE) for term in index_terms(word)]


def test_an_amount_is_one_number_however_it_is_written() -> None:
    assert index_terms("£5,000") == index_terms("5,000") == index_terms("£5000") == index_terms("5000") == ["5000"]
    assert index_terms("£1,250,000.50") == ["1250000.50"]
    assert index_terms("items 3,4") == ["item", "3,4"]  # no thousands separator there


def test_a_financial_year_is_one_term_however_it_is_written() -> None:
    written = ["2024/25", "2024-25", "2024–25", "2024/2025", "2024-2025"]
    assert [index_terms(year) for year in written] == [["2024/25"]] * len(written)
    assert index_terms("1999-2000") == ["1999/00"]
    # not a financial year: ranges of years and of ages stay as written, an en dash read as a hyphen
    assert index_terms("2020-2025") == ["2020-2025"]
    assert index_terms("18–25") == index_terms("18-25") == ["18-25"]
    assert [start for _, start, _ in words("in 2024–25 the")] == [0, 3, 11]


def test_planning_parking_and_housing_are_not_plan_park_and_house() -> None:
    assert index_terms("planning") != index_terms("plans")
    assert index_terms("parking") != index_terms("parks")
    assert index_terms("locality") != index_terms("local")
    assert index_terms("buildings") == index_terms("building")


def test_curly_and_straight_apostrophes_fold_to_one_word() -> None:
    assert index_terms("Children’s") == index_terms("Children's") == index_terms("children's")


def test_accents_and_ligatures_fold_so_a_name_typed_without_them_is_found() -> None:
    assert index_terms("Seán") == index_terms("Sean") and index_terms("Éowyn") == index_terms("eowyn")
    assert index_terms("café") == index_terms("cafe")
    # letters that do not decompose into a base letter and an accent
    assert index_terms("Yıldız Łukasz Søren Straße") == index_terms("Yildiz Lukasz Soren Strasse")
    text = "The ﬁeld at Ó Briain's"  # a scan's ligature, an Irish name
    assert [word for word, _, _ in words(text)] == ["the", "field", "at", "o", "briain's"]
    assert [text[start:end] for _, start, end in words(text)] == ["The", "ﬁeld", "at", "Ó", "Briain's"]


def test_stop_words_drop_and_english_words_stem() -> None:
    assert "the" in stop_words() and index_terms("the") == []
    assert index_terms("consultations") == index_terms("consulted") == index_terms("consult")
    assert index_terms("libraries") == index_terms("library")


def test_words_carry_their_place_in_the_text() -> None:
    for word, start, end in words(SAMPLE):
        assert SAMPLE[start:end].replace("’", "'").replace("£5,000", "5000").lower() == word
    plain = "The CHILDREN'S Hub: 24/01234/FUL, don`t"  # ASCII text takes a shorter road to the same words
    assert words(plain) == words(plain.replace("'", "’")) == [
        ("the", 0, 3), ("children's", 4, 14), ("hub", 15, 18), ("24/01234/ful", 20, 32), ("don", 34, 37), ("t", 38, 39)]


def test_the_whoosh_tokenizer_gives_the_projects_terms() -> None:
    stemmed = [token.text for token in MinutesTokenizer(stemmed=True)(SAMPLE)]
    exact = [token.text for token in MinutesTokenizer(stemmed=False)(SAMPLE)]
    assert stemmed == [term for word, _, _ in words(SAMPLE) for term in index_terms(word)]
    assert exact == [word for word, _, _ in words(SAMPLE)]


def test_only_the_maintained_whoosh_is_installed() -> None:
    assert importlib.metadata.version("whoosh-reloaded")
    with pytest.raises(importlib.metadata.PackageNotFoundError):
        importlib.metadata.version("Whoosh")


def test_a_possessive_is_its_word_even_an_acronyms() -> None:
    assert index_terms("DfT's") == index_terms("DfT") == ["dft"]
    assert index_terms("the Council’s") == index_terms("council") == ["council"]
    assert index_terms("the S106’s terms") == ["s106", "term"]  # an identifier's possessive leaves no stray "s"


def test_a_stop_word_with_s_and_contractions_are_stop_words_too() -> None:
    assert index_terms("what’s happening") == index_terms("happening")  # not "what", which no paragraph holds
    assert index_terms("it's") == index_terms("don’t") == index_terms("we've") == []
    assert index_terms("Children's") == index_terms("children")  # a word that is not a stop word stays
