"""Dates and times as minutes write them, read into ISO dates and 24-hour times."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)"
_DAY = r"(?P<day>\d{1,2})\s*(?:st|nd|rd|th)?"

DAY_MONTH_YEAR = re.compile(
    rf"\b{_WEEKDAY}?(?:the\s+)?{_DAY}\s+(?:day\s+of\s+|of\s+)?{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE
)
MONTH_DAY_YEAR = re.compile(rf"\b{_WEEKDAY}?{_MONTH}\s+{_DAY},?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
NUMERIC = re.compile(r"\b(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>(?:19|20)\d\d|\d\d)\b")
ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")

TIME = re.compile(
    r"\b(?P<hour>\d{1,2})(?:[.:](?P<minute>\d{2}))?\s*(?P<half>a\.?m\.?|p\.?m\.?)(?![a-z])"
    r"|(?<!\d[./])\b(?P<hour24>[01]?\d|2[0-3])[:.](?P<minute24>[0-5]\d)\s*(?:hrs|hours|h)?\b(?![./]\d)"  # not 12.03.25
    r"|\b(?P<noon>noon|midday)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FoundDate:
    iso: str
    start: int
    end: int


def _make(year: str, month: int, day: str) -> str | None:
    full_year = int(year) + (2000 if len(year) == 2 else 0)
    try:
        return dt.date(full_year, month, int(day)).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> list[FoundDate]:
    """Every full date in the text (day, month and year), in order of appearance."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for pattern in (DAY_MONTH_YEAR, MONTH_DAY_YEAR, ISO, NUMERIC):
        for match in pattern.finditer(text):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            month = match.group("month")
            month_number = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
            iso = _make(match.group("year"), month_number, match.group("day"))
            if iso:
                found.append(FoundDate(iso, match.start(), match.end()))
                taken.append((match.start(), match.end()))
    return sorted(found, key=lambda date: date.start)


def find_time(text: str) -> str | None:
    """The first clock time in the text as `HH:MM` (`4.00 pm` -> `16:00`, `19:30` -> `19:30`)."""
    for match in TIME.finditer(text):
        if match.group("noon"):
            return "12:00"
        if match.group("hour"):
            hour, minute = int(match.group("hour")), int(match.group("minute") or 0)
            if not 1 <= hour <= 12 or minute > 59:
                continue
            pm = match.group("half").lower().startswith("p")
            hour = (hour % 12) + (12 if pm else 0)
            return f"{hour:02d}:{minute:02d}"
        return f"{int(match.group('hour24')):02d}:{match.group('minute24')}"
    return None

