"""French wording of the FEC reader (accounting export): its checks and errors."""

WORDS: dict[str, str] = {
    # reading the file
    "fec_not_found": "Fichier FEC introuvable : {path}.",
    "fec_empty": "Le fichier FEC {path} est vide. Demandez au cabinet comptable un nouvel export.",
    "fec_malformed": (
        "Le fichier FEC {path} est mal formé ({error}). Une ligne a plus de colonnes que "
        "l'en-tête : demandez au cabinet comptable un nouvel export."
    ),
    "fec_bad_encoding": (
        "Le fichier {path} ne se lit pas avec l'encodage {encoding} ({reason}). "
        "Retirez l'encodage imposé pour le laisser détecter."
    ),
    "fec_encoding_detected": "Encodage détecté : {encoding}.",
    "fec_sep_tab": "tabulation",
    "fec_sep_pipe": "barre verticale |",
    "fec_sep_semicolon": "point-virgule ;",
    "fec_separator": "Séparateur : {separator}.",
    "fec_semicolon_not_regulatory": (
        "Le séparateur point-virgule n'est pas réglementaire pour un FEC (tabulation ou |)."
    ),
    "fec_no_columns": "(aucune)",
    "fec_missing_columns": (
        "Le fichier {path} n'a pas les colonnes FEC obligatoires {missing}. "
        "Colonnes trouvées (séparateur {separator}) : {found}. "
        "Vérifiez qu'il s'agit bien du FEC et demandez au cabinet comptable un export "
        "conforme (18 colonnes, JournalCode ... Idevise)."
    ),
    "fec_columns_absent": "Colonnes FEC absentes (non bloquant) : {columns}.",
    "fec_amounts_debit_credit": "Montants : colonnes Debit et Credit.",
    "fec_amounts_montant_sens": "Montants : une colonne Montant et une colonne Sens (D/C).",
    "fec_fallback_reading": "Lecture de secours (lignes de longueur irrégulière) : plus lente.",
    # entry lines
    "fec_bad_cost_rate": (
        "Taux de coût {rate} invalide : une fraction entre 0 et 1 est attendue (0.6 pour 60 %)."
    ),
    "fec_header_only": (
        "Le fichier FEC {path} ne contient que l'en-tête, aucune écriture. "
        "Demandez au cabinet comptable un nouvel export de l'exercice."
    ),
    "fec_no_entry_number": (
        "Le FEC {path} a des lignes sans EcritureNum (lignes {lines}) : impossible de "
        "regrouper les lignes en écritures. Demandez au cabinet comptable un nouvel "
        "export conforme."
    ),
    "fec_more_lines": "... ({count} lignes)",
    "fec_decimal_comma": "virgule",
    "fec_decimal_dot": "point",
    "fec_decimal_mixed": "virgule et point (mélangés)",
    "fec_decimal_mark": "Séparateur décimal : {mark}.",
    "fec_date_format": "Format des dates : {formats}.",
    "fec_unreadable_entry_dates": {
        "one": "{count} ligne avec une EcritureDate illisible.",
        "other": "{count} lignes avec une EcritureDate illisible.",
    },
    # entry controls
    "fec_unbalanced": (
        "Le FEC {path} contient une écriture déséquilibrée : JournalCode {journal}, "
        "EcritureNum {number} (lignes {lines}), débit - crédit = {gap}"
        "{more}. Un FEC valide a chaque écriture équilibrée au centime : demandez au "
        "cabinet comptable un nouvel export."
    ),
    "fec_unbalanced_more": {
        "one": " ({count} autre écriture déséquilibrée aussi)",
        "other": " ({count} autres écritures déséquilibrées aussi)",
    },
    # sales per customer
    "fec_multi_customer": (
        {
            "one": "{count} écriture de vente avec plusieurs clients : CA réparti au prorata des "
            "montants TTC des lignes clients.",
            "other": "{count} écritures de vente avec plusieurs clients : CA réparti au prorata des "
            "montants TTC des lignes clients.",
        }
    ),
    "fec_no_customer_accounts": (
        {
            "count": "entries",
            "one": "Le FEC {path} ne porte aucun compte client individuel : sa seule écriture de "
            "vente débite le seul compte collectif {account} ({label}), sans compte "
            "auxiliaire (colonne CompAuxNum vide). Le chiffre d'affaires ne peut donc pas "
            "être réparti par client (le rapport verrait « 1 client » à 100 %). Donnez "
            "plutôt le journal des ventes (l'export des factures du logiciel de facturation "
            ": client, date, montant HT) dans invoices.path de engagement.yaml, ou demandez "
            "au comptable un FEC avec les comptes auxiliaires clients (CompAuxNum, "
            "CompAuxLib).",
            "other": "Le FEC {path} ne porte aucun compte client individuel : ses {entries} "
            "écritures de vente débitent toutes le seul compte collectif {account} "
            "({label}), sans compte auxiliaire (colonne CompAuxNum vide). Le chiffre "
            "d'affaires ne peut donc pas être réparti par client (le rapport verrait « 1 "
            "client » à 100 %). Donnez plutôt le journal des ventes (l'export des factures "
            "du logiciel de facturation : client, date, montant HT) dans invoices.path de "
            "engagement.yaml, ou demandez au comptable un FEC avec les comptes auxiliaires "
            "clients (CompAuxNum, CompAuxLib).",
        }
    ),
    "fec_no_auxiliary": (
        {
            "one": "{count} vente sans compte auxiliaire (CompAuxNum vide) : le compte 411 sert "
            "d'identifiant client ({ids}). Un compte 411 collectif regroupe alors plusieurs "
            "clients en un seul.",
            "other": "{count} ventes sans compte auxiliaire (CompAuxNum vide) : le compte 411 sert "
            "d'identifiant client ({ids}). Un compte 411 collectif regroupe alors "
            "plusieurs clients en un seul.",
        }
    ),
    "fec_costs_read": (
        {
            "count": "with_cost",
            "one": "Coûts directs lus dans les écritures de vente (comptes {accounts}) pour "
            "{with_cost} vente sur {sales}",
            "other": "Coûts directs lus dans les écritures de vente (comptes {accounts}) pour "
            "{with_cost} ventes sur {sales}",
        }
    ),
    "fec_costs_others_rate": " ; taux de coût {rate} pour les autres.",
    "fec_costs_others_unknown": " ; coût inconnu (vide) pour les autres.",
    "fec_costs_by_rate": (
        "Aucune ligne de coût dans les écritures de vente : coût = {rate} du CA."
    ),
    "fec_costs_outside_sales": (
        "{amount} de charges (comptes {accounts}) "
        "portent le compte auxiliaire d'un client hors des écritures de vente ; "
        "elles ne sont pas affectées aux ventes."
    ),
    # rejected and skipped entries
    "fec_reject_no_customer": (
        "Écriture {entry} : ligne de vente (classe 70) sans ligne client 411 ; {revenue} non "
        "attribués à un client."
    ),
    "fec_reject_bad_date": (
        "Écriture {entry} : EcritureDate et PieceDate illisibles ; {revenue} écartés."
    ),
    "fec_reject_ambiguous_customer": (
        "Écriture {entry} : plusieurs clients avec des montants de sens opposés ; impossible de "
        "répartir {revenue} entre eux."
    ),
    "fec_reject_bad_amount": (
        "Écriture {entry} : montant illisible ({first_column} « {first} », {second_column} "
        "« {second} ») ; écriture entière écartée."
    ),
    "fec_skipped_opening": "Écritures d'à-nouveaux (ouverture) : ignorées pour le CA.",
    "fec_skipped_no_sales_lines": (
        "Écritures sans ligne de classe 70 (achats, banque, OD...) : pas des ventes."
    ),
    "fec_skipped_outside_sales_journals": (
        "Lignes de classe 70 hors journaux de vente (OD, régularisations...) : non "
        "attribuées à un client."
    ),
    "fec_skipped_blank_lines": "Lignes vides ignorées.",
    # writing a FEC (samples)
    "fec_write_nothing": "Aucune facture à écrire dans le FEC.",
    "fec_write_bad_rows": (
        {
            "one": "write_fec : {count} facture sans date ou sans montant (lignes {rows}...).",
            "other": "write_fec : {count} factures sans date ou sans montant (lignes {rows}...).",
        }
    ),
}
