"""English wording of the customer profile (stage 02)."""

WORDS: dict[str, str] = {
    "profile_summary": (
        "**{customers}** customers bought in the period, for **{revenue}** excl. tax. The "
        "average customer brings **{mean}**, but half of them bring less than **{median}**: "
        "the largest pull the average up."
    ),
    "profile_trend": "12-month trend: {counts}.",
    "profile_trend_count": "{customers} {status}",
    "profile_status_rule": (
        "Each customer's status is judged against its own buying rhythm (its usual gap "
        "between two purchases, {gap_quantile} of its gaps): inactive after {inactive_multiple} "
        "times that gap without a purchase, lost after {lost_multiple} times it or after "
        "{lost_after_days} days, never before {min_silence_days} days; a customer who bought "
        "on fewer than {min_purchase_days} different days is judged on at least the portfolio's "
        "usual gap ({default_gap} days)."
    ),
    "profile_top_caption": "The top {n} customers out of {customers}",
    "purchase_days": "Purchase days",
    "silence_days": "Days without purchase",
    "rhythm_days": "Usual gap between purchases (days)",
    "rhythm_default": "Default rhythm",
}
