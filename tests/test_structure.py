"""Item titles and minutes: what is link text on the page is not part of the minutes."""

from __future__ import annotations

import pytest

from indexer.headings import strip_link_text


def test_agenda_page_numbers_and_document_links_leave_titles():
    assert strip_link_text("Minutes of the meeting held on 11 January 2023 (Pages 1 - 6)") == (
        "Minutes of the meeting held on 11 January 2023"
    )
    assert strip_link_text("Household Support Fund pdf icon PDF 320 KB") == "Household Support Fund"


def test_every_item_type_is_in_the_documented_vocabulary():
    from pathlib import Path

    from indexer.item_types import ITEM_TYPES
    from indexer.parse import parse_file

    root = Path(__file__).resolve().parent.parent
    documents = [*(root / "corpus").glob("*.txt"), *(root / "tests" / "documents").rglob("*.*")]
    types = {item.type for document in documents for item in parse_file(document).items}
    assert types <= set(ITEM_TYPES)
    assert len(types) >= 10  # the test documents exercise nearly the whole vocabulary


def _read(text: str):
    from indexer.readers.text import read_text

    return read_text(text)


def _titles(draft) -> list[tuple[str | None, str | None]]:
    return [(item.number, item.title) for item in draft.items]


def _paragraphs(draft) -> list[str]:
    return [paragraph.text for item in draft.items for paragraph in item.paragraphs]


def test_attendance_roles_after_a_dash_and_councillors_mid_list():
    from indexer.attendance import parse_attendance

    people = parse_attendance("Present: Cllr A Smith (Mayor), Cllr B Jones – Deputy Mayor, Councillors M Gupta, "
                              "P Holloway")
    assert [(p.name, p.role) for p in people] == [("Cllr A Smith", "Mayor"), ("Cllr B Jones", "Deputy Mayor"),
                                                  ("Councillor M Gupta", None), ("Councillor P Holloway", None)]
    clerk = parse_attendance("In attendance: Mr R Kaplan – Town Clerk")[0]
    assert (clerk.name, clerk.role, clerk.group) == ("Mr R Kaplan", "Town Clerk", "officer")


def test_the_council_a_member_sits_for_is_no_attendee():
    from indexer.attendance import parse_attendance

    people = parse_attendance("Members present: Cllr Lydia Okonedo, Ashworth City Council (substitute for Cllr "
                              "Josephine Amankwah), Cllr Gail Rooney, Stainmoor MBC, Cllr Alan Pickersgill (Chair)")
    assert [(p.name, p.role) for p in people] == [("Cllr Lydia Okonedo", "Ashworth City Council, Substitute"),
                                                  ("Cllr Gail Rooney", "Stainmoor MBC"),
                                                  ("Cllr Alan Pickersgill", "Chair")]


def test_an_irish_councils_presiding_member_and_officials_with_their_remits():
    from indexer.attendance import parse_attendance

    presiding = parse_attendance("Presiding: Cllr Pádraig Ó Dubhghaill, Cathaoirleach")
    assert [(p.name, p.role, p.group) for p in presiding] == [("Cllr Pádraig Ó Dubhghaill", "Chair", "member")]
    officials = parse_attendance(
        "Officials Present: Mr Dermot Lyster, Chief Executive; Ms Orla Kinsella, Director of Services, Housing; "
        "Mr Fergal Twomey, Director of Services, Roads, Transportation and Active Travel; Ms Breda Hoey, Meetings "
        "Administrator.")
    assert [(p.name, p.role) for p in officials] == [
        ("Mr Dermot Lyster", "Chief Executive"), ("Ms Orla Kinsella", "Director of Services, Housing"),
        ("Mr Fergal Twomey", "Director of Services, Roads, Transportation and Active Travel"),
        ("Ms Breda Hoey", "Meetings Administrator")]


def test_a_label_qualified_in_brackets_heads_its_list_and_the_labels_after_it():
    draft = _read("LONDON BOROUGH OF WESTBROOK\nPENSIONS COMMITTEE\nMinutes of the meeting held on Tuesday 26 November "
                  "2024 at 7.00 pm\n\nPRESENT:\n\nCouncillor Martin Szabo (Chair)\n\nCO-OPTED MEMBERS (NON-VOTING):\n\n"
                  "Gareth Pinnock (scheme member representative)\n\nOFFICERS:\n\nHannah Lu, Head of Pensions\n\n"
                  "30. PENSIONS ADMINISTRATION\n\nThe Head of Pensions reported on performance.\n")
    assert [(a.name, a.role, a.group) for a in draft.attendees] == [
        ("Councillor Martin Szabo", "Chair", "member"),
        ("Gareth Pinnock", "scheme member representative", "member"),
        ("Hannah Lu", "Head of Pensions", "officer")]
    assert _titles(draft) == [("30.", "PENSIONS ADMINISTRATION")]


def test_bilingual_attendance_labels_and_roles():
    from indexer.attendance import parse_attendance

    people = parse_attendance("Presennol / Present: Cyng. Eleri Bowen (Cadeirydd / Chair), Cyng. Huw Prosser")
    assert [(p.name, p.role, p.group) for p in people] == [("Cyng. Eleri Bowen", "Chair", "member"),
                                                          ("Cyng. Huw Prosser", None, "member")]
    apologies = parse_attendance("Derbyniwyd ymddiheuriadau gan Cyng. Owain Price. / Apologies were received from "
                                 "Cllr Owain Price.")
    assert [(p.name, p.status) for p in apologies] == [("Cllr Owain Price", "apologies")]


def test_names_one_a_line_under_an_attendance_label():
    draft = _read("Members Present:\nCllr P Ashworth (Chair)\nCllr N Greaves\n\nOfficers in Attendance:\n"
                  "Alison Crane – Development Manager\n\nPL/23/045  APOLOGIES\n\nNone.\n\nPL/23/046  MINUTES\n\n"
                  "Approved.\n")
    assert [(a.name, a.role, a.status) for a in draft.attendees] == [
        ("Cllr P Ashworth", "Chair", "present"), ("Cllr N Greaves", None, "present"),
        ("Alison Crane", "Development Manager", "in attendance")]
    assert _titles(draft) == [("PL/23/045", "APOLOGIES"),
                                                                  ("PL/23/046", "MINUTES")]


def test_minute_no_prefix_and_sub_minutes_after_an_action_line():
    draft = _read("Minute No. 112 Apologies for Absence\nNone.\nMinute No. 113 Matters Arising\n"
                  "4.1 Dog bin: to be emptied weekly. ACTION: Clerk\n4.2 Hedge: the owner has been written to.\n")
    assert _titles(draft) == [("112", "Apologies for Absence"),
                                                                  ("113", "Matters Arising")]
    assert [p.text for p in draft.items[1].paragraphs] == ["4.1 Dog bin: to be emptied weekly. ACTION: Clerk",
                                                           "4.2 Hedge: the owner has been written to."]


def test_running_header_first_met_on_a_later_page_and_signature_lines_are_dropped():
    page = "1. Finance\nThe Clerk presented the accounts.\nPage 1 of 2\nSigned .............. Chairman\n"
    text = (page + "\fParish Council – Minutes – 9 January 2025\n2. Planning\nNo objection.\nChair ..........\n"
            "\fParish Council – Minutes – 9 January 2025\n3. Close\nThe meeting closed at 9pm.\n")
    texts = [p.text for item in _read(text).items for p in item.paragraphs]
    assert texts == ["The Clerk presented the accounts.", "No objection.", "The meeting closed at 9pm."]


def test_a_line_ending_on_a_preposition_does_not_end_a_list_entry():
    from indexer.reflow import text_to_blocks

    lines = ["Since Jan 2021 there has been 17 Placement with Parents commence and 51 cease.",
             "· There is an increased number of children in", "Fostering to Adopt placements."]
    body = "The Director reported the following, which had been presented to the Board over the year:\n"
    filler = "".join(f"· Entry number {n} of the list, which was one of a number of points raised in the\n"
                     f"report to the Board this year.\n" for n in range(6))
    blocks = text_to_blocks(body + filler + "\n".join(lines))
    assert blocks[-1].text == "There is an increased number of children in Fostering to Adopt placements."


def test_run_in_sub_headings_of_a_moderngov_table_start_paragraphs():
    from indexer.readers.moderngov_table import _minutes_lines

    text = _minutes_lines("This has remained static for the\nlast 3 months. Permanency Placements with Parents\n"
                          "– the most recent model. This is 40.4% reduction. SGOs/CAO- In July 2020 there was")
    assert "\n\nPermanency Placements with Parents – the most recent model." in text
    assert "\n\nSGOs/CAO- In July 2020" in text


def test_a_markdown_page_break_joins_the_sentence_it_split_and_drops_the_page_furniture():
    footer = ("\n---\n\nFrampton Town Council – Planning Committee – 7 March 2023\n\n"
              "Page {} of 2      Chair's initials ____\n\n---\n\n")
    text = ("**P&E 148/23 Public Session**\n\nA resident asked about the 20mph scheme. "
            "The Clerk replied that Gloucestershire\n"
            + footer.format(1) + "County Council (GCC) would consult on the scheme in the summer.\n\n"
            "**P&E 149/23 Allotments**\n\nThe waiting list stood at 47.\n" + footer.format(2)
            + "**P&E 150/23 Close**\n\nThe meeting closed at 8.47pm.\n")
    draft = _read(text)
    assert _titles(draft) == [
        ("P&E 148/23", "Public Session"), ("P&E 149/23", "Allotments"), ("P&E 150/23", "Close")]
    assert [p.text for p in draft.items[0].paragraphs] == [
        "A resident asked about the 20mph scheme. The Clerk replied that Gloucestershire County Council (GCC) "
        "would consult on the scheme in the summer."]
    assert [p.text for p in draft.items[1].paragraphs] == ["The waiting list stood at 47."]


def test_repeated_action_lines_are_minutes_not_running_headers():
    items = "".join(f"Minute 24/{n} Item {n}\nThe Clerk reported on matter {n}.\nAction: Clerk\n\n"
                    for n in range(120, 125))
    draft = _read(items)
    assert len(draft.items) == 5
    assert all([p.text for p in item.paragraphs][-1] == "Action: Clerk" for item in draft.items)


def test_agenda_worded_titles_after_a_minute_number_are_items():
    draft = _read("Minute 24/118 Chair's welcome\nThe Chair welcomed everyone.\n\n"
                  "Minute 24/119 To receive and accept apologies for absence\nCllr Reeve (holiday).\n\n"
                  "24/120 To approve the minutes of the meeting held on 10 July 2024\nApproved and signed.\n\n"
                  "RESOLVED:\n1. To note the report.\n2. To approve the budget.\n")
    assert _titles(draft) == [
        ("24/118", "Chair's welcome"), ("24/119", "To receive and accept apologies for absence"),
        ("24/120", "To approve the minutes of the meeting held on 10 July 2024")]


def test_a_lettered_list_after_a_heading_is_not_the_heading_going_on():
    draft = _read("**1. Apologies**\n\nNone.\n\n**2. Planning Applications**\n\n"
                  "a) P23/0214/HH, 4 Severn Close – rear dormer. No objection.\n\n"
                  "b) P23/0256/TEL, Bridge Street – mast. Objection.\n")
    assert _titles(draft) == [("1.", "Apologies"),
                                                                  ("2.", "Planning Applications")]
    assert [p.text[:16] for p in draft.items[1].paragraphs] == ["a) P23/0214/HH, ", "b) P23/0256/TEL,"]


def test_a_scottish_header_date_line_venue_sederunt_and_convener():
    draft = _read("The City of Edinburgh Council\n\nEducation, Children and Families Committee\n\n"
                  "10.00am, Tuesday 5 March 2024\n\nDean of Guild Court Room, City Chambers, Edinburgh\n\n"
                  "Sederunt\n\nPresent\n\nCouncillors Griffiths (Convener), Dixon (Vice-Convener) and Rust.\n\n"
                  "In attendance: Lorna French (Head of Schools).\n\n1. Order of Business\n\n"
                  "1.1 The Convener advised that item 7.2 would be considered first.\n\n2. Deputations\n\nNone.\n")
    header = draft.header
    assert (header.council, header.panel, header.date, header.time) == (
        "City of Edinburgh Council", "Education, Children and Families Committee", "2024-03-05", "10:00")
    assert header.venue == "Dean of Guild Court Room, City Chambers, Edinburgh"
    assert [(a.name, a.role) for a in draft.attendees] == [
        ("Councillor Griffiths", "Chair"), ("Councillor Dixon", "Vice Chair"), ("Councillor Rust", None),
        ("Lorna French", "Head of Schools")]
    assert _titles(draft) == [("1.", "Order of Business"), ("2.", "Deputations")]


def test_a_label_alone_takes_its_value_from_the_next_line_and_more_attendance_labels():
    draft = _read("Cabinet\n\nDate:\n\nMonday, 15 January 2024\n\nTime:\n\n7.00 pm\n\n"
                  "OTHER MEMBERS PRESENT: Councillor Adele Morris (Leader of the Opposition)\n\n"
                  "OFFICER SUPPORT: Althea Loderick (Chief Executive)\n\n"
                  "1. APOLOGIES\n\nNone.\n\n2. MINUTES\n\nAgreed.\n")
    assert (draft.header.date, draft.header.time) == ("2024-01-15", "19:00")
    assert [(a.name, a.group, a.status) for a in draft.attendees] == [
        ("Councillor Adele Morris", "member", "present"), ("Althea Loderick", "officer", "in attendance")]
    assert [item.title for item in draft.items] == ["APOLOGIES", "MINUTES"]


def test_members_present_in_capitals_with_a_name_a_line_and_the_start_time_line():
    draft = _read("SOUTH KESTEVEN VALE DISTRICT COUNCIL\n\nMinutes of a meeting of the PLANNING COMMITTEE held in the "
                  "Council Chamber on 21 February 2024.\n\nThe meeting commenced at 1.00 pm.\n\nMEMBERS PRESENT\n"
                  "Councillor Penny Milnes (Chairman)\nCouncillor Tim Harrison (Vice-Chairman)\n"
                  "Councillors Pam Byrd and Paul Wood\n\nOFFICERS\nEmma Whittaker – Assistant Director of Planning\n"
                  "Lucy Bonshor – Democratic Officer\n\n58.  PUBLIC SPEAKING\nThe Chairman explained the procedure.\n\n"
                  "59.  APOLOGIES FOR ABSENCE\nNone.\n")
    assert (draft.header.council, draft.header.date, draft.header.time) == (
        "South Kesteven Vale District Council", "2024-02-21", "13:00")
    assert [(a.name, a.role, a.group) for a in draft.attendees] == [
        ("Councillor Penny Milnes", "Chair", "member"), ("Councillor Tim Harrison", "Vice Chair", "member"),
        ("Councillor Pam Byrd", None, "member"), ("Councillor Paul Wood", None, "member"),
        ("Emma Whittaker", "Assistant Director of Planning", "officer"),
        ("Lucy Bonshor", "Democratic Officer", "officer")]
    assert [item.title for item in draft.items] == ["PUBLIC SPEAKING", "APOLOGIES FOR ABSENCE"]


def test_a_numbered_item_keeps_its_bold_sub_headings_and_a_page_title_names_the_borough():
    from indexer.readers.html import read_html

    draft = read_html("<html><head><title>Cabinet - Monday 15 January 2024 - London Borough of Hallowfield CMIS"
                      "</title></head><body><h1>Cabinet</h1><table><tr><td>1.</td><td><h3>APOLOGIES</h3><p>None.</p>"
                      "</td></tr><tr><td>2.</td><td><h3>PUBLIC QUESTION TIME (15 MINUTES)</h3>"
                      "<p><strong>Question from Ms Rosa Taylor</strong></p><p>Ms Taylor asked about damp.</p>"
                      "<p><strong>Response from Councillor Helen Dennis</strong></p><p>Councillor Dennis replied.</p>"
                      "</td></tr><tr><td>3.</td><td><h3>MINUTES</h3><p>Agreed.</p></td></tr></table></body></html>")
    assert draft.header.council == "London Borough of Hallowfield"
    assert [(item.number, item.title, item.type) for item in draft.items] == [
        ("1.", "APOLOGIES", "apologies"), ("2.", "PUBLIC QUESTION TIME (15 MINUTES)", "questions"),
        ("3.", "MINUTES", "previous-minutes")]
    assert [p.text for p in draft.items[1].paragraphs] == [  # each label heads the words under it
        "Question from Ms Rosa Taylor: Ms Taylor asked about damp.",
        "Response from Councillor Helen Dennis: Councillor Dennis replied."]


def test_a_lettered_entry_after_a_numbered_list_starts_something_else():
    draft = _read("1. Applications\n\n(a) Application ref: S23/1456/FUL\n\nAGREED: That the application be REFUSED for "
                  "the following reasons:\n1. It lies outside the settlement boundary.\n2. It lacks affordable housing."
                  "\n\n(b) Application ref: S23/1890/HH\n\nAGREED: That the application be APPROVED.\n\n"
                  "2. Close\n\nThe meeting closed.\n")
    assert [p.text for p in draft.items[0].paragraphs] == [
        "(a) Application ref: S23/1456/FUL",
        "AGREED: That the application be REFUSED for the following reasons: 1. It lies outside the settlement "
        "boundary. 2. It lacks affordable housing.",
        "(b) Application ref: S23/1890/HH", "AGREED: That the application be APPROVED."]


def test_a_header_statement_printed_over_three_lines_and_an_items_date_is_not_the_meetings():
    draft = _read("ANTRIM COAST DISTRICT COUNCIL\n\n"
                  "MINUTES OF THE MEETING OF THE HEALTHIER COMMUNITIES SCRUTINY COMMITTEE\n\n"
                  "HELD IN THE COUNCIL CHAMBER, CLOONAVIN\n\nON THURSDAY, 18 JANUARY 2024 AT 10.00 AM\n\n"
                  "PRESENT: Cyng. / Cllr. Rhodri Evans (Cadeirydd / Chair)\n\n"
                  "C47/24 APOLOGIES\n\nApologies were received from Cyng. / Cllr. Siân Maehrlein.\n\n"
                  "C48/24 MINUTES OF COUNCIL MEETING HELD TUESDAY 6 FEBRUARY 2024\n\nApproved.\n")
    assert (draft.header.panel, draft.header.date, draft.header.time) == (
        "Healthier Communities Scrutiny Committee", "2024-01-18", "10:00")
    assert [(a.name, a.role, a.status) for a in draft.attendees] == [("Cllr. Rhodri Evans", "Chair", "present")]
    assert [item.number for item in draft.items] == ["C47/24", "C48/24"]


def test_a_record_of_decisions_keeps_the_discussion_before_each_decision():
    draft = _read("Northfold County Council\n\nCabinet\n\nDate of meeting: Tuesday, 12 March 2024\nTime: 2.00 pm\n"
                  "Venue: Committee Room 1, County Hall\n\nCAB 87 Apologies for absence\n\nThere were none.\n\n"
                  "CAB 88 Highways Capital Programme\n\nCouncillor Chauhan introduced the report.\n\nDecision:\n"
                  "That the programme be approved.\n\n(1) LATER BUSINESS\n\n4.4 RESOLVED: That\n(a) the variation be "
                  "approved in principle, as the report set out in some detail over several pages;\n(b) the Secretary "
                  "write to the Secretary of State seeking confirmation of the funding for the coming year.\n")
    assert (draft.header.date, draft.header.time, draft.header.venue) == ("2024-03-12", "14:00",
                                                                          "Committee Room 1, County Hall")
    assert _titles(draft) == [
        ("CAB 87", "Apologies for absence"), ("CAB 88", "Highways Capital Programme"), ("(1)", "LATER BUSINESS")]
    assert draft.items[1].agenda_text is None
    assert [p.text for p in draft.items[1].paragraphs] == [
        "Councillor Chauhan introduced the report.", "Decision: That the programme be approved."]
    assert [p.text[:30] for p in draft.items[2].paragraphs] == ["4.4 RESOLVED: That (a) the var"]


def test_welsh_titles_in_both_languages_and_titles_with_full_stops_in_apologies():
    from indexer.attendance import parse_attendance

    people = parse_attendance("Apologies for absence were received from Cyng. / Cllr. Siân Maehrlein and "
                              "Cyng. / Cllr. Gwyn James. The apologies were accepted.")
    assert [(p.name, p.status) for p in people] == [("Cllr. Siân Maehrlein", "apologies"),
                                                    ("Cllr. Gwyn James", "apologies")]
    present = parse_attendance("Present: Cyng. / Cllr. Rhodri Evans (Cadeirydd), "
                               "Cyng. / Cllr. Elin Jones (Is-Gadeirydd)")
    assert [(p.name, p.role) for p in present] == [("Cllr. Rhodri Evans", "Chair"), ("Cllr. Elin Jones", "Vice Chair")]


def test_a_wordpress_page_title_line_breaks_one_person_an_entry_and_a_sub_heading_inside_an_item():
    from indexer.readers.html import read_html

    draft = read_html(
        "<html><body><main><article><h1>Health and Wellbeing Board minutes – 23 November 2023</h1>"
        "<div class='entry-meta'>Posted on 8 December 2023 by Democratic Services</div>"
        "<p><strong>Date:</strong> Thursday 23 November 2023, 2.00pm<br><strong>Location:</strong> The Riverside "
        "Room, Civic Centre</p><p><strong>Members present:</strong></p><ul>"
        "<li>Councillor Priya Sandhu, Cabinet Member for Adult Social Care and Health (Chair)</li>"
        "<li>Helen Osei, Director of Public Health</li><li>Rosalind Whyte, Healthwatch Thamesbridge</li></ul>"
        "<h2>Welcome</h2><p>The Chair welcomed everyone.</p><h2>Childhood Obesity</h2>"
        "<p>Tariq Bashir, Public Health Consultant, presented the chapter.</p><h3>Questions from the Board</h3>"
        "<p>Councillor Eales asked about school meals.</p><h2>Close</h2><p>The meeting closed at 4pm.</p>"
        "</article></main></body></html>")
    header = draft.header
    assert (header.panel, header.date, header.time, header.venue) == (
        "Health and Wellbeing Board", "2023-11-23", "14:00", "The Riverside Room, Civic Centre")
    assert [(a.name, a.role, a.group) for a in draft.attendees] == [
        ("Councillor Priya Sandhu", "Chair", "member"), ("Helen Osei", "Director of Public Health", "officer"),
        ("Rosalind Whyte", "Healthwatch Thamesbridge", "other")]
    assert [item.title for item in draft.items] == ["Welcome", "Childhood Obesity", "Close"]
    assert [p.text for p in draft.items[1].paragraphs] == [
        "Tariq Bashir, Public Health Consultant, presented the chapter.", "Questions from the Board",
        "Councillor Eales asked about school meals."]
    assert not any("Posted on" in p.text for item in draft.items for p in item.paragraphs)


def test_in_the_chair_and_officers_as_name_and_role_between_semicolons():
    from indexer.attendance import parse_attendance

    chair = parse_attendance("In the Chair: The Mayor, Alderman Margaret-Anne McKillop")
    # in the chair, and still the Mayor: "The Mayor said …" is hers
    assert [(p.name, p.role) for p in chair] == [("Alderman Margaret-Anne McKillop", "Chair, Mayor")]
    officers = parse_attendance("Officers Present: David Jackson, Chief Executive; Moira Quinn, Director of "
                                "Corporate Services; Ellen Boyd, Member Services Officer")
    assert [(p.name, p.role, p.group) for p in officers] == [
        ("David Jackson", "Chief Executive", "officer"), ("Moira Quinn", "Director of Corporate Services", "officer"),
        ("Ellen Boyd", "Member Services Officer", "officer")]
    members = parse_attendance("Members present: Councillor Angela Moyo (Chair) – Cabinet Member for Adult Social "
                               "Care and Health; Fiona Grey – Director of Public Health; Superintendent Paul Harrow "
                               "– Devon and Cornwall Police.")
    assert [(p.name, p.role, p.group) for p in members] == [
        ("Councillor Angela Moyo", "Chair", "member"), ("Fiona Grey", "Director of Public Health", "officer"),
        ("Superintendent Paul Harrow", "Devon and Cornwall Police", "other")]
    officers = parse_attendance("Also present: Kerry Anstey – Deputy Town Clerk, Liam Boateng – Planning & Projects "
                                "Officer, Mr N. Tait (internal auditor) for item 5")
    assert [(p.name, p.role, p.group) for p in officers] == [
        ("Kerry Anstey", "Deputy Town Clerk", "officer"), ("Liam Boateng", "Planning & Projects Officer", "officer"),
        ("Mr N. Tait", "internal auditor", "other")]
    apologies = parse_attendance("Apologies were recorded for Councillor Mark Fielding and Councillor Niamh Holmes.")
    assert [(p.name, p.status) for p in apologies] == [("Councillor Mark Fielding", "apologies"),
                                                       ("Councillor Niamh Holmes", "apologies")]


def test_a_heading_wrapped_after_and_a_year_on_the_next_line_and_a_word_split_after_re():
    from indexer.reflow import text_to_blocks

    blocks = text_to_blocks("6. APPOINTMENTS TO COMMITTEES AND\nOUTSIDE BODIES\nThe Council appointed its "
                            "members, whose terms would expire on 30 September\n2024. The Clerk had re-\nviewed "
                            "the list and the Chair was re-\nelected.\n")
    assert [(block.marker, block.text) for block in blocks] == [
        ("6.", "APPOINTMENTS TO COMMITTEES AND OUTSIDE BODIES"),
        (None, "The Council appointed its members, whose terms would expire on 30 September 2024. The Clerk had "
               "reviewed the list and the Chair was re-elected.")]


def test_a_header_set_as_a_table_labels_first_then_values():
    draft = _read("Kingsbridge City Council\n\nMINUTES\n\nMeeting\n\nKingsbridge Health and Wellbeing Board\n\n"
                  "Date\n\nTime\n\nVenue\n\nWednesday 14 February 2024\n\n2.00 pm\n\n"
                  "Committee Room 2, Kingsbridge Civic Centre\n\nMembers present: Councillor Angela Moyo (Chair)\n\n"
                  "38 Welcome and Introductions\n\nThe Chair welcomed everyone.\n\n39 Close\n\nThe meeting closed.\n")
    header = draft.header
    assert (header.council, header.panel, header.date, header.time, header.venue) == (
        "Kingsbridge City Council", "Kingsbridge Health and Wellbeing Board", "2024-02-14", "14:00",
        "Committee Room 2, Kingsbridge Civic Centre")
    assert _titles(draft) == [("38", "Welcome and Introductions"),
                                                                  ("39", "Close")]


def test_a_google_docs_export_bold_by_class_and_list_numbering_as_the_page_sets_it():
    from indexer.readers.html import read_html

    draft = read_html(
        "<html><head><style>.c2{font-weight:700;font-family:Arial}.c1{color:#000}</style></head><body>"
        "<p class='c1'><span class='c1'>Minutes of the Finance Committee held on 15 January 2024.</span></p>"
        "<ol start='1'><li><span class='c2'>Apologies for absence</span></li></ol><p><span class='c1'>None."
        "</span></p><ol start='2'><li><span class='c2'>Planning</span></li></ol><p>Applications:</p>"
        "<ol type='a'><li><p>PH/23/116 Mill Lane. No objection.</p></li><li><p>PH/23/117 Elm Row. Objection."
        "</p></li></ol><p><b>RECOMMENDED:</b></p><ol type='i'><li>to note the report;</li><li>to object.</li>"
        "</ol></body></html>")
    assert _titles(draft) == [("1.", "Apologies for absence"),
                                                                  ("2.", "Planning")]
    assert [p.text for p in draft.items[1].paragraphs] == [
        "Applications:", "a) PH/23/116 Mill Lane. No objection.", "b) PH/23/117 Elm Row. Objection.",
        "RECOMMENDED: (i) to note the report; (ii) to object."]


def test_markdown_a_converter_left_block_quotes_superscripts_and_footnotes_in():
    from indexer.reflow import text_to_blocks

    blocks = text_to_blocks("> RESOLVED that the report of 20^th^ March be noted.\n\n"
                            "Cllr Gould[^1] left the Chamber.\n\n[^1]: Cllr Gould returned later.\n")
    assert [block.text for block in blocks] == ["RESOLVED that the report of 20th March be noted.",
                                                "Cllr Gould left the Chamber.", "Cllr Gould returned later."]


def test_markdown_a_greater_than_sign_before_a_number_is_text_not_a_block_quote():
    from indexer.reflow import text_to_blocks

    blocks = text_to_blocks("> 50% of respondents supported the scheme.\n\n> > 1. That the scheme be approved.\n")
    assert [block.text for block in blocks] == ["> 50% of respondents supported the scheme.",
                                                "That the scheme be approved."]


def test_underlined_headings_are_headings_and_table_rules_are_not_text():
    from indexer.parse import parse_bytes

    text = ("Northshire County Council\n=========================\n\nHealth and Wellbeing Board\n"
            "--------------------------\n\nDate: 4 March 2025\n\n1.0 Welcome, introductions and apologies\n"
            "-----------------------------------------\n\nThe Chair welcomed everyone.\n\n"
            "2.0 Better Care Fund return\n--------------------------\n\n-------  ----------\nName     Role\n"
            "-------  ----------\n\nThe Board noted the return.\n")
    meeting = parse_bytes(text.encode(), "hwb.md")
    assert (meeting.council, meeting.panel, meeting.date) == (
        "Northshire County Council", "Health and Wellbeing Board", "2025-03-04")
    assert _titles(meeting) == [
        ("1.0", "Welcome, introductions and apologies"), ("2.0", "Better Care Fund return")]
    assert not any("---" in paragraph.text for item in meeting.items for paragraph in item.paragraphs)


def test_sentence_case_items_numbered_n_point_0_are_items():
    from indexer.parse import parse_bytes

    text = ("Schools Forum\n\nDate: 16 January 2025\n\n1.0 Welcome and apologies\n\nApologies were noted.\n\n"
            "2.0 Growth fund and falling rolls fund 2025/26\n\nThe Forum agreed the fund.\n")
    items = parse_bytes(text.encode(), "forum.txt").items
    assert [(item.number, item.title) for item in items] == [
        ("1.0", "Welcome and apologies"), ("2.0", "Growth fund and falling rolls fund 2025/26")]


def test_a_minute_number_alone_then_its_title_then_text_without_blank_lines():
    from indexer.parse import parse_bytes

    lines = ["Minutes of a meeting of the Cabinet held on Wednesday, 12th February, 2025 at 10.00 a.m.", "Present:",
             "Councillor K Ferreira (Leader of the Council and Portfolio Holder for Strategy) (Chair)",
             "Councillor D Okonkwo (Deputy Leader and Portfolio Holder for Finance)",
             "CAB/24/115", "Apologies for Absence",
             "Apologies for absence were received from Councillor J Whitlock (Portfolio Holder",
             "for Leisure and Wellbeing).", "CAB/24/116", "Declarations of Interest",
             "Councillor Birch declared an other registrable interest in minute CAB/24/121 as",
             "a board member of Harbridge Homes Ltd and left the meeting for that item."]
    meeting = parse_bytes("\n".join(lines).encode(), "cabinet.txt")
    assert [(item.number, item.title, len(item.paragraphs)) for item in meeting.items] == [
        ("CAB/24/115", "Apologies for Absence", 1), ("CAB/24/116", "Declarations of Interest", 1)]
    assert ("Councillor K Ferreira", "Chair, Leader of the Council and Portfolio Holder for Strategy") in [
        (person.name, person.role) for person in meeting.attendees]


def test_a_heading_written_as_an_accordion_button_keeps_its_text_and_page_furniture_goes():
    from indexer.readers.html import read_html

    page = ("<html><body><main><h1>Licensing Sub-Committee - Tuesday 11 February 2025 10.00 am</h1>"
            "<h2 class='accordion__heading'><button>1. Election of Chair</button></h2><p>Councillor Merritt was "
            "elected Chair.</p><h2><button>2. Declarations of interest</button></h2><p>There were none.</p>"
            "<p>Page last updated: 18 February 2025</p><p>Was this page helpful?</p></main></body></html>")
    draft = read_html(page)
    assert _titles(draft) == [
        ("1.", "Election of Chair"), ("2.", "Declarations of interest")]
    assert [paragraph.text for item in draft.items for paragraph in item.paragraphs] == [
        "Councillor Merritt was elected Chair.", "There were none."]


def test_a_long_capitals_heading_carries_on_on_the_next_capitals_line_a_short_one_does_not():
    from indexer.reflow import text_to_blocks

    blocks = text_to_blocks(
        "4. 24/01234/FUL - LAND NORTH OF MILL LANE, STOKE FERRY - ERECTION OF SIX DWELLINGS AND A NEW\n"
        "ACCESS ROAD\nThe officer presented the report.\n\n"
        "5. PLANNING APPLICATIONS\nP/24/0123 - LAND AT THE OLD FORGE\nThe Committee considered the application.\n")
    assert [(block.marker, block.text) for block in blocks][:2] == [
        ("4.", "24/01234/FUL - LAND NORTH OF MILL LANE, STOKE FERRY - ERECTION OF SIX DWELLINGS AND A NEW "
               "ACCESS ROAD"),
        (None, "The officer presented the report.")]
    assert [block.text for block in blocks][2:4] == ["PLANNING APPLICATIONS", "P/24/0123 - LAND AT THE OLD FORGE"]


def test_an_application_reference_alone_on_its_line_is_no_minute_number():
    meeting = _read("Minutes of the Planning Committee held on 14 January 2025\n\n1. DELEGATED DECISIONS\n\n"
                    "The Committee noted the decisions below.\n\n24/01402/FUL\n\nUnit 4, Brook Industrial Estate\n\n"
                    "2. DATE OF NEXT MEETING\n\nTuesday 11 February 2025.\n")
    assert [item.number for item in meeting.items] == ["1.", "2."]
    assert "24/01402/FUL" in [paragraph.text for paragraph in meeting.items[0].paragraphs]


def test_table_rows_of_short_cells_read_as_lines_under_their_column_headings():
    """A board's minutes page with its attendance, a vote and its action log set as tables: each row is one
    line (people with their roles and initials, so "GW presented" is Dr Grace Whitaker), the heading row
    names the cells and is no paragraph of its own."""
    from indexer.parse import parse_bytes

    page = """<html><body><main><h1>Health and Wellbeing Board</h1>
    <table><tr><th scope="row">Date</th><td>Monday 27 January 2025</td></tr>
    <tr><th scope="row">Venue</th><td>Room 2.14, Millbrook City Hall</td></tr></table>
    <h2>Present</h2>
    <table><thead><tr><th>Name</th><th>Title</th><th>Initials</th></tr></thead><tbody>
    <tr><td>Cllr Rachel Okafor (Chair)</td><td>Cabinet Member for Health</td><td>RO</td></tr>
    <tr><td>Dr Grace Whitaker</td><td>Director of Public Health</td><td>GW</td></tr></tbody></table>
    <h2>Minutes</h2>
    <h3>1. Joint Strategic Needs Assessment</h3>
    <p>GW presented the summary. RO thanked her for the work of her team.</p>
    <table><tr><th>FOR (6)</th><th>AGAINST (2)</th><th>ABSTAIN (0)</th></tr>
    <tr><td>Councillors Boyd and Kerr</td><td>Councillors Agnew and Boyle</td><td></td></tr></table>
    <h3>2. Action log</h3>
    <table><thead><tr><th>Ref</th><th>Action</th><th>Owner</th><th>Due</th></tr></thead>
    <tr><td>25/01</td><td>Circulate the mental health chapter</td><td>GW</td><td>14/02/2025</td></tr></table>
    </main></body></html>"""
    meeting = parse_bytes(page.encode(), "hwb.html")
    assert (meeting.date, meeting.venue) == ("2025-01-27", "Room 2.14, Millbrook City Hall")
    assert [(person.name, person.status) for person in meeting.attendees] == [
        ("Cllr Rachel Okafor", "present"), ("Dr Grace Whitaker", "present")]
    assert "Director of Public Health" in meeting.attendees[1].role
    assessment, log = meeting.items
    assert [paragraph.text for paragraph in assessment.paragraphs] == [
        "GW presented the summary. RO thanked her for the work of her team.",
        "FOR (6): Councillors Boyd and Kerr; AGAINST (2): Councillors Agnew and Boyle"]
    assert [speaker["name"] for speaker in assessment.paragraphs[0].speakers][:1] == ["Dr Grace Whitaker"]
    assert [paragraph.text for paragraph in log.paragraphs] == [
        "Ref: 25/01; Action: Circulate the mental health chapter; Owner: GW; Due: 14/02/2025"]


def test_a_financial_year_or_an_amount_opening_a_line_is_no_minute_number():
    meeting = _read("Minutes of the Cabinet held on 22 January 2025\n\nC.48\nREVENUE BUDGET AND MEDIUM TERM FINANCIAL "
                    "STRATEGY\n2025/26 TO 2028/29\n\nThe Director of Finance presented the report.\n\n"
                    "C.49 PAYMENTS\n\nThe following payments were approved:\n\nJ Hollis\n\n340.00\n\n"
                    "Green Spaces Ltd\n\n408.00\n\nC.50 DATE OF NEXT MEETING\n\nTuesday 11 February 2025.\n")
    assert _titles(meeting) == [
        ("C.48", "REVENUE BUDGET AND MEDIUM TERM FINANCIAL STRATEGY 2025/26 TO 2028/29"), ("C.49", "PAYMENTS"),
        ("C.50", "DATE OF NEXT MEETING")]
    assert "340.00" in [paragraph.text for paragraph in meeting.items[1].paragraphs]


def test_items_numbered_in_roman_numerals_and_councillors_listed_after_the_chair():
    meeting = _read("KIRKTON COMMUNITY COUNCIL\n\nMinutes of the meeting held on Tuesday 4 March 2025 at 7pm in "
                    "Kirkton Village Hall\n\nPresent: Mrs A Brown (Chair)\nCouncillors J Smith, K Patel and L Moore\n\n"
                    "I. APOLOGIES\n\nApologies were received from Mr D Green.\n\nII. Minutes of previous meeting\n\n"
                    "The minutes were approved.\n\nIV. ANY OTHER BUSINESS\n\nMr Smith asked about the bus shelter.\n")
    assert _titles(meeting) == [
        ("I.", "APOLOGIES"), ("II.", "Minutes of previous meeting"), ("IV.", "ANY OTHER BUSINESS")]
    assert [(person.name, person.role) for person in meeting.attendees if person.status == "present"] == [
        ("Mrs A Brown", "Chair"), ("Councillor J Smith", None), ("Councillor K Patel", None),
        ("Councillor L Moore", None)]


def test_a_sentence_that_runs_on_into_the_decision_on_the_next_line_is_one_paragraph():
    from indexer.reflow import text_to_blocks

    blocks = text_to_blocks("The Clerk reported that the quote for the new swings was £4,800.\nProposed by Cllr Hill\n"
                            "Seconded by Cllr Khan and\nAGREED to accept the quote.\n\nRESOLVED that the report be "
                            "noted.\n")
    assert [block.text for block in blocks] == [
        "The Clerk reported that the quote for the new swings was £4,800.",
        "Proposed by Cllr Hill Seconded by Cllr Khan and AGREED to accept the quote.",
        "RESOLVED that the report be noted."]


def test_a_scottish_sederunt_present_as_a_wrapped_paragraph_then_apologies_under_their_own_heading():
    meeting = _read("Minute of Meeting of the Education Committee\n\nThursday, 6 February 2025\n\nPRESENT\n\n"
                    "Councillor Fiona Grant (Convener), Councillor Alasdair McLeod (Depute Convener),\n"
                    "Provost Morag Stewart, Councillor Euan\nCruickshank, Ms Elspeth Walker\n"
                    "(Teacher representative)\n\n"
                    "APOLOGIES\n\nCouncillor Neil Cameron, Father Michael Doyle\n\n1.    Chair\n\n"
                    "The meeting was chaired by Councillor Fiona Grant as Convener of the Committee.\n")
    assert [(person.name, person.status) for person in meeting.attendees] == [
        ("Councillor Fiona Grant", "present"), ("Councillor Alasdair McLeod", "present"),
        ("Provost Morag Stewart", "present"), ("Councillor Euan Cruickshank", "present"),
        ("Ms Elspeth Walker", "present"), ("Councillor Neil Cameron", "apologies"),
        ("Father Michael Doyle", "apologies")]
    assert meeting.attendees[4].role == "Teacher representative"
    assert _titles(meeting) == [("1.", "Chair")]


def test_min_without_its_full_stop_numbers_a_minute_and_a_wrapped_line_opening_with_a_date_goes_on():
    meeting = _read("Minutes of Ashby Parish Council held on 4 March 2025\n\nMin 24/101   Apologies for absence\n\n"
                    "Apologies were received from Cllr Reed.\n\nMin 24/102   Minutes\n\nRESOLVED that the minutes of "
                    "the meeting held on\n26 November 2024 be confirmed as a correct record and signed by the\n"
                    "Chairman.\n")
    assert _titles(meeting) == [
        ("24/101", "Apologies for absence"), ("24/102", "Minutes")]
    assert [paragraph.text for paragraph in meeting.items[1].paragraphs] == [
        "RESOLVED that the minutes of the meeting held on 26 November 2024 be confirmed as a correct record and "
        "signed by the Chairman."]


def test_a_line_break_then_a_new_line_in_the_page_source_and_site_furniture():
    from indexer.parse import parse_bytes

    page = ("<html><body><div id='content'><h1>Ashby Parish Council</h1><p>Minutes of the meeting held on 4 March "
            "2025</p><p><strong>25/032 Playing field</strong><br>\nThe quote was £4,800.<br>\nProposed Cllr Penrose, "
            "seconded Cllr Hill.<br>\nAll agreed.</p><p><a href='#top'>Back to top</a></p><p>Comments are closed.</p>"
            "</div><div id='siteFooter'><p>Ashby Parish Council, The Old School, Ashby</p></div>"
            "<p>© Ashby Parish Council 2025. All rights reserved.</p></body></html>")
    meeting = parse_bytes(page.encode(), "ashby.html")
    assert [paragraph.text for item in meeting.items for paragraph in item.paragraphs] == [
        "The quote was £4,800.", "Proposed Cllr Penrose, seconded Cllr Hill.", "All agreed."]


def test_a_meeting_page_inside_the_site_s_one_form_with_its_header_navigation_and_tabs():
    """A committee system's "View meeting" page (Civica CMIS on DotNetNuke): the site's header, its search box and
    main navigation, and the page's tabs (links to its own parts) are no part of the minutes, so the title and
    details table head the meeting."""
    from indexer.parse import parse_bytes

    page = (
        "<html><head><title>Meeting of Tarnside Joint Waste Committee - Tarnside Borough Council</title></head><body>"
        "<form method='post' action='/cmis5/Meetings.aspx' id='Form'><div id='header'><a href='/'>Tarnside Borough "
        "Council</a><div id='search'><input type='text'><a href='#'>Search</a></div><ul id='mainNav'><li><a "
        "href='/Meetings.aspx'>Meetings</a></li><li><a href='/Councillors.aspx'>Councillors</a></li></ul></div>"
        "<div class='cmisMeeting'><h2>Tarnside Joint Waste Committee</h2><table class='MeetingDetails'>"
        "<tr><th scope='row'>Date:</th><td>Thursday, 20th June, 2024</td></tr><tr><th scope='row'>Time:</th>"
        "<td>10.00 am</td></tr><tr><th scope='row'>Venue:</th><td>Committee Room 1, Wellmoor Offices</td></tr>"
        "</table><div class='cmisTabs'><ul><li><a href='#agenda'>Agenda and minutes</a></li><li><a "
        "href='#attendance'>Attendance</a></li><li><a href='#documents'>Documents</a></li></ul></div>"
        "<div id='attendance'><h3>Attendance</h3><table><thead><tr><th>Name</th><th>Representing</th>"
        "<th>Attendance</th></tr></thead><tbody><tr><td>Councillor Joanne Pickavance</td><td>Wellmoor District "
        "Council</td><td>Present</td></tr><tr><td>Councillor Bernard Tyldesley</td><td>Hexby District Council</td>"
        "<td>Apologies</td></tr></tbody></table><h4>Officers in attendance</h4><ul><li>Helen Threlfall – Contracts "
        "Manager</li></ul></div><div id='agenda'><div class='AgendaItem'><div><span>1.</span> <span>Apologies for "
        "absence</span></div><p>Apologies were received from Councillor Bernard Tyldesley.</p></div>"
        "<div class='AgendaItem'><div><span>2.</span> <span>Food waste collections</span></div><p>RESOLVED – That "
        "the weekly food waste collection service start on 5 October 2025.</p></div></div></div></form>"
        "</body></html>")
    meeting = parse_bytes(page.encode(), "jwc.html")
    assert (meeting.panel, meeting.date, meeting.time, meeting.venue) == (
        "Tarnside Joint Waste Committee", "2024-06-20", "10:00", "Committee Room 1, Wellmoor Offices")
    assert [(person.name, person.status) for person in meeting.attendees] == [
        ("Councillor Joanne Pickavance", "present"), ("Councillor Bernard Tyldesley", "apologies"),
        ("Helen Threlfall", "in attendance")]
    assert [(item.number, item.title, [paragraph.text for paragraph in item.paragraphs])
            for item in meeting.items if item.paragraphs] == [
        ("1.", "Apologies for absence", ["Apologies were received from Councillor Bernard Tyldesley."]),
        ("2.", "Food waste collections", ["RESOLVED – That the weekly food waste collection service start on 5 "
                                          "October 2025."])]


def test_a_title_case_heading_wrapped_onto_a_short_line_and_a_typed_underline_under_the_words():
    from indexer.reflow import text_to_blocks

    blocks = text_to_blocks(
        "CAB/24/121  Ashcombe Riverside Regeneration\n– Compulsory Purchase Order (Key Decision)\n\n"
        "The Director of Place reported that agreement had been reached with most owners.\n\n"
        "CAB/24/122  Leisure Management Contract –\nExtension\n\nDecision: That the contract be extended.\n\n"
        "CAB/24/123  Date of Next Meeting\nTuesday 4 March 2025\n\n"
        "89.     APOLOGIES\n        ---------\n\nApologies were received from Councillor Fordham.\n")
    texts = [(block.marker, block.text) for block in blocks]
    assert texts[0] == (None, "CAB/24/121 Ashcombe Riverside Regeneration – Compulsory Purchase Order (Key Decision)")
    assert texts[2] == (None, "CAB/24/122 Leisure Management Contract – Extension")
    assert texts[4:6] == [(None, "CAB/24/123 Date of Next Meeting"), (None, "Tuesday 4 March 2025")]
    assert "---------" not in [text for _, text in texts]


def test_a_markdown_pipe_table_of_members_and_one_of_actions():
    from indexer.parse import parse_bytes

    page = ("# Health and Wellbeing Board\n\nMinutes of the meeting held on 11 March 2025\n\n**Present:**\n\n"
            "| Name | Role / Organisation |\n|------|------|\n"
            "| Cllr Helen Baptiste | Executive Member for Health (**Chair**) |\n"
            "| Rachel Osei | Director of Public Health |\n\n"
            "## 1. Weight management\n\nRachel Osei introduced the proposal.\n\n"
            "## 2. Action log\n\n| Ref | Action | Owner | Due |\n|-----|-----|-----|-----|\n"
            "| HWB-25-01 | Report options for holiday bus travel | R Osei | 10/06/2025 |\n")
    meeting = parse_bytes(page.encode(), "hwb.md")
    assert [(person.name, person.status) for person in meeting.attendees] == [
        ("Cllr Helen Baptiste", "present"), ("Rachel Osei", "present")]
    assert [speaker["name"] for speaker in meeting.items[0].paragraphs[0].speakers] == ["Rachel Osei"]
    assert [paragraph.text for paragraph in meeting.items[1].paragraphs] == [
        "Ref: HWB-25-01; Action: Report options for holiday bus travel; Owner: R Osei; Due: 10/06/2025"]


def test_a_page_with_a_details_list_a_table_of_contents_and_attendance_in_a_word_table():
    """The header goes on past "Status: Approved", a table of contents and an "Attendance" heading; a word
    processor's table has a bold first row, not <th>, and an attendance column says who came."""
    from indexer.parse import parse_bytes

    page = """<html><body><main><h1>Minutes: Police and Crime Panel, 7 February 2025</h1>
    <dl><dt>Time</dt><dd>10.30am</dd><dt>Venue</dt><dd>Shire Hall, Wyreford</dd>
    <dt>Host authority</dt><dd>Wyreford County Council</dd><dt>Status</dt><dd>Approved</dd></dl>
    <h2>Contents</h2><ol><li>Apologies</li><li>Police precept 2025/26</li></ol>
    <h2>Attendance</h2>
    <table><tr><td><p><b>Member</b></p></td><td><p><b>Attendance</b></p></td></tr>
    <tr><td><p>Mrs M Pryce (Chairman)</p></td><td><p>Present</p></td></tr>
    <tr><td><p>Mr T Hewitt</p></td><td><p>Apologies</p></td></tr></table>
    <h2>1. Apologies</h2><p>Apologies were received from Mr T Hewitt.</p>
    <h2>2. Police precept 2025/26</h2><p>The Commissioner presented his proposed precept of £14.00 for a Band D
    property.</p></main></body></html>"""
    meeting = parse_bytes(page.encode(), "panel.html")
    assert (meeting.council, meeting.panel, meeting.date, meeting.time, meeting.venue) == (
        "Wyreford County Council", "Police and Crime Panel", "2025-02-07", "10:30", "Shire Hall, Wyreford")
    assert [(person.name, person.role, person.status) for person in meeting.attendees] == [
        ("Mrs M Pryce", "Chair", "present"), ("Mr T Hewitt", None, "apologies")]
    assert _titles(meeting) == [
        ("1.", "Apologies"), ("2.", "Police precept 2025/26")]


def test_items_lettered_in_sequence_and_an_initial_that_is_no_item():
    meeting = _read("Glenmorven Community Council\n\nMINUTES of Ordinary Meeting held on Wednesday 5th March 2025\n\n"
                    "Present:\nHamish Laird (Chair)\nMorag Stewart (Secretary)\n\nIn attendance: PC Calum Reid\n\n"
                    "A.  Welcome and Apologies\nThe Chair welcomed everyone to the meeting.\n\n"
                    "B.  Minutes of Previous Meeting\nThe minutes were approved without amendment.\n\n"
                    "C.  Police Report\nPC Reid reported 14 calls since the last meeting.\n")
    assert _titles(meeting) == [
        ("A.", "Welcome and Apologies"), ("B.", "Minutes of Previous Meeting"), ("C.", "Police Report")]
    names = _read("Minutes of Kirkton Parish Council held on 4 March 2025\n\nPresent:\nJ. Smith (Chair)\n"
                  "K. Patel\n\n1. APOLOGIES\n\nNone.\n\n2. PLAYING FIELD\n\nThe quote was accepted.\n")
    assert [(person.name, person.role) for person in names.attendees] == [("J. Smith", "Chair"), ("K. Patel", None)]
    assert [item.number for item in names.items] == ["1.", "2."]


def test_a_page_of_short_table_cells_is_still_wrapped_text():
    """A sentence ending at the end of a line does not end the paragraph in wrapped text, also when a table
    of short cells makes most of the page's lines."""
    from indexer.reflow import text_to_blocks

    cells = "".join(f"SSP/24/0{n}\n\nReview the plan\n\nDH\n\nOct 2024\n\n" for n in range(1, 7))
    text = ("Dawn Hollis presented the annual strategic assessment. Reported crime in the\n"
            "borough had fallen by 3%, but violence with injury in the town centre had risen by 12%.\n"
            "Shoplifting had increased by 38% and was now the highest volume crime in the\n"
            "town centre, which the partnership would make its first priority for the year.\n\n" + cells)
    assert text_to_blocks(text)[0].text.endswith("its first priority for the year.")


def test_the_signature_block_at_the_end_is_no_paragraph():
    meeting = _read("Minutes of the Cabinet held on 4 March 2025\n\n1. BUDGET\n\nRESOLVED that the budget be approved."
                    "\n\nThe meeting closed at 8.47 pm.\n\n........................\n\nLORD MAYOR\n\nDATED:\n")
    assert [paragraph.text for paragraph in meeting.items[-1].paragraphs] == [
        "RESOLVED that the budget be approved.", "The meeting closed at 8.47 pm."]


_SENTENCE_CASE = """MINUTES OF THE MEETING OF ASHWELL PARISH COUNCIL HELD ON MONDAY 10 FEBRUARY 2025

1. Apologies for absence
Apologies were received from Cllr White.

2. Highways and footpaths
The Clerk has reported the blocked culvert on Mill Lane to the county council.

3. Public forum
No members of the public were present.
"""


def test_numbered_headings_in_sentence_case_are_items():
    assert _titles(_read(_SENTENCE_CASE)) == [("1.", "Apologies for absence"), ("2.", "Highways and footpaths"),
                                              ("3.", "Public forum")]


def test_bold_numbered_headings_in_sentence_case_are_items_in_markdown_and_html():
    from indexer.readers.html import read_html

    markdown = ("# Minutes of Ashwell Parish Council, 10 February 2025\n\n**1. Apologies for absence**\n\n"
                "Apologies were received.\n\n**2. Highways and footpaths**\n\nThe Clerk has reported the culvert.\n")
    assert _titles(_read(markdown)) == [("1.", "Apologies for absence"), ("2.", "Highways and footpaths")]
    page = ("<html><body><main><p>Minutes of Ashwell Parish Council held on 10 February 2025</p>"
            "<p><strong>1. Apologies for absence</strong></p><p>Apologies were received.</p>"
            "<p><strong>2. Highways and footpaths</strong></p><p>The Clerk has reported the culvert.</p>"
            "</main></body></html>")
    assert _titles(read_html(page)) == [("1.", "Apologies for absence"), ("2.", "Highways and footpaths")]


def test_a_bold_numbered_title_opening_with_a_number_is_an_item_with_its_text_on_the_next_line():
    """"**5. 20mph / 20mya**" over its text with no blank line between is item 5, its text the item's own."""
    markdown = ("# Llanfair Isaf Community Council\n\n## Minutes of the meeting held on 9 April 2025\n\n"
                "**4. Minutes / Cofnodion**\nThe minutes of 12 March were agreed.\n\n"
                "**5. 20mph / 20mya**\nThe County Council will restore 30mph on the A4120 in June.\n\n"
                "**6. Play area / Maes chwarae**\nThe new swings are in place.\n")
    draft = _read(markdown)
    assert _titles(draft) == [("4.", "Minutes / Cofnodion"), ("5.", "20mph / 20mya"),
                              ("6.", "Play area / Maes chwarae")]
    assert [paragraph.text for paragraph in draft.items[1].paragraphs] == [
        "The County Council will restore 30mph on the A4120 in June."]


def test_a_numbered_heading_whose_title_could_label_attendance_is_an_item_in_sequence():
    """"### 7. Co-opted member" between items 6 and 8 is item 7, not a line of item 6's text."""
    markdown = ("# Harbury Vale SACRE\n\n## Minutes of the meeting held on 6 March 2025\n\n"
                "### 6. Syllabus review\n\nThe adviser reported progress.\n\n"
                "### 7. Co-opted member\n\nThe Chair welcomed Ms Okonedo as a co-opted member.\n\n"
                "### 8. Date of next meeting\n\n12 June 2025.\n")
    draft = _read(markdown)
    assert _titles(draft) == [("6.", "Syllabus review"), ("7.", "Co-opted member"), ("8.", "Date of next meeting")]


def test_sentence_case_items_before_items_in_capitals_that_count_on_from_them_are_all_items():
    """"1. Welcome and apologies" … "3. Treasurer's report", then "4. AOCB" and "5. DONM: …" in capitals: the
    numbers count 1 to 5 down the page, so all five are items, not just the two in capitals."""
    text = """BALLINDEAN COMMUNITY COUNCIL

Minutes of meeting held on Wednesday 5 March 2025 at 7.30pm in Ballindean Hall

Present: Iona Reid (Chair), Struan Bell (Treasurer)

1. Welcome and apologies
Iona welcomed all.

2. Windfarm community fund
Struan reported that the account was now open.

3. Treasurer's report
Balance £2,406.10.

4. AOCB
Litter pick on 12 April.

5. DONM: Wednesday 2 April 2025, 7.30pm.
"""
    assert _titles(_read(text)) == [("1.", "Welcome and apologies"), ("2.", "Windfarm community fund"),
                                    ("3.", "Treasurer's report"), ("4.", "AOCB"), ("5.", "DONM")]


def test_a_whole_section_number_heads_an_item_with_its_text_on_the_next_line():
    draft = _read(_SENTENCE_CASE.replace("1. ", "1.0 ").replace("2. ", "2.0 ").replace("3. ", "3.0 ")
                  .replace("\n\n", "\n").replace("2025\n", "2025\n\n"))
    assert _titles(draft) == [("1.0", "Apologies for absence"), ("2.0", "Highways and footpaths"),
                              ("3.0", "Public forum")]
    assert draft.items[1].paragraphs[0].text.startswith("The Clerk has reported")


def test_a_sentence_case_numbered_line_out_of_the_items_sequence_is_no_item():
    text = """MINUTES OF THE MEETING OF ASHWELL PARISH COUNCIL HELD ON MONDAY 10 FEBRUARY 2025

5. Finance Report
The Clerk presented the accounts for January.

1. Repairs to the bus shelter
The quotation from Hale Builders was noted.

6. Planning Applications
There were no applications.
"""
    draft = _read(text)
    assert _titles(draft) == [("5.", "Finance Report"), ("6.", "Planning Applications")]
    assert "1. Repairs to the bus shelter" in [paragraph.text for paragraph in draft.items[0].paragraphs]


def test_a_bold_label_before_each_decision_is_kept_every_time():
    text = "# Licensing Committee, Tuesday 4 March 2025\n\n" + "".join(
        f"## {number}. {title}\n\nThe Licensing Manager presented the report.\n\n**RESOLVED:**\n\n"
        f"That the {title.lower()} be approved.\n\n"
        for number, title in ((1, "Taxi Fares"), (2, "Street Trading Policy"), (3, "Gambling Statement")))
    assert [paragraph for paragraph in _paragraphs(_read(text)) if "RESOLVED" in paragraph] == [
        "RESOLVED: That the taxi fares be approved.", "RESOLVED: That the street trading policy be approved.",
        "RESOLVED: That the gambling statement be approved."]


def test_a_decision_ending_that_and_a_dash_leads_its_clauses():
    text = _SENTENCE_CASE.replace("No members of the public were present.", "RESOLVED: That—\n(a) the report be "
                                  "noted;\n(b) the Clerk write to the county council.")
    assert _paragraphs(_read(text))[-1] == ("RESOLVED: That— (a) the report be noted; (b) the Clerk write to the "
                                            "county council.")


def test_a_body_that_resolved_to_leads_its_long_clauses():
    clause = ("the Executive Director of Environment and Transport, in consultation with the Cabinet Member for "
              "Highways and Transport and the Director of Finance and Section 151 Officer, and having taken the advice "
              "of the Monitoring Officer on the terms of the agreement with the contractor, {}")
    text = _SENTENCE_CASE.replace("No members of the public were present.", "Cabinet RESOLVED to:\n\n(a) ask "
                                  + clause.format("to finalise and complete the contract documentation for the "
                                                  "new term;") + "\n\n(b) request " + clause.format(
                                      "to report on the mobilisation of the contract by July 2025."))
    assert _paragraphs(_read(text))[-1].startswith("Cabinet RESOLVED to: (a) ask the Executive Director")
    assert _paragraphs(_read(text))[-1].endswith("(b) request the Executive Director of Environment and Transport, "
                                                 "in consultation with the Cabinet Member for Highways and Transport "
                                                 "and the Director of Finance and Section 151 Officer, and having "
                                                 "taken the advice of the Monitoring Officer on the terms of the "
                                                 "agreement with the contractor, to report on the mobilisation of "
                                                 "the contract by July 2025.")


def test_minutes_pasted_into_an_email_reply_are_read_without_the_quote_marks():
    minutes = _SENTENCE_CASE.replace("1. Apologies for absence", "25/11 APOLOGIES").replace(
        "2. Highways and footpaths", "25/12 HIGHWAYS").replace("3. Public forum", "25/13 PUBLIC FORUM")
    quoted = "\n".join(f"> {line}" if line else ">" for line in minutes.splitlines())
    draft = _read("From: Clerk\nSubject: Draft minutes\n\nDraft minutes below.\n\n" + quoted)
    assert _titles(draft) == [("25/11", "APOLOGIES"), ("25/12", "HIGHWAYS"), ("25/13", "PUBLIC FORUM")]
    assert draft.header.date == "2025-02-10"


def test_part_1_and_part_2_of_the_agenda_are_no_item_numbers():
    text = """MINUTES OF THE MEETING OF THE HIGH FELLS NATIONAL PARK AUTHORITY HELD ON TUESDAY 25 MARCH 2025

NPA/25/14 Apologies for Absence
None were received.

PART 2 – EXEMPT INFORMATION

NPA/25/15 Staffing Matter (Exempt – Paragraph 1)
The Authority considered the report.
"""
    assert [number for number, _ in _titles(_read(text))] == ["NPA/25/14", "NPA/25/15"]


def test_a_typed_table_without_a_rule_line_is_read_row_by_row_under_its_headings():
    text = """Minutes of the Ordinary Meeting of Testville Parish Council held on Thursday 13th March 2025

2025/034 Finance
The following payments were approved:

Payee                | Details              | Amount (£) | Paid by
K. Lampard           | Clerk salary March   |     612.40 | BACS
Wallop Village Hall  | Hall hire Jan–Mar    |      90.00 | 101284
TOTAL                |                      |     702.40 |

RESOLVED to approve the payments listed above.

2025/035 Highways
The Clerk reported the pothole in Mill Lane.
"""
    draft = _read(text)
    assert _titles(draft) == [("2025/034", "Finance"), ("2025/035", "Highways")]
    assert _paragraphs(draft)[1:5] == [
        "Payee: K. Lampard; Details: Clerk salary March; Amount (£): 612.40; Paid by: BACS",
        "Payee: Wallop Village Hall; Details: Hall hire Jan–Mar; Amount (£): 90.00; Paid by: 101284",
        "TOTAL: 702.40",  # the totals row, a label and its amount: no heading
        "RESOLVED to approve the payments listed above."]


def test_the_signed_and_dated_lines_and_a_download_link_are_no_paragraphs():
    from indexer.readers.html import read_html

    text = _SENTENCE_CASE + "\nSigned: Mohammed Akhtar, Monitoring Officer\nDate: 10 February 2025\n"
    assert _paragraphs(_read(text))[-1] == "No members of the public were present."
    irish = _SENTENCE_CASE + "\nSigned: ______________________\nCathaoirleach\n\nDate: ______________________\n"
    assert _paragraphs(_read(irish))[-1] == "No members of the public were present."
    page = ("<html><body><main><p>Minutes of Ashwell Parish Council held on 10 February 2025</p>"
            "<p><strong>1. Apologies for absence</strong></p><p>Apologies were received.</p>"
            "<p><strong>2. Date of next meeting</strong></p><p>Monday 3rd March 2025 at 7.00pm.</p>"
            '<div class="downloads"><a href="/m.pdf">Download these minutes (PDF, 212KB)</a></div>'
            "</main></body></html>")
    assert _paragraphs(read_html(page)) == ["Apologies were received.", "Monday 3rd March 2025 at 7.00pm."]


def test_attendance_under_group_labels_one_person_a_line_with_their_role_after_a_comma():
    text = """MINUTES OF THE MONTHLY MEETING OF THE BALTINGLASS MUNICIPAL DISTRICT HELD ON MONDAY 14TH APRIL 2025

Cathaoirleach: Cllr. Aoife Ní Bhriain

Secretary of State Members:
Dr Anita Gorse
Ms Helen Harrop

Officials Present:
Mr. Ciarán Mulvey, Director of Services
Ms. Orla Brady, District Manager

1. MATTERS ARISING
The District Manager replied that the works had been tendered.
"""
    draft = _read(text)
    assert [(person.name, person.role, person.group) for person in draft.attendees] == [
        ("Cllr. Aoife Ní Bhriain", "Chair", "member"), ("Dr Anita Gorse", None, "member"),
        ("Ms Helen Harrop", None, "member"), ("Mr. Ciarán Mulvey", "Director of Services", "officer"),
        ("Ms. Orla Brady", "District Manager", "officer")]


def test_attendance_councillors_after_a_comma_and_and_a_substitute():
    from indexer.attendance import parse_attendance

    people = parse_attendance("Present: Councillor Margaret Oyelaran (Chairman), and Councillors Aldridge, Bhatti "
                              "and Whitlock.")
    assert [(p.name, p.role) for p in people] == [("Councillor Margaret Oyelaran", "Chair"),
                                                  ("Councillor Aldridge", None), ("Councillor Bhatti", None),
                                                  ("Councillor Whitlock", None)]
    substitute = parse_attendance("SUBSTITUTE MEMBERS: Councillor Joan Fairweather (for Councillor Keith Eames).")
    assert [(p.name, p.role) for p in substitute] == [("Councillor Joan Fairweather", "Substitute")]


def test_a_sentence_in_capitals_goes_on_past_a_word_that_cannot_end_it():
    text = _SENTENCE_CASE.replace("No members of the public were present.",
                                  "The Clerk has reported the culvert. CLERK TO\nCHASE HIGHWAYS (DV).")
    assert _paragraphs(_read(text))[-1] == "The Clerk has reported the culvert. CLERK TO CHASE HIGHWAYS (DV)."


def test_a_page_s_unnumbered_subheadings_under_numbered_items_are_parts_of_them():
    from indexer.readers.html import read_html

    page = ("<html><body><main><h1>Minutes of Ashvale District Council held on 12 March 2025</h1>"
            "<h2>C.112 Apologies for absence</h2><p>Apologies were received from Councillor Hebden.</p>"
            "<h2>C.113 Questions from Members</h2><h3>Question 1 from Councillor Cottam</h3><p>How many?</p>"
            "<h3>Question 2 from Councillor Whitlock</h3><p>When?</p><h3>Question 3 from Councillor Kaur</h3>"
            "<p>Why?</p><h2>C.114 Notices of Motion</h2><p>None were received.</p></main></body></html>")
    draft = read_html(page)
    assert _titles(draft) == [("C.112", "Apologies for absence"), ("C.113", "Questions from Members"),
                              ("C.114", "Notices of Motion")]
    assert [paragraph.text for paragraph in draft.items[1].paragraphs][:2] == [
        "Question 1 from Councillor Cottam: How many?", "Question 2 from Councillor Whitlock: When?"]


def test_a_planning_committee_s_public_speakers_item_by_item_are_attendees_not_items():
    text = """PLANNING COMMITTEE

Minutes of the meeting held on Thursday 6 March 2025 at 2.00 p.m.

Members Present:
Councillor K. Lindqvist (Chair)

Public Speakers:
Item 5 – Mrs P. Walton (Objector), Mr G. Hetherington (Agent for the applicant)
Item 6 – Mr D. Kirkup (Supporter)

PL/25/031 APOLOGIES FOR ABSENCE
Apologies for absence were received from Councillor R. Oliver.
"""
    draft = _read(text)
    assert [number for number, _ in _titles(draft)] == ["PL/25/031"]
    assert [(p.name, p.role) for p in draft.attendees if p.status == "in attendance"] == [
        ("Mrs P. Walton", "Objector"), ("Mr G. Hetherington", "Agent for the applicant"), ("Mr D. Kirkup", "Supporter")]


def test_a_numbered_title_ending_in_a_number_keeps_the_text_below_it():
    text = _SENTENCE_CASE.replace("2. Highways and footpaths", "2. Phase 2").replace("3. Public forum", "3. Ward 4")
    draft = _read(text)
    assert _titles(draft) == [("1.", "Apologies for absence"), ("2.", "Phase 2"), ("3.", "Ward 4")]
    assert [len(item.paragraphs) for item in draft.items] == [1, 1, 1]


def test_page_numbers_set_to_the_right_end_pages_in_text_saved_without_form_feeds():
    """Each page ends with its number far to the right, the next starts with a running header printed twice in
    a three-page document: neither is an item ("1 Monthly Meeting of Council – 4 March 2025"), and the item the
    page break fell in keeps its text."""
    text = """DRUMNAVADDY BOROUGH COUNCIL

Minutes of the Monthly Meeting of Drumnavaddy Borough Council held in the Council Chamber on Tuesday 4 March 2025

C/2025/031 MINUTES

RESOLVED – that the minutes of the meeting held on 4 February 2025 be signed as correct.

C/2025/032 LEISURE CENTRE OPENING HOURS

                                                                      1

Monthly Meeting of Council – 4 March 2025

The Director of Leisure presented the report.

C/2025/033 CORRESPONDENCE

The Chief Executive reported a letter from the Department.

                                                                      2

Monthly Meeting of Council – 4 March 2025

This being all the business, the meeting closed at 8.40 pm.

                                                                      3
"""
    draft = _read(text)
    assert _titles(draft) == [("C/2025/031", "MINUTES"), ("C/2025/032", "LEISURE CENTRE OPENING HOURS"),
                              ("C/2025/033", "CORRESPONDENCE")]
    assert [paragraph.text for paragraph in draft.items[1].paragraphs] == [
        "The Director of Leisure presented the report."]
    assert [paragraph.text for paragraph in draft.items[2].paragraphs] == [
        "The Chief Executive reported a letter from the Department.",
        "This being all the business, the meeting closed at 8.40 pm."]


def test_minutes_of_one_paragraph_each_hard_wrapped_without_blank_lines():
    """"23/101 APOLOGIES FOR ABSENCE: Cllr M Leaman …" typed line after line with no blank line between: each
    minute is an item titled by its capitals, its text running on over the wrapped lines, and a reference that
    wrapped to the start of a line ("raised under" / "23/103. RESOLVED …") is no item."""
    text = """ASHCOMBE ST MARY PARISH COUNCIL
Minutes of the Meeting of Ashcombe St Mary Parish Council held on Tuesday
11th March 2025 at 7.30pm in the Village Hall
Present: Cllr P Dart (Chairman), Cllr R Yeo, Cllr Mrs T Sloman
In attendance: Mrs S Widger (Clerk) and 3 members of the public
25/031 APOLOGIES FOR ABSENCE: Cllr M Hext (work commitment). Accepted.
25/032 DECLARATIONS OF INTEREST: None.
25/033 PUBLIC PARTICIPATION: Mr Colin Pike said the ford had flooded
again on 2nd March.
25/034 SPEEDING ON TOTNES ROAD: Members discussed the speeding raised under
25/033. RESOLVED that the Clerk obtain quotations for a speed sign. Proposed
Cllr Sloman, seconded Cllr Yeo, all in favour.
25/035 PLANNING: 25/00114/FUL, Land at Lower Barton: the District
Council had refused the application on 3rd March 2025.
25/036 DATE OF NEXT MEETING: Tuesday 8th April 2025 at 7.30pm.
"""
    draft = _read(text)
    assert _titles(draft) == [("25/031", "APOLOGIES FOR ABSENCE"), ("25/032", "DECLARATIONS OF INTEREST"),
                              ("25/033", "PUBLIC PARTICIPATION"), ("25/034", "SPEEDING ON TOTNES ROAD"),
                              ("25/035", "PLANNING"), ("25/036", "DATE OF NEXT MEETING")]
    assert [paragraph.text for paragraph in draft.items[3].paragraphs] == [
        "Members discussed the speeding raised under 25/033.",
        "RESOLVED that the Clerk obtain quotations for a speed sign. Proposed Cllr Sloman, seconded Cllr Yeo, all "
        "in favour."]
    assert [paragraph.text for paragraph in draft.items[4].paragraphs] == [
        "25/00114/FUL, Land at Lower Barton: the District Council had refused the application on 3rd March 2025."]


def test_a_typed_page_number_between_tildes_is_no_text():
    text = _SENTENCE_CASE.replace("The Clerk has reported the blocked culvert on Mill Lane to the county council.",
                                  "The Clerk has reported the culvert and a repair was\n\n~ 1 ~\n\nrequested.")
    assert "The Clerk has reported the culvert and a repair was requested." in _paragraphs(_read(text))


def test_a_bare_page_number_beside_the_chair_s_initials_line_is_no_text():
    footer = "Ashwell PC - Minutes 10/02/2025            Chairman's initials ......."
    text = _SENTENCE_CASE.replace("The Clerk has reported the blocked culvert on Mill Lane to the county council.",
                                  f"The Clerk has reported the culvert and a repair was\n\n1\n{footer}\n\n"
                                  "requested.").replace("3. Public forum", f"2\n{footer}\n\n3. Public forum")
    draft = _read(text)
    assert "The Clerk has reported the culvert and a repair was requested." in _paragraphs(draft)
    assert _titles(draft)[-1] == ("3.", "Public forum")


def test_a_scan_s_capital_i_in_cllr_is_the_councillor_s_title():
    draft = _read(_SENTENCE_CASE.replace("Apologies were received from Cllr White.",
                                         "Apologies were received from CIlr White and CIlrs Hope and Dale."))
    assert _paragraphs(draft)[0] == "Apologies were received from Cllr White and Cllrs Hope and Dale."


_ONE_PARAGRAPH_AN_ITEM = """Oakhurst Parish Council

Minutes of the meeting of Oakhurst Parish Council held on Tuesday 4 March 2025 at 7.30pm in the Village Hall.

Present: Cllr A Brown (Chair), Cllr B Green, Cllr C White

1. Apologies for absence: Cllr D Black sent apologies, which were accepted.

2. Declarations of interest: None.

3. Minutes: The minutes of the meeting held on 4 February 2025 were approved and signed.

4. Highways – The Clerk reported that the pothole on Mill Lane had been repaired.

5. Finance: RESOLVED to approve payments totalling £1,234.56.
"""


def test_items_written_one_paragraph_each_with_the_title_running_into_the_text():
    draft = _read(_ONE_PARAGRAPH_AN_ITEM)
    assert _titles(draft) == [("1.", "Apologies for absence"), ("2.", "Declarations of interest"), ("3.", "Minutes"),
                              ("4.", "Highways"), ("5.", "Finance")]
    assert _paragraphs(draft)[0] == "Cllr D Black sent apologies, which were accepted."
    assert [item.type for item in draft.items][:3] == ["apologies", "declarations", "previous-minutes"]
    assert draft.items[4].paragraphs[0].text == "RESOLVED to approve payments totalling £1,234.56."


def test_a_list_of_labelled_entries_inside_an_item_is_no_items():
    text = _ONE_PARAGRAPH_AN_ITEM.replace(
        "5. Finance: RESOLVED to approve payments totalling £1,234.56.",
        "5. Finance\nThe Council RESOLVED:\n1. Precept: to set the precept at £40,000.\n"
        "2. Reserves: to hold three months of spending.")
    draft = _read(text)
    assert _titles(draft)[-1] == ("5.", "Finance")
    assert "1. Precept: to set the precept at £40,000." in draft.items[-1].paragraphs[0].text
    # and "Item N - Title: text", as a decision sheet lists them
    sheet = _read("Item 1 - Apologies: accepted.\n\nItem 2 - Precept 2025/26: confirmed at £612,480.\n")
    assert _titles(sheet) == [("1", "Apologies"), ("2", "Precept 2025/26")]
    assert _paragraphs(sheet) == ["accepted.", "confirmed at £612,480."]


def test_a_numbered_item_after_a_bullet_list_is_an_item_and_lettered_sub_headings_leave_the_title():
    text = _SENTENCE_CASE.replace(
        "The Clerk has reported the blocked culvert on Mill Lane to the county council.\n",
        "The Clerk reported:\n• the culvert on Mill Lane is blocked;\n• the verge needs cutting.\n")
    assert _titles(_read(text))[2] == ("3.", "Public forum")
    text = _SENTENCE_CASE.replace("2. Highways and footpaths\n", "2. Highways and footpaths\na) Culverts\n")
    draft = _read(text)
    assert _titles(draft)[1] == ("2.", "Highways and footpaths")
    assert draft.items[1].paragraphs[0].text.startswith("a) Culverts The Clerk has reported")


def test_two_attendance_labels_on_one_line_and_an_apology_sentence_name_only_the_people():
    draft = _read("MINUTES OF THE MEETING OF ASHWELL PARISH COUNCIL HELD ON MONDAY 10 FEBRUARY 2025\n\n"
                  "Present: Cllr Doyle (Chair), Cllr Ince\n"
                  "Apologies: Cllrs Rahal, Moss. Absent: Cllr Hughes.\n\n"
                  "1. Apologies for absence\nApologies from Cllr Ashworth (work) were accepted.\n\n"
                  "2. Highways and footpaths\nThe Clerk reported the culvert.\n")
    assert [(person.name, person.status) for person in draft.attendees if person.status != "present"] == [
        ("Cllr Rahal", "apologies"), ("Cllr Moss", "apologies"), ("Cllr Hughes", "absent")]
    from indexer.structure import add_attendance_from_items

    add_attendance_from_items(draft)
    assert ("Cllr Ashworth", "apologies") in [(person.name, person.status) for person in draft.attendees]


def test_names_alone_under_an_apologies_heading_sent_apologies():
    from indexer.parse import parse_bytes

    meeting = parse_bytes(
        b"Minutes of the Environment Committee held on 4 March 2024\n\n"
        b"Present: Councillor Jane Fowler (Chair), Councillor Peter Hale\n\n"
        b"1. Apologies for absence and substitutions\n\nCllr J. Smith (Vice-Chair); Mrs A Jones and Mr B. Khan.\n\n"
        b"Councillor Ray Stone substituted for Councillor Ann Bell.\n\n"
        b"2. Waste collection\n\nCouncillor Hale and Councillor Fowler.\n", "environment.txt")
    assert [(person.name, person.status) for person in meeting.attendees if person.status != "present"] == [
        ("Cllr J. Smith", "apologies"), ("Mrs A Jones", "apologies"), ("Mr B. Khan", "apologies")]


@pytest.mark.parametrize("marker", ["({})", "{})", "{}."])
def test_the_next_item_after_numbered_resolutions_is_an_item(marker: str) -> None:
    resolutions = "".join(f"{marker.format(n)} {text}\n" for n, text in enumerate(
        ["the review be noted;", "Cabinet be recommended to publish the decisions;",
         "the Chief Executive report back in July 2025."], start=1))
    draft = _read("Minutes of the Scrutiny Committee held on 14 January 2025\n\n3. Review\n\nThe Chief Executive "
                  f"introduced the review.\n\nRESOLVED that:\n{resolutions}\n4. Bus services update\n\nThe Head of "
                  "Passenger Transport reported on the X7.\n\n5. Work programme\n\nThe work programme was noted.\n")
    assert _titles(draft) == [("3.", "Review"), ("4.", "Bus services update"), ("5.", "Work programme")]
    assert [paragraph.text[:15] for paragraph in draft.items[0].paragraphs] == ["The Chief Execu", "RESOLVED that: "]


def test_a_first_item_titled_minutes_and_planning_applications_titled_by_reference_over_a_description():
    draft = _read(
        "WEST HALDON DISTRICT COUNCIL\n\nPLANNING COMMITTEE\n\nMinutes of the meeting held on Wednesday 26 February "
        "2025 at 6.00 pm in the Council Chamber, Haldon House\n\n1. Minutes\nThe minutes of the meeting held on 29 "
        "January 2025 were approved.\n\n2.  24/01234/FUL – Land at Ridgeway Farm, Chudleigh Road\nErection of 45 "
        "dwellings with associated access.\n\nDECISION: APPROVED subject to conditions.\n\n3.  24/01488/HOU – 14 "
        "Orchard Close, Bishopsteignton\nTwo-storey side extension.\n\nDECISION: APPROVED.\n\n4.  14 Mill Lane, "
        "Kenwick\nChange of use to a dwelling.\n\nDECISION: REFUSED.\n\n5. A.O.C.B.\nNone.\n")
    assert _titles(draft) == [("1.", "Minutes"), ("2.", "24/01234/FUL – Land at Ridgeway Farm, Chudleigh Road"),
                              ("3.", "24/01488/HOU – 14 Orchard Close, Bishopsteignton"),
                              ("4.", "14 Mill Lane, Kenwick"), ("5.", "A.O.C.B.")]
    assert [paragraph.text for paragraph in draft.items[1].paragraphs] == [
        "Erection of 45 dwellings with associated access.", "DECISION: APPROVED subject to conditions."]


def test_a_notice_of_determination_titled_by_its_body_with_a_date_of_hearing_table():
    from indexer.readers.html import read_html

    page = ("<html><body><main><h1>Licensing Sub-Committee (Licensing Act 2003) – Notice of Determination</h1>"
            "<table><tr><th>Date of hearing</th><td>Thursday 20 February 2025</td></tr>"
            "<tr><th>Time</th><td>10.00am</td></tr><tr><th>Venue</th><td>Committee Room 2, Civic Centre</td></tr>"
            "</table><h2>1. The application</h2><p>The applicant sought to vary the premises licence.</p>"
            "<h2>2. Declarations of interest</h2><p>There were none.</p></main></body></html>")
    header = read_html(page).header
    assert (header.panel, header.date, header.time, header.venue) == (
        "Licensing Sub-Committee", "2025-02-20", "10:00", "Committee Room 2, Civic Centre")


def test_a_lettered_decision_keeps_its_letter_and_a_recommendation_label_heads_its_text():
    text = _SENTENCE_CASE.replace("No members of the public were present.",
                                  "a. The Clerk reported on the cost.\n\nc. RESOLVED that the toilets open in March."
                                  "\n\nRECOMMENDATION\n\nThat the Council adopts the Strategy.")
    assert _paragraphs(_read(text))[-3:] == ["a. The Clerk reported on the cost.",
                                             "c. RESOLVED that the toilets open in March.",
                                             "RECOMMENDATION: That the Council adopts the Strategy."]


@pytest.mark.parametrize("top, panel", [
    ("KELBROOK PARISH COUNCIL\n\nMinutes of the meeting held on Monday 3 March 2025 at 7.30pm",
     "Kelbrook Parish Council"),
    ("Stanbury Town Council\n\nMinutes of the Ordinary Meeting held at the Council Chamber on 13 May 2025",
     "Stanbury Town Council"),
    ("Minutes of the meeting of Aldermoor Town Council\n\nWednesday 5 March 2025, 5.00pm", "Aldermoor Town Council"),
    ("STANBURY TOWN COUNCIL\n\nMinutes of the meeting of the Council held on 13 May 2025", "Stanbury Town Council"),
    ("HOLLINSFORD AND UPPER BRAYLEY JOINT BURIAL BOARD\n\nMinutes of the meeting of the Board held at the Parish "
     "Rooms on Thursday 16 January 2025 at 7.15pm.", "Hollinsford and Upper Brayley Joint Burial Board"),
])
def test_a_meeting_the_statement_does_not_name_is_the_titles_body(top: str, panel: str) -> None:
    draft = _read(f"{top}\n\n{_SENTENCE_CASE.split(chr(10), 2)[2]}")
    assert draft.header.panel == panel and draft.header.date is not None
    assert _titles(draft)[0] == ("1.", "Apologies for absence")


@pytest.mark.parametrize("label", ["Members:", "Attendance:", "Councillors:"])
def test_members_and_attendance_labels_and_a_joint_committee_s_councils_inside_the_list(label: str) -> None:
    text = _SENTENCE_CASE.replace(
        "\n\n1.", f"\n\n{label}  Northfold BC: Cllrs Adrian Pawsey (Chair), Lorraine Buckby\n"
                  "Officials in Attendance: Mr Fergal Hanley (Director of Services)\n"
                  "Public: 6 members of the public\n\n1.", 1)
    draft = _read(text)
    assert [(person.name, person.role, person.status) for person in draft.attendees] == [
        ("Cllr Adrian Pawsey", "Chair", "present"), ("Cllr Lorraine Buckby", None, "present"),
        ("Mr Fergal Hanley", "Director of Services", "in attendance")]
    assert _titles(draft)[0] == ("1.", "Apologies for absence")


def test_paragraphs_numbered_afresh_in_each_item_keep_their_wrapped_lines():
    draft = _read("MINUTES OF THE MEETING OF ASHWELL PARISH COUNCIL HELD ON MONDAY 10 FEBRUARY 2025\n\n"
                  "ITEM 5 – HIGHWAYS AND FOOTPATHS\n"
                  "1. Cllr Llewelyn said that the finger post at the junction of footpath 12 with the\n"
                  "B5420 had been knocked down. The Clerk will report it.\n"
                  "2. RESOLVED that the Clerk write to the county council requesting a grit bin at\n"
                  "Bryn Eithin.\n\nITEM 6 – CORRESPONDENCE\n1. None.\n")
    assert _titles(draft) == [("5", "HIGHWAYS AND FOOTPATHS"), ("6", "CORRESPONDENCE")]
    assert _paragraphs(draft)[:2] == [
        "1. Cllr Llewelyn said that the finger post at the junction of footpath 12 with the B5420 had been knocked "
        "down. The Clerk will report it.",
        "2. RESOLVED that the Clerk write to the county council requesting a grit bin at Bryn Eithin."]


@pytest.mark.parametrize("title, kind", [("Election of Town Mayor for 2025/26", "procedural"),
                                         ("Appointment of Deputy Mayor", "procedural"),
                                         ("Notes of the last meeting", "previous-minutes"),
                                         ("A.O.C.B.", "any-other-business"), ("AOCB", "any-other-business"),
                                         ("Any other competent business", "any-other-business"),
                                         ("Resolution to exclude the public", "exempt"),
                                         ("Closed session", "exempt"), ("Call to order", "procedural"),
                                         ("Approval of agenda", "procedural"), ("Roll call", "apologies"),
                                         ("Matters arising - Millbrook footbridge", "update"),
                                         ("Matters arising", "previous-minutes"),
                                         ("Matters arising from the minutes", "previous-minutes"),
                                         ("Minutes 12 March 2024", "previous-minutes"),
                                         ("Allotments – rent review (deferred from Minute 24/038)", "report")])
def test_item_types_of_a_town_council_s_mayor_and_a_partnership_s_notes(title: str, kind: str) -> None:
    from indexer.item_types import classify

    assert classify(title) == kind


def test_a_capitals_apologies_heading_over_a_sentence_is_an_item_and_a_harbour_master_speaks():
    from indexer.parse import parse_bytes

    meeting = parse_bytes(
        b"HARBOUR BOARD\n\nMinutes of a meeting held on Tuesday 11 February 2025 at 10.00am\n\n"
        b"Present: Councillor Tamsin Rowe (Chair), Captain Alan Bolitho (Harbour Master)\n\n"
        b"APOLOGIES FOR ABSENCE\n\nApologies were received from Councillor Mark Jenkin.\n\n"
        b"HARBOUR MASTER'S REPORT\n\nThe Harbour Master said that 412 vessels had visited.\n", "harbour.txt")
    assert [item.title for item in meeting.items] == ["APOLOGIES FOR ABSENCE", "HARBOUR MASTER'S REPORT"]
    assert meeting.items[0].paragraphs[0].text == "Apologies were received from Councillor Mark Jenkin."
    assert [speaker["label"] for speaker in meeting.items[1].paragraphs[0].speakers] == ["Captain Alan Bolitho"]


def test_a_page_with_a_table_row_or_a_description_term_per_item_gives_its_items():
    from indexer.readers.html import read_html

    head = "<html><body><main><h1>Minutes of the Pension Fund Committee held on 27 February 2025</h1>"
    rows = ("<table><tr><td>14</td><td>Apologies</td><td><p>Apologies were received from Cllr Peake.</p></td></tr>"
            "<tr><td>15</td><td>Declarations of interest</td><td>None were declared.</td></tr></table>")
    terms = ("<dl><dt>FA/25/09 Apologies</dt><dd>Apologies were received from Cllr Banfield.</dd>"
             "<dt>FA/25/10 Declarations of interest</dt><dd>None.</dd></dl>")
    for body, numbers in ((rows, ["14", "15"]), (terms, ["FA/25/09", "FA/25/10"])):
        draft = read_html(f"{head}{body}</main></body></html>")
        assert _titles(draft) == [(numbers[0], "Apologies"), (numbers[1], "Declarations of interest")]
        assert _paragraphs(draft)[0].startswith("Apologies were received from Cllr")
    log = ("<table><tr><th>Ref</th><th>Minute</th><th>Action</th><th>Owner</th></tr>"
           "<tr><td>25/01</td><td>Budget</td><td>Circulate the budget paper to Board members.</td><td>GW</td></tr>"
           "</table>")
    draft = read_html(f"{head}<h2>1. Actions</h2>{log}<h2>2. Close</h2><p>Closed.</p></main></body></html>")
    assert [number for number, _ in _titles(draft)] == ["1.", "2."]  # an action log's rows are no items


def test_a_minute_number_after_an_action_cell_read_as_a_line_starts_the_next_item():
    draft = _read("Minutes of Kelbrook Parish Council held on 3 March 2025\n\n"
                  "25/034\nPolice report\nPCSO Cryer reported two thefts from vans on Cowling Road.\nPCSO Cryer\n"
                  "25/035\nPublic participation\nA resident asked about the blocked gully.\nClerk\n"
                  "25/036\nHighways and footpaths\nFootpath 14 stile is broken.\n")
    assert _titles(draft) == [("25/034", "Police report"), ("25/035", "Public participation"),
                              ("25/036", "Highways and footpaths")]


def test_officers_written_role_first_without_a_dash_are_named_with_their_roles():
    from indexer.attendance import parse_attendance

    people = parse_attendance("Officers: Chief Fire Officer Nadia Worsley; Treasurer Paul Harker; Town Clerk Mrs J "
                              "Smith; Head of Planning David Renshaw; Inspector F Cowie")
    assert [(person.name, person.role) for person in people] == [
        ("Nadia Worsley", "Chief Fire Officer"), ("Paul Harker", "Treasurer"), ("Mrs J Smith", "Town Clerk"),
        ("David Renshaw", "Head of Planning"), ("Inspector F Cowie", None)]  # a police rank is a title


@pytest.mark.parametrize("first, second", [
    ("7.00pm   1. Apologies for absence", "7.32pm   2. Highways"),  # before the number, a hanging indent
    ("19:00\t1. Apologies for absence", "19:32\t2. Highways"),  # a 24-hour clock and a tab
    ("1. Apologies for absence (7.00pm)", "2. Highways (7.32 p.m.)"),  # after the title
    ("7.00pm\n1. Apologies for absence", "7.32pm\n2. Highways"),  # alone on the line above
])
def test_the_time_an_item_was_taken_is_no_part_of_its_heading(first: str, second: str) -> None:
    draft = _read("BRENTLOW TOWN COUNCIL\n\nMinutes of the Full Council meeting held on Thursday 13 February 2025 "
                  f"at 7.00pm\n\n{first}\n         Apologies were received from Cllr M. Dobson.\n\n{second}\n"
                  "         The Town Clerk reported that the meeting closed at\n9.15pm\n\n3. Grants\nNone.\n")
    assert _titles(draft) == [("1.", "Apologies for absence"), ("2.", "Highways"), ("3.", "Grants")]
    assert _paragraphs(draft) == ["Apologies were received from Cllr M. Dobson.",
                                  "The Town Clerk reported that the meeting closed at 9.15pm", "None."]


def test_an_also_label_lists_those_in_attendance_and_an_accepted_apology_names_only_the_person():
    from indexer.parse import parse_bytes

    meeting = parse_bytes(
        b"BRENTLOW TOWN COUNCIL\n\nMinutes of the Full Council meeting held on Thursday 13 February 2025\n\n"
        b"Present:  Cllr A. Whitmore (Mayor, in the Chair), Cllr B. Ferris,\n          Cllr I. Stanton\n"
        b"Also:     Mrs J. Rafferty (Town Clerk), Mr K. Osei (Deputy Clerk), 4 members of the public\n\n"
        b"1. Apologies for absence\nApologies were received from Cllr Pick (family commitment) and were accepted.\n\n"
        b"2. Highways\nThe Town Clerk reported on the Mill Lane sign.\n", "brentlow.txt")
    assert [(person.name, person.role, person.status) for person in meeting.attendees] == [
        ("Cllr A. Whitmore", "Chair, Mayor", "present"), ("Cllr B. Ferris", None, "present"),
        ("Cllr I. Stanton", None, "present"), ("Mrs J. Rafferty", "Town Clerk", "in attendance"),
        ("Mr K. Osei", "Deputy Clerk", "in attendance"), ("Cllr Pick", None, "apologies")]
    assert [speaker["name"] for speaker in meeting.items[1].paragraphs[0].speakers] == ["Mrs J Rafferty"]


def test_a_northern_irish_members_block_and_a_mover_and_seconder_printed_apart_from_their_resolution():
    from indexer.parse import parse_bytes

    meeting = parse_bytes(
        b"ARDCLOY AND MOURNEVIEW BOROUGH COUNCIL\n\nMinutes of the Meeting of the Environmental Services Committee "
        b"held in the Council Chamber, Civic Centre, Ardcloy on Tuesday 11 March 2025 at 7.00 pm\n\n"
        b"In the Chair:        Alderman P McCartan\n\n"
        b"Members present:     Aldermen R Beattie and S Kerr\n"
        b"                     Councillors N Doherty, C Finlay and J Irwin (Deputy Chair)\n\n"
        b"ES.045  TENDER FOR GRASS CUTTING SERVICES\n\nCouncillor Doherty asked about the contract length.\n\n"
        b"Moved by Councillor Finlay\nSeconded by Alderman Kerr and\n\n"
        b"RESOLVED \xe2\x80\x93 that the tender be awarded to Greenfield Maintenance Ltd.\n", "ardcloy.txt")
    assert [person.name for person in meeting.attendees] == [
        "Alderman P McCartan", "Alderman R Beattie", "Alderman S Kerr", "Councillor N Doherty", "Councillor C Finlay",
        "Councillor J Irwin"]
    decision = meeting.items[0].paragraphs[-1]
    assert decision.text.startswith("Moved by Councillor Finlay Seconded by Alderman Kerr and RESOLVED")
    assert "decision" in decision.kinds
    assert [speaker["name"] for speaker in decision.speakers] == ["Councillor C Finlay", "Alderman S Kerr"]


def test_a_word_processor_s_tables_saved_with_tabs_are_read_row_by_row():
    from indexer.parse import parse_bytes

    meeting = parse_bytes(
        b"Ashby Folville Parish Council\n\nMinutes of the Parish Council Meeting held on Wednesday 5 March 2025\n\n"
        b"Attendance\nName\tRole\tAttendance\nCllr Margaret Hollis\tChair\tPresent\n"
        b"Cllr Joanne Pick\tCouncillor\tApologies\nMrs Paula Bexon\tClerk and RFO\tPresent\n\n"
        b"In attendance:\nBen Ashcroft\tChief Executive\nSarah Mellor\tDirector of Transport\n"
        b"Jane Barker (JB)\tHeadteacher\n\n"
        b"1.0\tPayments\n1.1\tJB presented the schedule of payments.\n"
        b"Date\tPayee\tAmount (\xc2\xa3)\n03/02/25\tStowbridge Landscapes Ltd\t1,850.00\n07/02/25\tHMRC\t1,116.42\n\n"
        b"2.0\tCorrespondence\n2.1\tA letter from Stowbridge in Bloom was received.\n", "ashby.txt")
    assert [(person.name, person.role, person.status) for person in meeting.attendees] == [
        ("Cllr Margaret Hollis", "Chair", "present"), ("Cllr Joanne Pick", None, "apologies"),
        ("Mrs Paula Bexon", "Clerk and RFO", "present"), ("Ben Ashcroft", "Chief Executive", "in attendance"),
        ("Sarah Mellor", "Director of Transport", "in attendance"), ("Jane Barker", "Headteacher", "in attendance")]
    assert [(item.number, item.title) for item in meeting.items] == [("1.0", "Payments"), ("2.0", "Correspondence")]
    assert [paragraph.text for paragraph in meeting.items[0].paragraphs] == [
        "1.1 JB presented the schedule of payments.",
        "Date: 03/02/25; Payee: Stowbridge Landscapes Ltd; Amount (£): 1,850.00",
        "Date: 07/02/25; Payee: HMRC; Amount (£): 1,116.42"]
    assert [s["name"] for s in meeting.items[0].paragraphs[0].speakers] == ["Jane Barker"]


def test_a_word_processor_s_line_numbers_are_no_part_of_the_text():
    text = ("MINUTES of a meeting of the AUDIT AND GOVERNANCE COMMITTEE held in the Council Chamber,\n"
            "Hartington House, Wendover Magna on Thursday 23 January 2025 at 10.00 am\n\n"
            "Present: Councillor P. Ashdown (Chairman), Councillors R. Brindley, S. Cheung\n\n"
            "34. APOLOGIES FOR ABSENCE\n\nApologies for absence were received from Councillor J. Norbury.\n\n"
            "35. MINUTES\n\nRESOLVED that the minutes of the meeting held on 21 November 2024 be approved as a "
            "correct\nrecord and signed by the Chairman.\n\n36. INTERNAL AUDIT PROGRESS REPORT\n\n"
            "Two reports had been given limited assurance: Procurement Cards and Void Property\nManagement.\n")
    numbered = "\n".join(f"{number:>3}  {line}" if line else "" for number, line in enumerate(text.split("\n"), 1))
    draft = _read(numbered)
    assert _titles(draft) == [("34.", "APOLOGIES FOR ABSENCE"), ("35.", "MINUTES"),
                              ("36.", "INTERNAL AUDIT PROGRESS REPORT")]
    assert _paragraphs(draft)[1:] == [
        "RESOLVED that the minutes of the meeting held on 21 November 2024 be approved as a correct record and "
        "signed by the Chairman.",
        "Two reports had been given limited assurance: Procurement Cards and Void Property Management."]
    assert [person.name for person in draft.attendees][:3] == [
        "Councillor P. Ashdown", "Councillor R. Brindley", "Councillor S. Cheung"]


@pytest.mark.parametrize("public, private", [("PART A – ITEMS CONSIDERED IN PUBLIC", "PART B – EXEMPT ITEMS (NOT FOR "
                                                                                      "PUBLICATION)"),
                                             ("Part 1 - Public", "Part 2")])
def test_a_part_of_the_minutes_is_no_item_and_its_exempt_items_are_exempt(public: str, private: str) -> None:
    draft = _read("Minutes of the Overview and Scrutiny Committee held on Monday 3 March 2025\n\n"
                  f"{public}\n\nOS.71 APOLOGIES FOR ABSENCE\nApologies were received from Councillor T Angove.\n\n"
                  "OS.72 LEISURE CONTRACT\nThe Director presented the report.\n\n"
                  f"{private}\n\nOS.79 ACQUISITION OF LAND AT WHARF ROAD\nThe Director presented an exempt report.\n")
    assert [(item.number, item.type) for item in draft.items] == [
        ("OS.71", "apologies"), ("OS.72", "report"), ("OS.79", "exempt")]
    assert "PART" not in " ".join(_paragraphs(draft)).upper()


def test_a_count_of_the_public_in_an_attendance_list_is_no_item():
    draft = _read("LLANFAIR DYFFRYN COMMUNITY COUNCIL\n\nMinutes of the Ordinary Meeting of the Council held on Monday "
                  "10 March 2025\n\nPresent:\nCllr. Eleri Pritchard (Chair)\n\nIn attendance:\nMrs Catrin Williams "
                  "(Clerk)\n2 aelod o'r cyhoedd / 2 members of the public\nMr Gwyn Hughes (County Councillor)\n\n"
                  "1. Apologies\nApologies were received from Cllr. Rhys Morgan.\n")
    assert _titles(draft) == [("1.", "Apologies")]
    assert [person.name for person in draft.attendees] == [
        "Cllr. Eleri Pritchard", "Mrs Catrin Williams", "Mr Gwyn Hughes"]


def test_a_table_typed_in_aligned_columns_under_headings_is_read_row_by_row_not_as_items():
    draft = _read("Minutes of the Finance and General Purposes Committee held on 25 February 2025\n\n"
                  "25/11  Budget monitoring\nThe Clerk presented the report.\n"
                  "Payee      Details            Amount\nHMRC       PAYE February      203.11\n"
                  "Acme Ltd   Grass cutting      220.00\n\n"
                  "25/12  Insurance renewal\nRESOLVED to recommend the quotation to full council.\n\n"
                  "Actions summary\n"
                  "Item       Action                                           Who    By\n"
                  "25/11      Storm contingency line in draft budget           TH     Oct 2025\n"
                  "25/12      Report insurance quotation to full council       TH     11 Mar 2025\n")
    assert _titles(draft) == [("25/11", "Budget monitoring"), ("25/12", "Insurance renewal")]
    assert _paragraphs(draft)[1:3] == ["Payee: HMRC; Details: PAYE February; Amount: 203.11",
                                       "Payee: Acme Ltd; Details: Grass cutting; Amount: 220.00"]
    assert _paragraphs(draft)[-2:] == [
        "Item: 25/11; Action: Storm contingency line in draft budget; Who: TH; By: Oct 2025",
        "Item: 25/12; Action: Report insurance quotation to full council; Who: TH; By: 11 Mar 2025"]


def test_bold_minute_lines_over_their_text_and_one_line_items_with_a_remark_after_a_dash():
    draft = _read("LITTLE BRINDLE PARISH COUNCIL\n\nMINUTES OF THE ORDINARY MEETING HELD ON TUESDAY 4 NOVEMBER 2025\n\n"
                  "**25/131 To receive apologies for absence**\nCllr Ruddock sent apologies. Accepted.\n\n"
                  "**25/137 Jubilee Field Playground and CCTV**\nThe Clerk reported further damage.\n\n"
                  "25/138 DECLARATIONS OF INTEREST - none\n\n25/139 Minutes - agreed and signed.\n\n"
                  "25/140 Recreation Ground – bowls club lease\nThe lease was renewed.\n")
    assert _titles(draft) == [("25/131", "To receive apologies for absence"),
                              ("25/137", "Jubilee Field Playground and CCTV"), ("25/138", "DECLARATIONS OF INTEREST"),
                              ("25/139", "Minutes"), ("25/140", "Recreation Ground – bowls club lease")]
    assert _paragraphs(draft) == ["Cllr Ruddock sent apologies. Accepted.", "The Clerk reported further damage.",
                                  "none", "agreed and signed.", "The lease was renewed."]


def test_a_moderngov_page_lists_who_attended_as_bullets_under_attendance_details():
    from indexer.parse import parse_bytes

    page = (
        '<html><head><meta name="DC.creator" content="London Borough of Hallowfield"></head><body><div id="modgov">'
        '<h1 class="mgMainTitleTxt">Agenda and minutes</h1>'
        '<h2 class="mgSubTitleTxt">Overview and Scrutiny Committee - Tuesday, 5th March, 2024 7.00 pm</h2>'
        '<div class="mgContent"><h2 class="mgSectionTitle">Attendance details</h2>'
        '<p class="mgSubItemTitleTxt">Present:</p><ul class="mgBulletList"><li>Councillor Rachel Obi (Chair)</li>'
        '<li>Councillor Nadia Suleiman</li></ul><p class="mgSubItemTitleTxt">Officers in attendance:</p>'
        '<ul class="mgBulletList"><li>Ayesha Rahman, Director of Housing Needs and Allocations</li></ul>'
        '<h2 class="mgSectionTitle">Items</h2><table class="mgItemTable"><tr><th>No.</th><th>Item</th></tr>'
        '<tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">43.</p></td><td>'
        '<p class="mgAiTitleTxt">Housing allocations</p><p class="mgSubItemTitleTxt">Minutes:</p>'
        '<div class="mgWordPara"><p>The Director said that the scheme would be consulted on.</p></div></td></tr>'
        '</table></div></div></body></html>')
    meeting = parse_bytes(page.encode(), "overview_scrutiny_2024-03-05.html")
    assert [(person.name, person.role, person.status) for person in meeting.attendees] == [
        ("Councillor Rachel Obi", "Chair", "present"), ("Councillor Nadia Suleiman", None, "present"),
        ("Ayesha Rahman", "Director of Housing Needs and Allocations", "in attendance")]
    assert [(item.number, item.title) for item in meeting.items] == [("43.", "Housing allocations")]
    assert meeting.items[0].paragraphs[0].speakers[0]["label"] == "Ayesha Rahman"


def test_a_running_header_printed_once_atop_the_second_page_does_not_split_a_resolution():
    from indexer.parse import parse_bytes

    opening = ("WESTMARCH COUNTY COUNCIL\n\nCABINET\n\nMinutes of the meeting held on Tuesday 15 July 2025 at 10.00 am."
               "\n\n17/25  ASHCOMBE RELIEF ROAD\n\nThe Leader introduced the report.\n\nRESOLVED that:\n\n")
    resolution = ("(1) the County Council does not proceed with the Ashcombe Relief Road;\n\n"
                  "(2) the Director report back to Cabinet by March 2026.\n")
    for page_turn in ("Page 1 of 2\n\f", "Page 1 of 2\n"):
        text = opening + page_turn + "Cabinet – 15.07.25\n\n\n" + resolution
        paragraphs = [paragraph.text for paragraph in parse_bytes(text.encode(), "cabinet.txt").items[0].paragraphs]
        assert paragraphs == ["The Leader introduced the report.",
                              "RESOLVED that: (1) the County Council does not proceed with the Ashcombe Relief Road; "
                              "(2) the Director report back to Cabinet by March 2026."]


def test_a_running_header_of_two_lines_atop_the_second_page_is_dropped_but_a_date_of_next_meeting_is_not():
    from indexer.parse import parse_bytes

    text = ("WESTMARCH COUNTY COUNCIL\n\nMINUTES OF THE MEETING OF THE COUNTY COUNCIL HELD ON THURSDAY, "
            "22 FEBRUARY 2024 AT 10.30 AM\n\nMinute 4/24  QUESTIONS FROM MEMBERS\n\nThe Leader said that the\n\n"
            "- 1 -\n\fCounty Council\n22 February 2024\n\nforecast was £24.3 million.\n\n"
            "Minute 5/24  DATE OF NEXT MEETING\n\n- 2 -\n\f\nDATE OF NEXT MEETING\n\n14 March 2024\n")
    items = parse_bytes(text.encode(), "county_council.txt").items
    assert [paragraph.text for paragraph in items[0].paragraphs] == [
        "The Leader said that the forecast was £24.3 million."]
    assert [paragraph.text for paragraph in items[1].paragraphs] == ["DATE OF NEXT MEETING", "14 March 2024"]


def test_an_interest_declared_in_a_long_sentence_types_the_item_without_stalling() -> None:
    from indexer.item_types import classify

    # Under an untyped title, a pattern that backtracked over every way of splitting the words after "declared an"
    # never finished on this sentence, and stalled a whole indexing run.
    sentence = ("Councillor Smith declared an interest as a member of the Glenavon Road Bonfire Committee and left "
                "the meeting.")
    assert classify("Beacon Programme", None, sentence) == "declarations"
    assert classify("Beacon Programme", None, "Councillor Smith declared a disclosable pecuniary interest.") == (
        "declarations")


def test_a_page_inside_one_form_as_asp_net_sites_serve_them_is_read_but_a_search_form_is_not():
    from indexer.parse import parse_bytes

    page = (
        '<html><body><form id="aspnetForm" method="post"><div class="header"><form action="/search">'
        '<input name="q"><label>Search this site</label></form></div><div id="ctl00_MainContent_pnlMinutes">'
        '<h1>Calderwick and Thorne Fire and Rescue Authority</h1><p>Friday 16 February 2024 at 10.30 am, Service '
        'Headquarters</p><p>Present: Cllr Beverley Stansfield (Chair), Cllr Imtiaz Rahman</p>'
        '<h2>52/23 Apologies for Absence</h2><p>Apologies were received from Cllr Kath Moorhouse.</p>'
        '<h2>55/23 Revenue Budget 2024/25 and Precept</h2><p>The Treasurer presented the budget. The Authority '
        'agreed a precept increase of 2.99% after discussing the crewing of the Kirkhaven station at length and '
        'the pay award for firefighters, which had been settled at four per cent from July.</p>'
        '</div></form></body></html>')
    meeting = parse_bytes(page.encode(), "fra_2024-02-16.html")
    assert meeting.date == "2024-02-16"
    assert [(item.number, item.title) for item in meeting.items] == [
        ("52/23", "Apologies for Absence"), ("55/23", "Revenue Budget 2024/25 and Precept")]
    assert "Search this site" not in " ".join(p.text for item in meeting.items for p in item.paragraphs)


def test_the_business_after_the_press_and_public_are_excluded_late_in_the_minutes_is_exempt():
    from indexer.readers.text import read_text

    def types(items: str) -> list[str]:
        return [item.type for item in read_text("Minutes of the Licensing Sub-Committee held on 4 March 2024\n\n"
                                                + items).items]

    late = ("LSC/24/04 STREET TRADING CONSENT – QUAY STREET\n\nThe consent was granted.\n\n"
            "LSC/24/05 ANNUAL REVIEW OF FEES\n\nThe fees were noted.\n\n"
            "LSC/24/06 EXCLUSION OF THE PRESS AND PUBLIC\n\nRESOLVED that the press and public be excluded.\n\n"
            "LSC/24/07 PRIVATE HIRE DRIVER – FITNESS TO HOLD A LICENCE (DRIVER A)\n\nThe licence was revoked.\n\n"
            "LSC/24/08 TENDER FOR THE TAXI RANK SHELTERS – IN CONFIDENCE\n\nThe tender was awarded.\n")
    assert types(late) == ["report", "report", "exempt", "exempt", "exempt"]
    early = ("1. Exclusion of the Press and Public\n\nRESOLVED that the public be excluded during consideration of "
             "Appendix 2 to Item 4.\n\n2. Bus Reform\n\nThe report was noted.\n\n3. Mayor's Update\n\nNoted.\n\n"
             "4. Adult Skills Fund\n\nThe allocations were approved.\n")
    assert types(early) == ["exempt", "report", "update", "report"]  # the standing item: for an appendix only


def test_a_role_or_a_body_with_and_in_it_is_one_persons_not_two_people():
    """"Head of Parks and Estates (Mr R Agnew)" is one officer and "Cabinet Member for Children and Families" one
    role; a body after the name ("Police Scotland") is what the person is there for, not another person."""
    from indexer.attendance import parse_attendance

    officers = parse_attendance("Officers in Attendance: Director of Environmental Services (Mr C Breslin), Head of "
                                "Parks and Estates (Mr R Agnew), Committee Services Officer (Ms E Quigley)")
    assert [(p.name, p.role) for p in officers] == [
        ("Mr C Breslin", "Director of Environmental Services"), ("Mr R Agnew", "Head of Parks and Estates"),
        ("Ms E Quigley", "Committee Services Officer")]
    assert [(p.name, p.role) for p in parse_attendance(
        "Members present: Cllr Hugh Pennington, Cabinet Member for Children and Families")] == [
        ("Cllr Hugh Pennington", "Cabinet Member for Children and Families")]
    assert [(p.name, p.role) for p in parse_attendance("In attendance: Mr T Munro, Scottish Fire and Rescue Service")
            ] == [("Mr T Munro", "Scottish Fire and Rescue Service")]
    names = [p.name for p in parse_attendance("Present: Mayor Dana Whitfield, Council Members Karen Lindqvist and "
                                              "Marcus Bell")]  # members after a comma: three people
    assert len(names) == 3 and names[0] == "Mayor Dana Whitfield" and names[2] == "Marcus Bell"


def test_a_member_named_after_the_office_they_hold_and_in_the_chair():
    from indexer.attendance import parse_attendance
    from indexer.parse import parse_bytes

    people = parse_attendance("PRESENT: The Mayor (Councillor Barry Stott) (in the Chair), The Deputy Mayor "
                              "(Councillor Sunita Nair), The Chief Executive (Mr D Jackson), Councillors Asante and "
                              "Venn.")
    assert [(p.name, p.role, p.group) for p in people] == [
        ("Councillor Barry Stott", "Chair, Mayor", "member"), ("Councillor Sunita Nair", "Deputy Mayor", "member"),
        ("Mr D Jackson", "Chief Executive", "officer"), ("Councillor Asante", None, "member"),
        ("Councillor Venn", None, "member")]
    mayor = parse_attendance("Members present: The Mayor (Councillor Gerardine Mulvenna) (Chairperson); the Deputy "
                             "Mayor (Councillor Stephen Nicholl); Aldermen Adger and Clarke")
    assert [(p.name, p.role) for p in mayor][:2] == [("Councillor Gerardine Mulvenna", "Chair, Mayor"),
                                                    ("Councillor Stephen Nicholl", "Deputy Mayor")]
    leader = parse_attendance("Present: Councillor Helen Stroud (Leader, in the Chair); Councillors Priya Ramanathan "
                              "and Winston Abara.")
    assert (leader[0].name, leader[0].role) == ("Councillor Helen Stroud", "Chair, Leader")
    chair = parse_attendance("Present: Councillor Ann Smith in the Chair; Councillor B Jones")
    assert [(p.name, p.role) for p in chair] == [("Councillor Ann Smith", "Chair"), ("Councillor B Jones", None)]
    meeting = parse_bytes(b"Minutes of the Council held on 27 November 2024\n\nPresent: The Mayor (Councillor Barry "
                          b"Stott) in the Chair; Councillors Asante and Venn.\n\n1. Mayor's announcements\n\n"
                          b"The Mayor reported that he had visited the foodbank.\n\n2. Minutes\n\nApproved.\n",
                          "council.txt")
    assert meeting.items[0].paragraphs[0].speakers[0]["label"] == "Councillor Barry Stott"  # "the Mayor" is him


def test_a_record_of_decisions_keeps_when_its_decisions_take_effect():
    """"Published: … Call-in deadline: …" between the statement and the attendance is no metadata of the meeting,
    but what an officer looks for: it is kept, as an untitled first item."""
    from indexer.parse import parse_bytes

    page = ("<html><head><title>Cabinet record of decisions | London Borough of Ravensholt</title></head><body>"
            "<h1>Cabinet record of decisions – 8 October 2024</h1><p>Record of the decisions taken by the Cabinet at "
            "its meeting on Tuesday 8 October 2024 at 6.30pm, Council Chamber, Ravensholt Town Hall.</p>"
            "<p><strong>Published:</strong> 10 October 2024<br><strong>Call-in deadline:</strong> 5pm, 17 October "
            "2024</p><h2>Present</h2><p>Councillor Helen Stroud (Leader, in the Chair); Councillors Priya "
            "Ramanathan and Winston Abara.</p><h2>CAB/2024/046 Declarations of interest</h2><p>None.</p>"
            "<h2>CAB/2024/047 Fernleigh Library</h2><p>RESOLVED to keep the library open.</p></body></html>")
    meeting = parse_bytes(page.encode(), "cabinet.html")
    assert (meeting.panel, meeting.date, meeting.time) == ("Cabinet", "2024-10-08", "18:30")
    notice = meeting.items[0]
    assert (notice.number, notice.type, [p.text for p in notice.paragraphs]) == (
        None, "procedural", ["Published: 10 October 2024 Call-in deadline: 5pm, 17 October 2024"])
    assert [item.number for item in meeting.items[1:]] == ["CAB/2024/046", "CAB/2024/047"]
    assert len(meeting.attendees) == 3


def test_a_scan_s_ligatures_are_letters_to_every_rule():
    """"Mrs Trew conﬁrmed" is Mrs Trew speaking, and a "Technical Oﬃcer" is an officer."""
    from indexer.parse import parse_bytes

    meeting = parse_bytes("Minutes of the Council held on 3 March 2025\n\nPresent: Cllr A Brown, Mrs J Trew (Technical "
                          "Oﬃcer)\n\n1. Fees\n\nMrs Trew conﬁrmed that the ﬂood fees had risen.\n\n2. Close\n\n"
                          "Closed.\n".encode(), "council.txt")
    assert [(a.name, a.role, a.group) for a in meeting.attendees][1] == ("Mrs J Trew", "Technical Officer", "officer")
    paragraph = meeting.items[0].paragraphs[0]
    assert paragraph.text == "Mrs Trew confirmed that the flood fees had risen."
    assert [speaker["label"] for speaker in paragraph.speakers] == ["Mrs J Trew"]


def test_a_moderngov_decision_details_page_is_one_decision_dated_and_made_by_its_decision_maker():
    from pathlib import Path

    from indexer.parse import parse_file

    page = Path(__file__).parent / "documents" / "html" / "moderngov_decision_details.html"
    meeting = parse_file(page)
    assert (meeting.council, meeting.panel, meeting.date) == ("Kestermere District Council", "Cabinet", "2025-02-11")
    [item] = meeting.items
    assert item.title == "Ashgrove Depot Solar Canopy"
    assert item.agenda_text == ("To seek approval to install a solar canopy over the vehicle bays at Ashgrove Depot, "
                                "funded from the Climate Reserve.")
    # what was decided, and why, each under its label; not the page's particulars ("Decision status", "Publication
    # date", the interests declared: "None")
    openings = ["Decision: RESOLVED that: 1. the installation of a 240kW solar canopy",
                "Reasons for the decision: The canopy would meet", "Alternative options considered: Roof-mounted"]
    assert len(item.paragraphs) == len(openings)
    for paragraph, opening, kinds in zip(item.paragraphs, openings, [["decision"], ["discussion"], ["discussion"]],
                                         strict=True):
        assert paragraph.text.startswith(opening) and paragraph.kinds == kinds
    assert item.paragraphs[0].text.endswith("to award the contract.")


def test_a_moderngov_item_keeps_its_decision_beside_its_minutes():
    from pathlib import Path

    from indexer.parse import parse_bytes, parse_file

    page = Path(__file__).parent / "documents" / "html" / "moderngov_cabinet.html"
    highways = next(item for item in parse_file(page).items if item.number == "64.")
    assert (highways.paragraphs[0].text, highways.paragraphs[0].kinds) == (
        "Decision: Cabinet approved the highways capital programme for 2025/26.", ["decision"])
    assert highways.paragraphs[1].text.startswith("Cllr Okafor, Cabinet Member for Highways and Transport, presented")
    # "Agenda and decisions": no minutes, and only the page's <title> says which meeting
    decisions = parse_bytes(
        '<html><head><title>Agenda for Cabinet on Tuesday, 14th January, 2025, 6.30 pm - Brackenfield Borough Council'
        '</title></head><body><div id="modgov"><h1 class="mgMainTitleTxt">Agenda and decisions</h1>'
        '<h2 class="mgSubTitleTxt">Venue: Town Hall. Contact: Jo Smith</h2><table class="mgItemTable"><tr>'
        '<td class="mgItemNumberCell">5.</td><td><p class="mgAiTitleTxt">Leisure Centre Refurbishment</p>'
        '<p>Report of the Director of Place.</p><p>Decision:</p><p>(1) To approve the refurbishment of the leisure '
        'centre at a cost of £2.1m.</p><p>(2) To delegate authority to the Director of Place to award the contract.'
        '</p></td></tr></table></div></body></html>'.encode(), "cabinet_decisions.html")
    assert (decisions.council, decisions.panel, decisions.date, decisions.time) == (
        "Brackenfield Borough Council", "Cabinet", "2025-01-14", "18:30")
    [item] = decisions.items
    assert item.agenda_text == "Report of the Director of Place."
    [decision] = item.paragraphs
    assert decision.kinds == ["decision"]
    assert decision.text == ("Decision: (1) To approve the refurbishment of the leisure centre at a cost of £2.1m. "
                             "(2) To delegate authority to the Director of Place to award the contract.")


def test_a_venue_in_capitals_under_the_statement_and_two_officers_typed_with_tabs():
    draft = _read("NORTH HARROWFELL COMBINED AUTHORITY\n\nMINUTES OF THE COMBINED AUTHORITY BOARD\nHELD ON TUESDAY 23 "
                  "JULY 2024 AT 10.30 AM\nAT CALDERBRIDGE TOWN HALL\n\nPRESENT:\nMayor Dominic Ashgrove\t\tMayor of "
                  "North Harrowfell (Chair)\nCllr Josephine Amankwah\tAshworth City Council\nCllr Gail Rooney\t\t"
                  "Stainmoor MBC\n\nIN ATTENDANCE:\nHelen Marwick\t\tChief Executive\nOwain Pritchard\t\tDirector of "
                  "Transport\n\nCA/24/52\tBUS FRANCHISING\n\n52.1\tThe Director of Transport presented the plan.\n")
    assert (draft.header.panel, draft.header.date, draft.header.time, draft.header.venue) == (
        "Combined Authority Board", "2024-07-23", "10:30", "Calderbridge Town Hall")
    assert [(person.name, person.role, person.status) for person in draft.attendees][-2:] == [
        ("Helen Marwick", "Chief Executive", "in attendance"),
        ("Owain Pritchard", "Director of Transport", "in attendance")]
    assert len(draft.attendees) == 5
    assert _titles(draft) == [("CA/24/52", "BUS FRANCHISING")]


def test_an_action_log_typed_with_tabs_is_rows_under_its_headings_not_items():
    from indexer.parse import parse_bytes

    text = ("Corporate Parenting Panel\n\nMinutes of the meeting held on Wednesday 15 November 2023 at 2.00pm\n\n"
            "2.\tMinutes and action log\n\n2.1\tThe Panel reviewed the action log:\n\nNo.\tAction\tOwner\tStatus\n"
            "CP/23/04\tWrite to district council leaders\tChair\tDone\nCP/23/07\tIRO annual report 2022/23\t"
            "IRO Service Manager\tOn this agenda\n\n3.\tCouncil tax exemption for care leavers\n\n3.1\tThe Head of "
            "Service reported that three districts had agreed.\n\n4.\tStaying Put allowance\n\n4.1\tThe Director "
            "presented the report.\n")
    meeting = parse_bytes(text.encode(), "cpp_2023-11-15.txt")
    assert [(item.number, item.title) for item in meeting.items] == [
        ("2.", "Minutes and action log"), ("3.", "Council tax exemption for care leavers"),
        ("4.", "Staying Put allowance")]
    assert [paragraph.text for paragraph in meeting.items[0].paragraphs][1:] == [
        "No.: CP/23/04; Action: Write to district council leaders; Owner: Chair; Status: Done",
        "No.: CP/23/07; Action: IRO annual report 2022/23; Owner: IRO Service Manager; Status: On this agenda"]
    assert [commitment["who"] for commitment in meeting.commitments] == ["Chair", "IRO Service Manager"]


def test_a_scan_s_margin_bar_one_for_an_l_and_a_name_wrapped_after_its_initial():
    draft = _read("MINUTES of a meeting of the Hallowmere Joint Crematorium Committee held on Wednesday 7 December "
                  "2022 at 2.00 pm.\n\nPRESENT:\nHallowmere City Council: Councillors N Bestwick (Chair), D "
                  "Okoro-Blake and P\nShandley\n| Oxcombe Borough Council: Councillor W Fensome\n\n| 12. APOLOGIES "
                  "FOR ABSENCE\nThere were no apologies.\n\n13. FEES\nCounci1lor Okoro-Blake asked whether the "
                  "increase was needed.\n")
    assert [person.name for person in draft.attendees] == [
        "Councillor N Bestwick", "Councillor D Okoro-Blake", "Councillor P Shandley", "Councillor W Fensome"]
    assert _titles(draft) == [("12.", "APOLOGIES FOR ABSENCE"), ("13.", "FEES")]
    assert _paragraphs(draft)[-1] == "Councillor Okoro-Blake asked whether the increase was needed."


def test_a_paragraph_number_set_in_the_margin_opens_its_paragraph():
    draft = _read("LONDON BOROUGH OF WESTBROOK\nPENSIONS COMMITTEE\nMinutes of the meeting held on Tuesday 26 November "
                  "2024 at 7.00 pm\n\n30. PENSIONS ADMINISTRATION PERFORMANCE\n\n30.1\n\nThe Pensions Administration "
                  "Manager reported that the last aggregation cases older than\ntwelve months had been completed on 9 "
                  "August 2024.\n\n30.2\n\nMr  Pinnock  thanked  the  team.\n\n31. BUDGET\n\n31.1\n\n98.6\n\n"
                  "141.2\n")
    assert _titles(draft) == [("30.", "PENSIONS ADMINISTRATION PERFORMANCE"), ("31.", "BUDGET")]
    assert _paragraphs(draft)[:2] == [
        "30.1 The Pensions Administration Manager reported that the last aggregation cases older than twelve months "
        "had been completed on 9 August 2024.", "30.2 Mr Pinnock thanked the team."]
    # a number over figures, not over a sentence, opens nothing: a table's cells stay apart
    assert _paragraphs(draft)[2:] == ["31.1", "98.6", "141.2"]


def test_a_moderngov_page_of_printed_minutes_without_labels_is_minutes_and_an_agenda_page_is_none():
    from indexer.errors import ReadError
    from indexer.parse import parse_bytes

    page = ('<html><head><title>{title} for Pensions Committee on Tuesday, 19th September, 2023 7.00 pm - London '
            'Borough of Westbrook</title></head><body><div id="modgov"><h1 class="mgMainTitleTxt">{title}</h1>'
            '<h2 class="mgSubTitleTxt">Pensions Committee - Tuesday, 19th September, 2023 7.00 pm</h2>'
            '<table class="mgItemTable"><tr><th class="mgItemNumberCell">No.</th><th>Item</th></tr><tr>'
            '<td class="mgItemNumberCell"><p class="mgAiTitleTxt">15.</p></td><td><p class="mgAiTitleTxt">Climate Risk '
            'Review</p><div class="mgWordPara"><p>Mr Velasquez recommended that the Fund set a net zero target for '
            '2040.</p><p>RESOLVED: That the Committee adopt a target of net zero by 2040.</p></div></td></tr>'
            '</table></div></body></html>')
    meeting = parse_bytes(page.format(title="Printed minutes").encode(), "pensions_2023-09-19.html")
    assert [paragraph.text for paragraph in meeting.items[0].paragraphs] == [
        "Mr Velasquez recommended that the Fund set a net zero target for 2040.",
        "RESOLVED: That the Committee adopt a target of net zero by 2040."]
    with pytest.raises(ReadError, match="holds no minutes"):
        parse_bytes(page.format(title="Agenda").encode(), "pensions_2023-09-19_agenda.html")


def test_attendance_as_groups_under_headings_and_a_substitute_in_a_moderngov_attendance_table():
    from indexer.parse import parse_bytes

    govuk = parse_bytes(
        b'<html><body><main><h1>Minutes: 11 July 2023</h1><p>Joint Health Overview and Scrutiny Committee - Tuesday 11 '
        b'July 2023 10.00 am</p><h2>Attendance</h2><h3>Severnside City Council members</h3><ul><li>Councillor Harriet '
        b'Kemble (Chair)</li><li>Councillor Yusuf Darr</li></ul><h3>NHS and partners in attendance</h3><ul><li>Greg '
        b'Holloway, Head of Operations, Western Counties Ambulance Service</li></ul><h2>6. Ambulance handover delays'
        b'</h2><p>Mr Holloway reported that the average handover had taken 74 minutes.</p></main></body></html>',
        "jhosc.html")
    assert [(person.name, person.status) for person in govuk.attendees] == [
        ("Councillor Harriet Kemble", "present"), ("Councillor Yusuf Darr", "present"),
        ("Greg Holloway", "in attendance")]
    assert [(item.number, item.title) for item in govuk.items] == [("6.", "Ambulance handover delays")]
    assert govuk.items[0].paragraphs[0].speakers[0]["label"] == "Greg Holloway"
    moderngov = parse_bytes(
        b'<html><body><div id="modgov"><h1 class="mgMainTitleTxt">Agenda and minutes</h1><h2 class="mgSubTitleTxt">'
        b'Pensions Committee - Tuesday, 14th March, 2023 7.00 pm</h2><h2 class="mgSectionTitle">Attendance details</h2>'
        b'<table class="mgStatsTable"><thead><tr><th>Attendee</th><th>Role</th><th>Attendance</th></tr></thead><tbody>'
        b'<tr><td>Councillor Ruth Adebayo-Clarke</td><td>Chair</td><td>Present</td></tr><tr><td>Councillor Eleanor '
        b'Mott</td><td>Reserve</td><td>Present as substitute</td></tr></tbody></table><table class="mgItemTable"><tr>'
        b'<td class="mgItemNumberCell">50.</td><td><p class="mgAiTitleTxt">Investment Pooling</p><p>Minutes:</p><p>'
        b'Councillor Mott asked what the Committee could do.</p></td></tr></table></div></body></html>', "pc.html")
    assert [(person.name, person.role, person.status) for person in moderngov.attendees] == [
        ("Councillor Ruth Adebayo-Clarke", "Chair", "present"), ("Councillor Eleanor Mott", "Reserve", "present")]
