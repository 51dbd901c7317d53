"""The figures of the 'Dependency' section, computed once, and their metrics.json keys.

Computation only: amounts in the engagement currency (net of credit notes, excl. tax), shares
as fractions, HHI on the 0-10,000 scale; no wording (labels come from the caller).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from clientmix.core.jsonable import plain
from clientmix.dependency.concentration import concentration
from clientmix.dependency.groups import group_concentration
from clientmix.dependency.leaders import key_customers, margin_leaders
from clientmix.dependency.montecarlo import monte_carlo
from clientmix.dependency.records import (
    by_year_records,
    scenario_records,
    sector_record,
    top_records,
)
from clientmix.dependency.scenarios import loss_scenarios
from clientmix.dependency.windows import concentration_by_year


def revenue_concentration(profile: pd.DataFrame, thresholds: dict[str, float] | None = None):
    """Concentration of net revenue across customers (``clientmix.dependency.concentration``)."""

    values = profile.set_index("customer_id")["revenue"]
    return concentration(values, **dict(thresholds or {}))


def margin_concentration(profile: pd.DataFrame, thresholds: dict[str, float] | None = None):
    """Concentration of gross margin, or None when costs are unknown for every customer."""
    if "gross_margin" not in profile or profile["gross_margin"].notna().sum() == 0:
        return None

    values = profile.set_index("customer_id")["gross_margin"].dropna()
    return concentration(values, **dict(thresholds or {}))


@dataclass(frozen=True)
class DependencyFigures:
    """Everything the "Dépendance" section shows, computed once by :func:`dependency_figures`.

    Attributes
    ----------
    revenue, margin : concentration of net revenue / gross margin over the analysis period
        (``margin`` None when costs are unknown).
    by_year : concentration per 12-month window ending on the period end, oldest first (see
        :func:`clientmix.dependency.concentration_by_year`).
    top : :func:`key_customers`: the largest customers and the big customers of the previous
        12 months that stopped or declined.
    margin_top : :func:`margin_leaders` (None without costs).
    sectors, sector : table and concentration of revenue by sector (None without a sector).
    scenarios : loss scenarios (:func:`clientmix.dependency.loss_scenarios`), ``scenario`` is a
        stable id ("top1" ... "top5", "top3_together"); ``attrs`` carry the fixed costs used.
    monte_carlo : seeded simulation of next-year revenue and margin.
    thresholds, finance : the engagement settings used.
    revenue_total : net revenue of the period (currency), all customers.
    currency : the engagement's currency code.
    """

    revenue: Any
    margin: Any
    by_year: pd.DataFrame
    top: pd.DataFrame
    margin_top: pd.DataFrame | None
    sectors: pd.DataFrame | None
    sector: Any
    scenarios: pd.DataFrame
    monte_carlo: Any
    thresholds: dict[str, float]
    finance: dict[str, Any]
    revenue_total: float = 0.0
    currency: str = "EUR"

    def to_metrics(self) -> dict[str, Any]:
        """The metrics.json keys of the section, in report order (JSON-ready; shares as
        fractions, NaN -> None): concentration, margin_concentration (only when costs are
        known), concentration_by_year, sector_concentration, scenarios, monte_carlo,
        top_customers."""
        out: dict[str, Any] = {"concentration": plain(self.revenue.to_dict())}
        if self.margin is not None:
            out["margin_concentration"] = plain(self.margin.to_dict())
        return out | {
            "concentration_by_year": by_year_records(self.by_year),
            "sector_concentration": sector_record(self.sectors, self.sector),
            "scenarios": scenario_records(self.scenarios),
            "monte_carlo": plain(self.monte_carlo.to_dict()),
            "top_customers": top_records(self.top),
        }


def sector_column(profile: pd.DataFrame) -> str | None:
    """ "sector" when the profile has a sector attribute with at least one value, else None."""
    if "sector" not in profile:
        return None
    values = profile["sector"].astype("string").str.strip()
    return "sector" if values.fillna("").ne("").any() else None


def dependency_figures(
    profile: pd.DataFrame,
    invoices: pd.DataFrame,
    load_info: dict[str, Any],
    lang: str = "fr",
    unknown_group: str = "(unknown)",
    former: pd.DataFrame | None = None,
) -> DependencyFigures:
    """Compute the figures of the "Dépendance" section with the engagement's settings.

    Parameters
    ----------
    profile : the profile of the analysis period (02_profile).
    invoices : canonical invoices, all periods (for the 12-month windows).
    load_info : ``interim/load.json``: engagement.{period_end, thresholds, finance,
        monte_carlo}.
    lang : language of the error messages about the profile's values.
    unknown_group : the label of customers without a sector (worded by the caller).
    former : customers invoiced before the period and not in it (interim "former"), for the
        big customers of last year that left (:func:`key_customers`); None when unknown.

    Returns
    -------
    DependencyFigures (see its attributes); amounts in currency, shares as fractions.
    """
    eng = load_info["engagement"]
    thresholds = dict(eng.get("thresholds") or {})
    finance = dict(eng.get("finance") or {})
    by = sector_column(profile)
    sectors = sector = None
    if by is not None:
        sectors, sector = group_concentration(
            profile, by, unknown_label=unknown_group, **thresholds
        )
    scenarios = loss_scenarios(
        profile,
        fixed_costs=finance.get("fixed_costs"),
        net_margin_rate=finance.get("net_margin_rate"),
        scenarios=None,  # the default plan: "top1" ... "top5", "top3_together"
        lang=lang,
    )
    return DependencyFigures(
        revenue=revenue_concentration(profile, thresholds),
        margin=margin_concentration(profile, thresholds),
        by_year=concentration_by_year(invoices, end=eng["period_end"], **thresholds),
        top=key_customers(profile, former=former),
        margin_top=margin_leaders(profile),
        sectors=sectors,
        sector=sector,
        scenarios=scenarios,
        monte_carlo=_simulation(profile, eng.get("monte_carlo"), lang),
        thresholds=thresholds,
        finance=finance,
        revenue_total=round(float(profile["revenue"].sum()), 2),
        currency=str(eng.get("currency") or "EUR"),
    )


def _simulation(profile: pd.DataFrame, settings: dict[str, Any] | None, lang: str) -> Any:
    """The seeded Monte Carlo of next year with engagement.yaml's ``monte_carlo`` settings
    (draws 10,000 and seed 42 by default)."""
    mc = dict(settings or {})
    return monte_carlo(
        profile,
        draws=int(mc.get("draws", 10_000)),
        seed=int(mc.get("seed", 42)),
        loss_probability=mc.get("loss_probability"),
        lang=lang,
    )
