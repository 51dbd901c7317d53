"""Is dependence rising or falling: the text and the table per 12-month window."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from clientmix.core import labels
from clientmix.core.display import Prose, Table
from clientmix.core.labels import fmt_int, fmt_money, fmt_pct, label
from clientmix.core.names import customer_names
from clientmix.dependency.leaders import known_customers
from clientmix.dependency.texts.common import heading, name_of, plain_name
from clientmix.dependency.texts.concentration import pareto_label
from clientmix.dependency.verdicts import trend_direction


def _direction(first: pd.Series, last: pd.Series, lang: str) -> str:
    """ "**augmente**" / "**diminue**" / "est **stable**" / "évolue en sens contraires" (fr):
    top customer's share and HHI, oldest vs latest, with the tolerances of
    :func:`clientmix.dependency.verdicts.trend_direction`."""
    code = trend_direction(first["top1_share"], last["top1_share"], first["hhi"], last["hhi"])
    return label(f"dep_trend_{code}", lang)


def _change_sentence(first: pd.Series, last: pd.Series, lang: str, currency: str) -> str:
    """Top-1 share, HHI and revenue of the oldest and the latest window."""
    change = last["revenue"] / first["revenue"] - 1 if first["revenue"] > 0 else float("nan")
    return label(
        "dep_trend_main",
        lang,
        direction=_direction(first, last, lang),
        first=first["label"],
        last=last["label"],
        top1_first=fmt_pct(first["top1_share"], lang),
        top1_last=fmt_pct(last["top1_share"], lang),
        hhi_first=fmt_int(first["hhi"], lang),
        hhi_last=fmt_int(last["hhi"], lang),
        revenue_first=fmt_money(first["revenue"], lang, currency),
        revenue_last=fmt_money(last["revenue"], lang, currency),
        change=labels.fmt_signed_pct(change, lang),
    )


def _lost_leader_sentence(
    by_year: pd.DataFrame, profile: pd.DataFrame, names: Mapping[str, str], lang: str
) -> str | None:
    """The latest former top customer (of an earlier window) now stopped or declining: the
    concentration falls because it left (None when there is none)."""
    if "status" not in profile:
        return None
    status = dict(zip(profile["customer_id"].astype(str), profile["status"], strict=True))
    last, earlier = by_year.iloc[-1], by_year.iloc[:-1]
    lost = earlier[
        earlier["top1_customer"].ne(last["top1_customer"])
        & earlier["top1_customer"].map(status).isin(["stopped", "declining"])
    ]
    if not len(lost):
        return None
    row = lost.iloc[-1]
    cid = str(row["top1_customer"])
    return label(
        "dep_trend_lost",
        lang,
        window=row["label"],
        name=name_of(names, cid),
        share=fmt_pct(row["top1_share"], lang),
        status=label("status_" + str(status[cid]), lang),
    )


def trend_text(
    figures: Any, profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR"
) -> Prose:
    """Is dependence rising or falling: top-1 share and HHI, oldest vs latest 12-month window
    (revenue in ``currency``); says so when there are fewer than two windows."""
    by_year = figures.by_year
    if len(by_year) < 2:
        return Prose(heading("h_trend", lang) + label("dep_trend_short", lang))
    parts = [_change_sentence(by_year.iloc[0], by_year.iloc[-1], lang, currency)]
    known = known_customers(profile, figures.top)  # last year's big customers that left
    lost = _lost_leader_sentence(by_year, known, customer_names(known), lang)
    if lost:
        parts.append(lost)
    return Prose(heading("h_trend", lang) + " ".join(parts))


def trend_table(
    figures: Any, profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR"
) -> Table | None:
    """Concentration per 12-month window, oldest first (None when no complete window); the
    customers-for-80 % column names the ``pareto`` threshold in use."""
    by_year = figures.by_year
    if by_year.empty:
        return None
    names = customer_names(known_customers(profile, figures.top))
    frame = by_year.assign(
        window=by_year["label"],
        top1_customer=by_year["top1_customer"].map(lambda c: plain_name(names, c)),
    )
    kinds = {
        "window": "text",
        "revenue": "money",
        "customers": "int",
        "top1_customer": "text",
        "top1_share": "pct",
        "top5_share": "pct",
        "hhi": "hhi",
        "customers_for_80pct": "int",
    }
    table = labels.format_frame(frame, kinds, lang, currency)
    pareto = pareto_label(figures.revenue.thresholds, lang)
    return Table(table.rename(columns={label("customers_for_80pct", lang): pareto}))
