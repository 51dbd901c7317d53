"""Read an Excel workbook as a raw table: the sheet that holds the data, or several sheets with
the same header read together (``sheet: all`` or a list of sheets).

Each sheet is read whole by calamine (formulas give the value Excel computed and saved with
them), blank rows dropped, its header found under any title lines. Without ``sheet:`` the
first sheet is read, unless it has none of the data columns and another sheet has them (a
cover page); sheets with the same header as the one read are named in a warning. Row numbers
stay those of the sheet; when several sheets are read, ``RawTable.sheet`` names each row's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from clientmix.errors import ClientmixError, message
from clientmix.ingest.config import SourceSpec
from clientmix.ingest.config_checks import quoted
from clientmix.ingest.header_row import header_score, known_headers
from clientmix.ingest.headers import normalise_header
from clientmix.ingest.raw_table import RawTable

SCAN = 20
"""Rows under the first line searched for a header below title lines."""


@dataclass
class Sheet:
    """One sheet as read: data rows under their header, the line of each row in the sheet,
    the header's line when it is not line 1, and how many header cells are known names."""

    name: str
    frame: pd.DataFrame
    source_row: pd.Series
    header_line: int | None
    score: int

    @property
    def looks_like_data(self) -> bool:
        """At least two known column names in the header, and rows under it."""
        return self.score >= 2 and len(self.frame) > 0

    @property
    def key(self) -> frozenset[str]:
        """The header as a set of normalised names (order and case do not matter)."""
        return frozenset(normalise_header(c) for c in self.frame.columns)


def read_workbook(path: Path, spec: SourceSpec, lang: str) -> RawTable:
    """The raw table of the sheet(s) of ``spec`` (see module doc).

    Raises
    ------
    ClientmixError
        Unreadable workbook; a named sheet missing; sheets read together whose headers
        differ.
    """
    sheets = [_sheet(name, cells, spec) for name, cells in _cells(path, lang).items()]
    guesses: list[str] = []
    if spec.sheet is None:
        chosen = _default(sheets, guesses, lang)
    elif isinstance(spec.sheet, str) and spec.sheet != "all":
        chosen = [_named(sheets, spec.sheet, path, lang)]
    else:
        chosen = _together(sheets, spec.sheet, path, guesses, lang)
    table = _concat(chosen, path, spec)
    header_lines = [s.header_line for s in chosen if s.header_line is not None]
    if header_lines and len(chosen) == 1:
        guesses.insert(0, message("ingest_guess_header_line", lang, line=header_lines[0]))
    table.guesses = guesses
    table.sheets = [(s.name, list(s.frame.columns)) for s in sheets]
    return table


def _cells(path: Path, lang: str) -> dict[str, pd.DataFrame]:
    """Every sheet's cells (row i = line i + 1), by sheet name."""
    try:
        return pd.read_excel(path, sheet_name=None, header=None, engine="calamine", dtype=object)
    except Exception as exc:  # noqa: BLE001 - calamine raises its own error types
        error = f"{type(exc).__name__}: {exc}"
    raise ClientmixError(message("ingest_bad_excel", lang, path=path, error=error), path=path)


def _sheet(name: str, cells: pd.DataFrame, spec: SourceSpec) -> Sheet:
    """A sheet's data rows under its header: line 1 unless it has fewer than two known column
    names and one of the next ``SCAN`` non-blank rows has two or more."""
    line = pd.Series(np.arange(len(cells), dtype="int64") + 1, index=cells.index)
    text = cells.astype(str).apply(lambda c: c.str.strip())
    nonblank = cells.notna().any(axis=1) & (text.ne("") & text.ne("nan") & text.ne("None")).any(
        axis=1
    )
    cells, line = cells[nonblank], line[nonblank]
    known = known_headers(spec)
    has_top = len(cells) > 0 and int(line.iloc[0]) == 1
    at, header_line = (0, None) if has_top else (None, None)
    if not has_top or _score(cells.iloc[0], known) < 2:
        start = 1 if has_top else 0
        for k in range(start, min(start + SCAN, len(cells))):
            if _score(cells.iloc[k], known) >= 2:
                at, header_line = k, int(line.iloc[k])
                break
    values = list(cells.iloc[at]) if at is not None else [None] * cells.shape[1]
    header = _header(values)
    body = cells.iloc[(at + 1 if at is not None else 0) :].set_axis(header, axis=1)
    rows = line.iloc[(at + 1 if at is not None else 0) :]
    score = _score(values, known)
    return Sheet(
        str(name), body.reset_index(drop=True), rows.reset_index(drop=True), header_line, score
    )


def _score(values, known: set[str]) -> int:
    return header_score([_cell_text(v) for v in values if pd.notna(v)], known)


def _cell_text(value) -> str:
    """A header cell as text (2024.0, a number cell, is "2024")."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _header(values: list) -> list[str]:
    """Column names from header cells: empty cells "Unnamed: j", repeated names "name.1"
    (as pandas names them)."""
    names, seen = [], {}
    for j, v in enumerate(values):
        name = _cell_text(v) if pd.notna(v) and _cell_text(v) else f"Unnamed: {j}"
        if name in seen:
            seen[name] += 1
            name = f"{name}.{seen[name]}"
        else:
            seen[name] = 0
        names.append(name)
    return names


def _default(sheets: list[Sheet], guesses: list[str], lang: str) -> list[Sheet]:
    """No ``sheet:``: the first sheet, or the first that looks like data when the first does
    not (a cover page); the other sheets with the same header are named in a warning."""
    data = [s for s in sheets if s.looks_like_data]
    chosen = sheets[0]
    if data and not chosen.looks_like_data:
        chosen = data[0]
        guesses.append(
            message("ingest_guess_sheet_cover", lang, sheet=chosen.name, first=sheets[0].name)
        )
    same = [s.name for s in data if s is not chosen and s.key == chosen.key]
    if same:
        others = ", ".join(quoted(n, lang) for n in same)
        guesses.append(message("ingest_warn_other_sheets", lang, sheet=chosen.name, others=others))
    return [chosen]


def _named(sheets: list[Sheet], name: str, path: Path, lang: str) -> Sheet:
    """The sheet called ``name`` (exactly, else ignoring case and spaces around)."""
    for match in (lambda s: s.name == name, lambda s: s.name.strip().lower() == name.lower()):
        found = [s for s in sheets if match(s)]
        if found:
            return found[0]
    raise ClientmixError(
        message(
            "ingest_sheet_not_found",
            lang,
            sheet=name,
            path=path,
            sheets=", ".join(s.name for s in sheets),
        ),
        path=path,
    )


def _together(
    sheets: list[Sheet], wanted: str | tuple[str, ...], path: Path, guesses: list[str], lang: str
) -> list[Sheet]:
    """The sheets read together: those listed, or with ``all`` every sheet that looks like
    data (the others are named in ``guesses``); all must have the header of the first."""
    if wanted == "all":
        chosen = [s for s in sheets if s.looks_like_data] or sheets[:1]
        skipped = [s.name for s in sheets if s not in chosen]
        if skipped:
            names = ", ".join(quoted(n, lang) for n in skipped)
            guesses.append(message("ingest_guess_sheets_skipped", lang, sheets=names))
    else:
        chosen = [_named(sheets, name, path, lang) for name in dict.fromkeys(wanted)]
    first = chosen[0]
    for other in chosen[1:]:
        if other.key != first.key:
            raise ClientmixError(
                message(
                    "ingest_sheets_header_differs",
                    lang,
                    sheet=other.name,
                    path=path,
                    first=first.name,
                    columns=", ".join(other.frame.columns),
                    expected=", ".join(first.frame.columns),
                ),
                path=path,
            )
    if len(chosen) > 1:
        names = ", ".join(quoted(s.name, lang) for s in chosen)
        guesses.append(message("ingest_guess_sheets_read", lang, count=len(chosen), sheets=names))
    return chosen


def _concat(chosen: list[Sheet], path: Path, spec: SourceSpec) -> RawTable:
    """One raw table from sheets with the same header (columns named as in the first);
    ``sheet`` names each row's sheet when there are several."""
    first = chosen[0]
    by_key = {normalise_header(c): c for c in first.frame.columns}
    frames = [
        s.frame.rename(columns={c: by_key[normalise_header(c)] for c in s.frame.columns})[
            list(first.frame.columns)
        ]
        for s in chosen
    ]
    frame = pd.concat(frames, ignore_index=True) if len(frames) > 1 else first.frame
    source_row = pd.concat([s.source_row for s in chosen], ignore_index=True)
    sheet = None
    if len(chosen) > 1:
        sheet = pd.Series(np.repeat([s.name for s in chosen], [len(s.frame) for s in chosen]))
    return RawTable(
        frame=frame,
        source_row=source_row.astype("int64"),
        path=path,
        rel_path=spec.rel_path,
        format="excel",
        sheet=sheet,
    )
