"""What to add to a "column not found" error when the cause is likely the file's layout rather
than the column's name: a ``sep:`` that does not split the header line, or a workbook whose
data are on another sheet."""

from __future__ import annotations

from clientmix.errors import message
from clientmix.ingest.header_row import SEPARATORS, header_score, usual_headers
from clientmix.ingest.raw_table import RawTable

SHOWN_COLUMNS = 8
"""Columns named per sheet in the list of sheets."""


def layout_hint(raw: RawTable, lang: str) -> str:
    """A sentence (starting with a space) to append to a missing-column error, or ""."""
    return _separator_hint(raw, lang) + _sheets_hint(raw, lang)


def better_separator(raw: RawTable) -> str | None:
    """The separator that splits the header line into more fields than ``raw.sep`` when the
    separator was given in engagement.yaml (None when ``sep:`` was sniffed or looks right)."""
    if raw.format != "csv" or not raw.sep_given or raw.sep is None:
        return None
    line = raw.sep.join(map(str, raw.frame.columns))
    width = len(raw.frame.columns)
    known = usual_headers()
    best, best_key = None, (0, 0)
    for sep in SEPARATORS:
        if sep == raw.sep or sep not in line:
            continue
        cells = [c.strip().strip('"') for c in line.split(sep)]
        key = (header_score(cells, known), len(cells))
        if len(cells) > width and key > best_key:
            best, best_key = sep, key
    return best


def _separator_hint(raw: RawTable, lang: str) -> str:
    sep = better_separator(raw)
    if sep is None:
        return ""
    setting = '"\\t"' if sep == "\t" else f'"{sep}"'
    return message(
        "ingest_hint_separator",
        lang,
        shown=_shown(sep, lang),
        given=_shown(str(raw.sep), lang),
        setting=setting,
    )


def _shown(sep: str, lang: str) -> str:
    if sep == "\t":
        return message("ingest_separator_tab", lang)
    return message("ingest_separator_shown", lang, separator=sep)


def _sheets_hint(raw: RawTable, lang: str) -> str:
    """Every sheet with its first columns, when the workbook has more than one sheet."""
    if raw.format != "excel" or len(raw.sheets) < 2:
        return ""
    listed = []
    for name, columns in raw.sheets:
        named = [c for c in columns if not c.startswith("Unnamed: ")]
        shown = ", ".join(named[:SHOWN_COLUMNS]) + (", ..." if len(named) > SHOWN_COLUMNS else "")
        shown = shown or message("ingest_sheet_no_columns", lang)
        listed.append(message("ingest_sheet_listed", lang, sheet=name, columns=shown))
    return message("ingest_hint_sheets", lang, sheets="; ".join(listed))
