"""French wording of the customer profile (stage 02)."""

WORDS: dict[str, str] = {
    "profile_summary": (
        "**{customers}** clients ont acheté sur la période, pour **{revenue}** HT. Un client "
        "rapporte en moyenne **{mean}**, mais la moitié des clients rapporte moins de "
        "**{median}** : la moyenne est tirée par les plus gros."
    ),
    "profile_trend": "Tendance sur 12 mois : {counts}.",
    "profile_trend_count": "{customers} {status}",
    "profile_top_caption": "Les {n} premiers clients sur {customers}",
}
