"""Who spoke: the subjects of reporting verbs ("The Director advised", "Councillor Ahmed proposed"),
agents of passive ones ("seconded by Cllr Jones"), and people "in attendance to present".

Minutes report speech rather than transcribe it, so a speaker is found where a reporting verb has a
person for its subject. Passive reports ("The Panel was informed that...") name nobody and get nobody.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from indexer.cues import Cued, Ending
from indexer.enrich.people import (
    CACHE_SIZE,
    LISTED_REMIT,
    ROLE_LIST_TAIL,
    TITLE_WORDS,
    People,
    Person,
    clean_role,
    fold,
    is_role,
    name_parts,
    unnamed,
)

ASKING = ("queried", "queries", "asked", "asks", "questioned", "questions", "enquired", "enquires", "inquired",
          "inquires", "sought clarification", "seeks clarification", "challenged", "requested", "requests")
ANSWERING = ("responded", "responds", "replied", "replies", "answered", "answers")
PRESENTING = ("presented", "presents", "introduced", "introduces", "provided", "provides", "gave", "gives",
              "opened", "delivered")
PROPOSING = ("proposed", "proposes", "seconded", "seconds", "moved", "moves")
_OTHER_VERBS = (
    "advised", "advises", "stated", "states", "explained", "explains", "confirmed", "confirms", "commented",
    "comments", "reported", "reports", "outlined", "outlines", "highlighted", "highlights", "informed",
    "informs", "declared", "declares", "thanked", "thanks", "welcomed", "welcomes", "emphasised", "emphasises",
    "emphasized", "stressed", "stresses", "added", "adds", "raised", "raises", "suggested", "suggests",
    "clarified", "clarifies", "indicated", "indicates", "expressed", "expresses", "acknowledged",
    "acknowledges", "updated", "updates", "summarised", "summarized", "sought", "seeks",
    "referred", "refers", "mentioned", "mentions", "remarked", "pointed out", "points out", "told", "assured",
    "assures", "undertook", "undertakes", "concluded", "praised", "congratulated", "recommended",
    "recommends", "reminded", "reminds", "observed", "argued", "urged", "spoke", "speaks", "addressed",
    "reiterated", "described", "describes", "detailed", "set out", "shared", "noted that", "felt that",
    "believed that", "considered that", "agreed to", "offered to", "invited", "invites", "circulated",
    "tabled", "led", "briefed", "echoed", "voiced", "made a", "made an", "gave an", "put forward", "apologised",
    "recorded", "announced", "announces", "read out", "requested that", "wished", "paid tribute", "said", "says",
    "opposed", "supported", "voted", "spoke in", "objected",
)
# "provided"/"gave" report speech only with a spoken object ("provided an update", "gave a presentation").
_SPOKEN_OBJECT = re.compile(
    r"^\s+(?:(?:the|a|an|his|her|their|members|the \w+|\w+)\s+(?:with\s+)?){0,4}?"
    r"(?:(?:brief|verbal|short|detailed|further|full|comprehensive|oral|written|general)\s+)*"
    r"(?:update|presentation|overview|summary|briefing|report|information|details|explanation|"
    r"clarification|assurance|response|answer|introduction|background|feedback|account|statement|advice|evidence"
    r"|(?P<opinion>views?|opinion|comments?))",
    re.I,
)
_SPEAKING_VERBS = {*ASKING, *ANSWERING, *PRESENTING, *PROPOSING, *_OTHER_VERBS}
_VERB = re.compile(
    r"(?<![\w-])(?P<verb>" + "|".join(sorted(_SPEAKING_VERBS, key=len, reverse=True)) + r")(?![\w-])", re.I
)
_VERB_FIRST_WORDS = {verb.split()[0] for verb in _SPEAKING_VERBS}
_WORD = re.compile(r"[A-Za-z]+")


def _verbs(text: str) -> list[re.Match[str]]:
    """What `_VERB.finditer(text)` finds, matched only where a word that can start a verb stands: one
    alternation of 150 verbs tried at every character costs more than the rest of the speaker rules."""
    words = _VERB_FIRST_WORDS.intersection(" ".join(_WORD.findall(text)).lower().split())
    starts = sorted(match.start() for word in words for match in _whole_word(word).finditer(text))
    found: list[re.Match[str]] = []
    end = 0
    for start in starts:
        if start >= end:
            match = _VERB.match(text, start)
            if match:
                found.append(match)
                end = match.end()
    return found


@cache
def _whole_word(word: str) -> re.Pattern[str]:
    """`word` in any case, as a whole `_WORD` (ASCII case folding only, as `_WORD` reads letters)."""
    return re.compile(rf"(?<![A-Za-z]){word}(?![A-Za-z])", re.I | re.A)


# Words between a subject and its verb ("The Director also advised", "Cllr Khan, in response, said").
_FILLER_WORDS = frozenset({
    "also", "then", "further", "subsequently", "additionally", "again", "briefly", "duly", "formally", "kindly",
    "helpfully", "had", "has", "have", "both", "personally", "verbally", "however", "therefore", "too", "later",
    "first", "firstly", "finally", "lastly",
})
_FILLER_PAIRS = {"more": "once", "response": "in", "reply": "in", "addition": "in", "turn": "in"}
_PAREN_ROLE = re.compile(r"\s*\((?P<role>[^()]{1,60})\)\s*$")
_STANDING_IN = re.compile(r",\s*(?:(?:standing\s+in|deputising|substituting|sitting\s+in)\s+for|on\s+behalf\s+of|"
                          r"in\s+place\s+of)\s+[^,]{2,60}$", re.I)
_ARTICLE = r"(?i:an?|one|some|several|other|another|two|three|four|many|all|individual|the)"
_UNNAMED: list[tuple[Cued | Ending, str | None]] = [
    (Ending(re.compile(rf"(?:^|\b{_ARTICLE}\s+)(?:(?i:fellow|other|individual)\s+)?(?P<body>Panel|Board|"
                       r"Committee|Scrutiny|Forum)\s+(?:Members?|members?)$"), "member", "members"), None),
    (Ending(re.compile(r"\bmembers?\s+of\s+the\s+(?:public|audience|press)$", re.I), "public", "audience", "press"),
     "Member of the public"),
    (Cued(re.compile(r"\b(?:an?|the)\s+representative\s+(?:of|from)\s+[^,]{1,60}$", re.I), "representative"),
     "Member of the public"),
    (Cued(re.compile(r"\b(?:an?|the)\s+(?:local\s+)?resident\s+(?:of|from|in)\s+[^,]{1,60}$", re.I), "resident"),
     "Resident"),
    (Ending(re.compile(rf"(?:^|\b{_ARTICLE}\s+|\blocal\s+|\d+\s+)residents?$", re.I), "resident", "residents"),
     "Resident"),
    (Ending(re.compile(rf"(?:^|\b{_ARTICLE}\s+)(?:[Oo]fficers|officer)$"), "officer", "officers"), "Officer"),
    (Ending(re.compile(rf"(?:^|[,;]\s*|\b{_ARTICLE}\s+)(?:(?i:fellow|other|individual|ward|opposition)\s+)?"
                       r"(?:Members?|members?|[Cc]ouncillors)$"), "member", "members", "councillors"), "Member"),
    (Ending(re.compile(r"(?:^|\b(?i:an?|one|another)\s+)(?:ward\s+)?[Cc]ouncillor$"), "councillor"), "Member"),
]
_SURNAME_PREFIX = r"(?:Mc|Mac|O['’]|D['’])?"
# Letters of names, accented ones included ("Seán", "Ó Briain", "Sinéad"): capitals, and any letter
_CAP = "A-ZÀ-ÖØ-Þ"
_LETTER = "a-zA-ZÀ-ÖØ-öø-ÿĀ-ſ"
_TITLED_NAME = (rf"(?:{TITLE_WORDS})\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[{_CAP}][{_LETTER}'’-]*\.?\s*){{0,2}}"
                rf"{_SURNAME_PREFIX}[{_CAP}][{_LETTER}'’-]+")
_INITIALED_NAME = rf"(?:[A-Z]\.?\s+|[A-Z]\.){{1,3}}{_SURNAME_PREFIX}[{_CAP}][a-zß-öø-ÿ][{_LETTER}'’-]+"
_TITLED = re.compile(rf"(?<![\w]){_TITLED_NAME}$")
_INITIALED = re.compile(rf"(?<![\w]){_INITIALED_NAME}$")
_INITIALS = re.compile(r"(?<![\w])[A-Z]{2,3}$")
_BARE_NAME = re.compile(rf"(?!(?:The|This|That|Our|Their|Its|A|An|Council|County|Borough|Town|Parish)\s)"
                        rf"[{_CAP}][a-zß-öø-ÿ'’-]+(?:\s+{_SURNAME_PREFIX}[{_CAP}][{_LETTER}'’-]+){{1,2}}")
_NAME_END = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'’-àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿ")
_SPEAKING_FOR = re.compile(r"^(?:speaking\s+(?:for|on\s+behalf\s+of|as)|on\s+behalf\s+of|representing|for|from)\s+\S",
                           re.I)
_OF_PLACE = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|y|yr|upon|on|le|la|in)\s+){0,3}[A-Z][\w'’-]*$")
_THE = re.compile(r"\b(?:[Tt]he|[Oo]ur|[Tt]heir)\s+")
_NOT_IN_ROLE = re.compile(r"[,;:()·•]|\b[a-z]+ed\b|\b(?:was|were|is|are|had|has|that|which|who|whose|when|"
                          r"while|whilst|this|these|it|they|would|could|and the|with the)\b"
                          # a dash, unless a service follows it: "Assistant Director – SEND and Inclusion"
                          r"|–(?!\s+[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|of|&))*\s*$)"
                          # a clause running on after the title: "Head of Youth Services write to ..."
                          r"|\b[A-Z][\w'’-]*\s+(?!(?:of|for|to|at|on|in|with|and|the)\b)[a-z]{2,}\s+\S")
_INITIALS_LIST = re.compile(r"[A-Z]{2,4}(?:\s*[/&,]\s*[A-Z]{2,4})*")
# "The PC OBJECTS:" (the parish council's response to an application): a verdict in capitals, no one's surname
_CAPITALS_VERDICTS = frozenset({"OBJECTS", "OBJECTED", "SUPPORTS", "SUPPORTED", "AGREED", "RESOLVED", "NOTED",
                                "APPROVED", "COMMENTS", "RESPONDS"})
_PARAGRAPH_NUMBER = re.compile(r"\(?\d{1,3}(?:\.\d{1,3})*[.)]?")
_PRONOUN = re.compile(r"^(?:In\s+(?:response|reply)\s*,?\s*)?(?:He|She)$")
_AGENT = re.compile(
    r"\b(?:[Pp]roposed|[Ss]econded|[Mm]oved|presented|asked|introduced|submitted|declared|queried|"
    r"questioned|made|given|provided|delivered)\s+by\s+|\b(?:Proposed|Seconded|Moved)\s*(?:by)?\s*[:\-–]?\s+"
    r"|\b(?:proposed|seconded|moved)\s*:?\s+(?=(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\b)"
    r"|\b(?i:question|query|questions|queries|comments?)(?:\s+\d+)?\s+(?:from|by)\s+(?=(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\b)"
    # a written answer headed with who gave it: "Response (Cllr Ruddle): ...", "Answer (Town Mayor): ..."
    r"|^(?:Written\s+)?(?:[Rr]esponse|[Aa]nswer|[Rr]eply)\s*\((?=[^()]{2,60}\)\s*:)"
    r"|^(?:Written\s+)?(?:[Rr]esponse|[Aa]nswer|[Rr]eply)\s+(?:from|by)\s+(?=(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\b"
    r"|the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5}\s*:)"  # "Response from the Highways Asset Manager:"
    r"|^(?:Supplementa(?:ry|l)\s+)?(?:[Qq]uestion(?:\s+\d{1,3})?|Response|Answer|Reply)\s*[-–—]\s*"
    r"(?=(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\b)"
)
_ATTENDING = re.compile(
    r"^(?P<people>.+?)\s*,?\s+(?:(?:was|were|had\s+been|have\s+been|has\s+been|will\s+be)\s+(?:also\s+)?"
    r"(?:in\s+attendance|present|invited\s+to\s+(?:attend\s*)?(?:(?:the|this)\s+meeting)?)"
    r"(?:\s+(?:at|for)\s+(?:the|this)\s+(?:meeting|item))?\s*(?:,|\s+(?:to|in\s+order\s+to|for|and)\b|$)"
    r"|attended(?:\s+(?:the|this)(?:\s+\w+){0,2})?\s+(?:to|in\s+order\s+to)\s+"
    r"(?:provide|present|give|update|answer|speak|discuss|outline|report|introduce|brief|deliver|talk))"
)
_ATTENDING_LIST = re.compile(r"\b(?:was|were)\s+(?:also\s+)?in\s+attendance,?\s+as\s+follows\s*:?[-–]?\s*"
                             r"(?P<people>.+)$")
_ATTENDING_WHO = re.compile(r"^(?P<before>.+?),?\s+who\s+(?:was|were)\s+(?:also\s+)?in\s+attendance\b")
_ATTENDING_CUES = ("attend", "present", "invited")  # one of them is in every match of the three above
_NAME_IN_LIST = re.compile(  # a full name ("Antonia Dixey") counts only when a role follows its comma
    rf"(?<![\w])(?:{_TITLED_NAME}|{_INITIALED_NAME}|[A-Z][a-z]+\s+{_SURNAME_PREFIX}[A-Z][a-z][a-zA-Z'’-]+(?=\s*,))"
)
_WELCOMED = re.compile(
    r"\bwelcomed\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)\s*,\s*(?P<role>[^,.;()]+?)"
    r"(?=\s*(?:,|\.|;|\(|\s+to\s+the\b|\s+who\b|\s+and\b|$))"
)
_TOOK_CHAIR = Cued(re.compile(
    rf"(?P<name>(?:{TITLE_WORDS})\s+(?-i:(?:[A-Z][\w'’.-]*\s+){{0,2}}[A-Z][\w'’-]+))\s+"
    r"(?:[^.;]{0,160}?\band\s+)?"  # "... made his declaration of acceptance of office and took the Chair"
    r"(?:took|was\s+in|assumed|resumed|chaired)\s+(?:the\s+)?(?:chair|meeting|item)",
    re.I,
), "took was assumed resumed chaired", "chair meeting item")


@dataclass(frozen=True)
class Mention:
    kind: str  # name | role | unnamed | pronoun | initials
    text: str
    role: str | None = None


@dataclass(frozen=True)
class Speech:
    person: Person
    verb: str  # "attending" for people in attendance to present
    position: int = 0


SUBJECT_REACH = 240
# "Cllr Smith: ...", "The Chair (Cllr Patel): ...", "Town Clerk: ...": who speaks, before a colon opening the sentence
_SPEAKER_LABEL = re.compile(r"^(?P<who>(?:[Tt]he\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*\([^()]{2,40}\))?)"
                            r"\s*:\s+(?=\S)")


def _strip_filler(prefix: str) -> str:
    """`prefix` without the filler words, spaces and commas it ends with, read back word by word."""
    end = len(prefix)
    while end:
        if prefix[end - 1].isspace() or prefix[end - 1] == ",":
            end -= 1
            continue
        start = _word_start(prefix, end)
        word = prefix[start:end].lower()
        if word in _FILLER_WORDS:
            end = start
        elif word in _FILLER_PAIRS and prefix[start - 1: start] == " " and (
                prefix[_word_start(prefix, start - 1): start - 1].lower() == _FILLER_PAIRS[word]):
            end = _word_start(prefix, start - 1)
        else:
            break
    return prefix[:end]


def _word_start(text: str, end: int) -> int:
    """Where the run of word characters (as the regex `\\w` counts them) that ends at `end` starts."""
    start = end
    while start and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return start


def subject_at_end(prefix: str) -> Mention | None:
    """The person (or role, or unnamed bucket) the clause before a verb ends with, if any. Only the last
    SUBJECT_REACH characters are read: a subject ends close to its verb, and the patterns anchored at the
    end would otherwise rescan the whole sentence for each verb."""
    return _subject_at_end(prefix[-SUBJECT_REACH:])


@lru_cache(maxsize=CACHE_SIZE)
def _subject_at_end(prefix: str) -> Mention | None:
    text = _strip_filler(prefix)
    standing_in = _STANDING_IN.search(text)
    if standing_in:  # "Sgt Doig, standing in for PC Lennie, reported": Sgt Doig
        return subject_at_end(text[: standing_in.start()])
    role = None
    paren = _PAREN_ROLE.search(text) if text.rstrip().endswith(")") else None
    if paren:
        role, text = paren.group("role"), text[: paren.start()]
        if _TITLED.fullmatch(role.strip()):  # "A resident (Mr Alasdair Petrie) said": the name in the brackets
            return Mention("name", role.strip())
    text = text.rstrip()
    if _PRONOUN.search(text.strip()):
        return Mention("pronoun", text.strip())
    for pattern, bucket in _UNNAMED:
        match = pattern.search(text)
        if match:
            body = match.groupdict().get("body")
            return Mention("unnamed", match.group(0), bucket or f"{body.title()} Member")
    named = text[-1:] in _NAME_END  # the names' patterns end with one of these
    for pattern in (_TITLED, _INITIALED) if named else ():
        match = pattern.search(text)
        if match and not (pattern is _INITIALED and re.match(r"[AI]\s", match.group(0))) and (
                match.group(0).rsplit(None, 1)[-1] not in _CAPITALS_VERDICTS):
            return Mention("name", match.group(0), role or _role_before(text[: match.start()]))
    of_place = _OF_PLACE.search(text) if named else None
    if of_place:  # "Mr Alan Brierley of Holme Lane asked": a resident and where they live
        before = text[: of_place.start()]
        inner = subject_at_end(before)  # the name itself just before "of" ("X, Director of Y" is a role's)
        if inner and inner.kind == "name" and not inner.role and before.rstrip().endswith(inner.text):
            return Mention("name", inner.text)
    role_mention = _role_at_end(text)
    if role_mention:
        return Mention("role", role_mention)
    match = _INITIALS.search(text) if named else None
    if match and (match.start() == 0 or text[: match.start()].rstrip().endswith((",", "."))
                  or _PARAGRAPH_NUMBER.fullmatch(text[: match.start()].rstrip())):  # "2.1 MT declared"
        return Mention("initials", match.group(0))
    appositive = LISTED_REMIT.search(text) or re.search(r",\s*(?P<app>[^,]{2,90}?),?\s*$", text)
    if appositive and len(appositive.group("app").split()) <= 10:
        before = text[: appositive.start()]
        inner = subject_at_end(before)
        # "Mrs D Hollins, a resident of Marsh Lane, asked": one appositive straight after the name, not a
        # chain of clauses back to a name ("X, ..., presented the outcome, to which 1,146 people had responded").
        if inner and inner.kind == "name" and before.rstrip().endswith(inner.text):
            role = appositive.group("app") if is_role(appositive.group("app")) else None
            return Mention("name", inner.text, role)
        # "Fiona Beck, Head of Leisure, presented the report": an officer's untitled name opening the sentence,
        # vouched for by the office after it.
        office = appositive.group("app") if is_role(appositive.group("app")) else None
        if inner is None and _BARE_NAME.fullmatch(before.strip()) and (office or _SPEAKING_FOR.match(
                appositive.group("app"))):  # "Freya Lindgren, speaking for the deputation, said": unlisted speakers
            return Mention("name", before.strip(), office)
        # "The Director of Resources, Paul Brindley, gave his statement": the office, then the untitled name in it
        if inner and inner.kind == "role" and _BARE_NAME.fullmatch(appositive.group("app").strip()):
            return Mention("name", appositive.group("app").strip(), inner.text)
    return None


def _role_before(text: str) -> str | None:
    """ "The Cabinet Member for Leisure, Culture and Tourism, " opening the sentence before a name: their office."""
    match = re.fullmatch(r"\s*(?:[Tt]he\s+)?(?P<role>[A-Z][^()]{2,90}?),\s*", text)
    return match.group("role") if match and is_role(match.group("role")) else None


def _role_at_end(text: str) -> str | None:
    """ "the Executive Director of Children's Services" at the end of `text`: the rightmost "the" that
    starts a role phrase. A bare role opening the sentence ("Chairman reported") counts too."""
    starts = [match.end() for match in _THE.finditer(text)]
    for start in reversed(starts):
        phrase = text[start:].strip()
        if _plausible_role(phrase):
            return phrase
    bare = text.strip()
    if re.fullmatch(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|&)){0,4}", bare) and _plausible_role(bare):
        return bare
    return None


def _plausible_role(phrase: str) -> bool:
    tail = ROLE_LIST_TAIL.search(phrase)
    if tail and tail.start():  # "Head of Libraries, Culture and Heritage": the role is read without its list
        phrase = phrase[: tail.start()]
    if not phrase or _NOT_IN_ROLE.search(phrase) or not is_role(phrase):
        return False
    return phrase[0].isupper() or len(phrase.split()) == 1


# Where a name that opens a text ends: "Proposed: Cllr Ruddle   Seconded: Cllr Besley   All in favour".
# A full stop ends a name, but not a title's or an initial's ("Cllr. Dunne", "Cllr J. Smith").
_NAME_ENDS = re.compile(r"[,;:()]|(?<!Cllr)(?<!Cllrs)(?<!\bMr)(?<!Mrs)(?<!\bMs)(?<!\bDr)(?<!Cyng)(?<!\b[A-Z])\."
                        r"|\s+(?:and|to|with|who|that)\s+|\s+(?=(?:Seconded|Proposed|Moved|All|Carried|"
                        r"Agreed|Resolved|Against|For|Abstain\w*|Unanimously|Nem)\b)")


def _subject_at_start(text: str) -> Mention | None:
    """The longest person mention that `text` starts with ("Cllr Jones and RESOLVED" -> Cllr Jones)."""
    words = re.split(r"(?<=\S)\s+", _NAME_ENDS.split(text, maxsplit=1)[0])
    for count in range(min(len(words), 6), 0, -1):
        candidate = " ".join(words[:count])
        mention = subject_at_end(candidate)
        if mention and mention.kind != "pronoun" and len(mention.text) >= len(candidate) - 4:
            return mention
    return None


def attending(sentence: str) -> list[tuple[str | None, str | None]]:
    """(name, role) pairs of people a sentence reports as in attendance to present or provide something:
    "S Butcher, Executive Director of Children's Services, and G Field, Director of ..., were in
    attendance to provide ...", "... Officers were in attendance, as follows: R Farnham, Director ...;"."""
    if not any(cue in sentence for cue in _ATTENDING_CUES):
        return []
    found: list[tuple[str | None, str | None]] = []
    who = _ATTENDING_WHO.match(sentence)
    if who:
        role = _role_at_end(who.group("before"))
        found.extend([(None, role)] if role else [])
    listed = _ATTENDING_LIST.search(sentence)
    if listed or found:
        return found + (_people_list(listed.group("people")) if listed else [])
    match = _ATTENDING.match(sentence)
    if not match:
        return []
    text = match.group("people")
    role = _role_at_end(text)
    if role and role == text.strip()[4:].strip():  # "The Director of Children's Care was in attendance"
        return [(None, role)]
    return _people_list(text)


def _people_list(text: str) -> list[tuple[str | None, str | None]]:
    """Names with the roles written after them: "R Farnham, Director of Children's Care; G Earl, Head of
    Prevention and A Parkinson, Newport Neighbourhood Manager"."""
    names = [match for match in _NAME_IN_LIST.finditer(text) if not is_role(match.group(0))]
    people: list[tuple[str | None, str | None]] = []
    for index, match in enumerate(names):
        end = names[index + 1].start() if index + 1 < len(names) else len(text)
        between = re.sub(r"^[\s,;:–-]+|[\s,;:–-]*(?:\band\b)?[\s,;:–-]*$", "", text[match.end():end])
        between = re.sub(r"^\((.*)\)$", r"\1", between)
        people.append((match.group(0), between if between and is_role(between) else None))
    return people


@lru_cache(maxsize=CACHE_SIZE)
def _is_name(text: str) -> bool:
    if _TITLED.fullmatch(text) or _INITIALED.fullmatch(text):
        return True
    words = text.split()
    return 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-Z][a-z][\w'’-]*", word) for word in words) and not (
        is_role(text))


def introductions(text: str) -> list[tuple[str, str | None]]:
    """(name, role) pairs a paragraph introduces, so that later role mentions resolve to a name."""
    found = [(name, role) for name, role in attending(text) if name]
    for match in _WELCOMED.finditer(text):
        if _is_name(match.group("name")) and is_role(match.group("role")):
            found.append((match.group("name"), match.group("role")))
    for match in _verbs(text):
        mention = subject_at_end(text[: match.start()])
        if mention and mention.kind == "name" and mention.role and is_role(mention.role):
            found.append((mention.text, mention.role))
    return found


_PLURAL_TITLE = re.compile(r"(?:Councillors|Cllrs\.?|Cynghorwyr)\s+")
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")
# one name of a list: titled, initialled, a surname alone or a first name and a surname
_LISTED_NAME = re.compile(rf"(?:(?:{TITLE_WORDS})\s+)?(?:[A-Z]\.?\s*){{0,2}}{_SURNAME_PREFIX}[{_CAP}][{_LETTER}'’-]+"
                          rf"(?:\s+{_SURNAME_PREFIX}[{_CAP}][{_LETTER}'’-]+)?")
_ELECTION_OF_CHAIR = re.compile(r"\b(?:election|appointment|elect|appoint)\s+(?:of\s+)?(?:(?:the|a|new)\s+)?"
                                r"(?:chair(?:man|person|woman)?|mayor|convener|provost|cadeirydd)\b", re.I)
_REST_OF_MEETING = re.compile(r"\b(?:remainder|rest)\s+of\s+the\s+meeting\b", re.I)


def took_chair(text: str) -> str | None:
    match = _TOOK_CHAIR.search(text)
    return match.group("name") if match else None


class SpeakerFinder:
    """Finds the speakers of each paragraph of one item, remembering who was last named in the item."""

    def __init__(self, people: People) -> None:
        self.people = people
        self.recent: list[Person] = []
        self.chair: Person | None = None
        self.elected_chair: Person | None = None  # chairs the rest of the meeting
        self.electing = False  # the item elects the chair

    def start_item(self, title: str | None = None) -> None:
        self.recent = []
        self.chair = self.elected_chair
        self.electing = bool(title and _ELECTION_OF_CHAIR.search(title))

    def speeches(self, sentence: str) -> list[Speech]:
        found: list[Speech] = []
        chair_name = took_chair(sentence)
        if chair_name:
            # for an item ("the Vice-Chair took the Chair for this item"), unless elected to it or there to stay
            self.chair = self.people.add(chair_name, None)
            if self.electing or _REST_OF_MEETING.search(sentence):
                self.elected_chair = self.chair
            if self.chair:  # "… took the Chair. He thanked the Council": the new Chair is who "He" is
                self._remember(self.chair)
        for name, role in attending(sentence):
            person = self.people.add(name, role) if name else self.role_person(role or "")
            if person:
                found.append(Speech(person, "attending", 0))
        label = _SPEAKER_LABEL.match(sentence)  # a verbatim record: "Cllr Okafor: Yes, Chair. I am a trustee ..."
        if label:
            mention = subject_at_end(label.group("who"))
            person = self.resolve(mention) if mention and mention.kind != "unnamed" else None
            if person:
                found.append(Speech(person, "said", 0))
        for match in _AGENT.finditer(sentence):
            mention = _subject_at_start(sentence[match.end():])
            person = self.resolve(mention) if mention and mention.kind != "unnamed" else (
                None if mention else self._listed_at_start(sentence[match.end():]))
            if person:
                found.append(Speech(person, match.group(0).split()[0].lower(), match.end()))
        for match in _verbs(sentence):
            verb = match.group("verb").lower()
            if verb in ("provided", "provides", "gave", "gives"):
                spoken = _SPOKEN_OBJECT.match(sentence[match.end():])
                if not spoken:
                    continue
                verb = "said" if spoken.group("opinion") else verb  # "gave her view that": saying, not presenting
            prefix = sentence[: match.start()]
            if re.search(r"\b(?:was|were|been|being|be|is|are)\s*$", prefix, re.I):
                continue  # passive: "The Panel was advised"
            together = self._coordinated(prefix)
            if together:  # "Councillors Adebayo-Clarke, Qadir and Szabo declared": each of them
                found.extend(Speech(person, verb, match.start()) for person in together)
                continue
            mention = subject_at_end(prefix)
            if mention and mention.kind == "unnamed" and verb == "agreed to":
                continue  # "Members agreed to ..." is the meeting deciding, not someone speaking
            person = self.resolve(mention) if mention else self.people.listed_at_end(
                _strip_filler(prefix[-SUBJECT_REACH:]))
            if person:
                found.append(Speech(person, verb, match.start()))
        found.sort(key=lambda speech: speech.position)
        self._note_mentioned_roles(sentence)
        for speech in found:
            self._remember(speech.person)
        return found

    def _coordinated(self, prefix: str) -> list[Person]:
        """The people a subject lists ("Councillors Adebayo-Clarke, Qadir and Szabo", "Cllr Brown and Cllr Okoro",
        "Majella Tierney and Declan Furlong", "Cllr Ahmed and the Chief Executive", "The Chair and Vice Chair"),
        each a name the meeting knows or an office; [] when the subject is not such a list. A plural title
        ("Councillors", "Cllrs") titles every name."""
        clause = _strip_filler(re.split(r"[.;:]\s", prefix[-SUBJECT_REACH:])[-1]).strip()
        if not (" and " in clause or " & " in clause):
            return []
        plural = _PLURAL_TITLE.match(clause)
        names = _LIST_SEPARATOR.split(clause[plural.end():] if plural else clause)
        if not 2 <= len(names) <= 8:
            return []
        people = []
        for position, name in enumerate(names):
            person = self._listed(name, bool(plural), names[position - 1] if position else "")
            if person is None or person in people:
                return []
            people.append(person)
        return people

    def _listed(self, name: str, plural: bool, before: str) -> Person | None:
        """One of the people a subject lists: a name the meeting knows, or an office: "the Chief Executive",
        "Vice Chair" after "The Chair and" (but "Section 151 Officer" in "The Head of Finance and Section 151
        Officer" is the same officer's second post)."""
        if _LISTED_NAME.fullmatch(name):
            titled = name if _TITLED.fullmatch(name) or not plural else f"Councillor {name}"
            person = (self.people.by_name(titled) if _TITLED.fullmatch(titled) or _INITIALED.fullmatch(titled)
                      else self.people.listed_at_end(titled))
            if person is not None or plural:
                return person
        office = re.sub(r"^(?i:the)\s+", "", name)
        deputy = re.fullmatch(r"(?:Vice|Deputy)[ -]" + re.escape(re.sub(r"^(?i:the)\s+", "", before)), office)
        if not office[:1].isupper() or not (office != name or deputy or not before):
            return None
        mention = subject_at_end(f"The {office}")
        return self.resolve(mention) if mention is not None and mention.kind == "role" else None

    def _listed_at_start(self, text: str) -> Person | None:
        """An attendee named in full without a title where `text` starts: "seconded by Euan Stewart, that ..."
        in a community council's minutes, whose members go untitled."""
        words = _NAME_ENDS.split(text, maxsplit=1)[0].split()
        return next((person for count in range(min(len(words), 4), 1, -1)
                     if (person := self.people.listed_at_end(" ".join(words[:count])))), None)

    def resolve(self, mention: Mention) -> Person | None:
        if mention.kind == "unnamed":
            return unnamed(mention.role or "Member")
        if mention.kind == "pronoun":
            named = [person for person in self.recent if not person.unnamed]
            return named[-1] if named else None
        if mention.kind == "initials":
            return self.people.by_initials(mention.text)
        if mention.kind == "name":
            if name_parts(mention.text) is None:
                return None
            person = self.people.by_name(mention.text)
            if person and mention.role and not person.role:  # "Tariq Bashir, Public Health Consultant, said"
                person.role = clean_role(mention.role)
            return person or self.people.add(mention.text, mention.role)
        return self.role_person(mention.text)

    def role_person(self, role: str) -> Person | None:
        if not role:
            return None
        cleaned = clean_role(role)
        if cleaned == "Chair" and self.chair:
            return self.chair
        if _INITIALS_LIST.fullmatch(cleaned):  # "Action: SM", "Action: EG / FL": the first they name
            person = self.people.by_initials(re.split(r"\W+", cleaned)[0])
            if person:
                return person
        return self.people.by_role(cleaned, self.recent) or self.people.add(None, cleaned)

    def _note_mentioned_roles(self, sentence: str) -> None:
        """Roles named as objects ("thanked the Director of Finance") are what a later "the Director" means."""
        for match in re.finditer(r"\bthe\s+((?:[A-Z][\w'’-]*|of|for|and|&)(?:\s+(?:[A-Z][\w'’-]*|of|for|and|&))*)",
                                 sentence):
            phrase = re.sub(r"\s+(?:of|for|and|&)$", "", match.group(1))
            if is_role(phrase) and len(phrase.split()) > 1:
                person = self.people.by_role(phrase, self.recent) or self.people.add(None, phrase)
                if person:
                    self._remember(person)

    def _remember(self, person: Person) -> None:
        if person in self.recent:
            self.recent.remove(person)
        self.recent.append(person)


def unique_speakers(speeches: list[Speech]) -> list[dict[str, str | None]]:
    """Speakers in order of first appearance, each once."""
    seen: list[str] = []
    out = []
    for speech in speeches:
        label = fold(speech.person.label)
        if label not in seen:
            seen.append(label)
            out.append(speech.person.as_speaker())
    return out
