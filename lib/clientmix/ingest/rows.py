"""The steps of the sales rows beyond ids, dates and amounts (issue 9): document types
(credit notes as positive lines), totals lines, currencies, and attribute columns.

Each step works on the canonical rows being built (``out``, on the raw table's index) and
says what it decided in a :class:`RowsSaid`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from clientmix.core.formats import fmt_num
from clientmix.errors import message
from clientmix.ingest import currencies as currencies_module
from clientmix.ingest import documents, headers, parse
from clientmix.ingest.config_source import SourceSpec
from clientmix.ingest.missing import missing_mask
from clientmix.ingest.problems import Problem
from clientmix.ingest.raw_table import RawTable
from clientmix.ingest.totals_lines import totals_lines

CANONICAL = (*headers.INVOICE_HEADERS, "source_row", "duplicate")


@dataclass
class RowOptions:
    """Engagement settings the rows need: its currency and the rates of other currencies
    (engagement-currency units per unit)."""

    currency: str = "EUR"
    currency_rates: dict[str, float] = field(default_factory=dict)


@dataclass
class RowsSaid:
    """What the steps said: guesses, problems, and controls for the load's controls."""

    guesses: list[str]
    problems: list[Problem]
    controls: dict = field(default_factory=dict)


def check_document_column(
    raw: RawTable, spec: SourceSpec, mapping: dict[str, str], matches: list[str], lang: str
) -> None:
    """Drop from ``mapping`` (and its line from ``matches``) a document_type column matched
    by the bare header "Type" whose values are not document types (customer types...)."""
    header = mapping.get("document_type")
    if header is None or "document_type" in spec.columns:
        return
    if headers.normalise_header(header) != "type":  # "Type de document": no doubt
        return
    if documents.looks_like_document_types(raw.frame[header]):
        return
    del mapping["document_type"]
    line = message(
        "ingest_column_matched", lang, what="invoices", header=header, canonical="document_type"
    )
    if line in matches:
        matches.remove(line)


def document_types(
    raw: RawTable,
    spec: SourceSpec,
    mapping: dict[str, str],
    out: pd.DataFrame,
    said: RowsSaid,
    lang: str,
) -> None:
    """Negate the positive amounts of credit notes; ``out["document_type"]`` is "credit",
    "invoice" or "". Values recognised as neither are an error (a quote or a pro forma is no
    sale): the message names them and the setting to write."""
    header = mapping.get("document_type")
    if header is None:
        return
    extra = spec.document_types
    kinds = documents.document_kinds(raw.frame[header], extra.get("credit"), extra.get("invoice"))
    out["document_type"] = kinds.kinds
    negated = documents.negate_credit_notes(out, kinds.kinds)
    credit = int(kinds.kinds.eq("credit").sum())
    said.guesses.append(
        message("ingest_guess_credit_notes", lang, column=header, credit=credit, negated=negated)
    )
    if kinds.unknown:
        text = message(
            "ingest_unknown_document_types",
            lang,
            path=raw.path,
            column=header,
            values=", ".join(f"« {v} »" if lang == "fr" else f"'{v}'" for v in kinds.unknown[:8]),
            count=len(kinds.unknown),
        )
        said.problems.append(Problem("error", text))


def totals(raw: RawTable, out: pd.DataFrame, said: RowsSaid, lang: str) -> pd.Series:
    """The totals lines of ``out`` (True, on its index), counted in ``said.controls``
    (``rows_totals_skipped``, ``revenue_totals_skipped`` in currency, summed in cents) and
    said with their rows and labels."""
    names = out["customer_name"] if "customer_name" in out else None
    mask = totals_lines(raw.frame, out["customer_id"], names, out["date"], out["amount"])
    amounts = out.loc[mask, "amount"].dropna().to_numpy(dtype="float64")
    cents = int(np.round(amounts * 100).astype("int64").sum())
    said.controls["rows_totals_skipped"] = int(mask.sum())
    said.controls["revenue_totals_skipped"] = cents / 100
    if mask.any():
        first = raw.frame.loc[mask].head(5)
        # str() of each cell: empty cells of a workbook are NaN (float) even in text columns
        shown = first.apply(
            lambda r: next((str(v) for v in r if "total" in str(v).lower()), ""), axis=1
        )
        rows = ", ".join(
            f"{row} {label}".strip()
            for row, label in zip(out.loc[first.index, "source_row"], shown, strict=True)
        )
        said.guesses.append(
            message(
                "ingest_guess_totals_skipped",
                lang,
                count=int(mask.sum()),
                rows=rows + ("..." if mask.sum() > 5 else ""),
                amount=fmt_num(cents / 100, lang, 2),
            )
        )
    return mask


def currencies(
    raw: RawTable,
    mapping: dict[str, str],
    out: pd.DataFrame,
    counted: pd.Series,
    options: RowOptions,
    said: RowsSaid,
    lang: str,
) -> None:
    """Read the currency column and convert the other currencies (see
    :mod:`clientmix.ingest.currencies`); ``options``: the engagement's currency and rates."""
    header = mapping.get("currency")
    if header is None:
        return
    out["currency"] = currencies_module.currency_codes(raw.frame[header])
    outcome = currencies_module.apply_currencies(
        out,
        counted,
        options.currency,
        options.currency_rates,
        (raw.path, header),
        lang,
    )
    said.guesses += outcome.guesses
    said.problems += outcome.problems


def attributes(
    raw: RawTable, mapping: dict[str, str], out: pd.DataFrame, extra: Iterable[str] | None
) -> list[str]:
    """Copy into ``out`` the attribute columns of ``invoices.columns`` (names that are no
    canonical column: country, salesperson...), as text, NaN when missing; their names."""
    names = [c for c in mapping if c not in CANONICAL]
    for name in names:
        values = parse.parse_ids(raw.frame[mapping[name]])
        out[name] = values.mask(missing_mask(values, extra)).replace("", np.nan)
    return names


def attribute_columns(invoices: pd.DataFrame) -> list[str]:
    """The attribute columns of canonical invoices (see :func:`attributes`)."""
    return [c for c in invoices.columns if c not in CANONICAL]
