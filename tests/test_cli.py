"""`minutes parse` run as a user runs it: the installed console script, on real files."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MINUTES = shutil.which("minutes", path=str(Path(sys.executable).parent)) or "minutes"

MEETING_KEYS = {"id", "source", "format", "council", "panel", "date", "time", "venue", "contact", "url",
                "attendees", "items", "commitments", "declarations", "warnings"}
ITEM_KEYS = {"number", "title", "agenda_text", "type", "truncated", "presenters", "paragraphs"}
PARAGRAPH_KEYS = {"id", "text", "kinds", "speakers", "replies_to"}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([MINUTES, *args], capture_output=True, text=True, cwd=ROOT, check=False)


def test_json_lines_for_a_folder_follow_the_model():
    result = _run("parse", "corpus", "--json")
    assert result.returncode == 0, result.stderr
    meetings = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(m["source"]).name for m in meetings] == sorted(
        p.name for p in (ROOT / "corpus").iterdir() if not p.name.endswith(".meta.json")
    )
    for meeting in meetings:
        assert set(meeting) == MEETING_KEYS
        for item in meeting["items"]:
            assert set(item) == ITEM_KEYS
            for paragraph in item["paragraphs"]:
                assert set(paragraph) == PARAGRAPH_KEYS
                assert paragraph["text"] == paragraph["text"].strip() and "\n" not in paragraph["text"]


def test_paragraph_ids_are_stable_and_unique():
    first = _run("parse", "corpus/003_0338bd580726c24e.txt", "--json").stdout
    second = _run("parse", "corpus/003_0338bd580726c24e.txt", "--json").stdout
    ids = [p["id"] for item in json.loads(first)["items"] for p in item["paragraphs"]]
    assert ids == [p["id"] for item in json.loads(second)["items"] for p in item["paragraphs"]]
    assert len(ids) == len(set(ids))


def test_sidecar_sets_what_the_text_lacks():
    meeting = json.loads(_run("parse", "corpus/004_e9e32952ed0201e2.txt", "--json").stdout)
    assert meeting["panel"] == "Corporate Parenting Board"
    assert meeting["council"] == "Middlesbrough Council"
    assert meeting["date"] is None
    assert "no meeting date: the text states none" in meeting["warnings"]


def test_outline_shows_header_items_and_warnings():
    result = _run("parse", "corpus/000_c9844fe6f421f4b2.txt")
    assert result.returncode == 0
    out = result.stdout
    assert "[moderngov-text]" in out
    assert "Children and Young People's Social Care and Services Scrutiny Panel · 2021-10-25 16:00 · Virtual" in out
    assert "21/18  Locality Working from a Children's Services Perspective - Further information  [report]" in out
    assert "(cut short)" in out
    assert "warnings:" in out


def test_bad_sidecar_is_a_warning_not_a_failure(tmp_path):
    document = tmp_path / "m.txt"
    shutil.copy(ROOT / "corpus" / "003_0338bd580726c24e.txt", document)
    (tmp_path / "m.txt.meta.json").write_text('{"date": "22/11/2021", "colour": "red"}', encoding="utf-8")
    result = _run("parse", str(document), "--json")
    assert result.returncode == 0
    meeting = json.loads(result.stdout)
    assert meeting["date"] == "2021-11-22"  # the text's own date stands
    assert "sidecar m.txt.meta.json: date '22/11/2021' is not YYYY-MM-DD" in meeting["warnings"]
    assert "sidecar m.txt.meta.json: unknown key 'colour' ignored" in meeting["warnings"]


def test_search_options_take_a_surname_as_the_query_s_filters_do(tmp_path: Path) -> None:
    """A researcher types `--speaker Butcher`, not the facet's label "S Butcher"; a value nothing matches says so."""
    index = tmp_path / "index"
    assert _run("index", "--corpus", "corpus", "--index", str(index)).returncode == 0
    found = json.loads(_run("search", "--index", str(index), "--speaker", "Butcher", "--json", "--limit", "50").stdout)
    assert found["total"] > 0 and not found["notices"]
    assert all("S Butcher" in hit["speakers"] + hit["presenters"] for hit in found["hits"])  # said or presented
    both = json.loads(_run("search", "--index", str(index), "--speaker", "Butcher", "--speaker", "Farnham",
                           "--json", "--limit", "50").stdout)
    assert both["total"] > found["total"]  # either of them
    assert {"S Butcher", "R Farnham"} <= {name for hit in both["hits"] for name in hit["speakers"] + hit["presenters"]}
    none = json.loads(_run("search", "--index", str(index), "--panel", "Nonesuch", "--json").stdout)
    assert none["total"] == 0 and "No panel matches “Nonesuch”." in none["notices"]
