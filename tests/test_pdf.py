"""Minutes PDFs: a PDF typeset in the test from one of our text documents must read the same as the text."""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

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
    # The text names no council; the PDF's running header does: "Ashby District Council – Planning Committee – …"
    expected["meeting"]["council"] = "Ashby District Council"
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


def test_a_page_in_two_columns_reads_the_left_column_first(tmp_path):
    from tests.pdfmaker import make_two_column_pdf

    body = ("Members discussed the report at some length and the Town Clerk answered their questions about "
            "the costs, the timetable and the consultation that would follow in the summer months. ")
    items = [(f"{number}. {title}", body * (1 + number % 3)) for number, title in enumerate(
        ["APOLOGIES", "MINUTES", "FINANCE", "ALLOTMENTS", "PLANNING", "CCTV", "PARKS", "CLOSE"], 1)]
    meeting = parse_file(make_two_column_pdf(tmp_path / "two.pdf", "Minutes of the Town Council held on "
                                             "20 May 2024", items))
    assert [item.number for item in meeting.items] == [f"{number}." for number in range(1, 9)]


def test_bullets_in_a_standard_font_and_a_footer_with_its_page_number_on_every_page(tmp_path):
    from tests.pdfmaker import make_footed_pdf

    pages = [["Minutes of the Licensing Committee held on 20 May 2024", "", "1. FLY-TIPPING",
              "The Head of Service reported:", "• incidents had risen by 14 per cent;",
              "• fixed penalties had doubled."],
             ["2. CLOSE", "The meeting closed at 9pm."]]
    meeting = parse_file(make_footed_pdf(tmp_path / "footed.pdf", pages, "Licensing Committee – 20 May 2024"))
    texts = [p.text for item in meeting.items for p in item.paragraphs]
    assert not any("(cid:" in text or "Licensing Committee – 20 May 2024" in text for text in texts)
    assert any("· incidents had risen by 14 per cent;" in text for text in texts), texts


@pytest.mark.parametrize("justified", [True, False], ids=["justified", "ragged-right"])
def test_a_paragraph_with_its_number_hanging_in_the_margin_is_one_paragraph(tmp_path, justified):
    """pdfminer boxes together only lines sharing an edge, so the first line of a hanging paragraph comes
    out alone; read as a paragraph of its own, "Councillor" / "Joan Fairweather attended ..." fell apart."""
    from tests.pdfmaker import make_hanging_indent_pdf

    apologies = ("Apologies for absence were received from Councillor Keith Eames and Councillor Mary Hope. "
                 "Councillor Joan Fairweather attended as substitute.")
    declarations = ("Councillor Hurst declared a non-registrable interest in application 24/01567/HOU as the "
                    "applicant was a near neighbour, and withdrew from the meeting for that item.")
    noted = "The Committee noted the appeal decisions received since the last meeting."
    title = ("24/01234/FUL – LAND NORTH OF MILL LANE, STOKE FERRY – ERECTION OF 45 DWELLINGS WITH ASSOCIATED "
             "ACCESS, OPEN SPACE AND DRAINAGE")
    officer = ("The Principal Planning Officer presented the report and drew Members' attention to the late "
               "representations schedule, which reported two further objections from residents of Mill Lane.")
    pdf = make_hanging_indent_pdf(tmp_path / "hanging.pdf", "Minutes of the Planning Committee held on 14 "
                                  "January 2025", [("1", "APOLOGIES FOR ABSENCE", [apologies]),
                                                   ("2", "DECLARATIONS OF INTEREST", [declarations, noted]),
                                                   ("3", title, [officer])], justified)
    meeting = parse_file(pdf)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1.", "APOLOGIES FOR ABSENCE"), ("2.", "DECLARATIONS OF INTEREST"), ("3.", title)]
    assert [[paragraph.text for paragraph in item.paragraphs] for item in meeting.items] == [
        [f"1.1 {apologies}"], [f"2.1 {declarations}", f"2.2 {noted}"], [f"3.1 {officer}"]]


def test_minutes_set_as_a_table_read_row_by_row(tmp_path):
    """pdfminer reads a grid a column at a time: every minute number, then every minute, then every action."""
    from tests.pdfmaker import make_grid_minutes_pdf

    rows = [
        ("FC/24/112", "Apologies for absence", "Apologies were received and accepted from Cllr Ian Pearce and "
         "Cllr Sue Quinn.", ""),
        ("FC/24/113", "Police report", "PCSO Rendell reported 27 crimes in the town in January, including four shed "
         "burglaries on the Northgate allotments. The Town Clerk will contact the CCTV contractor to arrange a "
         "repair, as the Mayor said would be considered under item FC/24/114.", "Town Clerk"),
        ("FC/24/114", "Grants 2025/26", "RESOLVED to award grants totalling £14,750 to local organisations as "
         "recommended by the Finance and General Purposes Committee.", "Deputy Town Clerk"),
        ("FC/24/115", "Date of next meeting", "Monday 10th March 2025 at 7.00pm in the Assembly Room.", ""),
    ]
    meeting = parse_file(make_grid_minutes_pdf(tmp_path / "grid.pdf", "Hexford Town Council: Minutes of the Full "
                                               "Council meeting held on Monday 10th February 2025", rows))
    assert [(item.number, item.title) for item in meeting.items] == [(number, title) for number, title, _, _ in rows]
    police = [paragraph.text for paragraph in meeting.items[1].paragraphs]
    assert police[0].startswith("PCSO Rendell reported 27 crimes") and police[0].endswith("under item FC/24/114.")
    assert police[1:] == ["Town Clerk"]  # the action column stays in its row
    assert [paragraph.text for paragraph in meeting.items[3].paragraphs] == [rows[3][2]]



def test_minutes_with_their_numbers_in_a_left_column_keep_each_paragraph_under_its_own_minute(tmp_path):
    """A word processor's borderless table: the number alone in a narrow left column, the title and each
    paragraph in rows beside it. pdfminer read the next minute's number and title before the resolution of
    the one above, and every resolution was filed a minute down."""
    from tests.pdfmaker import make_gutter_minutes_pdf

    minutes = [
        ("CSS/24/18", "Minutes", ["Resolved: That the minutes of the meeting held on 16 April 2024 be confirmed "
                                  "as a correct record."]),
        ("CSS/24/19", "Education, Health and Care Plans – Recovery Plan", [
            "The Assistant Director – SEND and Inclusion presented the recovery plan. Its target was that 60 per "
            "cent of new plans be issued within 20 weeks by March 2025 and 75 per cent by March 2026.",
            "Resolved: That the recovery plan be endorsed."]),
        ("CSS/24/20", "Larkfield House", ["The Head of Service reported that the home would reopen in February "
                                          "2025.", "Resolved: That the report be noted."]),
    ]
    meeting = parse_file(make_gutter_minutes_pdf(tmp_path / "gutter.pdf", "Children's Services Scrutiny Committee "
                                                 "– 9 July 2024", minutes))
    assert [(item.number, item.title) for item in meeting.items] == [(number, title) for number, title, _ in minutes]
    for item, (_, _, paragraphs) in zip(meeting.items, minutes, strict=True):
        assert [re.sub(r"\s+", " ", paragraph.text) for paragraph in item.paragraphs] == paragraphs


def test_minutes_with_their_numbers_in_a_left_column_and_an_action_column_keep_each_paragraph_in_order(tmp_path):
    """The same with a third column naming who acts, beside each minute's last paragraph: an action of two
    lines is no minute, and the resolution above the next minute's number stays in its own minute."""
    from tests.pdfmaker import make_gutter_minutes_pdf

    minutes = [
        ("OSC/40", "Library opening hours", ["Members discussed the consultation on opening hours at the four branch "
                                             "libraries and the responses from the friends' groups.",
                                             "RESOLVED: That the proposals be supported."]),
        ("OSC/41", "Highways maintenance", ["The Director of Place reported that 1,240 potholes had been repaired "
                                            "since January, against a target of 1,500.",
                                            "RESOLVED: That a further report be brought in June."]),
        ("OSC/42", "Work programme", ["RESOLVED: That the work programme be agreed."]),
    ]
    actions = ["Head of Libraries", "Director of Place and Head of Highways", "Scrutiny Officer"]
    meeting = parse_file(make_gutter_minutes_pdf(tmp_path / "actions.pdf", "Overview and Scrutiny Committee – "
                                                 "12 March 2024", minutes, actions))
    assert [(item.number, item.title) for item in meeting.items] == [(number, title) for number, title, _ in minutes]
    for item, (_, _, paragraphs), action in zip(meeting.items, minutes, actions, strict=True):
        assert [re.sub(r"\s+", " ", paragraph.text) for paragraph in item.paragraphs] == [*paragraphs, action]


def test_a_record_of_decisions_in_two_columns_reads_the_left_column_first():
    """A title, the attendance and a footer across the page, the decisions in two columns, the last of the left
    column running on at the top of the right: pdfminer put the right column first (tests/documents/pdf/
    cabinet_decisions_two_columns.pdf, made with reportlab as a city council's record of decisions is laid out)."""
    meeting = parse_file(ROOT / "tests" / "documents" / "pdf" / "cabinet_decisions_two_columns.pdf")
    assert [item.number for item in meeting.items] == [None, *(f"CAB/24/{number}" for number in range(118, 125))]
    assert [paragraph.text for paragraph in meeting.items[0].paragraphs] == [  # when the decisions take effect
        "Date of publication: 6 December 2024 Call-in deadline: 5.00 pm, 13 December 2024"]
    leisure = [paragraph.text for paragraph in meeting.items[5].paragraphs]
    assert leisure[-1].startswith("Alternative options considered and rejected: Immediate re-procurement")


def test_a_table_of_short_cells_reads_row_by_row_under_its_headings_over_a_page_break(tmp_path):
    """An audit committee's findings table inside minute 45: pdfminer makes every cell a box of its own, so the
    rows came out a cell to a paragraph and the row numbers ("1") took over the items from minutes 41 to 49."""
    from tests.pdfmaker import make_minutes_with_table_pdf

    filler = ("The Head of Internal Audit presented the report, which gave limited assurance on payroll. Testing had "
              "found fourteen leavers who had been paid for at least one month after leaving the Council. ") * 3
    before = ["Minutes of the Audit and Governance Committee held on 26 March 2024",
              "41. Apologies for absence", "Apologies were received from Councillor Janet Oduwole.",
              "42. Declarations of interest", "There were no declarations of interest.",
              "43. Internal audit – Payroll (limited assurance)"] + [filler] * 7
    table = [["Rec", "Finding", "Priority", "Agreed date"],
             ["1", "Leavers notified late to payroll", "High", "30 June 2024"],
             ["2", "Bank detail changes not independently verified", "High", "31 May 2024"],
             ["3", "Overtime claims approved by the claimant's own team", "Medium", "30 September 2024"]]
    after = ["RESOLVED that the report be noted.", "44. Strategic risk register",
             "The Director of Finance presented the register. Cyber security remained the highest risk."]
    pdf = make_minutes_with_table_pdf(tmp_path / "audit.pdf", before, table, after)
    meeting = parse_file(pdf)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("41.", "Apologies for absence"), ("42.", "Declarations of interest"),
        ("43.", "Internal audit – Payroll (limited assurance)"), ("44.", "Strategic risk register")]
    rows = [paragraph.text for paragraph in meeting.items[2].paragraphs if paragraph.text.startswith("Rec")]
    assert rows == [
        "Rec: 1; Finding: Leavers notified late to payroll; Priority: High; Agreed date: 30 June 2024",
        "Rec: 2; Finding: Bank detail changes not independently verified; Priority: High; Agreed date: 31 May 2024",
        "Rec: 3; Finding: Overtime claims approved by the claimant's own team; Priority: Medium; "
        "Agreed date: 30 September 2024"]
    assert meeting.items[2].paragraphs[-1].text == "RESOLVED that the report be noted."


def test_an_attendance_table_of_two_groups_reads_each_column_as_a_list(tmp_path):
    """A joint board's attendance set as "Voting Members | Non-Voting Members", a person in each cell: each
    column is its group's list, not a row of a person and their role."""
    from tests.pdfmaker import make_minutes_with_table_pdf

    table = [["Voting Members", "Non-Voting Members"],
             ["Councillor Fiona McAllister (Chair)", "Eilidh Strachan, Chief Officer"],
             ["Councillor Derek Baird", "Dr Ishbel Fraser, Clinical Director"]]
    pdf = make_minutes_with_table_pdf(tmp_path / "ijb.pdf", [
        "Kilbrannock Integration Joint Board", "Minute of Meeting held on Wednesday 24 January 2024 at 10.00 am",
        "Present"], table, ["4. Strathbeg Community Hospital",
                            "The Chief Officer presented the final report on the engagement."], widths=(200, 200))
    meeting = parse_file(pdf)
    assert [(a.name, a.role) for a in meeting.attendees] == [
        ("Councillor Fiona McAllister", "Chair"), ("Councillor Derek Baird", None),
        ("Eilidh Strachan", "Chief Officer"), ("Dr Ishbel Fraser", "Clinical Director")]
    assert [speaker["label"] for speaker in meeting.items[0].paragraphs[0].speakers] == ["Eilidh Strachan"]


def test_an_attendance_table_whose_columns_differ_in_length_reads_each_column_as_a_list(tmp_path):
    """A drainage board lists its members present as "Elected Members | Appointed Members (council)", one
    column longer than the other: the left column's last name stands alone on its line, and every member is
    present, not carried down into the apologies item that follows."""
    from tests.pdfmaker import make_minutes_with_table_pdf

    table = [["Elected Members", "Appointed Members (Wragby District Council)"],
             ["Mr H. Tunnard (Chairman)", "Cllr E. Skegness"],
             ["Mrs J. Blyton", "Cllr W. Ingoldby"],
             ["Mr O. Haxey", ""]]
    pdf = make_minutes_with_table_pdf(tmp_path / "idb.pdf", [
        "Carrfield Internal Drainage Board",
        "Minutes of the Meeting of the Board held on Tuesday 4th March 2025 at 2.00 pm", "Present:"], table,
        ["In attendance: Mr F. Dowsby - Clerk to the Board", "CB/25/07 Apologies for absence",
         "Apologies were received from Mr L. Saxilby.", "CB/25/08 Pumping Station Renewal",
         "The Clerk reported that the tender had closed. Cllr Ingoldby thanked the Clerk."], widths=(170, 230))
    meeting = parse_file(pdf)
    present = [(a.name, a.role) for a in meeting.attendees if a.status == "present"]
    assert present == [("Mr H. Tunnard", "Chair"), ("Mrs J. Blyton", None), ("Mr O. Haxey", None),
                       ("Cllr E. Skegness", None), ("Cllr W. Ingoldby", None)]
    assert [a.name for a in meeting.attendees if a.status == "apologies"] == ["Mr L. Saxilby"]
    assert [p.text for p in meeting.items[0].paragraphs] == ["Apologies were received from Mr L. Saxilby."]


def test_a_sederunt_table_under_group_headings_keeps_each_name_with_its_body(tmp_path):
    """A Sederunt set as rows of name | body (or role), under "Voting Members" and "Non-Voting Members" written
    alone on their lines: each person keeps their own body or role, and the headings are nobody."""
    from tests.pdfmaker import make_minutes_with_table_pdf

    table = [["Voting Members", ""],
             ["Councillor Morven Laird (Chair)", "Glenarden Council"],
             ["Torquil Brodie (Vice Chair)", "NHS Glenarden"],
             ["Non-Voting Members", ""],
             ["Aileen Rennick", "Chief Officer"],
             ["Dougie Skene", "Carers' Representative"]]
    pdf = make_minutes_with_table_pdf(tmp_path / "ijb.pdf", [
        "Glenarden Integration Joint Board", "Minute of Meeting held on Wednesday 5 March 2025 at 10.00 am",
        "Sederunt"], table, ["Item 5 Carers Strategy",
                             "Dougie Skene asked whether carers were offered an assessment. The Chief Officer said "
                             "that this should happen in every case."], widths=(200, 200))
    meeting = parse_file(pdf)
    assert [(a.name, a.role) for a in meeting.attendees] == [
        ("Councillor Morven Laird", "Chair, Glenarden Council"), ("Torquil Brodie", "Vice Chair, NHS Glenarden"),
        ("Aileen Rennick", "Chief Officer"), ("Dougie Skene", "Carers' Representative")]
    paragraph = meeting.items[0].paragraphs[0]
    assert [speaker["label"] for speaker in paragraph.speakers] == ["Dougie Skene", "Aileen Rennick"]
    assert "question" in paragraph.kinds


def test_officers_heading_a_row_of_an_attendance_table_are_officers_with_their_roles(tmp_path):
    """"Member | Attendance | Member | Attendance", then "Officers" alone in its row over the officers and their
    posts: the posts are the officers' roles, not attendees of their own."""
    from tests.pdfmaker import make_minutes_with_table_pdf

    table = [["Member", "Attendance", "Member", "Attendance"],
             ["Cllr A Quarrie (Chair)", "Present", "Cllr B Nolloth", "Apologies"],
             ["Officers", "", "", ""],
             ["Mrs D Fenwick", "Town Clerk", "Mr G Ottery", "Planning Assistant"]]
    pdf = make_minutes_with_table_pdf(tmp_path / "tc.pdf", [
        "HOLLINSEND TOWN COUNCIL", "Minutes of the Planning Committee held on Thursday 6 March 2025 at 7.15 pm"],
        table, ["41. PLANNING APPLICATIONS", "The Clerk agreed to circulate the delegated report by 20 March."],
        widths=(110, 80, 110, 100))
    meeting = parse_file(pdf)
    assert [(a.name, a.role, a.status) for a in meeting.attendees] == [
        ("Cllr A Quarrie", "Chair", "present"), ("Cllr B Nolloth", None, "apologies"),
        ("Mrs D Fenwick", "Town Clerk", "present"), ("Mr G Ottery", "Planning Assistant", "present")]
    assert [speaker["label"] for speaker in meeting.items[0].paragraphs[0].speakers] == ["Mrs D Fenwick"]


def test_a_table_of_labels_and_what_they_label_reads_label_by_label(tmp_path):
    """A record of decisions sets each decision in a table of two columns, "Decision | (1) To accept …", the
    decision running to many lines: each row reads "Decision: …", and so is a decision."""
    from tests.pdfmaker import make_minutes_with_table_pdf

    decision = ("(1) To accept recommendations 1, 2, 3, 4, 6 and 8 of the Task and Finish Group. (2) To accept "
                "recommendation 7 in part, so that the use of bed and breakfast accommodation for families is "
                "reported to the Committee every quarter. (3) Not to accept recommendation 5, as the cost of a "
                "second hostel could not be met from the Housing Revenue Account in 2025/26 or in 2026/27.")
    table = [["Field", "Detail"], ["Decision", decision],
             ["Reasons for decision", "The accepted recommendations are consistent with the strategy."],
             ["Alternative options considered and rejected", "Accepting all eight recommendations."]]
    pdf = make_minutes_with_table_pdf(tmp_path / "rod.pdf", [
        "Cabinet – Record of Decisions – 11 March 2025",
        "CAB/2025/018 Response to the Temporary Accommodation Task and Finish Group"], table, [], widths=(150, 300))
    item = parse_file(pdf).items[0]
    assert item.number == "CAB/2025/018"
    assert [(paragraph.text, "decision" in paragraph.kinds) for paragraph in item.paragraphs] == [
        (f"Decision: {decision}", True),
        ("Reasons for decision: The accepted recommendations are consistent with the strategy.", False),
        ("Alternative options considered and rejected: Accepting all eight recommendations.", False)]
