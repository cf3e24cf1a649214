"""The hand-labelled paragraphs (tests/labelled/) keep the speaker and kind rules from falling back."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location("evaluate", Path(__file__).parent / "labelled" / "evaluate.py")
evaluate = importlib.util.module_from_spec(_SPEC)
sys.modules["evaluate"] = evaluate  # dataclasses look their module up
_SPEC.loader.exec_module(evaluate)
REPORT = evaluate.evaluate()


def test_every_label_still_points_at_its_paragraph() -> None:
    assert REPORT.stale == []
    assert REPORT.paragraphs >= 80


def test_speakers_meet_the_targets() -> None:
    assert REPORT.speakers.precision >= 0.9
    assert REPORT.speakers.recall >= 0.85


def test_decisions_are_almost_never_missed() -> None:
    assert REPORT.kinds["decision"].recall >= 0.95


def test_no_kind_collapses() -> None:
    for kind, score in REPORT.kinds.items():
        assert score.precision >= 0.7 and score.recall >= 0.6, kind
