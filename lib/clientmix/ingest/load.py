"""Load an engagement: read its files, normalise them to the canonical tables, reconcile.

Every row read ends in exactly one place: the canonical ``invoices`` table or the ``rejected``
table with its source row number and the reason. Amounts are rounded to the cent when read, and
control totals are summed in integer cents, so ``revenue_read = revenue_used + revenue_rejected``
holds exactly. Rows outside the analysis period are used (they feed trends) and counted apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from clientmix.core.formats import fmt_money
from clientmix.errors import ClientmixError, msg
from clientmix.ingest import parse
from clientmix.ingest.config import Engagement, SourceSpec, load_config
from clientmix.ingest.readers import RawTable, check_file, read_raw

REJECT_REASONS = ("bad_line", "missing_customer_id", "bad_date", "bad_amount")
NUMERIC_ATTRIBUTES = (
    "workstations",
    "servers",
    "budget",
    "headcount",
    "potential",
    "effort_hours",
    "loss_probability",
    "tenure_years",
)


@dataclass(frozen=True)
class Problem:
    """Something the consultant should know: ``level`` is "error" (unusable) or "warning"."""

    level: str
    text: str


@dataclass
class LoadResult:
    """Everything :func:`load_engagement` found. Amounts in the engagement's currency."""

    engagement: Engagement
    invoices: pd.DataFrame
    rejected: pd.DataFrame
    customers: pd.DataFrame
    period_start: pd.Timestamp
    period_end: pd.Timestamp
    controls: dict
    guesses: list[str] = field(default_factory=list)
    matches: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    anomalies: pd.DataFrame = field(default_factory=pd.DataFrame)
    missing_customers: list[str] = field(default_factory=list)
    """Customer ids in the invoices but not in the customers file."""
    orphan_customers: list[str] = field(default_factory=list)
    """Customer ids in the customers file with no invoice at all."""

    @property
    def usable(self) -> bool:
        """True when there is no error: the diagnostic can run."""
        return not any(p.level == "error" for p in self.problems)

    @property
    def period_invoices(self) -> pd.DataFrame:
        """The used rows dated inside the analysis period."""
        d = self.invoices["date"]
        return self.invoices[(d >= self.period_start) & (d <= self.period_end)]


def _cents(values: pd.Series) -> int:
    """Sum of amounts as integer cents (NaN ignored)."""
    v = values.dropna().to_numpy(dtype="float64")
    return int(np.round(v * 100).astype("int64").sum())


def _resolve_columns(
    raw: RawTable,
    spec: SourceSpec,
    known: dict[str, tuple[str, ...]],
    what: str,
    lang: str,
) -> tuple[dict[str, str], list[str]]:
    headers = list(raw.frame.columns)
    for canonical, header in spec.columns.items():
        if header in headers or parse.normalise_header(header) in map(
            parse.normalise_header, headers
        ):
            continue
        near = parse.closest_header(header, headers)
        fr_near = f" La plus proche : « {near} »." if near else ""
        en_near = f" Closest: '{near}'." if near else ""
        raise ClientmixError(
            msg(
                lang,
                f"Colonne « {header} » introuvable dans {raw.path} ({what}.columns.{canonical} "
                f"dans engagement.yaml).{fr_near} Colonnes présentes : {', '.join(headers)}.",
                f"Column '{header}' not found in {raw.path} ({what}.columns.{canonical} in "
                f"engagement.yaml).{en_near} Columns present: {', '.join(headers)}.",
            ),
            path=raw.path,
        )
    found = parse.match_headers(headers, spec.columns, known)
    mapping = {m.canonical: m.header for m in found}
    lines = [
        msg(
            lang,
            f"{what} : colonne « {m.header} » reconnue comme {m.canonical}",
            f"{what}: column '{m.header}' matched as {m.canonical}",
        )
        for m in found
        if not m.explicit
    ]
    return mapping, lines


def _missing_column(
    raw: RawTable, canonical: str, what: str, lang: str, hint: str
) -> ClientmixError:
    headers = list(raw.frame.columns)
    near = parse.closest_header(hint, headers)
    fr_near = f" La plus proche de « {hint} » : « {near} »." if near else ""
    en_near = f" Closest to '{hint}': '{near}'." if near else ""
    return ClientmixError(
        msg(
            lang,
            f"Colonne obligatoire {canonical} absente de {raw.path}.{fr_near} Colonnes "
            f"présentes : {', '.join(headers)}. Indiquez-la dans engagement.yaml, par exemple "
            f"« {what}: {{columns: {{{canonical}: NomDeLaColonne}}}} ».",
            f"Required column {canonical} missing from {raw.path}.{en_near} Columns present: "
            f"{', '.join(headers)}. Name it in engagement.yaml, e.g. "
            f"'{what}: {{columns: {{{canonical}: ColumnName}}}}'.",
        ),
        path=raw.path,
    )


def _reject_detail(lang: str, header: str, values: pd.Series, fr: str, en: str) -> pd.Series:
    shown = values.astype(str).str.strip().str.slice(0, 40)
    text = msg(lang, f"colonne « {header} » : « ", f"column '{header}': '")
    close = msg(lang, f" » {fr}", f"' {en}")
    empty = shown.eq("") | values.isna() | shown.isin(["nan", "None"])
    blank = msg(lang, f"colonne « {header} » vide", f"column '{header}' is empty")
    return (text + shown + close).where(~empty, blank)


def invoices_from_raw(
    raw: RawTable, spec: SourceSpec, lang: str = "fr"
) -> tuple[pd.DataFrame, pd.DataFrame, list[str], list[str], list[Problem]]:
    """Canonical invoices and rejected rows from a raw table.

    Returns
    -------
    invoices, rejected, guesses, matches, problems
        ``invoices`` has the canonical columns (amounts in currency, rounded to the cent) and
        ``source_row``; ``rejected`` has source_row, reason, detail, file.
    """
    mapping, matches = _resolve_columns(raw, spec, parse.INVOICE_HEADERS, "invoices", lang)
    guesses = list(raw.guesses)
    problems: list[Problem] = []
    frame = raw.frame
    if "customer_id" not in mapping:
        raise _missing_column(raw, "customer_id", "invoices", lang, "Code client")
    if "date" not in mapping:
        raise _missing_column(raw, "date", "invoices", lang, "Date facture")
    has_amount = "amount" in mapping
    if not has_amount and not {"quantity", "unit_price"} <= set(mapping):
        raise _missing_column(raw, "amount", "invoices", lang, "Montant HT")

    out = pd.DataFrame(index=frame.index)
    out["customer_id"] = parse.parse_ids(frame[mapping["customer_id"]])
    dates = parse.parse_dates(frame[mapping["date"]], spec.dayfirst)
    out["date"] = dates.values.dt.normalize()  # a time of day would fall after period_end
    if dates.layout not in ("native", "unknown"):
        if dates.ambiguous:
            problems.append(
                Problem(
                    "warning",
                    msg(
                        lang,
                        f"Dates ambiguës dans {raw.path} (colonne « {mapping['date']} ») : aucun "
                        "jour n'y dépasse 12, elles ont été lues en jj/mm/aaaa. Confirmez avec "
                        "« dayfirst: true » (ou false) sous invoices dans engagement.yaml.",
                        f"Ambiguous dates in {raw.path} (column '{mapping['date']}'): no day "
                        "above 12, they were read as dd/mm/yyyy. Confirm with 'dayfirst: true' "
                        "(or false) under invoices in engagement.yaml.",
                    ),
                )
            )
        elif dates.dayfirst_guessed:
            guesses.append(
                msg(lang, f"format de date : {dates.layout}", f"date format: {dates.layout}")
            )
    if dates.contradicts_dayfirst:
        sample = frame.loc[out["date"].isna(), mapping["date"]].astype(str).head(1)
        row = int(raw.source_row[sample.index[0]]) if len(sample) else 0
        value = sample.iloc[0] if len(sample) else ""
        raise ClientmixError(
            msg(
                lang,
                f"Les dates de {raw.path} (colonne « {mapping['date']} ») ne se lisent pas avec "
                f"« dayfirst: {str(spec.dayfirst).lower()} » (ligne {row} : « {value} »). Mettez "
                f"« dayfirst: {str(not spec.dayfirst).lower()} » dans engagement.yaml.",
                f"The dates of {raw.path} (column '{mapping['date']}') cannot be read with "
                f"'dayfirst: {str(spec.dayfirst).lower()}' (line {row}: '{value}'). Set "
                f"'dayfirst: {str(not spec.dayfirst).lower()}' in engagement.yaml.",
            ),
            path=raw.path,
        )

    number_cols = [c for c in ("amount", "quantity", "unit_price", "cost") if c in mapping]
    decimal = spec.decimal
    if decimal is None:
        probe = "amount" if has_amount else "unit_price"
        decimal = parse.sniff_decimal(frame[mapping[probe]])
        if decimal is None:
            decimal = "." if raw.sep == "," else ","
        if raw.format == "csv":
            shown = "virgule" if decimal == "," else "point"
            guesses.append(
                msg(lang, f"séparateur décimal : {shown}", f"decimal separator: {decimal!r}")
            )
    for col in number_cols:
        out[col] = parse.parse_numbers(frame[mapping[col]], decimal)
    if has_amount:
        out["amount"] = out["amount"].round(2)
    else:
        out["amount"] = (out["quantity"] * out["unit_price"]).round(2)
        guesses.append(
            msg(
                lang,
                f"montant = {mapping['quantity']} × {mapping['unit_price']}",
                f"amount = {mapping['quantity']} × {mapping['unit_price']}",
            )
        )
    if "cost" in out:
        out["cost"] = out["cost"].round(2)
    for col in ("customer_name", "invoice_id", "product"):
        if col in mapping:
            out[col] = parse.parse_ids(frame[mapping[col]])
    out["source_row"] = raw.source_row.to_numpy()

    # one reason per rejected row, in priority order
    reason = pd.Series("", index=out.index, dtype=object)
    detail = pd.Series("", index=out.index, dtype=object)
    raw_id = frame[mapping["customer_id"]]
    miss_id = out["customer_id"].eq("")
    reason[miss_id] = "missing_customer_id"
    detail[miss_id] = msg(
        lang,
        f"colonne « {mapping['customer_id']} » vide",
        f"column '{mapping['customer_id']}' is empty",
    )
    bad_date = out["date"].isna() & reason.eq("")
    if bad_date.any():
        reason[bad_date] = "bad_date"
        detail[bad_date] = _reject_detail(
            lang,
            mapping["date"],
            frame.loc[bad_date, mapping["date"]],
            "n'est pas une date",
            "is not a date",
        )
    amount_cols = ["amount"] if has_amount else ["quantity", "unit_price"]
    for col in amount_cols:
        bad = out[col].isna() & reason.eq("")
        if bad.any():
            reason[bad] = "bad_amount"
            detail[bad] = _reject_detail(
                lang,
                mapping[col],
                frame.loc[bad, mapping[col]],
                "n'est pas un nombre",
                "is not a number",
            )
    del raw_id
    rejected_mask = reason.ne("")
    rejected = pd.DataFrame(
        {
            "source_row": out.loc[rejected_mask, "source_row"].astype("int64"),
            "reason": reason[rejected_mask],
            "detail": detail[rejected_mask],
            "amount": out.loc[rejected_mask, "amount"],
            "file": raw.rel_path,
        }
    )
    if raw.bad_lines is not None and len(raw.bad_lines):
        extra = raw.bad_lines.assign(reason="bad_line", amount=np.nan, file=raw.rel_path)
        rejected = pd.concat([rejected, extra[rejected.columns]], ignore_index=True)
    rejected = rejected.sort_values("source_row", kind="stable").reset_index(drop=True)
    invoices = out[~rejected_mask].reset_index(drop=True)
    if "cost" in invoices:
        raw_cost = frame.loc[~rejected_mask, mapping["cost"]].reset_index(drop=True)
        unreadable = invoices["cost"].isna() & parse.parse_ids(raw_cost).ne("")
        if unreadable.any():
            rows = ", ".join(map(str, invoices.loc[unreadable, "source_row"].head(5)))
            problems.append(
                Problem(
                    "warning",
                    msg(
                        lang,
                        f"{int(unreadable.sum())} coût(s) illisible(s) dans {raw.path} (colonne "
                        f"« {mapping['cost']} », lignes {rows}...) : la marge de ces lignes est "
                        "inconnue.",
                        f"{int(unreadable.sum())} unreadable cost(s) in {raw.path} (column "
                        f"'{mapping['cost']}', lines {rows}...): the margin of these lines is "
                        "unknown.",
                    ),
                )
            )
    key = [c for c in invoices.columns if c != "source_row"]
    invoices["duplicate"] = invoices.duplicated(subset=key, keep="first")
    return invoices, rejected, guesses, matches, problems


def customers_from_raw(
    raw: RawTable, spec: SourceSpec, lang: str = "fr"
) -> tuple[pd.DataFrame, list[str], list[Problem]]:
    """Canonical customers table: customer_id, customer_name, attributes.

    Headers that match no known attribute are kept under a snake_case name. Known numeric
    attributes (workstations, budget, potential, effort_hours...) are parsed as numbers.
    Rows without an id and repeated ids are reported (the first row of an id is kept).
    """
    mapping, matches = _resolve_columns(raw, spec, parse.CUSTOMER_HEADERS, "customers", lang)
    if "customer_id" not in mapping:
        raise _missing_column(raw, "customer_id", "customers", lang, "Code client")
    frame = raw.frame
    out = pd.DataFrame(index=frame.index)
    out["customer_id"] = parse.parse_ids(frame[mapping["customer_id"]])
    used = set(mapping.values())
    for canonical, header in mapping.items():
        if canonical == "customer_id":
            continue
        col = frame[header]
        if canonical in NUMERIC_ATTRIBUTES:
            dec = parse.sniff_decimal(col) or ","
            out[canonical] = parse.parse_numbers(col, dec)
        else:
            out[canonical] = parse.parse_ids(col).replace("", np.nan)
    for header in frame.columns:
        if header in used:
            continue
        name = parse.snake_case(header)
        while name in out.columns:
            name += "_"
        out[name] = parse.parse_ids(frame[header]).replace("", np.nan)
    problems: list[Problem] = []
    no_id = out["customer_id"].eq("")
    if no_id.any():
        rows = ", ".join(map(str, raw.source_row[no_id].head(10)))
        problems.append(
            Problem(
                "warning",
                msg(
                    lang,
                    f"{int(no_id.sum())} ligne(s) sans code client dans {raw.path} (lignes "
                    f"{rows}) : ignorées.",
                    f"{int(no_id.sum())} row(s) without a customer id in {raw.path} (lines "
                    f"{rows}): ignored.",
                ),
            )
        )
    dup = out["customer_id"].duplicated(keep="first") & ~no_id
    if dup.any():
        ids = ", ".join(out.loc[dup, "customer_id"].head(10))
        problems.append(
            Problem(
                "warning",
                msg(
                    lang,
                    f"Codes client en double dans {raw.path} : {ids}. La première ligne de "
                    "chaque code est gardée.",
                    f"Repeated customer ids in {raw.path}: {ids}. The first row of each is kept.",
                ),
            )
        )
    if "loss_probability" in out:
        lp = out["loss_probability"]
        if (lp > 1).any():
            out["loss_probability"] = lp.where(lp <= 1, lp / 100)
            problems.append(
                Problem(
                    "warning",
                    msg(
                        lang,
                        f"Probabilités de perte > 1 dans {raw.path} : lues comme des pourcentages.",
                        f"Loss probabilities > 1 in {raw.path}: read as percentages.",
                    ),
                )
            )
    out = out[~no_id & ~dup].reset_index(drop=True)
    return out, list(raw.guesses) + matches, problems


def default_period(dates: pd.Series) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The last 12 whole months of data: from the first day of the month 11 months before
    the last invoice's month to the last day of that month."""
    last = dates.max()
    end = (last + pd.offsets.MonthEnd(0)).normalize()
    start = (end + pd.Timedelta(days=1)) - pd.DateOffset(months=12)
    return pd.Timestamp(start), pd.Timestamp(end)


def _period(engagement: Engagement, dates: pd.Series) -> tuple[pd.Timestamp, pd.Timestamp]:
    start, end = engagement.period_start, engagement.period_end
    if start is None and end is None:
        return default_period(dates)
    if end is None:
        end = start + pd.DateOffset(months=12) - pd.Timedelta(days=1)
    if start is None:
        start = end + pd.Timedelta(days=1) - pd.DateOffset(months=12)
    return pd.Timestamp(start), pd.Timestamp(end)


def _load_invoices(engagement: Engagement):
    spec = engagement.invoices
    lang = engagement.language
    fmt = spec.format
    if fmt == "fec" or (fmt is None and _looks_like_fec(spec.path)):
        return _load_fec(engagement)
    raw = read_raw(spec, lang=lang, what="invoices")
    invoices, rejected, guesses, matches, problems = invoices_from_raw(raw, spec, lang)
    rows_read = len(raw.frame) + (0 if raw.bad_lines is None else len(raw.bad_lines))
    return invoices, rejected, guesses, matches, problems, rows_read, {}


def _load_fec(engagement: Engagement):
    """Sales from the accounting export (FEC): one canonical row per (sales entry, customer)."""
    from clientmix.ingest import fec

    spec = engagement.invoices
    lang = engagement.language
    check_file(spec, lang=lang, what="invoices")
    opts = engagement.fec
    result = fec.read_fec(
        spec.path,
        encoding=spec.encoding,
        sales_prefixes=tuple(opts.get("sales_prefixes") or ("70",)),
        discount_prefixes=tuple(opts.get("discount_prefixes") or ("709",)),
        customer_prefix=opts.get("customer_prefix") or "411",
        sales_journals=opts.get("sales_journals"),
        cost_rate=engagement.finance.get("cost_rate"),
        lang=lang,
    )
    invoices = result.invoices.copy()
    key = [c for c in invoices.columns if c != "source_row"]
    invoices["duplicate"] = invoices.duplicated(subset=key, keep="first")
    rejected = result.rejected.copy()
    if "amount" not in rejected:
        rejected["amount"] = np.nan
    rejected = rejected[["source_row", "reason", "detail", "amount", "file"]]
    problems: list[Problem] = []
    skipped = result.skipped
    if skipped is not None and len(skipped):
        per_reason = skipped.groupby("reason", sort=True)["entries"].sum()
        parts = ", ".join(f"{reason} ({n})" for reason, n in per_reason.items() if n)
        problems.append(
            Problem(
                "warning",
                msg(
                    lang,
                    f"Écritures du FEC laissées de côté pour le CA : {parts}.",
                    f"FEC entries left out of revenue: {parts}.",
                ),
            )
        )
    gap = result.controls.get("revenue_gap")
    if gap:
        problems.append(
            Problem(
                "warning",
                msg(
                    lang,
                    "Écart entre le CA des comptes 70 du FEC et le CA attribué aux clients : "
                    f"{fmt_money(gap, lang, engagement.currency, decimals=2)} (voir le détail des "
                    "écritures rejetées).",
                    "Gap between the FEC's class-70 revenue and the revenue attributed to "
                    f"customers: {fmt_money(gap, lang, engagement.currency, decimals=2)} (see the "
                    "rejected entries).",
                ),
            )
        )
    rows_read = len(invoices) + len(rejected)
    return invoices, rejected, list(result.notes), [], problems, rows_read, {"fec": result.controls}


def _looks_like_fec(path: Path) -> bool:
    if not path.is_file():
        return False
    try:
        from clientmix.ingest import fec
    except ImportError:
        return False
    checker = getattr(fec, "looks_like_fec", None)
    return bool(checker and checker(path))


def load_engagement(engagement_dir: str | Path) -> LoadResult:
    """Read, normalise and check an engagement's files.

    Parameters
    ----------
    engagement_dir : folder holding engagement.yaml (or the yaml file itself).

    Returns
    -------
    LoadResult
        Canonical invoices (all periods) and customers, rejected rows with reasons, control
        totals (amounts in currency, exact to the cent), guesses, problems.

    Raises
    ------
    ClientmixError
        When the files cannot be used at all (missing file, missing column...).
    """
    engagement = load_config(engagement_dir)
    lang = engagement.language
    invoices, rejected, guesses, matches, problems, rows_read, extra_controls = _load_invoices(
        engagement
    )
    cost_rate = engagement.finance.get("cost_rate")
    if cost_rate is not None and "cost" not in invoices and len(invoices):
        if not isinstance(cost_rate, int | float) or not 0 <= cost_rate <= 1:
            raise ClientmixError(
                msg(
                    lang,
                    f"finance.cost_rate dans {engagement.config_path} doit être une fraction du "
                    f"CA entre 0 et 1, par exemple 0.62 (reçu : {cost_rate!r}).",
                    f"finance.cost_rate in {engagement.config_path} must be a fraction of "
                    f"revenue between 0 and 1, e.g. 0.62 (got {cost_rate!r}).",
                ),
                path=engagement.config_path,
            )
        invoices["cost"] = (invoices["amount"] * float(cost_rate)).round(2)
        guesses.append(
            msg(
                lang,
                f"coût direct estimé à {cost_rate:.0%} du CA (finance.cost_rate)".replace(
                    "%", "\u00a0%"
                ),
                f"direct cost estimated at {cost_rate:.0%} of revenue (finance.cost_rate)",
            )
        )
    if invoices.empty:
        raise ClientmixError(
            msg(
                lang,
                f"Aucune ligne utilisable dans {engagement.invoices.path} : les {rows_read} "
                "lignes lues sont rejetées (voir la raison de chacune avec clientmix validate).",
                f"No usable row in {engagement.invoices.path}: all {rows_read} rows read are "
                "rejected (see each reason with clientmix validate).",
            ),
            path=engagement.invoices.path,
        )
    start, end = _period(engagement, invoices["date"])
    in_period = (invoices["date"] >= start) & (invoices["date"] <= end)

    customers = pd.DataFrame({"customer_id": pd.Series(dtype=object)})
    if engagement.customers is not None:
        raw_c = read_raw(engagement.customers, lang=lang, what="customers")
        customers, c_guesses, c_problems = customers_from_raw(raw_c, engagement.customers, lang)
        guesses += [f"customers : {g}" for g in raw_c.guesses]
        matches += [g for g in c_guesses if g not in raw_c.guesses]
        problems += c_problems
    invoice_ids = pd.Index(invoices["customer_id"].unique())
    if engagement.customers is None:
        customers = pd.DataFrame({"customer_id": invoice_ids.sort_values().astype(object)})
    # a name for every customer: the customers file first, else the latest name invoiced
    if "customer_name" in invoices:
        names = (
            invoices[invoices["customer_name"].ne("")]
            .sort_values("date", kind="stable")
            .groupby("customer_id")["customer_name"]
            .last()
        )
        from_invoices = customers["customer_id"].map(names)
        if "customer_name" in customers:
            customers["customer_name"] = customers["customer_name"].fillna(from_invoices)
        else:
            customers["customer_name"] = from_invoices
    missing: list[str] = []
    orphans: list[str] = []
    if engagement.customers is not None:
        known = pd.Index(customers["customer_id"])
        missing = sorted(invoice_ids.difference(known))
        orphans = sorted(known.difference(invoice_ids))
        if missing:
            problems.append(
                Problem(
                    "warning",
                    msg(
                        lang,
                        f"{len(missing)} client(s) facturé(s) absent(s) du fichier clients : "
                        f"{', '.join(missing[:10])}{'...' if len(missing) > 10 else ''}.",
                        f"{len(missing)} invoiced customer(s) missing from the customers file: "
                        f"{', '.join(missing[:10])}{'...' if len(missing) > 10 else ''}.",
                    ),
                )
            )
        if orphans:
            problems.append(
                Problem(
                    "warning",
                    msg(
                        lang,
                        f"{len(orphans)} client(s) du fichier clients sans aucune facture : "
                        f"{', '.join(orphans[:10])}{'...' if len(orphans) > 10 else ''}.",
                        f"{len(orphans)} customer(s) of the customers file without any invoice: "
                        f"{', '.join(orphans[:10])}{'...' if len(orphans) > 10 else ''}.",
                    ),
                )
            )

    period_rows = invoices[in_period]
    net = period_rows.groupby("customer_id")["amount"].sum().round(2)
    anomalies = net[net <= 0].rename("revenue").reset_index()
    if len(anomalies):
        problems.append(
            Problem(
                "warning",
                msg(
                    lang,
                    f"{len(anomalies)} client(s) au CA net nul ou négatif sur la période "
                    f"(avoirs) : {', '.join(anomalies['customer_id'].head(10))}. Ils sont exclus "
                    "des mesures de concentration.",
                    f"{len(anomalies)} customer(s) with zero or negative net revenue in the "
                    f"period (credit notes): {', '.join(anomalies['customer_id'].head(10))}. "
                    "They are left out of the concentration measures.",
                ),
            )
        )
    if period_rows.empty:
        problems.append(
            Problem(
                "error",
                msg(
                    lang,
                    f"Aucune facture entre le {start:%d/%m/%Y} et le {end:%d/%m/%Y} : vérifiez "
                    f"« period » dans engagement.yaml (les factures vont du "
                    f"{invoices['date'].min():%d/%m/%Y} au {invoices['date'].max():%d/%m/%Y}).",
                    f"No invoice between {start:%Y-%m-%d} and {end:%Y-%m-%d}: check 'period' in "
                    f"engagement.yaml (invoices run from {invoices['date'].min():%Y-%m-%d} to "
                    f"{invoices['date'].max():%Y-%m-%d}).",
                ),
            )
        )
    elif net.clip(lower=0).sum() <= 0:
        problems.append(
            Problem(
                "error",
                msg(
                    lang,
                    "Le CA net de la période est nul ou négatif pour tous les clients.",
                    "Net revenue in the period is zero or negative for every customer.",
                ),
            )
        )
    n_dup = int(invoices["duplicate"].sum())
    if n_dup:
        rows = ", ".join(map(str, invoices.loc[invoices["duplicate"], "source_row"].head(10)))
        problems.append(
            Problem(
                "warning",
                msg(
                    lang,
                    f"{n_dup} ligne(s) en double exact (lignes {rows}) : signalées, gardées dans "
                    "les totaux. Supprimez-les du fichier si ce sont des erreurs d'export.",
                    f"{n_dup} exactly repeated line(s) (lines {rows}): flagged, kept in the "
                    "totals. Remove them from the file if they are export errors.",
                ),
            )
        )
    if len(rejected):
        counts = rejected["reason"].value_counts()
        problems.append(
            Problem(
                "warning",
                msg(
                    lang,
                    f"{len(rejected)} ligne(s) rejetée(s) : "
                    + ", ".join(f"{k} {v}" for k, v in counts.items())
                    + ". Voir le détail ligne par ligne.",
                    f"{len(rejected)} row(s) rejected: "
                    + ", ".join(f"{k} {v}" for k, v in counts.items())
                    + ". See the detail row by row.",
                ),
            )
        )
    used_c = _cents(invoices["amount"])
    rej_c = _cents(rejected["amount"]) if "amount" in rejected else 0
    period_c = _cents(period_rows["amount"])
    controls = {
        "rows_read": int(rows_read),
        "rows_used": int(len(invoices)),
        "rows_rejected": int(len(rejected)),
        "rows_outside_period": int((~in_period).sum()),
        "rows_in_period": int(in_period.sum()),
        "revenue_read": (used_c + rej_c) / 100,
        "revenue_used": used_c / 100,
        "revenue_rejected": rej_c / 100,
        "revenue_period": period_c / 100,
        "revenue_outside_period": (used_c - period_c) / 100,
        "duplicates": n_dup,
        "customers_invoiced": int(len(invoice_ids)),
        "customers_period": int((net > 0).sum()),
        "customers_nonpositive": int(len(anomalies)),
        "credit_notes": int((invoices["amount"] < 0).sum()),
        "credit_notes_amount": _cents(invoices.loc[invoices["amount"] < 0, "amount"]) / 100,
        "date_min": invoices["date"].min().date().isoformat(),
        "date_max": invoices["date"].max().date().isoformat(),
        "has_cost": bool("cost" in invoices and invoices["cost"].notna().any()),
        "rejected_reasons": {k: int(v) for k, v in rejected["reason"].value_counts().items()},
    }
    controls.update(extra_controls)
    return LoadResult(
        engagement=engagement,
        invoices=invoices,
        rejected=rejected,
        customers=customers,
        period_start=start,
        period_end=end,
        controls=controls,
        guesses=guesses,
        matches=matches,
        problems=problems,
        anomalies=anomalies,
        missing_customers=missing,
        orphan_customers=orphans,
    )
