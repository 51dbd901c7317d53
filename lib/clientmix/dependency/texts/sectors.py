"""Dependence on a sector as a whole: the text and the table by sector."""

from __future__ import annotations

from typing import Any

from clientmix.core import labels
from clientmix.core.display import Prose, Table
from clientmix.core.labels import escape, fmt_int, fmt_pct, label
from clientmix.dependency.records import sector_level_of
from clientmix.dependency.texts.common import heading, strength_text

#: Above this share of revenue, a slowdown of the first sector hits "more than half" of it.
HALF = 0.5


def sector_text(figures: Any, lang: str = "fr") -> Prose | None:
    """Dependence on a sector as a whole (share of the first sector, HHI of sectors over the
    sectors with a positive revenue); None without a sector attribute or revenue."""
    if figures.sectors is None or figures.sector is None:
        return None
    d = figures.sector.to_dict()
    if not d.get("customers"):
        return None
    table = figures.sectors
    first = table.iloc[0]
    text = label(
        "dep_sector_text",
        lang,
        name=escape(first[table.columns[0]]),
        top1=fmt_pct(d["top1_share"], lang),
        customers=fmt_int(first["customers"], lang),
        n=fmt_int(d["customers"], lang),
        hhi=fmt_int(d["hhi"], lang),
        floor=fmt_int(10_000 / d["customers"], lang),
        strength=strength_text(sector_level_of(figures.sector), lang),
    )
    ending = "dep_sector_half" if d.get("top1_share", 0) > HALF else "dep_full_stop"
    return Prose(heading("h_sector", lang) + text + label(ending, lang))


def sector_table(figures: Any, lang: str = "fr", currency: str = "EUR") -> Table | None:
    """Revenue, share and customers by sector (and margin when known)."""
    if figures.sectors is None:
        return None
    table = figures.sectors
    by = table.columns[0]
    frame = table.assign(sector_group=table[by])
    kinds = {"sector_group": "text", "revenue": "money", "share": "pct", "customers": "int"}
    if "margin_share" in table and table["margin_share"].notna().any():
        kinds["margin_share"] = "pct"
    return Table(labels.format_frame(frame, kinds, lang, currency))
