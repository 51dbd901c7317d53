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
    # clusters and charts of the cross of criteria (issue 10, items 3 and 5)
    "segment_clusters_too_few": (
        "No groups drawn from the data: only {customers} customers were invoiced in the "
        "period, and groups need at least {minimum} to mean anything."
    ),
    "segment_clusters_no_spread": (
        "No groups drawn from the data: the {customers} customers invoiced in the period have "
        "profiles too alike to be split."
    ),
    "segment_clusters_found": (
        "The data split the {customers} customers invoiced in the period into {k} groups "
        "(k-means on {features}, amounts and durations on a log scale; number of groups chosen by silhouette, "
        "{silhouette} on a -1 to 1 scale). Each group is described by the two traits where it "
        "differs most from the average customer."
    ),
    "segment_cluster_name": "Group {number}",
    "segment_cluster_above": "{feature} above average",
    "segment_cluster_below": "{feature} below average",
    "segment_cluster_feature_revenue": "revenue",
    "segment_cluster_feature_invoices": "number of invoice lines",
    "segment_cluster_feature_tenure_days": "seniority",
    "segment_cluster_feature_recency_days": "time since last purchase",
    "segment_cluster_feature_gross_margin_rate": "margin rate",
    "segment_cluster": "Group",
    "segment_cluster_traits": "What sets it apart",
    "segment_cluster_caption": "Customer groups drawn from the data",
    "segment_cluster_cross_caption": (
        "Customers of each group by {name}: does the typology match the data?"
    ),
    "chart_segment_heatmap": "Share of revenue by {first} and {second}",
    "chart_segment_shares": "{name}: customers and revenue",
    "chart_share_customers": "share of customers",
    "chart_share_revenue": "share of revenue",
}
