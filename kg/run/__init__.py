"""One build, whatever the size of the job and wherever the output goes.

- `config.BuildConfig`: every option of a build, handed as it is to each worker (fork, spawn or dask).
- `article.build_article(path, config)`: one article, read and extracted, `Built` or `Skipped` (with the reason);
  `article.build_articles(paths, config)`: a batch of them, the English labels of new names made in one model pass.
- `backends`: parallelism as plain ordered map functions (`serial_map`, `pool_map`, `dask_map`).
- `shared.SharedGraph`: the one builder of the shared graph (entities merged over articles, kgo:sameStatementAs).
- targets: `memory` (an rdflib Dataset, any file format), `stream` (N-Quads, bounded memory), `shards` (one
  N-Quads file per article, e.g. on a dask cluster), `store` (a persistent Oxigraph store).
- `limits` (the per-article time budget) and `interrupt` (a Ctrl-C that native code cannot swallow).
"""
