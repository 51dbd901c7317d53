"""Issue 9, dates: engagement.yaml's period read day first and stated when longer than a year
or ending after the data; month names, 2024/01/05, ISO with time, two-digit years; columns
mixing day-first and month-first; Excel serial numbers in text. Figures worked out by hand."""

from __future__ import annotations

import pytest
from conftest import csv_bytes, run_cli, write_engagement

from clientmix.errors import ClientmixError
from clientmix.ingest.load import load_engagement

HEAD = ["Code client", "Date facture", "Montant HT"]

# one invoice a month from 2024-01-15 to 2025-01-15 (13 rows), 100,00 + month number
LEDGER = [
    ["C1" if m % 2 else "C2", f"15/{m % 12 + 1:02d}/{2024 + m // 12}", f"{100 + m},00"]
    for m in range(13)
]


def _engagement(tmp_path, rows, extra=None, config_text=None, **source):
    config = {"name": "t", "company": "T SAS", "invoices": {"path": "v.csv", **source}}
    config.update(extra or {})
    files = {"v.csv": csv_bytes([HEAD, *rows])}
    return write_engagement(tmp_path / "eng", config_text or config, files)


def _yaml(period: str, language: str = "fr") -> str:
    return (
        f"name: t\ncompany: T SAS\nlanguage: {language}\n"
        f"invoices: {{path: v.csv}}\nperiod: {period}\n"
    )


@pytest.mark.parametrize("language", ["fr", "en"])
def test_period_dd_mm_yyyy_is_read_day_first(tmp_path, language):
    # 01/02/2024 -> 1 February 2024, 31/01/2025 -> 31 January 2025: rows of Feb 2024 to
    # Jan 2025 = months 1..12 -> 101 + ... + 112 = 1278.00
    folder = _engagement(
        tmp_path, LEDGER, config_text=_yaml("{start: 01/02/2024, end: 31/01/2025}", language)
    )
    result = load_engagement(folder)
    assert result.period_start.date().isoformat() == "2024-02-01"
    assert result.period_end.date().isoformat() == "2025-01-31"
    in_period = result.invoices["date"].between(result.period_start, result.period_end)
    assert result.invoices.loc[in_period, "amount"].sum() == pytest.approx(1278.00, abs=1e-9)
    assert in_period.sum() == 12
    assert not [p for p in result.problems if "mois" in p.text or "months" in p.text]


def test_period_month_first_only_when_day_first_is_impossible(tmp_path):
    folder = _engagement(
        tmp_path, LEDGER, config_text=_yaml("{start: 01/13/2024, end: 2024-12-31}", "en")
    )
    result = load_engagement(folder)
    assert result.period_start.date().isoformat() == "2024-01-13"
    # yaml dates and ISO text are unchanged
    folder = _engagement(
        tmp_path, LEDGER, config_text=_yaml("{start: 2024-02-01, end: '2025-01-31'}")
    )
    result = load_engagement(folder)
    assert (result.period_start.date().isoformat(), result.period_end.date().isoformat()) == (
        "2024-02-01",
        "2025-01-31",
    )


def test_unreadable_period_date_names_the_setting(tmp_path):
    folder = _engagement(tmp_path, LEDGER, config_text=_yaml("{start: 31/31/2024}"))
    with pytest.raises(ClientmixError) as err:
        load_engagement(folder)
    assert "Date illisible pour period.start" in str(err.value)
    assert "'31/31/2024'" in str(err.value)


def test_long_period_and_period_after_the_data_are_stated(tmp_path):
    # 13 months; ends on 30/06/2025 while the last invoice is 15/01/2025
    folder = _engagement(
        tmp_path, LEDGER, config_text=_yaml("{start: 01/06/2024, end: 30/06/2025}")
    )
    result = load_engagement(folder)
    texts = [p.text for p in result.problems if p.level == "warning"]
    assert any("(du 01/06/2024 au 30/06/2025) couvre 13 mois" in t for t in texts)
    assert any(
        "finit le 30/06/2025, après la dernière facture du fichier (15/01/2025)" in t for t in texts
    )
    run = run_cli("validate", str(folder))
    assert "couvre 13 mois" in run.stdout + run.stderr
    assert "après la dernière facture du fichier (15/01/2025)" in run.stdout + run.stderr


def test_default_and_one_year_periods_say_nothing_about_the_span(tmp_path):
    for period in (None, "{start: 01/01/2024, end: 31/12/2024}"):
        text = _yaml(period) if period else _yaml("null")
        result = load_engagement(_engagement(tmp_path, LEDGER, config_text=text))
        assert not [p for p in result.problems if "mois" in p.text or "facture du" in p.text]


def test_month_names_year_first_iso_time_and_two_digit_years(tmp_path):
    rows = [
        ["C1", "5 janv. 2024", "100,10"],
        ["C1", "5 janvier 2024", "200,20"],
        ["C2", "1er févr. 2024", "300,30"],
        ["C2", "5 Jan 2024", "10,01"],
        ["C3", "Jan 5, 2024", "20,02"],
        ["C3", "2024/01/06", "30,03"],
        ["C4", "2024-01-07T14:30:00", "40,04"],
        ["C4", "2024-01-08 09:15", "50,05"],
        ["C5", "05/01/24", "60,06"],
        ["C5", "13/02/24", "70,07"],
        ["C5", "31 déc. 2023", "1,11"],
        ["C6", "5 brumaire 2024", "9,99"],  # not a month: rejected with its reason
    ]
    result = load_engagement(_engagement(tmp_path, rows))
    inv = result.invoices.set_index("source_row")
    assert len(inv) == 11 and len(result.rejected) == 1
    assert result.rejected["amount"].sum() == pytest.approx(9.99, abs=1e-9)
    assert "5 brumaire 2024" in result.rejected["detail"].iloc[0]
    # 100.10 + 200.20 + 300.30 + 10.01 + 20.02 + 30.03 + 40.04 + 50.05 + 60.06 + 70.07 + 1.11
    assert inv["amount"].sum() == pytest.approx(881.99, abs=1e-9)
    days = inv["date"].dt.strftime("%Y-%m-%d").tolist()
    assert days == [
        "2024-01-05",
        "2024-01-05",
        "2024-02-01",
        "2024-01-05",
        "2024-01-05",
        "2024-01-06",
        "2024-01-07",
        "2024-01-08",
        "2024-01-05",
        "2024-02-13",
        "2023-12-31",
    ]


def test_english_month_names_month_first(tmp_path):
    rows = [
        ["C1", "March 3rd, 2024", "12,50"],
        ["C1", "Dec 31, 2023", "7,25"],
        ["C2", "03-Mar-24", "0,25"],
    ]
    result = load_engagement(_engagement(tmp_path, rows))
    assert result.rejected.empty
    assert result.invoices["amount"].sum() == pytest.approx(20.00, abs=1e-9)
    assert result.invoices["date"].dt.strftime("%Y-%m-%d").tolist() == [
        "2024-03-03",
        "2023-12-31",
        "2024-03-03",
    ]


def test_excel_serial_numbers_in_a_text_column_are_read_and_said(tmp_path):
    # 45292 = 2024-01-01, 45322 = 2024-01-31, 45351 = 2024-02-29 (leap year)
    rows = [["C1", "45292", "10,00"], ["C2", "45322", "20,50"], ["C1", "45351", "30,25"]]
    result = load_engagement(_engagement(tmp_path, rows))
    assert result.rejected.empty
    assert result.invoices["amount"].sum() == pytest.approx(60.75, abs=1e-9)
    assert result.invoices["date"].dt.strftime("%Y-%m-%d").tolist() == [
        "2024-01-01",
        "2024-01-31",
        "2024-02-29",
    ]
    assert "format de date : Excel 45292 → 2024-01-01" in result.guesses
    run = run_cli("validate", str(tmp_path / "eng"))
    assert "Excel 45292 → 2024-01-01" in run.stdout


def test_five_digit_numbers_in_a_column_of_dates_are_not_serials(tmp_path):
    # a column not made only of serial numbers: 45292 is rejected, not read as a date
    rows = [["C1", "45292", "10,00"], ["C2", "05/01/2024", "20,50"], ["C2", "06/01/2024", "1,25"]]
    result = load_engagement(_engagement(tmp_path, rows))
    assert result.invoices["amount"].sum() == pytest.approx(21.75, abs=1e-9)
    assert result.rejected["source_row"].tolist() == [2]
    assert result.rejected["amount"].sum() == pytest.approx(10.00, abs=1e-9)
    assert not [g for g in result.guesses if "Excel" in g]
    # 12345 would be 1933: not a plausible serial, so the column is not read as serials
    rows = [["C1", "45292", "10,00"], ["C2", "12345", "20,50"]]
    with pytest.raises(ClientmixError):
        load_engagement(_engagement(tmp_path, rows))


def test_a_column_mixing_day_first_and_month_first_is_named_with_one_example_of_each():
    import pandas as pd

    from clientmix.ingest.dates import mixed_order_problem
    from clientmix.ingest.parse import parse_dates

    cells = pd.Series(["13/01/2024", "05/01/2024", "01/13/2024", "05/01/2024"], dtype="string")
    parsed = parse_dates(cells)
    assert parsed.mixed == ("13/01/2024", "01/13/2024")
    (problem,) = mixed_order_problem(parsed.mixed, "v.csv", "Date facture", "fr")
    assert problem.level == "error"
    assert problem.text.startswith(
        "v.csv, colonne « Date facture » : des dates jour en premier "
        "(« 13/01/2024 ») et d'autres mois en premier (« 01/13/2024 »)"
    )
    (problem,) = mixed_order_problem(parsed.mixed, "v.csv", "Date", "en")
    assert "some dates are day first ('13/01/2024') and others month first ('01/13/2024')" in (
        problem.text
    )
    # one order only, or the order given: nothing mixed
    assert parse_dates(cells.iloc[:2]).mixed is None
    assert parse_dates(cells, dayfirst=True).mixed is None
    assert mixed_order_problem(None, "v.csv", "Date", "fr") == []


def test_a_file_mixing_day_first_and_month_first_is_not_usable(tmp_path):
    """13/01/2024 is only day-first, 01/13/2024 only month-first: 05/01/2024 cannot be read
    safely, so validate stops (exit 1) naming the column and both examples; `dayfirst`
    settles it (then the month-first value is rejected as a bad date)."""
    rows = [
        ["C1", "13/01/2024", "10,00"],
        ["C2", "01/13/2024", "20,00"],
        ["C3", "05/01/2024", "30,00"],
    ]
    run = run_cli("validate", str(_engagement(tmp_path, rows)))
    assert run.returncode == 1
    out = run.stdout + run.stderr
    assert "Date facture" in out and "13/01/2024" in out and "01/13/2024" in out
    settled = load_engagement(_engagement(tmp_path / "b", rows, dayfirst=True))
    assert settled.controls["rows_used"] == 2 and settled.controls["rows_rejected"] == 1
    assert settled.controls["revenue_used"] == 40.00  # 10,00 + 30,00 (05/01 read 5 January)
