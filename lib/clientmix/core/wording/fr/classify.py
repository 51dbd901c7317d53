"""French wording of classification (stage 04)."""

WORDS: dict[str, str] = {
    "classify_abc_text": (
        "**{a_customers}** clients, soit **{a_customer_share}** du portefeuille, font "
        "**{a_share}** du CA (classe A). À l'autre bout, **{c_customers}** clients "
        "(**{c_customer_share}**) ne pèsent que **{c_share}** du CA (classe C) : ce sont eux "
        "qu'il faut servir au plus juste, sans énergie supplémentaire."
    ),
    "classify_customer_share": "Part des clients",
    # crossed ABC matrix
    "classify_abc_revenue": "ABC sur le CA",
    "classify_abc_margin": "ABC sur la marge",
    "classify_matrix_text": (
        "Matrice ABC croisée (CA × marge brute) : **{both_a}** clients sont en A sur les deux "
        "axes ; **{a_not_margin}** clients de la classe A en CA ne sont qu'en B ou C en marge "
        "(gros chiffre, peu de marge) et **{margin_not_a}** clients hors A en CA sont en A en "
        "marge (petits mais rentables)."
    ),
    "classify_matrix_none": (
        "Les coûts ne sont pas connus : pas d'ABC sur la marge ni de matrice croisée. "
        "Ajoutez une colonne de coût direct (invoices.columns.cost) pour les obtenir."
    ),
    # portrait scoring
    "classify_grid_text": (
        "Le score du client idéal (0 à 100) combine **{criteria}** critères en trois groupes "
        "(profil, historique, potentiel), chacun noté par rang centile, par seuils ou par "
        "valeur, et pondéré ; la grille vient {source}."
    ),
    "classify_grid_default": "de la grille par défaut, construite sur les colonnes présentes",
    "classify_grid_config": "de engagement.yaml (scoring)",
    "classify_missing": "Critères laissés de côté, jamais comptés à zéro : {items}.",
    "classify_reason_absent": "colonne absente",
    "classify_reason_empty": "colonne vide",
    "classify_reason_not_numeric": "colonne non numérique sans barème (map)",
    "classify_unmapped": "Valeurs sans note dans le barème de {column} : {values}.",
    "classify_potential_future_value": (
        "L'axe potentiel repose sur le CA attendu des 12 prochains mois (valeur future)."
    ),
    "classify_potential_consultant": (
        "L'axe potentiel repose sur le potentiel estimé par le consultant, avec la croissance "
        "et la récence."
    ),
    "classify_potential_observed": (
        "Aucune donnée de potentiel : l'axe potentiel repose sur le comportement observé "
        "(croissance, récence, étendue de la gamme achetée). Ajoutez une colonne « potentiel » "
        "au fichier clients pour l'affiner."
    ),
    "classify_potential_none": "Aucun critère de potentiel n'a pu être noté.",
    "classify_group_profile": "profil",
    "classify_group_history": "historique",
    "classify_group_potential": "potentiel",
    "classify_how_percentile": "rang centile",
    "classify_how_thresholds": "seuils {cuts}",
    "classify_how_map": "barème par valeur",
    "classify_lower": " (moins = mieux)",
    "classify_h_group": "Groupe",
    "classify_h_criterion": "Critère",
    "classify_h_how": "Notation",
    "classify_h_weight": "Poids",
    "classify_crit_revenue": "CA",
    "classify_crit_gross_margin_rate": "taux de marge",
    "classify_crit_tenure_days": "ancienneté",
    "classify_crit_active_months": "régularité (mois actifs)",
    "classify_crit_effort_rate": "effort par euro de CA",
    "classify_crit_headroom": "potentiel restant (potentiel - CA)",
    "classify_crit_expected_revenue_12m": "CA attendu sur 12 mois",
    "classify_crit_growth": "croissance",
    "classify_crit_recency_days": "récence",
    "classify_crit_products": "produits achetés",
    "classify_crit_bid_success": "taux de succès des offres",
    "classify_crit_win_rate": "taux de succès des offres",
    # KAM classes
    "classify_class_loyal": "fidèles",
    "classify_class_high_potential": "à fort potentiel",
    "classify_class_small": "petits sans potentiel",
    "classify_process_loyal": "processus de fidélisation, dans tous les services",
    "classify_process_high_potential": "processus de séduction, zéro erreur",
    "classify_process_small": "processus d'optimisation : livrer ce qui est vendu, sans plus",
    "classify_h_class": "Classe",
    "classify_h_process": "Processus",
    "classify_classes_text": (
        "Classes de la gestion des comptes clés : fidèles = score de valeur (profil et "
        "historique) d'au moins {value} sur 100 ; à fort potentiel = en dessous, avec un score "
        "de potentiel d'au moins {potential} ; petits sans potentiel = le reste. Les "
        "**{small}** petits clients (**{small_share}** du portefeuille) font **{small_revenue}** "
        "du CA."
    ),
    "classify_strategic_text": (
        "**{strategic}** clients stratégiques (score d'au moins {score} et potentiel d'au "
        "moins {potential}) : ceux avec qui construire une relation durable, qui ne sont pas "
        "les plus gros ({in_top} d'entre eux seulement sont parmi les {top} premiers en CA)."
    ),
    "classify_too_large_text": (
        "Comptes trop gros (au moins {major} du CA, dépendance) : {names}."
    ),
    "classify_too_large_none": ("Aucun compte trop gros : aucun client n'atteint {major} du CA."),
    # tiers
    "classify_tier_gold": "gold",
    "classify_tier_premium": "premium",
    "classify_tier_standard": "standard",
    "classify_h_tier": "Niveau de service",
    "classify_h_tier_revenue": "Niveau selon le CA",
    "classify_h_tier_seniority": "Niveau selon ancienneté et CA",
    "classify_contribution": "Contribution",
    "classify_tiers_text": (
        "Niveaux de service sur la contribution à la marge (CA - coûts directs - coût de "
        "service) : gold = les clients qui font {gold} de la contribution positive, premium "
        "jusqu'à {premium}, standard le reste. **{n_gold}** clients gold font **{gold_share}** "
        "de la contribution."
    ),
    "classify_basis_known": "Coûts directs connus client par client.",
    "classify_basis_flat": "Coûts directs à taux forfaitaire, le même pour tous les clients.",
    "classify_basis_none": "Coûts directs inconnus (comptés à zéro).",
    "classify_basis_effort": " Coût de service : heures passées × {rate} de l'heure.",
    "classify_basis_invoices": " Coût de service : {rate} par ligne de facture.",
    "classify_basis_effort_no_rate": (
        " Les heures passées sont connues mais pas leur coût : indiquez le coût d'une heure "
        "dans les réglages des niveaux de service (engagement.yaml) pour les compter."
    ),
    "classify_equals_revenue": (
        "Sans coûts qui varient d'un client à l'autre, ces niveaux ne font que reprendre le "
        "classement par CA. Des coûts directs par facture, les heures passées par client avec "
        "leur coût horaire ou un coût par facture (réglages des niveaux de service) "
        "changeraient ce classement."
    ),
    "classify_moves_text": (
        "Par rapport au classement par CA (mêmes effectifs par niveau), **{up}** clients "
        "montent et **{down}** descendent ; par rapport au critère « anciens clients à gros "
        "CA », **{seniority}** clients changent de niveau."
    ),
    "classify_money_losing_text": (
        "**{count}** clients perdent de l'argent une fois le coût de service compté "
        "(contribution négative, en standard) : {names}."
    ),
    "classify_money_losing_none": "Aucun client à contribution négative.",
    "classify_move_up": "monte",
    "classify_move_down": "descend",
    "classify_move_same": "=",
    "classify_h_move": "Par rapport au CA",
    # sensitivity
    "classify_sensitivity_text": (
        "Sensibilité : nombre de clients qui changent de classe (ou de niveau) quand un poids "
        "ou un seuil baisse ou monte de {step}. Les décisions les plus fragiles : {fragile}."
    ),
    "classify_kind_weight": "poids",
    "classify_kind_cut": "seuil de classe",
    "classify_kind_tier": "seuil de niveau",
    "classify_cut_value": "score de valeur",
    "classify_cut_potential": "score de potentiel",
    "classify_h_kind": "Réglage",
    "classify_h_setting": "Paramètre",
    "classify_h_value": "Valeur",
    "classify_h_down": "Clients qui changent (-{step})",
    "classify_h_up": "Clients qui changent (+{step})",
    # chart
    "classify_chart_matrix": "Valeur et potentiel de chaque client",
    "classify_chart_matrix_x": "Score de valeur (profil et historique, 0-100)",
    "classify_chart_matrix_y": "Score de potentiel (0-100)",
    # front page
    "classify_brief": (
        "{loyal} clients fidèles font {loyal_share} du CA ; {small} petits clients sans "
        "potentiel ({small_customers}) n'en font que {small_share}. {gold} clients gold font "
        "{gold_share} de la contribution à la marge{losing}."
    ),
    "classify_brief_losing": " ; {count} clients perdent de l'argent",
    # engagement.yaml checks
    "classify_config_order": (
        "{low} ({low_value}) doit être inférieur à {high} ({high_value}) dans {config}."
    ),
    "classify_config_scoring": (
        "« scoring » dans {config} doit être une liste de critères, par ex. "
        "- {{column: revenue, group: history, weight: 2}}."
    ),
    "classify_config_criterion": (
        "{where} dans {config} doit donner au moins « column: » (le nom d'une colonne), "
        "par ex. {{column: workstations, group: profile, weight: 1}}."
    ),
    "classify_config_thresholds": (
        "{where}.thresholds dans {config} doit être une liste de nombres croissants, "
        "par ex. [10, 50, 200]."
    ),
    "classify_config_map": (
        "{where}.map dans {config} doit associer une note de 0 à 100 à chaque valeur, "
        "par ex. {{néophyte: 30, sensible: 70, informaticien: 100}}."
    ),
    "classify_config_choice": (
        "{setting} dans {config} vaut {value} ; valeurs possibles : {choices}."
    ),
    # explorer
    "classify_explore_classes": "Clients par classe",
    # clients.xlsx / clients.csv (texts/workbook.py)
    "classify_sheet_clients": "Clients",
    "classify_sheet_prospects": "Prospects",
    "classify_sheet_readme": "Lisez-moi",
    "classify_h_column": "Colonne",
    "classify_h_definition": "Définition",
    "classify_def_attribute": "Colonne du fichier clients, telle quelle.",
    "classify_col_cost": "Coûts directs",
    "classify_col_credit_notes": "Avoirs",
    "classify_col_tenure_days": "Ancienneté (jours)",
    "classify_col_recency_days": "Jours depuis le dernier achat",
    "classify_col_active_months": "Mois actifs",
    "classify_col_abc_revenue": "ABC CA",
    "classify_col_abc_margin": "ABC marge",
    "classify_col_score_profile": "Score profil",
    "classify_col_score_history": "Score historique",
    "classify_col_score_potential": "Score potentiel",
    "classify_col_score": "Score client idéal",
    "classify_col_kam_class": "Classe",
    "classify_col_strategic": "Stratégique",
    "classify_col_too_large": "Trop gros",
    "classify_col_contribution": "Contribution",
    "classify_col_tier": "Niveau de service",
    "classify_col_money_losing": "Perd de l'argent",
    "classify_col_driver_up": "Point fort",
    "classify_col_driver_down": "Point faible",
    "classify_def_customer_id": "Code du client, tel qu'écrit dans les fichiers (texte).",
    "classify_def_customer_name": "Raison sociale.",
    "classify_def_revenue": "CA HT net des avoirs sur la période d'analyse.",
    "classify_def_cost": "Coûts directs sur la période (vide s'ils ne sont pas connus).",
    "classify_def_gross_margin": "CA - coûts directs, sur la période.",
    "classify_def_gross_margin_rate": "Marge brute / CA.",
    "classify_def_invoices": "Lignes de facture sur la période.",
    "classify_def_credit_notes": "Lignes d'avoir (montant négatif) sur la période.",
    "classify_def_first_date": "Première vente connue.",
    "classify_def_last_date": "Dernière vente jusqu'à la fin de la période.",
    "classify_def_tenure_days": "Jours de la première vente à la fin de la période.",
    "classify_def_recency_days": "Jours de la dernière vente à la fin de la période.",
    "classify_def_active_months": "Mois de la période avec au moins une vente.",
    "classify_def_revenue_prev": "CA HT des 12 mois avant la période.",
    "classify_def_growth": "CA / CA des 12 mois précédents - 1.",
    "classify_def_status": "Tendance : nouveau, stable, en croissance, en baisse, perdu.",
    "classify_def_abc_revenue": "A = les clients qui font 80 % du CA, B jusqu'à 95 %, C le reste.",
    "classify_def_abc_margin": "Même règle sur la marge brute (vide sans coûts).",
    "classify_def_score_profile": "Score 0-100 des critères de profil (taille, secteur...).",
    "classify_def_score_history": "Score 0-100 des critères d'historique (CA, marge, ancienneté, régularité, effort).",
    "classify_def_score_potential": "Score 0-100 des critères de potentiel.",
    "classify_def_score": "Score 0-100 du client idéal, tous critères pondérés.",
    "classify_def_kam_class": "Fidèles, à fort potentiel ou petits sans potentiel.",
    "classify_def_strategic": "Client avec qui construire une relation durable (score et potentiel élevés).",
    "classify_def_too_large": "Compte dont le poids crée une dépendance (au moins le seuil « client majeur » du CA).",
    "classify_def_contribution": "CA - coûts directs - coût de service, sur la période.",
    "classify_def_tier": "Gold, premium ou standard, selon la contribution.",
    "classify_def_money_losing": "Contribution négative.",
    "classify_def_driver_up": "Le critère qui tire le score vers le haut.",
    "classify_def_driver_down": "Le critère qui tire le score vers le bas.",
}
