"""Query-string parameters -> the search API's SearchRequest, shared by every page, API route and export.
A parameter that cannot be used is a 400 that names it and says why, never a server error."""

from __future__ import annotations

import re

from werkzeug.datastructures import MultiDict

from indexer.search import query as q
from indexer.search.api import MAX_PAGE_SIZE, SORTS, SearchRequest

# URL parameter -> facet name in the index (indexer.index.schema.FACETS)
FACET_PARAMS = {"council": "council", "panel": "panel", "year": "year", "month": "month", "speaker": "speaker",
                "presenter": "presenter", "type": "item_type", "kind": "kind"}
MAX_QUERY = 1_000  # characters
MAX_PAGE = 500
DEFAULT_PAGE_SIZE = 20


class BadParameter(ValueError):
    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"Parameter “{name}”: {reason}")
        self.name = name


def search_request(args: MultiDict[str, str], fixed: dict[str, list[str]] | None = None,
                   sort: str = "relevance") -> SearchRequest:
    """The request the query string asks for. `fixed` holds selections a page always has (a register's
    kind); `sort` is the page's default order when there are words to rank by."""
    text = query_text(args)
    filters = {facet: _values(args, param) for param, facet in FACET_PARAMS.items()}
    filters.update(fixed or {})  # what the page is about is not widened by a parameter of the same facet
    chosen_sort = args.get("sort") or (sort if text.strip() else "newest")  # browsing: the latest first
    if chosen_sort not in SORTS:
        raise BadParameter("sort", f"must be one of {', '.join(SORTS)}")
    return SearchRequest(
        query=text, filters={facet: values for facet, values in filters.items() if values},
        date_from=_date(args, "from"), date_to=_date(args, "to"), sort=chosen_sort,
        page=_number(args, "page", 1, 1, MAX_PAGE),
        page_size=_number(args, "size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE),
        group_by_item=_choice(args, "group", ("1", "0"), "0") == "1" and bool(text.strip()),
        person=_person(args), as_typed=_choice(args, "as_typed", ("1", "0"), "0") == "1",
    )


def _person(args: MultiDict[str, str]) -> str | None:
    """`person`: what one person said, or the items they presented."""
    value = args.get("person", "").strip()
    if len(value) > 300:
        raise BadParameter("person", "longer than 300 characters")
    return value or None


def query_text(args: MultiDict[str, str]) -> str:
    text = args.get("q", "")
    if len(text) > MAX_QUERY:
        raise BadParameter("q", f"longer than {MAX_QUERY:,} characters")
    return text


def trend_period(args: MultiDict[str, str]) -> str:
    return _choice(args, "by", ("year", "month"), "year")


def _choice(args: MultiDict[str, str], name: str, allowed: tuple[str, ...], default: str) -> str:
    value = args.get(name, "") or default
    if value not in allowed:
        raise BadParameter(name, f"must be {' or '.join(allowed)}")
    return value


_SHAPES = {"year": (re.compile(r"\d{4}"), "a year such as 2021"),
           "month": (re.compile(r"\d{4}-(?:0[1-9]|1[0-2])"), "a month such as 2021-10")}


def _values(args: MultiDict[str, str], name: str) -> list[str]:
    values = [value.strip() for value in args.getlist(name) if value.strip()]
    if any(len(value) > 300 for value in values):
        raise BadParameter(name, "a value longer than 300 characters")
    shape = _SHAPES.get(name)
    for value in values if shape else []:
        if not shape[0].fullmatch(value):
            raise BadParameter(name, f"“{value[:40]}” is not {shape[1]}")
    return list(dict.fromkeys(values))


def _date(args: MultiDict[str, str], name: str) -> str | None:
    value = args.get(name, "").strip()
    if not value:
        return None
    if q.date_range(value) is None:
        raise BadParameter(name, f"“{value[:40]}” is not a date: use 2021, 2021-10 or 2021-10-25")
    return value


def _number(args: MultiDict[str, str], name: str, default: int, low: int, high: int) -> int:
    value = args.get(name, "").strip()
    if not value:
        return default
    if not (value.isascii() and value.isdigit()) or not low <= int(value) <= high:
        raise BadParameter(name, f"must be a whole number from {low} to {high}")
    return int(value)

