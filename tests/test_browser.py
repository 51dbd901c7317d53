"""Headless Chromium opens a generated report from disk with networking off.

No console error, no network request attempted (the proxy refuses everything, so any request
would log a net:: error), and a screenshot saved under reports/ for a human look. Skipped only
when Chromium is missing and the CI environment variable is not set.
"""

from __future__ import annotations

import html as htmllib
import json
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


# --- issue 15: no table wider than its page, on screen and in print, on every sample --------

A4_CONTENT_PX = 688  # 210 mm - 2 x 14 mm margins, at 96 px per inch
OVERFLOW_CHECK = """<script>
(function () {
  var bad = [];
  document.querySelectorAll("table").forEach(function (table, index) {
    for (var el = table; el && el !== document.body; el = el.parentElement) {
      if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
        var head = table.querySelector("th");
        bad.push(index + ": " + (head ? head.textContent : "") + " (" + el.className + " "
                 + el.scrollWidth + " > " + el.clientWidth + ")");
        break;
      }
    }
  });
  var root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) {
    bad.push("page " + root.scrollWidth + " > " + root.clientWidth);
  }
  document.body.setAttribute("data-overflow", JSON.stringify(bad));
  document.body.setAttribute("data-tables", String(document.querySelectorAll("table").length));
})();
</script>"""


def overflowing_tables(html_path: Path, work: Path, width: int, print_rules: bool) -> list[str]:
    """Tables wider than their container (scrollWidth > clientWidth of the table or of any
    box around it) in Chromium at ``width`` pixels; with ``print_rules`` the print style
    sheet applies (``@media print`` read as ``@media all``: Chromium's command line cannot
    switch to print media)."""
    page = html_path.read_text(encoding="utf-8")
    if print_rules:
        page = page.replace("@media print", "@media all")
    probe = work / f"probe-{width}-{int(print_rules)}.html"
    probe.write_text(page.replace("</body>", OVERFLOW_CHECK + "</body>"), encoding="utf-8")
    dom = chromium(probe, work / f"profile-{width}", f"--window-size={width},1200", "--dump-dom")
    assert dom.returncode == 0, dom.stderr[-2000:]
    found = re.search(r'data-overflow="([^"]*)"', dom.stdout)
    tables = re.search(r'data-tables="(\d+)"', dom.stdout)
    assert found and tables and int(tables.group(1)) >= 5, dom.stdout[-2000:]
    return json.loads(htmllib.unescape(found.group(1)))


@pytest.fixture(scope="module")
def sample_reports_built(tmp_path_factory):
    from test_pdf import sample_reports

    return sample_reports(tmp_path_factory)


def test_no_table_overflows_on_screen_or_in_print(sample_reports_built, tmp_path: Path):
    """Every sample: no table overflows at a desktop width on screen, nor at the A4 text width
    with the print rules; screenshots of the printed HTML and of the PDF's first pages are
    saved under reports/screenshots/ for a human look."""
    pdfium = pytest.importorskip("pypdfium2")
    shots = ROOT / "reports" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    for name, folder in sample_reports_built.items():
        html_path = folder / "diagnostic.html"
        assert overflowing_tables(html_path, tmp_path, 1100, False) == [], name
        assert overflowing_tables(html_path, tmp_path, A4_CONTENT_PX, True) == [], name
        shot = shots / f"{name}-print.png"
        shot.unlink(missing_ok=True)
        probe = tmp_path / f"{name}-print.html"
        probe.write_text(
            html_path.read_text(encoding="utf-8").replace("@media print", "@media all"),
            encoding="utf-8",
        )
        result = chromium(
            probe,
            tmp_path / "profile-shot",
            f"--window-size={A4_CONTENT_PX},3000",
            f"--screenshot={shot}",
        )
        assert result.returncode == 0 and shot.stat().st_size > 20_000, result.stderr[-2000:]
        pdf = pdfium.PdfDocument(folder / "diagnostic.pdf")
        for index in range(min(3, len(pdf))):
            image = pdf[index].render(scale=1).to_pil()
            assert abs(image.size[0] - 595) <= 1 and abs(image.size[1] - 842) <= 1  # A4
            path = shots / f"{name}-pdf-{index + 1}.png"
            image.save(path)
            assert path.stat().st_size > 5_000
