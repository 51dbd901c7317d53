"""Stage "retention" (notebook 03_segment): the revenue bridge from the 12 months before the
period to the period, retention rates, churn by group, lost against kept customers, cohorts."""

from clientmix.retention.bridge import (
    STEPS,
    Bridge,
    bridge_by,
    bridge_totals,
    customer_bridge,
    main_names,
)
from clientmix.retention.figures import RetentionFigures, retention_figures
from clientmix.retention.rates import Rates, retention_rates, yearly_rates

__all__ = [
    "STEPS",
    "Bridge",
    "Rates",
    "RetentionFigures",
    "bridge_by",
    "bridge_totals",
    "customer_bridge",
    "main_names",
    "retention_figures",
    "retention_rates",
    "yearly_rates",
]
