"""Reports for every engagement under a folder, in parallel worker processes or on a Dask
cluster.

Each engagement is a folder holding an ``engagement.yaml`` (searched recursively, sorted by
path). One failing engagement never stops the others; a summary table is printed at the end
and the exit code is 1 when any failed.

An engagement whose inputs, settings and code are unchanged since its last complete report is
skipped (``force=True`` makes it again): see :mod:`clientmix.report.fingerprint`. Its
fingerprint is written in its report folder only once the report has completed.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clientmix.errors import ClientmixError, message
from clientmix.ingest.config import CONFIG_NAME, load_config


@dataclass
class Outcome:
    """How one engagement went: ``status`` is "ok", "skipped" (unchanged since its last
    report, which ``report`` names) or "failed"; ``seconds`` wall time; ``error_type`` the
    class name of the failure's exception."""

    engagement: str
    folder: str
    status: str
    seconds: float
    report: str | None = None
    error: str | None = None
    error_type: str | None = None


def find_engagements(data_dir: str | Path) -> list[Path]:
    """Folders under ``data_dir`` (itself included) holding an engagement.yaml, sorted."""
    root = Path(data_dir)
    if not root.is_dir():
        raise ClientmixError(message("cli_folder_not_found", "fr", folder=root), path=root)
    return sorted(p.parent for p in root.rglob(CONFIG_NAME) if p.is_file())


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    first = text[0] if text else ""
    return first if isinstance(exc, ClientmixError) else f"{type(exc).__name__}: {first}"


def _run_one(folder: str, out_dir: str | None, reports_root: str | None) -> Outcome:
    """Worker: one report; every exception becomes a failed Outcome (never raised)."""
    from clientmix.report.run import run_report

    start = time.perf_counter()
    name = Path(folder).name
    try:
        name = load_config(folder).name
        path = run_report(folder, out_dir, reports_root=reports_root)
        return Outcome(name, folder, "ok", time.perf_counter() - start, str(path))
    except BaseException as exc:  # noqa: BLE001 - a batch reports every failure and goes on
        if isinstance(exc, KeyboardInterrupt):
            raise
        seconds = time.perf_counter() - start
        return Outcome(name, folder, "failed", seconds, None, _one_line(exc), type(exc).__name__)


def _duplicates(folders: list[Path]) -> dict[str, str]:
    """Folders whose engagement name is already used by an earlier folder -> message."""
    seen: dict[str, Path] = {}
    clashes: dict[str, str] = {}
    for folder in folders:
        try:
            name = load_config(folder).name
        except ClientmixError:
            continue
        if name in seen:
            clashes[str(folder)] = message(
                "cli_name_taken", "fr", name=name, folder=seen[name], config=folder / CONFIG_NAME
            )
        else:
            seen[name] = folder
    return clashes


_STATUS_KEYS = {"ok": "cli_status_ok", "skipped": "cli_status_skipped"}


def format_summary(outcomes: list[Outcome]) -> str:
    """The summary table: engagement, status, time, report path, one-line error; then the
    count of reports produced (or kept, unchanged) and of those skipped."""
    words = ("cli_column_engagement", "cli_column_status", "cli_column_time", "cli_column_result")
    headers = tuple(message(key, "fr") for key in words)
    rows = [
        (
            o.engagement,
            message(_STATUS_KEYS.get(o.status, "cli_status_failed"), "fr"),
            message("cli_seconds", "fr", seconds=f"{o.seconds:.1f}"),
            o.report if o.status != "failed" else (o.error or ""),
        )
        for o in outcomes
    ]
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h)
        for i, h in enumerate(headers[:3])
    ]
    lines = [
        "  ".join(h.ljust(w) for h, w in zip(headers[:3], widths, strict=True)) + "  " + headers[3]
    ]
    lines.append("-" * (sum(widths) + 6 + len(headers[3])))
    for row in rows:
        lines.append(
            "  ".join(c.ljust(w) for c, w in zip(row[:3], widths, strict=True)) + "  " + row[3]
        )
    ok = sum(o.status != "failed" for o in outcomes)
    lines.append(message("cli_reports_done", "fr", ok=ok, total=len(outcomes)))
    skipped = sum(o.status == "skipped" for o in outcomes)
    if skipped:
        lines.append(message("cli_reports_skipped", "fr", count=skipped))
    return "\n".join(lines)


def run_batch(
    data_dir: str | Path = "data",
    out_dir: str | Path | None = None,
    workers: int | None = None,
    *,
    progress: bool = True,
    scheduler: str | None = None,
    force: bool = False,
    settings: dict[str, Any] | None = None,
) -> int:
    """Report on every engagement under ``data_dir``; print a summary; 0 if none failed
    (skipped ones count as done) else 1.

    Parameters
    ----------
    data_dir : folder searched recursively for engagement.yaml files.
    out_dir : reports folder; each engagement goes to ``<out_dir>/<name>/`` (default
        ``reports/<name>/``).
    workers : parallel worker processes (default ``os.cpu_count()``); 1 runs in this process.
        With ``scheduler="local"``: the LocalCluster's workers; ignored on a remote scheduler.
    progress : show a tqdm progress bar on stderr.
    scheduler : None (default): this machine's process pool; ``"local"``: a Dask LocalCluster
        started here; ``"tcp://HOST:PORT"``: a running Dask scheduler (see
        :mod:`clientmix.report.fleet`).
    force : make every report again, unchanged or not.
    settings : options that change the reports (recorded in the fingerprints).
    """
    outcomes = run_batch_outcomes(
        data_dir,
        out_dir,
        workers,
        progress=progress,
        scheduler=scheduler,
        force=force,
        settings=settings,
    )
    print(format_summary(outcomes))
    return 0 if outcomes and all(o.status != "failed" for o in outcomes) else 1


def _report_dir(folder: Path, reports_root: str | None) -> Path | None:
    try:
        return Path(reports_root or "reports") / load_config(folder).name
    except ClientmixError:
        return None


def _plan(
    folders: list[str], reports_root: str | None, force: bool, settings: dict[str, Any]
) -> tuple[dict[str, Outcome], dict[str, tuple[Path, dict[str, Any]]]]:
    """Which folders are unchanged (-> skipped outcomes) and the fingerprints of the others
    (folder -> (report folder, fingerprint)), whose old fingerprints are removed: they are
    written again only when their report completes."""
    from clientmix.report import fingerprint as fp

    skipped: dict[str, Outcome] = {}
    todo: dict[str, tuple[Path, dict[str, Any]]] = {}
    for folder in folders:
        report_dir = _report_dir(Path(folder), reports_root)
        if report_dir is None:
            continue  # an unreadable engagement.yaml: the report fails and says why
        try:
            current = fp.fingerprint(folder, settings, previous=fp.read(report_dir))
        except (ClientmixError, OSError):
            continue  # unreadable inputs: the report fails and says why; nothing recorded
        if not force and fp.unchanged(report_dir, current):
            report = str(report_dir / "diagnostic.html")
            skipped[folder] = Outcome(report_dir.name, folder, "skipped", 0.0, report)
        else:
            fp.forget(report_dir)
            todo[folder] = (report_dir, current)
    return skipped, todo


def run_batch_outcomes(
    data_dir: str | Path = "data",
    out_dir: str | Path | None = None,
    workers: int | None = None,
    *,
    progress: bool = True,
    scheduler: str | None = None,
    force: bool = False,
    settings: dict[str, Any] | None = None,
) -> list[Outcome]:
    """Like :func:`run_batch` but returns the outcomes (sorted by folder), prints nothing."""
    from tqdm import tqdm

    from clientmix.report import fingerprint as fp

    folders = find_engagements(data_dir)
    if not folders:
        raise ClientmixError(
            message("cli_no_engagement", "fr", config_name=CONFIG_NAME, folder=data_dir)
        )
    reports_root = str(out_dir) if out_dir else None
    clashes = _duplicates(folders)
    outcomes: dict[str, Outcome] = {
        folder: Outcome(Path(folder).name, folder, "failed", 0.0, None, message)
        for folder, message in clashes.items()
    }
    skipped, prints = _plan(
        [str(f) for f in folders if str(f) not in clashes], reports_root, force, settings or {}
    )
    outcomes.update(skipped)
    todo = [str(f) for f in folders if str(f) not in outcomes]
    bar = tqdm(
        total=len(folders),
        file=sys.stderr,
        desc=message("cli_progress", "fr"),
        unit=message("cli_progress_unit", "fr"),
        disable=not progress,
    )
    bar.update(len(outcomes))

    def done(folder: str, outcome: Outcome) -> None:
        outcomes[folder] = outcome
        if outcome.status == "ok" and folder in prints:
            fp.record(*prints[folder])
        bar.update(1)

    if scheduler:
        _run_on_cluster(todo, reports_root, scheduler, workers, done)
    else:
        _run_in_pool(todo, reports_root, workers, done)
    bar.close()
    return [outcomes[str(f)] for f in folders]


def _run_in_pool(todo: list[str], reports_root: str | None, workers: int | None, done) -> None:
    """This machine's process pool (or this process when one worker)."""
    workers = max(1, min(workers or os.cpu_count() or 1, len(todo) or 1))
    if workers == 1:
        for folder in todo:
            done(folder, _run_one(folder, None, reports_root))
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = {pool.submit(_run_one, folder, None, reports_root): folder for folder in todo}
        for future in as_completed(futures):
            folder = futures[future]
            try:
                done(folder, future.result())
            except Exception as exc:  # a worker process died
                done(folder, _died(folder, exc))


def _died(folder: str, exc: BaseException) -> Outcome:
    return Outcome(Path(folder).name, folder, "failed", 0.0, None, _one_line(exc), "Died")


def _run_on_cluster(
    todo: list[str], reports_root: str | None, scheduler: str, workers: int | None, done
) -> None:
    """A Dask cluster (:mod:`clientmix.report.fleet`); outcomes as from the pool (report
    paths written under ``reports_root`` as given, relative or not)."""
    from clientmix.report.fleet import run_on_cluster

    if not todo:
        return
    workers = max(1, min(workers or os.cpu_count() or 1, len(todo)))

    def received(folder: str, result: dict[str, Any] | BaseException) -> None:
        if isinstance(result, BaseException):
            done(folder, _died(folder, result))
            return
        outcome = Outcome(**{**result, "folder": folder})
        if outcome.report:
            name = Path(outcome.report).parent.name
            outcome.report = str(Path(reports_root or "reports") / name / "diagnostic.html")
        done(folder, outcome)

    run_on_cluster(todo, reports_root, scheduler, workers, received)
