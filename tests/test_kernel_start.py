"""A report kernel that dies while starting is started again; after the last attempt the
report stops with a plain message (no "Kernel died before replying to kernel_info" traceback).

The deaths are real: a ``sitecustomize`` module on the kernel's PYTHONPATH makes the first
kernel processes exit before they answer, counting its victims in a file.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from jupyter_core.utils import run_sync

from clientmix.errors import ClientmixError
from clientmix.report import kernel as kernel_module
from clientmix.report.kernel import SharedKernel

SITECUSTOMIZE = """
import os, sys
if "--HistoryManager.enabled=False" in sys.argv:  # the report kernel ("-m" not yet resolved)
    path = os.environ["CM_TEST_DEATHS"]
    done = int(open(path).read() or 0) if os.path.exists(path) else 0
    if done < int(os.environ["CM_TEST_DIE_TIMES"]):
        open(path, "w").write(str(done + 1))
        os._exit(3)
"""


@pytest.fixture
def dying_kernels(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Kernels started from now on die at start the number of times given to the callable."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    deaths = tmp_path / "deaths"
    path = os.pathsep.join(p for p in (str(site), os.environ.get("PYTHONPATH", "")) if p)
    monkeypatch.setenv("PYTHONPATH", path)
    monkeypatch.setenv("CM_TEST_DEATHS", str(deaths))
    monkeypatch.setattr(kernel_module, "READY_TIMEOUT", 20.0)

    def die(times: int) -> Path:
        monkeypatch.setenv("CM_TEST_DIE_TIMES", str(times))
        return deaths

    return die


def test_a_kernel_that_dies_at_start_is_started_again(tmp_path: Path, dying_kernels) -> None:
    deaths = dying_kernels(1)
    with SharedKernel(tmp_path) as kernel:
        reply = run_sync(kernel.kc.execute_interactive)("x = 6 * 7", timeout=30)
        assert reply["content"]["status"] == "ok"
        assert kernel.attempts == 2
    assert deaths.read_text() == "1"


def test_a_kernel_that_never_starts_gives_a_plain_message(tmp_path: Path, dying_kernels) -> None:
    deaths = dying_kernels(99)
    with pytest.raises(ClientmixError) as err:
        with SharedKernel(tmp_path, lang="en"):
            pass  # pragma: no cover - never reached
    text = str(err.value)
    assert text.startswith("The report's Python kernel could not start (3 attempts")
    assert "--workers 1" in text
    assert deaths.read_text() == str(kernel_module.START_ATTEMPTS)
