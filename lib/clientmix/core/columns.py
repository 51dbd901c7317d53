"""The profile column registry: which profile columns are measures, not customer attributes.

The profile (:func:`clientmix.profile.customer_profile`) is one row per customer: the measures
computed from the invoices, in the order of :data:`PROFILE_MEASURES`, then the columns of the
customers file. Everything that is not in :data:`PROFILE_COLUMNS` is a customer-file attribute
the report may split customers by.
"""

from __future__ import annotations

PROFILE_MEASURES: tuple[str, ...] = (
    "customer_id",
    "customer_name",
    "revenue",
    "cost",
    "gross_margin",
    "gross_margin_rate",
    "invoices",
    "credit_notes",
    "first_date",
    "last_date",
    "tenure_days",
    "recency_days",
    "active_months",
    "revenue_prev",
    "growth",
    "status",
    "purchase_days",
    "silence_days",
    "rhythm_days",
    "rhythm_default",
)
"""The columns the profile computes (ids, name and measures), in the profile's column order."""

MODEL_INPUTS: tuple[str, ...] = ("loss_probability",)
"""Customer-file columns read as inputs of a model (the Monte Carlo's own loss probability of
a customer), never used to split customers in groups; they keep their place in the profile."""

PROFILE_COLUMNS: frozenset[str] = frozenset(PROFILE_MEASURES + MODEL_INPUTS)
"""Columns of the profile that are not customer attributes: the measures and model inputs."""
