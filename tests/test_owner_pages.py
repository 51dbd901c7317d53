"""The owner's pages (issue 15): the body of the report speaks the owner's language, the data
checks, methods and thresholds sit in the appendix "Méthode et données" / "Method and data",
and every technical term left in the body is explained where it first appears and in the
glossary.

The reports of every sample come from test_pdf.sample_reports (built once per session).
"""

from __future__ import annotations

import html as htmllib
import re
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest
from test_pdf import language, sample_reports

from clientmix.core import labels
from clientmix.report.html import (
    APPENDIX_ID,
    GLOSSARY,
    TERM_PATTERNS,
    explain_terms,
    merge_notebooks,
)
from clientmix.report.sections import NOTEBOOKS

SNAKE = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")
TERMS = {key: re.compile(rf"(?<![\w/-]){p}(?![\w/-])") for key, p in TERM_PATTERNS.items()}


class _Text(HTMLParser):
    """The visible text of a page as (text, inside <dfn class="cm-term">) pieces, split at
    the appendix heading; styles, scripts and the <title> left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.body: list[tuple[str, bool]] = []
        self.appendix: list[tuple[str, bool]] = []
        self.in_appendix = False
        self.hidden = 0
        self.dfn = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id") == APPENDIX_ID:
            self.in_appendix = True
        if tag in ("style", "script", "title"):
            self.hidden += 1
        if tag == "dfn" and "cm-term" in (attrs.get("class") or ""):
            self.dfn += 1

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.hidden -= 1
        if tag == "dfn" and self.dfn:
            self.dfn -= 1

    def handle_data(self, data):
        if not self.hidden and data.strip():
            (self.appendix if self.in_appendix else self.body).append((data, self.dfn > 0))


def parse(page: str) -> _Text:
    parser = _Text()
    parser.feed(page[page.index("<body") :])
    return parser


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return sample_reports(tmp_path_factory)


def test_no_code_words_in_the_owner_pages(reports):
    """No snake_case code (missing_customer_id, no_sales_lines...) before the appendix, and
    the files' technical detail (encodings, separators) only in the appendix."""
    for name, folder in reports.items():
        lang = language(folder)
        text = parse((folder / "diagnostic.html").read_text(encoding="utf-8"))
        body = " ".join(t for t, _ in text.body)
        assert SNAKE.findall(body) == [], (name, SNAKE.findall(body)[:10])
        assert text.appendix, name
        appendix = " ".join(t for t, _ in text.appendix)
        assert labels.label("glossary", lang) in appendix
        for word in ("encodage", "séparateur", "encoding", "separator", "utf-8"):
            assert word not in body.lower(), (name, word)


def test_each_technical_term_is_explained_where_it_first_appears(reports):
    """HHI, Gini, P90, RFM...: the first time a term shows in the body's text it is the
    marked definition (followed by its one-phrase explanation, unless the text explains it in
    brackets itself), and the glossary defines it."""
    seen: set[str] = set()
    for name, folder in reports.items():
        lang = language(folder)
        page = (folder / "diagnostic.html").read_text(encoding="utf-8")
        text = parse(page)
        for key, pattern in TERMS.items():
            hits = [(t, dfn) for t, dfn in text.body if pattern.search(t)]
            if not hits:
                continue
            seen.add(key)
            assert hits[0][1], (name, key, hits[0][0][:120])  # first one: the <dfn>
            assert sum(dfn for _, dfn in hits) == 1, (name, key)
        appendix = " ".join(t for t, _ in text.appendix)
        for key in GLOSSARY:
            assert labels.label(f"term_{key}", lang) in appendix, (name, key)
            assert labels.label(f"term_{key}_definition", lang) in htmllib.unescape(appendix)
    assert {"hhi", "gini", "rfm"} <= seen or {"hhi", "rfm"} <= seen, seen


def test_data_checks_are_in_the_appendix_not_the_body(reports):
    """The control totals table (first row label: rows read) is after the appendix heading."""
    for name, folder in reports.items():
        lang = language(folder)
        page = (folder / "diagnostic.html").read_text(encoding="utf-8")
        cut = page.index(f'id="{APPENDIX_ID}"')
        row = htmllib.escape(labels.label("rows_read", lang), quote=False).strip()
        assert row not in page[:cut] and row in page[cut:], (name, row)
        toc = page[page.index('class="cm-toc"') : cut]
        assert f'href="#{APPENDIX_ID}"' in toc, name


def test_explain_terms_marks_the_first_prose_occurrence_only():
    page = (
        "<html><head><title>HHI</title><style>.HHI{}</style></head><body>"
        "<h2>Le HHI</h2><table><thead><tr><th>HHI</th></tr></thead>"
        "<tbody><tr><td>Le HHI vaut 376</td></tr></tbody></table>"
        "<p>Encore le HHI, et RFM (récence, fréquence, montant).</p>"
        f'<h2 id="{APPENDIX_ID}">Annexe</h2><p>HHI</p></body></html>'
    )
    out = explain_terms(page, "fr")
    assert out.count('<dfn class="cm-term"') == 2
    first = out.index('<dfn class="cm-term" data-term="hhi"')
    assert out.index("<td>") < first < out.index("Encore")  # in the cell, not the heading
    note = labels.label("term_hhi_note", "fr")
    assert out.count(note) == 1
    assert labels.label("term_rfm_note", "fr") not in out  # already explained in brackets
    assert out.endswith(f'<h2 id="{APPENDIX_ID}">Annexe</h2><p>HHI</p></body></html>')
    assert "<title>HHI</title><style>.HHI{}</style>" in out


def test_cells_tagged_appendix_move_to_the_appendix_in_section_order():
    executed = []
    for i in range(len(NOTEBOOKS)):
        nb = nbformat.v4.new_notebook()
        body = nbformat.v4.new_code_cell("x")
        body.outputs = [nbformat.v4.new_output("stream", name="stdout", text=f"body {i}\n")]
        moved = nbformat.v4.new_code_cell("y", metadata={"tags": ["appendix"]})
        moved.outputs = [nbformat.v4.new_output("stream", name="stdout", text=f"method {i}\n")]
        nb.cells = [body, moved]
        executed.append(nb)
    merged = merge_notebooks(executed, "en")
    texts = [c.source if c.cell_type == "markdown" else c.outputs[0]["text"] for c in merged.cells]
    heading = next(k for k, t in enumerate(texts) if f'id="{APPENDIX_ID}"' in t)
    bodies = [k for k, t in enumerate(texts) if t.startswith("body")]
    methods = [k for k, t in enumerate(texts) if t.startswith("method")]
    assert len(bodies) == len(methods) == len(NOTEBOOKS)
    assert max(bodies) < heading < min(methods)
    assert methods == sorted(methods)
    assert labels.label("appendix_title", "en") in texts[heading]
    assert "Glossary" in texts[-1]
