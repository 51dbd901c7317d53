"""Read a delimited text file (CSV/TSV/TXT) as it is: decode it, find its separator and its
header, split it into text cells with the line number of each row.

French exports come with ``;`` separators, decimal commas, Windows-1252 text and a BOM or not.
What the file does not say is sniffed and reported in ``RawTable.guesses``.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv

from clientmix.core.formats import fmt_int
from clientmix.errors import ClientmixError, message
from clientmix.ingest.config import SourceSpec
from clientmix.ingest.encodings import Decoded, decode_file
from clientmix.ingest.header_row import SEPARATORS, skip_title_lines
from clientmix.ingest.raw_table import RawTable, line_numbers


def decode(data: bytes, encoding: str | None, path: Path, lang: str) -> tuple[str, str, bool]:
    """Decode bytes: (text, encoding used, guessed?); see :func:`encodings.decode_file`."""
    decoded = decode_file(data, encoding, path, lang)
    return decoded.text, decoded.encoding, decoded.guessed


def encoding_guess(decoded: Decoded, lang: str) -> str:
    """The line of ``guesses`` for a detected encoding: the usual UTF-8 and cp1252 named
    plainly, the others with the evidence weighed and the setting to force another."""
    if decoded.encoding in ("utf-8", "cp1252"):
        return message("ingest_guess_encoding", lang, encoding=decoded.encoding)
    return message(
        "ingest_guess_encoding_detected",
        lang,
        encoding=decoded.shown,
        count=fmt_int(decoded.evidence, lang),
        codec=decoded.encoding.replace("_", "-"),
    )


def sniff_separator(text: str) -> str:
    """The separator of a delimited text: the candidate that splits the header and the next
    lines into the same number of fields most often (ties: ; then tab then , then |)."""
    lines = [ln for ln in text[:200_000].splitlines()[:50] if ln.strip()]
    if not lines:
        return ";"
    best, best_score = ";", (-1, -1)
    for sep in SEPARATORS:
        counts = [ln.count(sep) for ln in lines]
        header = counts[0]
        if header == 0:
            continue
        consistent = sum(1 for c in counts[1:] if c == header)
        score = (consistent, header)
        if score > best_score:
            best, best_score = sep, score
    return best


def read_text(path: Path, spec: SourceSpec, lang: str) -> RawTable:
    """The raw table of a delimited text file: every cell as text, blank lines dropped, lines
    with more fields than the header set apart in ``bad_lines``."""
    decoded = decode_file(path.read_bytes(), spec.encoding, path, lang)
    text, encoding = decoded.text, decoded.encoding
    guesses = []
    if decoded.guessed:
        guesses.append(encoding_guess(decoded, lang))
    text, skipped = skip_title_lines(text, spec)
    if skipped:
        guesses.append(message("ingest_guess_title_lines", lang, line=skipped + 1))
    sep = spec.sep or sniff_separator(text)
    if not spec.sep:
        guesses.append(message("ingest_guess_separator", lang, separator=_shown(sep, lang)))
    if not text.strip():
        raise ClientmixError(message("ingest_text_empty", lang, path=path), path=path)
    table = RawTable(
        frame=pd.DataFrame(),
        source_row=pd.Series(dtype="int64"),
        path=path,
        rel_path=spec.rel_path,
        format="csv",
        guesses=guesses,
        encoding=encoding,
        sep=sep,
        sep_given=bool(spec.sep),
    )
    fast = _read_arrow(text, sep)
    if fast is not None:
        table.frame, table.source_row = fast, line_numbers(fast, skipped)
    else:
        table.frame, table.source_row, table.bad_lines = _read_careful(
            text, sep, skipped, path, lang
        )
    return table


def _shown(sep: str, lang: str) -> str:
    """The separator as the guesses show it (tab by name)."""
    if sep == "\t":
        return message("ingest_separator_tab", lang)
    return message("ingest_separator_shown", lang, separator=sep)


def _read_arrow(text: str, sep: str) -> pd.DataFrame | None:
    """Fast path (multithreaded Arrow parser) for clean files: None when the file has blank
    lines, lines with a wrong number of fields or anything else that needs the careful path,
    which keeps exact line numbers."""
    if "\n\n" in text or "\n\r\n" in text or "\r\r" in text:
        return None
    # every column as text: type inference would turn the id "00123" into 123
    header = next(csv.reader([text.split("\n", 1)[0].rstrip("\r")], delimiter=sep, quotechar='"'))
    if len(set(header)) != len(header):
        return None
    invalid = []

    def on_invalid(row) -> str:
        invalid.append(row)
        return "skip"

    try:
        table = pacsv.read_csv(
            io.BytesIO(text.encode("utf-8")),
            read_options=pacsv.ReadOptions(block_size=1 << 24),
            parse_options=pacsv.ParseOptions(
                delimiter=sep, quote_char='"', invalid_row_handler=on_invalid
            ),
            convert_options=pacsv.ConvertOptions(
                column_types={h: pa.string() for h in header},
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
                null_values=[],
                true_values=[],
                false_values=[],
                auto_dict_encode=False,
            ),
        )
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    if invalid or table.num_rows == 0:
        return None
    names = [str(c).strip() for c in table.column_names]
    if len(set(names)) != len(names):
        return None
    table = table.cast(pa.schema([pa.field(n, pa.string()) for n in table.column_names]))
    frame = table.to_pandas()
    frame.columns = names
    if frame.eq("").all(axis=1).any():  # lines of empty fields: the careful path drops them
        return None
    return frame.astype("str")


def _read_careful(
    text: str, sep: str, skipped: int, path: Path, lang: str
) -> tuple[pd.DataFrame, pd.Series, pd.DataFrame | None]:
    """Careful path (pandas, then the csv module for the lines it skipped): the frame without
    blank lines, the line number of each row, and the lines with too many fields (or None)."""
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            sep=sep,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
            on_bad_lines="skip",
            engine="c",
            quotechar='"',
        )
    except pd.errors.EmptyDataError:
        raise ClientmixError(message("ingest_text_no_rows", lang, path=path), path=path) from None
    except pd.errors.ParserError as exc:
        raise ClientmixError(
            message("ingest_cannot_split", lang, path=path, error=exc), path=path
        ) from None
    frame.columns = [str(c).strip() for c in frame.columns]
    # Line numbers: header is line 1; blank lines were kept so positions match lines,
    # unless the parser skipped bad lines (then we find them below).
    lines = text.splitlines()
    # drop trailing empty lines (pandas ignores the final newline)
    while lines and not lines[-1].strip():
        lines.pop()
    bad_lines = None
    if len(frame) != len(lines) - 1:
        source_row, bad_lines = _bad_lines(lines, frame, sep, lang)
        bad_lines["source_row"] += skipped
    else:
        source_row = line_numbers(frame)
    source_row = source_row + skipped
    # blank lines are not rows
    nonblank = frame.ne("").any(axis=1) & frame.notna().any(axis=1)
    if not nonblank.all():
        frame, source_row = frame[nonblank], source_row[nonblank]
    return frame.reset_index(drop=True), source_row.reset_index(drop=True), bad_lines


def _bad_lines(
    lines: list[str], frame: pd.DataFrame, sep: str, lang: str
) -> tuple[pd.Series, pd.DataFrame]:
    """Some lines had more fields than the header: find them with the csv module. Returns the
    line number of each row of ``frame`` and the bad lines (source_row, detail)."""
    width = len(frame.columns)
    bad_rows, keep_rows = [], []
    reader = csv.reader(io.StringIO("\n".join(lines[1:])), delimiter=sep, quotechar='"')
    for i, fields in enumerate(reader):
        if len(fields) > width:
            detail = message("ingest_too_many_fields", lang, fields=len(fields), width=width)
            bad_rows.append({"source_row": i + 2, "detail": detail})
        else:
            keep_rows.append(i + 2)
    if len(keep_rows) != len(frame):  # multi-line quoted values: fall back on positions
        keep_rows = list(range(2, len(frame) + 2))
    source_row = pd.Series(keep_rows, index=frame.index, dtype="int64")
    return source_row, pd.DataFrame(bad_rows, columns=["source_row", "detail"])
