"""Minutes PDFs: a PDF typeset in the test from one of our text documents must read the same as the text."""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.sax.saxutils import escape

from indexer.parse import parse_file
from tests.pdfmaker import make_minutes_pdf
from tests.test_golden import (
    check_attendees,
    check_header,
    check_items,
    check_not_in_paragraphs,
    check_paragraphs_containing,
    check_paragraphs_exact,
)

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "tests" / "documents" / "text" / "district_planning.txt"
EXPECTED = ROOT / "tests" / "golden" / "text" / "district_planning.expected.json"


def _typeset(path: Path) -> Path:
    """Each blank-line paragraph of the text becomes a PDF paragraph; minute headings are set as headings."""
    blocks = []
    for index, chunk in enumerate(SOURCE.read_text(encoding="utf-8").split("\n\n")):
        for line in [chunk] if not re.match(r"\d\. ", chunk) else chunk.split("\n"):
            text = " ".join(line.split())
            if not text:
                continue
            style = "title" if index == 0 else "heading" if re.match(r"\d+\. [A-Z0-9/ –,]+$", text) else "body"
            blocks.append((style, escape(text)))
    return make_minutes_pdf(path, blocks, "Ashby District Council – Planning Committee – 12 June 2024")


def test_pdf_reads_like_its_text(tmp_path):
    pdf = _typeset(tmp_path / "district_planning.pdf")
    meeting = parse_file(pdf)
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    assert meeting.format == "pdf"
    check_header(expected, meeting)
    check_attendees(expected, meeting)
    check_items(expected, meeting)
    check_paragraphs_exact(expected, meeting)
    check_paragraphs_containing(expected, meeting)
    check_not_in_paragraphs(expected, meeting)


def test_pdf_page_furniture_is_dropped(tmp_path):
    meeting = parse_file(_typeset(tmp_path / "m.pdf"))
    texts = [p.text for item in meeting.items for p in item.paragraphs]
    assert not any(re.search(r"\bPage \d+\b", text) for text in texts)
    assert not any("Ashby District Council – Planning Committee – 12 June 2024" in text for text in texts)
