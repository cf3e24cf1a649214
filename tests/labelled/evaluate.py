"""Precision and recall of speakers and paragraph kinds against the hand-labelled paragraphs here.

    python tests/labelled/evaluate.py [--errors]

Prints one line per field; `--errors` also lists every disagreement, for working on the rules.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from indexer.parse import parse_file  # noqa: E402

HERE = Path(__file__).parent
KINDS = ("decision", "declaration", "question", "answer", "commitment", "vote", "procedural", "attendance",
         "discussion")


def fold(label: str) -> str:
    return " ".join(label.replace("’", "'").replace("‘", "'").lower().split())


@dataclass
class Score:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0

    def add(self, expected: set[str], found: set[str]) -> None:
        self.true_positive += len(expected & found)
        self.false_positive += len(found - expected)
        self.false_negative += len(expected - found)

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positive + self.false_negative
        return self.true_positive / expected if expected else 1.0


@dataclass
class Report:
    paragraphs: int = 0
    speakers: Score = field(default_factory=Score)
    kinds: dict[str, Score] = field(default_factory=lambda: {kind: Score() for kind in KINDS})
    errors: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)


def labelled() -> list[dict]:
    rows = []
    for path in sorted(HERE.glob("*.jsonl")):
        rows.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return rows


def evaluate() -> Report:
    report = Report()
    meetings = {}
    for row in labelled():
        if row["file"] not in meetings:
            meetings[row["file"]] = parse_file(ROOT / row["file"], source=row["file"])
        try:
            paragraph = meetings[row["file"]].items[row["item"]].paragraphs[row["paragraph"]]
        except IndexError:
            report.stale.append(f"{row['file']} {row['item']}.{row['paragraph']}: no such paragraph")
            continue
        if not fold(paragraph.text).startswith(fold(row["text_start"])):
            report.stale.append(f"{row['file']} {row['item']}.{row['paragraph']}: text now starts "
                                f"{paragraph.text[:40]!r}")
            continue
        report.paragraphs += 1
        expected_speakers = {fold(label) for label in row["speakers"]}
        found_speakers = {fold(speaker["label"]) for speaker in paragraph.speakers}
        report.speakers.add(expected_speakers, found_speakers)
        for kind in KINDS:
            report.kinds[kind].add({kind} & set(row["kinds"]), {kind} & set(paragraph.kinds))
        if expected_speakers != found_speakers or set(row["kinds"]) != set(paragraph.kinds):
            report.errors.append(
                f"{row['file']} {row['item']}.{row['paragraph']} {paragraph.text[:70]!r}\n"
                f"    speakers expected {sorted(expected_speakers)} found {sorted(found_speakers)}\n"
                f"    kinds expected {sorted(row['kinds'])} found {sorted(paragraph.kinds)}"
            )
    return report


def main() -> None:
    report = evaluate()
    print(f"{report.paragraphs} labelled paragraphs")
    print(f"{'speakers':12} precision {report.speakers.precision:.2f}  recall {report.speakers.recall:.2f}")
    counts = Counter(kind for row in labelled() for kind in row["kinds"])
    for kind, score in report.kinds.items():
        print(f"{kind:12} precision {score.precision:.2f}  recall {score.recall:.2f}  ({counts[kind]} labelled)")
    for line in report.stale:
        print("stale label:", line)
    if "--errors" in sys.argv:
        print("\n".join(report.errors))


if __name__ == "__main__":
    main()
