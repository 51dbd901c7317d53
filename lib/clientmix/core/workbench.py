"""The JupyterLab workbench: one place chooses the engagement for all five notebooks.

``notebooks/00_start.ipynb`` shows a dropdown of the engagements found under ``data/`` (every
folder holding an ``engagement.yaml``); choosing one writes ``reports/.workbench.json``. The
parameters cell of each notebook then reads it:

.. code-block:: python

    engagement_dir = workbench.engagement_dir()
    output_dir = workbench.output_dir()
    language = workbench.language()

Precedence: the environment variable ``CLIENTMIX_ENGAGEMENT`` (a folder), then the selection
file, then ``data/samples/services-agro``. The language and the locale come from the chosen
engagement.yaml (``language:``, ``locale:``). In batch, papermill injects its own parameters
after this cell, so they win; the report's kernels also inherit the engagement's locale
(``CLIENTMIX_LOCALE``), which the selection never overrides.

Nothing here raises: a missing folder or an unreadable engagement.yaml gives the defaults, and
the notebook's first cell reports the real problem with the loader's plain message.
"""

from __future__ import annotations

import html
import json
import os
from pathlib import Path
from typing import Any

import yaml

from clientmix.core import formats

ENV = "CLIENTMIX_ENGAGEMENT"
SELECTION = Path("reports") / ".workbench.json"
DEFAULT = Path("data") / "samples" / "services-agro"
CONFIG = "engagement.yaml"
_INHERITED_LOCALE = formats.ENV in os.environ  # set by the report before the kernel started


def project_root(start: str | Path | None = None) -> Path:
    """The project folder: the first of ``start`` (default: the working folder) and its
    parents holding both ``data/`` and ``notebooks/`` (``start`` itself when none does)."""
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "data").is_dir() and (folder / "notebooks").is_dir():
            return folder
    return here


def engagements(root: str | Path | None = None) -> list[Path]:
    """The engagement folders under ``<root>/data`` (those holding an engagement.yaml),
    relative to ``root``, sorted."""
    base = project_root(root)
    found = sorted(p.parent for p in (base / "data").rglob(CONFIG))
    return [p.relative_to(base) for p in found]


def choose(engagement: str | Path, root: str | Path | None = None) -> Path:
    """Make ``engagement`` (a folder, relative to the project or absolute) the one the
    notebooks open; returns the selection file written."""
    base = project_root(root)
    folder = Path(engagement)
    folder = (
        folder.relative_to(base) if folder.is_absolute() and folder.is_relative_to(base) else folder
    )
    path = base / SELECTION
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"engagement_dir": folder.as_posix()}) + "\n", encoding="utf-8")
    return path


def chosen(root: str | Path | None = None) -> Path:
    """The chosen engagement folder, absolute (see the module's precedence)."""
    base = project_root(root)
    value = os.environ.get(ENV)
    if not value:
        try:
            value = json.loads((base / SELECTION).read_text(encoding="utf-8"))["engagement_dir"]
        except (OSError, ValueError, KeyError, TypeError):
            value = None
    folder = Path(value) if value else DEFAULT
    return folder if folder.is_absolute() else base / folder


def settings(engagement: str | Path) -> dict[str, Any]:
    """``name``, ``language`` and ``locale`` of an engagement.yaml (defaults when unreadable):
    the name defaults to the folder's, the locale to the language's (``formats.default_locale``)."""
    folder = Path(engagement)
    try:
        data = yaml.safe_load((folder / CONFIG).read_text(encoding="utf-8-sig"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        data = None
    data = data if isinstance(data, dict) else {}
    language = "en" if str(data.get("language") or "fr").lower() == "en" else "fr"
    locale = data.get("locale") or formats.default_locale(language, data.get("currency"))
    return {"name": str(data.get("name") or folder.name), "language": language, "locale": locale}


def engagement_dir(root: str | Path | None = None) -> str:
    """The chosen engagement folder (absolute, as text) for the notebooks' parameters cell."""
    return str(chosen(root))


def output_dir(root: str | Path | None = None) -> str:
    """``<project>/reports/<name>`` of the chosen engagement (its engagement.yaml ``name``)."""
    return str(project_root(root) / "reports" / settings(chosen(root))["name"])


def language(root: str | Path | None = None) -> str:
    """The chosen engagement's ``language`` ("fr" or "en"); also makes its ``locale`` this
    kernel's formats, unless the kernel inherited the report's locale (batch)."""
    found = settings(chosen(root))
    if not _INHERITED_LOCALE:
        try:
            formats.use_locale(formats.check_locale(str(found["locale"])))
        except Exception:  # noqa: BLE001 - an unknown locale: the loader will say so plainly
            formats.use_locale(None)
    return found["language"]


def picker(root: str | Path | None = None) -> Any:
    """A dropdown of the engagements under ``data/`` for 00_start.ipynb: choosing one writes
    the selection file and says which folder, language and locale the notebooks will use."""
    import ipywidgets as w

    base = project_root(root)
    options = [p.as_posix() for p in engagements(base)]
    current = chosen(base)
    value = current.relative_to(base).as_posix() if current.is_relative_to(base) else None
    drop = w.Dropdown(
        options=options,
        value=value if value in options else None,
        description="Engagement",
        layout=w.Layout(width="80%"),
    )
    note = w.HTML()

    def pick(_change: object = None) -> None:
        if drop.value:
            choose(drop.value, base)
            s = settings(base / drop.value)
            text = f"{drop.value} → reports/{s['name']} · {s['language']} · {s['locale']}"
            note.value = f"<p>{html.escape(text)}</p>"

    drop.observe(pick, names="value")
    pick()
    return w.VBox([drop, note])
