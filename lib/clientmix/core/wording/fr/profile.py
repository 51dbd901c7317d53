"""French wording of the customer profile (stage 02)."""

WORDS: dict[str, str] = {
    "profile_summary": (
        "**{customers}** clients ont acheté sur la période, pour **{revenue}** HT. Un client "
        "rapporte en moyenne **{mean}**, mais la moitié des clients rapporte moins de "
        "**{median}** : la moyenne est tirée par les plus gros."
    ),
    "profile_trend": "Tendance des clients sur 12 mois : {counts}.",
    "profile_trend_count_new": {"one": "{count} nouveau", "other": "{count} nouveaux"},
    "profile_trend_count_growing": {
        "one": "{count} en croissance",
        "other": "{count} en croissance",
    },
    "profile_trend_count_stable": {"one": "{count} stable", "other": "{count} stables"},
    "profile_trend_count_declining": {"one": "{count} en déclin", "other": "{count} en déclin"},
    "profile_trend_count_inactive": {"one": "{count} inactif", "other": "{count} inactifs"},
    "profile_trend_count_stopped": {"one": "{count} perdu", "other": "{count} perdus"},
    "profile_status_rule": (
        "Le statut de chaque client est jugé sur son propre rythme d'achat (l'écart habituel "
        "entre deux achats, {gap_quantile} de ses écarts) : inactif au-delà de "
        "{inactive_multiple} fois cet écart sans achat, perdu au-delà de {lost_multiple} fois "
        "ou de {lost_after_days} jours, jamais avant {min_silence_days} jours ; un client qui a "
        "acheté moins de {min_purchase_days} jours différents est jugé au moins sur l'écart "
        "habituel du portefeuille ({default_gap} jours)."
    ),
    "profile_prospects": {
        "one": (
            "{customers} prospect du fichier clients, jamais facturé sur la période, hors de "
            "tous les comptes (onglet « Prospects » de clients.xlsx)."
        ),
        "other": (
            "{customers} prospects du fichier clients, jamais facturés sur la période, hors de "
            "tous les comptes (onglet « Prospects » de clients.xlsx)."
        ),
    },
    "profile_top_caption": "Les {n} premiers clients sur {customers}",
    "purchase_days": "Jours d'achat",
    "silence_days": "Jours sans achat",
    "rhythm_days": "Écart habituel entre achats (jours)",
    "rhythm_default": "Rythme par défaut",
    # columns of the complete profile (clients.xlsx headers, then their "Lisez-moi" line)
    "revenue_share": "Part du CA",
    "distinct_invoices": "Factures",
    "average_invoice": "Facture moyenne",
    "products": "Produits distincts",
    "product_families": "Familles de produits",
    "gross_margin_prev": "Marge brute des 12 mois précédents",
    "gross_margin_rate_prev": "Taux de marge des 12 mois précédents",
    "revenue_per_hour": "CA par heure",
    "margin_per_hour": "Marge par heure",
    "classify_def_revenue_rank": "Rang du client par CA sur la période (1 = le plus gros).",
    "classify_def_revenue_share": (
        "Part du CA positif de la période (0 pour un client à zéro ou en négatif)."
    ),
    "classify_def_distinct_invoices": "Numéros de facture distincts sur la période.",
    "classify_def_average_invoice": (
        "CA / factures (ou / lignes de facture sans numéro de facture), sur la période."
    ),
    "classify_def_products": "Produits distincts achetés sur la période.",
    "classify_def_product_families": "Familles de produits distinctes achetées sur la période.",
    "classify_def_gross_margin_prev": "Marge brute des 12 mois avant la période.",
    "classify_def_gross_margin_rate_prev": "Marge brute / CA des 12 mois avant la période.",
    "classify_def_revenue_per_hour": "CA / heures passées (effort_hours du fichier clients).",
    "classify_def_margin_per_hour": (
        "Marge brute / heures passées (effort_hours du fichier clients)."
    ),
    "classify_def_purchase_days": "Jours différents avec un achat, jusqu'à la fin de la période.",
    "classify_def_silence_days": "Jours depuis le dernier achat (montant positif).",
    "classify_def_rhythm_days": "Écart habituel entre deux achats du client (jours).",
    "classify_def_rhythm_default": (
        "Oui quand trop peu d'achats : l'écart habituel du portefeuille est utilisé."
    ),
    **{f"revenue_prev_{k}": f"CA de N-{k} (12 mois)" for k in range(2, 6)},
    **{f"gross_margin_prev_{k}": f"Marge brute de N-{k} (12 mois)" for k in range(2, 6)},
    **{f"gross_margin_rate_prev_{k}": f"Taux de marge de N-{k}" for k in range(2, 6)},
    **{
        f"classify_def_revenue_prev_{k}": (
            f"CA HT de la fenêtre de 12 mois qui finit {12 * (k - 1)} mois avant la période."
        )
        for k in range(2, 6)
    },
    **{
        f"classify_def_gross_margin_prev_{k}": (
            f"Marge brute de la fenêtre de 12 mois qui finit {12 * (k - 1)} mois avant la période."
        )
        for k in range(2, 6)
    },
    **{
        f"classify_def_gross_margin_rate_prev_{k}": (
            f"Marge brute / CA de la fenêtre de 12 mois qui finit {12 * (k - 1)} mois avant la "
            "période."
        )
        for k in range(2, 6)
    },
}
