"""The customers table tied to the invoices: the join check on customer_id (see
:mod:`clientmix.ingest.join`) and the attributes written on the sales lines (see
:mod:`clientmix.ingest.ledger_attributes`), said in the engagement's language."""

from __future__ import annotations

import pandas as pd

from clientmix.core.formats import fmt_pct
from clientmix.errors import message
from clientmix.ingest.join import check_join
from clientmix.ingest.ledger_attributes import customer_attributes, merge_attributes
from clientmix.ingest.problems import Problem
from clientmix.ingest.rows import attribute_columns


def _steps(steps: tuple[str, ...], lang: str) -> str:
    return ", ".join(message(f"ingest_id_step_{s}", lang) for s in steps)


def link_customers(
    table: pd.DataFrame, invoices: pd.DataFrame, setting: object, path: str, lang: str
) -> tuple[pd.DataFrame, list[str], list[Problem]]:
    """The customers file's ``table`` joined to the used ``invoices``: ids normalised when
    that makes the join succeed (a guess) or when ``setting`` (``id_normalise``) says so; a
    "serious" problem when the customers found hold less than half of the revenue."""
    outcome = check_join(table, invoices, setting)
    guesses: list[str] = []
    problems: list[Problem] = []
    if outcome.steps:
        guesses.append(
            message(
                "ingest_guess_ids_normalised",
                lang,
                path=path,
                steps=_steps(outcome.steps, lang),
                before=fmt_pct(outcome.customers_before, lang, 0),
                after=fmt_pct(outcome.customers_after, lang, 0),
            )
        )
    if outcome.revenue_after < 0.5:
        hint = (
            message("ingest_join_hint", lang, steps=_steps(outcome.helpful, lang))
            if outcome.helpful
            else ""
        )
        text = message(
            "ingest_join_serious",
            lang,
            path=path,
            share=fmt_pct(outcome.revenue_after, lang, 0),
            customers=fmt_pct(outcome.customers_after, lang, 0),
            hint=hint,
        )
        problems.append(Problem("serious", text))
    return outcome.table, guesses, problems


def with_ledger_attributes(table: pd.DataFrame, invoices: pd.DataFrame) -> pd.DataFrame:
    """``table`` with the attribute columns of the sales lines (country, salesperson...), the
    most frequent value of each customer; the customers file's values win where it has the
    same column."""
    columns = attribute_columns(invoices)
    if not columns:
        return table
    return merge_attributes(table, customer_attributes(invoices, columns))
