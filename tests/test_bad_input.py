"""Bad input gets a clear message through the real command line, never a traceback.

Every case is an engagement folder written into a temporary directory; ``python -m clientmix
validate DIR`` runs on all of them in parallel (one subprocess each), then each test checks the
exit code, that the message names the file and the problem, and that no traceback leaked.
Warnings that leave the data usable (ambiguous dates, a partly broken file) are checked too.
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import (
    FRENCH_HEADER,
    csv_bytes,
    french_rows,
    run_cli_many,
    write_engagement,
    write_xlsx,
)

from clientmix.cli import main as cli_main
from clientmix.errors import ClientmixError
from clientmix.ingest.load import load_engagement

GOOD = french_rows(
    [["00123", "Alpha", "15/01/2024", "100,00"], ["00456", "Bêta", "16/02/2024", "50,00"]]
)


def _garbage(n: int, seed: int) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(n)) + b"\x00\x00"


def _mkdir(path: Path) -> None:
    path.mkdir()


def _link_outside(path: Path) -> None:
    outside = path.parent.parent / f"outside-{path.parent.name}.csv"
    outside.write_bytes(GOOD)
    os.symlink(outside, path)


@dataclass
class Case:
    config: dict | str
    files: dict = field(default_factory=dict)
    expect: tuple[str, ...] = ()
    """Substrings of the message (besides the file name)."""
    names: str = "ventes.csv"
    """The file the message must name."""
    exit_code: int = 1
    stream: str = "stderr"


INV = {"name": "bad", "invoices": {"path": "ventes.csv"}}

CASES: dict[str, Case] = {
    "missing_file": Case(
        INV,
        {"Ventes 2024.xlsx": b"PK", "clients.csv": b"x"},
        ("introuvable", "invoices.path", "Ventes 2024.xlsx", "clients.csv"),
    ),
    "missing_customers_file": Case(
        {**INV, "customers": "clients.xlsx"},
        {"ventes.csv": GOOD},
        ("introuvable", "customers.path"),
        names="clients.xlsx",
    ),
    "folder_instead_of_file": Case(
        INV, {"ventes.csv": _mkdir}, ("dossier", "doit nommer un fichier")
    ),
    "empty_file": Case(INV, {"ventes.csv": b""}, ("vide",)),
    "blank_file": Case(INV, {"ventes.csv": b"\r\n  \r\n"}, ("vide",)),
    "header_only": Case(
        INV,
        {"ventes.csv": csv_bytes([FRENCH_HEADER])},
        ("que l'en-tête", "Code client", "aucune ligne"),
    ),
    "header_only_excel": Case(
        {"name": "bad", "invoices": "ventes.xlsx"},
        {"ventes.xlsx": [["Code client", "Date facture", "Montant HT"]]},
        ("que l'en-tête",),
        names="ventes.xlsx",
    ),
    "required_column_missing": Case(
        INV,
        {
            "ventes.csv": csv_bytes(
                [["Code client", "Date facture", "Montant TTC"], ["A", "15/01/2024", "1"]]
            )
        },
        (
            "Colonne obligatoire amount",
            "« Montant TTC »",
            "Colonnes présentes : Code client, Date facture, Montant TTC",
        ),
    ),
    "customer_id_missing": Case(
        INV,
        {
            "ventes.csv": csv_bytes(
                [["Cod. cli", "Date facture", "Montant HT"], ["A", "15/01/2024", "1"]]
            )
        },
        ("customer_id", "« Cod. cli »", "Colonnes présentes"),
    ),
    "mapped_column_missing": Case(
        {"name": "bad", "invoices": {"path": "ventes.csv", "columns": {"amount": "Montant H.T"}}},
        {"ventes.csv": GOOD},
        ("« Montant H.T »", "invoices.columns.amount", "La plus proche : « Montant HT »"),
    ),
    "customers_id_missing": Case(
        {**INV, "customers": "clients.csv"},
        {"ventes.csv": GOOD, "clients.csv": csv_bytes([["Secteur", "Effectif"], ["BTP", "12"]])},
        ("customer_id", "Secteur, Effectif"),
        names="clients.csv",
    ),
    "yaml_syntax_error": Case(
        "name: bad\ninvoices:\n  path: ventes.csv\n   sep: ';'\n",
        {"ventes.csv": GOOD},
        ("YAML", "ligne 4"),
        names="engagement.yaml",
    ),
    "yaml_binary": Case(
        "placeholder",
        {"ventes.csv": GOOD, "engagement.yaml": _garbage(500, 3)},
        ("YAML",),
        names="engagement.yaml",
    ),
    "yaml_is_a_folder": Case(
        "placeholder",
        {"ventes.csv": GOOD, "engagement.yaml": lambda p: (p.unlink(), p.mkdir())},
        ("Impossible de lire",),
        names="engagement.yaml",
    ),
    "no_yaml": Case(
        "placeholder",
        {"ventes.csv": GOOD, "engagement.yaml": lambda p: p.unlink()},
        ("Pas de engagement.yaml", "ventes.csv"),
        names="engagement.yaml",
    ),
    "unknown_key_invoice": Case(
        {"name": "bad", "invoice": {"path": "ventes.csv"}},
        {"ventes.csv": GOOD},
        ("Clé inconnue « invoice »", "« invoices »"),
        names="engagement.yaml",
    ),
    "unknown_key_colums": Case(
        {
            "name": "bad",
            "invoices": {"path": "ventes.csv", "colums": {"customer_id": "Code client"}},
        },
        {"ventes.csv": GOOD},
        ("Clé inconnue « colums »", "« columns »"),
        names="engagement.yaml",
    ),
    "path_parent": Case(
        {"name": "bad", "invoices": "../ventes.csv"},
        {"ventes.csv": GOOD},
        ("« ../ventes.csv »", "sort du dossier"),
        names="engagement.yaml",
    ),
    "path_absolute": Case(
        {"name": "bad", "invoices": "/etc/hostname"},
        {"ventes.csv": GOOD},
        ("« /etc/hostname »", "sort du dossier"),
        names="engagement.yaml",
    ),
    "path_symlink_outside": Case(
        INV,
        {"ventes.csv": _link_outside},
        ("« ventes.csv »", "sort du dossier"),
        names="engagement.yaml",
    ),
    "name_with_slash": Case(
        {"name": "clients/../../etc", "invoices": "ventes.csv"},
        {"ventes.csv": GOOD},
        ("name « clients/../../etc »", "lettres, chiffres"),
        names="engagement.yaml",
    ),
    "name_dotdot": Case(
        {"name": "..", "invoices": "ventes.csv"},
        {"ventes.csv": GOOD},
        ("name « .. »",),
        names="engagement.yaml",
    ),
    "binary_garbage": Case(INV, {"ventes.csv": _garbage(4000, 1)}, ("binaire",)),
    # random bytes without NUL decode as cp1252 text full of control characters
    "binary_garbage_without_nul": Case(
        INV, {"ventes.csv": _garbage(4000, 5).replace(b"\x00", b"")}, ("pas un fichier texte",)
    ),
    "garbage_named_xlsx": Case(
        {"name": "bad", "invoices": "ventes.xlsx"},
        {"ventes.xlsx": _garbage(4000, 2)},
        ("classeur Excel",),
        names="ventes.xlsx",
    ),
    "garbage_named_parquet": Case(
        {"name": "bad", "invoices": "ventes.parquet"},
        {"ventes.parquet": b"PAR1" + _garbage(300, 4)},
        ("Parquet",),
        names="ventes.parquet",
    ),
    "excel_sheet_not_found": Case(
        {"name": "bad", "invoices": {"path": "ventes.xlsx", "sheet": "Ventes"}},
        {"ventes.xlsx": lambda p: write_xlsx(p, {"Export": [["a"], [1]], "Clients": [["b"], [2]]})},
        ("Feuille « Ventes »", "Export, Clients"),
        names="ventes.xlsx",
    ),
    "wrong_encoding": Case(
        {"name": "bad", "invoices": {"path": "ventes.csv", "encoding": "utf-8"}},
        # line 3 holds the first non-ASCII character (cp1252 "ê")
        {
            "ventes.csv": french_rows(
                [["A", "Alpha", "15/01/2024", "1"], ["B", "Bêta", "16/01/2024", "2"]]
            )
        },
        ("utf-8", "ligne 3", "cp1252"),
    ),
    "unknown_encoding": Case(
        {"name": "bad", "invoices": {"path": "ventes.csv", "encoding": "klingon"}},
        {"ventes.csv": GOOD},
        ("« klingon »",),
    ),
    "dayfirst_false_contradicted": Case(
        {"name": "bad", "invoices": {"path": "ventes.csv", "dayfirst": False}},
        {"ventes.csv": french_rows([["A", "a", "25/03/2024", "1"], ["B", "b", "26/03/2024", "2"]])},
        ("« dayfirst: false »", "ligne 2", "25/03/2024", "« dayfirst: true »"),
    ),
    "every_row_rejected": Case(
        INV,
        {"ventes.csv": french_rows([["", "a", "15/01/2024", "1"], ["B", "b", "jamais", "2"]])},
        ("Aucune ligne utilisable", "2"),
    ),
    "english_missing_file": Case(
        {"name": "bad", "language": "en", "invoices": "ventes.csv"},
        {},
        ("File not found", "invoices.path"),
    ),
    # usable, with problems reported on stdout
    "ambiguous_dates_warned": Case(
        INV,
        {"ventes.csv": french_rows([["A", "a", "01/02/2024", "1"], ["B", "b", "03/04/2024", "2"]])},
        ("Dates ambiguës", "aucun jour n'y dépasse 12", "dayfirst: true", "Données utilisables."),
        exit_code=0,
        stream="stdout",
    ),
    "partly_broken_file": Case(
        INV,
        {
            "ventes.csv": (
                "Code client;Raison sociale;Date facture;Montant HT\r\n"
                "A;a;15/01/2024;10,00\r\n"
                ";b;16/01/2024;20,00\r\n"
                "C;c;16/13/2024;30,00\r\n"
                "D;d;17/01/2024;trente\r\n"
                "E;e;18/01/2024;40,00;en trop\r\n"
                "F;f;19/01/2024;50,00\r\n"
            ).encode("cp1252")
        },
        (
            "4 lignes rejetées",
            "ventes.csv, ligne 3 : missing_customer_id",
            "ventes.csv, ligne 4 : bad_date",
            "« 16/13/2024 »",
            "ventes.csv, ligne 5 : bad_amount",
            "« trente »",
            "ventes.csv, ligne 6 : bad_line",
            "5 champs au lieu de 4",
            # 4 of 6 rows and 100 of 150 EUR rejected: usable, with serious warnings (issue 9)
            "Données utilisables, AVEC DES AVERTISSEMENTS SÉRIEUX",
        ),
        exit_code=2,
        stream="stdout",
    ),
    "period_without_invoices": Case(
        {**INV, "period": {"start": "2020-01-01", "end": "2020-12-31"}},
        {"ventes.csv": GOOD},
        ("Aucune facture entre le 01/01/2020 et le 31/12/2020", "Données inutilisables"),
        names="engagement.yaml",
        stream="stdout",
    ),
}


def _build(base: Path, key: str) -> Path:
    case = CASES[key]
    folder = write_engagement(base / key, case.config)
    for name, content in case.files.items():
        target = folder / name
        if callable(content):
            content(target)
        elif isinstance(content, bytes):
            target.write_bytes(content)
        elif isinstance(content, list):
            write_xlsx(target, {"Feuil1": content})
    return folder


def _check(case: Case, returncode: int, stdout: str, stderr: str) -> None:
    assert returncode == case.exit_code, (stdout, stderr)
    assert "Traceback" not in stderr and "Traceback" not in stdout
    text = stderr if case.stream == "stderr" else stdout
    assert text.strip(), "no message at all"
    assert case.names in text
    for needle in case.expect:
        assert needle in text, f"{needle!r} not in {text!r}"
    if case.stream == "stderr":
        # a few plain sentences, not a dump
        assert len(text.strip().splitlines()) <= 4


@pytest.mark.parametrize("key", list(CASES))
def test_bad_input_through_cli_main(tmp_path, capsys, key):
    """Every case through the command's entry point, in this process (fast): any exception
    other than a ClientmixError would escape main() and fail the test."""
    folder = _build(tmp_path, key)
    code = cli_main(["validate", str(folder)])
    out = capsys.readouterr()
    _check(CASES[key], code, out.out, out.err)


# The real command line, in subprocesses run in parallel: one case per stage where a mistake
# is caught (yaml syntax, yaml keys, paths, the file, its encoding, its dates, its rows).
SUBPROCESS_CASES = (
    "yaml_syntax_error",
    "unknown_key_colums",
    "path_symlink_outside",
    "missing_file",
    "binary_garbage",
    "wrong_encoding",
    "dayfirst_false_contradicted",
    "partly_broken_file",
)


@pytest.fixture(scope="module")
def cli_results(tmp_path_factory):
    base = tmp_path_factory.mktemp("bad")
    runs = {key: ["validate", str(_build(base, key))] for key in SUBPROCESS_CASES}
    return run_cli_many(runs, cwd=base)


@pytest.mark.parametrize("key", SUBPROCESS_CASES)
def test_bad_input_through_the_real_command(cli_results, key):
    run = cli_results[key]
    _check(CASES[key], run.returncode, run.stdout, run.stderr)


# --- in-process checks of the same situations ------------------------------------------------


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod 000 file anyway")
def test_unreadable_file(make_engagement):
    root = make_engagement(INV, {"ventes.csv": GOOD})
    (root / "ventes.csv").chmod(0)
    try:
        with pytest.raises(ClientmixError) as info:
            load_engagement(root)
    finally:
        (root / "ventes.csv").chmod(0o644)
    assert "ventes.csv" in str(info.value) and "Impossible de lire" in str(info.value)


def test_ambiguous_dates_warning_names_the_file_and_column(make_engagement):
    root = make_engagement(INV, {"ventes.csv": french_rows([["A", "a", "01/02/2024", "1"]])})
    r = load_engagement(root)
    warnings = [p.text for p in r.problems if "ambiguës" in p.text]
    assert len(warnings) == 1
    assert "ventes.csv" in warnings[0] and "« Date facture »" in warnings[0]
    assert r.usable
    assert r.invoices["date"].iloc[0].month == 2  # read day first, as said


def test_given_dayfirst_silences_the_ambiguity_warning(make_engagement):
    config = {"name": "ok", "invoices": {"path": "ventes.csv", "dayfirst": False}}
    r = load_engagement(
        make_engagement(config, {"ventes.csv": french_rows([["A", "a", "01/02/2024", "1"]])})
    )
    assert not any("ambiguës" in p.text for p in r.problems)
    assert r.invoices["date"].iloc[0].month == 1


def test_a_few_dates_unreadable_with_dayfirst_are_rejected_not_fatal(make_engagement):
    rows = [["A", "a", f"0{m}/0{m}/2024", "1"] for m in range(1, 10)] + [
        ["B", "b", "25/03/2024", "2"]
    ]
    config = {"name": "ok", "invoices": {"path": "ventes.csv", "dayfirst": False}}
    r = load_engagement(make_engagement(config, {"ventes.csv": french_rows(rows)}))
    assert r.rejected["source_row"].tolist() == [11]
    assert r.rejected["reason"].tolist() == ["bad_date"]
    assert "25/03/2024" in r.rejected["detail"].iloc[0]


def test_english_messages(make_engagement):
    config = {"name": "x", "language": "en", "invoices": "ventes.csv"}
    root = make_engagement(
        config,
        {"ventes.csv": csv_bytes([["Customer", "Date", "Total TTC"], ["A", "2024-01-02", "1"]])},
    )
    with pytest.raises(ClientmixError) as info:
        load_engagement(root)
    message = str(info.value)
    assert "Required column amount missing" in message and "ventes.csv" in message
    assert "Columns present: Customer, Date, Total TTC" in message


def test_unreadable_costs_are_a_warning(make_engagement):
    data = csv_bytes(
        [
            ["Code client", "Date facture", "Montant HT", "Coût"],
            ["A", "15/01/2024", "10,00", "4,00"],
            ["B", "16/01/2024", "20,00", "n.c."],
        ]
    )
    r = load_engagement(make_engagement(INV, {"ventes.csv": data}))
    assert r.controls["rows_rejected"] == 0
    texts = [p.text for p in r.problems if "coût" in p.text]
    assert (
        len(texts) == 1
        and "1 coût illisible" in texts[0]
        and "ligne 3" in texts[0]
        and "« Coût »" in texts[0]
    )
