"""French wording of the data received (stage 01): engagement.yaml, readers, loading, FEC; its errors and its report section."""

WORDS: dict[str, str] = {
    # engagement.yaml: finding and reading it (language not known yet: bilingual or French)
    "ingest_folder_not_found": (
        "Dossier de mission introuvable : {path}. / Engagement folder not found: {path}."
    ),
    "ingest_no_config": (
        "Pas de {name} dans {path} (fichiers présents : {files}). Créez-le en suivant "
        "l'exemple du README. / No {name} in {path}: create one as shown in the README."
    ),
    "ingest_config_unreadable": (
        "Impossible de lire {config} ({reason}). / Cannot read {config} ({reason})."
    ),
    "ingest_yaml_syntax": (
        "Erreur de syntaxe YAML dans {config}{where} : {problem}. Vérifiez l'indentation et "
        "les deux-points (« clé: valeur »)."
    ),
    "ingest_yaml_where": " ligne {line}, colonne {column}",
    "ingest_config_not_mapping": (
        "{config} doit contenir des clés « name: », « company: », « invoices: »... (voir "
        "l'exemple du README)."
    ),
    "ingest_bad_language": "language « {value} » dans {config} : utilisez fr ou en.",
    # engagement.yaml: its keys and values
    "ingest_quoted": "« {name} »",
    "ingest_unknown_key": "Clé inconnue « {setting} » dans {where} de {config}.{hint}",
    "ingest_key_did_you_mean": " Vouliez-vous dire « {hint} » ?",
    "ingest_key_known": " Clés possibles : {keys}.",
    "ingest_name_missing": (
        "{config} ne donne pas de « name: » et le nom du dossier « {folder} » ne peut pas "
        "nommer le rapport. Ajoutez par exemple « name: acme » (lettres, chiffres, « - » et "
        "« _ »)."
    ),
    "ingest_bad_name": (
        "name « {name} » dans {config} : n'utilisez que lettres, chiffres, « - » et « _ » (il "
        "nomme le dossier du rapport)."
    ),
    "ingest_no_invoices": (
        "{config} ne dit pas où sont les ventes : ajoutez « invoices: » avec "
        "« path: ventes.csv » (par exemple)."
    ),
    "ingest_period_not_mapping": (
        "period dans {config} s'écrit « {{start: 2024-01-01, end: 2024-12-31}} »."
    ),
    "ingest_period_reversed": (
        "period dans {config} : le début ({start}) est après la fin ({end})."
    ),
    "ingest_bad_date": (
        "Date illisible pour {setting} dans {config} : {value}. Écrivez AAAA-MM-JJ, par exemple "
        "2024-12-31."
    ),
    "ingest_section_not_mapping": (
        "« {setting} » dans {config} doit être une liste de clés (par ex. {example}: ...)."
    ),
    "ingest_bad_number": (
        "{setting} dans {config} doit être {kind} {range}, sans espace ni unité (reçu : {value})."
    ),
    "ingest_number": "un nombre",
    "ingest_whole_number": "un nombre entier",
    "ingest_number_between": "entre {low} et {high}",
    "ingest_number_at_least": "supérieur ou égal à {low}",
    # engagement.yaml: one input file (invoices, customers)
    "ingest_source_no_path": (
        "« {setting} » dans {config} doit donner au moins « path: » (le fichier à lire)."
    ),
    "ingest_path_not_text": "{setting} doit être un nom de fichier dans {config} (reçu : {value}).",
    "ingest_path_outside": (
        "{setting} « {path} » dans {config} sort du dossier de la mission {root}. Placez le "
        "fichier dans ce dossier et donnez un chemin relatif."
    ),
    "ingest_bad_format": (
        "{setting}.format « {value} » inconnu dans {config}. Formats possibles : {formats}."
    ),
    "ingest_columns_not_mapping": (
        "{setting}.columns dans {config} doit associer un nom canonique à un nom de colonne du "
        "fichier, par exemple « customer_id: Code client »."
    ),
    "ingest_dayfirst_not_bool": (
        "{setting}.dayfirst dans {config} doit valoir true ou false (reçu : {value})."
    ),
    "ingest_bad_decimal": '{setting}.decimal dans {config} doit valoir "," ou "." (reçu : {value}).',
    # the files: checks before reading
    "ingest_file_not_found": (
        "Fichier introuvable : {path} ({what}.path dans engagement.yaml).\n"
        "Fichiers présents dans {folder} : {files}"
    ),
    "ingest_no_files": "aucun",
    "ingest_path_is_folder": "{path} est un dossier : {what}.path doit nommer un fichier.",
    "ingest_file_unreadable": (
        "Impossible de lire {path} ({reason}). Vérifiez les droits du fichier."
    ),
    "ingest_file_empty": "{path} est vide (0 octet). Exportez à nouveau le fichier.",
    "ingest_header_only": (
        "{path} ne contient que l'en-tête ({columns}) et aucune ligne de données. Exportez "
        "une période qui contient des factures."
    ),
    # the files: text (CSV)
    "ingest_unknown_encoding": (
        "Encodage « {encoding} » inconnu pour {path}. Essayez utf-8, cp1252 ou latin-1."
    ),
    "ingest_wrong_encoding": (
        "{path} ne se lit pas en {encoding} (ligne {line}, octet {byte}). Retirez "
        "« encoding: » de engagement.yaml pour le détecter, ou essayez cp1252."
    ),
    "ingest_binary_file": (
        "{path} n'est pas un fichier texte lisible (contenu binaire). Exportez les ventes en "
        "CSV ou en Excel (.xlsx)."
    ),
    "ingest_control_characters": (
        "{path} n'est pas un fichier texte lisible ({count} caractères de contrôle dans les "
        "premiers caractères). Exportez les ventes en CSV ou en Excel (.xlsx)."
    ),
    "ingest_text_empty": (
        "{path} est vide. Exportez à nouveau les ventes depuis le logiciel de facturation."
    ),
    "ingest_text_no_rows": "{path} est vide.",
    "ingest_cannot_split": (
        "{path} ne se découpe pas en colonnes ({error}). Vérifiez le séparateur (« sep: » "
        "dans engagement.yaml)."
    ),
    "ingest_too_many_fields": "{fields} champs au lieu de {width} (séparateur dans une valeur ?)",
    "ingest_guess_encoding": "encodage détecté : {encoding}",
    "ingest_guess_title_lines": (
        "en-tête trouvé à la ligne {line} (lignes de titre au-dessus ignorées)"
    ),
    "ingest_guess_separator": "séparateur détecté : {separator}",
    "ingest_separator_tab": "tabulation",
    "ingest_separator_shown": "« {separator} »",
    # the files: Excel, Parquet
    "ingest_sheet_not_found": (
        "Feuille « {sheet} » introuvable dans {path}. Feuilles présentes : {sheets}. Corrigez "
        "« sheet: » dans engagement.yaml."
    ),
    "ingest_bad_excel": (
        "{path} n'est pas un classeur Excel lisible ({error}). Ouvrez-le dans Excel et "
        "enregistrez-le en .xlsx."
    ),
    "ingest_guess_header_line": "en-tête trouvé à la ligne {line}",
    "ingest_bad_parquet": "{path} n'est pas un fichier Parquet lisible ({error}).",
    # columns
    "ingest_column_not_found": (
        "Colonne « {header} » introuvable dans {path} ({what}.columns.{canonical} dans "
        "engagement.yaml).{closest} Colonnes présentes : {headers}."
    ),
    "ingest_closest": " La plus proche : « {header} ».",
    "ingest_required_column": (
        "Colonne obligatoire {canonical} absente de {path}.{closest} Colonnes présentes : "
        "{headers}. Indiquez-la dans engagement.yaml, par exemple « {what}: {{columns: "
        "{{{canonical}: NomDeLaColonne}}}} »."
    ),
    "ingest_closest_to": " La plus proche de « {hint} » : « {header} ».",
    "ingest_column_matched": "{what} : colonne « {header} » reconnue comme {canonical}",
    # invoices: values
    "ingest_ambiguous_dates": (
        "Dates ambiguës dans {path} (colonne « {column} ») : aucun jour n'y dépasse 12, elles "
        "ont été lues en jj/mm/aaaa. Confirmez avec « dayfirst: true » (ou false) sous "
        "invoices dans engagement.yaml."
    ),
    "ingest_guess_date_layout": "format de date : {layout}",
    "ingest_dayfirst_contradicted": (
        "Les dates de {path} (colonne « {column} ») ne se lisent pas avec « dayfirst: {given} » "
        "(ligne {row} : « {value} »). Mettez « dayfirst: {other} » dans engagement.yaml."
    ),
    "ingest_guess_decimal_comma": "séparateur décimal : virgule",
    "ingest_guess_decimal_point": "séparateur décimal : point",
    "ingest_guess_amount_product": "montant = {quantity} × {unit_price}",
    "ingest_unreadable_costs": (
        "{count} coût(s) illisible(s) dans {path} (colonne « {column} », lignes {rows}...) : "
        "la marge de ces lignes est inconnue."
    ),
    # invoices: rejected rows (detail column)
    "ingest_reject_empty": "colonne « {header} » vide",
    "ingest_reject_not_date": "colonne « {header} » : « {value} » n'est pas une date",
    "ingest_reject_not_number": "colonne « {header} » : « {value} » n'est pas un nombre",
    # customers file
    "ingest_customers_without_id": (
        "{count} ligne(s) sans code client dans {path} (lignes {rows}) : ignorées."
    ),
    "ingest_customers_repeated_ids": (
        "Codes client en double dans {path} : {ids}. La première ligne de chaque code est gardée."
    ),
    "ingest_loss_probability_percent": (
        "Probabilités de perte > 1 dans {path} : lues comme des pourcentages."
    ),
    "ingest_guess_customers": "customers : {guess}",
    # FEC (accounting export) as the sales
    "ingest_fec_left_out": "Écritures du FEC laissées de côté pour le CA : {parts}.",
    "ingest_fec_revenue_gap": (
        "Écart entre le CA des comptes 70 du FEC et le CA attribué aux clients : {gap} (voir "
        "le détail des écritures rejetées)."
    ),
    # the engagement as a whole
    "ingest_bad_cost_rate": (
        "finance.cost_rate dans {config} doit être une fraction du CA entre 0 et 1, par "
        "exemple 0.62 (reçu : {value})."
    ),
    "ingest_guess_cost_rate": ("coût direct estimé à {percent}\u00a0% du CA (finance.cost_rate)"),
    "ingest_no_usable_row": (
        "Aucune ligne utilisable dans {path} : les {rows} lignes lues sont rejetées (voir la "
        "raison de chacune avec clientmix validate)."
    ),
    "ingest_missing_customers": (
        "{count} client(s) facturé(s) absent(s) du fichier clients : {ids}."
    ),
    "ingest_orphan_customers": (
        "{count} client(s) du fichier clients sans aucune facture : {ids}."
    ),
    "ingest_nonpositive_customers": (
        "{count} client(s) au CA net nul ou négatif sur la période (avoirs) : {ids}. Ils sont "
        "exclus des mesures de concentration."
    ),
    "ingest_day_format": "%d/%m/%Y",
    "ingest_no_invoice_in_period": (
        "Aucune facture entre le {start} et le {end} : vérifiez « period » dans "
        "engagement.yaml (les factures vont du {first} au {last})."
    ),
    "ingest_no_positive_revenue": (
        "Le CA net de la période est nul ou négatif pour tous les clients."
    ),
    "ingest_duplicates": (
        "{count} ligne(s) en double exact (lignes {rows}) : signalées, gardées dans les "
        "totaux. Supprimez-les du fichier si ce sont des erreurs d'export."
    ),
    "ingest_rows_rejected": (
        "{count} ligne(s) rejetée(s) : {reasons}. Voir le détail ligne par ligne."
    ),
    # report section "Les données reçues" (notebook 01_load)
    "ingest_summary_rows": (
        "Nous avons lu **{read}** lignes de ventes ; **{used}** sont retenues et "
        "**{rejected}** rejetées (détail ci-dessous)."
    ),
    "ingest_summary_period": (
        "L'analyse porte sur la période du **{start}** au **{end}** : **{revenue}** de "
        "chiffre d'affaires HT, avoirs déduits, réalisés avec **{customers}** clients."
    ),
    "ingest_summary_outside": (
        "{rows} lignes hors de cette période servent à mesurer l'ancienneté et l'évolution "
        "des clients."
    ),
    "ingest_no_rejected_row": "Aucune ligne rejetée.",
    "ingest_rejected_caption": "{count} lignes rejetées :",
    "ingest_rejected_caption_first": "{count} lignes rejetées, les {n} premières :",
    "ingest_inferred": "**Ce que nous avons déduit des fichiers :**",
    "ingest_points_to_check": "**Points d'attention :**",
    "ingest_nothing_to_report": "Rien à signaler sur la lecture des fichiers.",
}
