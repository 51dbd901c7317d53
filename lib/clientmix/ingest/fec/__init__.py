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

Everything is read as strings and parsed column-wise: amounts and dates are parsed once per
distinct value (``pd.factorize``), entries are aggregated with ``np.bincount`` on integer entry
codes, and all sums are made in integer cents.

Modules: ``columns`` (the regulatory columns), ``sniff`` (encoding, separator, header),
``table`` (the file as a table of strings), ``values`` (amounts, dates, accounts), ``entries``
(lines grouped into entries), ``controls`` (balance, opening entries, sales journals),
``sales`` and ``costs`` (entries to invoices per customer), ``totals`` (rejected, skipped,
control totals), ``read`` (:func:`read_fec`), ``write`` (:func:`write_fec`).
"""

from clientmix.ingest.fec.columns import FEC_COLUMNS
from clientmix.ingest.fec.read import FecResult, read_fec
from clientmix.ingest.fec.sniff import looks_like_fec
from clientmix.ingest.fec.write import write_fec

__all__ = [
    "FEC_COLUMNS",
    "FecResult",
    "looks_like_fec",
    "read_fec",
    "write_fec",
]
