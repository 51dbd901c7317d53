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
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd

from clientmix.classify.texts.workbook import write_csv, write_workbook
from clientmix.core import interim
from clientmix.core.sections import clear as clear_sections
from clientmix.ingest.config import load_config
from clientmix.recommend.texts.workbook import write_plan
from clientmix.report.assemble import add_commentary, assemble
from clientmix.report.execute import execute_notebooks
from clientmix.report.html import export_html, merge_notebooks
from clientmix.report.pdf import write_pdf

OUTPUTS = (
    "diagnostic.html",
    "diagnostic.pdf",
    "metrics.json",
    "clients.xlsx",
    "clients.csv",
    "plan_actions.xlsx",
)
# per-customer tables the stages write under interim/ (when they run), joined to the profile in
# clients.xlsx in this order
CUSTOMER_TABLES = ("customer_segments", "future_value", "customer_classes")
# the notebook after which every table of CUSTOMER_TABLES is written: clients.xlsx and
# clients.csv are written from then on in a thread, while the last notebook runs (a table
# rewritten later is caught by _ClientsWriter.finish, which writes them again)
CUSTOMER_TABLES_AFTER = "04_classify"


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


def _write_clients(out: Path, lang: str, currency: str) -> None:
    """clients.xlsx (formatted working file for the sales team) and clients.csv (CRM import)."""
    sheets = _customer_sheets(out)
    write_workbook(out / "clients.xlsx", sheets, lang, currency)
    write_csv(out / "clients.csv", sheets["clients"], lang)


class _ClientsWriter:
    """clients.xlsx and clients.csv written in a thread as soon as the notebook
    :data:`CUSTOMER_TABLES_AFTER` has run (the kernel runs the next one meanwhile)."""

    def __init__(self, out: Path, lang: str, currency: str) -> None:
        # absolute: papermill changes the working directory while a notebook runs
        self.args = (out.resolve(), lang, currency)
        self.thread: threading.Thread | None = None
        self.error: BaseException | None = None
        self.started = 0

    def on_executed(self, notebook: str) -> None:
        if notebook == CUSTOMER_TABLES_AFTER and self.thread is None:
            # what the thread imports, imported here first: two threads importing the same
            # packages at once can deadlock
            import pyarrow.parquet  # noqa: F401
            import xlsxwriter  # noqa: F401
            from pandas.io import parquet  # noqa: F401

            self.started = time.time_ns()
            self.thread = threading.Thread(target=self._run, daemon=True)
            self.thread.start()

    def _run(self) -> None:
        try:
            _write_clients(*self.args)
        except BaseException as exc:  # raised again by finish(), in the driver
            self.error = exc

    def finish(self) -> None:
        """Wait for the thread and raise its error; write the files here when it never
        started or when a table changed after it started."""
        if self.thread is not None:
            self.thread.join()
            if self.error is not None:
                raise self.error
        folder = interim.interim_dir(self.args[0])
        changed = any(
            path.stat().st_mtime_ns >= self.started
            for path in (folder / f"{name}.parquet" for name in (*CUSTOMER_TABLES, "profile"))
            if path.exists()
        )
        if self.thread is None or changed:
            _write_clients(*self.args)

    def abandon(self) -> None:
        """After a failed notebook: wait for the thread, remove what it wrote."""
        if self.thread is not None:
            self.thread.join()
        for name in ("clients.xlsx", "clients.csv"):
            (self.args[0] / name).unlink(missing_ok=True)

    @contextmanager
    def abandoned_on_error(self) -> Iterator[None]:
        """Around the notebooks: when one fails, :meth:`abandon` before the error goes on."""
        try:
            yield
        except BaseException:
            self.abandon()
            raise


def _run_notebooks(
    engagement_dir: Path,
    out: Path,
    engagement: Any,
    debug: bool,
    source_dir: str | Path | None,
    shared_kernel: bool,
) -> tuple[list[Any], _ClientsWriter]:
    """The executed notebooks, and the writer of clients.xlsx started after
    :data:`CUSTOMER_TABLES_AFTER` (its files removed when a notebook fails)."""
    clients = _ClientsWriter(out, engagement.language, engagement.currency)
    with clients.abandoned_on_error():
        executed = execute_notebooks(
            engagement_dir,
            out,
            engagement.language,
            debug=debug,
            source_dir=Path(source_dir) if source_dir else None,
            shared_kernel=shared_kernel,
            on_executed=clients.on_executed,
        )
    return executed, clients


def _fresh_output(out: Path) -> Path:
    """The report folder, created, without the outputs and section hand-overs of a previous
    run (so nothing stale can be mistaken for this run's)."""
    out.mkdir(parents=True, exist_ok=True)
    for name in OUTPUTS:
        (out / name).unlink(missing_ok=True)
    clear_sections(out)
    for name in (
        *CUSTOMER_TABLES,
        "prospects",
        "plan_actions",
    ):  # optional hand-overs: none left from before
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
    pdf: bool | None = None,
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
    pdf : also print ``diagnostic.pdf`` (A4, :mod:`clientmix.report.pdf`) beside the HTML;
        None (default) follows engagement.yaml's ``pdf:`` setting.

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
    executed, clients = _run_notebooks(engagement_dir, out, engagement, debug, source_dir, shared_kernel)  # fmt: skip
    info = interim.read_load(out)
    metrics, findings = assemble(out)
    interim.write_json_atomic(out / "metrics.json", metrics)
    write_plan(out, lang, engagement.currency)  # plan_actions.xlsx: 05_recommend's plan
    merged = merge_notebooks(executed, lang)
    add_commentary(merged, findings, engagement_dir, lang)  # commentaire.md, when given
    page = export_html(merged, info, lang, report_date or dt.date.today(), findings)
    clients.finish()  # clients.xlsx and clients.csv, written while the last notebook ran
    html_path = interim.write_text_atomic(out / "diagnostic.html", page)
    if engagement.pdf if pdf is None else pdf:
        write_pdf(html_path, out / "diagnostic.pdf", lang)
    return html_path
