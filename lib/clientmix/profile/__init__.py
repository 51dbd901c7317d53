"""Stage 02 "profile": one row per customer invoiced in the analysis period (revenue, margin,
windows before it, purchases, tenure, recency, trend and status); former customers and
prospects apart."""

from clientmix.profile.build import CustomerBase, customer_base, customer_profile
from clientmix.profile.status import STATUSES, customer_trend

__all__ = ["STATUSES", "CustomerBase", "customer_base", "customer_profile", "customer_trend"]
