"""Locating data files shipped with kg (the ontology, the SHACL shapes)."""

from __future__ import annotations

import importlib.resources
from pathlib import Path

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"


def ontology_path(name: str) -> Path:
    """Path of `ontology/<name>`: the repository copy next to the `kg` package, else a packaged `kg/ontology/<name>`."""
    repo_copy = ONTOLOGY_DIR / name
    if repo_copy.exists():
        return repo_copy
    return Path(str(importlib.resources.files("kg") / "ontology" / name))


QUERIES_DIR = Path(__file__).resolve().parent.parent / "queries"


def queries_path(name: str) -> Path:
    """Path of `queries/<name>`: the repository copy, else a packaged `kg/queries/<name>`."""
    repo_copy = QUERIES_DIR / name
    if repo_copy.exists():
        return repo_copy
    return Path(str(importlib.resources.files("kg") / "queries" / name))
