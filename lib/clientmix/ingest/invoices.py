"""Canonical invoices from a raw table: identifiers, dates, amounts in currency (rounded to
the cent), and one reason for each row that cannot be used.

Every row read ends in exactly one place: the canonical ``invoices`` table or the ``rejected``
table with its source row number and the reason: ``missing_customer_id`` (empty, or a
missing-value marker such as ``NA``), ``bad_date``, ``bad_amount``, or ``bad_line`` (a CSV
line the reader could not split into the header's columns), or, for a totals line ("Total
général"...), in neither, counted apart (see :mod:`clientmix.ingest.totals_lines`).

Credit notes written as positive lines with a document type are negated, amounts in other
currencies converted (or the load stops), attribute columns kept (see
:mod:`clientmix.ingest.rows`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from clientmix.errors import ClientmixError, message
from clientmix.ingest import amounts, headers, missing, parse, rows
from clientmix.ingest import ids as ids_module
from clientmix.ingest.column_mapping import missing_column, resolve_columns
from clientmix.ingest.config import SourceSpec
from clientmix.ingest.dates import mixed_order_problem
from clientmix.ingest.problems import Problem
from clientmix.ingest.raw_table import RawTable
from clientmix.ingest.rows import RowOptions

REJECTED_COLUMNS = ["source_row", "reason", "detail", "amount", "file"]


@dataclass
class SalesRows:
    """The sales file read: canonical invoices, rejected rows and what was said about them."""

    invoices: pd.DataFrame
    rejected: pd.DataFrame
    guesses: list[str]
    matches: list[str]
    problems: list[Problem]
    rows_read: int
    controls: dict = field(default_factory=dict)
    """Controls of the source beyond the common ones (the FEC's, under "fec")."""


def flag_duplicates(invoices: pd.DataFrame) -> None:
    """Add ``duplicate``: True for a row equal to an earlier one in every column but
    ``source_row`` (flagged, kept in the totals)."""
    key = [c for c in invoices.columns if c != "source_row"]
    invoices["duplicate"] = invoices.duplicated(subset=key, keep="first")


def invoices_from_raw(
    raw: RawTable, spec: SourceSpec, lang: str = "fr"
) -> tuple[pd.DataFrame, pd.DataFrame, list[str], list[str], list[Problem]]:
    """Canonical invoices and rejected rows from a raw table (see :func:`sales_from_raw`).

    Returns
    -------
    invoices, rejected, guesses, matches, problems
    """
    sales = sales_from_raw(raw, spec, lang)
    return sales.invoices, sales.rejected, sales.guesses, sales.matches, sales.problems


def sales_from_raw(
    raw: RawTable, spec: SourceSpec, lang: str = "fr", options: RowOptions | None = None
) -> SalesRows:
    """The sales file read into canonical invoices, rejected rows and skipped totals lines.

    ``invoices`` has the canonical columns (amounts in the engagement's currency, rounded to
    the cent; credit notes negative), the attribute columns of ``invoices.columns`` and
    ``source_row``; ``rejected`` has source_row, reason, detail, amount, file. Totals lines
    are in neither: ``controls`` counts them (``rows_totals_skipped``,
    ``revenue_totals_skipped``), so rows_read = used + rejected + totals skipped.
    """
    options = options or RowOptions()
    mapping, matches = resolve_columns(raw, spec, headers.INVOICE_HEADERS, "invoices", lang)
    rows.check_document_column(raw, spec, mapping, matches, lang)
    guesses = list(raw.guesses)
    problems: list[Problem] = []
    frame = raw.frame
    if "customer_id" not in mapping:
        raise missing_column(raw, "customer_id", "invoices", lang, "Code client")
    if "date" not in mapping:
        raise missing_column(raw, "date", "invoices", lang, "Date facture")
    if "amount" not in mapping and not {"quantity", "unit_price"} <= set(mapping):
        raise missing_column(raw, "amount", "invoices", lang, "Montant HT")

    out = pd.DataFrame(index=frame.index)
    ids = parse.parse_ids(frame[mapping["customer_id"]])
    cells = frame[mapping["customer_id"]]
    markers = ids_module.id_markers(cells, getattr(spec, "na_values", None))
    out["customer_id"] = ids.mask(markers, "")
    out["date"] = _dates(raw, spec, mapping["date"], guesses, problems, lang)
    _amounts(raw, spec, mapping, out, guesses, lang)
    for col in ("customer_name", "invoice_id", "product"):
        if col in mapping:
            out[col] = parse.parse_ids(frame[mapping[col]])
    out["source_row"] = raw.source_row.to_numpy()
    said = rows.RowsSaid(guesses, problems)
    rows.document_types(raw, spec, mapping, out, said, lang)
    totals = rows.totals(raw, out, said, lang)
    rows.currencies(raw, mapping, out, ~totals, options, said, lang)
    rows.attributes(raw, mapping, out, getattr(spec, "na_values", None))

    kept = out[~totals]
    rejected_mask, rejected = _rejected(raw, mapping, kept, markers[~totals], lang)
    invoices = kept[~rejected_mask].reset_index(drop=True)
    problems += ids_module.scientific_id_problem(
        invoices["customer_id"], invoices["source_row"], raw.path, mapping["customer_id"], lang
    )
    if "cost" in invoices:
        raw_cost = frame.loc[kept.index[~rejected_mask], mapping["cost"]].reset_index(drop=True)
        problems += _unreadable_costs(raw, mapping["cost"], raw_cost, invoices, lang)
    flag_duplicates(invoices)
    rows_read = len(frame) + (0 if raw.bad_lines is None else len(raw.bad_lines))
    return SalesRows(invoices, rejected, guesses, matches, problems, rows_read, said.controls)


def _dates(
    raw: RawTable,
    spec: SourceSpec,
    column: str,
    guesses: list[str],
    problems: list[Problem],
    lang: str,
) -> pd.Series:
    """The invoice dates at midnight (NaT where unreadable); the layout read goes to
    ``guesses``, ambiguous dates to ``problems``.

    Raises
    ------
    ClientmixError
        The ``dayfirst`` of engagement.yaml makes the dates unreadable and the other order
        reads them.
    """
    dates = parse.parse_dates(raw.frame[column], spec.dayfirst)
    problems += mixed_order_problem(dates.mixed, raw.path, column, lang)
    values = dates.values.dt.normalize()  # a time of day would fall after period_end
    if dates.layout not in ("native", "unknown"):
        if dates.ambiguous:
            text = message("ingest_ambiguous_dates", lang, path=raw.path, column=column)
            problems.append(Problem("warning", text))
        elif dates.dayfirst_guessed:
            guesses.append(message("ingest_guess_date_layout", lang, layout=dates.layout))
    if dates.contradicts_dayfirst:
        sample = raw.frame.loc[values.isna(), column].astype(str).head(1)
        raise ClientmixError(
            message(
                "ingest_dayfirst_contradicted",
                lang,
                path=raw.path,
                column=column,
                given=str(spec.dayfirst).lower(),
                other=str(not spec.dayfirst).lower(),
                row=int(raw.source_row[sample.index[0]]) if len(sample) else 0,
                value=sample.iloc[0] if len(sample) else "",
            ),
            path=raw.path,
        )
    return values


def _amounts(
    raw: RawTable,
    spec: SourceSpec,
    mapping: dict[str, str],
    out: pd.DataFrame,
    guesses: list[str],
    lang: str,
) -> None:
    """Fill ``out`` with amount (given, or quantity × unit price), quantity, unit_price and
    cost as read (NaN where unreadable or missing), amounts and costs rounded half-up to the
    cent; the decimal mark decided per column and the rounding go to ``guesses`` (see
    :mod:`clientmix.ingest.amounts`)."""
    read = amounts.read_amounts(raw, spec, mapping, lang)
    for col, values in read.values.items():
        out[col] = values
    guesses += read.guesses


def _rejected(
    raw: RawTable, mapping: dict[str, str], out: pd.DataFrame, markers: pd.Series, lang: str
) -> tuple[pd.Series, pd.DataFrame]:
    """Which rows of ``out`` are rejected, and the rejected table (source_row, reason,
    detail, amount, file: the path as written in engagement.yaml, with the sheet when
    several sheets are read together) with the lines the reader could not split, by line
    number.

    One reason per row, in priority order: missing id (empty, or a missing-value marker
    such as "NA" in ``markers``), bad date, bad amount.
    """
    frame = raw.frame
    reason = pd.Series("", index=out.index, dtype=object)
    detail = pd.Series("", index=out.index, dtype=object)
    miss_id = out["customer_id"].eq("")
    reason[miss_id] = "missing_customer_id"
    detail[miss_id] = message("ingest_reject_empty", lang, header=mapping["customer_id"])
    if markers.any():
        header = mapping["customer_id"]
        cells = frame.loc[markers[markers].index, header]
        detail[markers] = _reject_detail("ingest_reject_id_marker", header, cells, lang)
    checks = [("date", "bad_date", "ingest_reject_not_date")]
    amount_cols = ["amount"] if "amount" in mapping else ["quantity", "unit_price"]
    checks += [(col, "bad_amount", "ingest_reject_not_number") for col in amount_cols]
    for col, code, key in checks:
        bad = out[col].isna() & reason.eq("")
        if bad.any():
            reason[bad] = code
            cells = frame.loc[bad[bad].index, mapping[col]]
            detail[bad] = _reject_detail(key, mapping[col], cells, lang)
    rejected_mask = reason.ne("")
    rejected = pd.DataFrame(
        {
            "source_row": out.loc[rejected_mask, "source_row"].astype("int64"),
            "reason": reason[rejected_mask],
            "detail": detail[rejected_mask],
            "amount": out.loc[rejected_mask, "amount"],
            # the path, and the sheet when several sheets of a workbook are read together
            "file": _files(raw, out.index[rejected_mask], lang),
        }
    )
    if raw.bad_lines is not None and len(raw.bad_lines):
        extra = raw.bad_lines.assign(reason="bad_line", amount=np.nan, file=raw.rel_path)
        rejected = pd.concat([rejected, extra[rejected.columns]], ignore_index=True)
    rejected = rejected.sort_values("source_row", kind="stable").reset_index(drop=True)
    return rejected_mask, rejected


def _files(raw: RawTable, index: pd.Index, lang: str) -> np.ndarray | str:
    """The file of the rows ``index`` of ``raw`` as messages name it (with their sheet when
    several sheets are read together; the path alone otherwise)."""
    if raw.sheet is None or not len(index):
        return raw.rel_path
    return raw.row_files(lang).loc[index].to_numpy(dtype=object)


def _reject_detail(key: str, header: str, values: pd.Series, lang: str) -> pd.Series:
    """The detail of each rejected cell: the wording ``key`` with the column and the value
    (its first 40 characters), or "column ... is empty"."""
    shown = values.astype(str).str.strip().str.slice(0, 40)
    before, _, after = message(key, lang, header=header, value="\0").partition("\0")
    empty = shown.eq("") | missing.missing_mask(values)  # NA, #N/A, NULL, -, (vide)...
    blank = message("ingest_reject_empty", lang, header=header)
    return (before + shown + after).where(~empty, blank)


def _unreadable_costs(
    raw: RawTable, column: str, raw_cost: pd.Series, invoices: pd.DataFrame, lang: str
) -> list[Problem]:
    """A warning for the used rows whose cost cell is filled but not a number (``raw_cost``:
    the cells of the used rows)."""
    unreadable = invoices["cost"].isna() & parse.parse_ids(raw_cost).ne("")
    if not unreadable.any():
        return []
    rows = ", ".join(map(str, invoices.loc[unreadable, "source_row"].head(5)))
    text = message(
        "ingest_unreadable_costs",
        lang,
        count=int(unreadable.sum()),
        path=raw.path,
        column=column,
        rows=rows,
    )
    return [Problem("warning", text)]
