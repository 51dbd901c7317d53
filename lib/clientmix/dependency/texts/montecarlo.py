"""The simulated next year (Monte Carlo) in plain words."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from clientmix.core.display import Prose
from clientmix.core.labels import fmt_int, fmt_money, fmt_pct, label
from clientmix.dependency.texts.common import heading

#: Statuses in the order their loss probabilities are written.
STATUS_ORDER = ("stable", "growing", "new", "declining", "stopped")


def _loss_rule(probs: Mapping[str, float], lang: str) -> str:
    """ "5 % pour un client stable, ..." (fr): the loss probability of each status."""
    return ", ".join(
        label(
            "dep_mc_rule_item",
            lang,
            pct=fmt_pct(probs[s], lang, 0),
            status=label("status_" + s, lang),
        )
        for s in STATUS_ORDER
        if s in probs
    )


def _revenue_sentences(mc: Any, lang: str, currency: str) -> list[str]:
    """The draws and the rule; median, P10 and P90 of revenue; chances of a 10 % / 20 % fall."""
    return [
        label(
            "dep_mc_draws",
            lang,
            draws=fmt_int(mc.draws, lang),
            rule=_loss_rule(mc.loss_probability, lang),
        ),
        label(
            "dep_mc_spread",
            lang,
            p50=fmt_money(mc.p50, lang, currency),
            base=fmt_money(mc.base_revenue, lang, currency),
            p10=fmt_money(mc.p10, lang, currency),
            p90=fmt_money(mc.p90, lang, currency),
        ),
        label(
            "dep_mc_drop",
            lang,
            drop10=fmt_pct(mc.prob_drop_10pct, lang),
            drop20=fmt_pct(mc.prob_drop_20pct, lang),
        ),
    ]


def _margin_sentence(mc: Any, lang: str, currency: str) -> str:
    """Median of the margin and chances of a 10 % / 20 % fall."""
    return label(
        "dep_mc_margin",
        lang,
        base=fmt_money(mc.base_margin, lang, currency),
        p50=fmt_money(mc.margin_p50, lang, currency),
        drop10=fmt_pct(mc.margin_prob_drop_10pct, lang),
        drop20=fmt_pct(mc.margin_prob_drop_20pct, lang),
    )


def monte_carlo_text(figures: Any, lang: str = "fr", currency: str = "EUR") -> Prose:
    """The simulated next year: median, P10 / P90 (``currency``), probability of a fall of
    10 % and 20 %, for revenue and (when known) gross margin; new customers and growth of
    the customers kept are not simulated."""
    mc = figures.monte_carlo
    parts = _revenue_sentences(mc, lang, currency)
    if mc.margin_draws is not None:
        parts.append(_margin_sentence(mc, lang, currency))
    parts.append(label("dep_mc_caveat", lang))
    return Prose(heading("h_mc", lang) + "\n\n".join(parts))
