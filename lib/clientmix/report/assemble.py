"""metrics.json and the front page's "In brief" lines, assembled from the report's sections.

Nothing is computed here: every key comes from what a section published (see
:mod:`clientmix.core.sections`), in report order; a section that did not publish for the
current load stops the report (:func:`clientmix.core.sections.collect`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from clientmix.core.sections import Section, collect
from clientmix.report.sections import SECTIONS


def assemble(
    output_dir: str | Path, sections: tuple[Section, ...] = SECTIONS
) -> tuple[dict[str, Any], list[str]]:
    """The metrics.json dict (every key of the ARCHITECTURE.md contract the sections give, in
    their order) and the front page's lines (plain text, in the report's language).

    Raises
    ------
    ClientmixError
        When a publishing section's figures are missing, stale or incomplete.
    """
    metrics: dict[str, Any] = {}
    findings: list[str] = []
    for section in sections:
        if not section.publishes:
            continue
        published = collect(output_dir, section)
        metrics.update(published.metrics)
        findings.extend(published.findings)
    return metrics, findings
