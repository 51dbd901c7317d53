"""The 'Dependency' section of the report: its figures, metrics.json keys and front-page lines."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from clientmix.core import labels
from clientmix.core.display import _t
from clientmix.core.labels import fmt_int, fmt_money, fmt_pct, label
from clientmix.dependency.texts import _names, hhi_reading


def key_findings(
    metrics: Mapping[str, Any], profile: pd.DataFrame | None = None, lang: str = "fr"
) -> list[str]:
    """The "En bref" box of the front page: a few plain sentences with the figures, for the
    business owner, from the metrics.json dict (customer names from ``profile``). Plain text:
    the caller escapes it."""
    names = _names(profile)
    cur = metrics.get("currency", "EUR")
    c = metrics.get("concentration") or {}
    thresholds = c.get("thresholds") or {}
    out = [
        _t(
            lang,
            f"CA HT de la période : {fmt_money(metrics['revenue_total'], lang, cur)}, réalisé "
            f"avec {fmt_int(metrics['customers'])} clients.",
            f"Revenue for the period: {fmt_money(metrics['revenue_total'], lang, cur)}, from "
            f"{fmt_int(metrics['customers'], lang)} customers.",
        )
    ]
    if c.get("top1_customer") is not None:
        top = names.get(str(c["top1_customer"]), str(c["top1_customer"]))
        reading = hhi_reading(c["hhi"], thresholds, lang)
        sentence = _t(
            lang,
            f"Premier client : {top}, {fmt_pct(c['top1_share'])} du CA ; "
            f"{fmt_int(c['customers_for_80pct'])} clients font 80 % du CA ; portefeuille "
            f"{reading} (HHI {fmt_int(c['hhi'])}).",
            f"Largest customer: {top}, {fmt_pct(c['top1_share'], lang)} of revenue; "
            f"{fmt_int(c['customers_for_80pct'], lang)} customers make 80% of revenue; "
            f"portfolio {reading} (HHI {fmt_int(c['hhi'], lang)}).",
        )
        if c.get("economic_dependence"):
            sentence += _t(
                lang,
                " Dépendance économique : un seul client dépasse la moitié du CA.",
                " Economic dependence: one customer makes more than half of revenue.",
            )
        out.append(sentence)
    m = metrics.get("margin_concentration")
    if m and m.get("total") and metrics.get("revenue_total"):
        rate = m["total"] / metrics["revenue_total"]
        top = names.get(str(m["top1_customer"]), str(m["top1_customer"]))
        out.append(
            _t(
                lang,
                f"Marge brute : {fmt_money(m['total'], lang, cur)} ({fmt_pct(rate)} du CA) ; "
                f"{fmt_int(m['customers_for_80pct'])} clients font 80 % de la marge, le "
                f"premier étant {top} ({fmt_pct(m['top1_share'])}).",
                f"Gross margin: {fmt_money(m['total'], lang, cur)} ({fmt_pct(rate, lang)} of "
                f"revenue); {fmt_int(m['customers_for_80pct'], lang)} customers make 80% of "
                f"it, the largest being {top} ({fmt_pct(m['top1_share'], lang)}).",
            )
        )
    movers = sorted(
        (
            t
            for t in metrics.get("top_customers") or []
            if t.get("status") in ("stopped", "declining")
        ),
        key=lambda t: (t["status"] != "stopped", -(t.get("revenue_prev") or 0.0)),
    )
    if movers:
        parts = []
        for t in movers[:4]:
            name = names.get(str(t["customer_id"]), str(t["customer_id"]))
            if t["status"] == "stopped":
                parts.append(f"{name} ({label('status_stopped', lang)})")
            else:
                parts.append(f"{name} ({labels.fmt_signed_pct(t.get('growth'), lang, 0)})")
        out.append(
            _t(
                lang,
                "Grands clients perdus ou en déclin sur 12 mois : " + ", ".join(parts) + ".",
                "Large customers lost or declining over 12 months: " + ", ".join(parts) + ".",
            )
        )
    scenarios = {s["scenario"]: s for s in metrics.get("scenarios") or []}
    one, three = scenarios.get("top1"), scenarios.get("top3_together")
    if one and three:
        margin_fr = margin_en = ""
        if one.get("lost_margin_share") is not None:
            margin_fr = f" et {fmt_pct(one['lost_margin_share'])} de la marge"
            margin_en = f" and {fmt_pct(one['lost_margin_share'], lang)} of margin"
        out.append(
            _t(
                lang,
                f"Perdre le premier client coûterait {fmt_pct(one['lost_revenue_share'])} du "
                f"CA{margin_fr} ; perdre les trois premiers, "
                f"{fmt_pct(three['lost_revenue_share'])} du CA.",
                f"Losing the largest customer would cost "
                f"{fmt_pct(one['lost_revenue_share'], lang)} of revenue{margin_en}; losing the "
                f"top three, {fmt_pct(three['lost_revenue_share'], lang)} of revenue.",
            )
        )
    mc = metrics.get("monte_carlo")
    if mc and mc.get("prob_drop_10pct") is not None:
        out.append(
            _t(
                lang,
                f"Risque que le CA baisse de plus de 10 % l'an prochain si rien ne change : "
                f"{fmt_pct(mc['prob_drop_10pct'], 'fr', 0)} (simulation des départs de clients).",
                f"Chance that revenue falls by more than 10% next year if nothing changes: "
                f"{fmt_pct(mc['prob_drop_10pct'], lang, 0)} (simulated customer departures).",
            )
        )
    return out
