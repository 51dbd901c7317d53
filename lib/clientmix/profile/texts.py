"""Sentences and tables of the '02 Profile' section."""

from __future__ import annotations

import pandas as pd

from clientmix.core import labels
from clientmix.core.display import Prose, Table
from clientmix.core.labels import fmt_int, fmt_money, fmt_num, fmt_pct, label
from clientmix.profile.rhythm import DEFAULT_STATUS_RULE, FALLBACK_GAP_DAYS

TREND_ORDER = ("new", "growing", "stable", "declining", "inactive", "stopped")


def profile_summary(profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR") -> Prose:
    """Number of customers invoiced in the period (the profile's rows: ``customers_invoiced``),
    total, mean and median net revenue per customer (amounts in ``currency``, excl. tax), then
    the count of customers per 12-month trend."""
    total = profile["revenue"].sum()
    n = len(profile)
    mean = total / n if n else float("nan")
    median = profile["revenue"].median() if n else float("nan")
    text = label(
        "profile_summary",
        lang,
        customers=fmt_int(n, lang),
        revenue=fmt_money(total, lang, currency),
        mean=fmt_money(mean, lang, currency),
        median=fmt_money(median, lang, currency),
    )
    if "status" in profile:
        trend = _trend_sentence(profile["status"], lang)
        if trend:
            text += " " + trend
    return Prose(text)


def prospects_note(prospects: pd.DataFrame, lang: str = "fr") -> Prose | None:
    """One line on the customers file's customers not invoiced in the period (the interim
    "prospects"): how many, and that they are in no count; None when there are none."""
    n = len(prospects)
    if not n:
        return None
    return Prose(label("profile_prospects", lang, count=n, customers=fmt_int(n, lang)))


def _trend_sentence(status: pd.Series, lang: str) -> str:
    """Customers per trend status (new, growing, stable, declining, stopped; statuses with
    no customer left out); empty when none."""
    counts = status.value_counts()
    parts = [
        label(f"profile_trend_count_{s}", lang, count=fmt_int(counts[s], lang))
        for s in TREND_ORDER
        if counts.get(s, 0)
    ]
    return label("profile_trend", lang, counts=", ".join(parts)) if parts else ""


def status_rule(profile: pd.DataFrame, rule: dict | None = None, lang: str = "fr") -> Prose:
    """The status rule in one sentence, with the thresholds used (engagement.yaml ``status:``
    over the defaults) and the default usual gap (days) the profile gave its single-purchase
    customers."""
    r = {**DEFAULT_STATUS_RULE, **(rule or {})}
    used = profile.loc[profile["rhythm_default"].eq(True), "rhythm_days"]
    default = used.iloc[0] if len(used) else default_gap_from(profile, r)
    return Prose(
        label(
            "profile_status_rule",
            lang,
            gap_quantile=fmt_pct(float(r["gap_quantile"]), lang, 0),
            inactive_multiple=_times(r["inactive_multiple"], lang),
            lost_multiple=_times(r["lost_multiple"], lang),
            lost_after_days=fmt_int(r["lost_after_days"], lang),
            min_silence_days=fmt_int(r["min_silence_days"], lang),
            min_purchase_days=fmt_int(r["min_purchase_days"], lang),
            default_gap=fmt_int(round(float(default)), lang),
        )
    )


def _times(value: float, lang: str) -> str:
    """A multiple written with no decimals when whole (2), one otherwise (2,5)."""
    return fmt_num(float(value), lang, 0 if float(value).is_integer() else 1)


def default_gap_from(profile: pd.DataFrame, rule: dict) -> float:
    """The default usual gap (days) when no profile row used it: the rule's own value, else
    the median usual gap of the profile."""
    if rule.get("default_gap_days") is not None:
        return float(rule["default_gap_days"])
    known = profile["rhythm_days"].dropna() if "rhythm_days" in profile else pd.Series([])
    return float(known.median()) if len(known) else FALLBACK_GAP_DAYS


def customer_table(
    profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR", n: int = 20
) -> Table:
    """The ``n`` customers with the highest net revenue: rank, name, revenue (``currency``),
    share and cumulative share of the positive revenue (fractions), margin, growth, trend
    and last invoice date when known."""
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
    caption = label("profile_top_caption", lang, n=len(top), customers=fmt_int(len(profile), lang))
    return Table(labels.format_frame(top, kinds, lang, currency), caption)
