"""Links that change one part of the current query string (every state of a page lives in its URL): facet
values that toggle themselves, chips that remove themselves, pages, sorts, and the same results in another
form (JSON, CSV, Atom, trends)."""

from __future__ import annotations

from typing import Any

from flask import url_for
from werkzeug.datastructures import MultiDict


class Links:
    def __init__(self, endpoint: str, args: MultiDict[str, str], **view_args: Any) -> None:
        self.endpoint = endpoint
        self.args = MultiDict([(key, value) for key, value in args.items(multi=True) if value != ""])
        self.view_args = view_args

    def url(self, endpoint: str | None = None, args: MultiDict[str, str] | None = None, **view_args: Any) -> str:
        chosen = self.args if args is None else args
        pairs: dict[str, list[str]] = {}
        for key, value in chosen.items(multi=True):
            pairs.setdefault(key, []).append(value)
        own = self.view_args if endpoint in (None, self.endpoint) else {}
        return url_for(endpoint or self.endpoint, **{**own, **view_args}, **pairs)

    def toggle(self, name: str, value: str) -> str:
        """The URL with `name=value` added, or removed when it is already there; back to page 1."""
        args = self._without_page()
        values = args.getlist(name)
        args.setlist(name, [other for other in values if other != value] if value in values else [*values, value])
        return self.url(args=args)

    def drop(self, name: str) -> str:
        args = self._without_page()
        args.poplist(name)
        return self.url(args=args)

    def set(self, **changes: Any) -> str:
        args = MultiDict(self.args)
        if "page" not in changes:
            args.poplist("page")
        for name, value in changes.items():
            args.poplist(name)
            if value not in (None, ""):
                args[name] = str(value)
        return self.url(args=args)

    def other(self, endpoint: str, extra: dict[str, str] | None = None, **view_args: Any) -> str:
        """The same parameters on another endpoint (the JSON twin, the CSV export, the feed), with `extra`
        ones (what a speaker page or a register fixes) added."""
        args = MultiDict(self.args)
        args.poplist("page")
        for name, value in (extra or {}).items():
            if value not in args.getlist(name):
                args.add(name, value)
        return self.url(endpoint, args=args, **view_args)

    def _without_page(self) -> MultiDict[str, str]:
        args = MultiDict(self.args)
        args.poplist("page")
        return args
