"""The meeting's own date, time and panel from the sentences minutes state them in; never another meeting's."""

from __future__ import annotations

import pytest

from indexer.header import read_labelled, read_statement, read_title, read_when_line


@pytest.mark.parametrize(
    ("line", "panel", "date", "time"),
    [
        ("Cabinet - Tuesday, 7th January, 2020 2.00 pm", "Cabinet", "2020-01-07", "14:00"),
        ("Planning Committee - 5 June 2024 6.30 pm", "Planning Committee", "2024-06-05", "18:30"),
        ("A meeting of the Audit Committee was held on 22 November 2021.", "Audit Committee", "2021-11-22", None),
        ("Minutes of the meeting of the Licensing Committee held at the Town Hall on Tuesday 4 March 2025",
         "Licensing Committee", "2025-03-04", None),
        ("MINUTES of a meeting of the PLANNING COMMITTEE held in the Council Chamber, Civic Offices, on "
         "Wednesday, 12 June 2024 at 7.00 pm", "Planning Committee", "2024-06-12", "19:00"),
        ("Minutes of the Extraordinary Meeting of Eastry Parish Council held on Monday 3rd March 2025 at 7.30pm",
         "Eastry Parish Council", "2025-03-03", "19:30"),
        ("Minutes of the meeting held on Thursday 9 January 2025 at 10.00 am", None, "2025-01-09", "10:00"),
        ("MINUTES OF THE PROCEEDINGS OF THE ENVIRONMENTAL SERVICES COMMITTEE HELD IN THE COUNCIL CHAMBER ON "
         "TUESDAY 11 MARCH 2025 AT 7.00 PM", "Environmental Services Committee", "2025-03-11", "19:00"),
        ("Minutes: Police and Crime Panel, 7 February 2025", "Police and Crime Panel", "2025-02-07", None),
        ("Minutes – Cabinet – Tuesday 4 March 2025 6.00 pm", "Cabinet", "2025-03-04", "18:00"),
        ("Minutes of Ashwell Parish Council, 10 February 2025", "Ashwell Parish Council", "2025-02-10", None),
        ("Minutes of the Ordinary Meeting of Nether Wallop Parish Council held on Thursday 13th March 2025 in the "
         "Village Hall, Church Road, commencing at 7.30pm.", "Nether Wallop Parish Council", "2025-03-13", "19:30"),
        ("Minutes of the Meeting of the Licensing Committee – Wednesday 5 March 2025", "Licensing Committee",
         "2025-03-05", None),
    ],
)
def test_statements_of_the_meeting(line, panel, date, time):
    header = read_statement(line)
    assert header is not None
    assert (header.panel or None, header.date, header.time) == (panel, date, time)


@pytest.mark.parametrize(
    "line",
    [
        "The minutes of the previous meeting held on 21 September 2021 were approved as a correct record.",
        "The next meeting of the Panel will be held on Monday 13 December 2021 at 4.00pm.",
        "Minutes of the last meeting held on 4 February 2025 were signed by the Chair.",
        "24/122 To approve the minutes of the meeting held on 10 July 2024",
        "PENDERFYNWYD / RESOLVED that the minutes of the meeting held on 10 December 2024 be confirmed.",
    ],
)
def test_other_meetings_dates_are_never_the_meetings_date(line):
    header = read_statement(line)
    assert header is None or header.date is None


def test_council_split_from_committee():
    header = read_statement("Minutes of the Meeting of the Planning & Environment Committee of Ashworth Town "
                            "Council held at the Guildhall on Wednesday 12 June 2024 at 7pm")
    assert (header.panel, header.council, header.venue) == ("Planning & Environment Committee",
                                                            "Ashworth Town Council", "Guildhall")


def test_labelled_lines():
    assert read_labelled("Date: Thursday 19th September 2024").date == "2024-09-19"
    assert read_labelled("Venue: Virtual").venue == "Virtual"
    assert read_labelled("Contact: Joanne Dixon").contact == "Joanne Dixon"


def test_title_lines():
    assert read_title("HEALTH SCRUTINY COMMITTEE").panel == "Health Scrutiny Committee"
    assert read_title("Cyngor Cymuned Llanfair / Llanfair Community Council").council == "Llanfair Community Council"



def test_a_council_named_in_capitals_is_the_council_not_the_panel():
    header = read_title("THORNBURY VALE DISTRICT COUNCIL")
    assert (header.council, header.panel) == ("Thornbury Vale District Council", None)


def test_a_full_council_meeting_does_not_name_the_council():
    header = read_statement("Minutes of the Meeting of the Full Town Council held on Monday 20 January 2025 at 7.00pm")
    assert (header.panel, header.council) == ("Full Town Council", None)


def test_a_stand_alone_council_line_names_the_council_of_a_full_council_meeting():
    from indexer.readers.text import read_text

    draft = read_text("KELSBOROUGH TOWN COUNCIL\n\nMinutes of the Meeting of the Full Town Council held on Monday "
                      "20 January 2025 at 7.00pm\n\n1. Apologies\n\nNone were received.\n\n2. Finance\n\nNoted.\n")
    assert (draft.header.council, draft.header.panel) == ("Kelsborough Town Council", "Full Town Council")


@pytest.mark.parametrize(
    "line, date, time",
    [
        ("10.00am, Tuesday 5 March 2024", "2024-03-05", "10:00"),
        ("Tuesday 5 March 2024 at 7.30pm", "2024-03-05", "19:30"),
        ("Monday, 15 January 2024", "2024-01-15", None),
        ("Minutes – 3 May 2024", "2024-05-03", None),
        ("Thursday the 6th day of March 2025 at 7.00pm", "2025-03-06", "19:00"),
        ("Wednesday 12.03.25", "2025-03-12", None),  # the day and month of a short date are no time
        ("Held at the Market House, Wrexley on Monday 13 January 2025 at 7.00 pm", "2025-01-13", "19:00"),
        ("Wednesday 12.03.25 at 19:00hrs", "2025-03-12", "19:00"),
    ],
)
def test_a_line_that_only_dates_the_meeting(line, date, time):
    header = read_when_line(line)
    assert header is not None and (header.date, header.time) == (date, time)


@pytest.mark.parametrize("line", ["The meeting on 5 March 2024 was cancelled.", "Grant of £500 paid 5 March 2024",
                                  "5 March 2024 to 9 April 2024"])
def test_a_line_with_more_than_a_date_does_not_date_the_meeting(line):
    assert read_when_line(line) is None


@pytest.mark.parametrize("line, council", [
    ("FRAMPTON-ON-WYE TOWN COUNCIL", "Frampton-on-Wye Town Council"),
    ("London Borough of Hallowfield CMIS", "London Borough of Hallowfield"),
    ("Royal Borough of Kingston upon Thames", "Royal Borough of Kingston upon Thames"),
    ("Humber and Wolds Fire and Rescue Authority", "Humber and Wolds Fire and Rescue Authority"),
])
def test_councils_and_authorities_by_their_own_names(line, council):
    header = read_title(line)
    assert header is not None and header.council == council


def test_the_start_time_line():
    header = read_when_line("The meeting commenced at 1.00 pm.")
    assert header is not None and (header.date, header.time) == (None, "13:00")
    header = read_when_line("Meeting opened 19:00hrs, Kilmorden Memorial Hall.")
    assert header is not None and (header.time, header.venue) == ("19:00", "Kilmorden Memorial Hall")


@pytest.mark.parametrize("line, venue", [
    ("Tuesday, 4 March 2025 at 10.00 am, Council Chamber", "Council Chamber"),
    ("Thursday 6 March 2025 at 7pm in the Village Hall", "Village Hall"),
    # a date line and a venue line typed with no blank line between are one block
    ("Thursday, 21 November 2024, 10:00 – 11:45 Boardroom, Wellgate House, Halbrook HX1 2TS",
     "Boardroom, Wellgate House, Halbrook HX1 2TS"),
])
def test_a_date_line_may_end_with_the_venue(line, venue):
    header = read_when_line(line)
    assert header is not None and header.date and header.venue == venue


@pytest.mark.parametrize("line, panel", [
    ("Minutes of the meeting of the Licensing Committee", "Licensing Committee"),
    ("Minute of Meeting of the Education, Children's and Leisure Services Committee",
     "Education, Children's and Leisure Services Committee"),
    ("MINUTES OF THE PROCEEDINGS OF THE ENVIRONMENTAL SERVICES COMMITTEE", "Environmental Services Committee"),
    ("CABINET – RECORD OF DECISIONS", "Cabinet"),
    ("Planning Committee - Minutes", "Planning Committee"),
])
def test_a_title_without_a_date_names_the_panel(line, panel):
    header = read_title(line)
    assert header is not None and header.panel == panel


@pytest.mark.parametrize("line, panel, date, time", [
    ("Planning Committee, 12 March 2025", "Planning Committee", "2025-03-12", None),
    ("Full Council Meeting - 12 March 2025", "Full Council", "2025-03-12", None),
    ("Finance Committee 12.03.25 7pm", "Finance Committee", "2025-03-12", "19:00"),
    ("CABINET – 4 MARCH 2025 – RECORD OF DECISIONS", "Cabinet", "2025-03-04", None),
])
def test_a_title_with_the_body_and_the_day_names_both(line, panel, date, time):
    header = read_title(line)
    assert header is not None and (header.panel, header.date, header.time) == (panel, date, time)


@pytest.mark.parametrize("line", ["Report to Planning Committee, 12 March 2025, on the appeal.",
                                  "Minutes of the Planning Committee held on 12 March 2025 and 9 April 2025",
                                  "Referred from Planning Committee 12 March 2025 for decision"])
def test_a_line_with_more_than_the_body_and_the_day_is_no_dated_title(line):
    header = read_title(line)
    assert header is None or header.date is None


def test_a_welsh_and_english_header_and_a_stacked_title_before_an_item_about_the_last_minutes():
    from indexer.parse import parse_bytes

    text = """CYNGOR SIR DYFFRYN TEIFI
TEIFI VALLEY COUNTY COUNCIL

COFNODION / MINUTES

Pwyllgor Craffu Cymunedau / Communities Scrutiny Committee

Dydd Mawrth, 11 Chwefror 2025 / Tuesday, 11 February 2025

YN BRESENNOL / PRESENT: Councillors Elin Jones (Chair), Dafydd Evans and Sian Prydderch.

C.1 Ymddiheuriadau / Apologies

Apologies for absence were received from Councillor Huw Pritchard.

C.2 Cofnodion / Minutes

PENDERFYNWYD / RESOLVED that the minutes of the meeting held on 10 December 2024 be confirmed as a correct record.
"""
    meeting = parse_bytes(text.encode(), "welsh.txt")
    assert (meeting.council, meeting.panel, meeting.date) == (
        "Teifi Valley County Council", "Communities Scrutiny Committee", "2025-02-11")
    assert [(item.number, item.title) for item in meeting.items] == [
        ("C.1", "Ymddiheuriadau / Apologies"), ("C.2", "Cofnodion / Minutes")]
    assert {attendee.name for attendee in meeting.attendees} >= {"Councillor Elin Jones", "Councillor Huw Pritchard"}


def test_a_venue_before_the_start_time_ends_before_commencing():
    header = read_statement("Minutes of the Ordinary Meeting of Nether Wallop Parish Council held on Thursday 13th "
                            "March 2025 in the Village Hall, Church Road, commencing at 7.30pm.")
    assert (header.venue, header.time) == ("Village Hall, Church Road", "19:30")


def test_a_held_at_line_under_a_bare_title_gives_the_venue_and_a_record_s_title_the_panel():
    from indexer.header import read_title, read_when_line

    held = read_when_line("Held in the Assembly Room, Market House, Wrexley on Monday 13 January 2025 at 7.00 pm")
    assert (held.date, held.time, held.venue) == ("2025-01-13", "19:00", "Assembly Room, Market House, Wrexley")
    for title in ("Verbatim Record of the Finance and General Purposes Committee",
                  "Notes of the Finance and General Purposes Committee"):
        assert read_title(title).panel == "Finance and General Purposes Committee", title


_STACKED = "ASHCOMBE TOWN COUNCIL\n{}\nWednesday 19 February 2025, 6.30pm, Council Chamber, Ashcombe Guildhall"
_WRAPPED = "HEMSWORTH MAGNA PARISH COUNCIL\n\nMINUTES OF THE ORDINARY MEETING OF THE {} ON TUESDAY 4th FEBRUARY 2025"


@pytest.mark.parametrize(
    ("top", "expected"),
    [  # title and date lines stacked with no blank line between
        (_STACKED.format("Minutes of the Policy and Resources Committee"),
         ("Policy and Resources Committee", "2025-02-19", "18:30", "Council Chamber, Ashcombe Guildhall")),
        (_STACKED.format("Policy and Resources Committee"),
         ("Policy and Resources Committee", "2025-02-19", "18:30", "Council Chamber, Ashcombe Guildhall")),
        # a capitals statement wrapped after a word that cannot end it
        (_WRAPPED.format("PARISH COUNCIL HELD\nIN THE VILLAGE HALL, CHURCH LANE,") + "\nAT 7.30pm",
         ("Hemsworth Magna Parish Council", "2025-02-04", "19:30", "Village Hall, Church Lane")),
        (_WRAPPED.format("PARISH COUNCIL HELD IN THE\nVILLAGE HALL, CHURCH LANE,") + "\nAT 7.30pm",
         ("Hemsworth Magna Parish Council", "2025-02-04", "19:30", "Village Hall, Church Lane")),
        # the council's name over its statement, no blank line between: "the Parish Council" is that council
        ("Ashby Parva Parish Council\nMinutes of the Parish Council Meeting\nTuesday 11 July 2023, 7.30pm, Ashby "
         "Parva Village Hall", ("Ashby Parva Parish Council", "2023-07-11", "19:30", "Ashby Parva Village Hall")),
        # a council without a kind in its name over the committee's
        ("Marlshire Council\nCommunities and Place Scrutiny Committee\nTuesday 14 January 2025, 2.00pm, "
         "Committee Room 1, County Hall", ("Communities and Place Scrutiny Committee", "2025-01-14", "14:00",
                                           "Committee Room 1, County Hall")),
        ("GLENMORVEN COUNCIL\n\nMINUTE OF MEETING OF THE COMMUNITIES AND HOUSING COMMITTEE\n\nHeld remotely on "
         "Tuesday 16 November 2021 at 2.00pm", ("Communities and Housing Committee", "2021-11-16", "14:00", None)),
        ("Thornbury Vale District Council\n\nPlanning Committee, 16 October 2024\n\nHeld in the Council Chamber, "
         "Vale House, Thornbury at 6.00pm", ("Planning Committee", "2024-10-16", "18:00",
                                            "Council Chamber, Vale House, Thornbury")),
        # Scotland's singular "Minute of Meeting", with and without the body's name
        ("STRATHCAIRN COUNCIL\n\nEDUCATION, CHILDREN AND FAMILIES COMMITTEE\n\nMinute of Meeting held in the Council "
         "Chambers, Kilbride on Tuesday 3 September 2024 at 10.00am", (
             "Education, Children and Families Committee", "2024-09-03", "10:00", "Council Chambers, Kilbride")),
        ("STRATHCAIRN COUNCIL\n\nMINUTE OF MEETING OF STRATHCAIRN COUNCIL held in the Council Chambers, Kilbride on "
         "Thursday, 23rd June, 2022 at 10.00 a.m.", ("Strathcairn Council", "2022-06-23", "10:00",
                                                     "Council Chambers, Kilbride")),
        # Welsh and English: the Welsh title over the English, labels in both languages, a labelled venue
        ("CYNGOR SIR DYFNANT\nDYFNANT COUNTY COUNCIL\n\nCOFNODION CYFARFOD Y CABINET\nMINUTES OF THE MEETING OF THE "
         "CABINET\n\nDydd Llun, 24 Ionawr 2022 am 10.00yb / Monday, 24 January 2022 at 10.00am\nMulti-location "
         "meeting: Council Chamber, County Hall, Llanhafren", ("Cabinet", "2022-01-24", "10:00",
                                                                "Council Chamber, County Hall, Llanhafren")),
        ("CYNGOR SIR DYFNANT / DYFNANT COUNTY COUNCIL\n\nCABINET\n\nCOFNODION / MINUTES\n\nDyddiad / Date: 08/07/2024"
         "\nAmser / Time: 10.00am", ("Cabinet", "2024-07-08", "10:00", None)),
        # the date and time under the statement, with no weekday, not run into it as a wrapped line
        ("BRACKENFORD DISTRICT COUNCIL\nMinutes of a meeting of the Planning Committee\n11 Jun 2024, 7.00 pm, Council "
         "Chamber, Brackenford House", ("Planning Committee", "2024-06-11", "19:00",
                                        "Council Chamber, Brackenford House")),
        # the council's name right over "Minutes of the meeting of …": not one wrapped line
        ("Brackenfield Borough Council\nMinutes of the meeting of the Cabinet held on 14 January 2025",
         ("Cabinet", "2025-01-14", None, None)),
        ("Brackenfield Borough Council\nCabinet\nMinutes of the meeting held on 14 January 2025 at 6pm",
         ("Cabinet", "2025-01-14", "18:00", None)),
        # a one-word body of the council named in the statement
        ("Minutes of the meeting of the Executive of the Brackenfield District Council held on 3 March 2025",
         ("Executive", "2025-03-03", None, None)),
    ],
)
def test_a_header_printed_over_several_lines(top: str, expected: tuple[str, str, str, str | None]) -> None:
    from indexer.readers.text import read_text

    header = read_text(top + "\n\nPresent: Cllr G. Whitlock (Chairman), Cllr M. Adeyemi\n\n1. Apologies for "
                       "absence\nNone.\n\n2. Budget monitoring\nThe Clerk presented the figures.\n").header
    assert (header.panel, header.date, header.time, header.venue) == expected
    assert header.council and header.council.lower() in top.lower()


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_a_venue_line_under_the_statement_is_the_venue(between: str) -> None:
    from indexer.readers.text import read_text

    draft = read_text(f"Aldermoor Youth Council\n\nMinutes of the meeting held on Wednesday 5 March 2025 at 5.00pm"
                      f"{between}Committee Room 1, Aldermoor Civic Centre\n\n1. Welcome\nThe Chair welcomed all.\n")
    assert (draft.header.time, draft.header.venue) == ("17:00", "Committee Room 1, Aldermoor Civic Centre")


def test_where_and_when_labels_and_markdown_italics() -> None:
    from indexer.readers.text import read_text

    draft = read_text("# Minutes of the Meeting of Ferriby Cross Town Council\n\n**When:** Thursday 20 February "
                      "2025 at 7pm\n**Where:** The Old Courthouse, Bridge Street\n\n## 1. Close\n\n"
                      "*Meeting closed 8.36pm.*\n")
    assert (draft.header.date, draft.header.time, draft.header.venue) == (
        "2025-02-20", "19:00", "The Old Courthouse, Bridge Street")
    assert draft.items[0].paragraphs[0].text == "Meeting closed 8.36pm."


def test_a_statement_in_welsh_then_english_is_read_from_its_english_half():
    from indexer.parse import parse_bytes

    text = ("**CYNGOR SIR DYFNANT / DYFNANT COUNTY COUNCIL**\n\n**PWYLLGOR CRAFFU CYMUNEDAU / COMMUNITIES SCRUTINY "
            "COMMITTEE**\n\n**Cofnodion y cyfarfod a gynhaliwyd ddydd Llun, 17 Ebrill 2023 / Minutes of the meeting "
            "held on Monday, 17 April 2023 at 2.00pm**\n\n**1. DATGAN BUDDIANT / DECLARATIONS OF INTEREST**\n\nNone.\n")
    meeting = parse_bytes(text.encode(), "scrutiny.md")
    assert (meeting.panel, meeting.date, meeting.time) == (
        "Pwyllgor Craffu Cymunedau / Communities Scrutiny Committee", "2023-04-17", "14:00")
    planning = read_statement("Minutes of the Planning / Licensing Committee held on Tuesday 4 March 2025")
    assert planning is not None and planning.panel == "Planning / Licensing Committee"


def test_a_welsh_councils_bilingual_header_and_attendance_are_read_in_english():
    from indexer.parse import parse_bytes

    text = ("CYNGOR SIR DYFNANT\nDYFNANT COUNTY COUNCIL\n\nCOFNODION CYFARFOD Y CABINET\nMINUTES OF THE MEETING OF "
            "THE CABINET\n\nDydd Llun, 24 Ionawr 2022 am 10.00yb / Monday, 24 January 2022 at 10.00am\n"
            "Cyfarfod aml-leoliad: Siambr y Cyngor, Neuadd y Sir, Llanhafren a thrwy Microsoft Teams\n"
            "Multi-location meeting: Council Chamber, County Hall, Llanhafren and via Microsoft Teams\n\n"
            "YN BRESENNOL / PRESENT:\nY Cynghorydd / Councillor Rhodri Wynne (Arweinydd / Leader) - Cadeirydd / Chair\n"
            "Y Cynghorwyr / Councillors: Mererid Pugh, Dylan Harries\n\nSWYDDOGION / OFFICERS:\n"
            "Wyn Evans - Prif Weithredwr / Chief Executive\n\n1. YMDDIHEURIADAU / APOLOGIES\n\nNone received.\n")
    meeting = parse_bytes(text.encode(), "cabinet.txt")
    assert (meeting.date, meeting.time, meeting.venue) == (
        "2022-01-24", "10:00", "Council Chamber, County Hall, Llanhafren and via Microsoft Teams")
    assert [(person.name, person.role) for person in meeting.attendees] == [
        ("Councillor Rhodri Wynne", "Chair, Leader"), ("Councillor Mererid Pugh", None),
        ("Councillor Dylan Harries", None), ("Wyn Evans", "Chief Executive")]
    assert [(item.number, item.title) for item in meeting.items] == [("1.", "YMDDIHEURIADAU / APOLOGIES")]


def test_a_community_council_in_english_then_welsh_names_itself_and_reads_its_attendance():
    """English first: "Llanwern Uchaf Community Council / Cyngor Cymuned Llanwern Uchaf", the statement again in
    Welsh on its own line, "Present / Yn bresennol:". The council is named, its own meeting is the panel, the
    Welsh statement is no item, and the attendance is read."""
    from indexer.parse import parse_bytes

    text = ("# Llanwern Uchaf Community Council / Cyngor Cymuned Llanwern Uchaf\n\n"
            "## Minutes of the meeting held on Wednesday 9th April 2025 at 7pm, Capel Hall\n"
            "## Cofnodion y cyfarfod a gynhaliwyd nos Fercher 9 Ebrill 2025\n\n"
            "**Present / Yn bresennol:** Nia Howells (Chair), Iwan Price\n"
            "**In attendance / Hefyd yn bresennol:** Carys Bowen, Clerk\n\n"
            "## 1. Apologies / Ymddiheuriadau\nGethin Lloyd (work).\n")
    meeting = parse_bytes(text.encode(), "cc.md")
    assert (meeting.council, meeting.panel, meeting.date) == (
        "Llanwern Uchaf Community Council", "Llanwern Uchaf Community Council", "2025-04-09")
    assert [(person.name, person.role, person.status) for person in meeting.attendees] == [
        ("Nia Howells", "Chair", "present"), ("Iwan Price", None, "present"),
        ("Carys Bowen", "Clerk", "in attendance")]
    assert [(item.number, item.title) for item in meeting.items] == [("1.", "Apologies / Ymddiheuriadau")]


def test_a_town_council_s_minutes_that_name_no_committee_are_the_council_s_own_meeting():
    from indexer.readers.text import read_text

    header = read_text("# CYNGOR TREF ABERGWILI / ABERGWILI TOWN COUNCIL\n\n**Cofnodion / Minutes** – "
                       "Wednesday 12th March 2025, 7pm, Neuadd Goffa\n\n## 1. Apologies\n\nNone.\n").header
    assert (header.council, header.panel, header.date) == (
        "Abergwili Town Council", "Abergwili Town Council", "2025-03-12")


def test_a_body_named_with_its_letters_is_the_panel_and_its_groups_are_no_part_of_names():
    """A SACRE spells out its name and its letters; its members sit in lettered groups ("Group A: …",
    "Group B (Church of England): …"), which label the names and are no part of them."""
    from indexer.parse import parse_bytes

    text = ("# Harbury Vale Standing Advisory Council on Religious Education (SACRE)\n\n"
            "## Minutes of the meeting held on Thursday 6 March 2025, 4.30pm, County Hall\n\n**Present**\n\n"
            "* Group A: Mr Ravi Sandhu, Mrs Leah Gold\n* Group D: Cllr Ann Pryor (Chair)\n\n"
            "### 1. Syllabus review\n\nMr Sandhu asked about the timetable. The Chair agreed to write to schools.\n")
    meeting = parse_bytes(text.encode(), "sacre.md")
    assert meeting.panel == "Harbury Vale Standing Advisory Council on Religious Education (SACRE)"
    assert [(person.name, person.role) for person in meeting.attendees] == [
        ("Mr Ravi Sandhu", None), ("Mrs Leah Gold", None), ("Cllr Ann Pryor", "Chair")]
    page = parse_bytes(
        b"<html><body><h1>SACRE minutes - 6 March 2025</h1><p>Minutes of the meeting of the Standing Advisory "
        b"Council on Religious Education held on Thursday 6 March 2025 at 4.30pm</p><p>Present: Group A: Mr Ravi "
        b"Sandhu. Group D: Cllr Ann Pryor (Chair), Cllr Tom Ince.</p><p><strong>Group B (Church of England):"
        b"</strong> Revd Sarah Cole</p><h3>Syllabus review</h3><p>Revd Cole asked about the timetable.</p>"
        b"</body></html>", "sacre.html")
    assert page.panel == "SACRE"
    assert [person.name for person in page.attendees] == [
        "Mr Ravi Sandhu", "Cllr Ann Pryor", "Cllr Tom Ince", "Revd Sarah Cole"]


def test_minutes_and_a_date_under_a_board_s_title_leave_the_title_the_panel() -> None:
    from indexer.readers.text import read_text

    header = read_text("# Harrowdene Health and Wellbeing Board\n\n## Minutes – 18 July 2023\n\n**Time:** 2.00pm\n"
                       "\n### 1. Welcome\n\nThe Chair welcomed members.\n").header
    assert (header.panel, header.date, header.time) == ("Harrowdene Health and Wellbeing Board", "2023-07-18", "14:00")


def test_a_hearing_is_no_panel_the_title_over_it_names_it():
    """"MINUTES of the hearing held on …" under "LICENSING SUB-COMMITTEE (GENERAL LICENSING MATTERS)"."""
    header = read_statement("MINUTES of the hearing held on 13 February 2024 at 2.00 pm")
    assert header is not None and (header.panel, header.date, header.time) == (None, "2024-02-13", "14:00")


@pytest.mark.parametrize("line, panel, council, date", [
    ("Home > Meetings > Licensing Sub-Committee", "Licensing Sub-Committee", None, None),  # a page's breadcrumb
    ("Brackenford District Council – Planning Committee", "Planning Committee", "Brackenford District Council", None),
    ("Harrowdene Council – Audit and Governance Committee – 26 March 2024", "Audit and Governance Committee",
     "Harrowdene Council", "2024-03-26"),  # a PDF's running header
])
def test_the_panel_without_the_way_to_it_or_the_council_before_it(line, panel, council, date):
    header = read_title(line)
    assert header is not None and (header.panel, header.council, header.date) == (panel, council, date)


def test_a_record_of_decisions_titled_and_stated_by_the_body_and_its_meeting():
    title = read_title("Cabinet record of decisions – 8 October 2024")
    assert title is not None and (title.panel, title.date) == ("Cabinet", "2024-10-08")
    stated = read_statement("Record of the decisions taken by the Cabinet at its meeting on Tuesday 8 October 2024 at "
                            "6.30pm, Council Chamber, Ravensholt Town Hall.")
    assert stated is not None and (stated.panel, stated.date, stated.time, stated.venue) == (
        "Cabinet", "2024-10-08", "18:30", "Council Chamber, Ravensholt Town Hall")


@pytest.mark.parametrize("line, panel, council", [
    ("London Borough of Ravensholt Overview and Scrutiny Committee", "Overview and Scrutiny Committee",
     "London Borough of Ravensholt"),  # a title stacked over two lines, read as one
    ("London Borough of Ravensholt Record of Decisions of the Cabinet", "Cabinet", "London Borough of Ravensholt"),
    ("Record of Decisions of the Cabinet", "Cabinet", None),
])
def test_a_borough_s_title_and_a_record_of_decisions_name_the_body(line, panel, council):
    header = read_title(line)
    assert header is not None and (header.panel, header.council) == (panel, council)


def test_the_authority_meeting_under_the_authority_s_name_is_the_authority_s():
    from indexer.parse import parse_bytes

    meeting = parse_bytes(b"Skellmoor National Park Authority\nMinutes of the Authority Meeting\n22/03/2024\n\n"
                          b"1. Apologies\n\nNone.\n", "npa.txt")
    assert (meeting.council, meeting.panel, meeting.date) == (
        "Skellmoor National Park Authority", "Skellmoor National Park Authority", "2024-03-22")


def test_a_page_titled_council_over_minutes_of_the_meeting_is_the_council_s_own_meeting():
    """The council is named only in the page's <title>; the venue line ends with the time."""
    from indexer.parse import parse_bytes

    page = ("<html><head><title>Council - 27 November 2024 - Minutes | Quenby Borough Council</title></head><body>"
            "<h1>Council</h1><h2>Minutes of the meeting held on 27 November 2024</h2>"
            "<p>Council Chamber, Quenby Town Hall, 6.00 pm</p><p><strong>Present:</strong> Councillors Asante and "
            "Venn.</p><h3>34. Declarations of interest</h3><p>None.</p></body></html>")
    meeting = parse_bytes(page.encode(), "council.html")
    assert (meeting.council, meeting.panel, meeting.date, meeting.time, meeting.venue) == (
        "Quenby Borough Council", "Quenby Borough Council", "2024-11-27", "18:00", "Council Chamber, Quenby Town Hall")


def test_a_northern_ireland_council_s_chair_members_by_where_they_sat_and_officers_by_post():
    """"Chair:" over "The Mayor, Alderman …", "Members present in the Chamber:" and "Members present remotely:"
    over Aldermen and Councillors, "In attendance:" over "Chief Executive, Mr C Lamont": all are attendees, with
    the Mayor in the chair; "(from 7.25 pm)" is when, not what, a member was; the Mayor's words are hers."""
    from pathlib import Path

    from indexer.parse import parse_file

    meeting = parse_file(Path(__file__).parent / "documents" / "text" / "ni_borough_monthly.txt")
    present = [(person.name, person.role, person.status) for person in meeting.attendees]
    assert present == [
        ("Alderman Niamh McAleese", "Chair, Mayor", "present"), ("Alderman R Gilliland", None, "present"),
        ("Alderman S Doherty", None, "present"), ("Alderman P Kerr", None, "present"),
        ("Councillor M Ó Catháin", None, "present"), ("Councillor J Hegarty", None, "present"),
        ("Councillor A Boyd", "Deputy Mayor", "present"), ("Councillor K Irvine", None, "present"),
        ("Councillor D McCaughan", None, "present"), ("Mr C Lamont", "Chief Executive", "in attendance"),
        ("Ms E Dunlop", "Director of Leisure and Development", "in attendance"),
        ("Mrs T Rafferty", "Democratic Services Officer", "in attendance"),
        ("Alderman F McKinney", None, "apologies")]
    assert [item.number for item in meeting.items] == [f"C/2025/02{n}" for n in range(1, 7)]
    lost = next(p for item in meeting.items for p in item.paragraphs if p.text.startswith("The Mayor declared"))
    assert "decision" in lost.kinds and [s["label"] for s in lost.speakers] == ["Alderman Niamh McAleese"]
    carried = next(p for item in meeting.items for p in item.paragraphs if "declared carried" in p.text)
    assert "decision" in carried.kinds


def test_the_town_mayor_and_deputy_named_by_office_then_name_keep_their_offices():
    from indexer.attendance import parse_attendance

    people = parse_attendance("Present: The Town Mayor, Cllr Kevin Marsh (in the Chair); the Deputy Town Mayor, "
                              "Cllr Bethan Rowe; Cllr A Jones")
    assert [(person.name, person.role) for person in people] == [
        ("Cllr Kevin Marsh", "Chair, Town Mayor"), ("Cllr Bethan Rowe", "Deputy Town Mayor"), ("Cllr A Jones", None)]
