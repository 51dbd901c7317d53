"""The one table of report wording (French and English) and the number formats of the report.

French is the default everywhere; English when ``lang == "en"``. French style: ``1 234 567 €``
(a non-breaking space U+00A0 between thousands and before the currency sign), ``12,3 %``,
dates ``31/12/2024``. English style: ``€1,234,567``, ``12.3%``, dates ``31/12/2024`` too (the
report is read in Europe; ISO would confuse a business owner).

Every function here is pure and cheap: it is imported by the notebooks' kernel and by the
report driver.
"""

from __future__ import annotations

import datetime as dt
import html
import math
import re
from collections.abc import Mapping
from typing import Any

import pandas as pd

NBSP = "\u00a0"
NNBSP = "\u202f"

CURRENCY_SIGNS = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF"}

# key -> (French, English). Keep the keys sorted by topic; add, don't rename.
LABELS: dict[str, tuple[str, str]] = {
    # report frame
    "report_title": ("Diagnostic du portefeuille clients", "Customer portfolio diagnostic"),
    "company": ("Entreprise", "Company"),
    "period": ("Période analysée", "Period analysed"),
    "period_range": ("du {start} au {end}", "from {start} to {end}"),
    "report_date": ("Date du rapport", "Report date"),
    "engagement": ("Mission", "Engagement"),
    "toc": ("Sommaire", "Contents"),
    "in_brief": ("En bref", "In brief"),
    "confidential": (
        "Document confidentiel, établi à partir des données de ventes transmises.",
        "Confidential document, built from the sales data provided.",
    ),
    # sections (one per notebook)
    "section_01_load": ("Les données reçues", "The data received"),
    "section_02_profile": ("Le chiffre d'affaires par client", "Revenue by customer"),
    "section_03_segment": ("Qui sont vos clients ?", "Who are your customers?"),
    "section_04_classify": (
        "Tous les clients ne pèsent pas autant",
        "Customers do not all weigh the same",
    ),
    "section_05_recommend": ("Dépendance aux grands clients", "Dependency on large customers"),
    # columns and measures
    "customer_id": ("Code client", "Customer code"),
    "customer_name": ("Client", "Customer"),
    "revenue": ("CA HT", "Revenue (excl. tax)"),
    "share": ("Part du CA", "Share of revenue"),
    "cumulative_share": ("Part cumulée", "Cumulative share"),
    "gross_margin": ("Marge brute", "Gross margin"),
    "invoices": ("Lignes de facture", "Invoice lines"),
    "first_date": ("Premier achat", "First purchase"),
    "last_date": ("Dernier achat", "Last purchase"),
    "growth": ("Évolution sur 12 mois", "12-month change"),
    "status": ("Tendance", "Trend"),
    "customers": ("Clients", "Customers"),
    "rank": ("Rang", "Rank"),
    "month": ("Mois", "Month"),
    "value": ("Valeur", "Value"),
    "measure": ("Indicateur", "Measure"),
    "abc_class": ("Classe", "Class"),
    "count": ("Nombre", "Count"),
    "not_given": ("non renseigné", "not given"),
    "other": ("autres", "other"),
    # statuses
    "status_new": ("nouveau", "new"),
    "status_stable": ("stable", "stable"),
    "status_growing": ("en croissance", "growing"),
    "status_declining": ("en déclin", "declining"),
    "status_stopped": ("perdu", "lost"),
    "status_none": ("sans achat", "no purchase"),
    # load controls
    "rows_read": ("Lignes lues", "Rows read"),
    "rows_used": ("Lignes retenues", "Rows used"),
    "rows_rejected": ("Lignes rejetées", "Rows rejected"),
    "rows_outside_period": ("Lignes hors période", "Rows outside the period"),
    "revenue_read": ("CA lu (toutes lignes)", "Revenue read (all rows)"),
    "revenue_used": ("CA retenu (toutes périodes)", "Revenue used (all periods)"),
    "revenue_period": ("CA de la période", "Revenue in the period"),
    "duplicates": ("Doublons", "Duplicates"),
    "customers_period": ("Clients actifs sur la période", "Active customers in the period"),
    "source_row": ("Ligne du fichier", "File row"),
    "reason": ("Motif", "Reason"),
    "detail": ("Détail", "Detail"),
    "file": ("Fichier", "File"),
    # concentration
    "top1_share": ("Part du premier client", "Top customer's share"),
    "top1_customer": ("Premier client", "Top customer"),
    "top5_share": ("Part des 5 premiers clients", "Top 5 customers' share"),
    "top10_share": ("Part des 10 premiers clients", "Top 10 customers' share"),
    "hhi": ("Indice de concentration HHI (0 à 10 000)", "HHI concentration index (0 to 10,000)"),
    "effective_customers": ("Nombre effectif de clients", "Effective number of customers"),
    "gini": ("Indice de Gini", "Gini index"),
    "customers_for_80pct": ("Clients faisant 80 % du CA", "Customers making 80% of revenue"),
    "major_customers_10pct": (
        "Clients à 10 % du CA ou plus",
        "Customers at 10% of revenue or more",
    ),
    "economic_dependence": (
        "Dépendance économique (un client > 50 %)",
        "Economic dependence (one customer > 50%)",
    ),
    "yes": ("oui", "yes"),
    "no": ("non", "no"),
    "none": ("aucun", "none"),
    # charts
    "chart_revenue_month": ("CA HT par mois", "Revenue by month (excl. tax)"),
    "chart_top_customers": ("Les {n} premiers clients", "The top {n} customers"),
    "chart_breakdown": ("CA HT par {attribute}", "Revenue by {attribute}"),
    "chart_pareto": ("Courbe de Pareto (ABC)", "Pareto curve (ABC)"),
    "chart_pareto_x": (
        "Part des clients (du plus gros au plus petit)",
        "Share of customers (largest first)",
    ),
    "chart_pareto_y": ("Part cumulée du CA", "Cumulative share of revenue"),
    "chart_lorenz": ("Courbe de Lorenz", "Lorenz curve"),
    "chart_lorenz_x": (
        "Part cumulée des clients (du plus petit au plus gros)",
        "Cumulative share of customers (smallest first)",
    ),
    "chart_lorenz_y": ("Part cumulée du CA", "Cumulative share of revenue"),
    "equality": ("Répartition égale", "Equal split"),
    # dependency section (05)
    "revenue_prev": ("CA des 12 mois précédents", "Revenue, previous 12 months"),
    "prev_rank": ("Rang l'an passé", "Rank last year"),
    "margin_share": ("Part de la marge", "Share of margin"),
    "margin_rank": ("Rang en marge", "Margin rank"),
    "revenue_rank": ("Rang en CA", "Revenue rank"),
    "gross_margin_rate": ("Taux de marge", "Margin rate"),
    "window": ("Période de 12 mois", "12-month period"),
    "sector_group": ("Secteur", "Sector"),
    "scenario": ("Scénario", "Scenario"),
    "lost_revenue": ("CA perdu", "Revenue lost"),
    "lost_revenue_share": ("Part du CA", "Share of revenue"),
    "lost_margin": ("Marge brute perdue", "Gross margin lost"),
    "lost_margin_share": ("Part de la marge", "Share of margin"),
    "months_of_fixed_costs": ("Mois de charges fixes", "Months of fixed costs"),
    "customers_to_replace": (
        "Clients moyens à trouver pour compenser",
        "Average customers needed to make up",
    ),
    "scenario_one": ("Perte de {name}", "Loss of {name}"),
    "scenario_together": (
        "Perte des {n} premiers clients ensemble",
        "Loss of the top {n} customers together",
    ),
    "chart_lorenz_pareto": (
        "Répartition du CA entre clients",
        "How revenue spreads across customers",
    ),
    "chart_pareto_80": ("{n} clients font {pct} du CA", "{n} customers make {pct} of revenue"),
    "chart_trend": (
        "Concentration du CA par période de 12 mois",
        "Revenue concentration by 12-month period",
    ),
    "chart_mc": (
        "CA de l'an prochain si des clients partent",
        "Next year's revenue if customers leave",
    ),
    "chart_mc_x": ("CA simulé de l'an prochain", "Simulated revenue next year"),
    "chart_mc_y": ("Part des simulations", "Share of simulations"),
    "mc_base": ("CA actuel", "Current revenue"),
    "mc_median": ("Médiane", "Median"),
    "h_margin": ("Qui fait la marge ?", "Who makes the margin?"),
    "h_top": ("Vos plus gros clients et leur tendance", "Your largest customers and their trend"),
    "h_trend": (
        "La dépendance monte-t-elle ou baisse-t-elle ?",
        "Is dependence rising or falling?",
    ),
    "h_sector": ("Dépendance à un secteur", "Dependence on a sector"),
    "h_scenarios": ("Et si un grand client partait ?", "What if a large customer left?"),
    "h_mc": ("L'incertitude sur l'an prochain", "Uncertainty about next year"),
}

# Readable names for customer-file attribute columns (others are shown as they are).
ATTRIBUTES: dict[str, tuple[str, str]] = {
    "sector": ("secteur", "sector"),
    "customer_type": ("type de client", "customer type"),
    "workstations": ("nombre de postes", "workstations"),
    "servers": ("nombre de serveurs", "servers"),
    "user_type": ("type d'utilisateurs", "user type"),
    "budget": ("budget", "budget"),
    "needs": ("besoins", "needs"),
    "it_maturity": ("rapport à l'informatique", "attitude to IT"),
    "region": ("région", "region"),
    "headcount": ("effectif", "headcount"),
    "potential": ("potentiel", "potential"),
    "effort_hours": ("temps passé (heures)", "time spent (hours)"),
    "size": ("taille", "size"),
    "tenure_years": ("ancienneté (années)", "tenure (years)"),
}


def _lang(lang: str | None) -> int:
    return 1 if lang == "en" else 0


def label(key: str, lang: str = "fr", **fields: Any) -> str:
    """The wording of ``key`` in ``lang`` ("fr" unless "en"), with ``{fields}`` filled in.

    Unknown keys come back as the key itself, so a missing label shows rather than crashes.
    """
    pair = LABELS.get(key)
    text = pair[_lang(lang)] if pair else key
    return text.format(**fields) if fields else text


def attribute_label(column: str, lang: str = "fr") -> str:
    """Readable name of a customer-file attribute column (the column name when unknown)."""
    pair = ATTRIBUTES.get(column)
    return pair[_lang(lang)] if pair else column.replace("_", " ")


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _group(digits: str, sep: str) -> str:
    return re.sub(r"(\d)(?=(\d{3})+$)", rf"\1{sep}", digits)


def fmt_num(value: float | int | None, lang: str = "fr", decimals: int = 0) -> str:
    """A number with thousands grouping: ``1 234 567,8`` (fr, NBSP) or ``1,234,567.8`` (en).

    Missing values (None, NaN) give an en dash.
    """
    if _is_missing(value):
        return "–"
    value = float(value)
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    text = f"{abs(value):.{decimals}f}"
    whole, _, frac = text.partition(".")
    if lang == "en":
        out = _group(whole, ",") + ("." + frac if frac else "")
    else:
        out = _group(whole, NBSP) + ("," + frac if frac else "")
    if value < 0 and float(text) != 0:
        out = "-" + out
    return out


def fmt_int(value: float | int | None, lang: str = "fr") -> str:
    """A whole number with thousands grouping (``12 345`` in French with a NBSP)."""
    return fmt_num(value, lang, 0)


def fmt_money(
    value: float | int | None, lang: str = "fr", currency: str = "EUR", decimals: int = 0
) -> str:
    """An amount in ``currency``: ``1 234 567 €`` (fr, NBSP separators) or ``€1,234,567`` (en)."""
    if _is_missing(value):
        return "–"
    sign = CURRENCY_SIGNS.get(currency, currency)
    number = fmt_num(value, lang, decimals)
    if lang == "en":
        if sign in ("€", "$", "£"):
            return f"-{sign}{number[1:]}" if number.startswith("-") else f"{sign}{number}"
        return f"{number} {sign}"
    return f"{number}{NBSP}{sign}"


def fmt_pct(value: float | None, lang: str = "fr", decimals: int = 1) -> str:
    """A fraction in [0, 1] as a percentage: 0.123 -> ``12,3 %`` (fr, NBSP) or ``12.3%`` (en)."""
    if _is_missing(value):
        return "–"
    number = fmt_num(float(value) * 100.0, lang, decimals)
    return f"{number}%" if lang == "en" else f"{number}{NBSP}%"


def fmt_signed_pct(value: float | None, lang: str = "fr", decimals: int = 1) -> str:
    """A change as a signed percentage: 0.25 -> ``+25,0 %``, -0.4 -> ``-40,0 %``."""
    text = fmt_pct(value, lang, decimals)
    if _is_missing(value) or text.startswith("-") or float(value) * 10 ** (decimals + 2) < 0.5:
        return text
    return "+" + text


def fmt_date(value: Any, lang: str = "fr") -> str:
    """A date as ``31/12/2024`` (both languages); en dash when missing."""
    if _is_missing(value):
        return "–"
    if isinstance(value, str):
        value = pd.Timestamp(value)
    if isinstance(value, pd.Timestamp | dt.date | dt.datetime):
        return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
    raise TypeError(f"fmt_date expects a date, got {type(value).__name__}")


def fmt_bool(value: bool, lang: str = "fr") -> str:
    """``oui``/``non`` (fr) or ``yes``/``no`` (en)."""
    return label("yes" if value else "no", lang)


def escape(text: Any) -> str:
    """Data (a customer name, a file name) made safe to place in HTML or Markdown output.

    Markdown markup characters are backslash-escaped, then HTML special characters become
    entities, so ``Dupont & Fils <SARL>`` shows as written and never as markup.
    """
    out = re.sub(r"([\\`*_\[\]{}#|~])", r"\\\1", str(text))
    return html.escape(out, quote=False)


def fmt_money_short(value: float | int | None, lang: str = "fr", currency: str = "EUR") -> str:
    """A compact amount for chart axes: ``250 k€``, ``1,2 M€`` (fr) or ``€250k``, ``€1.2M`` (en)."""
    if _is_missing(value):
        return "–"
    value = float(value)
    size = abs(value)
    if size >= 1e6:
        number, unit = value / 1e6, "M"
    elif size >= 1e3:
        number, unit = value / 1e3, "k"
    else:
        number, unit = value, ""
    decimals = 0 if abs(number) >= 10 or number == int(number) else 1
    text = fmt_num(number, lang, decimals)
    sign = CURRENCY_SIGNS.get(currency, currency)
    if lang == "en" and sign in ("€", "$", "£"):
        return f"-{sign}{text[1:]}{unit}" if text.startswith("-") else f"{sign}{text}{unit}"
    return f"{text}{NBSP}{unit}{sign}"


def format_frame(
    frame: pd.DataFrame, kinds: Mapping[str, str], lang: str = "fr", currency: str = "EUR"
) -> pd.DataFrame:
    """A copy of ``frame`` with formatted text cells and translated headers, for display.

    Parameters
    ----------
    frame : the columns to show, in order (only those in ``kinds`` are kept).
    kinds : column -> "money" | "pct" (fraction in [0, 1]) | "signed_pct" (a change, shown
        with its sign: +12,3 %) | "int" | "hhi" | "date" | "status" | "text" | "num".
    lang, currency : output language and currency code of money columns.

    Returns
    -------
    DataFrame of strings; headers are the labels of the column names (attribute names for
    customer-file columns). Text is left as is: ``DataFrame.to_html`` escapes it.
    """
    out = pd.DataFrame(index=frame.index)
    for column, kind in kinds.items():
        values = frame[column]
        if kind == "money":
            cells = values.map(lambda v: fmt_money(v, lang, currency))
        elif kind == "pct":
            cells = values.map(lambda v: fmt_pct(v, lang))
        elif kind == "signed_pct":
            cells = values.map(lambda v: fmt_signed_pct(v, lang))
        elif kind == "hhi":
            cells = values.map(lambda v: fmt_int(v, lang))
        elif kind == "int":
            cells = values.map(lambda v: fmt_int(v, lang))
        elif kind == "num":
            cells = values.map(lambda v: fmt_num(v, lang, 1))
        elif kind == "date":
            cells = values.map(lambda v: fmt_date(v, lang))
        elif kind == "status":
            cells = values.map(lambda v: "–" if _is_missing(v) else label(f"status_{v}", lang))
        else:
            cells = values.map(lambda v: "–" if _is_missing(v) else str(v))
        header = label(column, lang) if column in LABELS else attribute_label(column, lang)
        out[header] = cells.astype(str)
    return out
