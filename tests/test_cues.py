"""The cue words that let the kind and speaker rules skip a paragraph never hide a match, and the verb
scan finds what the plain pattern finds: checked over every paragraph and sentence of the sample corpus
and the test documents."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from indexer.enrich import kinds, speakers
from indexer.enrich.cues import Cued
from indexer.enrich.sentences import sentences
from indexer.index.build import corpus_files
from indexer.parse import parse_file

ROOT = Path(__file__).resolve().parent.parent
CUED = {f"{module.__name__}.{name}": value for module in (kinds, speakers)
        for name, value in vars(module).items() if isinstance(value, Cued)}


@cache
def texts() -> tuple[str, ...]:
    found: list[str] = []
    for folder in (ROOT / "corpus", ROOT / "tests" / "documents"):
        for path in corpus_files(folder):
            meeting = parse_file(path)
            for item in meeting.items:
                for paragraph in item.paragraphs:
                    found.append(paragraph.text)
                    found.extend(sentences(paragraph.text))
    return tuple(found)


def test_every_guarded_rule_is_found() -> None:
    assert {"indexer.enrich.kinds._DECISION", "indexer.enrich.kinds._PROCEDURAL",
            "indexer.enrich.speakers._TOOK_CHAIR"} <= set(CUED)


@pytest.mark.parametrize("name", sorted(CUED))
def test_cues_never_hide_a_match(name: str) -> None:
    rule = CUED[name]
    matched = [text for text in texts() if rule.pattern.search(text)]
    assert matched, f"{name} matches nothing in the corpus: the check would prove nothing"
    hidden = [text for text in matched if not rule.cued(text)]
    assert not hidden, f"{name}: matches without a cue word: {hidden[:3]}"


def test_cued_search_agrees_with_the_pattern_on_hand_written_lines() -> None:
    assert kinds._DECISION.search("The motion was carried by 7 votes to 2.")
    assert kinds._PROCEDURAL.search("The meeting closed at 8.15pm.")
    assert not kinds._PROCEDURAL.search("Members discussed the allotments.")
    assert speakers.took_chair("Councillor A Patel took the Chair for this item.") == "Councillor A Patel"


def test_verb_scan_finds_what_the_pattern_finds() -> None:
    for text in (*texts(), "Cllr Jones pointed out that re-asked questions were answered; 3asked, Asked."):
        assert [match.span() for match in speakers._verbs(text)] == [
            match.span() for match in speakers._VERB.finditer(text)]
