"""What each page shows, as plain data: the HTML page renders it and its JSON twin returns it as it is.
Links inside (facet toggles, chips, pages) point to the same representation they were made for."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import abort, url_for

from indexer.search.api import Hit, SearchRequest, SearchResult
from webapp import searcher
from webapp.links import Links
from webapp.params import FACET_PARAMS, search_request

FACET_LABELS = {"council": "Council", "panel": "Panel", "year": "Year", "month": "Month", "speaker": "Speaker",
                "presenter": "Presenter", "item_type": "Item type", "kind": "Kind"}
PARAM_OF = {facet: param for param, facet in FACET_PARAMS.items()}


def search_view(links: Links, request: SearchRequest, hidden: tuple[str, ...] = ()) -> dict[str, Any]:
    """A results page: hits, facets with toggle links, chips, pages, and the same search in other forms.
    `hidden` names facets a page fixes (a register's kind), which are neither listed nor removable."""
    result = searcher().search(request)
    return {
        "query": result.query, "total": result.total, "took_ms": result.took_ms,
        "hits": [_hit(hit, result.query) for hit in result.hits],
        "facets": _facets(result, links, hidden), "chips": _chips(links, request, hidden),
        "suggestion": result.suggestion,
        "suggestion_link": links.set(q=result.suggestion) if result.suggestion else None,
        "corrected_from": result.corrected_from,
        "as_typed_link": links.set(as_typed="1") if result.corrected_from else None,
        "expanded": result.expanded, "notices": result.notices,
        "page": result.page, "page_size": result.page_size, "sort": result.sort,
        "sorts": {sort: links.set(sort=sort) for sort in ("relevance", "newest", "oldest")},
        # every matching paragraph, or at most two of each agenda item (the first saying how many more)
        "grouping": {"every paragraph": links.set(group=None), "two per item": links.set(group="1")},
        "pagination": _pagination(links, result, request.group_by_item),
        "date_from": request.date_from, "date_to": request.date_to, "grouped": request.group_by_item,
    }


def meeting_view(meeting_id: str, query: str) -> dict[str, Any]:
    meeting = searcher().meeting(meeting_id)
    if meeting is None:
        abort(404, description=f"No meeting “{meeting_id}” in the index.")
    paragraphs = {paragraph["id"]: paragraph for item in meeting["items"] for paragraph in item["paragraphs"]}
    decisions = [{"id": pid, "text": paragraph["text"], "link": f"#p-{pid}"}
                 for pid, paragraph in paragraphs.items() if "decision" in paragraph["kinds"]]
    commitments = [{**commitment, "link": f"#p-{commitment['paragraph_id']}", "overdue": _overdue(commitment)}
                   for commitment in meeting.get("commitments", [])]
    neighbours = {side: ({**entry, "link": url_for("pages.meeting", meeting_id=entry["id"])} if entry else None)
                  for side, entry in (("previous", meeting.pop("previous")), ("next", meeting.pop("next")))}
    return {"meeting": meeting, "query": query, "decisions": decisions, "commitments": commitments,
            **neighbours, "source_link": url_for("pages.source", meeting_id=meeting_id),
            "panel_link": url_for("pages.search", panel=meeting["panel"]) if meeting.get("panel") else None}


def speaker_view(name: str, links: Links) -> dict[str, Any]:
    """Everything one person said or presented, newest first, searchable within; facets show where and when."""
    request = search_request(links.args, sort="newest")
    request.person = name  # the page's own person, whatever a `person` parameter says
    return {"speaker": name, **search_view(links, request)}


def register_view(kind: str, links: Links) -> dict[str, Any]:
    """`/decisions` and `/commitments`: every paragraph of that kind, newest first, filterable as a search."""
    data = search_view(links, search_request(links.args, fixed={"kind": [kind]}, sort="newest"), hidden=("kind",))
    if kind == "commitment":
        _commitments_of(data["hits"])
    return {"register": f"{kind}s", **data}


def _commitments_of(hits: list[dict[str, Any]]) -> None:
    """Adds to each commitment hit who owes it, to whom, when it is due and whether that date has passed."""
    for hit in hits:
        meeting = searcher().meeting(hit["meeting_id"]) or {}
        hit["commitments"] = [{"who": entry.get("who"), "to_whom": entry.get("to_whom"), "due": entry.get("due"),
                               "overdue": _overdue(entry)}
                              for entry in meeting.get("commitments", []) if entry["paragraph_id"] == hit["id"]]


def _overdue(commitment: dict[str, Any]) -> bool:
    """The commitment's due date (ISO, when the minutes give one) has passed."""
    return bool(commitment.get("due") and commitment["due"] < dt.date.today().isoformat())


def trends_view(links: Links, request: SearchRequest, by: str) -> dict[str, Any]:
    """Matching paragraphs per year (or per month), every period of the range present, each linked to
    its results."""
    request.page_size, request.group_by_item, request.facet_names, request.facet_size = 1, False, (by,), None
    result = searcher().search(request)
    counts = {value.value: value.count for value in result.facets.get(by, [])}
    periods = _periods(sorted(counts), by)
    search_links = Links("pages.search", links.args)
    search_links.args.poplist("by")
    bars = [{"period": period, "count": counts.get(period, 0),
             "link": search_links.toggle(PARAM_OF[by], period)} for period in periods]
    undated = result.total - sum(counts.values())
    return {"query": result.query, "by": by, "total": result.total, "undated": undated, "bars": bars,
            "notices": result.notices,
            "chips": _chips(links, request, ()),
            "by_links": {choice: links.set(by=choice) for choice in ("year", "month")}}


def latest_meetings(count: int = 12) -> list[dict[str, Any]]:
    return [{**entry, "link": url_for("pages.meeting", meeting_id=entry["id"])}
            for entry in searcher().latest_meetings(count)]


def _hit(hit: Hit, query: str) -> dict[str, Any]:
    data = {**hit.__dict__}
    data["link"] = url_for("pages.meeting", meeting_id=hit.meeting_id, q=query or None) + f"#p-{hit.id}"
    data["speaker_links"] = [{"name": name, "link": url_for("pages.speaker", name=name)} for name in hit.speakers]
    return data


def _facets(result: SearchResult, links: Links, hidden: tuple[str, ...]) -> list[dict[str, Any]]:
    shown = []
    for facet, values in result.facets.items():
        if facet in hidden or not values:
            continue
        if facet == "month" and not any(value.selected for value in values) and not any(
                value.selected for value in result.facets.get("year", [])):
            continue  # months once a year is chosen
        param = PARAM_OF[facet]
        shown.append({"name": facet, "param": param, "label": FACET_LABELS[facet], "values": [
            {"value": value.value, "count": value.count, "selected": value.selected,
             "toggle": links.toggle(param, value.value)} for value in values],
            "more": result.facets_more.get(facet, 0)})
    return shown


def _chips(links: Links, request: SearchRequest, hidden: tuple[str, ...]) -> list[dict[str, Any]]:
    chips = [{"label": FACET_LABELS[facet], "value": value, "remove": links.toggle(PARAM_OF[facet], value)}
             for facet, values in request.filters.items() if facet not in hidden for value in values
             if value in links.args.getlist(PARAM_OF[facet])]
    for name, label, value in (("person", "Said or presented by", request.person if "person" in links.args else None),
                               ("from", "From", request.date_from), ("to", "To", request.date_to)):
        if value:
            chips.append({"label": label, "value": value, "remove": links.drop(name)})
    return chips


def _pagination(links: Links, result: SearchResult, grouped: bool) -> dict[str, Any]:
    """Previous and next pages; past the last page, "previous" leads to the last one."""
    pages = max(1, -(-result.total // result.page_size))
    previous = min(result.page - 1, pages)
    return {"pages": pages, "approximate": grouped, "past_the_end": result.page > pages,
            "previous": links.set(page=previous) if result.page > 1 else None,
            "next": links.set(page=result.page + 1) if result.page < min(pages, 500) else None}


def _periods(present: list[str], by: str) -> list[str]:
    if not present:
        return []
    if by == "year":
        return [str(year) for year in range(int(present[0]), int(present[-1]) + 1)]
    first, last = (int(present[0][:4]), int(present[0][5:7])), (int(present[-1][:4]), int(present[-1][5:7]))
    periods, (year, month) = [], first
    while (year, month) <= last:
        periods.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return periods
