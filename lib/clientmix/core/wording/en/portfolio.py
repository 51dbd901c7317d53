"""English wording of the portfolio of engagements (``clientmix portfolio``)."""

WORDS: dict[str, str | dict[str, str]] = {
    "portfolio_title": "Portfolio of engagements",
    "portfolio_intro": {
        "one": "{count} client company, from the reports under {folder}.",
        "other": "{count} client companies, from the reports under {folder}.",
    },
    "portfolio_rule": (
        "Sorted by risk: first the probability that next year's revenue falls by 10% or more "
        "(the report's Monte Carlo simulation), highest first; on a tie, the top customer's "
        "share, highest first; reports without a simulation last."
    ),
    "portfolio_trend_rule": (
        "Trend: change of the concentration index (HHI) from the previous 12 months to the "
        "period analysed; stable between -10% and +10%."
    ),
    "portfolio_col_rank": "rank",
    "portfolio_col_company": "company",
    "portfolio_col_engagement": "engagement",
    "portfolio_col_period": "period",
    "portfolio_col_period_start": "period start",
    "portfolio_col_period_end": "period end",
    "portfolio_join": "; ",
    "portfolio_col_currency": "currency",
    "portfolio_col_revenue": "revenue in the period (excl. tax)",
    "portfolio_col_customers": "customers",
    "portfolio_col_top1_share": "top customer's share",
    "portfolio_col_hhi": "HHI",
    "portfolio_col_concentration": "concentration",
    "portfolio_col_trend": "trend",
    "portfolio_col_hhi_change": "HHI change",
    "portfolio_col_margin_top1_share": "top customer's share of margin",
    "portfolio_col_margin_hhi": "margin HHI",
    "portfolio_col_risk": "risk of a 10% fall",
    "portfolio_col_dependence": "economic dependence",
    "portfolio_col_classes": "classes (loyal / high potential / small)",
    "portfolio_col_loyal": "loyal customers",
    "portfolio_col_high_potential": "high-potential customers",
    "portfolio_col_small": "small customers",
    "portfolio_col_tiers": "tiers (gold / premium / standard)",
    "portfolio_col_gold": "gold customers",
    "portfolio_col_premium": "premium customers",
    "portfolio_col_standard": "standard customers",
    "portfolio_col_rows_rejected": "rows rejected",
    "portfolio_col_rejected_share": "share of rows rejected",
    "portfolio_col_nonpositive": "customers at zero or below",
    "portfolio_col_serious": "serious warnings",
    "portfolio_col_warnings": "data warnings",
    "portfolio_col_report": "report",
    "portfolio_sheet": "portfolio",
    "portfolio_trend_rising": "rising",
    "portfolio_trend_falling": "falling",
    "portfolio_trend_stable": "stable",
    "portfolio_period": "{start} – {end}",
    "portfolio_rejected": {
        "one": "{count} row rejected ({share})",
        "other": "{count} rows rejected ({share})",
    },
    "portfolio_nonpositive": {
        "one": "{count} customer at zero or below",
        "other": "{count} customers at zero or below",
    },
    "portfolio_serious": {
        "one": "{count} serious warning",
        "other": "{count} serious warnings",
    },
    "portfolio_no_warning": "none",
    "portfolio_open": "open",
    "portfolio_none": "–",
}
