"""Find the header row under the title lines some exports put above it ("Extraction des
ventes du ..."): the first row with at least two known column names."""

from __future__ import annotations

from clientmix.ingest.config import SourceSpec
from clientmix.ingest.headers import CUSTOMER_HEADERS, INVOICE_HEADERS, normalise_header

SEPARATORS = (";", "\t", ",", "|")


def usual_headers() -> set[str]:
    """Normalised header names of sales and customers files: every synonym the loader
    matches."""
    return {
        syn for table in (INVOICE_HEADERS, CUSTOMER_HEADERS) for v in table.values() for syn in v
    }


def known_headers(spec: SourceSpec) -> set[str]:
    """Normalised header names that mark a header row: every synonym the loader matches,
    and the headers named in the engagement's column mapping."""
    return usual_headers() | {normalise_header(h) for h in spec.columns.values()}


def header_score(cells: list, known: set[str]) -> int:
    """How many cells are known column names."""
    return sum(normalise_header(cell) in known for cell in cells)


def skip_title_lines(text: str, spec: SourceSpec, scan: int = 20) -> tuple[str, int]:
    """Text without the title lines some exports put above the header ("Extraction des
    ventes du ..."), and how many lines were cut. Nothing is cut unless the first line has
    fewer than two known column names and one of the next ``scan`` lines has two or more."""
    known = known_headers(spec)
    seps = (spec.sep,) if spec.sep else SEPARATORS

    def score(line: str) -> int:
        return max(header_score([c.strip().strip('"') for c in line.split(s)], known) for s in seps)

    head = text[:100_000].splitlines()[: scan + 1]
    if not head or score(head[0]) >= 2:
        return text, 0
    for k, line in enumerate(head[1:], start=1):
        if score(line) >= 2:
            cut = 0
            for _ in range(k):
                cut = text.index("\n", cut) + 1
            return text[cut:], k
    return text, 0
