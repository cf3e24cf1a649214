"""The query language, parsed once into the project's own query tree; each engine compiles the tree.

    locality working            all words (AND), ranked; fall back to most of them when none has all
    "locality working"          an exact phrase (unstemmed words, in order)
    library OR libraries        either; OR binds tighter than the implicit AND: `a b OR c` = a AND (b OR c)
    -closure  NOT closure       without
    (a OR b) c                  brackets group
    panel:children  speaker:"S Butcher"  type:update  kind:decision  item:21/18  council:middlesbrough
    date:2021  date:2021-10  date:2021-01..2021-06  date:2021-10-25
    consult*                    prefix, at least 3 characters; leading or inner wildcards are refused
    bypas~  bypas~2             fuzzy, within 1 (or 2) edits

Any input parses: what cannot be read is searched as plain words, and `notices` says what happened.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field

FIELDS = {"panel": "panel", "committee": "panel", "speaker": "speaker", "by": "speaker", "type": "type",
          "kind": "kind", "item": "item", "council": "council", "date": "date", "year": "date"}


@dataclass(frozen=True)
class Word:
    text: str


@dataclass(frozen=True)
class Phrase:
    text: str


@dataclass(frozen=True)
class Prefix:
    text: str


@dataclass(frozen=True)
class Fuzzy:
    text: str
    distance: int = 1


@dataclass(frozen=True)
class Filter:
    field: str  # panel | speaker | type | kind | item | council
    value: str


@dataclass(frozen=True)
class FacetValues:
    """A selection from a facet (the sidebar, `--panel`): exactly these values, any of them."""

    facet: str  # a name in indexer.index.schema.FACETS
    values: tuple[str, ...]


@dataclass(frozen=True)
class DateRange:
    start: str  # ISO dates, inclusive
    end: str


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    child: Node


Node = Word | Phrase | Prefix | Fuzzy | Filter | FacetValues | DateRange | And | Or | Not


@dataclass
class ParsedQuery:
    tree: Node | None  # None: the query had nothing to search for (every paragraph matches)
    notices: list[str] = field(default_factory=list)


_TOKEN = re.compile(  # "-" before a phrase, a bracket or a filter excludes it: -"bed and breakfast", -panel:cabinet
    r"""(?P<neg>-(?=["(]|[A-Za-z]+:))|(?P<phrase>"[^"]*"?)|(?P<open>\()|(?P<close>\))|(?P<field>[A-Za-z]+):(?P<fvalue>"[^"]*"?|[^\s()"]*)"""
    r"""|(?P<word>[^\s()"]+)"""
)


def parse(text: str) -> ParsedQuery:
    notices: list[str] = []
    tokens = _tokens(text.replace("“", '"').replace("”", '"'), notices)
    parser = _Parser(tokens, notices)
    tree = parser.expression()
    while parser.position < len(tokens):  # a stray ")" ends an expression early: read on
        parser.position += 1
        notices.append("An unmatched “)” was ignored.")
        more = parser.expression()
        tree = and_of([tree, more]) if tree and more else tree or more
    return ParsedQuery(tree, notices)


def _tokens(text: str, notices: list[str]) -> list[tuple[str, object]]:
    tokens: list[tuple[str, object]] = []
    for match in _TOKEN.finditer(text):
        kind = "field" if match.group("field") else match.lastgroup
        if kind == "phrase":
            inner = match.group("phrase").strip('"').strip()
            if not match.group("phrase").endswith('"') or len(match.group("phrase")) == 1:
                notices.append("A quotation mark was not closed: the rest was searched as a phrase.")
            if inner:
                tokens.append(("term", Phrase(inner)))
        elif kind == "neg":
            tokens.append(("not", None))
        elif kind == "open":
            tokens.append(("open", None))
        elif kind == "close":
            tokens.append(("close", None))
        elif kind == "field":
            tokens.extend(_field_token(match.group("field"), match.group("fvalue"), notices))
        else:
            tokens.extend(_word_tokens(match.group("word"), notices))
    return tokens


def _field_token(name: str, value: str, notices: list[str]) -> list[tuple[str, object]]:
    key = FIELDS.get(name.lower())
    value = value.strip('"').strip()
    if key is None:
        notices.append(f"“{name}:” is not a field (fields: panel, speaker, type, kind, item, council, date): "
                       "searched as words.")
        return _word_tokens(f"{name} {value}".strip(), notices)
    if not value:
        notices.append(f"“{name}:” had no value and was ignored.")
        return []
    if key == "date":
        found = date_range(value)
        if found is None:
            notices.append(f"“{value}” is not a date (use 2021, 2021-10, 2021-10-25 or 2021-01..2021-06): "
                           "the date filter was ignored.")
            return []
        return [("term", DateRange(*found))]
    return [("term", Filter(key, value))]


def _word_tokens(word: str, notices: list[str]) -> list[tuple[str, object]]:
    if word in ("OR", "|", "||"):
        return [("or", None)]
    if word in ("AND", "&", "&&", "+"):
        return [("and", None)]
    if word == "NOT":
        return [("not", None)]
    if word.startswith("-") and len(word) > 1:
        return [("not", None), *_word_tokens(word[1:], notices)]
    if word.startswith("+") and len(word) > 1:
        word = word[1:]
    if word.endswith("?") and word.rstrip("?")[-1:].isalnum():  # a question's mark, not a wildcard: "reopen?"
        word = word.rstrip("?")
    fuzzy = re.fullmatch(r"(.+?)~([12])?", word)
    if fuzzy and fuzzy.group(1).strip("*?~"):
        return [("term", Fuzzy(fuzzy.group(1), int(fuzzy.group(2) or 1)))]
    if "*" in word or "?" in word:
        stem = word.rstrip("*")
        if "*" in stem or "?" in stem:
            plain = re.sub(r"[*?]+", "", word)
            notices.append(f"Wildcards work only at the end of a word (“consult*”): “{word}” was searched as "
                           f"“{plain}”." if plain else f"“{word}” was ignored: wildcards need a word before them.")
            return [("term", Word(plain))] if plain else []
        if len(stem) < 3:
            notices.append(f"A prefix needs at least 3 characters: “{word}” was searched as the word “{stem}”.")
            return [("term", Word(stem))] if stem else []
        return [("term", Prefix(stem))]
    word = word.strip("~")
    return [("term", Word(word))] if word else []


class _Parser:
    """Recursive descent over the tokens: expression = group (AND? group)*, group = unary (OR unary)*."""

    def __init__(self, tokens: list[tuple[str, object]], notices: list[str]) -> None:
        self.tokens = tokens
        self.notices = notices
        self.position = 0

    def peek(self) -> str | None:
        return self.tokens[self.position][0] if self.position < len(self.tokens) else None

    def expression(self) -> Node | None:
        parts: list[Node] = []
        while self.peek() not in (None, "close"):
            if self.peek() == "and":
                self.position += 1
                continue
            if self.peek() == "or":
                self.position += 1
                self.notices.append("“OR” needs a word on each side: it was ignored.")
                continue
            part = self.group()
            if part is not None:
                parts.append(part)
        return and_of(parts)

    def group(self) -> Node | None:
        options = [self.unary()]
        while self.peek() == "or":
            self.position += 1
            if self.peek() in (None, "close", "or", "and"):
                self.notices.append("“OR” needs a word on each side: it was ignored.")
                break
            options.append(self.unary())
        options = [option for option in options if option is not None]
        if not options:
            return None
        return options[0] if len(options) == 1 else Or(tuple(options))

    def unary(self) -> Node | None:
        kind = self.peek()
        if kind == "not":
            self.position += 1
            if self.peek() in (None, "close", "or", "and", "not"):
                self.notices.append("“NOT” or “-” needs a word after it: it was ignored.")
                return None
            child = self.unary()
            return Not(child) if child is not None else None
        if kind == "open":
            self.position += 1
            inner = self.expression()
            if self.peek() == "close":
                self.position += 1
            else:
                self.notices.append("A bracket was not closed: it was closed at the end.")
            return inner
        if kind == "term":
            node = self.tokens[self.position][1]
            self.position += 1
            return node  # type: ignore[return-value]
        self.position += 1
        return None


def and_of(parts: list[Node | None]) -> Node | None:
    parts = [part for part in parts if part is not None]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(tuple(parts))


def date_range(value: str) -> tuple[str, str] | None:
    """`2021` -> 2021-01-01..2021-12-31; `2021-10`; `2021-10-25`; `A..B` from the start of A to the end of B."""
    if ".." in value:
        first, _, last = value.partition("..")
        start = date_range(first) if first else ("0001-01-01", "0001-01-01")
        end = date_range(last) if last else ("9999-12-31", "9999-12-31")
        if start is None or end is None or start[0] > end[1]:
            return None
        return start[0], end[1]
    match = re.fullmatch(r"((?:19|20)\d\d)(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value.strip())
    if not match:
        return None
    year = int(match.group(1))
    if match.group(2) is None:
        return f"{year}-01-01", f"{year}-12-31"
    month = int(match.group(2))
    if not 1 <= month <= 12:
        return None
    if match.group(3) is None:
        return f"{year}-{month:02d}-01", f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    day = int(match.group(3))
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return (f"{year}-{month:02d}-{day:02d}",) * 2


def positive_words(node: Node | None) -> list[Word | Phrase | Prefix | Fuzzy]:
    """The text terms a paragraph should contain (not under NOT, not filters), in query order."""
    if node is None or isinstance(node, Not | Filter | FacetValues | DateRange):
        return []
    if isinstance(node, And | Or):
        return [word for child in node.children for word in positive_words(child)]
    return [node]


def without_text(node: Node | None) -> Node | None:
    """The filters of a query alone (for the "most of the words" fallback, which keeps them)."""
    if node is None or isinstance(node, Filter | FacetValues | DateRange):
        return node
    if isinstance(node, Not):
        return node
    if isinstance(node, And):
        return and_of([kept for child in node.children if (kept := without_text(child)) is not None])
    return None
