"""The one home of the words: report and console wording, one package per language.

``wording/fr/`` and ``wording/en/`` hold one module per area (see :data:`AREAS`),
each with a ``WORDS`` table: key -> template.
Code outside this package never writes a sentence: it picks a key and gives the values
(:func:`clientmix.core.labels.label` for the report, :func:`clientmix.errors.message` for
errors and the console). Computation returns codes and numbers only.
"""

from __future__ import annotations

import importlib
from types import ModuleType

LANGUAGES = ("fr", "en")
# one module per area in each language's package, in this order
AREAS = (
    "common",
    "ingest",
    "fec",
    "profile",
    "segment",
    "value",
    "classify",
    "dependency",
    "checks",
    "report",
    "cli",
)


def areas(lang: str) -> tuple[ModuleType, ...]:
    """The area modules of ``lang`` ("fr" or "en"), in :data:`AREAS` order."""
    return tuple(importlib.import_module(f"{__name__}.{lang}.{area}") for area in AREAS)


def _merge(areas: tuple[ModuleType, ...]) -> dict[str, str]:
    table: dict[str, str] = {}
    for area in areas:
        clash = table.keys() & area.WORDS.keys()
        if clash:
            raise RuntimeError(f"wording keys defined twice ({area.__name__}): {sorted(clash)}")
        table.update(area.WORDS)
    return table


TABLES: dict[str, dict[str, str]] = {lang: _merge(areas(lang)) for lang in LANGUAGES}
ATTRIBUTES: dict[str, dict[str, str]] = {lang: areas(lang)[0].ATTRIBUTES for lang in LANGUAGES}


def table(lang: str | None) -> dict[str, str]:
    """The wording table of ``lang`` (French unless ``lang == "en"``)."""
    return TABLES["en" if lang == "en" else "fr"]


def text(key: str, lang: str | None = "fr", **fields: object) -> str:
    """The wording of ``key`` in ``lang`` with its ``{fields}`` filled in (the key itself when
    unknown, so a missing entry shows rather than crashes)."""
    template = table(lang).get(key, key)
    return template.format(**fields) if fields else template
