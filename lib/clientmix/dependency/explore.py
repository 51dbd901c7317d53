"""Interactive explorers for the consultant in JupyterLab (ipywidgets), over the library.

They are never part of the batch report: 05_recommend calls them only when its parameter
``interactive`` is True (papermill leaves it False), so the HTML report holds no widget.
The figures they show come from pure functions (:func:`loss_summary`,
:func:`threshold_summary`), tested without widgets.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from clientmix.core import labels
from clientmix.dependency import loss_scenarios
from clientmix.dependency.concentration import concentration

__all__ = ["loss_explorer", "loss_summary", "threshold_explorer", "threshold_summary"]

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
    conc = concentration(
        profile.assign(customer_id=profile["customer_id"].astype(str)).set_index("customer_id")[
            "revenue"
        ],
        major=major,
        dependence=dependence,
    )
    ids = conc.major_customers_10pct
    rows = profile.assign(customer_id=profile["customer_id"].astype(str)).set_index("customer_id")
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
        (f"{name} ({cid}) – {labels.fmt_money(rev, lang, currency)}", str(cid))
        for name, cid, rev in zip(names, rows["customer_id"], rows["revenue"], strict=True)
    ]


def loss_explorer(
    profile: pd.DataFrame,
    lang: str = "fr",
    currency: str = "EUR",
    finance: Mapping[str, Any] | None = None,
    thresholds: Mapping[str, float] | None = None,
) -> Any:
    """A multi-select of customers (the 200 largest) and what losing them together costs:
    lost revenue and margin (amounts and shares), months of fixed costs, customers to
    replace, and the top customer's share and HHI among those who stay.

    Returns an ``ipywidgets.VBox`` to show in JupyterLab.
    """
    import ipywidgets as w

    finance = dict(finance or {})
    select = w.SelectMultiple(
        options=_options(profile, lang, currency),
        rows=12,
        description=labels.label("customers", lang),
        layout=w.Layout(width="95%"),
    )
    result = w.HTML()

    def show(_change: object = None) -> None:
        s = loss_summary(
            profile,
            list(select.value),
            fixed_costs=finance.get("fixed_costs"),
            net_margin_rate=finance.get("net_margin_rate"),
            thresholds=thresholds,
        )
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
        result.value = frame.to_html(index=False, escape=True, border=0)

    select.observe(show, names="value")
    show()
    return w.VBox([select, result])


def threshold_explorer(
    profile: pd.DataFrame,
    lang: str = "fr",
    currency: str = "EUR",
    thresholds: Mapping[str, float] | None = None,
) -> Any:
    """Sliders for the "major customer" and "economic dependence" thresholds (in %) and the
    customers that count under them. Returns an ``ipywidgets.VBox``."""
    import ipywidgets as w

    t = dict(thresholds or {})
    major = w.FloatSlider(
        value=100 * t.get("major", 0.10),
        min=1,
        max=50,
        step=0.5,
        description=labels.label("major_customers_10pct", lang).split(" ")[0] + " %",
        readout_format=".1f",
        style={"description_width": "initial"},
    )
    dependence = w.FloatSlider(
        value=100 * t.get("dependence", 0.50),
        min=10,
        max=90,
        step=1,
        description=labels.label("economic_dependence", lang).split(" (")[0] + " %",
        readout_format=".0f",
        style={"description_width": "initial"},
    )
    result = w.HTML()

    def show(_change: object = None) -> None:
        table = threshold_summary(profile, major.value / 100, dependence.value / 100)
        frame = labels.format_frame(
            table, {"customer_name": "text", "revenue": "money", "share": "pct"}, lang, currency
        )
        frame[labels.label("economic_dependence", lang)] = [
            labels.fmt_bool(bool(v), lang) for v in table["dependence"]
        ]
        head = (
            f"<p>{labels.fmt_int(len(table), lang)} "
            f"{labels.escape(labels.label('customers', lang).lower())}</p>"
        )
        result.value = head + frame.to_html(index=False, escape=True, border=0)

    major.observe(show, names="value")
    dependence.observe(show, names="value")
    show()
    return w.VBox([major, dependence, result])
