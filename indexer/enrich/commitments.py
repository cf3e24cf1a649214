"""Commitment records: who promised what, to whom, by when, for the decisions and commitments register."""

from __future__ import annotations

import calendar
import re
from typing import Any

from indexer.dates import MONTHS, find_dates
from indexer.enrich.people import clean_role, fold
from indexer.model import Meeting

_NEXT_MEETING = re.compile(r"\bnext\s+(?:meeting|scheduled\s+meeting)\b", re.I)
# "to the Committee's April meeting", "to the December meeting": the end of the next such month
_MONTHS_MEETING = re.compile(r"\b(?:the|its|our|(?-i:[A-Z])[\w-]*['’]s)\s+(?P<month>"
                             + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\s+meeting\b", re.I)
_MONTH_YEAR = re.compile(
    r"\b(?:by|before|in|during|until|for|end\s+of)\s+(?:the\s+end\s+of\s+)?(?P<month>"
    + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?,?\s+(?P<year>(?:19|20)\d\d)\b",
    re.I,
)
_ROLE = (r"(?:[A-Z][\w'’-]*\s+){0,4}(?:Clerk|Officers?|Director|Chair|Manager|Head|Secretary|RFO|Chief\s+Executive|"
         r"Leader|Mayor)(?:\s+(?:of|for)\s+[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*)?")
_ROLE_TO = re.compile(rf"\b(?:the\s+)?(?P<role>{_ROLE})\s+(?:to|will|would|shall)\s+(?:\w+ly\s+)?[a-z]")
# A resolution's subjunctive: "RESOLVED that the Director of Finance write to ...", also as a numbered part of it
# ("RESOLVED that: ... (2) the Director of Highways develop an alternative package ..."), or with "should"
# ("Members agreed that the Clerk should obtain three quotations"), or with whom they act set apart by commas.
ROLE_ACTS = re.compile(
    rf"(?:\b[Tt]hat|\(\w{{1,3}}\)|\b\d{{1,2}}\.)\s+the\s+(?P<role>{_ROLE})"
    # "That the Head of Pensions, in consultation with the Chair, submit the response"
    r"(?:\s*,\s*(?:in\s+consultation|in\s+conjunction|together|jointly|working)\b[^,;.]{0,60},)?"
    r"\s+(?:should\s+)?(?:write|report|circulate|provide|"
    r"arrange|contact|liaise|investigate|develop|commission|undertake|carry\s+out|"
    r"send|bring|prepare|respond|reply|update|seek|explore|review|draft|meet|consult|publish|share|obtain|submit|"
    r"order|apply|purchase|book|chase|request|organise|renew|notify|inform|advertise|instruct|invite|monitor|present"
    r"|ask)(?:e?s)?\b"  # "that the Clerk obtains quotations": typed minutes' indicative too
)
# "Action: Clerk", "Action by: HD", "Action: EG / FL"
_ACTION = re.compile(r"\baction(?:\s+by)?\s*[:\-–]\s*(?P<who>[A-Z][\w'’. ]{1,40}?(?-i:\s*/\s*[A-Z]{2,4})*)"
                     r"\s*(?:[.;,)]|$)", re.I)
# an action log's row read under its headings: "No.: CP/23/04; Action: Write to leaders; Owner: Chair; Status: Done"
_OWNER = re.compile(r"(?:^|;\s)(?:owner|lead(?:\s+officer)?|responsible(?:\s+officer)?|who|by\s+whom|action\s+by)"
                    r":\s*(?P<who>[A-Z][\w'’. ]{1,40}?)\s*(?:;|$)", re.I)
_BODIES = (r"(?:the\s+)?(?:Panel|Board|Committee|Sub-Committee|Council|Cabinet|Executive|Forum)|"
           r"all\s+(?:Members|Councillors|members|councillors)|Members|members|Councillors|Ward\s+Councillors")
_TO_WHOM = re.compile(
    rf"\b(?:to|with|for)\s+(?P<whom>{_BODIES}|(?:the\s+)?meeting|residents|"
    r"(?:the\s+)?[A-Z][\w&'’-]+(?:\s+(?:[A-Z][\w&'’-]+|and|of|for))*)"
    r"(?=['’]s\b|[\s,.;:)]|$)"
)
# "provide the Panel with a breakdown", "update Members on progress": the body is the verb's object
_GIVEN_TO = re.compile(rf"\b(?:provide|send|update|inform|advise|brief|give)s?\s+(?P<whom>{_BODIES})\b")
_COMMITTING_VERB = re.compile(
    r"\b(?:provid|circulat|bring|brought|report|prepar|present|invit|arrang|look|investigat|writ|contact|follow|"
    r"shar|send|sent|feed|fed|come|liais|check|explor|forward|ascertain|chas|organis|schedul|distribut|submit|"
    r"obtain|seek|sought|draft|updat|request|email|e-mail|ask|rais|return|confirm|respond|reply|pursu|"
    r"publish|produc|review|consider|sourc|inform|advis|escalat|progress)\w*",
    re.I,
)
_NOT_WHOM = re.compile(r"^(?:the\s+)?(?:next|future|end|date|agenda|meeting|[A-Z][a-z]+day|"
                       + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b", re.I)  # "to the March meeting"
# "by 30 September": a day and month without a year, due on its next coming after the meeting.
_DAY_MONTH = re.compile(r"\b(?:by|before|on|until)\s+(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>"
                        + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b(?!\.?,?\s+(?:19|20)\d\d)", re.I)


def next_meeting_date(meeting: Meeting) -> str | None:
    """The date the minutes give for the next meeting, if they give one after the meeting's own date."""
    for item in meeting.items:
        texts = [item.title or ""] + [paragraph.text for paragraph in item.paragraphs]
        from_item = item.type == "next-meeting"
        for text in texts:
            if not (from_item or _NEXT_MEETING.search(text)):
                continue
            for found in find_dates(text):
                if meeting.date is None or found.iso > meeting.date:
                    return found.iso
    return None


def due_date(sentence: str, next_meeting: str | None, meeting_date: str | None = None) -> str | None:
    """An ISO date a commitment is due: the last one the sentence states, whether a date, a day and month (which
    fall after the meeting) or a month (its end), as a resolution's later part sets its own ("(a) from 3 July
    2023; (b) that the Chief Officer report … in January 2024"); else the next meeting. A date before the
    meeting is what the sentence refers to ("the minutes of the meeting held on 10 March"), not when anything
    is due."""
    stated = [(found.start, found.iso) for found in find_dates(sentence)
              if not meeting_date or found.iso >= meeting_date]
    for day_month in _DAY_MONTH.finditer(sentence) if meeting_date else ():
        month, day = MONTHS[day_month.group("month").lower()], int(day_month.group("day"))
        year = int(meeting_date[:4]) + (f"{month:02d}-{day:02d}" < meeting_date[5:])
        if day <= calendar.monthrange(year, month)[1]:
            stated.append((day_month.start(), f"{year:04d}-{month:02d}-{day:02d}"))
    for match in _MONTH_YEAR.finditer(sentence):
        month, year = MONTHS[match.group("month").lower()], int(match.group("year"))
        stated.append((match.start(), f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"))
    for match in _MONTHS_MEETING.finditer(sentence) if meeting_date else ():
        month = MONTHS[match.group("month").lower()]
        year = int(meeting_date[:4]) + (month <= int(meeting_date[5:7]))  # the next such month after the meeting
        stated.append((match.start(), f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"))
    if stated:
        return max(stated)[1]
    if _NEXT_MEETING.search(sentence):
        return next_meeting
    return None


def committed_role(sentence: str) -> str | None:
    """ "the Clerk to write to Highways" -> "Clerk"; "ACTION: Clerk" -> "Clerk"; "Action: Write to leaders; Owner:
    Chair" -> "Chair"."""
    match = (_ROLE_TO.search(sentence) or ROLE_ACTS.search(sentence) or _OWNER.search(sentence)
             or _ACTION.search(sentence))
    if not match:
        return None
    return clean_role(match.groupdict().get("role") or match.group("who"))


def to_whom(sentence: str) -> str | None:
    verb = _COMMITTING_VERB.search(sentence)
    if not verb:
        return None
    given = _GIVEN_TO.search(sentence, verb.start())
    if given:
        return re.sub(r"^the\s+", "", fold(given.group("whom")))
    for match in _TO_WHOM.finditer(sentence, verb.end()):
        whom = fold(match.group("whom"))
        if _NOT_WHOM.match(whom):
            continue
        return re.sub(r"^the\s+", "", whom)
    return None


def commitment(paragraph_id: str, sentence: str, who: str | None, next_meeting: str | None,
               meeting_date: str | None = None) -> dict[str, Any]:
    return {"paragraph_id": paragraph_id, "text": sentence, "who": who, "to_whom": to_whom(sentence),
            "due": due_date(sentence, next_meeting, meeting_date)}
