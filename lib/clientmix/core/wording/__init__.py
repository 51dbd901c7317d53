"""The one home of the words: report and console wording, one package per language.

``wording/fr/`` and ``wording/en/`` hold one module per area (see :data:`AREAS`),
each with a ``WORDS`` table: key -> template. A sentence that depends on a number is a dict of
CLDR plural forms, ``{"one": "{count} ligne rejetée", "other": "{count} lignes rejetées"}``,
chosen by Babel's plural rules of the language (French: 0 and 1 are "one"; English: 1 only)
from the field ``count`` (or the field named by the dict's ``"count"`` entry); a form missing
in the dict (French "many") falls back to ``"other"``. Never write "(s)".
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
    "retention",
    "value",
    "classify",
    "dependency",
    "recommend",
    "checks",
    "report",
    "portfolio",
    "cli",
)


def areas(lang: str) -> tuple[ModuleType, ...]:
    """The area modules of ``lang`` ("fr" or "en"), in :data:`AREAS` order."""
    return tuple(importlib.import_module(f"{__name__}.{lang}.{area}") for area in AREAS)


def _merge(areas: tuple[ModuleType, ...]) -> dict[str, str | dict[str, str]]:
    table: dict[str, str | dict[str, str]] = {}
    for area in areas:
        clash = table.keys() & area.WORDS.keys()
        if clash:
            raise RuntimeError(f"wording keys defined twice ({area.__name__}): {sorted(clash)}")
        table.update(area.WORDS)
    return table


TABLES: dict[str, dict[str, str | dict[str, str]]] = {
    lang: _merge(areas(lang)) for lang in LANGUAGES
}
ATTRIBUTES: dict[str, dict[str, str]] = {lang: areas(lang)[0].ATTRIBUTES for lang in LANGUAGES}


PLURAL_FORMS = ("zero", "one", "two", "few", "many", "other")
Entry = str | dict[str, str]


def language(lang: str | None) -> str:
    """``"en"`` or ``"fr"`` from a language or a locale name (``en_US`` -> ``en``)."""
    return "en" if (lang or "fr")[:2] == "en" else "fr"


def table(lang: str | None) -> dict[str, Entry]:
    """The wording table of ``lang`` (French unless English: ``en``, ``en_US``...)."""
    return TABLES[language(lang)]


def forms(entry: Entry) -> dict[str, str]:
    """The plural forms of a table entry (``{"other": entry}`` for a plain template)."""
    if isinstance(entry, str):
        return {"other": entry}
    return {form: template for form, template in entry.items() if form in PLURAL_FORMS}


def choose(entry: Entry, lang: str | None, fields: dict[str, object]) -> str:
    """The template of ``entry`` for ``fields``: its plural form for the count field (Babel's
    rules of the language), ``other`` when the form or the count is missing."""
    if isinstance(entry, str):
        return entry
    from clientmix.core.formats import plural_form

    count = fields.get(str(entry.get("count", "count")))
    form = "other" if count is None else plural_form(count, language(lang))
    return entry.get(form) or entry["other"]


def text(key: str, lang: str | None = "fr", **fields: object) -> str:
    """The wording of ``key`` in ``lang`` with its ``{fields}`` filled in (the key itself when
    unknown, so a missing entry shows rather than crashes). Plural entries take the form of
    the ``count`` field."""
    template = choose(table(lang).get(key, key), lang, fields)
    return template.format(**fields) if fields else template
