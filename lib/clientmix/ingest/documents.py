"""Credit notes written as positive lines with a document-type column ("Avoir", "Facture").

Some software writes every amount as positive and tells a credit note by a column: summed as
they are, credit notes would count as sales. The canonical column ``document_type`` is read,
each value recognised as a credit note or an invoice (the usual French and English words,
plus ``invoices.document_types`` of engagement.yaml), and the positive amounts (and costs) of
credit notes are negated. Negative amounts are kept as they are (already signed).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from clientmix.ingest.headers import normalise_header

# values after normalise_header (lower case, no accents, punctuation as spaces)
CREDIT_VALUES = (
    "avoir",
    "avoirs",
    "facture d avoir",
    "avoir client",
    "avoir sur facture",
    "note de credit",
    "credit",
    "credit note",
    "credit memo",
    "creditnote",
    "av",
    "avc",
    "cn",
    "cm",
    "refund",
    "remboursement",
)
INVOICE_VALUES = (
    "facture",
    "factures",
    "facture client",
    "facture de vente",
    "invoice",
    "sales invoice",
    "fa",
    "fac",
    "fact",
    "fc",
    "fv",
    "f",
    "inv",
    "ticket",
    "vente",
    "sale",
)


@dataclass
class DocumentTypes:
    """What the document-type column said."""

    kinds: pd.Series
    """"credit", "invoice" or "" (value missing or not recognised), on the rows' index."""
    unknown: list[str]
    """The values recognised as neither, as written, most frequent first."""


def _kind_of(norm: str, credit: set[str], invoice: set[str]) -> str:
    """ "credit", "invoice" or "" for one normalised value (whole words "avoir" or "credit"
    are credit notes, "facture" or "invoice" alone invoices)."""
    if norm in credit:
        return "credit"
    if norm in invoice:
        return "invoice"
    words = set(norm.split())
    if words & {"avoir", "avoirs", "credit"}:
        return "credit"
    if words & {"facture", "invoice"}:
        return "invoice"
    return ""


def document_kinds(
    values: pd.Series, credit: list[str] | None = None, invoice: list[str] | None = None
) -> DocumentTypes:
    """The kind of each row's document; ``credit``/``invoice``: extra values of
    engagement.yaml (compared normalised). Empty cells are "" and not reported."""
    credit_set = set(CREDIT_VALUES) | {normalise_header(v) for v in credit or []}
    invoice_set = set(INVOICE_VALUES) | {normalise_header(v) for v in invoice or []}
    # the values of engagement.yaml win over the built-in lists
    invoice_set -= {normalise_header(v) for v in credit or []}
    credit_set -= {normalise_header(v) for v in invoice or []}
    text = values.astype(object).where(values.notna(), "").astype(str).str.strip()
    codes, uniques = pd.factorize(text)
    kinds = np.array([_kind_of(normalise_header(u), credit_set, invoice_set) for u in uniques])
    out = pd.Series(kinds[codes] if len(uniques) else [], index=values.index, dtype=object)
    unknown = text[out.eq("") & text.ne("")]
    return DocumentTypes(out, unknown.value_counts().index.tolist())


def looks_like_document_types(values: pd.Series) -> bool:
    """True when at least 80 % of the distinct filled values are document types (for a column
    matched by its header alone, such as "Type") and one of them is a credit note."""
    kinds = document_kinds(values)
    text = values.dropna().astype(str).str.strip()
    distinct = text[text.ne("")].nunique()
    recognised = distinct - len(kinds.unknown)
    return distinct > 0 and recognised >= 0.8 * distinct and kinds.kinds.eq("credit").any()


def negate_credit_notes(out: pd.DataFrame, kinds: pd.Series) -> int:
    """Negate, in ``out``, the positive ``amount`` (and ``cost``) of the credit-note rows;
    the number of rows negated."""
    flip = kinds.eq("credit") & out["amount"].gt(0)
    out.loc[flip, "amount"] = -out.loc[flip, "amount"]
    if "cost" in out:
        flip_cost = kinds.eq("credit") & out["cost"].gt(0)
        out.loc[flip_cost, "cost"] = -out.loc[flip_cost, "cost"]
    return int(flip.sum())
