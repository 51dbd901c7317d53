"""Wording française de la valeur future (étape value : BG/NBD et Gamma-Gamma)."""

WORDS: dict[str, str] = {
    "value_left_out_no_purchases": (
        "Le modèle de valeur future n'est pas présenté : aucun achat avant le {date} "
        "(future_value.calibration_end dans engagement.yaml)."
    ),
    "value_left_out_too_few_repeat": (
        "Le modèle de valeur future n'est pas présenté : seuls **{repeat}** clients ont "
        "racheté avant le {date}, il en faut au moins {minimum} pour estimer le modèle de façon "
        "fiable. Allongez l'historique des ventes ou avancez future_value.calibration_end."
    ),
    "value_left_out_not_converged": (
        "Le modèle de valeur future n'est pas présenté : son ajustement sur les achats "
        "jusqu'au {date} n'a pas convergé ({customers} clients), ses prévisions ne seraient pas "
        "fiables."
    ),
    "value_summary": (
        "D'après le modèle BG/NBD ajusté sur les achats jusqu'au {date} ({customers} clients, "
        "un achat = un jour d'achat), les **{base}** clients du portefeuille devraient passer "
        "**{purchases}** commandes dans les 12 prochains mois{revenue}."
    ),
    "value_summary_revenue": (
        ", pour un CA attendu de **{expected}**, contre **{current}** sur la période ({change})"
    ),
    "value_no_spend": (
        " Le montant par achat n'a pas pu être modélisé (modèle Gamma-Gamma non convergé) : "
        "le CA attendu n'est pas chiffré."
    ),
    "value_spend_dependence": (
        " Attention : fréquence d'achat et panier moyen sont liés (corrélation {correlation}), "
        "alors que le modèle de panier les suppose indépendants ; le CA attendu est à lire "
        "comme un ordre de grandeur."
    ),
    "value_lost_big": (
        "Grands clients (CA de la période et des 12 mois précédents) probablement perdus "
        "(probabilité d'être encore actifs sous {threshold}) "
        ": {customers}."
    ),
    "value_lost_big_none": (
        "Aucun des {top} plus grands clients n'a une probabilité d'être encore actif sous "
        "{threshold}."
    ),
    "value_backtest": (
        "Contrôle : ajusté jusqu'au {start}, le modèle prévoyait **{predicted}** achats du "
        "{start} au {end} ; il y en a eu **{actual}** ({gap})."
    ),
    "value_horizon": "Valeur sur {weeks} semaines (actualisée à {rate} par an)",
    "p_alive": "Probabilité d'être actif",
    "expected_purchases_12m": "Achats attendus (12 mois)",
    "expected_revenue_12m": "CA attendu (12 mois)",
    "chart_value_alive": "Probabilité d'être encore actif selon l'ancienneté du dernier achat",
    "chart_value_alive_x": "Semaines depuis le dernier achat",
    "chart_value_backtest": "Achats par client après le calibrage : prévus et réels",
    "chart_value_backtest_x": "Achats répétés pendant le calibrage",
    "chart_value_backtest_y": "Achats par client",
    "value_predicted": "Prévus",
    "value_actual": "Réels",
    "brief_value": (
        "Valeur future : {purchases} commandes attendues dans les 12 prochains mois{revenue}."
    ),
    "brief_value_revenue": ", soit {expected} de CA ({change} par rapport à la période)",
}
