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


def make_two_column_pdf(path: Path, title: str, items: list[tuple[str, str]]) -> Path:
    """A title across the top of one page, then (heading, text) items set in two newspaper columns."""
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate

    styles = getSampleStyleSheet()
    width, height = A4
    margin, gap = 56, 18
    column = (width - 2 * margin - gap) / 2
    doc = BaseDocTemplate(str(path), pagesize=A4)
    doc.addPageTemplates([PageTemplate("two", [
        Frame(margin, height - margin - 40, width - 2 * margin, 40, id="title"),
        Frame(margin, margin, column, height - 2 * margin - 40, id="left"),
        Frame(margin + column + gap, margin, column, height - 2 * margin - 40, id="right")])])
    story = [Paragraph(title, styles["Heading2"]), FrameBreak()]
    for heading, text in items:
        story += [Paragraph(heading, styles["Heading4"]), Paragraph(text, styles["BodyText"])]
    doc.build(story)
    return path


def make_footed_pdf(path: Path, pages: list[list[str]], footer: str) -> Path:
    """Pages of body lines, each page with `footer` and its page number at the foot ("{footer} – page N")."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    for number, lines in enumerate(pages, 1):
        canvas.setFont("Helvetica", 10)
        for row, line in enumerate(lines):
            canvas.drawString(72, 780 - 14 * row, line)
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, 40, f"{footer} – page {number}")
        canvas.showPage()
    canvas.save()
    return path


def make_hanging_indent_pdf(path: Path, title: str, items: list[tuple[str, str, list[str]]], justified: bool) -> Path:
    """Minutes numbered as a word processor sets them: (number, heading, paragraphs), each heading and each
    "N.n" paragraph with its number in the margin and its lines hanging at the indent, 7 points between
    paragraphs, justified or ragged right."""
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=14, spaceAfter=7,
                          alignment=TA_JUSTIFY if justified else TA_LEFT)
    heading = ParagraphStyle("heading", parent=body, fontName="Helvetica-Bold", leftIndent=34,
                             firstLineIndent=-34, spaceBefore=8)
    numbered = ParagraphStyle("numbered", parent=body, leftIndent=68, firstLineIndent=-34)
    gap = "\u00a0" * 4
    story = [Paragraph(title, ParagraphStyle("title", parent=body, fontName="Helvetica-Bold"))]
    for number, text, paragraphs in items:
        story.append(Paragraph(f"{number}.{gap}{text}", heading))
        story += [Paragraph(f"{number}.{index}{gap}{paragraph}", numbered)
                  for index, paragraph in enumerate(paragraphs, 1)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def make_grid_minutes_pdf(path: Path, title: str, rows: list[tuple[str, str, str, str]]) -> Path:
    """Minutes set as one bordered table, as town and parish councils type them in a word processor:
    a heading row "Minute No. | Minute | Action", then (number, title, text, action) rows."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    styles = getSampleStyleSheet()
    cell = styles["BodyText"]
    data = [["Minute No.", "Minute", "Action"]]
    data += [[number, Paragraph(f"<b>{heading}</b><br/>{text}", cell), Paragraph(action, cell)]
             for number, heading, text, action in rows]
    table = Table(data, colWidths=[80, 320, 80])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph(title, styles["Heading2"]), table])
    return path


def make_minutes_with_table_pdf(path: Path, before: list[str], table: list[list[str]], after: list[str],
                                widths: tuple[int, ...] = (40, 200, 90, 110)) -> Path:
    """Minutes paragraphs, a bordered table of short cells (its heading row repeated on every page it runs onto,
    cells set to the top of their row as word processors do), then more paragraphs; "Page N" at each foot."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    body = getSampleStyleSheet()["BodyText"]
    grid = Table([[Paragraph(cell, body) for cell in row] for row in table], repeatRows=1,
                 colWidths=list(widths))
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))

    def furniture(canvas, document) -> None:
        canvas.setFont("Helvetica", 8)
        canvas.drawString(280, 30, f"Page {document.page}")

    story = [Paragraph(text, body) for text in before] + [grid] + [Paragraph(text, body) for text in after]
    SimpleDocTemplate(str(path), pagesize=A4).build(story, onFirstPage=furniture, onLaterPages=furniture)
    return path


def make_gutter_minutes_pdf(path: Path, header: str, minutes: list[tuple[str, str, list[str]]],
                            actions: list[str] | None = None) -> Path:
    """Minutes typed in a word processor as a borderless table: each minute's number alone in a narrow left
    column, its bold title beside it and each paragraph a row of its own below the title, spaced after;
    a running header at the top of the page. With `actions`, a third column names who acts on each minute,
    beside its last paragraph."""
    from reportlab.platypus import Spacer, Table, TableStyle

    body = getSampleStyleSheet()["BodyText"]
    body.alignment = TA_JUSTIFY

    def furniture(canvas, document) -> None:
        canvas.setFont("Helvetica", 8.5)
        canvas.drawString(62, 805, header)

    action_style = getSampleStyleSheet()["BodyText"]
    story: list = []
    for index, (number, title, paragraphs) in enumerate(minutes):
        rows = [[Paragraph(f"<b>{number}</b>", body), Paragraph(f"<b>{title}</b>", body)]]
        rows += [["", Paragraph(paragraph, body)] for paragraph in paragraphs]
        widths = [77, 390]
        if actions is not None:
            widths = [60, 330, 80]
            for row in rows:
                row.append("")
            rows[-1][-1] = Paragraph(actions[index], action_style)
        table = Table(rows, colWidths=widths)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
        story += [table, Spacer(1, 4)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story, onFirstPage=furniture, onLaterPages=furniture)
    return path
