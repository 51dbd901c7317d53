"""engagement.yaml checks (lib/clientmix/config.py): defaults, values, and every mistake a
consultant can make in the file, each with a message that names the file and what to do."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest
from conftest import write_engagement

from clientmix.errors import ClientmixError
from clientmix.ingest.config import (
    DEFAULT_MONTE_CARLO,
    DEFAULT_THRESHOLDS,
    find_config,
    load_config,
)

OK_CSV = b"Code client;Date facture;Montant HT\r\nA;15/01/2024;10,00\r\n"


def _eng(tmp_path: Path, config, files=None, folder="acme") -> Path:
    return write_engagement(tmp_path / folder, config, {"ventes.csv": OK_CSV, **(files or {})})


def _error(tmp_path: Path, config, files=None, folder="acme") -> str:
    root = _eng(tmp_path, config, files, folder)
    with pytest.raises(ClientmixError) as info:
        load_config(root)
    return str(info.value)


# --- values and defaults -------------------------------------------------------------------


def test_minimal_config_gets_the_documented_defaults(tmp_path):
    root = _eng(tmp_path, {"name": "acme", "invoices": {"path": "ventes.csv"}})
    e = load_config(root)
    assert e.name == "acme"
    assert e.company == "acme"
    assert e.currency == "EUR"
    assert e.language == "fr"
    assert e.period_start is None and e.period_end is None
    assert e.root == root
    assert e.config_path == root / "engagement.yaml"
    assert e.invoices.path == (root / "ventes.csv").resolve()
    assert e.invoices.rel_path == "ventes.csv"
    assert e.invoices.columns == {}
    assert e.invoices.dayfirst is None and e.invoices.sep is None
    assert e.customers is None
    assert e.thresholds == DEFAULT_THRESHOLDS
    assert e.monte_carlo == DEFAULT_MONTE_CARLO
    assert e.finance == {"fixed_costs": None, "net_margin_rate": None, "cost_rate": None}
    assert e.fec["customer_prefix"] == "411"


def test_full_config_is_read(tmp_path):
    config = {
        "name": "acme-2024",
        "company": "ACME SAS",
        "currency": "CHF",
        "language": "en",
        "period": {"start": "2024-01-01", "end": "2024-12-31"},
        "invoices": {
            "path": "ventes.csv",
            "format": "csv",
            "sep": ";",
            "decimal": ",",
            "encoding": "cp1252",
            "dayfirst": True,
            "columns": {
                "customer_id": "Code client",
                "date": "Date facture",
                "amount": "Montant HT",
            },
        },
        "customers": {"path": "clients.xlsx", "sheet": "Clients", "columns": {"sector": "Secteur"}},
        "thresholds": {"major": 0.2},
        "finance": {"cost_rate": 0.6},
        "monte_carlo": {"draws": 500, "loss_probability": {"new": 0.5}},
    }
    e = load_config(_eng(tmp_path, config))
    assert (e.name, e.company, e.currency, e.language) == ("acme-2024", "ACME SAS", "CHF", "en")
    assert e.period_start == pd.Timestamp("2024-01-01")
    assert e.period_end == pd.Timestamp("2024-12-31")
    assert e.invoices.format == "csv"
    assert (e.invoices.sep, e.invoices.decimal, e.invoices.encoding) == (";", ",", "cp1252")
    assert e.invoices.dayfirst is True
    assert e.invoices.columns["customer_id"] == "Code client"
    assert e.customers is not None and e.customers.sheet == "Clients"
    assert e.customers.columns == {"sector": "Secteur"}
    # merged with the defaults, not replacing them
    assert e.thresholds["major"] == 0.2
    assert e.thresholds["dependence"] == DEFAULT_THRESHOLDS["dependence"]
    assert e.finance["cost_rate"] == 0.6 and e.finance["fixed_costs"] is None
    assert e.monte_carlo["draws"] == 500 and e.monte_carlo["seed"] == 42
    assert e.monte_carlo["loss_probability"]["new"] == 0.5
    assert e.monte_carlo["loss_probability"]["stopped"] == 0.90


def test_yaml_dates_and_text_dates_both_work(tmp_path):
    text = "name: a\nperiod: {start: 2024-01-01, end: '2024-06-30'}\ninvoices: ventes.csv\n"
    e = load_config(_eng(tmp_path, text))
    assert e.period_start == pd.Timestamp("2024-01-01")
    assert e.period_end == pd.Timestamp("2024-06-30")
    assert e.invoices.rel_path == "ventes.csv"  # the short form "invoices: file"


def test_name_defaults_to_the_folder_name(tmp_path):
    e = load_config(_eng(tmp_path, {"invoices": {"path": "ventes.csv"}}, folder="client_42"))
    assert e.name == "client_42"


def test_the_yaml_file_itself_can_be_given(tmp_path):
    root = _eng(tmp_path, {"name": "a", "invoices": "ventes.csv"})
    assert load_config(root / "engagement.yaml").root == root


@pytest.mark.parametrize(
    ("given", "expected"), [("xlsx", "excel"), ("XLS", "excel"), ("tsv", "csv"), ("txt", "csv")]
)
def test_format_aliases(tmp_path, given, expected):
    e = load_config(
        _eng(tmp_path, {"name": "a", "invoices": {"path": "ventes.csv", "format": given}})
    )
    assert e.invoices.format == expected


@pytest.mark.parametrize("given", ["\\t", "tab", "\t"])
def test_tab_separator_spellings(tmp_path, given):
    e = load_config(_eng(tmp_path, {"name": "a", "invoices": {"path": "ventes.csv", "sep": given}}))
    assert e.invoices.sep == "\t"


def test_cp1252_yaml_file_is_read(tmp_path):
    root = _eng(tmp_path, {"name": "a", "invoices": "ventes.csv"})
    (root / "engagement.yaml").write_bytes(
        "name: a\ncompany: Société Générale d'Édition\ninvoices: ventes.csv\n".encode("cp1252")
    )
    assert load_config(root).company == "Société Générale d'Édition"


def test_path_in_a_subfolder_and_symlink_inside_are_fine(tmp_path):
    root = _eng(tmp_path, {"name": "a", "invoices": "exports/2024/ventes.csv"})
    (root / "exports" / "2024").mkdir(parents=True)
    e = load_config(root)
    assert e.invoices.path == (root / "exports/2024/ventes.csv").resolve()
    os.symlink(root / "ventes.csv", root / "lien.csv")
    (root / "engagement.yaml").write_text("name: a\ninvoices: lien.csv\n")
    assert load_config(root).invoices.path == (root / "ventes.csv").resolve()


# --- mistakes --------------------------------------------------------------------------------


def test_yaml_syntax_error_gives_the_line(tmp_path):
    text = "name: acme\ninvoices:\n  path: ventes.csv\n   sep: ';'\n"
    message = _error(tmp_path, text)
    assert "engagement.yaml" in message
    assert "YAML" in message
    assert "ligne 4" in message


def test_yaml_unclosed_quote_gives_the_line(tmp_path):
    message = _error(tmp_path, 'name: acme\ncompany: "ACME\ninvoices: ventes.csv\n')
    assert "engagement.yaml" in message and "ligne" in message


@pytest.mark.parametrize(
    ("config", "wrong", "right"),
    [
        ({"name": "a", "invoice": {"path": "ventes.csv"}}, "invoice", "invoices"),
        ({"name": "a", "invoices": {"path": "ventes.csv", "colums": {}}}, "colums", "columns"),
        (
            {"name": "a", "invoices": {"path": "ventes.csv", "dayfrist": True}},
            "dayfrist",
            "dayfirst",
        ),
        (
            {"name": "a", "invoices": {"path": "ventes.csv", "columns": {"custmer_id": "X"}}},
            "custmer_id",
            "customer_id",
        ),
        ({"name": "a", "invoices": "ventes.csv", "perod": {}}, "perod", "period"),
        ({"name": "a", "invoices": "ventes.csv", "thresholds": {"majr": 0.2}}, "majr", "major"),
        (
            {"name": "a", "invoices": "ventes.csv", "period": {"stat": "2024-01-01"}},
            "stat",
            "start",
        ),
    ],
)
def test_unknown_key_suggests_the_right_one(tmp_path, config, wrong, right):
    message = _error(tmp_path, config)
    assert f"« {wrong} »" in message
    assert f"« {right} »" in message
    assert "engagement.yaml" in message


def test_unknown_key_without_close_match_lists_the_known_keys(tmp_path):
    message = _error(tmp_path, {"name": "a", "invoices": "ventes.csv", "zzzzzz": 1})
    assert "zzzzzz" in message
    assert "invoices" in message and "customers" in message


def test_unknown_key_message_in_english(tmp_path):
    message = _error(tmp_path, {"name": "a", "language": "en", "invoice": "ventes.csv"})
    assert "Unknown key 'invoice'" in message
    assert "Did you mean 'invoices'?" in message


@pytest.mark.parametrize("path", ["../x.csv", "sub/../../x.csv"])
def test_relative_path_escaping_the_folder_is_refused(tmp_path, path):
    (tmp_path / "x.csv").write_bytes(OK_CSV)
    message = _error(tmp_path, {"name": "a", "invoices": {"path": path}})
    assert path in message
    assert "sort du dossier" in message
    assert "engagement.yaml" in message


def test_absolute_path_is_refused_even_inside_the_folder(tmp_path):
    inside = tmp_path / "acme" / "ventes.csv"
    message = _error(tmp_path, {"name": "a", "invoices": {"path": str(inside)}})
    assert str(inside) in message and "sort du dossier" in message


def test_absolute_path_outside_is_refused(tmp_path):
    message = _error(tmp_path, {"name": "a", "customers": "/etc/passwd", "invoices": "ventes.csv"})
    assert "customers.path" in message and "/etc/passwd" in message


def test_symlink_pointing_outside_is_refused(tmp_path):
    outside = tmp_path / "secret.csv"
    outside.write_bytes(OK_CSV)
    root = _eng(tmp_path, {"name": "a", "invoices": "lien.csv"})
    os.symlink(outside, root / "lien.csv")
    with pytest.raises(ClientmixError) as info:
        load_config(root)
    assert "lien.csv" in str(info.value) and "sort du dossier" in str(info.value)


@pytest.mark.parametrize("name", ["../evil", "a/b", "..", "a b", "été", ""])
def test_name_that_is_not_a_plain_folder_name_is_refused(tmp_path, name):
    message = _error(tmp_path, {"name": name, "invoices": "ventes.csv"})
    assert "name" in message and "engagement.yaml" in message
    assert "lettres, chiffres" in message


def test_missing_invoices_says_what_to_add(tmp_path):
    message = _error(tmp_path, {"name": "a", "company": "ACME"})
    assert "invoices:" in message and "path:" in message


@pytest.mark.parametrize(
    ("source", "needle"),
    [
        ({"path": "ventes.csv", "format": "pdf"}, "pdf"),
        ({"path": "ventes.csv", "decimal": ";"}, "decimal"),
        ({"path": "ventes.csv", "dayfirst": "oui"}, "dayfirst"),
        ({"path": "ventes.csv", "columns": ["Code client"]}, "columns"),
        ({"path": ""}, "path"),
        ({"sep": ";"}, "path:"),
    ],
)
def test_bad_source_values(tmp_path, source, needle):
    message = _error(tmp_path, {"name": "a", "invoices": source})
    assert needle in message
    assert "engagement.yaml" in message


def test_bad_period_values(tmp_path):
    message = _error(
        tmp_path,
        {
            "name": "a",
            "invoices": "ventes.csv",
            "period": {"start": "2024-12-31", "end": "2024-01-01"},
        },
    )
    assert "2024-12-31" in message and "2024-01-01" in message
    message = _error(
        tmp_path, {"name": "a", "invoices": "ventes.csv", "period": {"start": "demain"}}
    )
    assert "period.start" in message and "AAAA-MM-JJ" in message
    message = _error(tmp_path, {"name": "a", "invoices": "ventes.csv", "period": "2024"})
    assert "period" in message and "start" in message


def test_negative_threshold_is_refused(tmp_path):
    message = _error(tmp_path, {"name": "a", "invoices": "ventes.csv", "thresholds": {"major": -1}})
    assert "thresholds.major" in message


def test_bad_language_is_refused(tmp_path):
    message = _error(tmp_path, {"name": "a", "invoices": "ventes.csv", "language": "de"})
    assert "language" in message and "fr" in message and "en" in message


def test_yaml_that_is_not_a_mapping(tmp_path):
    message = _error(tmp_path, "- ventes.csv\n- clients.csv\n")
    assert "engagement.yaml" in message and "invoices" in message


def test_missing_folder_and_missing_yaml(tmp_path):
    with pytest.raises(ClientmixError) as info:
        find_config(tmp_path / "nope")
    assert "nope" in str(info.value)
    folder = tmp_path / "acme"
    folder.mkdir()
    (folder / "Ventes 2024.xlsx").write_bytes(b"x")
    with pytest.raises(ClientmixError) as info:
        find_config(folder)
    message = str(info.value)
    assert "engagement.yaml" in message and "Ventes 2024.xlsx" in message


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        ({"finance": {"fixed_costs": "900 000 €"}}, ("finance.fixed_costs", "900 000 €")),
        ({"finance": {"cost_rate": 62}}, ("finance.cost_rate", "entre 0 et 1")),
        ({"thresholds": {"major": 10}}, ("thresholds.major", "entre 0 et 1")),
        ({"monte_carlo": {"draws": 0}}, ("monte_carlo.draws", "entier")),
        ({"monte_carlo": {"seed": 1.5}}, ("monte_carlo.seed", "entier")),
        ({"monte_carlo": {"loss_probability": {"declining": 25}}}, ("declining", "entre 0 et 1")),
        ({"monte_carlo": {"loss_probability": {"declinning": 0.2}}}, ("« declining »",)),
    ],
)
def test_bad_settings_are_named_with_what_to_write(tmp_path, extra, words):
    message = _error(tmp_path, {"name": "acme", "invoices": "ventes.csv", **extra})
    assert "engagement.yaml" in message
    for word in words:
        assert word in message


def test_good_settings_are_kept(tmp_path):
    config = {
        "name": "acme",
        "invoices": "ventes.csv",
        "finance": {"fixed_costs": 900000, "cost_rate": 0.62},
        "monte_carlo": {"draws": 500, "seed": 7, "loss_probability": {"declining": 0.3}},
    }
    engagement = load_config(_eng(tmp_path, config))
    assert engagement.finance["fixed_costs"] == 900000
    assert engagement.monte_carlo["draws"] == 500
    assert engagement.monte_carlo["loss_probability"]["declining"] == 0.3
    assert engagement.monte_carlo["loss_probability"]["stable"] == 0.05  # default kept
