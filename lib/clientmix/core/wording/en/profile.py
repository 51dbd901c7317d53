"""English wording of the customer profile (stage 02)."""

WORDS: dict[str, str] = {
    "profile_summary": (
        "**{customers}** customers bought in the period, for **{revenue}** excl. tax. The "
        "average customer brings **{mean}**, but half of them bring less than **{median}**: "
        "the largest pull the average up."
    ),
    "profile_trend": "Customers' 12-month trend: {counts}.",
    "profile_trend_count_new": {"one": "{count} new", "other": "{count} new"},
    "profile_trend_count_growing": {"one": "{count} growing", "other": "{count} growing"},
    "profile_trend_count_stable": {"one": "{count} stable", "other": "{count} stable"},
    "profile_trend_count_declining": {"one": "{count} declining", "other": "{count} declining"},
    "profile_trend_count_inactive": {"one": "{count} inactive", "other": "{count} inactive"},
    "profile_trend_count_stopped": {"one": "{count} lost", "other": "{count} lost"},
    "profile_status_rule": (
        "Each customer's status is judged against its own buying rhythm (its usual gap "
        "between two purchases, {gap_quantile} of its gaps): inactive after {inactive_multiple} "
        "times that gap without a purchase, lost after {lost_multiple} times it or after "
        "{lost_after_days} days, never before {min_silence_days} days; a customer who bought "
        "on fewer than {min_purchase_days} different days is judged on at least the portfolio's "
        "usual gap ({default_gap} days)."
    ),
    "profile_prospects": {
        "one": (
            "{customers} prospect of the customers file, never invoiced in the period, is left "
            'out of every count (sheet "Prospects" of clients.xlsx).'
        ),
        "other": (
            "{customers} prospects of the customers file, never invoiced in the period, are left "
            'out of every count (sheet "Prospects" of clients.xlsx).'
        ),
    },
    "profile_top_caption": "The top {n} customers out of {customers}",
    "purchase_days": "Purchase days",
    "silence_days": "Days without purchase",
    "rhythm_days": "Usual gap between purchases (days)",
    "rhythm_default": "Default rhythm",
    # columns of the complete profile (clients.xlsx headers, then their "Read me" line)
    "revenue_share": "Revenue share",
    "distinct_invoices": "Invoices",
    "average_invoice": "Average invoice",
    "products": "Distinct products",
    "product_families": "Product families",
    "gross_margin_prev": "Gross margin, previous 12 months",
    "gross_margin_rate_prev": "Margin rate, previous 12 months",
    "revenue_per_hour": "Revenue per hour",
    "margin_per_hour": "Margin per hour",
    "classify_def_revenue_rank": "The customer's rank by revenue in the period (1 = largest).",
    "classify_def_revenue_share": (
        "Share of the period's positive revenue (0 for a customer at zero or below)."
    ),
    "classify_def_distinct_invoices": "Distinct invoice numbers in the period.",
    "classify_def_average_invoice": (
        "Revenue / invoices (or / invoice lines without invoice numbers), in the period."
    ),
    "classify_def_products": "Distinct products bought in the period.",
    "classify_def_product_families": "Distinct product families bought in the period.",
    "classify_def_gross_margin_prev": "Gross margin of the 12 months before the period.",
    "classify_def_gross_margin_rate_prev": (
        "Gross margin / revenue of the 12 months before the period."
    ),
    "classify_def_revenue_per_hour": "Revenue / hours spent (effort_hours of the customers file).",
    "classify_def_margin_per_hour": (
        "Gross margin / hours spent (effort_hours of the customers file)."
    ),
    "classify_def_purchase_days": "Distinct days with a purchase, up to the period end.",
    "classify_def_silence_days": "Days since the last purchase (positive amount).",
    "classify_def_rhythm_days": "The customer's usual gap between two purchases (days).",
    "classify_def_rhythm_default": (
        "Yes when too few purchases: the portfolio's usual gap is used."
    ),
    **{f"revenue_prev_{k}": f"Revenue of year N-{k} (12 months)" for k in range(2, 6)},
    **{f"gross_margin_prev_{k}": f"Gross margin of year N-{k} (12 months)" for k in range(2, 6)},
    **{f"gross_margin_rate_prev_{k}": f"Margin rate of year N-{k}" for k in range(2, 6)},
    **{
        f"classify_def_revenue_prev_{k}": (
            f"Revenue of the 12-month window ending {12 * (k - 1)} months before the period."
        )
        for k in range(2, 6)
    },
    **{
        f"classify_def_gross_margin_prev_{k}": (
            f"Gross margin of the 12-month window ending {12 * (k - 1)} months before the period."
        )
        for k in range(2, 6)
    },
    **{
        f"classify_def_gross_margin_rate_prev_{k}": (
            f"Gross margin / revenue of the 12-month window ending {12 * (k - 1)} months "
            "before the period."
        )
        for k in range(2, 6)
    },
}
