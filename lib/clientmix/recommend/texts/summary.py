"""The summary's sentences (plain text: the front page escapes them; the notebook escapes them
for Markdown), the first actions, and the methods text stating the traffic-light rules."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from clientmix.core.display import Prose, bullets
from clientmix.core.labels import (
    escape,
    fmt_int,
    fmt_money,
    fmt_pct,
    fmt_signed_pct,
    has_label,
    label,
)
from clientmix.recommend.rules import RULES, Finding

NAMES_SHOWN = 3


def counted(key: str, number: float | None, lang: str = "fr", **fields: Any) -> str:
    """The wording of ``key``, or of its singular form ``<key>_one`` when ``number`` is 1."""
    singular = f"{key}_one"
    if number is not None and round(float(number), 6) == 1 and has_label(singular):
        key = singular
    return label(key, lang, **fields)


def names_text(
    ids: list[str], names: Mapping[str, str], limit: int = NAMES_SHOWN, lang: str = "fr"
) -> str:
    """The first ``limit`` customers' names (ids when unknown), comma-separated, then "et 7
    autres" / "and 7 others" (plain text)."""
    shown = [names.get(str(i), str(i)) for i in ids[:limit]]
    rest = len(ids) - len(shown)
    if rest > 0:
        return ", ".join(shown) + counted("rec_others", rest, lang, count=fmt_int(rest, lang))
    return ", ".join(shown)


def finding_text(
    f: Finding, names: Mapping[str, str], lang: str = "fr", currency: str = "EUR"
) -> str:
    """The sentence of one finding, with its number (plain text)."""
    x, v = f.fields, f.value
    pct = fmt_pct
    if f.code == "lost_big_customers":
        return label(
            "rec_f_lost_big_customers",
            lang,
            names=names_text(x["ids"], names, lang=lang),
            lost=fmt_money(x["lost"], lang, currency),
            share=pct(v, lang),
        )
    if f.code == "revenue_trend":
        key = "rec_f_revenue_trend_down" if v < 0 else "rec_f_revenue_trend_up"
        return label(
            key,
            lang,
            change=fmt_signed_pct(v, lang, 0).lstrip("+-−"),
            previous=fmt_money(x["previous"], lang, currency),
            revenue=fmt_money(x["revenue"], lang, currency),
        )
    if f.code == "dependence":
        text = label(
            "rec_f_dependence",
            lang,
            top=names.get(x["top"], x["top"]),
            share=pct(v, lang),
            effective=fmt_int(x["effective"], lang),
        )
        if x["too_large"]:
            text += label(
                "rec_f_dependence_large",
                lang,
                major=pct(x["major"], lang, 0),
                names=names_text(x["too_large"], names, lang=lang),
            )
        return text
    if f.code == "sector_dependence":
        growth = ""
        if x.get("growth") is not None:
            growth = label("rec_f_sector_growth", lang, growth=fmt_signed_pct(x["growth"], lang, 0))
        return label(
            "rec_f_sector_dependence",
            lang,
            share=pct(v, lang, 0),
            sector=x["sector"],
            growth=growth,
        )
    return _other_text(f, lang, currency)


def _other_text(f: Finding, lang: str, currency: str) -> str:
    x, v = f.fields, f.value
    if f.code == "effort":
        return counted(
            "rec_f_effort",
            x["customers"],
            lang,
            customers=fmt_int(x["customers"], lang),
            revenue=fmt_pct(x["revenue_share"], lang),
            effort=fmt_pct(v, lang, 0),
            hours=fmt_int(x["movable_hours"], lang),
        )
    if f.code == "money_losing":
        if v == 1:
            return label("rec_f_money_losing_one", lang)
        return label("rec_f_money_losing", lang, count=fmt_int(v, lang))
    if f.code == "margin_concentration":
        return counted(
            "rec_f_margin_concentration",
            x["customers"],
            lang,
            customers=fmt_int(x["customers"], lang),
            share=fmt_pct(v, lang, 0),
        )
    if f.code == "customers_at_risk":
        return counted(
            "rec_f_customers_at_risk",
            x["customers"],
            lang,
            customers=fmt_int(x["customers"], lang),
            share=fmt_pct(v, lang),
        )
    if f.code == "net_revenue_retention":
        return label("rec_f_net_revenue_retention", lang, nrr=fmt_pct(v, lang, 0))
    if f.code == "growth_spread":
        return _growth_text(f, lang)
    if f.code == "sleeping_revenue":
        return counted(
            "rec_f_sleeping_revenue",
            x["customers"],
            lang,
            total=fmt_money(x["total"], lang, currency),
            customers=fmt_int(x["customers"], lang),
            share=fmt_pct(v, lang),
        )
    return counted(
        "rec_f_classes",
        x["small"],
        lang,
        small=fmt_int(x["small"], lang),
        customers=fmt_pct(v, lang, 0),
        small_share=fmt_pct(x["small_share"], lang),
        loyal=fmt_int(x["loyal"], lang),
        loyal_share=fmt_pct(x["loyal_share"], lang),
    )


def _growth_text(f: Finding, lang: str) -> str:
    x = f.fields
    return label(
        f"rec_f_growth_spread_{f.light}",
        lang,
        growth=fmt_signed_pct(x["growth"], lang, 0),
        growing=fmt_int(x["growing"], lang),
        segments=fmt_int(x["segments"], lang),
        criterion=_criterion(x["criterion"], lang),
        segment=x.get("segment", ""),
    )


def _criterion(name: str, lang: str) -> str:
    from clientmix.core.labels import attribute_label

    return attribute_label(name, lang)


def action_text(
    row: Any,
    names: Mapping[str, str],
    lang: str = "fr",
    currency: str = "EUR",
    segments: str = "",
) -> str:
    """The sentence of one action of the plan (a row of the plan table; plain text)."""
    fields: dict[str, Any] = dict(row.fields or {})
    count = fields.get("count", len(row.customers))
    number = fields.get("new_customers") if row.code == "diversify" else count
    return counted(
        f"rec_a_{row.code}",
        number,
        lang,
        customers=names_text(list(row.customers), names, lang=lang),
        hours=fmt_int(fields.get("hours"), lang),
        structure=label(f"rec_structure_{fields.get('structure', 'fluid')}", lang),
        count=fmt_int(count, lang),
        new_customers=fmt_int(fields.get("new_customers"), lang),
        new_revenue=fmt_money(fields.get("new_revenue"), lang, currency),
        segments=segments,
    )


def summary_prose(
    findings: list[str], lights: list[str], actions: list[str], lang: str = "fr"
) -> Prose:
    """The summary as Markdown for the notebook: each finding with its light, then the first
    actions (sentences are plain text, escaped here)."""
    items = [
        f"**{label(f'rec_light_{light}', lang)}** · {escape(text)}"
        for text, light in zip(findings, lights, strict=True)
    ]
    steps = "\n".join(f"{i}. {escape(text)}" for i, text in enumerate(actions, start=1))
    return Prose(
        f"### {label('rec_h_summary', lang)}\n\n{bullets(items)}\n\n"
        f"**{label('rec_first_actions', lang)}**\n\n{steps}\n"
    )


def methods_prose(major: float = 0.10, lang: str = "fr") -> Prose:
    """The appendix text: every rule of the summary and its traffic-light thresholds."""
    rules = [
        label(f"rec_rule_{rule.__name__}", lang, major=fmt_pct(major, lang, 0)) for rule in RULES
    ]
    return Prose(
        f"### {label('rec_h_methods', lang)}\n\n{label('rec_rules_intro', lang)}\n\n"
        + bullets([escape(r) for r in rules])
    )
