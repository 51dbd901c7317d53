"""Checks of engagement.yaml values: known keys, paths kept inside the engagement folder,
dates, numbers, and sections merged over their defaults.

Every check raises :class:`ClientmixError` naming the key and the file, in the engagement's
language.
"""

from __future__ import annotations

import copy
import datetime as dt
import difflib
import re
from pathlib import Path
from typing import Any

import pandas as pd

from clientmix.errors import ClientmixError, message


def quoted(name: str, lang: str) -> str:
    """``name`` between the quotes of ``lang`` (« name » in French, 'name' in English)."""
    return message("ingest_quoted", lang, name=name)


def _suggest(key: str, known: tuple[str, ...] | list[str]) -> str:
    close = difflib.get_close_matches(str(key), list(known), n=1, cutoff=0.5)
    return close[0] if close else ""


def check_keys(data: dict, known: tuple[str, ...], where: str, config: Path, lang: str) -> None:
    """An error naming the first key of ``data`` not in ``known`` (with the closest known key,
    or the list of them); ``where`` names the section for the message."""
    for key in data:
        if key in known:
            continue
        hint = _suggest(key, known)
        if hint:
            hint_text = message("ingest_key_did_you_mean", lang, hint=hint)
        else:
            hint_text = message("ingest_key_known", lang, keys=", ".join(known))
        raise ClientmixError(
            message(
                "ingest_unknown_key", lang, setting=key, where=where, config=config, hint=hint_text
            ),
            path=config,
        )


def resolve_inside(root: Path, rel: Any, key: str, config: Path, lang: str) -> Path:
    """The absolute path of ``rel`` under ``root``; an error if it would leave ``root``."""
    if not isinstance(rel, str) or not rel.strip():
        raise ClientmixError(
            message("ingest_path_not_text", lang, setting=key, config=config, value=repr(rel)),
            path=config,
        )
    candidate = Path(rel)
    resolved = (root / candidate).resolve()
    if candidate.is_absolute() or not resolved.is_relative_to(root.resolve()):
        raise ClientmixError(
            message("ingest_path_outside", lang, setting=key, path=rel, config=config, root=root),
            path=config,
        )
    return resolved


_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})$")


def _day_month_year(text: str) -> pd.Timestamp | None:
    """``text`` such as 01/02/2024 read day first (1 February), month first only when day
    first is impossible (01/13/2024); two-digit years 00-68 are 20xx, 69-99 19xx. None when
    ``text`` is not of that form; ValueError when it is a date neither way (31/31/2024)."""
    found = _DAY_MONTH_YEAR.match(text)
    if not found:
        return None
    a, b, year = (int(part) for part in found.groups())
    year = year + (2000 if year < 69 else 1900) if year < 100 else year
    for day, month in ((a, b), (b, a)):
        try:
            return pd.Timestamp(year=year, month=month, day=day)
        except ValueError:
            continue
    raise ValueError(text)


def as_timestamp(value: Any, key: str, config: Path, lang: str) -> pd.Timestamp:
    """A date of engagement.yaml (a YAML date, ISO text such as 2024-12-31, or dd/mm/yyyy
    read day first in both languages, month first only when day first is impossible) as a
    Timestamp."""
    if isinstance(value, dt.date):
        return pd.Timestamp(value)
    text = str(value).strip()
    try:
        stamp = _day_month_year(text)
        return stamp if stamp is not None else pd.Timestamp(text)
    except (ValueError, TypeError):
        raise ClientmixError(
            message("ingest_bad_date", lang, setting=key, config=config, value=repr(value)),
            path=config,
        ) from None


def merge_defaults(defaults: dict, given: Any, key: str, config: Path, lang: str) -> dict:
    """The section ``key`` of engagement.yaml over its ``defaults`` (a copy; nested mappings
    are updated key by key); an error on unknown keys."""
    if given is None:
        return copy.deepcopy(defaults)
    if not isinstance(given, dict):
        raise ClientmixError(
            message(
                "ingest_section_not_mapping",
                lang,
                setting=key,
                config=config,
                example=next(iter(defaults)),
            ),
            path=config,
        )
    check_keys(given, tuple(defaults), quoted(key, lang), config, lang)
    out = copy.deepcopy(defaults)
    for k, v in given.items():
        if isinstance(out.get(k), dict) and isinstance(v, dict):
            out[k].update(v)
        else:
            out[k] = v
    return out


def check_number(
    value: Any,
    key: str,
    config: Path,
    lang: str,
    *,
    low: float = 0.0,
    high: float | None = None,
    whole: bool = False,
) -> None:
    """A clear error unless ``value`` is a number in [low, high] (a whole one if asked)."""
    ok = isinstance(value, int | float) and not isinstance(value, bool)
    ok = ok and value >= low and (high is None or value <= high)
    ok = ok and (not whole or float(value).is_integer())
    if ok:
        return
    if high is not None:
        span = message("ingest_number_between", lang, low=f"{low:g}", high=f"{high:g}")
    else:
        span = message("ingest_number_at_least", lang, low=f"{low:g}")
    kind = message("ingest_whole_number" if whole else "ingest_number", lang)
    raise ClientmixError(
        message(
            "ingest_bad_number",
            lang,
            setting=key,
            config=config,
            kind=kind,
            range=span,
            value=repr(value),
        ),
        path=config,
    )
