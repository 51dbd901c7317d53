"""One ipykernel on this interpreter, started once and shared by the notebooks of a report.

The kernel runs on this interpreter (``sys.executable -m ipykernel_launcher``), not on a
registered kernelspec, and talks over IPC sockets where the platform has them. A kernel that
dies or does not answer while starting (it happens when many start at once on a small machine)
is started again, up to :data:`START_ATTEMPTS` times, then the report stops with a plain
message.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from clientmix.errors import ClientmixError, message

KERNEL_NAME = "clientmix"
START_ATTEMPTS = 3
READY_TIMEOUT = 60.0  # seconds a kernel may take to answer kernel_info


def _kernel_spec_manager():
    """A KernelSpecManager that always answers with this interpreter's ipykernel."""
    from jupyter_client.kernelspec import KernelSpec, KernelSpecManager

    class _ThisInterpreter(KernelSpecManager):
        def get_kernel_spec(self, kernel_name: str) -> KernelSpec:  # noqa: ARG002
            return KernelSpec(
                argv=[
                    sys.executable,
                    "-m",
                    "ipykernel_launcher",
                    "-f",
                    "{connection_file}",
                    "--HistoryManager.enabled=False",
                ],
                display_name="Python (clientmix)",
                language="python",
                env={"PYDEVD_DISABLE_FILE_VALIDATION": "1", "MPLBACKEND": "Agg"},
                metadata={"debugger": False},
            )

    return _ThisInterpreter()


class SharedKernel:
    """One ipykernel on ``sys.executable``, started once and reused by several notebooks.

    Use as a context manager; ``km`` is the jupyter_client KernelManager handed to papermill
    (``execute_notebook(..., km=kernel.km)``), ``reset()`` clears the user namespace between
    notebooks (imported modules stay loaded: that is the saving).
    """

    def __init__(self, cwd: Path, transport: str | None = None, lang: str = "fr") -> None:
        if transport is None:
            transport = "ipc" if os.name == "posix" else "tcp"
        self.transport = transport
        self._tmp = tempfile.mkdtemp(prefix="cmk-")
        self.cwd = cwd
        self.lang = lang
        self.attempts = 0
        self._kc = None
        self.km = self._manager()

    def _manager(self) -> Any:
        """A fresh kernel manager (a stopped one cannot start again: its sockets are closed)."""
        from jupyter_client import AsyncKernelManager

        folder = tempfile.mkdtemp(dir=self._tmp)
        kwargs: dict[str, Any] = {
            "kernel_name": KERNEL_NAME,
            "kernel_spec_manager": _kernel_spec_manager(),
            "transport": self.transport,
            "connection_file": os.path.join(folder, "kernel.json"),
        }
        if self.transport == "ipc":
            kwargs["ip"] = os.path.join(folder, "k")
        return AsyncKernelManager(**kwargs)

    def __enter__(self) -> SharedKernel:
        """Start the kernel (again when it dies while starting) and warm its imports.

        Raises
        ------
        ClientmixError
            When no kernel could be started in :data:`START_ATTEMPTS` attempts.
        """
        for attempt in range(1, START_ATTEMPTS + 1):
            self.attempts = attempt
            try:
                self._start()
                break
            except Exception as exc:  # a dead or silent kernel: any cause, same remedy
                self._stop()
                self._cleanup()
                if attempt == START_ATTEMPTS:
                    shutil.rmtree(self._tmp, ignore_errors=True)
                    raise ClientmixError(
                        message("report_kernel_failed", self.lang, attempts=attempt, error=exc)
                    ) from exc
                time.sleep(0.5 * attempt)
                self.km = self._manager()
        # Warm the imports while the driver imports papermill and nbconvert.
        self._kc.execute(
            "import clientmix.core.style, clientmix.core.display, clientmix.core.interim",
            silent=True,
        )
        return self

    def _start(self) -> None:
        from jupyter_client import BlockingKernelClient
        from jupyter_core.utils import run_sync

        run_sync(self.km.start_kernel)(cwd=str(self.cwd))
        self._kc = BlockingKernelClient()
        self._kc.load_connection_info(self.km.get_connection_info())
        self._kc.start_channels()
        self._wait_ready()

    def _wait_ready(self) -> None:
        """Wait for kernel_info, checking every second that the kernel process is alive."""
        from jupyter_core.utils import run_sync

        deadline = time.monotonic() + READY_TIMEOUT
        while True:
            try:
                self._kc.wait_for_ready(timeout=1)
                return
            except RuntimeError:
                if not run_sync(self.km.is_alive)():
                    raise RuntimeError("the kernel died before replying to kernel_info") from None
                if time.monotonic() > deadline:
                    raise TimeoutError(
                        f"no reply to kernel_info in {READY_TIMEOUT:.0f} s"
                    ) from None

    def _stop(self) -> None:
        """Stop the client and the kernel process, whatever state they are in."""
        from jupyter_core.utils import run_sync

        if self._kc is not None:
            self._kc.stop_channels()
            self._kc = None
        try:
            if self.km.has_kernel:
                run_sync(self.km.shutdown_kernel)(now=True)
        except Exception:  # already dead: nothing left to stop
            pass

    def _cleanup(self) -> None:
        from jupyter_core.utils import run_sync

        run_sync(self.km.cleanup_resources)()

    def reset(self) -> None:
        """Clear the kernel's user namespace (``%reset -f``) and wait until it is done."""
        self._kc.execute_interactive("get_ipython().run_line_magic('reset', '-f')", timeout=60)

    def __exit__(self, *exc: object) -> None:
        try:
            self._stop()
            self._cleanup()
        finally:
            shutil.rmtree(self._tmp, ignore_errors=True)


@contextmanager
def started_kernel(cwd: Path, start: bool, lang: str = "fr") -> Iterator[SharedKernel | None]:
    """A started kernel on this interpreter when ``start``, else None."""
    if not start:
        yield None
        return
    with SharedKernel(cwd, lang=lang) as kernel:
        yield kernel
