"""Loading an engagement (readers.py + load.py): every loader path, header matching, the
customers join and the reconciliation controls, on small files whose totals are worked out
by hand in the comments."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest
from conftest import FRENCH_HEADER, csv_bytes, french_rows

from clientmix.ingest import readers
from clientmix.ingest.load import default_period, load_engagement

TS = pd.Timestamp


def _ids(result) -> list[str]:
    return result.invoices["customer_id"].tolist()


def _cents(value: float) -> int:
    return round(value * 100)


def assert_reconciled(result) -> None:
    """Every row read is used or rejected, once; revenue read = used + rejected to the cent."""
    c = result.controls
    assert c["rows_read"] == c["rows_used"] + c["rows_rejected"]
    assert c["rows_used"] == len(result.invoices)
    assert c["rows_rejected"] == len(result.rejected)
    assert _cents(c["revenue_read"]) == _cents(c["revenue_used"]) + _cents(c["revenue_rejected"])
    used = set(result.invoices["source_row"])
    rejected = set(result.rejected["source_row"])
    assert not used & rejected
    assert len(used) == len(result.invoices) and len(rejected) == len(result.rejected)


# --- CSV, French conventions -----------------------------------------------------------------

FRENCH_LEDGER = [
    ["Code client", "Raison sociale", "Date facture", "N° facture", "Désignation", "Montant HT"],
    ["00123", "Société Générale", "15/01/2024", "F001", "Maintenance été", "1 234,56"],
    ["00124", "Crème Brûlée SARL", "25/03/2024", "F002", "Câblage", "1\u00a0000,00"],
    ["00125", "Ça Va SA", "05/06/2024", "F003", "Audit", "1.234,56"],
    ["00123", "Société Générale", "01/12/2024", "AV01", "Avoir", "-100,00"],
]
# total 1234.56 + 1000.00 + 1234.56 - 100.00 = 3369.12


@pytest.mark.parametrize(
    ("encoding", "bom", "detected"),
    [
        ("cp1252", False, "cp1252"),
        ("latin-1", False, "cp1252"),
        ("utf-8", False, "utf-8"),
        ("utf-8", True, "utf-8"),
    ],
)
def test_french_csv(make_engagement, encoding, bom, detected):
    data = csv_bytes(FRENCH_LEDGER, encoding=encoding, bom=bom)
    root = make_engagement({"name": "fr", "invoices": {"path": "ventes.csv"}}, {"ventes.csv": data})
    r = load_engagement(root)
    inv = r.invoices
    assert _ids(r) == ["00123", "00124", "00125", "00123"]
    assert inv["amount"].tolist() == [1234.56, 1000.00, 1234.56, -100.00]
    assert inv["date"].tolist() == [
        TS("2024-01-15"),
        TS("2024-03-25"),
        TS("2024-06-05"),
        TS("2024-12-01"),
    ]
    assert inv["customer_name"].tolist()[:3] == [
        "Société Générale",
        "Crème Brûlée SARL",
        "Ça Va SA",
    ]
    assert inv["invoice_id"].tolist() == ["F001", "F002", "F003", "AV01"]
    assert inv["product"].tolist()[0] == "Maintenance été"
    assert inv["source_row"].tolist() == [2, 3, 4, 5]
    assert inv["date"].dtype == "datetime64[ns]" and inv["amount"].dtype == "float64"
    assert r.controls["revenue_read"] == 3369.12
    assert r.controls["revenue_period"] == 3369.12
    assert r.controls["credit_notes"] == 1 and r.controls["credit_notes_amount"] == -100.0
    assert f"encodage détecté : {detected}" in r.guesses
    assert "séparateur détecté : « ; »" in r.guesses
    assert "séparateur décimal : virgule" in r.guesses
    assert "format de date : dd/mm/yyyy" in r.guesses
    assert "invoices : colonne « Code client » reconnue comme customer_id" in r.matches
    assert "invoices : colonne « Date facture » reconnue comme date" in r.matches
    assert "invoices : colonne « Montant HT » reconnue comme amount" in r.matches
    assert "invoices : colonne « Raison sociale » reconnue comme customer_name" in r.matches
    assert "invoices : colonne « N° facture » reconnue comme invoice_id" in r.matches
    assert r.usable and r.problems == []
    assert_reconciled(r)


def test_given_conventions_are_not_reported_as_guesses(make_engagement):
    data = csv_bytes(FRENCH_LEDGER, encoding="cp1252")
    spec = {
        "path": "ventes.csv",
        "sep": ";",
        "decimal": ",",
        "encoding": "cp1252",
        "dayfirst": True,
    }
    r = load_engagement(make_engagement({"name": "fr", "invoices": spec}, {"ventes.csv": data}))
    assert r.guesses == []
    assert r.invoices["customer_name"].iloc[1] == "Crème Brûlée SARL"
    assert r.controls["revenue_read"] == 3369.12


def test_quoted_values_with_separator_and_lf_newlines(make_engagement):
    data = (
        "Code client;Raison sociale;Date facture;Montant HT\n"
        '001;"Dupont; Fils";02/01/2024;10,5\n'
        '002;"Le ""Bon"" Coin";03/01/2024;"1 000,25"\n'
    ).encode("cp1252")
    r = load_engagement(make_engagement({"name": "q", "invoices": "v.csv"}, {"v.csv": data}))
    assert r.invoices["customer_name"].tolist() == ["Dupont; Fils", 'Le "Bon" Coin']
    assert r.invoices["amount"].tolist() == [10.5, 1000.25]
    assert r.controls["rows_rejected"] == 0


def test_blank_lines_are_not_rows_and_line_numbers_stay_true(make_engagement):
    data = french_rows(
        [
            ["A", "a", "15/01/2024", "10,00"],
            [],
            ["B", "b", "16/01/2024", "20,00"],
            [],
            ["C", "c", "17/01/2024", "30,00"],
        ]
    )
    r = load_engagement(make_engagement({"name": "b", "invoices": "v.csv"}, {"v.csv": data}))
    assert _ids(r) == ["A", "B", "C"]
    assert r.invoices["source_row"].tolist() == [2, 4, 6]
    assert r.controls["rows_read"] == 3
    assert_reconciled(r)


def test_line_of_empty_fields_is_not_a_row(make_engagement):
    data = french_rows([["A", "a", "15/01/2024", "10,00"], ["B", "b", "16/01/2024", "20,00"]])
    data += b";;;\r\n;;;\r\n"
    r = load_engagement(make_engagement({"name": "b", "invoices": "v.csv"}, {"v.csv": data}))
    assert r.controls["rows_read"] == 2
    assert r.controls["rows_rejected"] == 0


# --- CSV, English conventions ----------------------------------------------------------------


def test_english_csv_with_bom(make_engagement):
    data = csv_bytes(
        [
            ["Customer ID", "Customer name", "Invoice date", "Amount"],
            ["00042", "Acme Ltd", "2024-01-15", '"1,234.56"'],
            ["7", "Beta Inc", "2024-02-01", "10.5"],
            ["00042", "Acme Ltd", "2024-03-31", "-0.06"],
        ],
        sep=",",
        encoding="utf-8",
        bom=True,
        newline="\n",
    )
    root = make_engagement(
        {"name": "en", "language": "en", "invoices": "sales.csv"}, {"sales.csv": data}
    )
    r = load_engagement(root)
    assert _ids(r) == ["00042", "7", "00042"]
    assert r.invoices["amount"].tolist() == [1234.56, 10.5, -0.06]
    assert r.invoices["date"].tolist() == [TS("2024-01-15"), TS("2024-02-01"), TS("2024-03-31")]
    assert r.controls["revenue_read"] == 1245.0  # 1234.56 + 10.50 - 0.06
    assert "encoding detected: utf-8" in r.guesses
    assert "separator detected: « , »" in r.guesses
    assert "decimal separator: '.'" in r.guesses
    # the BOM is not part of the first header
    assert "invoices: column 'Customer ID' matched as customer_id" in r.matches
    assert "invoices: column 'Invoice date' matched as date" in r.matches
    assert "invoices: column 'Amount' matched as amount" in r.matches


# --- TAB-separated .txt, no hints ------------------------------------------------------------


def test_tab_separated_txt_is_sniffed_and_amount_is_quantity_times_price(make_engagement):
    data = csv_bytes(
        [
            ["Client", "Date", "Quantité", "Prix unitaire"],
            ["A1", "13/04/2024", "3", "2,50"],
            ["A2", "14/04/2024", "2", "1 250,125"],
            ["A1", "15/04/2024", "-1", "2,50"],
        ],
        sep="\t",
        encoding="latin-1",
    )
    r = load_engagement(
        make_engagement({"name": "tab", "invoices": "export.txt"}, {"export.txt": data})
    )
    # 3 x 2.50 = 7.50; 2 x 1250.125 = 2500.25; -1 x 2.50 = -2.50
    assert r.invoices["amount"].tolist() == [7.5, 2500.25, -2.5]
    assert r.invoices["quantity"].tolist() == [3.0, 2.0, -1.0]
    assert r.invoices["unit_price"].tolist() == [2.5, 1250.125, 2.5]
    assert r.controls["revenue_read"] == 2505.25
    assert "séparateur détecté : tabulation" in r.guesses
    assert "montant = Quantité × Prix unitaire" in r.guesses
    assert "encodage détecté : cp1252" in r.guesses
    assert "format de date : dd/mm/yyyy" in r.guesses
    assert "invoices : colonne « Quantité » reconnue comme quantity" in r.matches
    assert "invoices : colonne « Prix unitaire » reconnue comme unit_price" in r.matches
    assert "invoices : colonne « Client » reconnue comme customer_id" in r.matches


@pytest.mark.parametrize(
    ("text", "sep"),
    [
        ("a;b;c\n1;2,5;3\n4;5;6\n", ";"),
        ("a\tb\tc\n1\t2,5\t3\n", "\t"),
        ("a,b,c\n1,2.5,3\n4,5,6\n", ","),
        ("a|b|c\n1|2|3\n", "|"),
        ("a;b\n1,5;2,5\n3,5;4\n", ";"),  # decimal commas do not fool it
    ],
)
def test_sniff_separator(text, sep):
    assert readers.sniff_separator(text) == sep


def test_decode_guesses():
    assert readers.decode("é".encode(), None, None, "fr") == ("é", "utf-8", True)
    assert readers.decode(b"\xef\xbb\xbfa", None, None, "fr") == ("a", "utf-8", True)
    assert readers.decode("€é".encode("cp1252"), None, None, "fr") == ("€é", "cp1252", True)
    # 0x81 is not a cp1252 character: Latin-1 is the last resort
    assert readers.decode(b"a\x81", None, None, "fr")[1] == "latin-1"
    assert readers.decode("é".encode("cp1252"), "latin-1", None, "fr") == ("é", "latin-1", False)


# --- Excel, Parquet --------------------------------------------------------------------------


def _workbook(path):
    from conftest import write_xlsx

    write_xlsx(
        path,
        {
            "Notes": [["Export du 02/01/2025"], ["rien à lire ici"]],
            "Ventes": [
                ["Code client", "Raison sociale", "Date facture", "Montant HT", "Coût direct"],
                ["00123", "Alpha", dt.datetime(2024, 3, 5), 100.5, 40],
                [456, "Beta", dt.datetime(2024, 6, 1), 200, 150.25],
                ["00123", "Alpha", dt.datetime(2024, 11, 30), -20.5, None],
                [None, None, None, None, None],
                ["00789", "Gamma", dt.datetime(2024, 12, 2), 1000, 600],
            ],
        },
    )


def test_excel_with_sheet_name(make_engagement):
    root = make_engagement(
        {"name": "xl", "invoices": {"path": "ventes.xlsx", "sheet": "Ventes"}},
        {"ventes.xlsx": _workbook},
    )
    r = load_engagement(root)
    assert _ids(r) == ["00123", "456", "00123", "00789"]
    assert r.invoices["date"].tolist() == [
        TS("2024-03-05"),
        TS("2024-06-01"),
        TS("2024-11-30"),
        TS("2024-12-02"),
    ]
    assert r.invoices["amount"].tolist() == [100.5, 200.0, -20.5, 1000.0]
    np.testing.assert_array_equal(r.invoices["cost"].to_numpy(), [40.0, 150.25, np.nan, 600.0])
    assert r.invoices["customer_name"].tolist() == ["Alpha", "Beta", "Alpha", "Gamma"]
    # the empty row 5 is not a row; the next keeps its spreadsheet row number
    assert r.invoices["source_row"].tolist() == [2, 3, 4, 6]
    assert r.controls["rows_read"] == 4
    assert r.controls["revenue_read"] == 1280.0  # 100.50 + 200 - 20.50 + 1000
    assert r.controls["has_cost"] is True
    assert "invoices : colonne « Coût direct » reconnue comme cost" in r.matches
    assert_reconciled(r)


def test_excel_first_sheet_by_default(make_engagement, tmp_path):
    from conftest import write_xlsx

    root = make_engagement(
        {"name": "xl", "invoices": "ventes.xlsx"},
        {
            "ventes.xlsx": lambda p: write_xlsx(
                p,
                {
                    "Export": [
                        ["Client", "Date", "Montant"],
                        ["007", dt.datetime(2024, 1, 2), 12.34],
                    ]
                },
            )
        },
    )
    r = load_engagement(root)
    assert _ids(r) == ["007"] and r.invoices["amount"].tolist() == [12.34]


def test_excel_with_text_numbers_and_text_dates(make_engagement):
    from conftest import write_xlsx

    root = make_engagement(
        {"name": "xl", "invoices": "ventes.xlsx"},
        {
            "ventes.xlsx": lambda p: write_xlsx(
                p,
                {
                    "V": [
                        ["Code client", "Date facture", "Montant HT"],
                        ["001", "15/01/2024", "1 234,50"],
                        ["002", dt.datetime(2024, 1, 16), 99.99],
                    ]
                },
            )
        },
    )
    r = load_engagement(root)
    assert r.invoices["amount"].tolist() == [1234.5, 99.99]
    assert r.invoices["date"].tolist() == [TS("2024-01-15"), TS("2024-01-16")]


def test_parquet(make_engagement):
    frame = pd.DataFrame(
        {
            "Client": ["007", "008", "007"],
            "Date": pd.to_datetime(["2024-01-02", "2024-05-06", "2024-05-07"]),
            "Montant": [1.5, 2.25, -0.75],
            "Produit": ["x", "y", "z"],
        }
    )
    r = load_engagement(
        make_engagement({"name": "pq", "invoices": "ventes.parquet"}, {"ventes.parquet": frame})
    )
    assert _ids(r) == ["007", "008", "007"]
    assert r.invoices["date"].tolist() == frame["Date"].tolist()
    assert r.invoices["amount"].tolist() == [1.5, 2.25, -0.75]
    assert r.invoices["product"].tolist() == ["x", "y", "z"]
    assert r.controls["revenue_read"] == 3.0
    assert_reconciled(r)


def test_parquet_source_rows_follow_the_contract(make_engagement):
    frame = pd.DataFrame(
        {"Client": ["a", "b"], "Date": pd.to_datetime(["2024-01-02"] * 2), "Montant": [1.0, 2.0]}
    )
    r = load_engagement(
        make_engagement({"name": "pq", "invoices": "v.parquet"}, {"v.parquet": frame})
    )
    assert r.invoices["source_row"].tolist() == [2, 3]


def test_parquet_with_integer_ids_and_text_amounts(make_engagement):
    frame = pd.DataFrame(
        {
            "customer_id": [123, 45],
            "date": ["2024-01-02", "2024-01-03"],
            "amount": ["1 000,50", "2,25"],
        }
    )
    r = load_engagement(
        make_engagement({"name": "pq", "invoices": "v.parquet"}, {"v.parquet": frame})
    )
    assert _ids(r) == ["123", "45"]
    assert r.invoices["amount"].tolist() == [1000.5, 2.25]


# --- explicit mapping, ids -------------------------------------------------------------------


def test_explicit_mapping_wins_over_header_matching(make_engagement):
    data = csv_bytes(
        [
            [
                "Code client",
                "Compte tiers",
                "Date facture",
                "Date échéance",
                "Montant HT",
                "Montant TTC",
            ],
            ["C1", "411001", "15/01/2024", "15/02/2024", "100,00", "120,00"],
            ["C2", "411002", "16/01/2024", "16/02/2024", "50,00", "60,00"],
        ]
    )
    config = {
        "name": "m",
        "invoices": {
            "path": "v.csv",
            "columns": {
                "customer_id": "Compte tiers",
                "date": "date ÉCHÉANCE",
                "amount": "Montant TTC",
            },
        },
    }
    r = load_engagement(make_engagement(config, {"v.csv": data}))
    assert _ids(r) == ["411001", "411002"]
    assert r.invoices["date"].tolist() == [TS("2024-02-15"), TS("2024-02-16")]
    assert r.invoices["amount"].tolist() == [120.0, 60.0]
    # explicit columns are not listed as matched; nothing else claims them
    assert not any("customer_id" in m or "Montant HT" in m for m in r.matches)


def test_ids_keep_leading_zeros_and_are_trimmed(make_engagement):
    data = french_rows(
        [
            ["00123", "a", "15/01/2024", "1"],
            [" 00123 ", "a", "16/01/2024", "2"],
            ["0042", "b", "17/01/2024", "3"],
        ]
    )
    r = load_engagement(make_engagement({"name": "z", "invoices": "v.csv"}, {"v.csv": data}))
    assert _ids(r) == ["00123", "00123", "0042"]
    assert r.controls["customers_invoiced"] == 2


# --- customers file --------------------------------------------------------------------------

INVOICES_FOR_JOIN = french_rows(
    [
        ["00123", "Alpha (factures)", "15/01/2024", "100,00"],
        ["00456", "", "16/01/2024", "50,00"],
        ["00999", "Inconnu SA", "17/01/2024", "25,00"],
    ]
)


def _customers_xlsx(path):
    from conftest import write_xlsx

    write_xlsx(
        path,
        {
            "Clients": [
                ["Code", "Raison sociale", "Secteur", "Nb postes", "Commercial"],
                ["00123", "Alpha", "Agroalimentaire", 12, "Marie"],
                ["00456", None, "BTP", "7", "Paul"],
                ["01000", "Orphelin", "Public", 3, None],
            ]
        },
    )


def test_customers_file_join_missing_and_orphans(make_engagement):
    config = {"name": "j", "invoices": "v.csv", "customers": {"path": "clients.xlsx"}}
    r = load_engagement(
        make_engagement(config, {"v.csv": INVOICES_FOR_JOIN, "clients.xlsx": _customers_xlsx})
    )
    c = r.customers.set_index("customer_id")
    assert list(c.index) == ["00123", "00456", "01000"]
    assert c.loc["00123", "sector"] == "Agroalimentaire"
    assert c.loc["00123", "workstations"] == 12.0 and c.loc["00456", "workstations"] == 7.0
    assert c.loc["00123", "commercial"] == "Marie"  # unknown header kept, snake_case
    # the customers file's name wins; a missing one is taken from the invoices
    assert c.loc["00123", "customer_name"] == "Alpha"
    assert c.loc["01000", "customer_name"] == "Orphelin"
    assert r.missing_customers == ["00999"]
    assert r.orphan_customers == ["01000"]
    texts = " ".join(p.text for p in r.problems)
    assert "00999" in texts and "01000" in texts
    assert "customers : colonne « Code » reconnue comme customer_id" in r.matches
    assert "customers : colonne « Secteur » reconnue comme sector" in r.matches
    assert r.usable


def test_customers_csv_with_explicit_id_column(make_engagement):
    clients = csv_bytes(
        [
            ["N° SIRET", "Identifiant", "Nom"],
            ["111", "00123", "Alpha"],
            ["222", "00456", "Beta"],
            ["333", "00999", "Gamma"],
        ]
    )
    config = {
        "name": "j",
        "invoices": "v.csv",
        "customers": {"path": "clients.csv", "columns": {"customer_id": "Identifiant"}},
    }
    r = load_engagement(
        make_engagement(config, {"v.csv": INVOICES_FOR_JOIN, "clients.csv": clients})
    )
    assert r.missing_customers == [] and r.orphan_customers == []
    assert r.customers.set_index("customer_id").loc["00456", "customer_name"] == "Beta"


def test_without_customers_file_names_come_from_the_invoices(make_engagement):
    data = french_rows(
        [
            ["A", "Ancien nom", "15/01/2024", "1"],
            ["A", "Nouveau nom", "15/03/2024", "1"],
            ["B", "Bêta", "16/01/2024", "1"],
        ]
    )
    r = load_engagement(make_engagement({"name": "n", "invoices": "v.csv"}, {"v.csv": data}))
    c = r.customers.set_index("customer_id")
    assert c.loc["A", "customer_name"] == "Nouveau nom"  # the latest name invoiced
    assert c.loc["B", "customer_name"] == "Bêta"
    assert r.missing_customers == [] and r.orphan_customers == []


# --- reconciliation --------------------------------------------------------------------------

# Line numbers as a spreadsheet shows them (header = 1).
PARTLY_BROKEN = (
    "Code client;Date facture;N° facture;Montant HT\r\n"  # 1
    "C1;15/07/2023;F1;100,00\r\n"  # 2  in period
    "C1;15/07/2023;F1;100,00\r\n"  # 3  exact duplicate of 2: flagged, kept
    "C2;01/08/2023;F2;250,50\r\n"  # 4
    ";02/08/2023;F3;75,25\r\n"  # 5  rejected: missing_customer_id (75.25 rejected)
    "C3;31/02/2024;F4;10,00\r\n"  # 6  rejected: bad_date (10.00 rejected)
    "C3;10/09/2023;F5;abc\r\n"  # 7  rejected: bad_amount (no amount)
    "C4;11/09/2023;F6;5;extra\r\n"  # 8  rejected: bad_line (too many fields)
    "C5;20/10/2023;A1;-40,00\r\n"  # 9  C5 net -40: anomaly
    "C6;15/01/2023;F8;999,99\r\n"  # 10 before the period: used, counted outside
    "C2;30/06/2024;F9;0,01\r\n"  # 11 last invoice -> period 2023-07-01 .. 2024-06-30
    "C7;01/03/2024;F10;20,00\r\n"  # 12
    "C7;02/03/2024;AV1;-20,00\r\n"  # 13 C7 net 0: anomaly
).encode("cp1252")


@pytest.fixture
def broken(make_engagement):
    return load_engagement(
        make_engagement({"name": "rb", "invoices": "v.csv"}, {"v.csv": PARTLY_BROKEN})
    )


def test_partly_broken_file_controls_by_hand(broken):
    c = broken.controls
    assert (c["rows_read"], c["rows_used"], c["rows_rejected"]) == (12, 8, 4)
    assert c["rows_outside_period"] == 1 and c["rows_in_period"] == 7
    # used: 100 + 100 + 250.50 - 40 + 999.99 + 0.01 + 20 - 20 = 1410.50
    assert c["revenue_used"] == 1410.50
    # rejected with a readable amount: 75.25 + 10.00
    assert c["revenue_rejected"] == 85.25
    assert c["revenue_read"] == 1495.75
    # in the period: everything used but C6's 999.99
    assert c["revenue_period"] == 410.51
    assert c["revenue_outside_period"] == 999.99
    assert c["duplicates"] == 1
    assert c["customers_invoiced"] == 5  # C1 C2 C5 C6 C7
    assert c["customers_period"] == 2  # C1 200.00, C2 250.51
    assert c["customers_nonpositive"] == 2  # C5 -40, C7 0
    assert c["rejected_reasons"] == {
        "missing_customer_id": 1,
        "bad_date": 1,
        "bad_amount": 1,
        "bad_line": 1,
    }
    assert (c["date_min"], c["date_max"]) == ("2023-01-15", "2024-06-30")
    assert_reconciled(broken)


def test_partly_broken_file_rejected_rows_say_where_and_why(broken):
    rej = broken.rejected
    assert rej["source_row"].tolist() == [5, 6, 7, 8]
    assert rej["reason"].tolist() == ["missing_customer_id", "bad_date", "bad_amount", "bad_line"]
    assert set(rej["file"]) == {"v.csv"}
    detail = rej.set_index("source_row")["detail"]
    assert "Code client" in detail[5]
    assert "Date facture" in detail[6] and "31/02/2024" in detail[6]
    assert "Montant HT" in detail[7] and "abc" in detail[7]
    assert "5 champs au lieu de 4" in detail[8]
    assert broken.usable


def test_period_default_duplicates_and_anomalies(broken):
    assert broken.period_start == TS("2023-07-01")
    assert broken.period_end == TS("2024-06-30")
    inv = broken.invoices
    # the duplicate is flagged, not dropped
    assert inv.loc[inv["duplicate"], "source_row"].tolist() == [3]
    assert inv["source_row"].tolist().count(3) == 1
    # outside the period: used, not rejected
    assert 10 in inv["source_row"].tolist()
    assert 10 not in broken.rejected["source_row"].tolist()
    assert 10 not in broken.period_invoices["source_row"].tolist()
    anomalies = dict(zip(broken.anomalies["customer_id"], broken.anomalies["revenue"], strict=True))
    assert anomalies == {"C5": -40.0, "C7": 0.0}
    texts = " ".join(p.text for p in broken.problems)
    assert "C5" in texts and "C7" in texts
    assert "lignes 3" in texts  # the duplicate's line


def test_revenue_is_exact_to_the_cent_on_many_small_amounts(make_engagement):
    # 3,000 lines of 0.10, 0.20 and 0.70 plus a rejected line: float sums would drift
    cents = [10, 20, 70] * 1000
    rows = [
        [f"K{i % 7}", "x", f"{1 + i % 28:02d}/0{1 + i % 9}/2024", f"{c // 100},{c % 100:02d}"]
        for i, c in enumerate(cents)
    ]
    rows.append(["", "x", "01/01/2024", "0,33"])
    r = load_engagement(
        make_engagement({"name": "c", "invoices": "v.csv"}, {"v.csv": french_rows(rows)})
    )
    expected_used = sum(Decimal(c) / 100 for c in cents)  # 1000.00 exactly
    assert expected_used == Decimal("1000")
    assert r.controls["revenue_used"] == 1000.0
    assert r.controls["revenue_rejected"] == 0.33
    assert r.controls["revenue_read"] == 1000.33
    assert r.controls["revenue_period"] == 1000.0
    assert_reconciled(r)


@pytest.mark.parametrize(
    ("last", "start", "end"),
    [
        ("2024-12-01", "2024-01-01", "2024-12-31"),
        ("2024-02-01", "2023-03-01", "2024-02-29"),  # leap year
        ("2024-06-30", "2023-07-01", "2024-06-30"),
        ("2023-03-31", "2022-04-01", "2023-03-31"),
    ],
)
def test_default_period_is_the_last_twelve_months_of_data(last, start, end):
    dates = pd.Series(pd.to_datetime(["2020-05-05", last]))
    assert default_period(dates) == (TS(start), TS(end))


def test_explicit_period_and_period_with_only_a_start(make_engagement):
    data = french_rows(
        [
            ["A", "a", "30/09/2023", "1,00"],
            ["A", "a", "01/10/2023", "2,00"],
            ["A", "a", "30/09/2024", "4,00"],
            ["A", "a", "01/10/2024", "8,00"],
        ]
    )
    r = load_engagement(
        make_engagement(
            {"name": "p", "period": {"start": "2023-10-01"}, "invoices": "v.csv"}, {"v.csv": data}
        )
    )
    assert (r.period_start, r.period_end) == (TS("2023-10-01"), TS("2024-09-30"))
    assert r.controls["revenue_period"] == 6.0  # 2 + 4; 1 and 8 are outside
    assert r.controls["rows_outside_period"] == 2
    assert r.controls["rows_rejected"] == 0
    r = load_engagement(
        make_engagement(
            {
                "name": "p",
                "period": {"start": "2024-01-01", "end": "2024-12-31"},
                "invoices": "v.csv",
            },
            {"v.csv": data},
            folder="p2",
        )
    )
    assert r.controls["revenue_period"] == 12.0 and r.controls["rows_outside_period"] == 2


def test_invoice_with_a_time_on_the_last_day_is_in_the_period(make_engagement):
    from conftest import write_xlsx

    root = make_engagement(
        {"name": "t", "period": {"start": "2024-01-01", "end": "2024-12-31"}, "invoices": "v.xlsx"},
        {
            "v.xlsx": lambda p: write_xlsx(
                p,
                {
                    "V": [
                        ["Code client", "Date facture", "Montant HT"],
                        ["A", dt.datetime(2024, 6, 1, 9, 0), 10.0],
                        ["B", dt.datetime(2024, 12, 31, 15, 30), 20.0],
                    ]
                },
            )
        },
    )
    r = load_engagement(root)
    assert r.controls["revenue_period"] == 30.0
    assert r.controls["rows_outside_period"] == 0
    assert r.controls["customers_period"] == 2


def test_no_invoice_in_the_period_is_an_error_problem(make_engagement):
    data = french_rows([["A", "a", "15/01/2023", "10,00"]])
    r = load_engagement(
        make_engagement(
            {
                "name": "p",
                "period": {"start": "2024-01-01", "end": "2024-12-31"},
                "invoices": "v.csv",
            },
            {"v.csv": data},
        )
    )
    assert not r.usable
    errors = [p.text for p in r.problems if p.level == "error"]
    assert len(errors) == 1 and "01/01/2024" in errors[0] and "15/01/2023" in errors[0]


def test_only_credit_notes_in_the_period_is_not_usable(make_engagement):
    data = french_rows([["A", "a", "15/01/2024", "-10,00"], ["B", "b", "16/01/2024", "0,00"]])
    r = load_engagement(make_engagement({"name": "p", "invoices": "v.csv"}, {"v.csv": data}))
    assert not r.usable
    assert r.controls["customers_period"] == 0 and r.controls["customers_nonpositive"] == 2


def test_french_header_constant_is_what_the_helpers_write():
    assert FRENCH_HEADER == ["Code client", "Raison sociale", "Date facture", "Montant HT"]


def test_cost_rate_gives_a_cost_when_the_ledger_has_none(tmp_path):
    folder = tmp_path / "rate"
    folder.mkdir()
    (folder / "ventes.csv").write_text(
        "Code client;Date facture;Montant HT\nA;03/01/2024;1000,00\nB;15/02/2024;250,50\n",
        encoding="utf-8",
    )
    (folder / "engagement.yaml").write_text(
        "name: rate\ninvoices: {path: ventes.csv}\nfinance: {cost_rate: 0.6}\n", encoding="utf-8"
    )
    result = load_engagement(folder)
    # 60 % of 1000.00 and of 250.50, to the cent
    assert result.invoices.set_index("customer_id")["cost"].to_dict() == {"A": 600.0, "B": 150.3}
    assert any("cost_rate" in g for g in result.guesses)


def test_excel_with_title_lines_above_the_header(tmp_path):
    import datetime as dt

    from conftest import write_xlsx

    folder = tmp_path / "titled"
    folder.mkdir()
    write_xlsx(
        folder / "ventes.xlsx",
        {
            "Ventes": [
                ["Extraction des ventes du 01/01/2024 au 31/12/2024"],
                [None],
                ["Code client", "Date facture", "Montant HT"],
                ["00123", dt.datetime(2024, 3, 5), 1200.5],
                ["00456", dt.datetime(2024, 6, 1), "abc"],
                ["00123", dt.datetime(2024, 9, 9), 99.5],
            ]
        },
    )
    (folder / "engagement.yaml").write_text(
        "name: titled\ninvoices: {path: ventes.xlsx}\n", encoding="utf-8"
    )
    result = load_engagement(folder)
    # header on spreadsheet line 3: data rows are lines 4, 5 and 6; line 5 is rejected
    assert result.invoices["source_row"].tolist() == [4, 6]
    assert result.rejected["source_row"].tolist() == [5]
    assert result.controls["revenue_used"] == 1300.0
    assert any("ligne 3" in g for g in result.guesses)


def test_csv_with_title_lines_above_the_header(tmp_path):
    folder = tmp_path / "titled_csv"
    folder.mkdir()
    (folder / "ventes.csv").write_bytes(
        "Extraction des ventes du 01/01/2024 au 31/12/2024\r\n"
        "Société Exemple\r\n"
        "\r\n"
        "Code client;Date facture;Montant HT\r\n"
        "00123;05/03/2024;1 200,50\r\n"
        "00456;01/06/2024;abc\r\n"
        "00123;09/09/2024;99,50\r\n".encode("cp1252")
    )
    (folder / "engagement.yaml").write_text(
        "name: titled\ninvoices: {path: ventes.csv}\n", encoding="utf-8"
    )
    result = load_engagement(folder)
    # header on line 4: data rows are lines 5, 6 and 7; line 6 is rejected
    assert result.invoices["source_row"].tolist() == [5, 7]
    assert result.rejected["source_row"].tolist() == [6]
    assert result.controls["revenue_used"] == 1300.0
    assert result.controls["rows_read"] == 3
    assert any("ligne 4" in g for g in result.guesses)
    assert any("« ; »" in g for g in result.guesses)
