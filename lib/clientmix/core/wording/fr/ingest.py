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
    "ingest_bad_locale": (
        "locale « {value} » dans {config} : donnez une locale de la langue {language}, par "
        "exemple {examples} (ou retirez la clé : {default} par défaut)."
    ),
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
        {
            "one": "{count} coût illisible dans {path} (colonne « {column} », ligne {rows}...) : la "
            "marge de cette ligne est inconnue.",
            "other": "{count} coûts illisibles dans {path} (colonne « {column} », lignes {rows}...) "
            ": la marge de ces lignes est inconnue.",
        }
    ),
    # invoices: rejected rows (detail column)
    "ingest_reject_empty": "colonne « {header} » vide",
    "ingest_reject_not_date": "colonne « {header} » : « {value} » n'est pas une date",
    "ingest_reject_not_number": "colonne « {header} » : « {value} » n'est pas un nombre",
    # customers file
    "ingest_customers_without_id": (
        {
            "one": "{count} ligne sans code client dans {path} (ligne {rows}) : ignorée.",
            "other": "{count} lignes sans code client dans {path} (lignes {rows}) : ignorées.",
        }
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
        {
            "one": "{count} client facturé absent du fichier clients : {ids}.",
            "other": "{count} clients facturés absents du fichier clients : {ids}.",
        }
    ),
    "ingest_orphan_customers": (
        {
            "one": "{count} client du fichier clients sans aucune facture : {ids}.",
            "other": "{count} clients du fichier clients sans aucune facture : {ids}.",
        }
    ),
    "ingest_nonpositive_customers": (
        {
            "one": "{count} client au CA net nul ou négatif sur la période (avoirs) : {ids}. Il est "
            "exclu des mesures de concentration.",
            "other": "{count} clients au CA net nul ou négatif sur la période (avoirs) : {ids}. Ils "
            "sont exclus des mesures de concentration.",
        }
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
        {
            "one": "{count} ligne en double exact (lignes {rows}) : signalée, gardée dans les "
            "totaux. Supprimez-la du fichier si c'est une erreur d'export.",
            "other": "{count} lignes en double exact (lignes {rows}) : signalées, gardées dans les "
            "totaux. Supprimez-les du fichier si ce sont des erreurs d'export.",
        }
    ),
    "ingest_rows_rejected": (
        {
            "one": "{count} ligne rejetée : {reasons}. Voir le détail ligne par ligne.",
            "other": "{count} lignes rejetées : {reasons}. Voir le détail ligne par ligne.",
        }
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
    # verdict (issue 9)
    "ingest_serious_rejected_rows": (
        "{share} des lignes lues sont rejetées ({rejected} sur {read}), au-delà du seuil de "
        "{limit} (checks.max_rejected_rows dans engagement.yaml) : les chiffres ne portent que "
        "sur les lignes retenues. Corrigez le fichier d'après les raisons des rejets, ou "
        "relevez le seuil si ces rejets sont attendus."
    ),
    "ingest_serious_rejected_revenue": (
        "{amount} de CA HT sont sur des lignes rejetées, soit {share} du CA lu, au-delà du "
        "seuil de {limit} (checks.max_rejected_revenue dans engagement.yaml) : ce CA manque "
        "à tous les chiffres. Corrigez le fichier d'après les raisons des rejets, ou relevez "
        "le seuil si ces rejets sont attendus."
    ),
    "ingest_all_rejected": (
        "Aucune ligne utilisable dans {path} : les {rows} lignes lues sont toutes rejetées. "
        "Corrigez ces valeurs dans le fichier, ou indiquez dans engagement.yaml "
        "(invoices.columns, invoices.sep, invoices.dayfirst...) comment le lire. Les raisons, "
        "avec des exemples :\n{groups}"
    ),
    "ingest_all_rejected_group": {
        "one": "  - {reason} : {count} ligne, par exemple {examples}",
        "other": "  - {reason} : {count} lignes, par exemple {examples}",
    },
    "ingest_all_rejected_example": "{file}, ligne {row} : {detail}",
    "ingest_reason_missing_customer_id": "code client manquant",
    "ingest_reason_bad_date": "date illisible",
    "ingest_reason_bad_amount": "montant illisible",
    "ingest_reason_bad_line": "ligne mal découpée (nombre de colonnes)",
    "ingest_reason_no_customer": "écriture de vente sans compte client",
    "ingest_reason_ambiguous_customer": "écriture de vente aux clients de signes opposés",
    "ingest_brief_serious": "Attention, données à vérifier avant de lire ce rapport : {text}",
    "ingest_serious_heading": "**Avertissements sérieux (à lire avant tout) :**",
    # files (issue 9)
    "ingest_guess_encoding_detected": (
        "encodage détecté : {encoding} (d'après les {count} caractères non ASCII, pris dans "
        "tout le fichier) ; écrire « encoding: {codec} » dans engagement.yaml pour le "
        "confirmer, ou un autre encodage pour l'imposer"
    ),
    "ingest_guess_sheet_cover": (
        "feuille « {sheet} » lue : la première feuille « {first} » n'a pas les colonnes des "
        "données (page de garde ?)"
    ),
    "ingest_warn_other_sheets": (
        "attention : seule la feuille « {sheet} » est lue, mais {others} ont aussi l'air de "
        "données ; écrire « sheet: all » (ou la liste des feuilles) dans engagement.yaml pour "
        "les lire ensemble, ou « sheet: {sheet} » pour n'en lire qu'une"
    ),
    "ingest_guess_sheets_read": "{count} feuilles lues ensemble : {sheets}",
    "ingest_guess_sheets_skipped": (
        "feuilles ignorées car elles n'ont pas les colonnes des données : {sheets}"
    ),
    "ingest_sheets_header_differs": (
        "La feuille « {sheet} » de {path} n'a pas les mêmes colonnes que « {first} » : "
        "{columns} au lieu de {expected}. Harmonisez les en-têtes, ou retirez cette feuille "
        "de « sheet: » dans engagement.yaml."
    ),
    "ingest_sheet_bad_setting": (
        "{setting}.sheet dans {config} doit être un nom de feuille, une liste de noms ou "
        "« all » (reçu : {value})."
    ),
    "ingest_sheet_listed": "« {sheet} » ({columns})",
    "ingest_sheet_no_columns": "vide",
    "ingest_hint_sheets": (
        " Feuilles du classeur et leurs colonnes : {sheets}. Indiquez la feuille des données "
        "avec « sheet: » dans engagement.yaml."
    ),
    "ingest_hint_separator": (
        " La ligne d'en-tête se découpe en colonnes avec le séparateur {shown}, pas avec "
        "{given} : écrivez « sep: {setting} » dans engagement.yaml (ou retirez « sep: » pour "
        "le détecter)."
    ),
    "ingest_path_escaped": (
        "{setting} dans {config} contient un caractère de contrôle ({path}) : entre guillemets "
        "doubles, YAML lit \\ comme un échappement (\\t, \\v...). Écrivez le chemin sans "
        "guillemets, entre guillemets simples ('exports\\ventes.csv') ou avec des / "
        "(exports/ventes.csv)."
    ),
    "ingest_file_sheet": "{path}, feuille « {sheet} »",
    # rows (issue 9)
    "ingest_reject_id_marker": "colonne « {header} » : « {value} » marque une valeur manquante",
    "ingest_scientific_ids": (
        {
            "one": "{count} code client de {path}, colonne « {column} », est écrit en notation "
            "scientifique (ligne {row} : « {value} ») : Excel a arrondi ce code et plusieurs "
            "clients seraient confondus en un seul. Exportez de nouveau le fichier avec la "
            "colonne « {column} » au format Texte.",
            "other": "{count} codes clients de {path}, colonne « {column} », sont écrits en "
            "notation scientifique (ligne {row} : « {value} ») : Excel a arrondi ces codes "
            "et plusieurs clients seraient confondus en un seul. Exportez de nouveau le "
            "fichier avec la colonne « {column} » au format Texte.",
        }
    ),
    "ingest_guess_credit_notes": (
        {
            "count": "credit",
            "one": "colonne « {column} » : {credit} ligne d'avoir, dont {negated} au montant "
            "positif passé en négatif",
            "other": "colonne « {column} » : {credit} lignes d'avoir, dont {negated} au montant "
            "positif passé en négatif",
        }
    ),
    "ingest_unknown_document_types": (
        {
            "one": "{path}, colonne « {column} » : type de document non reconnu : {values}. "
            "Indiquez dans engagement.yaml lesquels sont des avoirs et lesquels des factures "
            ": invoices: document_types: {{credit: [...], invoice: [...]}} (un devis ou une "
            "pro forma n'est pas une vente : retirez ces lignes du fichier).",
            "other": "{path}, colonne « {column} » : types de document non reconnus : {values}. "
            "Indiquez dans engagement.yaml lesquels sont des avoirs et lesquels des "
            "factures : invoices: document_types: {{credit: [...], invoice: [...]}} (un "
            "devis ou une pro forma n'est pas une vente : retirez ces lignes du fichier).",
        }
    ),
    "ingest_guess_totals_skipped": (
        {
            "one": "{count} ligne de total ignorée (ligne {rows}) : {amount} compté ni dans le CA "
            "lu ni dans le CA rejeté",
            "other": "{count} lignes de total ignorées (lignes {rows}) : {amount} comptés ni dans "
            "le CA lu ni dans le CA rejeté",
        }
    ),
    "ingest_guess_currency_blank": (
        {
            "one": "devise : {count} ligne sans devise comptée en {currency}",
            "other": "devise : {count} lignes sans devise comptées en {currency}",
        }
    ),
    "ingest_several_currencies": (
        "{path}, colonne « {column} » : plusieurs devises, qui ne peuvent pas être additionnées "
        ": {currencies}. Donnez dans engagement.yaml le cours de chacune en {currency} "
        "(currency_rates: {{USD: 0.92}} : 1 USD = 0,92 {currency}) ; sans cours : {missing}."
    ),
    "ingest_other_currency": (
        "{path} : les montants sont en {found}, la devise de l'engagement est {currency}. "
        "Écrivez « currency: {found} » dans engagement.yaml, ou donnez le cours "
        "(currency_rates: {{{found}: ...}}) pour convertir en {currency}."
    ),
    "ingest_guess_currency_converted": (
        {
            "one": "devise : {count} ligne en {found} convertie en {currency} au cours de {rate} "
            "(currency_rates)",
            "other": "devise : {count} lignes en {found} converties en {currency} au cours de "
            "{rate} (currency_rates)",
        }
    ),
    "ingest_rows_bad_setting": (
        "« {setting} » dans {config} : {value} n'est pas accepté. Attendu : {expected}."
    ),
    "ingest_rows_expected_rates": (
        "un code de devise et son cours positif, par ex. currency_rates: {USD: 0.92}"
    ),
    "ingest_rows_expected_document_types": (
        "credit et/ou invoice, chacun une liste de valeurs, par ex. "
        "document_types: {credit: [Avoir], invoice: [Facture]}"
    ),
    "ingest_rows_bad_attribute": (
        "« {setting} » (sous « {where} ») dans {config} : ce n'est ni une colonne connue ni un nom d'attribut "
        "valide (minuscules, chiffres et _).{hint} Colonnes connues : {canonical}."
    ),
    "ingest_id_step_strip_leading_zeros": "zéros en tête retirés",
    "ingest_id_step_spaces": "espaces retirés",
    "ingest_id_step_case": "majuscules et minuscules confondues",
    "ingest_guess_ids_normalised": (
        "codes clients de {path} rapprochés des factures ({steps}) : {after} des clients "
        "facturés retrouvés au lieu de {before} (id_normalise: none pour l'interdire)"
    ),
    "ingest_join_serious": (
        "Le fichier clients {path} ne correspond qu'à {share} du CA ({customers} des clients "
        "facturés) : les attributs des clients (secteur...) manquent pour le reste.{hint} "
        "Vérifiez que les codes clients sont écrits de la même façon dans les deux fichiers."
    ),
    "ingest_join_hint": (
        " Cause probable : {steps} (écrivez id_normalise: [strip_leading_zeros, spaces, "
        "case] selon le cas dans engagement.yaml)."
    ),
    # values (issue 9)
    "ingest_bad_na_values": (
        "{setting}.na_values dans {config} : une liste de textes à lire comme des valeurs "
        'manquantes, par ex. « na_values: [n.d., "?"] » (reçu : {value}).'
    ),
    "ingest_typo_dates": (
        "{count} lignes ont une date très éloignée des autres (du {first} au {last}), sans "
        "doute une faute de frappe : lignes {rows}. Gardées dans les totaux mais hors de la "
        "période par défaut ; corrigez-les dans le fichier."
    ),
    "ingest_mark_comma": "virgule",
    "ingest_mark_point": "point",
    "ingest_guess_decimal_borrowed": (
        "colonne « {column} » : des valeurs comme « {example} » ont trois chiffres après le "
        "séparateur ; séparateur décimal pris de la colonne « {source} » ({mark}) : "
        "« {example} » = {value} (decimal: dans engagement.yaml pour trancher autrement)"
    ),
    "ingest_decimal_undecided": (
        "{path}, colonne « {column} » : des valeurs comme « {example} » peuvent valoir {as_comma} "
        "(virgule décimale) ou {as_dot} (point décimal), et aucune valeur du fichier ne tranche. "
        "Indiquez le séparateur décimal sous invoices dans engagement.yaml : "
        '« decimal: "," » ou « decimal: "." ».'
    ),
    "ingest_guess_amount_rounded": (
        "{count} lignes : quantité × prix unitaire tombe entre deux centimes, arrondi au centime "
        "le plus proche (la moitié vers le haut), ex. ligne {row} : {product} → {rounded}"
    ),
    # dates (issue 9)
    "ingest_period_too_long": (
        "La période d'engagement.yaml (du {start} au {end}) couvre {months} mois, plus d'un an : "
        "les chiffres annuels du rapport portent sur toute cette durée. Vérifiez period (les "
        "dates JJ/MM/AAAA sont lues jour en premier)."
    ),
    "ingest_period_after_data": (
        "La période d'engagement.yaml finit le {end}, après la dernière facture du fichier "
        "({last}) : les derniers mois sont vides, ce n'est pas une baisse des ventes."
    ),
    "ingest_dates_mixed_order": (
        "{path}, colonne « {column} » : des dates jour en premier (« {dayfirst} ») et d'autres "
        "mois en premier (« {monthfirst} ») ; pour les autres (05/01/2024), le mois ne peut "
        "pas être connu. Corrigez le fichier, ou choisissez l'ordre avec « dayfirst: true » "
        "(ou false) sous invoices dans engagement.yaml (les dates de l'autre ordre seront rejetées)."
    ),
    # segmentation (stage 03)
    "ingest_segmentation_bad": (
        "segmentation dans {config} : {given} n'est pas un critère lisible. Écrivez une liste "
        "de colonnes, par exemple [sector, {{column: workstations, bins: [0, 10, 50, 200]}}, "
        "it_maturity] (bornes croissantes, ou bins: quantiles)."
    ),
}
