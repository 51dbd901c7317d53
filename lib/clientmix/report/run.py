"""One engagement -> one report folder: ``diagnostic.html``, ``metrics.json``, ``clients.xlsx``.

The notebooks of the registered sections (:mod:`clientmix.report.sections`) are executed on
one shared kernel (:mod:`clientmix.report.execute`); each section publishes its figures under
``interim/sections/``; metrics.json and the front page are assembled from them
(:mod:`clientmix.report.assemble`) and the executed notebooks become one self-contained HTML
file (:mod:`clientmix.report.html`).

Every output is written atomically (temporary file in the same folder, then ``os.replace``)
and ``diagnostic.html`` last: a failed or interrupted run leaves no ``diagnostic.html`` (an
older one is removed at the start), and the failed executed notebook is kept for debugging.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from clientmix.classify.texts.workbook import write_csv, write_workbook
from clientmix.core import interim
from clientmix.core.sections import clear as clear_sections
from clientmix.ingest.config import load_config
from clientmix.report.assemble import assemble
from clientmix.report.execute import execute_notebooks
from clientmix.report.html import export_html, merge_notebooks

OUTPUTS = ("diagnostic.html", "metrics.json", "clients.xlsx", "clients.csv")
# per-customer tables the stages write under interim/ (when they run), joined to the profile in
# clients.xlsx in this order
CUSTOMER_TABLES = ("customer_segments", "future_value", "customer_classes")


def _customer_sheets(out: Path) -> dict[str, pd.DataFrame]:
    """The sheets of clients.xlsx: "clients", one row per customer invoiced in the period (the
    profile, then the columns of each table of :data:`CUSTOMER_TABLES` the stages wrote), then
    "prospects" (the customers file's customers never invoiced in the period) when there are
    any."""
    clients = interim.read(out, "profile")
    for name in CUSTOMER_TABLES:
        if interim.exists(out, name):
            table = interim.read(out, name)
            extra = [c for c in table.columns if c == "customer_id" or c not in clients.columns]
            clients = clients.merge(table[extra], on="customer_id", how="left", validate="1:1")
    sheets = {"clients": clients}
    if interim.exists(out, "prospects"):
        prospects = interim.read(out, "prospects")
        if len(prospects):
            sheets["prospects"] = prospects
    return sheets


def _write_customer_files(out: Path, lang: str, currency: str) -> None:
    """clients.xlsx (formatted working file for the sales team) and clients.csv (CRM import)."""
    sheets = _customer_sheets(out)
    write_workbook(out / "clients.xlsx", sheets, lang, currency)
    write_csv(out / "clients.csv", sheets["clients"], lang)


def _fresh_output(out: Path) -> Path:
    """The report folder, created, without the outputs and section hand-overs of a previous
    run (so nothing stale can be mistaken for this run's)."""
    out.mkdir(parents=True, exist_ok=True)
    for name in OUTPUTS:
        (out / name).unlink(missing_ok=True)
    clear_sections(out)
    for name in (*CUSTOMER_TABLES, "prospects"):  # optional hand-overs: none left from before
        (interim.interim_dir(out) / f"{name}.parquet").unlink(missing_ok=True)
    return out


def run_report(
    engagement_dir: str | Path,
    out_dir: str | Path | None = None,
    *,
    debug: bool = False,
    reports_root: str | Path | None = None,
    report_date: dt.date | None = None,
    shared_kernel: bool = True,
    source_dir: str | Path | None = None,
) -> Path:
    """Run the report's notebooks on one engagement and write its report folder.

    Parameters
    ----------
    engagement_dir : folder holding engagement.yaml (or the yaml file itself).
    out_dir : report folder; default ``<reports_root>/<name>`` with ``reports_root``
        defaulting to ``reports`` (relative to the current directory).
    debug : add the kernel's traceback to error messages.
    report_date : date printed on the title page (default today).
    shared_kernel : reuse one kernel for all the notebooks (default); False starts one per
        notebook (papermill's default, for comparison).
    source_dir : folder of the notebooks (default :func:`notebooks_dir`).

    Returns
    -------
    Path of ``diagnostic.html``. The folder also holds ``metrics.json``, ``clients.xlsx``,
    ``notebooks/`` (executed) and ``interim/``.

    Raises
    ------
    ClientmixError
        Bad engagement.yaml, unusable data, or a failing notebook (ReportError, which keeps the
        executed notebook); no ``diagnostic.html`` is left in that case.
    """
    engagement_dir = Path(engagement_dir)
    engagement = load_config(engagement_dir)
    if engagement_dir.is_file():
        engagement_dir = engagement_dir.parent
    lang = engagement.language
    out = _fresh_output(
        Path(out_dir) if out_dir else Path(reports_root or "reports") / engagement.name
    )

    executed = execute_notebooks(
        engagement_dir,
        out,
        lang,
        debug=debug,
        source_dir=Path(source_dir) if source_dir else None,
        shared_kernel=shared_kernel,
    )

    info = interim.read_load(out)
    metrics, findings = assemble(out)
    interim.write_json_atomic(out / "metrics.json", metrics)
    _write_customer_files(out, lang, engagement.currency)
    merged = merge_notebooks(executed, lang)
    page = export_html(merged, info, lang, report_date or dt.date.today(), findings)
    return interim.write_text_atomic(out / "diagnostic.html", page)
