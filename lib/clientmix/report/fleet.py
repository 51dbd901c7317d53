"""A fleet of engagements on a Dask distributed cluster (``clientmix batch --scheduler``).

Each engagement is one Dask task; the task runs the report in a fresh Python process, so
nothing is left over from one engagement to the next on a long-lived worker: on POSIX a child
forked from a warm process of the worker (:class:`Zygote`, the report's code imported once),
elsewhere a new interpreter (``python -m clientmix.report.fleet FOLDER REPORTS_ROOT``). A task whose process died, or whose kernel died
during the report, raises :class:`Died`: Dask runs it again (:data:`RETRIES` times, possibly on
another worker); any other failure is a result, as in the process pool.

The workers must have clientmix (with its notebooks) installed and see the engagement and
reports folders at the same paths as this machine (a shared file system); paths are sent
absolute. ``scheduler="local"`` starts a ``LocalCluster`` on this machine.

Dask is an optional extra: ``pip install 'clientmix[cluster]'``.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

from clientmix.errors import ClientmixError, message

RETRIES = 2  # runs again after a dead process or kernel (so at most 3 runs)
MARK = "clientmix-outcome: "
# failures that are the machine's, not the engagement's: worth another run
DIED = ("DeadKernelError",)


class Died(RuntimeError):
    """The report's process or its kernel died: Dask retries the task."""


def run_engagement(folder: str, reports_root: str) -> dict[str, Any]:
    """Dask task: one engagement's report in a fresh process; its outcome as a dict.

    On POSIX the fresh process is forked from a warm one of this worker (:class:`Zygote`:
    clientmix's report code already imported), so a report does not pay the imports again;
    elsewhere it is a new interpreter.

    Raises
    ------
    Died
        When the process died without an outcome, or the kernel died during the report.
    """
    reply = _in_zygote(folder, reports_root) if hasattr(os, "fork") else None
    if reply is None:
        reply = _in_subprocess(folder, reports_root)
    if "died" in reply:
        raise Died(reply["died"])
    outcome = reply["outcome"]
    if outcome.get("error_type") in DIED:
        raise Died(outcome.get("error") or "the kernel died")
    return outcome


def _in_subprocess(folder: str, reports_root: str) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-m", "clientmix.report.fleet", folder, reports_root],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith(MARK)]
    if proc.returncode != 0 or not lines:
        tail = " ".join(proc.stderr.strip().splitlines()[-1:])
        return {"died": f"exit code {proc.returncode} {tail}".strip()}
    return {"outcome": json.loads(lines[-1][len(MARK) :])}


def _child(folder: str, reports_root: str) -> int:
    """The fresh process: run one report, print its outcome (one marked JSON line)."""
    from clientmix.batch import _run_one

    outcome = _run_one(folder, None, reports_root)
    print(MARK + json.dumps(asdict(outcome)), flush=True)
    return 0


class Zygote:
    """A warm Python process of this worker (``python -m clientmix.report.fleet --zygote``:
    the report's code imported once) that forks one fresh child per engagement and answers
    with its outcome; one per task running at once on the worker, reused."""

    idle: list[Zygote] = []
    lock = threading.Lock()

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "clientmix.report.fleet", "--zygote"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )

    def ask(self, folder: str, reports_root: str) -> dict[str, Any]:
        self.proc.stdin.write(json.dumps([folder, reports_root]) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise Died(f"the warm process ended (exit code {self.proc.wait()})")
        return json.loads(line)


def _in_zygote(folder: str, reports_root: str) -> dict[str, Any]:
    with Zygote.lock:
        zygote = Zygote.idle.pop() if Zygote.idle else None
    if zygote is None or zygote.proc.poll() is not None:
        zygote = Zygote()
    try:
        reply = zygote.ask(folder, reports_root)
    except (OSError, ValueError, Died) as exc:
        zygote.proc.kill()
        return {"died": str(exc)}
    with Zygote.lock:
        Zygote.idle.append(zygote)
    return reply


def _serve() -> int:
    """The warm process: import the report's code, then fork one child per request line
    (``[folder, reports_root]``) and answer one JSON line per request on its stdout."""
    import nbconvert  # noqa: F401 - warm imports, shared by every forked child
    import papermill  # noqa: F401

    import clientmix.batch  # noqa: F401
    import clientmix.report.run  # noqa: F401

    answers = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)  # whatever else is printed goes to stderr, not into the answers
    for line in sys.stdin:
        folder, reports_root = json.loads(line)
        answers.write(json.dumps(_forked(folder, reports_root)) + "\n")
        answers.flush()
    return 0


def _forked(folder: str, reports_root: str) -> dict[str, Any]:
    """One report in a forked child; {"outcome": ...} or {"died": ...}."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: one report, its outcome through the pipe, then exit
        os.close(read)
        code = 1
        try:
            from clientmix.batch import _run_one

            outcome = _run_one(folder, None, reports_root)
            with os.fdopen(write, "w", encoding="utf-8") as pipe:
                pipe.write(json.dumps(asdict(outcome)))
            code = 0
        finally:
            os._exit(code)
    os.close(write)
    with os.fdopen(read, encoding="utf-8") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    if not data:
        return {"died": f"exit code {os.waitstatus_to_exitcode(status)}"}
    return {"outcome": json.loads(data)}


@contextmanager
def connected(scheduler: str, workers: int) -> Iterator[Any]:
    """A Dask client: on a new LocalCluster of ``workers`` single-threaded worker processes
    (``scheduler="local"``) or on the running scheduler at ``scheduler`` (tcp://HOST:PORT).

    Raises
    ------
    ClientmixError
        When Dask is not installed or the scheduler cannot be reached.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ClientmixError(message("cli_dask_missing", "fr")) from exc
    if scheduler == "local":
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            memory_limit=0,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
        with cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(scheduler, timeout="10s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClientmixError(
            message("cli_dask_unreachable", "fr", scheduler=scheduler, error=exc)
        ) from exc
    with client:
        yield client


def run_on_cluster(
    folders: list[str],
    reports_root: str | None,
    scheduler: str,
    workers: int,
    done: Callable[[str, dict[str, Any] | BaseException], None],
) -> None:
    """Run every folder's report as a task; call ``done(folder, outcome dict or exception)``
    as each finishes (in completion order)."""
    root = str(Path(reports_root or "reports").resolve())
    with connected(scheduler, workers) as client:
        from distributed import as_completed

        futures = {
            client.submit(
                run_engagement, str(Path(folder).resolve()), root, pure=False, retries=RETRIES
            ): folder
            for folder in folders
        }
        for future in as_completed(futures):
            folder = futures[future]
            try:
                done(folder, future.result())
            except Exception as exc:  # the task failed after its retries, or its worker died
                done(folder, exc)


if __name__ == "__main__":
    sys.exit(_serve() if sys.argv[1:] == ["--zygote"] else _child(sys.argv[1], sys.argv[2]))
