"""Sentences and tables of the 'Dependency' section (notebook 05_recommend), from the figures
computed once (:class:`clientmix.dependency.figures.DependencyFigures`). Wording keys ``dep_*``
of the ``dependency`` area tables."""

from clientmix.dependency.texts.concentration import (
    concentration_table,
    concentration_verdict,
    hhi_reading,
)
from clientmix.dependency.texts.margin import margin_table, margin_verdict
from clientmix.dependency.texts.montecarlo import monte_carlo_text
from clientmix.dependency.texts.rules import verdict_rules
from clientmix.dependency.texts.scenarios import scenario_table, scenario_text
from clientmix.dependency.texts.sectors import sector_table, sector_text
from clientmix.dependency.texts.top import top_customers_table, top_customers_text
from clientmix.dependency.texts.trend import trend_table, trend_text

__all__ = [
    "concentration_table",
    "concentration_verdict",
    "hhi_reading",
    "margin_table",
    "margin_verdict",
    "monte_carlo_text",
    "scenario_table",
    "scenario_text",
    "sector_table",
    "sector_text",
    "top_customers_table",
    "top_customers_text",
    "trend_table",
    "verdict_rules",
    "trend_text",
]
