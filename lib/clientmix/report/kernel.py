"""One ipykernel on this interpreter, started once and shared by the notebooks of a report.

The kernel runs on this interpreter (``sys.executable -m ipykernel_launcher``), not on a
registered kernelspec, and talks over IPC sockets where the platform has them.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

KERNEL_NAME = "clientmix"


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

    def __init__(self, cwd: Path, transport: str | None = None) -> None:
        from jupyter_client import AsyncKernelManager

        if transport is None:
            transport = "ipc" if os.name == "posix" else "tcp"
        self._tmp = tempfile.mkdtemp(prefix="cmk-")
        kwargs: dict[str, Any] = {
            "kernel_name": KERNEL_NAME,
            "kernel_spec_manager": _kernel_spec_manager(),
            "transport": transport,
            "connection_file": os.path.join(self._tmp, "kernel.json"),
        }
        if transport == "ipc":
            kwargs["ip"] = os.path.join(self._tmp, "k")
        self.km = AsyncKernelManager(**kwargs)
        self.cwd = cwd
        self._kc = None

    def __enter__(self) -> SharedKernel:
        from jupyter_client import BlockingKernelClient
        from jupyter_core.utils import run_sync

        run_sync(self.km.start_kernel)(cwd=str(self.cwd))
        self._kc = BlockingKernelClient()
        self._kc.load_connection_info(self.km.get_connection_info())
        self._kc.start_channels()
        self._kc.wait_for_ready(timeout=60)
        # Warm the imports while the driver imports papermill and nbconvert.
        self._kc.execute(
            "import clientmix.core.style, clientmix.core.display, clientmix.core.interim",
            silent=True,
        )
        return self

    def reset(self) -> None:
        """Clear the kernel's user namespace (``%reset -f``) and wait until it is done."""
        self._kc.execute_interactive("get_ipython().run_line_magic('reset', '-f')", timeout=60)

    def __exit__(self, *exc: object) -> None:
        from jupyter_core.utils import run_sync

        try:
            if self._kc is not None:
                self._kc.stop_channels()
            if self.km.has_kernel:
                run_sync(self.km.shutdown_kernel)(now=True)
        finally:
            run_sync(self.km.cleanup_resources)()
            shutil.rmtree(self._tmp, ignore_errors=True)


@contextmanager
def started_kernel(cwd: Path, start: bool) -> Iterator[SharedKernel | None]:
    """A started kernel on this interpreter when ``start``, else None."""
    if not start:
        yield None
        return
    with SharedKernel(cwd) as kernel:
        yield kernel
