"""English wording of the dependency section (stage 05)."""

WORDS: dict[str, str] = {
    # shared pieces
    "dep_others": "{n} others",
    "dep_and": " and ",
    "dep_named_value": "**{name}** ({value})",
    "dep_full_stop": ".",
    "dep_what_revenue": "of revenue",
    "dep_what_margin": "of gross margin",
    "dep_level_unconcentrated": "unconcentrated",
    "dep_level_moderate": "moderately concentrated",
    "dep_level_high": "highly concentrated",
    "dep_strength_unconcentrated": "low",
    "dep_strength_moderate": "moderate",
    "dep_strength_high": "high",
    # concentration verdict and table
    "dep_conc_none": (
        "No customer has a positive amount in the period: concentration cannot be measured."
    ),
    "dep_conc_top": (
        "Your largest customer, **{name}**, accounts for **{top1}** {what}; the top five "
        "account for **{top5}**."
    ),
    "dep_conc_pareto": "**{n80}** customers out of {n} ({share}) account for {pareto} {what}.",
    "dep_conc_hhi": (
        "The concentration index (HHI) is **{hhi}** on a scale of 0 to 10,000, so the portfolio "
        "is **{reading}** ({bounds}). That is as concentrated as {effective} customers of equal "
        "size."
    ),
    "dep_hhi_bounds": (
        "below {moderate}: unconcentrated; {moderate} to {high}: moderate; above: highly "
        "concentrated"
    ),
    "dep_conc_dependence": (
        "**Economic dependence**: {name} alone accounts for more than {dependence} {what}. "
        "Losing it would put the company at risk."
    ),
    "dep_conc_major_one": (
        "One customer accounts for {major} {what} or more ({standard}): {listing}. Losing it "
        "would disrupt the business."
    ),
    "dep_conc_major_many": (
        "{n} customers each account for {major} {what} or more ({standard}): {listing}. "
        "Losing any one of them would disrupt the business."
    ),
    # the accounting standard behind the 10 % "major customer", by locale
    "dep_standard_ifrs": (
        "the level at which IFRS 8 requires a listed company to disclose a major customer"
    ),
    "dep_standard_us": (
        "the level at which US GAAP (ASC 280) requires a public company to disclose a major "
        "customer"
    ),
    "dep_conc_major_none": (
        "No customer reaches {major} {what}: dependence on any single customer is low."
    ),
    "dep_conc_no_dependence": "No economic dependence: no customer is above {dependence} {what}.",
    "dep_row_customers_for_pareto": "Customers making {pct}% of revenue",
    "dep_row_major": "Customers at {pct}% of revenue or more",
    "dep_row_dependence": "Economic dependence (one customer > {pct}%)",
    # margin
    "dep_margin_head": (
        "On gross margin ({margin}, i.e. {rate} of revenue), the top customer is **{name}** "
        "with **{top1}** of margin; **{n80}** customers make {pareto}% of margin; the HHI is "
        "**{hhi}** ({level})."
    ),
    "dep_margin_majors": {
        "one": "Customer at {major} of margin or more: {listing}.",
        "other": "Customers at {major} of margin or more: {listing}.",
    },
    "dep_margin_weak_item": "**{name}** ({share} of revenue, {margin_share} of margin)",
    "dep_margin_weak": (
        "Some of your largest customers bring much less margin than their weight in revenue: "
        "{items}."
    ),
    "dep_margin_strong_item": "**{name}** ({margin_share} of margin for {share} of revenue)",
    "dep_margin_strong": (
        "Conversely, these customers weigh more in margin than in revenue: {items}. They are "
        "the ones to keep above all."
    ),
    "dep_margin_caption": "The {n} customers with the largest gross margin",
    # top customers
    "dep_top_declining": (
        {
            "one": "Among your top {n} customers, {count} is declining over 12 months: {items}. "
            "This is the at-risk account to visit first.",
            "other": "Among your top {n} customers, {count} are declining over 12 months: {items}. "
            "These are the at-risk accounts to visit first.",
        }
    ),
    "dep_top_none_declining": "None of your top {n} customers is declining over 12 months.",
    "dep_top_growing": {
        "one": "{count} is growing: {listing}.",
        "other": "{count} are growing: {listing}.",
    },
    "dep_top_fallen_item": "**{name}** ({status}: {previous} last year, {revenue} in the period)",
    "dep_top_fallen": "Some of last year's large customers have left or fallen sharply: {items}.",
    "dep_top_caption": "Your top {n} customers and their 12-month trend",
    "dep_top_caption_fallen": (
        {
            "count": "fallen",
            "one": "; at the bottom, {fallen} of last year's large customers, lost or declining",
            "other": "; at the bottom, {fallen} of last year's large customers, lost or declining",
        }
    ),
    # trend
    "dep_trend_short": (
        "The data covers fewer than two complete 12-month periods: the trend of concentration "
        "cannot be measured yet."
    ),
    "dep_trend_up": "is **rising**",
    "dep_trend_down": "is **falling**",
    "dep_trend_stable": "is **stable**",
    "dep_trend_mixed": "is **moving both ways**",
    # verdict rules, stated for the appendix (dependency.verdicts)
    "dep_rule_sector": (
        "Dependence on a sector is judged on its own scale: with {n_example} sectors the HHI "
        "cannot fall below {floor_example}, so it is rescaled to the number of sectors, from 0 "
        "(revenue spread evenly) to 10,000 (a single sector), and read with the customer "
        "thresholds: below {moderate} low, {moderate} to {high} moderate, above {high} high. It "
        "is high whatever the index when the first sector makes {half} of revenue or more."
    ),
    "dep_rule_trend": (
        "Dependence is called stable only when, between the oldest and the latest 12-month "
        "period, the top customer's share moves by {top1_tolerance} points or less and the HHI "
        "by {hhi_tolerance} or less; otherwise it is rising or falling with the measures that "
        "moved, and moving both ways when one rose and the other fell."
    ),
    "dep_trend_main": (
        "Dependence {direction}: from {first} to {last}, the top customer's share goes from "
        "**{top1_first}** to **{top1_last}** and the HHI from **{hhi_first}** to "
        "**{hhi_last}**. Over the same time, revenue goes from {revenue_first} to "
        "{revenue_last} ({change})."
    ),
    "dep_trend_lost": (
        "In {window}, your top customer was **{name}** ({share} of revenue); it is now "
        "**{status}**. Concentration falls mainly because this customer left, not because the "
        "portfolio diversified."
    ),
    # sectors
    "dep_sector_text": (
        {
            "count": "customers",
            "one": "**By sector**, the largest, **{name}**, accounts for **{top1}** of revenue with "
            "{customers} customer. Across {n} sectors the HHI is **{hhi}** (with {n} sectors "
            "it cannot fall below {floor}): dependence on a single sector is **{strength}**",
            "other": "**By sector**, the largest, **{name}**, accounts for **{top1}** of revenue "
            "with {customers} customers. Across {n} sectors the HHI is **{hhi}** (with {n} "
            "sectors it cannot fall below {floor}): dependence on a single sector is "
            "**{strength}**",
        }
    ),
    "dep_sector_half": ": a slowdown in that sector would hit more than half of the business.",
    # loss scenarios
    "dep_scen_none": "No loss scenario.",
    "dep_scen_first": (
        "If **{name}** left, the company would lose **{revenue}** of revenue ({share})"
    ),
    "dep_scen_first_margin": " and **{margin}** of gross margin ({share} of margin)",
    "dep_scen_replace": "; it would take **{n}** average customers to make up for it.",
    "dep_scen_months": "That lost margin equals **{months}** months of fixed costs.",
    "dep_scen_together": "Losing the top {n} together would cost **{share}** of revenue",
    "dep_scen_together_margin": " and **{share}** of margin.",
    "dep_scen_no_fixed": (
        "Fixed costs were not provided: the effect on the operating result is not expressed "
        "in months of fixed costs."
    ),
    "dep_scen_estimated": "Fixed costs estimated at {amount} a year from the net margin rate given.",
    # Monte Carlo
    "dep_mc_rule_item": "{pct} for a {status} customer",
    "dep_mc_draws": (
        "We simulated **{draws}** possible years: each customer leaves or stays at random, "
        "with a probability set by its trend ({rule})."
    ),
    "dep_mc_spread": (
        "In half of the cases, next year's revenue is above **{p50}** (median, against {base} "
        "today); one time in ten it falls below **{p10}**; one time in ten it is above {p90}."
    ),
    "dep_mc_drop": (
        "Probability that revenue falls by more than 10%: **{drop10}**; by more than 20%: "
        "**{drop20}**."
    ),
    "dep_mc_margin": (
        "For gross margin ({base} today): median {p50}, a fall of more than 10% in {drop10} "
        "of cases, more than 20% in {drop20}."
    ),
    "dep_mc_caveat": (
        "The simulation counts neither new customers nor growth of the customers kept: it "
        "measures the risk of loss; it is not a revenue forecast."
    ),
    # charts
    "dep_chart_pareto_title": "Pareto curve",
    "dep_chart_hhi": "HHI {hhi}",
    "dep_chart_p10": "P10",
    "dep_chart_p90": "P90",
    "dep_chart_mark": "{name}: {value}",
    # JupyterLab explorers
    "dep_explore_option": "{name} ({cid}) – {revenue}",
    "dep_explore_count": {"one": "{count} customer", "other": "{count} customers"},
    "dep_explore_major": "Major-customer threshold (% of revenue)",
    "dep_explore_dependence": "Economic-dependence threshold (% of revenue)",
    "dep_explore_search": "Search a customer (name or id)",
    "dep_explore_pick": "Customers to lose",
    "dep_explore_chosen": {
        "one": "{count} customer chosen: {names}",
        "other": "{count} customers chosen: {names}",
    },
}
