"""Attendance lines ("PRESENT: Councillor Davison (Chair), ...") into attendees."""

from __future__ import annotations

import re

from indexer.model import Attendee
from indexer.textutil import clean_inline

# label -> (status, group); group None means "decide from the name and role".
# where those present were: "Members present in the Chamber:", "Members present remotely:"
_WHERE = r"(?:\s+(?:in\s+the\s+(?:chamber|room|hall)|in\s+person|remotely|virtually|online|via\s+\w+(?:\s+teams)?))?"
_LABELS: list[tuple[re.Pattern[str], str, str | None]] = [
    # ModernGov's attendance table: "Present as substitute", beside "Present" and "Apologies"
    (re.compile(r"^present\s+as\s+(?:a\s+)?substitute\b", re.I), "present", "member"),
    (re.compile(rf"^(?:members?\s+)?present{_WHERE}(?:\s+were)?\b", re.I), "present", None),
    (re.compile(rf"^(?:other\s+)?(?:councillors?|members)\s+present{_WHERE}\b", re.I), "present", "member"),
    # "Panel members present", "Board Members Present:", "Committee members present"
    (re.compile(r"^(?:panel|board|committee|cabinet|council|forum)\s+members?\s+present\b", re.I), "present", "member"),
    (re.compile(r"^sederunt\b", re.I), "present", None),  # Scottish minutes' word for those present
    # its people get the role Chair ("Cathaoirleach:", an Irish council's chair; "Presiding:")
    (re.compile(r"^(?:in\s+the\s+chair|(?:chair(?:man|person)?|cathaoirleach|presiding)(?=\s*:))", re.I), "present",
     "member"),
    # "Local Authority Members:", "Parish Members:", "Non-voting members present:"
    (re.compile(r"^(?:[A-Z][\w-]*\s+){1,3}members?(?:\s+present)?(?=\s*:)", re.I), "present", "member"),
    # "Religious Representatives:", "Parent Representative (non-voting):", "Youth Council Representatives:"
    (re.compile(r"^(?:[A-Z][\w-]*\s+){0,2}representatives?(?:\s*\([^()]{1,30}\))?(?=\s*:)", re.I), "present", None),
    (re.compile(r"^(?:officers?|officials?)\s+in\s+attendance\b", re.I), "in attendance", "officer"),
    # "Members:  Councillor Tamsin Rowe (Chair), ...", "Attendance: Cllr Moira Henshaw (Chair), ..."
    (re.compile(r"^(?:members|councillors|attendance|attendees)(?=\s*:)", re.I), "present", None),
    # "Public: 6 members of the public": a count, no one named
    (re.compile(r"^(?:members\s+of\s+the\s+)?public(?:\s+present)?(?=\s*:)", re.I), "in attendance", "other"),
    (re.compile(r"^(?:officer\s+support|supporting\s+officers?|officers?\s+attending|staff\s+present)\b", re.I),
     "in attendance", "officer"),
    (re.compile(r"^(?:officers?|officials?)(?:\s+present)?\b", re.I), "present", "officer"),
    (re.compile(r"^(?:also\s+)?in\s+attendance\b", re.I), "in attendance", None),
    (re.compile(r"^also\s+present\b", re.I), "present", None),
    (re.compile(r"^also(?=\s*:)", re.I), "in attendance", None),  # "Also: Mrs J. Rafferty (Town Clerk), ..."
    (re.compile(r"^(?:also\s+|officers\s+)?attending(?=\s*:)", re.I), "in attendance", None),  # Scotland's
    (re.compile(r"^co-?opted\s+members?\b", re.I), "present", "member"),
    # a standards committee's "Independent Person: Mrs Pauline Ashdown"
    (re.compile(r"^independent\s+persons?(?=\s*:)", re.I), "in attendance", "other"),
    (re.compile(r"^apolog(?:y|ies)(?:\s+for\s+absence)?(?:\s+(?:were\s+)?(?:received|submitted))?\b", re.I),
     "apologies", None),
    (re.compile(r"^absent\b", re.I), "absent", None),
    # a planning committee's "Public Speakers:", item by item ("Item 5 – Mrs P. Walton (Objector), ...")
    # (with its colon: "58. PUBLIC SPEAKING" is an item)
    (re.compile(r"^(?:public\s+)?(?:speakers|speaking)(?=\s*:)", re.I), "in attendance", "other"),
]
SPEAKERS_ITEM = re.compile(r"^(?:(?:agenda\s+)?item|minute|application)\s+[\w./]+\s*[-–—:]\s*(?=\S)", re.I)
# what a label's people are, in brackets before its colon: "CO-OPTED MEMBERS (NON-VOTING):"
# "CO-OPTED MEMBERS (NON-VOTING):", "Co-opted Members (voting on education matters):"
_QUALIFIER = re.compile(r"\s*\((?:non[- ]?voting|voting|co-?opted|ex[- ]officio|observers?|substitutes?|advisory)"
                        r"(?:\s+(?:on|for|in)\s+[^()]{1,60})?\)", re.I)
_LABEL_END = re.compile(r"^\s*(?:from|by|on behalf of)?\s*[:\-–]?\s*", re.I)
_SENTENCE_FORMS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(?:an?\s+)?apolog(?:y|ies)\s+(?:for\s+absence\s+)?(?:was|were|had\s+been|have\s+been)\s+"
                r"(?:\w+\s+){0,3}?(?:from|on\s+behalf\s+of|by|for)\s+(?P<names>.+)$", re.I), "apologies"),
]
_TITLES = (r"(?:Councillors?|Cllrs?\.?|Cynghorydd|Cyng\.?|Alderman|Aldermen|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev(?:d)?|"
           r"Sir|Dame|Lord|Lady)")
_TITLE_AFTER_ROLE = re.compile(rf"\)\s+(?={_TITLES}\.?\s)")
_INITIALS_KEY = re.compile(r"\s*\(([A-Z]{2,4})\)(?=\s*(?:\(|$))")


def _without_initials(name: str, text: str) -> str:
    """`text` without the bracketed initials of `name` ("Jane Barker (JB)", "Clerk (TH)" for T. Hardcastle): the
    key the minutes use for the person, no role. An organisation's letters ("(OPCC)") stay."""
    words = [word for word in re.findall(r"[A-Za-z][\w'’-]*", re.sub(r"\([^()]*\)", "", name))
             if not re.fullmatch(_TITLES, word)]
    initials = "".join(word[0] for word in words).upper()
    return _INITIALS_KEY.sub(lambda found: "" if found.group(1) in (initials, initials[:1] + initials[-1:]) else
                             found.group(0), text)
_GROUP_AFTER_NAME = re.compile(
    r"(?<=[\w.)])(?<!\band)(?<!Honorary)(?<!Former)\s+(?=(?:Councillors|Cllrs\.?|Aldermen)\s+[A-Z])")
_PLURAL_PREFIX = re.compile(r"^(Councillors|Cllrs\.?|Aldermen)\s*:?\s+(?=\S)", re.I)
_ROLE = re.compile(r"\(([^()]+)\)\s*$")
_IN_THE_CHAIR = re.compile(r"(?:\s*\(\s*in\s+the\s+chair\s*\)|,?\s+in\s+the\s+chair)\s*$", re.I)
# A member named after the office they hold, as a council's Mayor or Leader often is
_ROLE_THEN_MEMBER = re.compile(rf"^(?:the\s+)?(?P<role>[A-Z][\w'’-]*(?:\s+[\w'’-]+){{0,5}})\s*"
                               rf"\((?P<name>{_TITLES}\.?\s+[^()]+)\)(?P<more>\s*\([^()]+\))?$", re.I)
# A name before "– Role": titled, or initials and a surname, or a first name and a surname.
_PERSON_NAME = re.compile(rf"^\s*(?:(?:[\w.]+\s+)?{_TITLES}\.?\s+)?(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’-]+\s*$")
_OFFICER_ROLE = re.compile(
    r"\b(clerk|officer|director|manager|head of|executive|solicitor|lawyer|planner|engineer|treasurer|"
    r"accountant|advisor|adviser|democratic|legal|monitoring|secretary|assistant|coordinator|lead|administrator|"
    r"consultant|surveyor|analyst)\b",
    re.I,
)
_TABLE_HEADINGS = {"member", "members", "name", "attendance", "attendee", "attendees", "role", "present", "absent",
                   "apologies", "status", "organisation", "organization", "representing", "position"}


def is_column_heading(text: str) -> bool:
    """An attendance table's column heading or a cell that is no one, read as a line ("Name", "Present")."""
    return text.strip(" :").lower() in _TABLE_HEADINGS


_NOT_A_PERSON = re.compile(
    r"\b(members? of (?:the )?(?:public|press|committee|board|panel|council)|public|press|residents?|others|none|nil|"
    r"no apologies|"
    r"visitors?)\b",
    re.I,
)
_MEMBER_TITLE = re.compile(r"^(?:Councillor|Cllr\.?|Cynghorydd|Cyng\.?|Alderman)(?!\w)", re.I)
# a body a member sits for, named after them: "Ashworth City Council", "Stainmoor MBC", "Lindale District Council"
_SITTING_FOR = re.compile(r"^(?:[A-Z][\w'’&-]*\s+){1,5}(?:(?:City|County|District|Borough|Town|Parish|Community|"
                          r"Metropolitan\s+Borough)\s+)?(?:Council|Authority|[MD]?BC|[CD]C|UA)$")


def looks_like_person(text: str) -> bool:
    """A name as attendance lists write one ("Cllr Rachel Okafor (Chair)", "Supt Daniel Ross", "J Smith")."""
    return bool(_PERSON_NAME.match(_ROLE.sub("", text))) and not _NOT_A_PERSON.search(text)


def attendance_label(text: str) -> tuple[str, str | None, str] | None:
    """(status, group, rest of the line) when the line is an attendance list, else None."""
    text = clean_inline(text)
    found = _attendance_label(text)
    if found is None and " / " in text[:300]:
        # Bilingual minutes give each sentence in both languages: "Derbyniwyd ymddiheuriadau ... / Apologies ...".
        found = _attendance_label(text[text.find(" / ") + 3:])
    return found


def _attendance_label(text: str) -> tuple[str, str | None, str] | None:
    for pattern, status in _SENTENCE_FORMS:
        match = pattern.match(text)
        if match:  # the names end with the sentence: "... from Cllr Brown (holiday). It was resolved ..."
            return status, None, _SENTENCE_END.split(match.group("names"))[0]
    bilingual = text.find(" / ", 0, 40)
    if bilingual > 0 and ":" in text[bilingual:bilingual + 30]:
        text = text[bilingual + 3:]  # "Presennol / Present: ...": the label in either language
    for pattern, status, group in _LABELS:
        match = pattern.match(text)
        if not match:
            continue
        rest = text[match.end():]
        qualified = _QUALIFIER.match(rest)
        if qualified and re.match(r"\s*[:\-–]", rest[qualified.end():]):
            rest = rest[qualified.end():]
        label_end = _LABEL_END.match(rest)
        # A label needs its colon or dash, or a sentence form ("Apologies were received from"), or to stand
        # alone on its line as those present do ("MEMBERS PRESENT"; "Apologies" alone is an item's title).
        alone = not rest.strip() and status in ("present", "in attendance")
        if not (alone or re.match(r"\s*[:\-–]", rest) or re.match(r"\s*(?:from|by|on behalf of)\b", rest, re.I)):
            continue
        return status, group, rest[label_end.end():] if label_end else rest
    return None


def _split_outside_brackets(text: str) -> list[str]:
    """Split a list of names at commas, "and" and "&", but not inside "(Director of X and Y)"."""
    pieces, depth, start = [], 0, 0
    separators = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")  # ", and Councillors A, B"
    position = 0
    while position < len(text):
        char = text[position]
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(depth - 1, 0)
        elif depth == 0:
            match = separators.match(text, position)
            if match and match.end() > position:
                pieces.append(text[start:position])
                start = position = match.end()
                continue
        position += 1
    pieces.append(text[start:])
    return pieces


# The end of the sentence naming people, not the full stop of a title ("Cllr. Siân Maehrlein").
_SENTENCE_END = re.compile(r"(?<=[a-z)])(?<!\bCllr)(?<!\bCllrs)(?<!\bMr)(?<!\bMrs)(?<!\bDr)(?<!\bCyng)\.\s")
_WELSH_TITLE = re.compile(r"\bCyng\.?\s*/\s*(?=Cllrs?\b)")
_DASH = re.compile(r"\s+[-–—]\s+")
# "Mr N Tait (internal auditor) for item 5": the items someone attended for are not their name
_FOR_ITEM = re.compile(r"\s+(?:for|during)\s+(?:agenda\s+)?(?:items?|minutes?)\s+[\w./]+(?:\s*(?:and|&|,)\s*[\w./]+)*",
                       re.I)


def _is_role_only(piece: str) -> bool:
    """ "S.151 Officer", not "D Singh (Monitoring Officer)": a role word outside any brackets, and no name."""
    outside = re.sub(r"\([^()]*\)", "", piece)
    return bool(_OFFICER_ROLE.search(outside)) and not _DASH.search(piece) and not re.match(rf"{_TITLES}\b", piece)


def _named_first(piece: str) -> bool:
    """ "Liam Boateng – Planning": a name, then what they are."""
    name = _DASH.split(piece, maxsplit=1)[0]
    return name != piece and bool(_PERSON_NAME.match(name)) and not _OFFICER_ROLE.search(name)


def _joined_roles(pieces: list[str]) -> list[str]:
    """ "Director of Finance & S.151 Officer – Martyn Ransom", "Head of Parks and Estates (Mr R Agnew)": the roles
    the split took apart, joined again."""
    out: list[str] = []
    for piece in pieces:
        if (out and _is_role_only(out[-1]) and "(" not in out[-1] and _ROLE_END_THEN_NAME.match(piece)
                and not _is_role_only(piece)):  # "Role of A and B (Name)"
            out[-1] = f"{out[-1]} and {piece.strip()}"
        elif out and ((_is_role_only(out[-1]) and _DASH.search(piece))  # "Role & Role – Name"
                      or (_is_role_only(piece) and _named_first(out[-1]))):  # "Name – Planning & Projects Officer"
            out[-1] = f"{out[-1]} & {piece.strip()}"
        else:
            out.append(piece)
    return out


# the rest of a role and the name it is written before: "Estates (Mr R Agnew)" of "Head of Parks and Estates (...)"
_ROLE_END_THEN_NAME = re.compile(rf"^\s*(?!{_TITLES}\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}}\s*"
                                 rf"\(\s*{_TITLES}\.?\s+[^()]+\)\s*$")
# what a member from outside the council is there for: "Fenmarsh ICB", "Healthwatch Harrowdene", "Brightwater LLP"
_ORGANISATION = re.compile(r"\b(?:ICB|NHS|CCG|Healthwatch|Police|Trust|Council|Authority|Service|Partnership|"
                           r"Association|University|College|LLP|Ltd|Limited|Fire|Constabulary|Board)\b")


def _one_person(chunk: str, whole_entry: bool = False) -> str | None:
    """One person and what they are, as "name (role)": "David Jackson, Chief Executive", "Superintendent Paul
    Harrow – Devon and Cornwall Police", "Councillor Angela Moyo (Chair) – Cabinet Member for Health"; with
    `whole_entry` (a list entry holds one person) the role may run on over commas. None when the chunk is
    not one person."""
    chunk = chunk.strip(" .;")
    if _PLURAL_PREFIX.match(chunk):  # "Councillors P Cassidy, L Devenney and R Ní Mhurchú (Deputy Mayor)": several
        return None
    # the role may end in brackets: "Lorna Gibb, Service Manager (Transport)"
    pair = re.fullmatch(r"([^,()]+),\s*(.+)" if whole_entry else r"([^,()]+),\s*([^,()]+(?:\([^()]{1,60}\))?)", chunk)
    if (pair and _PERSON_NAME.match(pair.group(1)) and not re.search(rf"\b{_TITLES}\b", pair.group(2)) and (
            whole_entry or _OFFICER_ROLE.search(pair.group(2)) or (
                (_ROLE_WORDS.search(pair.group(2)) or _ORGANISATION.search(pair.group(2)))
                and not re.search(r"\bmembers\b", pair.group(2), re.I)))):  # "Council Members A and B": people
        return _as_person(pair.group(1), pair.group(2))
    office = re.fullmatch(rf"(?:the\s+)?([^,()]+),\s*({_TITLES}\.?\s+[^,()]+(?:\([^()]{{1,40}}\))?)", chunk,
                          re.I)
    if office and (_is_role_only(office.group(1)) or _ROLE_WORDS.search(office.group(1))) and _PERSON_NAME.match(
            _ROLE.sub("", office.group(2))):  # "Chief Executive, Mr D Roulston", "The Town Mayor, Cllr K Draycott"
        name, held = office.group(2), office.group(1).strip()
        bracket = _ROLE.search(name)
        if bracket:  # "The Town Mayor, Cllr Kevin Draycott (in the Chair)"
            name, noted = name[: bracket.start()], normalise_role(bracket.group(1))
            held = f"{noted}, {held}" if noted in ("Chair", "Vice Chair") else f"{held}, {noted}"
        return f"{name.strip()} ({held})"
    dashed = re.fullmatch(r"([^,()–—]+?)\s*(?:\(([^()]{1,40})\))?\s+[-–—]\s+([^;]+)", chunk)
    if dashed and _PERSON_NAME.match(dashed.group(1)) and not _OFFICER_ROLE.fullmatch(dashed.group(1)):
        return _as_person(dashed.group(1), f"{dashed.group(3)} ({dashed.group(2)})" if dashed.group(2) else
                          dashed.group(3))
    return None


def _as_person(name: str, role: str) -> str:
    """ "name (role)"; a chair's role in brackets ("... Health (Chair)") is the role, initials ("(TH)") none."""
    role = _without_initials(name, role)
    bracket = re.search(r"\(([^()]{1,40})\)\s*$", role)
    chair = normalise_role(bracket.group(1)) if bracket else None
    role = chair if chair in ("Chair", "Vice Chair") else re.sub(r"\s*\(([^()]*)\)", r", \1", role)
    return f"{name.strip()} ({role.strip(' ,')})"


def _office_then_remit(chunk: str) -> bool:
    """ "Ms Orla Kinsella, Director of Services, Housing": a name, an office and what it covers, set apart from
    the next person by a semicolon."""
    parts = chunk.split(",")
    return len(parts) > 2 and bool(_OFFICER_ROLE.search(parts[1]))


def _one_dashed(text: str) -> bool:
    """One person a line, their role after a dash: "Jonathan Pryor – Police and Crime Commissioner"."""
    dashes = list(_DASH.finditer(text))
    return len(dashes) == 1 and "," not in text[: dashes[0].start()]


def _split_names(text: str) -> list[str]:
    text = SPEAKERS_ITEM.sub("", re.sub(r"\.\s*$", "", text.strip()))
    text = _TITLE_AFTER_ROLE.sub("), ", text)  # "Mrs A Brown (Chair)" / "Councillors J Smith and K Patel"
    text = _GROUP_AFTER_NAME.sub(", ", text)  # "Aldermen R Beattie and S Kerr" / "Councillors N Doherty, ..."
    parts: list[str] = []
    chunks = re.split(r"\s*;\s*", text)
    for chunk in chunks:
        holders = _portfolio_holders(chunk)
        if holders:
            parts.extend(holders)
            continue
        one = _one_person(chunk) if len(chunks) > 1 or _one_dashed(chunk) or chunk.count(",") == 1 else None
        if one is None and len(chunks) > 1 and _office_then_remit(chunk):
            one = _one_person(chunk, whole_entry=True)
        if one:  # people set apart by semicolons or lines: each chunk one person and what they are
            parts.append(one)
            continue
        prefix = ""
        plural = _PLURAL_PREFIX.match(chunk)
        if plural:
            word = plural.group(1).rstrip(".").lower()
            prefix = {"councillors": "Councillor", "cllrs": "Cllr", "aldermen": "Alderman"}[word]
            chunk = chunk[plural.end():]
        pieces = _joined_roles(_split_outside_brackets(_FOR_ITEM.sub("", chunk)))
        for piece in pieces:
            piece = piece.strip(" .:")
            if not piece:
                continue
            inner = _PLURAL_PREFIX.match(piece + " ")
            if inner:  # "Councillors: Hellaoui, ..." or ", Councillors Gupta, ..." starts a new prefix
                word = inner.group(1).rstrip(".").lower()
                prefix = {"councillors": "Councillor", "cllrs": "Cllr", "aldermen": "Alderman"}[word]
                piece = (piece + " ")[inner.end():].strip()
                if not piece:
                    continue
            if prefix and not _MEMBER_TITLE.match(piece):
                piece = f"{prefix} {piece}"
            parts.append(piece)
    return parts


def _portfolio_holders(chunk: str) -> list[str] | None:
    """Members each named with the portfolio they hold, which may list its subjects with commas: "Councillor
    Howard Pengelly, Cabinet Member for Children, Young People and Families, and Councillor Sue Bright, Portfolio
    Holder for Education". None unless every person is so named."""
    people = _BEFORE_TITLED.split(chunk.strip(" .;"))
    held = [re.fullmatch(r"([^,()]+),\s*(.+)", person) for person in people]
    if not all(match and _PERSON_NAME.match(match.group(1)) and re.match(rf"{_TITLES}\b", match.group(1))
               and _PORTFOLIO.match(match.group(2)) for match in held):
        return None
    return [_as_person(match.group(1), match.group(2)) for match in held if match]


_BEFORE_TITLED = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?={_TITLES}\.?\s)")
_PORTFOLIO = re.compile(r"(?:(?:Deputy|Assistant)\s+)?(?:(?:Cabinet|Executive|Lead)\s+Member|Portfolio\s+Holder)\s+"
                        r"(?:for|with)\b")
# A role written before the name, with no dash or bracket between: "Chief Fire Officer Nadia Worsley"
_ROLE_FIRST = re.compile(
    r"^(?P<role>(?:[A-Z][\w&'’-]*\s+){0,3}(?:Officer|Treasurer|Clerk|Director|Manager|Engineer|Executive|Secretary|"
    r"Solicitor|Accountant|Adviser|Advisor|Auditor|Coordinator|Master|Ranger|Planner)"
    r"|(?:[A-Z][\w-]*\s+)?(?:Head|Director)\s+of\s+[A-Z][\w&'’-]*(?:\s+and\s+[A-Z][\w&'’-]*)?)\s+"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+)?(?:[A-Z]\.?\s+){0,2}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)$")
_NEXT_LABEL = re.compile(r"(?<=[a-z)])\.\s+(?=[A-Z][A-Za-z ]{2,30}:)")
# A joint committee's list, each council's members under its name: "Northfold BC:", "Wendham District Council:"
_BODY_LABEL = re.compile(r"(?:^|(?<=[\s,;]))(?:(?:[A-Z][\w&'’.-]*\s+)?[A-Z]{2,4}"
                         r"|(?:[A-Z][\w&'’.-]*\s+){1,3}(?:Council|Authority))\s*:\s+")
_LETTERED_GROUP = re.compile(r"(?:^|\.?\s+|(?<=[,;])\s*)Group\s+[A-Z1-9](?:\s*\([^()]{1,40}\))?\s*:\s+")
_ACCEPTED = re.compile(r"(?:,?\s+(?:and|which))?\s+(?:were|was|had\s+been|have\s+been)\s+(?:duly\s+)?"
                       r"(?:accepted|received|noted|approved|given|recorded)\b.*$", re.I)


def parse_attendance(text: str) -> list[Attendee]:
    """Attendees from one attendance line; [] when the line is not one."""
    label = attendance_label(_WELSH_TITLE.sub("", text))  # "Cyng. / Cllr. Rhodri Evans": the title once
    if not label:
        return []
    status, group, rest = label
    following = _NEXT_LABEL.search(rest)  # "Apologies: Cllrs Rahal, Moss. Absent: Cllr Hughes."
    if following:
        later = parse_attendance(rest[following.end():])
        if later:
            return parse_attendance(text[: len(text) - len(rest) + following.start()]) + later
    rest = _ACCEPTED.sub("", rest)  # "Apologies from Cllr Ashworth were accepted."
    rest = _BODY_LABEL.sub(", ", rest)  # "Members: Northfold BC: Cllrs A Pawsey, L Buckby Wendham DC: Cllrs ..."
    rest = _LETTERED_GROUP.sub(", ", rest)  # a SACRE's "Group A: Mr X, Mrs Y. Group C: …"
    if re.match(r"\s*(?:councillors|cllrs)\s*:", text, re.I):
        rest = f"Councillors {rest}"  # "Councillors: Akhtar, Allsop and Yusuf": each a councillor
    # "In the Chair: The Mayor, Alderman X", "Cathaoirleach: Cllr. Aoife Ní Bhriain", "Presiding: Cllr X, Cathaoirleach"
    chairing = bool(re.match(r"\s*(?:in\s+the\s+chair\b|(?:chair(?:man|person)?|cathaoirleach|presiding)\s*:)",
                             text, re.I))
    if chairing:  # "Chair: Cllr Helen Stroud. Meeting closed 7.35pm." under the minutes: one name
        rest = _SENTENCE_END.split(rest)[0]
    attendees = []
    for piece in _split_names(rest):
        role = None
        piece = _without_initials(piece, piece)  # "Jane Barker (JB)": her initials, as the minutes will call her
        note = _IN_THE_CHAIR.search(piece)  # "The Mayor (Councillor Barry Stott) (in the Chair)"
        if note:
            piece = piece[: note.start()]
        held = _ROLE_THEN_MEMBER.match(piece)  # "The Deputy Mayor (Councillor Sunita Nair)"
        if held and (_ROLE_WORDS.search(held.group("role")) or _OFFICER_ROLE.search(held.group("role"))):
            piece = f"{held.group('name')} ({held.group('role')}){held.group('more') or ''}"
        match = _ROLE.search(piece)
        if match:
            role = match.group(1).strip()
            piece = piece[: match.start()].strip()
            inner = _ROLE.search(piece)  # "Councillor K Ferreira (Leader of the Council) (Chair)": both are roles
            if inner:
                other = inner.group(1).strip()
                if normalise_role(role) not in ("Chair", "Vice Chair"):
                    role = f"{other}, {role}"
                elif _ROLE_WORDS.search(other):  # the chair's role first; "(Furness Council) (Chair)" has one
                    role = f"{normalise_role(role)}, {other}"
                piece = piece[: inner.start()].strip()
            elif (_OFFICER_ROLE.search(piece) and len(role.split()) >= 2 and _PERSON_NAME.match(role)
                  and not _OFFICER_ROLE.search(role) and not _ROLE_WORDS.search(role)):
                piece, role = role, piece  # the role first: "Chief Executive (Mr D Jackson)"
        elif " – " in piece or " - " in piece or " — " in piece:
            name, _, written = re.split(r"\s+([-–—])\s+", piece, maxsplit=1)
            if (_OFFICER_ROLE.search(name) and _PERSON_NAME.match(written)
                    and not _OFFICER_ROLE.search(written)):  # "Head of Corporate Assurance – Shaun Edwards"
                piece, role = written.strip(), name.strip()
            elif _PERSON_NAME.match(name) and written.strip():  # "Cllr B Jones – Deputy Mayor"
                piece, role = name.strip(), written.strip()
        role_first = None if role else _ROLE_FIRST.match(piece)
        if role_first and len(role_first.group("name").split()) >= 2:  # "Chief Fire Officer Nadia Worsley"
            piece, role = role_first.group("name"), role_first.group("role")
        if attendees and _SITTING_FOR.match(piece):
            # "Cllr Lydia Okonedo, Ashworth City Council (substitute for ...)": whom the member before it represents
            previous = attendees[-1]
            previous.role = ", ".join(part for part in (previous.role, piece, normalise_role(role)) if part)
            continue
        if chairing and attendees and normalise_role(piece) in ("Chair", "Vice Chair"):
            continue  # "Presiding: Cllr Pádraig Ó Dubhghaill, Cathaoirleach": the office of whoever presides
        if (not piece or _NOT_A_PERSON.search(piece) or re.match(r"^(?:\d|(?i:the)\b|[a-z])", piece)
                or is_column_heading(piece)
                or len(piece) > 60):
            continue
        role = normalise_role(role)
        if chairing:  # "Chair: The Mayor, Alderman Stephen Harbison": the Chair, and the Mayor still
            role = "Chair" if role in (None, "Chair") else f"Chair, {role}"
        chair_in_role = None if note or not role else _IN_THE_CHAIR.search(role)  # "(Leader, in the Chair)"
        if chair_in_role:
            note, role = chair_in_role, role[: chair_in_role.start()]
        if note:
            role = "Chair" if not role or role == "Chair" else f"Chair, {role}"
        if role and status in ("apologies", "absent") and not _ROLE_WORDS.search(role):
            role = None  # "(holiday)", "(work commitments)": a reason, not a role
        group_name = person_group(piece, role, group, status)
        attendees.append(Attendee(name=piece, role=role, group=group_name, status=status))
    return attendees


def parse_attendance_entry(label: str, entry: str) -> list[Attendee]:
    """A list entry under an attendance label, one person with what they are: "Councillor Priya Sandhu,
    Cabinet Member for Adult Social Care and Health (Chair)", "Helen Osei, Director of Public Health". An
    entry that lists several people is read as a line of names."""
    entry = _WELSH_TITLE.sub("", clean_inline(entry))
    return parse_attendance(f"{label.rstrip().rstrip(':')}: {_one_person(entry, whole_entry=True) or entry}")


_TITLED_NAME = rf"{_TITLES}\.?\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’-]+(?:\s*\([^()]{{1,60}}\))?"
_TITLED_NAMES = re.compile(rf"^{_TITLED_NAME}(?:\s*(?:,|;|\band\b|&)\s*{_TITLED_NAME})*\.?$")


def names_sending_apologies(text: str) -> list[Attendee]:
    """Under an apologies heading, a paragraph that is only names ("Councillor Dev Anand, Councillor Mo
    Patel"): those who sent apologies."""
    return parse_attendance(f"Apologies: {text}") if _TITLED_NAMES.match(text) else []


_ABSENT_SENTENCE = re.compile(
    rf"\b(?P<name>{_TITLES}\s+(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w'’-]*\.?\s+){{0,2}}[A-Z][\w'’-]+)"
    r"\s+(?:was|were)\s+(?:also\s+)?absent\b"
)


def absences_in(text: str) -> list[Attendee]:
    """People a sentence reports as absent: "Cllr B Foster was absent."."""
    return [Attendee(name=match.group("name"), role=None, group=person_group(match.group("name"), None, None),
                     status="absent") for match in _ABSENT_SENTENCE.finditer(text)]


_ROLE_WORDS = re.compile(r"\b(?:chair|mayor|leader|clerk|member|officer|director|manager|head|cabinet)", re.I)
# The chair's roles, whatever a council calls them: a Scottish committee has a Convener.
_ROLE_FORMS = [
    (re.compile(r"^(?:vice[- ]?(?:chair(?:man|woman|person)?|conven[eo]r)|is-gadeirydd|leas-chathaoirleach)$", re.I),
     "Vice Chair"),
    (re.compile(r"^(?:(?:in\s+the\s+)?chair(?:man|woman|person)?|conven[eo]r|cadeirydd|cathaoirleach)$", re.I),
     "Chair"),
]


_SUBSTITUTING = re.compile(
    r"^(?:substitut\w*\s+)?(?:for|in\s+place\s+of|replacing)\s+(?:Councillor|Cllr|Mr|Mrs|Ms|Dr)\b", re.I)
_ATTENDANCE_NOTE = re.compile(
    r"^(?:for|during|from|to|until|up\s+to|left|arrived|joined|present\s+for)\b.{0,40}?\b(?:items?|minutes?|min\.?)"
    r"\s*[\w./]+"
    # or a time: "(from 8.15 pm)"
    r"|^(?:from|until|left\s+at|arrived\s+at|joined\s+at)\s+\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?|hrs)?$",
    re.I,
)


def normalise_role(role: str | None) -> str | None:
    """One spelling for the chair's roles ("Chairman", "Chairperson" -> "Chair"); others as written."""
    if not role:
        return None
    role = clean_inline(role).strip(" ,.")
    if _ATTENDANCE_NOTE.match(role):  # "(for item 25/05 only)", "(to Min 24/105)": when, not what, they were
        return None
    if _SUBSTITUTING.match(role):  # "(for Councillor Keith Eames)": whom they stood in for
        return "Substitute"
    for pattern, canonical in _ROLE_FORMS:
        if pattern.match(role):
            return canonical
    if " / " in role:  # bilingual, "Cadeirydd / Chair": the part that names a known role
        for part in role.split(" / "):
            for pattern, canonical in _ROLE_FORMS:
                if pattern.match(part.strip()):
                    return canonical
        for part in role.split(" / "):
            if _ROLE_WORDS.search(part) or _OFFICER_ROLE.search(part) or _EXTERNAL.search(part):
                return part.strip()
    return role


_EXTERNAL = re.compile(
    r"\b(?:NHS|Police|PCSO|Healthwatch|ICB|CCG|Trust|Ltd|plc|University|College|Fire|Ambulance|"
    r"Association|Charity|Foundation|Partnership|Diocese|Church|LLP|[Aa]uditors?)\b"
)


def person_group(name: str, role: str | None, given: str | None, status: str = "present") -> str:
    if given:
        return given
    if _MEMBER_TITLE.match(name):
        return "member"
    if _EXTERNAL.search(f"{name} {role or ''}"):
        return "other"
    if role and _OFFICER_ROLE.search(role) and not re.search(r"\b(?:chair|mayor|vice)", role, re.I):
        return "officer"
    return "other" if status == "in attendance" else "member"
