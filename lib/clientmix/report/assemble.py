"""metrics.json and the front page, assembled from the report's sections; the consultant's
commentary put in its places.

Nothing is computed here: every key comes from what a section published (see
:mod:`clientmix.core.sections`), in report order; a section that did not publish for the
current load stops the report (:func:`clientmix.core.sections.collect`). The front page is the
executive summary the ``recommend`` section published (its findings with their traffic lights,
then the first actions); without it, every section's lines ("In brief").
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from clientmix.core import labels
from clientmix.core.sections import Section, collect
from clientmix.report.sections import NOTEBOOKS, SECTIONS

SUMMARY_SECTION = "recommend"
SUMMARY_PLACES = ("summary", "synthese", "resume", "en bref", "in brief")
#: section name -> the French and English words a consultant may write in a heading
ALIASES = {
    "ingest": ("donnees", "data"),
    "profile": ("profil", "clients"),
    "segment": ("segments", "segmentation"),
    "retention": ("fidelite", "retention"),
    "value": ("valeur future", "future value"),
    "classify": ("classification", "classes"),
    "dependency": ("dependance", "dependence"),
    "recommend": ("recommandations", "recommendations", "plan d'action", "action plan"),
}


class FrontPage(list):
    """The front page's lines (plain text, every section's, in report order), with the
    executive summary when the ``recommend`` section published one.

    summary : (sentence, light) per finding, most important first; actions : the first
    actions' sentences; commentary : safe HTML of the consultant's text for after the summary.
    """

    def __init__(self, lines: list[str] | None = None) -> None:
        super().__init__(lines or [])
        self.summary: list[tuple[str, str]] = []
        self.actions: list[str] = []
        self.commentary: str = ""


def assemble(
    output_dir: str | Path, sections: tuple[Section, ...] = SECTIONS
) -> tuple[dict[str, Any], FrontPage]:
    """The metrics.json dict (every key of the ARCHITECTURE.md contract the sections give, in
    their order) and the :class:`FrontPage` (plain text, in the report's language).

    Raises
    ------
    ClientmixError
        When a publishing section's figures are missing, stale or incomplete.
    """
    metrics: dict[str, Any] = {}
    front = FrontPage()
    for section in sections:
        if not section.publishes:
            continue
        published = collect(output_dir, section)
        metrics.update(published.metrics)
        if section.name == SUMMARY_SECTION:
            findings = list(published.metrics.get("summary") or [])
            lines = published.findings
            front.summary = [
                (text, str(f.get("light"))) for text, f in zip(lines, findings, strict=False)
            ]
            front.actions = lines[len(findings) :]
        else:
            front.extend(published.findings)
    return metrics, front


def _place_keys(lang: str) -> dict[str, str]:
    """Place key (as :func:`clientmix.recommend.commentary.key` writes it) -> notebook:
    section names, notebook names and the sections' titles in both languages."""
    from clientmix.recommend.commentary import key

    places: dict[str, str] = {}
    for section in SECTIONS:
        places[key(section.name)] = section.notebook
        for alias in ALIASES.get(section.name, ()):
            places[alias] = section.notebook
    for notebook in NOTEBOOKS:
        places[key(notebook)] = notebook
        for language in ("fr", "en"):
            title = labels.label(f"section_{notebook}", language)
            places[key(title)] = notebook
            places[key(re.sub(r"^\d+\W*", "", title))] = notebook
    return places


def add_commentary(
    merged: Any, front: FrontPage, engagement_dir: str | Path, lang: str = "fr"
) -> list[str]:
    """Put the engagement's commentary (``commentaire.md`` / ``commentary.md``) in its
    places: after the summary on the front page (``front.commentary``) or at the end of the
    section a heading names (an HTML output cell of ``merged``). Headings naming no place go
    after the summary; the returned warnings (in ``lang``) say so."""
    import nbformat

    from clientmix.recommend import commentary

    places = _place_keys(lang)
    warnings: list[str] = []
    after: dict[str, list[str]] = {}
    summary: list[str] = []
    for place, html in commentary.read(engagement_dir, lang):
        if place in SUMMARY_PLACES:
            summary.append(html)
        elif place in places:
            after.setdefault(places[place], []).append(html)
        else:
            summary.append(html)
            known = ", ".join(sorted({"summary", *(s.name for s in SECTIONS)}))
            warnings.append(labels.label("rec_commentary_place", lang, title=place, places=known))
    front.commentary = "\n".join(summary)
    for notebook, parts in after.items():
        cell = nbformat.v4.new_code_cell("")
        cell["id"] = f"commentary-{notebook}"
        body = "\n".join(parts)
        cell.outputs = [
            nbformat.v4.new_output(
                "display_data", data={"text/html": f'<div class="cm-commentary">{body}</div>'}
            )
        ]
        merged.cells.insert(_section_end(merged, NOTEBOOKS.index(notebook) + 1), cell)
    return warnings


def _section_end(merged: Any, number: int) -> int:
    """The index of the cell after section ``number``'s last cell (its next heading's)."""
    marker = f'id="section-{number + 1}"'
    for i, cell in enumerate(merged.cells):
        if cell.cell_type == "markdown" and marker in cell.source:
            return i
    return len(merged.cells)


#: the colour of each traffic light's dot (inline, so the page reads without the style sheet)
LIGHT_COLOURS = {"red": "#c0392b", "amber": "#d68910", "green": "#1e8449"}


def summary_html(findings: list[str] | None, lang: str = "fr") -> str:
    """The front page's box: the executive summary (findings with their light, the first
    actions, the consultant's words) when ``findings`` is a :class:`FrontPage` carrying one,
    else the "In brief" list of ``findings``; every text escaped, the commentary already safe."""
    import html

    e = html.escape
    summary = getattr(findings, "summary", None)
    if not summary:
        if not findings:
            return ""
        points = "\n".join(f"<li>{e(text)}</li>" for text in findings)
        return (
            f'<section class="cm-brief"><h2>{e(labels.label("in_brief", lang))}</h2>\n'
            f"<ul>\n{points}\n</ul></section>\n"
        )
    items = []
    for text, light in summary:
        word = e(labels.label(f"rec_light_{light}", lang))
        colour = LIGHT_COLOURS.get(light, "#555")
        items.append(
            f'<li class="cm-finding light-{e(light)}"><span class="cm-light" '
            f'style="color:{colour}" title="{word}">●</span> '
            f'<span class="cm-light-word">{word}</span> · {e(text)}</li>'
        )
    actions = "\n".join(f"<li>{e(text)}</li>" for text in findings.actions)
    out = (
        f'<section class="cm-brief cm-summary"><h2>{e(labels.label("rec_summary_title", lang))}'
        f"</h2>\n<ul>\n" + "\n".join(items) + "\n</ul>\n"
    )
    if actions:
        out += f"<h3>{e(labels.label('rec_first_actions', lang))}</h3>\n<ol>\n{actions}\n</ol>\n"
    if findings.commentary:
        out += (
            f'<div class="cm-commentary"><h3>{e(labels.label("rec_commentary_title", lang))}'
            f"</h3>\n{findings.commentary}\n</div>\n"
        )
    return out + "</section>\n"
