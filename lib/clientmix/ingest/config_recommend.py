"""The engagement.yaml settings of the recommendations (notebook 05_recommend): ``recommend``
with ``targets`` (diversification targets), ``team`` (the key-account team) and ``plan`` (the
action plan's start), over their defaults, checked with a message naming the key.

```yaml
recommend:
  targets: {top1_share_1y: 0.15, top1_share_3y: 0.10}   # fractions of the revenue
  team: {sales_people: 3, dedicated_min_accounts: 5, dedicated_min_revenue: 10000000}
  plan: {start: 2025-02-01}
```
Shares are fractions in [0, 1]; revenue in the engagement's currency (net, per year).
A target left empty (null) is derived from today's figures (see
:func:`clientmix.recommend.targets.diversification_targets`).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from clientmix.errors import ClientmixError, message
from clientmix.ingest.config_checks import as_timestamp, check_number, merge_defaults

DEFAULT_RECOMMEND: dict[str, dict[str, Any]] = {
    # top customer's share of revenue to reach in 1 and 3 years (None: derived)
    "targets": {"top1_share_1y": None, "top1_share_3y": None},
    # key-account team: salespeople (None: unknown); thresholds of a dedicated team
    "team": {"sales_people": None, "dedicated_min_accounts": 5, "dedicated_min_revenue": 1e7},
    # first day of the action plan (None: the first day of the month after the period)
    "plan": {"start": None},
}


def recommend_options(given: Any, config: Path, lang: str) -> dict[str, dict[str, Any]]:
    """``recommend`` of the parsed engagement.yaml over :data:`DEFAULT_RECOMMEND`, checked."""
    if given is None:
        return copy.deepcopy(DEFAULT_RECOMMEND)
    out = merge_defaults(DEFAULT_RECOMMEND, given, "recommend", config, lang)
    for part, defaults in DEFAULT_RECOMMEND.items():
        if not isinstance(out[part], dict):
            raise ClientmixError(
                message(
                    "ingest_section_not_mapping",
                    lang,
                    setting=f"recommend.{part}",
                    config=config,
                    example=next(iter(defaults)),
                ),
                path=config,
            )
        merge_defaults(defaults, out[part], f"recommend.{part}", config, lang)
    _check_targets(out["targets"], config, lang)
    _check_team(out["team"], config, lang)
    start = out["plan"]["start"]
    if start is not None:
        out["plan"]["start"] = as_timestamp(start, "recommend.plan.start", config, lang)
    return out


def _check_targets(targets: dict[str, Any], config: Path, lang: str) -> None:
    for key, value in targets.items():
        if value is not None:
            check_number(value, f"recommend.targets.{key}", config, lang, high=1.0)
            targets[key] = float(value)
    one, three = targets["top1_share_1y"], targets["top1_share_3y"]
    if one is not None and three is not None and three > one:
        raise ClientmixError(
            message("rec_config_target_order", lang, config=config, one=one, three=three),
            path=config,
        )


def _check_team(team: dict[str, Any], config: Path, lang: str) -> None:
    if team["sales_people"] is not None:
        check_number(team["sales_people"], "recommend.team.sales_people", config, lang, whole=True)
        team["sales_people"] = int(team["sales_people"])
    check_number(
        team["dedicated_min_accounts"],
        "recommend.team.dedicated_min_accounts",
        config,
        lang,
        low=1,
        whole=True,
    )
    team["dedicated_min_accounts"] = int(team["dedicated_min_accounts"])
    check_number(
        team["dedicated_min_revenue"], "recommend.team.dedicated_min_revenue", config, lang
    )
    team["dedicated_min_revenue"] = float(team["dedicated_min_revenue"])
