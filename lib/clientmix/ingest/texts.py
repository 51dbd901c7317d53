"""Sentences and tables of the '01 Load' section."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from clientmix.core import labels
from clientmix.core.display import Prose, Table, _t, bullets
from clientmix.core.labels import escape, fmt_date, fmt_int, fmt_money, label


def load_summary(info: Mapping[str, Any], lang: str = "fr") -> Prose:
    """Two or three sentences on what was read, kept, rejected, and the analysis period."""
    c, eng = info["controls"], info["engagement"]
    cur = eng["currency"]
    read, used, rejected = c.get("rows_read", 0), c.get("rows_used", 0), c.get("rows_rejected", 0)
    start, end = fmt_date(eng["period_start"]), fmt_date(eng["period_end"])
    parts = [
        _t(
            lang,
            f"Nous avons lu **{fmt_int(read)}** lignes de ventes ; **{fmt_int(used)}** sont "
            f"retenues et **{fmt_int(rejected)}** rejetées (détail ci-dessous).",
            f"We read **{fmt_int(read, lang)}** sales rows; **{fmt_int(used, lang)}** are kept "
            f"and **{fmt_int(rejected, lang)}** rejected (details below).",
        ),
        _t(
            lang,
            f"L'analyse porte sur la période du **{start}** au **{end}** : "
            f"**{fmt_money(c.get('revenue_period'), lang, cur)}** de chiffre d'affaires HT, "
            f"avoirs déduits, réalisés avec **{fmt_int(c.get('customers_period'))}** clients.",
            f"The analysis covers **{start}** to **{end}**: "
            f"**{fmt_money(c.get('revenue_period'), lang, cur)}** of revenue excl. tax, net of "
            f"credit notes, from **{fmt_int(c.get('customers_period'), lang)}** customers.",
        ),
    ]
    if c.get("rows_outside_period"):
        parts.append(
            _t(
                lang,
                f"{fmt_int(c['rows_outside_period'])} lignes hors de cette période servent à "
                "mesurer l'ancienneté et l'évolution des clients.",
                f"{fmt_int(c['rows_outside_period'], lang)} rows outside this period are used "
                "for customer tenure and trends.",
            )
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
        return Prose(_t(lang, "Aucune ligne rejetée.", "No row rejected."))
    kinds = {k: "text" for k in ("file", "source_row", "reason", "detail") if k in rejected}
    frame = labels.format_frame(rejected.head(n), kinds, lang)
    caption = _t(
        lang,
        f"{fmt_int(len(rejected))} lignes rejetées"
        + (f", les {n} premières :" if len(rejected) > n else " :"),
        f"{fmt_int(len(rejected), lang)} rows rejected"
        + (f", the first {n}:" if len(rejected) > n else ":"),
    )
    return Table(frame, caption)


def guesses(info: Mapping[str, Any], lang: str = "fr") -> Prose:
    """The loader's guesses (columns matched by name, separators...) and its warnings."""
    items = [escape(g) for g in info.get("guesses", [])]
    warnings = [escape(p["text"]) for p in info.get("problems", []) if p.get("level") == "warning"]
    out = []
    if items:
        out.append(
            _t(
                lang,
                "**Ce que nous avons déduit des fichiers :**",
                "**What we inferred from the files:**",
            )
        )
        out.append(bullets(items))
    if warnings:
        out.append(_t(lang, "**Points d'attention :**", "**Points to check:**"))
        out.append(bullets(warnings))
    if not out:
        out.append(
            _t(
                lang,
                "Rien à signaler sur la lecture des fichiers.",
                "Nothing to report on reading the files.",
            )
        )
    return Prose("\n\n".join(out))
