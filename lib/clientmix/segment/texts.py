"""Sentences and tables of the '03 Segment' section."""

from __future__ import annotations

import pandas as pd

from clientmix.core import labels
from clientmix.core.display import Prose, Table
from clientmix.core.labels import escape, fmt_num, label
from clientmix.segment.breakdown import BIN, NOT_GIVEN, OTHER, attribute_columns, breakdown


def segment_summary(profile: pd.DataFrame, lang: str = "fr") -> Prose:
    """Which customer-file attributes are available to describe the customers (measures,
    ids and attributes with a single value or one value per customer excluded)."""
    columns = attribute_columns(profile)
    if not columns:
        return Prose(label("segment_no_attribute", lang))
    names = ", ".join(escape(labels.attribute_label(c, lang)) for c in columns)
    return Prose(label("segment_attributes", lang, names=names))


def group_labels(table: pd.DataFrame, lang: str = "fr") -> pd.Series:
    """The readable name of each group of a :func:`~clientmix.segment.breakdown.breakdown`
    table: the value as written, a bin as ``"10 – 25"`` (bounds in the attribute's unit,
    whole numbers from 100 up or when whole, else one decimal), or the words for "not given"
    and "other"."""
    low = table["low"].map(lambda v: _bound(v, lang))
    high = table["high"].map(lambda v: _bound(v, lang))
    bins = pd.Series(
        [label("segment_bin", lang, low=lo, high=hi) for lo, hi in zip(low, high, strict=True)],
        index=table.index,
    )
    kind = table["kind"]
    return (
        table["group"]
        .astype(object)
        .mask(kind == BIN, bins)
        .mask(kind == NOT_GIVEN, label("not_given", lang))
        .mask(kind == OTHER, label("other", lang))
    )


def _bound(value: float, lang: str) -> str:
    """A bin bound as shown: no decimals from 100 up or for a whole number, else one (an
    en dash when missing)."""
    whole = pd.isna(value) or float(value).is_integer() or abs(value) >= 100
    return fmt_num(value, lang, 0 if whole else 1)


def worded_breakdown(profile: pd.DataFrame, attribute: str, lang: str = "fr") -> pd.DataFrame:
    """:func:`~clientmix.segment.breakdown.breakdown` of ``attribute`` with ``group`` replaced
    by its readable name (:func:`group_labels`): columns group, customers, revenue
    (currency), share (fraction of the period's revenue)."""
    table = breakdown(profile, attribute)
    return table.assign(group=group_labels(table, lang))[["group", "customers", "revenue", "share"]]


def breakdown_table(profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR") -> Table | None:
    """One table of all attributes: criterion, group, customers, revenue (``currency``),
    share of the period's revenue. None when the customers file gives no attribute."""
    columns = attribute_columns(profile)
    if not columns:
        return None
    frames = [
        worded_breakdown(profile, c, lang).assign(criterion=labels.attribute_label(c, lang))
        for c in columns
    ]
    table = pd.concat(frames, ignore_index=True)
    frame = labels.format_frame(
        table,
        {
            "criterion": "text",
            "group": "text",
            "customers": "int",
            "revenue": "money",
            "share": "pct",
        },
        lang,
        currency,
    )
    frame.columns = [
        label("segment_criterion", lang),
        label("segment_group", lang),
        *frame.columns[2:],
    ]
    return Table(frame)
