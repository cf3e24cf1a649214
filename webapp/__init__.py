"""The web front end: HTTP, templates and static files over the indexer's search API (indexer.search.api).

`create_app` is the factory (as in the Flask tutorial); pages, their JSON twins and the exports are
blueprints. Each server thread opens its own Searcher on first use and follows the index as it is rebuilt.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from flask import Flask, g, jsonify, render_template, request
from markupsafe import Markup
from werkzeug.exceptions import HTTPException

from indexer.index.store import IndexError_
from indexer.search.api import Searcher
from indexer.search.snippets import Highlight, mark
from webapp.params import BadParameter

MAX_REQUEST_BYTES = 64 * 1024  # no page takes a body; anything larger is refused
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


class NoIndex(HTTPException):
    code = 503
    description = "There is no search index yet."


def create_app(index_dir: Path | str = "index", corpus_dir: Path | str = "corpus",
               config: dict[str, Any] | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(INDEX_DIR=str(index_dir), CORPUS_DIR=str(corpus_dir), MAX_CONTENT_LENGTH=MAX_REQUEST_BYTES,
                      JSON_SORT_KEYS=False)
    app.config.update(config or {})
    app.json.sort_keys = False  # type: ignore[attr-defined]
    app.json.ensure_ascii = False  # type: ignore[attr-defined]  # names and quotes as written
    opened = _SearcherHolder(app.config["INDEX_DIR"])
    app.extensions["searcher"] = opened

    from webapp import api, exports, pages

    app.register_blueprint(pages.blueprint)
    app.register_blueprint(api.blueprint)
    app.register_blueprint(exports.blueprint)

    @app.template_filter("marked")
    def _marked(text: str, highlight: Highlight) -> Markup:
        """The whole text escaped, the query's words in <mark>."""
        return Markup(mark(text, highlight))

    @app.template_filter("dict_without")
    def _dict_without(args: dict[str, list[str]], *names: str) -> dict[str, list[str]]:
        return {name: values for name, values in args.items() if name not in names}

    @app.before_request
    def _open_index() -> None:
        g.searcher_holder = opened

    @app.after_request
    def _headers(response):  # type: ignore[no-untyped-def]
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    @app.errorhandler(BadParameter)
    def _bad_parameter(error: BadParameter):  # type: ignore[no-untyped-def]
        return _error(400, "Bad request", str(error), parameter=error.name)

    @app.errorhandler(HTTPException)
    def _http_error(error: HTTPException):  # type: ignore[no-untyped-def]
        return _error(error.code or 500, error.name, error.description or "")

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):  # type: ignore[no-untyped-def]
        app.logger.exception("unexpected error on %s", request.path)
        return _error(500, "Something went wrong", "The page could not be made. The error has been logged.")

    return app


def searcher() -> Searcher:
    """This thread's open index, brought up to date with the latest commit; 503 when none is built yet."""
    return g.searcher_holder.get()


class _SearcherHolder:
    """One Searcher per server thread: an engine's searcher and the caches beside it are not shared between
    threads, and a thread following the index to a new generation never closes one another is reading."""

    def __init__(self, index_dir: str) -> None:
        self.index_dir = index_dir
        self._local = threading.local()

    def get(self) -> Searcher:
        current: Searcher | None = getattr(self._local, "searcher", None)
        try:
            if current is None:
                current = self._local.searcher = Searcher(self.index_dir)
            else:
                current.refresh()
        except IndexError_ as error:
            logging.getLogger(__name__).warning("%s", error)
            raise NoIndex("There is no search index here yet, or it was built by another version: build it "
                          "with `minutes index` (add `--rebuild` after an upgrade).") from None
        return current


def _error(code: int, title: str, message: str, **extra: Any):  # type: ignore[no-untyped-def]
    if request.path.startswith("/api/") or request.path.endswith((".csv", ".atom", ".xml")):
        return jsonify({"error": title, "message": message, "status": code, **extra}), code
    return render_template("error.html", code=code, title=title, message=message), code
