"""`minutes index` over a corpus of hostile files (tests/hostile/ plus what only a test can make: a 50 MB file,
a symlink loop, files that vanish or cannot be read mid-run): every good file is indexed, every bad one is
named with its reason in the report and in `--report FILE`, the exit status says "partial", and the index
stays consistent."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from indexer.index import build
from indexer.index.build import build_index
from indexer.index.store import IndexLocation
from indexer.search.api import Searcher, SearchRequest
from webapp import create_app

ROOT = Path(__file__).resolve().parents[1]
GOOD = {"000_c9844fe6f421f4b2.txt", "windows-1252.txt", "utf-16.txt", "minutes-saved-as.dat", "script.html"}
BAD = {  # file -> what its reason must say
    "empty.txt": "empty", "binary.txt": "binary data", "encrypted.pdf": "encrypted PDF",
    "truncated.pdf": "corrupt or truncated", "scanned.pdf": "no text layer", "minutes.docx": "Office document",
    "huge.txt": "over the 25 MB limit",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(ROOT / "tests" / "hostile", folder)
    shutil.copy(ROOT / "corpus" / "000_c9844fe6f421f4b2.txt", folder)
    with (folder / "huge.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    (folder / "loop").mkdir()
    (folder / "loop" / "again").symlink_to(folder, target_is_directory=True)
    return folder


def test_every_good_file_is_indexed_and_every_bad_one_named(corpus: Path, tmp_path: Path) -> None:
    report_file = tmp_path / "report.json"
    result = subprocess.run([sys.executable, "-m", "indexer.cli", "index", "--corpus", str(corpus), "--index",
                             str(tmp_path / "index"), "--quiet", "--report", str(report_file)],
                            capture_output=True, text=True, cwd=ROOT, check=False, timeout=120)
    assert result.returncode == 3, result.stdout + result.stderr  # partial
    report = json.loads(report_file.read_text(encoding="utf-8"))
    failed = {entry["source"]: entry["reason"] for entry in report["failed"]}
    assert report["status"] == "partial" and set(failed) == set(BAD)
    for name, reason in BAD.items():
        assert reason in failed[name], (name, failed[name])
        assert f"failed: {name}: " in result.stdout
    assert report["meetings"] == len(GOOD) and report["read"] == len(GOOD) + len(BAD)
    searcher = Searcher(tmp_path / "index")
    assert searcher.stats()["meetings"] == len(GOOD)
    assert {hit.panel for hit in searcher.search(SearchRequest("committee", page_size=100)).hits} >= {
        "Planning Committee", "Audit Committee", "Parks Committee"}


def test_markup_in_minutes_is_text_everywhere(corpus: Path, tmp_path: Path) -> None:
    build_index(corpus, IndexLocation(tmp_path / "index"), jobs=1, progress=False)
    hit = Searcher(tmp_path / "index").search(SearchRequest('"feedback form"')).hits[0]
    assert '<script>alert("xss")</script>' in hit.text and "window.__pwned" not in hit.text  # scripts dropped
    client = create_app(tmp_path / "index", corpus).test_client()
    for url in ("/?q=feedback+form", f"/meeting/{hit.meeting_id}", "/feed.atom?q=feedback", "/decisions"):
        body = client.get(url).get_data(as_text=True)
        assert "<script>alert" not in body and "<img src=x" not in body, url
    assert "&lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt;" in client.get(f"/meeting/{hit.meeting_id}").get_data(
        as_text=True)


def test_files_that_vanish_or_cannot_be_read_mid_run_keep_their_last_version(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    location = IndexLocation(tmp_path / "index")
    first = build_index(corpus, location, jobs=1, progress=False)
    paragraphs = first.total_paragraphs
    (corpus / "utf-16.txt").write_bytes((corpus / "utf-16.txt").read_bytes() + "\nA late note.\n".encode("utf-16"))
    real_hash = build.content_hash

    def failing(path: Path) -> str:
        if path.name == "utf-16.txt":
            raise PermissionError(13, "Permission denied")
        if path.name == "script.html":
            raise FileNotFoundError(2, "No such file or directory")
        return real_hash(path)

    monkeypatch.setattr(build, "content_hash", failing)
    second = build_index(corpus, location, jobs=1, progress=False)
    reasons = dict(second.failed)
    assert "Permission denied" in reasons["utf-16.txt"] and "No such file" in reasons["script.html"]
    assert second.removed == 0 and second.total_paragraphs == paragraphs  # nothing lost, nothing doubled
    monkeypatch.undo()
    third = build_index(corpus, location, jobs=1, progress=False)
    assert "utf-16.txt" not in dict(third.failed) and third.read == 1 + len(BAD)  # the edit, and the bad ones
    assert Searcher(location.root).stats()["meetings"] == len(GOOD)


def test_a_file_the_parser_never_finishes_is_skipped_with_its_reason_and_the_rest_indexed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(ROOT / "corpus" / "000_c9844fe6f421f4b2.txt", corpus)
    (corpus / "stalls.txt").write_text("Minutes of the Parish Council\n\n1. Anything\n\nText.\n", encoding="utf-8")
    parse_file = build.parse_file

    def stalling(path: Path, source: str | None = None):
        if path.name == "stalls.txt":
            time.sleep(60)  # as a runaway pattern would: interrupted by the time limit
        return parse_file(path, source=source)

    monkeypatch.setattr(build, "parse_file", stalling)
    monkeypatch.setattr(build, "PARSE_TIME_LIMIT", 0.5)
    report = build_index(corpus, IndexLocation(tmp_path / "index"), jobs=1, progress=False)
    assert report.meetings == 1 and report.failed == [
        ("stalls.txt", "took longer than 0.5 s to parse and was skipped (a bug: please report the file)")]
    assert Searcher(tmp_path / "index").search(SearchRequest("locality")).total > 0
