"""engagement.yaml keys about the rows of the sales file (issue 9): ``currency_rates``,
``id_normalise``, ``invoices.document_types`` and the attribute columns of
``invoices.columns``. Each check raises :class:`ClientmixError` naming the key and the file.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any

from clientmix.errors import ClientmixError, message
from clientmix.ingest.join import STEPS

ID_NORMALISE = ("auto", "none", *STEPS)
_ATTRIBUTE_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def _bad(key: str, value: Any, expected: str, config: Path, lang: str) -> ClientmixError:
    return ClientmixError(
        message(
            "ingest_rows_bad_setting",
            lang,
            setting=key,
            config=config,
            value=repr(value),
            expected=expected,
        ),
        path=config,
    )


def currency_rates(data: Any, config: Path, lang: str) -> dict[str, float]:
    """``currency_rates: {USD: 0.92}``: engagement-currency units per unit of each currency
    (codes upper-cased); positive numbers."""
    if data is None:
        return {}
    expected = message("ingest_rows_expected_rates", lang)
    if not isinstance(data, dict):
        raise _bad("currency_rates", data, expected, config, lang)
    rates = {}
    for code, rate in data.items():
        if isinstance(rate, bool) or not isinstance(rate, int | float) or rate <= 0:
            raise _bad(f"currency_rates.{code}", rate, expected, config, lang)
        rates[str(code).strip().upper()] = float(rate)
    return rates


def id_normalise(data: Any, config: Path, lang: str) -> str | list[str]:
    """``id_normalise:``: "auto" (default), "none" (or false), or one or a list of
    strip_leading_zeros, spaces, case."""
    if data is None or data is True:
        return "auto"
    if data is False:
        return "none"
    values = data if isinstance(data, list) else [data]
    if not all(str(v) in ID_NORMALISE for v in values):
        raise _bad("id_normalise", data, ", ".join(ID_NORMALISE), config, lang)
    if len(values) == 1 and str(values[0]) in ("auto", "none"):
        return str(values[0])
    if any(str(v) in ("auto", "none") for v in values):
        raise _bad("id_normalise", data, ", ".join(ID_NORMALISE), config, lang)
    return [str(v) for v in values]


def document_types(data: Any, setting: str, config: Path, lang: str) -> dict[str, list[str]]:
    """``document_types: {credit: [Avoir...], invoice: [Facture...]}``: values added to the
    built-in lists (a single value may be written without a list)."""
    if data is None:
        return {}
    key = f"{setting}.document_types"
    expected = message("ingest_rows_expected_document_types", lang)
    if not isinstance(data, dict) or not set(data) <= {"credit", "invoice"}:
        raise _bad(key, data, expected, config, lang)
    out = {}
    for kind, values in data.items():
        values = values if isinstance(values, list) else [values]
        out[kind] = [str(v) for v in values if v is not None]
    return out


def check_attribute_columns(
    columns: dict, canonical: tuple[str, ...], setting: str, config: Path, lang: str
) -> None:
    """Keys of ``invoices.columns`` beyond the canonical ones are attribute columns (country,
    salesperson...): a lower-case name, not a near-miss of a canonical name."""
    for key in columns:
        if key in canonical:
            continue
        close = difflib.get_close_matches(str(key), list(canonical), n=1, cutoff=0.8)
        if close or not _ATTRIBUTE_NAME.match(str(key)):
            hint = message("ingest_key_did_you_mean", lang, hint=close[0]) if close else ""
            raise ClientmixError(
                message(
                    "ingest_rows_bad_attribute",
                    lang,
                    setting=key,
                    where=f"{setting}.columns",
                    config=config,
                    hint=hint,
                    canonical=", ".join(canonical),
                ),
                path=config,
            )
