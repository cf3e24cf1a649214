"""A search in forms other programs read: every match as CSV, the newest as an Atom feed, and the
OpenSearch description that lets a browser add the site as a search engine."""

from __future__ import annotations

import csv
import datetime as dt
import io

from flask import Blueprint, Response, render_template, request, url_for

from indexer.search.api import MAX_EXPORT
from webapp import searcher
from webapp.params import search_request

blueprint = Blueprint("exports", __name__)

FEED_ENTRIES = 50
CSV_COLUMNS = ("id", "council", "panel", "date", "item_number", "item_title", "item_type", "speakers", "kinds",
               "text", "link", "council_url")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet would run these as formulas


@blueprint.get("/export.csv", endpoint="csv")
def csv_export():  # type: ignore[no-untyped-def]
    """Every match (up to MAX_EXPORT), in the search's order, with what a researcher needs to cite it."""
    search = search_request(request.args)
    total, hits, _ = searcher().export(search, MAX_EXPORT)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for hit in hits:
        link = url_for("pages.meeting", meeting_id=hit.meeting_id, _external=True) + f"#p-{hit.id}"
        row = (hit.id, hit.council, hit.panel, hit.date, hit.item_number, hit.item_title, hit.item_type,
               "; ".join(hit.speakers), "; ".join(hit.kinds), hit.text, link, hit.url)
        writer.writerow([_cell(value) for value in row])
    name = "minutes-search-" + dt.date.today().isoformat() + ".csv"
    response = Response(out.getvalue(), mimetype="text/csv")
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    response.headers["X-Total-Matches"] = str(total)
    response.headers["X-Exported-Rows"] = str(len(hits))
    return response


@blueprint.get("/feed.atom")
def atom():  # type: ignore[no-untyped-def]
    """The newest matching paragraphs, so that a search can be followed in a feed reader."""
    search = search_request(request.args)
    search.sort = "newest"
    _, hits, _ = searcher().export(search, FEED_ENTRIES)
    body = render_template("feed.xml", query=search.query, hits=hits, updated=_updated(hits),
                           self_link=request.url, alternate=url_for("pages.search", _external=True,
                                                                     **request.args.to_dict(flat=False)))
    return Response(body, mimetype="application/atom+xml; charset=utf-8")


@blueprint.get("/opensearch.xml")
def opensearch():  # type: ignore[no-untyped-def]
    body = render_template("opensearch.xml", search=url_for("pages.search", _external=True),
                           feed=url_for("exports.atom", _external=True))
    return Response(body, mimetype="application/opensearchdescription+xml; charset=utf-8")


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _updated(hits: list) -> str:  # type: ignore[type-arg]
    dates = [hit.date for hit in hits if hit.date]
    return (max(dates) if dates else dt.date.today().isoformat()) + "T00:00:00Z"
