"""Display objects of the report: prose and tables that render in a notebook and in the HTML."""

from __future__ import annotations

import hashlib
import html

import pandas as pd

from clientmix.core.formats import escape_money

_NUMERIC = "[-+–0-9 \u00a0\u202f,.%€$£kM]*"  # formatted numbers (literal NBSPs for pyarrow)


class Prose(str):
    """Markdown text shown as rendered Markdown in Jupyter and in the report; every ``$`` is
    escaped, so amounts in dollars are never read as mathematics (``$1,200 … $3,400``)."""

    def _repr_markdown_(self) -> str:
        return escape_money(str(self))


class Table:
    """A display table (cells already formatted as text); HTML-escaped when rendered."""

    def __init__(self, frame: pd.DataFrame, caption: str | None = None) -> None:
        self.frame = frame
        self.caption = caption

    def _repr_html_(self) -> str:
        body = self.frame.to_html(index=False, escape=True, border=0, classes="cm-table")
        # Numbers right-aligned, text left-aligned: one scoped rule per text column.
        numeric = self.frame.apply(lambda col: col.astype(str).str.fullmatch(_NUMERIC).all())
        digest = hashlib.sha1("\x1f".join(map(str, self.frame.columns)).encode()).hexdigest()
        key = f"cm-t{digest[:8]}"
        body = body.replace('class="dataframe cm-table"', f'class="dataframe cm-table {key}"', 1)
        rules = " ".join(
            f".{key} td:nth-child({i + 1}), .{key} th:nth-child({i + 1}) {{text-align: left;}}"
            for i, is_number in enumerate(numeric.to_numpy())
            if not is_number
        )
        style = f"<style>.{key} td, .{key} th {{text-align: right;}} {rules}</style>\n"
        if self.caption:
            body = f'<p class="cm-caption">{html.escape(self.caption)}</p>\n' + body
        return style + body

    def __repr__(self) -> str:
        return self.frame.to_string(index=False)


class Tables:
    """Several display tables shown one after the other (one cell, one output)."""

    def __init__(self, tables: list[Table]) -> None:
        self.tables = list(tables)

    def _repr_html_(self) -> str:
        return "\n".join(table._repr_html_() for table in self.tables)


def bullets(items: list[str]) -> str:
    """A Markdown bullet list, one item a line (items used as given, not escaped)."""
    return "\n".join(f"- {item}" for item in items)
