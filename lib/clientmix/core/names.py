"""Customer names for the reader: the name when the data gives one, else the id."""

from __future__ import annotations

import pandas as pd


def customer_names(profile: pd.DataFrame | None) -> dict[str, str]:
    """customer_id (as text) -> customer name, the id itself when the name is unknown."""
    if profile is None:
        return {}
    ids = profile["customer_id"].astype(str)
    if "customer_name" not in profile:
        return dict(zip(ids, ids, strict=True))
    names = profile["customer_name"].where(profile["customer_name"].notna(), ids).astype(str)
    return dict(zip(ids, names, strict=True))
