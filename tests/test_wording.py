"""The one home of the words: both languages say the same things with the same blanks."""

from __future__ import annotations

import string

from clientmix.core import wording
from clientmix.core.labels import label


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


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
