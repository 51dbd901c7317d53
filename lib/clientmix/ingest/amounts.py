"""The number columns of an invoice file (amount, quantity, unit_price, cost) read with a
decimal mark decided per column from all its values, and the line amount rounded half-up to
the cent.

A column whose values all have exactly three digits after their only separator ("43,280",
"1.500") does not tell its decimal mark: it takes the mark that the other number columns of
the file show, and that guess is said; when no column tells, loading stops with a message
naming the column, an example and the ``decimal:`` setting (never a silent 1,000 x error).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from clientmix.core.formats import fmt_num
from clientmix.errors import ClientmixError, message
from clientmix.ingest.config_source import SourceSpec
from clientmix.ingest.numbers import (
    DecimalEvidence,
    decimal_evidence,
    fraction_of_cent,
    parse_numbers,
    round_half_up,
)
from clientmix.ingest.raw_table import RawTable

NUMBER_COLUMNS = ("amount", "quantity", "unit_price", "cost")


@dataclass
class AmountColumns:
    """The number columns read (currency or units, NaN where unreadable or missing)."""

    values: dict[str, pd.Series]
    guesses: list[str] = field(default_factory=list)


def _file_mark(evidence: dict[str, DecimalEvidence]) -> str | None:
    """The decimal mark that the telling columns of the file show together, or None."""
    comma = sum(e.comma for e in evidence.values())
    dot = sum(e.dot for e in evidence.values())
    if comma == 0 and dot == 0:
        return None
    return "," if comma >= dot else "."


def decide_marks(
    raw: RawTable, spec: SourceSpec, mapping: dict[str, str], lang: str
) -> tuple[dict[str, str], list[str]]:
    """The decimal mark of each number column present (canonical name -> "," or "."), and
    the guesses to say.

    Raises
    ------
    ClientmixError
        A column holds only ambiguous values and no other number column tells the mark.
    """
    cols = [c for c in NUMBER_COLUMNS if c in mapping]
    if spec.decimal is not None:
        return {c: spec.decimal for c in cols}, []
    evidence = {c: decimal_evidence(raw.frame[mapping[c]]) for c in cols}
    file_mark = _file_mark(evidence)
    default = file_mark or ("." if raw.sep == "," else ",")
    marks: dict[str, str] = {}
    guesses: list[str] = []
    for col in cols:
        ev = evidence[col]
        if ev.mark is not None:
            marks[col] = ev.mark
        elif ev.ambiguous == 0:
            marks[col] = default
        elif file_mark is None:
            raise _undecided(raw, mapping[col], ev.example, lang)
        else:
            marks[col] = file_mark
            source = next(mapping[c] for c in cols if evidence[c].mark == file_mark)
            guesses.append(_borrowed(mapping[col], ev.example, source, file_mark, lang))
    probe = "amount" if "amount" in mapping else "unit_price"
    if raw.format == "csv" and probe in marks:
        key = "ingest_guess_decimal_comma" if marks[probe] == "," else "ingest_guess_decimal_point"
        guesses.insert(0, message(key, lang))
    return marks, guesses


def _read_as(example: str, mark: str, lang: str) -> str:
    value = parse_numbers(pd.Series([example], dtype=object), mark).iloc[0]
    return fmt_num(value, lang, decimals=3 if abs(value) < 1000 else 0)


def _borrowed(column: str, example: str, source: str, mark: str, lang: str) -> str:
    """The guess: the ambiguous ``column`` read with the mark of the ``source`` column."""
    mark_key = "ingest_mark_comma" if mark == "," else "ingest_mark_point"
    return message(
        "ingest_guess_decimal_borrowed",
        lang,
        column=column,
        example=example,
        source=source,
        mark=message(mark_key, lang),
        value=_read_as(example, mark, lang),
    )


def _undecided(raw: RawTable, column: str, example: str, lang: str) -> ClientmixError:
    return ClientmixError(
        message(
            "ingest_decimal_undecided",
            lang,
            path=raw.path,
            column=column,
            example=example,
            as_comma=_read_as(example, ",", lang),
            as_dot=_read_as(example, ".", lang),
        ),
        path=raw.path,
    )


def read_amounts(
    raw: RawTable, spec: SourceSpec, mapping: dict[str, str], lang: str
) -> AmountColumns:
    """amount (given, or quantity × unit_price), quantity, unit_price and cost as read
    (NaN where unreadable or missing); amount and cost rounded half-up to the cent (currency).

    The line amount computed from quantity × unit_price is said in the guesses, and so is
    the number of lines whose product fell between two cents.
    """
    marks, guesses = decide_marks(raw, spec, mapping, lang)
    values = {c: parse_numbers(raw.frame[mapping[c]], marks[c]) for c in marks}
    if "amount" in mapping:
        values["amount"] = round_half_up(values["amount"])
    else:
        product = values["quantity"] * values["unit_price"]
        values["amount"] = round_half_up(product)
        guesses.append(
            message(
                "ingest_guess_amount_product",
                lang,
                quantity=mapping["quantity"],
                unit_price=mapping["unit_price"],
            )
        )
        guesses += _rounding_guess(raw, product, values["amount"], lang)
    if "cost" in values:
        values["cost"] = round_half_up(values["cost"])
    return AmountColumns(values, guesses)


def _rounding_guess(raw: RawTable, product: pd.Series, rounded: pd.Series, lang: str) -> list[str]:
    """One guess when some quantity × unit_price fell between two cents (with an example)."""
    between = fraction_of_cent(product) & product.notna()
    if not between.any():
        return []
    first = between.idxmax()
    return [
        message(
            "ingest_guess_amount_rounded",
            lang,
            count=int(between.sum()),
            row=int(raw.source_row[first]),
            product=fmt_num(float(product[first]), lang, decimals=4),
            rounded=fmt_num(float(rounded[first]), lang, decimals=2),
        )
    ]
