"""The OpenAPI description of the JSON API (webapp/static/openapi.json) against the real app: every /api/ route is
described, and real responses over the sample corpus validate against the schema the description gives for their
path and status code."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import pytest
from flask import Flask
from flask.testing import FlaskClient
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from indexer.enrich.kinds import KINDS
from indexer.index.build import build_index
from indexer.index.schema import FACETS
from indexer.index.store import IndexLocation
from indexer.item_types import ITEM_TYPES
from indexer.search.api import MAX_PAGE_SIZE, SORTS
from webapp import create_app
from webapp.params import FACET_PARAMS, MAX_PAGE, MAX_QUERY

ROOT = Path(__file__).resolve().parents[1]
SPEC_FILE = ROOT / "webapp" / "static" / "openapi.json"
SPEC_URI = "urn:minutes-search:openapi"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Flask:
    index = tmp_path_factory.mktemp("openapi-index")
    build_index(ROOT / "corpus", IndexLocation(index), jobs=1, progress=False)
    return create_app(index, ROOT / "corpus")


@pytest.fixture(scope="module")
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture(scope="module")
def spec(client: FlaskClient) -> dict[str, Any]:
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    return json.loads(response.get_data(as_text=True))


# helpers ---------------------------------------------------------------------------------------------------------
def flask_to_openapi(rule: str) -> str:
    """`/api/meeting/<meeting_id>`, `/api/speaker/<path:name>` -> `/api/meeting/{meeting_id}`, `/api/speaker/{name}`."""
    return re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule)


def pointer(*parts: str) -> str:
    return "#/" + "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


def local(spec: dict[str, Any], ref: str) -> Any:
    assert ref.startswith("#/"), f"only local references are used: {ref}"
    node: Any = spec
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def response_schema_pointer(spec: dict[str, Any], path: str, status: int) -> str:
    """Where the spec keeps the JSON schema of `GET path`'s response with this status (following a
    `#/components/responses/...` reference)."""
    responses = spec["paths"][path]["get"]["responses"]
    key = str(status) if str(status) in responses else "default"
    assert key in responses, f"GET {path} documents no {status} response and no default"
    response, where = responses[key], pointer("paths", path, "get", "responses", key)
    if "$ref" in response:
        response, where = local(spec, response["$ref"]), response["$ref"]
    assert "application/json" in response["content"], f"GET {path} {key}: no JSON body documented"
    return f"{where}/content/application~1json/schema"


def validator(spec: dict[str, Any], schema_pointer: str) -> Draft202012Validator:
    """A Draft 2020-12 validator for the schema at `schema_pointer` in the spec, its `$ref`s resolved in the spec."""
    registry: Registry = Registry().with_resource(SPEC_URI, Resource.from_contents(spec, DRAFT202012))
    return Draft202012Validator({"$ref": SPEC_URI + schema_pointer}, registry=registry,
                                format_checker=Draft202012Validator.FORMAT_CHECKER)


def errors_of(spec: dict[str, Any], schema_pointer: str, body: Any) -> list[str]:
    return [f"{'/'.join(map(str, error.absolute_path)) or '(body)'}: {error.message}"
            for error in validator(spec, schema_pointer).iter_errors(body)]


def documented_path(app: Flask, url: str) -> str:
    """The spec's path template that routes `url`, found through the app's own routing."""
    rule, _ = app.url_map.bind("localhost").match(urlsplit(url).path, method="GET", return_rule=True)
    return flask_to_openapi(rule.rule)


def checked(app: Flask, client: FlaskClient, spec: dict[str, Any], url: str, status: int) -> Any:
    """GET `url`, assert its status, and validate its JSON body against the spec's schema for it."""
    response = client.get(url)
    assert response.status_code == status, f"{url}: {response.status_code} {response.get_data(as_text=True)[:300]}"
    assert response.mimetype == "application/json", url
    body = response.get_json()
    problems = errors_of(spec, response_schema_pointer(spec, documented_path(app, url), status), body)
    assert not problems, f"{url} does not match the spec:\n" + "\n".join(problems[:20])
    return body


def search_hits(client: FlaskClient, url: str) -> list[dict[str, Any]]:
    response = client.get(url)
    assert response.status_code == 200
    hits = response.get_json()["hits"]
    assert hits, f"{url} found nothing in the sample corpus"
    return hits


# the document itself ---------------------------------------------------------------------------------------------
def test_the_served_description_is_the_file_and_is_openapi_3_1(spec: dict[str, Any]) -> None:
    assert spec == json.loads(SPEC_FILE.read_text(encoding="utf-8"))
    assert spec["openapi"] == "3.1.0"
    assert spec["info"]["title"] == "Minutes Search API" and spec["info"]["version"]
    assert spec["paths"] and spec["components"]["schemas"]
    for name, schema in spec["components"]["schemas"].items():
        try:
            Draft202012Validator.check_schema(schema)
        except Exception as error:  # pragma: no cover - the message is the point
            pytest.fail(f"components/schemas/{name} is not a valid JSON Schema 2020-12: {error}")


def test_every_reference_in_the_description_resolves(spec: dict[str, Any]) -> None:
    refs: list[str] = []

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str):
                refs.append(node["$ref"])
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(spec)
    assert refs
    for ref in refs:
        try:
            local(spec, ref)
        except (KeyError, AssertionError):
            pytest.fail(f"unresolvable reference {ref}")


def test_every_api_route_of_the_app_is_documented_and_nothing_else(app: Flask, spec: dict[str, Any]) -> None:
    routes = {flask_to_openapi(rule.rule) for rule in app.url_map.iter_rules() if rule.rule.startswith("/api/")}
    assert "/api/meeting/{meeting_id}" in routes and "/api/speaker/{name}" in routes
    assert routes == set(spec["paths"]), (f"undocumented: {sorted(routes - set(spec['paths']))}; "
                                          f"documented but not routed: {sorted(set(spec['paths']) - routes)}")
    for path, item in spec["paths"].items():
        assert set(item) & set(METHODS) == {"get"}, f"{path}: the API has only GET routes"


def test_every_operation_describes_its_parameters_and_json_responses(spec: dict[str, Any]) -> None:
    operation_ids = []
    for path, item in spec["paths"].items():
        operation = item["get"]
        operation_ids.append(operation["operationId"])
        assert operation.get("summary"), path
        parameters = [local(spec, p["$ref"]) if "$ref" in p else p for p in operation.get("parameters", [])]
        seen = [(parameter["in"], parameter["name"]) for parameter in parameters]
        assert len(seen) == len(set(seen)), f"{path}: a parameter is listed twice"
        for parameter in parameters:
            assert parameter.get("description"), f"{path}: parameter {parameter['name']} has no description"
            assert "schema" in parameter, f"{path}: parameter {parameter['name']} has no schema"
        in_path = {name for where, name in seen if where == "path"}
        assert in_path == set(re.findall(r"{([^}]+)}", path)), f"{path}: path parameters {sorted(in_path)}"
        assert all(parameter["required"] for parameter in parameters if parameter["in"] == "path")
        schema_pointer = response_schema_pointer(spec, path, 200)
        assert local(spec, schema_pointer), path
        if any(where == "query" for where, _ in seen) and path != "/api/meeting/{meeting_id}":
            assert "400" in operation["responses"], f"{path} takes parameters but documents no 400"
    assert len(operation_ids) == len(set(operation_ids))
    assert "404" in spec["paths"]["/api/meeting/{meeting_id}"]["get"]["responses"]


def parameters_of(spec: dict[str, Any], path: str) -> dict[str, dict[str, Any]]:
    return {parameter["name"]: parameter for parameter in
            (local(spec, p["$ref"]) if "$ref" in p else p for p in spec["paths"][path]["get"]["parameters"])}


def test_the_description_follows_the_code_s_parameters_and_vocabularies(spec: dict[str, Any]) -> None:
    search = parameters_of(spec, "/api/search")
    assert set(search) == {"q", *FACET_PARAMS, "person", "from", "to", "sort", "page", "size", "group", "as_typed"}
    assert set(parameters_of(spec, "/api/trends")) == {"q", *FACET_PARAMS, "person", "from", "to", "by", "sort", "page",
                                                       "size"}
    for facet_param in FACET_PARAMS:
        assert search[facet_param]["schema"]["type"] == "array" and search[facet_param].get("explode", True)
    assert search["q"]["schema"]["maxLength"] == MAX_QUERY
    assert tuple(search["sort"]["schema"]["enum"]) == SORTS
    assert (search["page"]["schema"]["minimum"], search["page"]["schema"]["maximum"]) == (1, MAX_PAGE)
    assert (search["size"]["schema"]["minimum"], search["size"]["schema"]["maximum"]) == (1, MAX_PAGE_SIZE)
    for path in ("/api/speaker/{name}", "/api/decisions", "/api/commitments"):
        assert parameters_of(spec, path)["sort"]["schema"]["default"] == "newest", path
    schemas = spec["components"]["schemas"]
    assert tuple(schemas["ItemType"]["enum"]) == ITEM_TYPES
    assert tuple(schemas["Kind"]["enum"]) == KINDS
    facet = schemas["Facet"]["properties"]
    assert set(facet["name"]["enum"]) == set(FACETS)
    assert set(facet["param"]["enum"]) == set(FACET_PARAMS)
    assert {FACET_PARAMS[param] for param in facet["param"]["enum"]} == set(FACETS)


# real responses --------------------------------------------------------------------------------------------------
REQUESTS = [
    "/api/search",  # browsing: every paragraph, newest first
    "/api/search?q=school",
    "/api/search?q=school&size=3&page=2",
    "/api/search?q=locality+working&panel=Children+and+Young+People%27s+Social+Care+and+Services+Scrutiny+Panel"
    "&year=2021&kind=question&kind=answer&from=2021-10&to=2021-12-31",
    "/api/search?q=library&panel=Corporate+Parenting+Board&year=2021",  # selected facets, no results
    "/api/search?q=zzxqvbrm",
    "/api/search?q=schol",  # "did you mean"
    "/api/search?q=what+did+the+Chair+say+about+the+library+closure",  # widened to some of the words
    "/api/search?q=CAMHS",  # acronym expanded
    "/api/search?q=%22pilot+areas",  # unclosed quotation mark: a notice
    "/api/search?q=the",  # only stop words: a notice
    "/api/search?q=school&group=1&size=2",
    "/api/search?q=school&sort=newest",
    "/api/search?sort=oldest&size=100&page=2",
    "/api/search?year=2021",  # months appear once a year is chosen
    "/api/search?council=Middlesbrough+Council&type=report",
    "/api/decisions",
    "/api/decisions?q=minutes&year=2021&sort=oldest",
    "/api/commitments",
    "/api/commitments?size=1&page=2",
    "/api/trends?q=school",
    "/api/trends?q=school&by=month",
    "/api/trends?by=month&year=2021&panel=Corporate+Parenting+Board",
    "/api/trends?q=zzxqvbrm",
    "/api/stats",
    "/api/openapi.json",
]


@pytest.mark.parametrize("url", REQUESTS)
def test_real_responses_match_the_description(app: Flask, client: FlaskClient, spec: dict[str, Any], url: str) -> None:
    checked(app, client, spec, url, 200)


def test_a_search_with_results_has_what_the_description_promises(app: Flask, client: FlaskClient,
                                                                  spec: dict[str, Any]) -> None:
    body = checked(app, client, spec, "/api/search?q=school&size=3", 200)
    assert body["total"] > 3 and len(body["hits"]) == 3 and body["facets"] and body["pagination"]["next"]
    for hit in body["hits"]:
        assert hit["id"].startswith(hit["meeting_id"] + ".")
        assert "<mark>" in hit["snippet"]
    widened = checked(app, client, spec, "/api/search?q=what+did+the+Chair+say+about+the+library+closure", 200)
    assert widened["hits"] and widened["notices"]
    grouped = checked(app, client, spec, "/api/search?q=school&group=1", 200)
    assert grouped["grouped"] and grouped["pagination"]["approximate"]
    suggested = checked(app, client, spec, "/api/search?q=schol&as_typed=1", 200)
    assert suggested["suggestion"] and suggested["suggestion_link"] and suggested["corrected_from"] is None
    corrected = checked(app, client, spec, "/api/search?q=schol", 200)
    assert (corrected["query"], corrected["corrected_from"], corrected["suggestion"]) == (
        suggested["suggestion"], "schol", None)
    assert corrected["total"] > 0 and "as_typed=1" in corrected["as_typed_link"]


def test_selected_facets_are_listed_and_removable(app: Flask, client: FlaskClient, spec: dict[str, Any]) -> None:
    body = checked(app, client, spec, "/api/search?q=library&panel=Corporate+Parenting+Board&year=2021", 200)
    selected = {(facet["param"], value["value"]) for facet in body["facets"] for value in facet["values"]
                if value["selected"]}
    assert selected == {("panel", "Corporate Parenting Board"), ("year", "2021")}
    assert {(chip["label"], chip["value"]) for chip in body["chips"]} == {("Panel", "Corporate Parenting Board"),
                                                                        ("Year", "2021")}


def test_a_speaker_from_a_real_hit(app: Flask, client: FlaskClient, spec: dict[str, Any]) -> None:
    speakers = [name for hit in search_hits(client, "/api/search?q=school&size=100") for name in hit["speakers"]]
    assert speakers
    name = speakers[0]
    body = checked(app, client, spec, f"/api/speaker/{quote(name)}", 200)
    assert body["speaker"] == name and body["total"] > 0 and body["sort"] == "newest"
    assert all(name in hit["speakers"] + hit["presenters"] for hit in body["hits"])
    checked(app, client, spec, f"/api/speaker/{quote(name)}?q=school&sort=relevance&size=1", 200)
    checked(app, client, spec, "/api/speaker/Nobody%20At%20All", 200)
    checked(app, client, spec, "/api/speaker/a%2Fb", 200)  # a path converter: a slash in a name is routed


def test_every_meeting_reached_from_real_hits(app: Flask, client: FlaskClient, spec: dict[str, Any]) -> None:
    hits = [hit for page in (1, 2) for hit in search_hits(client, f"/api/search?sort=oldest&size=100&page={page}")]
    meeting_ids = dict.fromkeys(hit["meeting_id"] for hit in hits)
    assert len(meeting_ids) == checked(app, client, spec, "/api/stats", 200)["meetings"]
    pages = [checked(app, client, spec, f"/api/meeting/{meeting_id}?q=school", 200) for meeting_id in meeting_ids]
    for meeting_id, page in zip(meeting_ids, pages, strict=True):
        assert page["meeting"]["id"] == meeting_id and page["query"] == "school"
    # the sample corpus exercises the optional parts: neighbours on both sides, decisions and commitments
    assert any(page["previous"] for page in pages) and any(page["next"] for page in pages)
    assert any(page["decisions"] for page in pages) and any(page["commitments"] for page in pages)
    assert any(not page["meeting"]["date"] for page in pages)  # an undated meeting: null date, no neighbours


def test_registers_hold_their_kind(app: Flask, client: FlaskClient, spec: dict[str, Any]) -> None:
    decisions = checked(app, client, spec, "/api/decisions?size=100", 200)
    assert decisions["register"] == "decisions" and decisions["total"] == len(decisions["hits"]) > 0
    commitments = checked(app, client, spec, "/api/commitments?size=100", 200)
    assert commitments["register"] == "commitments" and commitments["hits"]
    assert all(hit["commitments"] for hit in commitments["hits"])


def test_trends_bars_cover_every_period(app: Flask, client: FlaskClient, spec: dict[str, Any]) -> None:
    by_year = checked(app, client, spec, "/api/trends?q=school", 200)
    assert by_year["by"] == "year" and [bar["period"] for bar in by_year["bars"]] == ["2021", "2022"]
    assert by_year["total"] == by_year["undated"] + sum(bar["count"] for bar in by_year["bars"])
    by_month = checked(app, client, spec, "/api/trends?q=school&by=month", 200)
    periods = [bar["period"] for bar in by_month["bars"]]
    assert periods == ["2021-10", "2021-11", "2021-12", "2022-01", "2022-02", "2022-03"]
    assert sum(bar["count"] for bar in by_month["bars"]) == sum(bar["count"] for bar in by_year["bars"])


def test_stats(app: Flask, client: FlaskClient, spec: dict[str, Any]) -> None:
    stats = checked(app, client, spec, "/api/stats", 200)
    assert stats["meetings"] == 5 and stats["councils"] == ["Middlesbrough Council"]


BAD_REQUESTS = [
    ("/api/search?page=0", "page"),
    ("/api/search?page=501", "page"),
    ("/api/search?size=101", "size"),
    ("/api/search?size=ten", "size"),
    ("/api/search?from=banana", "from"),
    ("/api/search?to=2021-13", "to"),
    ("/api/search?sort=sideways", "sort"),
    ("/api/search?q=" + "a" * (MAX_QUERY + 1), "q"),
    ("/api/search?panel=" + "p" * 301, "panel"),
    ("/api/speaker/Chair?page=0", "page"),
    ("/api/decisions?from=banana", "from"),
    ("/api/commitments?sort=sideways", "sort"),
    ("/api/trends?by=week", "by"),
    ("/api/trends?page=0", "page"),
]


@pytest.mark.parametrize(("url", "parameter"), BAD_REQUESTS)
def test_bad_parameters_are_described_400s(app: Flask, client: FlaskClient, spec: dict[str, Any], url: str,
                                           parameter: str) -> None:
    body = checked(app, client, spec, url, 400)
    assert body["status"] == 400 and body["parameter"] == parameter and parameter in body["message"]


def test_an_unknown_meeting_is_a_described_404(app: Flask, client: FlaskClient, spec: dict[str, Any]) -> None:
    body = checked(app, client, spec, "/api/meeting/000000000000", 404)
    assert body["status"] == 404 and "000000000000" in body["message"] and "parameter" not in body
    checked(app, client, spec, "/api/meeting/nope", 404)


def test_without_an_index_the_api_says_so_as_described(spec: dict[str, Any], tmp_path: Path) -> None:
    app = create_app(tmp_path / "no-index", ROOT / "corpus")
    client = app.test_client()
    for url in ("/api/search?q=school", "/api/stats", "/api/meeting/000000000000", "/api/trends", "/api/decisions"):
        body = checked(app, client, spec, url, 503)
        assert body["status"] == 503
    checked(app, client, spec, "/api/openapi.json", 200)  # the description needs no index


# the schemas are strict enough to notice a change ------------------------------------------------------------------
def _first_hit(body: dict[str, Any]) -> dict[str, Any]:
    return body["hits"][0]


MUTATIONS: list[tuple[str, str, Callable[[Any], None]]] = [
    ("/api/search?q=school", "a result without its total", lambda body: body.pop("total")),
    ("/api/search?q=school", "an unknown key in a result", lambda body: body.update(debug=True)),
    ("/api/search?q=school", "a sort the API does not have", lambda body: body.update(sort="sideways")),
    ("/api/search?q=school", "a hit without its text", lambda body: _first_hit(body).pop("text")),
    ("/api/search?q=school", "an unknown key in a hit", lambda body: _first_hit(body).update(rank=1)),
    ("/api/search?q=school", "a hit date as a number", lambda body: _first_hit(body).update(date=20211122)),
    ("/api/search?q=school", "a hit date not a date", lambda body: _first_hit(body).update(date="2021-13-45")),
    ("/api/search?q=school", "a hit of an unknown kind", lambda body: _first_hit(body).update(kinds=["gossip"])),
    ("/api/search?q=school", "a hit with no kind", lambda body: _first_hit(body).update(kinds=[])),
    ("/api/search?q=school", "a null item type", lambda body: _first_hit(body).update(item_type=None)),
    ("/api/search?q=school", "a facet value without selected",
     lambda body: body["facets"][0]["values"][0].pop("selected")),
    ("/api/search?q=school", "a facet value count as text",
     lambda body: body["facets"][0]["values"][0].update(count="3")),
    ("/api/search?q=school", "a facet toggle to an HTML page",
     lambda body: body["facets"][0]["values"][0].update(toggle="/?q=school")),
    ("/api/search?q=school", "a facet without a label", lambda body: body["facets"][0].pop("label")),
    ("/api/search?q=school", "a page number as text", lambda body: body["pagination"].update(next=2)),
    ("/api/search?q=schol&as_typed=1", "a suggestion without its link",
     lambda body: body.update(suggestion_link=None)),
    ("/api/commitments", "a commitment hit without commitments", lambda body: _first_hit(body).update(commitments=[])),
    ("/api/commitments", "a commitment without overdue",
     lambda body: _first_hit(body)["commitments"][0].pop("overdue")),
    ("/api/decisions", "a decision that is not one", lambda body: _first_hit(body).update(kinds=["discussion"])),
    ("/api/decisions", "a register without its name", lambda body: body.pop("register")),
    ("/api/speaker/Chair", "a speaker page without its speaker", lambda body: body.pop("speaker")),
    ("/api/trends?q=school", "a bar without its count", lambda body: body["bars"][0].pop("count")),
    ("/api/trends?q=school", "a bar of no period", lambda body: body["bars"][0].update(period="last year")),
    ("/api/trends?q=school", "trends by week", lambda body: body.update(by="week")),
    ("/api/trends?q=school", "trends without the undated count", lambda body: body.pop("undated")),
    ("/api/stats", "a count as text", lambda body: body.update(paragraphs="188")),
    ("/api/stats", "stats without the engine", lambda body: body.pop("engine")),
    ("/api/search?page=0", "an error without its message", lambda body: body.pop("message")),
    ("/api/search?page=0", "a 400 that names no parameter", lambda body: body.pop("parameter")),
    ("/api/search?page=0", "a status as text", lambda body: body.update(status="400")),
]


@pytest.mark.parametrize(("url", "change", "mutate"), MUTATIONS, ids=[change for _, change, _ in MUTATIONS])
def test_the_description_rejects_a_changed_response(app: Flask, client: FlaskClient, spec: dict[str, Any],
                                                    url: str, change: str, mutate: Callable[[Any], None]) -> None:
    response = client.get(url)
    body = response.get_json()
    schema_pointer = response_schema_pointer(spec, documented_path(app, url), response.status_code)
    assert not errors_of(spec, schema_pointer, body), f"{url} should match before it is changed"
    changed = copy.deepcopy(body)
    mutate(changed)
    with pytest.raises(ValidationError):
        validator(spec, schema_pointer).validate(changed)


MEETING_MUTATIONS: list[tuple[str, Callable[[Any], None]]] = [
    ("no meeting", lambda page: page.pop("meeting")),
    ("no neighbours", lambda page: page.pop("previous")),
    ("an unknown key in the meeting", lambda page: page["meeting"].update(extra=1)),
    ("an attendee of an unknown status", lambda page: page["meeting"]["attendees"][0].update(status="asleep")),
    ("an item of an unknown type", lambda page: page["meeting"]["items"][0].update(type="chat")),
    ("a paragraph without an id", lambda page: page["meeting"]["items"][0]["paragraphs"][0].pop("id")),
    ("a paragraph of an unknown kind",
     lambda page: page["meeting"]["items"][0]["paragraphs"][0].update(kinds=["gossip"])),
    ("a speaker without a label", lambda page: page["meeting"]["items"][2]["presenters"][0].pop("label")),
    ("a time not HH:MM", lambda page: page["meeting"].update(time="4pm")),
    ("a neighbour without its link", lambda page: page["previous"].pop("link")),
    ("a commitment without its paragraph", lambda page: page["commitments"][0].pop("paragraph_id")),
    ("a decision without its link", lambda page: page["decisions"][0].pop("link")),
]


@pytest.mark.parametrize(("change", "mutate"), MEETING_MUTATIONS, ids=[change for change, _ in MEETING_MUTATIONS])
def test_the_meeting_description_rejects_a_changed_meeting(app: Flask, client: FlaskClient, spec: dict[str, Any],
                                                           change: str, mutate: Callable[[Any], None]) -> None:
    # the meeting in the middle of its panel's three: neighbours, presenters, decisions and commitments
    hit = search_hits(client, "/api/search?q=locality+working+newport&size=1")[0]
    url = f"/api/meeting/{hit['meeting_id']}"
    page = checked(app, client, spec, url, 200)
    assert page["previous"] and page["next"] and page["commitments"] and page["decisions"]
    changed = copy.deepcopy(page)
    mutate(changed)
    with pytest.raises(ValidationError):
        validator(spec, response_schema_pointer(spec, "/api/meeting/{meeting_id}", 200)).validate(changed)


# a page's fixed facet is not widened by a parameter of the same facet ------------------------------------------------
def test_a_kind_parameter_does_not_widen_the_decisions_register(app: Flask, client: FlaskClient,
                                                                 spec: dict[str, Any]) -> None:
    checked(app, client, spec, "/api/decisions?kind=commitment&size=100", 200)


def test_a_kind_parameter_does_not_widen_the_commitments_register(app: Flask, client: FlaskClient,
                                                                   spec: dict[str, Any]) -> None:
    checked(app, client, spec, "/api/commitments?kind=decision&size=100", 200)


def test_a_speaker_parameter_does_not_widen_a_speaker_page(app: Flask, client: FlaskClient,
                                                            spec: dict[str, Any]) -> None:
    body = checked(app, client, spec, "/api/speaker/A%20Hill?speaker=Chair&size=100", 200)
    assert all("A Hill" in hit["speakers"] + hit["presenters"] for hit in body["hits"])
    assert all("Chair" in hit["speakers"] for hit in body["hits"])
