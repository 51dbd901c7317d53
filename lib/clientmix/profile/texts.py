"""Sentences and tables of the '02 Profile' section."""

from __future__ import annotations

import pandas as pd

from clientmix.core import labels
from clientmix.core.display import Prose, Table, _t
from clientmix.core.labels import fmt_int, fmt_money, label


def profile_summary(profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR") -> Prose:
    """Number of customers, total, mean and median revenue per customer in the period."""
    active = profile[profile["revenue"] != 0]
    total = active["revenue"].sum()
    n = len(active)
    mean = total / n if n else float("nan")
    median = active["revenue"].median() if n else float("nan")
    text = _t(
        lang,
        f"**{fmt_int(n)}** clients ont acheté sur la période, pour **{fmt_money(total, lang, currency)}** "
        f"HT. Un client rapporte en moyenne **{fmt_money(mean, lang, currency)}**, mais la moitié "
        f"des clients rapporte moins de **{fmt_money(median, lang, currency)}** : la moyenne est "
        "tirée par les plus gros.",
        f"**{fmt_int(n, lang)}** customers bought in the period, for **{fmt_money(total, lang, currency)}** "
        f"excl. tax. The average customer brings **{fmt_money(mean, lang, currency)}**, but half "
        f"of them bring less than **{fmt_money(median, lang, currency)}**: the largest pull the "
        "average up.",
    )
    if "status" in profile:
        counts = profile["status"].value_counts()
        parts = [
            f"{fmt_int(counts[s], lang)} {label('status_' + s, lang)}"
            for s in ("new", "growing", "stable", "declining", "stopped")
            if counts.get(s, 0)
        ]
        if parts:
            text += " " + _t(
                lang,
                "Tendance sur 12 mois : " + ", ".join(parts) + ".",
                "12-month trend: " + ", ".join(parts) + ".",
            )
    return Prose(text)


def customer_table(
    profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR", n: int = 20
) -> Table:
    """The ``n`` customers with the highest net revenue: name, revenue, share, trend."""
    total = profile.loc[profile["revenue"] > 0, "revenue"].sum()
    top = profile.nlargest(n, "revenue", keep="first").assign(
        rank=lambda d: range(1, len(d) + 1),
        share=lambda d: d["revenue"] / total if total else float("nan"),
        cumulative_share=lambda d: d["revenue"].cumsum() / total if total else float("nan"),
    )
    kinds = {"rank": "int", "customer_id": "text"}
    if "customer_name" in top:
        kinds["customer_name"] = "text"
    kinds.update({"revenue": "money", "share": "pct", "cumulative_share": "pct"})
    if "gross_margin" in top and top["gross_margin"].notna().any():
        kinds["gross_margin"] = "money"
    if "growth" in top:
        kinds["growth"] = "pct"
    if "status" in top:
        kinds["status"] = "status"
    if "last_date" in top:
        kinds["last_date"] = "date"
    caption = _t(
        lang,
        f"Les {len(top)} premiers clients sur {fmt_int(len(profile))}",
        f"The top {len(top)} customers out of {fmt_int(len(profile), lang)}",
    )
    return Table(labels.format_frame(top, kinds, lang, currency), caption)
