"""Which reader a document needs, decided from its content rather than its file name."""

from __future__ import annotations

import re

_HTML = re.compile(r"<\s*(?:!doctype\s+html|html|body|p|div|h[1-6]|table)\b", re.I)
_GETMEETING = re.compile(r"<\s*(?:\w+:)?(?:getmeeting\b|meetingdate\s*>)", re.I)
_MODERNGOV_HTML = re.compile(r"\bmg(?:ItemTable|AiTitleTxt|SubTitleTxt|WordPara|ItemNumberCell)\b")
_TABLE_ROW_END = re.compile(r"\s\|\s*$", re.M)
_NUMBER_LINE = re.compile(r"^\s*\d{1,4}(?:/\d{1,4})?\.?\s*$", re.M)


def detect_format(data: bytes, text: str | None) -> str:
    """One of the formats in docs/format.md. `text` is the decoded text (None for binary input)."""
    if data.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if text is None:
        return "unknown"
    head = text[:20000]
    if _GETMEETING.search(head):
        return "moderngov-xml"
    if head.lstrip().startswith("<?xml") and not _HTML.search(head):
        return "unknown-xml"
    if _HTML.search(head) and head.count("<") > 5:
        return "moderngov-html" if _MODERNGOV_HTML.search(text) else "html"
    if re.search(r"^\s*No\.\s*\|\s*Item\s*\|", head, re.M) or (
        len(_TABLE_ROW_END.findall(head)) >= 3 and "Minutes:" in head
    ):
        return "moderngov-table"
    if re.match(r"\s*Agenda and minutes\b", text) or (
        len(_NUMBER_LINE.findall(head)) >= 2 and len(re.findall(r"^\s*Minutes:\s*$", head, re.M)) >= 2
    ):
        return "moderngov-text"
    return "text"
