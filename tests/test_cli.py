"""``clientmix validate`` on a good engagement: exit 0, the control totals worked out by hand,
the guesses and problems, nothing written into the engagement folder."""

from __future__ import annotations

import re

import pytest
from conftest import csv_bytes, run_cli_many, snapshot, write_engagement

from clientmix.cli import main

LEDGER = csv_bytes(
    [
        ["Code client", "Raison sociale", "Date facture", "Montant HT"],
        ["00123", "Société Générale", "15/01/2024", "1 234,56"],
        ["00124", "Crème Brûlée", "25/03/2024", "1 000,00"],
        ["00125", "Ça Va", "05/06/2024", "1.234,56"],
        ["00123", "Société Générale", "01/12/2024", "-100,00"],
        ["00126", "Delta", "15/12/2023", "500,00"],  # before the default period (year 2024)
        ["", "Sans code", "16/06/2024", "9,99"],  # line 7: rejected
    ]
)
# used: 1234.56 + 1000 + 1234.56 - 100 + 500 = 3869.12; rejected 9.99; read 3879.11
# period 2024-01-01 .. 2024-12-31 (last invoice 2024-12-01): 3869.12 - 500 = 3369.12


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    base = tmp_path_factory.mktemp("cli")
    fr = write_engagement(
        base / "acme",
        {"name": "acme", "company": "ACME SAS", "invoices": "ventes.csv"},
        {"ventes.csv": LEDGER},
    )
    en = write_engagement(
        base / "acme_en",
        {"name": "acme_en", "company": "ACME Ltd", "language": "en", "invoices": "ventes.csv"},
        {"ventes.csv": LEDGER},
    )
    before = {"fr": snapshot(fr), "en": snapshot(en)}
    results = run_cli_many({"fr": ["validate", str(fr)], "en": ["validate", str(en)]}, cwd=base)
    after = {"fr": snapshot(fr), "en": snapshot(en)}
    return results, before, after


def _row(out: str, label: str) -> str:
    match = re.search(rf"^\s+{re.escape(label)}\s+(.+?)\s*$", out, re.MULTILINE)
    assert match, f"no line {label!r} in\n{out}"
    return match.group(1)


def test_validate_prints_the_control_totals(runs):
    results, _, _ = runs
    run = results["fr"]
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    out = run.stdout
    assert "ACME SAS (acme)" in out
    assert "Période analysée : du 01/01/2024 au 31/12/2024" in out
    assert _row(out, "lues") == "6"
    assert _row(out, "utilisées") == "5"
    assert _row(out, "rejetées") == "1"
    assert _row(out, "hors période (utilisées)") == "1"
    assert _row(out, "doublons signalés") == "0"
    assert _row(out, "lignes lues") == "3\u00a0879,11\u00a0€"
    assert _row(out, "lignes utilisées") == "3\u00a0869,12\u00a0€"
    assert _row(out, "lignes rejetées") == "9,99\u00a0€"
    assert _row(out, "période analysée") == "3\u00a0369,12\u00a0€"
    assert (
        "Clients : 3 au CA positif sur la période, 0 à zéro ou négatif, 4 facturés en tout" in out
    )
    assert "- encodage détecté : cp1252" in out
    assert "- séparateur détecté : « ; »" in out
    assert "- invoices : colonne « Code client » reconnue comme customer_id" in out
    assert "ventes.csv, ligne 7 : missing_customer_id" in out
    assert out.rstrip().endswith("Données utilisables.")


def test_validate_in_english(runs):
    results, _, _ = runs
    run = results["en"]
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "Analysis period: 01/01/2024 to 31/12/2024" in out  # en_GB dates (issue 15)
    assert _row(out, "read") == "6"
    assert _row(out, "rows read") == "€3,879.11"
    assert _row(out, "analysis period") == "€3,369.12"
    assert "invoices: column 'Code client' matched as customer_id" in out
    assert out.rstrip().endswith("Data usable.")


def test_validate_writes_nothing_into_the_engagement_folder(runs):
    _, before, after = runs
    assert before == after


def test_missing_folder_exit_1_without_traceback(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "nope")]) == 1
    err = capsys.readouterr().err
    assert "nope" in err and "Traceback" not in err


def test_debug_shows_the_traceback(tmp_path, capsys):
    assert main(["--debug", "validate", str(tmp_path / "nope")]) == 1
    err = capsys.readouterr().err
    assert "Traceback" in err and "nope" in err


def test_unusable_engagement_exits_1_with_the_summary(tmp_path, capsys):
    root = write_engagement(
        tmp_path / "old",
        {
            "name": "old",
            "period": {"start": "2030-01-01", "end": "2030-12-31"},
            "invoices": "ventes.csv",
        },
        {"ventes.csv": LEDGER},
    )
    assert main(["validate", str(root)]) == 1
    out = capsys.readouterr().out
    assert "[ERREUR] Aucune facture entre le 01/01/2030 et le 31/12/2030" in out
    assert out.rstrip().endswith("Données inutilisables en l'état.")
