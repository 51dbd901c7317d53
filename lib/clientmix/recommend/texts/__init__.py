"""The recommendations' texts and tables for the report (wording through labels)."""

from __future__ import annotations

from collections.abc import Iterable

from clientmix.recommend.texts.summary import (
    action_text,
    finding_text,
    methods_prose,
    names_text,
    summary_prose,
)
from clientmix.recommend.texts.tables import (
    departments_table,
    effort_text,
    plan_frame,
    plan_table,
    processes_table,
    sleeping_text,
    targets_text,
    team_text,
)

__all__ = [
    "action_text",
    "departments_table",
    "effort_text",
    "finding_text",
    "methods_prose",
    "names_text",
    "plan_frame",
    "plan_table",
    "processes_table",
    "show",
    "sleeping_text",
    "summary_prose",
    "targets_text",
    "team_text",
]


def show(items: Iterable[object]) -> None:
    """Display each item (prose, table) one after the other in the notebook."""
    from IPython.display import display

    for item in items:
        display(item)
