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
