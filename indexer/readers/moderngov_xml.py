"""The ModernGov web service's `GetMeeting` response (`mgWebService.asmx/GetMeeting?lMeetingId=ID`).

The meeting's date (DD/MM/YYYY), time and place, and per agenda item its number, title and minutes
as escaped HTML. Element names are matched without regard to case or namespace.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

from indexer.attendance import normalise_role, person_group
from indexer.dates import find_dates, find_time
from indexer.errors import ReadError
from indexer.header import Header, normalise_panel
from indexer.model import Attendee
from indexer.readers.html import html_to_blocks, parse_html
from indexer.structure import DraftMeeting, build_item, split_minutes
from indexer.textutil import clean_inline


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _child_text(element: ET.Element, *names: str) -> str | None:
    """A child's text; ModernGov escapes some titles twice (`&amp;amp;`), so unescape once more."""
    for child in element:
        if _local(child.tag) in names:
            text = clean_inline(html.unescape("".join(child.itertext())))
            return text or None
    return None


_STATUS = (("apolog", "apologies"), ("absent", "absent"), ("in attendance", "in attendance"),
           ("present", "present"), ("attend", "in attendance"))
_GENERIC_ROLES = {"committee member", "member", "members", "panel member", "board member"}


def _attendees(meeting: ET.Element) -> list[Attendee]:
    people = []
    for element in meeting.iter():
        if _local(element.tag) != "attendee":
            continue
        fields = {_local(key): value for key, value in element.attrib.items()}
        fields.update({_local(child.tag): clean_inline(child.text or "") for child in element})
        name = clean_inline(fields.get("name", ""))
        if not name:
            continue
        attendance = fields.get("attendance", "").lower()
        status = next((value for key, value in _STATUS if key in attendance), "present")
        role = fields.get("roledescription") or None
        role = None if role and role.lower() in _GENERIC_ROLES else normalise_role(role)
        people.append(Attendee(name=name, role=role, group=person_group(name, role, None), status=status))
    return people


def _child_markup(element: ET.Element, *names: str) -> str | None:
    """Escaped HTML (or CDATA) held in a child element, as markup."""
    for child in element:
        if _local(child.tag) in names:
            inner = (child.text or "") + "".join(ET.tostring(sub, encoding="unicode") for sub in child)
            return inner.strip() or None
    return None


def read_moderngov_xml(text: str) -> DraftMeeting:
    try:
        root = ET.fromstring(text.encode("utf-8"))
    except ET.ParseError as error:
        raise ReadError(f"broken GetMeeting XML ({error})") from None
    meeting = next((el for el in root.iter() if _local(el.tag) == "meeting"), root)
    header = Header()
    date_text = _child_text(meeting, "meetingdate", "date")
    if date_text:
        dates = find_dates(date_text)
        header.date = dates[0].iso if dates else None
        header.time = find_time(date_text[dates[0].end:]) if dates else None
    header.time = find_time(_child_text(meeting, "meetingtime", "time") or "") or header.time
    header.venue = _child_text(meeting, "meetinglocation", "location", "venue")
    committee = next((el for el in meeting.iter() if _local(el.tag) == "committee"), None)
    panel = _child_text(committee if committee is not None else meeting, "committeetitle", "committeename",
                        "title")
    header.panel = normalise_panel(panel) if panel else None
    items = []
    for element in meeting.iter():
        if _local(element.tag) != "agendaitem":
            continue
        number = _child_text(element, "agendaitemnumber", "number", "itemnumber")
        title = _child_text(element, "agendaitemtitle", "title", "itemtitle")
        if _child_text(element, "isrestricted", "restricted", "exempt") in ("true", "True", "1"):
            items.append(build_item(number, title, None, []))
            continue
        agenda_markup = _child_markup(element, "agendatext", "agendaitemdescription", "description")
        minutes_markup = _child_markup(element, "minutesnonemptyhtmlbody", "minutestext", "minutes")
        agenda = clean_inline(parse_html(agenda_markup).get_text(" ")) if agenda_markup else None
        blocks = html_to_blocks(parse_html(minutes_markup)) if minutes_markup else []
        if not agenda:
            agenda, blocks = split_minutes(blocks)
        items.append(build_item(re.sub(r"\s+", " ", number) if number else None, title, agenda or None, blocks))
    return DraftMeeting(header, _attendees(meeting), items)
