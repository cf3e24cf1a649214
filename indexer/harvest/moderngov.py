"""The ModernGov web service (`SITE/mgWebService.asmx`): its plain GET URLs and the XML it answers with.

Element names are matched by their local name, without regard to case or namespace. Dates come as DD/MM/YYYY.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from urllib.parse import urlencode

from indexer.harvest.client import Fetched

SERVICE = "mgWebService.asmx"


class ServiceError(Exception):
    """The site answered, but not as a ModernGov web service does."""


@dataclass(frozen=True)
class Committee:
    id: str
    title: str


@dataclass(frozen=True)
class MeetingRef:
    id: str
    committee: Committee
    date: str | None  # ISO
    time: str | None
    cancelled: bool


@dataclass(frozen=True)
class MinutesDocument:
    url: str
    title: str


def service_url(site: str, method: str, **params: str) -> str:
    query = f"?{urlencode(params)}" if params else ""
    return f"{site.rstrip('/')}/{SERVICE}/{method}{query}"


def meeting_page(site: str, meeting: MeetingRef) -> str:
    """The meeting's public page on the council's site, where search results link to."""
    return f"{site.rstrip('/')}/ieListDocuments.aspx?{urlencode({'CId': meeting.committee.id, 'MId': meeting.id})}"


def service_date(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def parse(fetched: Fetched) -> ET.Element:
    """The response's XML, or a ServiceError saying why it is not the web service's answer."""
    body = fetched.body.lstrip()
    if re.match(rb"(?i)<!doctype html|<html", body):
        raise ServiceError(f"{fetched.url}: answered with an HTML page, not the web service's XML (an error page, "
                           "or not a ModernGov site?)")
    if fetched.content_type and "xml" not in fetched.content_type:
        raise ServiceError(f"{fetched.url}: answered with {fetched.content_type}, not XML (is this a ModernGov site?)")
    try:
        return ET.fromstring(body)
    except ET.ParseError as error:
        raise ServiceError(f"{fetched.url}: truncated or malformed XML ({error})") from None


def committees(root: ET.Element) -> list[Committee]:
    found = []
    for element in _all(root, "committee"):
        ident, title = _text(element, "committeeid"), _text(element, "committeetitle", "committeename", "title")
        if ident and title:
            found.append(Committee(ident, title))
    return found


def meetings(root: ET.Element, committee: Committee) -> list[MeetingRef]:
    found = []
    for element in _all(root, "meeting"):
        ident = _text(element, "meetingid")
        if not ident:
            continue
        status = (_text(element, "meetingstatus") or "").lower()
        found.append(MeetingRef(ident, committee, _iso(_text(element, "meetingdate")), _text(element, "meetingtime"),
                                "cancel" in status or "postpone" in status))
    return found


def has_minutes_text(root: ET.Element) -> bool:
    """Some item that is not restricted carries minutes as HTML."""
    return any(_text(item, "minutesnonemptyhtmlbody", "minutes") and not _restricted(item)
               for item in _all(root, "agendaitem"))


def minutes_documents(root: ET.Element) -> list[MinutesDocument]:
    """Linked documents that are the minutes themselves (a PDF-only meeting), public ones only."""
    found = []
    for element in _all(root, "linkeddoc"):
        title, url = _text(element, "title") or "", _text(element, "url") or ""
        if url and re.search(r"(?i)\bminutes\b", title) and not _restricted(element):
            found.append(MinutesDocument(url, title))
    return found


def _restricted(element: ET.Element) -> bool:
    return (_text(element, "isrestricted", "restricted", "exempt") or "").lower() in ("true", "1", "yes")


def _all(root: ET.Element, name: str) -> list[ET.Element]:
    return [element for element in root.iter() if _local(element.tag) == name]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _text(element: ET.Element, *names: str) -> str | None:
    for child in element:
        if _local(child.tag) in names:
            text = "".join(child.itertext()).strip()
            return text or None
    return None


def _iso(value: str | None) -> str | None:
    match = re.match(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})", value or "")
    if not match:
        return None
    day, month, year = (int(part) for part in match.groups())
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
