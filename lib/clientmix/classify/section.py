"""The "Customers do not all weigh the same" section of the report (notebook 04_classify): its
figures, computed once, its metrics.json keys and its lines for the front page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from clientmix.classify.figures import ClassifyFigures, Settings, classify_figures
from clientmix.core import interim, sections
from clientmix.core.formats import fmt_int, fmt_pct
from clientmix.core.labels import label

SECTION = sections.Section(
    name="classify",
    notebook="04_classify",
    keys=("abc", "classes", "strategic", "too_large", "tiers", "money_losing"),
)


def figures(output_dir: str | Path, engagement: Any) -> ClassifyFigures:
    """The section's figures from the interim profile (and the future-value table when that
    stage wrote it), with ``engagement``'s settings (a checked
    :class:`clientmix.ingest.config.Engagement`)."""
    profile = interim.read(output_dir, "profile")
    future = (
        interim.read(output_dir, "future_value")
        if interim.exists(output_dir, "future_value")
        else None
    )
    settings = Settings.from_engagement(
        engagement.classify, engagement.thresholds.get("major", 0.10)
    )
    return classify_figures(profile, settings, future)


def publish(output_dir: str | Path, figs: ClassifyFigures, lang: str = "fr") -> None:
    """Write the interim table "customer_classes" and hand the section's metrics.json keys and
    front-page line to the report."""
    interim.write(output_dir, "customer_classes", figs.table())
    metrics = figs.to_metrics()
    sections.publish(output_dir, SECTION, metrics, findings(figs, lang))


def findings(figs: ClassifyFigures, lang: str = "fr") -> list[str]:
    """One front-page line: loyal and small customers' weight, gold customers' share of the
    total positive contribution, money-losing customers (plain text)."""
    metrics = figs.to_metrics()
    classes, tiers = metrics["classes"], metrics["tiers"]
    customers = len(figs.customers)
    positive = figs.customers["contribution"].clip(lower=0).sum()
    if not customers:
        return []
    losing = metrics["money_losing"]
    return [
        label(
            "classify_brief",
            lang,
            loyal=fmt_int(classes["loyal"]["customers"], lang),
            loyal_share=fmt_pct(classes["loyal"]["revenue_share"], lang),
            small=fmt_int(classes["small"]["customers"], lang),
            small_customers=fmt_pct(classes["small"]["customers"] / customers, lang),
            small_share=fmt_pct(classes["small"]["revenue_share"], lang),
            gold=fmt_int(tiers["gold"]["customers"], lang),
            gold_share=fmt_pct(
                tiers["gold"]["contribution"] / positive if positive else None, lang
            ),
            losing=label("classify_brief_losing", lang, count=fmt_int(len(losing), lang))
            if losing
            else "",
        )
    ]
