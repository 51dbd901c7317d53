"""The figures of the "Where revenue moves" section, computed once: the revenue bridge (whole
portfolio, by segment of the consultant's first criterion), the retention rates (the period and
each earlier year the data covers), churn by segment, size class, tenure band and ABC class,
lost customers against kept ones, and the cohorts.

Computation only: amounts in the engagement currency (net, excl. tax), rates as fractions;
groups are codes (the section's texts word them).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from clientmix.retention.bridge import (
    Bridge,
    Ledger,
    bridge_by,
    bridge_totals,
    customer_bridge,
)
from clientmix.retention.churn import (
    abc_classes,
    churn_table,
    lost_vs_kept,
    previous_features,
    size_classes,
    tenure_bands,
)
from clientmix.retention.cohorts import Cohorts, cohorts
from clientmix.retention.rates import Rates, retention_rates, yearly_rates
from clientmix.segment.criteria import NOT_GIVEN, Criterion
from clientmix.segment.growth import criterion_segments

SEGMENT_KEYS = ["kind", "group", "low", "high", "order"]
"""The columns naming a segment (as :func:`clientmix.segment.criteria.assign` gives them)."""
CHURN_GROUPS = ("size", "tenure", "abc")


@dataclass(frozen=True)
class RetentionFigures:
    """bridge: :func:`~clientmix.retention.bridge.customer_bridge` with customer_name;
    totals: its :class:`Bridge`; rates: the period's :class:`Rates`; yearly:
    :func:`~clientmix.retention.rates.yearly_rates`; criterion: the first criterion's name
    (None without criteria); by_segment: the bridge per segment of that criterion
    (:data:`SEGMENT_KEYS` then :data:`~clientmix.retention.bridge.BY_COLUMNS`; None without
    criteria); features: the previous customers
    (:func:`~clientmix.retention.churn.previous_features`) with their size class, tenure band
    and ABC class; churn_segments: criterion name -> churn table per segment (every
    criterion, the first one first); churn: group name (:data:`CHURN_GROUPS`) -> churn table;
    lost_vs_kept: medians of lost and kept customers; cohorts: None when the data covers under
    two years."""

    bridge: pd.DataFrame
    totals: Bridge
    rates: Rates
    yearly: pd.DataFrame
    criterion: str | None
    by_segment: pd.DataFrame | None
    features: pd.DataFrame
    churn_segments: dict[str, pd.DataFrame]
    churn: dict[str, pd.DataFrame]
    lost_vs_kept: pd.DataFrame
    cohorts: Cohorts | None


def segment_codes(base: pd.DataFrame, criterion: Criterion) -> pd.DataFrame:
    """customer_id and the segment (:data:`SEGMENT_KEYS`) of each customer of a segment base
    (:func:`clientmix.segment.growth.segment_base`) by ``criterion``."""
    codes = criterion_segments(base, criterion)[SEGMENT_KEYS]
    return codes.assign(customer_id=base["customer_id"].astype(str).to_numpy())


def ordered_segments(table: pd.DataFrame, weight: str) -> pd.DataFrame:
    """Rows of a per-segment table in segment order: bins increasing, values by descending
    ``weight``, not given last."""
    rank = table[weight].where(table["kind"] != "bin", 0.0)
    order = table.assign(_last=table["kind"] == NOT_GIVEN, _rank=-rank)
    order = order.sort_values(["_last", "order", "_rank"], kind="stable")
    return order.drop(columns=["_last", "_rank"]).reset_index(drop=True)


def _groups(features: pd.DataFrame) -> pd.DataFrame:
    """The previous customers with their size class (size_*), tenure band and ABC class."""
    out = features.join(size_classes(features).add_prefix("size_"))
    out["tenure"] = tenure_bands(features)
    out["abc"] = abc_classes(features["revenue_previous"], features["customer_id"])
    return out


def _churn_tables(groups: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The churn table by size class, tenure band and ABC class, in display order."""
    size_keys = [f"size_{k}" for k in SEGMENT_KEYS]
    sizes = churn_table(groups, size_keys).rename(columns=lambda c: c.removeprefix("size_"))
    return {
        "size": sizes.sort_values("order", kind="stable").reset_index(drop=True),
        "tenure": churn_table(groups, ["tenure"]).sort_values("tenure").reset_index(drop=True),
        "abc": churn_table(groups, ["abc"]).sort_values("abc").reset_index(drop=True),
    }


def _churn_segments(
    features: pd.DataFrame, base: pd.DataFrame | None, criteria: list[Criterion]
) -> dict[str, pd.DataFrame]:
    """The churn table per segment of each criterion (segments in segment order)."""
    out = {}
    for criterion in criteria if base is not None else []:
        codes = segment_codes(base, criterion)
        frame = features.merge(codes, on="customer_id", how="left")
        out[criterion.name] = ordered_segments(churn_table(frame, SEGMENT_KEYS), "revenue_previous")
    return out


def customer_names(ids: pd.Series, profile: pd.DataFrame, led: Ledger) -> pd.Series:
    """The name of each customer of ``ids``: from the profile, else the name on its last
    invoice line (customers no longer in the profile), else its id."""
    known = profile.dropna(subset=["customer_name"]).drop_duplicates("customer_id")
    names = ids.map(known.set_index("customer_id")["customer_name"])
    missing = ids[names.isna()]
    if len(missing) and "customer_name" in led.lines:
        wanted = np.isin(led.codes, pd.Index(led.ids).get_indexer(missing))
        lines = led.lines.loc[wanted, ["customer_id", "date", "customer_name"]].dropna()
        last = lines.sort_values("date", kind="stable").drop_duplicates("customer_id", keep="last")
        names = names.fillna(ids.map(last.set_index("customer_id")["customer_name"]))
    return names.fillna(ids).astype(str)


def retention_figures(
    invoices: pd.DataFrame,
    profile: pd.DataFrame,
    start: pd.Timestamp,
    end: pd.Timestamp,
    base: pd.DataFrame | None = None,
    criteria: list[Criterion] | None = None,
) -> RetentionFigures:
    """The section's figures over the period ``start``..``end`` and the 12 months before.

    Parameters
    ----------
    invoices : canonical invoice lines (all periods).
    profile : one row per customer (its customer_name; invoice lines name the others).
    base, criteria : the segment base of the segment stage
        (:func:`clientmix.segment.growth.segment_base`) and its criteria, the consultant's
        first criterion first (the bridge and churn by segment are left out without them).
    """
    led = Ledger.of(invoices)
    bridge = customer_bridge(led, start, end)
    bridge["customer_name"] = customer_names(bridge["customer_id"], profile, led)
    criteria = list(criteria or []) if base is not None else []
    by_segment = None
    if criteria:
        table = bridge_by(bridge, segment_codes(base, criteria[0]), SEGMENT_KEYS)
        by_segment = ordered_segments(table, "revenue")
    features = _groups(previous_features(led, bridge, start))
    return RetentionFigures(
        bridge=bridge,
        totals=bridge_totals(bridge),
        rates=retention_rates(bridge),
        yearly=yearly_rates(led, start, end, bridge),
        criterion=criteria[0].name if criteria else None,
        by_segment=by_segment,
        features=features,
        churn_segments=_churn_segments(features, base, criteria),
        churn=_churn_tables(features),
        lost_vs_kept=lost_vs_kept(features),
        cohorts=cohorts(led, start, end),
    )
