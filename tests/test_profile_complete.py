"""Status judged against each customer's own buying rhythm (lib/clientmix/profile/rhythm.py),
worked out by hand. Period 2024-01-01 .. 2024-12-31; default thresholds unless stated:
inactive after 2 x the usual gap, lost after 4 x it or 365 days, never before 30 days; the usual
gap is the 80th percentile of the gaps between purchase days (linear interpolation)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from clientmix.core.checks import ConcentrationInputError
from clientmix.profile import customer_profile
from clientmix.profile.rhythm import buying_rhythm, rhythm_status

START, END = pd.Timestamp("2024-01-01"), pd.Timestamp("2024-12-31")


def _invoices(rows) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["customer_id", "date", "amount"])
    frame["date"] = pd.to_datetime(frame["date"])
    return frame


def _monthly(cid: str, last: str, n: int = 12, amount: float = 100.0) -> list:
    """n purchases 30 days apart ending on ``last``: usual gap 30 days."""
    end = pd.Timestamp(last)
    return [(cid, (end - pd.Timedelta(days=30 * k)).date().isoformat(), amount) for k in range(n)]


def test_twice_a_year_buyer_silent_five_months_is_not_lost():
    # purchases every 182 days; last 2024-08-01 -> silence 152 days (5 months) < 2 x 182
    dates = ["2022-08-03", "2023-02-01", "2023-08-02", "2024-01-31", "2024-08-01"]
    rows = [("H", d, 100.0) for d in dates]
    p = customer_profile(_invoices(rows), None, START, END).set_index("customer_id")
    assert p.loc["H", "silence_days"] == 152
    # gaps 182, 182, 182, 183: position 0.8 x 3 = 2.4 -> 182 + 0.4 x 1
    assert p.loc["H", "rhythm_days"] == pytest.approx(182.4)
    assert p.loc["H", "status"] == "stable"  # 2023: 100 + 100; 2024: 100 + 100


def test_irregular_buyer_is_judged_on_its_long_pauses():
    # gaps 20, 300, 25, 280, 30 days; last purchase 150 days before the end
    last = END - pd.Timedelta(days=150)
    gaps = [30, 280, 25, 300, 20]  # backwards from the last purchase
    days = [last]
    for g in gaps:
        days.append(days[-1] - pd.Timedelta(days=g))
    rows = [("I", d.date().isoformat(), 100.0) for d in days]
    rhythm = buying_rhythm(_invoices(rows), END)
    # sorted gaps 20, 25, 30, 280, 300: position 0.8 x 4 = 3.2 -> 280 + 0.2 x 20 = 284
    assert rhythm.loc["I", "usual_gap_days"] == pytest.approx(284.0)
    p = customer_profile(_invoices(rows), None, START, END).set_index("customer_id")
    assert p.loc["I", "status"] != "stopped" and p.loc["I", "status"] != "inactive"


@pytest.mark.parametrize(
    ("silence", "status"),
    [(60, "stable"), (61, "inactive"), (120, "inactive"), (121, "stopped")],
)
def test_monthly_buyer_edges(silence, status):
    # usual gap 30 days: inactive above 60 days of silence, lost above 120
    last = (END - pd.Timedelta(days=silence)).date().isoformat()
    rows = _monthly("M", last, n=24)
    rhythm = buying_rhythm(_invoices(rows), END)
    revenue = pd.Series({"M": 1.0})
    out = rhythm_status(rhythm, revenue, revenue)  # growth 0: stable when active
    assert out.loc["M", "rhythm_days"] == 30.0 and out.loc["M", "silence_days"] == silence
    assert out.loc["M", "status"] == status


def test_hard_ceiling_and_floor():
    # usual gap 200 days: 4 x 200 = 800, but lost above 365 days whatever the rhythm
    rows = [("Y", "2022-06-01", 1.0), ("Y", "2022-12-18", 1.0), ("Y", "2023-07-06", 1.0)]
    rhythm = buying_rhythm(_invoices(rows), END)
    assert rhythm.loc["Y", "silence_days"] == 544
    one = pd.Series({"Y": 1.0})
    assert rhythm_status(rhythm, one, one).loc["Y", "status"] == "stopped"
    ok = rhythm_status(rhythm, one, one, {"lost_after_days": 600, "inactive_multiple": 3})
    assert ok.loc["Y", "status"] == "stable"  # 544 <= 3 x 200 = 600 and <= 600
    # weekly buyer silent 20 days: 20 > 2 x 7 but never inactive before 30 days
    weekly = [
        ("W", (END - pd.Timedelta(days=20 + 7 * k)).date().isoformat(), 1.0) for k in range(10)
    ]
    r = buying_rhythm(_invoices(weekly), END)
    w = pd.Series({"W": 1.0})
    assert rhythm_status(r, w, w).loc["W", "status"] == "stable"
    r30 = buying_rhythm(_invoices(weekly), END + pd.Timedelta(days=10))
    assert rhythm_status(r30, w, w).loc["W", "status"] == "stable"  # 30 days: not above 30
    r31 = buying_rhythm(_invoices(weekly), END + pd.Timedelta(days=11))
    # 31 days > max(2 x 7, 30) and > max(4 x 7, 30): both floors passed, lost
    assert rhythm_status(r31, w, w).loc["W", "status"] == "stopped"


def test_single_purchase_uses_the_default_rhythm():
    # N bought once, 100 days before the end; others' usual gaps 30 and 50 -> median 40
    rows = _monthly("A", "2024-12-01", n=6) + [("B", "2024-11-01", 1.0), ("B", "2024-09-12", 1.0)]
    rows += [
        ("B", "2024-07-24", 1.0),
        ("N", (END - pd.Timedelta(days=100)).date().isoformat(), 5.0),
    ]
    rhythm = buying_rhythm(_invoices(rows), END)
    rev = pd.Series({"N": 5.0})
    prev = pd.Series({"N": 0.0})
    out = rhythm_status(rhythm, rev, prev)
    assert out.loc["N", "rhythm_default"] and out.loc["N", "rhythm_days"] == 40.0
    assert out.loc["N", "status"] == "inactive"  # 100 > 80, <= 160
    given = rhythm_status(rhythm, rev, prev, {"default_gap_days": 60})
    assert given.loc["N", "status"] == "new"  # 100 <= 120


def test_growth_statuses_and_credit_notes_for_active_customers():
    rows = []
    for cid, before, now in [("G", 100, 116), ("S", 100, 114), ("D", 100, 84), ("Z", 100, -10)]:
        rows += [(cid, "2023-06-01", float(before)), (cid, "2024-10-01", 50.0)]
        rows += [(cid, "2024-12-01", float(now) - 50.0)]
    p = customer_profile(_invoices(rows), None, START, END).set_index("customer_id")
    # Z: 2024 net -10 (a credit note larger than its purchase): nothing net -> declining
    assert p["status"].to_dict() == {
        "G": "growing",
        "S": "stable",
        "D": "declining",
        "Z": "declining",
    }


def test_bad_rule_is_refused():
    rhythm = buying_rhythm(_invoices([("A", "2024-01-01", 1.0)]), END)
    one = pd.Series({"A": 1.0})
    with pytest.raises(ConcentrationInputError, match="inactive_multiple <= lost_multiple"):
        rhythm_status(rhythm, one, one, {"inactive_multiple": 5, "lost_multiple": 2})
    with pytest.raises(ConcentrationInputError, match="Unknown status setting"):
        rhythm_status(rhythm, one, one, {"silence": 3})
    assert np.isnan(rhythm.loc["A", "usual_gap_days"])


def test_engagement_status_settings_reach_the_rule(tmp_path):
    from clientmix.ingest.config import load_config
    from clientmix.profile import texts

    folder = tmp_path / "eng"
    folder.mkdir()
    (folder / "ventes.csv").write_text("client;date;montant\nA;2024-01-05;10\n")
    (folder / "engagement.yaml").write_text(
        "name: eng\ninvoices: {path: ventes.csv}\n"
        "status: {inactive_multiple: 3, lost_after_days: 400}\n"
    )
    rule = load_config(folder).status
    assert rule["inactive_multiple"] == 3 and rule["lost_after_days"] == 400
    assert rule["lost_multiple"] == 4.0 and rule["default_gap_days"] is None
    rows = [("A", "2024-03-01", 1.0), ("A", "2024-04-01", 1.0), ("A", "2024-05-01", 1.0)]
    p = customer_profile(_invoices(rows), None, START, END, rule)
    text = str(texts.status_rule(p, rule, "en"))
    # A: 3 purchase days, gaps 31 and 30 -> own usual gap 30.8; the portfolio's is the same
    assert "inactive after 3 times that gap" in text and "after 400 days" in text
    assert "80" in text and "(31 days)" in text


def test_engagement_defaults_are_the_rule_defaults():
    # ingest cannot import profile (layering): the two default tables must stay equal
    from clientmix.ingest.config import DEFAULT_STATUS
    from clientmix.profile.rhythm import DEFAULT_STATUS_RULE

    assert DEFAULT_STATUS == DEFAULT_STATUS_RULE
