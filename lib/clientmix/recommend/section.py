"""The "Recommendations" section of the report (notebook 05_recommend): its figures, computed
once, its metrics.json keys (summary, effort, sleeping_revenue, targets, actions), the interim
table of the action plan (written as plan_actions.xlsx by the report) and its lines for the
front page: the summary's sentences, then the first actions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from clientmix.core import interim, sections
from clientmix.core.names import customer_names
from clientmix.ingest.config import load_config
from clientmix.recommend.figures import FIRST_ACTIONS, RecommendFigures, recommend_figures
from clientmix.recommend.inputs import read_inputs
from clientmix.recommend.texts import action_text, finding_text, plan_frame

SECTION = sections.Section(
    name="recommend",
    notebook="05_recommend",
    keys=("summary", "effort", "sleeping_revenue", "targets", "actions"),
)
#: the interim table of the plan (worded, in the report's language)
PLAN_TABLE = "plan_actions"


def options(load_info: dict[str, Any]) -> dict[str, Any]:
    """engagement.yaml ``recommend`` (read again from the engagement folder)."""
    return load_config(load_info["engagement"]["root"]).recommend


def figures(output_dir: str | Path, load_info: dict[str, Any]) -> RecommendFigures:
    """The section's figures from what the earlier sections published and the interim
    tables, with the engagement's ``recommend`` settings."""
    return recommend_figures(read_inputs(output_dir, options(load_info)))


def findings(figs: RecommendFigures, lang: str = "fr", currency: str = "EUR") -> list[str]:
    """The front page's lines: one sentence per finding (metrics.json ``summary`` order), then
    the first actions (plain text)."""
    names = figs.names or customer_names(figs.customers)
    lines = [finding_text(f, names, lang, currency) for f in figs.findings]
    plan = plan_frame(figs, names, lang, currency)
    return lines + plan["plan_what"].head(FIRST_ACTIONS).tolist() if len(plan) else lines


def publish(
    output_dir: str | Path, figs: RecommendFigures, lang: str = "fr", currency: str = "EUR"
) -> None:
    """Write the interim plan table and hand the section's keys and lines to the report."""
    names = figs.names or customer_names(figs.customers)
    interim.write(output_dir, PLAN_TABLE, plan_frame(figs, names, lang, currency))
    sections.publish(output_dir, SECTION, figs.to_metrics(), findings(figs, lang, currency))


def first_actions_text(figs: RecommendFigures, lang: str = "fr", currency: str = "EUR") -> list:
    """The first actions' sentences (plain text)."""
    names = figs.names or customer_names(figs.customers)
    return [action_text(r, names, lang, currency) for r in figs.first_actions.itertuples()]
