"""English wording of the customer profile (stage 02)."""

WORDS: dict[str, str] = {
    "profile_summary": (
        "**{customers}** customers bought in the period, for **{revenue}** excl. tax. The "
        "average customer brings **{mean}**, but half of them bring less than **{median}**: "
        "the largest pull the average up."
    ),
    "profile_trend": "12-month trend: {counts}.",
    "profile_trend_count": "{customers} {status}",
    "profile_top_caption": "The top {n} customers out of {customers}",
}
