"""Reading what the minutes report: who spoke, what kind of paragraph each is, and what was promised.

Runs over a parsed Meeting, after its reader: the readers find the structure, this finds the speech.
"""

from __future__ import annotations

from indexer.enrich.commitments import commitment, committed_role, next_meeting_date
from indexer.enrich.kinds import classify, interest_kinds, is_commitment
from indexer.enrich.people import People
from indexer.enrich.replies import link_replies
from indexer.enrich.sentences import sentences
from indexer.enrich.speakers import PRESENTING, SpeakerFinder, Speech, introductions, unique_speakers
from indexer.model import Meeting

_PRESENTER_VERBS = {"attending", *PRESENTING} - {"opened"}
_UNDERTAKING_VERBS = {"agreed to", "offered to", "undertook", "undertakes"}


def enrich(meeting: Meeting) -> None:
    """Fill in paragraph speakers and kinds, the questions each answer answers, item presenters, and the
    meeting's commitments and declarations."""
    people = People(meeting.attendees)
    for item in meeting.items:
        for text in [item.agenda_text or ""] + [paragraph.text for paragraph in item.paragraphs]:
            for name, role in introductions(text):
                people.add(name, role)
    finder = SpeakerFinder(people)
    next_meeting = next_meeting_date(meeting)
    for item in meeting.items:
        finder.start_item(item.title)
        presenting: list[Speech] = []
        for paragraph in item.paragraphs:
            split = sentences(paragraph.text)
            said = [finder.speeches(sentence) for sentence in split]
            spoken = [speech for speeches in said for speech in speeches]
            paragraph.speakers = unique_speakers(spoken)
            paragraph.kinds = classify(paragraph.text, split, said, item.type)
            presenting.extend(speech for speech in spoken
                              if speech.verb in _PRESENTER_VERBS and not speech.person.unnamed)
            if "commitment" in paragraph.kinds:
                for sentence, speeches in zip(split, said, strict=True):
                    if is_commitment(sentence):
                        meeting.commitments.append(
                            commitment(paragraph.id, sentence, _who(finder, sentence, speeches), next_meeting,
                                       meeting.date))
            if "declaration" in paragraph.kinds and paragraph.speakers:
                meeting.declarations.append({
                    "paragraph_id": paragraph.id, "who": [speaker["label"] for speaker in paragraph.speakers],
                    "interests": interest_kinds(paragraph.text), "text": paragraph.text,
                })
        item.presenters = unique_speakers(presenting)
        link_replies(item.paragraphs)


def _who(finder: SpeakerFinder, sentence: str, speeches: list[Speech]) -> str | None:
    """Whoever the sentence commits: "the Clerk to write", else the sentence's named speaker who undertook it, else
    its first."""
    role = committed_role(sentence)
    if role:
        person = finder.role_person(role)
        return person.label if person else role
    named = [speech for speech in speeches if not speech.person.unnamed]
    # "Councillor Rawal asked for a session, and the Head of Pensions agreed to arrange one": who undertook it
    named.sort(key=lambda speech: speech.verb not in _UNDERTAKING_VERBS)
    return named[0].person.label if named else None
