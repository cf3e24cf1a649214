"""`<document>.meta.json`: metadata a document's text lacks (council, panel, date, time, url)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

SIDECAR_SUFFIX = ".meta.json"
SIDECAR_KEYS = ("council", "panel", "date", "time", "url")


def sidecar_path(document: Path) -> Path:
    return document.with_name(document.name + SIDECAR_SUFFIX)


def read_sidecar(document: Path) -> tuple[dict[str, Any], list[str]]:
    """(values to set, warnings). Values set to null are left out: the text's own value stands."""
    path = sidecar_path(document)
    if not path.exists():
        return {}, []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        return {}, [f"sidecar {path.name} ignored: {error}"]
    if not isinstance(data, dict):
        return {}, [f"sidecar {path.name} ignored: not a JSON object"]
    values: dict[str, Any] = {}
    warnings = []
    for key, value in data.items():
        if key not in SIDECAR_KEYS:
            warnings.append(f"sidecar {path.name}: unknown key {key!r} ignored")
        elif value is None:
            continue
        elif not isinstance(value, str):
            warnings.append(f"sidecar {path.name}: {key} must be a string")
        elif key == "date" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            warnings.append(f"sidecar {path.name}: date {value!r} is not YYYY-MM-DD")
        elif key == "time" and not re.fullmatch(r"\d{2}:\d{2}", value):
            warnings.append(f"sidecar {path.name}: time {value!r} is not HH:MM")
        else:
            values[key] = value
    return values, warnings
