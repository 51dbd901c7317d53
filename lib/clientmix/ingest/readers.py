"""Read a raw table (CSV/TSV/TXT, Excel, Parquet) as it is, without interpreting values.

French exports come with ``;`` separators, decimal commas, Windows-1252 text and a BOM or not.
What the file does not say is sniffed and reported in ``RawTable.guesses``. Values are kept as
text (CSV) or as the cell types of the file (Excel, Parquet); :mod:`clientmix.ingest.parse` turns them
into numbers and dates. Each row keeps its ``source_row``: the line number a user sees in a
spreadsheet (header = 1, first data row = 2).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv

from clientmix.errors import ClientmixError, msg
from clientmix.ingest.config import SourceSpec

SEPARATORS = (";", "\t", ",", "|")
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"
PARQUET_MAGIC = b"PAR1"


@dataclass
class RawTable:
    """A table as read from a file: values untouched, one ``source_row`` per row."""

    frame: pd.DataFrame
    source_row: pd.Series
    path: Path
    rel_path: str
    format: str
    guesses: list[str] = field(default_factory=list)
    bad_lines: pd.DataFrame | None = None
    """Lines the CSV parser could not split into the header's columns (source_row, detail)."""
    encoding: str | None = None
    sep: str | None = None


def _listing(folder: Path) -> str:
    try:
        names = sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))
    except OSError:
        return ""
    return ", ".join(names[:20])


def detect_format(path: Path, head: bytes) -> str:
    """csv | excel | parquet from the first bytes, falling back to the extension."""
    if head.startswith(ZIP_MAGIC) or head.startswith(OLE_MAGIC):
        return "excel"
    if head.startswith(PARQUET_MAGIC):
        return "parquet"
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        return "excel"
    if suffix == ".parquet":
        return "parquet"
    return "csv"


def decode(data: bytes, encoding: str | None, path: Path, lang: str) -> tuple[str, str, bool]:
    """Decode bytes: (text, encoding used, guessed?).

    UTF-8 (with or without BOM) is tried first, then Windows-1252, then Latin-1. A file with
    NUL bytes that is not UTF-16 is binary, not a table.
    """
    if encoding:
        try:
            enc = (
                "utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding
            )
            return data.decode(enc), encoding, False
        except LookupError:
            raise ClientmixError(
                msg(
                    lang,
                    f"Encodage « {encoding} » inconnu pour {path}. Essayez utf-8, cp1252 ou latin-1.",
                    f"Unknown encoding '{encoding}' for {path}. Try utf-8, cp1252 or latin-1.",
                ),
                path=path,
            ) from None
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise ClientmixError(
                msg(
                    lang,
                    f"{path} ne se lit pas en {encoding} (ligne {line}, octet {exc.start}). "
                    "Retirez « encoding: » de engagement.yaml pour le détecter, ou essayez cp1252.",
                    f"{path} cannot be read as {encoding} (line {line}, byte {exc.start}). "
                    "Remove 'encoding:' from engagement.yaml to detect it, or try cp1252.",
                ),
                path=path,
            ) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16", True
    sample = data[:65536]
    if b"\x00" in sample:
        raise ClientmixError(
            msg(
                lang,
                f"{path} n'est pas un fichier texte lisible (contenu binaire). Exportez les "
                "ventes en CSV ou en Excel (.xlsx).",
                f"{path} is not a readable text file (binary content). Export the sales as "
                "CSV or Excel (.xlsx).",
            ),
            path=path,
        )
    try:
        text, used = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, used = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, used = data.decode("latin-1"), "latin-1"
    head = text[:4096]
    controls = sum(1 for ch in head if not ch.isprintable() and ch not in "\t\r\n")
    if controls > max(2, 0.05 * len(head)):
        raise ClientmixError(
            msg(
                lang,
                f"{path} n'est pas un fichier texte lisible ({controls} caractères de contrôle "
                "dans les premiers caractères). Exportez les ventes en CSV ou en Excel (.xlsx).",
                f"{path} is not a readable text file ({controls} control characters at the "
                "start). Export the sales as CSV or Excel (.xlsx).",
            ),
            path=path,
        )
    return text, used, True


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


def _read_text_arrow(text: str, sep: str) -> pd.DataFrame | None:
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


def _known_headers(spec: SourceSpec) -> set[str]:
    """Normalised header names that mark a header row: every synonym the loader matches,
    and the headers named in the engagement's column mapping."""
    from clientmix.ingest.parse import CUSTOMER_HEADERS, INVOICE_HEADERS, normalise_header

    known = {
        syn for table in (INVOICE_HEADERS, CUSTOMER_HEADERS) for v in table.values() for syn in v
    }
    return known | {normalise_header(h) for h in spec.columns.values()}


def _header_score(cells: list, known: set[str]) -> int:
    """How many cells are known column names."""
    from clientmix.ingest.parse import normalise_header

    return sum(normalise_header(cell) in known for cell in cells)


def _skip_title_lines(text: str, spec: SourceSpec, scan: int = 20) -> tuple[str, int]:
    """Text without the title lines some exports put above the header ("Extraction des
    ventes du ..."), and how many lines were cut. Nothing is cut unless the first line has
    fewer than two known column names and one of the next ``scan`` lines has two or more."""
    known = _known_headers(spec)
    seps = (spec.sep,) if spec.sep else SEPARATORS

    def score(line: str) -> int:
        return max(
            _header_score([c.strip().strip('"') for c in line.split(s)], known) for s in seps
        )

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


def _read_text(path: Path, spec: SourceSpec, lang: str) -> RawTable:
    data = path.read_bytes()
    text, encoding, enc_guessed = decode(data, spec.encoding, path, lang)
    guesses = []
    if enc_guessed:
        guesses.append(
            msg(lang, f"encodage détecté : {encoding}", f"encoding detected: {encoding}")
        )
    text, skipped = _skip_title_lines(text, spec)
    if skipped:
        guesses.append(
            msg(
                lang,
                f"en-tête trouvé à la ligne {skipped + 1} (lignes de titre au-dessus ignorées)",
                f"header found on line {skipped + 1} (title lines above it ignored)",
            )
        )
    sep = spec.sep or sniff_separator(text)
    if not spec.sep:
        shown = {"\t": "tabulation", ";": "« ; »", ",": "« , »", "|": "« | »"}[sep]
        guesses.append(msg(lang, f"séparateur détecté : {shown}", f"separator detected: {shown}"))
    if not text.strip():
        raise ClientmixError(
            msg(
                lang,
                f"{path} est vide. Exportez à nouveau les ventes depuis le logiciel de facturation.",
                f"{path} is empty. Export the sales again from the invoicing software.",
            ),
            path=path,
        )
    fast = _read_text_arrow(text, sep)
    if fast is not None:
        return RawTable(
            frame=fast,
            source_row=pd.Series(np.arange(len(fast), dtype="int64") + 2 + skipped),
            path=path,
            rel_path=spec.rel_path,
            format="csv",
            guesses=guesses,
            encoding=encoding,
            sep=sep,
        )
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
        raise ClientmixError(
            msg(lang, f"{path} est vide.", f"{path} is empty."), path=path
        ) from None
    except pd.errors.ParserError as exc:
        raise ClientmixError(
            msg(
                lang,
                f"{path} ne se découpe pas en colonnes ({exc}). Vérifiez le séparateur "
                "(« sep: » dans engagement.yaml).",
                f"{path} cannot be split into columns ({exc}). Check the separator "
                "('sep:' in engagement.yaml).",
            ),
            path=path,
        ) from None
    frame.columns = [str(c).strip() for c in frame.columns]
    # Line numbers: header is line 1; blank lines were kept so positions match lines,
    # unless the parser skipped bad lines (then we find them below).
    lines = text.splitlines()
    # drop trailing empty lines (pandas ignores the final newline)
    while lines and not lines[-1].strip():
        lines.pop()
    n_data_lines = len(lines) - 1
    bad_lines = None
    if len(frame) != n_data_lines:
        # Some lines had more fields than the header: find them with the csv module.
        width = len(frame.columns)
        bad_rows, keep_rows = [], []
        reader = csv.reader(io.StringIO("\n".join(lines[1:])), delimiter=sep, quotechar='"')
        for i, fields in enumerate(reader):
            if len(fields) > width:
                bad_rows.append(
                    {
                        "source_row": i + 2,
                        "detail": msg(
                            lang,
                            f"{len(fields)} champs au lieu de {width} (séparateur dans une "
                            "valeur ?)",
                            f"{len(fields)} fields instead of {width} (separator inside a value?)",
                        ),
                    }
                )
            else:
                keep_rows.append(i + 2)
        bad_lines = pd.DataFrame(bad_rows, columns=["source_row", "detail"])
        bad_lines["source_row"] += skipped
        if len(keep_rows) != len(frame):  # multi-line quoted values: fall back on positions
            keep_rows = list(range(2, len(frame) + 2))
        source_row = pd.Series(keep_rows, index=frame.index, dtype="int64")
    else:
        source_row = pd.Series(
            np.arange(len(frame), dtype="int64") + 2, index=frame.index, dtype="int64"
        )
    source_row = source_row + skipped
    # blank lines are not rows
    nonblank = frame.ne("").any(axis=1) & frame.notna().any(axis=1)
    if not nonblank.all():
        frame, source_row = frame[nonblank], source_row[nonblank]
    return RawTable(
        frame=frame.reset_index(drop=True),
        source_row=source_row.reset_index(drop=True),
        path=path,
        rel_path=spec.rel_path,
        format="csv",
        guesses=guesses,
        bad_lines=bad_lines,
        encoding=encoding,
        sep=sep,
    )


def _read_excel(path: Path, spec: SourceSpec, lang: str) -> RawTable:
    sheet = spec.sheet if spec.sheet is not None else 0
    try:
        frame = pd.read_excel(path, sheet_name=sheet, engine="calamine", dtype=object)
    except ValueError as exc:
        text = str(exc)
        if "not found" in text.lower() or "worksheet" in text.lower() or "sheet" in text.lower():
            try:
                sheets = pd.ExcelFile(path, engine="calamine").sheet_names
            except Exception:  # noqa: BLE001 - the file itself is unreadable
                sheets = []
            raise ClientmixError(
                msg(
                    lang,
                    f"Feuille « {sheet} » introuvable dans {path}. Feuilles présentes : "
                    f"{', '.join(map(str, sheets))}. Corrigez « sheet: » dans engagement.yaml.",
                    f"Sheet '{sheet}' not found in {path}. Sheets: {', '.join(map(str, sheets))}. "
                    "Fix 'sheet:' in engagement.yaml.",
                ),
                path=path,
            ) from None
        raise ClientmixError(
            msg(
                lang,
                f"{path} n'est pas un classeur Excel lisible ({text}). Ouvrez-le dans Excel et "
                "enregistrez-le en .xlsx.",
                f"{path} is not a readable Excel workbook ({text}). Open it in Excel and save "
                "it as .xlsx.",
            ),
            path=path,
        ) from None
    except Exception as exc:  # noqa: BLE001 - calamine raises its own error types
        raise ClientmixError(
            msg(
                lang,
                f"{path} n'est pas un classeur Excel lisible ({type(exc).__name__}: {exc}). "
                "Ouvrez-le dans Excel et enregistrez-le en .xlsx.",
                f"{path} is not a readable Excel workbook ({type(exc).__name__}: {exc}). "
                "Open it in Excel and save it as .xlsx.",
            ),
            path=path,
        ) from None
    frame.columns = [str(c).strip() for c in frame.columns]
    source_row = pd.Series(
        np.arange(len(frame), dtype="int64") + 2, index=frame.index, dtype="int64"
    )
    nonblank = frame.notna().any(axis=1) & frame.astype(str).apply(
        lambda c: c.str.strip().ne("") & c.ne("nan") & c.ne("None")
    ).any(axis=1)
    frame, source_row = frame[nonblank], source_row[nonblank]
    guesses = []
    header_at = _header_row(frame, spec)
    if header_at is not None:
        line = int(source_row.iloc[header_at])
        header = [
            str(v).strip() if pd.notna(v) and str(v).strip() else f"Unnamed: {j}"
            for j, v in enumerate(frame.iloc[header_at])
        ]
        frame = frame.iloc[header_at + 1 :].set_axis(header, axis=1)
        source_row = source_row.iloc[header_at + 1 :]
        guesses.append(
            msg(lang, f"en-tête trouvé à la ligne {line}", f"header found on line {line}")
        )
    return RawTable(
        frame=frame.reset_index(drop=True),
        source_row=source_row.reset_index(drop=True),
        path=path,
        rel_path=spec.rel_path,
        format="excel",
        guesses=guesses,
    )


def _header_row(frame: pd.DataFrame, spec: SourceSpec, scan: int = 20) -> int | None:
    """Position of the header row when a sheet starts with title lines ("Extraction du
    ..."): None when the first row already looks like a header, else the first of the next
    ``scan`` rows where at least two cells are known column names."""
    known = _known_headers(spec)

    def score(values) -> int:
        return _header_score([v for v in values if pd.notna(v)], known)

    if score(frame.columns) >= 2:
        return None
    for k in range(min(scan, len(frame))):
        if score(frame.iloc[k]) >= 2:
            return k
    return None


def _read_parquet(path: Path, spec: SourceSpec, lang: str) -> RawTable:
    try:
        frame = pd.read_parquet(path)
    except Exception as exc:  # noqa: BLE001 - pyarrow raises many types
        raise ClientmixError(
            msg(
                lang,
                f"{path} n'est pas un fichier Parquet lisible ({exc}).",
                f"{path} is not a readable Parquet file ({exc}).",
            ),
            path=path,
        ) from None
    frame = frame.reset_index(drop=True)
    frame.columns = [str(c).strip() for c in frame.columns]
    # header = 1, first data row = 2, as for the other formats
    source_row = pd.Series(np.arange(len(frame), dtype="int64") + 2, dtype="int64")
    return RawTable(
        frame=frame,
        source_row=source_row,
        path=path,
        rel_path=spec.rel_path,
        format="parquet",
    )


def check_file(spec: SourceSpec, *, lang: str = "fr", what: str = "invoices") -> bytes:
    """The first bytes of the file of ``spec``; a clear error when it is missing, a folder,
    unreadable or empty."""
    path = spec.path
    if not path.exists():
        listing = _listing(path.parent)
        raise ClientmixError(
            msg(
                lang,
                f"Fichier introuvable : {path} ({what}.path dans engagement.yaml).\n"
                f"Fichiers présents dans {path.parent} : {listing or 'aucun'}",
                f"File not found: {path} ({what}.path in engagement.yaml).\n"
                f"Files in {path.parent}: {listing or 'none'}",
            ),
            path=path,
        )
    if path.is_dir():
        raise ClientmixError(
            msg(
                lang,
                f"{path} est un dossier : {what}.path doit nommer un fichier.",
                f"{path} is a folder: {what}.path must name a file.",
            ),
            path=path,
        )
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise ClientmixError(
            msg(
                lang,
                f"Impossible de lire {path} ({exc.strerror}). Vérifiez les droits du fichier.",
                f"Cannot read {path} ({exc.strerror}). Check the file permissions.",
            ),
            path=path,
        ) from None
    if not head:
        raise ClientmixError(
            msg(
                lang,
                f"{path} est vide (0 octet). Exportez à nouveau le fichier.",
                f"{path} is empty (0 bytes). Export the file again.",
            ),
            path=path,
        )
    return head


def read_raw(spec: SourceSpec, *, lang: str = "fr", what: str = "invoices") -> RawTable:
    """Read the file of ``spec`` as a raw table.

    Raises
    ------
    ClientmixError
        Missing, empty, binary or unreadable file; header without rows.
    """
    head = check_file(spec, lang=lang, what=what)
    path = spec.path
    fmt = spec.format or detect_format(path, head)
    if fmt == "excel":
        table = _read_excel(path, spec, lang)
    elif fmt == "parquet":
        table = _read_parquet(path, spec, lang)
    else:
        table = _read_text(path, spec, lang)
    if len(table.frame) == 0 and (table.bad_lines is None or len(table.bad_lines) == 0):
        raise ClientmixError(
            msg(
                lang,
                f"{path} ne contient que l'en-tête ({', '.join(table.frame.columns[:12])}) et "
                "aucune ligne de données. Exportez une période qui contient des factures.",
                f"{path} holds only the header ({', '.join(table.frame.columns[:12])}) and no "
                "data rows. Export a period that has invoices.",
            ),
            path=path,
        )
    return table
