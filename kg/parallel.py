"""The old home of the pool and streaming builds, kept for code that still imports it: they live in kg.run."""

from kg.run.backends import batches
from kg.run.config import BATCH
from kg.run.shared import entity_graph
from kg.run.stream import build_nquads

__all__ = ["BATCH", "batches", "build_nquads", "entity_graph"]
