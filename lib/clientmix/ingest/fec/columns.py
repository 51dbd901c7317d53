"""The FEC's columns and codes: the 18 regulatory columns, the columns the reader needs, the
journal codes of opening entries, and how a header's column names are recognised."""

from __future__ import annotations

import re
import unicodedata

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

#: Journal codes used for opening entries (à-nouveaux).
OPENING_JOURNALS = frozenset({"AN", "RAN", "ANO", "ANX", "AN0", "OUV", "RO"})
#: A label saying "à nouveau(x)" (opening entry), with or without "report".
OPENING_LABEL = re.compile(r"(?:^|\b)(?:report\s+)?[aà]\s*[- ]?\s*nouveaux?\b", re.IGNORECASE)

#: The two amount layouts: Debit + Credit columns, or one Montant column and a Sens (D/C).
AMOUNT_DC = ("Debit", "Credit")
AMOUNT_MS = ("Montant", "Sens")
#: Columns without which lines cannot be grouped into entries nor sorted by account.
KEY_COLUMNS = ("JournalCode", "EcritureNum", "CompteNum")
#: Columns the reader needs (canonical names); the others are not even converted.
USED = FEC_COLUMNS[: FEC_COLUMNS.index("Credit") + 1] + AMOUNT_MS


def norm(name: str) -> str:
    """Lower-case, accent-free, alphanumeric-only form of a column name."""
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", text.lower())


#: Normalised column name -> canonical column name.
CANON = {norm(c): c for c in (*FEC_COLUMNS, *AMOUNT_MS)}
