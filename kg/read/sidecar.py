"""Metadata sidecars: `article.txt.meta.json` (or `article.meta.json`) beside an article gives its date, outlet,
address or headline."""

from __future__ import annotations

import json
from pathlib import Path

from kg.read.decode import _clean
from kg.read.files import SIDECAR_KEYS, _parse_date, _sidecar_paths


def _read_sidecar(path: Path, warnings: list[str]) -> dict:
    side = next((p for p in _sidecar_paths(path) if p.is_file()), None)
    if side is None:
        return {}
    try:
        raw = json.loads(side.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError) as e:
        warnings.append(f"sidecar {side.name} ignored: not valid UTF-8 JSON ({e})")
        return {}
    if not isinstance(raw, dict):
        warnings.append(f"sidecar {side.name} ignored: not a JSON object")
        return {}
    out: dict = {}
    for key in SIDECAR_KEYS:
        value = raw.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            warnings.append(f"sidecar {side.name}: {key!r} is not a string; ignored")
            continue
        value = _clean(value, []).strip()
        if key == "published":
            d = _parse_date(value)
            if d is None:
                warnings.append(f"sidecar {side.name}: bad date {value!r} (want YYYY-MM-DD); ignored")
                continue
            out[key] = d
        elif value:
            out[key] = value
    return out


