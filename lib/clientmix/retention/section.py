"""The "Where revenue moves" section of the report (notebook 03_segment, after the segments):
the revenue bridge, retention rates and churn by segment; metrics.json ``retention``, the
interim table ``customer_bridge`` (read by 04_classify for the bridge by tier) and its lines
for the front page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from clientmix.core import interim, labels, sections
from clientmix.core.formats import fmt_money, fmt_pct
from clientmix.core.jsonable import plain
from clientmix.core.labels import label
from clientmix.retention.bridge import STEPS
from clientmix.retention.figures import SEGMENT_KEYS, RetentionFigures, retention_figures
from clientmix.retention.texts import signed_money
from clientmix.segment.figures import SegmentFigures, segment_figures
from clientmix.segment.texts import segment_labels

SECTION = sections.Section(name="retention", notebook="03_segment", keys=("retention",))
TABLE = "customer_bridge"
CHURN_KEYS = (
    "customers_previous",
    "customers_lost",
    "customer_churn",
    "revenue_previous",
    "revenue_lost",
    "revenue_churn",
    "significant",
)


def figures(
    output_dir: str | Path,
    load_info: dict[str, Any],
    segments: SegmentFigures | None = None,
    lang: str = "fr",
) -> RetentionFigures:
    """The section's figures from the hand-over files of 01 and 02 (computed once), by
    segment of ``segments`` (the segment section's figures; computed here, without clusters,
    when not given)."""
    eng = load_info["engagement"]
    start, end = pd.Timestamp(eng["period_start"]), pd.Timestamp(eng["period_end"])
    invoices = interim.read(output_dir, "invoices")
    profile = interim.read(output_dir, "profile")
    if segments is None:
        customers = interim.read(output_dir, "customers")
        segments = segment_figures(
            profile, invoices, customers, start, end, eng.get("segmentation"), lang, False
        )
    return retention_figures(invoices, profile, start, end, segments.base, segments.criteria)


def churn_by_segment(figs: RetentionFigures, lang: str = "fr") -> dict[str, Any]:
    """``{criterion, rows}``: the first criterion's name (None without criteria) and per
    segment (its label as shown) the previous customers, lost customers, customer_churn,
    revenue_previous, revenue_lost, revenue_churn (fractions) and significant (bool)."""
    if figs.criterion is None:
        return {"criterion": None, "rows": []}
    table = figs.churn_segments[figs.criterion]
    rows = table[list(CHURN_KEYS)].assign(segment=segment_labels(table[SEGMENT_KEYS[:4]], lang))
    records = rows[["segment", *CHURN_KEYS]].to_dict("records")
    return {"criterion": figs.criterion, "rows": [plain(r) for r in records]}


def to_metrics(figs: RetentionFigures, lang: str = "fr") -> dict[str, Any]:
    """``retention``: the bridge (revenue_previous, lost, declining, growing, new, revenue;
    currency, lost and declining negative, adding up to the cent), customer_retention,
    gross_revenue_retention, net_revenue_retention (fractions, null without previous
    customers) and churn_by_segment (:func:`churn_by_segment`)."""
    t, r = figs.totals, figs.rates
    retention = {
        "revenue_previous": t.revenue_previous,
        **t.steps(),
        "revenue": t.revenue,
        "customer_retention": r.customer_retention,
        "gross_revenue_retention": r.gross_revenue_retention,
        "net_revenue_retention": r.net_revenue_retention,
        "churn_by_segment": churn_by_segment(figs, lang),
    }
    return {"retention": plain(retention)}


def findings(figs: RetentionFigures, lang: str = "fr", currency: str = "EUR") -> list[str]:
    """The front-page lines (plain text): the bridge with the largest lost customer, the
    rates, and the segment of the first criterion losing the most revenue."""
    t, r = figs.totals, figs.rates
    lost = figs.bridge[figs.bridge["step"] == "lost"]
    biggest = ""
    if len(lost):
        top = lost.loc[lost["change_cents"].idxmin()]
        amount = signed_money(top["change"], lang, currency)
        biggest = label("brief_retention_biggest", lang, name=top["customer_name"], amount=amount)
    steps = {s: signed_money(getattr(t, s), lang, currency) for s in STEPS}
    lines = [
        label(
            "brief_retention_bridge",
            lang,
            previous=fmt_money(t.revenue_previous, lang, currency),
            revenue=fmt_money(t.revenue, lang, currency),
            biggest=biggest,
            **steps,
        )
    ]
    if r.customers_previous:
        lines.append(
            label(
                "brief_retention_rates",
                lang,
                customers=fmt_pct(r.customer_retention, lang),
                gross=fmt_pct(r.gross_revenue_retention, lang),
                net=fmt_pct(r.net_revenue_retention, lang),
            )
        )
    return lines + _segment_finding(figs, lang, currency)


def _segment_finding(figs: RetentionFigures, lang: str, currency: str) -> list[str]:
    """The segment of the first criterion losing the most revenue (none without a loss)."""
    if figs.criterion is None:
        return []
    table = figs.churn_segments[figs.criterion]
    if not (table["revenue_lost"] > 0).any():
        return []
    top = table["revenue_lost"].idxmax()
    segment = segment_labels(table.loc[[top], SEGMENT_KEYS[:4]], lang).iloc[0]
    return [
        label(
            "brief_retention_segment",
            lang,
            criterion=labels.attribute_label(figs.criterion, lang),
            segment=segment,
            lost=fmt_money(-table.loc[top, "revenue_lost"], lang, currency),
        )
    ]


def publish(
    output_dir: str | Path, figs: RetentionFigures, lang: str = "fr", currency: str = "EUR"
) -> None:
    """Write the interim table ``customer_bridge`` and hand the section's metrics.json key and
    front-page lines to the report."""
    interim.write(output_dir, TABLE, figs.bridge)
    sections.publish(output_dir, SECTION, to_metrics(figs, lang), findings(figs, lang, currency))
