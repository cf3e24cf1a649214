"""The JSON twin of every page: the same parameters, the same data (webapp/views.py)."""

from __future__ import annotations

from flask import Blueprint, jsonify, request, send_from_directory

from webapp import searcher, views
from webapp.links import Links
from webapp.params import query_text, search_request, trend_period

blueprint = Blueprint("api", __name__, url_prefix="/api")


@blueprint.get("/search")
def search():  # type: ignore[no-untyped-def]
    return jsonify(views.search_view(Links("api.search", request.args), search_request(request.args)))


@blueprint.get("/meeting/<meeting_id>")
def meeting(meeting_id: str):  # type: ignore[no-untyped-def]
    return jsonify(views.meeting_view(meeting_id, query_text(request.args)))


@blueprint.get("/speaker/<path:name>")
def speaker(name: str):  # type: ignore[no-untyped-def]
    return jsonify(views.speaker_view(name, Links("api.speaker", request.args, name=name)))


@blueprint.get("/decisions")
def decisions():  # type: ignore[no-untyped-def]
    return jsonify(views.register_view("decision", Links("api.decisions", request.args)))


@blueprint.get("/commitments")
def commitments():  # type: ignore[no-untyped-def]
    return jsonify(views.register_view("commitment", Links("api.commitments", request.args)))


@blueprint.get("/trends")
def trends():  # type: ignore[no-untyped-def]
    links = Links("api.trends", request.args)
    return jsonify(views.trends_view(links, search_request(request.args), trend_period(request.args)))


@blueprint.get("/stats")
def stats():  # type: ignore[no-untyped-def]
    return jsonify(searcher().stats())


@blueprint.get("/openapi.json")
def openapi():  # type: ignore[no-untyped-def]
    return send_from_directory(blueprint.root_path + "/static", "openapi.json", mimetype="application/json")
