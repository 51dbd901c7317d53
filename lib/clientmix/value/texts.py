"""Sentences and tables of the 'Future value' section (notebook 04_classify)."""

from __future__ import annotations

import pandas as pd

from clientmix.core.display import Prose, Table
from clientmix.core.formats import fmt_date, fmt_int, fmt_money, fmt_num, fmt_pct, fmt_signed_pct
from clientmix.core.labels import format_frame, label
from clientmix.core.names import customer_names
from clientmix.value.figures import MIN_REPEAT_CUSTOMERS, WEEKS_12M, ValueFigures
from clientmix.value.section import customer_base

#: a correlation of frequency and spend above this (in absolute value) is reported
CORRELATION_WARNING = 0.3


def summary_text(
    figs: ValueFigures, profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR"
) -> Prose:
    """Why the model is left out, or: orders and revenue expected over the next 12 months
    for the customers of the period, against the period's net revenue (currency), with the
    spend model's caveats and the backtest when there is one."""
    date = fmt_date(figs.settings.calibration_end, lang)
    if not figs.shown:
        customers = fmt_int(figs.fit.customers if figs.fit else 0, lang)
        return Prose(
            label(
                f"value_left_out_{figs.reason}",
                lang,
                date=date,
                repeat=fmt_int(figs.repeat_customers, lang),
                minimum=MIN_REPEAT_CUSTOMERS,
                customers=customers,
            )
        )
    table = figs.table(customer_base(profile))
    current = float(profile["revenue"].sum())
    revenue = ""
    if figs.revenue_known:
        expected = float(table["expected_revenue_12m"].sum())
        revenue = label(
            "value_summary_revenue",
            lang,
            expected=fmt_money(expected, lang, currency),
            current=fmt_money(current, lang, currency),
            change=fmt_signed_pct(expected / current - 1.0 if current > 0 else None, lang),
        )
    text = label(
        "value_summary",
        lang,
        date=date,
        customers=fmt_int(figs.fit.customers, lang),
        base=fmt_int(len(table), lang),
        purchases=fmt_int(table["expected_purchases_12m"].sum(), lang),
        revenue=revenue,
    )
    return Prose(text + _spend_notes(figs, lang) + _backtest_note(figs, lang))


def _spend_notes(figs: ValueFigures, lang: str) -> str:
    if not figs.revenue_known:
        return label("value_no_spend", lang)
    correlation = figs.spend.correlation
    if pd.notna(correlation) and abs(correlation) > CORRELATION_WARNING:
        return label("value_spend_dependence", lang, correlation=fmt_num(correlation, lang, 2))
    return ""


def _backtest_note(figs: ValueFigures, lang: str) -> str:
    test = figs.backtest
    if test is None:
        return ""
    gap = test.predicted / test.actual - 1.0 if test.actual else None
    return "\n\n" + label(
        "value_backtest",
        lang,
        start=fmt_date(test.start, lang),
        end=fmt_date(test.end, lang),
        predicted=fmt_int(test.predicted, lang),
        actual=fmt_int(test.actual, lang),
        gap=fmt_signed_pct(gap, lang),
    )


def lost_big_text(
    figs: ValueFigures,
    profile: pd.DataFrame,
    lang: str = "fr",
    top: int = 20,
    threshold: float = 0.5,
) -> Prose | None:
    """The ``top`` largest customers by net revenue over the period and the 12 months before
    (so a big customer that stopped buying during the period is among them) whose probability
    of still being active is below ``threshold`` (a fraction), largest first; None when the
    model is left out."""
    if not figs.shown:
        return None
    ids = profile["customer_id"].astype(str)
    alive = figs.customers["p_alive"].reindex(ids).to_numpy()
    size = profile["revenue"].fillna(0.0)
    if "revenue_prev" in profile:
        size = size + profile["revenue_prev"].fillna(0.0)
    ranked = pd.DataFrame({"id": ids.to_numpy(), "size": size.to_numpy(), "alive": alive})
    ranked = ranked[ranked["alive"].notna()].nlargest(top, "size")
    lost = ranked[ranked["alive"] < threshold]
    limit = fmt_pct(threshold, lang, 0)
    if lost.empty:
        return Prose(label("value_lost_big_none", lang, top=top, threshold=limit))
    names = customer_names(profile)
    listed = [
        f"{names[cid]} ({fmt_pct(p, lang, 0)})"
        for cid, p in zip(lost["id"], lost["alive"], strict=True)
    ]
    return Prose(label("value_lost_big", lang, threshold=limit, customers=", ".join(listed)))


def top_value_table(
    figs: ValueFigures,
    profile: pd.DataFrame,
    lang: str = "fr",
    currency: str = "EUR",
    rows: int = 15,
) -> Table | None:
    """The ``rows`` customers with the most expected revenue over the next 12 months (by
    expected purchases when the revenue is unknown): name, net revenue of the period,
    probability still active, expected purchases and revenue, and the customer value over
    ``horizon_weeks`` discounted (currency) when engagement.yaml sets another horizon or a
    discount rate; None when left out."""
    if not figs.shown:
        return None
    table = figs.table(customer_base(profile)).set_index("customer_id")
    by = "expected_revenue_12m" if figs.revenue_known else "expected_purchases_12m"
    best = table.nlargest(rows, by).reset_index()
    names = customer_names(profile)
    revenue = profile.set_index(profile["customer_id"].astype(str))["revenue"]
    best.insert(1, "customer_name", best["customer_id"].map(names))
    best.insert(2, "revenue", best["customer_id"].map(revenue).to_numpy())
    kinds = {
        "customer_name": "text",
        "revenue": "money",
        "p_alive": "pct",
        "expected_purchases_12m": "num",
        "expected_revenue_12m": "money",
    }
    settings = figs.settings
    custom = settings.horizon_weeks != WEEKS_12M or settings.discount_rate > 0
    if custom and figs.revenue_known:
        best["clv"] = best["customer_id"].map(figs.customers["clv"]).to_numpy()
        kinds["clv"] = "money"
    frame = format_frame(best, kinds, lang, currency)
    if "clv" in kinds:
        horizon = label(
            "value_horizon",
            lang,
            weeks=fmt_int(settings.horizon_weeks, lang),
            rate=fmt_pct(settings.discount_rate, lang),
        )
        frame = frame.rename(columns={frame.columns[-1]: horizon})
    return Table(frame)
