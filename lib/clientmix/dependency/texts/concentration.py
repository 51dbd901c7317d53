"""The verdict on concentration (revenue or gross margin) and its headline table."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from clientmix.core import labels
from clientmix.core.display import Prose, Table
from clientmix.core.formats import locale_of
from clientmix.core.labels import fmt_int, fmt_pct, label
from clientmix.core.names import customer_names
from clientmix.dependency.texts.common import (
    conc_dict,
    level_text,
    name_list,
    name_of,
    plain_name,
    threshold_number,
    thresholds_in_use,
)

#: Up to this many major customers, each is listed with its share.
MAJOR_LIST_LIMIT = 8


def hhi_reading(hhi: float, thresholds: Mapping[str, float] | None = None, lang: str = "fr") -> str:
    """ "peu concentré" / "modérément concentré" / "très concentré" for an HHI (0-10,000),
    with the bounds ``hhi_moderate`` and ``hhi_high`` of ``thresholds`` (defaults 1,000 and
    1,800)."""
    t = thresholds_in_use(thresholds)
    if hhi > t["hhi_high"]:
        return level_text("high", lang)
    if hhi >= t["hhi_moderate"]:
        return level_text("moderate", lang)
    return level_text("unconcentrated", lang)


def _hhi_bounds(t: Mapping[str, float], lang: str) -> str:
    """The HHI scale in words, with the bounds in use."""
    return label(
        "dep_hhi_bounds",
        lang,
        moderate=fmt_int(t["hhi_moderate"], lang),
        high=fmt_int(t["hhi_high"], lang),
    )


def _who_weighs(
    d: Mapping[str, Any], name: str, what: str, t: Mapping[str, float], lang: str
) -> str:
    """First paragraph: the largest customer, the top five, the customers making ``pareto``."""
    top = label(
        "dep_conc_top",
        lang,
        name=name,
        top1=fmt_pct(d.get("top1_share"), lang),
        what=what,
        top5=fmt_pct(d.get("top5_share"), lang),
    )
    pareto = label(
        "dep_conc_pareto",
        lang,
        n80=fmt_int(d.get("customers_for_80pct"), lang),
        n=fmt_int(d.get("customers"), lang),
        share=fmt_pct(d.get("share_customers_for_80pct"), lang, 0),
        pareto=fmt_pct(t["pareto"], lang, 0),
        what=what,
    )
    return f"{top} {pareto}"


def _hhi_sentence(d: Mapping[str, Any], t: Mapping[str, float], lang: str) -> str:
    """Second paragraph: the HHI, its reading with the bounds, the effective customers."""
    reading = (
        level_text(d["hhi_level"], lang)
        if d.get("hhi_level")
        else hhi_reading(d.get("hhi", 0.0), t, lang)
    )
    return label(
        "dep_conc_hhi",
        lang,
        hhi=fmt_int(d.get("hhi"), lang),
        reading=reading,
        bounds=_hhi_bounds(t, lang),
        effective=labels.fmt_num(d.get("effective_customers"), lang, 1),
    )


def _major_shares(
    majors: list[str], total: float | None, profile: pd.DataFrame | None, measure: str, lang: str
) -> list[str]:
    """Formatted shares of the major customers ([] without a profile or a total).

    The Concentration carries the ids of the major customers, not their shares: they are
    read here from the profile's ``measure`` column over the Concentration's total.
    """
    if profile is None or not total:
        return []
    column = "revenue" if measure == "revenue" else "gross_margin"
    values = profile.assign(customer_id=profile["customer_id"].astype(str)).set_index(
        "customer_id"
    )[column]
    return [fmt_pct(values.get(m, float("nan")) / total, lang) for m in majors]


def _major_listing(
    majors: list[str],
    d: Mapping[str, Any],
    profile: pd.DataFrame | None,
    names: Mapping[str, str],
    lang: str,
    measure: str,
) -> str:
    """The major customers in bold, each with its share when they are few enough."""
    if len(majors) <= MAJOR_LIST_LIMIT:
        shares = _major_shares(majors, d.get("total"), profile, measure, lang)
        if shares:
            return ", ".join(
                label("dep_named_value", lang, name=name_of(names, m), value=share)
                for m, share in zip(majors, shares, strict=True)
            )
    return name_list(majors, names, lang, limit=MAJOR_LIST_LIMIT)


def _majors_sentence(majors: list[str], listing: str, what: str, major: str, lang: str) -> str:
    """The customers at ``major`` or more, with the disclosure rule of the report's locale
    (ASC 280 for en_US, IFRS 8 otherwise), or that none reaches it."""
    if not majors:
        return label("dep_conc_major_none", lang, major=major, what=what)
    standard = label(f"dep_standard_{major_standard(lang)}", lang)
    if len(majors) == 1:
        return label(
            "dep_conc_major_one", lang, major=major, what=what, listing=listing, standard=standard
        )
    return label(
        "dep_conc_major_many",
        lang,
        n=fmt_int(len(majors), lang),
        major=major,
        what=what,
        listing=listing,
        standard=standard,
    )


def major_standard(lang: str) -> str:
    """``"us"`` (ASC 280) when the report's locale is American, else ``"ifrs"`` (IFRS 8)."""
    return "us" if locale_of(lang).endswith("_US") else "ifrs"


def _dependence_sentences(
    d: Mapping[str, Any],
    profile: pd.DataFrame | None,
    names: Mapping[str, str],
    what: str,
    t: Mapping[str, float],
    lang: str,
    measure: str,
) -> list[str]:
    """Third paragraph: economic dependence, the major customers, no dependence (revenue)."""
    dependence = fmt_pct(t["dependence"], lang, 0)
    majors = [str(m) for m in d.get("major_customers_10pct") or []]
    out = []
    if d.get("economic_dependence"):
        name = name_of(names, d.get("top1_customer"))
        out.append(label("dep_conc_dependence", lang, name=name, dependence=dependence, what=what))
    listing = _major_listing(majors, d, profile, names, lang, measure) if majors else ""
    out.append(_majors_sentence(majors, listing, what, fmt_pct(t["major"], lang, 0), lang))
    if not d.get("economic_dependence") and measure == "revenue":
        out.append(label("dep_conc_no_dependence", lang, dependence=dependence, what=what))
    return out


def concentration_verdict(
    conc: Any,
    profile: pd.DataFrame | None = None,
    lang: str = "fr",
    thresholds: Mapping[str, float] | None = None,
    measure: str = "revenue",
) -> Prose:
    """The verdict on dependency in a few sentences with the numbers.

    ``conc`` is a ``clientmix.dependency.concentration.Concentration`` (or its ``to_dict()``) of net
    revenue (``measure="revenue"``) or gross margin (``measure="gross_margin"``); the profile
    gives the customer names and the shares of the major customers. Thresholds (fractions and
    HHI bounds) are the engagement's: those of ``conc``, overridden by ``thresholds``.
    Three paragraphs: who weighs what; the HHI reading; major customers and dependence.
    """
    d = conc_dict(conc)
    if not d.get("customers"):
        return Prose(label("dep_conc_none", lang))
    t = thresholds_in_use(d.get("thresholds"), thresholds)
    names = customer_names(profile)
    what = label("dep_what_revenue" if measure == "revenue" else "dep_what_margin", lang)
    name = name_of(names, d.get("top1_customer"))
    paragraphs = (
        _who_weighs(d, name, what, t, lang),
        _hhi_sentence(d, t, lang),
        " ".join(_dependence_sentences(d, profile, names, what, t, lang, measure)),
    )
    return Prose("\n\n".join(paragraphs))


def concentration_table(conc: Any, profile: pd.DataFrame | None = None, lang: str = "fr") -> Table:
    """The headline concentration figures, one per row (shares as percentages); the rows
    naming a threshold (80 %, 10 %, 50 % by default) show the thresholds of ``conc``."""
    d = conc_dict(conc)
    t = thresholds_in_use(d.get("thresholds"))
    names = customer_names(profile)
    majors = d.get("major_customers_10pct") or []
    rows = [
        (label("top1_customer", lang), plain_name(names, d.get("top1_customer"))),
        (label("top1_share", lang), fmt_pct(d.get("top1_share"), lang)),
        (label("top5_share", lang), fmt_pct(d.get("top5_share"), lang)),
        (label("top10_share", lang), fmt_pct(d.get("top10_share"), lang)),
        (pareto_label(t, lang), fmt_int(d.get("customers_for_80pct"), lang)),
        (label("hhi", lang), fmt_int(d.get("hhi"), lang)),
        (label("effective_customers", lang), labels.fmt_num(d.get("effective_customers"), lang, 1)),
        (label("gini", lang), labels.fmt_num(d.get("gini"), lang, 2)),
        (
            label("dep_row_major", lang, pct=threshold_number(t["major"], lang)),
            ", ".join(plain_name(names, m) for m in majors) if majors else label("none", lang),
        ),
        (
            label("dep_row_dependence", lang, pct=threshold_number(t["dependence"], lang)),
            labels.fmt_bool(bool(d.get("economic_dependence")), lang),
        ),
    ]
    frame = pd.DataFrame(
        {label("measure", lang): [k for k, _ in rows], label("value", lang): [v for _, v in rows]}
    )
    return Table(frame)


def pareto_label(t: Mapping[str, float], lang: str) -> str:
    """ "Clients faisant 80 % du CA" with the ``pareto`` threshold of ``t`` (default 0.8)."""
    pareto = thresholds_in_use(t)["pareto"]
    return label("dep_row_customers_for_pareto", lang, pct=threshold_number(pareto, lang))
