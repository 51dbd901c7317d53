"""Stage 04 "classify": ABC (Pareto) classes on revenue and margin, ideal-customer portrait
scores, Key Account Management classes, strategic and too-large flags, service tiers on the
contribution to margin, and their sensitivity."""

from clientmix.classify.abc import (
    abc_classes,
    abc_matrix,
    abc_summary,
    pareto_classes,
    pareto_curve,
)
from clientmix.classify.classes import kam_classes, strategic, too_large
from clientmix.classify.figures import (
    ClassifyFigures,
    Settings,
    classify_figures,
    figures_sensitivity,
)
from clientmix.classify.scoring import Criterion, score_customers
from clientmix.classify.tiers import contribution, service_tiers

__all__ = [
    "ClassifyFigures",
    "Criterion",
    "Settings",
    "abc_classes",
    "abc_matrix",
    "abc_summary",
    "classify_figures",
    "contribution",
    "figures_sensitivity",
    "kam_classes",
    "pareto_classes",
    "pareto_curve",
    "score_customers",
    "service_tiers",
    "strategic",
    "too_large",
]
