"""No module of the kit's own Python imports another that imports it back, directly or through
others: each package reads top-down. Judged by grimp's import graph, built from the source."""

from __future__ import annotations

from pathlib import Path

import grimp
import pytest

from tools.check import PATHS

# The kit's own packages, as `make check` knows them (generated/ is the client, a package of its
# own).
PACKAGES = tuple(p for p in PATHS if not p.endswith(".py"))


def cycles(*packages: str) -> list[tuple[str, ...]]:
    """Each import of a module whose target leads back to it, as the chain that closes the loop."""
    graph = grimp.build_graph(*packages, cache_dir=None)
    found = []
    for module in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            back = graph.find_shortest_chain(importer=imported, imported=module)
            if back is not None:
                found.append((module, *back))
    return found


def test_the_kit_has_no_import_cycle() -> None:
    assert cycles(*PACKAGES) == []


def test_a_cycle_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "loop"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from loop.b import B\nA = 1\n")
    (package / "b.py").write_text("from loop import c\nB = 2\n")
    (package / "c.py").write_text("from loop.a import A\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert ("loop.a", "loop.b", "loop.c", "loop.a") in cycles("loop")
