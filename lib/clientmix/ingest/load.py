"""Load an engagement: read its files, normalise them to the canonical tables, reconcile.

Every row read ends in exactly one place: the canonical ``invoices`` table or the ``rejected``
table with its source row number and the reason. Amounts are rounded to the cent when read, and
control totals are summed in integer cents, so ``revenue_read = revenue_used + revenue_rejected``
holds exactly. Rows outside the analysis period are used (they feed trends) and counted apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from clientmix.errors import ClientmixError, message
from clientmix.ingest.config import Engagement, load_config
from clientmix.ingest.customers import customers_from_raw
from clientmix.ingest.date_outliers import bulk_dates, typo_problems
from clientmix.ingest.invoices import SalesRows, sales_from_raw
from clientmix.ingest.link import link_customers, with_ledger_attributes
from clientmix.ingest.problems import (  # noqa: F401  (re-exported: load.Problem)
    Problem,
    customer_file_problems,
    period_problems,
    row_problems,
)
from clientmix.ingest.readers import read_raw
from clientmix.ingest.rows import RowOptions
from clientmix.ingest.sales_from_fec import load_fec, looks_like_fec
from clientmix.ingest.verdict import no_usable_row_error, rejection_problems


@dataclass
class LoadResult:
    """Everything :func:`load_engagement` found. Amounts in the engagement's currency."""

    engagement: Engagement
    invoices: pd.DataFrame
    rejected: pd.DataFrame
    customers: pd.DataFrame
    period_start: pd.Timestamp
    period_end: pd.Timestamp
    controls: dict
    guesses: list[str] = field(default_factory=list)
    matches: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    anomalies: pd.DataFrame = field(default_factory=pd.DataFrame)
    missing_customers: list[str] = field(default_factory=list)
    """Customer ids in the invoices but not in the customers file."""
    orphan_customers: list[str] = field(default_factory=list)
    """Customer ids in the customers file with no invoice at all."""

    @property
    def usable(self) -> bool:
        """True when there is no error: the diagnostic can run."""
        return not any(p.level == "error" for p in self.problems)

    @property
    def period_invoices(self) -> pd.DataFrame:
        """The used rows dated inside the analysis period."""
        d = self.invoices["date"]
        return self.invoices[(d >= self.period_start) & (d <= self.period_end)]


@dataclass
class _Customers:
    """The customers side of a load: the table, the ids invoiced, and the ids found in one
    file only (both empty without a customers file)."""

    table: pd.DataFrame
    invoiced: pd.Index
    missing: list[str]
    orphans: list[str]


def _cents(values: pd.Series) -> int:
    """Sum of amounts as integer cents (NaN ignored)."""
    v = values.dropna().to_numpy(dtype="float64")
    return int(np.round(v * 100).astype("int64").sum())


def default_period(dates: pd.Series) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The last 12 whole months of data: from the first day of the month 11 months before
    the last invoice's month to the last day of that month."""
    last = dates.max()
    end = (last + pd.offsets.MonthEnd(0)).normalize()
    start = (end + pd.Timedelta(days=1)) - pd.DateOffset(months=12)
    return pd.Timestamp(start), pd.Timestamp(end)


def _period(engagement: Engagement, dates: pd.Series) -> tuple[pd.Timestamp, pd.Timestamp]:
    start, end = engagement.period_start, engagement.period_end
    if start is None and end is None:
        return default_period(bulk_dates(dates))  # values (issue 9): a 2042 typo is ignored
    if end is None:
        end = start + pd.DateOffset(months=12) - pd.Timedelta(days=1)
    if start is None:
        start = end + pd.Timedelta(days=1) - pd.DateOffset(months=12)
    return pd.Timestamp(start), pd.Timestamp(end)


def _load_invoices(engagement: Engagement) -> SalesRows:
    """The sales file read: a FEC (format: fec, or sniffed) or a table of invoices."""
    spec = engagement.invoices
    lang = engagement.language
    if spec.format == "fec" or (spec.format is None and looks_like_fec(spec.path)):
        return load_fec(engagement)
    raw = read_raw(spec, lang=lang, what="invoices")
    # rows (issue 9): totals lines skipped, credit notes, currencies, attribute columns
    options = RowOptions(engagement.currency, engagement.currency_rates)
    return sales_from_raw(raw, spec, lang, options)


def _apply_cost_rate(engagement: Engagement, sales: SalesRows) -> None:
    """Without a cost column, the direct cost of each row is ``finance.cost_rate`` of its
    amount (rounded to the cent), said in the guesses."""
    cost_rate = engagement.finance.get("cost_rate")
    invoices = sales.invoices
    if cost_rate is None or "cost" in invoices or not len(invoices):
        return
    lang = engagement.language
    if not isinstance(cost_rate, int | float) or not 0 <= cost_rate <= 1:
        raise ClientmixError(
            message(
                "ingest_bad_cost_rate",
                lang,
                config=engagement.config_path,
                value=repr(cost_rate),
            ),
            path=engagement.config_path,
        )
    invoices["cost"] = (invoices["amount"] * float(cost_rate)).round(2)
    sales.guesses.append(message("ingest_guess_cost_rate", lang, percent=f"{cost_rate * 100:.0f}"))


def _customers(engagement: Engagement, sales: SalesRows) -> _Customers:
    """The customers table (the customers file's, else the ids invoiced), each with a name;
    the file's guesses, matches and problems go to ``sales``."""
    lang = engagement.language
    invoices = sales.invoices
    table = pd.DataFrame({"customer_id": pd.Series(dtype=object)})
    spec = engagement.customers
    if spec is not None:
        raw = read_raw(spec, lang=lang, what="customers")
        table, guesses, problems = customers_from_raw(raw, spec, lang)
        # rows (issue 9): ids written differently in the two files, a join that fails
        table, joined, join_problems = link_customers(
            table, invoices, engagement.id_normalise, spec.rel_path, lang
        )
        sales.guesses += joined
        problems = problems + join_problems
        sales.guesses += [message("ingest_guess_customers", lang, guess=g) for g in raw.guesses]
        sales.matches += [g for g in guesses if g not in raw.guesses]
        sales.problems += problems
    invoiced = pd.Index(invoices["customer_id"].unique())
    if spec is None:
        table = pd.DataFrame({"customer_id": invoiced.sort_values().astype(object)})
    # a name for every customer: the customers file first, else the latest name invoiced
    if "customer_name" in invoices:
        names = (
            invoices[invoices["customer_name"].ne("")]
            .sort_values("date", kind="stable")
            .groupby("customer_id")["customer_name"]
            .last()
        )
        from_invoices = table["customer_id"].map(names)
        if "customer_name" in table:
            table["customer_name"] = table["customer_name"].fillna(from_invoices)
        else:
            table["customer_name"] = from_invoices
    table = with_ledger_attributes(table, invoices)  # rows (issue 9)
    if spec is None:
        return _Customers(table, invoiced, [], [])
    known = pd.Index(table["customer_id"])
    missing = sorted(invoiced.difference(known))
    orphans = sorted(known.difference(invoiced))
    sales.problems += customer_file_problems(missing, orphans, lang)
    return _Customers(table, invoiced, missing, orphans)


def load_engagement(engagement_dir: str | Path) -> LoadResult:
    """Read, normalise and check an engagement's files.

    Parameters
    ----------
    engagement_dir : folder holding engagement.yaml (or the yaml file itself).

    Returns
    -------
    LoadResult
        Canonical invoices (all periods) and customers, rejected rows with reasons, control
        totals (amounts in currency, exact to the cent), guesses, problems.

    Raises
    ------
    ClientmixError
        When the files cannot be used at all (missing file, missing column...).
    """
    engagement = load_config(engagement_dir)
    sales = _load_invoices(engagement)
    _apply_cost_rate(engagement, sales)
    invoices = sales.invoices
    if invoices.empty:
        path = engagement.invoices.path
        raise no_usable_row_error(path, sales.rejected, sales.rows_read, engagement.language)
    start, end = _period(engagement, invoices["date"])
    in_period = (invoices["date"] >= start) & (invoices["date"] <= end)
    customers = _customers(engagement, sales)
    period_rows = invoices[in_period]
    net = period_rows.groupby("customer_id")["amount"].sum().round(2)
    anomalies = net[net <= 0].rename("revenue").reset_index()
    sales.problems += period_problems(invoices, net, anomalies, (start, end), engagement.language)
    sales.problems += row_problems(invoices, sales.rejected, engagement.language)
    sales.problems += typo_problems(invoices, engagement.language)
    controls = _controls(sales, in_period, net, len(customers.invoiced))
    sales.problems += rejection_problems(
        controls, engagement.checks, engagement.currency, engagement.language
    )
    return LoadResult(
        engagement=engagement,
        invoices=invoices,
        rejected=sales.rejected,
        customers=customers.table,
        period_start=start,
        period_end=end,
        controls=controls,
        guesses=sales.guesses,
        matches=sales.matches,
        problems=sales.problems,
        anomalies=anomalies,
        missing_customers=customers.missing,
        orphan_customers=customers.orphans,
    )


def _controls(
    sales: SalesRows, in_period: pd.Series, net: pd.Series, customers_invoiced: int
) -> dict:
    """The control totals of the load: rows and revenue (currency units, summed in cents) read,
    used, rejected, in and outside the period; customers; credit notes; dates; and the
    source's own controls (the FEC's)."""
    invoices, rejected = sales.invoices, sales.rejected
    used_c = _cents(invoices["amount"])
    rej_c = _cents(rejected["amount"]) if "amount" in rejected else 0
    period_c = _cents(invoices.loc[in_period, "amount"])
    credit_notes = invoices["amount"] < 0
    controls = {
        "rows_read": int(sales.rows_read),
        "rows_used": int(len(invoices)),
        "rows_rejected": int(len(rejected)),
        "rows_outside_period": int((~in_period).sum()),
        "rows_in_period": int(in_period.sum()),
        "revenue_read": (used_c + rej_c) / 100,
        "revenue_used": used_c / 100,
        "revenue_rejected": rej_c / 100,
        "revenue_period": period_c / 100,
        "revenue_outside_period": (used_c - period_c) / 100,
        "duplicates": int(invoices["duplicate"].sum()),
        "customers_invoiced": int(customers_invoiced),
        "customers_period": int((net > 0).sum()),
        "customers_nonpositive": int((net <= 0).sum()),
        "credit_notes": int(credit_notes.sum()),
        "credit_notes_amount": _cents(invoices.loc[credit_notes, "amount"]) / 100,
        "date_min": invoices["date"].min().date().isoformat(),
        "date_max": invoices["date"].max().date().isoformat(),
        "has_cost": bool("cost" in invoices and invoices["cost"].notna().any()),
        "rejected_reasons": {k: int(v) for k, v in rejected["reason"].value_counts().items()},
    }
    controls.update(sales.controls)
    # totals lines are neither read data nor rejected: rows_read = rows_used + rows_rejected
    controls["rows_read"] -= int(controls.get("rows_totals_skipped", 0))
    return controls
