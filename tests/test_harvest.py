"""`minutes harvest` against a ModernGov site played by a local HTTP server (loopback, started by the tests):
committees, meetings across years, a cancelled meeting, one without minutes yet, an exempt item, a PDF-only
meeting, a 503 then success, a 429 with Retry-After, an HTML error page with status 200, truncated XML, a
second run where one meeting changed, an interrupted run resumed; then harvest -> index -> search."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from indexer.harvest.client import FetchError, PoliteClient
from indexer.harvest.moderngov import ServiceError
from indexer.harvest.run import STATE, harvest
from indexer.search.api import Searcher, SearchRequest
from tests.pdfmaker import make_minutes_pdf

ROOT = Path(__file__).resolve().parents[1]
SINCE, UNTIL = dt.date(2023, 1, 1), dt.date(2025, 6, 30)
COMMITTEES = {"101": "Planning Committee", "102": "Cabinet", "103": "Licensing Sub-Committee"}
EXEMPT_TEXT = "The confidential tender prices of Quarrymoor Haulage were discussed"


def item(number: str, title: str, minutes: str = "", restricted: bool = False, docs: str = "") -> str:
    return (f"<agendaitem><agendaitemnumber>{number}</agendaitemnumber><agendaitemtitle>{html.escape(title)}"
            f"</agendaitemtitle><isrestricted>{restricted}</isrestricted><minutesnonemptyhtmlbody>"
            f"{html.escape(minutes)}</minutesnonemptyhtmlbody><linkeddocuments>{docs}</linkeddocuments></agendaitem>")


def linked(url: str, title: str, restricted: bool = False) -> str:
    return (f"<linkeddoc><title>{html.escape(title)}</title><url>{html.escape(url)}</url>"
            f"<isrestricted>{restricted}</isrestricted></linkeddoc>")


def meeting_xml(ident: str, committee: str, date: str, items: str, published: bool = True) -> str:
    return (f'<?xml version="1.0" encoding="utf-8"?><meeting><meetingid>{ident}</meetingid>'
            f"<meetingdate>{date}</meetingdate><meetingtime>18:30</meetingtime><committeeid>{committee}</committeeid>"
            f"<committeetitle>{COMMITTEES[committee]}</committeetitle><minutepublished>{published}</minutepublished>"
            f"<agendaitems>{items}</agendaitems></meeting>")


class Site:
    """What the fake council publishes; tests change it between runs."""

    def __init__(self, pdf: bytes) -> None:
        self.pdf = pdf
        self.requests: list[tuple[str, dict[str, str], int]] = []
        self.fail_once = {"6002": 503, "6003": 429}
        self.broken: set[str] = set()
        self.meetings = {  # committee -> (id, date, status)
            "101": [("5001", "14/03/2023", "Confirmed"), ("5002", "11/06/2024", "Confirmed"),
                    ("5003", "10/09/2024", "Cancelled"), ("5004", "14/01/2025", "Confirmed")],
            "102": [("6001", "20/02/2024", "Confirmed"), ("6002", "16/07/2024", "Confirmed"),
                    ("6003", "12/11/2024", "Confirmed")],
            "103": [],
        }
        self.bodies = {
            "5001": meeting_xml("5001", "101", "14/03/2023", item("1", "Apologies", "<p>Apologies were received "
                                "from Councillor Rowe.</p>") + item("2", "Land at Mill Lane", "<p>The Planning "
                                "Officer presented the application for twelve homes at Mill Lane.</p><p>RESOLVED "
                                "that permission be granted.</p>") + item("3", "Tender (Exempt)", f"<p>{EXEMPT_TEXT}"
                                "</p>", restricted=True, docs=linked("/secret/tender.pdf", "Exempt tender", True))),
            "5002": meeting_xml("5002", "101", "11/06/2024", item("1", "Orchard Farm", "<p>Members debated the "
                                "heron colony beside Orchard Farm.</p>")),
            "5004": meeting_xml("5004", "101", "14/01/2025", item("1", "Bypass", ""), published=False),
            "6001": meeting_xml("6001", "102", "20/02/2024", item("1", "Budget", "", docs=linked(
                "/mgConvert2PDF.aspx?ID=9001", "Printed minutes 20th-Feb-2024 18.30 Cabinet"))),
            "6002": meeting_xml("6002", "102", "16/07/2024", item("1", "Libraries", "<p>The Cabinet Member for "
                                "Culture reported that the mobile library would return to Brackenfield.</p>")),
            "6003": meeting_xml("6003", "102", "12/11/2024", item("1", "Parks", "<p>AGREED that the skate park "
                                "lighting be extended.</p>")),
        }

    def answer(self, handler: BaseHTTPRequestHandler) -> tuple[int, str, bytes, dict[str, str]]:
        url = urlsplit(handler.path)
        query = {key: values[0] for key, values in parse_qs(url.query).items()}
        if url.path == "/notmg/mgWebService.asmx/GetCommittees":
            return 200, "text/html", b"<!DOCTYPE html><html><body>Sorry, an error occurred</body></html>", {}
        if url.path == "/jsonsite/mgWebService.asmx/GetCommittees":
            return 200, "application/json", b'{"committees": []}', {}
        if url.path == "/mgConvert2PDF.aspx":
            return 200, "application/pdf", self.pdf, {"ETag": '"pdf-9001"'}
        if url.path.endswith("/GetCommittees"):
            body = "".join(f"<committee><committeeid>{ident}</committeeid><committeetitle>{title}</committeetitle>"
                           "</committee>" for ident, title in COMMITTEES.items())
            return 200, "text/xml; charset=utf-8", f"<committees>{body}</committees>".encode(), {}
        if url.path.endswith("/GetMeetings"):
            body = "".join(f"<meeting><meetingid>{ident}</meetingid><meetingdate>{date}</meetingdate>"
                           f"<meetingstatus>{status}</meetingstatus></meeting>"
                           for ident, date, status in self.meetings[query["lCommitteeId"]])
            return 200, "text/xml", f"<meetings>{body}</meetings>".encode(), {}
        if url.path.endswith("/GetMeeting"):
            ident = query["lMeetingId"]
            if ident in self.fail_once:
                code = self.fail_once.pop(ident)
                return code, "text/plain", b"busy", {"Retry-After": "1"} if code == 429 else {}
            body = self.bodies[ident].encode()
            if ident in self.broken:
                return 200, "text/xml", body[: len(body) // 2], {}
            return 200, "text/xml", body, {"ETag": '"' + hashlib.sha1(body).hexdigest() + '"'}
        return 404, "text/plain", b"not found", {}


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[str, Site]]:
    pdf = make_minutes_pdf(tmp_path / "cabinet.pdf", [
        ("heading", "Minutes of the Cabinet held on 20 February 2024"), ("heading", "1. Budget 2024/25"),
        ("body", "The Cabinet Member for Finance presented the budget, including the hedgehog crossing fund."),
        ("body", "RESOLVED that the budget be recommended to Council.")], "Cabinet 20 February 2024").read_bytes()
    played = Site(pdf)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # the name http.server calls
            status, kind, body, headers = played.answer(self)
            etag = headers.get("ETag")
            if status == 200 and etag and self.headers.get("If-None-Match") == etag:
                status, body = 304, b""
            played.requests.append((self.path, dict(self.headers), status))
            self.send_response(status)
            self.send_header("Content-Type", kind)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", played
    server.shutdown()
    server.server_close()


class Waits(list):
    """Records the client's waits instead of sleeping them."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def client(waits: Waits | None = None) -> PoliteClient:
    return PoliteClient(delay=0.0, retries=2, backoff=0.01, timeout=10, sleep=waits if waits is not None else Waits())


def test_a_first_harvest_fetches_every_meeting_with_minutes(site: tuple[str, Site], tmp_path: Path) -> None:
    base, played = site
    waits = Waits()
    report = harvest(base, tmp_path / "corpus", SINCE, UNTIL, council="Brackenfield Borough Council",
                     client=client(waits))
    assert (report.committees, report.meetings, report.cancelled, report.no_minutes) == (3, 7, 1, 1)
    assert report.fetched == 5 and not report.failed, report.failed
    folder = tmp_path / "corpus" / "brackenfield-borough-council"
    files = sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file())
    assert files == [".harvest-state.json",
                     "cabinet/2024-02-20_6001.pdf", "cabinet/2024-02-20_6001.pdf.meta.json",
                     "cabinet/2024-07-16_6002.xml", "cabinet/2024-07-16_6002.xml.meta.json",
                     "cabinet/2024-11-12_6003.xml", "cabinet/2024-11-12_6003.xml.meta.json",
                     "planning-committee/2023-03-14_5001.xml", "planning-committee/2023-03-14_5001.xml.meta.json",
                     "planning-committee/2024-06-11_5002.xml", "planning-committee/2024-06-11_5002.xml.meta.json"]
    sidecar = json.loads((folder / "cabinet/2024-07-16_6002.xml.meta.json").read_text(encoding="utf-8"))
    assert sidecar == {"council": "Brackenfield Borough Council", "panel": "Cabinet", "date": "2024-07-16",
                       "time": None, "url": f"{base}/ieListDocuments.aspx?CId=102&MId=6002"}
    paths = [path for path, _, _ in played.requests]
    assert not any("secret" in path for path in paths)  # the exempt document is never fetched
    assert [status for path, _, status in played.requests if "lMeetingId=6002" in path] == [503, 200]
    assert 1.0 in waits  # the 429's Retry-After was honoured
    assert all("MinutesSearch" in headers["User-Agent"] for _, headers, _ in played.requests)


def test_a_rerun_fetches_only_what_changed_and_minutes_published_since(site: tuple[str, Site],
                                                                       tmp_path: Path) -> None:
    base, played = site
    harvest(base, tmp_path / "corpus", SINCE, UNTIL, client=client())
    played.bodies["5002"] = played.bodies["5002"].replace("heron colony", "heron colony and the bat roost")
    played.requests.clear()
    second = harvest(base, tmp_path / "corpus", SINCE, UNTIL, client=client())
    assert (second.fetched, second.unchanged, second.no_minutes) == (1, 4, 1)
    full = [path for path, _, status in played.requests if status == 200 and "GetMeeting?" in path]
    assert len(full) == 2 and any("5002" in path for path in full)  # the changed one, and the one without minutes
    played.bodies["5004"] = meeting_xml("5004", "101", "14/01/2025", item("1", "Bypass", "<p>The bypass "
                                        "consultation was noted.</p>"))
    third = harvest(base, tmp_path / "corpus", SINCE, UNTIL, client=client())
    assert (third.fetched, third.no_minutes) == (1, 0)
    played.bodies["6001"] = meeting_xml("6001", "102", "20/02/2024", item("1", "Budget", "<p>The budget was "
                                        "recommended to Council.</p>"))  # the PDF-only meeting gains HTML minutes
    harvest(base, tmp_path / "corpus", SINCE, UNTIL, client=client())
    cabinet = next((tmp_path / "corpus").glob("*/cabinet"))
    assert sorted(path.name for path in cabinet.glob("2024-02-20_6001*")) == [
        "2024-02-20_6001.xml", "2024-02-20_6001.xml.meta.json"]  # one form of the meeting, indexed once


def test_bad_responses_are_named_and_leave_the_corpus_as_it_was(site: tuple[str, Site], tmp_path: Path) -> None:
    base, played = site
    with pytest.raises(ServiceError, match="HTML page"):
        harvest(f"{base}/notmg", tmp_path / "corpus", SINCE, UNTIL, client=client())
    with pytest.raises(ServiceError, match="application/json, not XML"):
        harvest(f"{base}/jsonsite", tmp_path / "corpus", SINCE, UNTIL, client=client())
    assert not (tmp_path / "corpus").exists()
    harvest(base, tmp_path / "corpus", SINCE, UNTIL, council="Brackenfield", client=client())
    kept = tmp_path / "corpus" / "brackenfield" / "cabinet" / "2024-11-12_6003.xml"
    before = kept.read_bytes()
    played.bodies["6003"] = played.bodies["6003"].replace("skate park", "skate park and pump track")
    played.broken.add("6003")
    report = harvest(base, tmp_path / "corpus", SINCE, UNTIL, council="Brackenfield", client=client())
    assert any("6003" in what and "truncated or malformed XML" in reason for what, reason in report.failed)
    assert kept.read_bytes() == before
    with pytest.raises(FetchError, match="gave up after 3 attempts"):
        harvest("http://127.0.0.1:9", tmp_path / "other", SINCE, UNTIL, client=client())


def test_an_interrupted_run_continues_where_it_stopped(site: tuple[str, Site], tmp_path: Path) -> None:
    base, played = site

    class Interrupted(PoliteClient):
        def get(self, url: str, etag: str | None = None, last_modified: str | None = None):  # type: ignore[override]
            if "lMeetingId=6002" in url:
                raise KeyboardInterrupt
            return super().get(url, etag, last_modified)

    with pytest.raises(KeyboardInterrupt):
        harvest(base, tmp_path / "corpus", SINCE, UNTIL, client=Interrupted(delay=0.0, sleep=Waits()))
    state = json.loads(next((tmp_path / "corpus").glob(f"*/{STATE}")).read_text(encoding="utf-8"))
    assert set(state["run"]["finished"]) == {"5001", "5002", "6001"}
    played.requests.clear()
    report = harvest(base, tmp_path / "corpus", SINCE, UNTIL, client=client())
    assert report.resumed == 3 and report.fetched == 2
    assert not any(f"lMeetingId={done}" in path for path, _, _ in played.requests for done in ("5001", "5002"))


def test_harvest_then_index_then_search(site: tuple[str, Site], tmp_path: Path) -> None:
    base, _ = site
    result = subprocess.run([sys.executable, "-m", "indexer.cli", "harvest", base, "--since", "2023-01-01",
                             "--until", "2025-06-30", "--corpus", str(tmp_path / "corpus"), "--council",
                             "Brackenfield Borough Council", "--delay", "0", "--index", "--index-dir",
                             str(tmp_path / "index")], capture_output=True, text=True, cwd=ROOT, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "5 fetched" in result.stdout and "1 cancelled" in result.stdout
    searcher = Searcher(tmp_path / "index")
    hit = searcher.search(SearchRequest("mobile library")).hits[0]
    assert (hit.panel, hit.date, hit.council) == ("Cabinet", "2024-07-16", "Brackenfield Borough Council")
    assert hit.url == f"{base}/ieListDocuments.aspx?CId=102&MId=6002"
    pdf_hit = searcher.search(SearchRequest("hedgehog crossing")).hits[0]
    assert pdf_hit.date == "2024-02-20" and pdf_hit.url.endswith("MId=6001")
    assert searcher.search(SearchRequest("Quarrymoor")).total == 0  # exempt minutes are never indexed
