"""Who makes the margin versus who makes the revenue: the verdict and the margin top 10."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from clientmix.core import labels
from clientmix.core.display import Prose, Table
from clientmix.core.labels import fmt_int, fmt_money, fmt_pct, label
from clientmix.core.names import customer_names
from clientmix.dependency.texts.common import (
    heading,
    level_text,
    name_list,
    name_of,
    threshold_number,
    thresholds_in_use,
)

#: A large customer is "weak" when its share of margin is below this times its share of revenue.
WEAK_MARGIN = 0.75
#: A margin leader is "strong" when its share of margin is above this times its share of revenue.
STRONG_MARGIN = 1.25
#: Customers named per list.
LISTED = 4


def _margin_headline(
    m: Mapping[str, Any], revenue_total: float, names: Mapping[str, str], lang: str, currency: str
) -> str:
    """Total margin and its rate, the first customer, customers making ``pareto``, the HHI."""
    total_margin = m.get("total")
    t = thresholds_in_use(m.get("thresholds"))
    return label(
        "dep_margin_head",
        lang,
        margin=fmt_money(total_margin, lang, currency),
        rate=fmt_pct(total_margin / revenue_total if revenue_total else None, lang),
        name=name_of(names, m.get("top1_customer")),
        top1=fmt_pct(m.get("top1_share"), lang),
        n80=fmt_int(m.get("customers_for_80pct"), lang),
        pareto=threshold_number(t["pareto"], lang),
        hhi=fmt_int(m.get("hhi"), lang),
        level=level_text(m.get("hhi_level"), lang),
    )


def _margin_majors(m: Mapping[str, Any], names: Mapping[str, str], lang: str) -> str | None:
    """The customers at ``major`` of the margin or more (None when there is none)."""
    majors = [str(x) for x in m.get("major_customers_10pct") or []]
    if not majors:
        return None
    t = thresholds_in_use(m.get("thresholds"))
    return label(
        "dep_margin_majors",
        lang,
        major=fmt_pct(t["major"], lang, 0),
        listing=name_list(majors, names, lang),
        count=len(majors),
    )


def _items(rows: pd.DataFrame, key: str, names: Mapping[str, str], lang: str) -> str:
    """The first ``LISTED`` rows as "**name** (shares)", with the item template ``key``."""
    return ", ".join(
        label(
            key,
            lang,
            name=name_of(names, r.customer_id),
            share=fmt_pct(r.share, lang),
            margin_share=fmt_pct(r.margin_share, lang),
        )
        for r in rows.head(LISTED).itertuples()
    )


def _margin_contrasts(figures: Any, names: Mapping[str, str], lang: str) -> list[str]:
    """Large customers bringing much less margin than their revenue weight, and margin
    leaders weighing much more in margin than in revenue."""
    top = figures.top[~figures.top["previous_top"].astype(bool)]
    if "margin_share" not in top:
        return []
    out = []
    weak = top[top["margin_share"] < WEAK_MARGIN * top["share"]]
    leaders = figures.margin_top
    strong = leaders[leaders["margin_share"] > STRONG_MARGIN * leaders["share"]]
    if len(weak):
        items = _items(weak, "dep_margin_weak_item", names, lang)
        out.append(label("dep_margin_weak", lang, items=items))
    if len(strong):
        items = _items(strong, "dep_margin_strong_item", names, lang)
        out.append(label("dep_margin_strong", lang, items=items))
    return out


def margin_verdict(
    figures: Any, profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR"
) -> Prose | None:
    """Who makes the margin versus who makes the revenue (seed 002), or None without costs.

    ``figures`` is a ``clientmix.dependency.figures.DependencyFigures``. Names the large
    customers (top 10 by revenue) whose share of gross margin is below three quarters of their
    share of revenue, and the customers of the margin top 10 that weigh more in margin than in
    revenue (by a quarter). Amounts in ``currency``.
    """
    if figures.margin is None or figures.margin_top is None:
        return None
    m = figures.margin.to_dict()
    names = customer_names(profile)
    parts = [_margin_headline(m, figures.revenue.total, names, lang, currency)]
    majors = _margin_majors(m, names, lang)
    if majors:
        parts.append(majors)
    parts += _margin_contrasts(figures, names, lang)
    return Prose(heading("h_margin", lang) + "\n\n".join(parts))


def margin_table(figures: Any, lang: str = "fr", currency: str = "EUR") -> Table | None:
    """The 10 customers with the largest gross margin next to their weight in revenue."""
    if figures.margin_top is None:
        return None
    top = figures.margin_top
    kinds = {"margin_rank": "int"}
    kinds["customer_name" if "customer_name" in top else "customer_id"] = "text"
    kinds.update(
        {
            "gross_margin": "money",
            "margin_share": "pct",
            "gross_margin_rate": "pct",
            "revenue": "money",
            "share": "pct",
            "revenue_rank": "int",
        }
    )
    caption = label("dep_margin_caption", lang, n=len(top))
    return Table(labels.format_frame(top, kinds, lang, currency), caption)
