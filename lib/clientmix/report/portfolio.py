"""The consultant's fleet view: one row per client company, from every report's metrics.json.

``clientmix portfolio REPORTS_DIR`` reads every ``metrics.json`` under ``REPORTS_DIR``
(recursively) and writes ``portfolio.html`` (one self-contained page: no script, no external
resource, every name escaped) and ``portfolio.xlsx`` (the same rows, raw figures), so a
consultancy sees which of its clients most needs a visit.

Sort rule (:func:`sort_by_risk`): the Monte Carlo probability that next year's revenue falls
by 10 % or more (``monte_carlo.prob_drop_10pct``), highest first; on a tie the top customer's
share of revenue (``concentration.top1_share``), highest first; then the company name. Reports
without a Monte Carlo come last.

Trend of concentration: the relative change of the HHI from the previous 12-month window to
the period's (the last two windows of ``concentration_by_year``); "stable" within
:data:`TREND_BAND` either way.
"""

from __future__ import annotations

import html
import json
import os
from pathlib import Path
from typing import Any

import pandas as pd

from clientmix.core.formats import fmt_date, fmt_int, fmt_money, fmt_num, fmt_pct, fmt_signed_pct
from clientmix.core.interim import atomic_path, write_text_atomic
from clientmix.core.labels import label
from clientmix.errors import ClientmixError, message

TREND_BAND = 0.10  # |HHI change| up to 10 % reads "stable"
HTML_NAME = "portfolio.html"
XLSX_NAME = "portfolio.xlsx"
CLASSES = ("loyal", "high_potential", "small")
TIERS = ("gold", "premium", "standard")
# workbook columns: (column of the rows table, wording key, kind) in sheet order
COLUMNS = (
    ("rank", "portfolio_col_rank", "int"),
    ("company", "portfolio_col_company", "text"),
    ("engagement", "portfolio_col_engagement", "text"),
    ("period_start", "portfolio_col_period_start", "date"),
    ("period_end", "portfolio_col_period_end", "date"),
    ("currency", "portfolio_col_currency", "text"),
    ("revenue", "portfolio_col_revenue", "money"),
    ("customers", "portfolio_col_customers", "int"),
    ("top1_share", "portfolio_col_top1_share", "pct"),
    ("hhi", "portfolio_col_hhi", "num"),
    ("hhi_change", "portfolio_col_hhi_change", "pct"),
    ("trend", "portfolio_col_trend", "text"),
    ("margin_top1_share", "portfolio_col_margin_top1_share", "pct"),
    ("margin_hhi", "portfolio_col_margin_hhi", "num"),
    ("risk", "portfolio_col_risk", "pct"),
    ("dependence", "portfolio_col_dependence", "text"),
    *((f"class_{c}", f"portfolio_col_{c}", "int") for c in CLASSES),
    *((f"tier_{t}", f"portfolio_col_{t}", "int") for t in TIERS),
    ("rows_rejected", "portfolio_col_rows_rejected", "int"),
    ("rejected_share", "portfolio_col_rejected_share", "pct"),
    ("customers_nonpositive", "portfolio_col_nonpositive", "int"),
    ("serious_warnings", "portfolio_col_serious", "int"),
    ("report", "portfolio_col_report", "link"),
)


def find_metrics(reports_dir: str | Path) -> list[Path]:
    """Every metrics.json under ``reports_dir`` (itself included), sorted by path."""
    return sorted(p for p in Path(reports_dir).rglob("metrics.json") if p.is_file())


def _get(data: dict[str, Any], dotted: str) -> Any:
    for part in dotted.split("."):
        if not isinstance(data, dict):
            return None
        data = data.get(part)
    return data


def _trend(metrics: dict[str, Any]) -> tuple[float | None, str | None]:
    """(relative HHI change, "rising" / "falling" / "stable") from the last two windows."""
    windows = metrics.get("concentration_by_year") or []
    if len(windows) < 2:
        return None, None
    before, last = windows[-2].get("hhi"), windows[-1].get("hhi")
    if before is None or last is None or not before > 0:
        return None, None
    change = last / before - 1
    if change > TREND_BAND:
        return change, "rising"
    if change < -TREND_BAND:
        return change, "falling"
    return change, "stable"


def _serious_warnings(report_dir: Path) -> int | None:
    """Serious problems of the load (interim/load.json), None when the file is not there."""
    try:
        info = json.loads((report_dir / "interim" / "load.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return sum(p.get("level") == "serious" for p in info.get("problems", []))


def portfolio_row(path: Path, out_dir: Path) -> dict[str, Any]:
    """One row from one metrics.json: shares as fractions in [0, 1], revenue in the
    engagement's currency, HHI on the 0-10,000 scale; ``report`` the path of the report's
    diagnostic.html relative to ``out_dir`` (forward slashes)."""
    try:
        m = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ClientmixError(
            message("cli_portfolio_unreadable", "fr", path=path, error=exc), path=path
        ) from exc
    if not isinstance(m, dict):
        raise ClientmixError(
            message("cli_portfolio_unreadable", "fr", path=path, error=type(m).__name__),
            path=path,
        )
    change, trend = _trend(m)
    rows_read = _get(m, "input.rows_read")
    rejected = _get(m, "input.rows_rejected")
    row = {
        "company": m.get("company") or m.get("engagement"),
        "engagement": m.get("engagement"),
        "period_start": _get(m, "period.start"),
        "period_end": _get(m, "period.end"),
        "currency": m.get("currency") or "EUR",
        "revenue": m.get("revenue_total"),
        "customers": m.get("customers"),
        "top1_share": _get(m, "concentration.top1_share"),
        "hhi": _get(m, "concentration.hhi"),
        "hhi_level": _get(m, "concentration.hhi_level"),
        "hhi_change": change,
        "trend": trend,
        "margin_top1_share": _get(m, "margin_concentration.top1_share"),
        "margin_hhi": _get(m, "margin_concentration.hhi"),
        "risk": _get(m, "monte_carlo.prob_drop_10pct"),
        "dependence": _get(m, "concentration.economic_dependence"),
        **{f"class_{c}": _get(m, f"classes.{c}.customers") for c in CLASSES},
        **{f"tier_{t}": _get(m, f"tiers.{t}.customers") for t in TIERS},
        "rows_rejected": rejected,
        "rejected_share": rejected / rows_read if rows_read and rejected is not None else None,
        "customers_nonpositive": m.get("customers_nonpositive"),
        "serious_warnings": _serious_warnings(path.parent),
        "report": Path(os.path.relpath(path.parent / "diagnostic.html", out_dir)).as_posix(),
    }
    return row


def sort_by_risk(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows sorted by the module's rule (risk, then top customer's share, then company;
    missing values last), numbered from 1 in ``rank``."""
    keys = pd.DataFrame(
        {
            "risk": pd.to_numeric(rows["risk"], errors="coerce"),
            "top1": pd.to_numeric(rows["top1_share"], errors="coerce"),
            "company": rows["company"].astype(str).str.casefold(),
        }
    )
    order = keys.sort_values(
        ["risk", "top1", "company"], ascending=[False, False, True], na_position="last"
    ).index
    out = rows.loc[order].reset_index(drop=True)
    out.insert(0, "rank", range(1, len(out) + 1))
    return out


def portfolio_table(reports_dir: str | Path, out_dir: str | Path | None = None) -> pd.DataFrame:
    """One row per metrics.json under ``reports_dir``, sorted by risk (see the module).

    Raises
    ------
    ClientmixError
        When there is no metrics.json under ``reports_dir``.
    """
    paths = find_metrics(reports_dir)
    if not paths:
        raise ClientmixError(message("cli_portfolio_empty", "fr", folder=reports_dir))
    out = Path(out_dir or reports_dir).resolve()
    rows = pd.DataFrame([portfolio_row(p.resolve(), out) for p in paths])
    return sort_by_risk(rows)


def write_portfolio(
    reports_dir: str | Path, out_dir: str | Path | None = None, *, lang: str = "fr"
) -> tuple[Path, Path, int]:
    """Write ``portfolio.html`` and ``portfolio.xlsx`` into ``out_dir`` (default
    ``reports_dir``); return their paths and the number of companies."""
    out = Path(out_dir or reports_dir)
    out.mkdir(parents=True, exist_ok=True)
    table = portfolio_table(reports_dir, out)
    page = write_text_atomic(out / HTML_NAME, render_html(table, lang, Path(reports_dir)))
    book = write_workbook(table, out / XLSX_NAME, lang)
    return page, book, len(table)


# -- page ------------------------------------------------------------------------------------

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem;color:#222}
h1{font-size:1.5rem;margin-bottom:.3rem} p.note{color:#555;font-size:.85rem;max-width:60rem}
table{border-collapse:collapse;font-size:.85rem;margin-top:1rem}
th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f4f6;position:sticky;top:0} td.n{text-align:right;white-space:nowrap}
tr.dep td{background:#fff4f4} .high{color:#b91c1c;font-weight:600}
"""


def _missing(value: Any) -> bool:
    """None, NaN or pandas' NA (a missing key of some metrics.json)."""
    return value is None or (not isinstance(value, str | bool) and bool(pd.isna(value)))


def _cell(value: Any, kind: str, lang: str, currency: str) -> str:
    if _missing(value):
        return label("portfolio_none", lang)
    if kind == "money":
        return fmt_money(value, lang, currency)
    if kind == "pct":
        return fmt_pct(value, lang, 1)
    if kind == "int":
        return fmt_int(value, lang)
    return fmt_num(value, lang, 0)


def _warnings_text(row: pd.Series, lang: str) -> str:
    parts = []
    if not _missing(row["rows_rejected"]) and row["rows_rejected"]:
        share = row["rejected_share"]
        share = fmt_pct(share, lang, 2 if not _missing(share) and share < 0.01 else 1)
        parts.append(
            label("portfolio_rejected", lang, count=int(row["rows_rejected"]), share=share)
        )
    if not _missing(row["customers_nonpositive"]) and row["customers_nonpositive"]:
        count = int(row["customers_nonpositive"])
        parts.append(label("portfolio_nonpositive", lang, count=count))
    if not _missing(row["serious_warnings"]) and row["serious_warnings"]:
        parts.append(label("portfolio_serious", lang, count=int(row["serious_warnings"])))
    return (
        label("portfolio_join", lang).join(parts) if parts else label("portfolio_no_warning", lang)
    )


def _counts(row: pd.Series, prefix: str, names: tuple[str, ...], lang: str) -> str:
    values = [row[f"{prefix}_{n}"] for n in names]
    if all(_missing(v) for v in values):
        return label("portfolio_none", lang)
    return " / ".join(_cell(v, "int", lang, "") for v in values)


def _concentration(row: pd.Series, lang: str) -> str:
    text = _cell(row["hhi"], "num", lang, "")
    if not _missing(row["hhi_level"]):
        text += f" ({label('dep_level_' + str(row['hhi_level']), lang)})"
    return text


def _trend_text(row: pd.Series, lang: str) -> str:
    if _missing(row["trend"]):
        return label("portfolio_none", lang)
    words = label(f"portfolio_trend_{row['trend']}", lang)
    return f"{words} ({fmt_signed_pct(row['hhi_change'], lang, 0)})"


def _html_row(row: pd.Series, lang: str) -> str:
    e = html.escape
    period = label(
        "portfolio_period",
        lang,
        start=fmt_date(row["period_start"], lang),
        end=fmt_date(row["period_end"], lang),
    )
    risk = _cell(row["risk"], "pct", lang, "")
    cells = [
        f'<td class="n">{row["rank"]}</td>',
        f'<td><a href="{e(row["report"], quote=True)}">{e(str(row["company"]))}</a>'
        f"<br><small>{e(str(row['engagement']))} · {e(period)}</small></td>",
        f'<td class="n">{e(_cell(row["revenue"], "money", lang, str(row["currency"])))}</td>',
        f'<td class="n">{e(_cell(row["customers"], "int", lang, ""))}</td>',
        f'<td class="n">{e(_cell(row["top1_share"], "pct", lang, ""))}</td>',
        f"<td>{e(_concentration(row, lang))}</td>",
        f"<td>{e(_trend_text(row, lang))}</td>",
        f'<td class="n">{e(_cell(row["margin_top1_share"], "pct", lang, ""))}</td>',
        f'<td class="n high">{e(risk)}</td>',
        f'<td class="n">{e(_counts(row, "class", CLASSES, lang))}</td>',
        f'<td class="n">{e(_counts(row, "tier", TIERS, lang))}</td>',
        f"<td>{e(_warnings_text(row, lang))}</td>",
    ]
    css = ' class="dep"' if row["dependence"] is True else ""
    return f"<tr{css}>" + "".join(cells) + "</tr>"


HTML_HEADERS = (
    "portfolio_col_rank",
    "portfolio_col_company",
    "portfolio_col_revenue",
    "portfolio_col_customers",
    "portfolio_col_top1_share",
    "portfolio_col_concentration",
    "portfolio_col_trend",
    "portfolio_col_margin_top1_share",
    "portfolio_col_risk",
    "portfolio_col_classes",
    "portfolio_col_tiers",
    "portfolio_col_warnings",
)


def render_html(table: pd.DataFrame, lang: str = "fr", reports_dir: Path | None = None) -> str:
    """The page: title, the sort and trend rules, one table row per company (names and paths
    escaped; links relative; no script and no external resource)."""
    e = html.escape
    title = label("portfolio_title", lang)
    intro = label("portfolio_intro", lang, count=len(table), folder=str(reports_dir or "."))
    head = "".join(f"<th>{e(label(k, lang))}</th>" for k in HTML_HEADERS)
    body = "\n".join(_html_row(row, lang) for _, row in table.iterrows())
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"<h1>{e(title)}</h1>\n<p>{e(intro)}</p>\n"
        f'<p class="note">{e(label("portfolio_rule", lang))}</p>\n'
        f'<p class="note">{e(label("portfolio_trend_rule", lang))}</p>\n'
        f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>\n"
        "</body>\n</html>\n"
    )


# -- workbook --------------------------------------------------------------------------------

EXCEL_FORMATS = {"pct": "0.0%", "num": "#,##0", "int": "0", "money": "#,##0", "date": None}


def _sheet_frame(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The workbook's rows: raw figures under worded headers (the period as two dates)."""
    frame = pd.DataFrame(index=table.index)
    for column, key, kind in COLUMNS:
        header = label(key, lang)
        values = table[column]
        if kind == "date":
            values = pd.to_datetime(values, errors="coerce")
        elif column == "trend":
            values = values.map(
                lambda t: None if _missing(t) else label(f"portfolio_trend_{t}", lang)
            )
        elif column == "dependence":
            values = values.map(
                lambda d: None if _missing(d) else label("yes" if d else "no", lang)
            )
        frame[header] = values
    return frame


def write_workbook(table: pd.DataFrame, path: Path, lang: str = "fr") -> Path:
    """portfolio.xlsx: one sheet, one row per company in risk order, shares as fractions with
    a percent format, the report link as a hyperlink (relative path); written atomically."""
    from openpyxl.utils import get_column_letter

    frame = _sheet_frame(table, lang)
    sheet = label("portfolio_sheet", lang)
    with atomic_path(path, ".tmp.xlsx") as tmp, pd.ExcelWriter(tmp, engine="openpyxl") as writer:
        frame.to_excel(writer, sheet_name=sheet, index=False)
        ws = writer.sheets[sheet]
        for i, (_, _, kind) in enumerate(COLUMNS, start=1):
            letter = get_column_letter(i)
            ws.column_dimensions[letter].width = 14 if kind != "text" else 24
            for cell in ws[letter][1:]:
                if kind == "date":
                    cell.number_format = "yyyy-mm-dd"
                elif kind == "link" and cell.value:
                    cell.hyperlink = str(cell.value)
                elif EXCEL_FORMATS.get(kind):
                    cell.number_format = EXCEL_FORMATS[kind]
        ws.freeze_panes = "C2"
    return path
