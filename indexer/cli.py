"""The `minutes` command."""

from __future__ import annotations

import argparse
import gc
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from indexer.engines import BACKENDS
from indexer.errors import ReadError
from indexer.index.build import build_index
from indexer.index.store import IndexError_, IndexLocation
from indexer.model import Meeting
from indexer.parse import is_sidecar, parse_file
from indexer.search.api import Searcher, SearchRequest, SearchResult


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


EXIT_PARTIAL = 3  # `minutes index`: the index is up to date except for the files it names as failed


def command_index(args: argparse.Namespace) -> int:
    try:
        report = build_index(Path(args.corpus), IndexLocation(args.index), rebuild=args.rebuild, jobs=args.jobs,
                             wait=args.wait, progress=not args.quiet, engine=args.engine)
    except (IndexError_, FileNotFoundError) as error:
        print(f"minutes index: {error}", file=sys.stderr)
        return 2
    print("\n".join(report.lines()))
    if args.report:
        Path(args.report).write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
    return EXIT_PARTIAL if report.failed else 0


# The options typed as the query's own filters: "--speaker Amankwah" finds Councillor Josephine Amankwah, as
# "speaker:Amankwah" does, and a value nothing matches gets a notice, not a silent empty answer.
_TYPED_FILTERS = {"panel": "panel", "speaker": "speaker", "type": "type", "kind": "kind", "council": "council"}


def _unquoted(value: str) -> str:
    return value.replace('"', "")


def _search_request(args: argparse.Namespace) -> SearchRequest:
    typed = [" OR ".join(f'{name}:"{_unquoted(value)}"' for value in getattr(args, option))
             for option, name in _TYPED_FILTERS.items() if getattr(args, option)]
    return SearchRequest(
        query=" ".join([*args.query, *typed]), filters={"presenter": args.presenter} if args.presenter else {},
        date_from=args.date_from, date_to=args.date_to, sort=args.sort, page=args.page, page_size=args.limit,
        group_by_item=args.group, as_typed=args.as_typed,
    )


def _readable(result: SearchResult) -> str:
    lines = [f"{result.total} paragraph{'s' if result.total != 1 else ''} for “{result.query}” "
             f"({result.took_ms} ms)"]
    if result.corrected_from:
        lines.append(f"  note: no paragraph has all of “{result.corrected_from}”: these are the results for "
                     f"“{result.query}” (--as-typed searches it as typed)")
    lines.extend(f"  note: {notice}" for notice in result.notices)
    lines.extend(f"  also searched: {pair}" for pair in result.expanded)
    if result.suggestion:
        lines.append(f"  did you mean: {result.suggestion}")
    for number, hit in enumerate(result.hits, start=(result.page - 1) * result.page_size + 1):
        where = " · ".join(part for part in (hit.date, hit.panel, f"{hit.item_number or ''} {hit.item_title or ''}"
                                             .strip()) if part)
        snippet = html.unescape(re.sub(r"</?mark>", "*", hit.snippet))
        lines.append(f"\n{number}. {where}")
        if hit.speakers:
            lines.append(f"   speakers: {', '.join(hit.speakers)}")
        lines.append(f"   {snippet}")
        lines.append(f"   [{hit.id}] {hit.source}" + (f"  (+{hit.more_in_item} more in this item)"
                                                      if hit.more_in_item else ""))
    return "\n".join(lines)


def command_search(args: argparse.Namespace) -> int:
    try:
        searcher = Searcher(args.index)
    except IndexError_ as error:
        print(f"minutes search: {error}", file=sys.stderr)
        return 2
    result = searcher.search(_search_request(args))
    print(json.dumps(result.to_dict(), ensure_ascii=False) if args.json else _readable(result))
    return 0


def command_stats(args: argparse.Namespace) -> int:
    try:
        stats = Searcher(args.index).stats()
    except IndexError_ as error:
        print(f"minutes stats: {error}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(stats, ensure_ascii=False))
        return 0
    print(f"{stats['meetings']} meetings, {stats['paragraphs']} paragraphs, "
          f"{stats['size_bytes'] / 1024 / 1024:.1f} MB")
    print(f"dates: {stats['first_date'] or '?'} to {stats['last_date'] or '?'}")
    print(f"councils: {', '.join(stats['councils']) or '(none named)'}")
    print(f"panels ({len(stats['panels'])}):")
    print("\n".join(f"  {panel}" for panel in stats["panels"]))
    return 0


def command_harvest(args: argparse.Namespace) -> int:
    import datetime as dt

    from indexer.harvest.client import FetchError, PoliteClient
    from indexer.harvest.moderngov import ServiceError
    from indexer.harvest.run import harvest

    today = dt.date.today()
    try:
        since = dt.date.fromisoformat(args.since) if args.since else today - dt.timedelta(days=365)
        until = dt.date.fromisoformat(args.until) if args.until else today
    except ValueError as error:
        print(f"minutes harvest: --since/--until: {error} (use YYYY-MM-DD)", file=sys.stderr)
        return 2
    if not args.site.startswith(("http://", "https://")):
        print(f"minutes harvest: {args.site}: give the site's address, such as https://democracy.example.gov.uk",
              file=sys.stderr)
        return 2
    try:
        report = harvest(args.site, Path(args.corpus), since, until, args.committee or None, args.council,
                         PoliteClient(delay=args.delay))
    except (FetchError, ServiceError) as error:
        print(f"minutes harvest: {error}; the corpus was left as it was", file=sys.stderr)
        return 2
    print("\n".join(report.lines()))
    status = EXIT_PARTIAL if report.failed else 0
    if args.index:
        index_report = build_index(Path(args.corpus), IndexLocation(args.index_dir), wait=60, progress=False)
        print("\n".join(index_report.lines()))
        status = status or (EXIT_PARTIAL if index_report.failed else 0)
    return status


def command_serve(args: argparse.Namespace) -> int:
    """The site on a production WSGI server: waitress (pure Python, no compiler or extra service; its
    thread pool suits a search that spends most of its time in the engine)."""
    from waitress import serve

    from webapp import create_app

    if IndexLocation(args.index).current() is None:
        print(f"minutes serve: no index in {args.index} yet; the site will say so until "
              f"`minutes index --index {args.index}` builds one", file=sys.stderr)
    app = create_app(args.index, args.corpus)
    # Everything loaded so far (modules, compiled patterns: some 43,000 objects) lives as long as the server.
    # Searches make many short-lived objects, and the full collections they set off would rescan all of it
    # (about 20 ms, once every dozen searches at a million paragraphs): frozen, it is left out.
    gc.collect()
    gc.freeze()
    print(f"Minutes Search on http://{args.host}:{args.port}/ (index {args.index}); Ctrl-C stops it", file=sys.stderr)
    serve(app, host=args.host, port=args.port, threads=args.threads, ident="minutes-search")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="minutes", description="Search what councils have said and decided.")
    commands = parser.add_subparsers(dest="command", required=True)
    parse = commands.add_parser("parse", help="parse minutes documents and print what was read")
    parse.add_argument("files", nargs="+", metavar="FILE",
                       help="minutes documents (text, Markdown, HTML, XML, PDF), or folders of them")
    parse.add_argument("--json", action="store_true", help="print one JSON object per document (JSON Lines)")
    parse.set_defaults(handler=command_parse)

    index = commands.add_parser("index", help="build or update the search index from a corpus folder")
    index.add_argument("--corpus", default="corpus", help="folder of minutes, read recursively (default corpus/)")
    index.add_argument("--index", default="index", help="index folder (default index/)")
    index.add_argument("--rebuild", action="store_true", help="build a fresh index and swap it in when done")
    index.add_argument("--jobs", type=int, default=0, help="parser processes (default: one per core)")
    index.add_argument("--engine", choices=sorted(BACKENDS),
                       help="search engine of a new index (default whoosh; tantivy for large corpora); naming "
                            "another engine than the current index's rebuilds it")
    index.add_argument("--wait", type=float, default=0.0, help="seconds to wait for another indexing run")
    index.add_argument("--quiet", action="store_true", help="no progress bar")
    index.add_argument("--report", metavar="FILE", help="also write the closing report as JSON to FILE")
    index.set_defaults(handler=command_index)

    search = commands.add_parser("search", help="search the index")
    search.add_argument("query", nargs="*", help="words, \"phrases\", OR, -word, panel:, speaker:, date:2021 …")
    search.add_argument("--index", default="index")
    search.add_argument("--panel", action="append", default=[],
                        help="only this panel, as panel: in the query (repeat for any of several)")
    search.add_argument("--speaker", action="append", default=[],
                        help="what they said or presented, as speaker: in the query: a surname or a role does")
    search.add_argument("--presenter", action="append", default=[], help="only items they presented")
    search.add_argument("--type", action="append", default=[], help="item type")
    search.add_argument("--kind", action="append", default=[], help="paragraph kind")
    search.add_argument("--council", action="append", default=[])
    search.add_argument("--from", dest="date_from", help="from this date (2021, 2021-10 or 2021-10-25)")
    search.add_argument("--to", dest="date_to", help="up to this date")
    search.add_argument("--sort", choices=["relevance", "newest", "oldest"], default="relevance")
    search.add_argument("--limit", type=int, default=10, help="results per page")
    search.add_argument("--page", type=int, default=1)
    search.add_argument("--group", action="store_true", help="at most two paragraphs per meeting item")
    search.add_argument("--as-typed", action="store_true",
                        help="search the words as typed, even when only a spelling's correction has them all")
    search.add_argument("--json", action="store_true", help="print the search API's result as JSON")
    search.set_defaults(handler=command_search)

    stats = commands.add_parser("stats", help="what is in the index")
    stats.add_argument("--index", default="index")
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(handler=command_stats)

    harvest = commands.add_parser("harvest", help="fetch a council's minutes from its ModernGov site into the corpus")
    harvest.add_argument("site", metavar="URL", help="the ModernGov site, such as https://democracy.example.gov.uk")
    harvest.add_argument("--since", help="meetings from this date (YYYY-MM-DD; default a year ago)")
    harvest.add_argument("--until", help="meetings up to this date (default today)")
    harvest.add_argument("--committee", action="append", default=[],
                         help="only this committee, by id or part of its name (repeat for several)")
    harvest.add_argument("--corpus", default="corpus", help="corpus folder (default corpus/); a folder per council")
    harvest.add_argument("--council", help="the council's name (default: guessed from the site's address)")
    harvest.add_argument("--delay", type=float, default=1.0, help="seconds between requests (default 1)")
    harvest.add_argument("--index", action="store_true", help="update the index when the harvest is done")
    harvest.add_argument("--index-dir", default="index", help="the index to update with --index (default index/)")
    harvest.set_defaults(handler=command_harvest)

    serve = commands.add_parser("serve", help="run the search site (production WSGI server)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.add_argument("--index", default="index", help="index folder (default index/)")
    serve.add_argument("--corpus", default="corpus", help="corpus folder, for the source-document links")
    serve.add_argument("--threads", type=int, default=8, help="worker threads (default 8)")
    serve.set_defaults(handler=command_serve)
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
