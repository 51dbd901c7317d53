"""Sentences and tables of the '01 Load' section."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from clientmix.core import labels
from clientmix.core.display import Prose, Table, bullets
from clientmix.core.labels import escape, fmt_date, fmt_int, fmt_money, label


def load_summary(info: Mapping[str, Any], lang: str = "fr") -> Prose:
    """Two or three sentences on what was read, kept, rejected, and the analysis period."""
    c, eng = info["controls"], info["engagement"]
    cur = eng["currency"]
    read, used, rejected = c.get("rows_read", 0), c.get("rows_used", 0), c.get("rows_rejected", 0)
    start, end = fmt_date(eng["period_start"], lang), fmt_date(eng["period_end"], lang)
    parts = [
        label(
            "ingest_summary_rows",
            lang,
            read=fmt_int(read, lang),
            used=fmt_int(used, lang),
            rejected=fmt_int(rejected, lang),
        ),
        label(
            "ingest_summary_period",
            lang,
            start=start,
            end=end,
            revenue=fmt_money(c.get("revenue_period"), lang, cur),
            customers=fmt_int(c.get("customers_period"), lang),
        ),
    ]
    if c.get("rows_outside_period"):
        parts.append(
            label("ingest_summary_outside", lang, rows=fmt_int(c["rows_outside_period"], lang))
        )
    return Prose(" ".join(parts))


def controls_table(info: Mapping[str, Any], lang: str = "fr") -> Table:
    """Control totals of the load (rows and revenue), one row per control."""
    c, cur = info["controls"], info["engagement"]["currency"]
    money = ("revenue_read", "revenue_used", "revenue_period")
    keys = [
        k
        for k in (
            "rows_read",
            "rows_used",
            "rows_rejected",
            "rows_outside_period",
            "duplicates",
            "revenue_read",
            "revenue_used",
            "revenue_period",
            "customers_period",
        )
        if k in c
    ]
    frame = pd.DataFrame(
        {
            label("measure", lang): [label(k, lang) for k in keys],
            label("value", lang): [
                fmt_money(c[k], lang, cur) if k in money else fmt_int(c[k], lang) for k in keys
            ],
        }
    )
    return Table(frame)


def rejected_table(rejected: pd.DataFrame, lang: str = "fr", n: int = 15) -> Table | Prose:
    """The first ``n`` rejected rows (file row, reason, detail), or a sentence when none."""
    if rejected is None or rejected.empty:
        return Prose(label("ingest_no_rejected_row", lang))
    kinds = {k: "text" for k in ("file", "source_row", "reason", "detail") if k in rejected}
    frame = labels.format_frame(rejected.head(n), kinds, lang)
    count = fmt_int(len(rejected), lang)
    if len(rejected) > n:
        caption = label("ingest_rejected_caption_first", lang, count=count, n=n)
    else:
        caption = label("ingest_rejected_caption", lang, count=count)
    return Table(frame, caption)


def guesses(info: Mapping[str, Any], lang: str = "fr") -> Prose:
    """The serious warnings first (the data is usable but the owner must be warned), then the
    loader's guesses (columns matched by name, separators...) and its warnings."""
    items = [escape(g) for g in info.get("guesses", [])]
    problems = info.get("problems", [])
    serious = [escape(p["text"]) for p in problems if p.get("level") == "serious"]
    warnings = [escape(p["text"]) for p in problems if p.get("level") == "warning"]
    out = []
    if serious:
        out.append(label("ingest_serious_heading", lang))
        out.append(bullets(serious))
    if items:
        out.append(label("ingest_inferred", lang))
        out.append(bullets(items))
    if warnings:
        out.append(label("ingest_points_to_check", lang))
        out.append(bullets(warnings))
    if not out:
        out.append(label("ingest_nothing_to_report", lang))
    return Prose("\n\n".join(out))
