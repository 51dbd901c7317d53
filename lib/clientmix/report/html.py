"""The report as one self-contained HTML file: the executed notebooks merged (no code, no
cells for the consultant), exported in-process by nbconvert with the lab template stripped of
every script and external resource (templates/), a front page and a table of contents."""

from __future__ import annotations

import copy
import datetime as dt
import html
import re
from pathlib import Path
from typing import Any

from clientmix.core import labels
from clientmix.report.sections import NOTEBOOKS

REMOVED_TAGS = ("consultant", "parameters", "injected-parameters", "remove")
TEMPLATES = Path(__file__).with_name("templates")


def _front_matter(
    info: dict[str, Any], lang: str, report_date: dt.date, findings: list[str] | None = None
) -> tuple[str, str]:
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
                continue  # prose shown to the reader comes from the stages' texts (fr/en)
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
    merged.metadata["title"] = f"{company} · " + labels.label("report_title", lang)
    css = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    resources = {"clientmix_front": front, "clientmix_back": back, "clientmix_css": css}
    body, _ = exporter.from_notebook_node(merged, resources=resources)
    return _strip_css_comments(body)


_STYLE = re.compile(r"(<style[^>]*>)(.*?)(</style>)", re.S)


_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)


def _strip_css_comments(page: str) -> str:
    """Remove comments from the inline style sheets (a third of their size, and the only
    place where URLs of the CSS authors appear)."""
    return _STYLE.sub(lambda m: m.group(1) + _CSS_COMMENT.sub("", m.group(2)) + m.group(3), page)
