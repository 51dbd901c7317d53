"""What the report says: short plain-language sentences with the numbers, and display tables.

Every function returns a :class:`Prose` (Markdown) or a :class:`Table` (HTML) that Jupyter
displays as the value of a cell, in French (default) or English (``lang == "en"``). Data
placed in the text (customer names, file names, guesses) goes through
:func:`clientmix.labels.escape`, and tables go through ``DataFrame.to_html`` with escaping on,
so a customer called ``Dupont & Fils <SARL>`` is shown as written, never as markup.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Mapping
from typing import Any

import pandas as pd

from . import labels
from .labels import escape, fmt_date, fmt_int, fmt_money, fmt_pct, label
from .metrics import abc_summary, attribute_columns, breakdown

_NUMERIC = "[-+–0-9 \u00a0\u202f,.%€$£kM]*"  # formatted numbers (literal NBSPs for pyarrow)


class Prose(str):
    """Markdown text shown as rendered Markdown in Jupyter and in the report."""

    def _repr_markdown_(self) -> str:
        return str(self)


class Table:
    """A display table (cells already formatted as text); HTML-escaped when rendered."""

    def __init__(self, frame: pd.DataFrame, caption: str | None = None) -> None:
        self.frame = frame
        self.caption = caption

    def _repr_html_(self) -> str:
        body = self.frame.to_html(index=False, escape=True, border=0, classes="cm-table")
        # Numbers right-aligned, text left-aligned: one scoped rule per text column.
        numeric = self.frame.apply(lambda col: col.astype(str).str.fullmatch(_NUMERIC).all())
        digest = hashlib.sha1("\x1f".join(map(str, self.frame.columns)).encode()).hexdigest()
        key = f"cm-t{digest[:8]}"
        body = body.replace('class="dataframe cm-table"', f'class="dataframe cm-table {key}"', 1)
        rules = " ".join(
            f".{key} td:nth-child({i + 1}), .{key} th:nth-child({i + 1}) {{text-align: left;}}"
            for i, is_number in enumerate(numeric.to_numpy())
            if not is_number
        )
        style = f"<style>.{key} td, .{key} th {{text-align: right;}} {rules}</style>\n"
        if self.caption:
            body = f'<p class="cm-caption">{html.escape(self.caption)}</p>\n' + body
        return style + body

    def __repr__(self) -> str:
        return self.frame.to_string(index=False)


def _t(lang: str, fr: str, en: str) -> str:
    return en if lang == "en" else fr


def _bullets(items: list[str]) -> str:
    return "\n".join(f"- {item}" for item in items)


# --------------------------------------------------------------------------- 01 load


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
        out.append(_bullets(items))
    if warnings:
        out.append(_t(lang, "**Points d'attention :**", "**Points to check:**"))
        out.append(_bullets(warnings))
    if not out:
        out.append(
            _t(
                lang,
                "Rien à signaler sur la lecture des fichiers.",
                "Nothing to report on reading the files.",
            )
        )
    return Prose("\n\n".join(out))


# --------------------------------------------------------------------------- 02 profile


def profile_summary(profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR") -> Prose:
    """Number of customers, total, mean and median revenue per customer in the period."""
    active = profile[profile["revenue"] != 0]
    total = active["revenue"].sum()
    n = len(active)
    mean = total / n if n else float("nan")
    median = active["revenue"].median() if n else float("nan")
    text = _t(
        lang,
        f"**{fmt_int(n)}** clients ont acheté sur la période, pour **{fmt_money(total, lang, currency)}** "
        f"HT. Un client rapporte en moyenne **{fmt_money(mean, lang, currency)}**, mais la moitié "
        f"des clients rapporte moins de **{fmt_money(median, lang, currency)}** : la moyenne est "
        "tirée par les plus gros.",
        f"**{fmt_int(n, lang)}** customers bought in the period, for **{fmt_money(total, lang, currency)}** "
        f"excl. tax. The average customer brings **{fmt_money(mean, lang, currency)}**, but half "
        f"of them bring less than **{fmt_money(median, lang, currency)}**: the largest pull the "
        "average up.",
    )
    if "status" in profile:
        counts = profile["status"].value_counts()
        parts = [
            f"{fmt_int(counts[s], lang)} {label('status_' + s, lang)}"
            for s in ("new", "growing", "stable", "declining", "stopped")
            if counts.get(s, 0)
        ]
        if parts:
            text += " " + _t(
                lang,
                "Tendance sur 12 mois : " + ", ".join(parts) + ".",
                "12-month trend: " + ", ".join(parts) + ".",
            )
    return Prose(text)


def customer_table(
    profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR", n: int = 20
) -> Table:
    """The ``n`` customers with the highest net revenue: name, revenue, share, trend."""
    total = profile.loc[profile["revenue"] > 0, "revenue"].sum()
    top = profile.nlargest(n, "revenue", keep="first").assign(
        rank=lambda d: range(1, len(d) + 1),
        share=lambda d: d["revenue"] / total if total else float("nan"),
        cumulative_share=lambda d: d["revenue"].cumsum() / total if total else float("nan"),
    )
    kinds = {"rank": "int", "customer_id": "text"}
    if "customer_name" in top:
        kinds["customer_name"] = "text"
    kinds.update({"revenue": "money", "share": "pct", "cumulative_share": "pct"})
    if "gross_margin" in top and top["gross_margin"].notna().any():
        kinds["gross_margin"] = "money"
    if "growth" in top:
        kinds["growth"] = "pct"
    if "status" in top:
        kinds["status"] = "status"
    if "last_date" in top:
        kinds["last_date"] = "date"
    caption = _t(
        lang,
        f"Les {len(top)} premiers clients sur {fmt_int(len(profile))}",
        f"The top {len(top)} customers out of {fmt_int(len(profile), lang)}",
    )
    return Table(labels.format_frame(top, kinds, lang, currency), caption)


# --------------------------------------------------------------------------- 03 segment


def segment_summary(profile: pd.DataFrame, lang: str = "fr") -> Prose:
    """Which customer-file attributes are available to describe the customers."""
    columns = attribute_columns(profile)
    if not columns:
        return Prose(
            _t(
                lang,
                "Le fichier clients ne donne pas d'attribut (secteur, taille, région...) "
                "permettant de regrouper les clients : la typologie reste à construire avec "
                "l'entreprise.",
                "The customers file gives no attribute (sector, size, region...) to group "
                "customers by: the typology remains to be built with the company.",
            )
        )
    names = ", ".join(escape(labels.attribute_label(c, lang)) for c in columns)
    return Prose(
        _t(
            lang,
            f"Le fichier clients permet de regrouper les clients par : {names}. "
            "Pour chaque critère, voici le nombre de clients et le CA de la période.",
            f"The customers file groups customers by: {names}. For each criterion, here are "
            "the number of customers and the revenue of the period.",
        )
    )


def breakdown_table(profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR") -> Table | None:
    """One table of all attributes: criterion, group, customers, revenue, share."""
    columns = attribute_columns(profile)
    if not columns:
        return None
    frames = [
        breakdown(profile, c, label("not_given", lang), label("other", lang), lang).assign(
            criterion=labels.attribute_label(c, lang)
        )
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
        _t(lang, "Critère", "Criterion"),
        _t(lang, "Groupe", "Group"),
        *frame.columns[2:],
    ]
    return Table(frame)


# --------------------------------------------------------------------------- 04 classify


def abc_text(profile: pd.DataFrame, lang: str = "fr") -> Prose:
    """The Pareto reading: what share of customers makes 80 % of revenue."""
    table = abc_summary(profile).set_index("abc_class")
    a = table.loc["A"]
    c = table.loc["C"]
    return Prose(
        _t(
            lang,
            f"**{fmt_int(a['customers'])}** clients, soit **{fmt_pct(a['customer_share'])}** du "
            f"portefeuille, font **{fmt_pct(a['share'])}** du CA (classe A). À l'autre bout, "
            f"**{fmt_int(c['customers'])}** clients (**{fmt_pct(c['customer_share'])}**) ne "
            f"pèsent que **{fmt_pct(c['share'])}** du CA (classe C) : ce sont eux qu'il faut "
            "servir au plus juste, sans énergie supplémentaire.",
            f"**{fmt_int(a['customers'], lang)}** customers, i.e. **{fmt_pct(a['customer_share'], lang)}** "
            f"of the portfolio, make **{fmt_pct(a['share'], lang)}** of revenue (class A). At the "
            f"other end, **{fmt_int(c['customers'], lang)}** customers "
            f"(**{fmt_pct(c['customer_share'], lang)}**) weigh only **{fmt_pct(c['share'], lang)}** "
            "of revenue (class C): serve them exactly what was sold, with no extra energy.",
        )
    )


def abc_table(profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR") -> Table:
    """Customers, share of customers, revenue and share of revenue per ABC class."""
    table = abc_summary(profile)
    frame = labels.format_frame(
        table,
        {
            "abc_class": "text",
            "customers": "int",
            "customer_share": "pct",
            "revenue": "money",
            "share": "pct",
        },
        lang,
        currency,
    )
    frame.columns = [
        frame.columns[0],
        frame.columns[1],
        _t(lang, "Part des clients", "Share of customers"),
        *frame.columns[3:],
    ]
    return Table(frame)


# --------------------------------------------------------------------------- 05 recommend


def _conc(conc: Any) -> dict[str, Any]:
    return conc.to_dict() if hasattr(conc, "to_dict") else dict(conc)


def _name_of(profile: pd.DataFrame | None, customer_id: Any) -> str:
    if profile is None or customer_id is None or "customer_name" not in profile:
        return str(customer_id)
    names = profile.loc[profile["customer_id"] == customer_id, "customer_name"].dropna()
    return str(names.iloc[0]) if len(names) else str(customer_id)


def hhi_reading(hhi: float, thresholds: Mapping[str, float] | None = None, lang: str = "fr") -> str:
    """ "peu concentré" / "modérément concentré" / "très concentré" for an HHI (0-10,000)."""
    t = thresholds or {}
    moderate, high = t.get("hhi_moderate", 1000.0), t.get("hhi_high", 1800.0)
    if hhi > high:
        return _t(lang, "très concentré", "highly concentrated")
    if hhi >= moderate:
        return _t(lang, "modérément concentré", "moderately concentrated")
    return _t(lang, "peu concentré", "unconcentrated")


def concentration_verdict(
    conc: Any,
    profile: pd.DataFrame | None = None,
    lang: str = "fr",
    thresholds: Mapping[str, float] | None = None,
) -> Prose:
    """The verdict on dependency in a few sentences with the numbers.

    ``conc`` is a ``clientmix.concentration.Concentration`` (or its ``to_dict()``); the
    profile gives the customer names.
    """
    d = _conc(conc)
    t = dict(thresholds or {})
    name = escape(_name_of(profile, d.get("top1_customer")))
    top1, top5 = d.get("top1_share"), d.get("top5_share")
    majors = d.get("major_customers_10pct") or []
    n80 = d.get("customers_for_80pct")
    reading = hhi_reading(d.get("hhi", 0.0), t, lang)
    sentences = [
        _t(
            lang,
            f"Votre premier client, **{name}**, représente **{fmt_pct(top1)}** du CA ; les cinq "
            f"premiers en font **{fmt_pct(top5)}**.",
            f"Your largest customer, **{name}**, makes **{fmt_pct(top1, lang)}** of revenue; the "
            f"top five make **{fmt_pct(top5, lang)}**.",
        ),
        _t(
            lang,
            f"**{fmt_int(n80)}** clients suffisent à faire 80 % du CA. Le portefeuille est "
            f"**{reading}** (HHI {fmt_int(d.get('hhi'))} sur 10 000) : il pèse comme "
            f"**{labels.fmt_num(d.get('effective_customers'), lang, 1)}** clients de même taille.",
            f"**{fmt_int(n80, lang)}** customers are enough to make 80% of revenue. The portfolio "
            f"is **{reading}** (HHI {fmt_int(d.get('hhi'), lang)} out of 10,000): it weighs like "
            f"**{labels.fmt_num(d.get('effective_customers'), lang, 1)}** customers of equal size.",
        ),
    ]
    if d.get("economic_dependence"):
        sentences.append(
            _t(
                lang,
                f"**Dépendance économique** : un seul client dépasse {fmt_pct(t.get('dependence', 0.5), lang, 0)} "
                "du CA. Son départ mettrait l'entreprise en danger.",
                f"**Economic dependence**: a single customer is above {fmt_pct(t.get('dependence', 0.5), lang, 0)} "
                "of revenue. Losing it would put the company at risk.",
            )
        )
    elif majors:
        sentences.append(
            _t(
                lang,
                f"{fmt_int(len(majors))} client(s) pèsent chacun {fmt_pct(t.get('major', 0.1), lang, 0)} du CA "
                "ou plus : leur départ désorganiserait l'activité.",
                f"{fmt_int(len(majors), lang)} customer(s) each weigh {fmt_pct(t.get('major', 0.1), lang, 0)} of "
                "revenue or more: losing one would disrupt the business.",
            )
        )
    else:
        sentences.append(
            _t(
                lang,
                f"Aucun client n'atteint {fmt_pct(t.get('major', 0.1), lang, 0)} du CA : la "
                "dépendance à un client isolé est faible.",
                f"No customer reaches {fmt_pct(t.get('major', 0.1), lang, 0)} of revenue: "
                "dependence on any single customer is low.",
            )
        )
    return Prose(" ".join(sentences))


def concentration_table(conc: Any, profile: pd.DataFrame | None = None, lang: str = "fr") -> Table:
    """The headline concentration figures, one per row (shares as percentages)."""
    d = _conc(conc)
    majors = d.get("major_customers_10pct") or []
    rows = [
        ("top1_customer", _name_of(profile, d.get("top1_customer"))),
        ("top1_share", fmt_pct(d.get("top1_share"), lang)),
        ("top5_share", fmt_pct(d.get("top5_share"), lang)),
        ("top10_share", fmt_pct(d.get("top10_share"), lang)),
        ("customers_for_80pct", fmt_int(d.get("customers_for_80pct"), lang)),
        ("hhi", fmt_int(d.get("hhi"), lang)),
        ("effective_customers", labels.fmt_num(d.get("effective_customers"), lang, 1)),
        ("gini", labels.fmt_num(d.get("gini"), lang, 2)),
        (
            "major_customers_10pct",
            ", ".join(_name_of(profile, m) for m in majors) if majors else label("none", lang),
        ),
        ("economic_dependence", labels.fmt_bool(bool(d.get("economic_dependence")), lang)),
    ]
    frame = pd.DataFrame(
        {
            label("measure", lang): [label(k, lang) for k, _ in rows],
            label("value", lang): [v for _, v in rows],
        }
    )
    return Table(frame)


def section_title(notebook: str, lang: str = "fr") -> str:
    """Plain title of a report section ("01_load" -> "Les données reçues")."""
    return label(f"section_{notebook}", lang)
