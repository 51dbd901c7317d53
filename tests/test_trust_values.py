"""Issue 9, values: missing-value markers in amounts and dates, the decimal mark decided per
column from all values (three-decimal prices), scientific notation, negatives, currency
symbols, and line totals rounded half-up to the cent. Figures worked out by hand."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import csv_bytes, run_cli, write_engagement

from clientmix.errors import ClientmixError
from clientmix.ingest.load import load_engagement

HEAD = ["Code client", "Date facture"]


def _engagement(tmp_path, rows, extra=None, **source):
    config = {"name": "t", "company": "T SAS", "invoices": {"path": "v.csv", **source}}
    config.update(extra or {})
    return write_engagement(tmp_path / "eng", config, {"v.csv": csv_bytes(rows)})


def test_three_decimal_unit_prices_take_the_mark_of_the_quantity_column(tmp_path):
    # prices 43,280 are ambiguous; the quantity column says "decimal comma" (2,5)
    rows = [HEAD + ["Quantité", "Prix unitaire"]]
    rows += [
        ["C1", "05/01/2024", "2,5", "43,280"],  # 108.20
        ["C2", "06/01/2024", "1", "12,125"],  # 12.125 -> 12.13 (half up)
        ["C1", "07/01/2024", "3", "1,235"],  # 3.705 -> 3.71
    ]
    result = load_engagement(_engagement(tmp_path, rows))
    assert result.invoices["amount"].sum() == pytest.approx(108.20 + 12.13 + 3.71, abs=1e-9)
    assert len(result.invoices) == 3 and result.rejected.empty
    said = " | ".join(result.guesses)
    assert "colonne « Prix unitaire » : des valeurs comme « 43,280 »" in said
    assert "séparateur décimal pris de la colonne « Quantité » (virgule)" in said
    assert "« 43,280 » = 43,280" in said
    assert "2 lignes : quantité × prix unitaire tombe entre deux centimes" in said
    assert "ligne 3 : 12,1250 → 12,13" in said


def test_line_totals_half_up_in_binary_floating_point(tmp_path):
    # 2.675 and 1.005 are just below their half in binary: rounded half-up all the same;
    # a credit note rounds away from zero (-2.675 -> -2.68); whole cents stay as they are
    rows = [HEAD + ["Quantité", "Prix unitaire"]]
    rows += [
        ["C1", "05/01/2024", "1", "2.675"],  # 2.68
        ["C1", "06/01/2024", "3", "0.335"],  # 1.005 -> 1.01
        ["C2", "07/01/2024", "-1", "2.675"],  # -2.68
        ["C2", "08/01/2024", "4", "0.25"],  # 1.00, exact
    ]
    result = load_engagement(_engagement(tmp_path, rows, decimal="."))
    assert list(result.invoices["amount"]) == [2.68, 1.01, -2.68, 1.00]
    assert int(round(result.invoices["amount"].sum() * 100)) == 201  # 2.68 + 1.01 - 2.68 + 1.00
    said = " | ".join(result.guesses)
    assert "3 lignes : quantité × prix unitaire tombe entre deux centimes" in said
    assert "ligne 2 : 2,6750 → 2,68" in said


def test_ambiguous_prices_with_nothing_to_tell_stop_with_the_setting(tmp_path):
    rows = [HEAD + ["Quantité", "Prix unitaire"]]
    rows += [["C1", "05/01/2024", "2", "43,280"], ["C2", "06/01/2024", "1", "1,500"]]
    folder = _engagement(tmp_path, rows)
    with pytest.raises(ClientmixError) as err:
        load_engagement(folder)
    text = str(err.value)
    assert "colonne « Prix unitaire » : des valeurs comme « 43,280 »" in text
    assert "peuvent valoir 43,280 (virgule décimale) ou 43\u00a0280 (point décimal)" in text
    assert 'decimal: ","' in text
    # the setting settles it: 2 x 43.28 + 1 x 1.50 = 88.06
    folder = _engagement(tmp_path, rows, decimal=",")
    assert load_engagement(folder).invoices["amount"].sum() == pytest.approx(88.06, abs=1e-9)


def test_missing_markers_scientific_negatives_and_currency(tmp_path):
    rows = [HEAD + ["Montant HT"]]
    rows += [
        ["C1", "05/01/2024", "1e+05"],  # 100000.00
        ["C1", "06/01/2024", "(123,45)"],  # -123.45
        ["C2", "07/01/2024", "10,50-"],  # -10.50
        ["C2", "08/01/2024", "1 234,56 €"],  # 1234.56
        ["C2", "09/01/2024", "EUR 99,99 HT"],  # 99.99
        ["C3", "10/01/2024", "#N/A"],  # rejected: empty amount
        ["C3", "11/01/2024", "NULL"],  # rejected
        ["C3", "12/01/2024", "12 k€"],  # rejected: thousands never read as units
        ["C3", "NA", "50,00"],  # rejected: no date
    ]
    result = load_engagement(_engagement(tmp_path, rows))
    assert result.invoices["amount"].sum() == pytest.approx(
        100000 - 123.45 - 10.50 + 1234.56 + 99.99, abs=1e-6
    )
    assert len(result.invoices) == 5
    rejected = result.rejected.set_index("source_row")
    assert rejected["reason"].to_dict() == {
        7: "bad_amount",
        8: "bad_amount",
        9: "bad_amount",
        10: "bad_date",
    }
    assert rejected.loc[7, "detail"] == "colonne « Montant HT » vide"
    assert rejected.loc[8, "detail"] == "colonne « Montant HT » vide"
    assert "« 12 k€ » n'est pas un nombre" in rejected.loc[9, "detail"]
    assert rejected.loc[10, "detail"] == "colonne « Date facture » vide"


def test_na_values_setting_checked(tmp_path):
    rows = [HEAD + ["Montant HT"], ["C1", "05/01/2024", "10,00"]]
    folder = _engagement(tmp_path, rows, na_values={"a": 1})
    run = run_cli("validate", str(folder))
    assert run.returncode != 0
    assert "invoices.na_values dans" in run.stdout + run.stderr
    assert "Traceback" not in run.stderr
    folder = _engagement(tmp_path, rows, na_values=["n.d.", "?"])
    assert load_engagement(folder).invoices["amount"].sum() == pytest.approx(10.0)


def test_typo_year_is_flagged_kept_and_does_not_move_the_period(tmp_path):
    # 12 invoices of 100.00 in 2024, one of 50.00 dated 2042 (typo for 2024)
    rows = [HEAD + ["Montant HT"]]
    rows += [["C1" if m % 2 else "C2", f"15/{m:02d}/2024", "100,00"] for m in range(1, 13)]
    rows += [["C3", "20/06/2042", "50,00"]]
    result = load_engagement(_engagement(tmp_path, rows))
    assert (result.period_start, result.period_end) == (
        pd.Timestamp("2024-01-01"),
        pd.Timestamp("2024-12-31"),
    )
    assert len(result.invoices) == 13 and result.rejected.empty
    period = result.period_invoices
    assert period["amount"].sum() == pytest.approx(1200.0)
    assert set(period["customer_id"]) == {"C1", "C2"}
    text = " | ".join(p.text for p in result.problems)
    assert "1 lignes ont une date très éloignée des autres (du 2024-01-15 au 2024-12-15)" in text
    assert "lignes 14 (2042-06-20)" in text
