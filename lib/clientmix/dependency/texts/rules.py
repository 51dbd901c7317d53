"""The two verdict rules of the section in words, for the report's appendix ("Méthode et
données" / "Method and data"): sector concentration and the trend of dependence."""

from __future__ import annotations

from collections.abc import Mapping

from clientmix.core.labels import fmt_int, fmt_num, fmt_pct, label
from clientmix.dependency import verdicts

#: The number of sectors of the worked example in the sector rule.
EXAMPLE_SECTORS = 6


def verdict_rules(lang: str = "fr", thresholds: Mapping[str, float] | None = None) -> list[str]:
    """The sector rule and the trend rule, one plain sentence each, with the thresholds in use
    (engagement.yaml ``thresholds:`` hhi_moderate, hhi_high; defaults 1,000 and 1,800)."""
    th = dict(thresholds or {})
    sector = label(
        "dep_rule_sector",
        lang,
        n_example=EXAMPLE_SECTORS,
        floor_example=fmt_int(10_000 / EXAMPLE_SECTORS, lang),
        moderate=fmt_int(th.get("hhi_moderate", 1000.0), lang),
        high=fmt_int(th.get("hhi_high", 1800.0), lang),
        half=fmt_pct(verdicts.SECTOR_HALF, lang, 0),
    )
    trend = label(
        "dep_rule_trend",
        lang,
        top1_tolerance=fmt_num(verdicts.TOP1_TOLERANCE * 100, lang, 0),
        hhi_tolerance=fmt_pct(verdicts.HHI_TOLERANCE, lang, 0),
    )
    return [sector, trend]
