"""The raw table: a file's cells as read, untouched, with the line number of each row."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd


@dataclass
class RawTable:
    """A table as read from a file: values untouched, one ``source_row`` per row."""

    frame: pd.DataFrame
    source_row: pd.Series
    path: Path
    rel_path: str
    format: str
    guesses: list[str] = field(default_factory=list)
    bad_lines: pd.DataFrame | None = None
    """Lines the CSV parser could not split into the header's columns (source_row, detail)."""
    encoding: str | None = None
    sep: str | None = None


def line_numbers(frame: pd.DataFrame, skipped: int = 0) -> pd.Series:
    """The line number a user sees for each row of ``frame`` read in order under its header
    (header = 1 + ``skipped`` title lines, first data row = 2 + ``skipped``), on its index."""
    return pd.Series(
        np.arange(len(frame), dtype="int64") + 2 + skipped, index=frame.index, dtype="int64"
    )
