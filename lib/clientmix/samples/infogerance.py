"""Sample 1, ``infogerance-pdl``: IT managed services in the Pays de la Loire (like Proselis).

About 540 customers, public bodies and companies; the largest customer is about 3 % of revenue;
revenue grows about 10 % a year. Monthly managed-service invoices plus occasional projects,
exported as a Windows-1252 CSV with decimal commas; the customer file is an Excel workbook.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from clientmix.samples.common import (
    MONTHS_FR,
    N_MONTHS,
    PEOPLE,
    PERIOD_START,
    TOWNS_PDL,
    combos,
    distinct_ids,
    fr_amount,
    fr_date,
    month_end,
    pick_names,
    private_names,
    random_day_in_month,
    sample_rng,
    to_cents,
)
from clientmix.samples.expected import expected_figures
from clientmix.samples.messy import as_written, with_credit_notes, with_messy_rows
from clientmix.samples.writers import write_json, write_text, write_xlsx, yaml_columns, yaml_head

NAME, COMPANY = "infogerance-pdl", "Infogérance Pays de Loire SAS"
_N_ALL = 560  # customers in the company's history, including one never invoiced

_SECTORS = np.array(
    ["collectivité", "éducation", "santé", "industrie", "commerce", "services", "BTP"]
)
_NAME_POOLS = {
    "collectivité": combos(
        [
            "Mairie de {t}",
            "CCAS de {t}",
            "Communauté de communes de {t}",
            "Médiathèque de {t}",
            "Office de tourisme de {t}",
            "Syndicat des eaux de {t}",
        ],
        t=TOWNS_PDL,
    ),
    "éducation": [
        f"{k} {p} - {t}" for k in ("Collège", "Lycée") for p in PEOPLE for t in TOWNS_PDL[:12]
    ],
    "santé_public": combos(["Centre hospitalier de {t}", "EHPAD public de {t}"], t=TOWNS_PDL),
    "santé_privé": combos(
        ["Clinique de {t}", "Laboratoire d'analyses de {t}", "Cabinet de radiologie de {t}"],
        t=TOWNS_PDL,
    ),
}
_ACTIVITIES = {
    "industrie": [
        "Mécanique",
        "Plasturgie",
        "Usinage",
        "Chaudronnerie",
        "Électronique",
        "Emballages",
    ],
    "commerce": ["Boutique", "Optique", "Pharmacie", "Distribution", "Jardinerie", "Librairie"],
    "services": [
        "Cabinet",
        "Expertise comptable",
        "Conseil",
        "Agence immobilière",
        "Notaires",
        "Transports",
    ],
    "BTP": ["Bâtiment", "Charpente", "Travaux publics", "Menuiserie", "Couverture"],
}
_FORMS = ["SARL", "SAS", "SA", "EURL", ""]
_TOP_NAME = "Nantes Métropole - DSI mutualisée"
# names that test the loader and the report's escaping: (sector, public body)
_SPECIALS = {
    "Mairie de Saint-Herblain": ("collectivité", True),
    "Société Générale d'Équipement": ("industrie", False),
    "Dupont & Fils <SARL>": ("commerce", False),
}
_PROJECTS = np.array(
    [
        "Projet migration Microsoft 365",
        "Audit de sécurité",
        "Renouvellement serveurs",
        "Déploiement postes de travail",
        "Mise en place sauvegarde externalisée",
        "Installation pare-feu",
        "Câblage réseau",
        "Formation utilisateurs",
        "Mise en conformité RGPD",
    ]
)
_NEEDS = [
    "infogérance",
    "sécurité",
    "infrastructure",
    "infogérance, sécurité",
    "infogérance, infrastructure",
    "infrastructure, sécurité",
]
_INVOICE_COLUMNS = {
    "customer_id": "Code client",
    "date": "Date facture",
    "amount": "Montant HT",
    "customer_name": "Raison sociale",
    "invoice_id": "N° facture",
    "product": "Désignation",
}
_CUSTOMER_FIELDS = (
    "customer_id",
    "customer_name",
    "sector",
    "customer_type",
    "workstations",
    "servers",
    "user_type",
    "budget",
    "needs",
    "it_maturity",
)


@dataclass
class _Customers:
    """Everyone in the company's history; ``start``/``end`` are month indexes (end excluded)."""

    ids: np.ndarray
    sector: np.ndarray
    public: np.ndarray
    names: np.ndarray
    weight: np.ndarray  # size and revenue weight (lognormal)
    start: np.ndarray
    end: np.ndarray
    top: int  # the largest customer, present all along
    no_inv: int  # in the customer file, never invoiced
    absent: int  # invoiced, missing from the customer file
    zero: int  # invoiced in 2023, cancelled to zero in 2024

    @property
    def has_inv(self) -> np.ndarray:
        has_inv = np.ones(_N_ALL, dtype=bool)
        has_inv[self.no_inv] = False
        return has_inv


def write_infogerance(folder: Path, seed: int) -> None:
    """Write the sample's raw files, engagement.yaml and expected.json into ``folder``."""
    rng = sample_rng(seed, 1)
    cust = _customers(rng)
    # annual managed-service fee per customer and year: grows ~8 %/yr, repriced each January
    fee = cust.weight[:, None] * 1.08 ** np.arange(3)[None, :] * rng.lognormal(0, 0.04, (_N_ALL, 3))
    lines, scale = _scaled(_monthly_and_projects(rng, cust, fee), cust)
    reg = int(to_cents(np.array([fee[cust.zero, 1] / 4 * scale]))[0])
    lines = _cancelled_to_zero(lines, cust, reg)
    not_zero = ~lines["customer_id"].isin([cust.ids[cust.zero]]).to_numpy()
    lines = with_credit_notes(rng, lines, 0.05, not_zero)
    ordinary_ids = np.setdiff1d(cust.ids, [cust.ids[cust.zero], cust.ids[cust.absent]])
    lines = with_messy_rows(
        rng, lines, ordinary_ids, ("31/02/2024", "12,3O", "Divers"), ("FA", "AV", 5)
    )
    written = _write_sales(folder, lines)
    customers = _write_customer_file(folder, rng, cust, fee[:, 2] * scale)
    _write_engagement(folder, seed, customers.columns)
    expected = expected_figures(NAME, COMPANY, lines, written, customers["Code"].to_numpy())
    write_json(folder / "expected.json", expected)


# ----------------------------------------------------------------------------------------------
# Customers
# ----------------------------------------------------------------------------------------------
def _customers(rng: np.random.Generator) -> _Customers:
    """Ids, sectors, names, sizes and months of presence, with the special customers placed."""
    ids = np.array([f"C{i:05d}" for i in distinct_ids(rng, _N_ALL, 1, 1400)], dtype=object)
    sector = rng.choice(_SECTORS, _N_ALL, p=[0.26, 0.08, 0.12, 0.20, 0.14, 0.14, 0.06])
    public = (sector == "collectivité") | (sector == "éducation")
    public |= (sector == "santé") & (rng.random(_N_ALL) < 0.5)
    names = _names(rng, sector, public)
    w = rng.lognormal(0.0, 0.95, _N_ALL)
    start = np.where(rng.random(_N_ALL) < 0.12, rng.integers(1, 31, _N_ALL), 0)
    end = np.where(rng.random(_N_ALL) < 0.06, rng.integers(8, 34, _N_ALL), N_MONTHS)
    end = np.maximum(end, start + 4)
    top = int(np.argmax(w))
    specials = _place_specials(rng, top, start, end, sector, public, names)
    return _Customers(ids, sector, public, names, w, start, end, top, *specials)


def _names(rng: np.random.Generator, sector: np.ndarray, public: np.ndarray) -> np.ndarray:
    """A name per customer, from its sector's pool (public and private health apart)."""
    names = np.empty(_N_ALL, dtype=object)
    for sec in _SECTORS:
        sel = sector == sec
        if sec == "santé":
            sp, spriv = sel & public, sel & ~public
            names[sp] = pick_names(rng, _NAME_POOLS["santé_public"], int(sp.sum()))
            names[spriv] = pick_names(rng, _NAME_POOLS["santé_privé"], int(spriv.sum()))
        elif sec in _NAME_POOLS:
            names[sel] = pick_names(
                rng, _NAME_POOLS[sec], int(sel.sum()), exclude=["Mairie de Saint-Herblain"]
            )
        else:
            names[sel] = private_names(rng, _ACTIVITIES[sec], int(sel.sum()), _FORMS)
    return names


def _place_specials(
    rng: np.random.Generator,
    top: int,
    start: np.ndarray,
    end: np.ndarray,
    sector: np.ndarray,
    public: np.ndarray,
    names: np.ndarray,
) -> tuple[int, int, int]:
    """Draw the customers without invoices, absent from the file and cancelled to zero, and the
    three with tricky names; set their attributes and months of presence, and the top
    customer's, in place.

    Returns the row numbers (no_inv, absent, zero).
    """
    others = np.setdiff1d(np.arange(_N_ALL), [top])
    no_inv, absent, zero = rng.choice(others, 3, replace=False)
    start[[top, absent]] = 0
    end[[top, absent]] = N_MONTHS
    start[zero], end[zero] = 0, 24
    sector[top], public[top], names[top] = "collectivité", True, _TOP_NAME
    spec_idx = rng.choice(np.setdiff1d(others, [no_inv, absent, zero]), 3, replace=False)
    for i, (nm, (sec, pub)) in zip(spec_idx, _SPECIALS.items(), strict=True):
        names[i], sector[i], public[i] = nm, sec, pub
    return int(no_inv), int(absent), int(zero)


# ----------------------------------------------------------------------------------------------
# Invoice lines
# ----------------------------------------------------------------------------------------------
def _monthly_and_projects(
    rng: np.random.Generator, cust: _Customers, fee: np.ndarray
) -> pd.DataFrame:
    """Monthly managed-service lines (``fee`` per customer and year, repriced each January) and
    occasional project lines, about one every two years per customer; ``value`` unscaled."""
    months = np.arange(N_MONTHS)
    active = (
        (months[None, :] >= cust.start[:, None])
        & (months[None, :] < cust.end[:, None])
        & cust.has_inv[:, None]
    )
    c, m = np.nonzero(active)
    y = m // 12
    monthly = pd.DataFrame(
        {
            "c": c,
            "date": pd.to_datetime(month_end(m)),
            "value": fee[c, y] / 12,
            "product": "Infogérance - forfait mensuel "
            + MONTHS_FR[m % 12]
            + " "
            + (2022 + y).astype(str),
        }
    )
    pr = rng.random(len(c)) < 0.04
    projects = pd.DataFrame(
        {
            "c": c[pr],
            "date": pd.to_datetime(random_day_in_month(rng, m[pr])),
            "value": fee[c[pr], y[pr]] * rng.lognormal(np.log(0.35), 0.6, pr.sum()),
            "product": rng.choice(_PROJECTS, pr.sum()),
        }
    )
    return pd.concat([monthly, projects], ignore_index=True)


def _scaled(lines: pd.DataFrame, cust: _Customers) -> tuple[pd.DataFrame, float]:
    """Pin the top customer at 3.0 % of 2024 revenue, scale 2024 to 5.2 M EUR; amounts in cents.

    Returns the invoice lines (one invoice each) and the scale applied to the fees.
    """
    in24 = (lines["date"] >= PERIOD_START).to_numpy()
    is_top = (lines["c"] == cust.top).to_numpy()
    r_top, r_oth = lines["value"][in24 & is_top].sum(), lines["value"][in24 & ~is_top].sum()
    lines.loc[is_top, "value"] *= 0.03 * r_oth / (0.97 * r_top)
    scale = 5_200_000 / lines["value"][in24].sum()
    lines["value"] *= scale
    lines["amount"] = to_cents(lines["value"])
    lines["customer_id"] = cust.ids[lines["c"]]
    lines["customer_name"] = cust.names[lines["c"]]
    lines["inv"] = np.arange(len(lines))
    lines["credit"] = False
    return lines.drop(columns=["c", "value"]), scale


def _cancelled_to_zero(lines: pd.DataFrame, cust: _Customers, reg: int) -> pd.DataFrame:
    """The customer cancelled to zero in 2024: one invoice of ``reg`` cents, fully credited."""
    cancel = pd.DataFrame(
        {
            "date": pd.to_datetime(["2024-03-15", "2024-03-29"]),
            "product": ["Régularisation licences 2023", "Avoir : Régularisation licences 2023"],
            "amount": [reg, -reg],
            "customer_id": cust.ids[cust.zero],
            "customer_name": cust.names[cust.zero],
            "inv": lines["inv"].max() + 1 + np.arange(2),
            "credit": [False, True],
        }
    )
    return pd.concat([lines, cancel], ignore_index=True)


# ----------------------------------------------------------------------------------------------
# Files
# ----------------------------------------------------------------------------------------------
def _write_sales(folder: Path, lines: pd.DataFrame) -> pd.DataFrame:
    """The sales export: Windows-1252, ";" separated, decimal commas, "dd/mm/yyyy" dates."""
    amount_txt = fr_amount(lines["amount"].to_numpy(), thousands=" ")
    written = pd.DataFrame(
        {
            "N° facture": lines["invoice_id"],
            "Date facture": as_written(lines, "date_text", fr_date(lines["date"])),
            "Code client": lines["customer_id"],
            "Raison sociale": lines["customer_name"],
            "Désignation": lines["product"],
            "Montant HT": as_written(lines, "amount_text", amount_txt),
        }
    )
    written.to_csv(
        folder / "ventes_2022_2024.csv",
        sep=";",
        index=False,
        encoding="cp1252",
        lineterminator="\r\n",
    )
    return written


def _write_customer_file(
    folder: Path, rng: np.random.Generator, cust: _Customers, rev24: np.ndarray
) -> pd.DataFrame:
    """clients.xlsx: everyone but the absent customer, with the IT attributes of each one.

    ``rev24`` is each customer's 2024 fee (EUR), the floor of its IT budget.
    """
    w = cust.weight
    postes = np.clip(np.round(w / np.median(w) * 18 * rng.lognormal(0, 0.25, _N_ALL)), 5, 500)
    postes[cust.top] = 480
    servers = np.clip(np.round(postes / 20 * rng.lognormal(0, 0.5, _N_ALL)), 0, 60)
    user_type = rng.choice(
        ["bureautique", "métier", "ingénierie", "mixte"], _N_ALL, p=[0.4, 0.3, 0.1, 0.2]
    )
    user_type = np.where(
        (cust.sector == "industrie") & (rng.random(_N_ALL) < 0.5), "ingénierie", user_type
    )
    needs = rng.choice(_NEEDS, _N_ALL)
    maturity = rng.choice(["néophyte", "sensible", "professionnel"], _N_ALL, p=[0.35, 0.45, 0.2])
    budget = np.round(np.maximum(rev24, 1500) * rng.uniform(1.5, 3.5, _N_ALL), -2)
    customers = pd.DataFrame(
        {
            "Code": cust.ids,
            "Raison sociale": cust.names,
            "Secteur": cust.sector,
            "Type": np.where(cust.public, "public", "privé"),
            "Nombre de postes": postes.astype(int),
            "Nombre de serveurs": servers.astype(int),
            "Type d'utilisateurs": user_type,
            "Budget informatique annuel": budget.astype(int),
            "Besoins": needs,
            "Maturité informatique": maturity,
        }
    )[np.arange(_N_ALL) != cust.absent].astype(object)
    write_xlsx(
        folder / "clients.xlsx", "Clients", customers, {"Budget informatique annuel": "#,##0"}
    )
    return customers


def _write_engagement(folder: Path, seed: int, customer_columns: pd.Index) -> None:
    """engagement.yaml: every reading option and every column mapped explicitly."""
    cust_cols = dict(zip(_CUSTOMER_FIELDS, customer_columns, strict=True))
    write_text(
        folder / "engagement.yaml",
        yaml_head(seed, NAME, COMPANY) + "invoices:\n"
        "  path: ventes_2022_2024.csv\n"
        "  format: csv\n"
        '  sep: ";"\n'
        '  decimal: ","\n'
        "  encoding: cp1252\n"
        "  dayfirst: true\n"
        "  columns:\n" + yaml_columns(_INVOICE_COLUMNS) + "customers:\n"
        "  path: clients.xlsx\n"
        "  sheet: Clients\n"
        "  columns:\n" + yaml_columns(cust_cols),
    )
