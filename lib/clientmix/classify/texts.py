"""Sentences and tables of the '04 Classify' section."""

from __future__ import annotations

import pandas as pd

from clientmix.classify.abc import abc_summary
from clientmix.core import labels
from clientmix.core.display import Prose, Table, _t
from clientmix.core.labels import fmt_int, fmt_pct


def abc_text(profile: pd.DataFrame, lang: str = "fr") -> Prose:
    """The Pareto reading: what share of customers makes 80 % of revenue."""
    table = abc_summary(profile).set_index("abc_class")
    a = table.loc["A"]
    c = table.loc["C"]
    return Prose(
        _t(
            lang,
            f"**{fmt_int(a['customers'])}** clients, soit **{fmt_pct(a['customer_share'])}** du "
            f"portefeuille, font **{fmt_pct(a['share'])}** du CA (classe A). À l'autre bout, "
            f"**{fmt_int(c['customers'])}** clients (**{fmt_pct(c['customer_share'])}**) ne "
            f"pèsent que **{fmt_pct(c['share'])}** du CA (classe C) : ce sont eux qu'il faut "
            "servir au plus juste, sans énergie supplémentaire.",
            f"**{fmt_int(a['customers'], lang)}** customers, i.e. **{fmt_pct(a['customer_share'], lang)}** "
            f"of the portfolio, make **{fmt_pct(a['share'], lang)}** of revenue (class A). At the "
            f"other end, **{fmt_int(c['customers'], lang)}** customers "
            f"(**{fmt_pct(c['customer_share'], lang)}**) weigh only **{fmt_pct(c['share'], lang)}** "
            "of revenue (class C): serve them exactly what was sold, with no extra energy.",
        )
    )


def abc_table(profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR") -> Table:
    """Customers, share of customers, revenue and share of revenue per ABC class."""
    table = abc_summary(profile)
    frame = labels.format_frame(
        table,
        {
            "abc_class": "text",
            "customers": "int",
            "customer_share": "pct",
            "revenue": "money",
            "share": "pct",
        },
        lang,
        currency,
    )
    frame.columns = [
        frame.columns[0],
        frame.columns[1],
        _t(lang, "Part des clients", "Share of customers"),
        *frame.columns[3:],
    ]
    return Table(frame)
