"""Bytes into text: UTF-8, UTF-16 and the Windows code page councils' older files use."""

from __future__ import annotations

import codecs

from indexer.errors import ReadError

_BINARY_CONTROL = set(range(0, 9)) | {11} | set(range(14, 32)) | {127}


def looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if not sample:
        return False
    control = sum(1 for byte in sample if byte in _BINARY_CONTROL)
    return control / len(sample) > 0.02


def decode(data: bytes) -> tuple[str, list[str]]:
    """(text, warnings). Raises ReadError for empty (or only blank) and binary input."""
    if not data.strip():
        raise ReadError("the file is empty")
    text, warnings = _decode(data)
    if not text.strip():  # str.strip() also takes the non-breaking spaces of "blank" lines
        raise ReadError("the file is empty")
    return text, warnings


def _decode(data: bytes) -> tuple[str, list[str]]:
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), []
            except UnicodeDecodeError as error:
                raise ReadError(f"not valid {encoding.upper()} text ({error.reason})") from None
    sample = data[:4096]
    if len(sample) >= 4 and sample[1::2].count(0) > len(sample) // 4 and sample[0::2].count(0) == 0:
        return data.decode("utf-16-le", errors="replace"), ["UTF-16 text without a byte-order mark"]
    if looks_binary(data):
        raise ReadError("binary data, not text (is it a document saved under the wrong name?)")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), ["not UTF-8: read as Windows-1252 (cp1252)"]
