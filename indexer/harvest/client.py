"""Polite HTTP: one request at a time with a delay, a User-Agent naming the project, retries with backoff on
429, 5xx and network errors (honouring Retry-After), and conditional requests (ETag / Last-Modified)."""

from __future__ import annotations

import email.utils
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field

USER_AGENT = "MinutesSearch/0.1 (+https://github.com/minutes-search; council minutes search; polite harvester)"
MAX_WAIT = 300.0  # seconds: the longest Retry-After honoured
RETRIED = {429, 500, 502, 503, 504}


class FetchError(Exception):
    """A URL could not be fetched, after the retries: the message names the URL and the reason."""


@dataclass
class Fetched:
    url: str
    status: int  # 200, or 304 when the copy we hold is still current
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


class PoliteClient:
    def __init__(self, delay: float = 1.0, retries: int = 4, backoff: float = 2.0, timeout: float = 30.0,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.delay, self.retries, self.backoff, self.timeout = delay, retries, backoff, timeout
        self.sleep = sleep
        self.requests = 0
        self._last = 0.0

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        headers = {"User-Agent": USER_AGENT, "Accept": "application/xml, text/xml, application/pdf;q=0.9, */*;q=0.5"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if not url.startswith(("http://", "https://")):
            raise FetchError(f"{url}: not an http(s) address")
        problem = ""
        for attempt in range(self.retries + 1):
            self._pause()
            try:
                with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=self.timeout) as r:
                    return Fetched(url, r.status, r.read(), {k.lower(): v for k, v in r.headers.items()})
            except urllib.error.HTTPError as error:
                if error.code == 304:
                    return Fetched(url, 304, b"", {k.lower(): v for k, v in error.headers.items()})
                if error.code not in RETRIED:
                    raise FetchError(f"{url}: HTTP {error.code} {error.reason}") from None
                problem = f"HTTP {error.code} {error.reason}"
                wait = _retry_after(error.headers.get("Retry-After"))
            except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
                problem = str(getattr(error, "reason", error))
                wait = None
            if attempt < self.retries:
                self.sleep(min(MAX_WAIT, wait if wait is not None else self.backoff * 2 ** attempt))
        raise FetchError(f"{url}: {problem} (gave up after {self.retries + 1} attempts)")

    def _pause(self) -> None:
        """At least `delay` seconds between the start of one request and the next."""
        waited = time.monotonic() - self._last
        if self.requests and waited < self.delay:
            self.sleep(self.delay - waited)
        self._last = time.monotonic()
        self.requests += 1


def _retry_after(value: str | None) -> float | None:
    """Retry-After in seconds, given as seconds or as an HTTP date."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
