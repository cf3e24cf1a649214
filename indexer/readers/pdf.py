"""Minutes PDFs: the text layer, read with pdfminer.six's layout analysis.

pdfminer groups lines into text boxes and puts a blank line between boxes and a form feed between
pages, so paragraph breaks survive extraction; the common reflow then rejoins hard-wrapped lines
and drops page numbers and running headers. Scanned PDFs have no text layer: OCR is not supported.
"""

from __future__ import annotations

import io
import logging
import re

from indexer.errors import ReadError

# pdfminer logs every font and object oddity it meets at WARNING; minutes PDFs are full of them.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


def pdf_to_text(data: bytes) -> tuple[str, list[str]]:
    """(text, warnings) of a PDF's text layer. Raises ReadError for unreadable PDFs."""
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psparser import PSException

    try:
        # Position across the page counts as much as down it: a page in two columns reads left column first.
        text = extract_text(io.BytesIO(data), laparams=LAParams(boxes_flow=0.0))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise ReadError("encrypted PDF: it needs a password to open") from None
    except (PDFSyntaxError, PSException) as error:
        raise ReadError(f"not a readable PDF, corrupt or truncated ({error})") from None
    except Exception as error:  # pdfminer raises many kinds of errors on damaged files
        raise ReadError(f"not a readable PDF, corrupt or truncated ({type(error).__name__}: {error})") from None
    if not text.replace("\f", "").strip():
        raise ReadError("no text layer; OCR is not supported (is it a scanned PDF?)")
    # A glyph the font does not map to text comes out as "(cid:N)": 127 is the standard fonts' bullet.
    text = _UNMAPPED_GLYPH.sub("", text.replace("(cid:127)", "•"))
    return text, []


_UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")
