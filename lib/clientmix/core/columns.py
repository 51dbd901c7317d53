"""The profile column registry: which profile columns are measures, not customer attributes,
and how each is shown.

The profile (:func:`clientmix.profile.customer_profile`) is one row per customer invoiced in the
period: the measures computed from the invoices, in the order of :data:`PROFILE_MEASURES`
(with the 12-month windows before the period, :func:`window_column`), then the columns of the
customers file and the ledger attributes. Everything that is not in :data:`PROFILE_COLUMNS` is
an attribute the report may split customers by. :data:`PROFILE_FORMATS` gives the kind of each
measure (money, percent, integer, date, number), which clients.xlsx uses for its formats.
"""

from __future__ import annotations

import re

PROFILE_MEASURES: tuple[str, ...] = (
    "customer_id",
    "customer_name",
    "revenue_rank",
    "revenue",
    "revenue_share",
    "cost",
    "gross_margin",
    "gross_margin_rate",
    "invoices",
    "distinct_invoices",
    "average_invoice",
    "credit_notes",
    "products",
    "product_families",
    "first_date",
    "last_date",
    "tenure_days",
    "recency_days",
    "active_months",
    "revenue_prev",
    "gross_margin_prev",
    "gross_margin_rate_prev",
    "growth",
    "status",
    "purchase_days",
    "silence_days",
    "rhythm_days",
    "rhythm_default",
    "revenue_per_hour",
    "margin_per_hour",
)
"""The columns the profile computes (ids, name and measures), in the profile's column order;
the windows before the previous 12 months (``revenue_prev_2``...) follow
``gross_margin_rate_prev``."""

WINDOW_MEASURES: tuple[str, ...] = ("revenue", "gross_margin", "gross_margin_rate")
"""The measures given for each 12-month window before the period."""

_WINDOW = re.compile(r"^(revenue|gross_margin|gross_margin_rate)_prev(_[0-9]+)?$")


def window_column(measure: str, k: int) -> str:
    """The profile column of ``measure`` in the k-th 12-month window before the period (k = 1:
    the 12 months just before, ``revenue_prev``; k = 2: ``revenue_prev_2``...)."""
    return f"{measure}_prev" if k == 1 else f"{measure}_prev_{k}"


def window_of(column: str) -> tuple[str, int] | None:
    """(measure, k) of a window column (:func:`window_column`), None for any other column."""
    match = _WINDOW.match(column)
    if match is None:
        return None
    return match.group(1), int(match.group(2)[1:]) if match.group(2) else 1


MODEL_INPUTS: tuple[str, ...] = ("loss_probability",)
"""Customer-file columns read as inputs of a model (the Monte Carlo's own loss probability of
a customer), never used to split customers in groups; they keep their place in the profile."""


class _Registry(frozenset):
    """A frozenset of column names that also holds every window column (``revenue_prev_7``)."""

    def __contains__(self, column: object) -> bool:
        if frozenset.__contains__(self, column):
            return True
        return isinstance(column, str) and window_of(column) is not None


PROFILE_COLUMNS: frozenset[str] = _Registry(PROFILE_MEASURES + MODEL_INPUTS)
"""Columns of the profile that are not customer attributes: the measures (window columns
included) and model inputs."""

PROFILE_FORMATS: dict[str, str] = {
    "revenue_rank": "int",
    "revenue": "money",
    "revenue_share": "pct",
    "cost": "money",
    "gross_margin": "money",
    "gross_margin_rate": "pct",
    "invoices": "int",
    "distinct_invoices": "int",
    "average_invoice": "money",
    "credit_notes": "int",
    "products": "int",
    "product_families": "int",
    "first_date": "date",
    "last_date": "date",
    "tenure_days": "int",
    "recency_days": "int",
    "active_months": "int",
    "growth": "pct",
    "purchase_days": "int",
    "silence_days": "int",
    "rhythm_days": "num",
    "revenue_per_hour": "money",
    "margin_per_hour": "money",
}
"""Kind of each measure: "money" (currency), "pct" (fraction shown as a percent), "int",
"num" or "date"; window columns take the kind of their measure (:func:`column_format`)."""


def column_format(column: str) -> str | None:
    """The kind of a profile column (:data:`PROFILE_FORMATS`, window columns included), None
    for an attribute or a text column."""
    window = window_of(column)
    if window is not None:
        return "pct" if window[0] == "gross_margin_rate" else "money"
    return PROFILE_FORMATS.get(column)
