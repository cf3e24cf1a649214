"""Search engines behind one interface (base.py); an index records which one built it."""

from __future__ import annotations

from indexer.engines.base import Backend
from indexer.engines.tantivy_engine import TantivyBackend
from indexer.engines.whoosh_engine import WhooshBackend

BACKENDS: dict[str, Backend] = {"whoosh": WhooshBackend(), "tantivy": TantivyBackend()}
DEFAULT_ENGINE = "whoosh"


def backend(name: str) -> Backend:
    if name not in BACKENDS:
        raise ValueError(f"unknown engine “{name}” (engines: {', '.join(BACKENDS)})")
    return BACKENDS[name]
