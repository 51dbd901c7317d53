"""Read a raw table (CSV/TSV/TXT, Excel, Parquet) as it is, without interpreting values.

What the file does not say is sniffed and reported in ``RawTable.guesses``. Values are kept as
text (CSV, :mod:`clientmix.ingest.text_reader`) or as the cell types of the file (Excel,
Parquet); :mod:`clientmix.ingest.parse` turns them into numbers and dates. Each row keeps its
``source_row``: the line number a user sees in a spreadsheet (header = 1, first data row = 2).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from clientmix.errors import ClientmixError, message
from clientmix.ingest.config import SourceSpec
from clientmix.ingest.raw_table import RawTable, line_numbers
from clientmix.ingest.text_reader import (  # noqa: F401  (re-exported: readers.decode...)
    decode,
    read_text,
    sniff_separator,
)
from clientmix.ingest.workbook import read_workbook

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"
PARQUET_MAGIC = b"PAR1"


def _listing(folder: Path) -> str:
    try:
        names = sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))
    except OSError:
        return ""
    return ", ".join(names[:20])


def detect_format(path: Path, head: bytes) -> str:
    """csv | excel | parquet from the first bytes, falling back to the extension."""
    if head.startswith(ZIP_MAGIC) or head.startswith(OLE_MAGIC):
        return "excel"
    if head.startswith(PARQUET_MAGIC):
        return "parquet"
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        return "excel"
    if suffix == ".parquet":
        return "parquet"
    return "csv"


def _read_parquet(path: Path, spec: SourceSpec, lang: str) -> RawTable:
    try:
        frame = pd.read_parquet(path)
    except Exception as exc:  # noqa: BLE001 - pyarrow raises many types
        raise ClientmixError(
            message("ingest_bad_parquet", lang, path=path, error=exc), path=path
        ) from None
    frame = frame.reset_index(drop=True)
    frame.columns = [str(c).strip() for c in frame.columns]
    # header = 1, first data row = 2, as for the other formats
    return RawTable(
        frame=frame,
        source_row=line_numbers(frame),
        path=path,
        rel_path=spec.rel_path,
        format="parquet",
    )


def check_file(spec: SourceSpec, *, lang: str = "fr", what: str = "invoices") -> bytes:
    """The first bytes of the file of ``spec``; a clear error when it is missing, a folder,
    unreadable or empty."""
    path = spec.path
    if not path.exists():
        files = _listing(path.parent) or message("ingest_no_files", lang)
        raise ClientmixError(
            message(
                "ingest_file_not_found", lang, path=path, what=what, folder=path.parent, files=files
            ),
            path=path,
        )
    if path.is_dir():
        raise ClientmixError(
            message("ingest_path_is_folder", lang, path=path, what=what), path=path
        )
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise ClientmixError(
            message("ingest_file_unreadable", lang, path=path, reason=exc.strerror), path=path
        ) from None
    if not head:
        raise ClientmixError(message("ingest_file_empty", lang, path=path), path=path)
    return head


def read_raw(spec: SourceSpec, *, lang: str = "fr", what: str = "invoices") -> RawTable:
    """Read the file of ``spec`` as a raw table.

    Raises
    ------
    ClientmixError
        Missing, empty, binary or unreadable file; header without rows.
    """
    head = check_file(spec, lang=lang, what=what)
    path = spec.path
    fmt = spec.format or detect_format(path, head)
    if fmt == "excel":
        table = read_workbook(path, spec, lang)
    elif fmt == "parquet":
        table = _read_parquet(path, spec, lang)
    else:
        table = read_text(path, spec, lang)
    if len(table.frame) == 0 and (table.bad_lines is None or len(table.bad_lines) == 0):
        raise ClientmixError(
            message(
                "ingest_header_only", lang, path=path, columns=", ".join(table.frame.columns[:12])
            ),
            path=path,
        )
    return table
