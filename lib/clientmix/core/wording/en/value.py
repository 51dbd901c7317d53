"""English wording of future value (stage value: BG/NBD and Gamma-Gamma)."""

WORDS: dict[str, str] = {
    "value_left_out_no_purchases": (
        "The future-value model is not shown: no purchase before {date} "
        "(future_value.calibration_end in engagement.yaml)."
    ),
    "value_left_out_too_few_repeat": (
        "The future-value model is not shown: only **{repeat}** customers bought again before "
        "{date}; it takes at least {minimum} to estimate the model reliably. Bring a longer "
        "sales history or set future_value.calibration_end earlier."
    ),
    "value_left_out_not_converged": (
        "The future-value model is not shown: its fit on the purchases up to {date} did not "
        "converge ({customers} customers), so its forecasts would not be reliable."
    ),
    "value_summary": (
        "According to the BG/NBD model fitted on the purchases up to {date} ({customers} "
        "customers, one purchase = one buying day), the portfolio's **{base}** customers should "
        "place **{purchases}** orders over the next 12 months{revenue}."
    ),
    "value_summary_revenue": (
        ", for an expected revenue of **{expected}**, against **{current}** over the period "
        "({change})"
    ),
    "value_no_spend": (
        " The amount per purchase could not be modelled (Gamma-Gamma model did not converge): "
        "expected revenue is not given."
    ),
    "value_spend_dependence": (
        " Caution: purchase frequency and average basket are related (correlation "
        "{correlation}) while the spend model assumes them independent; read expected revenue "
        "as an order of magnitude."
    ),
    "value_lost_big": (
        "Big customers (revenue of the period and the 12 months before) probably lost "
        "(probability of still being active below {threshold}): "
        "{customers}."
    ),
    "value_lost_big_none": (
        "None of the {top} largest customers has a probability of still being active below "
        "{threshold}."
    ),
    "value_backtest": (
        "Check: fitted up to {start}, the model predicted **{predicted}** purchases from "
        "{start} to {end}; there were **{actual}** ({gap})."
    ),
    "value_horizon": "Value over {weeks} weeks (discounted at {rate} a year)",
    "p_alive": "Probability still active",
    "expected_purchases_12m": "Expected purchases (12 months)",
    "expected_revenue_12m": "Expected revenue (12 months)",
    "chart_value_alive": "Probability of still being active by time since the last purchase",
    "chart_value_alive_x": "Weeks since the last purchase",
    "chart_value_backtest": "Purchases per customer after calibration: predicted and actual",
    "chart_value_backtest_x": "Repeat purchases during calibration",
    "chart_value_backtest_y": "Purchases per customer",
    "value_predicted": "Predicted",
    "value_actual": "Actual",
    "brief_value": ("Future value: {purchases} orders expected over the next 12 months{revenue}."),
    "brief_value_revenue": ", i.e. {expected} of revenue ({change} against the period)",
}
