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
        "By {criterion}, the change in revenue is spread across segments, each bringing about "
        "its weight: the one that brings most ({segment}) brings {share} of it, for {weight} "
        "of the previous 12 months' revenue."
    ),
    "segment_growth_carried": (
        "By {criterion}, the change in revenue comes mostly from one segment: {segment} "
        "({revenue_share} of the period's revenue, {growth} over 12 months) brings {share} of "
        "it, for {weight} of the previous 12 months' revenue."
    ),
    "segment_rfm_caption": "RFM segments: customers, revenue and margin by named segment",
    "segment_rfm_method": (
        "Each customer invoiced in the period gets three scores from 1 to {scores}: recency "
        "(days from its last purchase, credit notes aside, to the end of the period), "
        "frequency (invoice lines in the period) and monetary (net revenue of the period). The "
        "named segments come from a table of rules on these scores (rfm key of "
        "engagement.yaml)."
    ),
    "segment_rfm_quantiles": (
        "Scores by quantiles ({measures}): customers are ranked from worst to best and split "
        "into {scores} groups of the same size; customers with equal values always share a "
        "score, so a very common value (for example every customer invoiced on the last day "
        "of the period) fills several groups and leaves some scores empty."
    ),
    "segment_rfm_bad_ties": (
        "rfm.ties in {config}: {given} is not recognised. Write shared (customers with equal "
        "values share a score, the default) or split (groups of the same size, ties broken by "
        "the other measures, then by customer code)."
    ),
    "segment_rfm_quantiles_split": (
        "Scores by quantiles ({measures}): customers are ranked from worst to best and split "
        "into {scores} groups of the same size; ties are broken by the other two measures, "
        "then by customer code, so two customers with the same value may get neighbouring "
        "scores."
    ),
    "segment_rfm_recency_tied": (
        "Recency tells customers little apart: {customers} of the {total} customers invoiced "
        "in the period made their last purchase on the same day, {date} (for example "
        "contracts invoiced every month), so they share one recency score and the RFM "
        "segments rest mostly on frequency."
    ),
    "segment_explore_first": "Criterion",
    "segment_explore_second": "Crossed with",
    "segment_explore_none": "(none)",
    "segment_explore_bins": "Edges (e.g. 0; 10; 50; q = quartiles)",
    "segment_explore_measure": "Measure",
    "segment_explore_bad_bins": (
        "Unreadable edges: write increasing numbers separated by semicolons (0; 10; 50; 200), "
        "q for quartiles, or leave blank to keep the report's bins."
    ),
    "segment_measure_revenue": "Revenue",
    "segment_measure_margin": "Gross margin",
    "segment_measure_customers": "Customers",
    "segment_measure_growth": "Growth over 12 months",
    "segment_rfm_cuts": "Scores by the consultant's own cut points ({measures}).",
    "segment_rfm_thresholds_caption": (
        "Thresholds of the RFM scores: lowest and highest value of each score"
    ),
    "rfm_score": "Score",
    "rfm_threshold_recency": "Recency (days)",
    "rfm_threshold_frequency": "Frequency (lines)",
    "rfm_threshold_monetary": "Monetary (revenue)",
    "rfm_measure_recency": "recency",
    "rfm_measure_frequency": "frequency",
    "rfm_measure_monetary": "monetary",
    "rfm_unmatched": "no segment (no rule matches)",
    "segment_average_revenue": "Average revenue per customer",
    "segment_cross_caption": "Customers, revenue and margin by {first} and {second}",
    "data_cluster": "Customer group (data)",
    "classify_def_rfm_r": (
        "Recency score (1 = oldest purchase, highest = most recent): days from the last "
        "purchase (credit notes aside) to the end of the period, by quantiles or by the cut "
        "points of the rfm key of engagement.yaml."
    ),
    "classify_def_rfm_f": (
        "Frequency score (1 = fewest invoice lines in the period, highest = most), by "
        "quantiles or by the cut points of the rfm key of engagement.yaml."
    ),
    "classify_def_rfm_m": (
        "Monetary score (1 = smallest net revenue of the period, highest = largest), by "
        "quantiles or by the cut points of the rfm key of engagement.yaml."
    ),
    "classify_def_rfm_segment": (
        "Named RFM segment: the first rule of the table (rfm key of engagement.yaml; by "
        "default champions, loyal...) the customer's scores meet."
    ),
    "classify_def_data_cluster": (
        "Group drawn from the data (k-means on revenue, invoice lines, tenure, recency and "
        "margin rate), numbered by decreasing revenue; empty under 30 customers."
    ),
    "segment_rfm_bad_keys": (
        "rfm in {config}: {given} is not readable. Write for example rfm: {{scores: 5, "
        "recency: [30, 90, 180, 365], segments: [{{name: champions, r: [5, 5], f: [4, 5]}}]}} "
        "(possible keys: scores, ties, recency, frequency, monetary, segments)."
    ),
    "segment_rfm_bad_scores": (
        "rfm.scores in {config}: {given} is not a readable number of scores. Write a whole "
        "number from 2 to 9 (5 by default)."
    ),
    "segment_rfm_bad_cuts": (
        "rfm.{measure} in {config}: {given} does not fit. Write {n} increasing cut points, "
        "for example [30, 90, 180, 365], one fewer than the number of scores (rfm.scores)."
    ),
    "segment_rfm_bad_rule": (
        "rfm.segments in {config}: {given} is not a readable rule. Each rule has a name and "
        "at least one score among r, f, m, each a whole number or [min, max] from 1 to "
        "{scores}, for example {{name: champions, r: [5, 5], f: [4, 5]}}."
    ),
    "segment_rfm_rules_needed": (
        "rfm in {config}: with scores: {given}, the default segments (made for 5 scores) do "
        "not apply. Give your rules under rfm.segments, for example "
        "[{{name: champions, r: [4, 4], f: [3, 4]}}, ...]."
    ),
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
