"""Interactive segment explorer for the consultant in JupyterLab (ipywidgets), over the library.

Never part of the batch report: 03_segment calls it only when its parameter ``interactive`` is
True (papermill leaves it False). The table it shows comes from :func:`explore_table`, the
same computation as the report's segment tables
(:func:`clientmix.segment.growth.segment_table`).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from clientmix.core import labels
from clientmix.segment.criteria import Criterion, parse_criteria
from clientmix.segment.figures import SegmentFigures
from clientmix.segment.growth import segment_table

__all__ = ["MEASURES", "SegmentExplorer", "explore_table", "parse_bins", "segment_explorer"]

MEASURES = ("revenue", "margin", "customers", "growth")
"""What a cell shows: net revenue, gross margin (currency), customers invoiced in the
period, growth over 12 months (fraction)."""

_FORMATS = {"revenue": "money", "margin": "money", "customers": "int", "growth": "signed_pct"}
_NOT_CRITERIA = {"invoiced", "revenue_previous"}


def criterion_names(figs: SegmentFigures) -> list[str]:
    """The criteria the explorer offers: those of the report, then the other customer-file
    attributes of the segment base."""
    from clientmix.segment.breakdown import attribute_columns

    names = [c.name for c in figs.criteria]
    others = [c for c in attribute_columns(figs.base) if c not in _NOT_CRITERIA]
    return names + [c for c in others if c not in names]


def parse_bins(text: str) -> tuple[float, ...] | str | None:
    """Bin edges typed by the consultant: increasing numbers separated by ``;`` (a decimal
    comma is read as a point), or "q" for quartiles; blank keeps the report's choice (None).

    Raises
    ------
    ValueError
        When the text is neither (the explorer then shows how to write it).
    """
    text = (text or "").strip()
    if not text:
        return None
    if text.lower() in ("q", "quantiles", "quartiles"):
        return "quantiles"
    edges = tuple(float(p.strip().replace(",", ".")) for p in text.split(";") if p.strip())
    if not edges or any(b <= a for a, b in zip(edges, edges[1:], strict=False)):
        raise ValueError(text)
    return edges


def _criterion(figs: SegmentFigures, name: str, bins: tuple[float, ...] | str | None) -> Criterion:
    """The criterion ``name`` with ``bins`` when its column is numeric (categories else)."""
    base = next((c for c in figs.criteria if c.name == name), None)
    if base is None:
        base = parse_criteria([name], figs.base)[0]
    values = figs.base[base.column]
    numeric = pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values)
    if not numeric or bins is None:
        return base
    return Criterion(name=base.name, column=base.column, bins=bins)


def explore_table(
    figs: SegmentFigures,
    first: str,
    second: str | None = None,
    bins_first: tuple[float, ...] | str | None = None,
    bins_second: tuple[float, ...] | str | None = None,
) -> pd.DataFrame:
    """The segment table (:func:`clientmix.segment.growth.segment_table`) of ``first``, or of
    the cross of ``first`` and ``second``, numeric criteria cut at ``bins_*`` (edges, or
    "quantiles"; None keeps the report's bins)."""
    criteria = [_criterion(figs, first, bins_first)]
    if second and second != first:
        criteria.append(_criterion(figs, second, bins_second))
    return segment_table(figs.base, criteria)


def _names(table: pd.DataFrame, k: int, lang: str) -> pd.Series:
    from clientmix.segment.texts import segment_labels

    parts = table[[f"{k}_kind", f"{k}_group", f"{k}_low", f"{k}_high"]]
    parts.columns = ["kind", "group", "low", "high"]
    return segment_labels(parts, lang).astype(str)


def measure_grid(table: pd.DataFrame, measure: str, lang: str = "fr") -> pd.DataFrame:
    """``measure`` per segment (one column) or per cell of a cross (rows: first criterion,
    columns: second), segments named in words and in table order; NaN for an empty cell."""
    values = table[measure].astype("float64")
    rows = _names(table, 0, lang)
    if "1_kind" not in table:
        return pd.DataFrame(
            {labels.label(f"segment_measure_{measure}", lang): values.to_numpy()},
            index=pd.Index(rows.to_numpy(), name=""),
        )
    cols = _names(table, 1, lang)
    grid = pd.DataFrame({"row": rows, "col": cols, "value": values})
    pivot = grid.pivot_table(index="row", columns="col", values="value", aggfunc="sum", sort=False)
    return pivot.reindex(index=list(dict.fromkeys(rows)), columns=list(dict.fromkeys(cols)))


def _grid_html(grid: pd.DataFrame, measure: str, lang: str, currency: str) -> str:
    kind = _FORMATS[measure]
    formats = {
        "money": lambda v: labels.fmt_money(v, lang, currency),
        "int": lambda v: labels.fmt_int(v, lang),
        "signed_pct": lambda v: labels.fmt_signed_pct(v, lang),
    }
    shown = grid.map(formats[kind])
    shown.index.name = None
    shown.columns.name = None
    return shown.to_html(escape=True, border=0)


def _heatmap(grid: pd.DataFrame, title: str) -> Any:
    """A heatmap of a crossed grid (None for a single criterion)."""
    if grid.shape[1] < 2:
        return None
    from clientmix.core.style import new_figure, styled

    fig, ax = new_figure(8.0, max(2.4, 0.45 * len(grid) + 1.4))
    values = grid.to_numpy(dtype="float64")
    ax.imshow(np.nan_to_num(values), cmap="Blues", aspect="auto")
    ax.set_xticks(np.arange(grid.shape[1]))
    ax.set_xticklabels([str(c)[:28] for c in grid.columns], rotation=30, ha="right", fontsize=8)
    ax.set_yticks(np.arange(len(grid)))
    ax.set_yticklabels([str(r)[:28] for r in grid.index], fontsize=8)
    ax.grid(visible=False)
    ax.set_title(title, fontsize=10)
    styled(fig)
    return fig


class SegmentExplorer:
    """The explorer's widgets (``first``, ``second``, ``bins_first``, ``bins_second``,
    ``measure``, ``result``, ``chart``), the last table computed (``table``, a
    :func:`segment_table`), grid (``grid``) and heatmap (``figure``, None for one
    criterion); shown in JupyterLab as ``widget``."""

    def __init__(self, figs: SegmentFigures, lang: str = "fr", currency: str = "EUR") -> None:
        import ipywidgets as w

        self.figs, self.lang, self.currency = figs, lang, currency
        names = criterion_names(figs)
        options = [(labels.attribute_label(n, lang), n) for n in names]
        none = [(labels.label("segment_explore_none", lang), "")]
        style = {"description_width": "initial"}
        word = lambda key: labels.label(key, lang)  # noqa: E731
        self.first = w.Dropdown(options=options, description=word("segment_explore_first"))
        self.second = w.Dropdown(
            options=none + options,
            value=names[1] if len(names) > 1 else "",
            description=word("segment_explore_second"),
        )
        self.bins_first = w.Text(description=word("segment_explore_bins"), style=style)
        self.bins_second = w.Text(description=word("segment_explore_bins"), style=style)
        self.measure = w.Dropdown(
            options=[(word(f"segment_measure_{m}"), m) for m in MEASURES],
            description=word("segment_explore_measure"),
        )
        self.result, self.chart = w.HTML(), w.Output()
        self.table: pd.DataFrame | None = None
        self.grid: pd.DataFrame | None = None
        self.figure: Any = None
        for widget in (self.first, self.second, self.bins_first, self.bins_second, self.measure):
            widget.observe(self.update, names="value")
        self.widget = w.VBox(
            [
                w.HBox([self.first, self.bins_first]),
                w.HBox([self.second, self.bins_second]),
                self.measure,
                self.result,
                self.chart,
            ]
        )
        self.update()

    def update(self, _change: object = None) -> None:
        """Recompute the table and grid from the widgets' values and redraw."""
        try:
            bins = [parse_bins(self.bins_first.value), parse_bins(self.bins_second.value)]
        except ValueError:
            bad = labels.label("segment_explore_bad_bins", self.lang)
            self.result.value = f"<p>{labels.escape(bad)}</p>"
            return
        self.table = explore_table(self.figs, self.first.value, self.second.value or None, *bins)
        self.grid = measure_grid(self.table, self.measure.value, self.lang)
        self.result.value = _grid_html(self.grid, self.measure.value, self.lang, self.currency)
        title = labels.label(f"segment_measure_{self.measure.value}", self.lang)
        self.figure = _heatmap(self.grid, title)
        from IPython import get_ipython

        if get_ipython() is None:  # outside a kernel (tests): nothing to draw into
            return
        self.chart.clear_output()
        if self.figure is not None:
            from IPython.display import display

            with self.chart:
                display(self.figure)

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)


def segment_explorer(
    figs: SegmentFigures, lang: str = "fr", currency: str = "EUR"
) -> SegmentExplorer:
    """Pick one or two criteria, the bins of numeric ones (edges separated by ``;``, blank
    for quartiles) and the measure (revenue, margin, customers, growth): the table and, for
    two criteria, the heatmap redraw live. Shown in JupyterLab (ipywidgets)."""
    return SegmentExplorer(figs, lang, currency)
