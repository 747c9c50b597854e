"""The worker's import rules of ARCHITECTURE.md, read from the source (issue 13 §4): only the server sees
protobuf, the math (quant, kernels, eigen) imports no policy, and the runtime never imports the developer
tools. A new upward import fails here; the TypeScript twin is test/unit/layers.test.ts."""

from __future__ import annotations

import ast
import pathlib

PACKAGE = pathlib.Path(__file__).resolve().parents[2] / "py_runtime" / "moqlab"

# Shared leaves any module may import: the error type, atomic file writes, the package version.
LEAVES = {"errors", "fileio", "__version__"}

# What each top-level module or package of moqlab may import besides itself and the leaves.
ALLOWED: dict[str, set[str]] = {
    "__main__": {"*"},
    "server": {"*"},
    "__init__": {"export"},
    "export": {"kernels", "memory", "models", "quant"},
    "training": {"eigen", "kernels", "models", "quant"},
    "inspect": {"models"},
    "memory": {"kernels"},
    "eigen": {"quant"},
    "kernels": {"quant"},
    "quant": set(),
    "models": set(),
    "data": set(),
    "proto": set(),
}


def _parts(path: pathlib.Path, package: pathlib.Path) -> list[str]:
    return list(path.relative_to(package.parent).with_suffix("").parts)


def _layer(parts: list[str]) -> str:
    return parts[1] if len(parts) > 1 else ""


def _imports(path: pathlib.Path, package: pathlib.Path) -> list[str]:
    """Every module ``path`` imports, absolute, wherever in the file (lazy imports included)."""
    parts = _parts(path, package)
    here = parts[:-1]  # the package a relative import starts from (an __init__ is in its own package)
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if not node.level:
                out.append(node.module or "")
                continue
            base = here[: len(here) - (node.level - 1)]
            if node.module:
                out.append(".".join(base + [node.module]))
            else:
                out += [".".join(base + [alias.name]) for alias in node.names]
    return out


def _sources(package: pathlib.Path) -> list[pathlib.Path]:
    return sorted(p for p in package.rglob("*.py") if p.relative_to(package).parts[0] != "proto")


def violations(package: pathlib.Path) -> list[str]:
    """Upward imports and imports of the developer tools under ``package``."""
    bad = []
    for path in _sources(package):
        parts = _parts(path, package)
        layer = _layer(parts)
        for module in _imports(path, package):
            top = module.split(".")
            if top[0] == "moqlab_tools":
                bad.append(f"{'/'.join(parts)} imports {module}")
            elif top[0] == "moqlab" and len(top) > 1:
                to = top[1]
                allowed = ALLOWED.get(layer, set())
                if to != layer and to not in LEAVES and "*" not in allowed and to not in allowed:
                    bad.append(f"{'/'.join(parts)} -> {to}")
    return sorted(set(bad))


def test_finds_the_source_it_checks():
    files = _sources(PACKAGE)
    assert len(files) > 40
    layers = {_layer(_parts(p, PACKAGE)) for p in files}
    assert layers - LEAVES == set(ALLOWED) - {"proto"}


def test_imports_point_down_and_never_reach_the_developer_tools():
    assert violations(PACKAGE) == []


def test_the_rules_see_a_violation(tmp_path):
    package = tmp_path / "moqlab"
    (package / "quant").mkdir(parents=True)
    (package / "quant" / "bad.py").write_text(
        "from ..proto import messages\nfrom . import grouping\n\ndef f():\n    import moqlab_tools.bench\n    from ..training import Trainer\n"
    )
    (package / "server").mkdir()
    (package / "server" / "ok.py").write_text("from ..training import Trainer\nfrom ..proto import messages\n")
    assert _imports(package / "quant" / "bad.py", package) == [
        "moqlab.proto", "moqlab.quant.grouping", "moqlab_tools.bench", "moqlab.training",
    ]
    assert violations(package) == [
        "moqlab/quant/bad -> proto", "moqlab/quant/bad -> training", "moqlab/quant/bad imports moqlab_tools.bench",
    ]
