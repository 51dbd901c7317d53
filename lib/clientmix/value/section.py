"""The "Future value" section of the report (notebook 04_classify): its figures, computed
once, its metrics.json key ``future_value``, the interim table ``future_value`` and its line
for the front page."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from clientmix.core import interim, sections
from clientmix.core.formats import fmt_int, fmt_money, fmt_signed_pct
from clientmix.core.labels import label
from clientmix.ingest.config import load_config
from clientmix.value.figures import ValueFigures, ValueSettings, value_figures

SECTION = sections.Section(name="value", notebook="04_classify", keys=("future_value",))
#: the interim table handed to the classification and clients.xlsx
TABLE = "future_value"


def customer_base(profile: pd.DataFrame) -> pd.Series:
    """The ids of the customers invoiced in the period (prospects of the customers file
    never invoiced are left out), as text."""
    invoiced = profile["invoices"] > 0 if "invoices" in profile else slice(None)
    return profile.loc[invoiced, "customer_id"].astype(str)


def settings(load_info: Mapping[str, Any]) -> ValueSettings:
    """``future_value`` of the engagement (load.json when it carries it, else engagement.yaml
    read again from the engagement folder), the calibration end defaulting to the period end."""
    eng = load_info["engagement"]
    options = eng.get("future_value")
    if options is None:
        options = load_config(eng["root"]).future_value
    period_end = pd.Timestamp(eng["period_end"])
    end = options.get("calibration_end")
    return ValueSettings(
        calibration_end=period_end if end is None else pd.Timestamp(end),
        forecast_date=period_end,
        horizon_weeks=int(options.get("horizon_weeks", 52)),
        discount_rate=float(options.get("discount_rate") or 0.0),
    )


def figures(
    profile: pd.DataFrame, invoices: pd.DataFrame, load_info: Mapping[str, Any], lang: str = "fr"
) -> ValueFigures:
    """The section's figures with the engagement's settings, computed once (see
    :func:`clientmix.value.figures.value_figures`). ``profile`` and ``lang`` are taken for
    symmetry with the other sections."""
    return value_figures(invoices, settings(load_info))


def write_table(output_dir: str | Path, figs: ValueFigures, profile: pd.DataFrame) -> None:
    """Write the interim table ``future_value`` (customer_id, p_alive, expected_purchases_12m,
    expected_revenue_12m; one row per customer of the base, NaN when the model is left out)."""
    interim.write(output_dir, TABLE, figs.table(customer_base(profile)))


def publish(
    output_dir: str | Path,
    figs: ValueFigures,
    profile: pd.DataFrame,
    lang: str = "fr",
    currency: str = "EUR",
) -> None:
    """Write the interim table and hand the section's metrics.json key and front-page line to
    the report."""
    write_table(output_dir, figs, profile)
    metrics = figs.to_metrics(customer_base(profile))
    revenue_total = float(profile["revenue"].sum())
    sections.publish(output_dir, SECTION, metrics, findings(metrics, revenue_total, currency, lang))


def findings(
    metrics: Mapping[str, Any], revenue_total: float, currency: str = "EUR", lang: str = "fr"
) -> list[str]:
    """The front-page line (plain text): orders and revenue expected over the next 12 months
    against the period's net revenue ``revenue_total`` (currency); none when the model is
    left out."""
    fv = metrics.get("future_value") or {}
    if not fv.get("model") or fv.get("expected_purchases_12m") is None:
        return []
    revenue = ""
    expected = fv.get("expected_revenue_12m")
    if expected is not None:
        change = expected / revenue_total - 1.0 if revenue_total > 0 else None
        revenue = label(
            "brief_value_revenue",
            lang,
            expected=fmt_money(expected, lang, currency),
            change=fmt_signed_pct(change, lang, 0),
        )
    purchases = fmt_int(fv["expected_purchases_12m"], lang)
    return [label("brief_value", lang, purchases=purchases, revenue=revenue)]
