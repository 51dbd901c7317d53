"""k-means clusters on a hand-built base of two obvious groups: the same clusters whatever the
run or row order, described by their distinctive features, crossed with the first criterion;
too few customers -> left out with the reason."""

from __future__ import annotations

import pandas as pd

from clientmix.segment.clusters import TOO_FEW, customer_clusters
from clientmix.segment.criteria import Criterion

SECTOR = Criterion(name="sector", column="sector")


def two_groups(big: int = 20, small: int = 20) -> pd.DataFrame:
    """``big`` large, frequent, recent customers (sector industrie except the last two,
    santé) and ``small`` small, rare, distant ones (commerce), plus one lost customer."""
    rows = []
    for i in range(big):
        sector = "industrie" if i < big - 2 else "santé"
        rows.append((f"B{i:02d}", True, 10_000.0 + 100 * i, 50 + i, 1000 + i, 5 + i % 3, sector))
    for i in range(small):
        rows.append((f"S{i:02d}", True, 100.0 + i, 1 + i % 2, 100 + i, 200 + i, "commerce"))
    rows.append(("L00", False, 0.0, 0, 0, 0, "commerce"))
    columns = ["customer_id", "invoiced", "revenue", "invoices", "tenure_days", "recency_days"]
    base = pd.DataFrame(rows, columns=[*columns, "sector"])
    base["gross_margin"] = (base["revenue"] * 0.3).round(2)
    return base


def test_two_groups_found_and_described() -> None:
    result = customer_clusters(two_groups(), [SECTOR])
    assert result.reason is None
    assert result.customers == 40  # the lost customer is not clustered
    assert result.k == 2
    summary = result.summary.set_index("cluster")
    # cluster 1 = most revenue: the 20 big ones, 10,000 * 20 + 100 * (0 + ... + 19)
    assert summary.loc[1, "customers"] == 20
    assert summary.loc[1, "revenue"] == 219_000.00
    assert summary.loc[2, "revenue"] == 2_000.0 + 190.0
    assert abs(summary.loc[1, "revenue_share"] - 219_000 / 221_190) < 1e-12
    members = result.members.set_index("customer_id")["cluster"]
    assert (members.filter(like="B") == 1).all() and (members.filter(like="S") == 2).all()
    # the margin rate is 30 % for everyone: constant, dropped
    assert result.features == ("revenue", "invoices", "tenure_days", "recency_days")
    # big ones: above average on revenue/invoices/tenure, below on recency; two features named
    assert summary.loc[1, "feature_1"] != summary.loc[1, "feature_2"]
    assert summary.loc[2, "gap_1"] != 0
    assert summary.loc[1, "median_recency_days"] == 6.0  # median of 5, 6, 7 repeated
    cross = result.cross.set_index(["cluster", "group"])["customers"]
    assert cross[(1, "industrie")] == 18
    assert cross[(1, "santé")] == 2
    assert cross[(2, "commerce")] == 20
    assert cross.sum() == 40


def test_identical_across_runs_and_row_order() -> None:
    base = two_groups(23, 31)
    first = customer_clusters(base, [SECTOR])
    again = customer_clusters(base, [SECTOR])
    shuffled = customer_clusters(base.sample(frac=1.0, random_state=3), [SECTOR])
    for other in (again, shuffled):
        assert other.k == first.k
        assert other.silhouette == first.silhouette
        pd.testing.assert_frame_equal(other.members, first.members)
        pd.testing.assert_frame_equal(other.summary, first.summary)
        pd.testing.assert_frame_equal(other.cross, first.cross)


def test_too_few_customers_left_out() -> None:
    result = customer_clusters(two_groups(15, 14), [SECTOR])
    assert result.reason == TOO_FEW
    assert result.customers == 29
    assert result.k == 0 and result.summary.empty


def test_margin_rate_used_when_known_and_varied() -> None:
    base = two_groups()
    base["gross_margin"] = base["revenue"] * (0.1 + 0.01 * (base.index % 7))
    result = customer_clusters(base, [])
    assert "gross_margin_rate" in result.features
    assert result.cross.empty
    base.loc[3, "gross_margin"] = float("nan")
    assert "gross_margin_rate" not in customer_clusters(base, []).features


# --- the section's texts and charts, from a profile built by the profile stage -------------

START, END = pd.Timestamp("2024-01-01"), pd.Timestamp("2024-12-31")


def section_figures(n_big: int, n_small: int, criteria: list):
    """Figures of a small ledger: big customers (sector industrie, 12 monthly lines of
    1,000.00) and small ones (sector commerce, size PME, one line of 100.00 in June)."""
    from clientmix.profile import customer_profile
    from clientmix.segment.figures import segment_figures

    rows, attrs = [], []
    for i in range(n_big):
        rows += [(f"B{i:02d}", pd.Timestamp(2024, m, 15), 1000.0, 700.0) for m in range(1, 13)]
        attrs.append((f"B{i:02d}", "industrie", "ETI" if i % 2 else "PME"))
    for i in range(n_small):
        rows.append((f"S{i:02d}", pd.Timestamp(2024, 6, 1), 100.0, 60.0))
        attrs.append((f"S{i:02d}", "commerce", "PME"))
    invoices = pd.DataFrame(rows, columns=["customer_id", "date", "amount", "cost"])
    customers = pd.DataFrame(attrs, columns=["customer_id", "sector", "size"])
    profile = customer_profile(invoices, customers, START, END)
    return segment_figures(profile, invoices, customers, START, END, criteria, "fr")


def test_section_texts_and_charts() -> None:
    from clientmix.segment.charts import segment_heatmap, segment_shares
    from clientmix.segment.texts import cluster_cross, cluster_summary, cluster_table

    figs = section_figures(20, 20, ["sector", "size"])
    assert figs.clusters is not None and figs.clusters.k == 2
    assert "40 clients facturés sur la période en 2 groupes" in cluster_summary(figs, "fr")
    table = cluster_table(figs, "fr").frame
    assert table.iloc[0, 0] == "Groupe 1" and table.iloc[0, 1] == "20"
    assert "CA au-dessus de la moyenne" in table.iloc[0, 4]
    cross = cluster_cross(figs, "fr").frame
    assert cross.columns.tolist() == ["Groupe", "industrie", "commerce"]
    assert cross.iloc[0, 1:].tolist() == ["20", "0"] and cross.iloc[1, 1:].tolist() == ["0", "20"]
    # heatmap: revenue 240,000 (industrie: 10 PME + 10 ETI, 120,000 each) + 2,000 (commerce PME)
    heat = segment_heatmap(figs, "fr").axes[0].images[0].get_array()
    assert sorted(round(float(v), 6) for v in heat.ravel()) == sorted(
        [round(120_000 / 242_000, 6), round(120_000 / 242_000, 6), round(2_000 / 242_000, 6), 0.0]
    )
    # shares: by sector, customers 1/2 and 1/2, revenue 240/242 and 2/242 (bars bottom-up)
    bars = [p.get_width() for p in segment_shares(figs, "fr").axes[0].patches]
    assert bars == [0.5, 0.5, 2_000 / 242_000, 240_000 / 242_000]


def test_section_too_few_customers_says_why() -> None:
    from clientmix.segment.charts import segment_heatmap
    from clientmix.segment.texts import cluster_cross, cluster_summary, cluster_table

    figs = section_figures(5, 5, ["sector"])
    assert cluster_summary(figs, "en") == (
        "No groups drawn from the data: only 10 customers were invoiced in the period, and "
        "groups need at least 30 to mean anything."
    )
    assert cluster_table(figs, "fr") is None and cluster_cross(figs, "fr") is None
    assert segment_heatmap(figs, "fr") is None  # a single criterion: no cross


def test_large_portfolio_path_fits_candidates_on_a_sample(monkeypatch) -> None:
    # above FIT_SAMPLE customers, k is chosen on a seeded sample, then fitted on everyone
    from clientmix.segment import clusters

    monkeypatch.setattr(clusters, "FIT_SAMPLE", 35)
    base = two_groups(23, 31)
    first = customer_clusters(base, [SECTOR])
    shuffled = customer_clusters(base.sample(frac=1.0, random_state=5), [SECTOR])
    assert first.k == 2 and first.customers == 54
    members = first.members.set_index("customer_id")["cluster"]
    assert (members.filter(like="B") == 1).all() and (members.filter(like="S") == 2).all()
    pd.testing.assert_frame_equal(shuffled.members, first.members)
    assert shuffled.silhouette == first.silhouette
