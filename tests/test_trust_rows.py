"""Issue 9, rows: missing-id markers, ids in scientific notation, totals lines, credit notes
as positive lines, currencies, the invoices-customers join, ledger attributes.

Every figure below is worked out by hand from the rows written in the test.
"""

from __future__ import annotations

import pytest
from conftest import csv_bytes

from clientmix.errors import ClientmixError
from clientmix.ingest.load import load_engagement

HEADER = ["Code client", "Raison sociale", "Date facture", "Montant HT"]


def _config(**extra):
    config = {"name": "t", "period": {"start": "2024-01-01", "end": "2024-12-31"}}
    config["invoices"] = {"path": "ventes.csv", "sep": ";", "decimal": ",", "dayfirst": True}
    config.update(extra)
    return config


def test_missing_markers_are_rejected_never_a_customer(make_engagement):
    rows = [
        HEADER,
        ["C1", "Alpha", "05/01/2024", "100,00"],
        ["NA", "", "06/01/2024", "50,00"],
        ["#N/A", "", "07/01/2024", "25,50"],
        ["(vide)", "", "08/01/2024", "10,00"],
        ["-", "", "09/01/2024", "1,00"],
        ["C2", "Beta", "10/01/2024", "200,00"],
    ]
    r = load_engagement(make_engagement(_config(), {"ventes.csv": csv_bytes(rows)}))
    assert sorted(r.invoices["customer_id"]) == ["C1", "C2"]
    assert r.controls["rows_used"] == 2 and r.controls["rows_rejected"] == 4
    assert r.controls["revenue_used"] == 300.00
    assert r.controls["revenue_rejected"] == 86.50  # 50 + 25.50 + 10 + 1
    assert set(r.rejected["reason"]) == {"missing_customer_id"}
    details = r.rejected.set_index("source_row")["detail"]
    assert all("Code client" in d for d in details)
    assert "NA" not in set(r.customers["customer_id"])


def test_scientific_notation_ids_are_an_error(make_engagement):
    rows = [
        HEADER,
        ["5,52101E+13", "Alpha", "05/01/2024", "100,00"],
        ["5,52101E+13", "Beta", "06/01/2024", "50,00"],
        ["C3", "Gamma", "07/01/2024", "10,00"],
    ]
    r = load_engagement(make_engagement(_config(), {"ventes.csv": csv_bytes(rows)}))
    errors = [p.text for p in r.problems if p.level == "error"]
    assert len(errors) == 1 and not r.usable
    assert "colonne « Code client »" in errors[0] and "« 5,52101E+13 »" in errors[0]
    assert "ligne 2" in errors[0] and "Texte" in errors[0]


def test_totals_lines_are_skipped_not_rejected(make_engagement):
    rows = [
        HEADER,
        ["C1", "Alpha", "05/01/2024", "100,00"],
        ["C2", "Beta", "06/01/2024", "200,50"],
        ["C1", "Alpha", "07/01/2024", "-20,00"],
        ["TOTAL", "Total SA", "08/01/2024", "30,00"],  # a customer called Total: kept
        ["", "Sous-total", "", "310,50"],
        ["", "", "", "310,50"],  # unlabelled: the sum of all the detail rows
        ["", "Total général", "", "310,50"],
        ["", "", "09/01/2024", "5,00"],  # no customer, not a sum: rejected
    ]
    r = load_engagement(make_engagement(_config(), {"ventes.csv": csv_bytes(rows)}))
    c = r.controls
    # 8 lines under the header: 3 totals lines skipped, 5 data rows read (the metrics.json
    # contract: rows_read = rows_used + rows_rejected)
    assert c["rows_read"] == 5 and c["rows_used"] == 4 and c["rows_rejected"] == 1
    assert c["rows_totals_skipped"] == 3
    assert c["rows_read"] == c["rows_used"] + c["rows_rejected"]
    assert c["revenue_used"] == 310.50  # 100 + 200.50 - 20 + 30
    assert c["revenue_rejected"] == 5.00
    assert c["revenue_read"] == 315.50
    assert c["revenue_totals_skipped"] == 931.50
    assert any("3 lignes de total ignorées" in g and "931,50" in g for g in r.guesses)
    assert "TOTAL" in set(r.invoices["customer_id"])


def test_credit_notes_as_positive_lines_are_negated(make_engagement):
    rows = [
        ["Code client", "Type", "Date facture", "Montant HT"],
        ["C1", "Facture", "05/01/2024", "100,00"],
        ["C1", "Avoir", "06/01/2024", "30,00"],
        ["C2", "FA", "07/01/2024", "80,00"],
        ["C2", "Facture d'avoir", "08/01/2024", "-5,00"],  # already negative: kept
        ["C3", "Credit note", "09/01/2024", "12,34"],
        ["C3", "Invoice", "10/01/2024", "50,00"],
    ]
    r = load_engagement(make_engagement(_config(), {"ventes.csv": csv_bytes(rows)}))
    assert r.controls["revenue_used"] == 182.66  # 100 - 30 + 80 - 5 - 12.34 + 50
    net = r.invoices.groupby("customer_id")["amount"].sum().round(2).to_dict()
    assert net == {"C1": 70.00, "C2": 75.00, "C3": 37.66}
    assert any("3 lignes d'avoir, dont 2" in g for g in r.guesses)


def test_unknown_document_type_is_an_error(make_engagement):
    rows = [
        ["Code client", "Type de document", "Date facture", "Montant HT"],
        ["C1", "Facture", "05/01/2024", "100,00"],
        ["C1", "Devis", "06/01/2024", "30,00"],
        ["C2", "Avoir", "07/01/2024", "10,00"],
    ]
    r = load_engagement(make_engagement(_config(), {"ventes.csv": csv_bytes(rows)}))
    errors = [p.text for p in r.problems if p.level == "error"]
    assert len(errors) == 1 and "« Devis »" in errors[0] and "document_types" in errors[0]
    config = _config()
    config["invoices"]["document_types"] = {"invoice": ["Devis"]}
    r = load_engagement(make_engagement(config, {"ventes.csv": csv_bytes(rows)}, "eng2"))
    assert r.usable and r.controls["revenue_used"] == 120.00  # 100 + 30 - 10


def test_several_currencies_stop_or_convert(make_engagement):
    rows = [
        ["Code client", "Devise", "Date facture", "Montant HT"],
        ["C1", "EUR", "05/01/2024", "100,00"],
        ["C2", "USD", "06/01/2024", "200,00"],
        ["C2", "usd", "07/01/2024", "50,00"],
    ]
    files = {"ventes.csv": csv_bytes(rows)}
    with pytest.raises(ClientmixError) as err:
        load_engagement(make_engagement(_config(), files))
    text = str(err.value)
    assert "EUR 100,00 (1)" in text and "USD 250,00 (2)" in text and "currency_rates" in text
    r = load_engagement(make_engagement(_config(currency_rates={"USD": 0.9}), files, "eng2"))
    assert r.controls["revenue_used"] == 325.00  # 100 + 250 × 0.9
    assert any("2 lignes en USD converties en EUR" in g for g in r.guesses)


def test_one_other_currency_is_a_warning(make_engagement):
    rows = [
        ["Code client", "Devise", "Date facture", "Montant HT"],
        ["C1", "$", "05/01/2024", "100,00"],
    ]
    r = load_engagement(make_engagement(_config(), {"ventes.csv": csv_bytes(rows)}))
    warnings = [p.text for p in r.problems if p.level == "warning"]
    assert any("les montants sont en USD" in w and "currency: USD" in w for w in warnings)


def _join_files(invoice_ids, customer_ids):
    rows = [HEADER] + [[i, "X", "05/01/2024", f"{a},00"] for i, a in invoice_ids]
    customers = [["Code client", "Secteur"]] + [[i, "Agro"] for i in customer_ids]
    return {"ventes.csv": csv_bytes(rows), "clients.csv": csv_bytes(customers)}


def test_join_lost_leading_zeros_is_repaired_and_said(make_engagement):
    files = _join_files([("00003", 100), ("00004", 300), ("00012", 600)], ["3", "4", "12"])
    config = _config(customers={"path": "clients.csv", "sep": ";"})
    r = load_engagement(make_engagement(config, files))
    assert sorted(r.customers["customer_id"]) == ["00003", "00004", "00012"]
    assert set(r.customers["sector"]) == {"Agro"}
    assert r.missing_customers == []
    assert any("zéros en tête retirés" in g and "100\u00a0%" in g for g in r.guesses)
    assert not [p for p in r.problems if p.level == "serious"]
    config["id_normalise"] = "none"
    r = load_engagement(make_engagement(config, files, "eng2"))
    serious = [p.text for p in r.problems if p.level == "serious"]
    assert len(serious) == 1 and "0\u00a0% du CA" in serious[0]
    assert "zéros en tête retirés" in serious[0]


def test_join_under_half_the_revenue_is_serious(make_engagement):
    # C1 (100) and C2 (150) found, C3 (300) missing: 250 / 550 = 45 % of the revenue
    files = _join_files([("C1", 100), ("C2", 150), ("C3", 300)], ["C1", "C2"])
    config = _config(customers={"path": "clients.csv", "sep": ";"})
    r = load_engagement(make_engagement(config, files))
    serious = [p.text for p in r.problems if p.level == "serious"]
    assert len(serious) == 1 and "45\u00a0% du CA" in serious[0] and "67\u00a0%" in serious[0]


def test_ledger_attributes_follow_the_customer(make_engagement):
    rows = [
        ["Code client", "Pays", "Commercial", "Date facture", "Montant HT"],
        ["C1", "France", "Anne", "05/01/2024", "10,00"],
        ["C1", "France", "Bruno", "06/01/2024", "10,00"],
        ["C1", "Belgique", "Bruno", "07/01/2024", "10,00"],
        ["C2", "Suisse", "Anne", "05/01/2024", "10,00"],
        ["C2", "Espagne", "NA", "08/01/2024", "10,00"],  # tie: the latest line wins
    ]
    config = _config()
    config["invoices"]["columns"] = {"country": "Pays", "salesperson": "Commercial"}
    r = load_engagement(make_engagement(config, {"ventes.csv": csv_bytes(rows)}))
    table = r.customers.set_index("customer_id")
    assert table.loc["C1", "country"] == "France" and table.loc["C1", "salesperson"] == "Bruno"
    assert table.loc["C2", "country"] == "Espagne" and table.loc["C2", "salesperson"] == "Anne"
    assert r.controls["revenue_used"] == 50.00


def test_attribute_near_a_canonical_name_is_refused(make_engagement):
    config = _config()
    config["invoices"]["columns"] = {"custommer_id": "Code client"}
    rows = [HEADER, ["C1", "A", "05/01/2024", "1,00"]]
    with pytest.raises(ClientmixError, match="customer_id"):
        load_engagement(make_engagement(config, {"ventes.csv": csv_bytes(rows)}))
