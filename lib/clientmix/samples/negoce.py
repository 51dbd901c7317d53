"""Sample 3, ``negoce-atlantique``: a building-supplies distributor.

About 1,200 customers; the lowest-revenue half brings about 5 % of revenue. Invoice lines with
quantity and unit price from a catalogue, exported as tab-separated UTF-8 text; the customer file
(effort hours, potential, loss probability) is an Excel workbook. engagement.yaml is minimal on
purpose: no column mapping for the invoices, the loader matches the headers.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from clientmix.samples.common import (
    SURNAMES,
    TOWNS_PDL,
    TOWNS_WEST,
    YEARS,
    business_days,
    combos,
    distinct_ids,
    fr_amount,
    fr_date,
    pick_names,
    private_names,
    sample_rng,
    to_cents,
)
from clientmix.samples.expected import expected_figures
from clientmix.samples.messy import as_written, with_credit_notes, with_messy_rows
from clientmix.samples.writers import write_json, write_text, write_xlsx, yaml_columns, yaml_head

NAME, COMPANY = "negoce-atlantique", "Négoce Atlantique"
_N_ALL = 1265

# product families: name, lowest and highest list price (EUR)
_CATALOGUE = (
    ("Tube cuivre 14 mm barre 4 m", 25, 40),
    ("Tube PER 16 mm couronne 100 m", 60, 120),
    ("Raccord à sertir laiton", 3, 15),
    ("Vanne d'arrêt 1/4 tour", 8, 30),
    ("Mitigeur lavabo", 45, 180),
    ("Robinet thermostatique", 25, 70),
    ("Radiateur acier", 120, 450),
    ("Chauffe-eau électrique 200 L", 350, 800),
    ("Pompe à chaleur air/eau", 3500, 9000),
    ("Chaudière gaz à condensation", 1800, 4500),
    ("WC suspendu complet", 250, 600),
    ("Receveur de douche", 120, 400),
    ("Câble R2V 3G2,5 couronne 100 m", 90, 160),
    ("Gaine ICTA 20 mm 50 m", 18, 35),
    ("Disjoncteur 20 A", 8, 25),
    ("Tableau électrique 3 rangées", 80, 220),
    ("Prise 2P+T", 3, 12),
    ("Interrupteur va-et-vient", 3, 10),
    ("Spot LED encastrable", 6, 25),
    ("Plaque de plâtre BA13", 6, 12),
    ("Rail métallique 48 mm", 3, 6),
    ("Laine de verre 100 mm rouleau", 20, 45),
    ("Ciment 35 kg", 8, 12),
    ("Parpaing 20x20x50 palette", 150, 300),
    ("Tuiles terre cuite palette", 300, 700),
    ("Liteau sapin 27x40", 2, 5),
    ("Panneau OSB 18 mm", 15, 30),
    ("Vis à bois boîte de 200", 6, 20),
    ("Chevilles boîte de 100", 5, 15),
    ("Mastic silicone", 4, 12),
    ("Colle carrelage 25 kg", 12, 30),
    ("Carrelage sol m²", 15, 60),
    ("Peinture acrylique 10 L", 45, 120),
    ("Perceuse-visseuse 18 V", 120, 350),
    ("Échafaudage roulant", 600, 1500),
    ("Gants de protection lot de 10", 15, 35),
)
_SECTORS = np.array(
    [
        "Plomberie-chauffage",
        "Électricité",
        "Menuiserie",
        "Maçonnerie",
        "Couverture",
        "Paysagiste",
        "Collectivité",
        "Industrie",
        "Particulier",
    ]
)
_ACTIVITIES = {
    "Plomberie-chauffage": ["Plomberie", "Chauffage", "Sanitaire", "Thermique"],
    "Électricité": ["Électricité", "Électricité générale", "Domotique"],
    "Menuiserie": ["Menuiserie", "Agencement", "Ébénisterie"],
    "Maçonnerie": ["Maçonnerie", "Bâtiment", "Rénovation"],
    "Couverture": ["Couverture", "Zinguerie", "Charpente"],
    "Paysagiste": ["Paysages", "Jardins", "Espaces verts"],
    "Industrie": ["Maintenance", "Ateliers", "Usinage"],
}
_PUBLIC_POOL = combos(["Mairie de {t}", "Services techniques de {t}"], t=TOWNS_PDL + TOWNS_WEST)
_PERSON_POOL = [f"M. {s}" for s in SURNAMES] + [f"Mme {s}" for s in SURNAMES]
_NOTES = (
    "Minimal on purpose: no period (default: the last 12 months of data), no separator,",
    "decimal or encoding, no column mapping for the invoices (headers are matched).",
)
_CUSTOMER_COLUMNS = {
    "effort_hours": "Heures passées (an)",
    "potential": "Potentiel estimé (€/an)",
    "loss_probability": "Probabilité de perte",
}


@dataclass
class _Customers:
    """Everyone in the company's history, with the row numbers of the special customers."""

    ids: np.ndarray
    sector: np.ndarray
    names: np.ndarray
    base: np.ndarray  # yearly revenue weight (lognormal)
    no_inv: int  # in the customer file, never invoiced
    absent: int  # invoiced, missing from the customer file
    zero: int  # invoiced before 2024, cancelled to zero in 2024


def write_negoce(folder: Path, seed: int) -> None:
    """Write the sample's raw files, engagement.yaml and expected.json into ``folder``."""
    rng = sample_rng(seed, 3)
    cust = _customers(rng)
    c, y, t_cy, scale = _yearly_targets(rng, cust)
    lines, list_price, art_names = _invoice_lines(rng, cust, c, y, t_cy)
    lines = _cancelled_to_zero(lines, cust, list_price, art_names)
    # returns only on customer-years with several lines, so no other customer falls to zero
    many = lines.groupby(["customer_id", lines["date"].dt.year])["inv"].transform("size") >= 6
    ordinary = ((lines["customer_id"] != cust.ids[cust.zero]) & many).to_numpy()
    lines = with_credit_notes(rng, lines, 0.04, ordinary, full_share=0.25, qty=True)
    ordinary_ids = np.setdiff1d(cust.ids, cust.ids[[cust.zero, cust.absent]])
    lines = with_messy_rows(
        rng, lines, ordinary_ids, ("n/a", "12,3O", "Vente comptoir"), ("F", "AV", 6)
    )
    written = _write_sales(folder, lines)
    customers = _write_customer_file(folder, rng, cust, cust.base * scale * 1.08)
    _write_engagement(folder, seed)
    file_ids = customers["Code client"].to_numpy()
    write_json(folder / "expected.json", expected_figures(NAME, COMPANY, lines, written, file_ids))


# ----------------------------------------------------------------------------------------------
# Customers and yearly revenue
# ----------------------------------------------------------------------------------------------
def _customers(rng: np.random.Generator) -> _Customers:
    """Ids, sectors, names and revenue weights, with the special customers drawn."""
    ids = np.array([f"CL{i:05d}" for i in distinct_ids(rng, _N_ALL, 1, 20000)], dtype=object)
    no_inv, absent, zero = rng.permutation(_N_ALL)[:3]
    p = [0.22, 0.2, 0.13, 0.15, 0.08, 0.07, 0.05, 0.05, 0.05]
    sector = rng.choice(_SECTORS, _N_ALL, p=p)
    names = np.empty(_N_ALL, dtype=object)
    for sec, acts in _ACTIVITIES.items():
        sel = sector == sec
        names[sel] = private_names(rng, acts, int(sel.sum()), ["SARL", "SAS", "EURL", "", ""])
    sel = sector == "Collectivité"
    names[sel] = pick_names(rng, _PUBLIC_POOL, int(sel.sum()))
    sel = sector == "Particulier"
    names[sel] = pick_names(rng, _PERSON_POOL, int(sel.sum()))
    base = rng.lognormal(0.0, 1.55, _N_ALL)  # bottom half of customers ~5 % of revenue
    return _Customers(ids, sector, names, base, int(no_inv), int(absent), int(zero))


def _yearly_targets(
    rng: np.random.Generator, cust: _Customers
) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """(customer row, year index 0-2, revenue in EUR) of every active customer-year, and the
    scale applied to the weights so that 2024 totals 8.5 M EUR."""
    r = rng.random(_N_ALL)
    start = np.select([r < 0.05, r < 0.09], [np.full(_N_ALL, 1), np.full(_N_ALL, 2)], 0)
    end = np.where(rng.random(_N_ALL) < 0.05, rng.choice([1, 2], _N_ALL), 3)
    end = np.maximum(end, start + 1)
    start[[cust.absent, cust.zero]] = 0
    end[cust.absent], end[cust.zero] = 3, 2
    has_inv = np.arange(_N_ALL) != cust.no_inv
    yrs = np.arange(3)
    active = (yrs[None, :] >= start[:, None]) & (yrs[None, :] < end[:, None]) & has_inv[:, None]
    c, y = np.nonzero(active)
    t_cy = cust.base[c] * 1.04**y * rng.lognormal(0, 0.15, len(c))
    scale = 8_500_000 / t_cy[y == 2].sum()
    return c, y, t_cy * scale, scale


# ----------------------------------------------------------------------------------------------
# Invoice lines
# ----------------------------------------------------------------------------------------------
def _invoice_lines(
    rng: np.random.Generator, cust: _Customers, c: np.ndarray, y: np.ndarray, t_cy: np.ndarray
) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """Each customer-year gets about one line per 600 EUR of ``t_cy``, ~3 lines per invoice.

    Returns the lines (``price`` and ``amount`` in cents) and the catalogue's list prices (EUR,
    ascending) and article names.
    """
    n_lines = np.maximum(1, np.round(t_cy / 600 * rng.lognormal(0, 0.3, len(c)))).astype(np.int64)
    cy = np.repeat(np.arange(len(c)), n_lines)
    target = (t_cy / n_lines)[cy] * rng.lognormal(0, 0.6, len(cy))
    list_price, art_names = _catalogue(rng)
    affordable = np.maximum(np.searchsorted(list_price, target, side="right"), 1)
    art = np.floor(rng.random(len(cy)) * affordable).astype(np.int64)
    rank = pd.Series(cust.base).rank(pct=True).to_numpy()
    discount = np.clip(0.02 + 0.12 * rank + rng.normal(0, 0.02, _N_ALL), 0, 0.25)
    price = to_cents(list_price[art] * (1 - discount[c[cy]]))
    qty = np.maximum(1, np.round(target / (price / 100))).astype(np.int64)
    inv, inv_date = _invoices(rng, n_lines, cy, y)
    lines = pd.DataFrame(
        {
            "date": pd.to_datetime(inv_date[inv]),
            "customer_id": cust.ids[c[cy]],
            "customer_name": cust.names[c[cy]],
            "product": art_names[art],
            "qty": qty,
            "price": price,
            "amount": qty * price,
            "inv": inv,
            "credit": False,
        }
    ).drop_duplicates(["inv", "product", "qty"])
    return lines, list_price, art_names


def _catalogue(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """6 references per family, list prices (EUR) log-uniform within the family's range.

    Returns the list prices in ascending order and the article names ("<code> <family>").
    """
    fam = np.repeat(np.arange(len(_CATALOGUE)), 6)
    low = np.array([f[1] for f in _CATALOGUE], dtype=float)[fam]
    high = np.array([f[2] for f in _CATALOGUE], dtype=float)[fam]
    list_price = np.exp(rng.uniform(np.log(low), np.log(high)))
    codes = rng.choice(np.arange(10000, 99999), len(fam), replace=False)
    art_names = np.array(
        [f"{code} {_CATALOGUE[f][0]}" for code, f in zip(codes, fam, strict=True)], dtype=object
    )
    order = np.argsort(list_price)
    return list_price[order], art_names[order]


def _invoices(
    rng: np.random.Generator, n_lines: np.ndarray, cy: np.ndarray, y: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Group each customer-year's lines into invoices dated on business days of its year ``y``.

    Returns the invoice number of each line and the date of each invoice; the last 2024
    invoice is dated 2024-12-31, the last day of data.
    """
    n_inv = np.ceil(n_lines / 3).astype(np.int64)
    inv = (np.cumsum(n_inv) - n_inv)[cy] + np.floor(rng.random(len(cy)) * n_inv[cy]).astype(
        np.int64
    )
    bdays = [business_days(yr) for yr in YEARS]
    offsets = np.cumsum([0] + [len(b) for b in bdays])
    inv_year = y[np.repeat(np.arange(len(n_inv)), n_inv)]
    day_idx = offsets[inv_year] + np.floor(
        rng.random(len(inv_year)) * np.diff(offsets)[inv_year]
    ).astype(np.int64)
    inv_date = np.concatenate(bdays)[day_idx]
    inv_date[np.flatnonzero(inv_year == 2)[-1]] = np.datetime64("2024-12-31")
    return inv, inv_date


def _cancelled_to_zero(
    lines: pd.DataFrame, cust: _Customers, list_price: np.ndarray, art_names: np.ndarray
) -> pd.DataFrame:
    """The customer cancelled to zero in 2024: one invoice of two articles fully returned."""
    z_art = np.array([3, 40])
    z_qty = np.array([12, 2])
    z_price = to_cents(list_price[z_art])
    cancel = pd.DataFrame(
        {
            "date": pd.to_datetime(["2024-05-14", "2024-05-14", "2024-05-27", "2024-05-27"]),
            "customer_id": cust.ids[cust.zero],
            "customer_name": cust.names[cust.zero],
            "product": np.tile(art_names[z_art], 2),
            "qty": np.concatenate([z_qty, -z_qty]),
            "price": np.tile(z_price, 2),
            "amount": np.concatenate([z_qty * z_price, -z_qty * z_price]),
            "inv": lines["inv"].max() + np.array([1, 1, 2, 2]),
            "credit": [False, False, True, True],
        }
    )
    return pd.concat([lines, cancel], ignore_index=True)


# ----------------------------------------------------------------------------------------------
# Files
# ----------------------------------------------------------------------------------------------
def _write_sales(folder: Path, lines: pd.DataFrame) -> pd.DataFrame:
    """lignes_factures.txt: tab separated UTF-8, quantity and unit price, no amount column."""
    written = pd.DataFrame(
        {
            "Num facture": lines["invoice_id"],
            "Date": as_written(lines, "date_text", fr_date(lines["date"])),
            "Code client": lines["customer_id"],
            "Client": lines["customer_name"],
            "Article": lines["product"],
            "Quantité": lines["qty"].astype(str),
            "Prix unitaire HT": as_written(
                lines, "amount_text", fr_amount(lines["price"].to_numpy())
            ),
        }
    )
    written.to_csv(
        folder / "lignes_factures.txt", sep="\t", index=False, encoding="utf-8", lineterminator="\n"
    )
    return written


def _write_customer_file(
    folder: Path, rng: np.random.Generator, cust: _Customers, annual: np.ndarray
) -> pd.DataFrame:
    """clients.xlsx: everyone but the absent customer, with effort, potential and loss risk.

    ``annual`` is each customer's typical yearly revenue (EUR); the lowest-revenue half of
    customers takes ~20-25 % of the hours.
    """
    hours = np.round(3 + 0.15 * annual**0.58 * rng.lognormal(0, 0.3, _N_ALL), 1)
    potential = annual * np.where(
        rng.random(_N_ALL) < 0.12, rng.uniform(3, 8, _N_ALL), rng.uniform(1.0, 2.0, _N_ALL)
    )
    loss = np.full(_N_ALL, None, dtype=object)
    keep = np.arange(_N_ALL) != cust.absent
    flagged = rng.choice(np.flatnonzero(keep), 8, replace=False)
    loss[flagged] = rng.choice([0.1, 0.2, 0.3, 0.5, 0.7, 0.8], 8)
    customers = pd.DataFrame(
        {
            "Code client": cust.ids,
            "Client": cust.names,
            "Secteur": cust.sector,
            "Heures passées (an)": hours,
            "Potentiel estimé (€/an)": np.round(potential, -2).astype(int),
            "Probabilité de perte": loss,
        }
    )[keep].astype(object)
    write_xlsx(
        folder / "clients.xlsx",
        "Clients",
        customers,
        {"Potentiel estimé (€/an)": "#,##0", "Probabilité de perte": "0%"},
    )
    return customers


def _write_engagement(folder: Path, seed: int) -> None:
    """engagement.yaml: minimal (no period, no reading options, no invoice column mapping)."""
    write_text(
        folder / "engagement.yaml",
        yaml_head(seed, NAME, COMPANY, _NOTES, full=False) + "invoices:\n"
        "  path: lignes_factures.txt\n"
        "customers:\n"
        "  path: clients.xlsx\n"
        "  columns:\n" + yaml_columns(_CUSTOMER_COLUMNS),
    )
