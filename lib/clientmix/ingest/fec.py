"""Read the French accounting export (FEC) and turn its sales entries into canonical invoices.

The FEC (Fichier des Écritures Comptables, article A47 A-1 of the Livre des procédures fiscales)
has one line per accounting line, 18 fixed columns (:data:`FEC_COLUMNS`), tab or pipe separated.
An *entry* (écriture) is the set of lines sharing ``JournalCode`` + ``EcritureNum``; its debits
equal its credits. A sale is an entry that credits class-70 accounts (706 services, 707 goods...,
709 discounts debited) and debits the customer on a 411 account, usually with an auxiliary
account per customer (``CompAuxNum``).

:func:`read_fec` returns one canonical invoice row per (sales entry, customer): the amount is the
net revenue excluding tax (credit minus debit on the revenue accounts of the entry), in the
currency of the books. :func:`write_fec` does the reverse for a canonical invoices table (used to
generate a FEC twin of a ledger sample). :func:`looks_like_fec` sniffs a file's header line.

Everything is read as strings with the pandas C parser and parsed column-wise: amounts and dates
are parsed once per distinct value (``pd.factorize``), entries are aggregated with
``np.bincount`` on integer entry codes, and all sums are made in integer cents.
"""

from __future__ import annotations

import codecs
import csv
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from clientmix.core.formats import fmt_money
from clientmix.errors import ClientmixError, msg

__all__ = [
    "FEC_COLUMNS",
    "FEC_FILENAME_RE",
    "FecResult",
    "looks_like_fec",
    "read_fec",
    "write_fec",
]

#: The 18 regulatory columns, in order (A47 A-1 LPF).
FEC_COLUMNS: tuple[str, ...] = (
    "JournalCode",
    "JournalLib",
    "EcritureNum",
    "EcritureDate",
    "CompteNum",
    "CompteLib",
    "CompAuxNum",
    "CompAuxLib",
    "PieceRef",
    "PieceDate",
    "EcritureLib",
    "Debit",
    "Credit",
    "EcritureLet",
    "DateLet",
    "ValidDate",
    "Montantdevise",
    "Idevise",
)

#: Regulatory file name: SIREN (9 digits) + "FEC" + closing date YYYYMMDD.
FEC_FILENAME_RE = re.compile(r"^(\d{9})FEC(\d{8})", re.IGNORECASE)

#: Journal codes used for opening entries (à-nouveaux).
OPENING_JOURNALS = frozenset({"AN", "RAN", "ANO", "ANX", "AN0", "OUV", "RO"})
_OPENING_LABEL = re.compile(r"(?:^|\b)(?:report\s+)?[aà]\s*[- ]?\s*nouveaux?\b", re.IGNORECASE)

# Columns we need (the canonical names); the others are not even converted.
_AMOUNT_DC = ("Debit", "Credit")
_AMOUNT_MS = ("Montant", "Sens")
_KEY_COLUMNS = ("JournalCode", "EcritureNum", "CompteNum")
_USED = FEC_COLUMNS[: FEC_COLUMNS.index("Credit") + 1] + _AMOUNT_MS


def _norm(name: str) -> str:
    """Lower-case, accent-free, alphanumeric-only form of a column name."""
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", text.lower())


_CANON = {_norm(c): c for c in (*FEC_COLUMNS, "Montant", "Sens")}


@dataclass
class FecResult:
    """What :func:`read_fec` found in a FEC file.

    Attributes
    ----------
    invoices : canonical invoices, one row per (sales entry, customer): customer_id,
        customer_name, date, amount (currency, net excl. tax, negative for a credit note),
        invoice_id, source_row (file line of the entry's first line, header = 1) and cost
        (currency) when the books or ``cost_rate`` give it.
    rejected : source_row, reason, detail, amount (class-70 revenue of the entry, currency; NaN
        for an unreadable amount), file (file name): entries or lines that could not be used.
    skipped : one row per (reason, journal): entries, lines, revenue_class70 (currency), detail.
    controls : control totals (currency figures rounded to the cent), see :func:`read_fec`.
    notes : guesses made while reading (encoding, separator, decimal, dates, amount layout).
    """

    invoices: pd.DataFrame
    rejected: pd.DataFrame
    skipped: pd.DataFrame
    controls: dict
    notes: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------------------------
# Sniffing: encoding, separator, header
# --------------------------------------------------------------------------------------------


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


def _detect_encoding(path: Path) -> tuple[str, str]:
    """Return (python encoding, human description) of the file."""
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


def _first_line(path: Path, encoding: str) -> str:
    with open(path, encoding=encoding, errors="replace", newline="") as fh:
        line = fh.readline(1 << 16)
    return line.lstrip("\ufeff").rstrip("\r\n")


def _split_header(line: str) -> tuple[str, list[str]]:
    """Guess the separator of a header line and split it."""
    counts = {sep: line.count(sep) for sep in ("\t", "|", ";")}
    sep = max(counts, key=lambda s: counts[s])
    if counts[sep] == 0:
        return "\t", [line]
    return sep, [c.strip().strip('"').strip() for c in line.split(sep)]


def _has_fec_header(names: Iterable[str]) -> bool:
    found = {_CANON.get(_norm(n)) for n in names}
    keys = all(k in found for k in _KEY_COLUMNS)
    amounts = all(k in found for k in _AMOUNT_DC) or all(k in found for k in _AMOUNT_MS)
    return keys and amounts


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
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = raw.decode("utf-16", errors="replace")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            # a multi-byte character cut at the end of the block is fine
            text = raw[: exc.start].decode("utf-8-sig") if exc.start > 0 else ""
            if "\n" not in text:
                text = raw.decode("cp1252", errors="replace")
    line = text.lstrip("\ufeff").splitlines()[0] if text.strip() else ""
    _, names = _split_header(line)
    return _has_fec_header(names)


# --------------------------------------------------------------------------------------------
# Value parsing (once per distinct value)
# --------------------------------------------------------------------------------------------


def _parse_amount_values(values: pd.Series) -> tuple[np.ndarray, set[str]]:
    """Parse distinct amount strings to float (vectorised); NaN when unreadable, empty = 0.

    Accepts a decimal comma or dot, spaces (also non-breaking) or dots/commas as thousands
    separators, leading zeros or spaces, a leading sign or a trailing minus ("1234,50-").
    Returns the values and the decimal styles seen ({"comma", "dot"}).
    """
    text = values.astype("str").str.replace("[\\s\u00a0\u202f']", "", regex=True)
    neg = text.str.endswith("-").to_numpy(dtype=bool)
    text = text.str.replace(r"-$", "", regex=True)
    # the rightmost mark is the decimal one: only digits may follow it
    comma_dec = text.str.contains(r",\d*$", regex=True).to_numpy(dtype=bool)
    dot_dec = text.str.contains(r"\.\d*$", regex=True).to_numpy(dtype=bool)
    text = pd.Series(
        np.where(
            comma_dec,
            text.str.replace(".", "", regex=False).str.replace(",", ".", regex=False),
            text.str.replace(",", "", regex=False),
        ),
        dtype="str",
    )
    empty = (text == "").to_numpy(dtype=bool)
    out = pd.to_numeric(text.where(~empty, "0"), errors="coerce").to_numpy(dtype=np.float64)
    out = np.where(neg, -out, out)
    styles: set[str] = set()
    if comma_dec.any():
        styles.add("comma")
    if dot_dec.any():
        styles.add("dot")
    return out, styles


def _parse_amounts(col: pd.Series) -> tuple[np.ndarray, np.ndarray, set[str]]:
    """Amount column (strings) -> (int64 cents, bad mask, decimal styles)."""
    codes, uniques = pd.factorize(col, use_na_sentinel=False)
    if len(uniques) == 0:
        return np.zeros(len(col), np.int64), np.zeros(len(col), bool), set()
    values, styles = _parse_amount_values(pd.Series(uniques))
    bad_u = ~np.isfinite(values)
    cents_u = np.where(bad_u, 0, np.round(np.nan_to_num(values) * 100.0)).astype(np.int64)
    return cents_u[codes], bad_u[codes], styles


_DATE_FORMATS = (
    ("YYYYMMDD", re.compile(r"^\d{8}$"), "%Y%m%d", 8),
    ("DD/MM/YYYY", re.compile(r"^\d{1,2}/\d{1,2}/\d{4}$"), "%d/%m/%Y", None),
    ("YYYY-MM-DD", re.compile(r"^\d{4}-\d{2}-\d{2}(?:[ T][\d:.]*)?$"), "%Y-%m-%d", 10),
    ("DD.MM.YYYY", re.compile(r"^\d{1,2}\.\d{1,2}\.\d{4}$"), "%d.%m.%Y", None),
)


def _parse_dates(col: pd.Series) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Date column (strings) -> (datetime64[ns], bad mask (non-empty but unreadable), formats)."""
    codes, uniques = pd.factorize(col, use_na_sentinel=False)
    texts = pd.Series([str(u).strip() for u in uniques], dtype=object)
    parsed = pd.Series(pd.NaT, index=texts.index, dtype="datetime64[ns]")
    formats: list[str] = []
    for label, pattern, fmt, width in _DATE_FORMATS:
        mask = texts.map(lambda t, p=pattern: bool(p.match(t))).to_numpy(dtype=bool, copy=True)
        mask &= parsed.isna().to_numpy(dtype=bool)
        if not mask.any():
            continue
        sub = texts[mask]
        if width:
            sub = sub.str.slice(0, width)
        parsed[mask] = pd.to_datetime(sub, format=fmt, errors="coerce").astype("datetime64[ns]")
        formats.append(label)
    values = parsed.to_numpy(dtype="datetime64[ns]")
    bad_u = np.isnat(values) & (texts != "").to_numpy()
    return values[codes], bad_u[codes], formats


def _classify(col: pd.Series, prefixes: Sequence[str]) -> np.ndarray:
    """Boolean mask: the (stripped) value starts with one of `prefixes`."""
    codes, uniques = pd.factorize(col, use_na_sentinel=False)
    prefixes = tuple(str(p) for p in prefixes)
    hit = np.array([str(u).startswith(prefixes) for u in uniques], dtype=bool)
    return hit[codes] if len(uniques) else np.zeros(len(col), dtype=bool)


_SENS = {"D": 1, "DEBIT": 1, "+1": 1, "1": 1, "+": 1, "C": -1, "CREDIT": -1, "-1": -1, "-": -1}


def _sens_value(value: object) -> int:
    """Sens column value -> +1 (debit), -1 (credit) or 0 (unreadable)."""
    text = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode()
    return _SENS.get(text.strip().upper(), 0)


def _take(col: pd.Series, idx: np.ndarray, strip: bool = False) -> np.ndarray:
    """Values of `col` at positions `idx` as an object array of str (optionally stripped)."""
    sub = col.iloc[idx]
    if strip:
        sub = sub.str.strip()
    return sub.to_numpy(dtype=object)


def _euros(cents: float | int) -> float:
    return round(float(cents) / 100.0, 2)


def _fmt_money(cents: float | int, lang: str) -> str:
    return fmt_money(float(cents) / 100.0, lang, "EUR", decimals=2)


def _line_list(lines: Sequence[int], lang: str, limit: int = 8) -> str:
    lines = sorted(int(x) for x in lines)
    shown = ", ".join(str(x) for x in lines[:limit])
    if len(lines) > limit:
        shown += msg(lang, f"... ({len(lines)} lignes)", f"... ({len(lines)} lines)")
    return shown


# --------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------


def _read_arrow(
    path: Path, sep: str, encoding: str, internal: list[str], keep: dict[str, str], quoted: bool
) -> pd.DataFrame | None:
    """Fast multi-threaded read of the kept columns as strings; None when pyarrow cannot."""
    try:
        import pyarrow as pa
        import pyarrow.csv as pacsv
    except ImportError:  # pragma: no cover - pyarrow is a dependency
        return None
    arrow_encoding = "utf8" if encoding in ("utf-8", "utf-8-sig", "utf8") else encoding
    try:
        table = pacsv.read_csv(
            path,
            read_options=pacsv.ReadOptions(
                encoding=arrow_encoding, skip_rows=1, column_names=internal
            ),
            parse_options=pacsv.ParseOptions(
                delimiter=sep, quote_char='"' if quoted else False, ignore_empty_lines=False
            ),
            convert_options=pacsv.ConvertOptions(
                include_columns=list(keep),
                column_types={c: pa.string() for c in keep},
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, LookupError, UnicodeDecodeError):
        return None
    dtype = pd.StringDtype("pyarrow", na_value=np.nan)
    return table.to_pandas(types_mapper=lambda t: dtype if t == pa.string() else None)


def _read_pandas(
    path: Path,
    sep: str,
    encoding: str,
    internal: list[str],
    keep: dict[str, str],
    quoted: bool,
    lang: str,
) -> pd.DataFrame:
    """pandas C parser, all strings; tolerates extra trailing fields on every line."""
    try:
        frame = pd.read_csv(
            path,
            sep=sep,
            header=None,
            skiprows=1,
            names=internal,
            usecols=list(keep),
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            encoding=encoding,
            index_col=False,
            skip_blank_lines=False,
            quoting=csv.QUOTE_MINIMAL if quoted else csv.QUOTE_NONE,
            engine="c",
            low_memory=False,
        )
    except pd.errors.ParserError as exc:
        raise ClientmixError(
            msg(
                lang,
                f"Le fichier FEC {path} est mal formé ({exc}). Une ligne a plus de colonnes que "
                "l'en-tête : demandez au cabinet comptable un nouvel export.",
                f"The FEC file {path} is malformed ({exc}). A line has more fields than the "
                "header: ask the accountant for a new export.",
            ),
            path=path,
        ) from exc
    except UnicodeDecodeError as exc:
        raise ClientmixError(
            msg(
                lang,
                f"Le fichier {path} ne se lit pas avec l'encodage {encoding} ({exc.reason}). "
                "Retirez l'encodage imposé pour le laisser détecter.",
                f"The file {path} cannot be read with encoding {encoding} ({exc.reason}). "
                "Remove the forced encoding to let it be detected.",
            ),
            path=path,
        ) from exc
    return frame.fillna("")


def _load_table(
    path: Path, encoding: str | None, lang: str
) -> tuple[pd.DataFrame, list[str], list[str]]:
    """Read the file as strings; return (frame with canonical column names, notes, names found)."""
    notes: list[str] = []
    if not path.is_file():
        raise ClientmixError(
            msg(lang, f"Fichier FEC introuvable : {path}.", f"FEC file not found: {path}."),
            path=path,
        )
    if path.stat().st_size == 0:
        raise ClientmixError(
            msg(
                lang,
                f"Le fichier FEC {path} est vide. Demandez au cabinet comptable un nouvel export.",
                f"The FEC file {path} is empty. Ask the accountant for a new export.",
            ),
            path=path,
        )
    if encoding is None:
        encoding, label = _detect_encoding(path)
        notes.append(msg(lang, f"Encodage détecté : {label}.", f"Encoding detected: {label}."))
    header = _first_line(path, encoding)
    sep, names = _split_header(header)
    sep_label = {"\t": "tabulation", "|": "barre verticale |", ";": "point-virgule ;"}[sep]
    sep_label_en = {"\t": "tab", "|": "pipe |", ";": "semicolon ;"}[sep]
    notes.append(msg(lang, f"Séparateur : {sep_label}.", f"Separator: {sep_label_en}."))
    if sep == ";":
        notes.append(
            msg(
                lang,
                "Le séparateur point-virgule n'est pas réglementaire pour un FEC (tabulation ou |).",
                "A semicolon separator is not regulatory for a FEC (tab or pipe).",
            )
        )

    canon_of = {n: _CANON.get(_norm(n)) for n in names}
    found = {c for c in canon_of.values() if c}
    missing = [k for k in _KEY_COLUMNS if k not in found]
    has_dc = all(k in found for k in _AMOUNT_DC)
    has_ms = all(k in found for k in _AMOUNT_MS)
    if not has_dc and not has_ms:
        missing += [k for k in _AMOUNT_DC if k not in found]
    if "EcritureDate" not in found and "PieceDate" not in found:
        missing.append("EcritureDate")
    if missing:
        shown = ", ".join(n for n in names if n) or msg(lang, "(aucune)", "(none)")
        raise ClientmixError(
            msg(
                lang,
                f"Le fichier {path} n'a pas les colonnes FEC obligatoires {', '.join(missing)}. "
                f"Colonnes trouvées (séparateur {sep_label}) : {shown}. "
                "Vérifiez qu'il s'agit bien du FEC et demandez au cabinet comptable un export "
                "conforme (18 colonnes, JournalCode ... Idevise).",
                f"The file {path} lacks the required FEC columns {', '.join(missing)}. "
                f"Columns found ({sep_label_en} separator): {shown}. "
                "Check that this is the FEC and ask the accountant for a regulatory export "
                "(18 columns, JournalCode ... Idevise).",
            ),
            path=path,
        )
    absent = [c for c in FEC_COLUMNS if c not in found and c not in ("Debit", "Credit")]
    if absent:
        notes.append(
            msg(
                lang,
                f"Colonnes FEC absentes (non bloquant) : {', '.join(absent)}.",
                f"FEC columns missing (not blocking): {', '.join(absent)}.",
            )
        )
    if has_dc:
        notes.append(
            msg(lang, "Montants : colonnes Debit et Credit.", "Amounts: Debit and Credit columns.")
        )
    else:
        notes.append(
            msg(
                lang,
                "Montants : une colonne Montant et une colonne Sens (D/C).",
                "Amounts: one Montant column and one Sens column (D/C).",
            )
        )
    wanted = set(_USED) - (set(_AMOUNT_MS) if has_dc else set(_AMOUNT_DC))
    quoted = header.lstrip("\ufeff").startswith('"')
    # our own column names: first occurrence of each canonical column, the rest ignored
    internal = [f"_c{i}" for i in range(len(names))]
    keep: dict[str, str] = {}
    for internal_name, name in zip(internal, names, strict=True):
        canon = canon_of.get(name)
        if canon in wanted and canon not in keep.values():
            keep[internal_name] = canon
    frame = _read_arrow(path, sep, encoding, internal, keep, quoted)
    if frame is None:
        notes.append(
            msg(
                lang,
                "Lecture de secours (lignes de longueur irrégulière) : plus lente.",
                "Fallback reading (lines of irregular length): slower.",
            )
        )
        frame = _read_pandas(path, sep, encoding, internal, keep, quoted, lang)
    frame.columns = [keep[c] for c in frame.columns]
    for col in wanted:
        if col not in frame.columns:
            frame[col] = ""
    if quoted:
        for col in frame.columns:
            frame[col] = frame[col].str.strip().str.strip('"')
    return frame, notes, names


def read_fec(
    path: Path | str,
    *,
    encoding: str | None = None,
    sales_prefixes: Sequence[str] = ("70",),
    discount_prefixes: Sequence[str] = ("709",),
    customer_prefix: str | Sequence[str] = "411",
    sales_journals: Sequence[str] | None = None,
    cost_rate: float | None = None,
    cost_prefixes: Sequence[str] = ("60",),
    lang: str = "fr",
) -> FecResult:
    """Read a FEC file and return its sales as canonical invoices, with controls.

    Parameters
    ----------
    path : the FEC file (tab or pipe separated, UTF-8 with or without BOM, Windows-1252 or
        ISO-8859-1; dates YYYYMMDD, DD/MM/YYYY or YYYY-MM-DD; decimal comma or dot).
    encoding : force the encoding (detected otherwise: UTF-8 strict, else Windows-1252).
    sales_prefixes : account prefixes of revenue (class 70 by default).
    discount_prefixes : account prefixes of discounts granted (709), counted as reductions.
    customer_prefix : account prefix(es) of customers (411).
    sales_journals : journal codes whose entries are sales; None means every journal having at
        least one entry with both a customer line and a revenue line.
    cost_rate : fraction of revenue in [0, 1] used as direct cost when the entries carry no
        cost lines (None: no estimated cost).
    cost_prefixes : account prefixes of direct costs found inside sales entries (60).
    lang : "fr" or "en", language of messages and notes.

    Returns
    -------
    FecResult
        ``invoices`` (amounts in the currency of the books, net excl. tax), ``rejected``,
        ``skipped``, ``controls`` and ``notes``. ``controls`` holds lines_read, entries,
        entries_sales (entries with revenue lines in sales journals), entries_attributed,
        entries_unbalanced (always 0: an unbalanced entry raises), revenue_class70_file (credit
        minus debit over every revenue line of the file except opening entries),
        revenue_attributed (sum of invoices.amount), revenue_gap and its split
        revenue_gap_without_customer, revenue_gap_other (= outside_sales_journals + rejected +
        unexplained, the last being 0 up to rounding of multi-customer splits).

    Raises
    ------
    ClientmixError
        Empty file, header only, missing required columns, malformed line, unbalanced entry.
    """
    path = Path(path)
    if lang not in ("fr", "en"):
        lang = "fr"
    if cost_rate is not None and not (0.0 <= float(cost_rate) <= 1.0):
        raise ClientmixError(
            msg(
                lang,
                f"Taux de coût {cost_rate} invalide : une fraction entre 0 et 1 est attendue "
                "(0.6 pour 60 %).",
                f"Invalid cost rate {cost_rate}: a fraction between 0 and 1 is expected "
                "(0.6 for 60%).",
            )
        )
    cust_prefixes = (
        (customer_prefix,) if isinstance(customer_prefix, str) else tuple(customer_prefix)
    )
    rev_prefixes = tuple(dict.fromkeys([*map(str, sales_prefixes), *map(str, discount_prefixes)]))

    frame, notes, _ = _load_table(path, encoding, lang)
    n_raw = len(frame)
    line_no_all = np.arange(2, n_raw + 2, dtype=np.int64)

    for col in ("JournalCode", "EcritureNum", "CompteNum", "CompAuxNum"):
        frame[col] = frame[col].str.strip()
    blank = (frame["JournalCode"] == "") & (frame["CompteNum"] == "") & (frame["EcritureNum"] == "")
    blank_np = blank.to_numpy(dtype=bool)
    if blank_np.any():
        frame = frame.loc[~blank_np].reset_index(drop=True)
    line_no = line_no_all[~blank_np]
    n = len(frame)
    if n == 0:
        raise ClientmixError(
            msg(
                lang,
                f"Le fichier FEC {path} ne contient que l'en-tête, aucune écriture. "
                "Demandez au cabinet comptable un nouvel export de l'exercice.",
                f"The FEC file {path} has a header but no entries. "
                "Ask the accountant for a new export of the financial year.",
            ),
            path=path,
        )

    no_num = (frame["EcritureNum"] == "").to_numpy(dtype=bool)
    if no_num.any():
        where = _line_list(line_no[no_num], lang)
        raise ClientmixError(
            msg(
                lang,
                f"Le FEC {path} a des lignes sans EcritureNum (lignes {where}) : impossible de "
                "regrouper les lignes en écritures. Demandez au cabinet comptable un nouvel "
                "export conforme.",
                f"The FEC {path} has lines without EcritureNum (lines {where}): lines cannot be "
                "grouped into entries. Ask the accountant for a new regulatory export.",
            ),
            path=path,
        )

    # ---- amounts, in integer cents -------------------------------------------------------
    if "Debit" in frame.columns:
        debit, bad_d, st_d = _parse_amounts(frame["Debit"])
        credit, bad_c, st_c = _parse_amounts(frame["Credit"])
        bad_amount = bad_d | bad_c
        styles = st_d | st_c
    else:
        amount, bad_m, styles = _parse_amounts(frame["Montant"])
        s_codes, s_uniques = pd.factorize(frame["Sens"], use_na_sentinel=False)
        sens_u = np.array([_sens_value(u) for u in s_uniques] or [0], dtype=np.int64)
        sens = sens_u[s_codes]
        bad_amount = bad_m | (sens == 0)
        debit = np.where(sens == 1, amount, 0)
        credit = np.where(sens == -1, amount, 0)
    if styles:
        dec = {
            frozenset({"comma"}): msg(lang, "virgule", "comma"),
            frozenset({"dot"}): msg(lang, "point", "dot"),
        }.get(frozenset(styles), msg(lang, "virgule et point (mélangés)", "comma and dot (mixed)"))
        notes.append(msg(lang, f"Séparateur décimal : {dec}.", f"Decimal mark: {dec}."))
    debit = np.where(bad_amount, 0, debit).astype(np.int64)
    credit = np.where(bad_amount, 0, credit).astype(np.int64)
    net = credit - debit  # positive = credit

    # ---- entries ---------------------------------------------------------------------------
    jc_codes, jc_uniques = pd.factorize(frame["JournalCode"], use_na_sentinel=False)
    num_codes, _ = pd.factorize(frame["EcritureNum"], use_na_sentinel=False)
    entry, _ = pd.factorize(jc_codes.astype(np.int64) * (int(num_codes.max()) + 1) + num_codes)
    n_entries = int(entry.max()) + 1
    _, first_idx = np.unique(entry, return_index=True)
    entry_jc = jc_codes[first_idx]
    jc_names = np.array([str(u) for u in jc_uniques], dtype=object)
    entry_num = _take(frame["EcritureNum"], first_idx)
    entry_line = line_no[first_idx]

    def per_entry(weights: np.ndarray) -> np.ndarray:
        return np.bincount(entry, weights=weights, minlength=n_entries)

    entry_bad = per_entry(bad_amount.astype(np.float64)) > 0
    gap = np.round(per_entry(debit.astype(np.float64)) - per_entry(credit.astype(np.float64)))
    unbalanced = (gap != 0) & ~entry_bad
    if unbalanced.any():
        _raise_unbalanced(
            path, unbalanced, gap, entry, entry_jc, jc_names, entry_num, line_no, lang
        )

    is_rev = _classify(frame["CompteNum"], rev_prefixes)
    is_cust = _classify(frame["CompteNum"], cust_prefixes)
    is_cost = _classify(frame["CompteNum"], cost_prefixes) & ~is_rev

    rev_lines = per_entry(is_rev.astype(np.float64)) > 0
    cust_lines = per_entry(is_cust.astype(np.float64)) > 0
    entry_rev = np.round(per_entry(np.where(is_rev, net, 0).astype(np.float64))).astype(np.int64)

    # opening entries: journal code or journal label, or a line label "A nouveau" in an entry
    # with revenue lines (labels of other entries do not matter for revenue)
    jl_codes, jl_uniques = pd.factorize(frame["JournalLib"], use_na_sentinel=False)
    jl_open = np.array([bool(_OPENING_LABEL.search(str(u))) for u in jl_uniques], dtype=bool)
    opening = np.isin(np.char.upper(jc_names.astype(str)), list(OPENING_JOURNALS))[entry_jc]
    if jl_open.any():
        opening[np.unique(entry[jl_open[jl_codes]])] = True
    cand = np.flatnonzero(rev_lines[entry] & ~opening[entry])
    if len(cand):
        sub = frame["EcritureLib"].iloc[cand]
        hit = np.flatnonzero(sub.str.contains("nouveau", case=False, regex=False).to_numpy(bool))
        if len(hit):
            ok = np.array([bool(_OPENING_LABEL.search(str(t))) for t in sub.iloc[hit]], dtype=bool)
            opening[np.unique(entry[cand[hit[ok]]])] = True

    # sales journals
    if sales_journals is None:
        jr = np.zeros(len(jc_names), dtype=bool)
        jr[np.unique(entry_jc[rev_lines & cust_lines & ~opening & ~entry_bad])] = True
        sales_jc = jr
    else:
        wanted = {str(j).strip().upper() for j in sales_journals}
        sales_jc = np.array([str(j).upper() in wanted for j in jc_names], dtype=bool)
    entry_sales_j = sales_jc[entry_jc]

    # ---- dates -------------------------------------------------------------------------------
    date_e, bad_e, fmt_e = _parse_dates(frame["EcritureDate"])
    date_p, _, fmt_p = _parse_dates(frame["PieceDate"])
    fmts = list(dict.fromkeys(fmt_e + fmt_p))
    if fmts:
        notes.append(
            msg(lang, f"Format des dates : {', '.join(fmts)}.", f"Date format: {', '.join(fmts)}.")
        )

    # ---- categories --------------------------------------------------------------------------
    # what becomes of each entry (boolean masks over entries)
    sales_entry = rev_lines & ~opening & entry_sales_j
    candidate = sales_entry & cust_lines & ~entry_bad
    no_customer = sales_entry & ~cust_lines & ~entry_bad
    bad_sales = rev_lines & ~opening & entry_bad
    outside = rev_lines & ~opening & ~entry_sales_j & ~entry_bad

    # entry date: first readable EcritureDate of its lines, else PieceDate
    sel = candidate[entry]
    ent_sel = entry[sel]
    de = pd.Series(date_e[sel]).groupby(ent_sel).first()
    dp = pd.Series(date_p[sel]).groupby(ent_sel).first()
    entry_date = np.full(n_entries, np.datetime64("NaT"), dtype="datetime64[ns]")
    entry_date[de.index.to_numpy()] = de.to_numpy(dtype="datetime64[ns]")
    fill = np.isnat(entry_date)
    fill_idx = dp.index.to_numpy()[fill[dp.index.to_numpy()]]
    entry_date[fill_idx] = dp.loc[fill_idx].to_numpy(dtype="datetime64[ns]")
    bad_date = candidate & np.isnat(entry_date)
    candidate &= ~bad_date

    # ---- customers per entry -----------------------------------------------------------------
    rejected_parts: list[pd.DataFrame] = []
    cl = np.flatnonzero(is_cust & candidate[entry])
    aux = _take(frame["CompAuxNum"], cl)
    acc = _take(frame["CompteNum"], cl)
    has_aux = aux != ""
    cust_key = np.where(has_aux, aux, acc)
    aux_lib = _take(frame["CompAuxLib"], cl, strip=True)
    acc_lib = _take(frame["CompteLib"], cl, strip=True)
    # name: CompAuxLib (else the auxiliary number) or, without auxiliary, CompteLib
    cust_name = np.where(
        has_aux, np.where(aux_lib != "", aux_lib, aux), np.where(acc_lib != "", acc_lib, acc)
    )
    piece = _take(frame["PieceRef"], cl, strip=True)
    cust = pd.DataFrame(
        {
            "entry": entry[cl],
            "customer_id": cust_key,
            "customer_name": cust_name,
            "piece": piece,
            "net": (debit[cl] - credit[cl]),  # customer side: positive = debit
            "has_aux": has_aux,
        }
    )
    grouped = cust.groupby(["entry", "customer_id"], sort=False)
    per = grouped.agg(
        customer_name=("customer_name", "first"),
        piece=("piece", "first"),
        net=("net", "sum"),
        has_aux=("has_aux", "first"),
    ).reset_index()
    n_cust = per.groupby("entry")["customer_id"].transform("size").to_numpy()
    tot = per.groupby("entry")["net"].transform("sum").to_numpy()
    netv = per["net"].to_numpy()
    multi = n_cust > 1
    ambiguous_row = multi & ((tot == 0) | (np.sign(netv) * np.sign(tot) < 0))
    ambiguous_entries = np.unique(per["entry"].to_numpy()[ambiguous_row])
    if len(ambiguous_entries):
        keep = ~np.isin(per["entry"].to_numpy(), ambiguous_entries)
        per = per.loc[keep].reset_index(drop=True)
        n_cust, tot, netv, multi = n_cust[keep], tot[keep], netv[keep], multi[keep]
        candidate[ambiguous_entries] = False
    ent = per["entry"].to_numpy()
    share = np.where(multi, netv / np.where(tot == 0, 1, tot), 1.0)
    rev = entry_rev[ent]
    alloc = np.round(rev * share).astype(np.int64)
    if multi.any():
        residual = rev - pd.Series(alloc).groupby(ent).transform("sum").to_numpy()
        biggest = pd.Series(np.abs(netv)).groupby(ent).transform("max").to_numpy() == np.abs(netv)
        first_big = biggest & ~pd.Series(biggest).groupby(ent).cumsum().gt(1).to_numpy()
        alloc = alloc + np.where(first_big, residual, 0)
        notes.append(
            msg(
                lang,
                f"{len(np.unique(ent[multi]))} écriture(s) de vente avec plusieurs clients : "
                "CA réparti au prorata des montants TTC des lignes clients.",
                f"{len(np.unique(ent[multi]))} sales entr(y/ies) with several customers: revenue "
                "split in proportion to the customer lines (incl. tax).",
            )
        )

    invoice_id = np.where(
        per["piece"].to_numpy(dtype=object) != "",
        per["piece"].to_numpy(dtype=object),
        jc_names[entry_jc[ent]].astype(object) + "-" + entry_num[ent].astype(str).astype(object),
    )
    invoices = pd.DataFrame(
        {
            "customer_id": pd.array(per["customer_id"].to_numpy(dtype=object), dtype="str"),
            "customer_name": pd.array(per["customer_name"].to_numpy(dtype=object), dtype="str"),
            "date": pd.to_datetime(entry_date[ent]).astype("datetime64[ns]"),
            "amount": alloc.astype(np.float64) / 100.0,
            "invoice_id": pd.array(invoice_id.astype(str), dtype="str"),
            "source_row": entry_line[ent].astype(np.int64),
        }
    )

    # generic 411 account used as customer without auxiliary
    no_aux = ~per["has_aux"].to_numpy(dtype=bool)
    if no_aux.any():
        ids = pd.unique(per["customer_id"].to_numpy()[no_aux])
        notes.append(
            msg(
                lang,
                f"{int(no_aux.sum())} vente(s) sans compte auxiliaire (CompAuxNum vide) : le "
                f"compte 411 sert d'identifiant client ({', '.join(map(str, ids[:5]))}"
                f"{'...' if len(ids) > 5 else ''}). Un compte 411 collectif regroupe alors "
                "plusieurs clients en un seul.",
                f"{int(no_aux.sum())} sale(s) without an auxiliary account (empty CompAuxNum): "
                f"the 411 account is used as customer id ({', '.join(map(str, ids[:5]))}"
                f"{'...' if len(ids) > 5 else ''}). A collective 411 account then merges "
                "several customers into one.",
            )
        )

    # ---- costs -------------------------------------------------------------------------------
    cost_lines = np.flatnonzero(is_cost & candidate[entry])
    cost_note = None
    if len(cost_lines):
        c_ent = entry[cost_lines]
        c_aux = _take(frame["CompAuxNum"], cost_lines)
        c_net = (debit - credit)[cost_lines]  # cost: positive = debit
        keyed = pd.DataFrame({"entry": c_ent, "customer_id": c_aux, "cost": c_net})
        direct = keyed.merge(
            per[["entry", "customer_id"]], on=["entry", "customer_id"], how="inner"
        )
        direct = direct.groupby(["entry", "customer_id"], as_index=False)["cost"].sum()
        pooled_mask = ~pd.MultiIndex.from_frame(keyed[["entry", "customer_id"]]).isin(
            pd.MultiIndex.from_frame(direct[["entry", "customer_id"]])
        )
        pooled = keyed.loc[pooled_mask].groupby("entry")["cost"].sum()
        key_idx = pd.MultiIndex.from_arrays([ent, per["customer_id"].to_numpy()])
        cost = (
            direct.set_index(["entry", "customer_id"])["cost"]
            .reindex(key_idx)
            .fillna(0)
            .to_numpy(dtype=np.float64)
        )
        pooled_per = pooled.reindex(ent).fillna(0).to_numpy(dtype=np.float64)
        cost = cost + np.round(pooled_per * share)
        has_cost = np.isin(ent, np.unique(c_ent))
        cost_cents = np.where(has_cost, cost, np.nan)
        if cost_rate is not None:
            cost_cents = np.where(has_cost, cost_cents, np.round(alloc * float(cost_rate)))
        invoices["cost"] = cost_cents / 100.0
        cost_note = msg(
            lang,
            f"Coûts directs lus dans les écritures de vente (comptes {', '.join(cost_prefixes)}) "
            f"pour {int(has_cost.sum())} vente(s) sur {len(has_cost)}"
            + (
                f" ; taux de coût {cost_rate:.0%} pour les autres."
                if cost_rate is not None
                else " ; coût inconnu (vide) pour les autres."
            ),
            f"Direct costs read in the sales entries (accounts {', '.join(cost_prefixes)}) for "
            f"{int(has_cost.sum())} of {len(has_cost)} sale(s)"
            + (
                f"; cost rate {cost_rate:.0%} for the others."
                if cost_rate is not None
                else "; cost unknown (empty) for the others."
            ),
        )
    elif cost_rate is not None:
        invoices["cost"] = np.round(alloc * float(cost_rate)) / 100.0
        cost_note = msg(
            lang,
            f"Aucune ligne de coût dans les écritures de vente : coût = {cost_rate:.0%} du CA.",
            f"No cost line in the sales entries: cost = {cost_rate:.0%} of revenue.",
        )
    if cost_note:
        notes.append(cost_note)

    # costs tagged with a customer auxiliary outside sales entries (analytical purchases)
    known = pd.unique(invoices["customer_id"].to_numpy())
    outside_cost_lines = is_cost & ~candidate[entry] & ~opening[entry]
    tagged = 0
    if outside_cost_lines.any() and len(known):
        idx = np.flatnonzero(outside_cost_lines)
        hit = idx[frame["CompAuxNum"].iloc[idx].isin(known).to_numpy(dtype=bool)]
        tagged = int((debit - credit)[hit].sum())
        if tagged:
            notes.append(
                msg(
                    lang,
                    f"{_fmt_money(tagged, lang)} de charges (comptes {', '.join(cost_prefixes)}) "
                    "portent le compte auxiliaire d'un client hors des écritures de vente ; "
                    "elles ne sont pas affectées aux ventes.",
                    f"{_fmt_money(tagged, 'en')} of costs (accounts {', '.join(cost_prefixes)}) "
                    "carry a customer's auxiliary account outside the sales entries; they are "
                    "not attributed to sales.",
                )
            )

    # ---- rejected ------------------------------------------------------------------------------
    def entry_label(e: np.ndarray) -> np.ndarray:
        return jc_names[entry_jc[e]].astype(object) + " " + entry_num[e].astype(str).astype(object)

    def reject(mask_entries: np.ndarray, reason: str, fr: str, en: str) -> None:
        idx = np.flatnonzero(mask_entries)
        if not len(idx):
            return
        label = entry_label(idx)
        money = [_fmt_money(c, lang) for c in entry_rev[idx]]
        text = msg(lang, fr, en)
        rejected_parts.append(
            pd.DataFrame(
                {
                    "source_row": entry_line[idx].astype(np.int64),
                    "reason": reason,
                    "detail": [
                        text.format(entry=lb, revenue=m) for lb, m in zip(label, money, strict=True)
                    ],
                    "amount": entry_rev[idx] / 100.0,
                    "file": path.name,
                }
            )
        )

    reject(
        no_customer,
        "no_customer",
        "Écriture {entry} : ligne de vente (classe 70) sans ligne client 411 ; {revenue} non "
        "attribués à un client.",
        "Entry {entry}: sales line (class 70) without a 411 customer line; {revenue} not "
        "attributed to a customer.",
    )
    reject(
        bad_date,
        "bad_date",
        "Écriture {entry} : EcritureDate et PieceDate illisibles ; {revenue} écartés.",
        "Entry {entry}: unreadable EcritureDate and PieceDate; {revenue} left out.",
    )
    amb = np.zeros(n_entries, dtype=bool)
    amb[ambiguous_entries] = True
    reject(
        amb,
        "ambiguous_customer",
        "Écriture {entry} : plusieurs clients avec des montants de sens opposés ; impossible de "
        "répartir {revenue} entre eux.",
        "Entry {entry}: several customers with amounts of opposite signs; cannot split "
        "{revenue} between them.",
    )
    # unreadable amounts: one row per bad line (every journal: the entry cannot be checked)
    bad_idx = np.flatnonzero(bad_amount)
    if len(bad_idx):
        cols = ("Debit", "Credit") if "Debit" in frame.columns else ("Montant", "Sens")
        vals = [_take(frame[c], bad_idx) for c in cols]
        lab = entry_label(entry[bad_idx])
        rejected_parts.append(
            pd.DataFrame(
                {
                    "source_row": line_no[bad_idx].astype(np.int64),
                    "reason": "bad_amount",
                    "detail": [
                        msg(
                            lang,
                            f"Écriture {lb} : montant illisible ({cols[0]} « {a} », {cols[1]} "
                            f"« {b} ») ; écriture entière écartée.",
                            f"Entry {lb}: unreadable amount ({cols[0]} '{a}', {cols[1]} '{b}'); "
                            "whole entry left out.",
                        )
                        for lb, a, b in zip(lab, vals[0], vals[1], strict=True)
                    ],
                    "amount": np.nan,
                    "file": path.name,
                }
            )
        )
    rejected = (
        pd.concat(rejected_parts, ignore_index=True).sort_values("source_row", kind="stable")
        if rejected_parts
        else pd.DataFrame(
            {
                "source_row": pd.Series(dtype=np.int64),
                "reason": pd.Series(dtype="str"),
                "detail": pd.Series(dtype="str"),
                "amount": pd.Series(dtype=np.float64),
                "file": pd.Series(dtype="str"),
            }
        )
    ).reset_index(drop=True)

    # ---- skipped summary ----------------------------------------------------------------------
    lines_per_entry = np.bincount(entry, minlength=n_entries)
    category = np.full(n_entries, "", dtype=object)
    category[~rev_lines & ~opening] = "no_sales_lines"
    category[opening] = "opening"
    category[outside] = "outside_sales_journals"
    skipped = _skipped_table(category, entry_jc, jc_names, lines_per_entry, entry_rev, lang)
    if blank_np.any():
        skipped = pd.concat(
            [
                skipped,
                pd.DataFrame(
                    {
                        "reason": ["blank_lines"],
                        "journal": [""],
                        "entries": [0],
                        "lines": [int(blank_np.sum())],
                        "revenue_class70": [0.0],
                        "detail": [msg(lang, "Lignes vides ignorées.", "Blank lines ignored.")],
                    }
                ),
            ],
            ignore_index=True,
        )

    # ---- controls -------------------------------------------------------------------------------
    rev_file = int(entry_rev[~opening].sum())  # unreadable amounts count as 0
    attributed = int(alloc.sum())
    without_customer = int(entry_rev[no_customer].sum())
    outside_rev = int(entry_rev[outside].sum())
    rejected_rev = int(entry_rev[bad_sales | bad_date].sum()) + int(
        entry_rev[ambiguous_entries].sum()
    )
    gap_total = rev_file - attributed
    other = gap_total - without_customer
    controls = {
        "file": str(path),
        "lines_read": int(n),
        "blank_lines": int(blank_np.sum()),
        "entries": int(n_entries),
        "entries_sales": int(sales_entry.sum()),
        "entries_attributed": int(len(np.unique(ent))),
        "entries_opening": int(opening.sum()),
        "entries_no_sales_lines": int((~rev_lines & ~opening).sum()),
        "entries_outside_sales_journals": int(outside.sum()),
        "entries_rejected": int(
            (no_customer | bad_date | bad_sales).sum() + len(ambiguous_entries)
        ),
        "entries_bad_amount": int(entry_bad.sum()),
        "entries_unbalanced": 0,
        "sales_journals": [str(j) for j in jc_names[sales_jc]],
        "revenue_class70_file": _euros(rev_file),
        "revenue_class70_opening": _euros(int(entry_rev[opening].sum())),
        "revenue_attributed": _euros(attributed),
        "revenue_gap": _euros(gap_total),
        "revenue_gap_without_customer": _euros(without_customer),
        "revenue_gap_other": _euros(other),
        "revenue_gap_outside_sales_journals": _euros(outside_rev),
        "revenue_gap_rejected": _euros(rejected_rev),
        "revenue_gap_unexplained": _euros(other - outside_rev - rejected_rev),
        "cost_attributed": _euros(np.nansum(invoices["cost"].to_numpy()) * 100)
        if "cost" in invoices
        else None,
        "cost_tagged_outside_sales": _euros(tagged),
        "customers": int(invoices["customer_id"].nunique()),
    }
    if len(bad_e) and bad_e.any():
        notes.append(
            msg(
                lang,
                f"{int(bad_e.sum())} ligne(s) avec une EcritureDate illisible.",
                f"{int(bad_e.sum())} line(s) with an unreadable EcritureDate.",
            )
        )
    return FecResult(
        invoices=invoices, rejected=rejected, skipped=skipped, controls=controls, notes=notes
    )


def _skipped_table(
    category: np.ndarray,
    entry_jc: np.ndarray,
    jc_names: np.ndarray,
    lines_per_entry: np.ndarray,
    entry_rev: np.ndarray,
    lang: str,
) -> pd.DataFrame:
    mask = category != ""
    cols = ["reason", "journal", "entries", "lines", "revenue_class70", "detail"]
    if not mask.any():
        return pd.DataFrame(
            {
                c: pd.Series(dtype="str" if c in ("reason", "journal", "detail") else "float64")
                for c in cols
            }
        )
    table = (
        pd.DataFrame(
            {
                "reason": category[mask].astype(str),
                "journal": jc_names[entry_jc[mask]].astype(str),
                "entries": 1,
                "lines": lines_per_entry[mask],
                "revenue_class70": entry_rev[mask],
            }
        )
        .groupby(["reason", "journal"], as_index=False, sort=True)
        .sum()
    )
    texts = {
        "opening": msg(
            lang,
            "Écritures d'à-nouveaux (ouverture) : ignorées pour le CA.",
            "Opening entries (à-nouveaux): ignored for revenue.",
        ),
        "no_sales_lines": msg(
            lang,
            "Écritures sans ligne de classe 70 (achats, banque, OD...) : pas des ventes.",
            "Entries without a class-70 line (purchases, bank, misc.): not sales.",
        ),
        "outside_sales_journals": msg(
            lang,
            "Lignes de classe 70 hors journaux de vente (OD, régularisations...) : non "
            "attribuées à un client.",
            "Class-70 lines outside the sales journals (misc., adjustments...): not attributed "
            "to a customer.",
        ),
    }
    table["revenue_class70"] = table["revenue_class70"].astype(np.float64) / 100.0
    table["detail"] = table["reason"].map(texts)
    return table[cols]


def _raise_unbalanced(
    path: Path,
    unbalanced: np.ndarray,
    gap: np.ndarray,
    entry: np.ndarray,
    entry_jc: np.ndarray,
    jc_names: np.ndarray,
    entry_num: np.ndarray,
    line_no: np.ndarray,
    lang: str,
) -> None:
    bad = np.flatnonzero(unbalanced)
    first = int(bad[0])
    lines = line_no[entry == first]
    jc, num = jc_names[entry_jc[first]], entry_num[first]
    diff = _fmt_money(gap[first], lang)
    others = len(bad) - 1
    more_fr = f" ({others} autre(s) écriture(s) déséquilibrée(s) aussi)" if others else ""
    more_en = f" ({others} other unbalanced entr(y/ies) too)" if others else ""
    raise ClientmixError(
        msg(
            lang,
            f"Le FEC {path} contient une écriture déséquilibrée : JournalCode {jc}, "
            f"EcritureNum {num} (lignes {_line_list(lines, lang)}), débit - crédit = {diff}"
            f"{more_fr}. Un FEC valide a chaque écriture équilibrée au centime : demandez au "
            "cabinet comptable un nouvel export.",
            f"The FEC {path} has an unbalanced entry: JournalCode {jc}, EcritureNum {num} "
            f"(lines {_line_list(lines, lang)}), debit - credit = {diff}{more_en}. A valid FEC "
            "has every entry balanced to the cent: ask the accountant for a new export.",
        ),
        path=path,
    )


# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------


def _fmt_cents(cents: np.ndarray, decimal: str = ",") -> np.ndarray:
    """Non-negative integer cents -> '1234,50' strings (vectorised)."""
    cents = np.asarray(cents, dtype=np.int64)
    units = (cents // 100).astype(str)
    frac = np.char.zfill((cents % 100).astype(str), 2)
    return np.char.add(np.char.add(units, decimal), frac)


def _clean_text(values: pd.Series, sep: str) -> pd.Series:
    return (
        values.astype(str)
        .str.replace(sep, " ", regex=False)
        .str.replace(r"[\r\n]+", " ", regex=True)
        .str.strip()
    )


def write_fec(
    invoices: pd.DataFrame,
    path: Path | str,
    *,
    siren: str = "123456789",
    vat_rate: float = 0.20,
    sep: str = "\t",
    encoding: str = "utf-8",
    journal: str = "VE",
) -> None:
    """Write a valid FEC holding the sales of a canonical invoices table.

    Each invoice row becomes one sales entry in journal `journal`: a 411000 line (CompAuxNum =
    customer_id, CompAuxLib = customer_name) debited with the amount including tax, a 706000
    line credited with the net amount, a 445710 line credited with the VAT (``vat_rate``, a
    fraction); a credit note (negative amount) is written reversed. When the table has a
    ``cost`` column, the entry also holds 603000 (debit) / 370000 (credit) lines for the cost
    (perpetual inventory), which :func:`read_fec` reads back as the invoice's cost.
    An opening entry (journal "AN"), a purchase entry (journal "HA") and a bank receipt
    (journal "BQ") are added, so that the controls have something to skip. Dates are written
    YYYYMMDD, amounts with a decimal comma; output is deterministic.

    Parameters
    ----------
    invoices : canonical invoices: customer_id, date, amount (currency, net excl. tax), and
        optionally customer_name, invoice_id, cost. Amounts are rounded to the cent.
    path : output file (conventionally ``f"{siren}FEC{closing date:%Y%m%d}.txt"``).
    siren : company SIREN, used in piece references of the extra entries.
    vat_rate : VAT rate as a fraction (0.20 for 20 %).
    sep : "\\t" or "|".
    encoding : file encoding ("utf-8", "cp1252", "latin-1"); characters it cannot hold are
        replaced by "?".
    journal : sales journal code.
    """
    path = Path(path)
    inv = invoices.reset_index(drop=True)
    n = len(inv)
    if n == 0:
        raise ClientmixError(
            msg("fr", "Aucune facture à écrire dans le FEC.", "No invoice to write in the FEC.")
        )
    dates = pd.to_datetime(inv["date"])
    bad = dates.isna().to_numpy() | ~np.isfinite(inv["amount"].to_numpy(dtype=np.float64))
    if bad.any():
        raise ClientmixError(
            f"write_fec: {int(bad.sum())} invoice(s) without a date or an amount "
            f"(rows {', '.join(map(str, np.flatnonzero(bad)[:5]))}...)."
        )
    order = np.lexsort((np.arange(n), dates.to_numpy()))
    inv = inv.iloc[order].reset_index(drop=True)
    dates = pd.to_datetime(inv["date"]).reset_index(drop=True)
    cust = _clean_text(inv["customer_id"], sep)
    name = _clean_text(inv["customer_name"], sep) if "customer_name" in inv else cust
    ht = np.round(inv["amount"].to_numpy(dtype=np.float64) * 100.0).astype(np.int64)
    vat = np.round(ht * float(vat_rate)).astype(np.int64)
    ttc = ht + vat
    has_cost = "cost" in inv
    cost = (
        np.round(np.nan_to_num(inv["cost"].to_numpy(dtype=np.float64)) * 100.0).astype(np.int64)
        if has_cost
        else np.zeros(n, dtype=np.int64)
    )
    num = np.arange(1, n + 1)
    piece = np.array([f"F{i:07d}" for i in num], dtype=object)
    if "invoice_id" in inv:
        given = _clean_text(inv["invoice_id"].fillna(""), sep).to_numpy(dtype=object)
        piece = np.where(given != "", given, piece)
    ymd = dates.dt.strftime("%Y%m%d").to_numpy(dtype=object)
    credit_note = ht < 0
    lib = np.where(credit_note, "Avoir ", "Facture ").astype(object) + name.to_numpy(dtype=object)

    # lines of the sales entries: (account, label, signed cents on the debit side)
    blocks = [
        ("411000", "Clients", ttc, True),
        ("706000", "Prestations de services", -ht, False),
        ("445710", "TVA collectée", -vat, False),
    ]
    if has_cost:
        blocks += [
            ("603000", "Variation des stocks", cost, False),
            ("370000", "Stocks de marchandises", -cost, False),
        ]
    parts = []
    for rank, (account, acc_lib, signed, is_customer) in enumerate(blocks):
        keep = np.ones(n, dtype=bool) if rank < 3 else cost != 0
        parts.append(
            pd.DataFrame(
                {
                    "_entry": num[keep],
                    "_rank": rank,
                    "JournalCode": journal,
                    "JournalLib": "Ventes",
                    "EcritureNum": num[keep].astype(str),
                    "EcritureDate": ymd[keep],
                    "CompteNum": account,
                    "CompteLib": acc_lib,
                    "CompAuxNum": cust.to_numpy(dtype=object)[keep] if is_customer else "",
                    "CompAuxLib": name.to_numpy(dtype=object)[keep] if is_customer else "",
                    "PieceRef": piece[keep],
                    "PieceDate": ymd[keep],
                    "EcritureLib": lib[keep],
                    "_signed": signed[keep],
                }
            )
        )
    sales = pd.concat(parts, ignore_index=True).sort_values(["_entry", "_rank"], kind="stable")

    start = dates.min().normalize().replace(month=1, day=1)
    end = dates.max()
    first_cust, first_name = cust.iloc[0], name.iloc[0]
    d0, d1 = start.strftime("%Y%m%d"), end.strftime("%Y%m%d")
    extra_rows = [
        # opening entry (à-nouveaux): balance sheet accounts only
        ("AN", "A nouveaux", "1", d0, "512000", "Banque", "", "", "AN", d0, "A nouveau", 1500000),
        ("AN", "A nouveaux", "1", d0, "101000", "Capital", "", "", "AN", d0, "A nouveau", -1000000),
        (
            "AN",
            "A nouveaux",
            "1",
            d0,
            "110000",
            "Report à nouveau",
            "",
            "",
            "AN",
            d0,
            "A nouveau",
            -500000,
        ),
        # a purchase: no class-70 line
        (
            "HA",
            "Achats",
            "1",
            d1,
            "607000",
            "Achats de marchandises",
            "",
            "",
            f"A{siren[-4:]}1",
            d1,
            "Fournisseur SARL",
            100000,
        ),
        (
            "HA",
            "Achats",
            "1",
            d1,
            "445660",
            "TVA déductible",
            "",
            "",
            f"A{siren[-4:]}1",
            d1,
            "Fournisseur SARL",
            20000,
        ),
        (
            "HA",
            "Achats",
            "1",
            d1,
            "401000",
            "Fournisseurs",
            "F0001",
            "Fournisseur SARL",
            f"A{siren[-4:]}1",
            d1,
            "Fournisseur SARL",
            -120000,
        ),
        # a bank receipt from the first customer: a 411 line but no sale
        (
            "BQ",
            "Banque",
            "1",
            d1,
            "512000",
            "Banque",
            "",
            "",
            "VIR1",
            d1,
            "Règlement client",
            10000,
        ),
        (
            "BQ",
            "Banque",
            "1",
            d1,
            "411000",
            "Clients",
            first_cust,
            first_name,
            "VIR1",
            d1,
            "Règlement client",
            -10000,
        ),
    ]
    extra = pd.DataFrame(
        extra_rows,
        columns=[
            "JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib",
            "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "_signed",
        ],
    )  # fmt: skip
    lines = pd.concat([extra.iloc[:3], sales, extra.iloc[3:]], ignore_index=True)
    signed = lines["_signed"].to_numpy(dtype=np.int64)
    lines["Debit"] = _fmt_cents(np.where(signed > 0, signed, 0))
    lines["Credit"] = _fmt_cents(np.where(signed < 0, -signed, 0))
    lines["EcritureLet"] = ""
    lines["DateLet"] = ""
    lines["ValidDate"] = lines["EcritureDate"]
    lines["Montantdevise"] = ""
    lines["Idevise"] = ""
    out = lines[list(FEC_COLUMNS)].astype(str)
    text_cols = [out[c] for c in FEC_COLUMNS[1:]]
    body = out[FEC_COLUMNS[0]].str.cat(text_cols, sep=sep)
    content = sep.join(FEC_COLUMNS) + "\n" + "\n".join(body.tolist()) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding=encoding, errors="replace", newline="") as fh:
        fh.write(content)
