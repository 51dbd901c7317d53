"""One input file of engagement.yaml (``invoices:`` or ``customers:``): its path, format, CSV
options and column mapping, checked."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath
from typing import Any

from clientmix.errors import ClientmixError, message
from clientmix.ingest import config_rows
from clientmix.ingest.config_checks import check_keys, quoted, resolve_inside
from clientmix.ingest.missing import read_na_values

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
    "document_type",  # rows (issue 9)
    "currency",  # rows (issue 9)
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
    sheet: str | tuple[str, ...] | None = None
    """The sheet to read (its name; a number in YAML is taken as the name written), a tuple
    of sheets read together, or "all"; None: the first sheet that holds the data."""
    sep: str | None = None
    decimal: str | None = None
    encoding: str | None = None
    dayfirst: bool | None = None
    columns: dict[str, str] = field(default_factory=dict)
    # rows (issue 9): values of the document_type column added to the built-in lists
    document_types: dict[str, list[str]] = field(default_factory=dict)
    # values (issue 9): texts read as missing, added to clientmix.ingest.missing's markers
    na_values: tuple[str, ...] = ()


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
    check_keys(data, SOURCE_KEYS + ("document_types", "na_values"), quoted(key, lang), config, lang)
    path = resolve_inside(
        root, _posix_path(data["path"], key, root, config, lang), f"{key}.path", config, lang
    )
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
        sheet=_sheet(data.get("sheet"), key, config, lang),
        sep=SEPARATOR_ALIASES.get(str(sep), str(sep)) if sep is not None else None,
        decimal=_decimal(data.get("decimal"), key, config, lang),
        encoding=str(data["encoding"]) if data.get("encoding") else None,
        dayfirst=dayfirst,
        columns=columns,
        document_types=config_rows.document_types(data.get("document_types"), key, config, lang),
        na_values=read_na_values(data.get("na_values"), key, config, lang),
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
        config_rows.check_attribute_columns(columns, INVOICE_COLUMNS, key, config, lang)
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


def _posix_path(rel: Any, key: str, root: Path, config: Path, lang: str) -> Any:
    """A path written the Windows way (``exports\\ventes.csv``) with forward slashes; a
    drive or network path (``C:\\...``, ``\\\\server``) is outside the engagement folder."""
    if isinstance(rel, str) and any(ord(ch) < 32 for ch in rel):
        raise ClientmixError(
            message(
                "ingest_path_escaped", lang, setting=f"{key}.path", path=repr(rel), config=config
            ),
            path=config,
        )
    if not isinstance(rel, str) or "\\" not in rel and ":" not in rel:
        return rel
    if PureWindowsPath(rel).drive or rel.startswith("\\"):
        raise ClientmixError(
            message(
                "ingest_path_outside",
                lang,
                setting=f"{key}.path",
                path=rel,
                config=config,
                root=root,
            ),
            path=config,
        )
    return rel.replace("\\", "/")


def _sheet(given: Any, key: str, config: Path, lang: str) -> str | tuple[str, ...] | None:
    """The sheet setting: a name (YAML numbers such as ``2024`` are names), a list of names
    (a tuple), or "all"; None when not given."""
    if given is None:
        return None
    if isinstance(given, list) and given and all(_is_name(v) for v in given):
        return tuple(_name(v) for v in given)
    if _is_name(given):
        name = _name(given)
        return "all" if name.strip().lower() == "all" else name
    raise ClientmixError(
        message("ingest_sheet_bad_setting", lang, setting=key, config=config, value=repr(given)),
        path=config,
    )


def _is_name(value: Any) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool) and str(value) != ""


def _name(value: Any) -> str:
    """A sheet name as written: 2024 (a YAML int) is "2024"; 2024.0 cannot be told apart from
    2024 by YAML, so it is "2024" too."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
