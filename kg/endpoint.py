"""Pushing the graph to a SPARQL server with the SPARQL 1.1 Graph Store HTTP Protocol (standard library only).

Credentials come only from the environment: KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD (HTTP Basic) or
KG_ENDPOINT_TOKEN (Bearer). They are never printed: every message that leaves this module has them masked.
"""

from __future__ import annotations

import base64
import ipaddress
import json
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

ENV_USER, ENV_PASSWORD, ENV_TOKEN = "KG_ENDPOINT_USER", "KG_ENDPOINT_PASSWORD", "KG_ENDPOINT_TOKEN"
# N-Triples is also valid Turtle: a server that refuses the first type gets the same bytes as the second
CONTENT_TYPES = ("application/n-triples", "text/turtle")


class EndpointError(Exception):
    """The server refused or could not be reached; the message has any credential masked."""


@dataclass(frozen=True)
class Credentials:
    header: str | None = None  # the Authorization header value
    secrets: tuple[str, ...] = field(default=(), repr=False)

    def __repr__(self) -> str:  # never show a secret, even in a traceback's locals
        return f"Credentials({'set' if self.header else 'none'})"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Credentials:
        env = os.environ if env is None else env
        token, user, password = env.get(ENV_TOKEN), env.get(ENV_USER), env.get(ENV_PASSWORD)
        if token:
            return cls(f"Bearer {token}", (token,))
        if user or password:
            if not (user and password):
                raise EndpointError(f"set both {ENV_USER} and {ENV_PASSWORD} (or {ENV_TOKEN})")
            raw = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
            return cls(f"Basic {raw}", (password, raw, f"{user}:{password}"))
        return cls()

    def mask(self, text: str) -> str:
        for s in sorted(self.secrets, key=len, reverse=True):
            if s:
                text = text.replace(s, "***")
        return text


def check_url(url: str) -> str:
    """An http(s) URL without user:password in it (credentials belong in the environment)."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EndpointError("the endpoint must be an http:// or https:// URL")
    if parts.username or parts.password:
        raise EndpointError(f"put credentials in {ENV_USER}/{ENV_PASSWORD} or {ENV_TOKEN}, not in the URL")
    return url


def is_loopback(url: str) -> bool:
    host = urllib.parse.urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class GraphStore:
    """A Graph Store Protocol endpoint, e.g. http://127.0.0.1:7878/store (Oxigraph) or
    http://localhost:3030/ds/data (Fuseki)."""

    def __init__(self, url: str, credentials: Credentials | None = None, timeout: float = 120) -> None:
        self.url = check_url(url)
        self.credentials = credentials or Credentials()
        self.timeout = timeout
        handlers = [urllib.request.ProxyHandler({})] if is_loopback(url) else []
        self._opener = urllib.request.build_opener(*handlers)

    def target(self, graph: str | None) -> str:
        q = urllib.parse.urlencode({"graph": graph}) if graph else "default"
        return f"{self.url}{'&' if '?' in self.url else '?'}{q}"

    def request(self, method: str, url: str, data: bytes | None = None, headers: dict[str, str] | None = None,
                ) -> tuple[int, bytes]:
        headers = dict(headers or {})
        if self.credentials.header:
            headers["Authorization"] = self.credentials.header
        req = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with self._opener.open(req, timeout=self.timeout) as resp:
                return resp.status, resp.read()
        except urllib.error.HTTPError as exc:
            body = exc.read()[:500].decode("utf-8", "replace").strip()
            raise EndpointError(self.credentials.mask(f"{method} {url}: HTTP {exc.code} {exc.reason}: {body}")
                                ) from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise EndpointError(self.credentials.mask(f"{method} {url}: {reason}")) from None

    def put(self, graph: str | None, ntriples: bytes) -> int:
        """Replace one graph (None: the default graph) with the given N-Triples; returns the HTTP status."""
        url = self.target(graph)
        for i, ctype in enumerate(CONTENT_TYPES):
            try:
                return self.request("PUT", url, ntriples, {"Content-Type": f"{ctype}; charset=utf-8"})[0]
            except EndpointError as exc:
                if "HTTP 415" not in str(exc) or i == len(CONTENT_TYPES) - 1:
                    raise
        raise AssertionError("unreachable")

    def delete(self, graph: str) -> None:
        self.request("DELETE", self.target(graph))


def select(query_url: str, query: str, credentials: Credentials | None = None, timeout: float = 60) -> list[dict]:
    """Run a SELECT over the SPARQL protocol; rows of {variable: value}."""
    gs = GraphStore(query_url, credentials, timeout)
    body = urllib.parse.urlencode({"query": query}).encode()
    _status, data = gs.request("POST", query_url, body, {"Content-Type": "application/x-www-form-urlencoded",
                                                         "Accept": "application/sparql-results+json"})
    res = json.loads(data)
    return [{k: v["value"] for k, v in b.items()} for b in res["results"]["bindings"]]


def read_graphs(path: Path) -> dict[str | None, list[ox.Triple]]:
    """The graphs to push: a store folder's public graphs, or the graphs of an RDF file (None: default graph).
    Files are parsed, not loaded into a store, so datatypes such as xsd:nonNegativeInteger stay as written."""
    path = Path(path)
    out: dict[str | None, list[ox.Triple]] = {}
    if path.is_dir():
        from kg.run.store import KGStore

        with KGStore(path, read_only=True) as store:
            quads = list(store.quads())
    else:
        from kg.formats import format_of

        quads = list(ox.parse(path=str(path), format=format_of(path).oxigraph))
    for q in quads:
        g = None if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
        out.setdefault(g, []).append(q.triple)
    return out


def ntriples(triples: list[ox.Triple]) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
