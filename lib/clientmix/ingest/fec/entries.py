"""From the table of strings to entry lines with amounts in integer cents, grouped into entries.

An *entry* (écriture) is the set of lines sharing ``JournalCode`` + ``EcritureNum``. Entries
are numbered 0..count-1 with ``pd.factorize`` so that per-entry sums are ``np.bincount`` calls.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from clientmix.errors import ClientmixError, message
from clientmix.ingest.fec.table import load_table
from clientmix.ingest.fec.values import line_list, parse_amounts, sens_value, take

_DECIMAL_KEYS = {
    frozenset({"comma"}): "fec_decimal_comma",
    frozenset({"dot"}): "fec_decimal_dot",
}


@dataclass
class Lines:
    """The entry lines of the file (blank lines left out), amounts in integer cents.

    Attributes
    ----------
    frame : the lines as strings, canonical column names, keys stripped.
    line_no : file line number of each line (header = 1).
    blank : number of blank lines left out.
    debit, credit : int64 cents, 0 where the amount is unreadable.
    bad_amount : lines whose amount (or Sens) is unreadable.
    """

    frame: pd.DataFrame
    line_no: np.ndarray
    blank: int
    debit: np.ndarray
    credit: np.ndarray
    bad_amount: np.ndarray


@dataclass
class Entries:
    """Lines grouped into entries.

    Attributes
    ----------
    code : the entry of each line (0..count-1).
    count : number of entries.
    journal : for each entry, its journal's index into ``journal_names``.
    journal_names : the journal codes met, in order of appearance.
    number : EcritureNum of each entry.
    first_line : file line number of each entry's first line.
    """

    code: np.ndarray
    count: int
    journal: np.ndarray
    journal_names: np.ndarray
    number: np.ndarray
    first_line: np.ndarray

    def total(self, weights: np.ndarray) -> np.ndarray:
        """Sum of a per-line quantity per entry (float64)."""
        return np.bincount(self.code, weights=weights, minlength=self.count)

    def labels(self, idx: np.ndarray, sep: str = " ") -> np.ndarray:
        """JournalCode + `sep` + EcritureNum of the entries `idx` (object array)."""
        journals = self.journal_names[self.journal[idx]].astype(object)
        return journals + sep + self.number[idx].astype(str).astype(object)


def _entry_lines(
    frame: pd.DataFrame, path: Path, lang: str
) -> tuple[pd.DataFrame, np.ndarray, int]:
    """Strip the keys, leave out blank lines; return (lines, file line numbers, blank count).
    Raises when no line is left or when a line has no EcritureNum."""
    line_no_all = np.arange(2, len(frame) + 2, dtype=np.int64)
    for col in ("JournalCode", "EcritureNum", "CompteNum", "CompAuxNum"):
        frame[col] = frame[col].str.strip()
    blank = (frame["JournalCode"] == "") & (frame["CompteNum"] == "") & (frame["EcritureNum"] == "")
    blank_np = blank.to_numpy(dtype=bool)
    if blank_np.any():
        frame = frame.loc[~blank_np].reset_index(drop=True)
    line_no = line_no_all[~blank_np]
    if len(frame) == 0:
        raise ClientmixError(message("fec_header_only", lang, path=path), path=path)
    no_num = (frame["EcritureNum"] == "").to_numpy(dtype=bool)
    if no_num.any():
        where = line_list(line_no[no_num], lang)
        raise ClientmixError(
            message("fec_no_entry_number", lang, path=path, lines=where), path=path
        )
    return frame, line_no, int(blank_np.sum())


def _line_amounts(
    frame: pd.DataFrame,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, set[str]]:
    """(debit cents, credit cents, unreadable mask, decimal styles) from Debit + Credit, or
    from Montant + Sens (a Sens that is neither debit nor credit makes the amount unreadable)."""
    if "Debit" in frame.columns:
        debit, bad_d, st_d = parse_amounts(frame["Debit"])
        credit, bad_c, st_c = parse_amounts(frame["Credit"])
        bad_amount = bad_d | bad_c
        styles = st_d | st_c
    else:
        amount, bad_m, styles = parse_amounts(frame["Montant"])
        s_codes, s_uniques = pd.factorize(frame["Sens"], use_na_sentinel=False)
        sens_u = np.array([sens_value(u) for u in s_uniques] or [0], dtype=np.int64)
        sens = sens_u[s_codes]
        bad_amount = bad_m | (sens == 0)
        debit = np.where(sens == 1, amount, 0)
        credit = np.where(sens == -1, amount, 0)
    debit = np.where(bad_amount, 0, debit).astype(np.int64)
    credit = np.where(bad_amount, 0, credit).astype(np.int64)
    return debit, credit, bad_amount, styles


def read_lines(path: Path, encoding: str | None, lang: str) -> tuple[Lines, list[str]]:
    """Read the file's entry lines and their amounts; return them with the reading notes."""
    frame, notes = load_table(path, encoding, lang)
    frame, line_no, blank = _entry_lines(frame, path, lang)
    debit, credit, bad_amount, styles = _line_amounts(frame)
    if styles:
        key = _DECIMAL_KEYS.get(frozenset(styles), "fec_decimal_mixed")
        notes.append(message("fec_decimal_mark", lang, mark=message(key, lang)))
    return Lines(frame, line_no, blank, debit, credit, bad_amount), notes


def group_entries(lines: Lines) -> Entries:
    """Number the entries (JournalCode + EcritureNum) in order of first appearance."""
    frame = lines.frame
    jc_codes, jc_uniques = pd.factorize(frame["JournalCode"], use_na_sentinel=False)
    num_codes, _ = pd.factorize(frame["EcritureNum"], use_na_sentinel=False)
    entry, _ = pd.factorize(jc_codes.astype(np.int64) * (int(num_codes.max()) + 1) + num_codes)
    _, first_idx = np.unique(entry, return_index=True)
    return Entries(
        code=entry,
        count=int(entry.max()) + 1,
        journal=jc_codes[first_idx],
        journal_names=np.array([str(u) for u in jc_uniques], dtype=object),
        number=take(frame["EcritureNum"], first_idx),
        first_line=lines.line_no[first_idx],
    )
