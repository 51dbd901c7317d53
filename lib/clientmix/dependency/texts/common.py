"""Helpers shared by the texts of the 'Dependency' section: names, levels, thresholds."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from clientmix.core.labels import escape, fmt_int, fmt_num, label
from clientmix.dependency.concentration import check_thresholds

#: Defaults of the concentration thresholds (major, dependence, pareto, hhi_moderate, hhi_high).
DEFAULT_THRESHOLDS: dict[str, float] = check_thresholds()

#: HHI level code -> (wording key of the portfolio reading, of the strength of a dependence).
_LEVEL_KEYS = {
    "unconcentrated": ("dep_level_unconcentrated", "dep_strength_unconcentrated"),
    "moderate": ("dep_level_moderate", "dep_strength_moderate"),
    "high": ("dep_level_high", "dep_strength_high"),
}


def conc_dict(conc: Any) -> dict[str, Any]:
    """A Concentration (or its ``to_dict()``) as a dict."""
    return conc.to_dict() if hasattr(conc, "to_dict") else dict(conc)


def thresholds_in_use(*sources: Mapping[str, float] | None) -> dict[str, float]:
    """The default thresholds overridden by each of ``sources`` in turn (None skipped)."""
    out = dict(DEFAULT_THRESHOLDS)
    for source in sources:
        out.update(source or {})
    return out


def threshold_number(share: float, lang: str) -> str:
    """A threshold share as a percentage without its sign (0.8 -> "80", 0.125 -> "12,5"),
    for templates that write the "%" themselves."""
    pct = 100 * float(share)
    return fmt_num(pct, lang, 0 if abs(pct - round(pct)) < 1e-9 else 1)


def plain_name(names: Mapping[str, str], customer_id: Any) -> str:
    """The name of ``customer_id`` (its id when unknown), unescaped: for table cells."""
    return names.get(str(customer_id), str(customer_id))


def name_of(names: Mapping[str, str], customer_id: Any) -> str:
    """The escaped name of ``customer_id`` (its id when unknown), for Markdown."""
    return escape(plain_name(names, customer_id))


def name_list(ids: list[str], names: Mapping[str, str], lang: str, limit: int = 5) -> str:
    """Escaped names in bold, "a, b et c" (fr) / "a, b and c" (en), "et N autres" beyond limit."""
    shown = [f"**{name_of(names, i)}**" for i in ids[:limit]]
    rest = len(ids) - len(shown)
    if rest > 0:
        shown.append(label("dep_others", lang, n=fmt_int(rest, lang)))
    if len(shown) == 1:
        return shown[0]
    return ", ".join(shown[:-1]) + label("dep_and", lang) + shown[-1]


def level_text(level: str | None, lang: str) -> str:
    """ "peu concentré" / "modérément concentré" / "très concentré" for an HHI level code."""
    keys = _LEVEL_KEYS.get(level or "")
    return label(keys[0], lang) if keys else "–"


def strength_text(level: str | None, lang: str) -> str:
    """ "faible" / "modérée" / "forte" (fr) for an HHI level code, to qualify a dependence."""
    keys = _LEVEL_KEYS.get(level or "")
    return label(keys[1], lang) if keys else "–"


def heading(key: str, lang: str) -> str:
    """A level-3 Markdown heading with the wording of ``key``, and a blank line."""
    return f"### {label(key, lang)}\n\n"
