"""The recommendations' figures, computed once (notebook 05_recommend and its section): the
summary's findings, processes per class, effort against value, sleeping revenue,
diversification targets, the key-account team and the action plan.

Everything rests on the customers invoiced in the period and on the keys the earlier sections
published (:mod:`clientmix.recommend.inputs`); a figure whose inputs are absent is None and the
rules resting on it stay silent.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from clientmix.recommend import plan as plan_mod
from clientmix.recommend.effort import Effort, effort_against_value
from clientmix.recommend.inputs import Inputs
from clientmix.recommend.plan import Action
from clientmix.recommend.processes import class_table
from clientmix.recommend.rules import Facts, Finding, main_criterion, summary
from clientmix.recommend.sleeping import Sleeping, sleeping_revenue
from clientmix.recommend.targets import Targets, diversification_targets
from clientmix.recommend.team import Team, key_account_team

FIRST_ACTIONS = 3
SEDUCE_ACCOUNTS = 10


@dataclass
class RecommendFigures:
    """Everything the section shows (see the module docstring)."""

    findings: list[Finding]
    classes: pd.DataFrame
    effort: Effort
    sleeping: Sleeping
    targets: Targets | None
    team: Team
    plan: pd.DataFrame
    customers: pd.DataFrame
    metrics: Mapping[str, Any]
    names: Mapping[str, str]

    @property
    def first_actions(self) -> pd.DataFrame:
        """The first :data:`FIRST_ACTIONS` steps of the plan."""
        return self.plan.head(FIRST_ACTIONS)

    def to_metrics(self) -> dict[str, Any]:
        """metrics.json keys summary, effort, sleeping_revenue, targets, actions."""
        return {
            "summary": [f.to_metrics() for f in self.findings],
            "effort": self.effort.to_metrics(),
            "sleeping_revenue": self.sleeping.to_metrics(),
            "targets": self.targets.to_metrics() if self.targets else None,
            "actions": plan_mod.to_metrics(self.plan) if len(self.plan) else [],
        }


def recommend_figures(inputs: Inputs) -> RecommendFigures:
    """:class:`RecommendFigures` of ``inputs``."""
    m, customers = inputs.metrics, inputs.customers
    options = inputs.options or {}
    revenue_total = float(customers["revenue"].sum())
    effort = effort_against_value(customers)
    sleeping = sleeping_revenue(customers, inputs.segment_column, revenue_total)
    major = (m.get("concentration") or {}).get("thresholds", {}).get("major", 0.10)
    by = m.get("segments") or {}
    segments = by.get(main_criterion(by)) if by else None
    targets = diversification_targets(
        customers["revenue"], customers["customer_id"], segments, major, options.get("targets")
    )
    strategic_sleep = _sleeping_of(sleeping, customers, "strategic")
    team = key_account_team(customers, m, _team_settings(options), inputs.products, strategic_sleep)
    findings = summary(Facts(m, effort, sleeping))
    actions = choose_actions(findings, customers, effort, sleeping, targets, team)
    start = plan_mod.plan_start(inputs.period_end, (options.get("plan") or {}).get("start"))
    return RecommendFigures(
        findings=findings,
        classes=class_table(customers),
        effort=effort,
        sleeping=sleeping,
        targets=targets,
        team=team,
        plan=plan_mod.schedule(actions, start),
        customers=customers,
        metrics=m,
        names=inputs.names,
    )


def _team_settings(options: Mapping[str, Any]) -> dict[str, Any]:
    from clientmix.ingest.config_recommend import DEFAULT_RECOMMEND

    return {**DEFAULT_RECOMMEND["team"], **(options.get("team") or {})}


def _sleeping_of(sleeping: Sleeping, customers: pd.DataFrame, flag: str) -> float | None:
    """Sleeping revenue of the customers flagged ``flag`` (None when nobody is)."""
    if flag not in customers or "kam_class" not in customers:
        return None
    if sleeping.customers.empty:
        return 0.0
    ids = set(customers.loc[customers[flag].fillna(False).astype(bool), "customer_id"])
    rows = sleeping.customers[sleeping.customers["customer_id"].isin(ids)]
    return float(rows["sleeping"].sum())


def choose_actions(
    findings: list[Finding],
    customers: pd.DataFrame,
    effort: Effort,
    sleeping: Sleeping,
    targets: Targets | None,
    team: Team,
) -> list[Action]:
    """The actions the findings call for (see :data:`clientmix.recommend.plan.CATALOGUE`)."""
    light = {f.code: f.light for f in findings}
    by_code = {f.code: f for f in findings}
    actions: list[Action] = []
    lost = by_code.get("lost_big_customers")
    if lost is not None:
        actions.append(Action("understand_losses", lost.fields["ids"], light=lost.light))
    if targets is not None and (targets.too_large or light.get("dependence") in ("red", "amber")):
        ids = targets.too_large or [str(by_code["dependence"].fields["top"])]
        actions.append(
            Action(
                "secure_large_accounts",
                ids,
                targets.top1_share,
                float(targets.horizons["top1_share"].iloc[0]),
                light.get("dependence"),
            )
        )
    if "kam_class" in customers:
        actions.append(Action("share_classes", current=None, target=1.0))
    actions.extend(_effort_actions(effort, light.get("effort")))
    if team.accounts:
        actions.append(
            Action(
                "key_account_team",
                team.accounts,
                current=float(team.indicators["value"].iloc[0]),
                fields={"structure": team.structure, "count": len(team.accounts)},
            )
        )
    if len(sleeping.customers):
        top = sleeping.customers.head(SEDUCE_ACCOUNTS)
        current = float(top["revenue"].sum())
        actions.append(
            Action(
                "seduce_high_potential",
                top["customer_id"].tolist(),
                current,
                current + float(top["sleeping"].sum()) / 2,
                light.get("sleeping_revenue"),
            )
        )
    actions.extend(_tier_and_growth(customers, targets, light))
    actions.append(Action("quarterly_review"))
    return actions


def _effort_actions(effort: Effort, light: str | None) -> list[Action]:
    if not effort.available:
        return [Action("collect_effort", target=1.0)]
    if light not in ("red", "amber"):
        return []
    current = effort.share("class", "small", "effort_share")
    revenue = effort.share("class", "small", "revenue_share") or 0.0
    target = None if current is None else revenue + (current - revenue) / 2
    return [
        Action(
            "move_effort",
            current=current,
            target=target,
            light=light,
            fields={"hours": effort.movable_hours},
        )
    ]


def _tier_and_growth(
    customers: pd.DataFrame, targets: Targets | None, light: Mapping[str, str]
) -> list[Action]:
    out = []
    if "tier" in customers:
        gold = customers[customers["tier"] == "gold"]
        contribution = float(gold["contribution"].sum()) if "contribution" in gold else None
        out.append(
            Action(
                "service_tiers",
                gold["customer_id"].astype(str).tolist(),
                contribution,
                contribution,
            )
        )
    if targets is not None and float(targets.horizons["new_revenue"].iloc[0]) > 0:
        one = targets.horizons.iloc[0]
        worst = light.get("sector_dependence") or light.get("dependence")
        out.append(
            Action(
                "diversify",
                current=targets.top1_share,
                target=float(one.top1_share),
                light=worst if worst in ("red", "amber") else None,
                fields={
                    "new_revenue": float(one.new_revenue),
                    "new_customers": int(one.new_customers),
                },
            )
        )
    return out
