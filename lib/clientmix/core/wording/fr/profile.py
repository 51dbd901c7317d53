"""French wording of the customer profile (stage 02)."""

WORDS: dict[str, str] = {
    "profile_summary": (
        "**{customers}** clients ont acheté sur la période, pour **{revenue}** HT. Un client "
        "rapporte en moyenne **{mean}**, mais la moitié des clients rapporte moins de "
        "**{median}** : la moyenne est tirée par les plus gros."
    ),
    "profile_trend": "Tendance sur 12 mois : {counts}.",
    "profile_trend_count": "{customers} {status}",
    "profile_status_rule": (
        "Le statut de chaque client est jugé sur son propre rythme d'achat (l'écart habituel "
        "entre deux achats, {gap_quantile} de ses écarts) : inactif au-delà de "
        "{inactive_multiple} fois cet écart sans achat, perdu au-delà de {lost_multiple} fois "
        "ou de {lost_after_days} jours, jamais avant {min_silence_days} jours ; un client qui a "
        "acheté moins de {min_purchase_days} jours différents est jugé au moins sur l'écart "
        "habituel du portefeuille ({default_gap} jours)."
    ),
    "profile_top_caption": "Les {n} premiers clients sur {customers}",
    "purchase_days": "Jours d'achat",
    "silence_days": "Jours sans achat",
    "rhythm_days": "Écart habituel entre achats (jours)",
    "rhythm_default": "Rythme par défaut",
}
