"""Stage 02 "profile": one row per customer of the analysis period (revenue, margin, tenure,
recency, trend and status)."""

from clientmix.profile.build import customer_profile
from clientmix.profile.status import STATUSES, customer_trend

__all__ = ["STATUSES", "customer_profile", "customer_trend"]
