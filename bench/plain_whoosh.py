"""The baseline: the same paragraphs bulk-loaded into a plain, default Whoosh index.

    python -m bench.plain_whoosh DOCS.jsonl INDEX_DIR [--procs 2]

Default schema and analyzers (StandardAnalyzer text, ID facets), Whoosh's own multi-process writer; run as
its own process so the benchmark can measure its time and peak memory beside `minutes index`.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

from whoosh import fields
from whoosh import index as whoosh_index


def load(documents: Path, index_dir: Path, procs: int) -> int:
    shutil.rmtree(index_dir, ignore_errors=True)
    index_dir.mkdir(parents=True)
    schema = fields.Schema(id=fields.ID(stored=True, unique=True), panel=fields.ID(stored=True),
                           date=fields.ID(stored=True), title=fields.TEXT(stored=True),
                           text=fields.TEXT(stored=True))
    writer = whoosh_index.create_in(str(index_dir), schema).writer(procs=procs, limitmb=256)
    count = 0
    with documents.open(encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            writer.add_document(id=doc["id"], panel=doc["panel"], date=doc["date"], title=doc["title"],
                                text=doc["text"])
            count += 1
    writer.commit()
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("documents", type=Path)
    parser.add_argument("index", type=Path)
    parser.add_argument("--procs", type=int, default=2)
    args = parser.parse_args()
    print(load(args.documents, args.index, args.procs))


if __name__ == "__main__":
    main()
