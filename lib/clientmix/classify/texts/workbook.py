"""clients.xlsx as a working file for the sales team, and clients.csv for CRM import.

Presentation, not computation: headers and class names in the report's language, money and
percent formats, dates without time, frozen header row, filters, column widths, ids kept as
text, one sheet per table (the invoiced customers, the prospects) and a "Lisez-moi" / "Read
me" sheet defining each column. The report driver calls :func:`write_workbook` and
:func:`write_csv` with the sheets it assembled (the interim tables joined on customer_id).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from clientmix.core import labels
from clientmix.core.formats import CURRENCY_SIGNS

MONEY = frozenset(
    {
        "revenue",
        "cost",
        "gross_margin",
        "revenue_prev",
        "contribution",
        "potential",
        "budget",
        "expected_revenue_12m",
        "headroom",
    }
)
PERCENT = frozenset({"gross_margin_rate", "growth", "p_alive", "loss_probability"})
SCORES = frozenset({"score_profile", "score_history", "score_potential", "score", "score_value"})
CODES = {"kam_class": "classify_class_", "tier": "classify_tier_", "status": "status_"}
FLAGS = frozenset({"strategic", "too_large", "money_losing"})
SHEETS = {"clients": "classify_sheet_clients", "prospects": "classify_sheet_prospects"}


def header(column: str, lang: str) -> str:
    """The column's name in ``lang``, capitalised (wording key, then attribute name)."""
    text = labels.attribute_label(column, lang)
    for key in (f"classify_col_{column}", column):
        if labels.has_label(key):
            text = labels.label(key, lang)
            break
    return text[:1].upper() + text[1:]


def worded(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """``frame`` with class, tier and status codes and flags as words, ids as text, dates
    without time or time zone; numbers left as numbers (formatted by the workbook)."""
    out = frame.copy()
    for column, prefix in CODES.items():
        if column in out:
            out[column] = out[column].map(
                lambda v, p=prefix: None if pd.isna(v) else labels.label(f"{p}{v}", lang)
            )
    for column in FLAGS & set(out.columns):
        out[column] = out[column].map(
            lambda v: None if pd.isna(v) else labels.fmt_bool(bool(v), lang)
        )
    for column in ("driver_up", "driver_down"):
        if column in out:
            out[column] = out[column].map(
                lambda v: None if pd.isna(v) else _criterion(str(v), lang)
            )
    if "customer_id" in out:
        out["customer_id"] = out["customer_id"].astype(str)
    for column in out.select_dtypes(include=["datetime", "datetimetz"]).columns:
        out[column] = out[column].dt.tz_localize(None) if out[column].dt.tz else out[column]
        out[column] = out[column].dt.normalize()
    return out


def _criterion(column: str, lang: str) -> str:
    key = f"classify_crit_{column}"
    return (
        labels.label(key, lang) if labels.has_label(key) else labels.attribute_label(column, lang)
    )


def number_format(column: str, lang: str, currency: str) -> str | None:
    """The Excel number format of ``column`` (None: general)."""
    sign = CURRENCY_SIGNS.get(currency, currency)
    if column in MONEY:
        return f'#,##0 "{sign}";-#,##0 "{sign}"'
    if column in PERCENT:
        return "0.0%"
    if column in SCORES:
        return "0"
    if column in ("first_date", "last_date", "date"):
        return "dd/mm/yyyy" if lang == "fr" else "yyyy-mm-dd"
    return None


def _sheet(wb: Workbook, title: str, frame: pd.DataFrame, lang: str, currency: str) -> None:
    """One sheet: worded headers, values, formats, frozen header, filter, widths."""
    ws = wb.create_sheet(title[:31])
    table = worded(frame, lang)
    ws.append([header(c, lang) for c in table.columns])
    for row in table.astype(object).where(table.notna(), None).itertuples(index=False):
        ws.append(list(row))
    for i, column in enumerate(table.columns, start=1):
        letter = get_column_letter(i)
        fmt = number_format(column, lang, currency)
        cells = ws[letter][1:]
        for cell in cells:
            if column == "customer_id":
                cell.number_format = "@"
            elif fmt:
                cell.number_format = fmt
        width = max([len(header(column, lang))] + [len(str(v)) for v in table[column].head(200)])
        ws.column_dimensions[letter].width = min(max(width + 2, 8), 45)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions


def _read_me(wb: Workbook, sheets: Mapping[str, pd.DataFrame], lang: str) -> None:
    """The first sheet: each column of the workbook and what it holds."""
    ws = wb.create_sheet(labels.label("classify_sheet_readme", lang), 0)
    ws.append(
        [labels.label("classify_h_column", lang), labels.label("classify_h_definition", lang)]
    )
    seen = dict.fromkeys(c for frame in sheets.values() for c in frame.columns)
    for column in seen:
        key = f"classify_def_{column}"
        text = (
            labels.label(key, lang)
            if labels.has_label(key)
            else labels.label("classify_def_attribute", lang)
        )
        ws.append([header(column, lang), text])
    ws.column_dimensions["A"].width = 32
    ws.column_dimensions["B"].width = 100
    ws.freeze_panes = "A2"


def write_workbook(
    path: str | Path, sheets: Mapping[str, pd.DataFrame], lang: str = "fr", currency: str = "EUR"
) -> Path:
    """Write ``sheets`` (name -> table; "clients" and "prospects" get worded names) as one
    formatted workbook at ``path``, atomically (temporary file, then rename)."""
    path = Path(path)
    wb = Workbook()
    wb.remove(wb.active)
    _read_me(wb, sheets, lang)
    for name, frame in sheets.items():
        title = labels.label(SHEETS[name], lang) if name in SHEETS else name
        _sheet(wb, title, frame, lang, currency)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp.xlsx")
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def write_csv(path: str | Path, clients: pd.DataFrame, lang: str = "fr") -> Path:
    """clients.csv for CRM import: UTF-8 with BOM, ``;`` separated, decimal comma in French,
    worded headers and classes, dates as dd/mm/yyyy (fr) or yyyy-mm-dd (en)."""
    path = Path(path)
    table = worded(clients, lang)
    table.columns = [header(c, lang) for c in table.columns]
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        table.to_csv(
            tmp,
            sep=";",
            decimal="," if lang == "fr" else ".",
            index=False,
            encoding="utf-8-sig",
            date_format="%d/%m/%Y" if lang == "fr" else "%Y-%m-%d",
        )
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
