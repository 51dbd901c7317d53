"""One ipykernel on this interpreter, started once and shared by the notebooks of a report.

The kernel runs on this interpreter (``sys.executable -m ipykernel_launcher``), not on a
registered kernelspec, and talks over IPC sockets where the platform has them. A kernel that
dies or does not answer while starting (it happens when many start at once on a small machine)
is started again, up to :data:`START_ATTEMPTS` times, then the report stops with a plain
message.

One asynchronous kernel client is started with the kernel and reused by every notebook (see
:mod:`clientmix.report.execute`), so no notebook waits for a new client to connect. Readiness is
an answer to kernel_info on the shell channel plus one message seen on IOPub (the proof that
IOPub is subscribed), without the fixed 0.2 s IOPub flush of ``wait_for_ready``. Right after it
is ready the kernel imports what the notebooks import and freezes that heap (``gc.freeze()``),
so the garbage collections of the notebooks and of ``%reset`` between them skip it.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from queue import Empty
from typing import Any

from clientmix.errors import ClientmixError, message

KERNEL_NAME = "clientmix"
START_ATTEMPTS = 3
READY_TIMEOUT = 60.0  # seconds a kernel may take to answer kernel_info
PEAK_ENV = "CLIENTMIX_KERNEL_PEAK"  # when set: a file receiving the kernel's peak RSS in MiB


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

    Use as a context manager; ``km`` is the jupyter_client AsyncKernelManager and ``kc`` its
    started AsyncKernelClient, both handed to papermill (see
    :func:`clientmix.report.execute.execute_notebooks`); ``reset()`` clears the user namespace
    between notebooks (imported modules stay loaded: that is the saving). ``warm`` are import
    statements run in the kernel once it is ready (each one may fail: the notebook that needs
    it will say why), in a throw-away namespace, before ``gc.freeze()``; ``while_starting``
    is the driver's own work done while the kernel process starts (imports, in this thread:
    concurrent imports of shared packages from two threads can deadlock).
    """

    def __init__(
        self,
        cwd: Path,
        transport: str | None = None,
        lang: str = "fr",
        warm: Sequence[str] = (),
        while_starting: Callable[[], None] | None = None,
    ) -> None:
        if transport is None:
            transport = "ipc" if os.name == "posix" else "tcp"
        self.transport = transport
        self._tmp = tempfile.mkdtemp(prefix="cmk-")
        self.cwd = cwd
        self.lang = lang
        self.warm = tuple(warm)
        self.while_starting = while_starting  # called once, while the first kernel starts
        self.attempts = 0
        self.kc: Any = None
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
        # Not waited for: the kernel runs its requests in order, the first notebook's queue
        # behind these imports.
        self.kc.execute(warm_code(self.warm), silent=True, store_history=False)
        return self

    def _start(self) -> None:
        from jupyter_core.utils import run_sync

        run_sync(self.km.start_kernel)(cwd=str(self.cwd))
        self.kc = self.km.client()
        self.kc.allow_stdin = False
        self.kc.start_channels()
        if self.while_starting is not None:
            work, self.while_starting = self.while_starting, None
            work()
        run_sync(self._wait_ready)()

    async def _wait_ready(self) -> None:
        """Wait for a kernel_info reply and one IOPub message, checking every second that the
        kernel process is alive."""
        deadline = time.monotonic() + READY_TIMEOUT
        while True:
            msg_id = self.kc.kernel_info()
            if await self._replied(msg_id) and await self._iopub_seen():
                return
            if not await self.km.is_alive():
                raise RuntimeError("the kernel died before replying to kernel_info")
            if time.monotonic() > deadline:
                raise TimeoutError(f"no reply to kernel_info in {READY_TIMEOUT:.0f} s")

    async def _replied(self, msg_id: str, timeout: float = 1.0) -> bool:
        """True when the shell reply to ``msg_id`` arrives within ``timeout`` seconds."""
        end = time.monotonic() + timeout
        while (left := end - time.monotonic()) > 0:
            try:
                msg = await self.kc.get_shell_msg(timeout=left)
            except Empty:
                return False
            if msg["parent_header"].get("msg_id") == msg_id:
                return True
        return False

    async def _iopub_seen(self, timeout: float = 1.0) -> bool:
        """True when any IOPub message arrives within ``timeout`` seconds (the kernel publishes
        its busy/idle status for every request: once one arrives, IOPub is subscribed)."""
        try:
            await self.kc.get_iopub_msg(timeout=timeout)
        except Empty:  # IOPub not yet connected: ask again
            return False
        return True

    def _stop(self) -> None:
        """Stop the client and the kernel process, whatever state they are in."""
        from jupyter_core.utils import run_sync

        if self.kc is not None:
            self.kc.stop_channels()
            self.kc = None
        try:
            if self.km.has_kernel:
                run_sync(self.km.shutdown_kernel)(now=True)
        except Exception:  # already dead: nothing left to stop
            pass

    def _cleanup(self) -> None:
        from jupyter_core.utils import run_sync

        run_sync(self.km.cleanup_resources)()

    def reset(self) -> None:
        """Clear the kernel's user namespace (``%reset -f``) and freeze what survives it (the
        modules the notebook imported). Not waited for: the next notebook's requests queue
        behind it."""
        self.kc.execute(RESET_CODE, silent=True, store_history=False)

    def peak_mib(self) -> float | None:
        """The kernel process's peak resident memory so far (MiB; Linux), else None."""
        process = getattr(getattr(self.km, "provisioner", None), "process", None)
        try:
            status = Path(f"/proc/{process.pid}/status").read_text()
        except (AttributeError, OSError):
            return None
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return None

    def __exit__(self, *exc: object) -> None:
        try:
            peak_file = os.environ.get(PEAK_ENV)
            if peak_file and (peak := self.peak_mib()) is not None:
                previous = Path(peak_file).read_text() if Path(peak_file).exists() else "0"
                Path(peak_file).write_text(f"{max(peak, float(previous or 0)):.0f}")
            self._stop()
            self._cleanup()
        finally:
            shutil.rmtree(self._tmp, ignore_errors=True)


@contextmanager
def started_kernel(
    cwd: Path,
    start: bool,
    lang: str = "fr",
    warm: Sequence[str] = (),
    while_starting: Callable[[], None] | None = None,
) -> Iterator[SharedKernel | None]:
    """A started kernel on this interpreter when ``start``, else None."""
    if not start:
        yield None
        return
    with SharedKernel(cwd, lang=lang, warm=warm, while_starting=while_starting) as kernel:
        yield kernel


RESET_CODE = "get_ipython().run_line_magic('reset', '-f'); __import__('gc').freeze()"


def warm_code(statements: Sequence[str]) -> str:
    """Kernel code running each import statement of ``statements`` in a throw-away namespace
    (a failing one is skipped), then collecting and freezing the heap (``gc.freeze()``)."""
    return (
        "def _cm_warm(statements):\n"
        "    for statement in statements:\n"
        "        try:\n"
        "            exec(statement, {})\n"
        "        except Exception:\n"
        "            pass\n"
        f"_cm_warm({list(statements)!r})\n"
        "del _cm_warm\n"
        "import gc as _cm_gc\n"
        "_cm_gc.collect()\n"
        "_cm_gc.freeze()\n"
        "del _cm_gc\n"
    )
