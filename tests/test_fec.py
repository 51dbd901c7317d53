"""Tests of the FEC reader and writer (lib/clientmix/ingest/fec/).

Every file is written inline in a shape real accounting software produces; the expected revenue
per customer is worked out by hand in each test (net excl. tax = credit - debit on 70x lines).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from clientmix.errors import ClientmixError
from clientmix.ingest.fec import FEC_COLUMNS, looks_like_fec, read_fec, write_fec

HEADER = "\t".join(FEC_COLUMNS)


def line(
    jc: str,
    num: str,
    date: str,
    account: str,
    debit: str,
    credit: str,
    *,
    aux: str = "",
    auxlib: str = "",
    piece: str = "",
    lib: str = "",
    acclib: str = "",
    jlib: str = "",
) -> list[str]:
    """One FEC line with the 18 regulatory fields."""
    return [
        jc, jlib or jc, num, date, account, acclib or account, aux, auxlib, piece, date, lib,
        debit, credit, "", "", date, "", "",
    ]  # fmt: skip


def write(
    tmp_path: Path,
    rows: list[list[str]],
    *,
    name: str = "123456789FEC20241231.txt",
    sep: str = "\t",
    encoding: str = "utf-8",
    eol: str = "\n",
    header: list[str] | tuple[str, ...] = FEC_COLUMNS,
) -> Path:
    text = eol.join([sep.join(header), *(sep.join(r) for r in rows)]) + eol
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def revenue(result) -> dict[str, float]:
    """Revenue per customer, rounded to the cent."""
    per = result.invoices.groupby("customer_id")["amount"].sum().round(2)
    return per.to_dict()


# ---------------------------------------------------------------------------------------------
# Shapes of real exports
# ---------------------------------------------------------------------------------------------


def test_tab_utf8_invoice_credit_note_vat_excluded(tmp_path):
    # Tab separated, UTF-8, decimal comma, YYYYMMDD: two invoices and one credit note.
    text = f"""{HEADER}
VE\tJournal des ventes\tVE000001\t20240115\t41100000\tClients\tC001\tDupont SARL\tF2024-001\t20240115\tFacture F2024-001\t1200,00\t0,00\t\t\t20240131\t\t
VE\tJournal des ventes\tVE000001\t20240115\t70600000\tPrestations de services\t\t\tF2024-001\t20240115\tFacture F2024-001\t0,00\t1000,00\t\t\t20240131\t\t
VE\tJournal des ventes\tVE000001\t20240115\t44571000\tTVA collectée\t\t\tF2024-001\t20240115\tFacture F2024-001\t0,00\t200,00\t\t\t20240131\t\t
VE\tJournal des ventes\tVE000002\t20240220\t41100000\tClients\tC002\tMartin & Fils\tF2024-002\t20240220\tFacture F2024-002\t600,60\t0,00\t\t\t20240229\t\t
VE\tJournal des ventes\tVE000002\t20240220\t70700000\tVentes de marchandises\t\t\tF2024-002\t20240220\tFacture F2024-002\t0,00\t500,50\t\t\t20240229\t\t
VE\tJournal des ventes\tVE000002\t20240220\t44571000\tTVA collectée\t\t\tF2024-002\t20240220\tFacture F2024-002\t0,00\t100,10\t\t\t20240229\t\t
VE\tJournal des ventes\tVE000003\t20240305\t41100000\tClients\tC001\tDupont SARL\tAV2024-001\t20240305\tAvoir AV2024-001\t0,00\t240,00\t\t\t20240331\t\t
VE\tJournal des ventes\tVE000003\t20240305\t70600000\tPrestations de services\t\t\tAV2024-001\t20240305\tAvoir AV2024-001\t200,00\t0,00\t\t\t20240331\t\t
VE\tJournal des ventes\tVE000003\t20240305\t44571000\tTVA collectée\t\t\tAV2024-001\t20240305\tAvoir AV2024-001\t40,00\t0,00\t\t\t20240331\t\t
"""
    path = tmp_path / "123456789FEC20241231.txt"
    path.write_text(text, encoding="utf-8")
    assert looks_like_fec(path)
    res = read_fec(path)
    # C001: 1000 - 200 (credit note); C002: 500.50; VAT never counted
    assert revenue(res) == {"C001": 800.00, "C002": 500.50}
    inv = res.invoices.sort_values("source_row").reset_index(drop=True)
    assert inv["source_row"].tolist() == [2, 5, 8]
    assert inv["invoice_id"].tolist() == ["F2024-001", "F2024-002", "AV2024-001"]
    assert inv["amount"].tolist() == [1000.00, 500.50, -200.00]
    assert inv["customer_name"].tolist() == ["Dupont SARL", "Martin & Fils", "Dupont SARL"]
    assert inv["date"].tolist() == list(pd.to_datetime(["2024-01-15", "2024-02-20", "2024-03-05"]))
    assert inv["date"].dtype == "datetime64[ns]"
    assert inv["amount"].dtype == np.float64 and inv["source_row"].dtype == np.int64
    assert "cost" not in inv
    c = res.controls
    assert c["lines_read"] == 9 and c["entries"] == 3 and c["entries_sales"] == 3
    assert c["revenue_class70_file"] == 1300.50 == c["revenue_attributed"]
    assert c["revenue_gap"] == 0.0 and c["entries_unbalanced"] == 0
    assert res.rejected.empty
    assert any("UTF-8" in n for n in res.notes)


def test_pipe_iso8859_accented_names_crlf(tmp_path):
    # Pipe separated, ISO-8859-1 / Windows-1252 with accented names, CRLF line ends.
    rows = [
        "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise",
        "VT|Ventes|12|20240402|411000|Clients|0042|Société Générale d'Éclairage|FA0042|20240402|Fact. Société Générale|360,00|0,00|||20240430||",
        "VT|Ventes|12|20240402|706100|Prestations réseau|||FA0042|20240402|Fact. Société Générale|0,00|300,00|||20240430||",
        "VT|Ventes|12|20240402|445713|TVA collectée 20 %|||FA0042|20240402|Fact. Société Générale|0,00|60,00|||20240430||",
        "VT|Ventes|13|20240410|411000|Clients|0077|Crèmerie Hélène|FA0043|20240410|Fact. Crèmerie|99,00|0,00|||20240430||",
        "VT|Ventes|13|20240410|707000|Ventes marchandises|||FA0043|20240410|Fact. Crèmerie|0,00|82,50|||20240430||",
        "VT|Ventes|13|20240410|445713|TVA collectée 20 %|||FA0043|20240410|Fact. Crèmerie|0,00|16,50|||20240430||",
    ]
    path = tmp_path / "987654321FEC20241231.txt"
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("iso-8859-1"))
    assert looks_like_fec(path)
    res = read_fec(path)
    # "0042" keeps its leading zeros
    assert revenue(res) == {"0042": 300.00, "0077": 82.50}
    names = dict(zip(res.invoices["customer_id"], res.invoices["customer_name"], strict=True))
    assert names == {"0042": "Société Générale d'Éclairage", "0077": "Crèmerie Hélène"}
    assert any("1252" in n for n in res.notes)
    assert any("|" in n for n in res.notes)


def test_padded_amounts_bom_and_empty_credit(tmp_path):
    # Some software pads amounts with zeros or spaces and leaves the other side empty.
    rows = [
        line("VE", "1", "20240110", "411CLI", "000001481,40", "", aux="A1", auxlib="Alpha"),
        line("VE", "1", "20240110", "706000", "", "000001234,50", aux=""),
        line("VE", "1", "20240110", "445710", "", "000000246,90"),
        line("VE", "2", "20240111", "411CLI", "  14,40", "  0,00", aux="B2", auxlib="Beta"),
        line("VE", "2", "20240111", "706000", "  0,00", "  12,00"),
        line("VE", "2", "20240111", "445710", "  0,00", "   2,40"),
    ]
    path = write(tmp_path, rows)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())  # UTF-8 BOM
    assert looks_like_fec(path)
    res = read_fec(path)
    assert revenue(res) == {"A1": 1234.50, "B2": 12.00}
    assert res.controls["revenue_class70_file"] == 1246.50


def test_montant_sens_variant_dot_decimal(tmp_path):
    # One amount column plus a sense column D/C, decimal dot, ISO dates.
    header = [*FEC_COLUMNS[:11], "Montant", "Sens", *FEC_COLUMNS[13:]]

    def ms(num, date, account, amount, sens, aux="", auxlib=""):
        row = line("VTE", num, date, account, "", "", aux=aux, auxlib=auxlib)
        return [*row[:11], amount, sens, *row[13:]]

    rows = [
        ms("100", "2024-05-02", "41100000", "1440.00", "D", "K9", "Kappa"),
        ms("100", "2024-05-02", "70600000", "1200.00", "C"),
        ms("100", "2024-05-02", "44571000", "240.00", "C"),
        ms("101", "2024-05-03", "41100000", "60.00", "C", "K9", "Kappa"),  # credit note
        ms("101", "2024-05-03", "70600000", "50.00", "D"),
        ms("101", "2024-05-03", "44571000", "10.00", "D"),
    ]
    path = write(tmp_path, rows, header=header)
    assert looks_like_fec(path)
    res = read_fec(path)
    assert revenue(res) == {"K9": 1150.00}
    assert sorted(res.invoices["amount"]) == [-50.00, 1200.00]
    assert res.invoices["date"].min() == pd.Timestamp("2024-05-02")
    assert any("Sens" in n for n in res.notes)
    assert any("YYYY-MM-DD" in n for n in res.notes)


def test_missing_auxiliary_uses_411_account(tmp_path):
    # No CompAuxNum: one 411 account per customer, named by CompteLib.
    rows = [
        line("VE", "7", "15/06/2024", "411DUPONT", "240,00", "0,00", acclib="Dupont SA"),
        line("VE", "7", "15/06/2024", "706000", "0,00", "200,00"),
        line("VE", "7", "15/06/2024", "445710", "0,00", "40,00"),
        line("VE", "8", "16/06/2024", "411MARTIN", "120,00", "0,00", acclib="Martin EURL"),
        line("VE", "8", "16/06/2024", "706000", "0,00", "100,00"),
        line("VE", "8", "16/06/2024", "445710", "0,00", "20,00"),
    ]
    res = read_fec(write(tmp_path, rows))
    assert revenue(res) == {"411DUPONT": 200.00, "411MARTIN": 100.00}
    assert set(res.invoices["customer_name"]) == {"Dupont SA", "Martin EURL"}
    assert res.invoices["date"].tolist() == list(pd.to_datetime(["2024-06-15", "2024-06-16"]))
    assert any("411" in n and "CompAuxNum" in n for n in res.notes)


def test_discount_709_reduces_revenue(tmp_path):
    # 1000 services - 50 discount (709 debited) = 950 net; VAT 190; customer 1140.
    rows = [
        line("VE", "1", "20240301", "411000", "1140,00", "0,00", aux="R1", auxlib="Remise SA"),
        line("VE", "1", "20240301", "706000", "0,00", "1000,00"),
        line("VE", "1", "20240301", "709000", "50,00", "0,00"),
        line("VE", "1", "20240301", "445710", "0,00", "190,00"),
    ]
    res = read_fec(write(tmp_path, rows))
    assert revenue(res) == {"R1": 950.00}
    # with narrower sales prefixes, the 709 discount is still counted through discount_prefixes
    res = read_fec(write(tmp_path, rows), sales_prefixes=("706",))
    assert revenue(res) == {"R1": 950.00}


def test_opening_entries_and_other_journals_skipped(tmp_path):
    rows = [
        # opening entry (journal AN) even holding a 706 line: ignored for revenue
        line("AN", "1", "20240101", "411000", "500,00", "0,00", aux="C1", lib="A nouveau"),
        line("AN", "1", "20240101", "706000", "0,00", "500,00", lib="A nouveau"),
        # opening entry recognised by its label in journal OD
        line("OD", "5", "20240101", "411000", "70,00", "0,00", aux="C1", lib="Report à nouveau"),
        line("OD", "5", "20240101", "706000", "0,00", "70,00", lib="Report à nouveau"),
        # a sale
        line("VE", "1", "20240110", "411000", "360,00", "0,00", aux="C1", auxlib="Client 1"),
        line("VE", "1", "20240110", "706000", "0,00", "300,00"),
        line("VE", "1", "20240110", "445710", "0,00", "60,00"),
        # a purchase and a bank receipt: no class-70 line
        line("HA", "1", "20240112", "607000", "100,00", "0,00"),
        line("HA", "1", "20240112", "445660", "20,00", "0,00"),
        line("HA", "1", "20240112", "401000", "0,00", "120,00", aux="F1"),
        line("BQ", "1", "20240120", "512000", "360,00", "0,00"),
        line("BQ", "1", "20240120", "411000", "0,00", "360,00", aux="C1"),
        # an accrual in OD (418 invoices to issue / 706): class 70 outside the sales journals
        line("OD", "9", "20241231", "418100", "80,00", "0,00"),
        line("OD", "9", "20241231", "706000", "0,00", "80,00"),
    ]
    res = read_fec(write(tmp_path, rows))
    assert revenue(res) == {"C1": 300.00}
    c = res.controls
    assert c["entries"] == 6 and c["entries_opening"] == 2
    assert c["revenue_class70_opening"] == 570.00
    assert c["revenue_class70_file"] == 380.00  # 300 sale + 80 accrual
    assert c["revenue_gap"] == 80.00
    assert c["revenue_gap_without_customer"] == 0.0
    assert c["revenue_gap_other"] == 80.00 == c["revenue_gap_outside_sales_journals"]
    assert c["sales_journals"] == ["VE"]
    sk = res.skipped.set_index(["reason", "journal"])
    assert sk.loc[("opening", "AN"), "entries"] == 1
    assert sk.loc[("opening", "OD"), "entries"] == 1
    assert sk.loc[("no_sales_lines", "HA"), "lines"] == 3
    assert sk.loc[("no_sales_lines", "BQ"), "entries"] == 1
    assert sk.loc[("outside_sales_journals", "OD"), "revenue_class70"] == 80.00


def test_sales_entry_without_customer_is_rejected(tmp_path):
    rows = [
        line("VE", "1", "20240110", "411000", "120,00", "0,00", aux="C1", auxlib="Client 1"),
        line("VE", "1", "20240110", "706000", "0,00", "100,00"),
        line("VE", "1", "20240110", "445710", "0,00", "20,00"),
        # a counter sale posted to cash (530) in the sales journal: no customer line
        line("VE", "2", "20240111", "530000", "60,00", "0,00"),
        line("VE", "2", "20240111", "707000", "0,00", "50,00"),
        line("VE", "2", "20240111", "445710", "0,00", "10,00"),
    ]
    res = read_fec(write(tmp_path, rows))
    assert revenue(res) == {"C1": 100.00}
    assert res.rejected["reason"].tolist() == ["no_customer"]
    assert res.rejected["source_row"].tolist() == [5]
    assert "VE 2" in res.rejected["detail"].iloc[0]
    assert res.rejected["file"].iloc[0] == "123456789FEC20241231.txt"
    assert res.rejected["amount"].tolist() == [50.00]
    c = res.controls
    assert c["revenue_class70_file"] == 150.00
    assert c["revenue_gap"] == 50.00 == c["revenue_gap_without_customer"]
    assert c["revenue_gap_other"] == 0.0


def test_explicit_sales_journals(tmp_path):
    rows = [
        line("VE", "1", "20240110", "411000", "120,00", "0,00", aux="C1"),
        line("VE", "1", "20240110", "706000", "0,00", "100,00"),
        line("VE", "1", "20240110", "445710", "0,00", "20,00"),
        line("VX", "1", "20240110", "411000", "12,00", "0,00", aux="C2"),
        line("VX", "1", "20240110", "706000", "0,00", "10,00"),
        line("VX", "1", "20240110", "445710", "0,00", "2,00"),
    ]
    path = write(tmp_path, rows)
    assert revenue(read_fec(path)) == {"C1": 100.00, "C2": 10.00}
    res = read_fec(path, sales_journals=["ve"])
    assert revenue(res) == {"C1": 100.00}
    assert res.controls["revenue_gap_outside_sales_journals"] == 10.00


def test_entry_with_two_customers_split_pro_rata(tmp_path):
    # A grouped entry: 300 net for two customers whose lines incl. tax are 240 and 120.
    rows = [
        line("VE", "1", "20240110", "411000", "240,00", "0,00", aux="A"),
        line("VE", "1", "20240110", "411000", "120,00", "0,00", aux="B"),
        line("VE", "1", "20240110", "706000", "0,00", "300,00"),
        line("VE", "1", "20240110", "445710", "0,00", "60,00"),
        # three customers of 1/3 each of 100.00: cents must add up to the entry
        line("VE", "2", "20240111", "411000", "40,00", "0,00", aux="A"),
        line("VE", "2", "20240111", "411000", "40,00", "0,00", aux="B"),
        line("VE", "2", "20240111", "411000", "40,00", "0,00", aux="C"),
        line("VE", "2", "20240111", "706000", "0,00", "100,00"),
        line("VE", "2", "20240111", "445710", "0,00", "20,00"),
    ]
    res = read_fec(write(tmp_path, rows))
    per = revenue(res)
    # entry 1: A 240/360 x 300 = 200, B 100; entry 2: 33.33 each, the leftover cent goes to the
    # first of the largest customer lines (A), so that the entry still adds up to 100.00
    assert per == {"A": 233.34, "B": 133.33, "C": 33.33}
    assert res.controls["revenue_attributed"] == 400.00
    assert res.controls["revenue_gap_unexplained"] == 0.0


def test_costs_in_entry_and_cost_rate(tmp_path):
    rows = [
        line("VE", "1", "20240110", "411000", "120,00", "0,00", aux="C1"),
        line("VE", "1", "20240110", "706000", "0,00", "100,00"),
        line("VE", "1", "20240110", "445710", "0,00", "20,00"),
        line("VE", "1", "20240110", "603700", "35,00", "0,00"),  # cost of goods, perpetual stock
        line("VE", "1", "20240110", "370000", "0,00", "35,00"),
        line("VE", "2", "20240111", "411000", "240,00", "0,00", aux="C2"),
        line("VE", "2", "20240111", "706000", "0,00", "200,00"),
        line("VE", "2", "20240111", "445710", "0,00", "40,00"),
    ]
    path = write(tmp_path, rows)
    res = read_fec(path)
    cost = res.invoices.set_index("customer_id")["cost"]
    assert cost["C1"] == 35.00 and np.isnan(cost["C2"])
    res = read_fec(path, cost_rate=0.6)
    cost = res.invoices.set_index("customer_id")["cost"]
    assert cost["C1"] == 35.00 and cost["C2"] == 120.00
    # no cost line at all: cost only from the rate, absent without it
    rows_no_cost = [r for r in rows if r[4][:2] not in ("60", "37")]
    path = write(tmp_path, rows_no_cost, name="b.txt")
    assert "cost" not in read_fec(path).invoices
    assert read_fec(path, cost_rate=0.25).invoices["cost"].tolist() == [25.00, 50.00]


def test_bad_amount_and_date_rejected(tmp_path):
    rows = [
        line("VE", "1", "20240110", "411000", "120,00", "0,00", aux="C1"),
        line("VE", "1", "20240110", "706000", "0,00", "100,00"),
        line("VE", "1", "20240110", "445710", "0,00", "20,00"),
        line("VE", "2", "20240111", "411000", "12,00", "0,00", aux="C2"),
        line("VE", "2", "20240111", "706000", "0,00", "1O,00"),  # letter O typed for a zero
        line("VE", "2", "20240111", "445710", "0,00", "2,00"),
        line("VE", "3", "31/02/2024", "411000", "24,00", "0,00", aux="C3"),
        line("VE", "3", "31/02/2024", "706000", "0,00", "20,00"),
        line("VE", "3", "31/02/2024", "445710", "0,00", "4,00"),
    ]
    res = read_fec(write(tmp_path, rows))
    assert revenue(res) == {"C1": 100.00}
    rej = res.rejected.set_index("reason")
    assert rej.loc["bad_amount", "source_row"] == 6
    assert "1O,00" in rej.loc["bad_amount", "detail"]
    assert rej.loc["bad_date", "source_row"] == 8
    c = res.controls
    # the unreadable line counts as 0: file = 100 + 20; 20 rejected for its date
    assert c["revenue_class70_file"] == 120.00
    assert c["revenue_gap_rejected"] == 20.00 and c["revenue_gap_unexplained"] == 0.0


def test_blank_lines_and_extra_trailing_columns(tmp_path):
    header = [*FEC_COLUMNS, "CodeAnalytique", ""]  # extra column and a trailing tab
    rows = [
        [*line("VE", "1", "20240110", "411000", "120,00", "0,00", aux="C1"), "A1", ""],
        [*line("VE", "1", "20240110", "706000", "0,00", "100,00"), "A1", ""],
        [""],
        [*line("VE", "1", "20240110", "445710", "0,00", "20,00"), "", ""],
        [*line("VE", "2", "20240111", "411000", "60,00", "0,00", aux="C2"), "", ""],
        [*line("VE", "2", "20240111", "706000", "0,00", "50,00"), "", ""],
        [*line("VE", "2", "20240111", "445710", "0,00", "10,00"), "", ""],
    ]
    res = read_fec(write(tmp_path, rows, header=header, eol="\r\n"))
    assert revenue(res) == {"C1": 100.00, "C2": 50.00}
    # line numbers as seen in a text editor (the blank line 4 counts)
    assert sorted(res.invoices["source_row"]) == [2, 6]
    assert res.controls["blank_lines"] == 1


def test_trailing_separator_on_data_lines_only(tmp_path):
    rows = [
        [*line("VE", "1", "20240110", "411000", "120,00", "0,00", aux="C1"), ""],
        [*line("VE", "1", "20240110", "706000", "0,00", "100,00"), ""],
        [*line("VE", "1", "20240110", "445710", "0,00", "20,00"), ""],
    ]
    res = read_fec(write(tmp_path, rows))
    assert revenue(res) == {"C1": 100.00}


# ---------------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------------


def test_unbalanced_entry_names_the_entry(tmp_path):
    rows = [
        line("VE", "1", "20240110", "411000", "120,00", "0,00", aux="C1"),
        line("VE", "1", "20240110", "706000", "0,00", "100,00"),
        line("VE", "1", "20240110", "445710", "0,00", "20,00"),
        line("VE", "2", "20240111", "411000", "120,00", "0,00", aux="C2"),
        line("VE", "2", "20240111", "706000", "0,00", "100,00"),
        line("VE", "2", "20240111", "445710", "0,00", "19,99"),
    ]
    with pytest.raises(ClientmixError) as err:
        read_fec(write(tmp_path, rows))
    text = str(err.value)
    assert "123456789FEC20241231.txt" in text
    assert "JournalCode VE" in text and "EcritureNum 2" in text
    assert "5, 6, 7" in text
    assert "0,01" in text
    assert "cabinet comptable" in text
    with pytest.raises(ClientmixError, match="ask the accountant"):
        read_fec(write(tmp_path, rows), lang="en")


def test_missing_column_lists_columns_found(tmp_path):
    path = tmp_path / "fec.txt"
    path.write_text(
        "JournalCode\tEcritureNum\tEcritureDate\tCompte\tDebit\tCredit\nVE\t1\t20240101\t706\t0\t1\n"
    )
    with pytest.raises(ClientmixError) as err:
        read_fec(path)
    text = str(err.value)
    assert "CompteNum" in text and "Compte, Debit" in text and "fec.txt" in text


def test_empty_and_header_only(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with pytest.raises(ClientmixError, match="vide"):
        read_fec(empty)
    only = tmp_path / "only.txt"
    only.write_text(HEADER + "\n\n")
    with pytest.raises(ClientmixError, match="en-tête"):
        read_fec(only)
    assert not looks_like_fec(empty)
    assert not looks_like_fec(tmp_path / "missing.txt")


def test_looks_like_fec(tmp_path):
    ledger = tmp_path / "ventes.csv"
    ledger.write_text("Code client;Date facture;Montant HT\n001;01/02/2024;12,50\n")
    assert not looks_like_fec(ledger)
    pipe = tmp_path / "p.txt"
    pipe.write_bytes("|".join(FEC_COLUMNS).encode("cp1252") + b"\r\n")
    assert looks_like_fec(pipe)
    sens = tmp_path / "s.txt"
    sens.write_text("journalcode\tecriturenum\tcomptenum\tmontant\tsens\n")
    assert looks_like_fec(sens)


# ---------------------------------------------------------------------------------------------
# Round trip
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("sep", "encoding"), [("\t", "utf-8"), ("|", "cp1252")])
def test_round_trip_write_then_read(tmp_path, sep, encoding):
    rng = np.random.default_rng(7)
    n = 400
    ids = np.array(["00123", "A-7", "Zoé & Cie", "42", "X"], dtype=object)
    invoices = pd.DataFrame(
        {
            "customer_id": ids[rng.integers(0, len(ids), n)],
            "date": pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 366, n), "D"),
            "amount": np.round(rng.normal(800, 600, n), 2),  # some negative: credit notes
            "invoice_id": [f"F{i:05d}" for i in range(n)],
        }
    )
    invoices["customer_name"] = "Société " + invoices["customer_id"]
    invoices["cost"] = np.round(invoices["amount"].abs() * 0.4, 2)
    path = tmp_path / "123456789FEC20241231.txt"
    write_fec(invoices, path, sep=sep, encoding=encoding)
    assert looks_like_fec(path)
    write_fec(invoices, tmp_path / "again.txt", sep=sep, encoding=encoding)
    assert path.read_bytes() == (tmp_path / "again.txt").read_bytes()  # deterministic
    res = read_fec(path)
    got = res.invoices.groupby("customer_id")["amount"].sum().round(2)
    want = invoices.groupby("customer_id")["amount"].sum().round(2)
    pd.testing.assert_series_equal(got, want, check_names=False, check_index_type=False)
    got_cost = res.invoices.groupby("customer_id")["cost"].sum().round(2)
    want_cost = invoices.groupby("customer_id")["cost"].sum().round(2)
    pd.testing.assert_series_equal(got_cost, want_cost, check_names=False, check_index_type=False)
    assert len(res.invoices) == n
    assert sorted(res.invoices["invoice_id"]) == sorted(invoices["invoice_id"])
    c = res.controls
    assert c["revenue_gap"] == 0.0 and c["revenue_attributed"] == round(invoices["amount"].sum(), 2)
    reasons = set(res.skipped["reason"])
    assert {"opening", "no_sales_lines"} <= reasons
    assert res.rejected.empty
    names = dict(zip(res.invoices["customer_id"], res.invoices["customer_name"], strict=False))
    assert names["Zoé & Cie"] == "Société Zoé & Cie"


def test_opening_by_journal_label_and_customer_name_fallbacks(tmp_path):
    rows = [
        # journal X1 whose label (JournalLib) says "A nouveaux": opening entry
        line("X1", "1", "20240101", "411000", "50,00", "0,00", aux="C1", jlib="A nouveaux"),
        line("X1", "1", "20240101", "706000", "0,00", "50,00", jlib="A nouveaux"),
        # auxiliary without label: the auxiliary number is the name
        line("VE", "1", "20240110", "411000", "12,00", "0,00", aux="C1", acclib="Clients"),
        line("VE", "1", "20240110", "706000", "0,00", "10,00"),
        line("VE", "1", "20240110", "445710", "0,00", "2,00"),
    ]
    res = read_fec(write(tmp_path, rows))
    assert revenue(res) == {"C1": 10.00}
    assert res.invoices["customer_name"].tolist() == ["C1"]
    assert res.controls["entries_opening"] == 1


def test_no_sales_gives_empty_canonical_table(tmp_path):
    rows = [
        line("HA", "1", "20240112", "607000", "100,00", "0,00"),
        line("HA", "1", "20240112", "401000", "0,00", "100,00", aux="F1"),
    ]
    res = read_fec(write(tmp_path, rows))
    inv = res.invoices
    assert inv.empty
    assert {"customer_id", "date", "amount", "source_row", "invoice_id"} <= set(inv.columns)
    assert inv["date"].dtype == "datetime64[ns]" and inv["amount"].dtype == np.float64
    assert res.controls["revenue_class70_file"] == 0.0


def test_costs_split_between_customers_of_one_entry(tmp_path):
    rows = [
        line("VE", "1", "20240110", "411000", "120,00", "0,00", aux="C1"),
        line("VE", "1", "20240110", "411000", "240,00", "0,00", aux="C2"),
        line("VE", "1", "20240110", "706000", "0,00", "300,00"),
        line("VE", "1", "20240110", "445710", "0,00", "60,00"),
        line("VE", "1", "20240110", "603000", "30,00", "0,00", aux="C2"),  # C2's own cost
        line("VE", "1", "20240110", "603000", "60,00", "0,00"),  # shared: 1/3 C1, 2/3 C2
        line("VE", "1", "20240110", "370000", "0,00", "90,00"),
    ]
    res = read_fec(write(tmp_path, rows))
    inv = res.invoices.set_index("customer_id")
    assert inv["amount"].to_dict() == {"C1": 100.00, "C2": 200.00}
    assert inv["cost"].to_dict() == {"C1": 20.00, "C2": 70.00}


def test_empty_ecriture_num_is_an_error(tmp_path):
    rows = [
        line("VE", "", "20240110", "411000", "12,00", "0,00", aux="C1"),
        line("VE", "", "20240110", "706000", "0,00", "12,00"),
    ]
    with pytest.raises(ClientmixError, match=r"EcritureNum \(lignes 2, 3\)"):
        read_fec(write(tmp_path, rows))
