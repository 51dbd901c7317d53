"""Decode the bytes of a text export: UTF-8 (with or without BOM), UTF-16 ("Unicode text"
from Excel), Windows-1252, Mac Roman, DOS code page 850, Latin-1.

UTF-8 is decided on the whole file (it decodes or not). A file that is not UTF-8 is a legacy
8-bit export: the choice between cp1252, Mac Roman, cp850 and Latin-1 is made by
charset-normalizer on the lines around non-ASCII bytes picked from the whole file (every
distinct byte value, and positions spread from the first line to the last), never from the
first lines alone. The common cases stay fast: the evidence is a few kilobytes whatever the
size of the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from charset_normalizer import from_bytes

from clientmix.errors import ClientmixError, message

LEGACY = ("cp1252", "mac_roman", "cp850", "latin_1")  # charset-normalizer names
"""Candidate 8-bit encodings, in order of preference when the evidence does not separate them."""
NAMES = {
    "utf-8": "UTF-8",
    "utf-16": "UTF-16",
    "utf_16": "UTF-16",
    "utf_16_le": "UTF-16",
    "utf_16_be": "UTF-16",
    "cp1252": "Windows-1252 (cp1252)",
    "mac_roman": "Mac Roman",
    "cp850": "DOS (cp850)",
    "latin_1": "Latin-1",
    "latin-1": "Latin-1",
}
SAMPLE_POSITIONS = 400
"""Non-ASCII positions spread over the file, on top of the first occurrences of each byte."""
CONTEXT = 40
"""Bytes kept on each side of a non-ASCII byte (cut at line ends)."""


@dataclass(frozen=True)
class Decoded:
    """A decoded text file: the text, the encoding used (a Python codec name), whether it was
    guessed, and how many non-ASCII bytes of the file the detector weighed (0: not needed)."""

    text: str
    encoding: str
    guessed: bool
    evidence: int = 0

    @property
    def shown(self) -> str:
        """The encoding as a user knows it (Mac Roman, UTF-16...)."""
        return NAMES.get(self.encoding, self.encoding)


def decode_file(data: bytes, encoding: str | None, path: Path, lang: str) -> Decoded:
    """Decode ``data``: the ``encoding`` of engagement.yaml, else detected (see module doc).

    Raises
    ------
    ClientmixError
        Unknown or wrong encoding given; binary content (NUL bytes that are not UTF-16);
        text full of control characters.
    """
    if encoding:
        return Decoded(_decode_as(data, encoding, path, lang), encoding, False)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
        return Decoded(text, "utf-16", True, _non_ascii(text))
    if b"\x00" in data[:65536]:
        return _utf16_without_bom(data, path, lang)
    try:
        decoded = Decoded(data.decode("utf-8-sig"), "utf-8", True)
    except UnicodeDecodeError:
        decoded = _legacy(data)
    _check_controls(decoded.text, path, lang)
    return decoded


def _utf16_without_bom(data: bytes, path: Path, lang: str) -> Decoded:
    """UTF-16 text without a BOM (detected by charset-normalizer), else a binary file."""
    best = from_bytes(data[:65536], cp_isolation=["utf_16_le", "utf_16_be"]).best()
    if best is None or not best.encoding.startswith("utf_16"):
        raise ClientmixError(message("ingest_binary_file", lang, path=path), path=path)
    codec = best.encoding
    try:
        text = data.decode(codec)
        return Decoded(text, codec, True, _non_ascii(text))
    except UnicodeDecodeError:
        raise ClientmixError(message("ingest_binary_file", lang, path=path), path=path) from None


def _non_ascii(text: str) -> int:
    """How many characters of ``text`` are not ASCII."""
    return len(text) - len(text.encode("ascii", "ignore"))


def evidence(data: bytes) -> tuple[bytes, int]:
    """The lines around non-ASCII bytes taken from the whole of ``data`` (the first
    occurrence of every distinct byte value, and ``SAMPLE_POSITIONS`` positions evenly
    spread from the first to the last), deduplicated; and the number of non-ASCII bytes."""
    arr = np.frombuffer(data, dtype=np.uint8)
    high = np.flatnonzero(arr >= 0x80)
    if not len(high):
        return b"", 0
    _, first = np.unique(arr[high], return_index=True)
    spread = np.linspace(0, len(high) - 1, min(SAMPLE_POSITIONS, len(high))).astype(np.int64)
    picks = high[np.union1d(first, spread)]
    pieces = []
    for pos in picks.tolist():
        start = max(data.rfind(b"\n", max(0, pos - CONTEXT), pos) + 1, pos - CONTEXT, 0)
        end = data.find(b"\n", pos, pos + CONTEXT)
        pieces.append(data[start : end if end >= 0 else pos + CONTEXT].strip())
    return b"\n".join(dict.fromkeys(pieces)), int(len(high))


def _legacy(data: bytes) -> Decoded:
    """An 8-bit file: the encoding charset-normalizer finds most plausible on the evidence
    (least "chaos", then the larger share of letters among the non-ASCII characters). When
    the evidence cannot separate the candidates, cp1252 (Latin-1 when cp1252 cannot decode
    the file): bytes kept one for one, as before detection."""
    sample, count = evidence(data)
    for codec in _ranked(sample) + ["cp1252", "latin-1"]:
        try:
            return Decoded(data.decode(codec), codec, True, count)
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def _ranked(sample: bytes) -> list[str]:
    """The detector's choice for ``sample`` ([] when it cannot tell): candidates ranked by
    chaos, then by share of letters; a tie at the top that cp1252 is not in is no choice."""
    matches = from_bytes(sample, cp_isolation=list(LEGACY), steps=1, chunk_size=len(sample) or 1)
    ranked = sorted(
        ((round(m.chaos, 4), -_letter_share(sample, m.encoding), m.encoding) for m in matches),
    )
    if not ranked:
        return []
    top = [enc for chaos, letters, enc in ranked if (chaos, letters) == ranked[0][:2]]
    if len(top) > 1:
        return ["cp1252"] if "cp1252" in top else []
    return [top[0].replace("_", "-") if top[0] == "latin_1" else top[0]]


def _letter_share(sample: bytes, codec: str) -> float:
    """Share of the non-ASCII characters of ``sample`` read in ``codec`` that are letters."""
    chars = [ch for ch in sample.decode(codec, errors="ignore") if ord(ch) > 127]
    return sum(ch.isalpha() for ch in chars) / len(chars) if chars else 0.0


def _check_controls(text: str, path: Path, lang: str) -> None:
    """A text full of control characters is not a table (a binary file read as text)."""
    head = text[:4096]
    controls = sum(1 for ch in head if not ch.isprintable() and ch not in "\t\r\n")
    if controls > max(2, 0.05 * len(head)):
        raise ClientmixError(
            message("ingest_control_characters", lang, path=path, count=controls), path=path
        )


def _decode_as(data: bytes, encoding: str, path: Path, lang: str) -> str:
    """The text of ``data`` in the encoding given by engagement.yaml (UTF-8 may have a BOM;
    UTF-16 is read with or without BOM)."""
    utf8 = encoding.lower().replace("_", "-") in ("utf-8", "utf8")
    try:
        return data.decode("utf-8-sig" if utf8 else encoding)
    except LookupError:
        raise ClientmixError(
            message("ingest_unknown_encoding", lang, encoding=encoding, path=path), path=path
        ) from None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ClientmixError(
            message(
                "ingest_wrong_encoding",
                lang,
                path=path,
                encoding=encoding,
                line=line,
                byte=exc.start,
            ),
            path=path,
        ) from None
