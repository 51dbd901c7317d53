"""``diagnostic.pdf``: the report's HTML printed to A4 by WeasyPrint, offline.

The page layout lives in the print style sheet (``templates/report.css``, ``@media print`` and
``@page``): A4 with margins, "page N / M" at the foot, each section on a new page, the table of
contents with page numbers (``target-counter``), tables that wrap instead of being clipped and
repeat their header row across pages, charts kept whole, the PDF outline from the section
headings. Fonts are the system's, embedded (subset) in the file.

Why WeasyPrint (measured on the sample reports): about 2 s for a 12-page report, and it is the
engine that fills page numbers into the table of contents; Chromium's ``--print-to-pdf`` takes
as long but leaves them out, and nbconvert's webpdf downloads a browser (no network here).

WeasyPrint needs the Pango library of the system (Debian: ``libpango-1.0-0
libpangoft2-1.0-0 libharfbuzz-subset0``, installed by ``make setup-system`` and ``.ci/run``);
when it is missing, :func:`write_pdf` raises a ClientmixError naming the packages.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from clientmix.core.interim import atomic_path
from clientmix.errors import ClientmixError, message

#: Debian packages WeasyPrint loads at run time (also in the Makefile and .ci/run)
SYSTEM_PACKAGES = "libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core"


def _weasyprint(lang: str) -> Any:
    """The weasyprint module, or a ClientmixError saying what to install."""
    try:
        import weasyprint
        import weasyprint.urls
    except ImportError as exc:
        raise ClientmixError(
            message("report_pdf_no_weasyprint", lang, reason=exc), path=None
        ) from None
    except OSError as exc:  # the Python package is there, the Pango library is not
        raise ClientmixError(
            message("report_pdf_no_pango", lang, packages=SYSTEM_PACKAGES, reason=exc),
            path=None,
        ) from None
    return weasyprint


def _offline_fetcher(weasyprint: Any) -> Any:
    """A fetcher that reads only ``data:`` URLs (the report embeds its images): anything else
    is refused, so the PDF never waits on or leaks to the network."""
    return weasyprint.urls.URLFetcher(allowed_protocols={"data"}, allow_redirects=False)


_STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.S)


def without_lab_stylesheet(page: str) -> str:
    """The report's HTML without JupyterLab's interface style sheet (about 200 kB of rules for
    the lab's panels, menus and editors, none for the printed page): the PDF is then laid out
    by the report's own style sheet in about half the time."""

    def drop(found: re.Match) -> str:
        return "" if "[data-jp-theme-scrollbars" in found.group(1)[:2000] else found.group()

    return _STYLE.sub(drop, page)


def write_pdf(html_path: str | Path, pdf_path: str | Path | None = None, lang: str = "fr") -> Path:
    """Print the report ``html_path`` to an A4 PDF (default: same name, ``.pdf``).

    The file is written completely or not at all (temporary file in the same folder, then
    renamed over ``pdf_path``). Returns the PDF's path.

    Raises
    ------
    ClientmixError
        WeasyPrint or the Pango library is missing (the message says what to install).
    """
    html_path = Path(html_path)
    pdf_path = Path(pdf_path) if pdf_path else html_path.with_suffix(".pdf")
    weasyprint = _weasyprint(lang)
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    page = without_lab_stylesheet(html_path.read_text(encoding="utf-8"))
    document = weasyprint.HTML(
        string=page,
        base_url=str(html_path.parent),
        url_fetcher=_offline_fetcher(weasyprint),
        media_type="print",
    ).render()
    with atomic_path(pdf_path) as tmp:
        document.write_pdf(tmp)
    return pdf_path
