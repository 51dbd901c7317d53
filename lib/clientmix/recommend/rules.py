"""The executive summary's findings, from the figures by explicit rules.

Each rule is a small function of the :class:`Facts` that returns a :class:`Finding` (a stable
code, the figure it rests on, a traffic light ``green`` / ``amber`` / ``red`` and the values
its sentence needs) or None when its figures are absent or tell nothing worth the first page.
The thresholds of the lights are the rows of :data:`LIGHTS` (stated in the report's methods
text). :func:`summary` keeps 3 to 8 findings: red first, then amber, then green, in the order
of :data:`RULES` within a colour.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from clientmix.recommend.effort import Effort
from clientmix.recommend.sleeping import Sleeping

ORDER = {"red": 0, "amber": 1, "green": 2}
MAX_FINDINGS = 8
#: rule code -> (amber threshold, red threshold) of its value (see each rule for the direction)
LIGHTS: dict[str, tuple[float, float]] = {
    "lost_big_customers": (0.05, 0.10),  # lost revenue / previous revenue; red also: a major lost
    "revenue_trend": (0.0, -0.10),  # change of revenue: amber below 0, red at -10 % or below
    "dependence": (0.10, 0.25),  # top customer's share (the major threshold; red: a quarter)
    "sector_dependence": (0.40, 0.60),  # largest sector's share of revenue
    "effort": (2.0, 3.0),  # effort share / revenue share of the C customers (red: >= 15 %)
    "money_losing": (0.0, 0.10),  # revenue share of the money-losing customers
    "margin_concentration": (0.20, 0.10),  # share of customers making 80 % of the margin
    "customers_at_risk": (0.05, 0.15),  # revenue share of RFM "at risk" + "can't lose"
    "net_revenue_retention": (1.0, 0.90),  # below 1: amber; below 0.9: red
    "growth_spread": (0.75, 0.50),  # share of main segments growing (green at 0.75)
    "sleeping_revenue": (0.05, 1.0),  # share of revenue asleep: amber from 5 % (to work on)
    "classes": (0.40, 0.10),  # small customers >= 40 % of customers with <= 10 % of revenue
}
EFFORT_RED_MIN_SHARE = 0.15
MAIN_SEGMENT = 0.05  # a segment weighing at least 5 % of revenue is a main one


@dataclass
class Finding:
    """One line of the summary: ``code``, ``value`` (the figure), ``light``, ``fields``
    (plain values for its sentence: ids, shares, counts)."""

    code: str
    value: float | None
    light: str
    fields: dict[str, Any] = field(default_factory=dict)

    def to_metrics(self) -> dict[str, Any]:
        """``{code, value, light}`` of metrics.json ``summary``."""
        return {"code": self.code, "value": self.value, "light": self.light}


@dataclass
class Facts:
    """What the rules read: the published metrics.json keys, effort and sleeping revenue."""

    metrics: Mapping[str, Any]
    effort: Effort | None = None
    sleeping: Sleeping | None = None


def main_criterion(segments: Mapping[str, Any]) -> str | None:
    """The segmentation criterion the summary reads: ``sector`` when the engagement segments by
    it (the typology of seed 000), else the first criterion; None without segments."""
    if "sector" in segments:
        return "sector"
    return next(iter(segments), None)


def _previous_revenue(m: Mapping[str, Any]) -> tuple[float | None, float | None]:
    """(previous 12 months' revenue, period's revenue): the retention bridge, else the last two
    windows of the concentration trend."""
    ret = m.get("retention") or {}
    if ret.get("revenue_previous") is not None and ret.get("revenue") is not None:
        return float(ret["revenue_previous"]), float(ret["revenue"])
    years = m.get("concentration_by_year") or []
    if len(years) >= 2:
        return float(years[-2]["revenue"]), float(years[-1]["revenue"])
    return None, None


def lost_big_customers(f: Facts) -> Finding | None:
    previous, _ = _previous_revenue(f.metrics)
    movers = [
        t
        for t in f.metrics.get("top_customers") or []
        if t.get("status") in ("stopped", "declining")
    ]
    if not movers or not previous:
        return None
    lost = sum(max(0.0, (t.get("revenue_prev") or 0) - (t.get("revenue") or 0)) for t in movers)
    share = lost / previous
    major = (f.metrics.get("concentration") or {}).get("thresholds", {}).get("major", 0.10)
    big_stop = any(
        t["status"] == "stopped" and (t.get("revenue_prev") or 0) / previous >= major
        for t in movers
    )
    amber, red = LIGHTS["lost_big_customers"]
    if not big_stop and share < amber:
        return None
    light = "red" if big_stop or share >= red else "amber"
    movers.sort(key=lambda t: (t["status"] != "stopped", -(t.get("revenue_prev") or 0)))
    ids = [str(t["customer_id"]) for t in movers]
    stopped = sum(t["status"] == "stopped" for t in movers)
    return Finding(
        "lost_big_customers",
        share,
        light,
        {"ids": ids, "stopped": stopped, "declining": len(movers) - stopped, "lost": lost},
    )


def revenue_trend(f: Facts) -> Finding | None:
    previous, revenue = _previous_revenue(f.metrics)
    if not previous or revenue is None:
        return None
    change = revenue / previous - 1
    amber, red = LIGHTS["revenue_trend"]
    light = "red" if change <= red else "amber" if change < amber else "green"
    return Finding("revenue_trend", change, light, {"previous": previous, "revenue": revenue})


def dependence(f: Facts) -> Finding | None:
    c = f.metrics.get("concentration") or {}
    if c.get("top1_share") is None:
        return None
    amber = (c.get("thresholds") or {}).get("major", LIGHTS["dependence"][0])
    red = LIGHTS["dependence"][1]
    share = float(c["top1_share"])
    light = (
        "red"
        if share >= red or c.get("economic_dependence")
        else ("amber" if share >= amber else "green")
    )
    return Finding(
        "dependence",
        share,
        light,
        {
            "top": str(c.get("top1_customer")),
            "effective": c.get("effective_customers"),
            "top5": c.get("top5_share"),
            "major": amber,
            "too_large": list(f.metrics.get("too_large") or []),
        },
    )


def sector_dependence(f: Facts) -> Finding | None:
    groups = (f.metrics.get("sector_concentration") or {}).get("groups") or []
    if len(groups) < 2:
        return None
    top = max(groups, key=lambda g: g.get("share") or 0)
    amber, red = LIGHTS["sector_dependence"]
    share = float(top.get("share") or 0)
    if share < amber:
        return None
    growth = None
    for row in (f.metrics.get("segments") or {}).get("sector") or []:
        if str(row.get("segment")) == str(top["group"]):
            growth = row.get("growth")
    return Finding(
        "sector_dependence",
        share,
        "red" if share >= red else "amber",
        {"sector": str(top["group"]), "growth": growth},
    )


def effort(f: Facts) -> Finding | None:
    e = f.effort
    if e is None or not e.available:
        return None
    hours, revenue = e.share("abc", "C", "effort_share"), e.share("abc", "C", "revenue_share")
    if hours is None or revenue is None:
        return None
    ratio = hours / revenue if revenue > 0 else float("inf")
    amber, red = LIGHTS["effort"]
    light = "green"
    if ratio >= red and hours >= EFFORT_RED_MIN_SHARE:
        light = "red"
    elif ratio >= amber:
        light = "amber"
    return Finding(
        "effort",
        hours,
        light,
        {
            "revenue_share": revenue,
            "customers": e.share("abc", "C", "customers"),
            "movable_hours": e.movable_hours,
            "hours_total": e.hours_total,
        },
    )


def money_losing(f: Facts) -> Finding | None:
    ids = list(f.metrics.get("money_losing") or [])
    tiers = f.metrics.get("tiers") or {}
    if not ids or not tiers:
        return None
    # share of revenue of the money-losing customers is not published: count-based reading
    customers = sum(t.get("customers", 0) for t in tiers.values()) or 1
    share = len(ids) / customers
    amber, red = LIGHTS["money_losing"]
    return Finding(
        "money_losing",
        float(len(ids)),
        "red" if share >= red else "amber",
        {"ids": ids, "customer_share": share},
    )


def margin_concentration(f: Facts) -> Finding | None:
    m = f.metrics.get("margin_concentration") or {}
    if not m.get("customers_for_80pct") or not m.get("customers"):
        return None
    share = m["customers_for_80pct"] / m["customers"]
    amber, red = LIGHTS["margin_concentration"]
    light = "red" if share <= red else "amber" if share <= amber else "green"
    return Finding(
        "margin_concentration",
        share,
        light,
        {"customers": m["customers_for_80pct"], "total": m.get("total")},
    )


def customers_at_risk(f: Facts) -> Finding | None:
    rfm = f.metrics.get("rfm") or {}
    groups = [rfm[k] for k in ("at_risk", "cant_lose") if k in rfm]
    if not groups:
        return None
    share = sum(g.get("revenue_share") or 0 for g in groups)
    count = sum(g.get("customers") or 0 for g in groups)
    amber, red = LIGHTS["customers_at_risk"]
    if share < amber or not count:
        return None
    return Finding(
        "customers_at_risk", share, "red" if share >= red else "amber", {"customers": count}
    )


def net_revenue_retention(f: Facts) -> Finding | None:
    nrr = (f.metrics.get("retention") or {}).get("net_revenue_retention")
    if nrr is None:
        return None
    amber, red = LIGHTS["net_revenue_retention"]
    light = "red" if nrr < red else "amber" if nrr < amber else "green"
    return Finding("net_revenue_retention", float(nrr), light, {})


def growth_spread(f: Facts) -> Finding | None:
    segments = f.metrics.get("segments") or {}
    if not segments:
        return None
    criterion = main_criterion(segments)
    rows = segments[criterion]
    main = [r for r in rows if (r.get("revenue_share") or 0) >= MAIN_SEGMENT]
    previous = sum(r.get("revenue_previous") or 0 for r in rows)
    if len(main) < 2 or previous <= 0:
        return None
    growth = sum(r.get("revenue") or 0 for r in rows) / previous - 1
    growing = sum((r.get("growth") or 0) > 0 for r in main) / len(main)
    top = max((r.get("growth_contribution") or 0) for r in main)
    green, red = LIGHTS["growth_spread"]
    fields = {
        "criterion": criterion,
        "growth": growth,
        "segments": len(main),
        "growing": round(growing * len(main)),
    }
    if growth > 0 and growing >= green and top <= 0.6:
        return Finding("growth_spread", growing, "green", fields)
    if growth > 0 and (growing < red or top > 0.6):
        best = max(main, key=lambda r: r.get("growth_contribution") or 0)
        return Finding("growth_spread", growing, "amber", {**fields, "segment": best["segment"]})
    if growth <= 0 and growing < red:
        return Finding("growth_spread", growing, "red", fields)
    return None


def sleeping_revenue(f: Facts) -> Finding | None:
    s = f.sleeping
    if s is None or not s.total or s.share is None:
        return None
    amber, _ = LIGHTS["sleeping_revenue"]
    return Finding(
        "sleeping_revenue",
        s.share,
        "amber" if s.share >= amber else "green",
        {"total": s.total, "customers": len(s.customers)},
    )


def classes(f: Facts) -> Finding | None:
    c = f.metrics.get("classes") or {}
    if not c:
        return None
    total = sum(v.get("customers", 0) for v in c.values())
    small, loyal = c.get("small") or {}, c.get("loyal") or {}
    if not total or small.get("revenue_share") is None:
        return None
    customers = small.get("customers", 0) / total
    amber, low = LIGHTS["classes"]
    light = "amber" if customers >= amber and small["revenue_share"] <= low else "green"
    return Finding(
        "classes",
        customers,
        light,
        {
            "small": small.get("customers", 0),
            "small_share": small["revenue_share"],
            "loyal": loyal.get("customers", 0),
            "loyal_share": loyal.get("revenue_share"),
        },
    )


RULES: tuple[Callable[[Facts], Finding | None], ...] = (
    lost_big_customers,
    revenue_trend,
    dependence,
    sector_dependence,
    effort,
    money_losing,
    net_revenue_retention,
    customers_at_risk,
    growth_spread,
    margin_concentration,
    sleeping_revenue,
    classes,
)


def summary(facts: Facts, limit: int = MAX_FINDINGS) -> list[Finding]:
    """The findings of every rule that fires, red first, then amber, then green (in
    :data:`RULES` order within a colour), at most ``limit``."""
    found = [rule(facts) for rule in RULES]
    kept = [(ORDER[x.light], i, x) for i, x in enumerate(found) if x is not None]
    return [x for _, _, x in sorted(kept, key=lambda t: t[:2])][:limit]
