"""The one home of the words: report and console wording, one package per language.

``wording/fr/`` and ``wording/en/`` hold one module per area (common, ingest, profile,
segment, classify, dependency, report, cli), each with a ``WORDS`` table: key -> template.
Code outside this package never writes a sentence: it picks a key and gives the values
(:func:`clientmix.core.labels.label`). Computation returns codes and numbers only.
"""

from __future__ import annotations

from types import ModuleType

from clientmix.core.wording import en, fr

LANGUAGES = ("fr", "en")


def _merge(areas: tuple[ModuleType, ...]) -> dict[str, str]:
    table: dict[str, str] = {}
    for area in areas:
        clash = table.keys() & area.WORDS.keys()
        if clash:
            raise RuntimeError(f"wording keys defined twice ({area.__name__}): {sorted(clash)}")
        table.update(area.WORDS)
    return table


TABLES: dict[str, dict[str, str]] = {"fr": _merge(fr.AREAS), "en": _merge(en.AREAS)}
ATTRIBUTES: dict[str, dict[str, str]] = {"fr": fr.ATTRIBUTES, "en": en.ATTRIBUTES}


def table(lang: str | None) -> dict[str, str]:
    """The wording table of ``lang`` (French unless ``lang == "en"``)."""
    return TABLES["en" if lang == "en" else "fr"]


def text(key: str, lang: str | None = "fr", **fields: object) -> str:
    """The wording of ``key`` in ``lang`` with its ``{fields}`` filled in (the key itself when
    unknown, so a missing entry shows rather than crashes)."""
    template = table(lang).get(key, key)
    return template.format(**fields) if fields else template
