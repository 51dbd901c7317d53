"""Which column of a raw table holds each canonical column: the mapping of engagement.yaml
first, then the common header names (French and English)."""

from __future__ import annotations

from clientmix.errors import ClientmixError, message
from clientmix.ingest.config import SourceSpec
from clientmix.ingest.headers import closest_header, match_headers, normalise_header
from clientmix.ingest.layout_hints import layout_hint
from clientmix.ingest.raw_table import RawTable


def resolve_columns(
    raw: RawTable,
    spec: SourceSpec,
    known: dict[str, tuple[str, ...]],
    what: str,
    lang: str,
) -> tuple[dict[str, str], list[str]]:
    """canonical name -> header of ``raw``, and one line per column matched by its name
    (those mapped in engagement.yaml are not listed).

    Raises
    ------
    ClientmixError
        A header named in ``what.columns`` of engagement.yaml is not in the file.
    """
    headers = list(raw.frame.columns)
    for canonical, header in spec.columns.items():
        if header in headers or normalise_header(header) in map(normalise_header, headers):
            continue
        near = closest_header(header, headers)
        closest = message("ingest_closest", lang, header=near) if near else ""
        raise ClientmixError(
            message(
                "ingest_column_not_found",
                lang,
                header=header,
                path=raw.path,
                what=what,
                canonical=canonical,
                closest=closest,
                headers=", ".join(headers),
            )
            + layout_hint(raw, lang),  # files (issue 9): wrong sep, data on another sheet
            path=raw.path,
        )
    found = match_headers(headers, spec.columns, known)
    mapping = {m.canonical: m.header for m in found}
    lines = [
        message("ingest_column_matched", lang, what=what, header=m.header, canonical=m.canonical)
        for m in found
        if not m.explicit
    ]
    return mapping, lines


def missing_column(
    raw: RawTable, canonical: str, what: str, lang: str, hint: str
) -> ClientmixError:
    """The error for a required column found neither by engagement.yaml nor by its name,
    with the header closest to ``hint`` (a usual name of that column)."""
    headers = list(raw.frame.columns)
    near = closest_header(hint, headers)
    closest = message("ingest_closest_to", lang, hint=hint, header=near) if near else ""
    return ClientmixError(
        message(
            "ingest_required_column",
            lang,
            canonical=canonical,
            path=raw.path,
            closest=closest,
            headers=", ".join(headers),
            what=what,
        )
        + layout_hint(raw, lang),  # files (issue 9): wrong sep, data on another sheet
        path=raw.path,
    )
