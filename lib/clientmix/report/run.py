"""One engagement -> one report folder: ``diagnostic.html``, ``metrics.json``, ``clients.xlsx``.

The five notebooks of ``notebooks/`` are executed with papermill's Python API, in this process,
on ONE kernel started once and reused for the five (its namespace is reset between notebooks,
so each notebook still runs as if alone). The kernel runs on this interpreter
(``sys.executable -m ipykernel_launcher``), not on a registered kernelspec, and talks over IPC
sockets where the platform has them. The executed notebooks are kept under
``<out>/notebooks/``; they are then merged and exported in-process by nbconvert into one
self-contained HTML file (no code, images embedded, no script, no external resource).

Every output is written atomically (temporary file in the same folder, then ``os.replace``)
and ``diagnostic.html`` last: a failed or interrupted run leaves no ``diagnostic.html`` (an
older one is removed at the start), and the failed executed notebook is kept for debugging.
"""

from __future__ import annotations

import copy
import datetime as dt
import html
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from clientmix.errors import ClientmixError, msg
from clientmix.ingest.config import load_config

# nbformat -> jsonschema imports the optional ``rfc3987_syntax``, which builds a grammar at
# import time (over 2 s); notebook validation never checks IRIs, so keep it out of this process.
if "rfc3987_syntax" not in sys.modules:
    sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]

NOTEBOOKS = ("01_load", "02_profile", "03_segment", "04_classify", "05_recommend")
REMOVED_TAGS = ("consultant", "parameters", "injected-parameters", "remove")
KERNEL_NAME = "clientmix"
OUTPUTS = ("diagnostic.html", "metrics.json", "clients.xlsx")
TEMPLATES = Path(__file__).with_name("templates")

CSS = """
:root { --cm-ink: #1f2a44; --cm-accent: #c8553d; --cm-muted: #5f6b7a; --cm-line: #e3e7ed; }
body.cm-report { font-family: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  "Noto Sans", "Liberation Sans", sans-serif; color: var(--cm-ink); background: #fff; }
body.cm-report main { max-width: 960px; margin: 0 auto; padding: 24px 32px 64px; }
.cm-report .jp-RenderedHTMLCommon, .cm-report .jp-RenderedMarkdown { font-family: inherit;
  font-size: 15px; line-height: 1.55; color: var(--cm-ink); }
.cm-front { border-bottom: 3px solid var(--cm-ink); padding: 48px 0 28px; margin-bottom: 28px; }
.cm-front .cm-kicker { text-transform: uppercase; letter-spacing: .12em; font-size: 12px;
  color: var(--cm-accent); font-weight: 700; margin: 0 0 8px; }
.cm-front h1 { font-size: 34px; line-height: 1.2; margin: 0 0 6px; color: var(--cm-ink); }
.cm-front .cm-company { font-size: 22px; margin: 0 0 24px; color: var(--cm-muted); }
.cm-front dl { display: grid; grid-template-columns: max-content 1fr; gap: 6px 18px;
  margin: 0; font-size: 15px; }
.cm-front dt { color: var(--cm-muted); }
.cm-front dd { margin: 0; font-weight: 600; }
.cm-front .cm-note { font-size: 12px; color: var(--cm-muted); margin-top: 22px; }
section.cm-brief { border: 1px solid var(--cm-line); border-left: 4px solid var(--cm-accent);
  padding: 12px 22px; margin: 0 0 28px; }
section.cm-brief h2 { font-size: 16px; margin: 0 0 8px; }
section.cm-brief ul { margin: 0; padding-left: 20px; line-height: 1.6; font-size: 15px; }
nav.cm-toc { background: #f6f8fa; border-left: 4px solid var(--cm-ink); padding: 14px 22px;
  margin: 0 0 36px; }
nav.cm-toc h2 { font-size: 16px; margin: 0 0 8px; }
nav.cm-toc ol { margin: 0; padding-left: 20px; line-height: 1.8; }
nav.cm-toc a, nav.cm-toc a:visited { color: var(--cm-ink); text-decoration: none; }
nav.cm-toc a:hover { text-decoration: underline; }
h2.cm-section { font-size: 24px; border-bottom: 1px solid var(--cm-line); padding-bottom: 6px;
  margin: 48px 0 12px; color: var(--cm-ink); }
table.cm-table { border-collapse: collapse; margin: 8px 0 18px; font-size: 13px; }
table.cm-table th { text-align: left; border-bottom: 2px solid var(--cm-ink); padding: 6px 10px;
  background: #f6f8fa; }
table.cm-table td { border-bottom: 1px solid var(--cm-line); padding: 5px 10px;
  white-space: nowrap; }
table.cm-table td:first-child { white-space: normal; }
p.cm-caption { font-weight: 600; margin: 14px 0 4px; }
.cm-report .jp-OutputArea-output img { max-width: 100%; height: auto; }
.cm-back { margin-top: 56px; font-size: 12px; color: var(--cm-muted);
  border-top: 1px solid var(--cm-line); padding-top: 10px; }
@media print { nav.cm-toc { break-after: page; } h2.cm-section { break-before: page; } }
"""


class ReportError(ClientmixError):
    """A notebook of the report failed; ``notebook`` is the kept executed notebook."""

    def __init__(self, message: str, *, notebook: Path | None = None) -> None:
        super().__init__(message, path=notebook)
        self.notebook = notebook


def notebooks_dir() -> Path:
    """The folder of the five notebooks: ``$CLIENTMIX_NOTEBOOKS`` or the project's
    ``notebooks/`` (next to ``lib/``)."""
    env = os.environ.get("CLIENTMIX_NOTEBOOKS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3] / "notebooks"


# --------------------------------------------------------------------------- kernel


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


# --------------------------------------------------------------------------- execution


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _failure_message(exc: Exception, notebook: str, kept: Path, lang: str, debug: bool) -> str:
    ename = getattr(exc, "ename", type(exc).__name__)
    evalue = _ANSI.sub("", str(getattr(exc, "evalue", exc))).strip()
    where = msg(
        lang,
        f"(notebook {notebook} ; notebook exécuté conservé : {kept})",
        f"(notebook {notebook}; executed notebook kept: {kept})",
    )
    if ename in ("ClientmixError", "ConcentrationInputError", "ReportError"):
        text = f"{evalue} {where}"
    else:
        text = msg(
            lang,
            f"Le notebook {notebook} a échoué : {ename}: {evalue} {where}",
            f"Notebook {notebook} failed: {ename}: {evalue} {where}",
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

    with _kernel(source_dir, shared_kernel) as shared:
        for index, name in enumerate(NOTEBOOKS):
            source = source_dir / f"{name}.ipynb"
            target = executed_dir / f"{name}.ipynb"
            if shared is not None and index:
                shared.reset()
            with _kernel(source_dir, shared is None) as own:
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


@contextmanager
def _kernel(cwd: Path, start: bool) -> Iterator[SharedKernel | None]:
    """A started kernel on this interpreter when ``start``, else None."""
    if not start:
        yield None
        return
    with SharedKernel(cwd) as kernel:
        yield kernel


# --------------------------------------------------------------------------- HTML


def _front_matter(
    info: dict[str, Any], lang: str, report_date: dt.date, findings: list[str] | None = None
) -> tuple[str, str]:
    from clientmix.core import labels

    eng = info["engagement"]
    e = html.escape
    period = labels.label(
        "period_range",
        lang,
        start=labels.fmt_date(eng["period_start"]),
        end=labels.fmt_date(eng["period_end"]),
    )
    rows = [
        (labels.label("company", lang), eng["company"]),
        (labels.label("period", lang), period),
        (labels.label("report_date", lang), labels.fmt_date(report_date)),
        (labels.label("engagement", lang), eng["name"]),
    ]
    items = "\n".join(f"<dt>{e(k)}</dt><dd>{e(str(v))}</dd>" for k, v in rows)
    toc = "\n".join(
        f'<li><a href="#section-{i}">{e(labels.label(f"section_{name}", lang))}</a></li>'
        for i, name in enumerate(NOTEBOOKS, start=1)
    )
    front = (
        '<header class="cm-front">\n'
        f'<p class="cm-kicker">{e(labels.label("report_title", lang))}</p>\n'
        f"<h1>{e(eng['company'])}</h1>\n"
        f'<p class="cm-company">{e(period)}</p>\n'
        f"<dl>\n{items}\n</dl>\n"
        f'<p class="cm-note">{e(labels.label("confidential", lang))}</p>\n'
        "</header>\n"
    )
    if findings:
        points = "\n".join(f"<li>{e(text)}</li>" for text in findings)
        front += (
            f'<section class="cm-brief"><h2>{e(labels.label("in_brief", lang))}</h2>\n'
            f"<ul>\n{points}\n</ul></section>\n"
        )
    front += (
        f'<nav class="cm-toc"><h2>{e(labels.label("toc", lang))}</h2>\n<ol>\n{toc}\n</ol></nav>\n'
    )
    back = f'<footer class="cm-back">{e(eng["company"])} · {e(period)} · {e(eng["name"])}</footer>'
    return front, back


def merge_notebooks(executed: list[Any], lang: str) -> Any:
    """One notebook of the five executed ones: a section heading before each, cells for the
    consultant and stderr streams removed, cell ids made unique."""
    import nbformat

    from clientmix.core import labels

    merged = nbformat.v4.new_notebook()
    merged.metadata = copy.deepcopy(executed[0].metadata)
    merged.metadata.pop("papermill", None)
    for i, (name, nb) in enumerate(zip(NOTEBOOKS, executed, strict=True), start=1):
        title = html.escape(labels.label(f"section_{name}", lang))
        heading = nbformat.v4.new_markdown_cell(
            f'<h2 class="cm-section" id="section-{i}">{i}. {title}</h2>'
        )
        heading["id"] = f"s{i}"
        merged.cells.append(heading)
        for j, cell in enumerate(nb.cells):
            tags = set(cell.get("metadata", {}).get("tags", []))
            if tags & set(REMOVED_TAGS):
                continue
            cell = copy.deepcopy(cell)
            cell["id"] = f"c{i}-{j}"
            if cell.cell_type == "code":
                cell.outputs = [
                    o
                    for o in cell.outputs
                    if not (o.get("output_type") == "stream" and o.get("name") == "stderr")
                ]
                if not cell.outputs:
                    continue
            elif cell.cell_type == "markdown":
                continue  # prose shown to the reader comes from clientmix.texts (fr/en)
            merged.cells.append(cell)
    return merged


def export_html(
    merged: Any,
    info: dict[str, Any],
    lang: str,
    report_date: dt.date,
    findings: list[str] | None = None,
) -> str:
    """Self-contained HTML of the merged notebook (nbconvert in-process, custom template);
    ``findings`` (plain text, escaped here) fill the "En bref" box of the front page."""
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    config = Config()
    config.HTMLExporter.exclude_input = True
    config.HTMLExporter.exclude_input_prompt = True
    config.HTMLExporter.exclude_output_prompt = True
    config.HTMLExporter.embed_images = True
    config.HTMLExporter.anchor_link_text = ""
    config.HTMLExporter.language_code = "en" if lang == "en" else "fr"
    config.HTMLExporter.extra_template_basedirs = [str(TEMPLATES.parent)]
    config.HTMLExporter.template_name = TEMPLATES.name
    exporter = HTMLExporter(config=config)
    front, back = _front_matter(info, lang, report_date, findings)
    company = info["engagement"]["company"]
    merged.metadata["title"] = f"{company} · " + _label("report_title", lang)
    resources = {"clientmix_front": front, "clientmix_back": back, "clientmix_css": CSS}
    body, _ = exporter.from_notebook_node(merged, resources=resources)
    return _strip_css_comments(body)


_STYLE = re.compile(r"(<style[^>]*>)(.*?)(</style>)", re.S)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)


def _strip_css_comments(page: str) -> str:
    """Remove comments from the inline style sheets (a third of their size, and the only
    place where URLs of the CSS authors appear)."""
    return _STYLE.sub(lambda m: m.group(1) + _CSS_COMMENT.sub("", m.group(2)) + m.group(3), page)


def _label(key: str, lang: str) -> str:
    from clientmix.core.labels import label

    return label(key, lang)


# --------------------------------------------------------------------------- driver


def _write_xlsx_atomic(path: Path, profile: Any) -> None:
    tmp = path.with_name(f".{path.name}.tmp.xlsx")
    try:
        frame = profile.copy()
        for column in frame.select_dtypes(include=["datetimetz"]).columns:
            frame[column] = frame[column].dt.tz_localize(None)
        frame.to_excel(tmp, index=False, sheet_name="clients", engine="openpyxl")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def run_report(
    engagement_dir: str | Path,
    out_dir: str | Path | None = None,
    *,
    debug: bool = False,
    reports_root: str | Path | None = None,
    report_date: dt.date | None = None,
    shared_kernel: bool = True,
    source_dir: str | Path | None = None,
) -> Path:
    """Run the five notebooks on one engagement and write its report folder.

    Parameters
    ----------
    engagement_dir : folder holding engagement.yaml (or the yaml file itself).
    out_dir : report folder; default ``<reports_root>/<name>`` with ``reports_root``
        defaulting to ``reports`` (relative to the current directory).
    debug : add the kernel's traceback to error messages.
    report_date : date printed on the title page (default today).
    shared_kernel : reuse one kernel for the five notebooks (default); False starts one per
        notebook (papermill's default, for comparison).
    source_dir : folder of the notebooks (default :func:`notebooks_dir`).

    Returns
    -------
    Path of ``diagnostic.html``. The folder also holds ``metrics.json``, ``clients.xlsx``,
    ``notebooks/`` (executed) and ``interim/``.

    Raises
    ------
    ClientmixError
        Bad engagement.yaml, unusable data, or a failing notebook (ReportError, which keeps the
        executed notebook); no ``diagnostic.html`` is left in that case.
    """
    engagement_dir = Path(engagement_dir)
    engagement = load_config(engagement_dir)
    if engagement_dir.is_file():
        engagement_dir = engagement_dir.parent
    lang = engagement.language
    out = Path(out_dir) if out_dir else Path(reports_root or "reports") / engagement.name
    out.mkdir(parents=True, exist_ok=True)
    for name in OUTPUTS:
        (out / name).unlink(missing_ok=True)

    executed = execute_notebooks(
        engagement_dir,
        out,
        lang,
        debug=debug,
        source_dir=Path(source_dir) if source_dir else None,
        shared_kernel=shared_kernel,
    )

    from clientmix.core import interim
    from clientmix.dependency import figures as dependency_figures
    from clientmix.dependency import section as texts
    from clientmix.report.assemble import build_metrics

    info = interim.read_load(out)
    profile = interim.read(out, "profile")
    dependency = dependency_figures.read_dependency(out, info, profile)  # written by 05_recommend
    figures = build_metrics(info, profile, dependency=dependency)
    interim.write_json_atomic(out / "metrics.json", figures)
    _write_xlsx_atomic(out / "clients.xlsx", profile)
    merged = merge_notebooks(executed, lang)
    findings = texts.key_findings(figures, profile, lang)
    page = export_html(merged, info, lang, report_date or dt.date.today(), findings)
    return interim.write_text_atomic(out / "diagnostic.html", page)


def timed_report(engagement_dir: str | Path, **kwargs: Any) -> tuple[Path, float]:
    """``run_report`` and its wall time in seconds (for the benchmark)."""
    start = time.perf_counter()
    path = run_report(engagement_dir, **kwargs)
    return path, time.perf_counter() - start
