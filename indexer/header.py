"""The meeting header: panel, council, date, time, venue and contact from what the text states.

Only statements about the meeting itself count ("... Scrutiny Panel - Monday 25th October, 2021
4.00 pm", "A meeting of the ... was held on 22 November 2021", "Date: 12 March 2024"): a date in a
sentence about a previous or next meeting is never taken as the meeting's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.dates import TIME, find_dates, find_time
from indexer.textutil import clean_inline, title_case

_BODY_WORDS = (
    r"(?:Committee|Sub[- ]Committee|Panel|Board|Cabinet|Council|Forum|Commission|Executive|Assembly|"
    r"Partnership|Group|Authority|Meeting|Trust|Working Party)"
)
_WEEKDAY_DATE = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}"

# "Children and Young People's ... Scrutiny Panel - Monday 25th October, 2021 4.00 pm" (ModernGov)
SUBTITLE = re.compile(rf"^(?P<panel>.+?)\s+[-–—]\s+(?P<when>{_WEEKDAY_DATE}.*\d{{4}}.*)$", re.I)
# A page's heading: "Minutes: Police and Crime Panel, 7 February 2025", "Minutes – Cabinet – Tuesday 4 March 2025",
# "Minutes of Ashwell Parish Council, 10 February 2025"
_MINUTES_TITLE = re.compile(
    r"^minutes\s*(?:[:\-–—]|\s+of\s+(?:the\s+)?(?:(?:meeting|proceedings)\s+of\s+(?:the\s+)?)?)\s*"
    rf"(?P<panel>(?:(?!\bheld\b)[^,:])+?)\s*(?:[,\-–—]\s*|\s(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))"
    rf"(?P<when>{_WEEKDAY_DATE}.*\d{{4}}.*)$", re.I)
# "A meeting of the X was held on ...", "Minutes of the meeting of the X held at ... on ..."
HELD = re.compile(
    r"^(?:.*?\b)?(?:minutes?\s+of\s+(?:the\s+|a\s+|an\s+)?|(?:a|an|the)\s+)"
    r"(?:(?:annual|extraordinary|ordinary|special|remote|virtual|hybrid|monthly|budget)\s+)*"
    r"(?:(?:meeting|proceedings)\s+of\s+(?:the\s+)?)?(?P<panel>.+?)\s+(?:was\s+|which\s+was\s+)?held\b(?P<rest>.*)$",
    re.I,
)
_PANEL_OF_COUNCIL = re.compile(
    rf"^(?P<panel>(?:.+?\s)?{_BODY_WORDS})\s+of\s+(?:the\s+)?(?P<council>.+?(?:Council|Authority))$", re.I
)
# "Hallamshire Metropolitan Borough Council Schools Forum", "Frampton Town Council Finance Committee", "Marlshire
# Council Communities and Place ...", "Harbridge District Council Cabinet"
_COUNCILS_PANEL = re.compile(
    r"^(?P<council>(?:[A-Z][\w'’-]+\s+)+(?:(?:Metropolitan\s+Borough|Borough|District|County|City|Town|Parish|Community)"
    rf"\s+)?Council)\s+(?P<panel>[A-Z]\S*\s.*{_BODY_WORDS}|Cabinet|Executive)$"
)
# "London Borough of Ravensholt Overview and Scrutiny Committee", a title stacked over two lines
_BOROUGH_OF_PANEL = re.compile(
    r"^(?P<council>(?:(?:London|Royal)\s+)?Borough\s+of\s+[A-Z][\w'’-]+(?:\s+(?:and|&|upon|on)\s+[A-Z][\w'’-]+)*)\s+"
    rf"(?P<panel>(?-i:[A-Z])(?:(?!Borough\s+of\b).)*{_BODY_WORDS})$", re.I)
# "Record of Decisions of the Cabinet", after the council's name or not
_DECISIONS_OF = re.compile(r"^(?P<council>.*?)\s*\b(?:record|schedule|register)\s+of\s+(?:the\s+)?decisions?\s+"
                           r"(?:taken\s+)?(?:of|by|at)\s+(?:the\s+)?(?P<panel>[^,;:]{2,80})$", re.I)
# a running header: "Harrowdene Council – Audit and Governance Committee" ("Full Council – Budget" is a meeting)
_COUNCIL_DASH_PANEL = re.compile(
    r"^(?!full\b)(?P<council>(?:[A-Z][\w'’-]+\s+){1,6}(?:Council|Authority))\s+[-–—|]\s+"
    rf"(?P<panel>[A-Z][^-–—|]*{_BODY_WORDS})$", re.I)
_LABELLED = re.compile(
    r"^(?P<label>date(?: of (?:the )?(?:meeting|hearing))?|(?:meeting|hearing) date|when|time|start time|venue|place|"
    r"location|where|contact|(?:multi-location|hybrid|virtual|remote) meeting|"
    r"clerk|democratic services(?: officer)?|committee|meeting|panel|council|host authority|"
    r"(?:meeting |minutes )?status|webcast)\s*[:\-–]\s*(?P<value>.+)$",
    re.I,
)
_COUNCIL_LINE = re.compile(
    r"^(?:.*?/\s*)?(?P<council>[A-Z][\w'’&.\- ]{2,80}?\b(?:Parish|Town|Community|City|County|District|Borough|"
    r"Metropolitan Borough|Unitary)?\s*Council"
    # bodies that are not called councils: "London Borough of Hallowfield", "X Fire and Rescue Authority"
    r"|(?:(?:London|Royal)\s+)?Borough\s+of\s+[A-Z][\w'’-]+(?:\s+(?:and|&|upon|on)\s+[A-Z][\w'’-]+)*"
    r"|[A-Z][\w'’&.\- ]{2,60}?\s+(?:Fire\s+(?:and|&)\s+Rescue|Combined|National\s+Park|Police)\s+Authority)"
    r"(?:\s+(?:CMIS|ModernGov|modern\.gov|Democracy|Committee\s+Management\s+Information\s+System))?$"
)
_NOT_MEETING_DATE = re.compile(
    r"\b(?:previous|last|next|prior|future|following|forthcoming|subsequent|adjourned)\s+meeting|"
    r"\bnext\s+(?:scheduled\s+)?meeting|\bminutes\s+of\b.*\bheld\b.*\b(?:approved|signed|confirmed)"
    r"|\b(?:approv|confirm|sign|agree|accept|receiv)\w*\s+(?:the\s+)?minutes\s+of\b",
    re.I,
)
_PREVIOUS_MINUTES = re.compile(r"\bminutes?\s+of\b.*\bheld\b.*\b(?:approved|signed|confirmed|agreed|accepted)\b", re.I)
VENUE_WORD = re.compile(r"\b(?:Room|Hall|Chamber|Centre|Center|Offices?|House|Library|Pavilion|Institute|Church|"
                         r"School|Vestry|Boardroom|Guildhall|Headquarters|Microsoft\s+Teams|Zoom|Online)\b")
_START_WORD = re.compile(r"[\s,]*\b(?:commencing|starting|beginning)\s*$", re.I)  # "..., commencing at 7.30pm"
_VENUE_IN_HELD = re.compile(
    r"\b(?i:at|in)\s+(?:(?i:the)\s+)?(?P<venue>[A-Z][^;]*?)\s*,?\s*"
    r"(?=\b(?i:on)\s+(?:(?i:\w+day)\b|\d)|\b(?i:at)\s+\d|\.?\s*$)"
)


@dataclass
class Header:
    panel: str | None = None
    council: str | None = None
    date: str | None = None
    time: str | None = None
    venue: str | None = None
    contact: str | None = None

    def fill(self, other: Header) -> None:
        """Take the other header's values where this one has none."""
        for name in ("panel", "council", "date", "time", "venue", "contact"):
            if getattr(self, name) is None and getattr(other, name) is not None:
                setattr(self, name, getattr(other, name))


def normalise_panel(name: str) -> str:
    name = clean_inline(name).strip(" .,:;-–/")
    name = _BREADCRUMB.split(name)[-1]  # "Home > Meetings > Licensing Sub-Committee": the page's own place
    name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I)
    name = re.sub(r"\s+meeting$", "", name, flags=re.I)
    letters = [c for c in name if c.isalpha()]
    acronym = re.fullmatch(r"[A-Z]{2,6}", name) and not re.fullmatch(_BODY_WORDS, name, re.I)  # "SACRE", "IJB"
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8 and not acronym:
        name = title_case(name)
    return name


_BREADCRUMB = re.compile(r"\s+[>»›]\s+")


def _split_council(panel: str) -> tuple[str, str | None]:
    decisions = _DECISIONS_OF.match(panel)
    if decisions:  # "London Borough of Ravensholt Record of Decisions of the Cabinet"
        council = decisions.group("council")
        return normalise_panel(decisions.group("panel")), _split_council(council)[1] or (council or None)
    match = (_PANEL_OF_COUNCIL.match(panel) or _COUNCILS_PANEL.match(panel) or _COUNCIL_DASH_PANEL.match(panel)
             or _BOROUGH_OF_PANEL.match(panel))
    if match:
        return normalise_panel(match.group("panel")), normalise_panel(match.group("council"))
    if re.search(r"\w+\s+(?:Parish|Town|Community|City|County|District|Borough)\s+Council$", panel, re.I) and (
            not re.match(r"full\b", panel, re.I)):  # "Full Town Council" is a meeting, not a council's name
        return panel, panel
    return panel, None


def _meeting_date(text: str) -> str | None:
    """The first date of a sentence that is about this meeting, not a previous or next one."""
    for found in find_dates(text):
        before = text[max(0, found.start - 80): found.start]
        if _NOT_MEETING_DATE.search(before):
            continue
        return found.iso
    return None


# "Record of the decisions taken by the Cabinet at its meeting on Tuesday 8 October 2024 at 6.30pm, …"
_AT_ITS_MEETING = re.compile(
    r"^(?:record\s+of\s+)?(?:the\s+)?decisions?\s+(?:taken|made|agreed)\s+(?:by\s+)?(?:the\s+)?"
    r"(?P<panel>[^,.;]{2,80}?)\s+at\s+its\s+(?:\w+\s+)?meeting\s+(?:held\s+)?(?P<rest>on\s.*)$", re.I)


def read_statement(text: str) -> Header | None:
    """A header from one line that states the meeting (a subtitle or a "held on" sentence)."""
    text = clean_inline(text)
    welsh, slash, english = text.rpartition(" / ")
    if slash and re.search(r"\b(?:19|20)\d\d\b", welsh):  # the statement in Welsh, then in English
        stated = read_statement(english)
        if stated:
            return stated
    at_its_meeting = _AT_ITS_MEETING.match(text)
    if at_its_meeting:  # "… the decisions taken by the Cabinet at its meeting on …": as "the Cabinet held on …"
        text = f"A meeting of the {at_its_meeting.group('panel')} was held {at_its_meeting.group('rest')}"
    match = SUBTITLE.match(text)
    # Without a weekday, only a date with a start time is a ModernGov subtitle, or a title that says it is
    # the minutes ("Health and Wellbeing Board minutes – 23 November 2023"); a running header such as
    # "Parish Council – Minutes – 15 May 2024" is furniture.
    minutes_title = bool(match and re.search(r"\bminutes$", match.group("panel"), re.I)
                         and not re.search(r"[-–—]\s*minutes$", match.group("panel"), re.I))
    if match and find_dates(match.group("when")) and (
        re.match(r"[A-Za-z]+day\b", match.group("when")) or find_time(match.group("when")) or minutes_title
    ):
        panel_text = match.group("panel")
        panel_text = re.sub(r"\s+minutes$", "", panel_text, flags=re.I) if minutes_title else panel_text
        panel_text = _TITLE_OPENING.sub("", panel_text, count=1)  # "Minutes – Cabinet – ...", "Minutes of the ..."
        panel, council = _split_council(normalise_panel(panel_text))
        when = match.group("when")  # "Minutes – 18 July 2023" names no panel: the title over it does
        return Header(panel=panel or None, council=council, date=find_dates(when)[0].iso, time=find_time(when))
    match = _MINUTES_TITLE.match(text)
    if match and find_dates(match.group("when")):
        panel, council = _split_council(normalise_panel(match.group("panel")))
        when = match.group("when")
        line = read_when_line(when)  # its venue too: "Wednesday 19 February 2025, 6.30pm, Council Chamber"
        return Header(panel=panel, council=council, date=find_dates(when)[0].iso, time=find_time(when),
                      venue=line.venue if line else None)
    match = HELD.match(text)
    if match and _PREVIOUS_MINUTES.search(text):  # "RESOLVED that the minutes of the meeting held on ... be confirmed"
        return None
    if match and len(match.group("panel")) <= 150 and not _NOT_MEETING_DATE.search(text[: match.end("panel")]):
        rest = match.group("rest")
        date = _meeting_date(rest)
        if not date:
            return None
        panel_text = match.group("panel")
        if re.match(r"^(?:previous|last|next)\b", panel_text, re.I):
            return None
        panel, council = _split_council(normalise_panel(panel_text))
        if panel.lower() in ("meeting", "minutes", "council meeting", "hearing", "proceedings"):
            panel = ""
        venue_match = _VENUE_IN_HELD.search(rest)
        venue = _START_WORD.sub("", venue_match.group("venue")).strip(" ,") if venue_match else None
        venue = title_case(venue) if venue and venue.isupper() else venue
        if not venue:  # "... held on Wednesday 5 March 2025 at 5.00pm" / "Committee Room 1, Civic Centre" as one block
            ends = [found.end() for found in TIME.finditer(rest)]
            after = rest[ends[-1]:].strip(" ,.;") if ends else ""
            venue = after if after[:1].isupper() and VENUE_WORD.search(after) and len(after) <= 100 else None
        return Header(panel=panel or None, council=council, date=date, time=find_time(rest), venue=venue or None)
    return None


def is_labelled(line: str) -> bool:
    """`Venue: ...`, `Amser / Time: ...`: a header line of its own even when typed straight under another."""
    head = line[:40]  # the label and its colon or dash come first: most lines have neither
    return (":" in head or "-" in head or "–" in head) and bool(_LABELLED.match(english_labels(clean_inline(line))))


def english_labels(text: str) -> str:
    """A bilingual line's labels in English alone: "Dyddiad / Date: 08/07/2024 Amser / Time: 10.00am" is
    "Date: 08/07/2024 Time: 10.00am"."""
    return _OTHER_LANGUAGE_LABEL.sub(_english_half, text) if " / " in text else text


def english_label(text: str) -> str:
    """A bilingual label opening the line in English alone, whichever language comes first: "Yn bresennol /
    Present: …" and "Present / Yn bresennol: …" are "Present: …"."""
    return _LABEL_PAIR.sub(_english_half, text, count=1) if " / " in text else text


def _english_half(pair: re.Match[str]) -> str:
    """The English of a label in two languages: the second, as most Welsh councils set them, unless it is the
    Welsh."""
    first, second = pair.group("first"), pair.group("second")
    return first if _WELSH_LABEL.search(second) and not _WELSH_LABEL.search(first) else second


def english_halves(text: str) -> str:
    """A Welsh council's bilingual attendance line in English alone: "Y Cynghorydd / Councillor Rhodri Wynne
    (Arweinydd / Leader) - Cadeirydd / Chair" is "Councillor Rhodri Wynne (Leader) - Chair". Only lines with Welsh
    words in them are read so: "(Clerk / RFO)" in English minutes is two roles."""
    if " / " not in text or not _WELSH_WORD.search(text):
        return text
    return _WELSH_HALF.sub("", text)


_WELSH_WORD = re.compile(r"\b(?:Y|Yr|Cynghorydd|Cynghorwyr|Cadeirydd|Is-[Gg]adeirydd|Arweinydd|Dirprwy|Swyddog|"
                         r"Swyddogion|Prif|Pennaeth|Cyfarwyddwr|Aelod|Aelodau|Rheolwr|Clerc|Maer|Hefyd|Yn)\b")
# a Welsh half: the words before " / " back to the start, a bracket, a colon, a comma or a spaced dash
_WELSH_HALF = re.compile(r"(?:^|(?<=\()|(?<=[:,] )|(?<= [-–] ))(?:(?! [-–] )[^()/,:])+?\s/\s")
_OTHER_LANGUAGE_LABEL = re.compile(
    r"(?:^|(?<=\s))(?P<first>[^\s/:]+(?:\s[^\s/:]+){0,2})\s/\s(?P<second>[A-Z][\w ]{1,25})(?=:)")
_LABEL_PAIR = re.compile(r"^(?P<first>[^:/]{2,40}?)\s*/\s*(?P<second>[A-Za-z][^:/]{1,40})(?=:)")
_WELSH_LABEL = re.compile(r"\b(?:yn\s+bresennol|presennol|hefyd|ymddiheuriadau|dyddiad|amser|lleoliad|cofnodion|"
                          r"swyddogion|aelodau|cynghorwyr)\b", re.I)


def read_labelled(text: str) -> Header | None:
    """`Date: ...`, `Venue: ...`, `Contact: ...` lines."""
    match = _LABELLED.match(clean_inline(text))
    if not match:
        return None
    label, value = match.group("label").lower(), match.group("value").strip()
    if label.startswith("date") or label.endswith("date") or label == "when":
        dates = find_dates(value)
        return Header(date=dates[0].iso, time=find_time(value[dates[0].end:])) if dates else None
    if label in ("time", "start time"):
        return Header(time=find_time(value))
    if label in ("venue", "place", "location", "where") or label.endswith(" meeting"):  # "Multi-location meeting:"
        return Header(venue=value.rstrip(". "))
    if label in ("committee", "meeting", "panel"):
        return Header(panel=normalise_panel(value))
    if label in ("council", "host authority"):
        return Header(council=value.rstrip(". "))
    if label.endswith("status") or label == "webcast":  # "Status: Approved": known, and nothing to keep
        return Header()
    return Header(contact=value.rstrip(". "))


# What may stand beside the date on a line that only dates the meeting: "10.00am, Tuesday 5 March 2024".
_DATE_LINE_WORDS = re.compile(
    r"(?:\b(?:at|from|on|commencing|starting|start|time|date|minutes|meeting|held|remotely|virtually|online|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|[\s,.;:()–—-])*",
    re.I,
)
# before the venue: "at", "in the", or a label ("Multi-location meeting: Council Chamber, County Hall and via Teams")
_VENUE_AFTER = re.compile(r"^(?:[\s,.;:()–—-]|\b(?:at|in|held|on)\b)*"
                          r"(?:(?:[\w-]+\s+)?(?:meeting|venue|location)\s*:\s*)?(?:the\s+)?", re.I)
_LABEL_ALONE = re.compile(r"^(?P<label>date(?: of meeting)?|meeting date|time|start time|venue|place|location|"
                          r"contact|meeting)\s*:?$", re.I)


_HELD_AT = re.compile(r"^held\s+(?:at|in)\s+(?:the\s+)?(?P<venue>[A-Z][^;]{2,100}?),?\s+(?P<when>(?:on|at)\s+.*)$",
                      re.I)
# "The meeting commenced at 1.00 pm.", "Meeting opened 19:00hrs, Kilmorden Memorial Hall."
_STARTED = re.compile(r"^(?:the\s+)?meeting\s+(?:commenced|started|began|opened|was\s+opened)\s+(?:at\s+)?"
                      r"(?P<time>[\d.:]{1,5}\s*(?:[ap]\.?m\.?|hrs|hours|h)?)(?:,\s*(?:at\s+|in\s+)?(?:the\s+)?"
                      r"(?P<venue>[A-Z][^.;]{2,80}))?\.?$", re.I)


def read_when_line(text: str) -> Header | None:
    """A line that is only the meeting's date, with perhaps its weekday and time ("Tuesday 5 March 2024 at
    10.00am", "10.00am, Tuesday 5 March 2024"), or only its start ("The meeting commenced at 1.00 pm.")."""
    text = clean_inline(text)
    started = _STARTED.match(text)
    if started and find_time(started.group("time")):
        return Header(time=find_time(started.group("time")), venue=started.group("venue"))
    held = _HELD_AT.match(text)  # "Held at the Market House, Wrexley on Monday 13 January 2025 at 7.00 pm"
    if held:  # (or with only its start time: "Held in the Council Chamber, Vale House at 6.00pm")
        when = read_when_line(re.sub(r"^at\s+(?=[\d.:]+\s*[ap]\.?m\.?\W*$)", "", held.group("when"), flags=re.I))
        return Header(date=when.date, time=when.time, venue=held.group("venue")) if when and (
            when.date or when.time) else None
    if len(text) <= 12 and TIME.fullmatch(text.rstrip(".")):  # a header table's time cell: "2.00 pm"
        return Header(time=find_time(text))
    dates = find_dates(text) if len(text) <= 140 else []
    if len(dates) != 1:
        return None
    before, after = TIME.sub(" ", text[: dates[0].start]), TIME.sub(" ", text[dates[0].end:])
    if _DATE_LINE_WORDS.fullmatch(before) is None:
        return None
    if _DATE_LINE_WORDS.fullmatch(after) is not None:
        return Header(date=dates[0].iso, time=find_time(text))
    # The venue after the date and time: "Tuesday, 4 March 2025 at 10.00 am, Council Chamber"
    venue = _VENUE_AFTER.sub("", clean_inline(after)).rstrip(" .,;")
    capitals = [word[0].isupper() for word in re.findall(r"[A-Za-z][\w'’]*", venue) if len(word) > 3]
    if not (venue[:1].isupper() and len(venue) <= 80 and capitals and sum(capitals) / len(capitals) >= 0.75):
        return None
    return Header(date=dates[0].iso, time=find_time(text), venue=venue)


def label_alone(text: str) -> bool:
    """`Date:` on its own (a table's header cell, a label on the line above its value)."""
    return bool(_LABEL_ALONE.match(clean_inline(text)))


# "Minutes of the meeting of the", "Minute of Meeting of the" (Scotland), "Minutes of the Proceedings of the"
_TITLE_OPENING = re.compile(
    r"^(?:.*?\s(?=(?i:minutes?\s+of)\s))?"  # the same title in another language before it
    r"(?:minutes?\s*(?:of\s*(?:the|a|an)?)?\s*[-–:]?\s*|cofnodion\s+(?:cyfarfod\s+)?(?:(?:y|yr)\s+)?"  # Welsh too
    r"|(?:verbatim\s+)?(?:record|notes?)\s+of\s+(?!decisions?\b)(?:the\s+)?)"  # "Record of the X", "Notes of the X"
    r"(?:(?:(?:annual|extraordinary|ordinary|special|monthly|remote|virtual|hybrid|budget)\s+)*"
    r"(?:meeting|proceedings)\s+of\s+(?:the\s+)?)?",
    re.I,
)


# What the paper is, after the body's name: "CABINET – RECORD OF DECISIONS", "Planning Committee - Minutes".
_WHAT_THE_PAPER_IS = re.compile(
    r"\s*[-–—:]\s*(?:(?:draft\s+|unconfirmed\s+|confirmed\s+)?minutes|record\s+of\s+decisions?|decisions?(?:\s+notice)?"
    r"|(?:notice|record|statement)\s+of\s+(?:determination|decision)|decision\s+sheet)$",
    re.I,
)


def read_title(text: str) -> Header | None:
    """A title line that names the body: `HEALTH SCRUTINY COMMITTEE`, `Ashby Parish Council`."""
    text = clean_inline(text)
    if len(text) > 120 or re.search(r"[.;]$", text):
        return None
    named = _TITLE_OPENING.sub("", text)  # "Minutes of the meeting of Aldermoor Town Council"
    council = _COUNCIL_LINE.match(title_case(named) if named.isupper() else named)
    if council:
        name = normalise_panel(council.group("council"))
        return Header(council=name, panel=name if named != text else None)  # the minutes of the council's meeting
    bare = _WHAT_THE_PAPER_IS.sub("", _TITLE_OPENING.sub("", text))
    if len(bare.split()) < 2 and bare.lower() in ("meeting", "committee", "panel", "board", "council"):
        return None  # a word a header table labels with, or a heading: not the body's name
    if _spells_out(bare):  # "Marlowe Vale Standing Advisory Council on Religious Education (SACRE)"
        return Header(panel=normalise_panel(bare))
    bare = re.sub(r"\s*\([^()]{2,40}\)$", "", bare)  # "Licensing Sub-Committee (Licensing Act 2003)"
    if re.search(rf"\b{_BODY_WORDS}$", bare, re.I) and not re.search(r"\bheld\b", bare, re.I):
        panel, council_name = _split_council(normalise_panel(bare))
        return Header(panel=panel, council=council_name)
    return _dated_title(text)


def _spells_out(title: str) -> bool:
    """A body's name followed by its letters in brackets, as a title gives a body of no common name: "… Standing
    Advisory Council on Religious Education (SACRE)"."""
    letters = _ACRONYM.search(title)
    if not letters or re.search(r"\bheld\b", title, re.I):
        return False
    initials = "".join(word[0] for word in re.findall(r"\b(?-i:[A-Z])[\w'’-]*", title[: letters.start()]))
    return len(initials) > len(letters.group(1)) and initials.endswith(letters.group(1))


_ACRONYM = re.compile(r"\s*\(([A-Z]{3,8})\)$")


# the paper named after the body: "Cabinet record of decisions – 8 October 2024", "Planning Committee minutes"
_PAPER_NAMED = re.compile(r"\s+(?:(?:draft\s+)?minutes|record\s+of\s+(?:the\s+)?decisions?|decisions?(?:\s+notice)?)$",
                          re.I)


def _dated_title(text: str) -> Header | None:
    """A title that names the body and the day and nothing else: "Planning Committee, 12 March 2025", "Full Council
    Meeting - 12 March 2025", "Finance Committee 12.03.25 7pm", "Cabinet – 4 March 2025 – Decisions"."""
    dates = find_dates(text)
    if len(dates) != 1:
        return None
    before = _PAPER_NAMED.sub("", _TITLE_OPENING.sub("", text[: dates[0].start]).rstrip(" ,:;–—-"))
    after = _WHAT_THE_PAPER_IS.sub("", text[dates[0].end:])
    if not re.search(rf"\b{_BODY_WORDS}$", before, re.I) or re.search(r"\b(?:held|of|on)$", before, re.I):
        return None
    if _DATE_LINE_WORDS.fullmatch(TIME.sub(" ", after)) is None:
        return None
    panel, council = _split_council(normalise_panel(before))
    return Header(panel=panel, council=council, date=dates[0].iso, time=find_time(after))
