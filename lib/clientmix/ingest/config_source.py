"""One input file of engagement.yaml (``invoices:`` or ``customers:``): its path, format, CSV
options and column mapping, checked."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clientmix.errors import ClientmixError, message
from clientmix.ingest.config_checks import check_keys, quoted, resolve_inside

FORMATS = ("csv", "excel", "parquet", "fec")
FORMAT_ALIASES = {"xlsx": "excel", "xls": "excel", "xlsm": "excel", "tsv": "csv", "txt": "csv"}
SEPARATOR_ALIASES = {"\\t": "\t", "tab": "\t", "TAB": "\t"}
INVOICE_COLUMNS = (
    "customer_id",
    "date",
    "amount",
    "customer_name",
    "invoice_id",
    "product",
    "quantity",
    "unit_price",
    "cost",
)
SOURCE_KEYS = ("path", "format", "sheet", "sep", "decimal", "encoding", "dayfirst", "columns")


@dataclass(frozen=True)
class SourceSpec:
    """One input file of an engagement (invoices or customers)."""

    path: Path
    """Absolute path of the file, checked to be inside the engagement folder."""
    rel_path: str
    """The path as written in engagement.yaml (for messages)."""
    format: str | None = None
    sheet: str | int | None = None
    sep: str | None = None
    decimal: str | None = None
    encoding: str | None = None
    dayfirst: bool | None = None
    columns: dict[str, str] = field(default_factory=dict)


def read_source(data: Any, key: str, root: Path, config: Path, lang: str) -> SourceSpec:
    """The checked ``key:`` section (invoices or customers) of engagement.yaml: a file name
    alone, or a mapping with at least ``path:``.

    Raises
    ------
    ClientmixError
        Unknown keys, a path outside ``root``, an unknown format, bad options or columns.
    """
    if isinstance(data, str):
        data = {"path": data}
    if not isinstance(data, dict) or "path" not in data:
        raise ClientmixError(
            message("ingest_source_no_path", lang, setting=key, config=config), path=config
        )
    check_keys(data, SOURCE_KEYS, quoted(key, lang), config, lang)
    path = resolve_inside(root, data["path"], f"{key}.path", config, lang)
    fmt = _format(data.get("format"), key, config, lang)
    columns = _columns(data.get("columns") or {}, key, config, lang)
    dayfirst = data.get("dayfirst")
    if dayfirst is not None and not isinstance(dayfirst, bool):
        raise ClientmixError(
            message(
                "ingest_dayfirst_not_bool", lang, setting=key, config=config, value=repr(dayfirst)
            ),
            path=config,
        )
    sep = data.get("sep")
    return SourceSpec(
        path=path,
        rel_path=str(data["path"]),
        format=fmt,
        sheet=data.get("sheet"),
        sep=SEPARATOR_ALIASES.get(str(sep), str(sep)) if sep is not None else None,
        decimal=_decimal(data.get("decimal"), key, config, lang),
        encoding=str(data["encoding"]) if data.get("encoding") else None,
        dayfirst=dayfirst,
        columns=columns,
    )


def _format(given: Any, key: str, config: Path, lang: str) -> str | None:
    """csv | excel | parquet | fec (aliases such as xlsx or tsv accepted), None when not given."""
    if given is None:
        return None
    fmt = str(given).lower()
    fmt = FORMAT_ALIASES.get(fmt, fmt)
    if fmt not in FORMATS:
        raise ClientmixError(
            message(
                "ingest_bad_format",
                lang,
                setting=key,
                value=given,
                config=config,
                formats=", ".join(FORMATS),
            ),
            path=config,
        )
    return fmt


def _columns(columns: Any, key: str, config: Path, lang: str) -> dict[str, str]:
    """The column mapping (canonical name -> header of the file), unset entries dropped."""
    if not isinstance(columns, dict):
        raise ClientmixError(
            message("ingest_columns_not_mapping", lang, setting=key, config=config), path=config
        )
    if key == "invoices":
        check_keys(columns, INVOICE_COLUMNS, quoted(f"{key}.columns", lang), config, lang)
    return {str(k): str(v) for k, v in columns.items() if v is not None}


def _decimal(decimal: Any, key: str, config: Path, lang: str) -> str | None:
    """The decimal mark given ("," or "."), None when not given."""
    if decimal is None:
        return None
    if str(decimal) not in (",", "."):
        raise ClientmixError(
            message("ingest_bad_decimal", lang, setting=key, config=config, value=repr(decimal)),
            path=config,
        )
    return str(decimal)
