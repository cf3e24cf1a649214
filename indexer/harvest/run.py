"""One harvest: the committees and meetings of a ModernGov site listed through its web service, each meeting
with minutes fetched and written into the corpus with its sidecar, and a closing report.

    corpus/<council>/<committee>/<date>_<meeting id>.xml       the GetMeeting answer (minutes as HTML per item)
    corpus/<council>/<committee>/<date>_<meeting id>.pdf       or the minutes document, for a PDF-only meeting
    corpus/<council>/<committee>/<...>.meta.json               council, panel, date, time, public URL
    corpus/<council>/.harvest-state.json                       validators per URL; the run in progress

The state makes a rerun cheap (conditional requests: unchanged meetings answer 304) and an interrupted run
resumable (meetings it finished are not asked for again). Nothing is written for a response that is not
the web service's: the corpus keeps what it had.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from indexer.harvest import moderngov as mg
from indexer.harvest.client import Fetched, FetchError, PoliteClient
from indexer.sidecar import SIDECAR_SUFFIX

STATE = ".harvest-state.json"


@dataclass
class HarvestReport:
    council: str = ""
    folder: str = ""
    committees: int = 0
    meetings: int = 0
    fetched: int = 0
    unchanged: int = 0
    resumed: int = 0
    no_minutes: int = 0
    cancelled: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        lines = [f"Harvested {self.council} into {self.folder}: {self.committees} committees, {self.meetings} meetings "
                 f"seen, {self.fetched} fetched, {self.unchanged} unchanged, {self.resumed} done by an earlier run, "
                 f"{self.no_minutes} without minutes yet, {self.cancelled} cancelled, {len(self.failed)} failed."]
        lines.extend(f"  failed: {what}: {reason}" for what, reason in self.failed)
        return lines


def council_from_site(site: str) -> str:
    """A council's name guessed from its site's address (democracy.westmoor.gov.uk -> Westmoor Council)."""
    labels = [label for label in urlsplit(site).hostname.split(".") if label not in (  # type: ignore[union-attr]
        "www", "democracy", "moderngov", "committees", "councillors", "meetings", "mg", "gov", "uk", "org", "com",
        "cymru", "wales", "co")]
    return f"{labels[0].replace('-', ' ').title()} Council" if labels else "Council"


def harvest(site: str, corpus: Path, since: dt.date, until: dt.date, wanted: list[str] | None = None,
            council: str | None = None, client: PoliteClient | None = None) -> HarvestReport:
    client = client or PoliteClient()
    council = council or council_from_site(site)
    folder = corpus / _slug(council)
    report = HarvestReport(council=council, folder=str(folder))
    state = _State(folder / STATE, f"{site}|{since}|{until}|{sorted(wanted or [])}")
    listed = mg.committees(mg.parse(client.get(mg.service_url(site, "GetCommittees"))))  # raises: nothing written
    chosen = [committee for committee in listed if _wanted(committee, wanted)]
    if wanted and not chosen:
        raise mg.ServiceError(f"no committee matches {', '.join(wanted)} (the site lists {len(listed)})")
    report.committees = len(chosen)
    for committee in chosen:
        try:
            answer = client.get(mg.service_url(site, "GetMeetings", lCommitteeId=committee.id,
                                               sFromDate=mg.service_date(since), sToDate=mg.service_date(until)))
            meetings = mg.meetings(mg.parse(answer), committee)
        except (FetchError, mg.ServiceError) as error:
            report.failed.append((f"committee {committee.title}", str(error)))
            continue
        for meeting in meetings:
            report.meetings += 1
            if meeting.cancelled:
                report.cancelled += 1
            elif state.finished(meeting.id):
                report.resumed += 1
            else:
                _one(site, council, folder, meeting, client, state, report)
    state.close()
    return report


def _one(site: str, council: str, folder: Path, meeting: mg.MeetingRef, client: PoliteClient, state: _State,
         report: HarvestReport) -> None:
    name = f"{meeting.date or 'undated'}_{meeting.id}"
    target = folder / _slug(meeting.committee.title) / name
    try:
        held = any(path.is_file() for path in (target.with_suffix(".xml"), target.with_suffix(".pdf")))
        answer = state.get(client, mg.service_url(site, "GetMeeting", lMeetingId=meeting.id), conditional=held)
        if answer.not_modified:
            report.unchanged += 1
        else:
            root = mg.parse(answer)
            documents = [] if mg.has_minutes_text(root) else mg.minutes_documents(root)
            if mg.has_minutes_text(root):
                _write(target.with_suffix(".xml"), answer.body, _sidecar(site, council, meeting))
                report.fetched += 1
            elif documents:
                address = urljoin(site.rstrip("/") + "/", documents[0].url)  # links may be relative to the site
                pdf = state.get(client, address, conditional=target.with_suffix(".pdf").is_file())
                if pdf.not_modified:
                    report.unchanged += 1
                elif not pdf.body.startswith(b"%PDF"):
                    raise mg.ServiceError(f"{address}: the minutes document is not a PDF")
                else:
                    _write(target.with_suffix(".pdf"), pdf.body, _sidecar(site, council, meeting))
                    report.fetched += 1
            else:
                report.no_minutes += 1  # asked again next run: minutes are often published weeks later
                state.forget(answer.url)
                return
    except (FetchError, mg.ServiceError) as error:
        report.failed.append((f"meeting {meeting.id} ({meeting.committee.title}, {meeting.date})", str(error)))
        return
    state.finish(meeting.id)


def _sidecar(site: str, council: str, meeting: mg.MeetingRef) -> dict[str, Any]:
    return {"council": council, "panel": meeting.committee.title, "date": meeting.date, "time": meeting.time,
            "url": mg.meeting_page(site, meeting)}


def _write(path: Path, body: bytes, sidecar: dict[str, Any]) -> None:
    """The document and its sidecar, each written beside and renamed, so no reader sees half a file. The
    meeting's other form (its PDF once the minutes come as text, or the reverse) goes, so it is not indexed
    twice."""
    path.parent.mkdir(parents=True, exist_ok=True)
    other = path.with_suffix(".pdf" if path.suffix == ".xml" else ".xml")
    for stale in (other, other.with_name(other.name + SIDECAR_SUFFIX)):
        stale.unlink(missing_ok=True)
    for target, data in ((path.with_name(path.name + SIDECAR_SUFFIX),
                          json.dumps(sidecar, ensure_ascii=False, indent=1).encode("utf-8")), (path, body)):
        temporary = target.with_name(f".{target.name}.part")
        temporary.write_bytes(data)
        os.replace(temporary, target)


def _wanted(committee: mg.Committee, wanted: list[str] | None) -> bool:
    if not wanted:
        return True
    return any(choice == committee.id or choice.lower() in committee.title.lower() for choice in wanted)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "council"


class _State:
    """Validators (ETag, Last-Modified) per URL, and the meetings the run in progress has finished."""

    def __init__(self, path: Path, run: str) -> None:
        self.path = path
        try:
            self.data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.data = {}
        self.data.setdefault("validators", {})
        if self.data.get("run", {}).get("key") != run:
            self.data["run"] = {"key": run, "finished": []}

    def get(self, client: PoliteClient, url: str, conditional: bool) -> Fetched:
        """The URL, asked conditionally when we hold a copy (a 304 then means it is unchanged)."""
        known = self.data["validators"].get(url, {}) if conditional else {}
        answer = client.get(url, etag=known.get("etag"), last_modified=known.get("last_modified"))
        if not answer.not_modified:
            self.data["validators"][url] = {"etag": answer.headers.get("etag"),
                                            "last_modified": answer.headers.get("last-modified")}
        return answer

    def forget(self, url: str) -> None:
        self.data["validators"].pop(url, None)

    def finished(self, meeting_id: str) -> bool:
        return meeting_id in self.data["run"]["finished"]

    def finish(self, meeting_id: str) -> None:
        self.data["run"]["finished"].append(meeting_id)
        self._save()

    def close(self) -> None:
        """The run completed: the next one starts afresh (and is cheap, through the validators)."""
        self.data.pop("run", None)
        self._save()

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(self.path.name + ".part")
        temporary.write_text(json.dumps(self.data, indent=1), encoding="utf-8")
        os.replace(temporary, self.path)
