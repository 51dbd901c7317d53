"""The section's prose and tables: processes per class, department x class, effort against
value, sleeping revenue, targets, key-account team and the action plan. Cells are plain text
(the display table escapes them); prose escapes names for Markdown."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from clientmix.core.display import Prose, Table
from clientmix.core.labels import (
    escape,
    fmt_date,
    fmt_int,
    fmt_money,
    fmt_num,
    fmt_pct,
    fmt_signed_pct,
    is_missing,
    label,
)
from clientmix.recommend.figures import RecommendFigures
from clientmix.recommend.processes import CLASSES, department_grid
from clientmix.recommend.texts.summary import action_text, counted, names_text

SLEEPING_ROWS = 15


def _frame(rows: list[dict], lang: str) -> pd.DataFrame:
    frame = pd.DataFrame(rows)
    frame.columns = [label(f"rec_col_{c}", lang) for c in frame.columns]
    return frame


def processes_table(
    figs: RecommendFigures, names: Mapping[str, str], lang: str = "fr", currency: str = "EUR"
) -> tuple:
    """One row per class: process, service level, customers, revenue, shares, main names."""
    if figs.classes.empty:
        return ()
    rows = [
        {
            "class": label(f"classify_class_{r.kam_class}", lang),
            "process": label(f"rec_process_{r.process}", lang),
            "service": label(f"classify_tier_{r.service}", lang),
            "customers": fmt_int(r.customers, lang),
            "revenue": fmt_money(r.revenue, lang, currency),
            "revenue_share": fmt_pct(r.revenue_share, lang),
            "main": names_text(r.main_ids, names, lang=lang),
        }
        for r in figs.classes.itertuples()
    ]
    head = f"### {label('rec_h_processes', lang)}\n\n" + label("rec_processes_intro", lang)
    return Prose(head), Table(_frame(rows, lang))


def departments_table(lang: str = "fr") -> tuple:
    """Department x class: what changes for each team (seed 003, step 4)."""
    grid = department_grid()
    rows = [
        {
            "department": label(f"rec_dept_{dept}", lang),
            **{c: label(grid.loc[dept, c], lang) for c in CLASSES},
        }
        for dept in grid.index
    ]
    frame = pd.DataFrame(rows)
    frame.columns = [label("rec_col_department", lang)] + [
        label(f"classify_class_{c}", lang) for c in CLASSES
    ]
    return Prose(f"### {label('rec_h_departments', lang)}\n"), Table(frame)


def effort_text(figs: RecommendFigures, lang: str = "fr") -> tuple:
    """Effort against value: prose and the table per group, or what data to collect."""
    e = figs.effort
    head = f"### {label('rec_h_effort', lang)}\n\n"
    if not e.available:
        return (Prose(head + label("rec_effort_missing", lang)),)
    without = ""
    if e.customers_without:
        without = counted(
            "rec_effort_without",
            e.customers_without,
            lang,
            count=fmt_int(e.customers_without, lang),
        )
    prose = Prose(
        head
        + counted(
            "rec_effort_intro",
            round(e.movable_hours),
            lang,
            hours=fmt_int(e.hours_total, lang),
            without=without,
            movable=fmt_int(e.movable_hours, lang),
        )
    )
    rows = [
        {
            "group": label(f"classify_class_{r.group}", lang)
            if r.by == "class"
            else label(f"rec_group_{r.group}", lang),
            "customers": fmt_int(r.customers, lang),
            "hours": fmt_int(r.hours, lang),
            "effort_share": fmt_pct(r.effort_share, lang),
            "revenue_share": fmt_pct(r.revenue_share, lang),
            "contribution_share": fmt_pct(r.contribution_share, lang),
            "excess_hours": fmt_int(r.excess_hours, lang),
        }
        for r in e.groups.itertuples()
    ]
    return prose, Table(_frame(rows, lang))


def sleeping_text(
    figs: RecommendFigures, names: Mapping[str, str], lang: str = "fr", currency: str = "EUR"
) -> tuple:
    """Sleeping revenue: total, share and the customers ranked."""
    s = figs.sleeping
    head = f"### {label('rec_h_sleeping', lang)}\n\n"
    if s.customers.empty:
        return (Prose(head + label("rec_sleeping_none", lang)),)
    prose = Prose(
        head
        + counted(
            "rec_sleeping_intro",
            len(s.customers),
            lang,
            total=fmt_money(s.total, lang, currency),
            share=fmt_pct(s.share, lang),
            customers=fmt_int(len(s.customers), lang),
        )
    )
    rows = [
        {
            "customer": names.get(r.customer_id, r.customer_id),
            "revenue": fmt_money(r.revenue, lang, currency),
            "reachable": fmt_money(r.reachable, lang, currency),
            "sleeping": fmt_money(r.sleeping, lang, currency),
            "source": label(f"rec_source_{r.source}", lang),
        }
        for r in s.customers.head(SLEEPING_ROWS).itertuples()
    ]
    return prose, Table(_frame(rows, lang))


def targets_text(
    figs: RecommendFigures, names: Mapping[str, str], lang: str = "fr", currency: str = "EUR"
) -> tuple:
    """The diversification targets: prose, horizons and segments."""
    t = figs.targets
    head = f"### {label('rec_h_targets', lang)}\n\n"
    if t is None:
        return (Prose(head),)
    h = t.horizons.set_index("horizon")
    major = (figs.metrics.get("concentration") or {}).get("thresholds", {}).get("major", 0.10)
    if h.loc["3y", "new_revenue"] <= 0:
        text = label(
            "rec_targets_hold",
            lang,
            share=fmt_pct(t.top1_share, lang),
            major=fmt_pct(major, lang, 0),
        )
        return (Prose(head + text),)
    text = label(
        "rec_targets_intro",
        lang,
        share=fmt_pct(t.top1_share, lang),
        new_1y=fmt_money(h.loc["1y", "new_revenue"], lang, currency),
        target_1y=fmt_pct(h.loc["1y", "top1_share"], lang),
        new_3y=fmt_money(h.loc["3y", "new_revenue"], lang, currency),
        target_3y=fmt_pct(h.loc["3y", "top1_share"], lang),
    )
    if t.too_large:
        text += label(
            "rec_targets_large", lang, names=escape(names_text(t.too_large, names, 5, lang))
        )
    rows = [
        {
            "horizon": label(f"rec_horizon_{r.horizon}", lang),
            "segment": str(r.segment),
            "new_revenue": fmt_money(r.new_revenue, lang, currency),
            "average": fmt_money(r.average_revenue, lang, currency),
            "new_customers": fmt_int(r.new_customers, lang),
        }
        for r in t.segments.itertuples()
    ]
    return Prose(head + text), Table(_frame(rows, lang)) if rows else Prose("")


def team_text(figs: RecommendFigures, lang: str = "fr", currency: str = "EUR") -> tuple:
    """The key-account team: structure, the criteria and the indicators at four levels."""
    team = figs.team
    head = f"### {label('rec_h_team', lang)}\n\n"
    if not team.accounts:
        return (Prose(head + label("rec_team_none", lang)),)
    prose = Prose(
        head
        + counted(
            f"rec_team_{team.structure}",
            len(team.accounts),
            lang,
            count=fmt_int(len(team.accounts), lang),
        )
    )
    crit_rows = []
    for r in team.criteria.itertuples():
        met = "unknown" if r.met is None or is_missing(r.met) else ("yes" if r.met else "no")
        crit_rows.append(
            {
                "criterion": _criterion_text(r, team.settings or {}, lang, currency),
                "met": label(f"rec_met_{met}", lang),
            }
        )
    ind_rows = [
        {
            "level": label(f"rec_level_{r.level}", lang),
            "indicator": label(f"rec_i_{r.indicator}", lang),
            "value": _value(r.value, r.unit, lang, currency),
        }
        for r in team.indicators.itertuples()
    ]
    return prose, Table(_frame(crit_rows, lang)), Table(_frame(ind_rows, lang))


def _criterion_text(r: object, settings: Mapping, lang: str, currency: str) -> str:
    """One criterion of the team's choice with its value and the threshold of a dedicated
    team (engagement.yaml ``recommend.team``)."""
    if r.criterion == "needs" and (r.value is None or is_missing(r.value)):
        return label("rec_crit_needs_unknown", lang)
    if r.criterion == "size":
        least = fmt_money(settings.get("dedicated_min_revenue"), lang, currency)
        people = settings.get("sales_people")
        sales = (
            label("rec_sales_unknown", lang)
            if people is None
            else counted("rec_sales_people", people, lang, count=fmt_int(people, lang))
        )
        value = fmt_money(r.value, lang, currency)
        return label("rec_crit_size", lang, value=value, min=least, sales=sales)
    if r.criterion == "needs":
        return label("rec_crit_needs", lang, value=fmt_num(r.value, lang, 1), min="")
    least = fmt_int(settings.get("dedicated_min_accounts"), lang)
    return label("rec_crit_accounts", lang, value=fmt_int(r.value, lang), min=least)


def _value(value: object, unit: str, lang: str, currency: str) -> str:
    if value is None or is_missing(value):
        return label("rec_to_measure", lang)
    if unit == "money":
        return fmt_money(value, lang, currency)
    if unit == "pct":
        return fmt_pct(value, lang)
    if unit == "signed_pct":
        return fmt_signed_pct(value, lang)
    return fmt_int(value, lang)


def indicator_value(value: object, indicator: str, lang: str, currency: str) -> str:
    """An action's indicator value: a share for shares, money for revenue and contribution."""
    if value is None or is_missing(value):
        return "–"
    if "share" in indicator or indicator in ("customers_classified", "customers_with_effort"):
        return fmt_pct(value, lang)
    return fmt_money(value, lang, currency)


def plan_frame(
    figs: RecommendFigures, names: Mapping[str, str], lang: str = "fr", currency: str = "EUR"
) -> pd.DataFrame:
    """The dated plan with codes: plan_step, plan_what, plan_customers, plan_who,
    plan_indicator, plan_current, plan_target, plan_start, plan_due (dates as dates)."""
    segments = ""
    if figs.targets is not None and len(figs.targets.segments):
        one = figs.targets.segments[figs.targets.segments["horizon"] == "1y"]
        segments = ", ".join(str(s) for s in one["segment"].head(4))
    rows = [
        {
            "plan_step": int(r.step),
            "plan_what": action_text(r, names, lang, currency, segments),
            "plan_customers": names_text(list(r.customers), names, 5, lang),
            "plan_who": label(f"rec_who_{r.who}", lang),
            "plan_indicator": label(f"rec_ind_{r.indicator}", lang),
            "plan_current": indicator_value(r.current, r.indicator, lang, currency),
            "plan_target": indicator_value(r.target, r.indicator, lang, currency),
            "plan_start": r.start.date(),
            "plan_due": r.due.date(),
        }
        for r in figs.plan.itertuples()
    ]
    return pd.DataFrame(rows)


def plan_table(
    figs: RecommendFigures, names: Mapping[str, str], lang: str = "fr", currency: str = "EUR"
) -> tuple:
    """The action plan for the report: prose and the dated table."""
    frame = plan_frame(figs, names, lang, currency)
    head = Prose(f"### {label('rec_h_plan', lang)}\n\n{label('rec_plan_intro', lang)}")
    if frame.empty:
        return (head,)
    shown = frame.copy()
    for column in ("plan_start", "plan_due"):
        shown[column] = shown[column].map(lambda d: fmt_date(d, lang))
    shown.columns = [label(c, lang) for c in shown.columns]
    return head, Table(shown)
