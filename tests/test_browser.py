"""Headless Chromium opens a generated report from disk with networking off.

No console error, no network request attempted (the proxy refuses everything, so any request
would log a net:: error), and a screenshot saved under reports/ for a human look. Skipped only
when Chromium is missing and the CI environment variable is not set.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from test_report import write_tiny

from clientmix.report.run import run_report

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"),
    reason="chromium not installed (apt-get install chromium); required when CI is set",
)


def chromium(page: Path, profile: Path, *extra: str) -> subprocess.CompletedProcess:
    """Run headless Chromium on ``page`` offline; stdout/stderr captured as text."""
    assert CHROMIUM, "chromium is required in CI (Debian package chromium)"
    args = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--no-first-run",
        "--no-default-browser-check",
        f"--user-data-dir={profile}",
        "--proxy-server=127.0.0.1:9",
        "--proxy-bypass-list=<-loopback>",
        "--enable-logging=stderr",
        "--v=0",
        "--hide-scrollbars",
        *extra,
        page.resolve().as_uri(),
    ]
    return subprocess.run(args, capture_output=True, text=True, timeout=120)


def console_errors(log: str) -> list[str]:
    """Console messages and network failures in Chromium's stderr log."""
    lines = log.splitlines()
    console = [ln for ln in lines if "CONSOLE" in ln]
    network = [ln for ln in lines if re.search(r"net::ERR_|Failed to load resource", ln)]
    return console + network


def test_console_check_detects_errors(tmp_path: Path):
    """The harness itself: a page with a script error and a remote image is caught."""
    page = tmp_path / "bad.html"
    page.write_text(
        '<html><body><img src="https://example.com/x.png">'
        "<script>console.error('boom'); undefinedFunction();</script></body></html>",
        encoding="utf-8",
    )
    result = chromium(page, tmp_path / "profile", "--dump-dom")
    assert console_errors(result.stderr), result.stderr[-2000:]


def test_report_opens_offline_without_errors(tmp_path: Path):
    engagement = write_tiny(tmp_path / "data" / "browser-check", name="browser-check")
    html_path = run_report(engagement, tmp_path / "reports" / "browser-check")

    dom = chromium(html_path, tmp_path / "profile1", "--dump-dom")
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert console_errors(dom.stderr) == []
    assert "Petit Négoce &amp; Cie" in dom.stdout and 'id="section-5"' in dom.stdout

    shots = ROOT / "reports" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    shot = shots / "browser-check.png"
    shot.unlink(missing_ok=True)
    result = chromium(
        html_path, tmp_path / "profile2", "--window-size=1100,2400", f"--screenshot={shot}"
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert console_errors(result.stderr) == []
    assert shot.is_file() and shot.stat().st_size > 20_000
