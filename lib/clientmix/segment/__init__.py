"""Stage 03 "segment": customers and revenue by the consultant's criteria (customer-file
attributes; numeric ones cut in quantile bins)."""

from clientmix.segment.breakdown import (
    BIN,
    NOT_GIVEN,
    OTHER,
    VALUE,
    attribute_columns,
    breakdown,
)

__all__ = ["BIN", "NOT_GIVEN", "OTHER", "VALUE", "attribute_columns", "breakdown"]
