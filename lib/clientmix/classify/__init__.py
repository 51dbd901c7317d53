"""Stage 04 "classify": ABC (Pareto) classes."""
