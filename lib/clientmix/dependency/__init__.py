"""Stage 05 "dependency": concentration of revenue and margin, its trend, sectors, loss
scenarios and the Monte Carlo simulation of next year (computation only; the stage's wording
is in ``texts``, its figures in ``charts``, its JupyterLab panels in ``explore``)."""

from clientmix.dependency.concentration import (
    Concentration,
    ConcentrationInputError,
    check_thresholds,
    concentration,
    lorenz_curve,
    pareto_curve,
)
from clientmix.dependency.groups import group_concentration
from clientmix.dependency.montecarlo import DEFAULT_LOSS_PROBABILITY, MonteCarloResult, monte_carlo
from clientmix.dependency.scenarios import default_scenarios, loss_scenarios
from clientmix.dependency.top import top_customers
from clientmix.dependency.windows import concentration_by_year

__all__ = [
    "DEFAULT_LOSS_PROBABILITY",
    "Concentration",
    "ConcentrationInputError",
    "MonteCarloResult",
    "check_thresholds",
    "concentration",
    "concentration_by_year",
    "default_scenarios",
    "group_concentration",
    "lorenz_curve",
    "loss_scenarios",
    "monte_carlo",
    "pareto_curve",
    "top_customers",
]
