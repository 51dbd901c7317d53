"""The canonical customers table from the customers file: id, name and attribute columns."""

from __future__ import annotations

import numpy as np
import pandas as pd

from clientmix.errors import message
from clientmix.ingest import headers, parse
from clientmix.ingest.column_mapping import missing_column, resolve_columns
from clientmix.ingest.config import SourceSpec
from clientmix.ingest.ids import blank_markers, scientific_id_problem
from clientmix.ingest.problems import Problem
from clientmix.ingest.raw_table import RawTable

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


def customers_from_raw(
    raw: RawTable, spec: SourceSpec, lang: str = "fr"
) -> tuple[pd.DataFrame, list[str], list[Problem]]:
    """Canonical customers table: customer_id, customer_name, attributes.

    Headers that match no known attribute are kept under a snake_case name. Known numeric
    attributes (workstations, budget, potential, effort_hours...) are parsed as numbers.
    Rows without an id and repeated ids are reported (the first row of an id is kept).
    """
    mapping, matches = resolve_columns(raw, spec, headers.CUSTOMER_HEADERS, "customers", lang)
    if "customer_id" not in mapping:
        raise missing_column(raw, "customer_id", "customers", lang, "Code client")
    out = _attributes(raw.frame, mapping)
    problems: list[Problem] = []
    no_id = out["customer_id"].eq("")
    if no_id.any():
        rows = ", ".join(map(str, raw.source_row[no_id].head(10)))
        text = message(
            "ingest_customers_without_id", lang, count=int(no_id.sum()), path=raw.path, rows=rows
        )
        problems.append(Problem("warning", text))
    dup = out["customer_id"].duplicated(keep="first") & ~no_id
    if dup.any():
        ids = ", ".join(out.loc[dup, "customer_id"].head(10))
        text = message("ingest_customers_repeated_ids", lang, path=raw.path, ids=ids)
        problems.append(Problem("warning", text))
    if "loss_probability" in out:
        lp = out["loss_probability"]
        if (lp > 1).any():
            out["loss_probability"] = lp.where(lp <= 1, lp / 100)
            text = message("ingest_loss_probability_percent", lang, path=raw.path)
            problems.append(Problem("warning", text))
    problems += scientific_id_problem(
        out["customer_id"], raw.source_row, raw.path, mapping["customer_id"], lang
    )
    out = out[~no_id & ~dup].reset_index(drop=True)
    return out, list(raw.guesses) + matches, problems


def _attributes(frame: pd.DataFrame, mapping: dict[str, str]) -> pd.DataFrame:
    """Every column of the file: the matched ones under their canonical name (numbers for
    ``NUMERIC_ATTRIBUTES``), the others under a snake_case name; missing text is NaN."""
    out = pd.DataFrame(index=frame.index)
    # missing-value markers ("NA", "#N/A", "(vide)"...) are no customer id
    out["customer_id"] = blank_markers(parse.parse_ids(frame[mapping["customer_id"]]))
    for canonical, header in mapping.items():
        if canonical == "customer_id":
            continue
        col = frame[header]
        if canonical in NUMERIC_ATTRIBUTES:
            dec = parse.sniff_decimal(col) or ","
            out[canonical] = parse.parse_numbers(col, dec)
        else:
            out[canonical] = parse.parse_ids(col).replace("", np.nan)
    used = set(mapping.values())
    for header in frame.columns:
        if header in used:
            continue
        name = headers.snake_case(header)
        while name in out.columns:
            name += "_"
        out[name] = parse.parse_ids(frame[header]).replace("", np.nan)
    return out
