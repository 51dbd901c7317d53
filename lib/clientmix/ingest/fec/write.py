"""Write a valid FEC holding the sales of a canonical invoices table (the samples' FEC twins,
the benchmark). The account labels written are the file's content, in French as in any FEC."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from clientmix.errors import ClientmixError, message
from clientmix.ingest.fec.columns import FEC_COLUMNS

#: Lines of a sales entry: account, label; then the cost lines (perpetual inventory).
_SALES_ACCOUNTS = (
    ("411000", "Clients"),
    ("706000", "Prestations de services"),
    ("445710", "TVA collectée"),
)
_COST_ACCOUNTS = (("603000", "Variation des stocks"), ("370000", "Stocks de marchandises"))
#: Columns of the lines written before the amounts (``_signed``: cents on the debit side).
_LINE_COLUMNS = [*FEC_COLUMNS[: FEC_COLUMNS.index("EcritureLib") + 1], "_signed"]


def _fmt_cents(cents: np.ndarray, decimal: str = ",") -> np.ndarray:
    """Non-negative integer cents -> '1234,50' strings (vectorised)."""
    cents = np.asarray(cents, dtype=np.int64)
    units = (cents // 100).astype(str)
    frac = np.char.zfill((cents % 100).astype(str), 2)
    return np.char.add(np.char.add(units, decimal), frac)


def _clean_text(values: pd.Series, sep: str) -> pd.Series:
    """Text without the separator nor line breaks, stripped."""
    return (
        values.astype(str)
        .str.replace(sep, " ", regex=False)
        .str.replace(r"[\r\n]+", " ", regex=True)
        .str.strip()
    )


def _sorted_invoices(invoices: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series]:
    """The invoices sorted by date (stable) and their dates; raise when there is none or when
    one has no date or no finite amount."""
    inv = invoices.reset_index(drop=True)
    n = len(inv)
    if n == 0:
        raise ClientmixError(message("fec_write_nothing", "fr"))
    dates = pd.to_datetime(inv["date"])
    bad = dates.isna().to_numpy() | ~np.isfinite(inv["amount"].to_numpy(dtype=np.float64))
    if bad.any():
        rows = ", ".join(map(str, np.flatnonzero(bad)[:5]))
        raise ClientmixError(message("fec_write_bad_rows", "en", count=int(bad.sum()), rows=rows))
    order = np.lexsort((np.arange(n), dates.to_numpy()))
    inv = inv.iloc[order].reset_index(drop=True)
    return inv, pd.to_datetime(inv["date"]).reset_index(drop=True)


def _amounts(inv: pd.DataFrame, vat_rate: float) -> tuple[np.ndarray, ...]:
    """(net, VAT, incl. tax, cost) per invoice in int64 cents; cost 0 without a cost column."""
    ht = np.round(inv["amount"].to_numpy(dtype=np.float64) * 100.0).astype(np.int64)
    vat = np.round(ht * float(vat_rate)).astype(np.int64)
    if "cost" in inv:
        cost = np.nan_to_num(inv["cost"].to_numpy(dtype=np.float64))
        cost = np.round(cost * 100.0).astype(np.int64)
    else:
        cost = np.zeros(len(inv), dtype=np.int64)
    return ht, vat, ht + vat, cost


def _entry_columns(
    inv: pd.DataFrame, dates: pd.Series, credit_note: np.ndarray, sep: str
) -> dict[str, np.ndarray]:
    """Per invoice, the columns its entry's lines share (the customer's for the 411 line):
    entry number, dates YYYYMMDD, piece (invoice_id, else F0000001...), label."""
    cust = _clean_text(inv["customer_id"], sep)
    name = _clean_text(inv["customer_name"], sep) if "customer_name" in inv else cust
    num = np.arange(1, len(inv) + 1)
    piece = np.array([f"F{i:07d}" for i in num], dtype=object)
    if "invoice_id" in inv:
        given = _clean_text(inv["invoice_id"].fillna(""), sep).to_numpy(dtype=object)
        piece = np.where(given != "", given, piece)
    ymd = dates.dt.strftime("%Y%m%d").to_numpy(dtype=object)
    label = np.where(credit_note, "Avoir ", "Facture ").astype(object)
    return {
        "_entry": num,
        "EcritureNum": num.astype(str),
        "EcritureDate": ymd,
        "CompAuxNum": cust.to_numpy(dtype=object),
        "CompAuxLib": name.to_numpy(dtype=object),
        "PieceRef": piece,
        "PieceDate": ymd,
        "EcritureLib": label + name.to_numpy(dtype=object),
    }


def _sales_lines(
    shared: dict[str, np.ndarray], amounts: tuple[np.ndarray, ...], has_cost: bool, journal: str
) -> pd.DataFrame:
    """The lines of the sales entries, entry by entry: 411 debited with the amount incl. tax,
    706 and 44571 credited (reversed for a credit note), then 603 / 37 for a non-zero cost."""
    ht, vat, ttc, cost = amounts
    blocks = list(zip(_SALES_ACCOUNTS, (ttc, -ht, -vat), strict=True))
    if has_cost:
        blocks += list(zip(_COST_ACCOUNTS, (cost, -cost), strict=True))
    parts = []
    for rank, ((account, acc_lib), signed) in enumerate(blocks):
        keep = np.ones(len(ht), dtype=bool) if rank < 3 else cost != 0
        part = pd.DataFrame({c: v[keep] for c, v in shared.items()})
        part["_rank"] = rank
        part["JournalCode"] = journal
        part["JournalLib"] = "Ventes"
        part["CompteNum"] = account
        part["CompteLib"] = acc_lib
        if rank != 0:
            part["CompAuxNum"] = ""
            part["CompAuxLib"] = ""
        part["_signed"] = signed[keep]
        parts.append(part)
    sales = pd.concat(parts, ignore_index=True).sort_values(["_entry", "_rank"], kind="stable")
    return sales[_LINE_COLUMNS]


def _other_entries(
    siren: str, start: str, end: str, customer: str, name: str
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(opening entry on `start`, then a purchase and a bank receipt on `end`), dates YYYYMMDD:
    the opening entry has balance sheet accounts only, the purchase no class-70 line, the bank
    receipt from the first customer a 411 line but no sale."""
    entries = [
        ("AN", "A nouveaux", start, "AN", "A nouveau", [
            ("512000", "Banque", "", "", 1500000),
            ("101000", "Capital", "", "", -1000000),
            ("110000", "Report à nouveau", "", "", -500000),
        ]),
        ("HA", "Achats", end, f"A{siren[-4:]}1", "Fournisseur SARL", [
            ("607000", "Achats de marchandises", "", "", 100000),
            ("445660", "TVA déductible", "", "", 20000),
            ("401000", "Fournisseurs", "F0001", "Fournisseur SARL", -120000),
        ]),
        ("BQ", "Banque", end, "VIR1", "Règlement client", [
            ("512000", "Banque", "", "", 10000),
            ("411000", "Clients", customer, name, -10000),
        ]),
    ]  # fmt: skip
    rows = [
        (jc, jlib, "1", day, account, alib, aux, auxlib, piece, day, lib, signed)
        for jc, jlib, day, piece, lib, lines in entries
        for account, alib, aux, auxlib, signed in lines
    ]
    frame = pd.DataFrame(rows, columns=_LINE_COLUMNS)
    return frame.iloc[:3], frame.iloc[3:]


def _fec_text(lines: pd.DataFrame, sep: str) -> str:
    """The file's text: header and one line per row, amounts with a decimal comma."""
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
    return sep.join(FEC_COLUMNS) + "\n" + "\n".join(body.tolist()) + "\n"


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
    inv, dates = _sorted_invoices(invoices)
    amounts = _amounts(inv, vat_rate)
    shared = _entry_columns(inv, dates, amounts[0] < 0, sep)
    sales = _sales_lines(shared, amounts, "cost" in inv, journal)
    start = dates.min().normalize().replace(month=1, day=1).strftime("%Y%m%d")
    end = dates.max().strftime("%Y%m%d")
    customer, name = shared["CompAuxNum"][0], shared["CompAuxLib"][0]
    opening, others = _other_entries(siren, start, end, customer, name)
    lines = pd.concat([opening, sales, others], ignore_index=True)
    content = _fec_text(lines, sep)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding=encoding, errors="replace", newline="") as fh:
        fh.write(content)
