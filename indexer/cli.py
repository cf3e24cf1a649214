"""The `minutes` command."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from indexer.errors import ReadError
from indexer.model import Meeting
from indexer.parse import is_sidecar, parse_file


def _outline(meeting: Meeting) -> str:
    when = " ".join(part for part in (meeting.date, meeting.time) if part) or "date unknown"
    lines = [
        f"{meeting.source}  [{meeting.format}]",
        f"  {meeting.panel or 'panel unknown'} · {when}" + (f" · {meeting.venue}" if meeting.venue else ""),
    ]
    extra = [f"{name}: {getattr(meeting, name)}" for name in ("council", "contact", "url") if getattr(meeting, name)]
    if extra:
        lines.append("  " + "   ".join(extra))
    if meeting.attendees:
        counts = Counter(person.status for person in meeting.attendees)
        lines.append(f"  attendees: {len(meeting.attendees)} ("
                     + ", ".join(f"{status} {count}" for status, count in counts.items()) + ")")
    lines.append(f"  items: {len(meeting.items)}, paragraphs: {meeting.paragraph_count()}")
    width = max((len(item.number or "") for item in meeting.items), default=0)
    for item in meeting.items:
        count = len(item.paragraphs)
        note = " (cut short)" if item.truncated else ""
        lines.append(f"    {(item.number or '-'):<{width}}  {item.title or '(untitled)'}  [{item.type}]  "
                     f"{count} paragraph{'s' if count != 1 else ''}{note}")
    if meeting.warnings:
        lines.append("  warnings:")
        lines.extend(f"    - {warning}" for warning in meeting.warnings)
    return "\n".join(lines)


def expand(paths: Sequence[str]) -> list[str]:
    """Files as given; folders give every document below them (not sidecars or hidden files)."""
    out: list[str] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            out.extend(
                str(found) for found in sorted(path.rglob("*"))
                if found.is_file() and not is_sidecar(found)
                and not any(part.startswith(".") for part in found.relative_to(path).parts)
            )
        else:
            out.append(name)
    return out


def command_parse(args: argparse.Namespace) -> int:
    failed = 0
    for name in expand(args.files):
        try:
            meeting = parse_file(Path(name), source=name)
        except ReadError as error:
            failed += 1
            print(f"minutes parse: {name}: {error}", file=sys.stderr)
            continue
        if args.json:
            print(json.dumps(meeting.to_dict(), ensure_ascii=False))
        else:
            print(_outline(meeting) + "\n")
        sys.stdout.flush()
    return 1 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="minutes", description="Search what councils have said and decided.")
    commands = parser.add_subparsers(dest="command", required=True)
    parse = commands.add_parser("parse", help="parse minutes documents and print what was read")
    parse.add_argument("files", nargs="+", metavar="FILE",
                       help="minutes documents (text, Markdown, HTML, XML, PDF), or folders of them")
    parse.add_argument("--json", action="store_true", help="print one JSON object per document (JSON Lines)")
    parse.set_defaults(handler=command_parse)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        print("minutes: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
