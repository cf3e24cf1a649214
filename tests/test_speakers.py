"""The hard cases of speakers, kinds and commitments, one by one, on short minutes written for each."""

from __future__ import annotations

from indexer.enrich.sentences import sentences
from indexer.model import Meeting, Paragraph
from indexer.parse import parse_bytes

HEADER = """WESTBRIDGE BOROUGH COUNCIL

Minutes of the Meeting of the Cabinet held on Monday 10 January 2022 at 6.00pm

Present: Cllr J. Patel (Chair), Cllr A Ahmed, Cllr R Brown, Cllr S Okoro

In attendance: K Lowe (Chief Executive), D Singh (Monitoring Officer)

"""


def meeting_of(body: str) -> Meeting:
    return parse_bytes((HEADER + body).encode(), "test.txt")


def paragraph_with(meeting: Meeting, start: str) -> Paragraph:
    for item in meeting.items:
        for paragraph in item.paragraphs:
            if paragraph.text.startswith(start):
                return paragraph
    raise AssertionError(f"no paragraph starts {start!r}")


def labels(paragraph: Paragraph) -> list[str]:
    return [speaker["label"] for speaker in paragraph.speakers]


def test_punkt_keeps_abbreviations_and_initials_inside_sentences() -> None:
    text = ("Cllr. J. Patel said approx. 50 residents, e.g. those in St. Mary's Road, attended on 3 Jan. 2022. "
            "The Clerk noted it.")
    assert sentences(text) == [
        "Cllr. J. Patel said approx. 50 residents, e.g. those in St. Mary's Road, attended on 3 Jan. 2022.",
        "The Clerk noted it.",
    ]


def test_proposer_and_seconder_are_both_speakers_in_order() -> None:
    meeting = meeting_of("1. Budget\n\nCouncillor Ahmed proposed, and Councillor Brown seconded, that the "
                         "budget be approved. On being put to the vote the motion was carried.\n")
    paragraph = paragraph_with(meeting, "Councillor Ahmed proposed")
    assert labels(paragraph) == ["Councillor A Ahmed", "Councillor R Brown"]
    assert {"decision", "vote"} <= set(paragraph.kinds)


def test_one_member_whatever_the_form_of_the_name() -> None:
    meeting = meeting_of(
        "1. Leader's Update\n\nCllr. J. Patel reported on the budget.\n\n"
        "Councillor Patel added that the consultation had closed.\n\nCllr Jay Patel thanked officers.\n"
    )
    found = [labels(paragraph) for paragraph in meeting.items[0].paragraphs]
    assert found == [["Councillor J Patel"]] * 3


def test_a_role_resolves_to_the_officer_introduced_with_it() -> None:
    meeting = meeting_of(
        "1. Locality Working\n\nS Butcher, Executive Director of Children's Services, and G Field, Director of "
        "Environment and Community Services, were in attendance to provide the Panel with an introduction.\n\n"
        "The Executive Director of Children's Services advised that two pilots were running.\n\n"
        "2. Covid Recovery\n\nThe Executive Director advised that there was little to report.\n"
    )
    assert labels(paragraph_with(meeting, "S Butcher")) == ["S Butcher", "G Field"]
    assert paragraph_with(meeting, "The Executive Director of").speakers == [
        {"name": "S Butcher", "role": "Executive Director of Children's Services", "label": "S Butcher"}]
    assert labels(paragraph_with(meeting, "The Executive Director advised that there")) == ["S Butcher"]
    assert [presenter["label"] for presenter in meeting.items[0].presenters] == ["S Butcher", "G Field"]


def test_the_chair_is_who_the_attendance_list_or_the_text_makes_chair() -> None:
    meeting = meeting_of(
        "1. Opening\n\nThe Chair welcomed everyone to the meeting.\n\n"
        "2. Leisure Centre\n\nCllr Okoro took the Chair for this item.\n\nThe Chair invited questions.\n"
    )
    assert labels(paragraph_with(meeting, "The Chair welcomed")) == ["Councillor J Patel"]
    assert labels(paragraph_with(meeting, "The Chair invited")) == ["Councillor S Okoro"]


def test_an_irish_councils_cathaoirleach_is_its_chair() -> None:
    meeting = parse_bytes(
        "LOUGHMORE COUNTY COUNCIL\n\nMinutes of the Corporate Policy Group held in the Council Chamber on Monday "
        "9th October 2023 at 10.00 a.m.\n\nPresiding: Cllr Pádraig Ó Dubhghaill, Cathaoirleach\n\nMembers Present: "
        "Cllrs Majella Tierney and Declan Furlong.\n\nOfficials Present: Ms Breda Hoey, Meetings Administrator; "
        "Mr Dermot Lyster, Chief Executive.\n\n1. GREENWAY\n\nThe Cathaoirleach welcomed the report. The Meetings "
        "Administrator reported that correspondence had been received.\n".encode(), "cpg.txt")
    assert labels(paragraph_with(meeting, "The Cathaoirleach welcomed")) == [
        "Councillor Pádraig Ó Dubhghaill", "Ms Breda Hoey"]


def test_members_named_together_as_a_subject_each_speak_and_declare() -> None:
    meeting = meeting_of(
        "1. Declarations of Interest\n\nCouncillors Ahmed, Brown and Okoro declared a personal interest in item 2 "
        "as members of the Ashby Trust.\n\n2. Grants\n\nCllr Patel and Cllr Brown supported the grant.\n\nCllr Ahmed "
        "and Councillor Jarvis spoke.\n")
    declared = paragraph_with(meeting, "Councillors Ahmed")
    assert labels(declared) == ["Councillor A Ahmed", "Councillor R Brown", "Councillor S Okoro"]
    assert meeting.declarations[0]["who"] == labels(declared)
    assert labels(paragraph_with(meeting, "Cllr Patel and")) == ["Councillor J Patel", "Councillor R Brown"]
    # a list of names the meeting knows, all of them: otherwise the subject is read as before
    assert labels(paragraph_with(meeting, "Cllr Ahmed and")) == ["Councillor Jarvis"]


def test_a_subject_listing_names_and_offices_credits_each_but_one_officer_s_two_posts_stay_one() -> None:
    meeting = meeting_of(
        "1. Grants\n\nCllr Ahmed and the Chief Executive spoke in support of the bid.\n\nThe Chair and Vice Chair "
        "thanked the officers.\n\nThe Chief Executive and the Monitoring Officer explained the timetable.\n\n"
        "The Head of Finance and Section 151 Officer advised caution.\n")
    assert labels(paragraph_with(meeting, "Cllr Ahmed and")) == ["Councillor A Ahmed", "K Lowe"]
    # no Vice Chair is in the attendance: the office stands for whoever holds it
    assert labels(paragraph_with(meeting, "The Chair and")) == ["Councillor J Patel", "Vice Chair"]
    assert labels(paragraph_with(meeting, "The Chief Executive and")) == ["K Lowe", "D Singh"]
    assert labels(paragraph_with(meeting, "The Head of Finance")) == ["Head of Finance and Section 151 Officer"]


def test_the_director_means_the_director_last_named_in_the_item() -> None:
    meeting = meeting_of(
        "1. Housing\n\nThe Director of Housing presented the report. The Director of Finance explained the "
        "costs.\n\nThe Director confirmed that the scheme was funded.\n"
    )
    assert labels(paragraph_with(meeting, "The Director confirmed")) == ["Director of Finance"]


def test_unnamed_speakers_get_a_bucket_and_passive_reports_get_nobody() -> None:
    meeting = meeting_of(
        "1. Parks\n\nA Panel Member queried whether the park would reopen. It was explained that it would "
        "reopen in May.\n\nThe Panel was informed that the cafe had closed.\n\n"
        "A member of the public asked about parking. Members commented on the signage.\n"
    )
    question = paragraph_with(meeting, "A Panel Member")
    assert labels(question) == ["Panel Member (unnamed)"]
    assert {"question", "answer"} <= set(question.kinds)
    assert paragraph_with(meeting, "The Panel was informed").speakers == []
    assert labels(paragraph_with(meeting, "A member of the public")) == [
        "Member of the public (unnamed)", "Member (unnamed)"]


def test_initials_resolve_to_the_attendee_they_abbreviate() -> None:
    meeting = meeting_of("1. Finance\n\nJP reported that the audit was complete.\n")
    assert labels(paragraph_with(meeting, "JP reported")) == ["Councillor J Patel"]


def test_an_action_s_initials_name_who_owes_it_and_a_month_s_meeting_is_when_it_is_due() -> None:
    meeting = meeting_of(
        "1. Highways\n\nThe potholes on Mill Lane to be reported. Action: KL\n\n"
        "A survey of residents to be drafted. Action: RB / SO\n\n"
        "The Monitoring Officer undertook to bring the revised protocol to the Cabinet's April meeting.\n\n"
        "The Chief Executive agreed to report on the depot to the December meeting.\n"
    )  # the Cabinet met on 10 January 2022
    whos = [(record["who"], record["due"]) for record in meeting.commitments]
    assert whos == [("K Lowe", None), ("Councillor R Brown", None), ("D Singh", "2022-04-30"), ("K Lowe", "2022-12-31")]


def test_what_another_body_had_agreed_or_offered_is_no_commitment_of_the_meeting() -> None:
    meeting = meeting_of(
        "1. Public toilets\n\nThe Chief Executive reported that the District Council had offered to transfer the "
        "toilets to the Council, and that the County Council had agreed to repair the roof.\n"
    )
    assert meeting.items[0].paragraphs[0].kinds == ["discussion"]
    assert meeting.commitments == []


def test_who_stands_in_for_another_a_resident_named_in_brackets_and_a_new_chair_after_a_long_clause() -> None:
    meeting = parse_bytes(
        b"Minutes of the Annual Meeting of the Town Council held on Monday 13th May 2024\n\n"
        b"Present: Cllrs Kevin Draycott, Janet Ormerod and Graham Tolley\n\n"
        b"In attendance: Sgt Karen Doig and PC Ross Lennie (Police)\n\n"
        b"24/01 Election of Town Mayor\n\nCllr Draycott was proposed by Cllr Ormerod and seconded by Cllr Tolley.\n\n"
        b"Cllr Draycott made his declaration of acceptance of office, was invested with the chain of office, and took "
        b"the Chair. He thanked Members for their support.\n\n24/02 Police report\n\n"
        b"Sgt Doig, standing in for PC Lennie, reported a quiet month.\n\n"
        b"A resident (Mr Alasdair Petrie) said that the speeding had got worse.\n", "tc.txt")
    assert labels(paragraph_with(meeting, "Cllr Draycott made")) == ["Councillor Kevin Draycott"]
    assert labels(paragraph_with(meeting, "Sgt Doig")) == ["Sgt Karen Doig"]
    assert labels(paragraph_with(meeting, "A resident")) == ["Mr Alasdair Petrie"]


def test_a_declaration_records_who_and_the_kind_of_interest() -> None:
    meeting = meeting_of("1. Declarations of Interest\n\nCouncillor Brown declared a non-pecuniary interest in "
                         "item 4 as a governor of Newport Primary School.\n")
    paragraph = paragraph_with(meeting, "Councillor Brown declared")
    assert paragraph.kinds == ["declaration"]
    assert meeting.declarations == [{"paragraph_id": paragraph.id, "who": ["Councillor R Brown"],
                                     "interests": ["non-pecuniary"], "text": paragraph.text}]


def test_decisions_in_the_forms_minutes_write_them() -> None:
    meeting = meeting_of(
        "1. Decisions\n\nRESOLVED that the report be noted.\n\nAGREED as follows:- 1. That the plan be adopted. "
        "2. That officers report back.\n\nIt was agreed that the consultation would close in June.\n\n"
        "The minutes of the meeting held on 6 December 2021 were approved as a correct record.\n\n"
        "Motion carried.\n\nNOTED\n"
    )
    for paragraph in meeting.items[0].paragraphs:
        assert "decision" in paragraph.kinds, paragraph.text


def test_a_clerk_s_shorthand_for_what_was_carried_is_a_decision_but_a_motion_still_moved_is_not() -> None:
    """Informal minutes record a decision by its proposer and seconder ("Prop Ffion, sec Aled") or write
    "Minutes of … agreed and signed" without "were"; "Cllr X proposed an amendment, seconded by Cllr Y" and
    "It was proposed by …" tell of a motion whose fate is yet to come."""
    meeting = meeting_of(
        "1. Business\n\nMinutes of 14/5/25 agreed and signed.\n\nQuote from Tanat Fencing accepted. Prop Ffion, "
        "sec Aled.\n\nCllr Jones elected Vice-Chair (prop. Cllr Patel, sec. Cllr Brown).\n\n"
        "Proposed: Cllr Patel Seconded: Cllr Brown\n\n"
        "Cllr Brown proposed an amendment, seconded by Cllr Patel.\n\n"
        "It was proposed by Cllr Patel and seconded by Cllr Brown that the precept be raised.\n\n"
        "Property Services reported on the pavilion roof.\n")
    kinds = {paragraph.text: "decision" in paragraph.kinds for paragraph in meeting.items[0].paragraphs}
    assert kinds == {
        "Minutes of 14/5/25 agreed and signed.": True,
        "Quote from Tanat Fencing accepted. Prop Ffion, sec Aled.": True,
        "Cllr Jones elected Vice-Chair (prop. Cllr Patel, sec. Cllr Brown).": True,
        "Proposed: Cllr Patel Seconded: Cllr Brown": True,
        "Cllr Brown proposed an amendment, seconded by Cllr Patel.": False,
        "It was proposed by Cllr Patel and seconded by Cllr Brown that the precept be raised.": False,
        "Property Services reported on the pavilion roof.": False,
    }


def test_a_body_approving_all_and_a_call_in_the_chair_declares_fallen_are_decisions() -> None:
    meeting = meeting_of(
        "1. Business\n\nThe CC approved all five grants, £40,200 in total.\n\nMembers approved both quotations.\n\n"
        "The Mayor declared that, the qualified majority not having been reached, the decision at minute 41 had "
        "fallen.\n\nThe County Council approved all the schemes in its capital programme.\n")
    kinds = {paragraph.text[:20]: "decision" in paragraph.kinds for paragraph in meeting.items[0].paragraphs}
    assert kinds == {"The CC approved all ": True, "Members approved bot": True, "The Mayor declared t": True,
                     "The County Council a": False}


def test_a_sentence_that_goes_on_into_lettered_decisions_is_one_decision_with_them() -> None:
    meeting = meeting_of(
        "1. Grass cutting\n\nMembers discussed the grass cutting contract. It was agreed that\n"
        "a) the contract be renewed for three years;\nb) the Clerk seek a quotation for the cemetery.\n\n"
        "2. Play area\n\nMembers discussed the play area at some length and agreed the following:\n\n"
        "a) the contract with Greenway Landscapes be renewed for three years from April, with the option of a "
        "further two years if performance is satisfactory;\n\nb) the Clerk seek a quotation for the safety surfacing "
        "separately, to be considered at the next meeting of the committee.\n"
    )
    first, second = (item.paragraphs for item in meeting.items)
    assert [paragraph.text for paragraph in first] == [
        "Members discussed the grass cutting contract. It was agreed that a) the contract be renewed for three "
        "years; b) the Clerk seek a quotation for the cemetery."]
    assert len(second) == 1 and second[0].text.endswith("at the next meeting of the committee.")
    # a decision; a mention of the next meeting in passing makes it no procedural business
    assert first[0].kinds == second[0].kinds == ["decision"]


def test_when_the_next_meeting_is_is_procedural() -> None:
    meeting = meeting_of(
        "1. Date of next meeting\n\nThe next meeting will be held on Monday 7 February 2022 at 6.00pm.\n\n"
        "2. Highways\n\nMembers noted that the next meeting of the Panel is on 3 March.\n\n"
        "The Clerk would bring the survey results to the next meeting.\n"
    )
    assert "procedural" in paragraph_with(meeting, "The next meeting will").kinds
    assert "procedural" in paragraph_with(meeting, "Members noted that the next").kinds
    assert "procedural" not in paragraph_with(meeting, "The Clerk would bring").kinds


def test_an_officer_whose_role_lists_a_remit_with_commas_speaks_under_it() -> None:
    meeting = parse_bytes(
        b"Minutes of the Cabinet held on 14 January 2025\n\nPresent: Cllr T Ashdown (Leader), Cllr R Moyle\n\n"
        b"In attendance: Simon Threlfall (Head of Libraries, Culture and Heritage)\n\n1. Library review\n\n"
        b"Simon Threlfall, Head of Libraries, Culture and Heritage, outlined the three options.\n\n"
        b"The Head of Libraries, Culture and Heritage responded that the consultation would close in March.\n\n"
        b"The Head of Libraries said that the school library service would continue.\n\n2. Other business\n\nNone.\n",
        "cabinet.txt")
    for paragraph in meeting.items[0].paragraphs:
        assert labels(paragraph) == ["Simon Threlfall"], paragraph.text


def test_a_cabinet_member_whose_portfolio_lists_subjects_with_commas_is_one_attendee_and_speaks_under_it() -> None:
    meeting = parse_bytes(
        "Minutes of the Children's Services Scrutiny Committee held on 23 January 2024\n\n"
        "Present:\nCouncillor Patricia Hollinshead (Chair)\nCouncillors Rhys Penhale and Imran Sadiq\n\n"
        "Co-opted Members (voting on education matters):\nMr Gerald Fairbrother and Mrs Anjali Kaur\n\n"
        "Also in attendance:\nCouncillor Howard Pengelly, Cabinet Member for Children, Young People and Families, "
        "and Councillor Sue Bright, Portfolio Holder for Schools, Skills and Learning\n\n"
        "Officers:\nOwen Garside (Assistant Director – SEND and Inclusion)\n\n"
        "CSS/24/06 Education, Health and Care Plans\n\n"
        "The Assistant Director – SEND and Inclusion reported that 31 per cent of new plans had been issued on time."
        "\n\nThe Cabinet Member said that he had asked officers to look again at help for families.\n".encode(),
        "css.txt")
    assert [(attendee.name, attendee.role) for attendee in meeting.attendees] == [
        ("Councillor Patricia Hollinshead", "Chair"), ("Councillor Rhys Penhale", None),
        ("Councillor Imran Sadiq", None), ("Mr Gerald Fairbrother", None), ("Mrs Anjali Kaur", None),
        ("Councillor Howard Pengelly", "Cabinet Member for Children, Young People and Families"),
        ("Councillor Sue Bright", "Portfolio Holder for Schools, Skills and Learning"),
        ("Owen Garside", "Assistant Director – SEND and Inclusion")]
    assert labels(paragraph_with(meeting, "The Assistant Director")) == ["Owen Garside"]
    assert labels(paragraph_with(meeting, "The Cabinet Member said")) == ["Councillor Howard Pengelly"]


def test_a_members_question_under_its_label_is_asked_by_them_and_answered_under_the_response() -> None:
    meeting = meeting_of(
        "1. Questions from Members\n\nQuestion 2 from Councillor Ahmed to the Cabinet Member for Transport:\n\n"
        '"Will the Cabinet Member guarantee that the X7 Sunday service will continue after March?"\n\n'
        'Response from Councillor Brown: "I cannot give a guarantee today, but I will report to Cabinet in '
        'January."\n'
    )
    question, answer = meeting.items[0].paragraphs
    assert question.text.startswith("Question 2 from Councillor Ahmed to the Cabinet Member for Transport: \"Will")
    assert labels(question) == ["Councillor A Ahmed"] and "question" in question.kinds
    assert labels(answer) == ["Councillor R Brown"] and "answer" in answer.kinds


def test_an_answer_and_a_follow_up_record_the_questions_they_answer() -> None:
    meeting = meeting_of(
        "1. Questions from Members\n\nQ1. Councillor Ahmed asked the Cabinet Member for Environment: \"When will "
        "the Millbrook footbridge reopen?\"\n\nReply: Councillor Brown said that the new bridge would open in "
        "April.\n\nSupplementary: Councillor Ahmed asked whether residents could name it. Councillor Brown said he "
        "would welcome that.\n\nResponse: Councillor Brown added that the contract had been let.\n\n"
        "Q2. Councillor Okoro asked the Leader whether the budget would be published. The Leader replied that it "
        "would be published in February.\n\n2. Parking\n\nThe Committee asked whether the charges applied on "
        "Sundays.\n\nThe Chief Executive replied that they did not.\n"
    )
    question, reply, follow_up, response, own = meeting.items[0].paragraphs
    assert reply.replies_to == [question.id]
    assert follow_up.replies_to == [question.id]  # a follow-up's subject is the question it follows
    assert response.replies_to == [follow_up.id, question.id]
    assert question.replies_to == [] and own.replies_to == []  # asked and answered in itself: no earlier question
    asked, answered = meeting.items[1].paragraphs
    assert answered.replies_to == [asked.id]


def test_counted_and_named_votes() -> None:
    meeting = meeting_of(
        "1. Motion\n\nThe motion was carried by 23 votes to 12 with 2 abstentions.\n\n"
        "For: Councillors Ahmed, Brown and Okoro. Against: Councillor Patel.\n"
    )
    assert all("vote" in paragraph.kinds for paragraph in meeting.items[0].paragraphs)


def test_commitments_become_records_with_who_to_whom_and_when() -> None:
    meeting = meeting_of(
        "1. Highways\n\nThe Clerk to write to Highways regarding the potholes on Mill Lane.\n\n"
        "The Chief Executive undertook to circulate the figures to all Members by March 2022.\n\n"
        "In response, it was confirmed that this information could be provided to the Panel in the future.\n\n"
        "AGREED that representatives of the bus operators be invited to the Panel's next meeting.\n\n"
        "2. Date of Next Meeting\n\nThe next meeting will be held on Monday 7 February 2022 at 6.00pm.\n"
    )
    items = meeting.items[0].paragraphs
    assert all("commitment" in paragraph.kinds for paragraph in items)
    records = {record["paragraph_id"]: record for record in meeting.commitments}
    clerk, chief, information, invite = (records[paragraph.id] for paragraph in items)
    assert (clerk["who"], clerk["to_whom"], clerk["due"]) == ("Clerk", "Highways", None)
    assert (chief["who"], chief["to_whom"], chief["due"]) == ("K Lowe", "all Members", "2022-03-31")
    assert information["to_whom"] == "Panel"
    assert invite["due"] == "2022-02-07"
    assert invite["text"] == "AGREED that representatives of the bus operators be invited to the Panel's next meeting."


def test_a_commitment_is_due_when_its_own_part_says_and_owed_by_whoever_undertook_it() -> None:
    meeting = meeting_of(
        "1. Hospital\n\nRESOLVED that (a) public engagement be carried out for twelve weeks from 3 February 2022; "
        "and (b) the Chief Executive report the results to the Cabinet in June 2022.\n\n"
        "2. Training\n\nCllr Ahmed asked for a session on the budget, and the Chief Executive agreed to arrange one "
        "before the summer.\n\n"
        "3. Consultation\n\nRESOLVED: That the Monitoring Officer, in consultation with the Chair, submit the "
        "Council's response by 16 March 2022.\n\n"
        "4. Property Tax\n\nThe Chief Executive said that the increase would raise an additional £1.4 million for "
        "the Council.\n\n5. Survey\n\nThe Clerk would circulate the draft by 14 February and report the results "
        "to the Council by 28 March.\n")
    records = {record["paragraph_id"]: record for record in meeting.commitments}
    hospital, training, consultation, tax, survey = (item.paragraphs[0] for item in meeting.items)
    assert records[hospital.id]["due"] == "2022-06-30"  # not the engagement's start in (a)
    assert records[training.id]["who"] == "K Lowe"  # not Cllr Ahmed, who asked
    assert (records[consultation.id]["who"], records[consultation.id]["due"]) == ("D Singh", "2022-03-16")
    assert "commitment" not in tax.kinds  # raising money is no promise
    assert records[survey.id]["due"] == "2022-03-28"  # the report's date, after the draft's


def test_plans_are_not_commitments() -> None:
    meeting = meeting_of("1. Pilots\n\nThe impact of the pilots would start to become apparent within the next "
                         "six months. The teams would include staff from several services.\n")
    assert "commitment" not in meeting.items[0].paragraphs[0].kinds


def test_a_resolution_that_an_officer_act_is_a_commitment_with_nobody_speaking() -> None:
    meeting = meeting_of(
        "1. Traffic\n\nRESOLVED that the Director of Finance write to Norstow Rotary Club setting out the concerns "
        "raised about hospital discharge.\n\nRESOLVED that the Head of Youth Services be thanked.\n"
    )
    write, thanks = meeting.items[0].paragraphs
    assert labels(write) == []  # not "Director of Finance write to Norstow Rotary Club setting out the concerns"
    assert "commitment" in write.kinds and "commitment" not in thanks.kinds
    assert [record["who"] for record in meeting.commitments] == ["Director of Finance"]


def test_typed_minutes_promises_to_ask_and_resolutions_in_the_indicative_are_commitments() -> None:
    meeting = meeting_of(
        "1. Cemetery\n\nThe Clerk will ask both parish councils to publicise the byelaw.\n\n"
        "RESOLVED that the Clerk obtains quotations for a tree survey and reports to the next meeting.\n\n"
        "Cllr Smith asked whether the survey could be combined.\n"
    )
    ask, obtains, asked = meeting.items[0].paragraphs
    assert "commitment" in ask.kinds and "commitment" in obtains.kinds
    assert "commitment" not in asked.kinds  # a councillor's question promises nothing


def test_a_committee_s_recommendation_to_cabinet_is_its_decision() -> None:
    meeting = meeting_of("1. Parking\n\nAfter debate it was RECOMMENDED to Cabinet that a concessionary rate be "
                         "introduced.\n\nThe officer recommended a site visit.\n")
    recommended, visit = meeting.items[0].paragraphs
    assert "decision" in recommended.kinds and "decision" not in visit.kinds


def test_a_verbatim_record_names_who_speaks_before_the_colon() -> None:
    meeting = parse_bytes(
        b"Minutes of the Finance Committee held on Monday 13 January 2025\n\n"
        b"Present: Cllr A Patel (Chair), Cllr R Smith\nIn attendance: Mrs K Fenwick (Town Clerk)\n\n"
        b"1. Budget\n\nThe Chair (Cllr Patel): I will ask the Clerk to introduce the report.\n\n"
        b"Cllr Smith: Could we not draw down more from general reserves instead?\n\n"
        b"Town Clerk: The reserve is at five months of spending.\n\n"
        b"Action: Clerk to write to the auditor.\n", "verbatim.txt")
    chair, smith, clerk, action = meeting.items[0].paragraphs
    assert [labels(paragraph) for paragraph in (chair, smith, clerk)] == [
        ["Councillor A Patel"], ["Councillor R Smith"], ["Mrs K Fenwick"]]
    assert "question" in smith.kinds
    assert labels(action) == []  # a label that names no one


def test_an_attendee_listed_without_a_title_speaks_under_their_full_name() -> None:
    meeting = parse_bytes(b"""Humber and Wolds Fire and Rescue Authority

MINUTES of the meeting of the Audit Committee held at Service Headquarters, Hull on Monday 4 December 2023.

PRESENT:
Independent Co-opted Members: Mr Chris Brown (Chairperson), Mrs Pam Jackson
Officers: Director of Finance & S.151 Officer - Martyn Ransom, Head of Corporate Assurance - Shaun Edwards
Internal Audit (TIAA Ltd): Claire Lindsay

APOLOGIES: Councillor Linda Chambers

Minute 45 - Internal Audit Progress Report

Claire Lindsay (TIAA) presented the progress report. Mrs Jackson queried whether the audits would finish by year end.

The Committee NOTED the report.
""", "fire.txt")
    assert meeting.council == "Humber and Wolds Fire and Rescue Authority"
    assert [(a.name, a.role, a.group, a.status) for a in meeting.attendees] == [
        ("Mr Chris Brown", "Chair", "member", "present"), ("Mrs Pam Jackson", None, "member", "present"),
        ("Martyn Ransom", "Director of Finance & S.151 Officer", "officer", "present"),
        ("Shaun Edwards", "Head of Corporate Assurance", "officer", "present"),
        ("Claire Lindsay", "Internal Audit, TIAA Ltd", "other", "present"),
        ("Councillor Linda Chambers", None, "member", "apologies")]
    presented = paragraph_with(meeting, "Claire Lindsay (TIAA) presented")
    assert labels(presented) == ["Claire Lindsay", "Mrs Pam Jackson"]
    assert "decision" in paragraph_with(meeting, "The Committee NOTED").kinds


def test_a_decision_label_alone_heads_the_decision_that_follows() -> None:
    meeting = meeting_of("1. Business Bulletin\n\nThe Business Bulletin was presented.\n\nDecision\n\n"
                         "To note the Business Bulletin.\n\n2. Work Programme\n\nRESOLVED:\n\n"
                         "That the work programme be agreed.\n\nDecision\n\n1) To note the programme.\n"
                         "2) To close actions 3 and 5.\n")
    assert [p.text for p in meeting.items[0].paragraphs] == [
        "The Business Bulletin was presented.", "Decision: To note the Business Bulletin."]
    assert [p.text for p in meeting.items[1].paragraphs] == [
        "RESOLVED: That the work programme be agreed.",
        "Decision: 1) To note the programme. 2) To close actions 3 and 5."]
    assert all("decision" in p.kinds for p in (*meeting.items[1].paragraphs, meeting.items[0].paragraphs[1]))


def test_a_proposer_and_seconder_named_without_punctuation_between_them() -> None:
    meeting = meeting_of("1. Allotments\n\nProposed: Cllr Ahmed   Seconded: Cllr Brown   All in favour.\n\n"
                         "Proposed by Councillor Okoro Seconded by Councillor Patel and\n\n"
                         "RESOLVED: That the rents rise.\n")
    assert labels(paragraph_with(meeting, "Proposed: Cllr Ahmed")) == ["Councillor A Ahmed", "Councillor R Brown"]
    assert labels(paragraph_with(meeting, "Proposed by Councillor Okoro")) == ["Councillor S Okoro",
                                                                              "Councillor J Patel"]


def test_an_untitled_attendee_with_an_appositive_after_their_name() -> None:
    meeting = parse_bytes(b"Minutes of the Health and Wellbeing Board held on 23 November 2023.\n\n"
                          b"In attendance: Tariq Bashir (Public Health Consultant)\n\n1. Childhood Obesity\n\n"
                          b"Tariq Bashir, Public Health Consultant, presented the chapter.\n", "hwb.txt")
    assert labels(paragraph_with(meeting, "Tariq Bashir, Public Health")) == ["Tariq Bashir"]


def test_who_and_when_of_a_commitment_stated_with_will_or_would_and_a_day_without_a_year() -> None:
    meeting = meeting_of("1. Audit\n\nThe Chief Executive will publish the notice of conclusion of audit by 30 "
                         "September.\n\nIt was agreed that the Monitoring Officer would report to the March meeting "
                         "on the register.\n\nMembers agreed to accept the apologies.\n")
    found = {entry["text"][:30]: entry for entry in meeting.commitments}
    assert (found["The Chief Executive will publi"]["who"], found["The Chief Executive will publi"]["due"]) == (
        "K Lowe", "2022-09-30")
    assert found["It was agreed that the Monitor"]["who"] == "D Singh"
    assert found["It was agreed that the Monitor"]["to_whom"] is None  # "the March meeting" names no one
    assert "commitment" not in paragraph_with(meeting, "Members agreed to accept").kinds


def test_members_questions_under_standing_orders_with_their_written_answers() -> None:
    meeting = meeting_of("1. Questions under Standing Order 12\n\n"
                         "Question 1 from Cllr Okoro to the Leader\n\n"
                         "Question: How much has the Council spent on legal advice?\n\n"
                         "Response (Cllr Patel): The Council spent £14,250 against a budget of £8,000.\n\n"
                         "Supplementary: Will the budget be reviewed?\n\n"
                         "Response: Yes, in May.\n")
    assert labels(paragraph_with(meeting, "Question 1 from Cllr Okoro")) == ["Councillor S Okoro"]
    assert "question" in paragraph_with(meeting, "Question: How much").kinds
    answer = paragraph_with(meeting, "Response (Cllr Patel)")
    assert "answer" in answer.kinds and labels(answer) == ["Councillor J Patel"]
    assert "question" in paragraph_with(meeting, "Supplementary: Will").kinds
    assert "answer" in paragraph_with(meeting, "Response: Yes").kinds


def test_a_resolution_that_an_officer_act_capitalised_and_a_recommendation() -> None:
    meeting = meeting_of("1. Grants\n\nThat the Monitoring Officer obtain a third quotation.\n\n"
                         "RECOMMENDED to Full Council that the grant be paid.\n\n"
                         "The Cabinet RESOLVED that the Chief Executive present an update in March.\n")
    assert "commitment" in paragraph_with(meeting, "That the Monitoring Officer").kinds
    assert [entry["who"] for entry in meeting.commitments] == ["D Singh", "K Lowe"]
    assert "decision" in paragraph_with(meeting, "RECOMMENDED to Full Council").kinds


def test_scottish_titles_speak_and_the_committee_agreed_is_a_decision() -> None:
    from indexer.parse import parse_bytes

    text = (b"Minutes of the meeting of the Policy Committee held on 6 March 2025\n\n1. DECLARATIONS\n\n"
            b"Bailie Grant declared a non-financial interest in item 3 as a board member.\n\n2. BUDGET\n\n"
            b"Provost Campbell asked whether the reserves were adequate.\n\nThe Committee agreed:- (i) to approve the "
            b"budget; and (ii) to note the risks.\n")
    paragraphs = [paragraph for item in parse_bytes(text, "scottish.txt").items for paragraph in item.paragraphs]
    assert [speaker["label"] for speaker in paragraphs[0].speakers] == ["Bailie Grant"]
    assert [speaker["label"] for speaker in paragraphs[1].speakers] == ["Provost Campbell"]
    assert "decision" in paragraphs[2].kinds


def test_an_officer_written_role_first_is_the_person_in_the_brackets() -> None:
    from indexer.attendance import parse_attendance

    people = parse_attendance("In attendance: Chief Executive (Mr D Jackson), Licensing Manager (Angela Purcell), "
                              "Councillor A Bell (Leader of the Council) (Chair)")
    assert [(person.name, person.role) for person in people] == [
        ("Mr D Jackson", "Chief Executive"), ("Angela Purcell", "Licensing Manager"),
        ("Councillor A Bell", "Chair, Leader of the Council")]


def test_a_sum_of_money_for_something_is_no_vote_and_a_count_for_the_motion_is() -> None:
    meeting = meeting_of("1. Budget\n\nCllr Ahmed welcomed the additional £95,000 for the homelessness service.\n\n"
                         "The precept of £14.00 for a Band D property was noted.\n\n"
                         "There were 6 votes for and 2 against, and the motion was carried.\n")
    assert "vote" not in paragraph_with(meeting, "Cllr Ahmed welcomed").kinds
    assert "vote" not in paragraph_with(meeting, "The precept of £14.00").kinds
    assert "vote" in paragraph_with(meeting, "There were 6 votes for").kinds


def test_an_interest_declared_without_the_word_and_minutes_agreed_in_a_sentence() -> None:
    meeting = meeting_of("1. Declarations\n\nCllr Okoro declared that she is a governor of Westbury Academy.\n\n"
                         "2. Minutes\n\nThe minutes of the meeting held on 14 December 2021 were agreed.\n")
    assert "declaration" in paragraph_with(meeting, "Cllr Okoro declared").kinds
    assert "decision" in paragraph_with(meeting, "The minutes of the meeting").kinds


def test_police_and_fire_officers_by_their_ranks() -> None:
    meeting = meeting_of("1. Community Safety\n\nSupt Milne said that burglaries had fallen by 12 per cent.\n\n"
                         "Station Cdr Yates reported that home fire safety visits had doubled.\n")
    assert labels(paragraph_with(meeting, "Supt Milne said")) == ["Supt Milne"]
    assert labels(paragraph_with(meeting, "Station Cdr Yates")) == ["Station Cdr Yates"]


def test_a_panel_members_present_label_and_attendance_notes_that_are_no_roles() -> None:
    from indexer.attendance import parse_attendance

    people = parse_attendance("Panel members present: Councillor Rhiannon Tudor (Chair), PCSO Amy Walsh (for item "
                              "25/05 only), Cllr N Osgood (to Min 24/105)")
    assert [(person.name, person.role) for person in people] == [
        ("Councillor Rhiannon Tudor", "Chair"), ("PCSO Amy Walsh", None), ("Cllr N Osgood", None)]
    one_a_line = parse_attendance("Also present: Jonathan Pryor – Police and Crime Commissioner")
    assert [(person.name, person.role) for person in one_a_line] == [
        ("Jonathan Pryor", "Police and Crime Commissioner")]


def test_a_title_written_with_a_full_stop_names_proposer_and_seconder():
    meeting = meeting_of("1. MOTIONS\n\nThe motion was proposed by Cllr. Ahmed, seconded by Cllr. Okoro and "
                         "adopted.\n\nThe budget motion was seconded by Cllr. Brown.\n")
    labels = [speaker["label"] for speaker in paragraph_with(meeting, "The motion was").speakers]
    assert labels == ["Councillor A Ahmed", "Councillor S Okoro"]
    assert [s["label"] for s in paragraph_with(meeting, "The budget").speakers] == ["Councillor R Brown"]


def test_votes_counted_after_their_side_and_a_numbered_recommendation() -> None:
    meeting = meeting_of(
        "1. Budget\n\nDecision: That the budget be approved.\n\nVoting: For 5, Against 1 (Councillor Brown), "
        "Abstain 0.\n\nFor (8): Councillors Ahmed, Okoro; Against (2): Councillors Brown, Patel\n\n"
        "The Director presented her annual report for 2024, which focused on young people.\n\n"
        "5.5 RECOMMENDED to Full Council that the budget be adopted.\n")
    assert "vote" in paragraph_with(meeting, "Voting: For 5").kinds
    assert "vote" in paragraph_with(meeting, "For (8)").kinds
    assert "vote" not in paragraph_with(meeting, "The Director presented").kinds  # "for 2024," is a year
    assert "decision" in paragraph_with(meeting, "5.5 RECOMMENDED").kinds


def test_a_date_before_the_meeting_is_no_commitment_s_due_date() -> None:
    from indexer.enrich.commitments import due_date

    sentence = "The Clerk to circulate the minutes of the meeting held on 10 December 2021 to members."
    assert due_date(sentence, "2022-02-07", "2022-01-10") is None
    assert due_date("The Clerk to report back by 14 March 2022.", None, "2022-01-10") == "2022-03-14"


def test_an_answer_s_label_on_a_line_of_its_own_heads_the_answer_and_names_who_gave_it() -> None:
    meeting = meeting_of(
        "1. Questions\n\nQuestion 1 from Councillor Okoro to the Cabinet Member for Housing\n\n"
        "Response from Councillor Ahmed, Cabinet Member for Housing:\n\n"
        "There were 214 households in temporary accommodation.\n\n"
        "Written response (Councillor Brown, Cabinet Member for Planning): The Design Code will be presented to "
        "Cabinet on 10 April 2022 for adoption.\n")
    answer = paragraph_with(meeting, "Response from Councillor Ahmed")
    assert answer.text.endswith("Housing: There were 214 households in temporary accommodation.")
    assert "answer" in answer.kinds and [s["label"] for s in answer.speakers] == ["Councillor A Ahmed"]
    written = paragraph_with(meeting, "Written response")
    assert [s["label"] for s in written.speakers] == ["Councillor R Brown"]
    assert "answer" in written.kinds and "vote" not in written.kinds  # "2022 for adoption" counts no votes


def test_names_with_accents_name_their_speakers() -> None:
    meeting = meeting_of("1. Storm damage\n\nCllr Seán Kavanagh said two trees had come down.\n\n"
                         "Councillor Sinéad Ó Briain asked when they would be cleared.\n")
    assert [s["label"] for s in paragraph_with(meeting, "Cllr Seán").speakers] == ["Councillor Seán Kavanagh"]
    assert [s["label"] for s in paragraph_with(meeting, "Councillor Sinéad").speakers] == [
        "Councillor Sinéad Ó Briain"]


def test_a_resident_named_with_where_they_live_is_the_speaker() -> None:
    meeting = meeting_of("1. Public Questions\n\nMr Alan Brierley of Holme Lane asked when the lift would be "
                         "repaired.\n\nK Lowe, Chief Executive of the Council, replied that the part was on order.\n")
    asked = paragraph_with(meeting, "Mr Alan Brierley")
    assert [s["label"] for s in asked.speakers] == ["Mr Alan Brierley"] and "question" in asked.kinds
    assert [s["label"] for s in paragraph_with(meeting, "K Lowe").speakers] == ["K Lowe"]


def test_a_community_council_s_decisions_and_its_untitled_mover_and_seconder() -> None:
    meeting = parse_bytes(
        "GLENCAIRN AND STRATHVAIR COMMUNITY COUNCIL\n\nMinutes of the meeting held in Strathvair Public Hall on "
        "Tuesday 18 February 2025 at 7.30pm\n\nSederunt: Iain MacDonald (Chair), Morag Ferguson, Euan Stewart\n\n"
        "1. Windfarm community benefit fund\nThe Chair reported that the fund panel had recommended two awards:\n"
        "- Glencairn Hall Committee: £4,000 for new windows\n- Strathvair Angling Club: £800 for path repairs\n"
        "The community council approved the recommendations unanimously.\n\n"
        "2. Hall\nMoved by Morag Ferguson, seconded by Euan Stewart, that the grant be approved. Carried "
        "unanimously.\n\n3. Bench\nThe Community Council agreed to buy a bench. The County Council had agreed to "
        "install it.\n".encode(), "glencairn.txt")
    approved = paragraph_with(meeting, "The community council approved")
    assert set(approved.kinds) == {"decision", "vote"}
    assert paragraph_with(meeting, "The Chair reported").text.endswith("£800 for path repairs")
    moved = paragraph_with(meeting, "Moved by")
    assert [s["label"] for s in moved.speakers] == ["Morag Ferguson", "Euan Stewart"]
    assert set(moved.kinds) == {"decision", "vote"}
    assert "decision" in paragraph_with(meeting, "The Community Council agreed").kinds
    assert "decision" not in meeting_of("1. Roads\n\nThe County Council had agreed to resurface the lane.\n").items[
        0].paragraphs[0].kinds  # another body's decision, reported


def test_a_parish_council_s_verdict_in_capitals_is_no_speaker() -> None:
    meeting = meeting_of("1. Planning\n\na) 23/00456/FUL - Land rear of The Granary. The PC OBJECTS: overdevelopment "
                         "of the site.\n\nPC Smith reported two burglaries.\n")
    assert paragraph_with(meeting, "a) 23/00456/FUL").speakers == []
    assert [s["label"] for s in paragraph_with(meeting, "PC Smith").speakers] == ["PC Smith"]


def test_a_scottish_council_s_attending_list_roll_call_decision_and_questions_by_members() -> None:
    meeting = parse_bytes(
        b"STRATHCAIRN COUNCIL\n\nMINUTE of MEETING of the EDUCATION COMMITTEE held in the Council Chambers on Tuesday, "
        b"30 November 2021 at 10.00 am.\n\nSederunt:\nCouncillor Fiona Drummond (Convener)\n"
        b"Councillor Catriona Boyd\n\n"
        b"Attending:\nBrian Cowie, Head of Inclusion\nLorna Gibb, Service Manager (Transport)\n"
        b"Mr. T. Hardcastle, Clerk (TH)\n\n1. ASN TRANSPORT\n\n1.1 The Head of Inclusion reported on transport.\n\n"
        b"1.2 The Service Manager (Transport) advised that routes would be assessed.\n\n2. FLOOD SCHEME\n"
        b"On a roll call vote, there voted:\nFor the motion (14): Councillors Baxter, Boyd and twelve others.\n"
        b"For the amendment (18): Councillors Drummond and seventeen others.\nDecision\n"
        b"Council agreed the terms of the amendment.\n\n3. QUESTIONS\nQuestion by Councillor Boyd:\n"
        b"\"When will the walls be built?\"\nAnswer by Councillor Drummond, Convener:\n\"In 2027.\"\n",
        "strathcairn.txt")
    assert [(person.name, person.role, person.status) for person in meeting.attendees[2:]] == [
        ("Brian Cowie", "Head of Inclusion", "in attendance"), ("Lorna Gibb", "Service Manager, Transport",
                                                                "in attendance"),
        ("Mr. T. Hardcastle", "Clerk", "in attendance")]
    assert [s["name"] for s in paragraph_with(meeting, "1.1 The Head").speakers] == ["Brian Cowie"]
    assert [s["name"] for s in paragraph_with(meeting, "1.2 The Service").speakers] == ["Lorna Gibb"]
    assert "vote" in paragraph_with(meeting, "On a roll call vote").kinds
    assert "vote" in paragraph_with(meeting, "For the amendment (18)").kinds
    assert "decision" in paragraph_with(meeting, "Decision Council agreed").kinds
    asked, answered = paragraph_with(meeting, "Question by"), paragraph_with(meeting, "Answer by")
    assert [s["name"] for s in asked.speakers] == ["Councillor Catriona Boyd"] and "question" in asked.kinds
    assert [s["name"] for s in answered.speakers] == ["Councillor Fiona Drummond"] and "answer" in answered.kinds


def test_an_officer_named_without_a_title_and_not_listed_is_named_by_the_office_after_their_name() -> None:
    meeting = meeting_of("1. Leisure\n\nFiona Beck, Head of Leisure, presented the report.\n\n"
                         "Cllr Brown asked about the cost. Ms Beck replied that it was within budget.\n\n"
                         "Eastmoor Library, the branch in Mill Road, had closed.\n")
    assert labels(paragraph_with(meeting, "Fiona Beck")) == ["Fiona Beck"]
    assert labels(paragraph_with(meeting, "Cllr Brown asked")) == ["Councillor R Brown", "Fiona Beck"]
    assert labels(paragraph_with(meeting, "Eastmoor Library")) == []


def test_the_leader_who_also_chairs_is_the_leader_not_the_leader_of_a_group() -> None:
    meeting = parse_bytes(b"CABINET\n\nMinutes of the meeting held on Tuesday 15 July 2025 at 10.00 am.\n\n"
                          b"Present: Councillor Angela Kerr (Leader) (Chairman); Councillors Simon Hale (Deputy "
                          b"Leader), Sunita Rao.\n\nAlso present: Councillor Robert Ainsworth (Leader of the "
                          b"Conservative Group)\n\n17/25  ASHCOMBE RELIEF ROAD\n\nThe Leader introduced the report."
                          b"\n\nThe Chairman thanked officers.\n", "cabinet.txt")
    assert meeting.attendees[0].role == "Chair, Leader"
    assert labels(paragraph_with(meeting, "The Leader introduced")) == ["Councillor Angela Kerr"]
    assert labels(paragraph_with(meeting, "The Chairman thanked")) == ["Councillor Angela Kerr"]


def test_an_officer_told_to_act_in_a_numbered_part_of_a_resolution_has_committed() -> None:
    meeting = meeting_of("1. Waste\n\nRESOLVED that: (1) the report be noted; and (2) the Head of Environmental "
                         "Services provide the Panel with a breakdown of missed collections by March 2022.\n\n"
                         "2. Roads\n\nRESOLVED that: (a) the County Council does not proceed with the relief road; and "
                         "(b) the scheme be closed.\n")
    [entry] = meeting.commitments
    assert (entry["who"], entry["to_whom"], entry["due"]) == ("Head of Environmental Services", "Panel", "2022-03-31")
    assert "commitment" not in paragraph_with(meeting, "RESOLVED that: (a) the County Council").kinds


def test_a_written_question_and_its_reply_headed_with_a_dash_and_who_asked_or_answered() -> None:
    meeting = meeting_of("4. Questions from Members\n\nQuestion 1 – Councillor Okoro to the Cabinet Member for "
                         "Children and Families\n\n\"How much will the Council spend on SEND transport this year?\"\n\n"
                         "Reply – Councillor Patel\n\n\"The forecast for 2022/23 is £24.3 million.\"\n\n"
                         "Answer – the figures were circulated.\n")
    question = paragraph_with(meeting, "Question 1 – Councillor Okoro")
    assert question.text.endswith("Children and Families: \"How much will the Council spend on SEND transport this "
                                  "year?\"")
    assert (labels(question), question.kinds) == (["Councillor S Okoro"], ["question"])
    reply = paragraph_with(meeting, "Reply – Councillor Patel")
    assert (labels(reply), reply.kinds) == (["Councillor J Patel"], ["answer"])
    assert paragraph_with(meeting, "Answer – the figures").text == "Answer – the figures were circulated."


def test_the_office_written_before_a_members_name_is_what_the_office_later_means() -> None:
    meeting = meeting_of("1. Libraries\n\nThe Cabinet Member for Leisure, Culture and Tourism, Cllr Brown, presented "
                         "the report.\n\nCllr Ahmed asked about the building. The Cabinet Member said that talks would "
                         "follow.\n")
    assert labels(paragraph_with(meeting, "The Cabinet Member for Leisure")) == ["Councillor R Brown"]
    assert labels(paragraph_with(meeting, "Cllr Ahmed asked")) == ["Councillor A Ahmed", "Councillor R Brown"]


def test_undertakings_in_reported_speech_in_the_first_person_and_to_a_meeting_to_come_are_commitments() -> None:
    meeting = meeting_of(
        "1. Footbridge\n\nCllr Beaumont replied that the deck would be replaced by March. He would write to the "
        "residents of Marsh Lane as soon as a reopening date was known.\n\n"
        "Reply – Councillor Nunn: \"The forecast is £24.3 million. I will write to every member with the "
        "breakdown.\"\n\n"
        "A report on the options for funding the roundabout would be brought to the April meeting.\n\n"
        "RESOLVED: 1. That the report be noted. 2. That figures on out-of-borough placements be provided to the "
        "Committee's March meeting.\n\n"
        "The Committee requested figures on delayed discharges for its June meeting.\n\n"
        "Members agreed that the Clerk should obtain three quotations for a replacement bench.\n\n"
        "2. Planning\n\nMembers agreed to raise no objection to the application.\n\n"
        "Members agreed to defer the request until a quotation had been provided.\n\n"
        "The Chair: I will ask the Clerk to introduce the report.\n"
    )
    promised, planning = meeting.items
    assert [("commitment" in paragraph.kinds) for paragraph in promised.paragraphs] == [True] * 6
    assert [("commitment" in paragraph.kinds) for paragraph in planning.paragraphs] == [False] * 3


def test_another_body_s_objection_or_a_reported_one_is_no_decision_but_the_council_s_own_is() -> None:
    meeting = meeting_of(
        "1. 24/00311/FUL Land at Hollins Lane\n\nMs Achebe said the County Highway Authority raised no objection.\n\n"
        "Councillor Pettifer said the parish council objected because the site flooded every winter.\n\n"
        "The Principal Planning Officer reported a revised response from the Highway Authority raising no "
        "objection.\n\n"
        "2. 24/00412/HH 3 Mill Road\n\nNo objection.\n\nThe Council objected to the loss of the hedge.\n"
    )
    reported, ours = meeting.items
    assert [("decision" in paragraph.kinds) for paragraph in reported.paragraphs] == [False] * 3
    assert [("decision" in paragraph.kinds) for paragraph in ours.paragraphs] == [True] * 2


def test_a_question_or_an_answer_labelled_on_a_line_of_its_own_is_the_labelled_persons():
    """Full council's member questions: the label ("Response - Cllr Ahmed", "Supplementary question - Cllr Brown")
    on its own line, the words straight under it; the label is who speaks, not the start of their sentence."""
    meeting = meeting_of(
        "5  Questions from Members\n\n"
        "Question from Cllr Brown to the Cabinet Member for Environment and Highways\n"
        "Will the Cabinet Member confirm that the weight restriction will be in force by April?\n\n"
        "Response - Cllr Ahmed\nThe Cabinet Member confirmed that he had made the order on 18 December.\n\n"
        "Supplementary question - Cllr Brown\nWould he join residents at the school gate?\n\n"
        "Response from the Chair:\nThe Chair said the order would be enforced.\n")
    question = paragraph_with(meeting, "Question from Cllr Brown")
    assert question.text.endswith("Environment and Highways: Will the Cabinet Member confirm that the weight "
                                  "restriction will be in force by April?")
    assert "question" in question.kinds and [s["label"] for s in question.speakers] == ["Councillor R Brown"]
    answer = paragraph_with(meeting, "Response - Cllr Ahmed: The Cabinet Member confirmed")
    assert "answer" in answer.kinds and answer.speakers[0]["label"] == "Councillor A Ahmed"
    assert [s["label"] for s in paragraph_with(meeting, "Supplementary question - Cllr Brown: Would he").speakers] == [
        "Councillor R Brown"]
    assert [s["label"] for s in paragraph_with(meeting, "Response from the Chair:").speakers] == ["Councillor J Patel"]


def test_a_pages_bold_question_and_response_labels_head_no_items():
    """`<p><strong>Response from Councillor Johal</strong></p>` over the answer: a label in the item, not an item."""
    page = ("<html><body><h1>Minutes of the meeting of Quenby Borough Council held on 28 February 2024</h1>"
            "<p><strong>Present:</strong> Councillors Demir and Johal.</p>"
            "<h2>Minute 61 - Questions from Members</h2>"
            "<p><strong>Question 1 from Councillor Demir to the Cabinet Member for Highways</strong></p>"
            "<p>\"When will the footbridge reopen?\"</p>"
            "<p><strong>Response from Councillor Johal</strong></p>"
            "<p>The bridge was closed for safety after an inspection found corrosion.</p>"
            "<p><strong>Supplementary question</strong></p>"
            "<p>Councillor Demir asked whether the Cabinet Member would guarantee funding.</p></body></html>")
    meeting = parse_bytes(page.encode(), "council.html")
    assert [item.title for item in meeting.items] == ["Questions from Members"]
    assert [(p.text, [s["label"] for s in p.speakers]) for p in meeting.items[0].paragraphs] == [
        ("Question 1 from Councillor Demir to the Cabinet Member for Highways: \"When will the footbridge reopen?\"",
         ["Councillor Demir"]),
        ("Response from Councillor Johal: The bridge was closed for safety after an inspection found corrosion.",
         ["Councillor Johal"]),
        ("Supplementary question: Councillor Demir asked whether the Cabinet Member would guarantee funding.",
         ["Councillor Demir"])]


def test_a_refusal_is_a_decision_a_condition_is_not_and_a_numbered_resolution_keeps_its_lettered_parts() -> None:
    meeting = meeting_of(
        "4. Schools Block transfer\n\nThe schools members voted on the proposal: 3 for, 8 against.\n\n"
        "The Cabinet did NOT AGREE the transfer.\n\n"
        "The Director said that if the Cabinet did not agree, the Council would ask the Secretary of State.\n\n"
        "5. Tarnside car park\n\n(7) Cllr Brown moved the recommendations.\n\n(8) RESOLVED:\n"
        "(a) that the report be noted;\n(b) that the Council contribute £6,500 towards timber bollards;\n"
        "(c) that the charges remain unchanged for 2025/26.\n\n(9) The meeting closed at 8pm.\n")
    assert "decision" in paragraph_with(meeting, "The Cabinet did NOT AGREE").kinds
    assert "decision" not in paragraph_with(meeting, "The Director said that if").kinds
    resolved = paragraph_with(meeting, "(8) RESOLVED:")
    assert resolved.text == ("(8) RESOLVED: (a) that the report be noted; (b) that the Council contribute £6,500 "
                             "towards timber bollards; (c) that the charges remain unchanged for 2025/26.")
    assert "decision" in resolved.kinds
    assert paragraph_with(meeting, "(9) The meeting closed").text == "(9) The meeting closed at 8pm."


def test_a_chair_elected_at_the_meeting_chairs_the_rest_of_it_and_one_for_an_item_only_that_item() -> None:
    meeting = meeting_of(
        "1. Election of Chair\n\nRESOLVED - That Councillor Okoro be elected Chair for 2024/25.\n\nCouncillor Okoro "
        "made her declaration of acceptance of office and took the Chair. She thanked the Cabinet.\n\n"
        "2. Leisure Centre\n\nCllr Brown took the Chair for this item.\n\nThe Chair invited questions.\n\n"
        "3. Petitions\n\nThe Chair reported that a petition of 1,120 signatures had been received.\n")
    assert labels(paragraph_with(meeting, "The Chair invited")) == ["Councillor R Brown"]
    assert labels(paragraph_with(meeting, "The Chair reported")) == ["Councillor S Okoro"]


def test_the_office_then_the_untitled_name_in_it_speaks_and_so_does_a_captain() -> None:
    meeting = meeting_of(
        "1. Budget\n\nThe Leader, Councillor Patel, moved the budget. The Director of Resources, Paul Brindley, gave "
        "his statement under section 25 of the Local Government Act 2003. He said that the estimates were robust."
        "\n\nThe Harbour Master, Capt. Alan Bolitho, presented his report. Capt. Bolitho said that 412 vessels had "
        "used the harbour.\n")
    assert labels(paragraph_with(meeting, "The Leader, Councillor Patel")) == ["Councillor J Patel", "Paul Brindley"]
    assert paragraph_with(meeting, "The Leader, Councillor Patel").speakers[1]["role"] == "Director of Resources"
    assert labels(paragraph_with(meeting, "The Harbour Master")) == ["Capt. Alan Bolitho"]


def test_a_motion_put_to_the_vote_and_carried_and_a_hearing_s_announced_decision_are_decisions() -> None:
    meeting = meeting_of(
        "1. Notice of motion\n\nThe motion was put to the vote and CARRIED unanimously.\n\n2. Hearing\n\nThe "
        "Sub-Committee retired to deliberate and on its return the Chair announced the decision.\n\n3. Recycling\n\n"
        "Councillor Brown said that booking had cut queues. He said he would publish the fly-tipping figures for "
        "each district every quarter.\n")
    assert paragraph_with(meeting, "The motion was put").kinds == ["decision", "vote"]
    assert "decision" in paragraph_with(meeting, "The Sub-Committee retired").kinds
    assert "commitment" in paragraph_with(meeting, "Councillor Brown said").kinds
    assert [(commitment["who"], commitment["text"][:24]) for commitment in meeting.commitments] == [
        ("Councillor R Brown", "He said he would publish")]


def test_a_clerk_to_a_council_is_no_undertaking_and_an_independent_person_is_listed() -> None:
    meeting = meeting_of(
        "Independent Person: Mrs Pauline Ashdown\n\n1. Hearing\n\nMr Keble presented his report. The complaint, made "
        "by the Clerk to Ferncombe Parish Council, concerned eight posts.\n\nMrs Ashdown, Independent Person, said "
        "that early intervention was more effective than a hearing.\n\nCLERK TO CHASE THE POLICE FOR A REPLY.\n")
    assert "commitment" not in paragraph_with(meeting, "Mr Keble presented").kinds
    assert ("Mrs Pauline Ashdown", "in attendance") in [(person.name, person.status) for person in meeting.attendees]
    assert labels(paragraph_with(meeting, "Mrs Ashdown, Independent Person")) == ["Mrs Pauline Ashdown"]
    assert "commitment" in paragraph_with(meeting, "CLERK TO CHASE").kinds


def test_a_parish_s_answers_to_planning_consultations_and_its_minutes_confirmed_after_their_mover() -> None:
    from pathlib import Path

    from indexer.parse import parse_file

    meeting = parse_file(Path(__file__).parent / "documents" / "text" / "parish_planning_responses.txt")
    assert "decision" in paragraph_with(meeting, "On the proposal of Cllr Ashdown").kinds
    assert paragraph_with(meeting, "a) 24/03287/FUL").kinds == ["decision", "vote"]
    assert paragraph_with(meeting, "b) 24/03312/HH").kinds == ["decision"]
    assert paragraph_with(meeting, "c) 24/03340/FUL").kinds == ["decision"]
    assert "vote" not in paragraph_with(meeting, "The Clerk reported that").kinds  # "a target of 262 for the year"
    assert meeting.commitments[0]["who"] == "Mrs Fiona Blackwood"
    assert meeting.commitments[0]["text"].startswith("The Clerk undertook that she would ask the highways authority")


def test_a_resolution_that_names_the_body_leads_its_numbered_list() -> None:
    from indexer.parse import parse_bytes

    meeting = parse_bytes(
        b"<html><body><h1>Pensions Committee</h1><p>Minutes of the meeting held on Tuesday 12 March 2024 at 7.00 pm"
        b"</p><h2>34. Responsible Investment Policy</h2><p>The Head of Pensions presented the revised policy.</p>"
        b"<p>RESOLVED: That the Committee</p><ol><li>approve the Responsible Investment Policy at Appendix 1;</li>"
        b"<li>note the Fund's carbon footprint.</li></ol><h2>35. Integration</h2><p>The Integration Joint Board "
        b"noted the report.</p></body></html>", "pensions.html")
    assert [(paragraph.text, paragraph.kinds) for paragraph in meeting.items[0].paragraphs][1:] == [
        ("RESOLVED: That the Committee 1. approve the Responsible Investment Policy at Appendix 1; 2. note the Fund's "
         "carbon footprint.", ["decision"])]
    assert meeting.items[1].paragraphs[0].kinds == ["decision"]


def test_people_the_attendance_does_not_list_speak_for_a_group_or_from_a_place() -> None:
    meeting = meeting_of(
        "1. Responsible investment\n\nFreya Lindgren, speaking for the deputation, said that the Fund held £48.2 "
        "million in oil and gas companies.\n\nCllr Brown thanked the deputation.\n\nFreya Lindgren, for Divest "
        "Westbrook, thanked the Committee. She asked whether the exclusion would apply to private equity.\n\n"
        "Mr Huw Jarvis from Maes y Ddol said that the 20mph limit was fine in the village.\n")
    assert labels(paragraph_with(meeting, "Freya Lindgren, speaking")) == ["Freya Lindgren"]
    assert labels(paragraph_with(meeting, "Freya Lindgren, for Divest")) == ["Freya Lindgren"]
    assert labels(paragraph_with(meeting, "Mr Huw Jarvis")) == ["Mr Huw Jarvis"]
