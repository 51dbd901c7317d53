"""Issue 9, files: workbooks (several sheets, cover sheet, sheet names as numbers, formulas),
legacy encodings (Mac Roman, UTF-16, cp850), Windows paths and a wrong ``sep:``.

Every file is built here as the software writes it; the figures are worked out by hand.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from conftest import csv_bytes, write_engagement, write_xlsx

from clientmix.errors import ClientmixError
from clientmix.ingest.config import load_config
from clientmix.ingest.load import load_engagement
from clientmix.ingest.readers import read_raw

HEADER = ["Code client", "Date facture", "Montant HT"]
D = dt.datetime


def _load(tmp_path: Path, config: dict | str, files: dict):
    return load_engagement(write_engagement(tmp_path / "eng", config, files))


def _error(tmp_path: Path, config: dict | str, files: dict) -> str:
    with pytest.raises(ClientmixError) as info:
        _load(tmp_path, config, files)
    return str(info.value)


def _cents(frame) -> int:
    return int(round(frame["amount"].sum() * 100))


# ---------------------------------------------------------------- workbooks

MONTHS = {
    "Couverture": [["Export des ventes 2024"], ["Société Exemple"]],
    "Janvier": [HEADER, ["C1", D(2024, 1, 5), 100.10], ["C2", D(2024, 1, 20), 250.25]],
    # same columns in another order; line 3 has no customer
    "Février": [
        ["Date facture", "Code client", "Montant HT"],
        [D(2024, 2, 3), "C1", 99.99],
        [D(2024, 2, 10), None, 40.00],
    ],
    # a title line above the header: data lines are 3 and 4 of this sheet
    "Mars": [["Ventes de mars"], HEADER, ["C3", D(2024, 3, 15), 1000.00]],
}


def test_sheet_all_reads_every_data_sheet_with_its_own_line_numbers(tmp_path):
    config = {"name": "wb", "invoices": {"path": "ventes.xlsx", "sheet": "all"}}
    result = _load(tmp_path, config, {"ventes.xlsx": MONTHS})
    # used: 100.10 + 250.25 + 99.99 + 1000.00 = 1450.34; rejected: the 40.00 without customer
    assert _cents(result.invoices) == 145034
    assert len(result.invoices) == 4
    assert sorted(result.invoices["customer_id"]) == ["C1", "C1", "C2", "C3"]
    assert list(result.rejected["source_row"]) == [3]
    assert list(result.rejected["reason"]) == ["missing_customer_id"]
    assert sorted(result.invoices["source_row"]) == [2, 2, 3, 3]  # Janvier 2-3, Février 2, Mars 3
    text = "\n".join(result.guesses)
    assert "3 feuilles lues ensemble : « Janvier », « Février », « Mars »" in text
    assert "feuilles ignorées car elles n'ont pas les colonnes des données : « Couverture »" in text


def test_rejected_rows_of_a_two_sheet_workbook_name_their_sheet(tmp_path):
    sheets = {
        # line 3: no date; line 4: amount not a number
        "2023": [
            HEADER,
            ["C1", D(2023, 6, 1), 10.00],
            ["C2", None, 20.00],
            ["C3", D(2023, 7, 1), "n/c"],
        ],
        # line 2: "NA" as the customer (a missing-value marker); line 3 kept
        "2024": [HEADER, ["NA", D(2024, 1, 5), 35.00], ["C1", D(2024, 2, 5), 40.00]],
    }
    config = {"name": "wb", "invoices": {"path": "ventes.xlsx", "sheet": "all"}}
    result = _load(tmp_path, config, {"ventes.xlsx": sheets})
    assert _cents(result.invoices) == 5000  # 10.00 + 40.00
    rejected = result.rejected.sort_values(["file", "source_row"]).reset_index(drop=True)
    assert list(rejected["file"]) == [
        "ventes.xlsx, feuille « 2023 »",
        "ventes.xlsx, feuille « 2023 »",
        "ventes.xlsx, feuille « 2024 »",
    ]
    assert list(rejected["source_row"]) == [3, 4, 2]
    assert list(rejected["reason"]) == ["bad_date", "bad_amount", "missing_customer_id"]
    # one sheet read alone: the file is the path as written
    single = {"name": "wb", "invoices": {"path": "ventes.xlsx", "sheet": "2023"}}
    alone = _load(tmp_path / "alone", single, {"ventes.xlsx": sheets})
    assert set(alone.rejected["file"]) == {"ventes.xlsx"}


def test_unlabelled_total_line_next_to_empty_workbook_cells(tmp_path):
    # a line without customer whose amount is the sum of the rows above (10.00 + 20.00): a
    # totals line, said with its row although the row's other cells are empty (NaN)
    sheet = [
        HEADER,
        ["C1", D(2024, 6, 1), 10.00],
        ["C2", D(2024, 6, 2), 20.00],
        [None, None, 30.00],
    ]
    result = _load(
        tmp_path, {"name": "wb", "invoices": "ventes.xlsx"}, {"ventes.xlsx": {"V": sheet}}
    )
    assert _cents(result.invoices) == 3000
    assert result.controls["rows_totals_skipped"] == 1
    assert len(result.rejected) == 0


def test_rows_read_together_name_their_sheet(tmp_path):
    folder = write_engagement(
        tmp_path / "eng",
        {"name": "wb", "invoices": {"path": "ventes.xlsx", "sheet": ["Janvier", "Février"]}},
        {"ventes.xlsx": MONTHS},
    )
    engagement = load_config(folder)
    raw = read_raw(engagement.invoices, lang="fr")
    files = list(raw.row_files("fr"))
    assert (
        files == ["ventes.xlsx, feuille « Janvier »"] * 2 + ["ventes.xlsx, feuille « Février »"] * 2
    )
    assert list(raw.source_row) == [2, 3, 2, 3]
    # Février's columns are put under Janvier's names, values kept with their row
    assert list(raw.frame["Montant HT"]) == [100.10, 250.25, 99.99, 40.00]
    assert list(raw.row_files("en"))[-1] == "ventes.xlsx, sheet 'Février'"


def test_cover_sheet_skipped_and_other_month_sheets_named_in_a_warning(tmp_path):
    sheets = {k: MONTHS[k] for k in ("Couverture", "Janvier", "Février")}
    result = _load(tmp_path, {"name": "wb", "invoices": "ventes.xlsx"}, {"ventes.xlsx": sheets})
    assert _cents(result.invoices) == 35035  # Janvier only: 100.10 + 250.25
    assert len(result.rejected) == 0
    text = "\n".join(result.guesses)
    assert (
        "feuille « Janvier » lue : la première feuille « Couverture » n'a pas les colonnes" in text
    )
    assert "seule la feuille « Janvier » est lue, mais « Février » ont aussi" in text
    assert "« sheet: all »" in text


def test_first_sheet_with_data_and_a_customers_sheet_gives_no_warning(tmp_path):
    sheets = {
        "Ventes": MONTHS["Janvier"],
        "Clients": [["Code client", "Raison sociale"], ["C1", "Alpha"], ["C2", "Beta"]],
    }
    result = _load(tmp_path, {"name": "wb", "invoices": "ventes.xlsx"}, {"ventes.xlsx": sheets})
    assert _cents(result.invoices) == 35035
    assert not any("sheet: all" in g for g in result.guesses)


def test_sheet_named_by_a_number_in_yaml(tmp_path):
    yaml_text = "name: wb\ninvoices:\n  path: ventes.xlsx\n  sheet: 2024\n"
    sheets = {
        "2023": [HEADER, ["C9", D(2023, 6, 1), 5.00]],
        "2024": [HEADER, ["C1", D(2024, 6, 1), 12.34], ["C2", D(2024, 7, 1), 0.66]],
    }
    result = _load(tmp_path, yaml_text, {"ventes.xlsx": sheets})
    assert _cents(result.invoices) == 1300  # 12.34 + 0.66, not 2023's 5.00
    assert set(result.invoices["customer_id"]) == {"C1", "C2"}


def test_sheet_list_with_numbers_and_missing_sheet(tmp_path):
    yaml_text = "name: wb\ninvoices:\n  path: ventes.xlsx\n  sheet: [2023, 2025]\n"
    sheets = {"2023": [HEADER, ["C9", D(2023, 6, 1), 5.00]], "2024": [HEADER]}
    text = _error(tmp_path, yaml_text, {"ventes.xlsx": sheets})
    assert "Feuille « 2025 » introuvable" in text and "2023, 2024" in text


def test_sheets_read_together_must_share_their_header(tmp_path):
    sheets = {
        "Janvier": MONTHS["Janvier"],
        "Clients": [["Code client", "Raison sociale"], ["C1", "Alpha"]],
    }
    config = {"name": "wb", "invoices": {"path": "ventes.xlsx", "sheet": "all"}}
    text = _error(tmp_path, config, {"ventes.xlsx": sheets})
    assert "La feuille « Clients »" in text
    assert "Code client, Raison sociale au lieu de Code client, Date facture, Montant HT" in text


def test_no_sheet_with_the_columns_lists_each_sheet_and_its_columns(tmp_path):
    sheets = {"Résumé": [["Titre", "Valeur"], ["CA", 5]], "Données": [["Ref", "Prix"], ["x", 1]]}
    text = _error(tmp_path, {"name": "wb", "invoices": "ventes.xlsx"}, {"ventes.xlsx": sheets})
    assert "Colonne obligatoire customer_id absente" in text
    assert (
        "Feuilles du classeur et leurs colonnes : « Résumé » (Titre, Valeur); « Données » " in text
    )
    assert "(Ref, Prix)" in text


def test_bad_sheet_setting(tmp_path):
    config = {"name": "wb", "invoices": {"path": "ventes.xlsx", "sheet": {"a": 1}}}
    text = _error(tmp_path, config, {"ventes.xlsx": {"Ventes": MONTHS["Janvier"]}})
    assert "invoices.sheet" in text and "« all »" in text


def _with_cached_values(path: Path, cached: dict[str, str]) -> None:
    """Write into the sheet XML the value Excel saves next to each formula (``<v>``), which
    openpyxl leaves empty: the file is then what Excel writes after computing."""
    with zipfile.ZipFile(path) as zin:
        items = {name: zin.read(name) for name in zin.namelist()}
    xml = items["xl/worksheets/sheet1.xml"].decode()
    for cell, value in cached.items():
        xml, n = re.subn(rf'(<c r="{cell}"[^>]*><f>[^<]*</f>)<v\s*/>', rf"\g<1><v>{value}</v>", xml)
        assert n == 1, cell
    items["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items.items():
            zout.writestr(name, data)


def test_formulas_give_their_cached_values(tmp_path):
    rows = [
        ["Code client", "Date facture", "Quantité", "Prix", "Montant HT"],
        ["C1", D(2024, 1, 5), 3, 33.33, "=C2*D2"],
        ["C2", D(2024, 1, 6), 2, 6.25, "=C3*D3"],
    ]

    def write(path: Path) -> None:
        write_xlsx(path, {"Ventes": rows})
        _with_cached_values(path, {"E2": "99.99", "E3": "12.5"})

    result = _load(tmp_path, {"name": "wb", "invoices": "ventes.xlsx"}, {"ventes.xlsx": write})
    assert _cents(result.invoices) == 11249  # 99.99 + 12.50
    assert len(result.rejected) == 0
    # the formulas are really there: openpyxl reads them back as formulas
    wb = openpyxl.load_workbook(tmp_path / "eng" / "ventes.xlsx")
    assert wb["Ventes"]["E2"].value == "=C2*D2"


# ---------------------------------------------------------------- encodings

NAMES = [["C1", "Société", "05/01/2024", "1234,56"], ["C2", "Crème brûlée", "06/01/2024", "0,44"]]
FR_HEADER = ["Code client", "Raison sociale", "Date facture", "Montant HT"]


def _text_file(tmp_path: Path, data: bytes):
    return _load(tmp_path, {"name": "enc", "invoices": "ventes.csv"}, {"ventes.csv": data})


@pytest.mark.parametrize(
    ("encoding", "shown", "codec"),
    [("mac_roman", "Mac Roman", "mac-roman"), ("cp850", "DOS (cp850)", "cp850")],
)
def test_legacy_encodings_are_detected_and_reported(tmp_path, encoding, shown, codec):
    data = csv_bytes([FR_HEADER, *NAMES], encoding=encoding)
    result = _text_file(tmp_path, data)
    assert sorted(result.invoices["customer_name"]) == ["Crème brûlée", "Société"]
    assert _cents(result.invoices) == 123500  # 1234.56 + 0.44
    # é é in Société, è û é in Crème brûlée: 5 non-ASCII characters
    text = (
        f"encodage détecté : {shown} (d'après les 5 caractères non ASCII, pris dans tout le "
        f"fichier) ; écrire « encoding: {codec} »"
    )
    assert any(g.startswith(text) for g in result.guesses), result.guesses


def test_mac_roman_decided_on_the_whole_file_not_the_first_lines(tmp_path):
    """300 ASCII lines, then the accents at the end of the file."""
    rows = [[f"C{i}", "Dupont", "05/01/2024", "1,00"] for i in range(300)]
    data = csv_bytes(
        [FR_HEADER, *rows, ["C900", "Hélène Müller", "07/01/2024", "2,50"]], encoding="mac_roman"
    )
    result = _text_file(tmp_path, data)
    assert "Hélène Müller" in set(result.invoices["customer_name"])
    assert _cents(result.invoices) == 30250  # 300 × 1.00 + 2.50


def test_utf16_unicode_text_export(tmp_path):
    """Excel's "Unicode text": UTF-16 little-endian with a BOM, tab-separated."""
    text = "\r\n".join(["\t".join(r) for r in [FR_HEADER, *NAMES]]) + "\r\n"
    result = _text_file(tmp_path, "\ufeff".encode("utf-16-le") + text.encode("utf-16-le"))
    assert sorted(result.invoices["customer_name"]) == ["Crème brûlée", "Société"]
    assert _cents(result.invoices) == 123500
    assert any(g.startswith("encodage détecté : UTF-16 (d'après les 5 ") for g in result.guesses)


def test_cp1252_and_utf8_keep_their_plain_guess(tmp_path):
    rows = [FR_HEADER, ["C1", "Société €", "05/01/2024", "10,00"]]
    result = _text_file(tmp_path, csv_bytes(rows, encoding="cp1252"))
    assert list(result.invoices["customer_name"]) == ["Société €"]
    assert "encodage détecté : cp1252" in result.guesses


# ---------------------------------------------------------------- paths and separators


def test_windows_path_with_backslashes(tmp_path):
    data = csv_bytes([FR_HEADER, ["C1", "A", "05/01/2024", "10,01"]])
    yaml_text = "name: win\ninvoices:\n  path: exports\\ventes.csv\n"
    result = _load(tmp_path, yaml_text, {"exports/ventes.csv": data})
    assert _cents(result.invoices) == 1001


@pytest.mark.parametrize("path", ["C:\\\\Users\\\\ventes.csv", "..\\\\autre\\\\ventes.csv"])
def test_windows_path_outside_the_folder(tmp_path, path):
    yaml_text = f'name: win\ninvoices:\n  path: "{path}"\n'
    text = _error(tmp_path, yaml_text, {})
    assert "sort du dossier de la mission" in text


def test_wrong_separator_given_says_which_to_write(tmp_path):
    data = csv_bytes([FR_HEADER, ["C1", "A", "05/01/2024", "10,01"]], sep="\t")
    config = {"name": "sep", "invoices": {"path": "ventes.csv", "sep": ";"}}
    text = _error(tmp_path, config, {"ventes.csv": data})
    assert "Colonne obligatoire customer_id absente" in text
    assert 'avec le séparateur tabulation, pas avec « ; » : écrivez « sep: "\\t" »' in text


def test_wrong_separator_with_mapped_columns_in_english(tmp_path):
    data = csv_bytes([["Customer", "Day", "Net"], ["C1", "2024-01-05", "10.01"]], sep=",")
    config = {
        "name": "sep",
        "language": "en",
        "invoices": {
            "path": "sales.csv",
            "sep": ";",
            "columns": {"customer_id": "Customer", "date": "Day", "amount": "Net"},
        },
    }
    text = _error(tmp_path, config, {"sales.csv": data})
    # separators are shown « , » in both languages, as the guesses show them
    assert "with the separator « , », not with « ; »: write 'sep: \",\"'" in text


def test_right_separator_gives_no_hint(tmp_path):
    data = csv_bytes([["Ref", "Prix"], ["x", "1"]], sep=";")
    config = {"name": "sep", "invoices": {"path": "ventes.csv", "sep": ";"}}
    text = _error(tmp_path, config, {"ventes.csv": data})
    assert "Colonne obligatoire customer_id absente" in text and "séparateur" not in text


def test_windows_path_between_double_quotes_is_explained(tmp_path):
    """In YAML "exports\\ventes.csv" reads \\v as a vertical tab: say so, do not say "not found"."""
    yaml_text = 'name: win\ninvoices:\n  path: "exports\\ventes.csv"\n'
    text = _error(tmp_path, yaml_text, {"exports/ventes.csv": b"x"})
    assert "invoices.path" in text and "caractère de contrôle" in text
    assert "entre guillemets simples ('exports\\ventes.csv')" in text


def test_windows_path_between_single_quotes(tmp_path):
    data = csv_bytes([FR_HEADER, ["C1", "A", "05/01/2024", "7,07"]])
    yaml_text = "name: win\ninvoices:\n  path: 'exports\\ventes 2024.csv'\n"
    result = _load(tmp_path, yaml_text, {"exports/ventes 2024.csv": data})
    assert _cents(result.invoices) == 707
