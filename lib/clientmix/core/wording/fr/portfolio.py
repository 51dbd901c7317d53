"""French wording of the portfolio of engagements (``clientmix portfolio``)."""

WORDS: dict[str, str | dict[str, str]] = {
    "portfolio_title": "Portefeuille des missions",
    "portfolio_intro": {
        "one": "{count} entreprise cliente, d'après les rapports sous {folder}.",
        "other": "{count} entreprises clientes, d'après les rapports sous {folder}.",
    },
    "portfolio_rule": (
        "Trié par risque : d'abord la probabilité que le chiffre d'affaires de l'an prochain "
        "baisse de 10 % ou plus (simulation de Monte-Carlo du rapport), la plus forte en "
        "premier ; à égalité, la part du premier client, la plus forte en premier ; les rapports "
        "sans simulation en dernier."
    ),
    "portfolio_trend_rule": (
        "Tendance : variation de l'indice de concentration (HHI) entre les 12 mois précédents "
        "et la période analysée ; stable entre -10 % et +10 %."
    ),
    "portfolio_col_rank": "rang",
    "portfolio_col_company": "entreprise",
    "portfolio_col_engagement": "mission",
    "portfolio_col_period": "période",
    "portfolio_col_period_start": "début de période",
    "portfolio_col_period_end": "fin de période",
    "portfolio_join": " ; ",
    "portfolio_col_currency": "devise",
    "portfolio_col_revenue": "CA HT de la période",
    "portfolio_col_customers": "clients",
    "portfolio_col_top1_share": "part du 1er client",
    "portfolio_col_hhi": "HHI",
    "portfolio_col_concentration": "concentration",
    "portfolio_col_trend": "tendance",
    "portfolio_col_hhi_change": "variation du HHI",
    "portfolio_col_margin_top1_share": "part du 1er client dans la marge",
    "portfolio_col_margin_hhi": "HHI de la marge",
    "portfolio_col_risk": "risque de baisse de 10 %",
    "portfolio_col_dependence": "dépendance économique",
    "portfolio_col_classes": "classes (fidèles / à potentiel / petits)",
    "portfolio_col_loyal": "clients fidèles",
    "portfolio_col_high_potential": "clients à potentiel",
    "portfolio_col_small": "petits clients",
    "portfolio_col_tiers": "paliers (or / premium / standard)",
    "portfolio_col_gold": "clients or",
    "portfolio_col_premium": "clients premium",
    "portfolio_col_standard": "clients standard",
    "portfolio_col_rows_rejected": "lignes rejetées",
    "portfolio_col_rejected_share": "part des lignes rejetées",
    "portfolio_col_nonpositive": "clients à zéro ou moins",
    "portfolio_col_serious": "alertes sérieuses",
    "portfolio_col_warnings": "alertes sur les données",
    "portfolio_col_report": "rapport",
    "portfolio_sheet": "portefeuille",
    "portfolio_trend_rising": "en hausse",
    "portfolio_trend_falling": "en baisse",
    "portfolio_trend_stable": "stable",
    "portfolio_period": "{start} – {end}",
    "portfolio_rejected": {
        "one": "{count} ligne rejetée ({share})",
        "other": "{count} lignes rejetées ({share})",
    },
    "portfolio_nonpositive": {
        "one": "{count} client à zéro ou moins",
        "other": "{count} clients à zéro ou moins",
    },
    "portfolio_serious": {
        "one": "{count} alerte sérieuse",
        "other": "{count} alertes sérieuses",
    },
    "portfolio_no_warning": "aucune",
    "portfolio_open": "ouvrir",
    "portfolio_none": "–",
}
