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
#: cells tagged so in the notebooks go to the appendix "Méthode et données" (data checks, guesses
#: made reading the files, methods and thresholds): the body speaks the owner's language
APPENDIX_TAG = "appendix"
APPENDIX_ID = "appendix"
#: technical terms of the report, explained in one phrase where they first appear in the body
#: and in the appendix's glossary (wording keys term_<key>, term_<key>_note,
#: term_<key>_definition)
GLOSSARY = ("hhi", "gini", "abc", "rfm", "kmeans", "silhouette", "bgnbd", "percentile", "mc")
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
    from clientmix.report.assemble import summary_html  # the executive summary (or "In brief")

    front += summary_html(findings, lang)
    front += (
        f'<nav class="cm-toc"><h2>{e(labels.label("toc", lang))}</h2>\n<ol>\n{toc}\n</ol></nav>\n'
    )
    back = f'<footer class="cm-back">{e(eng["company"])} · {e(period)} · {e(eng["name"])}</footer>'
    return front, back


def _kept_cell(cell: Any, cell_id: str) -> Any | None:
    """A copy of a code cell for the report (stderr streams removed), or None when the cell
    is for the consultant, is prose of the notebook, or shows nothing."""
    tags = set(cell.get("metadata", {}).get("tags", []))
    if tags & set(REMOVED_TAGS) or cell.cell_type != "code":
        return None  # prose shown to the reader comes from the stages' texts (fr/en)
    cell = copy.deepcopy(cell)
    cell["id"] = cell_id
    cell.outputs = [
        o
        for o in cell.outputs
        if not (o.get("output_type") == "stream" and o.get("name") == "stderr")
    ]
    return cell if cell.outputs else None


def _heading_cell(markup: str, cell_id: str) -> Any:
    import nbformat

    cell = nbformat.v4.new_markdown_cell(markup)
    cell["id"] = cell_id
    return cell


def merge_notebooks(executed: list[Any], lang: str) -> Any:
    """One notebook of the five executed ones: a section heading before each, cells for the
    consultant and stderr streams removed, cell ids made unique; the cells tagged
    ``appendix`` (data checks, methods, thresholds) moved, in section order, to the appendix
    "Méthode et données" at the end, followed by the glossary."""
    import nbformat

    merged = nbformat.v4.new_notebook()
    merged.metadata = copy.deepcopy(executed[0].metadata)
    merged.metadata.pop("papermill", None)
    appendix: list[Any] = []
    for i, (name, nb) in enumerate(zip(NOTEBOOKS, executed, strict=True), start=1):
        title = html.escape(labels.label(f"section_{name}", lang))
        merged.cells.append(
            _heading_cell(
                f'<h2 class="cm-section" id="section-{i}">{i}. {title}</h2>', f"cm-section-{i}"
            )
        )
        moved = []
        for j, cell in enumerate(nb.cells):
            kept = _kept_cell(cell, f"c{i}-{j}")
            if kept is None:
                continue
            if APPENDIX_TAG in cell.get("metadata", {}).get("tags", []):
                moved.append(kept)
            else:
                merged.cells.append(kept)
        if moved:
            part = f'<h3 class="cm-appendix-part" id="appendix-{i}">{i}. {title}</h3>'
            appendix += [_heading_cell(part, f"cm-appendix-{i}"), *moved]
    merged.cells.append(_heading_cell(_appendix_heading(lang), "cm-appendix"))
    merged.cells += appendix
    merged.cells.append(_heading_cell(_glossary(lang), "cm-glossary"))
    return merged


def _appendix_heading(lang: str) -> str:
    e = html.escape
    return (
        f'<h2 class="cm-appendix-title" id="{APPENDIX_ID}">'
        f"{e(labels.label('appendix_title', lang))}</h2>\n"
        f'<p class="cm-appendix-note">{e(labels.label("appendix_note", lang))}</p>'
    )


def _glossary(lang: str) -> str:
    """The glossary of the appendix: one entry per term of :data:`GLOSSARY`."""
    e = html.escape
    items = "\n".join(
        f'<dt id="term-{key}">{e(labels.label(f"term_{key}", lang))}</dt>'
        f"<dd>{e(labels.label(f'term_{key}_definition', lang))}</dd>"
        for key in GLOSSARY
    )
    return (
        f'<h3 class="cm-appendix-part" id="glossary">{e(labels.label("glossary", lang))}</h3>\n'
        f'<dl class="cm-glossary">\n{items}\n</dl>'
    )


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
    front = _toc_with_appendix(front, lang)
    css = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    resources = {"clientmix_front": front, "clientmix_back": back, "clientmix_css": css}
    body, _ = exporter.from_notebook_node(merged, resources=resources)
    return _mark_wide_tables(explain_terms(_strip_css_comments(body), lang))


def _toc_with_appendix(front: str, lang: str) -> str:
    """The table of contents of the front page with the appendix as its last entry."""
    found = re.search(r'<nav class="cm-toc".*?(</ol>)', front, re.S)
    if not found:
        return front
    title = html.escape(labels.label("appendix_title", lang))
    entry = f'<li class="cm-toc-appendix"><a href="#{APPENDIX_ID}">{title}</a></li>\n'
    return front[: found.start(1)] + entry + front[found.start(1) :]


#: how each term of :data:`GLOSSARY` is written in the report (both languages)
TERM_PATTERNS = {
    "hhi": r"HHI",
    "gini": r"Gini",
    "abc": r"ABC",
    "rfm": r"RFM",
    "kmeans": r"k-means",
    "silhouette": r"silhouette",
    "bgnbd": r"BG/NBD",
    "percentile": r"P[19]0",
    "mc": r"Monte[ -]Carlo",
}
_TERMS = re.compile(
    "|".join(f"(?P<{k}>(?<![\\w/-]){v}(?![\\w/-]))" for k, v in TERM_PATTERNS.items())
)
_TAG = re.compile(r"(<[^>]*>)")
_TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z0-9]+)")
#: no explanation inserted inside these elements (headings, table headers, links, scripts)
_NO_NOTE = {"style", "script", "title", "h1", "h2", "h3", "h4", "h5", "h6", "th", "a", "dfn"}


def explain_terms(page: str, lang: str) -> str:
    """Each technical term of :data:`GLOSSARY` explained in one phrase where it first appears
    in the report's text before the appendix (outside headings and table headers), linked to
    its glossary entry."""
    cut = page.find(f'id="{APPENDIX_ID}"')
    body, rest = (page, "") if cut < 0 else (page[:cut], page[cut:])
    start = body.find("<body")
    pieces = _TAG.split(body[start:])
    pending, depth = set(TERM_PATTERNS), 0

    def note(found: re.Match) -> str:
        key = found.lastgroup
        if key not in pending:
            return found.group()
        pending.discard(key)
        term = (
            f'<dfn class="cm-term" data-term="{key}"><a class="cm-term-link" '
            f'href="#term-{key}">{found.group()}</a></dfn>'
        )
        if found.string[found.end() : found.end() + 2].lstrip().startswith("("):
            return term  # the text explains it in the brackets that follow
        text = html.escape(labels.label(f"term_{key}_note", lang))
        return f'{term}<span class="cm-term-note"> ({text})</span>'

    for index, piece in enumerate(pieces):
        if index % 2:
            tag = _TAG_NAME.match(piece)
            if tag and tag.group(2).lower() in _NO_NOTE and not piece.endswith("/>"):
                depth += -1 if tag.group(1) else 1
        elif depth <= 0 and pending:
            pieces[index] = _TERMS.sub(note, piece)
    return body[:start] + "".join(pieces) + rest


_TABLE = re.compile(r'<table class="dataframe cm-table([^"]*)">(.*?)</table>', re.S)
#: tables with this many columns or more are printed smaller (class cm-wide)
WIDE_COLUMNS = 8


def _mark_wide_tables(page: str) -> str:
    """Add the class ``cm-wide`` to the tables of :data:`WIDE_COLUMNS` columns or more (the
    print style sheet sets them in a smaller type so that every column fits the A4 width)."""

    def mark(found: re.Match) -> str:
        head = found.group(2).split("</thead>")[0]
        if len(re.findall(r"<th[\s>]", head)) < WIDE_COLUMNS:
            return found.group()
        return f'<table class="dataframe cm-table cm-wide{found.group(1)}">{found.group(2)}</table>'

    return _TABLE.sub(mark, page)


_STYLE = re.compile(r"(<style[^>]*>)(.*?)(</style>)", re.S)


_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)


def _strip_css_comments(page: str) -> str:
    """Remove comments from the inline style sheets (a third of their size, and the only
    place where URLs of the CSS authors appear)."""
    return _STYLE.sub(lambda m: m.group(1) + _CSS_COMMENT.sub("", m.group(2)) + m.group(3), page)
