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
        "portefeuille {reading}."
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
    # the PDF (report.pdf)
    "cli_help_report_pdf": (
        "écrit aussi diagnostic.pdf (A4) à côté du HTML (comme « pdf: true » dans engagement.yaml)"
    ),
    "report_pdf_not_bool": "pdf dans {config} doit valoir true ou false (reçu : {value}).",
    "report_pdf_no_weasyprint": (
        "Le PDF n'a pas pu être écrit : le paquet Python weasyprint manque ({reason}). "
        "Installez-le avec « make setup » (ou « .venv/bin/pip install -e . »), puis relancez."
    ),
    "report_pdf_no_pango": (
        "Le PDF n'a pas pu être écrit : la bibliothèque Pango du système manque ({reason}). "
        "Sur Debian ou Ubuntu : « sudo apt-get install {packages} » (ou « make setup-system »), "
        "puis relancez ; sur macOS : « brew install pango »."
    ),
    # appendix "Méthode et données" and its glossary (report.html)
    "appendix_title": "Annexe : méthode et données",
    "appendix_note": (
        "Pour le consultant : le contrôle des fichiers reçus (lignes écartées, choix faits à la "
        "lecture, correspondance des colonnes), les méthodes et les seuils employés, et un "
        "lexique des termes techniques."
    ),
    "glossary": "Lexique",
    "term_hhi": "HHI (indice de Herfindahl-Hirschman)",
    "term_hhi_note": "indice de concentration, de 0 pour un CA très dispersé à 10 000 pour un "
    "seul client",
    "term_hhi_definition": (
        "Somme des carrés des parts de CA des clients, exprimées en % : de 0 (CA réparti sur "
        "une multitude de clients) à 10 000 (un seul client). 10 000 divisé par le HHI donne le "
        "nombre de clients de même taille qui produiraient la même concentration."
    ),
    "term_gini": "Indice de Gini",
    "term_gini_note": "mesure d'inégalité des CA entre clients, de 0 (tous égaux) à 1",
    "term_gini_definition": (
        "Mesure de l'inégalité des CA entre clients, lue sur la courbe de Lorenz : 0 quand tous "
        "les clients font le même CA, proche de 1 quand un seul client fait presque tout."
    ),
    "term_abc": "Classes ABC",
    "term_abc_note": "A : les clients qui font ensemble 80 % du CA ; B : les 15 % suivants ; "
    "C : le reste",
    "term_abc_definition": (
        "Clients rangés du plus gros au plus petit : A rassemble les premiers jusqu'à 80 % du "
        "CA (ou de la marge), B les suivants jusqu'à 95 %, C tous les autres."
    ),
    "term_rfm": "RFM",
    "term_rfm_note": "récence, fréquence, montant : trois notes de 1 à 5 par client",
    "term_rfm_definition": (
        "Récence (date du dernier achat), fréquence (nombre d'achats) et montant (CA) : chaque "
        "client reçoit une note de 1 à 5 sur chacun, par quintiles, et les combinaisons "
        "forment des segments nommés."
    ),
    "term_kmeans": "Groupes (k-means)",
    "term_kmeans_note": "méthode qui regroupe automatiquement les clients qui se ressemblent",
    "term_kmeans_definition": (
        "Méthode statistique qui répartit les clients en groupes de profils proches (CA, "
        "fréquence, ancienneté, récence, marge), chaque client allant au groupe dont le profil "
        "moyen est le plus près du sien."
    ),
    "term_silhouette": "Silhouette",
    "term_silhouette_note": "note de -1 à 1 de la netteté des groupes",
    "term_silhouette_definition": (
        "Note de -1 à 1 : proche de 1 quand chaque client ressemble bien plus à son groupe "
        "qu'aux autres ; sert à choisir le nombre de groupes."
    ),
    "term_bgnbd": "Modèle BG/NBD",
    "term_bgnbd_note": "modèle qui prévoit les achats futurs de chaque client d'après son "
    "rythme passé",
    "term_bgnbd_definition": (
        "Modèle statistique (Beta-Geometric / Negative Binomial) qui estime, pour chaque "
        "client, la probabilité qu'il soit encore actif et le nombre d'achats attendus, d'après "
        "la fréquence et la date de ses achats passés."
    ),
    "term_percentile": "P10, P90",
    "term_percentile_note": "valeur sous laquelle tombent 10 % (P10) ou 90 % (P90) des cas",
    "term_percentile_definition": (
        "Le P10 est la valeur sous laquelle se trouvent 10 % des cas, le P90 celle sous "
        "laquelle se trouvent 90 % des cas ; la médiane est le P50."
    ),
    "term_mc": "Simulation (Monte Carlo)",
    "term_mc_note": "des milliers de tirages au sort des départs de clients",
    "term_mc_definition": (
        "Des milliers d'années futures tirées au sort, chaque client partant ou restant selon "
        "une probabilité liée à son statut ; la répartition des résultats donne le risque."
    ),
}
