"""The profile column registry: which profile columns are measures, not customer attributes."""

from __future__ import annotations

# Columns of the profile that are measures, not customer-file attributes.
PROFILE_COLUMNS = frozenset(
    {
        "customer_id",
        "customer_name",
        "revenue",
        "cost",
        "gross_margin",
        "gross_margin_rate",
        "credit_notes",
        "invoices",
        "first_date",
        "last_date",
        "tenure_days",
        "recency_days",
        "active_months",
        "revenue_prev",
        "growth",
        "status",
        "loss_probability",
    }
)
