"""The raw table: a file's cells as read, untouched, with the line number of each row."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from clientmix.errors import message


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
    sep_given: bool = False
    """The separator was given by engagement.yaml (``sep:``), not sniffed."""
    sheet: pd.Series | None = None
    """The sheet of each row when several sheets of a workbook are read together."""
    sheets: list[tuple[str, list[str]]] = field(default_factory=list)
    """Every sheet of a workbook with its columns (for messages), in workbook order."""

    def row_files(self, lang: str) -> pd.Series:
        """The file of each row as messages name it: the path as written in engagement.yaml,
        with the sheet when several sheets are read together (on the frame's index)."""
        if self.sheet is None:
            return pd.Series(self.rel_path, index=self.frame.index, dtype=object)
        before, _, after = message(
            "ingest_file_sheet", lang, path=self.rel_path, sheet="\0"
        ).partition("\0")
        return (before + self.sheet.astype(str) + after).set_axis(self.frame.index)


def line_numbers(frame: pd.DataFrame, skipped: int = 0) -> pd.Series:
    """The line number a user sees for each row of ``frame`` read in order under its header
    (header = 1 + ``skipped`` title lines, first data row = 2 + ``skipped``), on its index."""
    return pd.Series(
        np.arange(len(frame), dtype="int64") + 2 + skipped, index=frame.index, dtype="int64"
    )
