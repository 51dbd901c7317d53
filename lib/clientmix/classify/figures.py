"""The classification's figures, computed once (notebook 04_classify and its section): ABC on
revenue and margin, portrait scores, KAM classes, strategic and too-large flags, tiers.

The customer base is the one of every section: the customers invoiced in the analysis period
(at least one invoice line in it, zero or negative net revenue included); prospects never
appear. Shares are fractions: of the period's net revenue, of the total positive gross margin.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from clientmix.classify import scoring
from clientmix.classify.abc import abc_matrix, pareto_classes
from clientmix.classify.classes import CLASSES, kam_classes, strategic, too_large
from clientmix.classify.tiers import TIERS, Basis, contribution, service_tiers, tier_comparison
from clientmix.ingest.config_classify import DEFAULT_ABC, DEFAULT_CLASSES, DEFAULT_TIERS

TABLE_COLUMNS = (
    "customer_id",
    "abc_revenue",
    "abc_margin",
    "score_profile",
    "score_history",
    "score_potential",
    "score",
    "kam_class",
    "strategic",
    "too_large",
    "contribution",
    "tier",
    "money_losing",
    "driver_up",
    "driver_down",
)


@dataclass(frozen=True)
class Settings:
    """The classification's settings (engagement.yaml ``abc``, ``classes``, ``tiers``,
    ``scoring``; ``major`` = ``thresholds.major``), defaults filled in."""

    abc: Mapping[str, float]
    classes: Mapping[str, float]
    tiers: Mapping[str, float | None]
    grid: tuple[scoring.Criterion, ...] | None = None
    major: float = 0.10

    @classmethod
    def from_engagement(cls, classify: Mapping[str, Any] | None, major: float = 0.10) -> Settings:
        """From ``Engagement.classify`` (the loader's checked dict; empty or None: defaults)."""
        given = dict(classify or {})
        grid = given.get("scoring")
        return cls(
            abc={**DEFAULT_ABC, **(given.get("abc") or {})},
            classes={**DEFAULT_CLASSES, **(given.get("classes") or {})},
            tiers={**copy.deepcopy(DEFAULT_TIERS), **(given.get("tiers") or {})},
            grid=tuple(scoring.grid_from_settings(grid)) if grid else None,
            major=float(major),
        )


@dataclass
class ClassifyFigures:
    """Everything the section shows. ``customers``: one row per invoiced customer (profile
    columns + the classification, :data:`TABLE_COLUMNS`), by descending revenue."""

    customers: pd.DataFrame
    scores: scoring.Scores
    basis: Basis
    settings: Settings
    has_margin: bool
    potential_source: str
    matrix: pd.DataFrame

    def table(self) -> pd.DataFrame:
        """The interim table "customer_classes" (:data:`TABLE_COLUMNS`)."""
        return self.customers[list(TABLE_COLUMNS)].reset_index(drop=True)

    def to_metrics(self) -> dict[str, Any]:
        """metrics.json keys abc, classes, strategic, too_large, tiers, money_losing."""
        c = self.customers
        margin = None
        if self.has_margin:
            margin = _groups(c, "abc_margin", ("A", "B", "C"))
        ids = c["customer_id"].astype(str)
        return {
            "abc": {"revenue": _groups(c, "abc_revenue", ("A", "B", "C")), "margin": margin},
            "classes": _groups(c, "kam_class", CLASSES),
            "strategic": ids[c["strategic"]].tolist(),
            "too_large": ids[c["too_large"]].tolist(),
            "tiers": _groups(c, "tier", TIERS, contribution=True),
            "money_losing": ids[c["money_losing"]].tolist(),
        }


def invoiced(profile: pd.DataFrame) -> pd.DataFrame:
    """The customers invoiced in the period (``invoices`` > 0 when the column exists)."""
    if "invoices" in profile:
        profile = profile[profile["invoices"].fillna(0) > 0]
    return profile.reset_index(drop=True)


def classify_figures(
    profile: pd.DataFrame, settings: Settings, future: pd.DataFrame | None = None
) -> ClassifyFigures:
    """Classify the invoiced customers of ``profile`` (one row per customer: revenue, and
    cost / gross_margin, tenure_days, invoices, effort_hours... when present); ``future``: the
    future-value table (customer_id, expected_revenue_12m) when that stage ran."""
    frame = scoring.criteria_frame(invoiced(profile), future)
    grid = settings.grid or tuple(scoring.default_grid(frame))
    scores = scoring.score_customers(frame, grid)
    out = frame.join(scores.table.drop(columns="customer_id"))
    has_margin = "gross_margin" in out and out["gross_margin"].notna().any()
    out["abc_revenue"] = pareto_classes(out["revenue"], settings.abc["a"], settings.abc["b"])
    margin = out["gross_margin"] if has_margin else pd.Series(np.nan, index=out.index)
    out["abc_margin"] = pareto_classes(margin, settings.abc["a"], settings.abc["b"])
    if not has_margin:
        out["abc_margin"] = None
    out["kam_class"] = kam_classes(out, settings.classes)
    out["too_large"] = too_large(out["revenue"], settings.major)
    out["strategic"] = strategic(out, settings.classes, out["too_large"])
    out["contribution"], basis = contribution(
        out, settings.tiers.get("hourly_cost"), settings.tiers.get("cost_per_invoice")
    )
    out["tier"] = service_tiers(
        out["contribution"], settings.tiers["gold"], settings.tiers["premium"]
    )
    out["money_losing"] = out["contribution"] < 0
    out = out.join(tier_comparison(out, out["tier"]))
    matrix = (
        abc_matrix(out["abc_revenue"], out["abc_margin"], out["revenue"]) if has_margin else None
    )
    return ClassifyFigures(
        customers=out,
        scores=scores,
        basis=basis,
        settings=settings,
        has_margin=bool(has_margin),
        potential_source=scoring.potential_source(scores.used),
        matrix=matrix,
    )


def _groups(
    customers: pd.DataFrame, column: str, names: tuple[str, ...], contribution: bool = False
) -> dict[str, dict[str, Any]]:
    """Per value of ``column`` (all ``names``): customers, revenue_share (of the net revenue),
    margin_share (of the total positive gross margin; None without margin) and, when asked,
    contribution (currency)."""
    revenue_total = customers["revenue"].sum()
    has_margin = "gross_margin" in customers and customers["gross_margin"].notna().any()
    margin_total = customers["gross_margin"].clip(lower=0).sum() if has_margin else 0.0
    out = {}
    for name in names:
        rows = customers[customers[column] == name]
        entry = {
            "customers": int(len(rows)),
            "revenue_share": float(rows["revenue"].sum() / revenue_total)
            if revenue_total
            else None,
            "margin_share": float(rows["gross_margin"].sum() / margin_total)
            if margin_total
            else None,
        }
        if contribution:
            entry["contribution"] = round(float(rows["contribution"].sum()), 2)
        out[name] = entry
    return out


def figures_sensitivity(figs: ClassifyFigures, step: float = 0.20) -> pd.DataFrame:
    """:func:`clientmix.classify.sensitivity.sensitivity` on the figures' scores and settings."""
    from clientmix.classify.sensitivity import sensitivity

    c = figs.customers
    return sensitivity(
        figs.scores.criteria,
        c["customer_id"],
        figs.scores.used,
        figs.settings.classes,
        c["contribution"],
        figs.settings.tiers,
        step,
    )
