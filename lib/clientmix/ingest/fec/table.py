"""Reading a FEC file into a table of strings with canonical column names.

The header is sniffed (encoding, separator, column names), the required columns checked, then
only the needed columns are read, as strings: pyarrow's multi-threaded reader first, the pandas
C parser when pyarrow cannot (lines of irregular length).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from clientmix.errors import ClientmixError, message
from clientmix.ingest.fec.columns import (
    AMOUNT_DC,
    AMOUNT_MS,
    CANON,
    FEC_COLUMNS,
    KEY_COLUMNS,
    USED,
    norm,
)
from clientmix.ingest.fec.sniff import detect_encoding, first_line, split_header

_SEPARATOR_KEYS = {"\t": "fec_sep_tab", "|": "fec_sep_pipe", ";": "fec_sep_semicolon"}


@dataclass
class _Layout:
    """How to read the file: separator, encoding, our name of each field (``_c0``...), the
    fields kept (our name -> canonical name) and whether fields are quoted."""

    sep: str
    encoding: str
    internal: list[str]
    keep: dict[str, str]
    quoted: bool


def _read_arrow(path: Path, layout: _Layout) -> pd.DataFrame | None:
    """Fast multi-threaded read of the kept columns as strings; None when pyarrow cannot."""
    try:
        import pyarrow as pa
        import pyarrow.csv as pacsv
    except ImportError:  # pragma: no cover - pyarrow is a dependency
        return None
    encoding = layout.encoding
    arrow_encoding = "utf8" if encoding in ("utf-8", "utf-8-sig", "utf8") else encoding
    try:
        table = pacsv.read_csv(
            path,
            read_options=pacsv.ReadOptions(
                encoding=arrow_encoding, skip_rows=1, column_names=layout.internal
            ),
            parse_options=pacsv.ParseOptions(
                delimiter=layout.sep,
                quote_char='"' if layout.quoted else False,
                ignore_empty_lines=False,
            ),
            convert_options=pacsv.ConvertOptions(
                include_columns=list(layout.keep),
                column_types={c: pa.string() for c in layout.keep},
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, LookupError, UnicodeDecodeError):
        return None
    dtype = pd.StringDtype("pyarrow", na_value=np.nan)
    return table.to_pandas(types_mapper=lambda t: dtype if t == pa.string() else None)


def _read_pandas(path: Path, layout: _Layout, lang: str) -> pd.DataFrame:
    """pandas C parser, all strings; tolerates extra trailing fields on every line."""
    try:
        frame = pd.read_csv(
            path,
            sep=layout.sep,
            header=None,
            skiprows=1,
            names=layout.internal,
            usecols=list(layout.keep),
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            encoding=layout.encoding,
            index_col=False,
            skip_blank_lines=False,
            quoting=csv.QUOTE_MINIMAL if layout.quoted else csv.QUOTE_NONE,
            engine="c",
            low_memory=False,
        )
    except pd.errors.ParserError as exc:
        raise ClientmixError(
            message("fec_malformed", lang, path=path, error=exc), path=path
        ) from exc
    except UnicodeDecodeError as exc:
        raise ClientmixError(
            message(
                "fec_bad_encoding", lang, path=path, encoding=layout.encoding, reason=exc.reason
            ),
            path=path,
        ) from exc
    return frame.fillna("")


def _check_file(path: Path, lang: str) -> None:
    """Raise when the file is missing or empty."""
    if not path.is_file():
        raise ClientmixError(message("fec_not_found", lang, path=path), path=path)
    if path.stat().st_size == 0:
        raise ClientmixError(message("fec_empty", lang, path=path), path=path)


def _separator_notes(sep: str, lang: str) -> list[str]:
    notes = [message("fec_separator", lang, separator=message(_SEPARATOR_KEYS[sep], lang))]
    if sep == ";":
        notes.append(message("fec_semicolon_not_regulatory", lang))
    return notes


def _check_columns(
    path: Path, names: list[str], canon_of: dict[str, str | None], sep: str, lang: str
) -> bool:
    """Raise when a required column is missing; return whether amounts are Debit + Credit
    (else Montant + Sens). A date column is required: EcritureDate or PieceDate."""
    found = {c for c in canon_of.values() if c}
    missing = [k for k in KEY_COLUMNS if k not in found]
    has_dc = all(k in found for k in AMOUNT_DC)
    has_ms = all(k in found for k in AMOUNT_MS)
    if not has_dc and not has_ms:
        missing += [k for k in AMOUNT_DC if k not in found]
    if "EcritureDate" not in found and "PieceDate" not in found:
        missing.append("EcritureDate")
    if missing:
        shown = ", ".join(n for n in names if n) or message("fec_no_columns", lang)
        text = message(
            "fec_missing_columns",
            lang,
            path=path,
            missing=", ".join(missing),
            separator=message(_SEPARATOR_KEYS[sep], lang),
            found=shown,
        )
        raise ClientmixError(text, path=path)
    return has_dc


def _column_notes(canon_of: dict[str, str | None], has_dc: bool, lang: str) -> list[str]:
    """Notes on the regulatory columns absent (not blocking) and on the amount layout."""
    found = {c for c in canon_of.values() if c}
    absent = [c for c in FEC_COLUMNS if c not in found and c not in AMOUNT_DC]
    notes = [message("fec_columns_absent", lang, columns=", ".join(absent))] if absent else []
    key = "fec_amounts_debit_credit" if has_dc else "fec_amounts_montant_sens"
    return [*notes, message(key, lang)]


def _layout(
    sep: str, encoding: str, header: str, names: list[str], canon_of: dict, wanted: set[str]
) -> _Layout:
    """Our own column names: first occurrence of each wanted canonical column, the rest ignored."""
    internal = [f"_c{i}" for i in range(len(names))]
    keep: dict[str, str] = {}
    for internal_name, name in zip(internal, names, strict=True):
        canon = canon_of.get(name)
        if canon in wanted and canon not in keep.values():
            keep[internal_name] = canon
    quoted = header.lstrip("\ufeff").startswith('"')
    return _Layout(sep, encoding, internal, keep, quoted)


def load_table(path: Path, encoding: str | None, lang: str) -> tuple[pd.DataFrame, list[str]]:
    """Read the file as strings; return (frame with canonical column names, notes).

    Every wanted column is in the frame (empty strings when the file lacks it): the key
    columns, the labels, the dates and either Debit + Credit or Montant + Sens.
    """
    _check_file(path, lang)
    notes: list[str] = []
    if encoding is None:
        encoding, name = detect_encoding(path)
        notes.append(message("fec_encoding_detected", lang, encoding=name))
    header = first_line(path, encoding)
    sep, names = split_header(header)
    notes += _separator_notes(sep, lang)
    canon_of = {n: CANON.get(norm(n)) for n in names}
    has_dc = _check_columns(path, names, canon_of, sep, lang)
    notes += _column_notes(canon_of, has_dc, lang)
    wanted = set(USED) - (set(AMOUNT_MS) if has_dc else set(AMOUNT_DC))
    layout = _layout(sep, encoding, header, names, canon_of, wanted)
    frame = _read_arrow(path, layout)
    if frame is None:
        notes.append(message("fec_fallback_reading", lang))
        frame = _read_pandas(path, layout, lang)
    frame.columns = [layout.keep[c] for c in frame.columns]
    for col in wanted:
        if col not in frame.columns:
            frame[col] = ""
    if layout.quoted:
        for col in frame.columns:
            frame[col] = frame[col].str.strip().str.strip('"')
    return frame, notes
