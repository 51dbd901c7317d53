"""Deterministic sample engagements: fake but realistic French sales exports.

:func:`write_samples` writes one folder per sample under ``data_dir``. Each folder holds an
``engagement.yaml`` (the contract of ARCHITECTURE.md), the raw files exported the way French
invoicing software does it (Windows-1252 CSV with decimal commas, Excel with text-cell ids, tab
separated text), and an ``expected.json`` with the headline figures **computed by the generator
from the rows it generated** (integer cents), never by reading the files back, so tests can check
the loader and the pipeline against them.

Samples (history 2022-01-01 .. 2024-12-31, analysis period = calendar 2024):

``infogerance-pdl``
    IT managed services (like Proselis, seed 000): ~540 customers, public bodies and companies,
    largest customer about 3 % of revenue, revenue growing about 10 % a year.
``services-agro``
    Services company "S." (seed 002): ~3 M EUR, ~150 customers, agro-food heavy; the biggest
    customer stops at the end of 2023, the third one falls by 40 % in 2024; direct costs known.
``negoce-atlantique``
    A distributor (seed 003): ~1,200 customers, the lowest-revenue half brings about 5 % of
    revenue; lines with quantity and unit price; no column mapping, the loader matches headers.

Every sample carries a few messy rows (missing customer id, unparseable date, non-numeric amount,
an exact duplicate line, credit notes, a customer cancelled to zero in 2024, a customer missing
from the customer file and one without invoices); ``expected.json`` documents them.

Determinism: the same ``seed`` gives byte-identical files, Excel files included (the workbook's
core-property timestamps and the zip entry times are fixed after openpyxl writes them).
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
from openpyxl import Workbook

SAMPLES: tuple[str, ...] = ("infogerance-pdl", "services-agro", "negoce-atlantique")
FEC_TWINS: dict[str, str] = {"services-agro-fec": "services-agro"}
"""FEC sample engagements and the ledger sample each one mirrors (same sales, same figures)."""

HISTORY_START = pd.Timestamp("2022-01-01")
PERIOD_START = pd.Timestamp("2024-01-01")
PERIOD_END = pd.Timestamp("2024-12-31")
YEARS = (2022, 2023, 2024)
N_MONTHS = 36

_FIXED_ZIP_TIME = (2024, 12, 31, 0, 0, 0)
_FIXED_CORE_TIME = b"2024-12-31T00:00:00Z"
_HOLIDAYS = np.array(
    [
        f"{y}-{md}"
        for y in YEARS
        for md in ("01-01", "05-01", "05-08", "07-14", "08-15", "11-01", "11-11", "12-25")
    ],
    dtype="datetime64[D]",
)
_MONTHS_FR = np.array(
    [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ]
)

# ----------------------------------------------------------------------------------------------
# Vocabulary
# ----------------------------------------------------------------------------------------------
_SURNAMES = (
    (
        "Martin Bernard Durand Petit Leroy Moreau Simon Laurent Lefebvre Michel Garnier Faure "
        "Rousseau Blanc Guerin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clement Gauthier "
        "Dumont Lopez Fontaine Chevalier Robin Masson Sanchez Gerard Nguyen Boyer Denis Lemaire "
        "Duval Joly Gautier Roger Roche Roy Noel Meyer Lucas Meunier Jean Perez Marchand Dufour "
        "Blanchard Gillet Chevallier Fabre Barbier Brun Dumas Brunet Schmitt Colin Le_Gall "
        "Le_Bihan Le_Goff Guillou Tanguy Jaouen Cadiou Kerbrat Le_Roux Pichon Baudry Chauvin"
    )
    .replace("_", " ")
    .split()
)
_TOWNS_PDL = (
    "Nantes|Saint-Herblain|Rezé|Saint-Nazaire|Angers|Cholet|La Roche-sur-Yon|Laval|Le Mans|"
    "Saumur|Orvault|Vertou|Carquefou|Couëron|Bouguenais|Sainte-Luce-sur-Loire|La Baule-Escoublac|"
    "Pornic|Clisson|Ancenis-Saint-Géréon|Châteaubriant|Les Sables-d'Olonne|Challans|Mayenne|"
    "Sablé-sur-Sarthe|La Flèche|Segré-en-Anjou Bleu|Guérande|Machecoul|Montaigu-Vendée|"
    "Fontenay-le-Comte|Château-Gontier|Trélazé|Avrillé|Les Ponts-de-Cé|Allonnes|Coulaines|"
    "Pornichet|Savenay|Blain|Nort-sur-Erdre|Treillières|La Chapelle-sur-Erdre|Basse-Goulaine|"
    "Thouaré-sur-Loire|Le Pellerin|Indre|Donges|Montoir-de-Bretagne|Herbignac"
).split("|")
_TOWNS_WEST = (
    "Quimper|Brest|Morlaix|Lorient|Vannes|Pontivy|Loudéac|Lamballe|Saint-Brieuc|Guingamp|"
    "Landerneau|Carhaix|Châteaulin|Douarnenez|Concarneau|Quimperlé|Ploërmel|Vitré|Fougères|"
    "Redon|Rennes|Lannion|Paimpol|Dinan|Landivisiau|Saint-Malo|Châteaugiron|Josselin|Auray|"
    "Hennebont|Vire|Saint-Lô|Avranches|Cholet|Ancenis|Chateaubriant|Laval|Craon|Locminé"
).split("|")
_PEOPLE = (
    "Jules Verne|Aristide Briand|Jean Moulin|Victor Hugo|Anne de Bretagne|Gabriel Guist'hau|"
    "Clemenceau|Jean Jaurès|Marie Curie|Albert Camus|Louis Pasteur|Simone Veil|Jacques Prévert|"
    "Paul Langevin|Rosa Parks|Olympe de Gouges|Saint-Exupéry|La Colinière|Les Bourdonnières|"
    "Jean Monnet"
).split("|")


def _combos(patterns: Sequence[str], **lists: Sequence[str]) -> list[str]:
    """All strings obtained by filling each pattern's single placeholder with each list item."""
    out: list[str] = []
    for pattern in patterns:
        key = re.search(r"\{(\w+)\}", pattern).group(1)  # type: ignore[union-attr]
        out.extend(pattern.format(**{key: item}) for item in lists[key])
    return out


def _pick_names(
    rng: np.random.Generator, pool: Sequence[str], k: int, exclude: Sequence[str] = ()
) -> np.ndarray:
    """``k`` distinct names drawn from ``pool`` (numbered when the pool is too small)."""
    pool_arr = np.array(sorted(set(pool) - set(exclude)), dtype=object)
    names = pool_arr[rng.permutation(len(pool_arr))[: min(k, len(pool_arr))]]
    if k > len(names):
        extra = rng.choice(pool_arr, size=k - len(names))
        names = np.concatenate([names, extra])
    s = pd.Series(names, dtype=object)
    rank = s.groupby(s).cumcount()
    return np.where(rank > 0, s + " " + (rank + 1).astype(str), s).astype(object)


def _private_names(
    rng: np.random.Generator, activities: Sequence[str], k: int, forms: Sequence[str]
) -> np.ndarray:
    """``k`` distinct private company names "<activity> <surname> <form>"."""
    pool = [f"{a} {s}" for a in activities for s in _SURNAMES]
    base = _pick_names(rng, pool, k)
    form = rng.choice(np.array(forms, dtype=object), size=k)
    return np.where(form == "", base, base + " " + form).astype(object)


# ----------------------------------------------------------------------------------------------
# Small numeric helpers
# ----------------------------------------------------------------------------------------------
def _rng(seed: int, sample: int) -> np.random.Generator:
    return np.random.default_rng([seed, sample])


def _ids(rng: np.random.Generator, k: int, low: int, high: int) -> np.ndarray:
    """``k`` distinct sorted integers in [low, high)."""
    return np.sort(rng.choice(np.arange(low, high), size=k, replace=False))


def _business_days(year: int) -> np.ndarray:
    days = np.arange(f"{year}-01-01", f"{year + 1}-01-01", dtype="datetime64[D]")
    return days[np.is_busday(days, holidays=_HOLIDAYS)]


def _month_start(m: np.ndarray) -> np.ndarray:
    """First day of month index ``m`` (0 = January 2022)."""
    return np.datetime64("2022-01", "M") + m.astype("timedelta64[M]")


def _month_end(m: np.ndarray) -> np.ndarray:
    return (_month_start(m + 1)).astype("datetime64[D]") - np.timedelta64(1, "D")


def _random_day_in_month(rng: np.random.Generator, m: np.ndarray) -> np.ndarray:
    """A business day in month ``m`` (day 1..24 rolled forward to a business day)."""
    day = _month_start(m).astype("datetime64[D]") + rng.integers(0, 24, len(m)).astype(
        "timedelta64[D]"
    )
    return np.busday_offset(day, 0, roll="forward", holidays=_HOLIDAYS)


def _to_cents(x: np.ndarray) -> np.ndarray:
    return np.round(np.asarray(x, dtype=float) * 100).astype(np.int64)


def _fr_amount(cents: np.ndarray, thousands: str = "") -> pd.Series:
    """Integer cents -> French text "-1 234,56" (``thousands`` between groups of 3 digits)."""
    cents = np.asarray(cents, dtype=np.int64)
    a = np.abs(cents)
    euros = pd.Series(a // 100, dtype=np.int64).astype(str)
    if thousands:
        euros = euros.str.replace(r"\B(?=(\d{3})+(?!\d))", thousands, regex=True)
    dec = pd.Series(a % 100, dtype=np.int64).astype(str).str.zfill(2)
    sign = pd.Series(np.where(cents < 0, "-", ""))
    return (sign + euros + "," + dec).astype(object)


def _fr_date(dates: pd.Series) -> pd.Series:
    """Datetimes -> "dd/mm/yyyy" (formatted once per distinct date)."""
    codes, uniq = pd.factorize(pd.to_datetime(pd.Series(dates)))
    return pd.Series(np.asarray(uniq.strftime("%d/%m/%Y"), dtype=object)[codes], index=dates.index)


# ----------------------------------------------------------------------------------------------
# Concentration (independent, on integer cents)
# ----------------------------------------------------------------------------------------------
def _concentration(
    ids: np.ndarray, cents: np.ndarray, major: float = 0.10, pareto: float = 0.80
) -> dict:
    """Concentration of positive per-customer amounts (integer cents).

    Shares are fractions in [0, 1]; ``hhi`` is on the 0-10,000 scale (shares in %, squared,
    summed); customers with an amount <= 0 are ignored. Ties are broken by id.
    """
    ids = np.asarray(ids, dtype=object)
    cents = np.asarray(cents, dtype=np.int64)
    keep = cents > 0
    ids, cents = ids[keep], cents[keep]
    order = np.lexsort((ids.astype(str), -cents))  # descending amount, then id
    ids, v = ids[order], [int(c) for c in cents[order]]
    total = sum(v)
    n = len(v)
    if n == 0:
        raise ValueError("no customer with a positive amount")
    cum_desc = np.cumsum(np.array(v, dtype=object))
    sumsq = sum(c * c for c in v)
    hhi = 10_000 * sumsq / total**2
    asc_cum = np.cumsum(np.array(v[::-1], dtype=object))  # Lorenz numerators, ascending
    lorenz_sum = 2 * int(asc_cum.sum()) - total  # sum over i of (cum_i + cum_{i-1})
    gini = 1 - lorenz_sum / (total * n)
    p_num, p_den = round(pareto * 100), 100
    for80 = int(np.argmax(cum_desc * p_den >= total * p_num)) + 1
    m_num = round(major * 100)
    majors = [str(i) for i, c in zip(ids, v, strict=True) if c * 100 >= total * m_num]
    top1 = v[0] / total
    return {
        "top1_share": top1,
        "top1_customer": str(ids[0]),
        "top5_share": int(cum_desc[min(5, n) - 1]) / total,
        "top10_share": int(cum_desc[min(10, n) - 1]) / total,
        "hhi": hhi,
        "effective_customers": 10_000 / hhi,
        "gini": gini,
        "customers_for_80pct": for80,
        "major_customers_10pct": majors,
        "economic_dependence": bool(top1 > 0.5),
    }


# ----------------------------------------------------------------------------------------------
# Messy rows, invoice numbers, duplicate, expected figures (shared by all samples)
# ----------------------------------------------------------------------------------------------
def _credit_notes(
    rng: np.random.Generator,
    lines: pd.DataFrame,
    rate: float,
    eligible: np.ndarray,
    full_share: float = 0.3,
    qty: bool = False,
) -> pd.DataFrame:
    """Credit notes on a random ``rate`` of eligible lines, dated within the same year.

    A credit cancels the line fully (share ``full_share``, cost reversed too) or partly
    (commercial gesture, no cost). With ``qty`` the credit is a return of part of the quantity.
    """
    pick = np.flatnonzero(eligible & (rng.random(len(lines)) < rate))
    src = lines.iloc[pick].copy()
    full = rng.random(len(src)) < full_share
    if qty:
        q = src["qty"].to_numpy()
        ret = np.where(full, q, np.ceil(q * rng.uniform(0.1, 1.0, len(src))).astype(np.int64))
        src["qty"] = -np.maximum(ret, 1)
        src["amount"] = src["qty"] * src["price"]
    else:
        part = _to_cents(src["amount"].to_numpy() / 100 * rng.uniform(0.1, 0.5, len(src)))
        src["amount"] = -np.where(full, src["amount"].to_numpy(), np.maximum(part, 100))
        src["product"] = np.where(
            full, "Avoir : " + src["product"], "Avoir geste commercial : " + src["product"]
        )
    if "cost" in src:
        src["cost"] = np.where(full, -src["cost"].to_numpy(), 0)
    dates = src["date"].to_numpy().astype("datetime64[D]")
    year_end = (dates.astype("datetime64[Y]") + 1).astype("datetime64[D]") - np.timedelta64(1, "D")
    later = dates + rng.integers(2, 26, len(src)).astype("timedelta64[D]")
    later = np.busday_offset(np.minimum(later, year_end), 0, roll="backward", holidays=_HOLIDAYS)
    src["date"] = pd.to_datetime(later)
    src["credit"] = True
    src["inv"] = lines["inv"].max() + 1 + np.arange(len(src))
    return src


def _messy_rows(
    rng: np.random.Generator,
    lines: pd.DataFrame,
    ordinary: np.ndarray,
    bad_date: str,
    bad_amount: str,
    no_id_name: str,
) -> pd.DataFrame:
    """Three rejected rows copied from ordinary 2024 lines: no id, bad date, bad amount."""
    pool = np.flatnonzero(
        ordinary & (lines["date"] >= PERIOD_START).to_numpy() & (lines["amount"] > 0).to_numpy()
    )
    src = lines.iloc[rng.choice(pool, 3, replace=False)].copy()
    src["status"] = ["missing_customer_id", "bad_date", "bad_amount"]
    src["customer_id"] = ["", *src["customer_id"].iloc[1:]]
    src["customer_name"] = [no_id_name, *src["customer_name"].iloc[1:]]
    src["date_text"] = [None, bad_date, None]
    src["amount_text"] = [None, None, bad_amount]
    src["inv"] = lines["inv"].max() + 1 + np.arange(3)
    return src


def _assemble(
    rng: np.random.Generator,
    parts: list[pd.DataFrame],
    ordinary_ids: np.ndarray,
    prefixes: tuple[str, str],
    width: int,
) -> pd.DataFrame:
    """Sort lines by date, number invoices per year, insert one exact duplicate line."""
    lines = pd.concat(parts, ignore_index=True)
    for col, default in (("status", "used"), ("date_text", None), ("amount_text", None)):
        if col not in lines:
            lines[col] = default
        lines[col] = lines[col].astype(object).where(lines[col].notna(), default)
    lines["credit"] = lines["credit"].fillna(False).astype(bool)
    lines = lines.sort_values(["date", "inv"], kind="stable").reset_index(drop=True)
    invoices = lines.drop_duplicates("inv")[["inv", "date", "credit"]]
    year = invoices["date"].dt.year
    counter = invoices.groupby([year, invoices["credit"]]).cumcount() + 1
    prefix = np.where(invoices["credit"], prefixes[1], prefixes[0])
    number = pd.Series(prefix, index=invoices.index) + year.astype(str) + "-"
    number = number + counter.astype(str).str.zfill(width)
    lines["invoice_id"] = lines["inv"].map(pd.Series(number.to_numpy(), index=invoices["inv"]))
    # one exact duplicate of an ordinary 2024 line, right after the original
    ok = (
        (lines["status"] == "used")
        & ~lines["credit"]
        & (lines["date"] >= PERIOD_START)
        & lines["customer_id"].isin(ordinary_ids)
    ).to_numpy()
    i = int(rng.choice(np.flatnonzero(ok)))
    lines = pd.concat([lines.iloc[: i + 1], lines.iloc[[i]], lines.iloc[i + 1 :]])
    return lines.reset_index(drop=True)


def _expected(
    name: str,
    company: str,
    lines: pd.DataFrame,
    written: pd.DataFrame,
    customer_file_ids: np.ndarray,
) -> dict:
    """Headline figures from the generated lines (integer cents), as documented in the module."""
    used = (lines["status"] == "used").to_numpy()
    u = lines[used]
    in_period = ((u["date"] >= PERIOD_START) & (u["date"] <= PERIOD_END)).to_numpy()
    p = u[in_period]
    by_cust = p.groupby("customer_id", sort=True)["amount"].sum()
    reasons = lines.loc[~used, "status"].value_counts()
    invoice_ids = set(u["customer_id"])
    file_ids = set(customer_file_ids.tolist())
    out = {
        "engagement": name,
        "company": company,
        "period": {"start": PERIOD_START.date().isoformat(), "end": PERIOD_END.date().isoformat()},
        "input": {
            "rows_read": int(len(lines)),
            "rows_used": int(used.sum()),
            "rows_rejected": int((~used).sum()),
            "rows_outside_period": int((~in_period).sum()),
            "revenue_total": int(u["amount"].sum()) / 100,
        },
        "rejected_reasons": {
            r: int(reasons.get(r, 0)) for r in ("missing_customer_id", "bad_date", "bad_amount")
        },
        "duplicates": int(written.duplicated().sum()),
        "revenue_total": int(p["amount"].sum()) / 100,
        "customers": int((by_cust > 0).sum()),
        "customers_nonpositive": sorted(by_cust.index[by_cust <= 0].tolist()),
        "missing_from_customers_file": sorted(invoice_ids - file_ids),
        "without_invoices": sorted(file_ids - invoice_ids),
        "concentration": _concentration(by_cust.index.to_numpy(), by_cust.to_numpy()),
    }
    if "cost" in lines:
        margin = (p["amount"] - p["cost"]).groupby(p["customer_id"], sort=True).sum()
        out["gross_margin_total"] = int(margin.sum()) / 100
        out["margin_concentration"] = _concentration(margin.index.to_numpy(), margin.to_numpy())
    return out


# ----------------------------------------------------------------------------------------------
# Writers
# ----------------------------------------------------------------------------------------------
def _write_xlsx(
    path: Path,
    sheet: str,
    frame: pd.DataFrame,
    formats: dict[str, str] | None = None,
) -> None:
    """Write ``frame`` to one sheet with openpyxl (python values -> cell types), bytes stable.

    Strings become text cells (so "00123" stays text), datetimes become real Excel dates, None
    becomes an empty cell. ``formats`` maps column name -> number format for non-text cells.
    """
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(list(frame.columns))
    for row in frame.itertuples(index=False, name=None):  # I/O: openpyxl writes cell by cell
        ws.append(row)
    for col_idx, col in enumerate(frame.columns, start=1):
        fmt = (formats or {}).get(col)
        width = max(len(str(col)), int(frame[col].astype(str).str.len().max() or 0))
        ws.column_dimensions[ws.cell(1, col_idx).column_letter].width = min(width + 2, 50)
        if fmt:
            for (cell,) in ws.iter_rows(min_row=2, min_col=col_idx, max_col=col_idx):
                if not isinstance(cell.value, str):
                    cell.number_format = fmt
    ws.freeze_panes = "A2"
    wb.properties.creator = "clientmix samples"
    wb.save(path)
    _stabilise_zip(path)


def _stabilise_zip(path: Path) -> None:
    """Fix the timestamps openpyxl puts in docProps/core.xml and in the zip entries."""
    with zipfile.ZipFile(path) as zin:
        items = [(info.filename, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", _FIXED_CORE_TIME, data)
            info = zipfile.ZipInfo(name, date_time=_FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, data)


def _write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    path.write_bytes(text.encode(encoding))


def _write_json(path: Path, data: dict) -> None:
    _write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _q(s: str) -> str:
    """YAML double-quoted scalar."""
    return json.dumps(s, ensure_ascii=False)


def _yaml_columns(mapping: dict[str, str], indent: int = 4) -> str:
    pad = " " * indent
    return "".join(f"{pad}{k}: {_q(v)}\n" for k, v in mapping.items())


# ----------------------------------------------------------------------------------------------
# Sample 1: infogerance-pdl
# ----------------------------------------------------------------------------------------------
def _infogerance(folder: Path, seed: int) -> None:
    rng = _rng(seed, 1)
    name, company = "infogerance-pdl", "Infogérance Pays de Loire SAS"
    n_all = 560  # customers in the company's history, including one never invoiced
    ids = np.array([f"C{i:05d}" for i in _ids(rng, n_all, 1, 1400)], dtype=object)

    sectors = np.array(
        ["collectivité", "éducation", "santé", "industrie", "commerce", "services", "BTP"]
    )
    sector = rng.choice(sectors, n_all, p=[0.26, 0.08, 0.12, 0.20, 0.14, 0.14, 0.06])
    public = (sector == "collectivité") | (sector == "éducation")
    public |= (sector == "santé") & (rng.random(n_all) < 0.5)

    # names per segment
    names = np.empty(n_all, dtype=object)
    pools = {
        "collectivité": _combos(
            [
                "Mairie de {t}",
                "CCAS de {t}",
                "Communauté de communes de {t}",
                "Médiathèque de {t}",
                "Office de tourisme de {t}",
                "Syndicat des eaux de {t}",
            ],
            t=_TOWNS_PDL,
        ),
        "éducation": [
            f"{k} {p} - {t}" for k in ("Collège", "Lycée") for p in _PEOPLE for t in _TOWNS_PDL[:12]
        ],
        "santé_public": _combos(["Centre hospitalier de {t}", "EHPAD public de {t}"], t=_TOWNS_PDL),
        "santé_privé": _combos(
            ["Clinique de {t}", "Laboratoire d'analyses de {t}", "Cabinet de radiologie de {t}"],
            t=_TOWNS_PDL,
        ),
    }
    activities = {
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
    forms = ["SARL", "SAS", "SA", "EURL", ""]
    for sec in sectors:
        sel = sector == sec
        if sec == "santé":
            sp, spriv = sel & public, sel & ~public
            names[sp] = _pick_names(rng, pools["santé_public"], int(sp.sum()))
            names[spriv] = _pick_names(rng, pools["santé_privé"], int(spriv.sum()))
        elif sec in pools:
            names[sel] = _pick_names(
                rng, pools[sec], int(sel.sum()), exclude=["Mairie de Saint-Herblain"]
            )
        else:
            names[sel] = _private_names(rng, activities[sec], int(sel.sum()), forms)

    # size and revenue weight
    w = rng.lognormal(0.0, 0.95, n_all)
    top = int(np.argmax(w))
    start = np.where(rng.random(n_all) < 0.12, rng.integers(1, 31, n_all), 0)
    end = np.where(rng.random(n_all) < 0.06, rng.integers(8, 34, n_all), N_MONTHS)
    end = np.maximum(end, start + 4)
    # special customers: top (present all along), no invoices, absent from file, zero in 2024
    others = np.setdiff1d(np.arange(n_all), [top])
    no_inv, absent, zero = rng.choice(others, 3, replace=False)
    start[[top, absent]] = 0
    end[[top, absent]] = N_MONTHS
    start[zero], end[zero] = 0, 24
    sector[top], public[top], names[top] = "collectivité", True, "Nantes Métropole - DSI mutualisée"
    specials = {
        "Mairie de Saint-Herblain": ("collectivité", True),
        "Société Générale d'Équipement": ("industrie", False),
        "Dupont & Fils <SARL>": ("commerce", False),
    }
    spec_idx = rng.choice(np.setdiff1d(others, [no_inv, absent, zero]), 3, replace=False)
    for i, (nm, (sec, pub)) in zip(spec_idx, specials.items(), strict=True):
        names[i], sector[i], public[i] = nm, sec, pub
    has_inv = np.ones(n_all, dtype=bool)
    has_inv[no_inv] = False

    # monthly managed-service invoices: annual fee grows ~8 %/yr, repriced each January
    fee = w[:, None] * 1.08 ** np.arange(3)[None, :] * rng.lognormal(0, 0.04, (n_all, 3))
    months = np.arange(N_MONTHS)
    active = (
        (months[None, :] >= start[:, None]) & (months[None, :] < end[:, None]) & has_inv[:, None]
    )
    c, m = np.nonzero(active)
    y = m // 12
    monthly = pd.DataFrame(
        {
            "c": c,
            "date": pd.to_datetime(_month_end(m)),
            "value": fee[c, y] / 12,
            "product": "Infogérance - forfait mensuel "
            + _MONTHS_FR[m % 12]
            + " "
            + (2022 + y).astype(str),
        }
    )
    # occasional project invoices (about one every two years per customer)
    pr = rng.random(len(c)) < 0.04
    project_names = np.array(
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
    projects = pd.DataFrame(
        {
            "c": c[pr],
            "date": pd.to_datetime(_random_day_in_month(rng, m[pr])),
            "value": fee[c[pr], y[pr]] * rng.lognormal(np.log(0.35), 0.6, pr.sum()),
            "product": rng.choice(project_names, pr.sum()),
        }
    )
    lines = pd.concat([monthly, projects], ignore_index=True)
    in24 = (lines["date"] >= PERIOD_START).to_numpy()
    # pin the top customer at 3.0 % of 2024 revenue, then scale 2024 to 5.2 M EUR
    is_top = (lines["c"] == top).to_numpy()
    r_top, r_oth = lines["value"][in24 & is_top].sum(), lines["value"][in24 & ~is_top].sum()
    lines.loc[is_top, "value"] *= 0.03 * r_oth / (0.97 * r_top)
    scale = 5_200_000 / lines["value"][in24].sum()
    lines["value"] *= scale
    lines["amount"] = _to_cents(lines["value"])
    lines["customer_id"] = ids[lines["c"]]
    lines["customer_name"] = names[lines["c"]]
    lines["inv"] = np.arange(len(lines))
    lines["credit"] = False
    # the customer cancelled to zero in 2024: one invoice fully credited
    reg = int(_to_cents(np.array([fee[zero, 1] / 4 * scale]))[0])
    cancel = pd.DataFrame(
        {
            "date": pd.to_datetime(["2024-03-15", "2024-03-29"]),
            "product": ["Régularisation licences 2023", "Avoir : Régularisation licences 2023"],
            "amount": [reg, -reg],
            "customer_id": ids[zero],
            "customer_name": names[zero],
            "inv": lines["inv"].max() + 1 + np.arange(2),
            "credit": [False, True],
        }
    )
    lines = pd.concat([lines.drop(columns=["c", "value"]), cancel], ignore_index=True)
    ordinary = ~lines["customer_id"].isin([ids[zero]]).to_numpy()
    credits = _credit_notes(rng, lines, 0.05, ordinary)
    lines = pd.concat([lines, credits], ignore_index=True)
    ordinary = ~lines["customer_id"].isin([ids[zero], ids[absent]]).to_numpy()
    messy = _messy_rows(rng, lines, ordinary, "31/02/2024", "12,3O", "Divers")
    ordinary_ids = np.setdiff1d(ids, [ids[zero], ids[absent]])
    lines = _assemble(rng, [lines, messy], ordinary_ids, ("FA", "AV"), 5)

    amount_txt = _fr_amount(lines["amount"].to_numpy(), thousands=" ")
    written = pd.DataFrame(
        {
            "N° facture": lines["invoice_id"],
            "Date facture": lines["date_text"].where(
                lines["date_text"].notna(), _fr_date(lines["date"])
            ),
            "Code client": lines["customer_id"],
            "Raison sociale": lines["customer_name"],
            "Désignation": lines["product"],
            "Montant HT": lines["amount_text"].where(lines["amount_text"].notna(), amount_txt),
        }
    )
    written.to_csv(
        folder / "ventes_2022_2024.csv",
        sep=";",
        index=False,
        encoding="cp1252",
        lineterminator="\r\n",
    )

    # customers file (everyone but the absent customer)
    rev24 = fee[:, 2] * scale
    postes = np.clip(np.round(w / np.median(w) * 18 * rng.lognormal(0, 0.25, n_all)), 5, 500)
    postes[top] = 480
    servers = np.clip(np.round(postes / 20 * rng.lognormal(0, 0.5, n_all)), 0, 60)
    user_type = rng.choice(
        ["bureautique", "métier", "ingénierie", "mixte"], n_all, p=[0.4, 0.3, 0.1, 0.2]
    )
    user_type = np.where(
        (sector == "industrie") & (rng.random(n_all) < 0.5), "ingénierie", user_type
    )
    needs = rng.choice(
        [
            "infogérance",
            "sécurité",
            "infrastructure",
            "infogérance, sécurité",
            "infogérance, infrastructure",
            "infrastructure, sécurité",
        ],
        n_all,
    )
    maturity = rng.choice(["néophyte", "sensible", "professionnel"], n_all, p=[0.35, 0.45, 0.2])
    budget = np.round(np.maximum(rev24, 1500) * rng.uniform(1.5, 3.5, n_all), -2)
    keep = np.arange(n_all) != absent
    customers = pd.DataFrame(
        {
            "Code": ids,
            "Raison sociale": names,
            "Secteur": sector,
            "Type": np.where(public, "public", "privé"),
            "Nombre de postes": postes.astype(int),
            "Nombre de serveurs": servers.astype(int),
            "Type d'utilisateurs": user_type,
            "Budget informatique annuel": budget.astype(int),
            "Besoins": needs,
            "Maturité informatique": maturity,
        }
    )[keep].astype(object)
    _write_xlsx(
        folder / "clients.xlsx", "Clients", customers, {"Budget informatique annuel": "#,##0"}
    )

    inv_cols = {
        "customer_id": "Code client",
        "date": "Date facture",
        "amount": "Montant HT",
        "customer_name": "Raison sociale",
        "invoice_id": "N° facture",
        "product": "Désignation",
    }
    cust_cols = dict(
        zip(
            [
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
            ],
            customers.columns,
            strict=True,
        )
    )
    _write_text(
        folder / "engagement.yaml",
        f"# Sample engagement generated by clientmix.samples (seed {seed}): do not edit by hand.\n"
        f"name: {name}\n"
        f"company: {_q(company)}\n"
        "currency: EUR\n"
        "language: fr\n"
        "period: {start: 2024-01-01, end: 2024-12-31}\n"
        "invoices:\n"
        "  path: ventes_2022_2024.csv\n"
        "  format: csv\n"
        '  sep: ";"\n'
        '  decimal: ","\n'
        "  encoding: cp1252\n"
        "  dayfirst: true\n"
        "  columns:\n" + _yaml_columns(inv_cols) + "customers:\n"
        "  path: clients.xlsx\n"
        "  sheet: Clients\n"
        "  columns:\n" + _yaml_columns(cust_cols),
    )
    _write_json(
        folder / "expected.json",
        _expected(name, company, lines, written, customers["Code"].to_numpy()),
    )


# ----------------------------------------------------------------------------------------------
# Sample 2: services-agro
# ----------------------------------------------------------------------------------------------
def _services_agro(folder: Path, seed: int) -> None:
    rng = _rng(seed, 2)
    name, company = "services-agro", "S. Services"
    n_all = 162
    ids = np.array([f"{i:05d}" for i in _ids(rng, n_all, 1, 3000)], dtype=object)
    big1, big2, big3, no_inv, absent, zero = rng.permutation(n_all)[:6]
    bigs = np.array([big1, big2, big3])

    sectors = np.array(
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
    sector = rng.choice(sectors, n_all, p=[0.5, 0.12, 0.1, 0.12, 0.06, 0.05, 0.05])
    sector[bigs] = "Agroalimentaire"
    pools = {
        "Agroalimentaire": _combos(
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
            t=_TOWNS_WEST,
        ),
        "Logistique": _combos(
            ["Transports {s}", "Logistique {s}", "Entrepôts frigorifiques {s}"], s=_SURNAMES
        ),
        "Grande distribution": _combos(
            ["Hypermarché de {t}", "Supermarché de {t}", "Centrale d'achat de {t}"], t=_TOWNS_WEST
        ),
        "Industrie": _combos(["{s} Industrie", "Mécanique {s}", "Emballages {s}"], s=_SURNAMES),
        "Collectivité": _combos(["Mairie de {t}", "Cuisine centrale de {t}"], t=_TOWNS_WEST),
        "Santé": _combos(["Centre hospitalier de {t}", "EHPAD de {t}"], t=_TOWNS_WEST),
        "Services": _combos(["Cabinet {s}", "Blanchisserie {s}"], s=_SURNAMES),
    }
    names = np.empty(n_all, dtype=object)
    for sec in sectors:
        sel = sector == sec
        names[sel] = _pick_names(rng, pools[sec], int(sel.sum()))
    names[bigs] = [
        "Coopérative Laitière de l'Ouest",
        "Groupe Volailles d'Armor",
        "Conserverie Le Gall, Fils et Cie",
    ]

    a = rng.lognormal(0.0, 0.8, n_all)
    r = rng.random(n_all)
    start = np.select(
        [r < 0.08, r < 0.15], [rng.integers(12, 24, n_all), rng.integers(24, 34, n_all)], 0
    )
    end = np.where(rng.random(n_all) < 0.05, rng.integers(6, 24, n_all), N_MONTHS)
    end = np.maximum(end, start + 3)
    start[[*bigs, absent, zero]] = 0
    end[[big2, big3, absent]] = N_MONTHS
    end[[big1, zero]] = 24  # the main customer leaves at the end of 2023
    p_month = rng.uniform(0.55, 1.0, n_all)
    p_month[bigs] = 1.0
    has_inv = np.ones(n_all, dtype=bool)
    has_inv[no_inv] = False

    months = np.arange(N_MONTHS)
    active = (
        (months[None, :] >= start[:, None]) & (months[None, :] < end[:, None]) & has_inv[:, None]
    )
    active &= rng.random((n_all, N_MONTHS)) < p_month[:, None]
    c, m = np.nonzero(active)
    y = m // 12
    is_big = np.isin(c, bigs)
    value = a[c] * 1.04**y / (12 * p_month[c]) * rng.lognormal(0, np.where(is_big, 0.08, 0.3))
    # big customers: shares of 2023 revenue and yearly profile (2022, 2023, 2024)
    r23 = value[~is_big & (y == 1)].sum() / 0.60
    for b, share, profile in (
        (big1, 0.20, (0.95, 1.0, 0.0)),
        (big2, 0.12, (0.93, 1.0, 1.03)),
        (big3, 0.08, (1.02, 1.0, 0.60)),
    ):
        for yy, f in enumerate(profile):
            sel = (c == b) & (y == yy)
            if f > 0:
                value[sel] *= share * r23 * f / value[sel].sum()
    value *= 3_000_000 / value[y == 2].sum()

    # invoice lines: 1-3 services per monthly invoice, dated on the month's last business day
    k = np.where(is_big, 3, rng.choice([1, 2, 3], len(c), p=[0.6, 0.3, 0.1]))
    inv = np.repeat(np.arange(len(c)), k)
    wgt = rng.uniform(0.3, 1.0, len(inv))
    wgt /= np.bincount(inv, weights=wgt)[inv]
    services = np.array(
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
    line_no = np.arange(len(inv)) - np.repeat(np.cumsum(k) - k, k)
    product = services[(rng.integers(0, len(services), len(c))[inv] + line_no) % len(services)]
    margin_rate = rng.uniform(0.25, 0.45, n_all)
    margin_rate[bigs] = [0.16, 0.19, 0.15]
    amount = _to_cents(value[inv] * wgt)
    cost = _to_cents(amount / 100 * (1 - margin_rate[c[inv]]) * rng.lognormal(0, 0.06, len(inv)))
    dates = np.busday_offset(_month_end(m), 0, roll="backward", holidays=_HOLIDAYS)
    lines = pd.DataFrame(
        {
            "date": pd.to_datetime(dates[inv]),
            "customer_id": ids[c[inv]],
            "customer_name": names[c[inv]],
            "product": product,
            "amount": amount,
            "cost": cost,
            "inv": inv,
            "credit": False,
        }
    )
    # two months' worth of the customer's 2023 business, invoiced then fully credited
    reg = int(_to_cents(np.array([value[(c == zero) & (y == 1)].sum() / 6]))[0])
    cancel = pd.DataFrame(
        {
            "date": pd.to_datetime(["2024-02-15", "2024-02-28"]),
            "customer_id": ids[zero],
            "customer_name": names[zero],
            "product": ["Intervention curative", "Avoir : Intervention curative"],
            "amount": [reg, -reg],
            "cost": [int(reg * 0.7), -int(reg * 0.7)],
            "inv": lines["inv"].max() + 1 + np.arange(2),
            "credit": [False, True],
        }
    )
    lines = pd.concat([lines, cancel], ignore_index=True)
    ordinary = ~lines["customer_id"].isin(ids[[big1, big3, zero]]).to_numpy()
    lines = pd.concat([lines, _credit_notes(rng, lines, 0.07, ordinary)], ignore_index=True)
    ordinary_ids = np.setdiff1d(ids, ids[[*bigs, zero, absent]])
    ordinary = lines["customer_id"].isin(ordinary_ids).to_numpy()
    messy = _messy_rows(rng, lines, ordinary, "31/02/2024", "abc", "Divers")
    lines = _assemble(rng, [lines, messy], ordinary_ids, ("F", "A"), 5)

    py_dates = pd.Series(pd.DatetimeIndex(lines["date"]).to_pydatetime(), dtype=object)
    written = pd.DataFrame(
        {
            "Facture": lines["invoice_id"],
            "Date": lines["date_text"].where(lines["date_text"].notna(), py_dates),
            "Client": lines["customer_id"].where(lines["customer_id"] != "", None),
            "Nom client": lines["customer_name"],
            "Prestation": lines["product"],
            "Montant HT": lines["amount_text"].where(
                lines["amount_text"].notna(), lines["amount"] / 100
            ),
            "Coût direct": lines["cost"] / 100,
        }
    ).astype(object)
    _write_xlsx(
        folder / "Export ventes.xlsx",
        "Ventes",
        written,
        {"Date": "DD/MM/YYYY", "Montant HT": "#,##0.00", "Coût direct": "#,##0.00"},
    )

    years = np.where(start == 0, 3 + rng.integers(0, 25, n_all), (N_MONTHS - start) // 12)
    headcount = np.clip(np.round(a * 40 * rng.lognormal(0, 0.5, n_all)), 3, 1500)
    headcount[bigs] = [850, 620, 240]
    region = rng.choice(["Bretagne", "Pays de la Loire", "Normandie"], n_all, p=[0.6, 0.25, 0.15])
    keep = np.arange(n_all) != absent
    customers = pd.DataFrame(
        {
            "Code client": ids,
            "Nom": names,
            "Secteur": sector,
            "Effectif": headcount.astype(int),
            "Région": region,
            "Ancienneté (ans)": years.astype(int),
        }
    )[keep]
    customers.to_csv(folder / "clients.csv", index=False, encoding="utf-8-sig", lineterminator="\n")

    _write_text(
        folder / "engagement.yaml",
        f"# Sample engagement generated by clientmix.samples (seed {seed}): do not edit by hand.\n"
        "# Only some columns are mapped: the others are matched by their header names.\n"
        f"name: {name}\n"
        f"company: {_q(company)}\n"
        "currency: EUR\n"
        "language: fr\n"
        "period: {start: 2024-01-01, end: 2024-12-31}\n"
        "invoices:\n"
        f"  path: {_q('Export ventes.xlsx')}\n"
        "  format: excel\n"
        "  sheet: Ventes\n"
        "  columns:\n"
        + _yaml_columns({"customer_id": "Client", "amount": "Montant HT", "cost": "Coût direct"})
        + "customers:\n"
        "  path: clients.csv\n"
        "  columns:\n" + _yaml_columns({"customer_id": "Code client", "headcount": "Effectif"}),
    )
    expected = _expected(
        name, company, lines, written.astype(str), customers["Code client"].to_numpy()
    )
    _write_json(folder / "expected.json", expected)
    _services_agro_fec(folder.parent / "services-agro-fec", seed, lines, expected)


def _services_agro_fec(folder: Path, seed: int, lines: pd.DataFrame, ledger: dict) -> None:
    """The FEC twin of services-agro: the same used sales lines, as the accountant's export.

    Each used ledger line becomes one sales entry (411 with the customer as auxiliary, 706,
    44571, and 603/37 cost lines), plus an opening entry, a purchase and a bank receipt that
    the reader must leave out. Rejected ledger rows are not in the books. The analysis
    figures (revenue, customers, concentration, margin) are those of the ledger twin.
    """
    from clientmix.ingest.fec import write_fec

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
    fec_name = "123456789FEC20241231.txt"
    write_fec(invoices, folder / fec_name, encoding="cp1252", journal="VE")
    clients = (folder.parent / "services-agro" / "clients.csv").read_bytes()
    (folder / "clients.csv").write_bytes(clients)
    _write_text(
        folder / "engagement.yaml",
        f"# Sample engagement generated by clientmix.samples (seed {seed}): do not edit by hand.\n"
        "# The same company as services-agro, read from its accounting export (FEC).\n"
        "name: services-agro-fec\n"
        f"company: {_q('S. Services (FEC)')}\n"
        "currency: EUR\n"
        "language: fr\n"
        "period: {start: 2024-01-01, end: 2024-12-31}\n"
        "invoices:\n"
        f"  path: {fec_name}\n"
        "customers:\n"
        "  path: clients.csv\n"
        "  columns:\n" + _yaml_columns({"customer_id": "Code client", "headcount": "Effectif"}),
    )
    expected = dict(ledger)
    expected["engagement"] = "services-agro-fec"
    expected["company"] = "S. Services (FEC)"
    n_used = int(len(used))
    outside = ledger["input"]["rows_outside_period"]
    expected["input"] = {
        "rows_read": n_used,
        "rows_used": n_used,
        "rows_rejected": 0,
        "rows_outside_period": outside,
        "revenue_total": ledger["input"]["revenue_total"],
    }
    expected["rejected_reasons"] = {"missing_customer_id": 0, "bad_date": 0, "bad_amount": 0}
    # the duplicated ledger line is a second sales entry with the same piece reference
    expected["duplicates"] = ledger["duplicates"]
    _write_json(folder / "expected.json", expected)


# ----------------------------------------------------------------------------------------------
# Sample 3: negoce-atlantique
# ----------------------------------------------------------------------------------------------
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


def _negoce(folder: Path, seed: int) -> None:
    rng = _rng(seed, 3)
    name, company = "negoce-atlantique", "Négoce Atlantique"
    n_all = 1265
    ids = np.array([f"CL{i:05d}" for i in _ids(rng, n_all, 1, 20000)], dtype=object)
    no_inv, absent, zero = rng.permutation(n_all)[:3]

    sectors = np.array(
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
    sector = rng.choice(sectors, n_all, p=[0.22, 0.2, 0.13, 0.15, 0.08, 0.07, 0.05, 0.05, 0.05])
    activities = {
        "Plomberie-chauffage": ["Plomberie", "Chauffage", "Sanitaire", "Thermique"],
        "Électricité": ["Électricité", "Électricité générale", "Domotique"],
        "Menuiserie": ["Menuiserie", "Agencement", "Ébénisterie"],
        "Maçonnerie": ["Maçonnerie", "Bâtiment", "Rénovation"],
        "Couverture": ["Couverture", "Zinguerie", "Charpente"],
        "Paysagiste": ["Paysages", "Jardins", "Espaces verts"],
        "Industrie": ["Maintenance", "Ateliers", "Usinage"],
    }
    names = np.empty(n_all, dtype=object)
    for sec, acts in activities.items():
        sel = sector == sec
        names[sel] = _private_names(rng, acts, int(sel.sum()), ["SARL", "SAS", "EURL", "", ""])
    sel = sector == "Collectivité"
    names[sel] = _pick_names(
        rng,
        _combos(["Mairie de {t}", "Services techniques de {t}"], t=_TOWNS_PDL + _TOWNS_WEST),
        int(sel.sum()),
    )
    sel = sector == "Particulier"
    names[sel] = _pick_names(
        rng, [f"M. {s}" for s in _SURNAMES] + [f"Mme {s}" for s in _SURNAMES], int(sel.sum())
    )

    base = rng.lognormal(0.0, 1.55, n_all)  # bottom half of customers ~5 % of revenue
    r = rng.random(n_all)
    start = np.select([r < 0.05, r < 0.09], [np.full(n_all, 1), np.full(n_all, 2)], 0)
    end = np.where(rng.random(n_all) < 0.05, rng.choice([1, 2], n_all), 3)
    end = np.maximum(end, start + 1)
    start[[absent, zero]] = 0
    end[absent], end[zero] = 3, 2
    has_inv = np.ones(n_all, dtype=bool)
    has_inv[no_inv] = False
    yrs = np.arange(3)
    active = (yrs[None, :] >= start[:, None]) & (yrs[None, :] < end[:, None]) & has_inv[:, None]
    c, y = np.nonzero(active)
    t_cy = base[c] * 1.04**y * rng.lognormal(0, 0.15, len(c))
    scale = 8_500_000 / t_cy[y == 2].sum()
    t_cy *= scale

    # lines: each customer-year gets about one line per 600 EUR, grouped ~3 lines per invoice
    n_lines = np.maximum(1, np.round(t_cy / 600 * rng.lognormal(0, 0.3, len(c)))).astype(np.int64)
    cy = np.repeat(np.arange(len(c)), n_lines)
    target = (t_cy / n_lines)[cy] * rng.lognormal(0, 0.6, len(cy))
    # catalogue: 6 references per family, list prices log-uniform within the family's range
    fam = np.repeat(np.arange(len(_CATALOGUE)), 6)
    low = np.array([f[1] for f in _CATALOGUE], dtype=float)[fam]
    high = np.array([f[2] for f in _CATALOGUE], dtype=float)[fam]
    list_price = np.exp(rng.uniform(np.log(low), np.log(high)))
    codes = rng.choice(np.arange(10000, 99999), len(fam), replace=False)
    art_names = np.array(
        [f"{code} {_CATALOGUE[f][0]}" for code, f in zip(codes, fam, strict=True)], dtype=object
    )
    order = np.argsort(list_price)
    list_price, art_names = list_price[order], art_names[order]
    affordable = np.maximum(np.searchsorted(list_price, target, side="right"), 1)
    art = np.floor(rng.random(len(cy)) * affordable).astype(np.int64)
    rank = pd.Series(base).rank(pct=True).to_numpy()
    discount = np.clip(0.02 + 0.12 * rank + rng.normal(0, 0.02, n_all), 0, 0.25)
    price = _to_cents(list_price[art] * (1 - discount[c[cy]]))
    qty = np.maximum(1, np.round(target / (price / 100))).astype(np.int64)
    n_inv = np.ceil(n_lines / 3).astype(np.int64)
    inv = (np.cumsum(n_inv) - n_inv)[cy] + np.floor(rng.random(len(cy)) * n_inv[cy]).astype(
        np.int64
    )
    bdays = [_business_days(yr) for yr in YEARS]
    offsets = np.cumsum([0] + [len(b) for b in bdays])
    inv_year = y[np.repeat(np.arange(len(c)), n_inv)]
    day_idx = offsets[inv_year] + np.floor(
        rng.random(len(inv_year)) * np.diff(offsets)[inv_year]
    ).astype(np.int64)
    inv_date = np.concatenate(bdays)[day_idx]
    inv_date[np.flatnonzero(inv_year == 2)[-1]] = np.datetime64("2024-12-31")  # last day of data
    lines = pd.DataFrame(
        {
            "date": pd.to_datetime(inv_date[inv]),
            "customer_id": ids[c[cy]],
            "customer_name": names[c[cy]],
            "product": art_names[art],
            "qty": qty,
            "price": price,
            "amount": qty * price,
            "inv": inv,
            "credit": False,
        }
    ).drop_duplicates(["inv", "product", "qty"])
    # the customer cancelled to zero in 2024: one invoice fully returned
    z_art = np.array([3, 40])
    z_qty = np.array([12, 2])
    z_price = _to_cents(list_price[z_art])
    cancel = pd.DataFrame(
        {
            "date": pd.to_datetime(["2024-05-14", "2024-05-14", "2024-05-27", "2024-05-27"]),
            "customer_id": ids[zero],
            "customer_name": names[zero],
            "product": np.tile(art_names[z_art], 2),
            "qty": np.concatenate([z_qty, -z_qty]),
            "price": np.tile(z_price, 2),
            "amount": np.concatenate([z_qty * z_price, -z_qty * z_price]),
            "inv": lines["inv"].max() + np.array([1, 1, 2, 2]),
            "credit": [False, False, True, True],
        }
    )
    lines = pd.concat([lines, cancel], ignore_index=True)
    # returns only on customer-years with several lines, so no other customer falls to zero
    many = lines.groupby(["customer_id", lines["date"].dt.year])["inv"].transform("size") >= 6
    ordinary = ((lines["customer_id"] != ids[zero]) & many).to_numpy()
    lines = pd.concat(
        [lines, _credit_notes(rng, lines, 0.04, ordinary, 0.25, qty=True)], ignore_index=True
    )
    ordinary_ids = np.setdiff1d(ids, ids[[zero, absent]])
    ordinary = lines["customer_id"].isin(ordinary_ids).to_numpy()
    messy = _messy_rows(rng, lines, ordinary, "n/a", "12,3O", "Vente comptoir")
    lines = _assemble(rng, [lines, messy], ordinary_ids, ("F", "AV"), 6)

    written = pd.DataFrame(
        {
            "Num facture": lines["invoice_id"],
            "Date": lines["date_text"].where(lines["date_text"].notna(), _fr_date(lines["date"])),
            "Code client": lines["customer_id"],
            "Client": lines["customer_name"],
            "Article": lines["product"],
            "Quantité": lines["qty"].astype(str),
            "Prix unitaire HT": lines["amount_text"].where(
                lines["amount_text"].notna(), _fr_amount(lines["price"].to_numpy())
            ),
        }
    )
    written.to_csv(
        folder / "lignes_factures.txt", sep="\t", index=False, encoding="utf-8", lineterminator="\n"
    )

    # effort: the lowest-revenue half of customers takes ~20-25 % of the hours
    annual = base * scale * 1.08
    hours = np.round(3 + 0.15 * annual**0.58 * rng.lognormal(0, 0.3, n_all), 1)
    potential = annual * np.where(
        rng.random(n_all) < 0.12, rng.uniform(3, 8, n_all), rng.uniform(1.0, 2.0, n_all)
    )
    loss = np.full(n_all, None, dtype=object)
    flagged = rng.choice(np.flatnonzero(np.arange(n_all) != absent), 8, replace=False)
    loss[flagged] = rng.choice([0.1, 0.2, 0.3, 0.5, 0.7, 0.8], 8)
    keep = np.arange(n_all) != absent
    customers = pd.DataFrame(
        {
            "Code client": ids,
            "Client": names,
            "Secteur": sector,
            "Heures passées (an)": hours,
            "Potentiel estimé (€/an)": np.round(potential, -2).astype(int),
            "Probabilité de perte": loss,
        }
    )[keep].astype(object)
    _write_xlsx(
        folder / "clients.xlsx",
        "Clients",
        customers,
        {"Potentiel estimé (€/an)": "#,##0", "Probabilité de perte": "0%"},
    )

    _write_text(
        folder / "engagement.yaml",
        f"# Sample engagement generated by clientmix.samples (seed {seed}): do not edit by hand.\n"
        "# Minimal on purpose: no period (default: the last 12 months of data), no separator,\n"
        "# decimal or encoding, no column mapping for the invoices (headers are matched).\n"
        f"name: {name}\n"
        f"company: {_q(company)}\n"
        "invoices:\n"
        "  path: lignes_factures.txt\n"
        "customers:\n"
        "  path: clients.xlsx\n"
        "  columns:\n"
        + _yaml_columns(
            {
                "effort_hours": "Heures passées (an)",
                "potential": "Potentiel estimé (€/an)",
                "loss_probability": "Probabilité de perte",
            }
        ),
    )
    _write_json(
        folder / "expected.json",
        _expected(name, company, lines, written, customers["Code client"].to_numpy()),
    )


# ----------------------------------------------------------------------------------------------
# Public API
# ----------------------------------------------------------------------------------------------
_WRITERS = {
    "infogerance-pdl": _infogerance,
    "services-agro": _services_agro,
    "negoce-atlantique": _negoce,
}


def write_samples(data_dir: Path | str = "data/samples", seed: int = 20241231) -> list[Path]:
    """Write the sample engagements, one folder per name in :data:`SAMPLES`.

    Parameters
    ----------
    data_dir : folder receiving one sub-folder per sample (created if needed; files in it are
        overwritten, nothing else is removed).
    seed : seed of the numpy Generator; the same seed gives byte-identical files.

    Returns
    -------
    The sample folders, in the order of :data:`SAMPLES`.
    """
    root = Path(data_dir)
    folders = []
    for name in SAMPLES:
        folder = root / name
        folder.mkdir(parents=True, exist_ok=True)
        _WRITERS[name](folder, seed)
        folders.append(folder)
        if name == "services-agro":
            folders.append(root / "services-agro-fec")
    return folders


if __name__ == "__main__":  # pragma: no cover
    for path in write_samples():
        print(path)
