"""Golden tests: each document's expected values, written by reading it (tests/golden/README.md)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from indexer.parse import parse_file

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = sorted((ROOT / "tests" / "golden").glob("*/*.expected.json"))


def _load(path: Path) -> tuple[dict, object]:
    expected = json.loads(path.read_text(encoding="utf-8"))
    document = expected["document"]
    return expected, parse_file(ROOT / document, source=document)


@pytest.fixture(params=GOLDEN, ids=lambda path: f"{path.parent.name}/{path.name.split('.')[0]}")
def golden(request: pytest.FixtureRequest) -> tuple[dict, object]:
    return _load(request.param)


def test_format(golden):
    expected, meeting = golden
    assert meeting.format == expected["format"]


def test_meeting_header(golden):
    check_header(*golden)


def test_attendees(golden):
    expected, meeting = golden
    if "attendees" not in expected:
        pytest.skip("no attendance in this document")
    check_attendees(expected, meeting)


def test_items(golden):
    check_items(*golden)


def test_paragraphs_exact(golden):
    check_paragraphs_exact(*golden)


def test_paragraphs_containing(golden):
    check_paragraphs_containing(*golden)


def test_not_in_paragraphs(golden):
    check_not_in_paragraphs(*golden)


def test_paragraph_kinds_and_speakers(golden):
    check_paragraph_kinds_and_speakers(*golden)


def check_header(expected, meeting):
    for key, value in expected.get("meeting", {}).items():
        assert getattr(meeting, key) == value, key


def check_attendees(expected, meeting):
    got = Counter(json.dumps(person, sort_keys=True) for person in (a.__dict__ for a in meeting.attendees))
    want = Counter(json.dumps(person, sort_keys=True) for person in expected.get("attendees", []))
    assert got == want


def check_items(expected, meeting):
    got = []
    for item in meeting.items:
        fields = {"number": item.number, "title": item.title, "type": item.type, "truncated": item.truncated,
                  "paragraph_count": len(item.paragraphs), "agenda_text": item.agenda_text}
        got.append(fields)
    want = expected["items"]
    assert [g["title"] for g in got] == [w.get("title", g["title"]) for g, w in zip(got, want, strict=False)]
    assert len(got) == len(want)
    for index, (g, w) in enumerate(zip(got, want, strict=True)):
        for key, value in w.items():
            assert g[key] == value, f"item {index} ({w.get('title')}): {key}"


def check_paragraphs_exact(expected, meeting):
    for check in expected.get("paragraphs_exact", []):
        texts = [p.text for p in meeting.items[check["item"]].paragraphs]
        assert check["text"] in texts, f"item {check['item']}: no paragraph is exactly {check['text'][:80]!r}"


def check_paragraphs_containing(expected, meeting):
    for check in expected.get("paragraphs_containing", []):
        texts = [p.text for p in meeting.items[check["item"]].paragraphs]
        assert any(check["text"] in text for text in texts), (
            f"item {check['item']}: no paragraph contains {check['text'][:80]!r}"
        )


def check_not_in_paragraphs(expected, meeting):
    texts = [p.text for item in meeting.items for p in item.paragraphs]
    for forbidden in expected.get("not_in_paragraphs", []):
        assert not any(forbidden in text for text in texts), forbidden


def check_paragraph_kinds_and_speakers(expected, meeting):
    for check in expected.get("paragraph_kinds", []):
        found = [p for p in meeting.items[check["item"]].paragraphs if check["text"] in p.text]
        assert found, f"item {check['item']}: no paragraph contains {check['text'][:80]!r}"
        paragraph = found[0]
        missing = set(check.get("kinds", [])) - set(paragraph.kinds)
        assert not missing, f"{check['text'][:60]!r}: kinds {paragraph.kinds} lack {sorted(missing)}"
        unwanted = set(check.get("not_kinds", [])) & set(paragraph.kinds)
        assert not unwanted, f"{check['text'][:60]!r}: kinds {paragraph.kinds} include {sorted(unwanted)}"
        if "speakers" in check:
            assert [s["label"] for s in paragraph.speakers] == check["speakers"], check["text"][:60]
