"""plan_actions.xlsx: the action plan as a working file, formatted like clients.xlsx (the same
:func:`clientmix.classify.texts.workbook.write_workbook`), dates shown as dates."""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import load_workbook

from clientmix.classify.texts.workbook import header, write_workbook
from clientmix.core import interim
from clientmix.core.formats import excel_date_format
from clientmix.core.labels import label

FILE = "plan_actions.xlsx"
DATES = ("plan_start", "plan_due")


def write_plan(output_dir: str | Path, lang: str = "fr", currency: str = "EUR") -> Path | None:
    """Write ``plan_actions.xlsx`` in the report folder from the interim table the section
    wrote; None (nothing written) when the section did not write one."""
    out = Path(output_dir)
    if not interim.exists(out, "plan_actions"):
        return None
    frame = interim.read(out, "plan_actions")
    sheet = label("rec_plan_sheet", lang)
    path = write_workbook(out / FILE, {sheet: frame}, lang, currency)
    wb = load_workbook(path)
    ws = wb[sheet[:31]]
    titles = [cell.value for cell in ws[1]]
    for column in DATES:
        if header(column, lang) in titles:
            index = titles.index(header(column, lang)) + 1
            for row in ws.iter_rows(min_row=2, min_col=index, max_col=index):
                row[0].number_format = excel_date_format(lang)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp.xlsx")
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
