"""The engagement.yaml settings of the classification (stage 04): ``abc``, ``scoring``,
``classes`` and ``tiers``, over their defaults, checked with a message naming the key.

``scoring`` is a list of criteria (the ideal-customer grid); when it is not given the
classification builds a default grid from the columns present (see
:func:`clientmix.classify.scoring.default_grid`). Shares are fractions in [0, 1], scores and
cut-offs are on the 0-100 scale, costs are in the engagement's currency.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from clientmix.errors import ClientmixError, message
from clientmix.ingest.config_checks import check_keys, check_number, merge_defaults

DEFAULT_ABC: dict[str, float] = {"a": 0.80, "b": 0.95}
#: cut-offs on the 0-100 scores: value (profile + history), potential, strategic (overall)
DEFAULT_CLASSES: dict[str, float] = {"value": 50.0, "potential": 60.0, "strategic": 60.0}
#: cumulative shares of the positive contribution; costs to serve (currency) when known
DEFAULT_TIERS: dict[str, float | None] = {
    "gold": 0.50,
    "premium": 0.80,
    "hourly_cost": None,
    "cost_per_invoice": None,
}
GROUPS = ("profile", "history", "potential")
CRITERION_KEYS = ("column", "group", "weight", "direction", "thresholds", "map")


def classify_options(data: dict, config: Path, lang: str) -> dict[str, Any]:
    """``abc``, ``classes``, ``tiers`` (over their defaults) and ``scoring`` (a list of
    checked criteria, or None for the default grid) of the parsed engagement.yaml."""
    abc = merge_defaults(DEFAULT_ABC, data.get("abc"), "abc", config, lang)
    classes = merge_defaults(DEFAULT_CLASSES, data.get("classes"), "classes", config, lang)
    tiers = merge_defaults(DEFAULT_TIERS, data.get("tiers"), "tiers", config, lang)
    _ordered(abc, ("a", "b"), "abc", config, lang)
    _ordered(tiers, ("gold", "premium"), "tiers", config, lang)
    for key in ("hourly_cost", "cost_per_invoice"):
        if tiers[key] is not None:
            check_number(tiers[key], f"tiers.{key}", config, lang)
    for key, value in classes.items():
        check_number(value, f"classes.{key}", config, lang, high=100.0)
    scoring = data.get("scoring")
    if scoring is not None:
        scoring = _scoring(scoring, config, lang)
    return {
        "abc": {k: float(v) for k, v in abc.items()},
        "classes": {k: float(v) for k, v in classes.items()},
        "tiers": {k: (None if v is None else float(v)) for k, v in tiers.items()},
        "scoring": scoring,
    }


def _ordered(section: dict, keys: tuple[str, str], name: str, config: Path, lang: str) -> None:
    """Two shares in (0, 1], the first below the second."""
    low, high = keys
    for key in keys:
        check_number(section[key], f"{name}.{key}", config, lang, high=1.0)
    if not section[low] < section[high]:
        raise ClientmixError(
            message(
                "classify_config_order",
                lang,
                low=f"{name}.{low}",
                high=f"{name}.{high}",
                config=config,
                low_value=section[low],
                high_value=section[high],
            ),
            path=config,
        )


def _scoring(scoring: Any, config: Path, lang: str) -> list[dict[str, Any]]:
    """The criteria of ``scoring:``, each checked (see :func:`_criterion`)."""
    if not isinstance(scoring, list) or not scoring:
        raise ClientmixError(message("classify_config_scoring", lang, config=config), path=config)
    return [_criterion(item, i + 1, config, lang) for i, item in enumerate(scoring)]


def _criterion(item: Any, number: int, config: Path, lang: str) -> dict[str, Any]:
    """One criterion: column (text), group (profile, history, potential), weight (>= 0),
    direction (higher or lower), thresholds (ascending numbers) or map (value: 0-100)."""
    where = f"scoring[{number}]"
    if not isinstance(item, dict) or not isinstance(item.get("column"), str):
        raise ClientmixError(
            message("classify_config_criterion", lang, where=where, config=config), path=config
        )
    check_keys(item, CRITERION_KEYS, where, config, lang)
    out = {
        "column": item["column"],
        "group": item.get("group", "history"),
        "weight": item.get("weight", 1.0),
        "direction": item.get("direction", "higher"),
        "thresholds": item.get("thresholds"),
        "map": item.get("map"),
    }
    _choice(out["group"], GROUPS, f"{where}.group", config, lang)
    _choice(out["direction"], ("higher", "lower"), f"{where}.direction", config, lang)
    check_number(out["weight"], f"{where}.weight", config, lang)
    out["weight"] = float(out["weight"])
    if out["thresholds"] is not None:
        cuts = out["thresholds"]
        ok = isinstance(cuts, list) and cuts and all(isinstance(c, int | float) for c in cuts)
        if not ok or sorted(cuts) != cuts:
            raise ClientmixError(
                message("classify_config_thresholds", lang, where=where, config=config),
                path=config,
            )
        out["thresholds"] = [float(c) for c in cuts]
    if out["map"] is not None:
        if not isinstance(out["map"], dict) or not out["map"]:
            raise ClientmixError(
                message("classify_config_map", lang, where=where, config=config), path=config
            )
        for value, score in out["map"].items():
            check_number(score, f"{where}.map.{value}", config, lang, high=100.0)
        out["map"] = {str(k): float(v) for k, v in out["map"].items()}
    return out


def _choice(value: Any, choices: tuple[str, ...], key: str, config: Path, lang: str) -> None:
    if value not in choices:
        raise ClientmixError(
            message(
                "classify_config_choice",
                lang,
                setting=key,
                config=config,
                value=repr(value),
                choices=", ".join(choices),
            ),
            path=config,
        )
