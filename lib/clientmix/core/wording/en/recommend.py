"""English wording of the recommendations (notebook 05_recommend): the executive summary, the
processes per class, effort, sleeping revenue, targets, key-account team and action plan."""

WORDS: dict[str, str] = {
    # configuration and commentary
    "rec_config_target_order": (
        "In {config}, recommend.targets.top1_share_3y ({three}) is above top1_share_1y ({one}): "
        "the 3-year target must be at most the 1-year one (the top customer's share falls)."
    ),
    "rec_commentary_outside": (
        "The commentary {path} leads outside the engagement folder ({root}): put the file "
        "itself in that folder."
    ),
    "rec_commentary_place": (
        "Commentary: the section '{title}' names no place of the report; possible places: "
        "{places}. It is put after the summary."
    ),
    # front page
    "rec_summary_title": "Summary",
    "rec_first_actions": "The first three actions",
    "rec_light_red": "Act now",
    "rec_light_amber": "Watch",
    "rec_light_green": "Sound",
    "rec_commentary_title": "The consultant's view",
    # findings
    "rec_f_lost_big_customers": (
        "Big customers lost or declining ({names}): {lost} less revenue over 12 months, "
        "{share} of the previous year's revenue."
    ),
    "rec_f_revenue_trend_down": "Revenue is down {change} over 12 months ({previous} → {revenue}).",
    "rec_f_revenue_trend_up": "Revenue is up {change} over 12 months ({previous} → {revenue}).",
    "rec_f_dependence": (
        "Top customer: {top}, {share} of revenue; the portfolio weighs like {effective} "
        "customers of the same size."
    ),
    "rec_f_dependence_large": " Accounts too large ({major} of revenue or more): {names}.",
    "rec_f_sector_dependence": "{share} of revenue comes from one sector, {sector}{growth}.",
    "rec_f_sector_growth": " ({growth} over 12 months)",
    "rec_f_effort": (
        "C customers ({customers} customers, {revenue} of revenue) take {effort} of the time "
        "spent: {hours} hours could go to the customers that matter."
    ),
    "rec_f_money_losing_one": "1 customer costs more than it brings (negative contribution).",
    "rec_f_money_losing": "{count} customers cost more than they bring (negative contribution).",
    "rec_f_margin_concentration": (
        "{customers} customers make 80% of the gross margin ({share} of customers)."
    ),
    "rec_f_customers_at_risk": (
        "{customers} once-regular customers are drifting away ('at risk', 'can't lose'): "
        "{share} of revenue."
    ),
    "rec_f_net_revenue_retention": (
        "This year, last year's customers buy {nrr} of what they bought the year before (net revenue retention)."
    ),
    "rec_f_growth_spread_green": (
        "Growth of {growth}, well spread: {growing} segments out of {segments} grow "
        "(by {criterion})."
    ),
    "rec_f_growth_spread_amber": (
        "Growth of {growth}, carried mostly by one segment: {segment} (by {criterion})."
    ),
    "rec_f_growth_spread_red": (
        "Revenue falls ({growth}) and only {growing} segments out of {segments} grow "
        "(by {criterion})."
    ),
    "rec_f_sleeping_revenue": (
        "{total} of revenue sleeps with {customers} high-potential customers ({share} of revenue)."
    ),
    "rec_f_classes": (
        "{small} small customers without potential ({customers} of customers) make {small_share} "
        "of revenue; {loyal} loyal customers make {loyal_share}."
    ),
    # actions
    "rec_a_understand_losses": (
        "Meet the big customers lost or declining ({customers}) to understand why."
    ),
    "rec_a_secure_large_accounts": (
        "Secure the heaviest accounts ({customers}): account plan, second contact, contract."
    ),
    "rec_a_share_classes": (
        "Give every department the class and service level of each customer (clients.xlsx)."
    ),
    "rec_a_collect_effort": (
        "Record the time spent per customer for 3 months (timesheets, tickets, visits)."
    ),
    "rec_a_move_effort": (
        "Optimisation process for small customers: deliver what was sold, no extra effort "
        "({hours} hours to move)."
    ),
    "rec_a_key_account_team": (
        "Appoint a key account manager, {structure} team ({count} accounts)."
    ),
    "rec_a_seduce_high_potential": (
        "Seduction / zero-error process for the high-potential customers: {customers}."
    ),
    "rec_a_service_tiers": (
        "Launch the gold / premium / standard service offer, starting with the gold customers."
    ),
    "rec_a_diversify": (
        "Win {new_customers} new customers ({new_revenue} of revenue) in the segments: {segments}."
    ),
    "rec_a_quarterly_review": "Review the classes and service levels every quarter.",
    "rec_structure_dedicated": "dedicated",
    "rec_structure_fluid": "fluid",
    "rec_who_owner": "Owner",
    "rec_who_management": "Management",
    "rec_who_finance": "Finance",
    "rec_who_delivery": "Delivery",
    "rec_who_sales": "Sales",
    "rec_ind_revenue_lost_customers": "Revenue of these customers",
    "rec_ind_top1_share": "Top customer's share",
    "rec_ind_customers_classified": "Classified customers known to every department",
    "rec_ind_customers_with_effort": "Customers with time recorded",
    "rec_ind_effort_share_small": "Share of time spent on small customers",
    "rec_ind_strategic_revenue": "Revenue of the strategic accounts",
    "rec_ind_revenue_high_potential": "Revenue of the targeted high-potential customers",
    "rec_ind_gold_contribution": "Contribution of the gold customers",
    "rec_ind_classes_reviewed": "Quarterly reviews held",
    # section texts
    "rec_h_summary": "Summary for the owner",
    "rec_h_processes": "A process per class of customers",
    "rec_h_departments": "Every department knows whom it serves",
    "rec_h_effort": "Time spent against value",
    "rec_h_sleeping": "Sleeping revenue",
    "rec_h_targets": "Diversification targets",
    "rec_h_team": "The key-account team",
    "rec_h_plan": "Action plan, step by step",
    "rec_h_methods": "Method: the summary's traffic lights",
    "rec_process_loyalty": "loyalty",
    "rec_process_seduction": "seduction / zero error",
    "rec_process_optimisation": "optimisation",
    "rec_processes_intro": (
        "Each class has its process (loyalty, zero-error seduction, optimisation) and its "
        "service level; a prospect enters as a high-potential customer."
    ),
    "rec_col_class": "Class",
    "rec_col_process": "Process",
    "rec_col_service": "Service level",
    "rec_col_customers": "Customers",
    "rec_col_revenue": "Revenue",
    "rec_col_revenue_share": "Share of revenue",
    "rec_col_margin_share": "Share of margin",
    "rec_col_main": "Main customers",
    "rec_col_department": "Department",
    "rec_col_group": "Group",
    "rec_col_hours": "Hours",
    "rec_col_effort_share": "Share of time",
    "rec_col_contribution_share": "Share of contribution",
    "rec_col_excess_hours": "Hours above its weight in revenue",
    "rec_col_customer": "Customer",
    "rec_col_reachable": "Reachable revenue",
    "rec_col_sleeping": "Sleeping revenue",
    "rec_col_source": "Estimated from",
    "rec_col_horizon": "Horizon",
    "rec_col_top1_target": "Top customer's share targeted",
    "rec_col_new_revenue": "New revenue to win",
    "rec_col_new_customers": "Average new customers",
    "rec_col_segment": "Segment",
    "rec_col_average": "Average revenue per customer",
    "rec_col_level": "Level",
    "rec_col_indicator": "Indicator",
    "rec_col_value": "Current value",
    "rec_col_criterion": "Criterion",
    "rec_col_met": "For a dedicated team",
    "rec_source_consultant": "consultant's estimate",
    "rec_source_segment": "segment's top quartile",
    "rec_source_future_value": "future-value model",
    "rec_horizon_1y": "1 year",
    "rec_horizon_3y": "3 years",
    "rec_group_A": "A",
    "rec_group_B": "B",
    "rec_group_C": "C",
    "rec_dept_sales": "Sales",
    "rec_dept_delivery": "Delivery / production",
    "rec_dept_bids": "Bids",
    "rec_dept_project_management": "Project management",
    "rec_dept_support": "Support / after-sales",
    "rec_dept_finance": "Finance / billing",
    "rec_dept_sales_loyal": "Regular visits, yearly account review, anticipate renewals.",
    "rec_dept_sales_high_potential": "Account plan, cross-selling, offers presented face to face.",
    "rec_dept_sales_small": "No active prospecting; orders taken remotely.",
    "rec_dept_delivery_loyal": "Named contact, guaranteed lead times.",
    "rec_dept_delivery_high_potential": "Zero error: deliveries checked twice.",
    "rec_dept_delivery_small": "Deliver what was sold, to the standard.",
    "rec_dept_bids_loyal": "Priority answer, loyalty price.",
    "rec_dept_bids_high_potential": "More energy in the bid, presented face to face.",
    "rec_dept_bids_small": "Standard answer, no travel.",
    "rec_dept_project_management_loyal": "Named project manager, steering committee.",
    "rec_dept_project_management_high_potential": "Experienced project manager, frequent check-ins.",
    "rec_dept_project_management_small": "Standard project, nothing tailor-made.",
    "rec_dept_support_loyal": "Priority support (gold level).",
    "rec_dept_support_high_potential": "Fast answers, satisfaction follow-up (premium level).",
    "rec_dept_support_small": "Standard support, online first.",
    "rec_dept_finance_loyal": "Contribution to margin followed, stable terms.",
    "rec_dept_finance_high_potential": "Revenue won followed against the potential.",
    "rec_dept_finance_small": "Grouped invoicing, payment with the order.",
    "rec_effort_intro": (
        "Time spent per group against its share of revenue and contribution ({hours} hours "
        "recorded{without}). If small customers received time in proportion to their revenue, "
        "{movable} hours would be freed."
    ),
    "rec_effort_without": "; {count} customers without time recorded",
    "rec_effort_missing": (
        "The time spent per customer is not known: the gap between effort and value cannot be "
        "measured. To record: the hours spent per customer over the year (timesheets, support "
        "tickets, sales visits), in an 'hours spent' column of the customers file; and the "
        "cost of an hour, to deduct it from the contribution to margin."
    ),
    "rec_sleeping_intro": (
        "For the high-potential customers, the gap between their revenue and what they could "
        "buy: {total} in all, {share} of revenue, with {customers} customers."
    ),
    "rec_sleeping_none": "No sleeping revenue can be measured with the high-potential customers.",
    "rec_targets_intro": (
        "Top customer today: {share} of revenue. Keeping that customer, {new_1y} of new revenue "
        "brings it down to {target_1y} in a year, {new_3y} to {target_3y} in three years."
    ),
    "rec_targets_hold": (
        "Top customer: {share} of revenue, below the {major} threshold: the aim is to keep "
        "this balance."
    ),
    "rec_targets_large": " Accounts too large: {names}.",
    "rec_team_dedicated": (
        "A dedicated team is recommended for the {count} strategic accounts: a manager and "
        "named salespeople, apart from the sales force."
    ),
    "rec_team_fluid": (
        "A fluid team is recommended for the {count} strategic accounts: a key account manager "
        "at the centre, who gathers the trades per project."
    ),
    "rec_team_none": "No strategic customer is identified: no team to set up.",
    "rec_crit_accounts": "Number of strategic accounts ({value}; dedicated from {min})",
    "rec_crit_needs": "Products bought per account (median {value}; same competence at 2 or less)",
    "rec_crit_needs_unknown": "Accounts' needs (products not given)",
    "rec_crit_size": "Size and sales force (revenue {value}, {sales}; dedicated from {min} of revenue or 2 salespeople per 10 accounts)",
    "rec_met_yes": "yes",
    "rec_met_no": "no",
    "rec_met_unknown": "unknown",
    "rec_level_company": "Company",
    "rec_level_manager": "Team manager",
    "rec_level_members": "Team members",
    "rec_level_environment": "Environment",
    "rec_i_strategic_revenue": "Revenue of the strategic accounts",
    "rec_i_strategic_share": "Share of revenue",
    "rec_i_strategic_margin": "Gross margin of the strategic accounts",
    "rec_i_strategic_sleeping": "Revenue sleeping with them",
    "rec_i_strategic_growth": "Change of their revenue over 12 months",
    "rec_i_strategic_accounts_growing": "Share of accounts growing",
    "rec_i_net_revenue_retention": "Net revenue retention",
    "rec_i_satisfaction": "Customer satisfaction (survey to run)",
    "rec_i_visits_and_proposals": "Visits and proposals per account (to record)",
    "rec_i_markets_growth": "Revenue growth, all segments",
    "rec_i_swot_review": "Strengths / weaknesses review shared with the customer (to do)",
    "rec_to_measure": "to measure",
    "rec_plan_intro": (
        "Small steps, without stopping the company: first inform and redirect time, then "
        "change the processes. The plan is also delivered as an Excel workbook, for the team to follow."
    ),
    "plan_step": "Step",
    "plan_what": "Action",
    "plan_customers": "Customers concerned",
    "plan_who": "Who",
    "plan_indicator": "Indicator",
    "plan_current": "Today",
    "plan_target": "Target",
    "plan_start": "Start",
    "plan_due": "Due",
    "classify_def_plan_step": "Order of the steps: the first ones need no reorganisation.",
    "classify_def_plan_what": "What to do.",
    "classify_def_plan_customers": "The customers targeted (the first of the list).",
    "classify_def_plan_who": "The department that carries the action.",
    "classify_def_plan_indicator": "What is measured to know whether the action works.",
    "classify_def_plan_current": "The indicator's value today, when the data gives it.",
    "classify_def_plan_target": "The value aimed at by the due date.",
    "classify_def_plan_start": "Start date.",
    "classify_def_plan_due": "Due date.",
    "rec_plan_sheet": "Action plan",
    "rec_rules_intro": (
        "Each line of the summary comes from a written rule applied to the report's figures; "
        "red: act now, amber: watch, green: sound."
    ),
    "rec_rule_lost_big_customers": (
        "Big customers lost or declining: red when a customer of {major} or more of last year's "
        "revenue is lost or the revenue lost reaches 10%; amber from 5%."
    ),
    "rec_rule_revenue_trend": "Revenue change: red at -10% or worse, amber below 0, green otherwise.",
    "rec_rule_dependence": (
        "Top customer: red at 25% of revenue or more (or economic dependence), amber from "
        "{major}, green below."
    ),
    "rec_rule_sector_dependence": "Largest sector: red at 60% of revenue or more, amber at 40%.",
    "rec_rule_effort": (
        "Time spent on C customers: red at 3 times their share of revenue or more (and at least "
        "15% of the time), amber at 2 times, green otherwise."
    ),
    "rec_rule_money_losing": (
        "Customers with a negative contribution: red at 10% of customers or more, amber otherwise."
    ),
    "rec_rule_net_revenue_retention": "Net revenue retention: red below 90%, amber below 100%.",
    "rec_rule_customers_at_risk": (
        "'At risk' and 'can't lose' customers: red at 15% of revenue, amber at 5%."
    ),
    "rec_rule_growth_spread": (
        "Growth by segment: green when revenue grows and 3 main segments out of 4 grow with none "
        "carrying more than 60% of the rise; amber when the rise comes mostly from one segment; "
        "red when revenue falls in most segments."
    ),
    "rec_rule_margin_concentration": (
        "Margin: red when 10% of customers or fewer make 80% of the margin, amber at 20%."
    ),
    "rec_rule_sleeping_revenue": "Sleeping revenue: amber from 5% of revenue (to go and get).",
    "rec_rule_classes": (
        "Classes: amber when small customers are 40% of customers or more for 10% of revenue "
        "or less."
    ),
    # singular forms (count 1; 0 too in French)
    "rec_f_effort_one": "The C customer (1 customer, {revenue} of revenue) takes {effort} of the time spent: {hours} hours could go to the customers that matter.",
    "rec_f_margin_concentration_one": "1 customer makes 80% of the gross margin ({share} of customers).",
    "rec_f_customers_at_risk_one": "1 once-regular customer is drifting away ('at risk', 'can't lose'): {share} of revenue.",
    "rec_f_sleeping_revenue_one": "{total} of revenue sleeps with 1 high-potential customer ({share} of revenue).",
    "rec_f_classes_one": "1 small customer without potential ({customers} of customers) makes {small_share} of revenue; {loyal} loyal customers make {loyal_share}.",
    "rec_a_key_account_team_one": "Appoint a key account manager, {structure} team (1 account).",
    "rec_a_diversify_one": "Win 1 new customer ({new_revenue} of revenue) in the segments: {segments}.",
    "rec_effort_without_one": "; 1 customer without time recorded",
    "rec_effort_intro_one": "Time spent per group against its share of revenue and contribution ({hours} hours recorded{without}). If small customers received time in proportion to their revenue, {movable} hour would be freed.",
    "rec_sleeping_intro_one": "For the high-potential customers, the gap between their revenue and what they could buy: {total} in all, {share} of revenue, with 1 customer.",
    "rec_team_dedicated_one": "A dedicated team is recommended for the strategic account: a manager and named salespeople, apart from the sales force.",
    "rec_team_fluid_one": "A fluid team is recommended for the strategic account: a key account manager at the centre, who gathers the trades per project.",
    "rec_sales_people": "{count} salespeople",
    "rec_sales_people_one": "1 salesperson",
    "rec_sales_unknown": "number of salespeople not given",
    "rec_others": " and {count} others",
    "rec_others_one": " and 1 other",
}
