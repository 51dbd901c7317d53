"""Sensitivity of the classification: how many customers change KAM class when one weight or
one cut-off moves by a given fraction (20 % by default), and how many change tier when a tier
threshold moves; so the consultant sees which decisions are robust."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from clientmix.classify import scoring
from clientmix.classify.classes import kam_classes
from clientmix.classify.tiers import service_tiers


def classes_with(
    criteria: pd.DataFrame,
    ids: pd.Series,
    used: list[scoring.Criterion],
    cuts: Mapping[str, float],
    weights: Mapping[str, float] | None = None,
) -> pd.Series:
    """KAM classes from the criterion scores with some weights replaced (column -> weight)."""
    weights = dict(weights or {})
    grid = [
        scoring.Criterion(c.column, c.group, weights.get(c.column, c.weight), c.direction)
        for c in used
    ]
    return kam_classes(scoring.combine(ids, criteria, grid, drivers=False), cuts)


def sensitivity(
    criteria: pd.DataFrame,
    ids: pd.Series,
    used: list[scoring.Criterion],
    cuts: Mapping[str, float],
    contrib: pd.Series,
    tier_cuts: Mapping[str, float],
    step: float = 0.20,
) -> pd.DataFrame:
    """One row per setting: ``kind`` ("weight", "cut" or "tier"), ``setting`` (criterion
    column or cut-off name), ``value`` (as set), ``down`` and ``up`` (customers whose class,
    or tier for "tier" rows, changes when the setting is multiplied by 1 - ``step`` /
    1 + ``step``; tier thresholds capped at 1), ``share`` (the larger of the two over the
    customers, fraction)."""
    base = classes_with(criteria, ids, used, cuts)
    rows = []
    for c in used:
        moved = [
            int((classes_with(criteria, ids, used, cuts, {c.column: c.weight * f}) != base).sum())
            for f in (1 - step, 1 + step)
        ]
        rows.append(("weight", c.column, c.weight, *moved))
    for key in ("value", "potential"):
        moved = [
            int(
                (
                    kam_classes(
                        scoring.combine(ids, criteria, used, drivers=False),
                        {**cuts, key: cuts[key] * f},
                    )
                    != base
                ).sum()
            )
            for f in (1 - step, 1 + step)
        ]
        rows.append(("cut", key, cuts[key], *moved))
    tiers = service_tiers(contrib, tier_cuts["gold"], tier_cuts["premium"])
    for key in ("gold", "premium"):
        moved = []
        for f in (1 - step, 1 + step):
            new = {**tier_cuts, key: min(tier_cuts[key] * f, 1.0)}
            moved.append(int((service_tiers(contrib, new["gold"], new["premium"]) != tiers).sum()))
        rows.append(("tier", key, tier_cuts[key], *moved))
    out = pd.DataFrame(rows, columns=["kind", "setting", "value", "down", "up"])
    out["share"] = np.maximum(out["down"], out["up"]) / max(len(ids), 1)
    return out
