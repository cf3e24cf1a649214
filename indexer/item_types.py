"""Item types: a small documented vocabulary (docs/format.md), assigned from the item title."""

from __future__ import annotations

import re

ITEM_TYPES = (
    "apologies", "declarations", "previous-minutes", "exempt", "any-other-business", "next-meeting",
    "questions", "motion", "procedural", "update", "application", "report",
)

# First match wins, in this order.
_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("apologies", re.compile(r"\bapolog|\bsubstitut|^\W*roll\s+call\b", re.I)),
    ("declarations", re.compile(r"\b(?:declarations?|disclosures?|registers?)\s+of\s+(?:[\w'’]+\s+){0,3}interests?|"
                                r"\binterests?\b.{0,20}\bdeclar|^\s*(?:declarations?|interests)\s*$", re.I)),
    # "Matters arising – Millbrook footbridge": news of one matter since the last meeting
    ("update", re.compile(r"\bmatters?\s+arising\s*[-–—:]\s*(?!from\b|(?:the\s+)?minutes\b)\w", re.I)),
    # Not a duration ("Public Question Time (15 minutes)"), nor a reference ("deferred from Minute 24/038").
    ("previous-minutes", re.compile(r"(?<!\d)(?<!\d\s)\bminutes?\b(?!\s+(?:no\.?\s*)?\d+/)(?!.*\bnext\s+meeting)"
                                    r"|\bmatters?\s+arising\b"
                                    r"|\bnotes?\s+of\s+the\s+(?:last|previous)\s+meeting", re.I)),
    ("exempt", re.compile(r"\bexclu(?:sion\s+of|de)\s+(?:the\s+)?(?:press|public)|\bexempt\b|\bconfidential\b|"
                          r"\bin\s+confidence\b|"
                          r"\bclosed\s+session\b|\bin\s+committee\b|"
                          r"\bpart\s+(?:ii|2|b)\b|\bprivate\s+(?:session|business)", re.I)),
    ("any-other-business", re.compile(r"\bany\s+other\s+(?:urgent\s+|competent\s+)?(?:business|items?|matters?)|"
                                      r"\bA\.?O\.?(?:C\.?)?B\b|"
                                      r"\burgent\s+(?:business|items?|matters?)\b", re.I)),
    ("next-meeting", re.compile(r"\bnext\s+meeting|\bfuture\s+meeting|\bdates?\s+of\s+(?:future\s+)?meetings?|"
                                r"\bdate\s+and\s+time\b", re.I)),
    ("questions", re.compile(r"\bquestions?\b|\bpetitions?\b|\bdeputations?\b|\bpublic\s+(?:forum|participation|"
                             r"speaking|session|time|open\s+forum)\b|\bopen\s+forum\b", re.I)),
    ("motion", re.compile(r"\bmotions?\b", re.I)),
    ("procedural", re.compile(r"\border\s+of\s+(?:business|the\s+agenda)|\bsuspension\s+of\b|\bstanding\s+orders\b|"
                              r"\bchair(?:man|person)?['’]?s?\s+(?:announcements?|remarks|communications)|"
                              r"\b(?:election|appointment)\s+of\s+(?:a\s+)?(?:the\s+)?(?:(?:vice|deputy)[- ])?"
                              r"(?:(?:town|city|lord)\s+)?(?:chair|mayor|provost|convener|leader)|"
                              r"\bwelcome\b|\bintroductions?\b|\bannouncements?\b|\bmembership\b|"
                              r"\bopening\s+of\s+the\s+meeting|\bclose\s+of\s+(?:the\s+)?meeting|"
                              r"^\W*(?:call\s+to\s+order|adjournment|approval\s+of\s+(?:the\s+)?agenda)\W*$", re.I)),
    ("update", re.compile(r"\bupdates?\b|\bprogress\s+report\b", re.I)),
    ("application", re.compile(r"\bapplications?\b|^\s*planning\s*$|\b\d{2,4}/\d{3,6}/[A-Z]{2,6}\b|"
                               r"\bplanning\s+(?:appeals?|matters)|"
                               r"\blicen[cs]e\s+(?:review|variation)", re.I)),
]


# When there is no title, only sentences that say plainly what the item was.
_TEXT_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("apologies", re.compile(r"^\W*apologies\s+for\s+absence\b", re.I)),
    ("declarations", re.compile(r"^\W*(?:there\s+were\s+no\s+)?declarations?\s+of\s+interest|\bdeclared\s+an?\s+"
                                r"(?:[\w-]+\s+){0,4}?interest", re.I)),  # bounded: "a disclosable pecuniary interest"
    ("previous-minutes", re.compile(r"^\W*the\s+minutes\s+of\s+the\s+(?:previous|last)\s+meeting", re.I)),
    ("exempt", re.compile(r"\bexclusion\s+of\s+the\s+(?:press|public)|\bexempt\s+information\b", re.I)),
    ("next-meeting", re.compile(r"^\W*the\s+next\s+meeting\b", re.I)),
]


_AGENDA_UPDATE = re.compile(r"\b(?:provide|give|present)\s+(?:an?\s+)?(?:verbal\s+|brief\s+|further\s+)?update\b",
                            re.I)


def classify(title: str | None, agenda_text: str | None = None, first_paragraph: str = "") -> str:
    """The item's type from its title; where the title says nothing, from what its agenda text or
    first paragraph plainly says."""
    for name, pattern in _RULES if title else ():
        if pattern.search(title):
            return name
    for source in (agenda_text or "", first_paragraph):
        for name, pattern in _TEXT_RULES:
            if pattern.search(source[:300]):
                return name
    if agenda_text and _AGENDA_UPDATE.search(agenda_text):
        return "update"
    return "report"
