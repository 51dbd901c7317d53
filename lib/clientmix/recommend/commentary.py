"""The consultant's voice: an optional ``commentaire.md`` (or ``commentary.md``) in the
engagement folder, cut into sections by its level-2 headings (``## Après : synthèse``,
``## After: summary``, ``## Dépendance``...), each rendered as safe HTML: Markdown with raw
HTML escaped (mistune, already installed with nbconvert) and unsafe link schemes dropped.

Text before the first heading belongs to the summary. The places the headings name are
resolved by the report (:mod:`clientmix.report.assemble`), which knows the sections' titles.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import mistune

from clientmix.errors import ClientmixError, message

NAMES = ("commentaire.md", "commentary.md")
PREFIX = re.compile(r"^(apres|after|avant|before)\s*:?\s*")
_HEADING = re.compile(r"^##\s+(.+?)\s*#*\s*$", re.M)
_render = mistune.create_markdown(escape=True, plugins=["strikethrough", "table"])


def find(root: str | Path, lang: str = "fr") -> Path | None:
    """The commentary file of the engagement folder ``root`` (None when there is none).

    Raises
    ------
    ClientmixError
        When the file leads outside the engagement folder (a link elsewhere).
    """
    root = Path(root)
    for name in NAMES:
        path = root / name
        if path.is_file():
            if not path.resolve().is_relative_to(root.resolve()):
                raise ClientmixError(
                    message("rec_commentary_outside", lang, path=path, root=root), path=path
                )
            return path
    return None


def key(title: str) -> str:
    """A heading as a place key: lower case, accents and a leading "après :" / "after:"
    removed, spaces collapsed ("Après : Synthèse" -> "synthese")."""
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    text = re.sub(r"\s+", " ", text.strip().lower())
    return PREFIX.sub("", text).strip(" :")


def split(text: str) -> list[tuple[str, str]]:
    """(heading, Markdown body) per level-2 section, in order; the text before the first
    heading comes first under the heading "summary"."""
    parts: list[tuple[str, str]] = []
    matches = list(_HEADING.finditer(text))
    head = text[: matches[0].start()] if matches else text
    if head.strip():
        parts.append(("summary", head.strip()))
    for i, found in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        body = text[found.end() : end].strip()
        if body:
            parts.append((found.group(1), body))
    return parts


def render(markdown: str) -> str:
    """Safe HTML of ``markdown``: raw HTML shown as text, never as markup."""
    return str(_render(markdown))


def read(root: str | Path, lang: str = "fr") -> list[tuple[str, str]]:
    """(place key, safe HTML) per section of the engagement's commentary; empty without one."""
    path = find(root, lang)
    if path is None:
        return []
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    return [(key(title), render(body)) for title, body in split(text)]
