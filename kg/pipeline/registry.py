"""Components and the pipeline that runs them.

A component is a small callable that takes a `Doc` and returns it, registered under a name with the Doc fields it
needs and the ones it adds. A `Pipeline` is put together from names (kg.pipeline.config lists them in order); it
checks once that every need is added by an earlier component, so a misordered configuration fails when it is built,
not halfway through an article.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kg.doc import FIELDS, Doc

Step = Callable[[Doc], Doc]


@dataclass(frozen=True)
class Component:
    name: str
    func: Step
    needs: tuple[str, ...]
    adds: tuple[str, ...]
    # an extra recognizer (kg build --ner NAME) runs only when switched on; None: always runs
    switch: str | None = None


REGISTRY: dict[str, Component] = {}


def component(name: str, *, needs: Iterable[str] = (), adds: Iterable[str] = (),
              switch: str | None = None) -> Callable[[Step], Step]:
    """Register `func` as the component `name`."""
    needs, adds = tuple(needs), tuple(adds)
    unknown = [f for f in needs + adds if f not in FIELDS]
    if unknown:
        raise ValueError(f"component {name!r}: unknown Doc field(s) {', '.join(unknown)} (known: {', '.join(FIELDS)})")

    def register(func: Step) -> Step:
        if name in REGISTRY and REGISTRY[name].func is not func:
            raise ValueError(f"two components are named {name!r}")
        REGISTRY[name] = Component(name, func, needs, adds, switch)
        return func

    return register


def load(name: str, module: str) -> Component:
    """The component `name`, importing the module that defines it."""
    importlib.import_module(module)
    if name not in REGISTRY:
        raise ValueError(f"module {module} defines no component named {name!r}")
    return REGISTRY[name]


class Pipeline:
    def __init__(self, components: Iterable[Component], switches: Iterable[str] = ()) -> None:
        on = set(switches)
        self.components = [c for c in components if c.switch is None or c.switch in on]
        have = {"article"}
        for c in self.components:
            missing = [f for f in c.needs if f not in have]
            if missing:
                raise ValueError(f"component {c.name!r} needs {', '.join(missing)}, which no earlier component adds "
                                 f"(order: {', '.join(x.name for x in self.components)})")
            have.update(c.adds)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def __call__(self, doc: Doc) -> Doc:
        for c in self.components:
            t = time.perf_counter()
            doc = c.func(doc)
            doc.timings[c.name] = doc.timings.get(c.name, 0.0) + time.perf_counter() - t
        return doc
