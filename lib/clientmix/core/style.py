"""The chart house style: colours, figure sizes, axes formats, PNG output."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg", force=False)
# Customer names are data: "$" in a name must never switch matplotlib to math mode.
matplotlib.rcParams["text.parse_math"] = False

from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import FuncFormatter  # noqa: E402

from clientmix.core.formats import fmt_money_short, fmt_pct  # noqa: E402

# colours: text and axes, highlights (negative values, thresholds), secondary series
INK = "#1f2a44"
ACCENT = "#c8553d"
MUTED = "#9aa5b1"
PALETTE = ["#1f4e79", "#2e86ab", "#7fb7be", "#c8553d", "#f2a541", "#6a4c93", "#8ab17d", "#9aa5b1"]
ABC_COLORS = {"A": "#1f4e79", "B": "#7fb7be", "C": "#d9dde3"}

DPI = 100  # dots per inch of the figures and of their PNG

STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.edgecolor": "#c9ced6",
    "axes.labelcolor": INK,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.titlecolor": INK,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "y",
    "grid.color": "#e6e9ee",
    "grid.linewidth": 0.8,
    "xtick.color": INK,
    "ytick.color": INK,
    "legend.frameon": False,
    "svg.hashsalt": "clientmix",
    "text.parse_math": False,
}


def new_figure(width: float = 8.0, height: float = 3.6, **subplots) -> tuple[Figure, object]:
    """A figure of ``width`` x ``height`` inches in the house style, and its axes
    (``subplots`` as for :meth:`Figure.subplots`: nrows, ncols, squeeze...)."""
    with matplotlib.rc_context(STYLE):
        fig = Figure(figsize=(width, height), dpi=DPI, layout="constrained")
        axes = fig.subplots(**subplots)
    return fig, axes


def styled(fig: Figure) -> None:
    """Give every axes of ``fig`` the house finish (no top/right spines, light axes, bold
    left-aligned title); call it once everything is plotted."""
    for ax in fig.axes:
        for spine in ("top", "right"):
            ax.spines[spine].set_visible(False)
        ax.spines["left"].set_color("#c9ced6")
        ax.spines["bottom"].set_color("#c9ced6")
        ax.tick_params(colors=INK, labelsize=9)
        ax.set_axisbelow(True)
        ax.title.set_color(INK)
        ax.title.set_fontweight("bold")
        ax.title.set_horizontalalignment("left")
        ax.title.set_position((0.0, 1.0))


def money_axis(lang: str, currency: str) -> FuncFormatter:
    """Tick labels for amounts in ``currency``, shortened (``12 k€``, ``1,2 M€`` in French)."""
    return FuncFormatter(lambda value, _pos: fmt_money_short(value, lang, currency))


def pct_axis(lang: str) -> FuncFormatter:
    """Tick labels for fractions in [0, 1], shown as whole percentages."""
    return FuncFormatter(lambda value, _pos: fmt_pct(value, lang, 0))


def to_png(fig: Figure) -> bytes:
    """PNG bytes of ``fig`` (fixed resolution, no timestamp or software metadata)."""
    buffer = io.BytesIO()
    with matplotlib.rc_context(STYLE):
        fig.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()


ALT_ATTRIBUTE = "clientmix_alt"


def describe(fig: Figure, text: str) -> Figure:
    """Give ``fig`` its alternative text (what the chart shows, in the report's language):
    the ``alt`` of its image in the HTML report. Returns ``fig``."""
    setattr(fig, ALT_ATTRIBUTE, str(text))
    return fig


def alt_text(fig: Figure) -> str:
    """The alternative text of ``fig``: the one given by :func:`describe`, else its titles and
    axis labels ("Title (x label / y label); ...")."""
    given = getattr(fig, ALT_ATTRIBUTE, None)
    if given:
        return given
    parts = []
    suptitle = getattr(fig, "_suptitle", None)
    if suptitle is not None and suptitle.get_text():
        parts.append(suptitle.get_text())
    for ax in fig.axes:
        title = ax.get_title() or ax.get_title("left")
        axes = " / ".join(t for t in (ax.get_xlabel(), ax.get_ylabel()) if t)
        if title or axes:
            parts.append(f"{title} ({axes})" if title and axes else title or axes)
    return "; ".join(parts)


def to_png_with_alt(fig: Figure) -> tuple[bytes, dict[str, str]]:
    """PNG bytes of ``fig`` and the display metadata carrying its :func:`alt_text` (Jupyter
    stores it as the output's ``metadata["image/png"]["alt"]``)."""
    return to_png(fig), {"alt": alt_text(fig)}


def _register_formatter() -> None:
    """Show figures returned by these functions as PNG in Jupyter (inline backend or not)."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython is a dependency of ipykernel
        return
    shell = get_ipython()
    if shell is None:
        return
    formatter = shell.display_formatter.formatters["image/png"]
    formatter.for_type(Figure, to_png_with_alt)


_register_formatter()
