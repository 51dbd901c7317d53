"""Header matching: the header names recognised for each canonical column (French and English), normalised for comparison."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Match:
    canonical: str
    header: str
    explicit: bool


# Header names recognised for each canonical column, most specific first. Headers are compared
# after normalisation (lower case, no accents, punctuation as spaces): see `normalise_header`.
INVOICE_HEADERS: dict[str, tuple[str, ...]] = {
    "customer_id": (
        "customer id",
        "code client",
        "id client",
        "client id",
        "n client",
        "no client",
        "num client",
        "numero client",
        "numero de client",
        "ref client",
        "reference client",
        "code tiers",
        "compte client",
        "customer code",
        "customer number",
        "client code",
        "customer",
        "client",
    ),
    "date": (
        "date facture",
        "date de facture",
        "date de la facture",
        "invoice date",
        "date piece",
        "date document",
        "date vente",
        "date de vente",
        "date operation",
        "date",
    ),
    "amount": (
        "montant ht",
        "montant h t",
        "montant hors taxes",
        "montant net ht",
        "total ht",
        "total h t",
        "ca ht",
        "net ht",
        "chiffre d affaires ht",
        "chiffre d affaires",
        "amount excl tax",
        "net amount",
        "amount",
        "montant",
        "revenue",
        "sales",
    ),
    "quantity": ("quantite", "qte", "qty", "quantity", "quantite facturee"),
    "unit_price": (
        "prix unitaire ht",
        "prix unitaire h t",
        "prix unitaire",
        "pu ht",
        "pu h t",
        "p u ht",
        "pu",
        "unit price",
        "price",
        "prix",
    ),
    "cost": (
        "cout direct",
        "cout de revient",
        "prix de revient",
        "cout d achat",
        "cout",
        "direct cost",
        "cost",
        "cogs",
    ),
    "invoice_id": (
        "n facture",
        "no facture",
        "num facture",
        "numero facture",
        "numero de facture",
        "n de facture",
        "ref facture",
        "invoice id",
        "invoice number",
        "invoice no",
        "invoice",
        "facture",
        "n piece",
        "piece",
    ),
    "customer_name": (
        "raison sociale",
        "nom client",
        "nom du client",
        "customer name",
        "client name",
        "libelle client",
        "societe",
        "nom",
        "name",
        "client",
        "customer",
    ),
    "product": (
        "designation",
        "article",
        "libelle article",
        "produit",
        "prestation",
        "product",
        "item",
        "description",
        "libelle",
    ),
    # rows (issue 9): matched only among the headers left by the columns above
    "document_type": (
        "type de document",
        "type document",
        "type de piece",
        "type piece",
        "nature de piece",
        "nature piece",
        "type de facture",
        "type facture",
        "document type",
        "doc type",
        "invoice type",
        "type doc",
        "type",
    ),
    "currency": (
        "devise",
        "code devise",
        "monnaie",
        "currency",
        "currency code",
        "iso devise",
    ),
}


CUSTOMER_HEADERS: dict[str, tuple[str, ...]] = {
    "customer_id": INVOICE_HEADERS["customer_id"][:-2] + ("code", "id", "client", "customer"),
    "customer_name": ("raison sociale", "nom client", "customer name", "nom", "name", "client"),
    "sector": ("secteur", "secteur d activite", "activite", "sector", "industry"),
    "customer_type": ("type", "type de client", "statut", "customer type"),
    "workstations": ("nombre de postes", "nb postes", "postes", "workstations"),
    "servers": ("nombre de serveurs", "nb serveurs", "serveurs", "servers"),
    "user_type": ("type d utilisateurs", "type utilisateurs", "user type"),
    "budget": ("budget informatique annuel", "budget informatique", "budget"),
    "needs": ("besoins", "besoin", "needs"),
    "it_maturity": ("maturite informatique", "maturite", "it maturity"),
    "region": ("region", "departement", "ville", "region name"),
    "headcount": ("effectif", "effectifs", "salaries", "headcount", "employees"),
    "potential": (
        "potentiel estime eur an",
        "potentiel estime",
        "potentiel",
        "potential",
    ),
    "effort_hours": (
        "heures passees an",
        "heures passees",
        "temps passe",
        "effort heures",
        "effort",
        "effort hours",
        "hours",
    ),
    "loss_probability": ("probabilite de perte", "risque de perte", "loss probability"),
    "tenure_years": ("anciennete ans", "anciennete", "tenure"),
}


def normalise_header(name: object) -> str:
    """Lower case, accents removed, any run of non-alphanumerics as one space.

    >>> normalise_header("  N° Facture ")
    'n facture'
    """
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode()
    text = re.sub(r"[^0-9a-z]+", " ", text.lower())
    return text.strip()


def snake_case(name: object) -> str:
    """A safe column name for an unmatched attribute header ("Taille (m²)" -> "taille_m")."""
    return normalise_header(name).replace(" ", "_") or "column"


def match_headers(
    headers: list[str],
    explicit: dict[str, str],
    known: dict[str, tuple[str, ...]],
) -> list[Match]:
    """Map canonical column names to file headers.

    Explicit mappings (from engagement.yaml) always win; the other canonical columns take the
    first synonym present among the headers not already used, in the order of ``known``.
    Explicit headers are compared exactly, then ignoring case/accents/punctuation.
    """
    by_norm: dict[str, str] = {}
    for h in headers:
        by_norm.setdefault(normalise_header(h), h)
    used: set[str] = set()
    matches: list[Match] = []
    for canonical, header in explicit.items():
        actual = header if header in headers else by_norm.get(normalise_header(header))
        if actual is not None:
            matches.append(Match(canonical, actual, True))
            used.add(actual)
    done = {m.canonical for m in matches} | set(explicit)
    for canonical, synonyms in known.items():
        if canonical in done:
            continue
        for syn in synonyms:
            actual = by_norm.get(syn)
            if actual is not None and actual not in used:
                matches.append(Match(canonical, actual, False))
                used.add(actual)
                break
    return matches


def closest_header(wanted: str, headers: list[str]) -> str | None:
    """The header of the file closest to ``wanted`` (for error messages)."""
    import difflib

    norm = {normalise_header(h): h for h in headers}
    close = difflib.get_close_matches(normalise_header(wanted), list(norm), n=1, cutoff=0.4)
    return norm[close[0]] if close else None
