"""English wording of argument and input errors of the computation functions."""

WORDS: dict[str, str] = {
    # dependency.loss_scenarios: ids of a scenario not in the profile (scenario: repr of its key)
    "checks_scenario_unknown_ids": (
        {
            "one": "Scenario {scenario}: customer id not in the profile: {ids}. Check the customer "
            "ids.",
            "other": "Scenario {scenario}: customer ids not in the profile: {ids}. Check the "
            "customer ids.",
        }
    ),
    # dependency.monte_carlo: "id (value)" listing of probabilities outside [0, 1]
    "checks_loss_probability_range": (
        "Column loss_probability must hold a probability between 0 and 1 (0.25 for "
        "25 %); out-of-range values for: {listing}. If you entered percentages, "
        "divide them by 100."
    ),
}
