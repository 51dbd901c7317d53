"""Sniffing a FEC file: its encoding, its separator and whether its first line is a FEC header."""

from __future__ import annotations

import codecs
from collections.abc import Iterable
from pathlib import Path

from clientmix.ingest.fec.columns import AMOUNT_DC, AMOUNT_MS, CANON, KEY_COLUMNS, norm


def _decodes(path: Path, encoding: str, chunk: int = 1 << 22) -> bool:
    """True when the whole file decodes strictly with `encoding` (read by chunks of 4 MiB)."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        with open(path, "rb") as fh:
            while block := fh.read(chunk):
                decoder.decode(block)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(path: Path) -> tuple[str, str]:
    """Return (python encoding, name shown in the notes) of the file."""
    with open(path, "rb") as fh:
        head = fh.read(4)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", "UTF-16 (BOM)"
    if _decodes(path, "utf-8"):
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig", "UTF-8 (BOM)"
        return "utf-8-sig", "UTF-8"
    if _decodes(path, "cp1252"):
        return "cp1252", "Windows-1252 / ISO-8859-1"
    return "latin-1", "ISO-8859-1"


def first_line(path: Path, encoding: str) -> str:
    """The file's first line (at most 64 KiB), without BOM nor line end."""
    with open(path, encoding=encoding, errors="replace", newline="") as fh:
        line = fh.readline(1 << 16)
    return line.lstrip("\ufeff").rstrip("\r\n")


def split_header(line: str) -> tuple[str, list[str]]:
    """Guess the separator of a header line (the most frequent of tab, pipe, semicolon) and
    split it; a line without any of them is one column, tab separated."""
    counts = {sep: line.count(sep) for sep in ("\t", "|", ";")}
    sep = max(counts, key=lambda s: counts[s])
    if counts[sep] == 0:
        return "\t", [line]
    return sep, [c.strip().strip('"').strip() for c in line.split(sep)]


def _has_fec_header(names: Iterable[str]) -> bool:
    found = {CANON.get(norm(n)) for n in names}
    keys = all(k in found for k in KEY_COLUMNS)
    amounts = all(k in found for k in AMOUNT_DC) or all(k in found for k in AMOUNT_MS)
    return keys and amounts


def _head_text(raw: bytes) -> str:
    """The first bytes of a file as text: UTF-16 with BOM, UTF-8 (a multi-byte character cut
    at the end of the block is fine), else Windows-1252."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = raw[: exc.start].decode("utf-8-sig") if exc.start > 0 else ""
        if "\n" not in text:
            text = raw.decode("cp1252", errors="replace")
        return text


def looks_like_fec(path: Path | str) -> bool:
    """Whether the file's first line is a FEC header.

    Accepts UTF-8 (with or without BOM), UTF-16 with BOM and Windows-1252 / ISO-8859-1, tab,
    pipe (or semicolon) separators. The header must name at least JournalCode, EcritureNum,
    CompteNum and either Debit + Credit or Montant + Sens (case, accents and spaces ignored).
    The regulatory file name (``123456789FEC20241231.txt``) is not required, nor sufficient.
    """
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(1 << 16)
    except OSError:
        return False
    text = _head_text(raw)
    line = text.lstrip("\ufeff").splitlines()[0] if text.strip() else ""
    _, names = split_header(line)
    return _has_fec_header(names)
