"""One entry point: a minutes file (or its bytes) into a Meeting, whatever its format."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import cache
from importlib.metadata import version
from pathlib import Path

from indexer.decode import decode
from indexer.enrich import enrich
from indexer.errors import ReadError
from indexer.model import Meeting, meeting_id, paragraph_id
from indexer.readers.detect import detect_format
from indexer.readers.html import read_html, read_moderngov_html
from indexer.readers.moderngov_table import read_moderngov_table
from indexer.readers.moderngov_xml import read_moderngov_xml
from indexer.readers.pdf import pdf_to_text
from indexer.readers.text import read_moderngov_text, read_text
from indexer.sidecar import SIDECAR_SUFFIX, read_sidecar
from indexer.structure import DraftMeeting, add_attendance_from_items

MAX_MEGABYTES = 25
KNOWN_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".htm", ".html", ".xhtml", ".xml", ".pdf", ""}

_TEXT_READERS: dict[str, Callable[[str], DraftMeeting]] = {
    "text": read_text,
    "moderngov-text": read_moderngov_text,
    "moderngov-table": read_moderngov_table,
    "moderngov-html": read_moderngov_html,
    "html": read_html,
    "moderngov-xml": read_moderngov_xml,
}


# What reads minutes into the data model besides the project's own code (its modules outside index/, search/
# and harvest/): a new version of any of them may read the same file differently.
_READING_LIBRARIES = ("pdfminer.six", "beautifulsoup4", "lxml", "nltk")


@cache
def parser_fingerprint() -> str:
    """A digest of the parser's code and the libraries it reads with. An index records the fingerprint it was
    built with, so that after an upgrade every file is read again, not only the files that changed."""
    package = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted([*package.glob("*.py"), *package.glob("readers/*.py"), *package.glob("enrich/*.py")]):
        if path.name != "cli.py":
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    for library in _READING_LIBRARIES:
        digest.update(f"{library}={version(library)}".encode())
    return digest.hexdigest()[:16]


def is_sidecar(path: Path) -> bool:
    return path.name.endswith(SIDECAR_SUFFIX)


def parse_file(path: Path | str, source: str | None = None) -> Meeting:
    """Parse one document. Raises ReadError, with the reason, when it cannot be read as minutes."""
    path = Path(path)
    if path.is_dir():
        raise ReadError("is a folder, not a document")
    try:
        size = path.stat().st_size
        if size > MAX_MEGABYTES * 1024 * 1024:
            raise ReadError(f"{size / 1024 / 1024:.1f} MB is over the {MAX_MEGABYTES} MB limit for one document")
        data = path.read_bytes()
    except OSError as error:
        raise ReadError(f"cannot be read: {error.strerror or error}") from None
    sidecar, sidecar_warnings = read_sidecar(path)
    meeting = parse_bytes(data, source or path.as_posix())
    if path.suffix.lower() not in KNOWN_SUFFIXES:
        meeting.warnings.insert(0, f"unknown extension {path.suffix!r}: read as {meeting.format} from its content")
    for key, value in sidecar.items():
        setattr(meeting, key, value)
    meeting.warnings.extend(sidecar_warnings)
    if meeting.panel is None:
        meeting.warnings.append("no panel: the text does not name the committee")
    if meeting.date is None:
        meeting.warnings.append("no meeting date: the text states none")
    return meeting


def parse_bytes(data: bytes, source: str) -> Meeting:
    """Parse a document's bytes; `source` names it in the model and in paragraph ids."""
    warnings: list[str] = []
    opening = data[:1024].lstrip()[:5]  # not a copy of the whole document
    if opening == b"%PDF-":
        text, warnings = pdf_to_text(data)
        fmt = "pdf"
        draft = read_text(text)
    else:
        if data[:4] == b"PK\x03\x04":
            raise ReadError("a ZIP or Office document (.docx/.odt): save the minutes as PDF, HTML or text")
        if opening == b"{\\rtf":
            raise ReadError("a Rich Text (RTF) document: save the minutes as PDF, HTML or text")
        text, warnings = decode(data)
        fmt = detect_format(data, text)
        if fmt == "unknown-xml":
            raise ReadError("XML that is not a ModernGov GetMeeting response")
        draft = _TEXT_READERS[fmt](text)
    if not any(item.paragraphs for item in draft.items):
        what = "HTML page" if "html" in fmt else "document"
        raise ReadError(f"the {what} holds no minutes: no item or paragraph of minutes text was found")
    return _assemble(draft, source, fmt, warnings)


def _assemble(draft: DraftMeeting, source: str, fmt: str, warnings: list[str]) -> Meeting:
    add_attendance_from_items(draft)
    header = draft.header
    mid = meeting_id(source)
    meeting = Meeting(
        id=mid, source=source, format=fmt, council=header.council, panel=header.panel, date=header.date,
        time=header.time, venue=header.venue, contact=header.contact, attendees=draft.attendees,
        items=draft.items, warnings=list(warnings),
    )
    for item_index, item in enumerate(meeting.items):
        for paragraph_index, paragraph in enumerate(item.paragraphs):
            paragraph.id = paragraph_id(mid, item_index, paragraph_index)
        if item.truncated:
            meeting.warnings.append(
                f"item {item.number or item_index + 1}: the page cut the minutes short (see the full minutes)"
            )
    enrich(meeting)
    return meeting
