"""Sentences and tables of the 'Dependency' section."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from clientmix.core import labels
from clientmix.core.display import Prose, Table, _t
from clientmix.core.labels import escape, fmt_int, fmt_money, fmt_pct, label


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


def _names(profile: pd.DataFrame | None) -> dict[str, str]:
    """customer_id -> customer name (the id when the name is unknown)."""
    if profile is None:
        return {}
    ids = profile["customer_id"].astype(str)
    if "customer_name" not in profile:
        return dict(zip(ids, ids, strict=True))
    names = profile["customer_name"].where(profile["customer_name"].notna(), ids).astype(str)
    return dict(zip(ids, names, strict=True))


def _name_list(ids: list[str], names: Mapping[str, str], lang: str, limit: int = 5) -> str:
    """Escaped names in bold, "a, b et c" (fr) / "a, b and c" (en), "et N autres" beyond limit."""
    shown = [f"**{escape(names.get(str(i), str(i)))}**" for i in ids[:limit]]
    rest = len(ids) - len(shown)
    if rest > 0:
        shown.append(_t(lang, f"{fmt_int(rest)} autres", f"{fmt_int(rest, lang)} others"))
    if len(shown) == 1:
        return shown[0]
    return ", ".join(shown[:-1]) + _t(lang, " et ", " and ") + shown[-1]


def _hhi_bounds(t: Mapping[str, float], lang: str) -> str:
    moderate, high = t.get("hhi_moderate", 1000.0), t.get("hhi_high", 1800.0)
    return _t(
        lang,
        f"moins de {fmt_int(moderate)} : peu concentré ; de {fmt_int(moderate)} à "
        f"{fmt_int(high)} : modérément concentré ; au-delà : très concentré",
        f"below {fmt_int(moderate, lang)}: unconcentrated; {fmt_int(moderate, lang)} to "
        f"{fmt_int(high, lang)}: moderate; above: highly concentrated",
    )


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
    HHI bounds) are the engagement's.
    """
    d = _conc(conc)
    t = {**d.get("thresholds", {}), **dict(thresholds or {})}
    names = _names(profile)
    if not d.get("customers"):
        return Prose(
            _t(
                lang,
                "Aucun client n'a de montant positif sur la période : la concentration ne "
                "peut pas être mesurée.",
                "No customer has a positive amount in the period: concentration cannot be "
                "measured.",
            )
        )
    what = (
        _t(lang, "du CA", "of revenue")
        if measure == "revenue"
        else _t(lang, "de la marge brute", "of gross margin")
    )
    top1_id = str(d.get("top1_customer"))
    name = escape(names.get(top1_id, top1_id))
    n, n80 = d.get("customers"), d.get("customers_for_80pct")
    pareto = fmt_pct(t.get("pareto", 0.8), lang, 0)
    reading = (
        _level(d["hhi_level"], lang)
        if d.get("hhi_level")
        else hhi_reading(d.get("hhi", 0.0), t, lang)
    )
    sentences = [
        _t(
            lang,
            f"Votre premier client, **{name}**, représente **{fmt_pct(d.get('top1_share'))}** "
            f"{what} ; les cinq premiers en font **{fmt_pct(d.get('top5_share'))}**.",
            f"Your largest customer, **{name}**, makes **{fmt_pct(d.get('top1_share'), lang)}** "
            f"{what}; the top five make **{fmt_pct(d.get('top5_share'), lang)}**.",
        ),
        _t(
            lang,
            f"**{fmt_int(n80)}** clients sur {fmt_int(n)} "
            f"({fmt_pct(d.get('share_customers_for_80pct', n80 / n), lang, 0)}) font {pareto} {what}.",
            f"**{fmt_int(n80, lang)}** customers out of {fmt_int(n, lang)} "
            f"({fmt_pct(d.get('share_customers_for_80pct', n80 / n), lang, 0)}) make {pareto} {what}.",
        ),
        _t(
            lang,
            f"L'indice de concentration HHI vaut **{fmt_int(d.get('hhi'))}** sur 10 000 : "
            f"portefeuille **{reading}** ({_hhi_bounds(t, lang)}). Il pèse comme "
            f"{labels.fmt_num(d.get('effective_customers'), lang, 1)} clients de même taille.",
            f"The HHI concentration index is **{fmt_int(d.get('hhi'), lang)}** out of 10,000: "
            f"a **{reading}** portfolio ({_hhi_bounds(t, lang)}). It weighs like "
            f"{labels.fmt_num(d.get('effective_customers'), lang, 1)} customers of equal size.",
        ),
    ]
    majors = [str(m) for m in d.get("major_customers_10pct") or []]
    major = fmt_pct(t.get("major", 0.1), lang, 0)
    dependence = fmt_pct(t.get("dependence", 0.5), lang, 0)
    if d.get("economic_dependence"):
        sentences.append(
            _t(
                lang,
                f"**Dépendance économique** : {name} pèse à lui seul plus de {dependence} "
                f"{what}. Son départ mettrait l'entreprise en danger.",
                f"**Economic dependence**: {name} alone weighs more than {dependence} {what}. "
                "Losing it would put the company at risk.",
            )
        )
    if majors:
        total = d.get("total")
        shares = []
        if profile is not None and total:
            column = "revenue" if measure == "revenue" else "gross_margin"
            values = profile.assign(customer_id=profile["customer_id"].astype(str)).set_index(
                "customer_id"
            )[column]
            shares = [fmt_pct(values.get(m, float("nan")) / total, lang) for m in majors]
        listing = _name_list(majors, names, lang, limit=8)
        if shares and len(majors) <= 8:
            listing = ", ".join(
                f"**{escape(names.get(m, m))}** ({sh})"
                for m, sh in zip(majors, shares, strict=True)
            )
        if len(majors) == 1:
            sentences.append(
                _t(
                    lang,
                    f"Un client pèse {major} {what} ou plus (seuil à partir duquel les normes "
                    f"comptables IFRS 8 imposent de le signaler) : {listing}. Son départ "
                    "désorganiserait l'activité.",
                    f"One customer weighs {major} {what} or more (the IFRS 8 disclosure "
                    f"threshold): {listing}. Losing it would disrupt the business.",
                )
            )
        else:
            sentences.append(
                _t(
                    lang,
                    f"{fmt_int(len(majors))} clients pèsent chacun {major} {what} ou plus (seuil "
                    f"à partir duquel les normes comptables IFRS 8 imposent de les signaler) : "
                    f"{listing}. Le départ de l'un d'eux désorganiserait l'activité.",
                    f"{fmt_int(len(majors), lang)} customers each weigh {major} {what} or more "
                    f"(the IFRS 8 disclosure threshold): {listing}. Losing one would disrupt the "
                    "business.",
                )
            )
    else:
        sentences.append(
            _t(
                lang,
                f"Aucun client n'atteint {major} {what} : la dépendance à un client isolé est "
                "faible.",
                f"No customer reaches {major} {what}: dependence on any single customer is low.",
            )
        )
    if not d.get("economic_dependence") and measure == "revenue":
        sentences.append(
            _t(
                lang,
                f"Pas de dépendance économique : aucun client ne dépasse {dependence} {what}.",
                f"No economic dependence: no customer is above {dependence} {what}.",
            )
        )
    # three short paragraphs: who weighs what; the HHI reading; major customers and dependence
    return Prose(" ".join(sentences[:2]) + "\n\n" + sentences[2] + "\n\n" + " ".join(sentences[3:]))


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


_LEVELS = {
    "unconcentrated": ("peu concentré", "unconcentrated"),
    "moderate": ("modérément concentré", "moderately concentrated"),
    "high": ("très concentré", "highly concentrated"),
}


def _heading(key: str, lang: str) -> str:
    return f"### {label(key, lang)}\n\n"


def _strength(level: str | None, lang: str) -> str:
    """ "faible" / "modérée" / "forte" (fr) for an HHI level, to qualify a dependence."""
    pairs = {
        "unconcentrated": ("faible", "low"),
        "moderate": ("modérée", "moderate"),
        "high": ("forte", "high"),
    }
    pair = pairs.get(level or "", ("–", "–"))
    return pair[1] if lang == "en" else pair[0]


def _level(level: str | None, lang: str) -> str:
    pair = _LEVELS.get(level or "", ("–", "–"))
    return pair[1] if lang == "en" else pair[0]


def margin_verdict(
    figures: Any, profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR"
) -> Prose | None:
    """Who makes the margin versus who makes the revenue (seed 002), or None without costs.

    ``figures`` is a ``clientmix.metrics.DependencyFigures``. Names the large customers (top 10
    by revenue) whose share of gross margin is below three quarters of their share of revenue,
    and the customers of the margin top 10 that weigh more in margin than in revenue.
    """
    if figures.margin is None or figures.margin_top is None:
        return None
    m = figures.margin.to_dict()
    names = _names(profile)
    total_margin = m.get("total")
    revenue_total = figures.revenue.total
    top1 = str(m.get("top1_customer"))
    parts = [
        _t(
            lang,
            f"Sur la marge brute ({fmt_money(total_margin, lang, currency)}, soit "
            f"{fmt_pct(total_margin / revenue_total if revenue_total else None)} du CA), le "
            f"premier client est **{escape(names.get(top1, top1))}** avec "
            f"**{fmt_pct(m.get('top1_share'))}** de la marge ; **{fmt_int(m.get('customers_for_80pct'))}"
            f"** clients font 80 % de la marge ; l'indice HHI vaut **{fmt_int(m.get('hhi'))}** "
            f"({_level(m.get('hhi_level'), lang)}).",
            f"On gross margin ({fmt_money(total_margin, lang, currency)}, i.e. "
            f"{fmt_pct(total_margin / revenue_total if revenue_total else None, lang)} of "
            f"revenue), the top customer is **{escape(names.get(top1, top1))}** with "
            f"**{fmt_pct(m.get('top1_share'), lang)}** of margin; "
            f"**{fmt_int(m.get('customers_for_80pct'), lang)}** customers make 80% of margin; the "
            f"HHI is **{fmt_int(m.get('hhi'), lang)}** ({_level(m.get('hhi_level'), lang)}).",
        )
    ]
    majors = [str(x) for x in m.get("major_customers_10pct") or []]
    if majors:
        parts.append(
            _t(
                lang,
                f"Client(s) à {fmt_pct(figures.thresholds.get('major', 0.1), lang, 0)} de la "
                f"marge ou plus : {_name_list(majors, names, lang)}.",
                f"Customer(s) at {fmt_pct(figures.thresholds.get('major', 0.1), lang, 0)} of "
                f"margin or more: {_name_list(majors, names, lang)}.",
            )
        )
    top = figures.top[~figures.top["previous_top"].astype(bool)]
    if "margin_share" in top:
        weak = top[top["margin_share"] < 0.75 * top["share"]]
        strong = figures.margin_top[
            figures.margin_top["margin_share"] > 1.25 * figures.margin_top["share"]
        ]
        if len(weak):
            items = ", ".join(
                f"**{escape(names.get(str(r.customer_id), str(r.customer_id)))}** "
                + _t(
                    lang,
                    f"({fmt_pct(r.share)} du CA, {fmt_pct(r.margin_share)} de la marge)",
                    f"({fmt_pct(r.share, lang)} of revenue, {fmt_pct(r.margin_share, lang)} "
                    "of margin)",
                )
                for r in weak.head(4).itertuples()
            )
            parts.append(
                _t(
                    lang,
                    f"Parmi vos plus gros clients, certains rapportent nettement moins de marge que "
                    f"leur poids dans le CA : {items}.",
                    f"Some of your largest customers bring much less margin than their weight in "
                    f"revenue: {items}.",
                )
            )
        if len(strong):
            items = ", ".join(
                f"**{escape(names.get(str(r.customer_id), str(r.customer_id)))}** "
                + _t(
                    lang,
                    f"({fmt_pct(r.margin_share)} de la marge pour {fmt_pct(r.share)} du CA)",
                    f"({fmt_pct(r.margin_share, lang)} of margin for {fmt_pct(r.share, lang)} "
                    "of revenue)",
                )
                for r in strong.head(4).itertuples()
            )
            parts.append(
                _t(
                    lang,
                    f"À l'inverse, ces clients pèsent plus dans la marge que dans le CA : {items}. "
                    "Ce sont eux qu'il faut fidéliser en priorité.",
                    f"Conversely, these customers weigh more in margin than in revenue: {items}. "
                    "They are the ones to keep first.",
                )
            )
    return Prose(_heading("h_margin", lang) + "\n\n".join(parts))


def margin_table(figures: Any, lang: str = "fr", currency: str = "EUR") -> Table | None:
    """The 10 customers with the largest gross margin next to their weight in revenue."""
    if figures.margin_top is None:
        return None
    top = figures.margin_top
    kinds = {"margin_rank": "int"}
    kinds["customer_name" if "customer_name" in top else "customer_id"] = "text"
    kinds.update(
        {
            "gross_margin": "money",
            "margin_share": "pct",
            "gross_margin_rate": "pct",
            "revenue": "money",
            "share": "pct",
            "revenue_rank": "int",
        }
    )
    caption = _t(
        lang,
        f"Les {len(top)} clients qui font le plus de marge brute",
        f"The {len(top)} customers with the largest gross margin",
    )
    return Table(labels.format_frame(top, kinds, lang, currency), caption)


def top_customers_text(
    figures: Any, profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR"
) -> Prose:
    """How the largest customers move: declining ones, big customers of last year now lost."""
    top = figures.top
    names = _names(profile)
    current = top[~top["previous_top"].astype(bool)]
    fallen = top[top["previous_top"].astype(bool)]
    n = len(current)
    parts = []
    if "status" in current:
        declining = current[current["status"].isin(["declining", "stopped"])]
        growing = current[current["status"].eq("growing")]
        if len(declining):
            items = ", ".join(
                f"**{escape(names.get(str(r.customer_id), str(r.customer_id)))}** "
                f"({labels.fmt_signed_pct(r.growth, lang)})"
                for r in declining.itertuples()
            )
            parts.append(
                _t(
                    lang,
                    f"Parmi vos {n} premiers clients, {fmt_int(len(declining))} sont en déclin "
                    f"sur 12 mois : {items}. Ce sont les clients fragiles à aller voir en "
                    "premier.",
                    f"Among your top {n} customers, {fmt_int(len(declining), lang)} are declining "
                    f"over 12 months: {items}. These fragile customers are the first to visit.",
                )
            )
        else:
            parts.append(
                _t(
                    lang,
                    f"Aucun de vos {n} premiers clients n'est en déclin sur 12 mois.",
                    f"None of your top {n} customers is declining over 12 months.",
                )
            )
        if len(growing):
            parts.append(
                _t(
                    lang,
                    f"{fmt_int(len(growing))} sont en croissance : "
                    f"{_name_list(growing['customer_id'].astype(str).tolist(), names, lang)}.",
                    f"{fmt_int(len(growing), lang)} are growing: "
                    f"{_name_list(growing['customer_id'].astype(str).tolist(), names, lang)}.",
                )
            )
    if len(fallen):
        items = ", ".join(
            f"**{escape(names.get(str(r.customer_id), str(r.customer_id)))}** "
            + _t(
                lang,
                f"({label('status_' + str(r.status), lang)} : "
                f"{fmt_money(r.revenue_prev, lang, currency)} l'an passé, "
                f"{fmt_money(r.revenue, lang, currency)} sur la période)",
                f"({label('status_' + str(r.status), lang)}: "
                f"{fmt_money(r.revenue_prev, lang, currency)} last year, "
                f"{fmt_money(r.revenue, lang, currency)} in the period)",
            )
            for r in fallen.itertuples()
        )
        parts.append(
            _t(
                lang,
                f"Des grands clients de l'année précédente ont disparu ou fortement reculé : "
                f"{items}.",
                f"Large customers of the previous year are gone or sharply down: {items}.",
            )
        )
    return Prose(_heading("h_top", lang) + " ".join(parts))


def top_customers_table(figures: Any, lang: str = "fr", currency: str = "EUR") -> Table:
    """The largest customers with their trend (revenue, share, previous 12 months, change,
    status); the big customers of last year that were lost or fell back come last."""
    top = figures.top
    kinds = {"rank": "int"}
    kinds["customer_name" if "customer_name" in top else "customer_id"] = "text"
    kinds.update({"revenue": "money", "share": "pct"})
    if "gross_margin" in top and top["gross_margin"].notna().any():
        kinds["margin_share"] = "pct"
    for column, kind in (
        ("revenue_prev", "money"),
        ("prev_rank", "int"),
        ("growth", "signed_pct"),
        ("status", "status"),
    ):
        if column in top:
            kinds[column] = kind
    n = int((~top["previous_top"].astype(bool)).sum())
    fallen = len(top) - n
    caption = _t(
        lang,
        f"Vos {n} premiers clients et leur tendance sur 12 mois"
        + (
            f" ; en bas, {fallen} grand(s) client(s) de l'an passé perdu(s) ou en déclin"
            if fallen
            else ""
        ),
        f"Your top {n} customers and their 12-month trend"
        + (
            f"; at the bottom, {fallen} large customer(s) of last year lost or declining"
            if fallen
            else ""
        ),
    )
    return Table(labels.format_frame(top, kinds, lang, currency), caption)


def trend_text(
    figures: Any, profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR"
) -> Prose:
    """Is dependence rising or falling: top-1 share and HHI, oldest vs latest 12-month window."""
    by_year = figures.by_year
    names = _names(profile)
    if len(by_year) < 2:
        return Prose(
            _heading("h_trend", lang)
            + _t(
                lang,
                "Les données couvrent moins de deux périodes complètes de 12 mois : "
                "l'évolution de la concentration ne peut pas encore être mesurée.",
                "The data covers fewer than two complete 12-month periods: the trend of "
                "concentration cannot be measured yet.",
            )
        )
    first, last = by_year.iloc[0], by_year.iloc[-1]
    if last["hhi"] > first["hhi"] * 1.1:
        direction = _t(lang, "**augmente**", "is **rising**")
    elif last["hhi"] < first["hhi"] / 1.1:
        direction = _t(lang, "**diminue**", "is **falling**")
    else:
        direction = _t(lang, "est **stable**", "is **stable**")
    change = last["revenue"] / first["revenue"] - 1 if first["revenue"] > 0 else float("nan")
    parts = [
        _t(
            lang,
            f"La dépendance {direction} : de {first['label']} à {last['label']}, la part du "
            f"premier client passe de **{fmt_pct(first['top1_share'])}** à "
            f"**{fmt_pct(last['top1_share'])}** et l'indice HHI de **{fmt_int(first['hhi'])}** "
            f"à **{fmt_int(last['hhi'])}**. Sur la même durée, le CA passe de "
            f"{fmt_money(first['revenue'], lang, currency)} à "
            f"{fmt_money(last['revenue'], lang, currency)} ({labels.fmt_signed_pct(change)}).",
            f"Dependence {direction}: from {first['label']} to {last['label']}, the top "
            f"customer's share goes from **{fmt_pct(first['top1_share'], lang)}** to "
            f"**{fmt_pct(last['top1_share'], lang)}** and the HHI from "
            f"**{fmt_int(first['hhi'], lang)}** to **{fmt_int(last['hhi'], lang)}**. Over the "
            f"same time, revenue goes from {fmt_money(first['revenue'], lang, currency)} to "
            f"{fmt_money(last['revenue'], lang, currency)} "
            f"({labels.fmt_signed_pct(change, lang)}).",
        )
    ]
    status = (
        dict(zip(profile["customer_id"].astype(str), profile["status"], strict=True))
        if "status" in profile
        else {}
    )
    earlier = by_year.iloc[:-1]
    lost = earlier[
        earlier["top1_customer"].ne(last["top1_customer"])
        & earlier["top1_customer"].map(status).isin(["stopped", "declining"])
    ]
    if len(lost):
        row = lost.iloc[-1]
        cid = str(row["top1_customer"])
        parts.append(
            _t(
                lang,
                f"En {row['label']}, votre premier client était **{escape(names.get(cid, cid))}** "
                f"({fmt_pct(row['top1_share'])} du CA) ; il est aujourd'hui "
                f"**{label('status_' + str(status[cid]), lang)}**. La concentration baisse "
                "d'abord parce que ce client est parti, pas parce que le portefeuille s'est "
                "diversifié.",
                f"In {row['label']}, your top customer was **{escape(names.get(cid, cid))}** "
                f"({fmt_pct(row['top1_share'], lang)} of revenue); it is now "
                f"**{label('status_' + str(status[cid]), lang)}**. Concentration falls mainly "
                "because this customer left, not because the portfolio diversified.",
            )
        )
    return Prose(_heading("h_trend", lang) + " ".join(parts))


def trend_table(
    figures: Any, profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR"
) -> Table | None:
    """Concentration per 12-month window, oldest first (None when no complete window)."""
    by_year = figures.by_year
    if by_year.empty:
        return None
    names = _names(profile)
    frame = by_year.assign(
        window=by_year["label"],
        top1_customer=by_year["top1_customer"].map(lambda c: names.get(str(c), str(c))),
    )
    kinds = {
        "window": "text",
        "revenue": "money",
        "customers": "int",
        "top1_customer": "text",
        "top1_share": "pct",
        "top5_share": "pct",
        "hhi": "hhi",
        "customers_for_80pct": "int",
    }
    return Table(labels.format_frame(frame, kinds, lang, currency))


def sector_text(figures: Any, lang: str = "fr") -> Prose | None:
    """Dependence on a sector as a whole (share of the first sector, HHI of sectors)."""
    if figures.sectors is None or figures.sector is None:
        return None
    d = figures.sector.to_dict()
    if not d.get("customers"):
        return None
    table = figures.sectors
    by = table.columns[0]
    first = table.iloc[0]
    n = int((table["revenue"] > 0).sum())
    text = _t(
        lang,
        f"**Par secteur**, le premier, **{escape(first[by])}**, fait "
        f"**{fmt_pct(d['top1_share'])}** du CA avec {fmt_int(first['customers'])} clients. "
        f"Sur {fmt_int(n)} secteurs, l'indice HHI vaut **{fmt_int(d['hhi'])}** : "
        f"la dépendance à un secteur est **{_strength(d['hhi_level'], lang)}**",
        f"**By sector**, the first one, **{escape(first[by])}**, makes "
        f"**{fmt_pct(d['top1_share'], lang)}** of revenue with "
        f"{fmt_int(first['customers'], lang)} customers. Over {fmt_int(n, lang)} sectors, the "
        f"HHI is **{fmt_int(d['hhi'], lang)}**: dependence on a sector is "
        f"**{_strength(d['hhi_level'], lang)}**",
    )
    if d.get("top1_share", 0) > 0.5:
        text += _t(
            lang,
            " : un ralentissement de ce secteur toucherait plus de la moitié de l'activité.",
            ": a slowdown in that sector would hit more than half of the business.",
        )
    else:
        text += "."
    return Prose(_heading("h_sector", lang) + text)


def sector_table(figures: Any, lang: str = "fr", currency: str = "EUR") -> Table | None:
    """Revenue, share and customers by sector (and margin when known)."""
    if figures.sectors is None:
        return None
    table = figures.sectors
    by = table.columns[0]
    frame = table.assign(sector_group=table[by])
    kinds = {"sector_group": "text", "revenue": "money", "share": "pct", "customers": "int"}
    if "margin_share" in table and table["margin_share"].notna().any():
        kinds["margin_share"] = "pct"
    return Table(labels.format_frame(frame, kinds, lang, currency))


def _scenario_labels(scenarios: pd.DataFrame, names: Mapping[str, str], lang: str) -> list[str]:
    out = []
    for sid, ids in zip(scenarios["scenario"], scenarios["customers"], strict=True):
        if str(sid).endswith("_together"):
            out.append(label("scenario_together", lang, n=len(ids)))
        else:
            out.append(label("scenario_one", lang, name=names.get(str(ids[0]), str(ids[0]))))
    return out


def scenario_text(
    figures: Any, profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR"
) -> Prose:
    """What losing the first customer, then the top 3 together, would cost."""
    sc = figures.scenarios
    names = _names(profile)
    if sc.empty:
        return Prose(
            _heading("h_scenarios", lang)
            + _t(lang, "Pas de scénario de perte à calculer.", "No loss scenario.")
        )
    first = sc.iloc[0]
    cid = str(first["customers"][0])
    name = escape(names.get(cid, cid))
    margin_known = pd.notna(first["lost_margin"])
    text = _t(
        lang,
        f"Si **{name}** partait, l'entreprise perdrait **{fmt_money(first['lost_revenue'], lang, currency)}** "
        f"de CA ({fmt_pct(first['lost_revenue_share'])})"
        + (
            f" et **{fmt_money(first['lost_margin'], lang, currency)}** de marge brute "
            f"({fmt_pct(first['lost_margin_share'])} de la marge)"
            if margin_known
            else ""
        )
        + f" ; il faudrait gagner **{labels.fmt_num(first['customers_to_replace'], lang, 0)}** "
        "clients moyens pour compenser.",
        f"If **{name}** left, the company would lose **{fmt_money(first['lost_revenue'], lang, currency)}** "
        f"of revenue ({fmt_pct(first['lost_revenue_share'], lang)})"
        + (
            f" and **{fmt_money(first['lost_margin'], lang, currency)}** of gross margin "
            f"({fmt_pct(first['lost_margin_share'], lang)} of margin)"
            if margin_known
            else ""
        )
        + f"; it would take **{labels.fmt_num(first['customers_to_replace'], lang, 0)}** "
        "average customers to make up for it.",
    )
    if pd.notna(first["months_of_fixed_costs"]):
        text += " " + _t(
            lang,
            f"Cette marge perdue représente **{labels.fmt_num(first['months_of_fixed_costs'], lang, 1)}"
            "** mois de charges fixes.",
            f"That lost margin equals **{labels.fmt_num(first['months_of_fixed_costs'], lang, 1)}"
            "** months of fixed costs.",
        )
    together = sc[sc["scenario"].astype(str).str.endswith("_together")]
    if len(together):
        row = together.iloc[0]
        text += " " + _t(
            lang,
            f"Perdre les {len(row['customers'])} premiers ensemble coûterait "
            f"**{fmt_pct(row['lost_revenue_share'])}** du CA"
            + (
                f" et **{fmt_pct(row['lost_margin_share'])}** de la marge."
                if pd.notna(row["lost_margin_share"])
                else "."
            ),
            f"Losing the top {len(row['customers'])} together would cost "
            f"**{fmt_pct(row['lost_revenue_share'], lang)}** of revenue"
            + (
                f" and **{fmt_pct(row['lost_margin_share'], lang)}** of margin."
                if pd.notna(row["lost_margin_share"])
                else "."
            ),
        )
    source = sc.attrs.get("fixed_costs_source")
    if source is None:
        text += " " + _t(
            lang,
            "Les charges fixes n'ont pas été communiquées : l'effet sur le résultat n'est pas "
            "chiffré en mois de charges.",
            "Fixed costs were not provided: the effect on the operating result is not "
            "expressed in months of fixed costs.",
        )
    elif source == "estimated":
        text += " " + _t(
            lang,
            f"Charges fixes estimées à {fmt_money(sc.attrs.get('fixed_costs'), lang, currency)} "
            "par an à partir du taux de résultat net indiqué.",
            f"Fixed costs estimated at {fmt_money(sc.attrs.get('fixed_costs'), lang, currency)} "
            "a year from the net margin rate given.",
        )
    return Prose(_heading("h_scenarios", lang) + text)


def scenario_table(
    figures: Any, profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR"
) -> Table:
    """One row per loss scenario: lost revenue and margin (amounts and shares), months of
    fixed costs (when known), average customers to replace."""
    sc = figures.scenarios
    frame = sc.assign(scenario=_scenario_labels(sc, _names(profile), lang))
    kinds = {"scenario": "text", "lost_revenue": "money", "lost_revenue_share": "pct"}
    if sc["lost_margin"].notna().any():
        kinds.update({"lost_margin": "money", "lost_margin_share": "pct"})
    if sc["months_of_fixed_costs"].notna().any():
        kinds["months_of_fixed_costs"] = "num"
    kinds["customers_to_replace"] = "num"
    return Table(labels.format_frame(frame, kinds, lang, currency))


def monte_carlo_text(figures: Any, lang: str = "fr", currency: str = "EUR") -> Prose:
    """The simulated next year: median, P10 / P90, probability of a fall of 10 % and 20 %."""
    mc = figures.monte_carlo
    probs = mc.loss_probability
    order = ("stable", "growing", "new", "declining", "stopped")
    pattern = _t(lang, "{pct} pour un client {status}", "{pct} for a {status} customer")
    rule = ", ".join(
        pattern.format(pct=fmt_pct(probs[s], lang, 0), status=label("status_" + s, lang))
        for s in order
        if s in probs
    )
    parts = [
        _t(
            lang,
            f"Nous avons simulé **{fmt_int(mc.draws)}** années possibles : chaque client part "
            f"ou reste au hasard, avec une probabilité qui dépend de sa tendance ({rule}).",
            f"We simulated **{fmt_int(mc.draws, lang)}** possible years: each customer leaves "
            f"or stays at random, with a probability set by its trend ({rule}).",
        ),
        _t(
            lang,
            f"Dans la moitié des cas, le CA de l'an prochain dépasse "
            f"**{fmt_money(mc.p50, lang, currency)}** (médiane, contre "
            f"{fmt_money(mc.base_revenue, lang, currency)} aujourd'hui) ; une fois sur dix, il "
            f"tombe sous **{fmt_money(mc.p10, lang, currency)}** ; une fois sur dix, il dépasse "
            f"{fmt_money(mc.p90, lang, currency)}.",
            f"In half of the cases, next year's revenue is above "
            f"**{fmt_money(mc.p50, lang, currency)}** (median, against "
            f"{fmt_money(mc.base_revenue, lang, currency)} today); one time in ten it falls below "
            f"**{fmt_money(mc.p10, lang, currency)}**; one time in ten it is above "
            f"{fmt_money(mc.p90, lang, currency)}.",
        ),
        _t(
            lang,
            f"Probabilité que le CA baisse de plus de 10 % : **{fmt_pct(mc.prob_drop_10pct)}** ; "
            f"de plus de 20 % : **{fmt_pct(mc.prob_drop_20pct)}**.",
            f"Probability that revenue falls by more than 10%: "
            f"**{fmt_pct(mc.prob_drop_10pct, lang)}**; by more than 20%: "
            f"**{fmt_pct(mc.prob_drop_20pct, lang)}**.",
        ),
    ]
    if mc.margin_draws is not None:
        parts.append(
            _t(
                lang,
                f"Pour la marge brute ({fmt_money(mc.base_margin, lang, currency)} aujourd'hui) : "
                f"médiane {fmt_money(mc.margin_p50, lang, currency)}, baisse de plus de 10 % "
                f"dans {fmt_pct(mc.margin_prob_drop_10pct)} des cas, de plus de 20 % dans "
                f"{fmt_pct(mc.margin_prob_drop_20pct)}.",
                f"For gross margin ({fmt_money(mc.base_margin, lang, currency)} today): median "
                f"{fmt_money(mc.margin_p50, lang, currency)}, a fall of more than 10% in "
                f"{fmt_pct(mc.margin_prob_drop_10pct, lang)} of cases, more than 20% in "
                f"{fmt_pct(mc.margin_prob_drop_20pct, lang)}.",
            )
        )
    parts.append(
        _t(
            lang,
            "La simulation ne compte ni les nouveaux clients ni la croissance des clients "
            "gardés : elle mesure le risque de perte, ce n'est pas une prévision de CA.",
            "The simulation counts neither new customers nor growth of the customers kept: it "
            "measures the risk of loss; it is not a revenue forecast.",
        )
    )
    return Prose(_heading("h_mc", lang) + "\n\n".join(parts))
