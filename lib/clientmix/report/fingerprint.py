"""What a report was made from, so a batch can skip the engagements that have not changed.

A fingerprint is a small JSON document, ``<report folder>/fingerprint.json``, written by the
batch only after the report completed. It records:

- ``inputs``: engagement.yaml and every file it references (``invoices.path``,
  ``customers.path``; a folder counts as all the files under it), each with its size,
  modification time (ns) and SHA-256 of its bytes;
- ``code``: the clientmix version, a digest of the library's source files and a digest of the
  report's notebooks (:func:`clientmix.report.execute.notebooks_dir`, so
  ``$CLIENTMIX_NOTEBOOKS`` counts);
- ``settings``: the options the batch was run with that change a report (a dict given by the
  caller; engagement.yaml's own settings are among the inputs).

An engagement is **unchanged** when its fingerprint equals the recorded one and the report's
``diagnostic.html`` and ``metrics.json`` are still there. Inputs are compared by content: a
file rewritten with the same bytes (new modification time) is unchanged; size and time only
spare the hashing of a file whose size and time are both as recorded.
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from typing import Any

import clientmix
from clientmix.core.interim import write_json_atomic
from clientmix.ingest.config import find_config, load_config

FILE_NAME = "fingerprint.json"
FORMAT = 1
REQUIRED_OUTPUTS = ("diagnostic.html", "metrics.json")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _files_digest(files: list[Path], root: Path) -> str:
    """One SHA-256 over the relative names and bytes of ``files``."""
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(str(path.relative_to(root)).encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


@functools.lru_cache(maxsize=1)
def library_digest() -> str:
    """Digest of the clientmix package's source (.py) files, computed once per process."""
    root = Path(clientmix.__file__).resolve().parent
    return _files_digest(list(root.rglob("*.py")), root)


def notebooks_digest() -> str:
    """Digest of the report's notebooks, wherever they are read from (once per process and
    folder)."""
    from clientmix.report.execute import notebooks_dir

    return _notebooks_digest(str(notebooks_dir()))


@functools.lru_cache(maxsize=4)
def _notebooks_digest(folder: str) -> str:
    return _files_digest(list(Path(folder).glob("*.ipynb")), Path(folder))


def code_fingerprint() -> dict[str, str]:
    """The code a report is made with: version, library digest, notebooks digest."""
    return {
        "clientmix": clientmix.__version__,
        "library": library_digest(),
        "notebooks": notebooks_digest(),
    }


def _input_files(engagement_dir: Path) -> tuple[Path, list[Path]]:
    """The engagement folder and its input files: engagement.yaml first, then the files it
    references (those that exist; a missing one fails the report anyway)."""
    config = find_config(engagement_dir).resolve()
    engagement = load_config(config)
    files = [config]
    for source in (engagement.invoices, engagement.customers):
        if source is None:
            continue
        if source.path.is_dir():
            files += sorted(p.resolve() for p in source.path.rglob("*") if p.is_file())
        elif source.path.is_file():
            files.append(source.path.resolve())
    return config.parent, files


def _file_entry(path: Path, previous: dict[str, Any] | None) -> dict[str, Any]:
    stat = path.stat()
    entry = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
    if previous and all(previous.get(k) == entry[k] for k in entry) and previous.get("sha256"):
        entry["sha256"] = previous["sha256"]
    else:
        entry["sha256"] = _sha256(path)
    return entry


def fingerprint(
    engagement_dir: str | Path,
    settings: dict[str, Any] | None = None,
    previous: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The fingerprint of an engagement now (see the module docstring).

    ``previous`` (a recorded fingerprint) lets files whose size and modification time are
    unchanged keep their recorded SHA-256 without being read again.

    Raises
    ------
    ClientmixError
        When engagement.yaml cannot be read (the report would fail the same way).
    """
    root, files = _input_files(Path(engagement_dir))
    known = (previous or {}).get("inputs", {})
    inputs = {
        str(path.relative_to(root)): _file_entry(path, known.get(str(path.relative_to(root))))
        for path in files
    }
    return {
        "format": FORMAT,
        "inputs": inputs,
        "code": code_fingerprint(),
        "settings": dict(settings or {}),
    }


def read(report_dir: str | Path) -> dict[str, Any] | None:
    """The fingerprint recorded in a report folder, or None (absent or unreadable)."""
    try:
        return json.loads((Path(report_dir) / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Same code, settings and input contents (modification times are not compared)."""

    def content(fp: dict[str, Any]) -> dict[str, Any]:
        return {name: (e["size"], e["sha256"]) for name, e in fp.get("inputs", {}).items()}

    return (
        a.get("format") == b.get("format")
        and a.get("code") == b.get("code")
        and a.get("settings") == b.get("settings")
        and content(a) == content(b)
    )


def unchanged(report_dir: str | Path, current: dict[str, Any]) -> bool:
    """True when the report folder holds a complete report made from ``current``."""
    report_dir = Path(report_dir)
    recorded = read(report_dir)
    if recorded is None or not all((report_dir / n).is_file() for n in REQUIRED_OUTPUTS):
        return False
    return _same(recorded, current)


def forget(report_dir: str | Path) -> None:
    """Remove a report folder's fingerprint (before its report is made again)."""
    (Path(report_dir) / FILE_NAME).unlink(missing_ok=True)


def record(report_dir: str | Path, current: dict[str, Any]) -> Path:
    """Write the fingerprint of a report that completed (atomically)."""
    return write_json_atomic(Path(report_dir) / FILE_NAME, current)
