"""Loss scenarios: revenue, margin and months of fixed costs lost with given customers."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from clientmix.core.checks import ConcentrationInputError, as_fraction, is_number
from clientmix.dependency.top import by_revenue, checked_profile, margin_known
from clientmix.errors import message

SCENARIO_TOP = 5
"""The default plan loses each of this many largest customers alone ("top1" ... "top5")."""

SCENARIO_TOGETHER = 3
"""... then this many largest customers together ("top3_together")."""

SCENARIO_COLUMNS = [
    "scenario",
    "customers",
    "lost_revenue",
    "lost_revenue_share",
    "lost_margin",
    "lost_margin_share",
    "months_of_fixed_costs",
    "customers_to_replace",
    "result_before",
    "result_after",
]


def default_scenarios(profile: pd.DataFrame) -> dict[str, list[str]]:
    """Stable scenario ids -> customer ids: "top1" ... "top5" (each of the five largest
    customers alone) and "top3_together" (the three largest), when there are enough customers
    with a positive revenue.

    Parameters
    ----------
    profile : one row per customer (customer_id, revenue in currency); customers are ranked
        by descending revenue, ties by ascending id; revenue at zero or below is left out.
    """
    return _default_plan(checked_profile(profile))


def _default_plan(df: pd.DataFrame) -> dict[str, list[str]]:
    """:func:`default_scenarios` of a profile already checked by ``checked_profile``."""
    ranked = by_revenue(df[df["revenue"] > 0])
    ids = ranked["customer_id"].head(SCENARIO_TOP).tolist()
    plan = {f"top{i}": [cid] for i, cid in enumerate(ids, start=1)}
    if len(ranked) >= SCENARIO_TOGETHER:
        plan[f"top{SCENARIO_TOGETHER}_together"] = ids[:SCENARIO_TOGETHER]
    return plan


@dataclass(frozen=True)
class _Books:
    """The period's figures a scenario is measured against (amounts in currency).

    revenue, margin : per customer id (margin NaN everywhere when margins are unknown).
    positive_revenue, positive_customers : total and count of the positive revenues.
    positive_margin : total of the positive margins (NaN when margins are unknown).
    total_margin : total margin of all customers (NaN when one is unknown).
    total_revenue : net revenue of all customers.
    """

    revenue: pd.Series
    margin: pd.Series
    positive_revenue: float
    positive_customers: int
    positive_margin: float
    total_margin: float
    total_revenue: float


def _books(df: pd.DataFrame) -> _Books:
    """The :class:`_Books` of a checked profile."""
    with_margin = margin_known(df)
    rev = df.set_index("customer_id")["revenue"].astype("float64")
    margin = (
        df.set_index("customer_id")["gross_margin"].astype("float64")
        if with_margin
        else pd.Series(np.nan, index=rev.index)
    )
    pos = rev > 0
    return _Books(
        revenue=rev,
        margin=margin,
        positive_revenue=float(rev[pos].sum()),
        positive_customers=int(pos.sum()),
        positive_margin=float(margin[margin > 0].sum()) if with_margin else math.nan,
        total_margin=(
            float(margin.sum(min_count=1)) if with_margin and margin.notna().all() else math.nan
        ),
        total_revenue=float(rev.sum()),
    )


def loss_scenarios(
    profile: pd.DataFrame,
    *,
    fixed_costs: float | None = None,
    net_margin_rate: float | None = None,
    scenarios: Mapping[str, Sequence[str] | str] | None = None,
    lang: str = "fr",
) -> pd.DataFrame:
    """What losing a customer (or several) would cost over a year like the analysis period.

    Parameters
    ----------
    profile : one row per customer (customer_id, revenue; optional gross_margin).
    fixed_costs : yearly fixed costs (currency, >= 0), or None when unknown.
    net_margin_rate : operating result / revenue (fraction), or None. When ``fixed_costs`` is
        None and margins are known, fixed costs are estimated as total gross margin -
        net_margin_rate * total revenue (used only when that is positive).
    scenarios : {scenario: [customer ids]}; default: :func:`default_scenarios` (stable ids
        "top1" ... "top5" then "top3_together").
    lang : "fr" or "en", language of the error message about unknown customer ids.

    Returns
    -------
    DataFrame, one row per scenario, columns:

    - scenario (its key in ``scenarios``, or its id), customers (list of ids);
    - lost_revenue (currency, their net revenue), lost_revenue_share (fraction of the positive
      customers' revenue, so the top-1 scenario matches ``top1_share``);
    - lost_margin (currency), lost_margin_share (fraction of the positive customers' gross
      margin); NaN when a lost customer's margin is unknown;
    - months_of_fixed_costs: lost_margin / (fixed_costs / 12), NaN without fixed costs;
    - customers_to_replace: lost_revenue / average revenue of the remaining customers with a
      positive revenue;
    - result_before, result_after: operating result = total gross margin (all customers) -
      fixed costs, before and after the loss; NaN without fixed costs or margins.

    ``attrs["fixed_costs"]`` holds the fixed costs used and ``attrs["fixed_costs_source"]``
    "given", "estimated" or None.

    Raises
    ------
    ConcentrationInputError (a ValueError) naming the ids of a scenario absent from the profile,
    or a bad fixed_costs / net_margin_rate.
    """
    df = checked_profile(profile)
    _check_finance(fixed_costs, net_margin_rate)
    books = _books(df)
    fixed, source = _fixed_costs(books, fixed_costs, net_margin_rate)
    if scenarios is None:
        plan = _default_plan(df)
    else:
        plan = _given_plan(scenarios, set(books.revenue.index), lang)
    rows = [_scenario_row(name, ids, books, fixed) for name, ids in plan.items()]
    out = pd.DataFrame(rows, columns=SCENARIO_COLUMNS)
    out.attrs["fixed_costs"] = None if math.isnan(fixed) else fixed
    out.attrs["fixed_costs_source"] = source
    return out


def _check_finance(fixed_costs: Any, net_margin_rate: Any) -> None:
    """Raise ConcentrationInputError unless fixed_costs is None or an amount >= 0 and
    net_margin_rate None or a fraction in [-1, 1]."""
    if fixed_costs is not None and (not is_number(fixed_costs) or fixed_costs < 0):
        raise ConcentrationInputError(
            f"Expected fixed_costs as a yearly amount >= 0 (currency) or None, got {fixed_costs!r}."
        )
    if net_margin_rate is not None:
        as_fraction(net_margin_rate, "net_margin_rate", -1.0, 1.0)


def _fixed_costs(
    books: _Books, fixed_costs: float | None, net_margin_rate: float | None
) -> tuple[float, str | None]:
    """Yearly fixed costs (currency, NaN when unknown) and their source: "given",
    "estimated" (total margin - net_margin_rate x total revenue, when positive) or None."""
    if fixed_costs is not None:
        return float(fixed_costs), "given"
    if net_margin_rate is not None and not math.isnan(books.total_margin):
        estimate = books.total_margin - float(net_margin_rate) * books.total_revenue
        if estimate > 0:
            return estimate, "estimated"
    return math.nan, None


def _given_plan(
    scenarios: Mapping[str, Sequence[str] | str], known: set[str], lang: str
) -> dict[str, list[str]]:
    """The caller's scenarios as {scenario: [ids]} (a single id as a list, duplicates
    dropped), every id checked against the profile's ``known`` ids."""
    if not isinstance(scenarios, Mapping):
        raise ConcentrationInputError(
            "Expected scenarios as a dict {label: [customer ids]}, "
            f"got {type(scenarios).__name__}."
        )
    plan = {}
    for name, ids in scenarios.items():
        id_list = [ids] if isinstance(ids, str) else [str(i) for i in ids]
        id_list = list(dict.fromkeys(id_list))
        unknown = [i for i in id_list if i not in known]
        if unknown:
            raise ConcentrationInputError(
                message(
                    "checks_scenario_unknown_ids",
                    lang,
                    scenario=repr(name),
                    ids=", ".join(unknown),
                    count=len(unknown),
                )
            )
        plan[str(name)] = id_list
    return plan


def _scenario_row(name: str, ids: list[str], books: _Books, fixed: float) -> dict[str, Any]:
    """One row of :func:`loss_scenarios`: what losing ``ids`` together costs."""
    rev, margin = books.revenue, books.margin
    lost_rev = float(rev.loc[ids].sum())
    lost_pos = rev.loc[ids][rev.loc[ids] > 0]
    lost_margin = float(margin.loc[ids].sum(min_count=len(ids))) if ids else 0.0
    remaining = books.positive_customers - len(lost_pos)
    avg_remaining = (
        (books.positive_revenue - float(lost_pos.sum())) / remaining if remaining else math.nan
    )
    result_before = books.total_margin - fixed
    return {
        "scenario": name,
        "customers": list(ids),
        "lost_revenue": lost_rev,
        "lost_revenue_share": (
            lost_rev / books.positive_revenue if books.positive_revenue > 0 else math.nan
        ),
        "lost_margin": lost_margin,
        "lost_margin_share": (
            lost_margin / books.positive_margin if books.positive_margin > 0 else math.nan
        ),
        "months_of_fixed_costs": lost_margin / (fixed / 12) if fixed > 0 else math.nan,
        "customers_to_replace": lost_rev / avg_remaining if avg_remaining > 0 else math.nan,
        "result_before": result_before,
        "result_after": result_before - lost_margin,
    }
