"""French wording of the report frame, the front page and the report driver's messages."""

WORDS: dict[str, str] = {
    # hand-over between notebooks (core.interim, core.sections)
    "interim_missing": (
        "Fichier intermédiaire absent : {path}. Exécutez d'abord le notebook {notebook} avec le "
        "même output_dir."
    ),
    "interim_missing_load": (
        "Fichier intermédiaire absent : {path}. Exécutez d'abord le notebook 01_load avec le "
        "même output_dir. / Missing {path}: run notebook 01_load first."
    ),
    "data_unusable": "Les données ne sont pas utilisables : {reasons}",
    "data_unusable_see_controls": "voir les contrôles ci-dessus.",
    "section_missing": (
        "Le notebook {notebook} n'a pas transmis ses chiffres au rapport ({path} absent) : "
        "exécutez-le jusqu'au bout avec le même output_dir, puis relancez le rapport."
    ),
    "section_stale": (
        "Les chiffres du notebook {notebook} ({path}) viennent d'un autre chargement des "
        "données : exécutez-le de nouveau après 01_load avec le même output_dir."
    ),
    "section_incomplete": (
        "Le notebook {notebook} a transmis des chiffres incomplets ({path}) : clés manquantes "
        "{keys}. Exécutez-le de nouveau avec le même output_dir."
    ),
    # report driver
    "report_notebook_kept": "(notebook {notebook} ; notebook exécuté conservé : {kept})",
    "report_notebook_failed": "Le notebook {notebook} a échoué : {ename}: {evalue} {where}",
    "report_kernel_failed": (
        "Le noyau Python du rapport n'a pas pu démarrer ({attempts} essais ; dernière erreur : "
        "{error}). Relancez le rapport ; si cela se reproduit, lancez moins de rapports à la fois "
        "(--workers 1)."
    ),
    # front page: "En bref" (one line or more per section)
    "brief_revenue": "CA HT de la période : {revenue}, réalisé avec {customers} clients.",
    "brief_concentration": (
        "Premier client : {top}, {share} du CA ; {customers} clients font {pareto} % du CA ; "
        "portefeuille {reading} (HHI {hhi})."
    ),
    "brief_dependence_half": " Dépendance économique : un seul client dépasse la moitié du CA.",
    "brief_dependence": " Dépendance économique : un seul client dépasse {share} du CA.",
    "brief_margin": (
        "Marge brute : {margin} ({rate} du CA) ; {customers} clients font {pareto} % de la marge, "
        "le premier étant {top} ({share})."
    ),
    "brief_movers": "Grands clients perdus ou en déclin sur 12 mois : {customers}.",
    "brief_scenarios": (
        "Perdre le premier client coûterait {one} du CA{margin} ; perdre les trois premiers, "
        "{three} du CA."
    ),
    "brief_scenarios_margin": " et {share} de la marge",
    "brief_monte_carlo": (
        "Risque que le CA baisse de plus de 10 % l'an prochain si rien ne change : {chance} "
        "(simulation des départs de clients)."
    ),
}
