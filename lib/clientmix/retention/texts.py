"""Sentences and tables of the "Where revenue moves" part of '03 Segment': the revenue bridge,
the retention rates, who leaves, the cohorts; and the bridge by service tier for '04 Classify'.

Customer names and segment values are data: escaped in prose (:func:`escape`), left as text in
tables (:class:`~clientmix.core.display.Table` escapes them when rendered).
"""

from __future__ import annotations

import pandas as pd

from clientmix.core import labels
from clientmix.core.display import Prose, Table, Tables
from clientmix.core.labels import escape, fmt_int, fmt_money, fmt_num, fmt_pct, label
from clientmix.retention.bridge import STEPS, bridge_by, main_names
from clientmix.retention.churn import ALPHA, MIN_LOST
from clientmix.retention.figures import SEGMENT_KEYS, RetentionFigures
from clientmix.segment.texts import segment_labels

TIERS = ("gold", "premium", "standard")


def plural(key: str, count: int, lang: str) -> str:
    """The plural entry ``key`` for ``count`` (a whole number, shown with its thousands
    separator): the language's plural form is chosen by the wording table."""
    return label(key, lang, count=fmt_int(count, lang))


def signed_money(value: float, lang: str, currency: str) -> str:
    """An amount with its sign: ``+12 345 €``, ``-6 789 €`` (``0 €`` unsigned)."""
    text = fmt_money(value, lang, currency)
    return "+" + text if round(float(value)) > 0 else text


def _names(figs: RetentionFigures, step: str, n: int, lang: str) -> list[str]:
    """The names behind ``step`` (largest move first), returning customers marked."""
    top = main_names(figs.bridge, step, n)
    names = top["customer_id"].map(figs.bridge.set_index("customer_id")["customer_name"])
    return [
        label("retention_returning_mark", lang, name=name) if back else str(name)
        for name, back in zip(names, top["returning"], strict=True)
    ]


def bridge_text(figs: RetentionFigures, lang: str = "fr", currency: str = "EUR") -> Prose:
    """The bridge in plain words: previous revenue, each step with its customers, the largest
    single move and the returning customers among the new ones."""
    t = figs.totals
    fields = {s: signed_money(getattr(t, s), lang, currency) for s in STEPS}
    counts = {
        f"{s}_customers": plural("retention_n_customers", t.customers[s], lang) for s in STEPS
    }
    text = label(
        "retention_bridge_text",
        lang,
        previous=fmt_money(t.revenue_previous, lang, currency),
        revenue=fmt_money(t.revenue, lang, currency),
        **fields,
        **counts,
    )
    moved = figs.bridge[figs.bridge["step"].isin(STEPS)]
    if len(moved):
        top = moved.loc[moved["change_cents"].abs().idxmax()]
        text += label(
            "retention_bridge_biggest",
            lang,
            name=escape(top["customer_name"]),
            amount=signed_money(top["change"], lang, currency),
            step=label(f"retention_step_word_{top['step']}", lang),
        )
    if t.returning:
        text += plural("retention_n_returning", t.returning, lang)
    return Prose(f"### {label('retention_heading', lang)}\n\n{text}")


def bridge_table(
    figs: RetentionFigures, lang: str = "fr", currency: str = "EUR", n: int = 3
) -> Table:
    """Previous revenue, the four steps and the period's revenue: amount (``currency``),
    customers and the ``n`` main names behind each step."""
    t = figs.totals
    rows = [("previous", t.revenue_previous, None, [])]
    rows += [(s, getattr(t, s), t.customers[s], _names(figs, s, n, lang)) for s in STEPS]
    rows.append(("revenue", t.revenue, None, []))
    frame = pd.DataFrame(
        {
            label("retention_step", lang): [label(f"retention_step_{r[0]}", lang) for r in rows],
            label("retention_amount", lang): [
                fmt_money(r[1], lang, currency)
                if r[0] in ("previous", "revenue")
                else signed_money(r[1], lang, currency)
                for r in rows
            ],
            label("retention_customers", lang): [
                "" if r[2] is None else fmt_int(r[2], lang) for r in rows
            ],
            label("retention_names", lang): [", ".join(r[3]) for r in rows],
        }
    )
    return Table(frame, caption=label("retention_bridge_caption", lang))


def rates_text(figs: RetentionFigures, lang: str = "fr", currency: str = "EUR") -> Prose:
    """One plain sentence per retention rate of the period, for the owner."""
    r = figs.rates
    if not r.customers_previous:
        return Prose(label("retention_no_previous", lang))
    previous = fmt_money(r.revenue_previous, lang, currency)
    prev = figs.bridge[figs.bridge["previous_cents"] > 0]
    capped = prev[["revenue_cents", "previous_cents"]].min(axis=1).sum() / 100
    lines = [
        label(
            "retention_customer_rate",
            lang,
            rate=fmt_pct(r.customer_retention, lang),
            previous=plural("retention_n_customers", r.customers_previous, lang),
            kept=plural("retention_n_kept", r.customers_kept, lang),
        ),
        label(
            "retention_gross_rate",
            lang,
            rate=fmt_pct(r.gross_revenue_retention, lang),
            kept=fmt_money(capped, lang, currency),
            previous=previous,
        ),
        label(
            "retention_net_rate",
            lang,
            rate=fmt_pct(r.net_revenue_retention, lang),
            revenue=fmt_money(prev["revenue_cents"].sum() / 100, lang, currency),
            previous=previous,
        ),
    ]
    if len(figs.yearly) >= 2:
        before = figs.yearly.iloc[-2]
        lines.append(
            label(
                "retention_year_before",
                lang,
                year=window_label(before["start"], before["end"]),
                customers=fmt_pct(before["customer_retention"], lang),
                gross=fmt_pct(before["gross_revenue_retention"], lang),
                net=fmt_pct(before["net_revenue_retention"], lang),
            )
        )
    return Prose("\n\n".join(lines))


def window_label(start: pd.Timestamp, end: pd.Timestamp) -> str:
    """A 12-month window as its year when it is a calendar year, else ``01/07/2023 –
    30/06/2024``."""
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    if start.month == 1 and start.day == 1 and end == start + pd.DateOffset(years=1, days=-1):
        return str(start.year)
    return f"{labels.fmt_date(start)} – {labels.fmt_date(end)}"


def yearly_table(figs: RetentionFigures, lang: str = "fr", currency: str = "EUR") -> Table | None:
    """The bridge and the rates of each year the data covers (shown from two years on)."""
    yearly = figs.yearly
    if len(yearly) < 2:
        return None
    table = yearly.assign(
        retention_year=[
            window_label(s, e) for s, e in zip(yearly["start"], yearly["end"], strict=True)
        ]
    )
    kinds = {"retention_year": "text", **_bridge_kinds()}
    kinds.update(
        {
            "customer_retention": "pct",
            "gross_revenue_retention": "pct",
            "net_revenue_retention": "pct",
        }
    )
    frame = labels.format_frame(_bridge_columns(table), kinds, lang, currency)
    return Table(frame, caption=label("retention_yearly_caption", lang))


def _bridge_columns(table: pd.DataFrame) -> pd.DataFrame:
    """A per-group bridge with the column names of the wording table."""
    return table.rename(
        columns={
            "revenue_previous": "retention_column_previous",
            "revenue": "retention_column_revenue",
            **{s: f"retention_column_{s}" for s in STEPS},
        }
    )


def _bridge_kinds() -> dict[str, str]:
    return {
        "retention_column_previous": "money",
        **{f"retention_column_{s}": "money" for s in STEPS},
        "retention_column_revenue": "money",
    }


def segment_bridge_table(
    figs: RetentionFigures, lang: str = "fr", currency: str = "EUR"
) -> Table | None:
    """The bridge per segment of the first criterion; None without criteria."""
    if figs.by_segment is None:
        return None
    table = figs.by_segment.assign(segment=segment_labels(figs.by_segment, lang))
    frame = labels.format_frame(
        _bridge_columns(table), {"segment": "text", **_bridge_kinds()}, lang, currency
    )
    name = labels.attribute_label(figs.criterion, lang)
    return Table(frame, caption=label("retention_segment_caption", lang, name=name))


def tier_bridge_table(
    bridge: pd.DataFrame, classes: pd.DataFrame, lang: str = "fr", currency: str = "EUR"
) -> Table:
    """The bridge per service tier (04_classify): ``bridge`` as the retention section wrote it
    (interim ``customer_bridge``), ``classes`` with customer_id and tier of the customers
    invoiced in the period; the lost customers, who have no tier, make their own row."""
    groups = classes[["customer_id", "tier"]].astype({"customer_id": str})
    table = bridge_by(bridge, groups, ["tier"])
    order = {t: i for i, t in enumerate(TIERS)}
    table = table.assign(_o=table["tier"].map(order).fillna(len(TIERS))).sort_values("_o")
    names = table["tier"].map(lambda t: t if isinstance(t, str) else None)
    table["retention_tier"] = names.fillna(label("retention_tier_lost", lang))
    kinds = {"retention_tier": "text", **_bridge_kinds()}
    frame = labels.format_frame(_bridge_columns(table), kinds, lang, currency)
    return Table(frame, caption=label("retention_tier_caption", lang))


def _segment_name(table: pd.DataFrame, lang: str) -> pd.Series:
    """Readable names of the groups of a churn table by segment."""
    return segment_labels(table[SEGMENT_KEYS[:4]], lang)


def _group_names(figs: RetentionFigures, name: str, lang: str) -> pd.Series:
    """Readable names of the groups of ``figs.churn[name]`` (size, tenure, abc)."""
    table = figs.churn[name]
    if name == "size":
        return segment_labels(table[SEGMENT_KEYS[:4]], lang)
    if name == "tenure":
        return table["tenure"].map(lambda b: label(f"retention_tenure_{int(b)}", lang))
    return table["abc"].map(lambda g: label("retention_abc_group", lang, group=g))


def churn_text(figs: RetentionFigures, lang: str = "fr", currency: str = "EUR") -> Prose | None:
    """Who leaves: last year's customers that left, then per criterion the segment losing the
    most revenue and the segments losing significantly more customers than the rest, then the
    same for size, tenure and ABC class, and the significance rule. None without previous
    customers."""
    r = figs.rates
    if not r.customers_previous:
        return None
    lost = r.customers_previous - r.customers_kept
    churn = figs.churn["abc"]
    lines = [
        label(
            "retention_churn_overall",
            lang,
            previous=plural("retention_n_customers", r.customers_previous, lang),
            lost=plural("retention_n_left", lost, lang)
            if lost
            else label("retention_lost_none", lang),
            churn=fmt_pct(lost / r.customers_previous, lang),
            revenue_churn=fmt_pct(churn["revenue_lost"].sum() / r.revenue_previous, lang),
        )
    ]
    lines += [_segment_sentence(figs, c, lang, currency) for c in figs.churn_segments]
    flagged = [
        label("retention_group_of", lang, group=escape(g), criterion=label(f"retention_{n}", lang))
        for n in ("size", "tenure", "abc")
        for g in _group_names(figs, n, lang)[figs.churn[n]["significant"]]
    ]
    key = "retention_churn_groups_significant" if flagged else "retention_churn_groups_none"
    lines.append(label(key, lang, groups=", ".join(flagged)))
    lines.append(
        label("retention_churn_rule", lang, alpha=fmt_num(ALPHA, lang, 2), minimum=MIN_LOST)
    )
    return Prose("\n\n".join(lines))


def _segment_sentence(figs: RetentionFigures, criterion: str, lang: str, currency: str) -> str:
    """The segment of ``criterion`` losing the most revenue, and the significant ones."""
    table = figs.churn_segments[criterion]
    name = escape(labels.attribute_label(criterion, lang))
    if not table["customers_lost"].any():
        return label("retention_churn_no_loss", lang, criterion=name)
    names = _segment_name(table, lang)
    top = table["revenue_lost"].idxmax()
    row = table.loc[top]
    text = label(
        "retention_churn_most",
        lang,
        criterion=name,
        segment=escape(names[top]),
        lost=fmt_money(row["revenue_lost"], lang, currency),
        previous=fmt_money(row["revenue_previous"], lang, currency),
        share=fmt_pct(row["revenue_churn"], lang),
        lost_customers=plural("retention_n_lost_customers", int(row["customers_lost"]), lang),
        customers=fmt_int(row["customers_previous"], lang),
    )
    significant = names[table["significant"]]
    if len(significant):
        groups = ", ".join(escape(s) for s in significant)
        return text + label("retention_churn_significant", lang, groups=groups)
    return text + label("retention_churn_not_significant", lang)


_CHURN_KINDS = {
    "customers_previous": "int",
    "customers_lost": "int",
    "customer_churn": "pct",
    "retention_column_previous": "money",
    "revenue_lost": "money",
    "revenue_churn": "pct",
    "retention_significant": "text",
}


def _churn_frame(table: pd.DataFrame, names: pd.Series, lang: str, currency: str) -> pd.DataFrame:
    shown = table.rename(columns={"revenue_previous": "retention_column_previous"}).assign(
        retention_group=names.to_numpy(),
        retention_significant=table["significant"].map(lambda s: labels.fmt_bool(bool(s), lang)),
    )
    return labels.format_frame(shown, {"retention_group": "text", **_CHURN_KINDS}, lang, currency)


def churn_tables(figs: RetentionFigures, lang: str = "fr", currency: str = "EUR") -> Tables | None:
    """Customers and revenue lost per segment of each criterion, then per size class, tenure
    band and ABC class of last year's revenue. None without previous customers."""
    if not figs.rates.customers_previous:
        return None
    out = []
    for criterion, table in figs.churn_segments.items():
        name = labels.attribute_label(criterion, lang)
        frame = _churn_frame(table, _segment_name(table, lang), lang, currency)
        out.append(Table(frame, caption=label("retention_churn_caption", lang, name=name)))
    for group in ("size", "tenure", "abc"):
        frame = _churn_frame(figs.churn[group], _group_names(figs, group, lang), lang, currency)
        out.append(Table(frame, caption=label(f"retention_churn_{group}_caption", lang)))
    return Tables(out)


_FEATURE_FORMATS = {
    "tenure_years": lambda v, lang, cur: fmt_num(v, lang, 1),
    "purchase_days": lambda v, lang, cur: fmt_num(v, lang, 1 if v % 1 else 0),
    "average_ticket": lambda v, lang, cur: fmt_money(v, lang, cur),
    "margin_rate": lambda v, lang, cur: fmt_pct(v, lang),
    "products": lambda v, lang, cur: fmt_num(v, lang, 1 if v % 1 else 0),
}


def lost_kept_table(
    figs: RetentionFigures, lang: str = "fr", currency: str = "EUR"
) -> Table | Prose:
    """Median tenure, purchase days, average ticket, margin rate and products of the lost
    and the kept customers over the previous 12 months, with the gap (lost / kept - 1)."""
    table = figs.lost_vs_kept
    if table.empty or not figs.features["lost"].any():
        return Prose(label("retention_profile_none", lang))

    def shown(feature: str, value: float) -> str:
        return "–" if pd.isna(value) else _FEATURE_FORMATS[feature](value, lang, currency)

    frame = pd.DataFrame(
        {
            label("retention_feature", lang): [
                label(f"retention_feature_{f}", lang) for f in table["feature"]
            ],
            label("retention_lost", lang): [
                shown(f, v) for f, v in zip(table["feature"], table["lost"], strict=True)
            ],
            label("retention_kept", lang): [
                shown(f, v) for f, v in zip(table["feature"], table["kept"], strict=True)
            ],
            label("retention_gap", lang): (table["ratio"] - 1).map(
                lambda v: labels.fmt_signed_pct(v, lang, 0)
            ),
        }
    )
    return Table(frame, caption=label("retention_profile_caption", lang))


def cohort_text(figs: RetentionFigures, lang: str = "fr") -> Prose | None:
    """What the cohort heatmap and table show; None when the data covers under two years."""
    return None if figs.cohorts is None else Prose(label("retention_cohort_text", lang))


def cohort_names(figs: RetentionFigures, lang: str = "fr") -> list[str]:
    """Readable names of the cohorts (the first one: customers already there)."""
    spans = [window_label(s, e) for s, e in figs.cohorts.windows]
    return [label("retention_cohort_first", lang, window=spans[0]), *spans[1:]]


def cohort_table(figs: RetentionFigures, lang: str = "fr", currency: str = "EUR") -> Table | None:
    """Revenue (``currency``) of each cohort (rows) in each later year (columns)."""
    if figs.cohorts is None:
        return None
    spans = [window_label(s, e) for s, e in figs.cohorts.windows]
    names = cohort_names(figs, lang)
    pivot = figs.cohorts.table.pivot(index="cohort", columns="window", values="revenue")
    frame = pivot.map(lambda v: "" if pd.isna(v) else fmt_money(v, lang, currency))
    frame.columns = [spans[w] for w in pivot.columns]
    frame.insert(0, label("retention_cohort", lang), [names[c] for c in pivot.index])
    customers = figs.cohorts.table.groupby("cohort")["cohort_customers"].first()
    frame.insert(
        1, label("retention_customers", lang), [fmt_int(customers[c], lang) for c in pivot.index]
    )
    return Table(frame.reset_index(drop=True), caption=label("retention_cohort_caption", lang))
