"""Executing the notebooks of a report with papermill's Python API, in this process.

The notebooks run in the order of the registered sections, on ONE kernel started once and
reused (its namespace is reset between notebooks, so each still runs as if alone); see
:mod:`clientmix.report.kernel`. The executed notebooks are kept under ``<out>/notebooks/``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from clientmix.errors import ClientmixError, message
from clientmix.report.kernel import KERNEL_NAME, started_kernel
from clientmix.report.sections import NOTEBOOKS


class ReportError(ClientmixError):
    """A notebook of the report failed; ``notebook`` is the kept executed notebook."""

    def __init__(self, message: str, *, notebook: Path | None = None) -> None:
        super().__init__(message, path=notebook)
        self.notebook = notebook


def notebooks_dir() -> Path:
    """The folder of the report's notebooks: ``$CLIENTMIX_NOTEBOOKS`` or the project's
    ``notebooks/`` (next to ``lib/``)."""
    env = os.environ.get("CLIENTMIX_NOTEBOOKS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3] / "notebooks"


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _failure_message(exc: Exception, notebook: str, kept: Path, lang: str, debug: bool) -> str:
    ename = getattr(exc, "ename", type(exc).__name__)
    evalue = _ANSI.sub("", str(getattr(exc, "evalue", exc))).strip()
    where = message("report_notebook_kept", lang, notebook=notebook, kept=kept)
    if ename in ("ClientmixError", "ConcentrationInputError", "ReportError"):
        text = f"{evalue} {where}"
    else:
        text = message(
            "report_notebook_failed",
            lang,
            notebook=notebook,
            ename=ename,
            evalue=evalue,
            where=where,
        )
    if debug:
        traceback = "\n".join(getattr(exc, "traceback", []) or [])
        text += "\n" + _ANSI.sub("", traceback)
    return text


def execute_notebooks(
    engagement_dir: Path,
    out: Path,
    language: str,
    *,
    debug: bool = False,
    source_dir: Path | None = None,
    shared_kernel: bool = True,
) -> list[Any]:
    """Execute the five notebooks in order into ``out/notebooks/``; return the executed nbs.

    Raises
    ------
    ReportError
        When a notebook fails; the message is the user-facing error (a ClientmixError raised in
        the kernel is shown as is) and names the executed notebook kept for debugging.
    """
    source_dir = source_dir or notebooks_dir()
    executed_dir = out / "notebooks"
    executed_dir.mkdir(parents=True, exist_ok=True)
    for stale in executed_dir.glob("*.ipynb"):
        stale.unlink()
    parameters = {
        "engagement_dir": str(engagement_dir.resolve()),
        "output_dir": str(out.resolve()),
        "language": language,
    }
    results = []
    import papermill
    from papermill.exceptions import PapermillExecutionError

    with started_kernel(source_dir, shared_kernel, language) as shared:
        for index, name in enumerate(NOTEBOOKS):
            source = source_dir / f"{name}.ipynb"
            target = executed_dir / f"{name}.ipynb"
            if shared is not None and index:
                shared.reset()
            with started_kernel(source_dir, shared is None, language) as own:
                kernel = shared or own
                try:
                    nb = papermill.execute_notebook(
                        str(source),
                        str(target),
                        parameters=parameters,
                        kernel_name=KERNEL_NAME,
                        language="python",
                        progress_bar=False,
                        request_save_on_cell_execute=False,
                        log_output=False,
                        cwd=str(source_dir),
                        km=kernel.km,
                    )
                except PapermillExecutionError as exc:
                    raise ReportError(
                        _failure_message(exc, name, target, language, debug), notebook=target
                    ) from exc
            results.append(nb)
    return results
