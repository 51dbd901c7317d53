"""Sample 4, ``harbor-analytics``: a US data-analytics consultancy, reported in English.

Harbor Analytics, Inc. (Baltimore, MD) sells analytics retainers, dashboard projects, data
audits and training to about 230 US organisations; about 6.5 M USD of revenue in 2024 with
direct costs (consultant time) known. Its largest customer, a hospital group, grows from about
9 % of revenue in 2022 to about 14 % in 2024: a "major customer" in the sense of ASC 280, and a
dependence that is rising. The export is what US invoicing software writes: comma-separated
UTF-8, dates ``MM/DD/YYYY``, amounts with a decimal point; the customer file is a CSV too.
``language: en`` and ``currency: USD``: the report uses the ``en_US`` locale by default.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from clientmix.samples.common import (
    YEARS,
    business_days,
    distinct_ids,
    pick_names,
    sample_rng,
    to_cents,
)
from clientmix.samples.expected import expected_figures
from clientmix.samples.messy import as_written, with_credit_notes, with_messy_rows
from clientmix.samples.writers import write_json, write_text, yaml_columns, yaml_head

NAME, COMPANY = "harbor-analytics", "Harbor Analytics, Inc."
_N_ALL = 232
_REVENUE_2024 = 6_500_000  # USD
_TOP_SHARE = (0.09, 0.11, 0.14)  # the hospital group's share of revenue, 2022 .. 2024

_SECTORS = {
    "Healthcare": ["Health Partners", "Medical Group", "Family Clinics", "Hospital System"],
    "Retail": ["Outfitters", "Markets", "Home Goods", "Grocers"],
    "Financial Services": ["Credit Union", "Capital", "Insurance", "Savings Bank"],
    "Manufacturing": ["Manufacturing", "Industries", "Fabrication", "Plastics"],
    "Technology": ["Software", "Systems", "Labs", "Networks"],
    "Higher Education": ["College", "Community College", "Institute"],
    "Public Sector": ["County", "Water Authority", "Transit District"],
}
_SECTOR_P = (0.22, 0.17, 0.15, 0.16, 0.14, 0.09, 0.07)
_PLACES = (
    "Bayview Summit Lakeshore Pioneer Redwood Granite Chesapeake Evergreen Northstar Bluewater "
    "Cedar Ironwood Silverline Westfield Maple Keystone Liberty Prairie Coastal Highland "
    "Patapsco Severn Potomac Allegheny Catoctin Tidewater Harford Howard Frederick Annapolis"
).split()
_FORMS = np.array(["Inc.", "LLC", "Co.", "", ""], dtype=object)
_STATES = np.array(["MD", "VA", "DC", "PA", "DE", "NJ", "NY"], dtype=object)
_STATE_P = (0.42, 0.2, 0.12, 0.12, 0.06, 0.05, 0.03)
_SERVICES = np.array(
    [
        "Analytics retainer",
        "Dashboard project",
        "Data quality audit",
        "Forecasting model",
        "Training day",
        "Data platform support",
    ],
    dtype=object,
)
_NOTES = (
    "A US engagement reported in English: USD, language en (locale en_US by default),",
    "comma-separated UTF-8 export with MM/DD/YYYY dates.",
)
_SALES_COLUMNS = {
    "invoice_id": "Invoice #",
    "date": "Invoice Date",
    "customer_id": "Customer ID",
    "customer_name": "Customer",
    "product": "Service",
    "amount": "Amount",
    "cost": "Direct Cost",
}
_CUSTOMER_COLUMNS = {
    "customer_id": "Customer ID",
    "customer_name": "Customer",
    "sector": "Industry",
    "region": "State",
    "headcount": "Employees",
    "effort_hours": "Account Manager Hours",
}


@dataclass
class _Customers:
    """Everyone in the company's history, with the row numbers of the special customers."""

    ids: np.ndarray
    sector: np.ndarray
    names: np.ndarray
    base: np.ndarray  # yearly revenue weight (lognormal)
    top: int  # the hospital group whose share rises
    no_inv: int  # in the customer file, never invoiced
    absent: int  # invoiced, missing from the customer file
    zero: int  # invoiced before 2024, cancelled to zero in 2024


def write_harbor(folder: Path, seed: int) -> None:
    """Write the sample's raw files, engagement.yaml and expected.json into ``folder``."""
    rng = sample_rng(seed, 4)
    cust = _customers(rng)
    lines = _invoice_lines(rng, cust, *_yearly_targets(rng, cust))
    lines = pd.concat([lines, _cancelled_to_zero(cust, lines["inv"].max())], ignore_index=True)
    many = lines.groupby(["customer_id", lines["date"].dt.year])["inv"].transform("size") >= 4
    ordinary = ((lines["customer_id"] != cust.ids[cust.zero]) & many).to_numpy()
    lines = with_credit_notes(rng, lines, 0.06, ordinary, full_share=0.3)
    lines["product"] = (
        lines["product"]
        .str.replace("Avoir geste commercial : ", "Goodwill credit: ", regex=False)
        .str.replace("Avoir : ", "Credit note: ", regex=False)
    )
    ordinary_ids = np.setdiff1d(cust.ids, cust.ids[[cust.zero, cust.absent]])
    lines = with_messy_rows(
        rng, lines, ordinary_ids, ("TBD", "1,2O0.00", "Walk-in client"), ("INV-", "CM-", 5)
    )
    written = _write_sales(folder, lines)
    file_ids = _write_customer_file(folder, rng, cust)
    _write_engagement(folder, seed)
    write_json(folder / "expected.json", expected_figures(NAME, COMPANY, lines, written, file_ids))


def _customers(rng: np.random.Generator) -> _Customers:
    """Ids, sectors, names and revenue weights, with the special customers drawn."""
    ids = np.array([f"C-{i:04d}" for i in distinct_ids(rng, _N_ALL, 1000, 9999)], dtype=object)
    sector_names = np.array(list(_SECTORS), dtype=object)
    sector = rng.choice(sector_names, _N_ALL, p=_SECTOR_P)
    names = np.empty(_N_ALL, dtype=object)
    for sec, kinds in _SECTORS.items():
        sel = sector == sec
        pool = [f"{p} {k}" for p in _PLACES for k in kinds]
        base = pick_names(rng, pool, int(sel.sum()))
        form = rng.choice(_FORMS, int(sel.sum()))
        names[sel] = np.where(form == "", base, base + " " + form)
    base = rng.lognormal(0.0, 1.1, _N_ALL)
    healthcare = np.flatnonzero(sector == "Healthcare")
    top = int(healthcare[np.argmax(base[healthcare])])
    names[top] = "Chesapeake Regional Health System"
    others = rng.permutation(np.setdiff1d(np.arange(_N_ALL), [top]))
    no_inv, absent, zero = (int(x) for x in others[:3])
    return _Customers(ids, sector, names, base, top, no_inv, absent, zero)


def _yearly_targets(
    rng: np.random.Generator, cust: _Customers
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(customer row, year index 0-2, revenue in USD) of every active customer-year; the top
    customer takes :data:`_TOP_SHARE` of each year's revenue, 2024 totals _REVENUE_2024."""
    start = np.where(rng.random(_N_ALL) < 0.12, rng.choice([1, 2], _N_ALL), 0)
    end = np.where(rng.random(_N_ALL) < 0.08, rng.choice([1, 2], _N_ALL), 3)
    end = np.maximum(end, start + 1)
    start[[cust.top, cust.absent, cust.zero]] = 0
    end[[cust.top, cust.absent]], end[cust.zero] = 3, 2
    has_inv = np.arange(_N_ALL) != cust.no_inv
    yrs = np.arange(3)
    active = (yrs[None, :] >= start[:, None]) & (yrs[None, :] < end[:, None]) & has_inv[:, None]
    c, y = np.nonzero(active)
    t_cy = cust.base[c] * 1.06**y * rng.lognormal(0, 0.12, len(c))
    rest = c != cust.top
    out = np.zeros(len(c))
    for year, share in enumerate(_TOP_SHARE):
        total = _REVENUE_2024 / 1.08 ** (2 - year)
        mine = rest & (y == year)
        out[mine] = t_cy[mine] / t_cy[mine].sum() * total * (1 - share)
        out[(c == cust.top) & (y == year)] = total * share
    return c, y, out


def _invoice_lines(
    rng: np.random.Generator, cust: _Customers, c: np.ndarray, y: np.ndarray, t_cy: np.ndarray
) -> pd.DataFrame:
    """About one invoice per 9,000 USD of a customer-year (1 to 24), on business days of its
    year; amount and direct cost (55-75 % of it) in cents; the last invoice on 2024-12-31."""
    n_inv = np.clip(np.round(t_cy / 9000 * rng.lognormal(0, 0.25, len(c))), 1, 24).astype(int)
    cy = np.repeat(np.arange(len(c)), n_inv)
    amount = to_cents((t_cy / n_inv)[cy] * rng.lognormal(0, 0.3, len(cy)))
    amount = np.maximum(amount, 25_000)
    days = [business_days(year) for year in YEARS]
    date = np.array(
        [days[year][i] for year, i in zip(y[cy], rng.integers(0, 240, len(cy)), strict=True)]
    )
    date[np.flatnonzero(y[cy] == 2)[-1]] = np.datetime64("2024-12-31")
    margin = rng.uniform(0.25, 0.45, _N_ALL)[c[cy]]
    cost = to_cents(amount / 100 * (1 - margin) * rng.lognormal(0, 0.05, len(cy)))
    return pd.DataFrame(
        {
            "date": pd.to_datetime(date),
            "customer_id": cust.ids[c[cy]],
            "customer_name": cust.names[c[cy]],
            "product": rng.choice(_SERVICES, len(cy)),
            "amount": amount,
            "cost": cost,
            "inv": np.arange(len(cy)),
            "credit": False,
        }
    )


def _cancelled_to_zero(cust: _Customers, last_inv: int) -> pd.DataFrame:
    """The customer cancelled to zero in 2024: one data audit invoiced then fully credited."""
    return pd.DataFrame(
        {
            "date": pd.to_datetime(["2024-04-09", "2024-04-30"]),
            "customer_id": cust.ids[cust.zero],
            "customer_name": cust.names[cust.zero],
            "product": ["Data quality audit", "Credit note: Data quality audit"],
            "amount": [1_450_000, -1_450_000],
            "cost": [0, 0],
            "inv": last_inv + np.array([1, 2]),
            "credit": [False, True],
        }
    )


def _us_amount(cents: np.ndarray) -> pd.Series:
    """Integer cents -> "-1234.56" (a decimal point, no thousands separator)."""
    cents = np.asarray(cents, dtype=np.int64)
    a = np.abs(cents)
    sign = np.where(cents < 0, "-", "")
    return pd.Series([f"{s}{v // 100}.{v % 100:02d}" for s, v in zip(sign, a, strict=True)])


def _write_sales(folder: Path, lines: pd.DataFrame) -> pd.DataFrame:
    """sales_2022_2024.csv: comma separated UTF-8, US dates, amounts with a decimal point."""
    dates = pd.to_datetime(lines["date"]).dt.strftime("%m/%d/%Y")
    written = pd.DataFrame(
        {
            "Invoice #": lines["invoice_id"],
            "Invoice Date": as_written(lines, "date_text", dates),
            "Customer ID": lines["customer_id"],
            "Customer": lines["customer_name"],
            "Service": lines["product"],
            "Amount": as_written(lines, "amount_text", _us_amount(lines["amount"].to_numpy())),
            "Direct Cost": _us_amount(lines["cost"].to_numpy()),
        }
    )
    written.to_csv(
        folder / "sales_2022_2024.csv", index=False, encoding="utf-8", lineterminator="\n"
    )
    return written


def _write_customer_file(folder: Path, rng: np.random.Generator, cust: _Customers) -> np.ndarray:
    """customers.csv: everyone but the absent customer; returns the ids written."""
    keep = np.arange(_N_ALL) != cust.absent
    employees = np.round(20 * cust.base * rng.lognormal(2.0, 0.6, _N_ALL), -1).astype(int) + 10
    hours = np.round(4 + 6 * cust.base**0.6 * rng.lognormal(0, 0.3, _N_ALL), 1)
    customers = pd.DataFrame(
        {
            "Customer ID": cust.ids,
            "Customer": cust.names,
            "Industry": cust.sector,
            "State": rng.choice(_STATES, _N_ALL, p=_STATE_P),
            "Employees": employees,
            "Account Manager Hours": hours,
        }
    )[keep]
    customers.to_csv(folder / "customers.csv", index=False, encoding="utf-8", lineterminator="\n")
    return customers["Customer ID"].to_numpy()


def _write_engagement(folder: Path, seed: int) -> None:
    """engagement.yaml: USD, English, calendar 2024, the US export's reading options."""
    head = yaml_head(seed, NAME, COMPANY, _NOTES, full=False)
    write_text(
        folder / "engagement.yaml",
        head + "currency: USD\nlanguage: en\nperiod: {start: 2024-01-01, end: 2024-12-31}\n"
        "invoices:\n"
        "  path: sales_2022_2024.csv\n"
        '  sep: ","\n'
        '  decimal: "."\n'
        "  encoding: utf-8\n"
        "  dayfirst: false\n"
        "  columns:\n" + yaml_columns(_SALES_COLUMNS) + "customers:\n"
        "  path: customers.csv\n"
        "  columns:\n" + yaml_columns(_CUSTOMER_COLUMNS),
    )
