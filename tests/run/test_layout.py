"""The package layout: the CLI is only kg/cli.py and kg/commands/; no library module imports it or prints."""

from __future__ import annotations

import ast
from pathlib import Path

KG = Path(__file__).resolve().parents[2] / "kg"


def _library_modules() -> list[Path]:
    return [p for p in KG.rglob("*.py") if p.name != "cli.py" and "commands" not in p.relative_to(KG).parts]


def _imports(tree: ast.AST) -> set[str]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
    return out


def test_no_library_module_imports_the_cli() -> None:
    offenders = sorted(str(p.relative_to(KG)) for p in _library_modules()
                       if any(m == "kg.cli" or m.startswith("kg.commands")
                              for m in _imports(ast.parse(p.read_text(encoding="utf-8")))))
    assert not offenders, offenders


def test_the_build_package_neither_prints_nor_exits() -> None:
    for path in (KG / "run").glob("*.py"):
        calls = {n.func.id for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                 if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
        assert not calls & {"print", "exit"}, path.name
