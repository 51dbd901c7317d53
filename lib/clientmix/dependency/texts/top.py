"""How the largest customers move: the text and the table of the top customers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from clientmix.core import labels
from clientmix.core.display import Prose, Table
from clientmix.core.labels import fmt_int, fmt_money, label
from clientmix.core.names import customer_names
from clientmix.dependency.leaders import known_customers
from clientmix.dependency.texts.common import heading, name_list, name_of


def _declining_sentence(current: pd.DataFrame, names: Mapping[str, str], lang: str) -> str:
    """The top customers declining or stopped, with their change, or that none is."""
    n = len(current)
    declining = current[current["status"].isin(["declining", "stopped"])]
    if not len(declining):
        return label("dep_top_none_declining", lang, n=n)
    items = ", ".join(
        label(
            "dep_named_value",
            lang,
            name=name_of(names, r.customer_id),
            value=labels.fmt_signed_pct(r.growth, lang),
        )
        for r in declining.itertuples()
    )
    return label("dep_top_declining", lang, n=n, count=fmt_int(len(declining), lang), items=items)


def _growing_sentence(current: pd.DataFrame, names: Mapping[str, str], lang: str) -> str | None:
    """The top customers growing (None when none is)."""
    growing = current[current["status"].eq("growing")]
    if not len(growing):
        return None
    listing = name_list(growing["customer_id"].astype(str).tolist(), names, lang)
    return label("dep_top_growing", lang, count=fmt_int(len(growing), lang), listing=listing)


def _fallen_sentence(
    fallen: pd.DataFrame, names: Mapping[str, str], lang: str, currency: str
) -> str:
    """The big customers of the previous year now lost or sharply down, with both revenues."""
    items = ", ".join(
        label(
            "dep_top_fallen_item",
            lang,
            name=name_of(names, r.customer_id),
            status=label("status_" + str(r.status), lang),
            previous=fmt_money(r.revenue_prev, lang, currency),
            revenue=fmt_money(r.revenue, lang, currency),
        )
        for r in fallen.itertuples()
    )
    return label("dep_top_fallen", lang, items=items)


def top_customers_text(
    figures: Any, profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR"
) -> Prose:
    """How the largest customers move: declining ones, big customers of last year now lost.
    Changes are over the 12 months before the period; amounts in ``currency``."""
    top = figures.top
    names = customer_names(known_customers(profile, top))
    current = top[~top["previous_top"].astype(bool)]
    fallen = top[top["previous_top"].astype(bool)]
    parts = []
    if "status" in current:
        parts.append(_declining_sentence(current, names, lang))
        growing = _growing_sentence(current, names, lang)
        if growing:
            parts.append(growing)
    if len(fallen):
        parts.append(_fallen_sentence(fallen, names, lang, currency))
    return Prose(heading("h_top", lang) + " ".join(parts))


def top_customers_table(figures: Any, lang: str = "fr", currency: str = "EUR") -> Table:
    """The largest customers with their trend (revenue, share, previous 12 months, change,
    status); the big customers of last year that were lost or fell back come last."""
    top = figures.top
    kinds = {"rank": "int"}
    kinds["customer_name" if "customer_name" in top else "customer_id"] = "text"
    kinds.update({"revenue": "money", "share": "pct"})
    if "gross_margin" in top and top["gross_margin"].notna().any():
        kinds["margin_share"] = "pct"
    for column, kind in (
        ("revenue_prev", "money"),
        ("prev_rank", "int"),
        ("growth", "signed_pct"),
        ("status", "status"),
    ):
        if column in top:
            kinds[column] = kind
    n = int((~top["previous_top"].astype(bool)).sum())
    fallen = len(top) - n
    caption = label("dep_top_caption", lang, n=n)
    if fallen:
        caption += label("dep_top_caption_fallen", lang, fallen=fallen)
    return Table(labels.format_frame(top, kinds, lang, currency), caption)
