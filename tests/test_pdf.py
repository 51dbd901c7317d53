"""diagnostic.pdf (issue 15): A4, "page N / M", a table of contents with page numbers, each
section on a new page, the outline from the headings, every table column on the page, fonts
embedded, written completely or not at all, no network.

The reports of every sample are built once with ``pdf=True`` (real notebooks, real
WeasyPrint) and shared with test_owner_pages.py and test_browser.py through
:func:`sample_reports` (one build for all pytest-xdist workers, under a file lock). The PDF is
read with pypdfium2 (a dev dependency: pages, text with positions, bookmarks, rendering).
"""

from __future__ import annotations

import ctypes
import datetime as dt
import fcntl
import html as htmllib
import re
import subprocess
import sys
from pathlib import Path

import pytest

from clientmix.core import labels
from clientmix.errors import ClientmixError
from clientmix.ingest.config import load_config
from clientmix.report.pdf import write_pdf
from clientmix.report.run import run_report
from clientmix.report.sections import NOTEBOOKS
from clientmix.samples import write_samples

pdfium = pytest.importorskip("pypdfium2")

A4 = (595.28, 841.89)  # points (210 x 297 mm)
REPORT_DATE = dt.date(2026, 11, 23)


def sample_reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The report folders of every sample (diagnostic.html and diagnostic.pdf), built once
    per test session for all workers: name -> folder."""
    shared = tmp_path_factory.getbasetemp().parent / "clientmix-sample-reports"
    shared.mkdir(parents=True, exist_ok=True)
    with open(shared / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        done = shared / ".done"
        if not done.exists():
            folders = write_samples(shared / "data")
            for folder in folders:
                run_report(
                    folder, shared / "reports" / folder.name, pdf=True, report_date=REPORT_DATE
                )
            done.write_text("\n".join(f.name for f in folders), encoding="utf-8")
        names = done.read_text(encoding="utf-8").split()
    return {name: shared / "reports" / name for name in names}


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return sample_reports(tmp_path_factory)


def language(folder: Path) -> str:
    return load_config(folder.parents[1] / "data" / folder.name).language


def pages_text(pdf) -> list[str]:
    return [page.get_textpage().get_text_range() for page in pdf]


def outline(pdf) -> list[tuple[int, str, int]]:
    """(level, title, page index) of every bookmark."""
    return [(item.level, item.get_title(), item.get_dest().get_index()) for item in pdf.get_toc()]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text.replace("\u00ad", ""))


def test_every_sample_has_an_a4_pdf_with_page_numbers(reports):
    assert len(reports) >= 4
    for name, folder in reports.items():
        pdf = pdfium.PdfDocument(folder / "diagnostic.pdf")
        count = len(pdf)
        assert 8 <= count <= 40, (name, count)
        for index, page in enumerate(pdf):
            width, height = page.get_size()
            assert abs(width - A4[0]) < 1 and abs(height - A4[1]) < 1, (name, index)
        for index, text in enumerate(pages_text(pdf), start=1):
            assert f"page {index} / {count}" in text, (name, index)


def test_outline_has_each_section_then_the_appendix_each_on_a_new_page(reports):
    for name, folder in reports.items():
        lang = language(folder)
        pdf = pdfium.PdfDocument(folder / "diagnostic.pdf")
        top = [(title, page) for level, title, page in outline(pdf) if level == 0]
        titles = [f"{i}. {labels.label(f'section_{n}', lang)}" for i, n in enumerate(NOTEBOOKS, 1)]
        titles.append(labels.label("appendix_title", lang))
        assert [t for t, _ in top][1:] == titles, name  # first: the front page (company)
        starts = [page for _, page in top[1:]]
        assert starts == sorted(starts) and len(set(starts)) == len(starts), (name, starts)
        assert starts[0] >= 1  # the front page and contents come first
        # a section starts at the top of its page: its title is the highest line of text
        for title, page in top[1:]:
            textpage = pdf[page].get_textpage()
            rects = [textpage.get_rect(i) for i in range(textpage.count_rects())]
            left, bottom, right, high = max(rects, key=lambda r: r[3])
            first = textpage.get_text_bounded(left, bottom, right, high)
            assert squash(title).startswith(squash(first)), (name, title, first)
        subsections = [item for item in outline(pdf) if item[0] == 1]
        assert subsections, name  # the headings inside the sections are bookmarked too


def test_table_of_contents_gives_each_section_its_page_number(reports):
    for name, folder in reports.items():
        lang = language(folder)
        pdf = pdfium.PdfDocument(folder / "diagnostic.pdf")
        top = [(title, page) for level, title, page in outline(pdf) if level == 0][1:]
        contents = "\n".join(pages_text(pdf)[:2])
        for title, page in top:
            entry = re.sub(r"^\d+\.\s*", "", title)
            found = re.search(re.escape(entry) + r"[ .\u2026]*(\d+)\s*$", contents, re.M)
            assert found, (name, entry, contents[:1500])
            assert int(found.group(1)) == page + 1, (name, entry, found.group(1), page + 1)
        assert labels.label("toc", lang) in contents


def _table_headers(page_html: str) -> list[list[str]]:
    """The column headers of each table of the report (text, unescaped)."""
    tables = re.findall(r"<table[^>]*>.*?</thead>", page_html, re.S)
    return [
        [
            htmllib.unescape(re.sub(r"<[^>]+>", "", h)).strip()
            for h in re.findall(r"<th[^>]*>(.*?)</th>", t, re.S)
        ]
        for t in tables
    ]


def test_no_table_is_clipped(reports):
    """Every character sits inside the page's printable width, and the last column header of
    every table of the HTML is in the PDF (a clipped table would lose it)."""
    for name, folder in reports.items():
        pdf = pdfium.PdfDocument(folder / "diagnostic.pdf")
        for index, page in enumerate(pdf):
            width, _ = page.get_size()
            textpage = page.get_textpage()
            for i in range(textpage.count_rects()):
                left, _, right, _ = textpage.get_rect(i)
                assert left >= 20 and right <= width - 20, (name, index, left, right)
        text = squash("".join(pages_text(pdf)))
        headers = _table_headers((folder / "diagnostic.html").read_text(encoding="utf-8"))
        assert len(headers) >= 10, name
        for columns in headers:
            assert squash(columns[-1]) in text, (name, columns)


def test_fonts_are_embedded(reports):
    """Every font used by the text of every page is embedded in the file."""
    for name, folder in reports.items():
        pdf = pdfium.PdfDocument(folder / "diagnostic.pdf")
        fonts = set()
        for page in pdf:
            for obj in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_TEXT]):
                font = pdfium.raw.FPDFTextObj_GetFont(obj.raw)
                fonts.add(
                    (ctypes.addressof(font.contents), pdfium.raw.FPDFFont_GetIsEmbedded(font))
                )
        assert fonts and all(embedded == 1 for _, embedded in fonts), (name, fonts)


def test_write_pdf_is_offline_and_keeps_embedded_images(tmp_path: Path):
    """A remote image is refused at once (no network), an embedded one is printed."""
    png = (
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5"
        "ErkJggg=="
    )
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><h2>Titre</h2>"
        '<img src="http://192.0.2.1/remote.png">'
        f'<img style="width:50px" src="data:image/png;base64,{png}"></body></html>',
        encoding="utf-8",
    )
    started = dt.datetime.now()
    out = write_pdf(page, lang="fr")
    assert (dt.datetime.now() - started).total_seconds() < 20
    assert out == tmp_path / "page.pdf" and out.read_bytes().startswith(b"%PDF")
    page_one = pdfium.PdfDocument(out)[0]
    images = list(page_one.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE]))
    assert len(images) == 1  # the embedded one; the remote one was refused
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html", "page.pdf"]


def test_write_pdf_leaves_nothing_when_it_cannot_finish(tmp_path: Path):
    """The target is a folder: the rename fails, no partial or temporary file is left."""
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    target = tmp_path / "diagnostic.pdf"
    target.mkdir()
    with pytest.raises(OSError):
        write_pdf(page, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["diagnostic.pdf", "page.html"]
    assert target.is_dir() and not any(target.iterdir())


def test_missing_weasyprint_says_what_to_install(tmp_path: Path):
    """Without the weasyprint package the error is a plain sentence in the report's language."""
    code = (
        "import sys; sys.modules['weasyprint'] = None\n"
        "from clientmix.report.pdf import write_pdf\n"
        "from clientmix.errors import ClientmixError\n"
        "try:\n"
        f"    write_pdf({str(tmp_path / 'x.html')!r}, lang='en')\n"
        "except ClientmixError as exc:\n"
        "    print(exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "weasyprint" in out.stdout and "make setup" in out.stdout, out.stderr[-2000:]
    assert "Traceback" not in out.stdout


def test_pdf_setting_in_engagement_yaml(make_engagement):
    base = "name: e\ninvoices: {path: v.csv}\n"
    files = {"v.csv": "client,date,montant\nA,2024-01-01,10\n"}
    assert load_config(make_engagement(base, files)).pdf is False
    assert load_config(make_engagement(base + "pdf: true\n", files, folder="f2")).pdf is True
    with pytest.raises(ClientmixError, match="pdf.*true"):
        load_config(make_engagement(base + "pdf: oui\n", files, folder="f3"))
