"""French wording of classification (stage 04)."""

WORDS: dict[str, str] = {
    "classify_abc_text": (
        "**{a_customers}** clients, soit **{a_customer_share}** du portefeuille, font "
        "**{a_share}** du CA (classe A). À l'autre bout, **{c_customers}** clients "
        "(**{c_customer_share}**) ne pèsent que **{c_share}** du CA (classe C) : ce sont eux "
        "qu'il faut servir au plus juste, sans énergie supplémentaire."
    ),
    "classify_customer_share": "Part des clients",
}
