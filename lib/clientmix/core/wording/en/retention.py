"""English wording of the revenue bridge, retention and churn (stage "retention", 03_segment)."""

WORDS: dict[str, str] = {
    # the bridge
    "retention_heading": "Where revenue moves: lost, declining, growing and new customers",
    "retention_step_previous": "Revenue, previous 12 months",
    "retention_step_lost": "Lost customers",
    "retention_step_declining": "Declining customers",
    "retention_step_growing": "Growing customers",
    "retention_step_new": "New customers",
    "retention_step_revenue": "Revenue of the period",
    "retention_step": "Step",
    "retention_amount": "Amount",
    "retention_customers": "Customers",
    "retention_names": "Main customers",
    "retention_n_customers": {
        "one": "{count} customer",
        "other": "{count} customers",
    },
    "retention_returning_mark": "{name} (back)",
    "retention_bridge_caption": (
        "From the previous 12 months' revenue to the period's, customer by customer "
        "(credit notes included)"
    ),
    "retention_bridge_text": (
        "Over 12 months, revenue moves from {previous} to {revenue}. Lost customers take away "
        "{lost} ({lost_customers}), declining customers {declining} ({declining_customers}); "
        "growing customers add {growing} ({growing_customers}) and new customers {new} "
        "({new_customers})."
    ),
    "retention_bridge_biggest": " The largest move: {name}, {amount} ({step}).",
    "retention_n_returning": {
        "one": (
            " Among the new customers, {count} had bought before the previous 12 months: it is back "
            "after a pause."
        ),
        "other": (
            " Among the new customers, {count} had bought before the previous 12 months: they "
            "are back after a pause."
        ),
    },
    "retention_step_word_lost": "lost customer",
    "retention_step_word_declining": "declining customer",
    "retention_step_word_growing": "growing customer",
    "retention_step_word_new": "new customer",
    "retention_segment_caption": "Where the change in revenue comes from, by {name}",
    "retention_tier_caption": (
        "Where the change in revenue comes from, by service tier (tiers of the customers "
        "invoiced in the period; lost customers apart)"
    ),
    "retention_tier_lost": "lost customers",
    "retention_tier": "Tier",
    "retention_column_lost": "Lost",
    "retention_column_declining": "Declining",
    "retention_column_growing": "Growing",
    "retention_column_new": "New",
    "retention_column_previous": "Revenue, previous 12 months",
    "retention_column_revenue": "Revenue of the period",
    # the rates
    "retention_no_previous": (
        "No customer was invoiced in the 12 months before the period (or the data does not "
        "cover them): no retention rates."
    ),
    "retention_customer_rate": (
        "**Customer retention: {rate}.** Of {previous} of the previous 12 months, {kept} in "
        "the period."
    ),
    "retention_n_kept": {
        "one": "{count} is still invoiced",
        "other": "{count} are still invoiced",
    },
    "retention_gross_rate": (
        "**Gross revenue retention: {rate}.** Without new customers and without some "
        "customers' growth, {kept} would remain of the {previous} these customers were "
        "invoiced last year."
    ),
    "retention_net_rate": (
        "**Net revenue retention: {rate}.** With their growth and their declines, last year's "
        "customers bring {revenue} in the period, against {previous} last year."
    ),
    "retention_year_before": (
        "One year earlier ({year}): customer retention {customers}, gross revenue retention "
        "{gross}, net revenue retention {net}."
    ),
    "retention_yearly_caption": "Change and retention, year by year (rolling 12 months)",
    "retention_year": "Year",
    "customer_retention": "Customer retention",
    "gross_revenue_retention": "Gross revenue retention",
    "net_revenue_retention": "Net revenue retention",
    # who leaves
    "retention_churn_overall": (
        "Of {previous} last year, {lost} ({churn} of the customers, {revenue_churn} of their "
        "revenue)."
    ),
    "retention_n_left": {
        "one": "{count} has left",
        "other": "{count} have left",
    },
    "retention_lost_none": "none has left",
    "retention_churn_most": (
        "By {criterion}, the segment losing the most revenue is **{segment}**: {lost} of "
        "{previous} ({share}), with {lost_customers} out of {customers}."
    ),
    "retention_n_lost_customers": {
        "one": "{count} lost customer",
        "other": "{count} lost customers",
    },
    "retention_churn_no_loss": "By {criterion}, no segment lost a customer.",
    "retention_churn_significant": (
        " Losing significantly more customers than the rest of the portfolio: {groups}."
    ),
    "retention_churn_not_significant": (
        " No segment loses significantly more customers than the rest of the portfolio."
    ),
    "retention_churn_groups_significant": (
        "By size, tenure and ABC class, losing significantly more customers: {groups}."
    ),
    "retention_churn_groups_none": (
        "By size, tenure and ABC class, no group loses significantly more customers than the "
        "rest of the portfolio."
    ),
    "retention_churn_rule": (
        "Significant: one-sided Fisher exact test (p < {alpha}) and at least {minimum} lost "
        "customers in the group, so that one departure out of three customers is not taken "
        "for a trend."
    ),
    "retention_group_of": "{group} ({criterion})",
    "retention_churn_caption": "Customers and revenue lost, by {name}",
    "retention_churn_size_caption": (
        "Customers and revenue lost, by size (revenue of the previous 12 months)"
    ),
    "retention_churn_tenure_caption": (
        "Customers and revenue lost, by tenure (since the first invoice in the data)"
    ),
    "retention_churn_abc_caption": (
        "Customers and revenue lost, by ABC class of the previous 12 months' revenue"
    ),
    "retention_size": "size",
    "retention_tenure": "tenure",
    "retention_abc": "ABC class",
    "retention_tenure_0": "under a year",
    "retention_tenure_1": "1 to 2 years",
    "retention_tenure_2": "2 to 5 years",
    "retention_tenure_3": "5 years and more",
    "retention_abc_group": "class {group}",
    "retention_group": "Group",
    "customers_previous": "Customers last year",
    "customers_lost": "Lost customers",
    "customer_churn": "Share of customers lost",
    "revenue_lost": "Revenue lost",
    "revenue_churn": "Share of revenue lost",
    "retention_significant": "Significant",
    # lost against kept
    "retention_profile_caption": (
        "Lost and kept customers: median profile over the previous 12 months"
    ),
    "retention_feature": "Measure",
    "retention_lost": "Lost customers",
    "retention_kept": "Kept customers",
    "retention_gap": "Gap",
    "retention_feature_tenure_years": "Tenure (years, since the start of the data)",
    "retention_feature_purchase_days": "Purchase days in the year",
    "retention_feature_average_ticket": "Average ticket (revenue per purchase day)",
    "retention_feature_margin_rate": "Margin rate",
    "retention_feature_products": "Products or services bought",
    "retention_profile_none": (
        "No customer of last year has left: no profile of lost customers to compare."
    ),
    # cohorts
    "retention_cohort_text": (
        "Customers grouped by the year of their first purchase: the share of each group still "
        "buying each year (positive net revenue) and the revenue it brings. The first row "
        "holds every customer already there when the data starts."
    ),
    "retention_cohort_first": "already there in {window}",
    "retention_cohort_caption": "Revenue brought by each group of customers, year by year",
    "retention_cohort": "First purchase",
    "chart_retention_bridge": "From the previous 12 months' revenue to the period's",
    "chart_retention_cohorts": "Share of each year's new customers still buying",
    # front page
    "brief_retention_bridge": (
        "Change in revenue over 12 months: from {previous} to {revenue}; lost customers "
        "{lost}, declining {declining}, growing {growing}, new {new}.{biggest}"
    ),
    "brief_retention_biggest": " Largest loss: {name} ({amount}).",
    "brief_retention_rates": (
        "Retention: {customers} of last year's customers still invoiced; revenue kept "
        "{gross} (gross), {net} with their growth (net)."
    ),
    "brief_retention_segment": (
        "By {criterion}, the segment losing the most revenue: {segment} ({lost})."
    ),
}
