"""Stage 04 "classify": ABC (Pareto) classes of customers by net revenue."""

from clientmix.classify.abc import abc_classes, abc_summary, pareto_curve

__all__ = ["abc_classes", "abc_summary", "pareto_curve"]
