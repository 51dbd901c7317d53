"""The verdict on a load: usable, usable with serious warnings, or not usable.

``clientmix validate`` exits 0 when the data is usable, 2 when it is usable but the owner must
be warned (a problem of level "serious": too many rows or too much revenue rejected, a join
that matches little of the revenue...), 1 when it is not usable (a problem of level "error").
The serious problems also open the report (front page, through the ingest section).

Computation only: codes, numbers and the wording keys of :mod:`clientmix.errors`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from clientmix.core.formats import fmt_money, fmt_pct
from clientmix.errors import ClientmixError, message
from clientmix.ingest.problems import Problem

#: problem levels, from the least to the most severe
LEVELS = ("warning", "serious", "error")
#: exit code of ``clientmix validate`` for each verdict
EXIT_CODES = {"usable": 0, "serious": 2, "unusable": 1}
EXAMPLES_PER_REASON = 3


@dataclass(frozen=True)
class Verdict:
    """The verdict on a load.

    Attributes
    ----------
    status : "usable", "serious" (usable with serious warnings) or "unusable".
    serious : the texts of the serious problems (empty unless status is "serious" or
        "unusable").
    """

    status: str
    serious: tuple[str, ...] = ()

    @property
    def exit_code(self) -> int:
        """0 usable, 2 usable with serious warnings, 1 not usable."""
        return EXIT_CODES[self.status]


def verdict(problems: Iterable[Problem]) -> Verdict:
    """The verdict from a load's problems: any "error" makes it unusable, else any "serious"
    makes it usable with serious warnings."""
    problems = list(problems)
    serious = tuple(p.text for p in problems if p.level == "serious")
    if any(p.level == "error" for p in problems):
        return Verdict("unusable", serious)
    return Verdict("serious" if serious else "usable", serious)


def _share(part: float, whole: float) -> float:
    """part / whole (0 when whole is 0)."""
    return part / whole if whole else 0.0


def rejection_problems(
    controls: Mapping, checks: Mapping[str, float], currency: str, lang: str
) -> list[Problem]:
    """A "serious" problem when the rejected rows exceed ``checks["max_rejected_rows"]`` of
    the rows read and number at least ``checks["min_rejected_rows"]`` (a handful of bad lines
    in a tiny file is shown, not alarming: the revenue share still applies), and one when the revenue of the rejected rows exceeds
    ``checks["max_rejected_revenue"]`` of the revenue read (both fractions, strictly above).

    The revenue share is |revenue_rejected| / (|revenue_used| + |revenue_rejected|) (currency
    units, net excl. tax): rejected rows whose amount cannot be read count for nothing there,
    they count in the row share.
    """
    problems = []
    read, rejected = int(controls.get("rows_read", 0)), int(controls.get("rows_rejected", 0))
    limit = float(checks.get("max_rejected_rows", 1.0))
    share = _share(rejected, read)
    if share > limit and rejected >= int(checks.get("min_rejected_rows", 0)):
        text = message(
            "ingest_serious_rejected_rows",
            lang,
            share=fmt_pct(share, lang),
            rejected=rejected,
            read=read,
            limit=fmt_pct(limit, lang),
        )
        problems.append(Problem("serious", text))
    lost = abs(float(controls.get("revenue_rejected", 0.0)))
    whole = abs(float(controls.get("revenue_used", 0.0))) + lost
    limit = float(checks.get("max_rejected_revenue", 1.0))
    share = _share(lost, whole)
    if share > limit:
        text = message(
            "ingest_serious_rejected_revenue",
            lang,
            amount=fmt_money(lost, lang, currency, decimals=2),
            share=fmt_pct(share, lang),
            limit=fmt_pct(limit, lang),
        )
        problems.append(Problem("serious", text))
    return problems


def reason_name(code: str, lang: str) -> str:
    """The readable name of a rejection reason code (the code itself when it has none)."""
    key = f"ingest_reason_{code}"
    name = message(key, lang)
    return code if name == key else name


def rejected_by_reason(rejected: pd.DataFrame, lang: str, examples: int) -> list[str]:
    """The rejected rows grouped by reason, most frequent first: one line per reason with its
    count and up to ``examples`` example rows (file, line, detail with the value)."""
    lines: list[str] = []
    for code, count in rejected["reason"].value_counts(sort=True).items():
        sample = rejected[rejected["reason"] == code].head(examples)
        shown = [
            message(
                "ingest_all_rejected_example",
                lang,
                file=row.file,
                row=row.source_row,
                detail=row.detail,
            )
            for row in sample.itertuples()
        ]
        name = reason_name(str(code), lang)
        lines.append(
            message(
                "ingest_all_rejected_group",
                lang,
                reason=name,
                count=count,
                examples=" ; ".join(shown),
            )
        )
    return lines


def no_usable_row_error(
    path: Path, rejected: pd.DataFrame, rows_read: int, lang: str
) -> ClientmixError:
    """The error when every row read is rejected: the reasons grouped with their counts and
    :data:`EXAMPLES_PER_REASON` example rows each, then what to do."""
    groups = rejected_by_reason(rejected, lang, EXAMPLES_PER_REASON)
    text = message(
        "ingest_all_rejected",
        lang,
        path=path,
        rows=rows_read,
        groups="\n".join(groups),
    )
    return ClientmixError(text, path=path)
