"""Sample 2, ``services-agro``: the services company "S." and its FEC twin ``services-agro-fec``.

About 3 M EUR and 150 customers, agro-food heavy; the biggest customer stops at the end of 2023,
the third one falls by 40 % in 2024; direct costs are known. Monthly invoices of one to three
services, exported as an Excel workbook; the customer file is a UTF-8 CSV. The twin holds the
same used sales lines as the accountant's FEC export, with the same analysis figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from clientmix.ingest.fec import write_fec
from clientmix.samples.common import (
    HOLIDAYS,
    N_MONTHS,
    SURNAMES,
    TOWNS_WEST,
    combos,
    distinct_ids,
    month_end,
    pick_names,
    sample_rng,
    to_cents,
)
from clientmix.samples.expected import expected_figures
from clientmix.samples.messy import as_written, with_credit_notes, with_messy_rows
from clientmix.samples.writers import (
    write_json,
    write_text,
    write_xlsx,
    yaml_columns,
    yaml_head,
    yaml_quote,
)

NAME, COMPANY = "services-agro", "S. Services"
FEC_NAME, FEC_COMPANY = "services-agro-fec", "S. Services (FEC)"
_N_ALL = 162
_FEC_FILE = "123456789FEC20241231.txt"
_MAPPING_NOTE = "Only some columns are mapped: the others are matched by their header names."
_FEC_NOTE = "The same company as services-agro, read from its accounting export (FEC)."
_CUSTOMER_COLUMNS = {"customer_id": "Code client", "headcount": "Effectif"}

_SECTORS = np.array(
    [
        "Agroalimentaire",
        "Logistique",
        "Grande distribution",
        "Industrie",
        "Collectivité",
        "Santé",
        "Services",
    ]
)
_NAME_POOLS = {
    "Agroalimentaire": combos(
        [
            "Laiterie de {t}",
            "Salaisons de {t}",
            "Conserverie de {t}",
            "Biscuiterie de {t}",
            "Volailles de {t}",
            "Légumerie de {t}",
            "Fromagerie de {t}",
            "Charcuterie de {t}",
            "Abattoir de {t}",
        ],
        t=TOWNS_WEST,
    ),
    "Logistique": combos(
        ["Transports {s}", "Logistique {s}", "Entrepôts frigorifiques {s}"], s=SURNAMES
    ),
    "Grande distribution": combos(
        ["Hypermarché de {t}", "Supermarché de {t}", "Centrale d'achat de {t}"], t=TOWNS_WEST
    ),
    "Industrie": combos(["{s} Industrie", "Mécanique {s}", "Emballages {s}"], s=SURNAMES),
    "Collectivité": combos(["Mairie de {t}", "Cuisine centrale de {t}"], t=TOWNS_WEST),
    "Santé": combos(["Centre hospitalier de {t}", "EHPAD de {t}"], t=TOWNS_WEST),
    "Services": combos(["Cabinet {s}", "Blanchisserie {s}"], s=SURNAMES),
}
_BIG_NAMES = [
    "Coopérative Laitière de l'Ouest",
    "Groupe Volailles d'Armor",
    "Conserverie Le Gall, Fils et Cie",
]
# the three big customers: share of 2023 revenue, revenue by year (2022, 2023, 2024) / 2023
_BIG_PROFILES = ((0.20, (0.95, 1.0, 0.0)), (0.12, (0.93, 1.0, 1.03)), (0.08, (1.02, 1.0, 0.60)))
_SERVICES = np.array(
    [
        "Nettoyage industriel",
        "Hygiène et désinfection",
        "Maintenance préventive",
        "Intervention curative",
        "Traitement des nuisibles",
        "Contrôle microbiologique",
        "Formation HACCP",
        "Mise à disposition de personnel",
        "Audit hygiène",
    ]
)


@dataclass
class _Customers:
    """Everyone in the company's history; ``start``/``end`` are month indexes (end excluded)."""

    ids: np.ndarray
    specials: np.ndarray  # big1, big2, big3, no_inv, absent, zero (row numbers)
    sector: np.ndarray
    names: np.ndarray
    size: np.ndarray  # yearly revenue weight (lognormal)
    start: np.ndarray
    end: np.ndarray
    p_month: np.ndarray  # probability of an invoice in a month of presence

    @property
    def bigs(self) -> np.ndarray:
        return self.specials[:3]

    @property
    def no_inv(self) -> int:
        return int(self.specials[3])

    @property
    def absent(self) -> int:
        return int(self.specials[4])

    @property
    def zero(self) -> int:
        return int(self.specials[5])


def write_services_agro(folder: Path, seed: int) -> None:
    """Write the sample's files into ``folder``, and its FEC twin into the sibling folder."""
    rng = sample_rng(seed, 2)
    cust = _customers(rng)
    c, m, value = _monthly_values(rng, cust)
    lines = _invoice_lines(rng, cust, c, m, value)
    big1, _, big3 = cust.bigs
    # two months' worth of the customer's 2023 business, invoiced then fully credited
    reg = int(to_cents(np.array([value[(c == cust.zero) & (m // 12 == 1)].sum() / 6]))[0])
    lines = _cancelled_to_zero(lines, cust, reg)
    ordinary = ~lines["customer_id"].isin(cust.ids[[big1, big3, cust.zero]]).to_numpy()
    lines = with_credit_notes(rng, lines, 0.07, ordinary)
    ordinary_ids = np.setdiff1d(cust.ids, cust.ids[[*cust.bigs, cust.zero, cust.absent]])
    lines = with_messy_rows(
        rng, lines, ordinary_ids, ("31/02/2024", "abc", "Divers"), ("F", "A", 5)
    )
    written = _write_sales(folder, lines)
    customers = _write_customer_file(folder, rng, cust)
    _write_engagement(folder, seed)
    file_ids = customers["Code client"].to_numpy()
    expected = expected_figures(NAME, COMPANY, lines, written.astype(str), file_ids)
    write_json(folder / "expected.json", expected)
    _write_fec_twin(folder.parent / FEC_NAME, seed, lines, expected)


# ----------------------------------------------------------------------------------------------
# Customers and invoice lines
# ----------------------------------------------------------------------------------------------
def _customers(rng: np.random.Generator) -> _Customers:
    """Ids, sectors, names, sizes and months of presence, with the special customers placed."""
    ids = np.array([f"{i:05d}" for i in distinct_ids(rng, _N_ALL, 1, 3000)], dtype=object)
    specials = rng.permutation(_N_ALL)[:6]
    big1, big2, big3, _, absent, zero = specials
    bigs = specials[:3]
    sector = rng.choice(_SECTORS, _N_ALL, p=[0.5, 0.12, 0.1, 0.12, 0.06, 0.05, 0.05])
    sector[bigs] = "Agroalimentaire"
    names = np.empty(_N_ALL, dtype=object)
    for sec in _SECTORS:
        sel = sector == sec
        names[sel] = pick_names(rng, _NAME_POOLS[sec], int(sel.sum()))
    names[bigs] = _BIG_NAMES
    a = rng.lognormal(0.0, 0.8, _N_ALL)
    r = rng.random(_N_ALL)
    start = np.select(
        [r < 0.08, r < 0.15], [rng.integers(12, 24, _N_ALL), rng.integers(24, 34, _N_ALL)], 0
    )
    end = np.where(rng.random(_N_ALL) < 0.05, rng.integers(6, 24, _N_ALL), N_MONTHS)
    end = np.maximum(end, start + 3)
    start[[*bigs, absent, zero]] = 0
    end[[big2, big3, absent]] = N_MONTHS
    end[[big1, zero]] = 24  # the main customer leaves at the end of 2023
    p_month = rng.uniform(0.55, 1.0, _N_ALL)
    p_month[bigs] = 1.0
    return _Customers(ids, specials, sector, names, a, start, end, p_month)


def _monthly_values(
    rng: np.random.Generator, cust: _Customers
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(customer row, month index, invoiced value in EUR) of every monthly invoice.

    The big customers get their share of 2023 revenue and their yearly profile; 2024 totals
    3 M EUR.
    """
    has_inv = np.arange(_N_ALL) != cust.no_inv
    months = np.arange(N_MONTHS)
    active = (
        (months[None, :] >= cust.start[:, None])
        & (months[None, :] < cust.end[:, None])
        & has_inv[:, None]
    )
    active &= rng.random((_N_ALL, N_MONTHS)) < cust.p_month[:, None]
    c, m = np.nonzero(active)
    y = m // 12
    is_big = np.isin(c, cust.bigs)
    sigma = np.where(is_big, 0.08, 0.3)
    value = cust.size[c] * 1.04**y / (12 * cust.p_month[c]) * rng.lognormal(0, sigma)
    r23 = value[~is_big & (y == 1)].sum() / 0.60
    for b, (share, profile) in zip(cust.bigs, _BIG_PROFILES, strict=True):
        for yy, f in enumerate(profile):
            sel = (c == b) & (y == yy)
            if f > 0:
                value[sel] *= share * r23 * f / value[sel].sum()
    value *= 3_000_000 / value[y == 2].sum()
    return c, m, value


def _invoice_lines(
    rng: np.random.Generator, cust: _Customers, c: np.ndarray, m: np.ndarray, value: np.ndarray
) -> pd.DataFrame:
    """1-3 services per monthly invoice, dated on the month's last business day, with costs."""
    is_big = np.isin(c, cust.bigs)
    k = np.where(is_big, 3, rng.choice([1, 2, 3], len(c), p=[0.6, 0.3, 0.1]))
    inv = np.repeat(np.arange(len(c)), k)
    wgt = rng.uniform(0.3, 1.0, len(inv))
    wgt /= np.bincount(inv, weights=wgt)[inv]
    line_no = np.arange(len(inv)) - np.repeat(np.cumsum(k) - k, k)
    first = rng.integers(0, len(_SERVICES), len(c))
    product = _SERVICES[(first[inv] + line_no) % len(_SERVICES)]
    margin_rate = rng.uniform(0.25, 0.45, _N_ALL)
    margin_rate[cust.bigs] = [0.16, 0.19, 0.15]
    amount = to_cents(value[inv] * wgt)
    cost = to_cents(amount / 100 * (1 - margin_rate[c[inv]]) * rng.lognormal(0, 0.06, len(inv)))
    dates = np.busday_offset(month_end(m), 0, roll="backward", holidays=HOLIDAYS)
    return pd.DataFrame(
        {
            "date": pd.to_datetime(dates[inv]),
            "customer_id": cust.ids[c[inv]],
            "customer_name": cust.names[c[inv]],
            "product": product,
            "amount": amount,
            "cost": cost,
            "inv": inv,
            "credit": False,
        }
    )


def _cancelled_to_zero(lines: pd.DataFrame, cust: _Customers, reg: int) -> pd.DataFrame:
    """The customer cancelled to zero in 2024: one invoice of ``reg`` cents, fully credited."""
    cancel = pd.DataFrame(
        {
            "date": pd.to_datetime(["2024-02-15", "2024-02-28"]),
            "customer_id": cust.ids[cust.zero],
            "customer_name": cust.names[cust.zero],
            "product": ["Intervention curative", "Avoir : Intervention curative"],
            "amount": [reg, -reg],
            "cost": [int(reg * 0.7), -int(reg * 0.7)],
            "inv": lines["inv"].max() + 1 + np.arange(2),
            "credit": [False, True],
        }
    )
    return pd.concat([lines, cancel], ignore_index=True)


# ----------------------------------------------------------------------------------------------
# Files
# ----------------------------------------------------------------------------------------------
def _write_sales(folder: Path, lines: pd.DataFrame) -> pd.DataFrame:
    """Export ventes.xlsx: real Excel dates and numbers, customer ids as text cells."""
    py_dates = pd.Series(pd.DatetimeIndex(lines["date"]).to_pydatetime(), dtype=object)
    written = pd.DataFrame(
        {
            "Facture": lines["invoice_id"],
            "Date": as_written(lines, "date_text", py_dates),
            "Client": lines["customer_id"].where(lines["customer_id"] != "", None),
            "Nom client": lines["customer_name"],
            "Prestation": lines["product"],
            "Montant HT": as_written(lines, "amount_text", lines["amount"] / 100),
            "Coût direct": lines["cost"] / 100,
        }
    ).astype(object)
    write_xlsx(
        folder / "Export ventes.xlsx",
        "Ventes",
        written,
        {"Date": "DD/MM/YYYY", "Montant HT": "#,##0.00", "Coût direct": "#,##0.00"},
    )
    return written


def _write_customer_file(folder: Path, rng: np.random.Generator, cust: _Customers) -> pd.DataFrame:
    """clients.csv (UTF-8 with BOM): everyone but the absent customer."""
    years = np.where(
        cust.start == 0, 3 + rng.integers(0, 25, _N_ALL), (N_MONTHS - cust.start) // 12
    )
    headcount = np.clip(np.round(cust.size * 40 * rng.lognormal(0, 0.5, _N_ALL)), 3, 1500)
    headcount[cust.bigs] = [850, 620, 240]
    region = rng.choice(["Bretagne", "Pays de la Loire", "Normandie"], _N_ALL, p=[0.6, 0.25, 0.15])
    customers = pd.DataFrame(
        {
            "Code client": cust.ids,
            "Nom": cust.names,
            "Secteur": cust.sector,
            "Effectif": headcount.astype(int),
            "Région": region,
            "Ancienneté (ans)": years.astype(int),
        }
    )[np.arange(_N_ALL) != cust.absent]
    customers.to_csv(folder / "clients.csv", index=False, encoding="utf-8-sig", lineterminator="\n")
    return customers


def _write_engagement(folder: Path, seed: int) -> None:
    """engagement.yaml: the invoice file's customer id, amount and cost mapped, the rest matched."""
    write_text(
        folder / "engagement.yaml",
        yaml_head(seed, NAME, COMPANY, [_MAPPING_NOTE]) + "invoices:\n"
        f"  path: {yaml_quote('Export ventes.xlsx')}\n"
        "  format: excel\n"
        "  sheet: Ventes\n"
        "  columns:\n"
        + yaml_columns({"customer_id": "Client", "amount": "Montant HT", "cost": "Coût direct"})
        + "customers:\n"
        "  path: clients.csv\n"
        "  columns:\n" + yaml_columns(_CUSTOMER_COLUMNS),
    )


# ----------------------------------------------------------------------------------------------
# The FEC twin
# ----------------------------------------------------------------------------------------------
def _write_fec_twin(folder: Path, seed: int, lines: pd.DataFrame, ledger: dict) -> None:
    """The FEC twin of services-agro: the same used sales lines, as the accountant's export.

    Each used ledger line becomes one sales entry (411 with the customer as auxiliary, 706,
    44571, and 603/37 cost lines), plus an opening entry, a purchase and a bank receipt that
    the reader must leave out. Rejected ledger rows are not in the books. The analysis
    figures (revenue, customers, concentration, margin) are those of the ledger twin.
    """
    folder.mkdir(parents=True, exist_ok=True)
    used = lines[lines["status"] == "used"]
    invoices = pd.DataFrame(
        {
            "customer_id": used["customer_id"].to_numpy(),
            "customer_name": used["customer_name"].to_numpy(),
            "date": pd.to_datetime(used["date"]).to_numpy(),
            "amount": used["amount"].to_numpy() / 100,
            "cost": used["cost"].to_numpy() / 100,
            "invoice_id": used["invoice_id"].to_numpy(),
        }
    )
    write_fec(invoices, folder / _FEC_FILE, encoding="cp1252", journal="VE")
    clients = (folder.parent / NAME / "clients.csv").read_bytes()
    (folder / "clients.csv").write_bytes(clients)
    write_text(
        folder / "engagement.yaml",
        yaml_head(seed, FEC_NAME, FEC_COMPANY, [_FEC_NOTE]) + "invoices:\n"
        f"  path: {_FEC_FILE}\n"
        "customers:\n"
        "  path: clients.csv\n"
        "  columns:\n" + yaml_columns(_CUSTOMER_COLUMNS),
    )
    write_json(folder / "expected.json", _fec_expected(ledger, int(len(used))))


def _fec_expected(ledger: dict, n_used: int) -> dict:
    """The ledger twin's figures, with the FEC's input counts (``n_used`` entries, none rejected)."""
    expected = dict(ledger)
    expected["engagement"] = FEC_NAME
    expected["company"] = FEC_COMPANY
    expected["input"] = {
        "rows_read": n_used,
        "rows_used": n_used,
        "rows_rejected": 0,
        "rows_outside_period": ledger["input"]["rows_outside_period"],
        "revenue_total": ledger["input"]["revenue_total"],
    }
    expected["rejected_reasons"] = {"missing_customer_id": 0, "bad_date": 0, "bad_amount": 0}
    # the duplicated ledger line is a second sales entry with the same piece reference
    expected["duplicates"] = ledger["duplicates"]
    return expected
