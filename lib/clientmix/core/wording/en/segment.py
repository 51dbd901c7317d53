"""English wording of segmentation (stage 03)."""

WORDS: dict[str, str] = {
    "segment_criterion_missing": (
        "Unknown segmentation criterion: the column '{column}' (segmentation in "
        "engagement.yaml) does not exist. Columns available: {columns}. Fix the criterion's "
        "name or map the column in the customers file (customers.columns)."
    ),
    "segment_no_attribute": (
        "The customers file gives no attribute (sector, size, region...) to group customers "
        "by: the typology remains to be built with the company."
    ),
    "segment_attributes": (
        "The customers file groups customers by: {names}. For each criterion, here are the "
        "number of customers and the revenue of the period."
    ),
    "segment_bin": "{low} – {high}",
    "segment_criterion": "Criterion",
    "segment_group": "Group",
    "segment": "Segment",
    "segment_bin_below": "under {high}",
    "segment_bin_above": "{low} and over",
    "segment_growth_contribution": "Share of the change in revenue",
    "segment_table_caption": "Customers and revenue by {name}, and where the 12-month change comes from",
    "segment_growth_spread": (
        "By {criterion}, the change in revenue is spread across segments: the segment that "
        "weighs most ({segment}) brings {share} of it."
    ),
    "segment_growth_carried": (
        "By {criterion}, the change in revenue comes mostly from one segment: {segment} brings "
        "{share} of it."
    ),
    "segment_rfm_caption": "RFM segments (recency, frequency, monetary scored 1 to 5 by quintiles)",
    "rfm_champions": "champions",
    "rfm_loyal": "loyal",
    "rfm_potential_loyalists": "potential loyalists",
    "rfm_new": "new",
    "rfm_promising": "promising",
    "rfm_need_attention": "need attention",
    "rfm_about_to_sleep": "about to sleep",
    "rfm_at_risk": "at risk",
    "rfm_cant_lose": "can't lose",
    "rfm_hibernating": "hibernating",
    "rfm_r": "Recency score (1-5)",
    "rfm_f": "Frequency score (1-5)",
    "rfm_m": "Monetary score (1-5)",
    "rfm_segment": "RFM segment",
    "segment_column": "Segment ({name})",
}
