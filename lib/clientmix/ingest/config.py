"""Read and check ``engagement.yaml``: the description of one client company's files.

The contract is in ARCHITECTURE.md; this module only extends it (``thresholds``, ``finance``,
``monte_carlo``, ``fec``). Every path in the file stays inside the engagement folder, and the
engagement name can only name a folder (``[A-Za-z0-9_-]``), so nothing read from a config can
reach outside the engagement folder or the reports folder.
"""

from __future__ import annotations

import copy
import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from clientmix.errors import ClientmixError, msg

CONFIG_NAME = "engagement.yaml"
NAME_PATTERN = re.compile(r"^[A-Za-z0-9_-]+$")
FORMATS = ("csv", "excel", "parquet", "fec")
INVOICE_COLUMNS = (
    "customer_id",
    "date",
    "amount",
    "customer_name",
    "invoice_id",
    "product",
    "quantity",
    "unit_price",
    "cost",
)

TOP_KEYS = (
    "name",
    "company",
    "currency",
    "language",
    "period",
    "invoices",
    "customers",
    "thresholds",
    "finance",
    "monte_carlo",
    "fec",
)
SOURCE_KEYS = ("path", "format", "sheet", "sep", "decimal", "encoding", "dayfirst", "columns")

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
        "stopped": 0.90,
    },
}
DEFAULT_FEC: dict[str, Any] = {
    "sales_prefixes": ["70"],
    "discount_prefixes": ["709"],
    "customer_prefix": "411",
    "sales_journals": None,
}


@dataclass(frozen=True)
class SourceSpec:
    """One input file of an engagement (invoices or customers)."""

    path: Path
    """Absolute path of the file, checked to be inside the engagement folder."""
    rel_path: str
    """The path as written in engagement.yaml (for messages)."""
    format: str | None = None
    sheet: str | int | None = None
    sep: str | None = None
    decimal: str | None = None
    encoding: str | None = None
    dayfirst: bool | None = None
    columns: dict[str, str] = field(default_factory=dict)


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
    period_start: pd.Timestamp | None = None
    period_end: pd.Timestamp | None = None
    thresholds: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_THRESHOLDS))
    finance: dict[str, float | None] = field(default_factory=lambda: dict(DEFAULT_FINANCE))
    monte_carlo: dict[str, Any] = field(default_factory=lambda: copy.deepcopy(DEFAULT_MONTE_CARLO))
    fec: dict[str, Any] = field(default_factory=lambda: copy.deepcopy(DEFAULT_FEC))

    def msg(self, fr: str, en: str) -> str:
        """A message in the engagement's language."""
        return msg(self.language, fr, en)


def _suggest(key: str, known: tuple[str, ...] | list[str]) -> str:
    close = difflib.get_close_matches(str(key), list(known), n=1, cutoff=0.5)
    return close[0] if close else ""


def _check_keys(data: dict, known: tuple[str, ...], where: str, config: Path, lang: str) -> None:
    for key in data:
        if key in known:
            continue
        hint = _suggest(key, known)
        if hint:
            fr_hint = f" Vouliez-vous dire « {hint} » ?"
            en_hint = f" Did you mean '{hint}'?"
        else:
            fr_hint = f" Clés possibles : {', '.join(known)}."
            en_hint = f" Known keys: {', '.join(known)}."
        raise ClientmixError(
            msg(
                lang,
                f"Clé inconnue « {key} » dans {where} de {config}.{fr_hint}",
                f"Unknown key '{key}' in {where} of {config}.{en_hint}",
            ),
            path=config,
        )


def _resolve_inside(root: Path, rel: Any, key: str, config: Path, lang: str) -> Path:
    """The absolute path of ``rel`` under ``root``; an error if it would leave ``root``."""
    if not isinstance(rel, str) or not rel.strip():
        raise ClientmixError(
            msg(
                lang,
                f"{key} doit être un nom de fichier dans {config} (reçu : {rel!r}).",
                f"{key} must be a file name in {config} (got {rel!r}).",
            ),
            path=config,
        )
    candidate = Path(rel)
    resolved = (root / candidate).resolve()
    if candidate.is_absolute() or not resolved.is_relative_to(root.resolve()):
        raise ClientmixError(
            msg(
                lang,
                f"{key} « {rel} » dans {config} sort du dossier de la mission {root}. "
                "Placez le fichier dans ce dossier et donnez un chemin relatif.",
                f"{key} '{rel}' in {config} points outside the engagement folder {root}. "
                "Put the file in that folder and give a relative path.",
            ),
            path=config,
        )
    return resolved


def _as_timestamp(value: Any, key: str, config: Path, lang: str) -> pd.Timestamp:
    if isinstance(value, dt.date):
        return pd.Timestamp(value)
    try:
        return pd.Timestamp(str(value))
    except (ValueError, TypeError):
        raise ClientmixError(
            msg(
                lang,
                f"Date illisible pour {key} dans {config} : {value!r}. Écrivez AAAA-MM-JJ, "
                "par exemple 2024-12-31.",
                f"Unreadable date for {key} in {config}: {value!r}. Write YYYY-MM-DD, "
                "e.g. 2024-12-31.",
            ),
            path=config,
        ) from None


def _source(data: Any, key: str, root: Path, config: Path, lang: str) -> SourceSpec:
    if isinstance(data, str):
        data = {"path": data}
    if not isinstance(data, dict) or "path" not in data:
        raise ClientmixError(
            msg(
                lang,
                f"« {key} » dans {config} doit donner au moins « path: » (le fichier à lire).",
                f"'{key}' in {config} must give at least 'path:' (the file to read).",
            ),
            path=config,
        )
    _check_keys(data, SOURCE_KEYS, f"« {key} »" if lang != "en" else f"'{key}'", config, lang)
    path = _resolve_inside(root, data["path"], f"{key}.path", config, lang)
    fmt = data.get("format")
    if fmt is not None:
        fmt = str(fmt).lower()
        if fmt in ("xlsx", "xls", "xlsm"):
            fmt = "excel"
        if fmt in ("tsv", "txt"):
            fmt = "csv"
        if fmt not in FORMATS:
            raise ClientmixError(
                msg(
                    lang,
                    f"{key}.format « {data['format']} » inconnu dans {config}. "
                    f"Formats possibles : {', '.join(FORMATS)}.",
                    f"Unknown {key}.format '{data['format']}' in {config}. "
                    f"Possible formats: {', '.join(FORMATS)}.",
                ),
                path=config,
            )
    columns = data.get("columns") or {}
    if not isinstance(columns, dict):
        raise ClientmixError(
            msg(
                lang,
                f"{key}.columns dans {config} doit associer un nom canonique à un nom de "
                "colonne du fichier, par exemple « customer_id: Code client ».",
                f"{key}.columns in {config} must map a canonical name to a column of the "
                "file, e.g. 'customer_id: Customer code'.",
            ),
            path=config,
        )
    if key == "invoices":
        _check_keys(
            columns,
            INVOICE_COLUMNS,
            f"« {key}.columns »" if lang != "en" else f"'{key}.columns'",
            config,
            lang,
        )
    columns = {str(k): str(v) for k, v in columns.items() if v is not None}
    dayfirst = data.get("dayfirst")
    if dayfirst is not None and not isinstance(dayfirst, bool):
        raise ClientmixError(
            msg(
                lang,
                f"{key}.dayfirst dans {config} doit valoir true ou false (reçu : {dayfirst!r}).",
                f"{key}.dayfirst in {config} must be true or false (got {dayfirst!r}).",
            ),
            path=config,
        )
    sep = data.get("sep")
    if sep is not None:
        sep = {"\\t": "\t", "tab": "\t", "TAB": "\t"}.get(str(sep), str(sep))
    decimal = data.get("decimal")
    if decimal is not None and str(decimal) not in (",", "."):
        raise ClientmixError(
            msg(
                lang,
                f'{key}.decimal dans {config} doit valoir "," ou "." (reçu : {decimal!r}).',
                f'{key}.decimal in {config} must be "," or "." (got {decimal!r}).',
            ),
            path=config,
        )
    return SourceSpec(
        path=path,
        rel_path=str(data["path"]),
        format=fmt,
        sheet=data.get("sheet"),
        sep=sep,
        decimal=str(decimal) if decimal is not None else None,
        encoding=str(data["encoding"]) if data.get("encoding") else None,
        dayfirst=dayfirst,
        columns=columns,
    )


def _merge(defaults: dict, given: Any, key: str, config: Path, lang: str) -> dict:
    if given is None:
        return copy.deepcopy(defaults)
    if not isinstance(given, dict):
        raise ClientmixError(
            msg(
                lang,
                f"« {key} » dans {config} doit être une liste de clés (par ex. "
                f"{next(iter(defaults))}: ...).",
                f"'{key}' in {config} must be a mapping (e.g. {next(iter(defaults))}: ...).",
            ),
            path=config,
        )
    _check_keys(given, tuple(defaults), f"« {key} »" if lang != "en" else f"'{key}'", config, lang)
    out = copy.deepcopy(defaults)
    for k, v in given.items():
        if isinstance(out.get(k), dict) and isinstance(v, dict):
            out[k].update(v)
        else:
            out[k] = v
    return out


def _check_number(
    value: Any,
    key: str,
    config: Path,
    lang: str,
    *,
    low: float = 0.0,
    high: float | None = None,
    whole: bool = False,
) -> None:
    """A clear error unless ``value`` is a number in [low, high] (a whole one if asked)."""
    ok = isinstance(value, int | float) and not isinstance(value, bool)
    ok = ok and value >= low and (high is None or value <= high)
    ok = ok and (not whole or float(value).is_integer())
    if ok:
        return
    if high is not None:
        fr_range, en_range = f"entre {low:g} et {high:g}", f"between {low:g} and {high:g}"
    else:
        fr_range, en_range = f"supérieur ou égal à {low:g}", f"at least {low:g}"
    fr_kind = "un nombre entier" if whole else "un nombre"
    en_kind = "a whole number" if whole else "a number"
    raise ClientmixError(
        msg(
            lang,
            f"{key} dans {config} doit être {fr_kind} {fr_range}, sans espace ni unité "
            f"(reçu : {value!r}).",
            f"{key} in {config} must be {en_kind} {en_range}, without spaces or units "
            f"(got {value!r}).",
        ),
        path=config,
    )


def find_config(engagement_dir: str | Path) -> Path:
    """The engagement.yaml of a folder (or the file itself when given)."""
    path = Path(engagement_dir)
    if path.is_file():
        return path
    config = path / CONFIG_NAME
    if not path.exists():
        raise ClientmixError(
            f"Dossier de mission introuvable : {path}. / Engagement folder not found: {path}.",
            path=path,
        )
    if not config.exists():
        present = sorted(p.name for p in path.iterdir())[:20]
        raise ClientmixError(
            f"Pas de {CONFIG_NAME} dans {path} (fichiers présents : {', '.join(present) or 'aucun'}). "
            f"Créez-le en suivant l'exemple du README. / No {CONFIG_NAME} in {path}: create one "
            "as shown in the README.",
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
    try:
        data = config.read_bytes()
    except OSError as exc:
        raise ClientmixError(
            f"Impossible de lire {config} ({exc.strerror}). / Cannot read {config} "
            f"({exc.strerror}).",
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
        where = f" ligne {mark.line + 1}, colonne {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise ClientmixError(
            f"Erreur de syntaxe YAML dans {config}{where} : {problem}. Vérifiez l'indentation "
            "et les deux-points (« clé: valeur »).",
            path=config,
        ) from None
    if not isinstance(data, dict):
        raise ClientmixError(
            f"{config} doit contenir des clés « name: », « company: », « invoices: »... "
            "(voir l'exemple du README).",
            path=config,
        )
    lang = str(data.get("language") or "fr").lower()
    if lang not in ("fr", "en"):
        raise ClientmixError(
            f"language « {data.get('language')} » dans {config} : utilisez fr ou en.",
            path=config,
        )
    _check_keys(data, TOP_KEYS, "engagement.yaml", config, lang)
    name = data.get("name")
    if name is None and not NAME_PATTERN.match(root.resolve().name):
        raise ClientmixError(
            msg(
                lang,
                f"{config} ne donne pas de « name: » et le nom du dossier "
                f"« {root.resolve().name} » ne peut pas nommer le rapport. Ajoutez par exemple "
                "« name: acme » (lettres, chiffres, « - » et « _ »).",
                f"{config} gives no 'name:' and the folder name '{root.resolve().name}' cannot "
                "name the report. Add e.g. 'name: acme' (letters, digits, '-' and '_').",
            ),
            path=config,
        )
    if name is None:
        name = root.resolve().name
    name = str(name)
    if not NAME_PATTERN.match(name):
        raise ClientmixError(
            msg(
                lang,
                f"name « {name} » dans {config} : n'utilisez que lettres, chiffres, « - » et "
                "« _ » (il nomme le dossier du rapport).",
                f"name '{name}' in {config}: use only letters, digits, '-' and '_' (it names "
                "the report folder).",
            ),
            path=config,
        )
    if "invoices" not in data or data["invoices"] is None:
        raise ClientmixError(
            msg(
                lang,
                f"{config} ne dit pas où sont les ventes : ajoutez « invoices: » avec "
                "« path: ventes.csv » (par exemple).",
                f"{config} does not say where the sales are: add 'invoices:' with "
                "'path: sales.csv' (for example).",
            ),
            path=config,
        )
    invoices = _source(data["invoices"], "invoices", root, config, lang)
    customers = (
        _source(data["customers"], "customers", root, config, lang)
        if data.get("customers")
        else None
    )
    start = end = None
    period = data.get("period")
    if period is not None:
        if not isinstance(period, dict):
            raise ClientmixError(
                msg(
                    lang,
                    f"period dans {config} s'écrit « {{start: 2024-01-01, end: 2024-12-31}} ».",
                    f"period in {config} is written '{{start: 2024-01-01, end: 2024-12-31}}'.",
                ),
                path=config,
            )
        _check_keys(period, ("start", "end"), "period", config, lang)
        if period.get("start") is not None:
            start = _as_timestamp(period["start"], "period.start", config, lang)
        if period.get("end") is not None:
            end = _as_timestamp(period["end"], "period.end", config, lang)
        if start is not None and end is not None and start > end:
            raise ClientmixError(
                msg(
                    lang,
                    f"period dans {config} : le début ({start.date()}) est après la fin "
                    f"({end.date()}).",
                    f"period in {config}: start ({start.date()}) is after end ({end.date()}).",
                ),
                path=config,
            )
    thresholds = _merge(DEFAULT_THRESHOLDS, data.get("thresholds"), "thresholds", config, lang)
    finance = _merge(DEFAULT_FINANCE, data.get("finance"), "finance", config, lang)
    monte_carlo = _merge(DEFAULT_MONTE_CARLO, data.get("monte_carlo"), "monte_carlo", config, lang)
    fec = _merge(DEFAULT_FEC, data.get("fec"), "fec", config, lang)
    for key, value in thresholds.items():
        _check_number(value, f"thresholds.{key}", config, lang)
    for key in ("major", "dependence", "pareto"):
        _check_number(thresholds[key], f"thresholds.{key}", config, lang, high=1.0)
    for key, value in finance.items():
        if value is not None:
            _check_number(
                value, f"finance.{key}", config, lang, high=1.0 if "rate" in key else None
            )
    _check_number(monte_carlo["draws"], "monte_carlo.draws", config, lang, low=1, whole=True)
    _check_number(monte_carlo["seed"], "monte_carlo.seed", config, lang, whole=True)
    probabilities = monte_carlo["loss_probability"]
    if not isinstance(probabilities, dict):
        probabilities = {}
    _check_keys(
        probabilities,
        tuple(DEFAULT_MONTE_CARLO["loss_probability"]),
        "monte_carlo.loss_probability",
        config,
        lang,
    )
    for key, value in probabilities.items():
        _check_number(value, f"monte_carlo.loss_probability.{key}", config, lang, high=1.0)
    return Engagement(
        name=name,
        company=str(data.get("company") or name),
        root=root,
        config_path=config,
        invoices=invoices,
        customers=customers,
        currency=str(data.get("currency") or "EUR"),
        language=lang,
        period_start=start,
        period_end=end,
        thresholds={k: float(v) for k, v in thresholds.items()},
        finance=finance,
        monte_carlo=monte_carlo,
        fec=fec,
    )
