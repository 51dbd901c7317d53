"""Cell parsing (lib/clientmix/parse.py): header matching, ids, French numbers, dates.

Expected values are written by hand from the cell text."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from clientmix.ingest import headers as header_names
from clientmix.ingest import parse

# --- headers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("  N° Facture ", "n facture"),
        ("Désignation", "designation"),
        ("Montant HT (€)", "montant ht"),
        ("Quantité", "quantite"),
        ("CUSTOMER_ID", "customer id"),
        ("Chiffre d'affaires", "chiffre d affaires"),
    ],
)
def test_normalise_header(header, expected):
    assert header_names.normalise_header(header) == expected


def _mapping(headers, explicit=None, known=header_names.INVOICE_HEADERS):
    return {
        m.canonical: m.header for m in header_names.match_headers(headers, explicit or {}, known)
    }


def test_french_headers_are_matched():
    headers = ["Code client", "Raison sociale", "Date facture", "Montant HT", "N° facture"]
    assert _mapping(headers) == {
        "customer_id": "Code client",
        "customer_name": "Raison sociale",
        "date": "Date facture",
        "amount": "Montant HT",
        "invoice_id": "N° facture",
    }


def test_english_headers_are_matched():
    headers = ["Customer ID", "Customer name", "Invoice date", "Amount", "Product", "Cost"]
    assert _mapping(headers) == {
        "customer_id": "Customer ID",
        "customer_name": "Customer name",
        "date": "Invoice date",
        "amount": "Amount",
        "product": "Product",
        "cost": "Cost",
    }


def test_other_french_spellings_are_matched():
    headers = ["N° client", "Date de facture", "Désignation", "Qté", "P.U. HT", "Coût direct"]
    assert _mapping(headers) == {
        "customer_id": "N° client",
        "date": "Date de facture",
        "product": "Désignation",
        "quantity": "Qté",
        "unit_price": "P.U. HT",
        "cost": "Coût direct",
    }


def test_client_is_the_id_unless_a_code_column_exists():
    # "Client" alone is the id; next to "Code client" it is the name
    assert _mapping(["Client", "Date", "Montant"])["customer_id"] == "Client"
    m = _mapping(["Code client", "Client", "Date", "Montant"])
    assert m["customer_id"] == "Code client"
    assert m["customer_name"] == "Client"


def test_each_header_is_used_once():
    m = header_names.match_headers(["Client", "Date", "Montant"], {}, header_names.INVOICE_HEADERS)
    found = [x.header for x in m]
    assert len(found) == len(set(found))


def test_explicit_mapping_wins_over_matching():
    headers = ["Code client", "Compte tiers", "Date", "Montant HT"]
    found = header_names.match_headers(
        headers, {"customer_id": "Compte tiers"}, header_names.INVOICE_HEADERS
    )
    by_canonical = {m.canonical: m for m in found}
    assert by_canonical["customer_id"].header == "Compte tiers"
    assert by_canonical["customer_id"].explicit is True
    assert by_canonical["date"].explicit is False
    # "Code client" is not claimed by anything else as customer_id
    assert [m.canonical for m in found].count("customer_id") == 1


def test_explicit_mapping_ignores_case_accents_and_punctuation():
    found = header_names.match_headers(
        ["Coût direct"], {"cost": "cout DIRECT"}, header_names.INVOICE_HEADERS
    )
    assert found == [header_names.Match("cost", "Coût direct", True)]


def test_explicit_header_absent_from_the_file_is_not_matched():
    found = header_names.match_headers(
        ["Date"], {"customer_id": "Nope"}, header_names.INVOICE_HEADERS
    )
    # the explicit name is missing: no synonym is used in its place either
    assert [m.canonical for m in found] == ["date"]


def test_montant_h_t_with_dots_is_matched():
    assert _mapping(["Code client", "Date", "Montant H.T."])["amount"] == "Montant H.T."


def test_customer_file_headers():
    headers = ["Code", "Raison sociale", "Secteur", "Nb postes", "Maturité informatique", "Région"]
    assert _mapping(headers, known=header_names.CUSTOMER_HEADERS) == {
        "customer_id": "Code",
        "customer_name": "Raison sociale",
        "sector": "Secteur",
        "workstations": "Nb postes",
        "it_maturity": "Maturité informatique",
        "region": "Région",
    }


def test_closest_header():
    assert (
        header_names.closest_header("Montant HT", ["Code", "Montant TTC", "Date"]) == "Montant TTC"
    )
    assert header_names.closest_header("Code client", ["Cod. client", "Date"]) == "Cod. client"
    assert header_names.closest_header("Montant HT", ["zzz", "qqq"]) is None


def test_snake_case():
    assert header_names.snake_case("Taille (m²)") == "taille_m2"
    assert header_names.snake_case("***") == "column"


# --- ids -------------------------------------------------------------------------------------


@pytest.mark.parametrize("dtype", [object, "str"])
def test_text_ids_keep_leading_zeros_and_are_trimmed(dtype):
    values = pd.Series(["00123", " 00042 ", "A-7", None, ""], dtype=dtype)
    assert parse.parse_ids(values).tolist() == ["00123", "00042", "A-7", "", ""]


def test_whole_float_ids_lose_the_point_zero():
    assert parse.parse_ids(pd.Series([123.0, 4.0, np.nan])).tolist() == ["123", "4", ""]


def test_integer_ids():
    assert parse.parse_ids(pd.Series([123, 45], dtype="int64")).tolist() == ["123", "45"]


def test_mixed_excel_ids():
    # an Excel column where some ids are text cells and others numeric cells
    values = pd.Series(["00123", 456, 7.0, None, "nan"], dtype=object)
    assert parse.parse_ids(values).tolist() == ["00123", "456", "7", "", ""]


# --- numbers ---------------------------------------------------------------------------------

FRENCH_NUMBERS = [
    ("1 234,56", 1234.56),
    ("1\u00a0234,56", 1234.56),  # non-breaking space
    ("1\u202f234,56", 1234.56),  # narrow non-breaking space (Excel FR)
    ("1.234,56", 1234.56),
    ("1 234 567,8 €", 1234567.8),
    ("12,5 EUR", 12.5),
    ("-12,50", -12.5),
    ("(12,50)", -12.5),
    ("12,50-", -12.5),
    ("+5", 5.0),
    ("0,01", 0.01),
    ("  42 ", 42.0),
    ("", np.nan),
    ("abc", np.nan),
    ("12,3,4", np.nan),
    ("--3", np.nan),
]


@pytest.mark.parametrize("dtype", [object, "str"])
def test_french_numbers(dtype):
    text, expected = zip(*FRENCH_NUMBERS, strict=True)
    got = parse.parse_numbers(pd.Series(text, dtype=dtype), ",")
    assert got.dtype == "float64"
    np.testing.assert_array_equal(got.to_numpy(), np.array(expected, dtype=float))


def test_english_numbers():
    text = ["1,234.56", "-0.5", "1234", "$1,000.00", "(3.25)", ""]
    got = parse.parse_numbers(pd.Series(text, dtype="str"), ".")
    np.testing.assert_array_equal(got.to_numpy(), [1234.56, -0.5, 1234.0, 1000.0, -3.25, np.nan])


def test_numeric_cells_pass_through_and_mixed_cells_are_parsed():
    assert parse.parse_numbers(pd.Series([1, 2.5]), ",").tolist() == [1.0, 2.5]
    mixed = pd.Series([1, 2.5, None, "3,5", "x", True], dtype=object)
    np.testing.assert_array_equal(
        parse.parse_numbers(mixed, ",").to_numpy(), [1.0, 2.5, np.nan, 3.5, np.nan, np.nan]
    )


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["1 234,56", "12"], ","),
        (["1,234.56", "7"], "."),
        (["12,5", "3.25", "4,10"], ","),
        (["12", "13"], None),
        (["", None], None),
    ],
)
def test_sniff_decimal(values, expected):
    assert parse.sniff_decimal(pd.Series(values, dtype=object)) == expected


# --- dates -----------------------------------------------------------------------------------


def _dates(values, dayfirst=None, dtype="str"):
    return parse.parse_dates(pd.Series(values, dtype=dtype), dayfirst)


def test_day_first_dates_are_detected():
    r = _dates(["25/03/2024", "01/02/2024"])
    assert r.values.tolist() == [pd.Timestamp("2024-03-25"), pd.Timestamp("2024-02-01")]
    assert r.layout == "dd/mm/yyyy"
    assert r.dayfirst_guessed and not r.ambiguous


def test_month_first_dates_are_detected():
    r = _dates(["03/25/2024", "01/02/2024"])
    assert r.values.tolist() == [pd.Timestamp("2024-03-25"), pd.Timestamp("2024-01-02")]
    assert r.layout == "mm/dd/yyyy"


def test_ambiguous_dates_are_read_day_first_and_flagged():
    r = _dates(["01/02/2024", "03/04/2024", "01/02/2024"])
    assert r.values.tolist() == [
        pd.Timestamp("2024-02-01"),
        pd.Timestamp("2024-04-03"),
        pd.Timestamp("2024-02-01"),
    ]
    assert r.ambiguous and r.dayfirst_guessed


def test_given_dayfirst_is_not_ambiguous():
    r = _dates(["01/02/2024"], dayfirst=True)
    assert not r.ambiguous and not r.dayfirst_guessed
    assert r.values.tolist() == [pd.Timestamp("2024-02-01")]
    r = _dates(["01/02/2024"], dayfirst=False)
    assert r.values.tolist() == [pd.Timestamp("2024-01-02")]


def test_dayfirst_false_contradicted_by_the_values():
    r = _dates(["25/03/2024", "26/04/2024"], dayfirst=False)
    assert r.contradicts_dayfirst
    assert r.values.isna().all()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-25", "2024-03-25"),
        ("2024-03-25 14:30:00", "2024-03-25"),
        ("20240325", "2024-03-25"),
        ("25.03.2024", "2024-03-25"),
        ("25-03-24", "2024-03-25"),
        ("25/03/2024 10:00", "2024-03-25"),
    ],
)
def test_other_text_layouts(text, expected):
    assert _dates([text]).values.tolist() == [pd.Timestamp(expected)]


def test_impossible_and_empty_dates_are_nat():
    r = _dates(["31/02/2024", "xx", "", "15/01/2024"], dayfirst=True)
    assert r.values.isna().tolist() == [True, True, True, False]


def test_excel_serials_and_native_cells():
    values = pd.Series(
        [45000, "2024-01-02", dt.datetime(2024, 5, 6), pd.Timestamp("2024-07-08"), None],
        dtype=object,
    )
    got = parse.parse_dates(values).values
    # Excel serial 45000 = 2023-03-15 (origin 1899-12-30)
    assert got.tolist()[:4] == [
        pd.Timestamp("2023-03-15"),
        pd.Timestamp("2024-01-02"),
        pd.Timestamp("2024-05-06"),
        pd.Timestamp("2024-07-08"),
    ]
    assert pd.isna(got.iloc[4])


def test_datetime_column_passes_through_without_timezone():
    values = pd.Series(pd.to_datetime(["2024-01-02 10:00"]).tz_localize("Europe/Paris"))
    r = parse.parse_dates(values)
    assert r.layout == "native"
    assert r.values.dt.tz is None
    assert r.values.dtype == "datetime64[ns]"


def test_repeated_text_dates_keep_their_positions():
    values = ["15/01/2024", "", "16/01/2024", "15/01/2024", "xx", "16/01/2024"]
    got = _dates(values, dayfirst=True).values
    assert got.tolist()[0] == pd.Timestamp("2024-01-15")
    assert got.tolist()[2] == pd.Timestamp("2024-01-16")
    assert got.tolist()[3] == pd.Timestamp("2024-01-15")
    assert got.tolist()[5] == pd.Timestamp("2024-01-16")
    assert got.isna().tolist() == [False, True, False, False, True, False]


def test_thousands_dot_without_decimals_reads_as_thousands():
    # "1.234" and "2.500" in a French export: the dot groups thousands
    values = pd.Series(["1.234", "2.500", "12"], dtype="str")
    assert parse.sniff_decimal(values) == ","
    assert parse.parse_numbers(values, ",").tolist() == [1234.0, 2500.0, 12.0]


def test_thousands_marks_must_group_by_three():
    french = pd.Series(["12.5.3", "1.23,4", "1.234.567", "1.234,5"], dtype="str")
    out = parse.parse_numbers(french, ",")
    assert out.isna().tolist() == [True, True, False, False]
    assert out.iloc[2] == 1_234_567.0 and out.iloc[3] == 1234.5
    english = pd.Series(["1,23.4", "1,234,567", "1,234.5"], dtype="str")
    out = parse.parse_numbers(english, ".")
    assert out.isna().tolist() == [True, False, False]


def test_unicode_minus_sign_is_a_minus():
    values = pd.Series(["\u221212,50", "\u22121\u00a0234,00"], dtype="str")
    assert parse.parse_numbers(values, ",").tolist() == [-12.5, -1234.0]
