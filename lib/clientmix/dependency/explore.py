"""Interactive explorers for the consultant in JupyterLab (ipywidgets), over the library.

They are never part of the batch report: 05_recommend calls them only when its parameter
``interactive`` is True (papermill leaves it False), so the HTML report holds no widget.
The figures they show come from pure functions (:func:`loss_summary`,
:func:`threshold_summary`), tested without widgets.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from clientmix.core import labels
from clientmix.dependency import loss_scenarios
from clientmix.dependency.concentration import concentration
from clientmix.dependency.texts.common import threshold_number, thresholds_in_use

__all__ = [
    "filter_options",
    "loss_explorer",
    "loss_summary",
    "threshold_explorer",
    "threshold_summary",
]

MAX_OPTIONS = 200


def loss_summary(
    profile: pd.DataFrame,
    customer_ids: Sequence[str],
    *,
    fixed_costs: float | None = None,
    net_margin_rate: float | None = None,
    thresholds: Mapping[str, float] | None = None,
) -> dict[str, Any]:
    """What losing ``customer_ids`` together costs, and the concentration that remains.

    Parameters
    ----------
    profile : one row per customer (customer_id, revenue; optional gross_margin).
    customer_ids : ids to lose (may be empty).
    fixed_costs, net_margin_rate : the engagement's ``finance`` settings (or None).
    thresholds : concentration thresholds (major, dependence, pareto, hhi_moderate, hhi_high).

    Returns
    -------
    dict: lost_revenue, lost_revenue_share, lost_margin, lost_margin_share,
    months_of_fixed_costs, customers_to_replace (see
    :func:`clientmix.dependency.loss_scenarios`; 0 / NaN when nothing is lost), and
    remaining_top1_share, remaining_top1_customer, remaining_hhi (fractions / 0-10,000) over
    the customers kept.
    """
    ids = [str(i) for i in customer_ids]
    table = loss_scenarios(
        profile,
        fixed_costs=fixed_costs,
        net_margin_rate=net_margin_rate,
        scenarios={"selection": ids},
    )
    row = table.iloc[0].to_dict()
    values = profile.assign(customer_id=profile["customer_id"].astype(str)).set_index(
        "customer_id"
    )["revenue"]
    rest = concentration(values.drop(index=ids), **dict(thresholds or {}))
    return {
        "lost_revenue": row["lost_revenue"],
        "lost_revenue_share": row["lost_revenue_share"],
        "lost_margin": row["lost_margin"],
        "lost_margin_share": row["lost_margin_share"],
        "months_of_fixed_costs": row["months_of_fixed_costs"],
        "customers_to_replace": row["customers_to_replace"],
        "remaining_top1_share": rest.top1_share,
        "remaining_top1_customer": rest.top1_customer,
        "remaining_hhi": rest.hhi,
    }


def threshold_summary(
    profile: pd.DataFrame, major: float = 0.10, dependence: float = 0.50
) -> pd.DataFrame:
    """Customers whose share of net revenue is at least ``major`` (fraction), largest first.

    Returns
    -------
    DataFrame with customer_id, customer_name, revenue (currency), share (fraction of the
    positive revenue) and dependence (True when the share is above ``dependence``).
    """
    rows = profile.assign(customer_id=profile["customer_id"].astype(str)).set_index("customer_id")
    conc = concentration(rows["revenue"], major=major, dependence=dependence)
    ids = conc.major_customers_10pct
    out = pd.DataFrame({"customer_id": ids})
    names = rows["customer_name"] if "customer_name" in rows else rows.index.to_series()
    out["customer_name"] = names.reindex(ids).to_numpy()
    out["revenue"] = rows["revenue"].reindex(ids).to_numpy(dtype="float64")
    out["share"] = out["revenue"] / conc.total if conc.total else float("nan")
    out["dependence"] = out["share"] > dependence
    return out


def _options(profile: pd.DataFrame, lang: str, currency: str) -> list[tuple[str, str]]:
    """(label, id) of the customers with a positive revenue, largest first."""
    rows = profile[profile["revenue"] > 0].sort_values(
        ["revenue", "customer_id"], ascending=[False, True], kind="mergesort"
    )
    rows = rows.head(MAX_OPTIONS)
    names = rows["customer_name"] if "customer_name" in rows else rows["customer_id"]
    return [
        (
            labels.label(
                "dep_explore_option",
                lang,
                name=name,
                cid=cid,
                revenue=labels.fmt_money(rev, lang, currency),
            ),
            str(cid),
        )
        for name, cid, rev in zip(names, rows["customer_id"], rows["revenue"], strict=True)
    ]


def filter_options(
    options: Sequence[tuple[str, str]], query: str, chosen: Sequence[str] = ()
) -> list[tuple[str, str]]:
    """The (label, id) options whose label contains every word of ``query`` (case and accents
    ignored), the ``chosen`` ids always kept; all options for an empty query."""
    words = _folded(query).split()
    keep = set(map(str, chosen))
    return [
        (text, cid)
        for text, cid in options
        if cid in keep or all(word in _folded(text) for word in words)
    ]


def _folded(text: str) -> str:
    """``text`` in lower case without accents, for searching."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _loss_html(summary: Mapping[str, Any], lang: str, currency: str) -> str:
    """The :func:`loss_summary` of a selection as an HTML table (measure, value)."""
    s = summary
    rows = [
        ("lost_revenue", labels.fmt_money(s["lost_revenue"], lang, currency)),
        ("lost_revenue_share", labels.fmt_pct(s["lost_revenue_share"], lang)),
        ("lost_margin", labels.fmt_money(s["lost_margin"], lang, currency)),
        ("lost_margin_share", labels.fmt_pct(s["lost_margin_share"], lang)),
        ("months_of_fixed_costs", labels.fmt_num(s["months_of_fixed_costs"], lang, 1)),
        ("customers_to_replace", labels.fmt_num(s["customers_to_replace"], lang, 1)),
        ("top1_share", labels.fmt_pct(s["remaining_top1_share"], lang)),
        ("hhi", labels.fmt_int(s["remaining_hhi"], lang)),
    ]
    frame = pd.DataFrame(
        {
            labels.label("measure", lang): [labels.label(k, lang) for k, _ in rows],
            labels.label("value", lang): [v for _, v in rows],
        }
    )
    return frame.to_html(index=False, escape=True, border=0)


def loss_explorer(
    profile: pd.DataFrame,
    lang: str = "fr",
    currency: str = "EUR",
    finance: Mapping[str, Any] | None = None,
    thresholds: Mapping[str, float] | None = None,
) -> Any:
    """A search box over a multi-select of customers (the 200 largest) and what losing the
    chosen ones together costs: lost revenue and margin (amounts and shares), months of fixed
    costs, customers to replace, and the top customer's share and HHI among those who stay.
    Typing filters the list (:func:`filter_options`); chosen customers stay chosen.

    Returns an ``ipywidgets.VBox`` to show in JupyterLab.
    """
    import ipywidgets as w

    finance = dict(finance or {})
    options = _options(profile, lang, currency)
    wide = {"layout": w.Layout(width="95%"), "style": {"description_width": "initial"}}
    search = w.Text(description=labels.label("dep_explore_search", lang), **wide)
    select = w.SelectMultiple(
        options=options, rows=12, description=labels.label("dep_explore_pick", lang), **wide
    )
    chosen = w.HTML()
    result = w.HTML()

    def show(_change: object = None) -> None:
        ids = list(select.value)
        summary = loss_summary(
            profile,
            ids,
            fixed_costs=finance.get("fixed_costs"),
            net_margin_rate=finance.get("net_margin_rate"),
            thresholds=thresholds,
        )
        names = ", ".join(text for text, cid in options if cid in ids) or "–"
        line = labels.label("dep_explore_chosen", lang, count=len(ids), names=names)
        chosen.value = f"<p>{html.escape(line)}</p>"
        result.value = _loss_html(summary, lang, currency)

    def search_for(_change: object = None) -> None:
        kept = list(select.value)
        select.options = filter_options(options, search.value, kept)
        select.value = tuple(kept)

    search.observe(search_for, names="value")
    select.observe(show, names="value")
    show()
    return w.VBox([search, select, chosen, result])


def _threshold_html(
    profile: pd.DataFrame, major: float, dependence: float, lang: str, currency: str
) -> str:
    """The customers at ``major`` or more (fractions), their count and whether each is above
    ``dependence``, as HTML."""
    table = threshold_summary(profile, major, dependence)
    frame = labels.format_frame(
        table, {"customer_name": "text", "revenue": "money", "share": "pct"}, lang, currency
    )
    pct = threshold_number(dependence, lang)
    frame[labels.label("dep_row_dependence", lang, pct=pct)] = table["dependence"].map(
        lambda v: labels.fmt_bool(bool(v), lang)
    )
    count = labels.label("dep_explore_count", lang, count=labels.fmt_int(len(table), lang))
    return f"<p>{labels.escape(count)}</p>" + frame.to_html(index=False, escape=True, border=0)


def _percent_slider(value: float, bounds: tuple[float, float, float], key: str, lang: str) -> Any:
    """An ``ipywidgets.FloatSlider`` in percent (min, max, step in ``bounds``), labelled with
    the wording ``key``; one decimal shown when the step is below 1."""
    import ipywidgets as w

    low, high, step = bounds
    return w.FloatSlider(
        value=value,
        min=low,
        max=high,
        step=step,
        description=labels.label(key, lang),
        readout_format=".1f" if step < 1 else ".0f",
        style={"description_width": "initial"},
    )


def threshold_explorer(
    profile: pd.DataFrame,
    lang: str = "fr",
    currency: str = "EUR",
    thresholds: Mapping[str, float] | None = None,
) -> Any:
    """Sliders for the "major customer" and "economic dependence" thresholds (in %) and the
    customers that count under them. Returns an ``ipywidgets.VBox``."""
    import ipywidgets as w

    t = thresholds_in_use(thresholds)
    major = _percent_slider(100 * t["major"], (1, 50, 0.5), "dep_explore_major", lang)
    dependence = _percent_slider(100 * t["dependence"], (10, 90, 1), "dep_explore_dependence", lang)
    result = w.HTML()

    def show(_change: object = None) -> None:
        html = _threshold_html(profile, major.value / 100, dependence.value / 100, lang, currency)
        result.value = html

    major.observe(show, names="value")
    dependence.observe(show, names="value")
    show()
    return w.VBox([major, dependence, result])
