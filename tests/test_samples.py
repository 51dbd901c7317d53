"""Tests of the sample-engagement generator (clientmix.samples).

The raw files are read back with plain pandas / openpyxl here (never with a clientmix loader), and
the figures of expected.json are checked against them.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import yaml
from openpyxl import load_workbook

from clientmix.samples import SAMPLES, _concentration, write_samples


@pytest.fixture(scope="module")
def samples_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("samples")
    write_samples(root)
    return root


def _expected(root: Path, name: str) -> dict:
    return json.loads((root / name / "expected.json").read_text(encoding="utf-8"))


def _config(root: Path, name: str) -> dict:
    return yaml.safe_load((root / name / "engagement.yaml").read_text(encoding="utf-8"))


def _raw(root: Path, name: str) -> pd.DataFrame:
    """The invoice file as written (all cells, no conversion), read with plain pandas."""
    return _raw_cached(root, name).copy()


@functools.cache
def _raw_cached(root: Path, name: str) -> pd.DataFrame:
    folder = root / name
    if name == "infogerance-pdl":
        return pd.read_csv(
            folder / "ventes_2022_2024.csv",
            sep=";",
            encoding="cp1252",
            dtype=str,
            keep_default_na=False,
        )
    if name == "services-agro":
        return pd.read_excel(
            folder / "Export ventes.xlsx", sheet_name="Ventes", dtype=object, engine="openpyxl"
        )
    if name == "harbor-analytics":
        return pd.read_csv(
            folder / "sales_2022_2024.csv", encoding="utf-8", dtype=str, keep_default_na=False
        )
    return pd.read_csv(
        folder / "lignes_factures.txt", sep="\t", encoding="utf-8", dtype=str, keep_default_na=False
    )


def _fr_number(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s.str.replace(" ", "").str.replace(",", "."), errors="coerce")


def _invoices(root: Path, name: str) -> pd.DataFrame:
    """Columns customer_id (str, "" when missing), date (NaT when bad), amount (NaN when bad),
    cost (agro only) and reason ("" for used rows)."""
    raw = _raw(root, name)
    if name == "infogerance-pdl":
        out = pd.DataFrame(
            {
                "customer_id": raw["Code client"],
                "date": pd.to_datetime(raw["Date facture"], format="%d/%m/%Y", errors="coerce"),
                "amount": _fr_number(raw["Montant HT"]),
            }
        )
    elif name == "services-agro":
        is_date = raw["Date"].map(lambda v: isinstance(v, dt.datetime))
        is_num = raw["Montant HT"].map(lambda v: isinstance(v, (int, float)))
        out = pd.DataFrame(
            {
                "customer_id": raw["Client"].fillna("").astype(str),
                "date": pd.to_datetime(raw["Date"].where(is_date, None)),
                "amount": pd.to_numeric(raw["Montant HT"].where(is_num, np.nan)),
                "cost": pd.to_numeric(raw["Coût direct"]),
            }
        )
    elif name == "harbor-analytics":
        out = pd.DataFrame(
            {
                "customer_id": raw["Customer ID"],
                "date": pd.to_datetime(raw["Invoice Date"], format="%m/%d/%Y", errors="coerce"),
                "amount": pd.to_numeric(raw["Amount"], errors="coerce"),
                "cost": pd.to_numeric(raw["Direct Cost"]),
            }
        )
    else:
        qty = pd.to_numeric(raw["Quantité"], errors="coerce")
        price = _fr_number(raw["Prix unitaire HT"])
        out = pd.DataFrame(
            {
                "customer_id": raw["Code client"],
                "date": pd.to_datetime(raw["Date"], format="%d/%m/%Y", errors="coerce"),
                "amount": (qty * price).round(2),
            }
        )
    out["reason"] = np.select(
        [out["customer_id"] == "", out["date"].isna(), out["amount"].isna()],
        ["missing_customer_id", "bad_date", "bad_amount"],
        "",
    )
    return out


def _period_revenue(inv: pd.DataFrame, col: str = "amount") -> pd.Series:
    used = inv[(inv["reason"] == "") & (inv["date"].dt.year == 2024)]
    values = used[col] if col == "amount" else used["amount"] - used["cost"]
    return values.groupby(used["customer_id"]).sum()


def _customer_ids(root: Path, name: str) -> set[str]:
    folder = root / name
    if name == "services-agro":
        ids = pd.read_csv(folder / "clients.csv", dtype=str, encoding="utf-8-sig")["Code client"]
    elif name == "harbor-analytics":
        ids = pd.read_csv(folder / "customers.csv", dtype=str, encoding="utf-8")["Customer ID"]
    else:
        col = "Code" if name == "infogerance-pdl" else "Code client"
        ids = pd.read_excel(folder / "clients.xlsx", dtype={col: str}, engine="openpyxl")[col]
    return set(ids)


def _xlsx_values(path: Path) -> list:
    wb = load_workbook(path, read_only=True)
    values = [(ws.title, list(ws.iter_rows(values_only=True))) for ws in wb.worksheets]
    wb.close()
    return values


# ----------------------------------------------------------------------------------------------
def test_concentration_hand_case() -> None:
    # shares 50 %, 30 %, 20 %: HHI = 2500 + 900 + 400; Lorenz (ascending) 0.2, 0.5, 1.0
    # -> gini = 1 - (0.2 + 0.7 + 1.5) / 3 = 0.2; 50 + 30 reaches 80 % with 2 customers
    c = _concentration(np.array(["a", "b", "c", "z"]), np.array([3000, 5000, 2000, -700]))
    assert c["top1_customer"] == "b"
    assert c["top1_share"] == pytest.approx(0.5)
    assert c["top5_share"] == pytest.approx(1.0)
    assert c["hhi"] == pytest.approx(3800)
    assert c["effective_customers"] == pytest.approx(10000 / 3800)
    assert c["gini"] == pytest.approx(0.2)
    assert c["customers_for_80pct"] == 2
    assert c["major_customers_10pct"] == ["b", "a", "c"]
    assert c["economic_dependence"] is False


def test_concentration_equal_customers_and_dependence() -> None:
    equal = _concentration(np.array(["a", "b", "c", "d"]), np.array([100, 100, 100, 100]))
    assert equal["gini"] == pytest.approx(0.0)
    assert equal["hhi"] == pytest.approx(2500)
    assert equal["customers_for_80pct"] == 4
    dep = _concentration(np.array(["a", "b"]), np.array([51, 49]))
    assert dep["economic_dependence"] is True


def test_folders_and_files(samples_dir: Path) -> None:
    assert SAMPLES[:3] == ("infogerance-pdl", "services-agro", "negoce-atlantique")
    assert "harbor-analytics" in SAMPLES
    for name in SAMPLES:
        cfg = _config(samples_dir, name)
        assert cfg["name"] == name
        assert (samples_dir / name / cfg["invoices"]["path"]).is_file()
        assert (samples_dir / name / cfg["customers"]["path"]).is_file()
        exp = _expected(samples_dir, name)
        assert exp["engagement"] == name and exp["company"] == cfg["company"]
        assert exp["period"] == {"start": "2024-01-01", "end": "2024-12-31"}


def test_engagement_yaml_contracts(samples_dir: Path) -> None:
    info = _config(samples_dir, "infogerance-pdl")
    assert info["period"] == {"start": dt.date(2024, 1, 1), "end": dt.date(2024, 12, 31)}
    assert info["invoices"]["encoding"] == "cp1252" and info["invoices"]["sep"] == ";"
    assert info["invoices"]["decimal"] == "," and info["invoices"]["dayfirst"] is True
    raw = _raw(samples_dir, "infogerance-pdl")
    assert set(info["invoices"]["columns"].values()) <= set(raw.columns)
    clients = pd.read_excel(
        samples_dir / "infogerance-pdl" / "clients.xlsx", sheet_name="Clients", engine="openpyxl"
    )
    assert list(info["customers"]["columns"].values()) == list(clients.columns)
    assert set(info["customers"]["columns"]) >= {"workstations", "servers", "it_maturity", "budget"}

    agro = _config(samples_dir, "services-agro")
    assert agro["invoices"]["columns"] == {
        "customer_id": "Client",
        "amount": "Montant HT",
        "cost": "Coût direct",
    }
    assert "period" in agro

    neg = _config(samples_dir, "negoce-atlantique")
    assert "period" not in neg
    assert set(neg["invoices"]) == {"path"}  # no columns, sep, decimal or encoding
    assert list(_raw(samples_dir, "negoce-atlantique").columns) == [
        "Num facture",
        "Date",
        "Code client",
        "Client",
        "Article",
        "Quantité",
        "Prix unitaire HT",
    ]
    assert set(neg["customers"]["columns"]) == {"effort_hours", "potential", "loss_probability"}


def test_deterministic(samples_dir: Path, tmp_path: Path) -> None:
    write_samples(tmp_path)
    for name in SAMPLES:
        files = sorted(p.name for p in (samples_dir / name).iterdir())
        assert files == sorted(p.name for p in (tmp_path / name).iterdir())
        for f in files:
            a, b = samples_dir / name / f, tmp_path / name / f
            if f.endswith(".xlsx"):
                assert _xlsx_values(a) == _xlsx_values(b)
            assert a.read_bytes() == b.read_bytes(), f"{name}/{f} differs between two runs"


@pytest.mark.parametrize("name", SAMPLES)
def test_expected_input_counts(samples_dir: Path, name: str) -> None:
    exp = _expected(samples_dir, name)
    inv = _invoices(samples_dir, name)
    used = inv[inv["reason"] == ""]
    i = exp["input"]
    assert i["rows_read"] == len(inv) == i["rows_used"] + i["rows_rejected"]
    assert i["rows_used"] == len(used)
    assert exp["rejected_reasons"] == {
        "missing_customer_id": 1,
        "bad_date": 1,
        "bad_amount": 1,
    }
    assert inv["reason"].value_counts().drop("").to_dict() == exp["rejected_reasons"]
    assert i["rows_outside_period"] == int((used["date"].dt.year != 2024).sum())
    assert i["revenue_total"] == pytest.approx(used["amount"].sum(), abs=0.005)
    # history 2022-2024, with the last invoice in December 2024
    assert used["date"].min() >= pd.Timestamp("2022-01-01")
    assert used["date"].max().strftime("%Y-%m") == "2024-12"


@pytest.mark.parametrize("name", SAMPLES)
def test_duplicates_and_credit_notes(samples_dir: Path, name: str) -> None:
    exp = _expected(samples_dir, name)
    raw = _raw(samples_dir, name).astype(str)
    assert exp["duplicates"] == int(raw.duplicated().sum()) == 1
    inv = _invoices(samples_dir, name)
    used = inv[inv["reason"] == ""]
    credit = (
        -used.loc[used["amount"] < 0, "amount"].sum() / used.loc[used["amount"] > 0, "amount"].sum()
    )
    assert 0.01 <= credit <= 0.05  # a few % of revenue


@pytest.mark.parametrize("name", SAMPLES)
def test_expected_figures_from_raw_files(samples_dir: Path, name: str) -> None:
    exp = _expected(samples_dir, name)
    inv = _invoices(samples_dir, name)
    rev = _period_revenue(inv)
    pos = rev[rev > 0]
    assert exp["revenue_total"] == pytest.approx(rev.sum(), abs=0.005)
    assert exp["customers"] == len(pos)
    assert exp["customers_nonpositive"] == sorted(rev.index[rev <= 0])
    assert len(exp["customers_nonpositive"]) == 1
    conc = exp["concentration"]
    shares = pos / pos.sum()
    assert conc["hhi"] == pytest.approx(((shares * 100) ** 2).sum(), rel=1e-9)
    assert conc["effective_customers"] == pytest.approx(10_000 / conc["hhi"], rel=1e-12)
    assert conc["top1_customer"] == shares.idxmax()
    assert conc["top1_share"] == pytest.approx(shares.max(), rel=1e-9)
    desc = shares.sort_values(ascending=False).to_numpy()
    assert conc["top5_share"] == pytest.approx(desc[:5].sum(), rel=1e-9)
    assert conc["top10_share"] == pytest.approx(desc[:10].sum(), rel=1e-9)
    assert conc["customers_for_80pct"] == int(np.searchsorted(np.cumsum(desc), 0.8) + 1)
    lorenz = np.cumsum(desc[::-1])
    gini = 1 - (lorenz + np.concatenate([[0.0], lorenz[:-1]])).sum() / len(lorenz)
    assert conc["gini"] == pytest.approx(gini, abs=1e-9)
    assert conc["major_customers_10pct"] == list(
        shares[shares >= 0.10].sort_values(ascending=False).index
    )
    assert conc["economic_dependence"] is False
    # customers file vs invoices
    file_ids = _customer_ids(samples_dir, name)
    invoice_ids = set(inv.loc[inv["reason"] == "", "customer_id"])
    assert exp["missing_from_customers_file"] == sorted(invoice_ids - file_ids)
    assert exp["without_invoices"] == sorted(file_ids - invoice_ids)
    assert len(exp["missing_from_customers_file"]) == len(exp["without_invoices"]) == 1


def test_infogerance_shape(samples_dir: Path) -> None:
    exp = _expected(samples_dir, "infogerance-pdl")
    assert 520 <= exp["customers"] <= 560
    assert 0.025 <= exp["concentration"]["top1_share"] <= 0.035
    assert 4e6 <= exp["revenue_total"] <= 6e6
    inv = _invoices(samples_dir, "infogerance-pdl")
    used = inv[inv["reason"] == ""]
    by_year = used.groupby(used["date"].dt.year)["amount"].sum()
    growth = by_year.pct_change().dropna()
    assert ((growth > 0.05) & (growth < 0.15)).all()
    names = set(_raw(samples_dir, "infogerance-pdl")["Raison sociale"])
    assert {
        "Mairie de Saint-Herblain",
        "Société Générale d'Équipement",
        "Dupont & Fils <SARL>",
    } <= names
    assert _raw(samples_dir, "infogerance-pdl")["Code client"].str.fullmatch(r"C\d{5}|").all()
    assert (
        (samples_dir / "infogerance-pdl" / "ventes_2022_2024.csv")
        .read_bytes()
        .startswith("N° facture;Date facture".encode("cp1252"))
    )
    assert used["amount"].abs().max() >= 1000  # thousands written as "1 234,56"
    # growth spread evenly: every sector grows
    clients = pd.read_excel(
        samples_dir / "infogerance-pdl" / "clients.xlsx", dtype={"Code": str}, engine="openpyxl"
    )
    sector = used["customer_id"].map(clients.set_index("Code")["Secteur"])
    table = used.pivot_table(
        index=sector, columns=used["date"].dt.year, values="amount", aggfunc="sum"
    )
    assert (table[2024] > table[2022]).all()
    assert clients["Nombre de postes"].between(5, 500).all()
    assert set(clients["Maturité informatique"]) == {"néophyte", "sensible", "professionnel"}


def test_services_agro_shape(samples_dir: Path) -> None:
    exp = _expected(samples_dir, "services-agro")
    assert 2.7e6 <= exp["revenue_total"] <= 3.3e6
    assert 140 <= exp["customers"] <= 160
    assert 17_000 <= exp["revenue_total"] / exp["customers"] <= 23_000
    inv = _invoices(samples_dir, "services-agro")
    used = inv[inv["reason"] == ""]
    table = used.pivot_table(
        index="customer_id",
        columns=used["date"].dt.year,
        values="amount",
        aggfunc="sum",
        fill_value=0,
    ).sort_values(2023, ascending=False)
    share23 = table[2023] / table[2023].sum()
    big1, _, big3 = table.index[:3]
    assert 0.18 <= share23[big1] <= 0.22
    assert big1 not in set(used.loc[used["date"].dt.year == 2024, "customer_id"])
    assert 0.06 <= share23[big3] <= 0.10
    assert -0.45 <= table.loc[big3, 2024] / table.loc[big3, 2023] - 1 <= -0.35
    rate = (
        1 - used.groupby("customer_id")["cost"].sum() / used.groupby("customer_id")["amount"].sum()
    )
    positive = used.groupby("customer_id")["amount"].sum() > 0
    assert rate[positive].between(0.10, 0.50).all()
    assert (rate[table.index[:3]] < rate[positive].median()).all()  # big ones, lower margin
    margin = _period_revenue(inv, "margin")
    assert exp["gross_margin_total"] == pytest.approx(margin.sum(), abs=0.005)
    pos = margin[margin > 0]
    mc = exp["margin_concentration"]
    assert mc["hhi"] == pytest.approx((((pos / pos.sum()) * 100) ** 2).sum(), rel=1e-9)
    assert mc["top1_customer"] == pos.idxmax()
    # Excel cells: ids are text with leading zeros, dates are real dates, bad values are text
    ws = load_workbook(samples_dir / "services-agro" / "Export ventes.xlsx")["Ventes"]
    header = [c.value for c in ws[1]]
    assert header == [
        "Facture",
        "Date",
        "Client",
        "Nom client",
        "Prestation",
        "Montant HT",
        "Coût direct",
    ]
    ids = [c for (c,) in ws.iter_rows(min_row=2, min_col=3, max_col=3) if c.value is not None]
    assert all(c.data_type == "s" and len(c.value) == 5 for c in ids)
    assert any(c.value.startswith("00") for c in ids)
    dates = [c for (c,) in ws.iter_rows(min_row=2, min_col=2, max_col=2)]
    assert sum(c.is_date for c in dates) == len(dates) - 1
    assert [c.value for c in dates if c.data_type == "s"] == ["31/02/2024"]
    amounts = [c for (c,) in ws.iter_rows(min_row=2, min_col=6, max_col=6)]
    assert [c.value for c in amounts if c.data_type == "s"] == ["abc"]
    assert (
        (samples_dir / "services-agro" / "clients.csv")
        .read_bytes()
        .startswith(b"\xef\xbb\xbfCode client,")
    )
    clients = pd.read_csv(
        samples_dir / "services-agro" / "clients.csv", dtype=str, encoding="utf-8-sig"
    )
    assert (clients["Secteur"] == "Agroalimentaire").mean() > 0.4


def test_negoce_shape(samples_dir: Path) -> None:
    exp = _expected(samples_dir, "negoce-atlantique")
    assert 1150 <= exp["customers"] <= 1250
    assert 30_000 <= exp["input"]["rows_read"] <= 60_000
    rev = _period_revenue(_invoices(samples_dir, "negoce-atlantique"))
    pos = rev[rev > 0].sort_values()
    bottom_half = pos.iloc[: len(pos) // 2].sum() / pos.sum()
    assert 0.04 <= bottom_half <= 0.06
    inv = _invoices(samples_dir, "negoce-atlantique")
    assert inv.loc[inv["reason"] == "", "date"].max() == pd.Timestamp("2024-12-31")
    raw = _raw(samples_dir, "negoce-atlantique")
    assert raw["Quantité"].str.fullmatch(r"-?\d+").all()
    clients = pd.read_excel(
        samples_dir / "negoce-atlantique" / "clients.xlsx", dtype={"Code client": str}
    )
    assert 0 < clients["Probabilité de perte"].notna().sum() <= 10
    assert clients["Probabilité de perte"].dropna().between(0, 1).all()
    hours = clients.set_index("Code client")["Heures passées (an)"].reindex(pos.index)
    assert 0.15 <= hours.iloc[: len(pos) // 2].sum() / hours.sum() <= 0.30  # seed 003: 20-25 %


def test_harbor_shape(samples_dir: Path) -> None:
    """The English sample: USD and English, US dates, a hospital group rising from about 9 %
    to about 14 % of revenue (an ASC 280 / IFRS 8 major customer), margins known."""
    cfg = _config(samples_dir, "harbor-analytics")
    assert cfg["language"] == "en" and cfg["currency"] == "USD" and "locale" not in cfg
    assert cfg["invoices"]["dayfirst"] is False and cfg["invoices"]["sep"] == ","
    raw = _raw(samples_dir, "harbor-analytics")
    ok = raw["Invoice Date"] != "TBD"
    assert raw.loc[ok, "Invoice Date"].str.fullmatch(r"\d{2}/\d{2}/\d{4}").all()
    inv = _invoices(samples_dir, "harbor-analytics")
    used = inv[inv["reason"] == ""]
    by_year = used.groupby([used["date"].dt.year, "customer_id"])["amount"].sum()
    shares = [by_year[y].max() / by_year[y][by_year[y] > 0].sum() for y in YEARS_ALL]
    assert 0.07 <= shares[0] <= 0.11 and 0.12 <= shares[2] <= 0.16
    assert shares[2] - shares[0] > 0.02  # rising beyond the "stable" tolerance
    top = by_year[2024].idxmax()
    assert raw.loc[raw["Customer ID"] == top, "Customer"].iloc[0].endswith("Health System")
    exp = _expected(samples_dir, "harbor-analytics")
    assert exp["concentration"]["major_customers_10pct"] == [top]
    margin = _period_revenue(inv, "margin").sum() / _period_revenue(inv).sum()
    assert 0.25 <= margin <= 0.45
    assert exp["gross_margin_total"] == pytest.approx(
        _period_revenue(inv, "margin").sum(), abs=0.01
    )


YEARS_ALL = (2022, 2023, 2024)
