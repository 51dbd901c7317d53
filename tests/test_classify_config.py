"""engagement.yaml keys of the classification (abc, scoring, classes, tiers): read into the
settings, and plain messages naming the key when wrong (issue 11)."""

from __future__ import annotations

import pytest
from conftest import french_rows, write_engagement

from clientmix.classify.figures import Settings
from clientmix.errors import ClientmixError
from clientmix.ingest.config import load_config

BASE = {"name": "acme", "invoices": {"path": "ventes.csv"}}
FILES = {"ventes.csv": french_rows([["C1", "15/01/2024", "100,00"]])}


def _load(tmp_path, **extra):
    return load_config(write_engagement(tmp_path / "eng", {**BASE, **extra}, FILES))


def test_settings_read_from_engagement_yaml(tmp_path) -> None:
    eng = _load(
        tmp_path,
        abc={"a": 0.7},
        classes={"potential": 55},
        tiers={"gold": 0.4, "hourly_cost": 45},
        scoring=[
            {"column": "revenue", "weight": 2},
            {"column": "it_maturity", "group": "profile", "map": {"néophyte": 20, "expert": 100}},
            {"column": "workstations", "group": "profile", "thresholds": [10, 50]},
        ],
    )
    s = Settings.from_engagement(eng.classify, eng.thresholds["major"])
    assert s.abc == {"a": 0.7, "b": 0.95}
    assert s.classes == {"value": 50.0, "potential": 55.0, "strategic": 60.0}
    assert s.tiers["gold"] == 0.4 and s.tiers["premium"] == 0.8 and s.tiers["hourly_cost"] == 45.0
    assert [(c.column, c.group, c.weight) for c in s.grid] == [
        ("revenue", "history", 2.0),
        ("it_maturity", "profile", 1.0),
        ("workstations", "profile", 1.0),
    ]
    assert s.grid[1].mapping == {"néophyte": 20.0, "expert": 100.0}
    assert s.grid[2].thresholds == (10.0, 50.0)
    assert Settings.from_engagement(_load(tmp_path / "d").classify).grid is None


@pytest.mark.parametrize(
    ("extra", "parts"),
    [
        ({"abc": {"a": 0.95, "b": 0.8}}, ["abc.a (0.95)", "abc.b (0.8)", "engagement.yaml"]),
        ({"tiers": {"gold": 1.5}}, ["tiers.gold", "1.5"]),
        (
            {"scoring": [{"column": "revenue", "group": "size"}]},
            ["scoring[1].group", "'size'", "profile, history, potential"],
        ),
        (
            {"scoring": [{"column": "x", "thresholds": [50, 10]}]},
            ["scoring[1].thresholds", "[10, 50, 200]"],
        ),
        ({"scoring": [{"weight": 2}]}, ["scoring[1]", "column"]),
        ({"classes": {"loyal": 50}}, ["loyal", "value"]),
    ],
)
def test_bad_settings_stop_with_a_message_naming_the_key(tmp_path, extra, parts) -> None:
    with pytest.raises(ClientmixError) as err:
        _load(tmp_path, **extra)
    for part in parts:
        assert part in str(err.value)
