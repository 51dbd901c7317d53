"""French wording of the revenue bridge, retention and churn (stage "retention", 03_segment)."""

WORDS: dict[str, str] = {
    # the bridge
    "retention_heading": "D'où vient l'évolution du CA : clients perdus, en baisse, en hausse, nouveaux",
    "retention_step_previous": "CA des 12 mois précédents",
    "retention_step_lost": "Clients perdus",
    "retention_step_declining": "Clients en baisse",
    "retention_step_growing": "Clients en hausse",
    "retention_step_new": "Nouveaux clients",
    "retention_step_revenue": "CA de la période",
    "retention_step": "Étape",
    "retention_amount": "Montant",
    "retention_customers": "Clients",
    "retention_names": "Principaux clients",
    "retention_n_customers": {
        "one": "{count} client",
        "other": "{count} clients",
    },
    "retention_returning_mark": "{name} (revenu)",
    "retention_bridge_caption": (
        "Du CA des 12 mois précédents au CA de la période, client par client (avoirs compris)"
    ),
    "retention_bridge_text": (
        "Sur 12 mois, le CA passe de {previous} à {revenue}. Les clients perdus retirent "
        "{lost} ({lost_customers}), les clients en baisse {declining} ({declining_customers}) ; "
        "les clients en hausse ajoutent {growing} ({growing_customers}) et les nouveaux "
        "clients {new} ({new_customers})."
    ),
    "retention_bridge_biggest": " Le plus gros mouvement : {name}, {amount} ({step}).",
    "retention_n_returning": {
        "one": (
            " Parmi les nouveaux clients, {count} avait déjà acheté avant les 12 mois précédents : "
            "il revient après une pause."
        ),
        "other": (
            " Parmi les nouveaux clients, {count} avaient déjà acheté avant les 12 mois "
            "précédents : ils reviennent après une pause."
        ),
    },
    "retention_step_word_lost": "client perdu",
    "retention_step_word_declining": "client en baisse",
    "retention_step_word_growing": "client en hausse",
    "retention_step_word_new": "nouveau client",
    "retention_segment_caption": "D'où vient l'évolution du CA, par {name}",
    "retention_tier_caption": (
        "D'où vient l'évolution du CA, par niveau de service (niveaux des clients facturés "
        "sur la période ; les clients perdus à part)"
    ),
    "retention_tier_lost": "clients perdus",
    "retention_tier": "Niveau",
    "retention_column_lost": "Perdus",
    "retention_column_declining": "En baisse",
    "retention_column_growing": "En hausse",
    "retention_column_new": "Nouveaux",
    "retention_column_previous": "CA 12 mois précédents",
    "retention_column_revenue": "CA de la période",
    # the rates
    "retention_no_previous": (
        "Aucun client n'a été facturé dans les 12 mois précédant la période (ou les données ne "
        "les couvrent pas) : pas de taux de rétention."
    ),
    "retention_customer_rate": (
        "**Rétention des clients : {rate}.** Sur {previous} des 12 mois précédents, {kept} "
        "sur la période."
    ),
    "retention_n_kept": {
        "one": "{count} est encore facturé",
        "other": "{count} sont encore facturés",
    },
    "retention_gross_rate": (
        "**Rétention brute du CA : {rate}.** Sans nouveaux clients et sans la hausse de "
        "certains, il resterait {kept} des {previous} facturés à ces clients l'an dernier."
    ),
    "retention_net_rate": (
        "**Rétention nette du CA : {rate}.** Avec leurs hausses et leurs baisses, les clients "
        "de l'an dernier font {revenue} sur la période, contre {previous} l'an dernier."
    ),
    "retention_year_before": (
        "Un an plus tôt ({year}) : rétention des clients {customers}, rétention brute du CA "
        "{gross}, rétention nette {net}."
    ),
    "retention_yearly_caption": "Évolution et rétention, année par année (12 mois glissants)",
    "retention_year": "Année",
    "customer_retention": "Rétention des clients",
    "gross_revenue_retention": "Rétention brute du CA",
    "net_revenue_retention": "Rétention nette du CA",
    # who leaves
    "retention_churn_overall": (
        "Sur {previous} de l'an dernier, {lost} ({churn} des clients, {revenue_churn} de leur CA)."
    ),
    "retention_n_left": {
        "one": "{count} est parti",
        "other": "{count} sont partis",
    },
    "retention_lost_none": "aucun n'est parti",
    "retention_churn_most": (
        "Par {criterion}, le segment qui perd le plus de CA est **{segment}** : {lost} sur "
        "{previous} ({share}), avec {lost_customers} sur {customers}."
    ),
    "retention_n_lost_customers": {
        "one": "{count} client perdu",
        "other": "{count} clients perdus",
    },
    "retention_churn_no_loss": "Par {criterion}, aucun segment n'a perdu de client.",
    "retention_churn_significant": (
        " Perdent significativement plus de clients que le reste du portefeuille : {groups}."
    ),
    "retention_churn_not_significant": (
        " Aucun segment ne perd significativement plus de clients que le reste du portefeuille."
    ),
    "retention_churn_groups_significant": (
        "Par taille, ancienneté et classe ABC, perdent significativement plus de clients : "
        "{groups}."
    ),
    "retention_churn_groups_none": (
        "Par taille, ancienneté et classe ABC, aucun groupe ne perd significativement plus de "
        "clients que le reste du portefeuille."
    ),
    "retention_churn_rule": (
        "Significatif : test exact de Fisher unilatéral (p < {alpha}) et au moins {minimum} "
        "clients perdus dans le groupe, pour qu'un départ sur trois clients ne passe pas pour "
        "une tendance."
    ),
    "retention_group_of": "{group} ({criterion})",
    "retention_churn_caption": "Clients et CA perdus, par {name}",
    "retention_churn_size_caption": "Clients et CA perdus, par taille (CA des 12 mois précédents)",
    "retention_churn_tenure_caption": (
        "Clients et CA perdus, par ancienneté (depuis la première facture des données)"
    ),
    "retention_churn_abc_caption": (
        "Clients et CA perdus, par classe ABC du CA des 12 mois précédents"
    ),
    "retention_size": "taille",
    "retention_tenure": "ancienneté",
    "retention_abc": "classe ABC",
    "retention_tenure_0": "moins d'un an",
    "retention_tenure_1": "1 à 2 ans",
    "retention_tenure_2": "2 à 5 ans",
    "retention_tenure_3": "5 ans et plus",
    "retention_abc_group": "classe {group}",
    "retention_group": "Groupe",
    "customers_previous": "Clients l'an dernier",
    "customers_lost": "Clients perdus",
    "customer_churn": "Part des clients perdue",
    "revenue_lost": "CA perdu",
    "revenue_churn": "Part du CA perdue",
    "retention_significant": "Significatif",
    # lost against kept
    "retention_profile_caption": (
        "Clients perdus et clients gardés : profil médian sur les 12 mois précédents"
    ),
    "retention_feature": "Indicateur",
    "retention_lost": "Clients perdus",
    "retention_kept": "Clients gardés",
    "retention_gap": "Écart",
    "retention_feature_tenure_years": "Ancienneté (années, depuis le début des données)",
    "retention_feature_purchase_days": "Jours d'achat dans l'année",
    "retention_feature_average_ticket": "Panier moyen (CA par jour d'achat)",
    "retention_feature_margin_rate": "Taux de marge",
    "retention_feature_products": "Nombre de produits ou services achetés",
    "retention_profile_none": (
        "Aucun client de l'an dernier n'est parti : pas de profil des clients perdus à comparer."
    ),
    # cohorts
    "retention_cohort_text": (
        "Clients regroupés par année de leur premier achat : part de chaque groupe qui achète "
        "encore chaque année (CA net positif) et CA apporté. La première ligne regroupe tous "
        "les clients déjà présents au début des données."
    ),
    "retention_cohort_first": "déjà là en {window}",
    "retention_cohort_caption": "CA apporté par chaque groupe de clients, année par année",
    "retention_cohort": "Premier achat",
    "chart_retention_bridge": "Du CA des 12 mois précédents au CA de la période",
    "chart_retention_cohorts": "Part des clients de chaque année d'arrivée qui achètent encore",
    # front page
    "brief_retention_bridge": (
        "Évolution du CA sur 12 mois : de {previous} à {revenue} ; clients perdus {lost}, "
        "en baisse {declining}, en hausse {growing}, nouveaux {new}.{biggest}"
    ),
    "brief_retention_biggest": " Plus gros départ : {name} ({amount}).",
    "brief_retention_rates": (
        "Rétention : {customers} des clients de l'an dernier encore facturés ; CA gardé "
        "{gross} (brut), {net} avec leur croissance (net)."
    ),
    "brief_retention_segment": (
        "Par {criterion}, le segment qui perd le plus de CA : {segment} ({lost})."
    ),
}
