"""engagement.yaml ``segmentation``: the consultant's criteria, checked with a plain message.

A list whose items are a column name (canonical name such as ``sector`` or an attribute
column of the customers file) or ``{column: name, bins: [edges...] | quantiles}``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from clientmix.errors import ClientmixError, message


def segmentation_option(value: Any, config: Path, lang: str) -> list[str | dict] | None:
    """The checked ``segmentation`` list (None when absent).

    Raises
    ------
    ClientmixError
        When it is not a list of names or ``{column, bins}`` with increasing numeric edges or
        ``quantiles``.
    """
    if value is None:
        return None
    if not isinstance(value, list):
        raise _error(config, lang, repr(value))
    out: list[str | dict] = []
    for item in value:
        if isinstance(item, str | int) and not isinstance(item, bool):
            out.append(str(item))
        elif isinstance(item, dict) and "column" in item and set(item) <= {"column", "bins"}:
            out.append(
                {"column": str(item["column"]), "bins": _bins(item.get("bins"), config, lang)}
            )
        else:
            raise _error(config, lang, repr(item))
    return out


def _bins(bins: Any, config: Path, lang: str) -> list[float] | str | None:
    if bins is None or bins == "quantiles":
        return bins
    numbers = bins if isinstance(bins, list) else None
    if not numbers or not all(
        isinstance(b, int | float) and not isinstance(b, bool) for b in numbers
    ):
        raise _error(config, lang, repr(bins))
    if any(b >= a for b, a in zip(numbers, numbers[1:], strict=False)):
        raise _error(config, lang, repr(bins))
    return [float(b) for b in numbers]


def _error(config: Path, lang: str, given: str) -> ClientmixError:
    return ClientmixError(
        message("ingest_segmentation_bad", lang, config=config, given=given), path=config
    )


RFM_KEYS = ("scores", "ties", "recency", "frequency", "monetary", "segments")
RFM_RULE_KEYS = ("name", "r", "f", "m")
RFM_DEFAULT_SCORES = 5


def rfm_option(value: Any, config: Path, lang: str) -> dict[str, Any] | None:
    """The checked ``rfm`` mapping (None when absent): ``scores`` (2 to 9, default 5),
    ``ties`` (shared, the default, or split: see :mod:`clientmix.segment.rfm`), optional cut
    points ``recency`` (days), ``frequency`` (invoice lines), ``monetary`` (currency), each
    ``scores - 1`` increasing numbers, and optional ``segments``: the rule table, a list of
    ``{name, r, f, m}`` where each letter is a score or ``[low, high]`` (at least one letter).

    Raises
    ------
    ClientmixError
        Naming the key at fault and what to write instead, in the engagement's language.
    """
    if value is None:
        return None
    if not isinstance(value, dict) or not set(value) <= set(RFM_KEYS):
        raise _rfm_error("segment_rfm_bad_keys", config, lang, value)
    scores = value.get("scores", RFM_DEFAULT_SCORES)
    if not _is_int(scores) or not 2 <= scores <= 9:
        raise _rfm_error("segment_rfm_bad_scores", config, lang, scores)
    ties = value.get("ties", "shared")
    if ties not in ("shared", "split"):
        raise _rfm_error("segment_rfm_bad_ties", config, lang, ties)
    out: dict[str, Any] = {"scores": int(scores), "ties": ties}
    for measure in ("recency", "frequency", "monetary"):
        if value.get(measure) is not None:
            out[measure] = _rfm_cuts(value[measure], measure, int(scores), config, lang)
    if value.get("segments") is not None:
        out["segments"] = _rfm_rules(value["segments"], int(scores), config, lang)
    elif scores != RFM_DEFAULT_SCORES:
        raise _rfm_error("segment_rfm_rules_needed", config, lang, scores)
    return out


def _is_int(x: Any) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _is_number(x: Any) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool)


def _rfm_cuts(cuts: Any, measure: str, scores: int, config: Path, lang: str) -> list[float]:
    ok = (
        isinstance(cuts, list)
        and len(cuts) == scores - 1
        and all(_is_number(c) for c in cuts)
        and all(b > a for a, b in zip(cuts, cuts[1:], strict=False))
    )
    if not ok:
        raise _rfm_error("segment_rfm_bad_cuts", config, lang, cuts, measure=measure, n=scores - 1)
    return [float(c) for c in cuts]


def _rfm_rules(rules: Any, scores: int, config: Path, lang: str) -> list[dict[str, Any]]:
    if not isinstance(rules, list) or not rules:
        raise _rfm_error("segment_rfm_bad_rule", config, lang, rules, scores=scores)
    out = []
    for rule in rules:
        ok = (
            isinstance(rule, dict)
            and set(rule) <= set(RFM_RULE_KEYS)
            and isinstance(rule.get("name"), str | int)
            and str(rule.get("name")).strip() != ""
            and any(letter in rule for letter in "rfm")
        )
        ranges = {k: _score_range(rule[k], scores) for k in "rfm" if ok and k in rule}
        if not ok or any(r is None for r in ranges.values()):
            raise _rfm_error("segment_rfm_bad_rule", config, lang, rule, scores=scores)
        out.append({"name": str(rule["name"]).strip(), **ranges})
    return out


def _score_range(given: Any, scores: int) -> list[int] | None:
    """``[low, high]`` from a score or a two-score list within 1..scores (None when not)."""
    pair = [given, given] if _is_int(given) else given
    if not isinstance(pair, list) or len(pair) != 2 or not all(_is_int(s) for s in pair):
        return None
    low, high = pair
    return [low, high] if 1 <= low <= high <= scores else None


def _rfm_error(key: str, config: Path, lang: str, given: Any, **fields: Any) -> ClientmixError:
    return ClientmixError(
        message(key, lang, config=config, given=repr(given), **fields), path=config
    )
