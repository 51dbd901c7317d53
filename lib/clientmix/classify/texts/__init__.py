"""Sentences and tables of the "04 Classify" section (and, in :mod:`.workbook`, clients.xlsx)."""

from __future__ import annotations

import pandas as pd

from clientmix.classify.abc import abc_summary
from clientmix.classify.classes import CLASSES
from clientmix.classify.figures import ClassifyFigures
from clientmix.classify.tiers import TIERS
from clientmix.core import labels
from clientmix.core.display import Prose, Table
from clientmix.core.labels import escape, fmt_int, fmt_money, fmt_num, fmt_pct, label


def abc_text(profile: pd.DataFrame, lang: str = "fr", a: float = 0.80, b: float = 0.95) -> Prose:
    """The Pareto reading: how many customers (and what share of the customer base) make
    class A, about 80 % of net revenue, and how little class C weighs (shares of customers
    and of the period's net revenue, in percent)."""
    table = abc_summary(profile, a, b).set_index("abc_class")
    a = table.loc["A"]
    c = table.loc["C"]
    return Prose(
        label(
            "classify_abc_text",
            lang,
            a_customers=fmt_int(a["customers"], lang),
            a_customer_share=fmt_pct(a["customer_share"], lang),
            a_share=fmt_pct(a["share"], lang),
            c_customers=fmt_int(c["customers"], lang),
            c_customer_share=fmt_pct(c["customer_share"], lang),
            c_share=fmt_pct(c["share"], lang),
        )
    )


def abc_table(
    profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR", a: float = 0.80, b: float = 0.95
) -> Table:
    """Customers, share of customers, net revenue (``currency``) and share of the period's
    net revenue per ABC class."""
    table = abc_summary(profile, a, b)
    frame = labels.format_frame(
        table,
        {
            "abc_class": "text",
            "customers": "int",
            "customer_share": "pct",
            "revenue": "money",
            "share": "pct",
        },
        lang,
        currency,
    )
    frame.columns = [
        frame.columns[0],
        frame.columns[1],
        label("classify_customer_share", lang),
        *frame.columns[3:],
    ]
    return Table(frame)


def _criterion_name(column: str, lang: str) -> str:
    key = f"classify_crit_{column}"
    return label(key, lang) if labels.has_label(key) else labels.attribute_label(column, lang)


def _names(ids: list[str], customers: pd.DataFrame, limit: int = 8) -> str:
    """Customer names (ids when unnamed) of ``ids``, the first ``limit`` then "…"."""
    named = (
        customers.set_index("customer_id")["customer_name"]
        if "customer_name" in customers
        else None
    )
    shown = [str(named.get(i, i)) if named is not None else str(i) for i in ids[:limit]]
    return escape(", ".join(shown) + (", …" if len(ids) > limit else ""))


def matrix_text(figs: ClassifyFigures, lang: str = "fr") -> Prose:
    """The crossed ABC matrix read in one sentence (or why there is none)."""
    if figs.matrix is None:
        return Prose(label("classify_matrix_none", lang))
    c = figs.customers
    rev_a, mar_a = c["abc_revenue"] == "A", c["abc_margin"] == "A"
    return Prose(
        label(
            "classify_matrix_text",
            lang,
            both_a=fmt_int((rev_a & mar_a).sum(), lang),
            a_not_margin=fmt_int((rev_a & ~mar_a).sum(), lang),
            margin_not_a=fmt_int((~rev_a & mar_a).sum(), lang),
        )
    )


def matrix_table(figs: ClassifyFigures, lang: str = "fr") -> Table | None:
    """Customers (and share of net revenue) in each of the 9 cells: revenue class in rows,
    margin class in columns; None without margin."""
    if figs.matrix is None:
        return None
    m = figs.matrix
    cells = [
        f"{fmt_int(n, lang)} ({fmt_pct(s, lang)})"
        for n, s in zip(m["customers"], m["revenue_share"], strict=True)
    ]
    wide = m.assign(cell=cells).pivot(index="abc_revenue", columns="abc_margin", values="cell")
    wide.columns = [f"{label('classify_abc_margin', lang)} {c}" for c in wide.columns]
    wide.insert(0, label("classify_abc_revenue", lang), wide.index)
    return Table(wide.reset_index(drop=True))


def grid_text(figs: ClassifyFigures, lang: str = "fr") -> Prose:
    """How the score is built, the criteria left out and where potential comes from."""
    s = figs.scores
    source = label("classify_grid_config" if figs.settings.grid else "classify_grid_default", lang)
    parts = [label("classify_grid_text", lang, criteria=fmt_int(len(s.used), lang), source=source)]
    if s.missing:
        items = ", ".join(
            f"{_criterion_name(c.column, lang)} ({label('classify_reason_' + s.reasons[c.column], lang)})"
            for c in s.missing
        )
        parts.append(label("classify_missing", lang, items=escape(items)))
    for column, values in s.unmapped.items():
        parts.append(
            label(
                "classify_unmapped",
                lang,
                column=escape(column),
                values=escape(", ".join(values[:10])),
            )
        )
    parts.append(label(f"classify_potential_{figs.potential_source}", lang))
    return Prose(" ".join(parts))


def grid_table(figs: ClassifyFigures, lang: str = "fr") -> Table:
    """The criteria scored: group, criterion, how it scores, weight."""
    rows = []
    for c in figs.scores.used:
        if c.mapping is not None:
            how = label("classify_how_map", lang)
        elif c.thresholds is not None:
            how = label(
                "classify_how_thresholds",
                lang,
                cuts=" / ".join(fmt_num(t, lang) for t in c.thresholds),
            )
        else:
            how = label("classify_how_percentile", lang)
        if c.direction == "lower":
            how += label("classify_lower", lang)
        rows.append(
            [
                label(f"classify_group_{c.group}", lang),
                _criterion_name(c.column, lang),
                how,
                fmt_num(c.weight, lang, 1),
            ]
        )
    headers = [label(f"classify_h_{k}", lang) for k in ("group", "criterion", "how", "weight")]
    return Table(pd.DataFrame(rows, columns=headers))


def classes_text(figs: ClassifyFigures, lang: str = "fr") -> Prose:
    """The KAM classes: their cut-offs and the weight of the small customers."""
    c = figs.customers
    small = c["kam_class"] == "small"
    total = c["revenue"].sum()
    cuts = figs.settings.classes
    return Prose(
        label(
            "classify_classes_text",
            lang,
            value=fmt_num(cuts["value"], lang),
            potential=fmt_num(cuts["potential"], lang),
            small=fmt_int(small.sum(), lang),
            small_share=fmt_pct(small.mean() if len(c) else None, lang),
            small_revenue=fmt_pct(c.loc[small, "revenue"].sum() / total if total else None, lang),
        )
    )


def _group_table(
    figs: ClassifyFigures, column: str, names: tuple[str, ...], key: str, lang: str, currency: str
) -> pd.DataFrame:
    """Customers, shares of customers, revenue and margin (and contribution) per group."""
    c = figs.customers
    rows = figs.to_metrics()[{"kam_class": "classes", "tier": "tiers"}[column]]
    frame = pd.DataFrame(
        {
            label(key, lang): [
                label(f"classify_{'class' if column == 'kam_class' else 'tier'}_{n}", lang)
                for n in names
            ],
            label("customers", lang): [fmt_int(rows[n]["customers"], lang) for n in names],
            label("classify_customer_share", lang): [
                fmt_pct(rows[n]["customers"] / max(len(c), 1), lang) for n in names
            ],
            label("share", lang): [fmt_pct(rows[n]["revenue_share"], lang) for n in names],
        }
    )
    if figs.has_margin:
        frame[label("margin_share", lang)] = [fmt_pct(rows[n]["margin_share"], lang) for n in names]
    if column == "tier":
        frame[label("classify_contribution", lang)] = [
            fmt_money(rows[n]["contribution"], lang, currency) for n in names
        ]
    return frame


def classes_table(figs: ClassifyFigures, lang: str = "fr", currency: str = "EUR") -> Table:
    """Per KAM class: customers, their share, shares of revenue and margin, the process."""
    frame = _group_table(figs, "kam_class", CLASSES, "classify_h_class", lang, currency)
    frame[label("classify_h_process", lang)] = [
        label(f"classify_process_{n}", lang) for n in CLASSES
    ]
    return Table(frame)


def strategic_text(figs: ClassifyFigures, lang: str = "fr") -> Prose:
    """Strategic customers (how many are not among the biggest) and the too-large ones."""
    c = figs.customers
    top = int(c["strategic"].sum())
    in_top = int(c["strategic"].head(max(top, 1)).sum()) if top else 0  # sorted by revenue
    cuts = figs.settings.classes
    major = fmt_pct(figs.settings.major, lang, 0)
    large = c.loc[c["too_large"], "customer_id"].astype(str).tolist()
    parts = [
        label(
            "classify_strategic_text",
            lang,
            strategic=fmt_int(top, lang),
            score=fmt_num(cuts["strategic"], lang),
            potential=fmt_num(cuts["potential"], lang),
            in_top=fmt_int(in_top, lang),
            top=fmt_int(top, lang),
        ),
        label("classify_too_large_text", lang, major=major, names=_names(large, c))
        if large
        else label("classify_too_large_none", lang, major=major),
    ]
    return Prose(" ".join(parts))


def tiers_text(figs: ClassifyFigures, lang: str = "fr", currency: str = "EUR") -> Prose:
    """The tiers, what the contribution rests on, and when they only repeat revenue."""
    t, b = figs.settings.tiers, figs.basis
    rows = figs.to_metrics()["tiers"]
    positive = figs.customers["contribution"].clip(lower=0).sum()
    parts = [
        label(
            "classify_tiers_text",
            lang,
            gold=fmt_pct(t["gold"], lang, 0),
            premium=fmt_pct(t["premium"], lang, 0),
            n_gold=fmt_int(rows["gold"]["customers"], lang),
            gold_share=fmt_pct(rows["gold"]["contribution"] / positive if positive else None, lang),
        ),
        label(f"classify_basis_{b.direct}", lang),
    ]
    basis = ""
    if b.effort:
        basis += label(
            "classify_basis_effort", lang, rate=fmt_money(t["hourly_cost"], lang, currency)
        )
    if b.invoices:
        basis += label(
            "classify_basis_invoices", lang, rate=fmt_money(t["cost_per_invoice"], lang, currency)
        )
    if b.effort_without_rate:
        basis += label("classify_basis_effort_no_rate", lang)
    parts[-1] += basis
    if b.equals_revenue:
        parts.append(label("classify_equals_revenue", lang))
    return Prose(" ".join(parts))


def tiers_table(figs: ClassifyFigures, lang: str = "fr", currency: str = "EUR") -> Table:
    """Per tier: customers, shares of customers, revenue and margin, contribution."""
    return Table(_group_table(figs, "tier", TIERS, "classify_h_tier", lang, currency))


def moves_text(figs: ClassifyFigures, lang: str = "fr") -> Prose:
    """How the tiers differ from the revenue and seniority rankings; money-losing customers."""
    c = figs.customers
    parts = [
        label(
            "classify_moves_text",
            lang,
            up=fmt_int((c["move"] == "up").sum(), lang),
            down=fmt_int((c["move"] == "down").sum(), lang),
            seniority=fmt_int((c["tier"] != c["tier_by_seniority"]).sum(), lang),
        )
    ]
    losing = (
        c.loc[c["money_losing"]].sort_values("contribution")["customer_id"].astype(str).tolist()
    )
    if losing:
        parts.append(
            label(
                "classify_money_losing_text",
                lang,
                count=fmt_int(len(losing), lang),
                names=_names(losing, c),
            )
        )
    else:
        parts.append(label("classify_money_losing_none", lang))
    return Prose(" ".join(parts))


def moves_table(
    figs: ClassifyFigures, lang: str = "fr", currency: str = "EUR", limit: int = 15
) -> Table | None:
    """The ``limit`` largest customers (by revenue) whose tier differs from the revenue
    ranking, with revenue, contribution and both tiers; None when no customer moves."""
    c = figs.customers[figs.customers["move"] != "same"]
    if c.empty:
        return None
    c = c.nlargest(limit, "revenue")
    frame = pd.DataFrame(
        {
            label("customer_name", lang): c.get("customer_name", c["customer_id"]).astype(str),
            label("revenue", lang): [fmt_money(v, lang, currency) for v in c["revenue"]],
            label("classify_contribution", lang): [
                fmt_money(v, lang, currency) for v in c["contribution"]
            ],
            label("classify_h_tier_revenue", lang): [
                label(f"classify_tier_{v}", lang) for v in c["tier_by_revenue"]
            ],
            label("classify_h_tier", lang): [label(f"classify_tier_{v}", lang) for v in c["tier"]],
            label("classify_h_move", lang): [label(f"classify_move_{v}", lang) for v in c["move"]],
        }
    )
    return Table(frame.reset_index(drop=True))


def _setting_name(kind: str, setting: str, lang: str) -> str:
    if kind == "weight":
        return _criterion_name(setting, lang)
    if kind == "cut":
        return label(f"classify_cut_{setting}", lang)
    return label(f"classify_tier_{setting}", lang)


def sensitivity_text(table: pd.DataFrame, lang: str = "fr", step: float = 0.20) -> Prose:
    """The three settings that move the most customers."""
    top = table.sort_values("share", ascending=False, kind="stable").head(3)
    fragile = ", ".join(
        f"{_setting_name(k, s, lang)} ({fmt_pct(v, lang)})"
        for k, s, v in zip(top["kind"], top["setting"], top["share"], strict=True)
    )
    return Prose(
        label(
            "classify_sensitivity_text", lang, step=fmt_pct(step, lang, 0), fragile=escape(fragile)
        )
    )


def sensitivity_table(table: pd.DataFrame, lang: str = "fr", step: float = 0.20) -> Table:
    """One row per setting: kind, parameter, value, customers changing at -step / +step."""
    pct = fmt_pct(step, lang, 0)
    frame = pd.DataFrame(
        {
            label("classify_h_kind", lang): [
                label(f"classify_kind_{k}", lang) for k in table["kind"]
            ],
            label("classify_h_setting", lang): [
                _setting_name(k, s, lang)
                for k, s in zip(table["kind"], table["setting"], strict=True)
            ],
            label("classify_h_value", lang): [fmt_num(v, lang, 2) for v in table["value"]],
            label("classify_h_down", lang, step=pct): [fmt_int(v, lang) for v in table["down"]],
            label("classify_h_up", lang, step=pct): [fmt_int(v, lang) for v in table["up"]],
        }
    )
    return Table(frame)
