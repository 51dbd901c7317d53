"""Interactive use: the project's kernel and a real JupyterLab server, as `make lab` starts them.

The "clientmix" kernelspec (registered by `make setup`) must run this environment, where
`clientmix` imports; JupyterLab must serve the notebooks and start that kernel over IPC.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
from jupyter_client.manager import KernelManager

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def kernelspec():
    # idempotent: the same command `make setup` runs
    subprocess.run(
        [
            sys.executable,
            "-m",
            "ipykernel",
            "install",
            "--sys-prefix",
            "--name",
            "clientmix",
            "--display-name",
            "Python (clientmix)",
        ],
        check=True,
        capture_output=True,
    )
    return "clientmix"


def test_project_kernel_runs_this_environment_over_ipc(kernelspec, tmp_path):
    km = KernelManager(kernel_name=kernelspec, transport="ipc", ip=str(tmp_path / "k"))
    km.start_kernel()
    try:
        kc = km.client()
        kc.start_channels()
        kc.wait_for_ready(timeout=60)
        reply = kc.execute_interactive(
            "import sys, clientmix; print(sys.prefix); print(clientmix.__file__)", timeout=60
        )
        assert reply["content"]["status"] == "ok"
        assert km.transport == "ipc"
        kc.stop_channels()
    finally:
        km.shutdown_kernel(now=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, token: str, data: bytes | None = None) -> dict:
    req = urllib.request.Request(url, data=data, headers={"Authorization": f"token {token}"})
    with urllib.request.urlopen(req, timeout=10) as resp:  # noqa: S310 - loopback only
        return json.loads(resp.read())


def test_jupyterlab_serves_the_notebooks_and_starts_the_kernel_over_ipc(kernelspec):
    port, token = _free_port(), "clientmix-test"
    # IPC sockets live in the runtime folder: keep its path short (unix sockets: 107 bytes)
    runtime = Path(tempfile.mkdtemp(prefix="cm-lab-"))
    env = dict(os.environ, JUPYTER_RUNTIME_DIR=str(runtime))
    lab = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jupyterlab",
            "--no-browser",
            "--allow-root",
            f"--port={port}",
            "--ip=127.0.0.1",
            f"--IdentityProvider.token={token}",
            f"--notebook-dir={ROOT / 'notebooks'}",
            "--KernelManager.transport=ipc",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                _get(f"{base}/api/status", token)
                break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("JupyterLab did not start within 60 s")
        listing = _get(f"{base}/api/contents", token)
        names = {item["name"] for item in listing["content"]}
        assert {f"{n}.ipynb" for n in ("01_load", "02_profile", "03_segment")} <= names
        nb = _get(f"{base}/api/contents/01_load.ipynb", token)["content"]
        assert nb["metadata"]["kernelspec"]["name"] == "clientmix"
        kernel = _get(f"{base}/api/kernels", token, data=json.dumps({"name": kernelspec}).encode())
        for _ in range(60):
            files = list(runtime.glob(f"kernel-{kernel['id']}*.json"))
            if files:
                break
            time.sleep(0.5)
        assert files, "no connection file for the started kernel"
        connection = json.loads(files[0].read_text())
        assert connection["transport"] == "ipc"
    finally:
        lab.terminate()
        try:
            lab.wait(timeout=20)
        except subprocess.TimeoutExpired:
            lab.kill()
        shutil.rmtree(runtime, ignore_errors=True)
