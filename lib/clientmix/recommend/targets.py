"""Diversification targets (seed 000): how far the top customer's share of revenue should fall
in 1 and 3 years, the new revenue that would bring it there, from which segments and how many
average new customers.

The top customer's revenue is kept as it is (the aim is not to lose it but to weigh less on
it): the share ``t`` is reached when the revenue grows to R1 / t, so the new revenue needed is
max(0, R1 / t - revenue_total). No other customer exceeds R1, so every customer is then at or
below ``t`` as long as no new customer is bigger than the top one.

Targets not set in engagement.yaml (``recommend.targets``): 3 years = ``major`` (10 % by
default) when today's share is above it, else today's share (hold); 1 year = halfway between
today's share and the 3-year target. Shares are fractions; revenue in currency per year.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

HORIZONS = ("1y", "3y")


@dataclass
class Targets:
    """Targets per horizon.

    top1_share : today's top customer's share; top1_revenue : its revenue (currency).
    horizons : one row per horizon (``1y``, ``3y``): top1_share target, revenue needed
        (total), new_revenue needed, new_customers (average new customers, rounded up).
    segments : per horizon and segment: share of the new revenue, new_revenue,
        average_revenue (per customer of the segment), new_customers (rounded up).
    too_large : ids of the accounts at or above ``major`` of the revenue.
    """

    top1_share: float
    top1_revenue: float
    revenue_total: float
    horizons: pd.DataFrame
    segments: pd.DataFrame
    too_large: list[str]

    def to_metrics(self) -> dict[str, Any]:
        """The metrics.json key ``targets``."""
        out: dict[str, Any] = {"top1_share": self.top1_share, "too_large": self.too_large}
        for row in self.horizons.itertuples():
            seg = self.segments[
                (self.segments["horizon"] == row.horizon) & (self.segments["new_revenue"] > 0)
            ]
            out[row.horizon] = {
                "top1_share": row.top1_share,
                "new_revenue": round(row.new_revenue, 2),
                "new_customers": int(row.new_customers),
                "segments": [
                    {
                        "segment": s.segment,
                        "new_revenue": round(s.new_revenue, 2),
                        "new_customers": int(s.new_customers),
                    }
                    for s in seg.itertuples()
                ],
            }
        return out


def target_shares(top1: float, major: float, given: Mapping[str, Any] | None) -> dict[str, float]:
    """The top customer's share to reach per horizon: ``given`` (``top1_share_1y``,
    ``top1_share_3y``) over the defaults of the module docstring; never above today's."""
    given = given or {}
    three = given.get("top1_share_3y")
    if three is None:
        three = major if top1 > major else top1
    one = given.get("top1_share_1y")
    if one is None:
        one = (top1 + three) / 2 if top1 > three else top1
    return {"1y": min(float(one), top1), "3y": min(float(three), top1)}


def source_segments(segments: list[Mapping[str, Any]]) -> pd.DataFrame:
    """The segments new revenue should come from, with their weight (fractions adding up to
    1): the growing segments (growth > 0) other than a dominant one (40 % of revenue or more),
    in proportion to their revenue; without any, every non-dominant segment with customers."""
    table = pd.DataFrame(list(segments))
    if table.empty:
        return table
    table = table[(table["customers"] > 0) & (table["revenue"] > 0)]
    candidates = table[table["revenue_share"] < 0.4]
    growing = candidates[candidates["growth"].fillna(0) > 0]
    chosen = growing if not growing.empty else candidates
    if chosen.empty:
        chosen = table
    chosen = chosen.assign(
        weight=chosen["revenue"] / chosen["revenue"].sum(),
        average_revenue=chosen["revenue"] / chosen["customers"],
    )
    return chosen[["segment", "weight", "average_revenue"]].reset_index(drop=True)


def diversification_targets(
    revenue: pd.Series,
    ids: pd.Series,
    segments: list[Mapping[str, Any]] | None,
    major: float = 0.10,
    given: Mapping[str, Any] | None = None,
) -> Targets | None:
    """:class:`Targets` from the customers' net revenue (``revenue``, ``ids`` aligned) and the
    first criterion's segments (metrics.json ``segments.<criterion>`` rows); None without
    positive revenue. Shares are of the total positive revenue (the concentration's base)."""
    positive = revenue.clip(lower=0)
    total = float(positive.sum())
    if total <= 0:
        return None
    r1 = float(positive.max())
    top1 = r1 / total
    shares = target_shares(top1, major, given)
    sources = source_segments(list(segments or []))
    average = total / int((positive > 0).sum())
    rows, seg_rows = [], []
    for horizon in HORIZONS:
        share = shares[horizon]
        new = max(0.0, r1 / share - total) if share > 0 else 0.0
        count = _ceil(new / average)
        rows.append(
            {
                "horizon": horizon,
                "top1_share": share,
                "revenue_needed": total + new,
                "new_revenue": new,
                "new_customers": count,
            }
        )
        for s in sources.itertuples():
            part = new * s.weight
            seg_rows.append(
                {
                    "horizon": horizon,
                    "segment": s.segment,
                    "new_revenue": part,
                    "average_revenue": s.average_revenue,
                    "new_customers": _ceil(part / s.average_revenue),
                }
            )
    large = ids[(positive / total >= major) & (positive > 0)].astype(str).tolist()
    seg_columns = ["horizon", "segment", "new_revenue", "average_revenue", "new_customers"]
    segs = pd.DataFrame(seg_rows, columns=seg_columns)
    return Targets(top1, r1, total, pd.DataFrame(rows), segs, large)


def _ceil(value: float) -> int:
    """Rounded up to a whole number, tolerant of float noise (3.0000000001 -> 3)."""
    return int(-(-round(value, 6) // 1))
