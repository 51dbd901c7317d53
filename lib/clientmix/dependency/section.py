"""The "Dependency" section of the report (notebook 05_recommend): its figures, computed once,
its metrics.json keys and its lines for the front page."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from clientmix.core import interim, sections
from clientmix.core.formats import fmt_int, fmt_money, fmt_pct, fmt_signed_pct
from clientmix.core.labels import label
from clientmix.core.names import customer_names
from clientmix.dependency.figures import DependencyFigures, dependency_figures
from clientmix.dependency.leaders import known_customers
from clientmix.dependency.texts import hhi_reading
from clientmix.dependency.texts.common import threshold_number

SECTION = sections.Section(
    name="dependency",
    notebook="05_recommend",
    keys=(
        "concentration",
        "concentration_by_year",
        "sector_concentration",
        "scenarios",
        "monte_carlo",
        "top_customers",
    ),
    optional_keys=("margin_concentration",),
)


def figures(
    profile: pd.DataFrame,
    invoices: pd.DataFrame,
    load_info: dict[str, Any],
    lang: str = "fr",
    former: pd.DataFrame | None = None,
) -> DependencyFigures:
    """The section's figures with the engagement's settings, computed once (see
    :func:`clientmix.dependency.figures.dependency_figures`; ``former``: interim "former")."""
    return dependency_figures(
        profile,
        invoices,
        load_info,
        lang,
        unknown_group=label("unknown_group", lang),
        former=former,
    )


def publish(
    output_dir: str | Path, figs: DependencyFigures, profile: pd.DataFrame, lang: str = "fr"
) -> None:
    """Hand the section's metrics.json keys and front-page lines to the report."""
    metrics = figs.to_metrics()
    _list_first_ids(output_dir, metrics)
    known = known_customers(profile, figs.top)  # names of last year's big customers that left
    lines = findings(metrics, figs.revenue_total, figs.currency, known, lang)
    sections.publish(output_dir, SECTION, metrics, lines)


#: ids kept in metrics.json under concentration.excluded / .missing (and margin_...): the first
#: ones, beside their count; every id is in interim/concentration_excluded.parquet
LISTED_IDS = 20
EXCLUDED_TABLE = "concentration_excluded"


def _list_first_ids(output_dir: str | Path, metrics: dict[str, Any]) -> None:
    """Keep metrics.json small: ``excluded`` and ``missing`` of the concentration keys become
    their first :data:`LISTED_IDS` ids plus ``excluded_count`` / ``missing_count``; the full
    lists go to the interim table :data:`EXCLUDED_TABLE` (key, reason, customer_id)."""
    rows = []
    for key in ("concentration", "margin_concentration"):
        block = metrics.get(key)
        for reason in ("excluded", "missing"):
            if not block or block.get(reason) is None:
                continue
            ids = list(block[reason])
            rows += [(key, reason, str(i)) for i in ids]
            block[reason] = ids[:LISTED_IDS]
            block[f"{reason}_count"] = len(ids)
    frame = pd.DataFrame(rows, columns=["key", "reason", "customer_id"], dtype="string")
    interim.write(output_dir, EXCLUDED_TABLE, frame)


def findings(
    metrics: Mapping[str, Any],
    revenue_total: float,
    currency: str = "EUR",
    profile: pd.DataFrame | None = None,
    lang: str = "fr",
) -> list[str]:
    """The section's lines for the front page, from its metrics.json keys: top customer and
    concentration, margin, big customers lost or declining, loss scenarios, Monte Carlo.
    ``revenue_total`` in ``currency`` (net, the period). Plain text (the report escapes it);
    customer names from ``profile``."""
    names = customer_names(profile)
    lines = [
        _concentration_line(metrics.get("concentration") or {}, names, lang),
        _margin_line(metrics.get("margin_concentration"), revenue_total, names, lang, currency),
        _movers_line(metrics.get("top_customers") or [], names, lang),
        _scenarios_line(metrics.get("scenarios") or [], lang),
        _monte_carlo_line(metrics.get("monte_carlo"), lang),
    ]
    return [line for line in lines if line]


def _concentration_line(c: Mapping[str, Any], names: Mapping[str, str], lang: str) -> str | None:
    if c.get("top1_customer") is None:
        return None
    thresholds = c.get("thresholds") or {}
    sentence = label(
        "brief_concentration",
        lang,
        top=names.get(str(c["top1_customer"]), str(c["top1_customer"])),
        share=fmt_pct(c["top1_share"], lang),
        customers=fmt_int(c["customers_for_80pct"], lang),
        pareto=threshold_number(thresholds.get("pareto", 0.8), lang),
        reading=hhi_reading(c["hhi"], thresholds, lang),
        hhi=fmt_int(c["hhi"], lang),
    )
    if c.get("economic_dependence"):
        dependence = thresholds.get("dependence", 0.5)
        if dependence == 0.5:
            sentence += label("brief_dependence_half", lang)
        else:
            sentence += label("brief_dependence", lang, share=fmt_pct(dependence, lang, 0))
    return sentence


def _margin_line(
    m: Mapping[str, Any] | None,
    revenue_total: float,
    names: Mapping[str, str],
    lang: str,
    currency: str,
) -> str | None:
    if not m or not m.get("total") or not revenue_total:
        return None
    thresholds = m.get("thresholds") or {}
    return label(
        "brief_margin",
        lang,
        margin=fmt_money(m["total"], lang, currency),
        rate=fmt_pct(m["total"] / revenue_total, lang),
        customers=fmt_int(m["customers_for_80pct"], lang),
        pareto=threshold_number(thresholds.get("pareto", 0.8), lang),
        top=names.get(str(m["top1_customer"]), str(m["top1_customer"])),
        share=fmt_pct(m["top1_share"], lang),
    )


def _movers_line(top: list[Mapping[str, Any]], names: Mapping[str, str], lang: str) -> str | None:
    movers = sorted(
        (t for t in top if t.get("status") in ("stopped", "declining")),
        key=lambda t: (t["status"] != "stopped", -(t.get("revenue_prev") or 0.0)),
    )
    if not movers:
        return None
    parts = []
    for t in movers[:4]:
        name = names.get(str(t["customer_id"]), str(t["customer_id"]))
        if t["status"] == "stopped":
            change = label("status_stopped", lang)
        else:
            change = fmt_signed_pct(t.get("growth"), lang, 0)
        parts.append(f"{name} ({change})")
    return label("brief_movers", lang, customers=", ".join(parts))


def _scenarios_line(scenarios: list[Mapping[str, Any]], lang: str) -> str | None:
    by_id = {s["scenario"]: s for s in scenarios}
    one, three = by_id.get("top1"), by_id.get("top3_together")
    if not (one and three):
        return None
    margin = ""
    if one.get("lost_margin_share") is not None:
        margin = label(
            "brief_scenarios_margin", lang, share=fmt_pct(one["lost_margin_share"], lang)
        )
    return label(
        "brief_scenarios",
        lang,
        one=fmt_pct(one["lost_revenue_share"], lang),
        margin=margin,
        three=fmt_pct(three["lost_revenue_share"], lang),
    )


def _monte_carlo_line(mc: Mapping[str, Any] | None, lang: str) -> str | None:
    if not mc or mc.get("prob_drop_10pct") is None:
        return None
    return label("brief_monte_carlo", lang, chance=fmt_pct(mc["prob_drop_10pct"], lang, 0))
