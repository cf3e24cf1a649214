"""Generated query strings and parameters against every page and API route: never a server error, always a
page, a JSON body, or a 400 that names the parameter."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from indexer.index.build import build_index
from indexer.index.store import IndexLocation
from webapp import create_app

ROOT = Path(__file__).resolve().parents[1]
ROUTES = ("/", "/api/search", "/decisions", "/api/decisions", "/commitments", "/api/commitments", "/trends",
          "/api/trends", "/speaker/Chair", "/api/speaker/Chair", "/export.csv", "/feed.atom")
PARAMETERS = ("q", "panel", "year", "month", "speaker", "type", "kind", "council", "from", "to", "sort", "page",
              "size", "group", "by", "unknown")
# What people and robots type: query syntax pieces, markup, odd characters, very long words.
PIECES = st.sampled_from(['"', "(", ")", "OR", "NOT", "-", "*", "~", ":", "panel:", "date:", "date:2021..",
                          "speaker:", "kind:", "item:21/18", "<script>", "&amp;", "\x00", "\u202e", "😀", "مرحبا",
                          "..", "%", "\\", "'", "2021-13-45", "9" * 30, "a" * 300])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=8).map(" ".join)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> FlaskClient:
    index = tmp_path_factory.mktemp("fuzz-index")
    build_index(ROOT / "corpus", IndexLocation(index), jobs=1, progress=False)
    return create_app(index, ROOT / "corpus").test_client()


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(route=st.sampled_from(ROUTES), pairs=st.lists(st.tuples(st.sampled_from(PARAMETERS), TEXT), max_size=4))
def test_no_request_is_a_server_error(client: FlaskClient, route: str, pairs: list[tuple[str, str]]) -> None:
    query = "&".join(f"{name}={quote(value, safe='')}" for name, value in pairs)
    response = client.get(f"{route}?{query}")
    assert response.status_code in (200, 400), (route, query, response.status_code)
    if response.status_code == 400:
        body = response.get_data(as_text=True)
        assert "Parameter" in body or "parameter" in body


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.text(min_size=1, max_size=40))
def test_no_path_is_a_server_error(client: FlaskClient, path: str) -> None:
    for prefix in ("/meeting/", "/api/meeting/", "/speaker/", "/source/", "/"):
        # "//..." would be a scheme-relative URL naming another host, not a path of this site
        response = client.get(prefix + quote(path.lstrip("/") or "x", safe="/"))
        assert response.status_code < 500, (prefix, path, response.status_code)


def test_huge_queries_and_numbers_are_refused_plainly(client: FlaskClient) -> None:
    for url, name in (("/?q=" + "x" * 10_000, "q"), ("/api/search?page=99999999999999999999", "page"),
                      ("/api/search?size=-5", "size"), ("/api/trends?from=0000-00-00", "from")):
        response = client.get(url)
        assert response.status_code == 400, url
        assert f"“{name}”" in response.get_data(as_text=True)
    assert client.post("/", data="x" * 200_000).status_code in (405, 413)  # no page takes a body
