"""Item titles and minutes: what is link text on the page is not part of the minutes."""

from __future__ import annotations

from indexer.structure import strip_link_text


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


def test_attendance_roles_after_a_dash_and_councillors_mid_list():
    from indexer.attendance import parse_attendance

    people = parse_attendance("Present: Cllr A Smith (Mayor), Cllr B Jones – Deputy Mayor, Councillors M Gupta, "
                              "P Holloway")
    assert [(p.name, p.role) for p in people] == [("Cllr A Smith", "Mayor"), ("Cllr B Jones", "Deputy Mayor"),
                                                  ("Councillor M Gupta", None), ("Councillor P Holloway", None)]
    clerk = parse_attendance("In attendance: Mr R Kaplan – Town Clerk")[0]
    assert (clerk.name, clerk.role, clerk.group) == ("Mr R Kaplan", "Town Clerk", "officer")


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
    assert [(item.number, item.title) for item in draft.items] == [("PL/23/045", "APOLOGIES"),
                                                                  ("PL/23/046", "MINUTES")]


def test_minute_no_prefix_and_sub_minutes_after_an_action_line():
    draft = _read("Minute No. 112 Apologies for Absence\nNone.\nMinute No. 113 Matters Arising\n"
                  "4.1 Dog bin: to be emptied weekly. ACTION: Clerk\n4.2 Hedge: the owner has been written to.\n")
    assert [(item.number, item.title) for item in draft.items] == [("112", "Apologies for Absence"),
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
