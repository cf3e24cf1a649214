"""Bad input: each case gets a clear error or warning naming the reason, and none stops the others."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from indexer.errors import ReadError
from indexer.parse import parse_file
from tests.pdfmaker import make_minutes_pdf, make_scanned_pdf

ROOT = Path(__file__).resolve().parent.parent
GOOD = ROOT / "corpus" / "000_c9844fe6f421f4b2.txt"
SHORT_MINUTES = (
    "Minutes of the meeting of the Licensing Committee held at the Town Hall on Tuesday 4 March 2025 at 2pm\n\n"
    "1. Apologies for Absence\n\nApologies were received from Councillor Brown.\n\n"
    "2. Premises Licence – The Crown, High Street\n\n"
    "The Licensing Manager presented the report. The Committee heard from the applicant’s agent.\n\n"
    "RESOLVED that the licence be granted.\n"
)


def _error(path: Path) -> str:
    with pytest.raises(ReadError) as caught:
        parse_file(path)
    return str(caught.value)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert _error(path) == "the file is empty"


def test_whitespace_only_file_is_empty(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("\n \u00a0\n\t\n", encoding="utf-8")
    assert _error(path) == "the file is empty"


def test_binary_junk_with_txt_name(tmp_path):
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(256)) * 64)
    assert "binary data, not text" in _error(path)


def test_unknown_extension_with_minutes_text_is_read_with_a_warning(tmp_path):
    path = tmp_path / "minutes.dat"
    path.write_text(SHORT_MINUTES, encoding="utf-8")
    meeting = parse_file(path)
    assert meeting.panel == "Licensing Committee"
    assert meeting.date == "2025-03-04"
    assert any("unknown extension '.dat'" in warning for warning in meeting.warnings)


def test_office_document_is_refused_with_advice(tmp_path):
    path = tmp_path / "minutes.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    assert "save the minutes as PDF, HTML or text" in _error(path)


def test_rich_text_is_refused_with_advice_not_indexed_as_control_words(tmp_path):
    path = tmp_path / "minutes.rtf"
    path.write_bytes(b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Arial;}}\\pard Minutes of the Board held on 23 November "
                     b"2022\\par 1. Apologies\\par None.\\par}")
    assert _error(path) == "a Rich Text (RTF) document: save the minutes as PDF, HTML or text"


def test_truncated_pdf(tmp_path):
    whole = make_minutes_pdf(tmp_path / "whole.pdf", [("body", "The Clerk reported on the precept.")] * 40,
                             "Parish Council Minutes")
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 3])
    message = _error(cut)
    assert "PDF" in message and ("corrupt or truncated" in message or "no text layer" in message)


def test_corrupt_pdf(tmp_path):
    path = tmp_path / "corrupt.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 20)
    assert "PDF" in _error(path)


def test_scanned_pdf_without_text_layer(tmp_path):
    path = make_scanned_pdf(tmp_path / "scan.pdf")
    assert _error(path) == "no text layer; OCR is not supported (is it a scanned PDF?)"


def test_cp1252_text_is_read_with_a_warning(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes(SHORT_MINUTES.encode("cp1252"))
    meeting = parse_file(path)
    assert any("cp1252" in warning for warning in meeting.warnings)
    texts = [p.text for item in meeting.items for p in item.paragraphs]
    assert "The Licensing Manager presented the report. The Committee heard from the applicant’s agent." in texts


def test_utf16_text_is_read(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes(SHORT_MINUTES.encode("utf-16"))
    assert parse_file(path).date == "2025-03-04"


def test_html_without_minutes(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><head><title>Contact us</title></head><body><nav><a href='/'>Home</a></nav>"
                    "<form><input name='q'></form></body></html>", encoding="utf-8")
    assert "holds no minutes" in _error(path)


def test_huge_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    assert "50.0 MB is over the 25 MB limit" in _error(path)


def test_missing_file(tmp_path):
    assert "cannot be read" in _error(tmp_path / "nowhere.txt")


def test_cli_reports_each_failure_and_goes_on(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 8)
    result = subprocess.run(
        [sys.executable, "-m", "indexer.cli", "parse", str(empty), str(GOOD), str(junk), "--json"],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert result.returncode == 1
    assert len(result.stdout.splitlines()) == 1  # the good file was still parsed
    errors = result.stderr.splitlines()
    assert errors == [f"minutes parse: {empty}: the file is empty",
                      f"minutes parse: {junk}: binary data, not text (is it a document saved under the wrong name?)"]
    assert "Traceback" not in result.stderr
