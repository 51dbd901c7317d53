"""plan_actions.xlsx: the action plan as a working file, formatted like clients.xlsx (the same
:func:`clientmix.classify.texts.workbook.write_workbook`, which shows date columns as dates)."""

from __future__ import annotations

from pathlib import Path

from clientmix.classify.texts.workbook import write_workbook
from clientmix.core import interim
from clientmix.core.labels import label

FILE = "plan_actions.xlsx"


def write_plan(output_dir: str | Path, lang: str = "fr", currency: str = "EUR") -> Path | None:
    """Write ``plan_actions.xlsx`` in the report folder from the interim table the section
    wrote; None (nothing written) when the section did not write one."""
    out = Path(output_dir)
    if not interim.exists(out, "plan_actions"):
        return None
    frame = interim.read(out, "plan_actions")
    return write_workbook(out / FILE, {label("rec_plan_sheet", lang): frame}, lang, currency)
