"""The cross of the first two criteria on the hand-worked ledger of test_segment_criteria
(customers, revenue, margin adding up to the whole to the cent, previous revenue, growth and
share of growth by hand), the spread / carried rule of growth, and the cluster of each
customer handed over to clients.xlsx."""

from __future__ import annotations

import pandas as pd
import pytest
from test_clusters import two_groups
from test_segment_criteria import CUSTOMERS, INVOICES, PROFILE, START

from clientmix.segment.figures import segment_figures
from clientmix.segment.growth import growth_carrier
from clientmix.segment.section import worded_segments
from clientmix.segment.texts import cross_table, growth_spread

END = pd.Timestamp("2024-12-31")
SPEC = ["sector", {"column": "workstations", "bins": [10, 50]}]


def _figures():
    profile = PROFILE.assign(last_date=END)
    return segment_figures(profile, INVOICES, CUSTOMERS, START, END, SPEC, with_clusters=False)


def test_cross_of_two_criteria_by_hand() -> None:
    cross = _figures().cross
    sector = [
        g if k == "value" else "-" for k, g in zip(cross["0_kind"], cross["0_group"], strict=True)
    ]
    key = [f"{s}|{low}" for s, low in zip(sector, cross["1_low"], strict=True)]
    cells = cross.set_axis(key)
    # agro x [10, 50): A (150.10 now, 100 before; margin 50.05) and D (lost: 80 before)
    agro = cells.loc["agro|10.0"]
    assert (agro["customers"], agro["revenue"], agro["margin"]) == (1, 150.10, 50.05)
    assert agro["revenue_previous"] == 180.0
    assert agro["average_revenue"] == 150.10
    assert agro["growth"] == pytest.approx(150.10 / 180 - 1)
    # total change: 440.43 - 430 = 10.43
    assert agro["growth_contribution"] == pytest.approx(-29.90 / 10.43)
    assert agro["revenue_share"] == pytest.approx(150.10 / 440.43)
    assert agro["margin_share"] == pytest.approx(50.05 / 140.16)
    below = cells.loc["agro|-inf"]  # B: 9 workstations, under the first edge
    assert (below["customers"], below["revenue"], below["revenue_previous"]) == (1, 180.0, 200.0)
    btp = cells.loc["btp|50.0"]  # C: 50 workstations, on the edge: in the bin starting there
    assert (btp["customers"], btp["revenue"], btp["margin"]) == (1, 70.33, 20.11)
    missing = cells.loc["-|nan"]  # E: no sector, no workstations
    assert (missing["customers"], missing["revenue"], missing["revenue_previous"]) == (1, 40.0, 0)
    assert pd.isna(missing["growth"])


def test_cross_adds_up_to_the_whole_to_the_cent() -> None:
    cross = _figures().cross
    assert cross["customers"].sum() == 4
    assert round(cross["revenue"].sum() * 100) == 44043
    assert round(cross["margin"].sum() * 100) == 14016
    assert round(cross["revenue_previous"].sum() * 100) == 43000
    assert cross["growth_contribution"].sum() == pytest.approx(1.0)
    assert cross["revenue_share"].sum() == pytest.approx(1.0)


def test_cross_table_shows_every_cell_with_both_criteria_named() -> None:
    table = cross_table(_figures(), "fr")
    frame = table.frame
    assert list(frame.columns[:2]) == ["secteur", "nombre de postes"] or len(frame.columns) > 10
    assert len(frame) == 4  # four cells hold a customer or previous revenue
    assert "10 – 50" in frame.iloc[:, 1].tolist()
    assert "non renseigné" in frame.iloc[:, 0].tolist()


def _table(previous: list[float], revenue: list[float]) -> pd.DataFrame:
    table = pd.DataFrame({"revenue_previous": previous, "revenue": revenue})
    change = table["revenue"] - table["revenue_previous"]
    return table.assign(growth_contribution=change / change.sum())


def test_growth_spread_when_each_segment_brings_about_its_weight() -> None:
    # weights 50 % / 50 %; contributions 25 % / 75 %: 25 points above, not more -> spread
    row, carried = growth_carrier(_table([50.0, 50.0], [51.0, 53.0]))
    assert (row, carried) == (1, False)


def test_growth_carried_by_one_segment() -> None:
    # contributions 20 % / 80 % for weights 50 % / 50 %: 30 points above -> carried by row 1
    row, carried = growth_carrier(_table([50.0, 50.0], [50.8, 53.2]))
    assert (row, carried) == (1, True)
    # a decline carried by the big segment (weight 75 %, 110 % of the decline)
    row, carried = growth_carrier(_table([75.0, 25.0], [53.0, 27.0]))
    assert (row, carried) == (0, True)


def test_growth_sentence_names_the_segment_that_carries_it() -> None:
    # by sector: agro 380 -> 330.10 (weight 88 %, -478 % of the change), btp 50 -> 70.33,
    # not given 0 -> 40 (weight 0, 384 % of the change of +10.43): carried by "not given"
    text = str(growth_spread(_figures(), "en"))
    first = text.split(". ")[0]
    assert first.startswith("By sector, the change in revenue comes mostly from one segment")
    assert "not given" in first and "384%" in first


def test_cluster_of_each_customer_for_clients_xlsx() -> None:
    base = two_groups()
    profile = base[base["invoiced"]].drop(columns="invoiced")
    profile = profile.assign(last_date=END - pd.to_timedelta(profile["recency_days"], unit="D"))
    invoices = pd.DataFrame(
        {
            "customer_id": pd.Series(dtype=str),
            "date": pd.Series(dtype="datetime64[ns]"),
            "amount": pd.Series(dtype=float),
        }
    )
    figs = segment_figures(profile, invoices, None, START, END, ["sector"])
    table = worded_segments(figs, "fr").set_index("customer_id")
    cluster = table["data_cluster"]
    assert (cluster.filter(like="B") == 1).all() and (cluster.filter(like="S") == 2).all()
    small = worded_segments(_figures(), "en")  # 4 customers: no clusters, the column is empty
    assert small["data_cluster"].isna().all()
