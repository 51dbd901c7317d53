"""Sections of the report: what each stage hands to the report, through one file each.

A stage that appears in the report declares one :class:`Section`: its notebook, the
metrics.json keys it produces, and (when it runs) publishes its figures with
:func:`publish`: the metrics.json keys it computed once and its lines for the front page,
written to ``<output_dir>/interim/sections/<name>.json`` together with the fingerprint of the
load they were computed from. The report reads every section back with :func:`collect`; a
section that did not publish, published for another load, or lacks a declared key stops the
report with a plain message instead of dropping keys.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clientmix.core.interim import LOAD_JSON, interim_dir, language_hint, write_json_atomic
from clientmix.core.jsonable import plain
from clientmix.errors import ClientmixError, message

SECTIONS_DIR = "sections"


@dataclass(frozen=True)
class Section:
    """One section of the report.

    Attributes
    ----------
    name : stable id ("dependency"); names the hand-over file.
    notebook : the notebook that computes and shows it ("05_recommend").
    keys : metrics.json keys it always produces, in report order.
    optional_keys : keys it produces only when the data allows (e.g. margin without costs).
    """

    name: str
    notebook: str
    keys: tuple[str, ...] = ()
    optional_keys: tuple[str, ...] = ()

    @property
    def publishes(self) -> bool:
        """Whether the section hands figures to the report (narrative-only sections do not)."""
        return bool(self.keys or self.optional_keys)


@dataclass(frozen=True)
class Published:
    """What a section handed over: its metrics.json keys and its front-page lines."""

    metrics: dict[str, Any]
    findings: list[str]


def sections_dir(output_dir: str | Path) -> Path:
    """The folder of the sections' hand-over files of a report folder."""
    return interim_dir(output_dir) / SECTIONS_DIR


def load_fingerprint(output_dir: str | Path) -> str:
    """A digest of ``interim/load.json``: ties every published section to one load."""
    path = interim_dir(output_dir) / LOAD_JSON
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def publish(
    output_dir: str | Path,
    section: Section,
    metrics: dict[str, Any],
    findings: list[str] | None = None,
) -> None:
    """Write the section's metrics.json keys and front-page lines (plain text, in the report's
    language) for the report. Returns None, so a notebook cell ending with it shows nothing.

    Raises
    ------
    ValueError
        When ``metrics`` lacks a declared key or holds an undeclared one (a programming error).
    """
    declared = set(section.keys) | set(section.optional_keys)
    missing = [k for k in section.keys if k not in metrics]
    extra = [k for k in metrics if k not in declared]
    if missing or extra:
        raise ValueError(
            f"Section {section.name!r}: metrics keys missing {missing}, undeclared {extra}."
        )
    data = {
        "section": section.name,
        "load": load_fingerprint(output_dir),
        "metrics": plain(metrics),
        "findings": [str(line) for line in findings or []],
    }
    write_json_atomic(sections_dir(output_dir) / f"{section.name}.json", data)


def collect(output_dir: str | Path, section: Section) -> Published:
    """Read back what ``section`` published for the current load.

    Raises
    ------
    ClientmixError
        When the section's file is missing, unreadable, written for another load (stale), or
        lacks a declared key; the message names the notebook to run.
    """
    path = sections_dir(output_dir) / f"{section.name}.json"
    lang = language_hint(output_dir)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise ClientmixError(
            message("section_missing", lang, notebook=section.notebook, path=path), path=path
        ) from None
    if data.get("load") != load_fingerprint(output_dir):
        raise ClientmixError(
            message("section_stale", lang, notebook=section.notebook, path=path), path=path
        )
    metrics = data.get("metrics") or {}
    missing = [k for k in section.keys if k not in metrics]
    if missing:
        raise ClientmixError(
            message(
                "section_incomplete",
                lang,
                notebook=section.notebook,
                path=path,
                keys=", ".join(missing),
            ),
            path=path,
        )
    return Published(metrics=metrics, findings=list(data.get("findings") or []))


def clear(output_dir: str | Path) -> None:
    """Remove every published section (before a full run, so none can be left from before)."""
    folder = sections_dir(output_dir)
    if folder.is_dir():
        for path in folder.glob("*.json"):
            path.unlink()
