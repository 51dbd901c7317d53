"""What losing the largest customers would cost: the text and the table of the scenarios."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from clientmix.core import labels
from clientmix.core.display import Prose, Table
from clientmix.core.labels import fmt_money, fmt_pct, label
from clientmix.core.names import customer_names
from clientmix.dependency.texts.common import heading, name_of, plain_name


def _scenario_labels(scenarios: pd.DataFrame, names: Mapping[str, str], lang: str) -> list[str]:
    """ "Perte de X" / "Perte des N premiers clients ensemble" (fr), one per scenario."""
    return [
        label("scenario_together", lang, n=len(ids))
        if str(sid).endswith("_together")
        else label("scenario_one", lang, name=plain_name(names, ids[0]))
        for sid, ids in zip(scenarios["scenario"], scenarios["customers"], strict=True)
    ]


def _first_loss(first: pd.Series, names: Mapping[str, str], lang: str, currency: str) -> str:
    """Losing the largest customer: revenue and margin lost, customers to replace, months
    of fixed costs (when known)."""
    text = label(
        "dep_scen_first",
        lang,
        name=name_of(names, first["customers"][0]),
        revenue=fmt_money(first["lost_revenue"], lang, currency),
        share=fmt_pct(first["lost_revenue_share"], lang),
    )
    if pd.notna(first["lost_margin"]):
        text += label(
            "dep_scen_first_margin",
            lang,
            margin=fmt_money(first["lost_margin"], lang, currency),
            share=fmt_pct(first["lost_margin_share"], lang),
        )
    text += label(
        "dep_scen_replace", lang, n=labels.fmt_num(first["customers_to_replace"], lang, 0)
    )
    if pd.notna(first["months_of_fixed_costs"]):
        months = labels.fmt_num(first["months_of_fixed_costs"], lang, 1)
        text += " " + label("dep_scen_months", lang, months=months)
    return text


def _together_loss(scenarios: pd.DataFrame, lang: str) -> str | None:
    """Losing the first customers together: shares of revenue and margin (None without
    such a scenario)."""
    together = scenarios[scenarios["scenario"].astype(str).str.endswith("_together")]
    if not len(together):
        return None
    row = together.iloc[0]
    text = label(
        "dep_scen_together",
        lang,
        n=len(row["customers"]),
        share=fmt_pct(row["lost_revenue_share"], lang),
    )
    if pd.isna(row["lost_margin_share"]):
        return text + label("dep_full_stop", lang)
    return text + label(
        "dep_scen_together_margin", lang, share=fmt_pct(row["lost_margin_share"], lang)
    )


def _fixed_costs_note(scenarios: pd.DataFrame, lang: str, currency: str) -> str | None:
    """Where the fixed costs come from: not given, or estimated from the net margin rate."""
    source = scenarios.attrs.get("fixed_costs_source")
    if source is None:
        return label("dep_scen_no_fixed", lang)
    if source == "estimated":
        amount = fmt_money(scenarios.attrs.get("fixed_costs"), lang, currency)
        return label("dep_scen_estimated", lang, amount=amount)
    return None


def scenario_text(
    figures: Any, profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR"
) -> Prose:
    """What losing the first customer, then the top 3 together, would cost (``currency``)."""
    sc = figures.scenarios
    if sc.empty:
        return Prose(heading("h_scenarios", lang) + label("dep_scen_none", lang))
    parts = [
        _first_loss(sc.iloc[0], customer_names(profile), lang, currency),
        _together_loss(sc, lang),
        _fixed_costs_note(sc, lang, currency),
    ]
    return Prose(heading("h_scenarios", lang) + " ".join(p for p in parts if p))


def scenario_table(
    figures: Any, profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR"
) -> Table:
    """One row per loss scenario: lost revenue and margin (amounts and shares), months of
    fixed costs (when known), average customers to replace."""
    sc = figures.scenarios
    frame = sc.assign(scenario=_scenario_labels(sc, customer_names(profile), lang))
    kinds = {"scenario": "text", "lost_revenue": "money", "lost_revenue_share": "pct"}
    if sc["lost_margin"].notna().any():
        kinds.update({"lost_margin": "money", "lost_margin_share": "pct"})
    if sc["months_of_fixed_costs"].notna().any():
        kinds["months_of_fixed_costs"] = "num"
    kinds["customers_to_replace"] = "num"
    return Table(labels.format_frame(frame, kinds, lang, currency))
