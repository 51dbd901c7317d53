"""Hand-over files between the notebooks: ``<output_dir>/interim/``.

01_load writes the canonical tables (``invoices``, ``customers``, ``rejected``) as Parquet and
``load.json`` (the engagement as resolved, control totals, guesses, problems); 02_profile writes
``profile``. Every later notebook reads what it needs from here, so any notebook can be opened
and re-run alone in JupyterLab once 01 has run.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from clientmix.errors import ClientmixError, message

INTERIM = "interim"
LOAD_JSON = "load.json"


def interim_dir(output_dir: str | Path) -> Path:
    """The interim folder of a report folder."""
    return Path(output_dir) / INTERIM


def _json_default(value: Any) -> Any:
    if isinstance(value, pd.Timestamp | np.datetime64):
        return pd.Timestamp(value).date().isoformat()
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return None if np.isnan(value) else float(value)
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, set | tuple):
        return sorted(value) if isinstance(value, set) else list(value)
    return str(value)


def write_json_atomic(path: str | Path, data: Any) -> Path:
    """Write ``data`` as UTF-8 JSON to ``path`` via a temporary file and ``os.replace``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False, default=_json_default)
    write_text_atomic(path, text + "\n")
    return path


@contextmanager
def atomic_path(path: str | Path, suffix: str = ".tmp") -> Iterator[Path]:
    """A unique temporary path beside ``path`` to write to: renamed to ``path`` when the block
    ends without error, removed otherwise (so an output is complete or absent).
    ``suffix`` keeps the extension a writer may need (e.g. ".tmp.xlsx")."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}{suffix}")
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_text_atomic(path: str | Path, text: str) -> Path:
    """Write ``text`` to ``path`` atomically (temporary file in the same folder, then rename)."""
    with atomic_path(path) as tmp, open(tmp, "x", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    return Path(path)


def write(output_dir: str | Path, name: str, frame: pd.DataFrame) -> None:
    """Write one table to ``<output_dir>/interim/<name>.parquet`` (atomically).

    Returns None so that a notebook cell ending with this call displays nothing.
    """
    folder = interim_dir(output_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.parquet"
    tmp = folder / f".{name}.parquet.tmp"
    frame.to_parquet(tmp, index=False)
    os.replace(tmp, path)


def exists(output_dir: str | Path, name: str) -> bool:
    """Whether the interim table ``name`` was written (optional hand-overs)."""
    return (interim_dir(output_dir) / f"{name}.parquet").is_file()


# the notebook that writes each interim table (01_load writes the canonical tables)
_PRODUCERS = {
    "profile": "02_profile",
    "former": "02_profile",
    "prospects": "02_profile",
    "customer_segments": "03_segment",
    "customer_bridge": "03_segment",
    "customer_classes": "04_classify",
    "future_value": "04_classify",
}


def read(output_dir: str | Path, name: str) -> pd.DataFrame:
    """Read the interim table ``name``; a plain error says which notebook to run first."""
    path = interim_dir(output_dir) / f"{name}.parquet"
    if not path.exists():
        producer = _PRODUCERS.get(name, "01_load")
        raise ClientmixError(
            message("interim_missing", language_hint(output_dir), path=path, notebook=producer),
            path=path,
        )
    return pd.read_parquet(path)


def language_hint(output_dir: str | Path) -> str:
    """The engagement's language as 01_load wrote it ("fr" when not known yet)."""
    path = interim_dir(output_dir) / LOAD_JSON
    try:
        return json.loads(path.read_text(encoding="utf-8"))["engagement"]["language"]
    except (OSError, ValueError, KeyError):
        return "fr"


def engagement_info(result: Any) -> dict[str, Any]:
    """The engagement as the report needs it, from a ``LoadResult`` (period resolved)."""
    eng = result.engagement
    start = getattr(result, "period_start", None)
    end = getattr(result, "period_end", None)
    start = eng.period_start if start is None or pd.isna(start) else start
    end = eng.period_end if end is None or pd.isna(end) else end
    return {
        "name": eng.name,
        "company": eng.company,
        "currency": eng.currency,
        "language": eng.language,
        "root": str(eng.root),
        "period_start": None if start is None else pd.Timestamp(start).date().isoformat(),
        "period_end": None if end is None else pd.Timestamp(end).date().isoformat(),
        "thresholds": dict(eng.thresholds),
        "finance": dict(eng.finance),
        "monte_carlo": eng.monte_carlo,
        "segmentation": getattr(eng, "segmentation", None),
        "future_value": getattr(eng, "future_value", None),
    }


def write_load(result: Any, output_dir: str | Path) -> dict[str, Any]:
    """Write 01_load's hand-over: tables as Parquet and ``load.json``; stop if unusable.

    Parameters
    ----------
    result : a ``clientmix.ingest.load.LoadResult``.
    output_dir : the report folder (``reports/<name>``).

    Returns
    -------
    The content of ``load.json`` (engagement, controls, guesses, problems, anomalies...).

    Raises
    ------
    ClientmixError
        When the load found blocking problems (``result.usable`` is false); the message lists
        them. The controls are written first so the consultant can inspect them.
    """
    write(output_dir, "invoices", result.invoices)
    customers = result.customers
    if customers is None:
        customers = pd.DataFrame({"customer_id": pd.Series(dtype="str")})
    write(output_dir, "customers", customers)
    write(output_dir, "rejected", result.rejected)
    anomalies = getattr(result, "anomalies", None)
    info = {
        "engagement": engagement_info(result),
        "controls": dict(result.controls),
        "guesses": list(result.guesses),
        "problems": [{"level": p.level, "text": p.text} for p in getattr(result, "problems", [])],
        "usable": bool(result.usable),
        "anomalies": [] if anomalies is None else anomalies.to_dict(orient="records"),
        "missing_customers": list(getattr(result, "missing_customers", []) or []),
        "orphan_customers": list(getattr(result, "orphan_customers", []) or []),
    }
    write_json_atomic(interim_dir(output_dir) / LOAD_JSON, info)
    if not result.usable:
        errors = [p["text"] for p in info["problems"] if p["level"] == "error"]
        lang = info["engagement"]["language"]
        reasons = " ".join(errors) if errors else message("data_unusable_see_controls", lang)
        raise ClientmixError(message("data_unusable", lang, reasons=reasons))
    return info


def read_load(output_dir: str | Path) -> dict[str, Any]:
    """Read ``load.json`` written by 01_load (engagement, controls, guesses, problems).

    The returned dict also holds ``output_dir`` (the report folder it was read from, as given).
    """
    path = interim_dir(output_dir) / LOAD_JSON
    if not path.exists():
        raise ClientmixError(message("interim_missing_load", "fr", path=path), path=path)
    info = json.loads(path.read_text(encoding="utf-8"))
    info["output_dir"] = str(output_dir)
    return info


def period(output_dir: str | Path) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The analysis period (start, end) resolved by the load, as Timestamps."""
    eng = read_load(output_dir)["engagement"]
    return pd.Timestamp(eng["period_start"]), pd.Timestamp(eng["period_end"])
