"""Shared fixtures: write real engagement folders (engagement.yaml + raw files) into tmp_path.

Files are written as a consultant receives them: CSV bytes in a given encoding (with or without
BOM), real .xlsx workbooks (openpyxl: text cells, date cells, numeric cells) and real Parquet
files (pyarrow).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest
import yaml

FileContent = bytes | str | pd.DataFrame | dict | list | Callable[[Path], None]


def csv_bytes(
    rows: Sequence[Sequence[Any]],
    *,
    sep: str = ";",
    encoding: str = "cp1252",
    bom: bool = False,
    newline: str = "\r\n",
) -> bytes:
    """CSV bytes from rows of cells (cells written as given, no quoting)."""
    text = newline.join(sep.join(str(c) for c in row) for row in rows) + newline
    data = text.encode(encoding)
    if bom:
        data = "\ufeff".encode(encoding) + data
    return data


def write_xlsx(path: Path, sheets: dict[str, Iterable[Sequence[Any]]]) -> None:
    """A real .xlsx: one sheet per key, rows appended as is (str -> text cell, datetime ->
    date cell, int/float -> numeric cell, None -> empty cell)."""
    wb = openpyxl.Workbook()
    for i, (name, rows) in enumerate(sheets.items()):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = name
        for row in rows:
            ws.append(list(row))
    wb.save(path)


def write_file(path: Path, content: FileContent) -> None:
    """Write one raw file of an engagement.

    bytes: as is; str: UTF-8 text; DataFrame: Parquet (.parquet) or one-sheet .xlsx;
    dict of sheet name -> rows, or a list of rows: .xlsx; callable: called with the path.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if callable(content) and not isinstance(content, pd.DataFrame):
        content(path)
    elif isinstance(content, bytes):
        path.write_bytes(content)
    elif isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    elif isinstance(content, pd.DataFrame):
        if path.suffix == ".parquet":
            content.to_parquet(path, engine="pyarrow", index=False)
        else:
            rows = [list(content.columns)] + content.astype(object).values.tolist()
            write_xlsx(path, {"Feuil1": rows})
    elif isinstance(content, dict):
        write_xlsx(path, content)
    elif isinstance(content, list):
        write_xlsx(path, {"Feuil1": content})
    else:  # pragma: no cover - test authoring mistake
        raise TypeError(f"cannot write {type(content)!r}")


def write_engagement(
    folder: Path, config: dict | str, files: dict[str, FileContent] | None = None
) -> Path:
    """An engagement folder: engagement.yaml (a dict dumped as YAML, or raw YAML text) and
    raw files. Returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    text = (
        config
        if isinstance(config, str)
        else yaml.safe_dump(config, allow_unicode=True, sort_keys=False)
    )
    (folder / "engagement.yaml").write_text(text, encoding="utf-8")
    for name, content in (files or {}).items():
        write_file(folder / name, content)
    return folder


@pytest.fixture
def make_engagement(tmp_path: Path) -> Callable[..., Path]:
    """``make_engagement(config, files, folder="eng") -> Path`` under this test's tmp_path."""

    def make(config: dict | str, files: dict[str, FileContent] | None = None, folder: str = "eng"):
        return write_engagement(tmp_path / folder, config, files)

    return make


# A small, clean French ledger used by several test modules.
FRENCH_HEADER = ["Code client", "Raison sociale", "Date facture", "Montant HT"]


def french_rows(rows: Sequence[Sequence[Any]]) -> bytes:
    """A cp1252, ';'-separated ledger with the usual French headers."""
    return csv_bytes([FRENCH_HEADER, *rows])


@dataclass
class CliRun:
    returncode: int
    stdout: str
    stderr: str


def cli_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "clientmix", *args]


def cli_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONWARNINGS", None)
    return env


def run_cli(*args: str, cwd: Path | None = None) -> CliRun:
    """Run ``python -m clientmix ARGS`` in a subprocess (the real command line)."""
    proc = subprocess.run(
        cli_command(*args),
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=cli_env(),
        timeout=120,
    )
    return CliRun(proc.returncode, proc.stdout, proc.stderr)


def run_cli_many(runs: dict[str, list[str]], cwd: Path | None = None) -> dict[str, CliRun]:
    """Several CLI runs at once (in parallel, to keep the suite fast)."""
    procs = {
        key: subprocess.Popen(
            cli_command(*args),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            cwd=cwd,
            env=cli_env(),
        )
        for key, args in runs.items()
    }
    out = {}
    for key, proc in procs.items():
        stdout, stderr = proc.communicate(timeout=120)
        out[key] = CliRun(proc.returncode, stdout, stderr)
    return out


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``folder`` with its size and mtime (to prove nothing was written)."""
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
    }
