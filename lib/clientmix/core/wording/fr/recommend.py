"""French wording of the recommendations (notebook 05_recommend): the executive summary, the
processes per class, effort, sleeping revenue, targets, key-account team and action plan."""

WORDS: dict[str, str] = {
    # configuration and commentary
    "rec_config_target_order": (
        "Dans {config}, recommend.targets.top1_share_3y ({three}) dépasse top1_share_1y ({one}) : "
        "l'objectif à 3 ans doit être au plus celui à 1 an (la part du premier client baisse)."
    ),
    "rec_commentary_outside": (
        "Le commentaire {path} pointe hors du dossier de la mission ({root}) : placez le "
        "fichier lui-même dans ce dossier."
    ),
    "rec_commentary_place": (
        "Commentaire : la section « {title} » ne correspond à aucun endroit du rapport ; "
        "endroits possibles : {places}. Elle est placée après la synthèse."
    ),
    # front page
    "rec_summary_title": "Synthèse",
    "rec_first_actions": "Les trois premières actions",
    "rec_light_red": "À traiter",
    "rec_light_amber": "À surveiller",
    "rec_light_green": "Favorable",
    "rec_commentary_title": "Le mot du consultant",
    # findings
    "rec_f_lost_big_customers": (
        "Grands clients perdus ou en recul ({names}) : {lost} de CA en moins sur 12 mois, "
        "{share} du CA de l'année précédente."
    ),
    "rec_f_revenue_trend_down": "Le CA recule de {change} sur 12 mois ({previous} → {revenue}).",
    "rec_f_revenue_trend_up": "Le CA progresse de {change} sur 12 mois ({previous} → {revenue}).",
    "rec_f_dependence": (
        "Premier client : {top}, {share} du CA ; le portefeuille pèse comme {effective} clients "
        "de même taille."
    ),
    "rec_f_dependence_large": " Comptes trop lourds (au moins {major} du CA) : {names}.",
    "rec_f_sector_dependence": "{share} du CA vient d'un seul secteur, {sector}{growth}.",
    "rec_f_sector_growth": " ({growth} sur 12 mois)",
    "rec_f_effort": (
        "Les clients C ({customers} clients, {revenue} du CA) prennent {effort} du temps passé : "
        "{hours} heures pourraient aller aux clients qui comptent."
    ),
    "rec_f_money_losing_one": "1 client coûte plus qu'il ne rapporte (contribution négative).",
    "rec_f_money_losing": "{count} clients coûtent plus qu'ils ne rapportent (contribution négative).",
    "rec_f_margin_concentration": (
        "{customers} clients font 80 % de la marge brute ({share} des clients)."
    ),
    "rec_f_customers_at_risk": (
        "{customers} clients autrefois réguliers s'éloignent (« à risque », « à ne pas perdre ») : "
        "{share} du CA."
    ),
    "rec_f_net_revenue_retention": (
        "Les clients de l'an dernier achètent cette année {nrr} de ce qu'ils achetaient "
        "(rétention nette du CA)."
    ),
    "rec_f_growth_spread_green": (
        "Croissance de {growth}, bien répartie : {growing} segments sur {segments} progressent "
        "(par {criterion})."
    ),
    "rec_f_growth_spread_amber": (
        "Croissance de {growth}, portée surtout par un segment : {segment} (par {criterion})."
    ),
    "rec_f_growth_spread_red": (
        "Le CA baisse ({growth}) et seuls {growing} segments sur {segments} progressent "
        "(par {criterion})."
    ),
    "rec_f_sleeping_revenue": (
        "{total} de CA dort chez {customers} clients à fort potentiel ({share} du CA)."
    ),
    "rec_f_classes": (
        "{small} petits clients sans potentiel ({customers} des clients) font {small_share} du "
        "CA ; {loyal} clients fidèles en font {loyal_share}."
    ),
    # actions
    "rec_a_understand_losses": (
        "Rencontrer les grands clients perdus ou en recul ({customers}) pour comprendre pourquoi."
    ),
    "rec_a_secure_large_accounts": (
        "Sécuriser les comptes les plus lourds ({customers}) : plan de compte, second "
        "interlocuteur, contrat."
    ),
    "rec_a_share_classes": (
        "Donner à chaque service la classe et le niveau de service de chaque client (clients.xlsx)."
    ),
    "rec_a_collect_effort": (
        "Relever pendant 3 mois le temps passé par client (feuilles de temps, tickets, visites)."
    ),
    "rec_a_move_effort": (
        "Processus d'optimisation pour les petits clients : livrer ce qui est vendu, sans effort "
        "en plus ({hours} heures à réaffecter)."
    ),
    "rec_a_key_account_team": (
        "Nommer un responsable des comptes stratégiques, équipe {structure} ({count} comptes)."
    ),
    "rec_a_seduce_high_potential": (
        "Processus de séduction « zéro erreur » pour les clients à fort potentiel : {customers}."
    ),
    "rec_a_service_tiers": (
        "Lancer l'offre de service gold / premium / standard, en commençant par les clients gold."
    ),
    "rec_a_diversify": (
        "Gagner {new_customers} nouveaux clients ({new_revenue} de CA) dans les segments : "
        "{segments}."
    ),
    "rec_a_quarterly_review": "Revoir chaque trimestre les classes et les niveaux de service.",
    "rec_structure_dedicated": "dédiée",
    "rec_structure_fluid": "fluide",
    "rec_who_owner": "Dirigeant",
    "rec_who_management": "Direction",
    "rec_who_finance": "Finance",
    "rec_who_delivery": "Production / livraison",
    "rec_who_sales": "Commercial",
    "rec_ind_revenue_lost_customers": "CA des clients concernés",
    "rec_ind_top1_share": "Part du premier client",
    "rec_ind_customers_classified": "Clients classés connus de chaque service",
    "rec_ind_customers_with_effort": "Clients avec temps passé relevé",
    "rec_ind_effort_share_small": "Part du temps passé sur les petits clients",
    "rec_ind_strategic_revenue": "CA des comptes stratégiques",
    "rec_ind_revenue_high_potential": "CA des clients à fort potentiel visés",
    "rec_ind_gold_contribution": "Contribution des clients gold",
    "rec_ind_classes_reviewed": "Revues trimestrielles faites",
    # section texts
    "rec_h_summary": "Synthèse pour le dirigeant",
    "rec_h_processes": "Un processus par classe de clients",
    "rec_h_departments": "Chaque service sait qui il sert",
    "rec_h_effort": "Le temps passé face à la valeur",
    "rec_h_sleeping": "Le CA qui dort",
    "rec_h_targets": "Objectifs de diversification",
    "rec_h_team": "L'équipe des comptes stratégiques",
    "rec_h_plan": "Plan d'action, pas à pas",
    "rec_h_methods": "Méthode : les feux de la synthèse",
    "rec_process_loyalty": "fidélisation",
    "rec_process_seduction": "séduction / zéro erreur",
    "rec_process_optimisation": "optimisation",
    "rec_processes_intro": (
        "Chaque classe a son processus (fidélisation, séduction « zéro erreur », optimisation) "
        "et son niveau de service ; un prospect entre comme client « à fort potentiel »."
    ),
    "rec_col_class": "Classe",
    "rec_col_process": "Processus",
    "rec_col_service": "Niveau de service",
    "rec_col_customers": "Clients",
    "rec_col_revenue": "CA",
    "rec_col_revenue_share": "Part du CA",
    "rec_col_margin_share": "Part de la marge",
    "rec_col_main": "Principaux clients",
    "rec_col_department": "Service",
    "rec_col_group": "Groupe",
    "rec_col_hours": "Heures",
    "rec_col_effort_share": "Part du temps",
    "rec_col_contribution_share": "Part de la contribution",
    "rec_col_excess_hours": "Heures au-delà du poids dans le CA",
    "rec_col_customer": "Client",
    "rec_col_reachable": "CA atteignable",
    "rec_col_sleeping": "CA qui dort",
    "rec_col_source": "Estimé par",
    "rec_col_horizon": "Horizon",
    "rec_col_top1_target": "Part du premier client visée",
    "rec_col_new_revenue": "CA nouveau à gagner",
    "rec_col_new_customers": "Nouveaux clients moyens",
    "rec_col_segment": "Segment",
    "rec_col_average": "CA moyen par client",
    "rec_col_level": "Niveau",
    "rec_col_indicator": "Indicateur",
    "rec_col_value": "Valeur actuelle",
    "rec_col_criterion": "Critère",
    "rec_col_met": "Pour une équipe dédiée",
    "rec_source_consultant": "estimation du consultant",
    "rec_source_segment": "quartile haut du segment",
    "rec_source_future_value": "modèle de valeur future",
    "rec_horizon_1y": "1 an",
    "rec_horizon_3y": "3 ans",
    "rec_group_A": "A",
    "rec_group_B": "B",
    "rec_group_C": "C",
    "rec_dept_sales": "Commercial",
    "rec_dept_delivery": "Production / livraison",
    "rec_dept_bids": "Réponses aux appels d'offres",
    "rec_dept_project_management": "Gestion de projet",
    "rec_dept_support": "Support / SAV",
    "rec_dept_finance": "Finance / facturation",
    "rec_dept_sales_loyal": "Visite régulière, revue de compte annuelle, anticiper le renouvellement.",
    "rec_dept_sales_high_potential": (
        "Plan de compte, ventes croisées, présenter les offres en face à face."
    ),
    "rec_dept_sales_small": "Pas de prospection active ; commandes à distance.",
    "rec_dept_delivery_loyal": "Interlocuteur attitré, délais garantis.",
    "rec_dept_delivery_high_potential": "Zéro erreur : double contrôle des livraisons.",
    "rec_dept_delivery_small": "Livrer ce qui est vendu, au standard.",
    "rec_dept_bids_loyal": "Réponse prioritaire, prix de fidélité.",
    "rec_dept_bids_high_potential": "Plus d'énergie dans la réponse, soutenance en face à face.",
    "rec_dept_bids_small": "Réponse standard, sans déplacement.",
    "rec_dept_project_management_loyal": "Chef de projet attitré, comité de suivi.",
    "rec_dept_project_management_high_potential": "Chef de projet expérimenté, points fréquents.",
    "rec_dept_project_management_small": "Projet standard, sans sur-mesure.",
    "rec_dept_support_loyal": "Support prioritaire (niveau gold).",
    "rec_dept_support_high_potential": "Réponse rapide, suivi de satisfaction (niveau premium).",
    "rec_dept_support_small": "Support standard, en ligne d'abord.",
    "rec_dept_finance_loyal": "Suivi de la contribution à la marge, conditions stables.",
    "rec_dept_finance_high_potential": "Suivi du CA gagné face au potentiel.",
    "rec_dept_finance_small": "Facturation groupée, paiement à la commande.",
    "rec_effort_intro": (
        "Temps passé par groupe face à sa part du CA et de la contribution ({hours} heures "
        "relevées{without}). Si les petits clients recevaient du temps à proportion de leur CA, "
        "{movable} heures se libéreraient."
    ),
    "rec_effort_without": " ; {count} clients sans temps relevé",
    "rec_effort_missing": (
        "Le temps passé par client n'est pas connu : l'écart entre l'effort et la valeur ne peut "
        "pas être mesuré. À relever : les heures passées par client sur l'année (feuilles de "
        "temps, tickets de support, visites commerciales), en une colonne « heures passées » "
        "du fichier clients ; et le coût d'une heure, pour la déduire de la contribution à la "
        "marge."
    ),
    "rec_sleeping_intro": (
        "Pour les clients à fort potentiel, l'écart entre leur CA et ce qu'ils pourraient "
        "acheter : {total} au total, {share} du CA, chez {customers} clients."
    ),
    "rec_sleeping_none": "Aucun CA qui dort n'est mesurable chez les clients à fort potentiel.",
    "rec_targets_intro": (
        "Premier client aujourd'hui : {share} du CA. En gardant ce client, il faut {new_1y} de "
        "CA nouveau pour le ramener à {target_1y} dans un an, {new_3y} pour {target_3y} dans "
        "trois ans."
    ),
    "rec_targets_hold": (
        "Premier client : {share} du CA, sous le seuil de {major} : l'objectif est de garder "
        "cet équilibre."
    ),
    "rec_targets_large": " Comptes trop lourds : {names}.",
    "rec_team_dedicated": (
        "Équipe dédiée recommandée pour les {count} comptes stratégiques : un responsable et des "
        "commerciaux attitrés, séparés de la force de vente."
    ),
    "rec_team_fluid": (
        "Équipe fluide recommandée pour les {count} comptes stratégiques : un responsable des "
        "comptes stratégiques au centre, qui mobilise les métiers selon les projets."
    ),
    "rec_team_none": "Aucun client stratégique n'est identifié : pas d'équipe à monter.",
    "rec_crit_accounts": "Nombre de comptes stratégiques ({value} ; dédiée à partir de {min})",
    "rec_crit_needs": "Produits achetés par compte (médiane {value} ; même compétence si 2 ou moins)",
    "rec_crit_needs_unknown": "Besoins des comptes (produits non renseignés)",
    "rec_crit_size": "Taille et force de vente (CA {value}, {sales} ; dédiée à partir de {min} de CA ou de 2 commerciaux par tranche de 10 comptes)",
    "rec_met_yes": "oui",
    "rec_met_no": "non",
    "rec_met_unknown": "inconnu",
    "rec_level_company": "Entreprise",
    "rec_level_manager": "Responsable d'équipe",
    "rec_level_members": "Membres de l'équipe",
    "rec_level_environment": "Environnement",
    "rec_i_strategic_revenue": "CA des comptes stratégiques",
    "rec_i_strategic_share": "Part du CA",
    "rec_i_strategic_margin": "Marge brute des comptes stratégiques",
    "rec_i_strategic_sleeping": "CA qui dort chez eux",
    "rec_i_strategic_growth": "Évolution de leur CA sur 12 mois",
    "rec_i_strategic_accounts_growing": "Part des comptes en croissance",
    "rec_i_net_revenue_retention": "Rétention nette du CA",
    "rec_i_satisfaction": "Satisfaction client (enquête à mener)",
    "rec_i_visits_and_proposals": "Visites et propositions par compte (à relever)",
    "rec_i_markets_growth": "Croissance du CA, tous segments",
    "rec_i_swot_review": "Bilan forces / faiblesses partagé avec le client (à faire)",
    "rec_to_measure": "à mesurer",
    "rec_plan_intro": (
        "Des petits pas, sans arrêter l'entreprise : d'abord informer et réorienter le temps, "
        "puis changer les processus. Le plan est aussi livré en classeur Excel, à suivre en équipe."
    ),
    "plan_step": "Étape",
    "plan_what": "Action",
    "plan_customers": "Clients concernés",
    "plan_who": "Qui",
    "plan_indicator": "Indicateur",
    "plan_current": "Aujourd'hui",
    "plan_target": "Objectif",
    "plan_start": "Début",
    "plan_due": "Échéance",
    "classify_def_plan_step": "Ordre des étapes : les premières ne demandent pas de réorganiser.",
    "classify_def_plan_what": "Ce qu'il faut faire.",
    "classify_def_plan_customers": "Les clients visés (les premiers de la liste).",
    "classify_def_plan_who": "Le service qui porte l'action.",
    "classify_def_plan_indicator": "Ce qu'on mesure pour savoir si l'action marche.",
    "classify_def_plan_current": "La valeur de l'indicateur aujourd'hui, quand les données la donnent.",
    "classify_def_plan_target": "La valeur visée à l'échéance.",
    "classify_def_plan_start": "Date de début.",
    "classify_def_plan_due": "Date d'échéance.",
    "rec_plan_sheet": "Plan d'action",
    "rec_rules_intro": (
        "Chaque ligne de la synthèse vient d'une règle écrite, appliquée aux chiffres du "
        "rapport ; rouge : à traiter, orange : à surveiller, vert : favorable."
    ),
    "rec_rule_lost_big_customers": (
        "Grands clients perdus ou en recul : rouge si un client d'au moins {major} du CA de "
        "l'an dernier est perdu ou si le CA perdu atteint 10 % ; orange à partir de 5 %."
    ),
    "rec_rule_revenue_trend": "Évolution du CA : rouge à -10 % ou moins, orange sous 0, vert sinon.",
    "rec_rule_dependence": (
        "Premier client : rouge à 25 % du CA ou plus (ou dépendance économique), orange à partir "
        "de {major}, vert en dessous."
    ),
    "rec_rule_sector_dependence": "Premier secteur : rouge à 60 % du CA ou plus, orange à 40 %.",
    "rec_rule_effort": (
        "Temps passé sur les clients C : rouge s'il fait 3 fois leur part du CA ou plus (et au "
        "moins 15 % du temps), orange à 2 fois, vert sinon."
    ),
    "rec_rule_money_losing": (
        "Clients à contribution négative : rouge s'ils sont 10 % des clients ou plus, orange sinon."
    ),
    "rec_rule_net_revenue_retention": "Rétention nette du CA : rouge sous 90 %, orange sous 100 %.",
    "rec_rule_customers_at_risk": (
        "Clients « à risque » et « à ne pas perdre » : rouge à 15 % du CA, orange à 5 %."
    ),
    "rec_rule_growth_spread": (
        "Croissance par segment : vert si le CA croît et 3 segments principaux sur 4 progressent "
        "sans qu'un seul porte plus de 60 % de la hausse ; orange si la hausse vient surtout "
        "d'un segment ; rouge si le CA baisse dans la plupart des segments."
    ),
    "rec_rule_margin_concentration": (
        "Marge : rouge si 10 % des clients ou moins font 80 % de la marge, orange à 20 %."
    ),
    "rec_rule_sleeping_revenue": "CA qui dort : orange à partir de 5 % du CA (à aller chercher).",
    "rec_rule_classes": (
        "Classes : orange si les petits clients sont 40 % des clients ou plus pour 10 % du CA ou "
        "moins."
    ),
    # singular forms (count 1; 0 too in French)
    "rec_f_effort_one": "Le client C (1 client, {revenue} du CA) prend {effort} du temps passé : {hours} heures pourraient aller aux clients qui comptent.",
    "rec_f_margin_concentration_one": "1 client fait 80 % de la marge brute ({share} des clients).",
    "rec_f_customers_at_risk_one": "1 client autrefois régulier s'éloigne (« à risque », « à ne pas perdre ») : {share} du CA.",
    "rec_f_sleeping_revenue_one": "{total} de CA dort chez 1 client à fort potentiel ({share} du CA).",
    "rec_f_classes_one": "1 petit client sans potentiel ({customers} des clients) fait {small_share} du CA ; {loyal} clients fidèles en font {loyal_share}.",
    "rec_a_key_account_team_one": "Nommer un responsable du compte stratégique, équipe {structure} (1 compte).",
    "rec_a_diversify_one": "Gagner 1 nouveau client ({new_revenue} de CA) dans les segments : {segments}.",
    "rec_effort_without_one": " ; 1 client sans temps relevé",
    "rec_effort_intro_one": "Temps passé par groupe face à sa part du CA et de la contribution ({hours} heures relevées{without}). Si les petits clients recevaient du temps à proportion de leur CA, {movable} heure se libérerait.",
    "rec_sleeping_intro_one": "Pour les clients à fort potentiel, l'écart entre leur CA et ce qu'ils pourraient acheter : {total} au total, {share} du CA, chez 1 client.",
    "rec_team_dedicated_one": "Équipe dédiée recommandée pour le compte stratégique : un responsable et des commerciaux attitrés, séparés de la force de vente.",
    "rec_team_fluid_one": "Équipe fluide recommandée pour le compte stratégique : un responsable des comptes stratégiques au centre, qui mobilise les métiers selon les projets.",
    "rec_sales_people": "{count} commerciaux",
    "rec_sales_people_one": "1 commercial",
    "rec_sales_unknown": "nombre de commerciaux non renseigné",
    "rec_others": " et {count} autres",
    "rec_others_one": " et 1 autre",
}
