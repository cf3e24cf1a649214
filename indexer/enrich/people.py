"""Who is who in one meeting: one canonical person for every way the minutes refer to them.

Minutes name a person several ways ("Cllr. J. Patel", "Councillor Patel", "JP") and often by role only
("The Executive Director of Children's Services"), having said once who holds the role ("S Butcher,
Executive Director of Children's Services, ... were in attendance"). `People` collects the attendance
list and those introductions, then resolves each mention to one `Person`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from indexer.model import Attendee

TITLE_WORDS = (r"Councillors?|Cllrs?\.?|Cynghorydd|Cyng\.?|Alderman|PCSO|PC|Sgt\.?|Sergeant|Inspector|Insp\.?|"
               r"(?:Chief\s+)?Supt\.?|(?:Chief\s+)?Superintendent|Chief\s+Inspector|DCI|DI|DS|"
               r"(?:Station|Group|Area|Watch)\s+(?:Cdr\.?|Commander|Manager)|"
               r"Mr\.?|Mrs\.?|Ms\.?|Miss|Mx\.?|Dr\.?|Prof(?:essor)?\.?|"
               r"Rev(?:d|erend)?\.?|Sir|Dame|Lord|Lady|County\s+Councillor|Deputy\s+Mayor|Mayor|Bailie|Provost|Captain|Capt\.?")
_TITLE = re.compile(rf"^(?:{TITLE_WORDS})\s+", re.I)
_MEMBER_TITLE = re.compile(r"^(?:County\s+)?(?:Councillors?|Cllrs?\.?|Cynghorydd|Cyng\.?)\s+", re.I)
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+", re.I)
_ROLE_AFTER_DASH = re.compile(r"\s+[-–—]\s+|,\s+")

ROLE_HEADS = (
    "Chair", "Chairman", "Chairwoman", "Chairperson", "Director", "Manager", "Head", "Officer", "Clerk",
    "Leader", "Mayor", "Member", "Lead", "Advisor", "Adviser", "Solicitor", "Treasurer", "Planner", "Engineer",
    "Inspector", "Superintendent", "Executive", "Secretary", "Commissioner", "Coordinator", "Co-ordinator",
    "Holder", "Deputy", "Accountant", "Auditor", "Headteacher", "Consultant", "Practitioner", "Analyst",
    "Specialist", "Surveyor", "Warden", "Constable", "Sergeant", "President", "Representative", "Controller",
    "Partner", "Principal", "Minister", "Champion", "Worker", "Registrar", "Chief", "Administrator", "Steward",
    "Convener", "Convenor", "Provost", "Cadeirydd", "Cathaoirleach", "Master", "Ranger", "Caretaker", "Verger",
    "Bailiff", "Librarian", "Curator", "Custodian",
)
_ROLE_HEAD = re.compile(r"\b(?:" + "|".join(ROLE_HEADS) + r")s?\b", re.I)


CACHE_SIZE = 1 << 16  # names and roles recur across a corpus: parse them once


def fold(text: str) -> str:
    """Straight apostrophes and single spaces, so one role or name is one facet value."""
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("‘", "'")).strip()


@lru_cache(maxsize=CACHE_SIZE)
def clean_role(role: str) -> str:
    role = fold(role).strip(" ,.;:")
    role = re.sub(r"^(?:the|our|this|their|its)\s+", "", role, flags=re.I)
    role = re.sub(r"^(?:Council|Authority|Town Council|Parish Council)'s\s+", "", role)
    role = re.sub(r"^(?:vice[- ](?:chair|conven[eo]r\b)|is-gadeirydd\b|leas-chathaoirleach\b)", "Vice Chair", role,
                  flags=re.I)
    role = re.sub(r"^(?:chair(?:man|woman|person)|conven[eo]r|cadeirydd|cathaoirleach)\b", "Chair", role, flags=re.I)
    return role[:1].upper() + role[1:]


@lru_cache(maxsize=CACHE_SIZE)
def is_role(text: str) -> bool:
    """A phrase naming an office ("Head of Planning"), judged by its head noun, not a body ("the Board")."""
    head = re.split(r"\s+(?:of|for|to|at|on|in|with|[–-])\s+|\s*\(", clean_role(text), maxsplit=1)[0]
    words = head.split()
    return bool(words) and bool(_ROLE_HEAD.fullmatch(words[-1])) and len(clean_role(text).split()) <= 14


@dataclass(frozen=True)
class NameParts:
    member: bool
    honorific: str
    given: tuple[str, ...]
    surname: str

    @property
    def initials(self) -> str:
        return "".join(part[0] for part in self.given).upper()


@lru_cache(maxsize=CACHE_SIZE)
def name_parts(name: str) -> NameParts | None:
    """Split "Cllr. J. Patel" into member title, given names or initials, and surname."""
    name = fold(name)
    member = bool(_MEMBER_TITLE.match(name))
    honorific = ""
    rest = _MEMBER_TITLE.sub("", name) if member else name
    match = _HONORIFIC.match(rest) or (None if member else _TITLE.match(rest))
    if match:
        honorific = match.group(0).strip().rstrip(".")
        rest = rest[match.end():]
    words = [word for word in re.split(r"[\s.]+", rest) if word]
    if not words or not re.match(r"[A-Z]", words[-1]):
        return None
    return NameParts(member, honorific, tuple(words[:-1]), words[-1])


def canonical_name(name: str) -> str:
    """`Cllr.` written as `Councillor`, no dots after initials: "Cllr. J. Patel" -> "Councillor J Patel"."""
    name = fold(name)
    name = re.sub(r"^(?:County\s+)?(?:Cllrs?|Cyng|Cynghorydd)\.?\s+", "Councillor ", name, flags=re.I)
    name = re.sub(r"^Councillors\s+", "Councillor ", name)
    name = re.sub(r"\b([A-Z])\.\s*(?=[A-Z])", r"\1 ", name)
    return re.sub(r"\b(Mr|Mrs|Ms|Dr|Mx)\.", r"\1", name).strip()


def _compatible(a: NameParts, b: NameParts) -> bool:
    if a.surname.lower() != b.surname.lower():
        return False
    if a.given and b.given:
        return a.given[0][0].lower() == b.given[0][0].lower()
    return True


@dataclass
class Person:
    name: str | None
    role: str | None
    listed: bool = False  # named by the attendance list, whose spelling wins
    unnamed: bool = False

    @property
    def label(self) -> str:
        if self.unnamed:
            return f"{self.role} (unnamed)"
        return self.name or self.role or "Unknown"

    def as_speaker(self) -> dict[str, str | None]:
        return {"name": self.name, "role": self.role, "label": self.label}


def unnamed(bucket: str) -> Person:
    """Speakers the minutes do not name ("A Panel Member") share one labelled bucket, never a made-up name."""
    return Person(name=None, role=bucket, unnamed=True)


# The list a role's remit may end with: ", Culture and Heritage", ", Legal and Governance", ", Roads & Transport"
_CAPITALISED = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
ROLE_LIST_TAIL = re.compile(rf"(?:,\s+{_CAPITALISED})+,?\s+(?:and|&)\s+{_CAPITALISED}$")
# A role with such a list after a name: "Simon Threlfall, Head of Libraries, Culture and Heritage,"
LISTED_REMIT = re.compile(
    rf",\s*(?P<app>[A-Z][^,]{{1,60}}(?:,\s+{_CAPITALISED})+,?\s+(?:and|&)\s+{_CAPITALISED}),?\s*$")


class People:
    """The people of one meeting: attendees first, then everyone the text introduces."""

    def __init__(self, attendees: list[Attendee]) -> None:
        self.people: list[Person] = []
        self._by_surname: dict[str, list[tuple[str, Person]]] = {}  # listed people named in full, untitled
        for attendee in attendees:
            name, role = attendee.name, attendee.role
            parts = _ROLE_AFTER_DASH.split(name, maxsplit=1)
            if len(parts) == 2 and is_role(parts[1]):  # "K Lowe – Chief Executive"
                name, role = parts[0], role or parts[1]
            person = self.add(name, role)
            if person:
                person.listed = True
                person.name = canonical_name(name)

    def add(self, name: str | None, role: str | None) -> Person | None:
        """Record that `name` (and/or `role`) is a person of this meeting; returns the merged person."""
        role = clean_role(role) if role else None
        if name:
            parts = name_parts(name)
            if parts is None:
                return None
            person = self.by_name(name)
            if person:
                if role and not person.role:
                    person.role = role
                if not person.listed and _fuller(name, person.name or ""):
                    person.name = canonical_name(name)
                return person
            person = Person(canonical_name(name), role)
        else:
            if not role:
                return None
            person = self.by_exact_role(role) or Person(None, role)
            if person in self.people:
                return person
        self.people.append(person)
        return person

    def by_name(self, mention: str) -> Person | None:
        parts = name_parts(mention)
        if parts is None:
            return None
        found = [person for person in self.people
                 if person.name and (other := name_parts(person.name)) and _compatible(parts, other)]
        return found[0] if len(found) == 1 else None

    def listed_at_end(self, text: str) -> Person | None:
        """An attendee named in full, without a title, at the end of `text`: "Claire Lindsay (TIAA)" before
        "presented". Only the attendance list's people: an untitled pair of words is otherwise no name."""
        if not self._by_surname:
            for person in self.people:
                bare = _TITLE.sub("", person.name) if person.listed and person.name else ""
                if len(bare.split()) >= 2:
                    self._by_surname.setdefault(bare.split()[-1], []).append((bare, person))
            if not self._by_surname:
                return None
        text = re.sub(r"\s*\([^()]{1,60}\)\s*$", "", text).rstrip(" ,")
        # "Tariq Bashir, Public Health Consultant", "Simon Threlfall, Head of Libraries, Culture and Heritage"
        appositive = LISTED_REMIT.search(text) or re.search(r",\s*[^,]{2,80}$", text)
        for candidate in (text, text[: appositive.start()] if appositive else ""):
            for bare, person in self._by_surname.get(candidate.rsplit(None, 1)[-1] if candidate.strip() else "", []):
                if candidate.endswith(bare) and not candidate[-len(bare) - 1: -len(bare)].isalnum():
                    return person
        return None

    def by_initials(self, initials: str) -> Person | None:
        """"JP" is the one attendee whose initials and surname initial spell it."""
        found = []
        for person in self.people:
            parts = name_parts(person.name) if person.name else None
            if parts and parts.given and (parts.initials + parts.surname[0]).upper() == initials.upper():
                found.append(person)
        return found[0] if len(found) == 1 else None

    def by_exact_role(self, role: str) -> Person | None:
        role = clean_role(role).lower()
        found = [person for person in self.people if person.role and person.role.lower() == role]
        return found[0] if len(found) == 1 else None

    def by_role(self, role: str, recent: list[Person]) -> Person | None:
        """The person a role mention means: the most recent in the item whose role starts with the words of
        the mention ("the Director" after "the Director of Children's Care"), else the meeting's only one."""
        words = clean_role(role).lower().split()

        def starts(person: Person) -> bool:  # "Head of Libraries" starts "Head of Libraries, Culture and Heritage"
            return any(form.replace(",", " ").split()[: len(words)] == words for form in _role_forms(person.role))

        for person in reversed(recent):
            if starts(person):
                return person
        found = [person for person in self.people if starts(person)]
        if len(found) == 1:
            return found[0]
        of_council = [person for person in found if any(re.fullmatch(
            " ".join(words) + r" of the (?:council|authority)", form) for form in _role_forms(person.role))]
        if len(of_council) == 1:  # "the Leader" beside the Leader of the Opposition
            return of_council[0]
        if not found:  # "the Chief Constable" is Chief Constable Amanda Forde, "the Inspector" Inspector Lowry
            ranked = [person for person in self.people if person.name and len(person.name.split()) > len(words)
                      and person.name.lower().split()[: len(words)] == words]
            for person in reversed(recent):
                if person in ranked:
                    return person
            if len(ranked) == 1:
                return ranked[0]
        if not found:  # "the Clerk" is the Town Clerk, not the Deputy Clerk
            ends = [person for person in self.people if person.role and any(
                form.split()[-len(words):] == words and not re.match(r"(?:deputy|assistant|vice|acting)\b", form)
                for form in _role_forms(person.role))]
            for person in reversed(recent):
                if person in ends:
                    return person
            if len(ends) == 1:
                return ends[0]
        exact = [person for person in found if " ".join(words) in _role_forms(person.role)]
        return exact[0] if len(exact) == 1 else None


@lru_cache(maxsize=CACHE_SIZE)
def _role_forms(role: str | None) -> tuple[str, ...]:
    """A role and its reading with the bracket first: "Team Manager (Early Help)", "Early Help Team Manager"; and
    each of two roles held at once ("Chair, Leader of the Council")."""
    if not role:
        return ()
    match = re.fullmatch(r"(.+?)\s*\((.+)\)", role)
    forms = [role, f"{match.group(2)} {match.group(1)}"] if match else [role]
    parts = role.split(", ")
    if len(parts) > 1 and all(is_role(part) for part in parts):
        forms.extend(parts)
    return tuple(form.lower() for form in forms)


def _fuller(candidate: str, current: str) -> bool:
    new, old = name_parts(candidate), name_parts(current)
    if not new or not old:
        return False
    return (sum(map(len, new.given)), new.member) > (sum(map(len, old.given)), old.member)
