"""English wording of classification (stage 04)."""

WORDS: dict[str, str] = {
    "classify_abc_text": (
        "**{a_customers}** customers, i.e. **{a_customer_share}** of the portfolio, make "
        "**{a_share}** of revenue (class A). At the other end, **{c_customers}** customers "
        "(**{c_customer_share}**) weigh only **{c_share}** of revenue (class C): serve them "
        "exactly what was sold, with no extra energy."
    ),
    "classify_customer_share": "Share of customers",
    # crossed ABC matrix
    "classify_abc_revenue": "ABC on revenue",
    "classify_abc_margin": "ABC on margin",
    "classify_matrix_text": (
        "Crossed ABC matrix (revenue × gross margin): **{both_a}** customers are A on both "
        "axes; **{a_not_margin}** class-A customers on revenue are only B or C on margin "
        "(big revenue, little margin) and **{margin_not_a}** customers outside A on revenue "
        "are A on margin (small but profitable)."
    ),
    "classify_matrix_none": (
        "Costs are unknown: no ABC on margin and no crossed matrix. Add a direct cost column "
        "(invoices.columns.cost) to get them."
    ),
    # portrait scoring
    "classify_grid_text": (
        "The ideal-customer score (0 to 100) combines **{criteria}** criteria in three groups "
        "(profile, history, potential), each scored by percentile rank, thresholds or value, "
        "and weighted; the grid comes {source}."
    ),
    "classify_grid_default": "from the default grid, built on the columns present",
    "classify_grid_config": "from engagement.yaml (scoring)",
    "classify_missing": "Criteria left out, never counted as zero: {items}.",
    "classify_reason_absent": "column absent",
    "classify_reason_empty": "column empty",
    "classify_reason_not_numeric": "non-numeric column without a map",
    "classify_unmapped": "Values without a score in the map of {column}: {values}.",
    "classify_potential_future_value": (
        "The potential axis rests on the expected revenue of the next 12 months (future value)."
    ),
    "classify_potential_consultant": (
        "The potential axis rests on the consultant's estimated potential, with growth and recency."
    ),
    "classify_potential_observed": (
        "No potential data: the potential axis rests on observed behaviour (growth, recency, "
        'breadth of products bought). Add a "potential" column to the customers file to '
        "refine it."
    ),
    "classify_potential_none": "No potential criterion could be scored.",
    "classify_group_profile": "profile",
    "classify_group_history": "history",
    "classify_group_potential": "potential",
    "classify_how_percentile": "percentile rank",
    "classify_how_thresholds": "thresholds {cuts}",
    "classify_how_map": "score per value",
    "classify_lower": " (less is better)",
    "classify_h_group": "Group",
    "classify_h_criterion": "Criterion",
    "classify_h_how": "Scoring",
    "classify_h_weight": "Weight",
    "classify_crit_revenue": "revenue",
    "classify_crit_gross_margin_rate": "margin rate",
    "classify_crit_tenure_days": "tenure",
    "classify_crit_active_months": "regularity (active months)",
    "classify_crit_effort_rate": "effort per unit of revenue",
    "classify_crit_headroom": "remaining potential (potential - revenue)",
    "classify_crit_expected_revenue_12m": "expected revenue, next 12 months",
    "classify_crit_growth": "growth",
    "classify_crit_recency_days": "recency",
    "classify_crit_products": "products bought",
    "classify_crit_bid_success": "bid success rate",
    "classify_crit_win_rate": "bid success rate",
    # KAM classes
    "classify_class_loyal": "loyal",
    "classify_class_high_potential": "high potential",
    "classify_class_small": "small without potential",
    "classify_process_loyal": "loyalty process, across all departments",
    "classify_process_high_potential": "seduction process, zero error",
    "classify_process_small": "optimisation process: deliver what was sold, nothing more",
    "classify_h_class": "Class",
    "classify_h_process": "Process",
    "classify_classes_text": (
        "Key account classes: loyal = a value score (profile and history) of at least {value} "
        "out of 100; high potential = below that, with a potential score of at least "
        "{potential}; small without potential = the rest. The **{small}** small customers "
        "(**{small_share}** of the portfolio) make **{small_revenue}** of revenue."
    ),
    "classify_strategic_text": (
        "**{strategic}** strategic customers (score of at least {score} and potential of at "
        "least {potential}): the ones to build a long-term relationship with, not the biggest "
        "(only {in_top} of them are among the top {top} by revenue)."
    ),
    "classify_too_large_text": (
        "Accounts too large (at least {major} of revenue, dependence): {names}."
    ),
    "classify_too_large_none": "No account too large: no customer reaches {major} of revenue.",
    # tiers
    "classify_tier_gold": "gold",
    "classify_tier_premium": "premium",
    "classify_tier_standard": "standard",
    "classify_h_tier": "Service tier",
    "classify_h_tier_revenue": "Tier by revenue",
    "classify_h_tier_seniority": "Tier by seniority and revenue",
    "classify_contribution": "Contribution",
    "classify_tiers_text": (
        "Service tiers on the contribution to margin (revenue - direct costs - cost to "
        "serve): gold = the customers making {gold} of the positive contribution, premium up "
        "to {premium}, standard the rest. **{n_gold}** gold customers make **{gold_share}** "
        "of the contribution."
    ),
    "classify_basis_known": "Direct costs known customer by customer.",
    "classify_basis_flat": "Direct costs at a flat rate, the same for every customer.",
    "classify_basis_none": "Direct costs unknown (counted as zero).",
    "classify_basis_effort": " Cost to serve: hours spent × {rate} per hour.",
    "classify_basis_invoices": " Cost to serve: {rate} per invoice line.",
    "classify_basis_effort_no_rate": (
        " Hours spent are known but not their cost: set the cost of an hour in the "
        "service-tier settings (engagement.yaml) to count them."
    ),
    "classify_equals_revenue": (
        "Without costs that vary from one customer to another, these tiers only repeat the "
        "revenue ranking. Direct costs per invoice, hours spent per customer with an hourly "
        "cost or a cost per invoice (service-tier settings) would change "
        "that ranking."
    ),
    "classify_moves_text": (
        "Against the revenue ranking (same number of customers per tier), **{up}** customers "
        'move up and **{down}** move down; against the "old customers with high revenue" '
        "criterion, **{seniority}** customers change tier."
    ),
    "classify_money_losing_text": (
        "**{count}** customers lose money once cost to serve counts (negative contribution, "
        "in standard): {names}."
    ),
    "classify_money_losing_none": "No customer with a negative contribution.",
    "classify_move_up": "up",
    "classify_move_down": "down",
    "classify_move_same": "=",
    "classify_h_move": "Against revenue",
    # sensitivity
    "classify_sensitivity_text": (
        "Sensitivity: customers who change class (or tier) when one weight or cut-off goes "
        "down or up by {step}. The most fragile decisions: {fragile}."
    ),
    "classify_kind_weight": "weight",
    "classify_kind_cut": "class cut-off",
    "classify_kind_tier": "tier threshold",
    "classify_cut_value": "value score",
    "classify_cut_potential": "potential score",
    "classify_h_kind": "Setting",
    "classify_h_setting": "Parameter",
    "classify_h_value": "Value",
    "classify_h_down": "Customers changing (-{step})",
    "classify_h_up": "Customers changing (+{step})",
    # chart
    "classify_chart_matrix": "Value and potential of each customer",
    "classify_chart_matrix_x": "Value score (profile and history, 0-100)",
    "classify_chart_matrix_y": "Potential score (0-100)",
    # front page
    "classify_brief": (
        "{loyal} loyal customers make {loyal_share} of revenue; {small} small customers "
        "without potential ({small_customers}) make only {small_share}. {gold} gold customers "
        "make {gold_share} of the contribution to margin{losing}."
    ),
    "classify_brief_losing": "; {count} customers lose money",
    # engagement.yaml checks
    "classify_config_order": (
        "{low} ({low_value}) must be below {high} ({high_value}) in {config}."
    ),
    "classify_config_scoring": (
        '"scoring" in {config} must be a list of criteria, e.g. '
        "- {{column: revenue, group: history, weight: 2}}."
    ),
    "classify_config_criterion": (
        '{where} in {config} must give at least "column:" (the name of a column), '
        "e.g. {{column: workstations, group: profile, weight: 1}}."
    ),
    "classify_config_thresholds": (
        "{where}.thresholds in {config} must be a list of increasing numbers, e.g. [10, 50, 200]."
    ),
    "classify_config_map": (
        "{where}.map in {config} must give a score from 0 to 100 to each value, "
        "e.g. {{novice: 30, sensitive: 70, expert: 100}}."
    ),
    "classify_config_choice": "{setting} in {config} is {value}; possible values: {choices}.",
    # explorer
    "classify_explore_classes": "Customers per class",
    # clients.xlsx / clients.csv (texts/workbook.py)
    "classify_sheet_clients": "Customers",
    "classify_sheet_prospects": "Prospects",
    "classify_sheet_readme": "Read me",
    "classify_h_column": "Column",
    "classify_h_definition": "Definition",
    "classify_def_attribute": "Column of the customers file, as is.",
    "classify_col_cost": "Direct costs",
    "classify_col_credit_notes": "Credit notes",
    "classify_col_tenure_days": "Tenure (days)",
    "classify_col_recency_days": "Days since last purchase",
    "classify_col_active_months": "Active months",
    "classify_col_abc_revenue": "ABC revenue",
    "classify_col_abc_margin": "ABC margin",
    "classify_col_score_profile": "Profile score",
    "classify_col_score_history": "History score",
    "classify_col_score_potential": "Potential score",
    "classify_col_score": "Ideal-customer score",
    "classify_col_kam_class": "Class",
    "classify_col_strategic": "Strategic",
    "classify_col_too_large": "Too large",
    "classify_col_contribution": "Contribution",
    "classify_col_tier": "Service tier",
    "classify_col_money_losing": "Loses money",
    "classify_col_driver_up": "Strong point",
    "classify_col_driver_down": "Weak point",
    "classify_def_customer_id": "Customer code, as written in the files (text).",
    "classify_def_customer_name": "Company name.",
    "classify_def_revenue": "Revenue excl. tax, net of credit notes, over the analysis period.",
    "classify_def_cost": "Direct costs over the period (empty when unknown).",
    "classify_def_gross_margin": "Revenue - direct costs, over the period.",
    "classify_def_gross_margin_rate": "Gross margin / revenue.",
    "classify_def_invoices": "Invoice lines over the period.",
    "classify_def_credit_notes": "Credit-note lines (negative amount) over the period.",
    "classify_def_first_date": "First known sale.",
    "classify_def_last_date": "Last sale up to the end of the period.",
    "classify_def_tenure_days": "Days from the first sale to the end of the period.",
    "classify_def_recency_days": "Days from the last sale to the end of the period.",
    "classify_def_active_months": "Months of the period with at least one sale.",
    "classify_def_revenue_prev": "Revenue of the 12 months before the period.",
    "classify_def_growth": "Revenue / revenue of the previous 12 months - 1.",
    "classify_def_status": "Trend: new, stable, growing, declining, lost.",
    "classify_def_abc_revenue": "A = the customers making 80% of revenue, B up to 95%, C the rest.",
    "classify_def_abc_margin": "The same rule on gross margin (empty without costs).",
    "classify_def_score_profile": "0-100 score of the profile criteria (size, sector...).",
    "classify_def_score_history": "0-100 score of the history criteria (revenue, margin, tenure, regularity, effort).",
    "classify_def_score_potential": "0-100 score of the potential criteria.",
    "classify_def_score": "0-100 ideal-customer score, all criteria weighted.",
    "classify_def_kam_class": "Loyal, high potential or small without potential.",
    "classify_def_strategic": "Customer to build a long-term relationship with (high score and potential).",
    "classify_def_too_large": "Account whose weight creates dependence (at least the major-customer share of revenue).",
    "classify_def_contribution": "Revenue - direct costs - cost to serve, over the period.",
    "classify_def_tier": "Gold, premium or standard, by contribution.",
    "classify_def_money_losing": "Negative contribution.",
    "classify_def_driver_up": "The criterion lifting the score most.",
    "classify_def_driver_down": "The criterion lowering the score most.",
}
