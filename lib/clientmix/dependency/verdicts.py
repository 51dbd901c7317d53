"""Two verdict rules a consultant must be able to defend: how concentrated the sectors are,
and whether dependence is rising, falling or stable.

Computation only (codes and numbers; the words are in ``dependency_rule_*`` wording keys).

Sector concentration
    The customer HHI thresholds (1,000 / 1,800 on 0-10,000) do not fit sectors: with ``n``
    sectors the index cannot go below ``10,000 / n`` (1,667 with 6 sectors), so it would read
    "high" almost automatically. The index is therefore **rescaled to the number of sectors**,
    ``(HHI - 10,000 / n) / (1 - 1 / n)``: 0 when revenue is spread evenly over the n sectors,
    10,000 when one sector makes it all, and judged with the customer thresholds on that scale
    (below ``hhi_moderate`` low, up to ``hhi_high`` moderate, above high). Whatever the index,
    a first sector at **50 % or more** of revenue is high (a slowdown there hits half of the
    business). One sector only is high.

Trend of dependence (oldest vs latest 12-month window)
    Called **stable** only when both measures stay within a stated tolerance: the top
    customer's share moves by at most ``TOP1_TOLERANCE`` (2 percentage points) and the HHI by at
    most ``HHI_TOLERANCE`` (10 %, relative). Otherwise it **rises** (or **falls**) when the
    measures that moved all moved up (down), and is **mixed** when one rose and the other fell.
    15.4 % -> 20.4 % for the top customer is +5 points: rising, never stable.
"""

from __future__ import annotations

import math

#: A first sector at this share of revenue or more makes sector dependence "high".
SECTOR_HALF = 0.5
#: Largest move of the top customer's share (fraction: 0.02 = 2 percentage points) still "stable".
TOP1_TOLERANCE = 0.02
#: Largest relative move of the HHI (0.10 = 10 %) still "stable".
HHI_TOLERANCE = 0.10
LEVELS = ("unconcentrated", "moderate", "high")
TRENDS = ("up", "down", "stable", "mixed")


def rescaled_hhi(hhi: float, groups: int) -> float:
    """The HHI of ``groups`` groups (0-10,000, shares in %) rescaled to 0-10,000 between an
    even split (0) and a single group (10,000); 10,000 for one group, NaN for none."""
    if groups < 1 or hhi is None or math.isnan(float(hhi)):
        return math.nan
    if groups == 1:
        return 10_000.0
    floor = 10_000.0 / groups
    return max(0.0, (float(hhi) - floor) / (1.0 - 1.0 / groups))


def sector_level(
    hhi: float,
    groups: int,
    top1_share: float,
    hhi_moderate: float = 1000.0,
    hhi_high: float = 1800.0,
) -> str | None:
    """ "unconcentrated", "moderate" or "high" for the concentration of revenue over ``groups``
    sectors (those with a positive revenue): the rescaled HHI (:func:`rescaled_hhi`) against
    the customer thresholds, and "high" whenever the first sector's share (fraction) is
    :data:`SECTOR_HALF` or more. None without any sector."""
    index = rescaled_hhi(hhi, groups)
    if math.isnan(index):
        return None
    if index > hhi_high or (top1_share is not None and top1_share >= SECTOR_HALF):
        return "high"
    return "moderate" if index >= hhi_moderate else "unconcentrated"


def trend_direction(
    top1_first: float,
    top1_last: float,
    hhi_first: float,
    hhi_last: float,
    top1_tolerance: float = TOP1_TOLERANCE,
    hhi_tolerance: float = HHI_TOLERANCE,
) -> str:
    """ "up", "down", "stable" or "mixed" from the oldest to the latest window.

    Parameters
    ----------
    top1_first, top1_last : the top customer's share of revenue (fractions in [0, 1]).
    hhi_first, hhi_last : the HHI (0-10,000).
    top1_tolerance : largest move of the share still stable (fraction: 0.02 = 2 points).
    hhi_tolerance : largest relative move of the HHI still stable (0.10 = 10 %).
    """
    moves = []
    step = top1_last - top1_first
    if abs(step) > top1_tolerance + 1e-12:
        moves.append(1 if step > 0 else -1)
    if hhi_first > 0:
        ratio = hhi_last / hhi_first - 1.0
        if abs(ratio) > hhi_tolerance + 1e-12:
            moves.append(1 if ratio > 0 else -1)
    elif hhi_last > 0:
        moves.append(1)
    if not moves:
        return "stable"
    if all(m > 0 for m in moves):
        return "up"
    if all(m < 0 for m in moves):
        return "down"
    return "mixed"
