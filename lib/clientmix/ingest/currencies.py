"""The currency column of a sales file: amounts in several currencies are never summed.

One currency, the engagement's: nothing to do. One other currency: a warning (the report
would write the engagement's currency symbol next to them), unless engagement.yaml gives its
rate (``currency_rates: {USD: 0.92}``: 1 USD = 0.92 in the engagement's currency), then the
amounts are converted. Several currencies: converted with ``currency_rates`` when every one
has a rate, else the load stops with the list of currencies and their amounts. Empty cells
are taken in the engagement's currency (said in the guesses).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from clientmix.core.formats import fmt_num
from clientmix.errors import ClientmixError, message
from clientmix.ingest.missing import missing_mask
from clientmix.ingest.problems import Problem

SYMBOLS = {"€": "EUR", "EURO": "EUR", "EUROS": "EUR", "$": "USD", "US$": "USD", "£": "GBP"}
CONVERTED = ("amount", "unit_price", "cost")


@dataclass
class CurrencyOutcome:
    """What the currency column said: lines for the guesses and problems."""

    guesses: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def currency_codes(values: pd.Series) -> pd.Series:
    """Upper-case currency codes ("eur", "€", "Euros" -> "EUR"); "" when missing."""
    text = values.astype(object).where(~missing_mask(values), "").astype(str).str.strip()
    text = text.str.upper()
    return text.replace(SYMBOLS)


def apply_currencies(
    out: pd.DataFrame,
    counted: pd.Series,
    home: str,
    rates: dict[str, float],
    where: tuple[Path, str],
    lang: str,
) -> CurrencyOutcome:
    """Convert, in ``out`` (with a ``currency`` column of codes), the amounts, unit prices and
    costs of other currencies into ``home`` with ``rates`` (home units per unit), rounded to
    the cent; ``counted``: the rows that count (totals lines excluded) for the amounts shown.

    Raises
    ------
    ClientmixError
        Several currencies and one of them without a rate: lists each with its amount.
    """
    path, column = where
    home = home.upper()
    result = CurrencyOutcome()
    blank = out["currency"].eq("")
    if blank.any() and not blank.all():
        result.guesses.append(
            message("ingest_guess_currency_blank", lang, count=int(blank.sum()), currency=home)
        )
    out.loc[blank, "currency"] = home
    found = out.loc[counted, "currency"].value_counts()
    others = [c for c in found.index if c != home]
    if not others:
        return result
    missing = [c for c in others if c not in rates]
    if missing and len(found) > 1:
        raise _several_currencies(out, counted, found, missing, home, where, lang)
    if missing:
        text = message("ingest_other_currency", lang, path=path, found=others[0], currency=home)
        result.problems.append(Problem("warning", text))
        return result
    for code in others:
        rows = out["currency"].eq(code)
        for col in CONVERTED:
            if col in out:
                out.loc[rows, col] = (out.loc[rows, col] * float(rates[code])).round(2)
        result.guesses.append(
            message(
                "ingest_guess_currency_converted",
                lang,
                count=int((rows & counted).sum()),
                found=code,
                rate=fmt_num(float(rates[code]), lang, 4),
                currency=home,
            )
        )
    out.loc[out["currency"].isin(others), "currency"] = home
    return result


def _several_currencies(
    out: pd.DataFrame,
    counted: pd.Series,
    found: pd.Series,
    missing: list[str],
    home: str,
    where: tuple[Path, str],
    lang: str,
) -> ClientmixError:
    """The error for several currencies, some without a rate: each currency with the sum
    of its amounts (in that currency) and its number of lines."""
    path, column = where
    totals = out[counted].groupby("currency")["amount"].sum().reindex(found.index)
    listed = "; ".join(
        f"{code} {fmt_num(totals[code], lang, 2)} ({found[code]})" for code in found.index
    )
    return ClientmixError(
        message(
            "ingest_several_currencies",
            lang,
            path=path,
            column=column,
            currencies=listed,
            missing=", ".join(missing),
            currency=home,
        ),
        path=path,
    )
