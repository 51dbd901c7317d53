"""Reports for every engagement under a folder, in parallel worker processes.

Each engagement is a folder holding an ``engagement.yaml`` (searched recursively, sorted by
path). One failing engagement never stops the others; a summary table is printed at the end
and the exit code is 1 when any failed.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from clientmix.errors import ClientmixError, message
from clientmix.ingest.config import CONFIG_NAME, load_config


@dataclass
class Outcome:
    """How one engagement went: ``status`` is "ok" or "failed"; ``seconds`` wall time."""

    engagement: str
    folder: str
    status: str
    seconds: float
    report: str | None = None
    error: str | None = None


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
        return Outcome(name, folder, "failed", time.perf_counter() - start, None, _one_line(exc))


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


def format_summary(outcomes: list[Outcome]) -> str:
    """The summary table: engagement, status, time, report path, one-line error."""
    words = ("cli_column_engagement", "cli_column_status", "cli_column_time", "cli_column_result")
    headers = tuple(message(key, "fr") for key in words)
    rows = [
        (
            o.engagement,
            message("cli_status_ok" if o.status == "ok" else "cli_status_failed", "fr"),
            message("cli_seconds", "fr", seconds=f"{o.seconds:.1f}"),
            o.report if o.status == "ok" else (o.error or ""),
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
    ok = sum(o.status == "ok" for o in outcomes)
    lines.append(message("cli_reports_done", "fr", ok=ok, total=len(outcomes)))
    return "\n".join(lines)


def run_batch(
    data_dir: str | Path = "data",
    out_dir: str | Path | None = None,
    workers: int | None = None,
    *,
    progress: bool = True,
) -> int:
    """Report on every engagement under ``data_dir``; print a summary; 0 if all ok else 1.

    Parameters
    ----------
    data_dir : folder searched recursively for engagement.yaml files.
    out_dir : reports folder; each engagement goes to ``<out_dir>/<name>/`` (default
        ``reports/<name>/``).
    workers : parallel worker processes (default ``os.cpu_count()``); 1 runs in this process.
    progress : show a tqdm progress bar on stderr.
    """
    outcomes = run_batch_outcomes(data_dir, out_dir, workers, progress=progress)
    print(format_summary(outcomes))
    return 0 if outcomes and all(o.status == "ok" for o in outcomes) else 1


def run_batch_outcomes(
    data_dir: str | Path = "data",
    out_dir: str | Path | None = None,
    workers: int | None = None,
    *,
    progress: bool = True,
) -> list[Outcome]:
    """Like :func:`run_batch` but returns the outcomes (sorted by folder), prints nothing."""
    from tqdm import tqdm

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
    todo = [str(f) for f in folders if str(f) not in clashes]
    workers = max(1, min(workers or os.cpu_count() or 1, len(todo) or 1))
    bar = tqdm(
        total=len(folders),
        file=sys.stderr,
        desc=message("cli_progress", "fr"),
        unit=message("cli_progress_unit", "fr"),
        disable=not progress,
    )
    bar.update(len(clashes))
    if workers == 1:
        for folder in todo:
            outcomes[folder] = _run_one(folder, None, reports_root)
            bar.update(1)
    else:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            futures = {pool.submit(_run_one, folder, None, reports_root): folder for folder in todo}
            for future in as_completed(futures):
                folder = futures[future]
                try:
                    outcomes[folder] = future.result()
                except Exception as exc:  # a worker process died
                    outcomes[folder] = Outcome(
                        Path(folder).name, folder, "failed", 0.0, None, _one_line(exc)
                    )
                bar.update(1)
    bar.close()
    return [outcomes[str(f)] for f in folders]
