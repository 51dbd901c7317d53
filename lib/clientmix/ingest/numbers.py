"""Numbers from cells: the decimal mark decided per column from all its values, then text
parsed in a vectorised way (Arrow).

Accepted around a number: spaces, non-breaking spaces and apostrophes grouping thousands,
currency symbols and codes (€, $, £, EUR, USD, euros...), HT/TTC and a few units (kg, pcs,
u...), "(123,45)" and "123,45-" for negatives, Unicode minus, scientific notation (``1e+05``,
as R writes). Amounts in thousands ("12 k€", "3 MEUR") are never read: they stay unreadable
so the row is rejected with its value rather than counted 1,000 times too small.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

_CURRENCIES = "eur|euros?|usd|gbp|chf|cad|aud|jpy|cny|sek|nok|dkk|pln|mad|tnd|dzd|xof|xpf"
_UNITS = "ht|ttc|kgs?|pcs?|pce|pi[eè]ces?|units?|unit[eé]s?|u|un|h|hrs?"
_NOISE = "[\\s\u00a0\u202f'’€$£¥]"
_WORDS = f"(?i)^({_CURRENCIES}|{_UNITS})\\.?|({_CURRENCIES}|{_UNITS})\\.?$"
_GROUPED_COMMA = r"^[+-]?(\d{1,3}(\.\d{3})+|\d*)(,\d*)?$"
_GROUPED_DOT = r"^[+-]?(\d{1,3}(,\d{3})+|\d*)(\.\d*)?$"
_SCIENTIFIC = r"^[+-]?\d+([.,]\d+)?[eE][+-]?\d{1,3}$"

# evidence of the decimal mark, on a value stripped of noise, sign and parentheses
_COMMA_DECIMAL = (
    r"^(\d{1,3}(\.\d{3})+|\d*),(\d{1,2}|\d{4,})$"  # 12,5  1.234,56  0,12345
    r"|^(0|\d{4,})?,\d{3}$"  # 0,125  1234,125  ,125: not a thousands group
    r"|^\d{1,3}(\.\d{3})+,\d{3}$"  # 1.234,567
    r"|^\d{1,3}(\.\d{3}){2,}$"  # 1.234.567: the dot groups thousands
)
_DOT_DECIMAL = (
    r"^(\d{1,3}(,\d{3})+|\d*)\.(\d{1,2}|\d{4,})$"
    r"|^(0|\d{4,})?\.\d{3}$"
    r"|^\d{1,3}(,\d{3})+\.\d{3}$"
    r"|^\d{1,3}(,\d{3}){2,}$"
)
_AMBIGUOUS = r"^[1-9]\d{0,2}[.,]\d{3}$"  # 43,280 or 1.500: decimals or thousands?


@dataclass(frozen=True)
class DecimalEvidence:
    """What the text values of one column say about their decimal mark."""

    comma: int
    """Values that can only be read with a decimal comma ("12,5", "1.234,56", "1.234.567")."""
    dot: int
    """Values that can only be read with a decimal point."""
    ambiguous: int
    """Values with one separator followed by exactly three digits ("43,280", "1.500")."""
    example: str = ""
    """One ambiguous value as written (for messages)."""

    @property
    def mark(self) -> str | None:
        """ "," or "." when the column tells (the majority), None when it does not."""
        if self.comma == 0 and self.dot == 0:
            return None
        return "," if self.comma >= self.dot else "."


def _text_cells(values: pd.Series) -> pa.Array:
    """The text cells of a column as an Arrow string array (null elsewhere)."""
    if isinstance(values.array, pd.arrays.ArrowStringArray):
        return pa.array(values.array)  # zero copy
    if pd.api.types.is_string_dtype(values.dtype) and not pd.api.types.is_object_dtype(
        values.dtype
    ):
        return pa.array(values.to_numpy(dtype=object, na_value=None), type=pa.string())
    return pa.array([v if isinstance(v, str) else None for v in values], type=pa.string())


def _strip_noise(text: pa.Array) -> pa.Array:
    """Text without blanks, currency symbols, and currency codes or units before or after
    the number (any other letter stays, so "12 k€" remains unreadable)."""
    if not pc.any(pc.match_substring_regex(text, r"[^\d.,\-]")).as_py():
        return text  # plain numbers (most exports): skip the costly passes
    text = pc.replace_substring_regex(text, pattern=_NOISE, replacement="")
    for _ in range(2):  # "12,50 EUR HT"
        text = pc.replace_substring_regex(text, pattern=_WORDS, replacement="")
    return text


def _core(text: pa.Array) -> pa.Array:
    """Text stripped of noise, sign, parentheses and trailing minus: digits and marks."""
    text = _strip_noise(text)
    return pc.replace_substring_regex(text, pattern="^[(+\\-\u2212]+|[)\\-]+$", replacement="")


def decimal_evidence(values: pd.Series) -> DecimalEvidence:
    """Count, over ALL the text values of a column (each distinct value once), the values
    that tell a decimal comma, a decimal point, or neither because ambiguous."""
    if pd.api.types.is_numeric_dtype(values.dtype) and not pd.api.types.is_bool_dtype(values.dtype):
        return DecimalEvidence(0, 0, 0)
    text = pc.unique(_text_cells(values)).drop_null()
    core = _core(text)

    def count(pattern: str) -> int:
        return int(
            pc.sum(pc.fill_null(pc.match_substring_regex(core, pattern), False)).as_py() or 0
        )

    ambiguous = pc.fill_null(pc.match_substring_regex(core, _AMBIGUOUS), False)
    example = pc.filter(text, ambiguous)
    return DecimalEvidence(
        comma=count(_COMMA_DECIMAL),
        dot=count(_DOT_DECIMAL),
        ambiguous=int(pc.sum(ambiguous).as_py() or 0),
        example=str(example[0].as_py()).strip() if len(example) else "",
    )


def sniff_decimal(values: pd.Series) -> str | None:
    """ "," or "." from the text values of one column, None when no value tells (integers).

    A best guess for secondary columns (customers-file attributes): a column holding only
    ambiguous values ("1.500", "2,250") is read with the separator as thousands mark. The
    invoice amounts use :func:`decide_decimals` instead, which never guesses that way.
    """
    evidence = decimal_evidence(values)
    if evidence.mark is not None or evidence.ambiguous == 0:
        return evidence.mark
    return "," if "." in evidence.example else "."


def _text_to_float(text: pa.Array, decimal: str) -> np.ndarray:
    """Vectorised (Arrow) parse of number strings; NaN where unreadable."""
    text = pc.utf8_trim_whitespace(text)
    text = pc.replace_substring(text, pattern="\u2212", replacement="-")  # Unicode minus
    text = _strip_noise(text)
    negative = pc.fill_null(
        pc.or_(
            pc.match_substring_regex(text, pattern=r"^\(.*\)$"),
            pc.ends_with(text, pattern="-"),
        ),
        False,
    )
    text = pc.replace_substring_regex(text, pattern=r"^\(|\)$|-$", replacement="")
    scientific = pc.fill_null(pc.match_substring_regex(text, pattern=_SCIENTIFIC), False)
    # the thousands mark must group by three ("1.234,5"), or "12.5.3" would read as 1253
    grouped = _GROUPED_COMMA if decimal == "," else _GROUPED_DOT
    well_formed = pc.fill_null(pc.match_substring_regex(text, pattern=grouped), False)
    plain = text
    if decimal == ",":
        text = pc.replace_substring(text, pattern=".", replacement="")
        text = pc.replace_substring(text, pattern=",", replacement=".")
    else:
        text = pc.replace_substring(text, pattern=",", replacement="")
    # well formed + at least one digit: what is left is [+-]digits[.digits], which Arrow casts
    has_digit = pc.fill_null(pc.match_substring_regex(text, pattern=r"\d"), False)
    valid = pc.and_(well_formed, has_digit)
    text = pc.if_else(valid, text, pa.scalar(None, pa.string()))
    if pc.any(scientific).as_py():
        sci = pc.replace_substring(plain, pattern=",", replacement=".")
        text = pc.if_else(scientific, sci, text)
    out = pc.cast(text, pa.float64()).to_numpy(zero_copy_only=False)
    return np.where(negative.to_numpy(zero_copy_only=False), -out, out)


def parse_numbers(values: pd.Series, decimal: str = ",") -> pd.Series:
    """Numbers from cells: floats pass through; text is read with the decimal mark
    ``decimal`` ("," or "."), the other mark grouping thousands by three. Empty, missing
    markers or unreadable -> NaN."""
    if pd.api.types.is_numeric_dtype(values.dtype) and not pd.api.types.is_bool_dtype(values.dtype):
        return values.astype("float64")
    if pd.api.types.is_string_dtype(values.dtype) and not pd.api.types.is_object_dtype(
        values.dtype
    ):
        return pd.Series(
            _text_to_float(_text_cells(values), decimal), index=values.index, dtype="float64"
        )
    obj = values.astype(object)
    is_num = obj.map(lambda v: isinstance(v, int | float) and not isinstance(v, bool))
    # Excel/Parquet object columns mix numbers and text: only the text cells are parsed
    out = pd.Series(_text_to_float(_text_cells(obj), decimal), index=values.index, dtype="float64")
    if is_num.any():
        out = out.where(~is_num, pd.to_numeric(obj.where(is_num), errors="coerce"))
    return out.astype("float64")


def round_half_up(values: pd.Series) -> pd.Series:
    """Amounts rounded to the cent, halves away from zero (2.675 -> 2.68, -0.125 -> -0.13),
    as invoices are; float noise below a millionth of a cent is ignored."""
    cents = np.round(values.to_numpy(dtype="float64") * 100, 6)
    rounded = np.sign(cents) * np.floor(np.abs(cents) + 0.5) / 100
    return pd.Series(rounded, index=values.index, dtype="float64")


def fraction_of_cent(values: pd.Series) -> pd.Series:
    """True where an amount (currency) is not a whole number of cents."""
    cents = values.to_numpy(dtype="float64") * 100
    return pd.Series(np.abs(cents - np.round(cents)) > 1e-6, index=values.index)
