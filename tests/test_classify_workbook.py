"""clients.xlsx as a working file and clients.csv for CRM import (issue 11, item 6): the file
re-read with openpyxl equals the table, with its formats, frozen header and filter."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pandas as pd

from clientmix.classify.texts.workbook import write_csv, write_workbook


def _clients() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "customer_id": ["00123", "00456"],
            "customer_name": ["Volailles d'Armor", "Biscuiterie"],
            "revenue": [464420.39, -120.5],
            "gross_margin_rate": [0.189665, None],
            "last_date": pd.to_datetime(["2024-12-31 15:30", "2024-03-01 00:00"]),
            "sector": ["Agroalimentaire", None],
            "kam_class": ["loyal", "small"],
            "tier": ["gold", "standard"],
            "money_losing": [False, True],
            "score": [81.25, 12.0],
        }
    )


def test_workbook_reads_back_equal_with_formats(tmp_path) -> None:
    prospects = pd.DataFrame({"customer_id": ["00999"], "customer_name": ["Prospect"]})
    path = write_workbook(
        tmp_path / "clients.xlsx", {"clients": _clients(), "prospects": prospects}
    )
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Lisez-moi", "Clients", "Prospects"]
    ws = wb["Clients"]
    assert [c.value for c in ws[1]] == [
        "Code client",
        "Client",
        "CA HT",
        "Taux de marge",
        "Dernier achat",
        "Secteur",
        "Classe",
        "Niveau de service",
        "Perd de l'argent",
        "Score client idéal",
    ]
    row = [c.value for c in ws[2]]
    assert row[0] == "00123" and ws["A2"].number_format == "@"
    assert row[2] == 464420.39 and "€" in ws["C2"].number_format
    assert ws["C3"].value == -120.5
    assert row[3] == 0.189665 and ws["D2"].number_format == "0.0%"
    assert row[4] == dt.datetime(2024, 12, 31) and ws["E2"].number_format == "dd/mm/yyyy"
    assert row[6:9] == ["fidèles", "gold", "non"] and ws["I3"].value == "oui"
    assert ws["D3"].value is None and ws["F3"].value is None
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:J3"
    assert wb["Prospects"]["A2"].value == "00999"
    readme = wb["Lisez-moi"]
    assert readme["A1"].value == "Colonne" and readme.max_row == 1 + 10
    assert readme["A2"].value == "Code client" and "texte" in readme["B2"].value


def test_csv_for_crm_import_in_french(tmp_path) -> None:
    path = write_csv(tmp_path / "clients.csv", _clients(), "fr")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Code client;Client;CA HT;Taux de marge;Dernier achat;Secteur;")
    assert lines[1].startswith("00123;Volailles d'Armor;464420,39;0,189665;31/12/2024;")
    assert lines[2].split(";")[2] == "-120,5"
