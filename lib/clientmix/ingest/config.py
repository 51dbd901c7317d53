"""Read and check ``engagement.yaml``: the description of one client company's files.

The contract is in ARCHITECTURE.md; this module only extends it (``thresholds``, ``finance``,
``monte_carlo``, ``fec``). Every path in the file stays inside the engagement folder, and the
engagement name can only name a folder (``[A-Za-z0-9_-]``), so nothing read from a config can
reach outside the engagement folder or the reports folder.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import babel
import pandas as pd
import yaml

from clientmix.core import formats
from clientmix.errors import ClientmixError, message
from clientmix.ingest import config_rows
from clientmix.ingest.config_checks import as_timestamp, check_keys, check_number, merge_defaults
from clientmix.ingest.config_classify import classify_options
from clientmix.ingest.config_recommend import recommend_options
from clientmix.ingest.config_segment import rfm_option, segmentation_option
from clientmix.ingest.config_source import SourceSpec, read_source

CONFIG_NAME = "engagement.yaml"
NAME_PATTERN = re.compile(r"^[A-Za-z0-9_-]+$")
TOP_KEYS = (
    "name",
    "company",
    "currency",
    "language",
    "locale",  # language (issue 15): number, currency and date formats (default from language)
    "period",
    "invoices",
    "customers",
    "thresholds",
    "finance",
    "monte_carlo",
    "fec",
    "status",  # profile (issue 10): the buying-rhythm thresholds
    "currency_rates",  # rows (issue 9)
    "id_normalise",  # rows (issue 9)
    "checks",
    # classification (stage 04): see config_classify.py
    "abc",
    "scoring",
    "classes",
    "tiers",
    "future_value",  # future value (stage value): see _check_future_value
    "segmentation",  # segment (stage 03): see config_segment.py
    "recommend",  # recommendations (05_recommend): see config_recommend.py
    "rfm",  # segment (stage 03): RFM scores and named segments, see config_segment.py
    "pdf",  # report (issue 15): also write diagnostic.pdf (true / false)
)

DEFAULT_THRESHOLDS: dict[str, float] = {
    "major": 0.10,
    "dependence": 0.50,
    "hhi_moderate": 1000.0,
    "hhi_high": 1800.0,
    "pareto": 0.80,
}
DEFAULT_FINANCE: dict[str, float | None] = {
    "fixed_costs": None,
    "net_margin_rate": None,
    "cost_rate": None,
}
DEFAULT_MONTE_CARLO: dict[str, Any] = {
    "draws": 10_000,
    "seed": 42,
    "loss_probability": {
        "new": 0.15,
        "stable": 0.05,
        "growing": 0.03,
        "declining": 0.25,
        "inactive": 0.50,
        "stopped": 0.90,
    },
}
#: the verdict of `clientmix validate` (issue 9): above these shares of the rows read (when at
#: least min_rejected_rows are rejected), or of the revenue read, rejected, the data is "usable
#: with serious warnings" (fractions in [0, 1]; a count)
DEFAULT_CHECKS: dict[str, float] = {
    "max_rejected_rows": 0.05,
    "min_rejected_rows": 10,
    "max_rejected_revenue": 0.02,
}
#: profile status (issue 10), the same defaults as clientmix.profile.rhythm.DEFAULT_STATUS_RULE
DEFAULT_STATUS: dict[str, Any] = {
    "inactive_multiple": 2.0,
    "lost_multiple": 4.0,
    "lost_after_days": 365,
    "min_silence_days": 30,
    "gap_quantile": 0.8,
    "default_gap_days": None,
    "min_purchase_days": 3,
}
DEFAULT_FEC: dict[str, Any] = {
    "sales_prefixes": ["70"],
    "discount_prefixes": ["709"],
    "customer_prefix": "411",
    "sales_journals": None,
}
#: future value (stage value): fit up to calibration_end (None: the period end), customer
#: value over horizon_weeks discounted at discount_rate per year (fraction)
DEFAULT_FUTURE_VALUE: dict[str, Any] = {
    "calibration_end": None,
    "horizon_weeks": 52,
    "discount_rate": 0.0,
}


@dataclass(frozen=True)
class Engagement:
    """A checked engagement.yaml.

    ``period_start``/``period_end`` are None when the file gives no period: the loader then
    takes the last 12 months of data.
    """

    name: str
    company: str
    root: Path
    config_path: Path
    invoices: SourceSpec
    customers: SourceSpec | None = None
    currency: str = "EUR"
    language: str = "fr"
    locale: str = "fr_FR"  # formats of the report and the console (core.formats)
    period_start: pd.Timestamp | None = None
    period_end: pd.Timestamp | None = None
    thresholds: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_THRESHOLDS))
    finance: dict[str, float | None] = field(default_factory=lambda: dict(DEFAULT_FINANCE))
    monte_carlo: dict[str, Any] = field(default_factory=lambda: copy.deepcopy(DEFAULT_MONTE_CARLO))
    fec: dict[str, Any] = field(default_factory=lambda: copy.deepcopy(DEFAULT_FEC))
    status: dict[str, Any] = field(default_factory=lambda: dict(DEFAULT_STATUS))
    # rows (issue 9): engagement-currency units per unit of another currency; ids join check
    currency_rates: dict[str, float] = field(default_factory=dict)
    id_normalise: str | list[str] = "auto"
    checks: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_CHECKS))
    # classification (stage 04): abc, scoring (None: default grid), classes, tiers
    classify: dict[str, Any] = field(default_factory=dict)
    # future value (stage value): calibration_end (Timestamp or None), horizon_weeks, discount_rate
    future_value: dict[str, Any] = field(default_factory=lambda: dict(DEFAULT_FUTURE_VALUE))
    segmentation: list[str | dict] | None = None
    # recommendations (05_recommend): targets, team, plan (see config_recommend.py)
    recommend: dict[str, Any] = field(default_factory=dict)
    rfm: dict[str, Any] | None = None  # segment (stage 03): checked by config_segment.rfm_option
    pdf: bool = False  # report (issue 15): also write diagnostic.pdf beside diagnostic.html


def find_config(engagement_dir: str | Path) -> Path:
    """The engagement.yaml of a folder (or the file itself when given)."""
    path = Path(engagement_dir)
    if path.is_file():
        return path
    config = path / CONFIG_NAME
    if not path.is_dir():  # missing, or a device / special file such as /dev/null
        raise ClientmixError(message("ingest_folder_not_found", "fr", path=path), path=path)
    if not config.exists():
        present = sorted(p.name for p in path.iterdir())[:20]
        files = ", ".join(present) or message("ingest_no_files", "fr")
        raise ClientmixError(
            message("ingest_no_config", "fr", name=CONFIG_NAME, path=path, files=files),
            path=path,
        )
    return config


def load_config(engagement_dir: str | Path) -> Engagement:
    """Read and check the engagement.yaml of ``engagement_dir``.

    Raises
    ------
    ClientmixError
        For any mistake in the file (syntax with its line number, unknown keys with a
        suggestion, paths outside the folder, bad values), in the engagement's language.
    """
    config = find_config(engagement_dir)
    root = config.parent
    data = _read_yaml(config)
    lang = _language(data, config)
    check_keys(data, TOP_KEYS, "engagement.yaml", config, lang)
    name = _name(data.get("name"), root, config, lang)
    if "invoices" not in data or data["invoices"] is None:
        raise ClientmixError(message("ingest_no_invoices", lang, config=config), path=config)
    invoices = read_source(data["invoices"], "invoices", root, config, lang)
    customers = (
        read_source(data["customers"], "customers", root, config, lang)
        if data.get("customers")
        else None
    )
    start, end = _period(data.get("period"), config, lang)
    options = _options(data, config, lang)
    return Engagement(
        name=name,
        company=str(data.get("company") or name),
        root=root,
        config_path=config,
        invoices=invoices,
        customers=customers,
        currency=str(data.get("currency") or "EUR"),
        language=lang,
        locale=_locale(data, lang, config),
        period_start=start,
        period_end=end,
        thresholds={k: float(v) for k, v in options["thresholds"].items()},
        finance=options["finance"],
        monte_carlo=options["monte_carlo"],
        fec=options["fec"],
        status=options["status"],
        currency_rates=config_rows.currency_rates(data.get("currency_rates"), config, lang),
        id_normalise=config_rows.id_normalise(data.get("id_normalise"), config, lang),
        checks={k: float(v) for k, v in options["checks"].items()},
        classify=classify_options(data, config, lang),
        future_value=options["future_value"],
        segmentation=segmentation_option(data.get("segmentation"), config, lang),
        recommend=recommend_options(data.get("recommend"), config, lang),
        rfm=rfm_option(data.get("rfm"), config, lang),
        pdf=_pdf(data.get("pdf", False), config, lang),
    )


def _pdf(value: Any, config: Path, lang: str) -> bool:
    """``pdf:`` true or false (default false)."""
    if value is None:
        return False
    if not isinstance(value, bool):
        raise ClientmixError(
            message("report_pdf_not_bool", lang, config=config, value=repr(value)), path=config
        )
    return value


def _read_yaml(config: Path) -> dict:
    """The parsed engagement.yaml (UTF-8, with or without BOM, else Windows-1252): a mapping.

    The language is not known yet: the errors are in French (or in both languages).
    """
    try:
        data = config.read_bytes()
    except OSError as exc:
        raise ClientmixError(
            message("ingest_config_unreadable", "fr", config=config, reason=exc.strerror),
            path=config,
        ) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = (
            message("ingest_yaml_where", "fr", line=mark.line + 1, column=mark.column + 1)
            if mark
            else ""
        )
        problem = getattr(exc, "problem", None) or str(exc)
        raise ClientmixError(
            message("ingest_yaml_syntax", "fr", config=config, where=where, problem=problem),
            path=config,
        ) from None
    if not isinstance(data, dict):
        raise ClientmixError(message("ingest_config_not_mapping", "fr", config=config), path=config)
    return data


def _language(data: dict, config: Path) -> str:
    """fr or en (``language:``, French when not given)."""
    lang = str(data.get("language") or "fr").lower()
    if lang not in ("fr", "en"):
        raise ClientmixError(
            message("ingest_bad_language", "fr", value=data.get("language"), config=config),
            path=config,
        )
    return lang


def _locale(data: dict, lang: str, config: Path) -> str:
    """``locale:`` (fr_FR, en_GB, en_US...) of the language, by default from ``language`` and
    ``currency`` (:func:`clientmix.core.formats.default_locale`); it becomes this process's
    locale (the formats of the report, the console and the Excel files follow it)."""
    default = formats.default_locale(lang, str(data.get("currency") or "EUR"))
    value = data.get("locale")
    try:
        chosen = default if value is None else formats.check_locale(str(value))
    except (ValueError, TypeError, LookupError, babel.UnknownLocaleError):
        chosen = ""
    if not chosen or chosen[:2] != lang:
        examples = ", ".join(x for x in formats.LOCALES if x[:2] == lang)
        text = message(
            "ingest_bad_locale",
            lang,
            value=value,
            config=config,
            language=lang,
            examples=examples,
            default=default,
        )
        raise ClientmixError(text, path=config)
    formats.use_locale(chosen)
    return chosen


def _name(name: Any, root: Path, config: Path, lang: str) -> str:
    """The engagement's name: ``name:``, else the folder's name; it must name a folder."""
    folder = root.resolve().name
    if name is None and not NAME_PATTERN.match(folder):
        raise ClientmixError(
            message("ingest_name_missing", lang, config=config, folder=folder), path=config
        )
    name = str(folder if name is None else name)
    if not NAME_PATTERN.match(name):
        raise ClientmixError(
            message("ingest_bad_name", lang, name=name, config=config), path=config
        )
    return name


def _period(
    period: Any, config: Path, lang: str
) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """(start, end) of ``period:``, each None when not given."""
    start = end = None
    if period is None:
        return start, end
    if not isinstance(period, dict):
        raise ClientmixError(message("ingest_period_not_mapping", lang, config=config), path=config)
    check_keys(period, ("start", "end"), "period", config, lang)
    if period.get("start") is not None:
        start = as_timestamp(period["start"], "period.start", config, lang)
    if period.get("end") is not None:
        end = as_timestamp(period["end"], "period.end", config, lang)
    if start is not None and end is not None and start > end:
        raise ClientmixError(
            message(
                "ingest_period_reversed",
                lang,
                config=config,
                start=str(start.date()),
                end=str(end.date()),
            ),
            path=config,
        )
    return start, end


def _options(data: dict, config: Path, lang: str) -> dict[str, dict]:
    """thresholds, finance, monte_carlo and fec over their defaults, their numbers checked."""
    defaults = {
        "thresholds": DEFAULT_THRESHOLDS,
        "finance": DEFAULT_FINANCE,
        "monte_carlo": DEFAULT_MONTE_CARLO,
        "fec": DEFAULT_FEC,
        "status": DEFAULT_STATUS,
        "checks": DEFAULT_CHECKS,
        "future_value": DEFAULT_FUTURE_VALUE,
    }
    options = {
        key: merge_defaults(default, data.get(key), key, config, lang)
        for key, default in defaults.items()
    }
    thresholds, finance = options["thresholds"], options["finance"]
    for key, value in thresholds.items():
        check_number(value, f"thresholds.{key}", config, lang)
    for key in ("major", "dependence", "pareto"):
        check_number(thresholds[key], f"thresholds.{key}", config, lang, high=1.0)
    for key, value in finance.items():
        if value is not None:
            high = 1.0 if "rate" in key else None
            check_number(value, f"finance.{key}", config, lang, high=high)
    for key, value in options["checks"].items():
        high = None if key.startswith("min_") else 1.0
        check_number(value, f"checks.{key}", config, lang, high=high, whole=high is None)
    for key, value in options["status"].items():  # profile status (issue 10)
        if value is not None:
            high = 1.0 if key == "gap_quantile" else None
            check_number(value, f"status.{key}", config, lang, high=high)
    _check_monte_carlo(options["monte_carlo"], config, lang)
    _check_future_value(options["future_value"], config, lang)
    return options


def _check_monte_carlo(monte_carlo: dict, config: Path, lang: str) -> None:
    """draws (a whole number >= 1), seed (whole) and loss probabilities (in [0, 1])."""
    check_number(monte_carlo["draws"], "monte_carlo.draws", config, lang, low=1, whole=True)
    check_number(monte_carlo["seed"], "monte_carlo.seed", config, lang, whole=True)
    probabilities = monte_carlo["loss_probability"]
    if not isinstance(probabilities, dict):
        probabilities = {}
    check_keys(
        probabilities,
        tuple(DEFAULT_MONTE_CARLO["loss_probability"]),
        "monte_carlo.loss_probability",
        config,
        lang,
    )
    for key, value in probabilities.items():
        check_number(value, f"monte_carlo.loss_probability.{key}", config, lang, high=1.0)


def _check_future_value(future_value: dict, config: Path, lang: str) -> None:
    """calibration_end (a date, made a Timestamp; None: the period end), horizon_weeks (a whole
    number of weeks >= 1) and discount_rate (a yearly fraction in [0, 1])."""
    if future_value["calibration_end"] is not None:
        future_value["calibration_end"] = as_timestamp(
            future_value["calibration_end"], "future_value.calibration_end", config, lang
        )
    check_number(
        future_value["horizon_weeks"], "future_value.horizon_weeks", config, lang, low=1, whole=True
    )
    check_number(
        future_value["discount_rate"], "future_value.discount_rate", config, lang, high=1.0
    )
