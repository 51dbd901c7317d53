"""The shape of the library: data flows one way between stages, computation draws and words
nothing, and no function or module outgrows a screen or a file.

Rules (ARCHITECTURE.md, "Inside lib/clientmix"):
- ``core`` and ``errors`` use no stage; a stage imports ``core``, ``errors`` and earlier stages
  only (ingest -> profile -> segment -> retention -> value -> classify -> dependency ->
  recommend);
- only ``cli`` and ``batch`` import ``report`` (besides ``report`` itself);
- computation modules (everything in a stage but its texts, charts, explorers and section)
  never import matplotlib, seaborn, ipywidgets, the wording lookup, the display objects, the
  chart style, or a stage's texts / charts / explorers.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

LIB = Path(__file__).resolve().parents[1] / "lib" / "clientmix"
STAGES = (
    "ingest",
    "profile",
    "segment",
    "retention",
    "value",
    "classify",
    "dependency",
    "recommend",
)
# modules of a stage that speak to the reader (may use wording, display, charts)
PRESENTATION = ("texts", "charts", "explore", "section")
FORBIDDEN_IN_COMPUTATION = (
    "matplotlib",
    "seaborn",
    "ipywidgets",
    "clientmix.core.labels",
    "clientmix.core.display",
    "clientmix.core.style",
)
MAX_FUNCTION_LINES = 60
MAX_MODULE_LINES = 500


def _modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(LIB.rglob("*.py")):
        parts = path.relative_to(LIB.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out.append((name, path))
    return out


def _imports(path: Path, name: str) -> set[str]:
    """Absolute names of every module imported by the file (relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parent + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def _part(module: str) -> str | None:
    """The top-level part of clientmix a module belongs to ("core", a stage, "report"...)."""
    parts = module.split(".")
    if parts[0] != "clientmix" or len(parts) < 2:
        return None
    return parts[1]


def _allowed(source: str, target: str) -> bool:
    """May a module in part ``source`` import a module in part ``target``?"""
    if target in ("core", "errors", source):
        return True
    if target == "__init__":
        return True
    if source in ("core", "errors"):
        return False
    if target == "report":
        return source in ("cli", "batch")
    if source in STAGES and target in STAGES:
        return STAGES.index(target) < STAGES.index(source)
    if source in STAGES:
        return False
    return True  # cli, batch, report, samples, __main__ sit on top


MODULES = _modules()


def _real(target: str) -> bool:
    """A clientmix module or package (not a name imported from one)."""
    rel = Path(*target.split(".")[1:])
    root = LIB.parent / "clientmix"
    return (root / rel).with_suffix(".py").is_file() or (root / rel / "__init__.py").is_file()


@pytest.mark.parametrize("name,path", MODULES, ids=[m for m, _ in MODULES])
def test_imports_follow_the_data_flow(name: str, path: Path) -> None:
    source = _part(name)
    bad = sorted(
        target
        for target in _imports(path, name)
        if target.startswith("clientmix.") and _real(target) and not _allowed(source, _part(target))
    )
    assert not bad, f"{name} imports {bad}: a stage imports core and earlier stages only"


def _is_computation(name: str) -> bool:
    parts = name.split(".")
    return (
        len(parts) >= 3
        and parts[1] in STAGES
        and parts[2] not in PRESENTATION
        and not (len(parts) == 3 and name.endswith("__init__"))
    )


COMPUTATION = [(m, p) for m, p in MODULES if _is_computation(m) and p.name != "__init__.py"]


@pytest.mark.parametrize("name,path", COMPUTATION, ids=[m for m, _ in COMPUTATION])
def test_computation_neither_draws_nor_words(name: str, path: Path) -> None:
    imported = _imports(path, name)
    bad = sorted(
        target
        for target in imported
        if any(target == f or target.startswith(f + ".") for f in FORBIDDEN_IN_COMPUTATION)
        or (
            target.startswith("clientmix.")
            and len(target.split(".")) >= 3
            and target.split(".")[1] in STAGES
            and target.split(".")[2] in PRESENTATION
        )
    )
    assert not bad, f"computation module {name} imports {bad}"


def test_rules_catch_a_backward_import() -> None:
    """The checker itself: a profile module importing dependency, or core importing a stage,
    or a stage importing report, is refused; the reverse directions are allowed."""
    assert not _allowed("profile", "dependency")
    assert not _allowed("core", "ingest")
    assert not _allowed("dependency", "report")
    assert _allowed("dependency", "profile")
    assert _allowed("cli", "report")
    assert _is_computation("clientmix.dependency.scenarios")
    assert not _is_computation("clientmix.dependency.texts")


def test_functions_fit_a_screen() -> None:
    long = []
    for name, path in MODULES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long.append(f"{name}.{node.name} ({lines} lines)")
    assert not long, "functions over 60 lines: " + ", ".join(long)


def test_modules_stay_small() -> None:
    big = [
        f"{name} ({n} lines)"
        for name, path in MODULES
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    ]
    assert not big, "modules over 500 lines: " + ", ".join(big)
