"""The JupyterLab segment explorer driven through its real widgets (ipywidgets): setting the
criteria, bins and measure redraws a table that matches the segment computation, worked by
hand on the ledger of test_segment_criteria."""

from __future__ import annotations

import pandas as pd
import pytest
from test_segment_cross import _figures

from clientmix.segment.criteria import Criterion
from clientmix.segment.explore import parse_bins, segment_explorer
from clientmix.segment.growth import segment_table

ipywidgets = pytest.importorskip("ipywidgets")


def test_opens_on_the_cross_of_the_first_two_criteria() -> None:
    figs = _figures()
    explorer = segment_explorer(figs, "fr")
    assert isinstance(explorer.widget, ipywidgets.VBox)
    assert (explorer.first.value, explorer.second.value) == ("sector", "workstations")
    pd.testing.assert_frame_equal(explorer.table, figs.cross)
    grid = explorer.grid
    assert grid.loc["agro", "moins de 10"] == 180.0
    assert grid.loc["agro", "10 – 50"] == 150.10
    assert pd.isna(grid.loc["btp", "moins de 10"])
    assert explorer.figure is not None  # the heatmap of the cross
    assert "150\xa0€" in explorer.result.value


def test_one_criterion_and_each_measure() -> None:
    figs = _figures()
    explorer = segment_explorer(figs, "en")
    explorer.second.value = ""
    pd.testing.assert_frame_equal(explorer.table, figs.tables["sector"])
    assert explorer.figure is None
    explorer.measure.value = "customers"
    # agro: A and B invoiced (D lost: not counted), btp: C, not given: E
    assert explorer.grid.iloc[:, 0].tolist() == [2, 1, 1]
    explorer.measure.value = "margin"
    assert explorer.grid.iloc[:, 0].tolist() == [110.05, 20.11, 10.0]
    explorer.measure.value = "growth"
    growth = explorer.grid.iloc[:, 0]
    assert growth.iloc[0] == pytest.approx(330.10 / 380 - 1)  # agro, D's 80 included before
    assert pd.isna(growth.iloc[2])  # not given: nothing the year before


def test_bins_typed_by_the_consultant() -> None:
    figs = _figures()
    explorer = segment_explorer(figs, "fr")
    explorer.second.value = ""
    explorer.first.value = "workstations"
    explorer.bins_first.value = "10; 20"
    # B (9) under 10; A (10) and lost D (12) in 10-20; C (50) 20 and over; E not given
    table = explorer.table
    assert table["customers"].tolist() == [1, 1, 1, 1]
    assert table["revenue"].tolist() == [180.0, 150.10, 70.33, 40.0]
    assert table["revenue_previous"].tolist() == [200.0, 180.0, 50.0, 0.0]
    assert table["0_low"].tolist()[:3] == [float("-inf"), 10.0, 20.0]
    expected = segment_table(figs.base, [Criterion("workstations", "workstations", (10.0, 20.0))])
    pd.testing.assert_frame_equal(table, expected)
    before = explorer.table
    explorer.bins_first.value = "20; 10"  # not increasing: a plain message, table kept
    assert "Bornes illisibles" in explorer.result.value
    assert explorer.table is before


def test_parse_bins() -> None:
    assert parse_bins("") is None
    assert parse_bins(" q ") == "quantiles"
    assert parse_bins("0; 2,5; 10") == (0.0, 2.5, 10.0)
    with pytest.raises(ValueError):
        parse_bins("a; b")
