"""An interactive panel for the consultant in JupyterLab (ipywidgets): tune the grid's weights,
the class cut-offs and the tier thresholds, and see the classes and tiers move.

Never part of the batch report: 04_classify calls it only when its parameter ``interactive``
is True (papermill leaves it False). The figures come from :func:`tuned_summary`, tested
without widgets.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from clientmix.classify.classes import CLASSES
from clientmix.classify.figures import ClassifyFigures
from clientmix.classify.sensitivity import classes_with
from clientmix.classify.tiers import TIERS, service_tiers
from clientmix.core import labels

__all__ = ["tuned_summary", "tuning_panel"]


def tuned_summary(
    figs: ClassifyFigures,
    weights: Mapping[str, float] | None = None,
    cuts: Mapping[str, float] | None = None,
    tier_cuts: Mapping[str, float] | None = None,
) -> pd.DataFrame:
    """Customers and share of net revenue per KAM class and per tier with some weights
    (criterion column -> weight), class cut-offs (value, potential; 0-100) or tier thresholds
    (gold, premium; fractions) replaced. Columns: group ("class" or "tier"), name, customers,
    revenue_share (fraction of the net revenue), changed (customers whose class or tier is not
    the one of ``figs``)."""
    c = figs.customers
    cuts = {**figs.settings.classes, **(cuts or {})}
    tier_cuts = {**figs.settings.tiers, **(tier_cuts or {})}
    kam = classes_with(figs.scores.criteria, c["customer_id"], figs.scores.used, cuts, weights)
    tier = service_tiers(c["contribution"], tier_cuts["gold"], tier_cuts["premium"])
    total = c["revenue"].sum()
    rows = []
    for group, values, base, names in (
        ("class", kam, c["kam_class"], CLASSES),
        ("tier", tier, c["tier"], TIERS),
    ):
        changed = int((values != base).sum())
        for name in names:
            rows.append(
                (
                    group,
                    name,
                    int((values == name).sum()),
                    c.loc[values == name, "revenue"].sum() / total if total else float("nan"),
                    changed,
                )
            )
    return pd.DataFrame(rows, columns=["group", "name", "customers", "revenue_share", "changed"])


def _summary_html(table: pd.DataFrame, lang: str) -> str:
    frame = pd.DataFrame(
        {
            labels.label("classify_h_class", lang): [
                labels.label(f"classify_{'class' if g == 'class' else 'tier'}_{n}", lang)
                for g, n in zip(table["group"], table["name"], strict=True)
            ],
            labels.label("customers", lang): table["customers"].map(
                lambda v: labels.fmt_int(v, lang)
            ),
            labels.label("share", lang): table["revenue_share"].map(
                lambda v: labels.fmt_pct(v, lang)
            ),
        }
    )
    changed = table.groupby("group")["changed"].first()
    note = " · ".join(
        f"{labels.label('classify_kind_' + ('cut' if g == 'class' else 'tier'), lang)}: {labels.fmt_int(n, lang)}"
        for g, n in changed.items()
    )
    return frame.to_html(index=False, escape=True, border=0) + f"<p>{labels.escape(note)}</p>"


def tuning_panel(figs: ClassifyFigures, lang: str = "fr") -> Any:
    """Sliders for each criterion's weight (0-5), the class cut-offs (0-100) and the tier
    thresholds (%), and the resulting classes and tiers. Returns an ``ipywidgets.VBox``."""
    import ipywidgets as w

    style = {"description_width": "initial"}
    weights = {
        c.column: w.FloatSlider(
            value=c.weight, min=0, max=5, step=0.5, description=c.column, style=style
        )
        for c in figs.scores.used
    }
    cuts = {
        k: w.FloatSlider(
            value=v,
            min=0,
            max=100,
            step=5,
            description=labels.label(f"classify_cut_{k}", lang),
            style=style,
        )
        for k, v in figs.settings.classes.items()
        if k in ("value", "potential")
    }
    tiers = {
        k: w.FloatSlider(
            value=figs.settings.tiers[k] * 100,
            min=5,
            max=100,
            step=5,
            description=labels.label(f"classify_tier_{k}", lang),
            style=style,
        )
        for k in ("gold", "premium")
    }
    result = w.HTML()

    def show(_change: object = None) -> None:
        gold, premium = tiers["gold"].value / 100, tiers["premium"].value / 100
        table = tuned_summary(
            figs,
            {k: s.value for k, s in weights.items()},
            {k: s.value for k, s in cuts.items()},
            {"gold": min(gold, premium - 0.01), "premium": premium},
        )
        result.value = _summary_html(table, lang)

    for slider in (*weights.values(), *cuts.values(), *tiers.values()):
        slider.observe(show, names="value")
    show()
    return w.VBox([*weights.values(), *cuts.values(), *tiers.values(), result])
