"""Executing the notebooks of a report with papermill's Python API, in this process.

The notebooks run in the order of the registered sections, on ONE kernel started once and
reused (its namespace is reset between notebooks, so each still runs as if alone); see
:mod:`clientmix.report.kernel`. Papermill injects the parameters and writes the executed
notebooks (kept under ``<out>/notebooks/``) in its usual format; its engine is ours
(:data:`ENGINE`): papermill's nbclient engine handed the kernel's one started client, instead
of a new client per notebook that waits for the kernel to be ready. While the kernel process
starts, the driver imports papermill and nbconvert.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
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
    """The folder of the report's notebooks, the first of: ``$CLIENTMIX_NOTEBOOKS``; the
    notebooks shipped inside the installed package (``clientmix/notebooks/``, package data
    copied from the project's ``notebooks/`` when a wheel is built, see setup.py); the project's
    ``notebooks/`` next to ``lib/`` (a checkout or an editable install)."""
    env = os.environ.get("CLIENTMIX_NOTEBOOKS")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    packaged = here.parents[1] / "notebooks"
    if any(packaged.glob("*.ipynb")):
        return packaged
    return here.parents[3] / "notebooks"


_ANSI = re.compile(r"\x1b\[[0-9;]*m")
ENGINE = "clientmix-shared-client"
_IMPORT = re.compile(r"^(?:from\s+clientmix[\w.]*\s+import\s+[\w ,]+|import\s+clientmix[\w., ]*)$")


def _import_tools() -> None:
    """Import what the driver needs after the kernel (done while the kernel starts)."""
    import nbconvert  # noqa: F401
    import papermill  # noqa: F401


def warm_imports(source_dir: Path, names: tuple[str, ...] = NOTEBOOKS) -> list[str]:
    """The ``clientmix`` import statements of the notebooks' code cells (one line each, in
    order, without repeats): what the kernel imports before the first notebook."""
    import nbformat

    found: dict[str, None] = {}
    for name in names:
        path = source_dir / f"{name}.ipynb"
        if not path.exists():
            continue
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type == "code":
                lines = (line.split("#")[0].strip() for line in cell.source.splitlines())
                found.update((line, None) for line in lines)
    return [line for line in found if _IMPORT.match(line)]


def _register_engine() -> None:
    """Register :data:`ENGINE` with papermill (once): papermill's nbclient engine, but the
    notebook client is handed the already started kernel client ``kc`` (no new client, no
    wait for readiness, channels left open for the next notebook)."""
    from papermill.clientwrap import PapermillNotebookClient
    from papermill.engines import NBClientEngine, papermill_engines
    from papermill.log import logger
    from papermill.utils import merge_kwargs, remove_args

    if ENGINE in papermill_engines._engines:
        return

    class SharedClientEngine(NBClientEngine):
        @classmethod
        def execute_managed_notebook(
            cls,
            nb_man: Any,
            kernel_name: str,
            log_output: bool = False,
            stdout_file: Any = None,
            stderr_file: Any = None,
            start_timeout: int = 60,
            execution_timeout: float | None = None,
            **kwargs: Any,
        ) -> Any:
            kc = kwargs.pop("kc")
            kwargs = remove_args(["input_path", "timeout", "startup_timeout"], **kwargs)
            final = merge_kwargs(
                kwargs,
                timeout=execution_timeout,
                startup_timeout=start_timeout,
                kernel_name=kernel_name,
                log=logger,
                log_output=log_output,
                stdout_file=stdout_file,
                stderr_file=stderr_file,
            )
            client = PapermillNotebookClient(nb_man, **final)
            client.kc = kc
            return client.execute()

    papermill_engines.register(ENGINE, SharedClientEngine)


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
    on_executed: Callable[[str], None] | None = None,
) -> list[Any]:
    """Execute the five notebooks in order into ``out/notebooks/``; return the executed nbs.
    ``on_executed(name)`` is called after each notebook that ran without error (the driver
    starts there what the rest of the run does not change, e.g. clients.xlsx).

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
    warm = warm_imports(source_dir)
    results = []
    tools = _import_tools if shared_kernel else None  # while the kernel process starts
    with started_kernel(source_dir, shared_kernel, language, warm, tools) as shared:
        _import_tools()  # done by then (or not shared): nothing left to import
        _register_engine()
        for index, name in enumerate(NOTEBOOKS):
            if shared is not None and index:
                shared.reset()
            with started_kernel(source_dir, shared is None, language, warm) as own:
                results.append(
                    _execute_one(shared or own, source_dir, executed_dir, name, parameters, debug)
                )
            if on_executed is not None:
                on_executed(name)
    return results


def _execute_one(
    kernel: Any, source_dir: Path, executed_dir: Path, name: str, parameters: dict, debug: bool
) -> Any:
    """One notebook through papermill on ``kernel``'s client; the executed notebook."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    target = executed_dir / f"{name}.ipynb"
    try:
        return papermill.execute_notebook(
            str(source_dir / f"{name}.ipynb"),
            str(target),
            parameters=parameters,
            engine_name=ENGINE,
            kernel_name=KERNEL_NAME,
            language="python",
            progress_bar=False,
            request_save_on_cell_execute=False,
            log_output=False,
            cwd=str(source_dir),
            km=kernel.km,
            kc=kernel.kc,
        )
    except PapermillExecutionError as exc:
        language = parameters["language"]
        raise ReportError(
            _failure_message(exc, name, target, language, debug), notebook=target
        ) from exc
