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
        "Un client pèse {major} {what} ou plus (seuil à partir duquel les normes comptables "
        "IFRS 8 imposent de le signaler) : {listing}. Son départ désorganiserait l'activité."
    ),
    "dep_conc_major_many": (
        "{n} clients pèsent chacun {major} {what} ou plus (seuil à partir duquel les normes "
        "comptables IFRS 8 imposent de les signaler) : {listing}. Le départ de l'un d'eux "
        "désorganiserait l'activité."
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
    "dep_margin_majors": "Client(s) à {major} de la marge ou plus : {listing}.",
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
        "Parmi vos {n} premiers clients, {count} sont en déclin sur 12 mois : {items}. Ce sont "
        "les clients fragiles à aller voir en premier."
    ),
    "dep_top_none_declining": "Aucun de vos {n} premiers clients n'est en déclin sur 12 mois.",
    "dep_top_growing": "{count} sont en croissance : {listing}.",
    "dep_top_fallen_item": (
        "**{name}** ({status} : {previous} l'an passé, {revenue} sur la période)"
    ),
    "dep_top_fallen": (
        "Des grands clients de l'année précédente ont disparu ou fortement reculé : {items}."
    ),
    "dep_top_caption": "Vos {n} premiers clients et leur tendance sur 12 mois",
    "dep_top_caption_fallen": (
        " ; en bas, {fallen} grand(s) client(s) de l'an passé perdu(s) ou en déclin"
    ),
    # trend
    "dep_trend_short": (
        "Les données couvrent moins de deux périodes complètes de 12 mois : l'évolution de la "
        "concentration ne peut pas encore être mesurée."
    ),
    "dep_trend_up": "**augmente**",
    "dep_trend_down": "**diminue**",
    "dep_trend_stable": "est **stable**",
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
        "**Par secteur**, le premier, **{name}**, fait **{top1}** du CA avec {customers} "
        "clients. Sur {n} secteurs, l'indice HHI vaut **{hhi}** : la dépendance à un secteur "
        "est **{strength}**"
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
    "dep_explore_count": "{n} clients",
    "dep_explore_major": "Clients %",
    "dep_explore_dependence": "Dépendance économique %",
}
