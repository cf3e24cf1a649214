"""The HTML pages. Each renders the data its JSON twin (webapp/api.py) returns."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, render_template, request, send_file

from indexer.search.snippets import Highlight
from webapp import searcher, views
from webapp.charts import bar_chart
from webapp.links import Links
from webapp.params import query_text, search_request, trend_period

blueprint = Blueprint("pages", __name__)


@blueprint.get("/")
def search():  # type: ignore[no-untyped-def]
    links = Links("pages.search", request.args)
    search_request_ = search_request(request.args)
    data = views.search_view(links, search_request_)
    browsing = not search_request_.query and not search_request_.filters and not search_request_.date_from \
        and not search_request_.date_to
    return render_template("search.html", data=data, links=_links(links), browsing=browsing,
                           highlight=_highlight(search_request_.query),
                           latest=views.latest_meetings() if browsing else [])


@blueprint.get("/meeting/<meeting_id>")
def meeting(meeting_id: str):  # type: ignore[no-untyped-def]
    query = query_text(request.args)
    data = views.meeting_view(meeting_id, query)
    return render_template("meeting.html", data=data, highlight=_highlight(query),
                           json_link=Links("api.meeting", request.args, meeting_id=meeting_id).url())


@blueprint.get("/source/<meeting_id>")
def source(meeting_id: str):  # type: ignore[no-untyped-def]
    """The document a meeting was read from, as indexed: only sources the index lists, only inside the corpus."""
    entry = searcher().meetings.summary(meeting_id)
    if entry is None:
        abort(404, description=f"No meeting “{meeting_id}” in the index.")
    corpus = Path(current_app.config["CORPUS_DIR"]).resolve()
    path = (corpus / entry["source"]).resolve()
    if not path.is_relative_to(corpus) or not path.is_file():
        abort(404, description="The source document is no longer in the corpus.")
    return send_file(path, as_attachment=False, download_name=path.name,
                     mimetype="text/plain" if path.suffix in (".txt", ".md") else None)


@blueprint.get("/speaker/<path:name>")
def speaker(name: str):  # type: ignore[no-untyped-def]
    links = Links("pages.speaker", request.args, name=name)
    data = views.speaker_view(name, links)
    return render_template("speaker.html", name=name, data=data, highlight=_highlight(data["query"]),
                           links=_links(links, "pages.speaker", {"person": name}, name=name))


@blueprint.get("/decisions")
def decisions():  # type: ignore[no-untyped-def]
    return _register("decision")


@blueprint.get("/commitments")
def commitments():  # type: ignore[no-untyped-def]
    return _register("commitment")


def _register(kind: str):  # type: ignore[no-untyped-def]
    endpoint = f"pages.{kind}s"
    links = Links(endpoint, request.args)
    data = views.register_view(kind, links)
    return render_template("register.html", kind=kind, data=data, highlight=_highlight(data["query"]),
                           links=_links(links, endpoint, {"kind": kind}))


@blueprint.get("/trends")
def trends():  # type: ignore[no-untyped-def]
    links = Links("pages.trends", request.args)
    data = views.trends_view(links, search_request(request.args), trend_period(request.args))
    return render_template("trends.html", data=data, chart=bar_chart(data["bars"]),
                           json_link=links.other("api.trends"), search_link=links.other("pages.search"))


@blueprint.get("/help")
def help():  # type: ignore[no-untyped-def]
    return render_template("help.html")


def _links(links: Links, endpoint: str = "pages.search", fixed: dict[str, str] | None = None,
           **view_args: str) -> dict[str, str]:
    """The same results as JSON, CSV, an Atom feed and a trends chart."""
    api_endpoint = "api." + endpoint.split(".", 1)[1]
    return {"json": links.other(api_endpoint, **view_args), "csv": links.other("exports.csv", fixed),
            "atom": links.other("exports.atom", fixed), "trends": links.other("pages.trends", fixed)}


def _highlight(query: str) -> Highlight | None:
    """What marks the query's words in titles and whole paragraphs (snippets come marked already)."""
    return searcher().highlight(query) if query.strip() else None
