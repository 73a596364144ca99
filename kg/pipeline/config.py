"""The pipeline kg runs on every article: one line per component, in order (name, module that registers it).

Adding a component is one module with a `@component(...)` function (kg.pipeline.registry) and one line here; the
pipeline checks when it is built that each component's needs are added by an earlier one.
"""

from __future__ import annotations

PIPELINE: tuple[tuple[str, str], ...] = (
    ("analyse", "kg.pipeline.steps"),            # tokens, sentences, normalized forms with offsets
    ("boilerplate", "kg.pipeline.steps"),        # site boilerplate that yields no facts
    ("publication_date", "kg.pipeline.steps"),   # sidecar/HTML date kept; else dateline, else inferred (marked so)
    ("rules", "kg.pipeline.steps"),              # candidate mentions: gazetteer, titles, names, institutions
    ("model_ner", "kg.pipeline.steps"),          # kg build --ner model: the statistical recognizer fills gaps
    ("camel_ner", "kg.pipeline.steps"),          # kg build --ner camel: camel-tools' NER, when its data is installed
    ("resolve", "kg.pipeline.steps"),            # candidates -> entities with stable keys, mentions
    ("titles", "kg.pipeline.steps"),             # headlines and captions yield no facts
    ("statements", "kg.pipeline.steps"),         # who said what, when
    ("actions", "kg.pipeline.steps"),            # PLOVER actions between actors
    ("figures", "kg.pipeline.steps"),            # reported counts (killed, injured, arrested...)
    ("prune", "kg.pipeline.steps"),              # entities nothing refers to
)
