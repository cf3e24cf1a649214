"""The ModernGov web service's `GetMeeting` response (`mgWebService.asmx/GetMeeting?lMeetingId=ID`).

The meeting's date (DD/MM/YYYY), time and place, and per agenda item its number, title and minutes
as escaped HTML. Element names are matched without regard to case or namespace.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from indexer.dates import find_dates, find_time
from indexer.errors import ReadError
from indexer.header import Header, normalise_panel
from indexer.readers.html import html_to_blocks, parse_html
from indexer.structure import DraftMeeting, build_item, split_minutes
from indexer.textutil import clean_inline


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _child_text(element: ET.Element, *names: str) -> str | None:
    for child in element:
        if _local(child.tag) in names:
            text = clean_inline("".join(child.itertext()))
            return text or None
    return None


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
        agenda_markup = _child_markup(element, "agendaitemdescription", "description", "agendatext")
        minutes_markup = _child_markup(element, "minutestext", "minutes", "agendaitemminutes")
        agenda = clean_inline(parse_html(agenda_markup).get_text(" ")) if agenda_markup else None
        blocks = html_to_blocks(parse_html(minutes_markup)) if minutes_markup else []
        if not agenda:
            agenda, blocks = split_minutes(blocks)
        items.append(build_item(re.sub(r"\s+", " ", number) if number else None, title, agenda or None, blocks))
    return DraftMeeting(header, [], items)
