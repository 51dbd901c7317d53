"""What the consultant should know about the loaded data as a whole: customers missing from
one file or the other, customers at zero or below, an empty period, repeated and rejected rows.

Each check returns :class:`Problem` objects, in the engagement's language; none raises.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from clientmix.core.formats import fmt_date
from clientmix.errors import message


@dataclass(frozen=True)
class Problem:
    """Something the consultant should know: ``level`` is "error" (unusable), "serious"
    (usable, but the owner must be warned: ``validate`` exits 2 and the report opens with it,
    see :mod:`clientmix.ingest.verdict`) or "warning"."""

    level: str
    text: str


def _first_ids(ids: list[str], n: int = 10) -> str:
    """The first ``n`` ids, comma-separated, with "..." when there are more."""
    return ", ".join(ids[:n]) + ("..." if len(ids) > n else "")


def customer_file_problems(missing: list[str], orphans: list[str], lang: str) -> list[Problem]:
    """Warnings for invoiced customers missing from the customers file (``missing``) and for
    customers of that file never invoiced (``orphans``)."""
    problems = []
    if missing:
        text = message(
            "ingest_missing_customers", lang, count=len(missing), ids=_first_ids(missing)
        )
        problems.append(Problem("warning", text))
    if orphans:
        text = message("ingest_orphan_customers", lang, count=len(orphans), ids=_first_ids(orphans))
        problems.append(Problem("warning", text))
    return problems


def period_problems(
    invoices: pd.DataFrame,
    net: pd.Series,
    anomalies: pd.DataFrame,
    period: tuple[pd.Timestamp, pd.Timestamp],
    lang: str,
) -> list[Problem]:
    """A warning for the customers at zero or below in the period (``anomalies``), and an
    error when the period has no invoice (``net`` empty) or no positive revenue.

    ``net`` is the net revenue of each customer invoiced in the period (currency units).
    """
    problems = []
    if len(anomalies):
        ids = ", ".join(anomalies["customer_id"].head(10))
        text = message("ingest_nonpositive_customers", lang, count=len(anomalies), ids=ids)
        problems.append(Problem("warning", text))
    if net.empty:
        start, end = period
        text = message(
            "ingest_no_invoice_in_period",
            lang,
            start=fmt_date(start, lang),
            end=fmt_date(end, lang),
            first=fmt_date(invoices["date"].min(), lang),
            last=fmt_date(invoices["date"].max(), lang),
        )
        problems.append(Problem("error", text))
    elif net.clip(lower=0).sum() <= 0:
        problems.append(Problem("error", message("ingest_no_positive_revenue", lang)))
    return problems + period_span_problems(invoices["date"].max(), period, lang)


# dates (issue 9)
def period_span_problems(
    last: pd.Timestamp, period: tuple[pd.Timestamp, pd.Timestamp], lang: str
) -> list[Problem]:
    """Warnings for a period longer than 12 months (its yearly figures cover more than a
    year) and for one ending after the month of the last invoice date ``last`` (its last
    months are empty, not a drop in sales)."""
    start, end = period
    problems = []
    if end >= start + pd.DateOffset(months=12):
        months = (end.year - start.year) * 12 + end.month - start.month + int(end.day >= start.day)
        text = message(
            "ingest_period_too_long",
            lang,
            start=fmt_date(start, lang),
            end=fmt_date(end, lang),
            months=months,
        )
        problems.append(Problem("warning", text))
    if pd.notna(last) and end > (last + pd.offsets.MonthEnd(0)).normalize():
        text = message(
            "ingest_period_after_data", lang, end=fmt_date(end, lang), last=fmt_date(last, lang)
        )
        problems.append(Problem("warning", text))
    return problems


def row_problems(invoices: pd.DataFrame, rejected: pd.DataFrame, lang: str) -> list[Problem]:
    """Warnings for the exactly repeated rows (flagged in ``invoices["duplicate"]``, kept)
    and for the rejected rows, counted by reason."""
    problems = []
    n_dup = int(invoices["duplicate"].sum())
    if n_dup:
        rows = ", ".join(map(str, invoices.loc[invoices["duplicate"], "source_row"].head(10)))
        problems.append(
            Problem("warning", message("ingest_duplicates", lang, count=n_dup, rows=rows))
        )
    if len(rejected):
        counts = rejected["reason"].value_counts()
        reasons = ", ".join(f"{k} {v}" for k, v in counts.items())
        text = message("ingest_rows_rejected", lang, count=len(rejected), reasons=reasons)
        problems.append(Problem("warning", text))
    return problems
