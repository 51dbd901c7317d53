"""The verdict of ``clientmix validate`` (issue 9, items 11, 13, 14): exit 0 usable, 2 usable
with serious warnings (too many rows or too much revenue rejected), 1 not usable; every row
rejected shows the reasons grouped with examples; a FEC with one collective 411 account and no
auxiliary account stops; a closed pipe ends without a traceback.

Hand-made files through the real command line; figures worked out by hand in each test.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import cli_command, cli_env, french_rows, run_cli, write_engagement

from clientmix.core import interim
from clientmix.ingest import section
from clientmix.ingest.load import load_engagement

NBSP = "\u00a0"
INV = {"name": "eng", "invoices": "ventes.csv"}


def _ledger(good: int, bad_dates: int) -> bytes:
    """``good`` rows of 100,00 € (customers C0, C1, C2 in turn) then ``bad_dates`` rows of
    50,00 € whose date is "jamais"."""
    rows = [[f"C{i % 3}", f"client {i % 3}", "15/01/2024", "100,00"] for i in range(good)]
    rows += [["C9", "client 9", "jamais", "50,00"] for _ in range(bad_dates)]
    return french_rows(rows)


def test_too_many_rejected_rows_exit_2_and_say_it(tmp_path: Path) -> None:
    # 88 rows kept (8 800,00 €), 12 rejected (600,00 €): 12/100 = 12,0 % of rows > 5 % (and
    # 12 >= 10 rows); 600 / 9 400 = 6,4 % of revenue > 2 %
    eng = write_engagement(tmp_path / "eng", INV, {"ventes.csv": _ledger(88, 12)})
    r = run_cli("validate", str(eng))
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr
    assert f"12,0{NBSP}% des lignes lues sont rejetées (12 sur 100)" in r.stdout
    assert f"au-delà du seuil de 5,0{NBSP}%" in r.stdout
    assert f"600,00{NBSP}€ de CA HT sont sur des lignes rejetées, soit 6,4{NBSP}%" in r.stdout
    assert "checks.max_rejected_revenue" in r.stdout
    assert "Données utilisables, AVEC DES AVERTISSEMENTS SÉRIEUX" in r.stdout
    assert "Données utilisables." not in r.stdout
    assert "[SÉRIEUX]" in r.stdout


def test_rejected_revenue_alone_exits_2(tmp_path: Path) -> None:
    # 2 of 20 rows rejected: 10 % of rows but fewer than 10 rows, so no row warning;
    # 100,00 € of 1 900,00 € = 5,3 % of revenue > 2 %
    eng = write_engagement(tmp_path / "eng", INV, {"ventes.csv": _ledger(18, 2)})
    r = run_cli("validate", str(eng))
    assert r.returncode == 2
    assert "des lignes lues sont rejetées" not in r.stdout
    assert f"100,00{NBSP}€ de CA HT sont sur des lignes rejetées, soit 5,3{NBSP}%" in r.stdout


def test_limits_from_engagement_yaml_make_it_usable(tmp_path: Path) -> None:
    config = {**INV, "checks": {"max_rejected_rows": 0.12, "max_rejected_revenue": 0.064}}
    eng = write_engagement(tmp_path / "eng", config, {"ventes.csv": _ledger(88, 12)})
    r = run_cli("validate", str(eng))
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.rstrip().endswith("Données utilisables.")


def test_few_rejected_rows_stay_usable(tmp_path: Path) -> None:
    # 1 of 40 rows = 2,5 % <= 5 %; 50 / 3 950 = 1,27 % <= 2 %
    eng = write_engagement(tmp_path / "eng", INV, {"ventes.csv": _ledger(39, 1)})
    r = run_cli("validate", str(eng))
    assert r.returncode == 0, r.stdout
    assert "SÉRIEUX" not in r.stdout


def test_english_serious_verdict(tmp_path: Path) -> None:
    config = {**INV, "language": "en", "checks": {"max_rejected_revenue": 0.9}}
    eng = write_engagement(tmp_path / "eng", config, {"ventes.csv": _ledger(88, 12)})
    r = run_cli("validate", str(eng))
    assert r.returncode == 2
    assert "12.0% of the rows read are rejected (12 of 100)" in r.stdout
    assert "of revenue excl. tax is on rejected rows" not in r.stdout
    assert "Data usable, WITH SERIOUS WARNINGS" in r.stdout


def test_bad_checks_setting_is_an_error(tmp_path: Path) -> None:
    config = {**INV, "checks": {"max_rejected_rows": 5}}
    eng = write_engagement(tmp_path / "eng", config, {"ventes.csv": _ledger(3, 0)})
    r = run_cli("validate", str(eng))
    assert r.returncode == 1
    assert "checks.max_rejected_rows" in r.stderr and "Traceback" not in r.stderr


def test_every_row_rejected_shows_reasons_grouped_with_examples(tmp_path: Path) -> None:
    rows = [["", "sans code", "15/01/2024", f"{i},00"] for i in range(1, 5)]  # lines 2-5
    rows += [["B", "b", "5 du mois", "7,00"], ["C", "c", "hier", "8,00"]]  # lines 6-7
    eng = write_engagement(tmp_path / "eng", INV, {"ventes.csv": french_rows(rows)})
    r = run_cli("validate", str(eng))
    assert r.returncode == 1
    err = r.stderr
    assert "Traceback" not in err
    assert "Aucune ligne utilisable" in err and "les 6 lignes lues sont toutes rejetées" in err
    assert "voir la raison de chacune" not in err
    # one line per reason, its count, three examples at most (lines 2, 3, 4, not line 5)
    empty = "colonne « Code client » vide"
    assert (
        f"  - code client manquant : 4 lignes, par exemple ventes.csv, ligne 2 : {empty} ; "
        f"ventes.csv, ligne 3 : {empty} ; ventes.csv, ligne 4 : {empty}\n"
    ) in err
    assert "ventes.csv, ligne 5 :" not in err
    assert (
        "  - date illisible : 2 lignes, par exemple ventes.csv, ligne 6 : colonne « Date "
        "facture » : « 5 du mois » n'est pas une date ; ventes.csv, ligne 7 : colonne « Date "
        "facture » : « hier » n'est pas une date"
    ) in err
    # the most frequent reason first
    assert err.index("code client manquant") < err.index("date illisible")


FEC_HEADER = (
    "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\t"
    "CompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\t"
    "ValidDate\tMontantdevise\tIdevise"
)


def _fec_line(num: int, day: str, account: str, label: str, aux: str, debit: str, credit: str):
    aux_lib = f"Client {aux}" if aux else ""
    return (
        f"VT\tVentes\t{num}\t{day}\t{account}\t{label}\t{aux}\t{aux_lib}\tF{num}\t{day}\t"
        f"Facture {num}\t{debit}\t{credit}\t\t\t{day}\t\t"
    )


def _fec(aux: tuple[str, str]) -> bytes:
    """Two sales: 1 000,00 + 200,00 VAT and 500,00 + 100,00 VAT, the customer side on 411000
    with the auxiliary accounts ``aux`` (empty: none)."""
    lines = [FEC_HEADER]
    for num, (day, net, vat, a) in enumerate(
        [("20240115", "1000,00", "200,00", aux[0]), ("20240220", "500,00", "100,00", aux[1])],
        start=1,
    ):
        ttc = f"{float(net.replace(',', '.')) + float(vat.replace(',', '.')):.2f}".replace(".", ",")
        lines += [
            _fec_line(num, day, "411000", "Clients", a, ttc, "0,00"),
            _fec_line(num, day, "706000", "Prestations", "", "0,00", net),
            _fec_line(num, day, "445710", "TVA collectée", "", "0,00", vat),
        ]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def test_fec_with_one_collective_account_and_no_auxiliary_stops(tmp_path: Path) -> None:
    config = {"name": "eng", "invoices": {"path": "fec.txt", "format": "fec"}}
    eng = write_engagement(tmp_path / "eng", config, {"fec.txt": _fec(("", ""))})
    r = run_cli("validate", str(eng))
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    assert "ne porte aucun compte client individuel" in r.stderr
    assert "ses 2 écritures de vente débitent toutes le seul compte collectif 411000" in r.stderr
    assert "journal des ventes" in r.stderr and "invoices.path" in r.stderr
    assert "Données utilisables" not in r.stdout + r.stderr


def test_fec_with_auxiliary_accounts_is_usable(tmp_path: Path) -> None:
    # the same FEC with one auxiliary account per customer: 2 customers, 1 500,00 € excl. tax
    config = {"name": "eng", "invoices": {"path": "fec.txt", "format": "fec"}}
    eng = write_engagement(tmp_path / "eng", config, {"fec.txt": _fec(("C001", "C002"))})
    r = run_cli("validate", str(eng))
    assert r.returncode == 0, r.stdout + r.stderr
    assert f"1{NBSP}500,00{NBSP}€" in r.stdout
    assert "2 facturés en tout" in r.stdout


def test_report_opens_with_the_serious_warning(tmp_path: Path) -> None:
    eng = write_engagement(tmp_path / "eng", INV, {"ventes.csv": _ledger(88, 12)})
    info = interim.write_load(load_engagement(eng), tmp_path / "out")
    lines = section.findings(info)
    assert len(lines) == 2
    assert lines[0].startswith("Attention, données à vérifier avant de lire ce rapport : ")
    assert "(12 sur 100)" in lines[0]
    clean = write_engagement(tmp_path / "clean", INV, {"ventes.csv": _ledger(5, 0)})
    assert section.findings(interim.write_load(load_engagement(clean), tmp_path / "o2")) == []


def _closed_pipe(args: list[str], read_first: bool) -> subprocess.CompletedProcess:
    """Run the command with its stdout a pipe that we close early (after its first bytes when
    ``read_first``, like ``| head -c 100``, else at once)."""
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=cli_env())
    if read_first:
        assert proc.stdout.read(100)
    proc.stdout.close()
    _, err = proc.communicate(timeout=120)
    return subprocess.CompletedProcess(args, proc.returncode, "", err.decode("utf-8"))


def test_closed_pipe_gives_no_traceback(tmp_path: Path) -> None:
    # a company name of 200 000 characters: the summary overflows the pipe's buffer
    config = {**INV, "company": "A" * 200_000}
    eng = write_engagement(tmp_path / "eng", config, {"ventes.csv": _ledger(5, 0)})
    for read_first in (True, False):
        done = _closed_pipe(cli_command("validate", str(eng)), read_first)
        assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr
        assert "Exception ignored" not in done.stderr
        assert done.returncode == 1


def test_closed_pipe_on_batch_gives_no_traceback(tmp_path: Path) -> None:
    # a batch whose only engagement fails at once (no invoices file): the summary is printed
    write_engagement(tmp_path / "data" / "eng", INV, {})
    done = _closed_pipe(cli_command("batch", str(tmp_path / "data"), "--workers", "1"), False)
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr


def test_validate_on_a_special_file_is_a_plain_error():
    """/dev/null is neither a folder nor an engagement.yaml: a plain message, no traceback."""
    run = run_cli("validate", "/dev/null")
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert "Dossier de mission introuvable : /dev/null" in run.stdout + run.stderr
