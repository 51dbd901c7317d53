"""The one home of the words: both languages say the same things with the same blanks."""

from __future__ import annotations

import string

import pytest

from clientmix.core import wording
from clientmix.core.formats import plural_form
from clientmix.core.labels import label


def _fields(entry: str | dict[str, str]) -> set[str]:
    """The {fields} of an entry (of every plural form, plus the count field they depend on)."""
    if isinstance(entry, dict):
        out = {str(entry.get("count", "count"))}
        for template in wording.forms(entry).values():
            out |= _fields(template)
        return out
    return {name for _, name, _, _ in string.Formatter().parse(entry) if name}


def test_both_languages_have_the_same_keys() -> None:
    fr, en = wording.TABLES["fr"], wording.TABLES["en"]
    assert sorted(fr.keys() - en.keys()) == []
    assert sorted(en.keys() - fr.keys()) == []
    assert wording.ATTRIBUTES["fr"].keys() == wording.ATTRIBUTES["en"].keys()


def test_both_languages_fill_the_same_fields() -> None:
    fr, en = wording.TABLES["fr"], wording.TABLES["en"]
    differ = [k for k in fr.keys() & en.keys() if _fields(fr[k]) != _fields(en[k])]
    assert sorted(differ) == []


def test_a_key_is_defined_in_one_area_only() -> None:
    for lang in wording.LANGUAGES:
        areas = wording.areas(lang)
        seen: dict[str, str] = {}
        for area in areas:
            for key in area.WORDS:
                assert key not in seen, f"{key} in {seen.get(key)} and {area.__name__}"
                seen[key] = area.__name__


def test_lookup_fills_fields_and_shows_unknown_keys() -> None:
    assert label("period_range", "fr", start="01/01/2024", end="31/12/2024") == (
        "du 01/01/2024 au 31/12/2024"
    )
    assert label("period_range", "en", start="a", end="b") == "from a to b"
    assert label("no_such_key", "en") == "no_such_key"
    # a value holding braces is data, never a template
    assert label("period_range", "en", start="{x}", end="}") == "from {x} to }"


def _templates(lang: str) -> list[tuple[str, str]]:
    return [
        (key, template)
        for key, entry in wording.TABLES[lang].items()
        for template in wording.forms(entry).values()
    ]


@pytest.mark.parametrize("lang", wording.LANGUAGES)
def test_no_slash_s_plural_anywhere(lang: str) -> None:
    """Plurals are written out ("1 ligne", "2 lignes"), never as "ligne(s)" or "entr(y/ies)"."""
    bad = [key for key, text in _templates(lang) if "(s)" in text or "(y/ies)" in text]
    assert bad == []


def test_plural_entries_are_compatible_in_both_languages() -> None:
    """A plural entry has "one" and "other" in both languages, forms of the CLDR set only,
    a count field both fill, and every form fills the same fields (besides the count)."""
    fr, en = wording.TABLES["fr"], wording.TABLES["en"]
    for key, entry in fr.items():
        other = en[key]
        if not isinstance(entry, dict) and not isinstance(other, dict):
            continue
        assert isinstance(entry, dict) and isinstance(other, dict), key
        for table in (entry, other):
            assert {"one", "other"} <= set(table), key
            assert set(table) <= set(wording.PLURAL_FORMS) | {"count"}, key
            # the forms fill the same fields (the singular may spell its count out: "its one")
            count = str(table.get("count", "count"))
            forms = [_fields(t) - {count} for t in wording.forms(table).values()]
            assert all(f == forms[0] for f in forms), key
        # each language counts a field both fill ("1 vente sur 3" vs "1 of 3 sales")
        assert str(entry.get("count", "count")) in _fields(other), key
        assert str(other.get("count", "count")) in _fields(entry), key


def test_plural_rules_of_each_language() -> None:
    """CLDR: French counts 0 and 1 as singular, English 1 only; 1,000,000 is "many" in French
    (it falls back to "other": "1 000 000 lignes")."""
    assert [plural_form(n, "fr") for n in (0, 1, 2, 1_000_000)] == ["one", "one", "other", "many"]
    assert [plural_form(n, "en") for n in (0, 1, 2)] == ["other", "one", "other"]
    assert plural_form("1\u00a0234", "en") == "other"  # a count already formatted


def test_plural_lookup_takes_the_form_of_the_count() -> None:
    assert label("ingest_rows_rejected", "fr", count=1, reasons="r") == (
        "1 ligne rejetée : r. Voir le détail ligne par ligne."
    )
    assert label("ingest_rows_rejected", "fr", count=0, reasons="r").startswith("0 ligne rejetée")
    assert label("ingest_rows_rejected", "fr", count=3, reasons="r").startswith("3 lignes rejetées")
    assert label("ingest_rows_rejected", "fr", count=1_000_000, reasons="r").startswith(
        "1000000 lignes"
    )
    assert label("ingest_rows_rejected", "en", count=0, reasons="r").startswith("0 rows rejected")
    assert label("ingest_rows_rejected", "en", count=1, reasons="r").startswith("1 row rejected")
    assert label("ingest_rows_rejected", "en_US", count=2, reasons="r").startswith("2 rows")
    # the count may be another field, named by the entry
    fallen = label("dep_top_caption_fallen", "fr", fallen=1)
    assert "1 grand client de l'an passé perdu" in fallen
    assert "3 grands clients de l'an passé perdus" in label(
        "dep_top_caption_fallen", "fr", fallen=3
    )
