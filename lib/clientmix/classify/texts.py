"""Sentences and tables of the '04 Classify' section."""

from __future__ import annotations

import pandas as pd

from clientmix.classify.abc import abc_summary
from clientmix.core import labels
from clientmix.core.display import Prose, Table
from clientmix.core.labels import fmt_int, fmt_pct, label


def abc_text(profile: pd.DataFrame, lang: str = "fr") -> Prose:
    """The Pareto reading: how many customers (and what share of the customer base) make
    class A, about 80 % of net revenue, and how little class C weighs (shares of customers
    and of the period's net revenue, in percent)."""
    table = abc_summary(profile).set_index("abc_class")
    a = table.loc["A"]
    c = table.loc["C"]
    return Prose(
        label(
            "classify_abc_text",
            lang,
            a_customers=fmt_int(a["customers"], lang),
            a_customer_share=fmt_pct(a["customer_share"], lang),
            a_share=fmt_pct(a["share"], lang),
            c_customers=fmt_int(c["customers"], lang),
            c_customer_share=fmt_pct(c["customer_share"], lang),
            c_share=fmt_pct(c["share"], lang),
        )
    )


def abc_table(profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR") -> Table:
    """Customers, share of customers, net revenue (``currency``) and share of the period's
    net revenue per ABC class."""
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
        label("classify_customer_share", lang),
        *frame.columns[3:],
    ]
    return Table(frame)
