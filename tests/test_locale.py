"""The locale (engagement.yaml ``locale:``, default from ``language`` and ``currency``) drives
numbers, money, percentages and dates through Babel, in the report, the console and Excel."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import write_engagement

from clientmix.core import formats
from clientmix.core.formats import (
    NBSP,
    excel_date_format,
    excel_money_format,
    fmt_date,
    fmt_int,
    fmt_money,
    fmt_money_short,
    fmt_pct,
)
from clientmix.errors import ClientmixError
from clientmix.ingest.config import load_config

OK_CSV = b"Code client;Date facture;Montant HT\r\nA;15/01/2024;10,00\r\n"


@pytest.fixture(autouse=True)
def _no_process_locale():
    """Each test starts and ends without a process locale (load_config sets one)."""
    formats.use_locale(None)
    yield
    formats.use_locale(None)


def _config(tmp_path: Path, **keys) -> Path:
    config = {"name": "acme", "invoices": {"path": "ventes.csv"}, **keys}
    return write_engagement(tmp_path / "acme", config, {"ventes.csv": OK_CSV})


@pytest.mark.parametrize(
    ("keys", "locale"),
    [
        ({}, "fr_FR"),
        ({"language": "en"}, "en_GB"),
        ({"language": "en", "currency": "USD"}, "en_US"),
        ({"language": "en", "currency": "GBP"}, "en_GB"),
        ({"language": "fr", "currency": "USD"}, "fr_FR"),
        ({"language": "en", "locale": "en_US"}, "en_US"),
        ({"language": "en", "currency": "USD", "locale": "en-gb"}, "en_GB"),
        ({"locale": "fr_BE"}, "fr_BE"),
    ],
)
def test_default_and_explicit_locale(tmp_path, keys, locale):
    assert load_config(_config(tmp_path, **keys)).locale == locale
    assert formats.current_locale() == locale


@pytest.mark.parametrize("value", ["en_US", "xx_YY", "klingon", 12])
def test_a_locale_of_another_language_is_refused_with_a_plain_message(tmp_path, value):
    with pytest.raises(ClientmixError) as info:
        load_config(_config(tmp_path, language="fr", locale=value))
    text = str(info.value)
    assert f"locale « {value} »" in text and "fr_FR" in text and "engagement.yaml" in text


def test_french_figures():
    assert fmt_money(1234567, "fr") == f"1{NBSP}234{NBSP}567{NBSP}€"
    assert fmt_money(-1500.4, "fr") == f"-1{NBSP}500{NBSP}€"
    assert fmt_money(1234.5, "fr", decimals=2) == f"1{NBSP}234,50{NBSP}€"
    assert fmt_pct(0.123, "fr") == f"12,3{NBSP}%"
    assert fmt_int(12345, "fr") == f"12{NBSP}345"
    assert fmt_date("2024-12-31", "fr") == "31/12/2024"
    assert fmt_money_short(1_200_000, "fr") == f"1,2{NBSP}M€"


def test_british_and_american_figures():
    assert fmt_money(1234567, "en_GB") == "€1,234,567"
    assert fmt_money(1234567, "en_GB", "GBP") == "£1,234,567"
    assert fmt_money(-1500.4, "en_US", "USD") == "-$1,500"
    assert fmt_pct(0.123, "en_US") == "12.3%"
    assert fmt_date("2024-12-31", "en_GB") == "31/12/2024"
    assert fmt_date("2024-03-05", "en_US") == "3/5/2024"
    assert fmt_money_short(-250_000, "en_US", "USD") == "-$250k"
    assert excel_date_format("en_US") == "m/d/yyyy" and excel_date_format("fr") == "dd/mm/yyyy"
    assert excel_money_format("USD", "en_US") == '"$"#,##0;-"$"#,##0'
    assert excel_money_format("EUR", "fr") == '#,##0 "€";-#,##0 "€"'


def test_the_process_locale_applies_to_its_language_only(tmp_path):
    load_config(_config(tmp_path, language="en", currency="USD"))
    assert fmt_date("2024-12-31", "en") == "12/31/2024"
    assert fmt_money(1000, "en", "USD") == "$1,000"
    assert fmt_date("2024-12-31", "fr") == "31/12/2024"  # French text keeps French dates


def test_validate_prints_dates_in_the_engagement_locale(tmp_path):
    root = _config(tmp_path, language="en", currency="USD", period={"start": "2024-01-01"})
    cli = Path(sys.executable).with_name("clientmix")
    out = subprocess.run([str(cli), "validate", str(root)], capture_output=True, text=True)
    assert "1/1/2024 to 12/31/2024" in out.stdout, out.stdout + out.stderr
    assert "$10.00" in out.stdout
