"""The sales of an engagement from its accounting export (FEC) instead of an invoices file:
one canonical row per (sales entry, customer), read by :mod:`clientmix.ingest.fec`."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from clientmix.core.formats import fmt_money
from clientmix.errors import message
from clientmix.ingest import fec
from clientmix.ingest.config import Engagement
from clientmix.ingest.invoices import REJECTED_COLUMNS, SalesRows, flag_duplicates
from clientmix.ingest.problems import Problem
from clientmix.ingest.readers import check_file


def looks_like_fec(path: Path) -> bool:
    """Whether the invoices file is a FEC (when engagement.yaml gives no format)."""
    if not path.is_file():
        return False
    return bool(fec.looks_like_fec(path))


def load_fec(engagement: Engagement) -> SalesRows:
    """Sales from the accounting export (FEC): one canonical row per (sales entry, customer);
    the FEC's controls under ``controls["fec"]``.

    Raises
    ------
    ClientmixError
        The file is missing or is not a readable FEC.
    """
    spec = engagement.invoices
    lang = engagement.language
    check_file(spec, lang=lang, what="invoices")
    opts = engagement.fec
    result = fec.read_fec(
        spec.path,
        encoding=spec.encoding,
        sales_prefixes=tuple(opts.get("sales_prefixes") or ("70",)),
        discount_prefixes=tuple(opts.get("discount_prefixes") or ("709",)),
        customer_prefix=opts.get("customer_prefix") or "411",
        sales_journals=opts.get("sales_journals"),
        cost_rate=engagement.finance.get("cost_rate"),
        lang=lang,
    )
    invoices = result.invoices.copy()
    flag_duplicates(invoices)
    rejected = result.rejected.copy()
    if "amount" not in rejected:
        rejected["amount"] = np.nan
    rejected = rejected[REJECTED_COLUMNS]
    problems: list[Problem] = []
    skipped = result.skipped
    if skipped is not None and len(skipped):
        per_reason = skipped.groupby("reason", sort=True)["entries"].sum()
        parts = ", ".join(f"{reason} ({n})" for reason, n in per_reason.items() if n)
        problems.append(Problem("warning", message("ingest_fec_left_out", lang, parts=parts)))
    gap = result.controls.get("revenue_gap")
    if gap:
        shown = fmt_money(gap, lang, engagement.currency, decimals=2)
        problems.append(Problem("warning", message("ingest_fec_revenue_gap", lang, gap=shown)))
    return SalesRows(
        invoices=invoices,
        rejected=rejected,
        guesses=list(result.notes),
        matches=[],
        problems=problems,
        rows_read=len(invoices) + len(rejected),
        controls={"fec": result.controls},
    )
