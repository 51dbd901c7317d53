"""Sentences and tables of the '03 Segment' section."""

from __future__ import annotations

import pandas as pd

from clientmix.core import labels
from clientmix.core.display import Prose, Table, _t
from clientmix.core.labels import escape, label
from clientmix.segment.breakdown import attribute_columns, breakdown


def segment_summary(profile: pd.DataFrame, lang: str = "fr") -> Prose:
    """Which customer-file attributes are available to describe the customers."""
    columns = attribute_columns(profile)
    if not columns:
        return Prose(
            _t(
                lang,
                "Le fichier clients ne donne pas d'attribut (secteur, taille, région...) "
                "permettant de regrouper les clients : la typologie reste à construire avec "
                "l'entreprise.",
                "The customers file gives no attribute (sector, size, region...) to group "
                "customers by: the typology remains to be built with the company.",
            )
        )
    names = ", ".join(escape(labels.attribute_label(c, lang)) for c in columns)
    return Prose(
        _t(
            lang,
            f"Le fichier clients permet de regrouper les clients par : {names}. "
            "Pour chaque critère, voici le nombre de clients et le CA de la période.",
            f"The customers file groups customers by: {names}. For each criterion, here are "
            "the number of customers and the revenue of the period.",
        )
    )


def breakdown_table(profile: pd.DataFrame, lang: str = "fr", currency: str = "EUR") -> Table | None:
    """One table of all attributes: criterion, group, customers, revenue, share."""
    columns = attribute_columns(profile)
    if not columns:
        return None
    frames = [
        breakdown(profile, c, label("not_given", lang), label("other", lang), lang).assign(
            criterion=labels.attribute_label(c, lang)
        )
        for c in columns
    ]
    table = pd.concat(frames, ignore_index=True)
    frame = labels.format_frame(
        table,
        {
            "criterion": "text",
            "group": "text",
            "customers": "int",
            "revenue": "money",
            "share": "pct",
        },
        lang,
        currency,
    )
    frame.columns = [
        _t(lang, "Critère", "Criterion"),
        _t(lang, "Groupe", "Group"),
        *frame.columns[2:],
    ]
    return Table(frame)
