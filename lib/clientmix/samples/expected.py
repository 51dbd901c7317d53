"""The headline figures of a sample, computed from the rows the generator made (integer cents).

Never from reading the files back: tests check the loader and the pipeline against them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from clientmix.samples.common import PERIOD_END, PERIOD_START


def cents_concentration(
    ids: np.ndarray, cents: np.ndarray, major: float = 0.10, pareto: float = 0.80
) -> dict:
    """Concentration of positive per-customer amounts (integer cents).

    Shares are fractions in [0, 1]; ``hhi`` is on the 0-10,000 scale (shares in %, squared,
    summed); customers with an amount <= 0 are ignored. Ties are broken by id.
    """
    ids = np.asarray(ids, dtype=object)
    cents = np.asarray(cents, dtype=np.int64)
    keep = cents > 0
    ids, cents = ids[keep], cents[keep]
    order = np.lexsort((ids.astype(str), -cents))  # descending amount, then id
    ids, v = ids[order], [int(c) for c in cents[order]]
    total = sum(v)
    n = len(v)
    if n == 0:
        raise ValueError("no customer with a positive amount")
    cum_desc = np.cumsum(np.array(v, dtype=object))
    sumsq = sum(c * c for c in v)
    hhi = 10_000 * sumsq / total**2
    asc_cum = np.cumsum(np.array(v[::-1], dtype=object))  # Lorenz numerators, ascending
    lorenz_sum = 2 * int(asc_cum.sum()) - total  # sum over i of (cum_i + cum_{i-1})
    gini = 1 - lorenz_sum / (total * n)
    p_num, p_den = round(pareto * 100), 100
    for80 = int(np.argmax(cum_desc * p_den >= total * p_num)) + 1
    m_num = round(major * 100)
    majors = [str(i) for i, c in zip(ids, v, strict=True) if c * 100 >= total * m_num]
    top1 = v[0] / total
    return {
        "top1_share": top1,
        "top1_customer": str(ids[0]),
        "top5_share": int(cum_desc[min(5, n) - 1]) / total,
        "top10_share": int(cum_desc[min(10, n) - 1]) / total,
        "hhi": hhi,
        "effective_customers": 10_000 / hhi,
        "gini": gini,
        "customers_for_80pct": for80,
        "major_customers_10pct": majors,
        "economic_dependence": bool(top1 > 0.5),
    }


def expected_figures(
    name: str,
    company: str,
    lines: pd.DataFrame,
    written: pd.DataFrame,
    customer_file_ids: np.ndarray,
) -> dict:
    """Headline figures of expected.json from the generated lines (integer cents)."""
    used = (lines["status"] == "used").to_numpy()
    u = lines[used]
    in_period = ((u["date"] >= PERIOD_START) & (u["date"] <= PERIOD_END)).to_numpy()
    p = u[in_period]
    by_cust = p.groupby("customer_id", sort=True)["amount"].sum()
    reasons = lines.loc[~used, "status"].value_counts()
    invoice_ids = set(u["customer_id"])
    file_ids = set(customer_file_ids.tolist())
    out = {
        "engagement": name,
        "company": company,
        "period": {"start": PERIOD_START.date().isoformat(), "end": PERIOD_END.date().isoformat()},
        "input": {
            "rows_read": int(len(lines)),
            "rows_used": int(used.sum()),
            "rows_rejected": int((~used).sum()),
            "rows_outside_period": int((~in_period).sum()),
            "revenue_total": int(u["amount"].sum()) / 100,
        },
        "rejected_reasons": {
            r: int(reasons.get(r, 0)) for r in ("missing_customer_id", "bad_date", "bad_amount")
        },
        "duplicates": int(written.duplicated().sum()),
        "revenue_total": int(p["amount"].sum()) / 100,
        "customers": int((by_cust > 0).sum()),
        "customers_nonpositive": sorted(by_cust.index[by_cust <= 0].tolist()),
        "missing_from_customers_file": sorted(invoice_ids - file_ids),
        "without_invoices": sorted(file_ids - invoice_ids),
        "concentration": cents_concentration(by_cust.index.to_numpy(), by_cust.to_numpy()),
    }
    if "cost" in lines:
        margin = (p["amount"] - p["cost"]).groupby(p["customer_id"], sort=True).sum()
        out["gross_margin_total"] = int(margin.sum()) / 100
        out["margin_concentration"] = cents_concentration(
            margin.index.to_numpy(), margin.to_numpy()
        )
    return out
