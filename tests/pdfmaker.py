"""Minutes PDFs made in the tests, laid out as councils' own are (reportlab)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate


def make_minutes_pdf(path: Path, blocks: list[tuple[str, str]], running_header: str) -> Path:
    """`blocks` are (style, text) with style "title", "heading" or "body"; every page carries the
    running header at the top and "Page N" at the bottom."""
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    body.alignment = TA_JUSTIFY
    style_of = {"title": styles["Heading2"], "heading": styles["Heading3"], "body": body}

    def furniture(canvas, document) -> None:
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, 810, running_header)
        canvas.drawString(280, 30, f"Page {document.page}")

    story = [Paragraph(text, style_of[style]) for style, text in blocks]
    SimpleDocTemplate(str(path), pagesize=A4).build(story, onFirstPage=furniture, onLaterPages=furniture)
    return path


def make_scanned_pdf(path: Path) -> Path:
    """A PDF with pages but no text layer, as a scanner makes."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    for _ in range(2):
        canvas.rect(72, 400, 400, 300, fill=1)
        canvas.showPage()
    canvas.save()
    return path
