"""Loss scenarios: revenue, margin and months of fixed costs lost with given customers."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from numbers import Real

import numpy as np
import pandas as pd

from clientmix.core.checks import as_fraction
from clientmix.dependency.concentration import (
    ConcentrationInputError,
)
from clientmix.dependency.top import by_revenue, checked_profile, margin_known
from clientmix.errors import msg


# --------------------------------------------------------------------------------------------
# 4. loss scenarios
# --------------------------------------------------------------------------------------------
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
    profile : one row per customer (customer_id, revenue; optional customer_name,
        gross_margin).
    fixed_costs : yearly fixed costs (currency, >= 0), or None when unknown.
    net_margin_rate : operating result / revenue (fraction), or None. When ``fixed_costs`` is
        None and margins are known, fixed costs are estimated as total gross margin -
        net_margin_rate * total revenue (used only when that is positive).
    scenarios : {label: [customer ids]}; default: each of the top 5 customers alone
        ("Perte de <name>") then the top 3 together (when there are at least 3 customers).
    lang : "fr" or "en" for the default labels and error messages.

    Returns
    -------
    DataFrame, one row per scenario, columns:

    - scenario (label), customers (list of ids);
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
    if fixed_costs is not None and (
        isinstance(fixed_costs, bool) or not isinstance(fixed_costs, Real) or fixed_costs < 0
    ):
        raise ConcentrationInputError(
            f"Expected fixed_costs as a yearly amount >= 0 (currency) or None, got {fixed_costs!r}."
        )
    if net_margin_rate is not None:
        as_fraction(net_margin_rate, "net_margin_rate", -1.0, 1.0)
    with_margin = margin_known(df)
    rev = df.set_index("customer_id")["revenue"].astype("float64")
    margin = (
        df.set_index("customer_id")["gross_margin"].astype("float64")
        if with_margin
        else pd.Series(np.nan, index=rev.index)
    )
    pos = rev > 0
    rev_pos_total = float(rev[pos].sum())
    n_pos = int(pos.sum())
    margin_pos_total = float(margin[margin > 0].sum()) if with_margin else math.nan
    total_margin = (
        float(margin.sum(min_count=1)) if with_margin and margin.notna().all() else math.nan
    )
    total_revenue = float(rev.sum())

    source: str | None = None
    fixed = math.nan
    if fixed_costs is not None:
        fixed, source = float(fixed_costs), "given"
    elif net_margin_rate is not None and not math.isnan(total_margin):
        estimate = total_margin - float(net_margin_rate) * total_revenue
        if estimate > 0:
            fixed, source = estimate, "estimated"

    if scenarios is None:
        ranked = by_revenue(df[df["revenue"] > 0])
        names = (
            ranked["customer_name"].where(ranked["customer_name"].notna(), ranked["customer_id"])
            if "customer_name" in ranked.columns
            else ranked["customer_id"]
        ).astype(str)
        plan: dict[str, list[str]] = {}
        for cid, name in zip(ranked["customer_id"].head(5), names.head(5), strict=True):
            label = msg(lang, f"Perte de {name}", f"Loss of {name}")
            plan[f"{label} ({cid})" if label in plan else label] = [cid]  # homonyms
        if len(ranked) >= 3:
            label = msg(lang, "Perte des 3 premiers clients", "Loss of the top 3 customers")
            plan[label] = ranked["customer_id"].head(3).tolist()
    else:
        if not isinstance(scenarios, Mapping):
            raise ConcentrationInputError(
                f"Expected scenarios as a dict {{label: [customer ids]}}, got {type(scenarios).__name__}."
            )
        plan = {}
        known = set(rev.index)
        for label, ids in scenarios.items():
            id_list = [ids] if isinstance(ids, str) else [str(i) for i in ids]
            id_list = list(dict.fromkeys(id_list))
            unknown = [i for i in id_list if i not in known]
            if unknown:
                raise ConcentrationInputError(
                    msg(
                        lang,
                        f"Scénario {label!r} : client(s) absent(s) du profil : "
                        f"{', '.join(unknown)}. Vérifiez les codes clients.",
                        f"Scenario {label!r}: customer id(s) not in the profile: "
                        f"{', '.join(unknown)}. Check the customer ids.",
                    )
                )
            plan[str(label)] = id_list

    rows = []
    for label, ids in plan.items():
        lost_rev = float(rev.loc[ids].sum())
        lost_pos = rev.loc[ids][rev.loc[ids] > 0]
        lost_margin = float(margin.loc[ids].sum(min_count=len(ids))) if ids else 0.0
        remaining = n_pos - len(lost_pos)
        avg_remaining = (
            (rev_pos_total - float(lost_pos.sum())) / remaining if remaining else math.nan
        )
        result_before = total_margin - fixed
        rows.append(
            {
                "scenario": label,
                "customers": list(ids),
                "lost_revenue": lost_rev,
                "lost_revenue_share": lost_rev / rev_pos_total if rev_pos_total > 0 else math.nan,
                "lost_margin": lost_margin,
                "lost_margin_share": (
                    lost_margin / margin_pos_total if margin_pos_total > 0 else math.nan
                ),
                "months_of_fixed_costs": lost_margin / (fixed / 12) if fixed > 0 else math.nan,
                "customers_to_replace": (
                    lost_rev / avg_remaining if avg_remaining > 0 else math.nan
                ),
                "result_before": result_before,
                "result_after": result_before - lost_margin,
            }
        )
    out = pd.DataFrame(
        rows,
        columns=[
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
        ],
    )
    out.attrs["fixed_costs"] = None if math.isnan(fixed) else fixed
    out.attrs["fixed_costs_source"] = source
    return out
