"""French wording of the dependency section (stage 05)."""

WORDS: dict[str, str] = {
    # shared pieces
    "dep_others": "{n} autres",
    "dep_and": " et ",
    "dep_named_value": "**{name}** ({value})",
    "dep_full_stop": ".",
    "dep_what_revenue": "du CA",
    "dep_what_margin": "de la marge brute",
    "dep_level_unconcentrated": "peu concentré",
    "dep_level_moderate": "modérément concentré",
    "dep_level_high": "très concentré",
    "dep_strength_unconcentrated": "faible",
    "dep_strength_moderate": "modérée",
    "dep_strength_high": "forte",
    # concentration verdict and table
    "dep_conc_none": (
        "Aucun client n'a de montant positif sur la période : la concentration ne peut pas "
        "être mesurée."
    ),
    "dep_conc_top": (
        "Votre premier client, **{name}**, représente **{top1}** {what} ; les cinq premiers en "
        "font **{top5}**."
    ),
    "dep_conc_pareto": "**{n80}** clients sur {n} ({share}) font {pareto} {what}.",
    "dep_conc_hhi": (
        "L'indice de concentration HHI vaut **{hhi}** sur 10 000 : portefeuille **{reading}** "
        "({bounds}). Il pèse comme {effective} clients de même taille."
    ),
    "dep_hhi_bounds": (
        "moins de {moderate} : peu concentré ; de {moderate} à {high} : modérément concentré ; "
        "au-delà : très concentré"
    ),
    "dep_conc_dependence": (
        "**Dépendance économique** : {name} pèse à lui seul plus de {dependence} {what}. Son "
        "départ mettrait l'entreprise en danger."
    ),
    "dep_conc_major_one": (
        "Un client pèse {major} {what} ou plus ({standard}) : {listing}. Son départ "
        "désorganiserait l'activité."
    ),
    "dep_conc_major_many": (
        "{n} clients pèsent chacun {major} {what} ou plus ({standard}) : {listing}. Le départ "
        "de l'un d'eux désorganiserait l'activité."
    ),
    # la norme comptable derrière le « grand client » à 10 %, selon la locale
    "dep_standard_ifrs": (
        "seuil à partir duquel la norme IFRS 8 impose à une société cotée de signaler un "
        "client important"
    ),
    "dep_standard_us": (
        "seuil à partir duquel les normes américaines (ASC 280) imposent à une société cotée "
        "de signaler un client important"
    ),
    "dep_conc_major_none": (
        "Aucun client n'atteint {major} {what} : la dépendance à un client isolé est faible."
    ),
    "dep_conc_no_dependence": (
        "Pas de dépendance économique : aucun client ne dépasse {dependence} {what}."
    ),
    "dep_row_customers_for_pareto": "Clients faisant {pct} % du CA",
    "dep_row_major": "Clients à {pct} % du CA ou plus",
    "dep_row_dependence": "Dépendance économique (un client > {pct} %)",
    # margin
    "dep_margin_head": (
        "Sur la marge brute ({margin}, soit {rate} du CA), le premier client est **{name}** "
        "avec **{top1}** de la marge ; **{n80}** clients font {pareto} % de la marge ; "
        "l'indice HHI vaut **{hhi}** ({level})."
    ),
    "dep_margin_majors": {
        "one": "Client à {major} de la marge ou plus : {listing}.",
        "other": "Clients à {major} de la marge ou plus : {listing}.",
    },
    "dep_margin_weak_item": "**{name}** ({share} du CA, {margin_share} de la marge)",
    "dep_margin_weak": (
        "Parmi vos plus gros clients, certains rapportent nettement moins de marge que leur "
        "poids dans le CA : {items}."
    ),
    "dep_margin_strong_item": "**{name}** ({margin_share} de la marge pour {share} du CA)",
    "dep_margin_strong": (
        "À l'inverse, ces clients pèsent plus dans la marge que dans le CA : {items}. Ce sont "
        "eux qu'il faut fidéliser en priorité."
    ),
    "dep_margin_caption": "Les {n} clients qui font le plus de marge brute",
    # top customers
    "dep_top_declining": (
        {
            "one": "Parmi vos {n} premiers clients, {count} est en déclin sur 12 mois : {items}. "
            "C'est le client fragile à aller voir en premier.",
            "other": "Parmi vos {n} premiers clients, {count} sont en déclin sur 12 mois : {items}. "
            "Ce sont les clients fragiles à aller voir en premier.",
        }
    ),
    "dep_top_none_declining": "Aucun de vos {n} premiers clients n'est en déclin sur 12 mois.",
    "dep_top_growing": {
        "one": "{count} est en croissance : {listing}.",
        "other": "{count} sont en croissance : {listing}.",
    },
    "dep_top_fallen_item": (
        "**{name}** ({status} : {previous} l'an passé, {revenue} sur la période)"
    ),
    "dep_top_fallen": (
        "Des grands clients de l'année précédente ont disparu ou fortement reculé : {items}."
    ),
    "dep_top_caption": "Vos {n} premiers clients et leur tendance sur 12 mois",
    "dep_top_caption_fallen": (
        {
            "count": "fallen",
            "one": " ; en bas, {fallen} grand client de l'an passé perdu ou en déclin",
            "other": " ; en bas, {fallen} grands clients de l'an passé perdus ou en déclin",
        }
    ),
    # trend
    "dep_trend_short": (
        "Les données couvrent moins de deux périodes complètes de 12 mois : l'évolution de la "
        "concentration ne peut pas encore être mesurée."
    ),
    "dep_trend_up": "**augmente**",
    "dep_trend_down": "**diminue**",
    "dep_trend_stable": "est **stable**",
    "dep_trend_mixed": "**évolue en sens contraires**",
    # verdict rules, stated for the appendix (dependency.verdicts)
    "dep_rule_sector": (
        "La dépendance à un secteur est jugée sur sa propre échelle : avec {n_example} secteurs, "
        "l'indice HHI ne peut pas descendre sous {floor_example} ; il est donc ramené au nombre "
        "de secteurs, de 0 (CA réparti également) à 10 000 (un seul secteur), puis lu avec les "
        "seuils des clients : sous {moderate} faible, de {moderate} à {high} modérée, au-dessus "
        "de {high} forte. Elle est forte quel que soit l'indice quand le premier secteur fait "
        "{half} du CA ou plus."
    ),
    "dep_rule_trend": (
        "La dépendance n'est dite stable que si, entre la plus ancienne et la plus récente "
        "période de 12 mois, la part du premier client varie de {top1_tolerance} points au plus "
        "et l'indice HHI de {hhi_tolerance} au plus ; sinon elle augmente ou diminue avec les "
        "mesures qui ont bougé, et évolue en sens contraires quand l'une monte et l'autre baisse."
    ),
    "dep_trend_main": (
        "La dépendance {direction} : de {first} à {last}, la part du premier client passe de "
        "**{top1_first}** à **{top1_last}** et l'indice HHI de **{hhi_first}** à "
        "**{hhi_last}**. Sur la même durée, le CA passe de {revenue_first} à {revenue_last} "
        "({change})."
    ),
    "dep_trend_lost": (
        "En {window}, votre premier client était **{name}** ({share} du CA) ; il est "
        "aujourd'hui **{status}**. La concentration baisse d'abord parce que ce client est "
        "parti, pas parce que le portefeuille s'est diversifié."
    ),
    # sectors
    "dep_sector_text": (
        {
            "count": "customers",
            "one": "**Par secteur**, le premier, **{name}**, fait **{top1}** du CA avec {customers} "
            "client. Sur {n} secteurs, l'indice HHI vaut **{hhi}** (au plus bas {floor} avec "
            "{n} secteurs) : la dépendance à un secteur est **{strength}**",
            "other": "**Par secteur**, le premier, **{name}**, fait **{top1}** du CA avec "
            "{customers} clients. Sur {n} secteurs, l'indice HHI vaut **{hhi}** (au plus "
            "bas {floor} avec {n} secteurs) : la dépendance à un secteur est "
            "**{strength}**",
        }
    ),
    "dep_sector_half": (
        " : un ralentissement de ce secteur toucherait plus de la moitié de l'activité."
    ),
    # loss scenarios
    "dep_scen_none": "Pas de scénario de perte à calculer.",
    "dep_scen_first": (
        "Si **{name}** partait, l'entreprise perdrait **{revenue}** de CA ({share})"
    ),
    "dep_scen_first_margin": " et **{margin}** de marge brute ({share} de la marge)",
    "dep_scen_replace": " ; il faudrait gagner **{n}** clients moyens pour compenser.",
    "dep_scen_months": "Cette marge perdue représente **{months}** mois de charges fixes.",
    "dep_scen_together": "Perdre les {n} premiers ensemble coûterait **{share}** du CA",
    "dep_scen_together_margin": " et **{share}** de la marge.",
    "dep_scen_no_fixed": (
        "Les charges fixes n'ont pas été communiquées : l'effet sur le résultat n'est pas "
        "chiffré en mois de charges."
    ),
    "dep_scen_estimated": (
        "Charges fixes estimées à {amount} par an à partir du taux de résultat net indiqué."
    ),
    # Monte Carlo
    "dep_mc_rule_item": "{pct} pour un client {status}",
    "dep_mc_draws": (
        "Nous avons simulé **{draws}** années possibles : chaque client part ou reste au "
        "hasard, avec une probabilité qui dépend de sa tendance ({rule})."
    ),
    "dep_mc_spread": (
        "Dans la moitié des cas, le CA de l'an prochain dépasse **{p50}** (médiane, contre "
        "{base} aujourd'hui) ; une fois sur dix, il tombe sous **{p10}** ; une fois sur dix, "
        "il dépasse {p90}."
    ),
    "dep_mc_drop": (
        "Probabilité que le CA baisse de plus de 10 % : **{drop10}** ; de plus de 20 % : "
        "**{drop20}**."
    ),
    "dep_mc_margin": (
        "Pour la marge brute ({base} aujourd'hui) : médiane {p50}, baisse de plus de 10 % "
        "dans {drop10} des cas, de plus de 20 % dans {drop20}."
    ),
    "dep_mc_caveat": (
        "La simulation ne compte ni les nouveaux clients ni la croissance des clients gardés : "
        "elle mesure le risque de perte, ce n'est pas une prévision de CA."
    ),
    # charts
    "dep_chart_pareto_title": "Courbe de Pareto",
    "dep_chart_hhi": "HHI {hhi}",
    "dep_chart_p10": "P10",
    "dep_chart_p90": "P90",
    "dep_chart_mark": "{name} : {value}",
    # JupyterLab explorers
    "dep_explore_option": "{name} ({cid}) – {revenue}",
    "dep_explore_count": {"one": "{count} client", "other": "{count} clients"},
    "dep_explore_major": "Seuil « grand client » (% du CA)",
    "dep_explore_dependence": "Seuil de dépendance économique (% du CA)",
    "dep_explore_search": "Chercher un client (nom ou code)",
    "dep_explore_pick": "Clients à perdre",
    "dep_explore_chosen": {
        "one": "{count} client choisi : {names}",
        "other": "{count} clients choisis : {names}",
    },
}
