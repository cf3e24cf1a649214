"""The shortcuts the parser takes for speed change nothing it finds: the cue words that let a rule skip a
paragraph never hide a match, and the hand-written scans (verbs, filler words, line cleaning, one-sentence
paragraphs) find what the plain patterns and Punkt find. Checked over every line, paragraph and sentence of
the sample corpus and the test documents, and over hand-written edge cases."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from indexer import headings, reflow, structure, textutil
from indexer.cues import AnyOf, Cued, Ending
from indexer.decode import decode
from indexer.enrich import kinds, speakers
from indexer.enrich.sentences import _tokenizer, sentences
from indexer.index.build import corpus_files
from indexer.parse import parse_file

ROOT = Path(__file__).resolve().parent.parent
CUED: dict[str, Cued] = {}
for _module in (kinds, speakers, structure, headings, reflow):
    for _name, _value in vars(_module).items():
        if isinstance(_value, Cued):
            CUED[f"{_module.__name__}.{_name}"] = _value
        elif isinstance(_value, AnyOf):
            CUED.update({f"{_module.__name__}.{_name}[{index}]": rule for index, rule in enumerate(_value.rules)
                         if rule.groups})  # a rule without cues is always tried: it can hide nothing


@cache
def texts() -> tuple[str, ...]:
    found: list[str] = []
    for folder in (ROOT / "corpus", ROOT / "tests" / "documents"):
        for path in corpus_files(folder):
            if path.suffix != ".pdf":  # the lines the line rules see, as well as the paragraphs
                found.extend(decode(path.read_bytes())[0].splitlines())
            meeting = parse_file(path)
            for item in meeting.items:
                for paragraph in item.paragraphs:
                    found.append(paragraph.text)
                    found.extend(sentences(paragraph.text))
    return tuple(found)


def test_every_guarded_rule_is_found() -> None:
    assert {"indexer.enrich.kinds._DECISION[0]", "indexer.enrich.kinds._PROCEDURAL[0]",
            "indexer.enrich.kinds._UNDERTAKING",
            "indexer.enrich.speakers._TOOK_CHAIR", "indexer.headings.LINK_TEXT", "indexer.structure.TRUNCATION",
            "indexer.reflow._SIGNATURE"} <= set(CUED)


@pytest.mark.parametrize("name", sorted(CUED))
def test_cues_never_hide_a_match(name: str) -> None:
    rule = CUED[name]
    matched = [text for text in texts() if rule.pattern.search(text)]
    assert matched, f"{name} matches nothing in the corpus: the check would prove nothing"
    hidden = [text for text in matched if not rule.cued(text)]
    assert not hidden, f"{name}: matches without a cue word: {hidden[:3]}"


def test_cued_search_agrees_with_the_pattern_on_hand_written_lines() -> None:
    assert kinds._DECISION.holds("The motion was carried by 7 votes to 2.")
    assert kinds._PROCEDURAL.holds("The meeting closed at 8.15pm.")
    assert not kinds._PROCEDURAL.holds("Members discussed the allotments.")
    assert speakers.took_chair("Councillor A Patel took the Chair for this item.") == "Councillor A Patel"


def test_verb_scan_finds_what_the_pattern_finds() -> None:
    for text in (*texts(), "Cllr Jones pointed out that re-asked questions were answered; 3asked, Asked."):
        assert [match.span() for match in speakers._verbs(text)] == [
            match.span() for match in speakers._VERB.finditer(text)]


# The patterns the scans replaced, kept here as the reference they must agree with.
_FILLER = re.compile(
    r"(?:\s|,|\b(?:also|then|further|subsequently|additionally|again|briefly|duly|formally|kindly|helpfully|"
    r"had|has|have|both|personally|verbally|once more|in response|in reply|in addition|however|therefore|"
    r"in turn|too|later|first|firstly|finally|lastly|then also)\b)*$",
    re.I,
)
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")

FILLER_CASES = (
    "Councillor Khan, in response,", "The Director also then also", "Cllr Jones had, however, ", "Mrs Grey in turn",
    "The Chair once more", "Xalso", "(also", "the Clerk_also", "Ms Aye firstly, finally and lastly", "in reply",
    "Cllr Bee once  more", "Mr Cee  in response", "response", "The Officer FURTHER", "", " , ",
    "Cllr Dee\u00a0also", "Cllr Ee, in addition too",
)
LINE_CASES = ("  two  spaces\tand a tab  ", "no\u00a0break\u200bspace\u00ad here", "line\r\nbreaks", "\u3000", "plain")


def _strip_filler_by_pattern(prefix: str) -> str:
    match = _FILLER.search(prefix)
    return prefix[: match.start()] if match else prefix


def test_filler_scan_strips_what_the_pattern_strips() -> None:
    prefixes = [text[:match.start()] for text in texts() for match in speakers._verbs(text)]
    for prefix in (*prefixes, *FILLER_CASES):
        assert speakers._strip_filler(prefix) == _strip_filler_by_pattern(prefix), prefix


SUBJECT_CASES = (
    "Board members", "several Committee Members", "a member of the Public", "Members of the press",
    "a representative of the Marsh Lane Allotment Society", "the local resident from Elm Row", "12 residents",
    "a local Resident", "Officers", "the officer", "fellow members", "Several Councillors", "another ward councillor",
    "Councillor Mary-Jane O’Neill", "Cllr D'", "Mr A B Smith", "J. Smith-",
    "In response, the Chair asked whether the CEO",
    "members of the public (a resident)", "The Deputy Leader (Councillor Ahmed)  ", "residents,", "Officers.",
)


def _subject_texts() -> list[str]:
    """What the subject patterns are tried on: the text before each verb, without filler words, and the same
    with a role in brackets taken off its end."""
    found = []
    for text in (*texts(), *SUBJECT_CASES):
        for prefix in [text[:match.start()] for match in speakers._verbs(text)] + [text]:
            stripped = speakers._strip_filler(prefix[-speakers.SUBJECT_REACH:]).rstrip()
            paren = speakers._PAREN_ROLE.search(stripped)
            found.extend([stripped, stripped[: paren.start()].rstrip()] if paren else [stripped])
    return found


def test_subject_patterns_are_tried_on_every_text_they_can_end() -> None:
    subjects = _subject_texts()
    rules = [("paren role", speakers._PAREN_ROLE, lambda text: text.rstrip().endswith(")"))]
    rules += [(f"unnamed {rule.pattern.pattern}", rule.pattern, rule.ends if isinstance(rule, Ending) else rule.cued)
              for rule, _ in speakers._UNNAMED]
    rules += [(name, pattern, lambda text: text[-1:] in speakers._NAME_END)
              for name, pattern in (("titled", speakers._TITLED), ("initialed", speakers._INITIALED),
                                    ("initials", speakers._INITIALS))]
    for name, pattern, tried in rules:
        matched = [text for text in subjects if pattern.search(text)]
        assert matched, f"{name} matches none of the texts: the check would prove nothing"
        skipped = [text for text in matched if not tried(text)]
        assert not skipped, f"{name}: matches a text it is not tried on: {skipped[:3]}"


def test_line_cleaning_agrees_with_the_unicode_patterns() -> None:
    def by_pattern(text: str) -> str:
        text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
        return re.sub(r" {2,}", " ", text.replace("\r", " ").replace("\n", " ")).strip()

    for text in (*texts(), *LINE_CASES):
        assert textutil.clean_inline(text) == by_pattern(text), text


def test_one_sentence_paragraphs_split_as_punkt_splits_them() -> None:
    def by_punkt(text: str) -> list[str]:
        return [sentence.strip() for sentence in _tokenizer().tokenize(text) if sentence.strip()]

    cases = ("The meeting closed at 8pm", "Agreed.", "  Noted!  ", "Why", "", "   ", "Cllr. Jones agreed.",
             "Item deferred (see above).", "He said \"yes.\"", "Why? Because it was late", "Stop! Now")
    for text in (*texts(), *cases):
        assert sentences(text) == by_punkt(text), text
