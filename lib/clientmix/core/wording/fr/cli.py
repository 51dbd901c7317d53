"""French wording of the command line and the batch (console output)."""

WORDS: dict[str, str] = {
    # clientmix validate: the summary of the load
    "cli_engagement": "{company} ({name}) : {config}",
    "cli_period": "Période analysée : du {start} au {end}",
    "cli_day_format": "%d/%m/%Y",
    "cli_rows": "Lignes",
    "cli_rows_read": "lues",
    "cli_rows_used": "utilisées",
    "cli_rows_rejected": "rejetées",
    "cli_rows_outside_period": "hors période (utilisées)",
    "cli_duplicates": "doublons signalés",
    "cli_revenue": "CA HT",
    "cli_revenue_read": "lignes lues",
    "cli_revenue_used": "lignes utilisées",
    "cli_revenue_rejected": "lignes rejetées",
    "cli_revenue_period": "période analysée",
    "cli_customers": (
        "Clients : {positive} au CA positif sur la période, {nonpositive} à zéro ou négatif, "
        "{invoiced} facturés en tout"
    ),
    "cli_guesses": "Déductions",
    "cli_problems": "Points à vérifier",
    "cli_error": "ERREUR",
    "cli_warning": "attention",
    "cli_serious": "SÉRIEUX",
    "cli_rejected_rows": "Lignes rejetées",
    "cli_rejected_row": "{file}, ligne {row} : {reason} ({detail})",
    "cli_more_rows": "... {count} autres",
    "cli_usable": "Données utilisables.",
    "cli_not_usable": "Données inutilisables en l'état.",
    "cli_usable_serious": (
        "Données utilisables, AVEC DES AVERTISSEMENTS SÉRIEUX : lisez-les avant de remettre "
        "le rapport (ils figurent en tête du rapport) :"
    ),
    # the other commands (the console speaks French: no engagement language yet)
    "cli_demo_written": "{count} missions d'exemple écrites dans {folder}",
    "cli_interrupted": "Interrompu. / Interrupted.",
    "cli_description": "Diagnostic de portefeuille clients / customer-portfolio diagnostic.",
    "cli_help_debug": "show Python tracebacks",
    "cli_help_validate": "load and check an engagement, print control totals",
    "cli_help_report": "full diagnostic for one engagement",
    "cli_help_report_out": "output folder (default reports/<name>/)",
    "cli_help_batch": "diagnostic for every engagement under a folder",
    "cli_help_batch_out": "reports folder (default reports/)",
    "cli_help_workers": "parallel workers (default: CPUs)",
    "cli_help_demo": "write the sample engagements and report on them",
    # clientmix batch
    "cli_folder_not_found": "Dossier introuvable : {folder}. / Folder not found: {folder}.",
    "cli_no_engagement": (
        "Aucun {config_name} trouvé sous {folder}. Lancez « clientmix demo » pour créer des "
        "exemples. / No {config_name} under {folder}."
    ),
    "cli_name_taken": (
        "Nom de mission « {name} » déjà utilisé par {folder} : changez « name: » dans {config}."
    ),
    "cli_progress": "rapports",
    "cli_progress_unit": "mission",
    "cli_column_engagement": "mission",
    "cli_column_status": "statut",
    "cli_column_time": "durée",
    "cli_column_result": "rapport / erreur",
    "cli_status_ok": "ok",
    "cli_status_failed": "ÉCHEC",
    "cli_seconds": "{seconds} s",
    "cli_reports_done": "{ok}/{total} rapports produits.",
    # clientmix batch: fleet (Dask), unchanged engagements, portfolio
    "cli_help_scheduler": (
        "run on Dask: 'local' starts a LocalCluster here, tcp://HOST:8786 uses a running "
        "scheduler (default: this machine's process pool)"
    ),
    "cli_help_force": "make every report again, even those whose inputs and code are unchanged",
    "cli_help_portfolio": "one table of every client company under a reports folder",
    "cli_help_portfolio_out": "folder of portfolio.html and portfolio.xlsx (default REPORTS_DIR)",
    "cli_help_lang": "language of the page and workbook: fr (default) or en",
    "cli_status_skipped": "inchangé",
    "cli_reports_skipped": {
        "one": "{count} rapport inchangé depuis le dernier passage, non refait (--force pour le "
        "refaire).",
        "other": "{count} rapports inchangés depuis le dernier passage, non refaits (--force "
        "pour les refaire).",
    },
    "cli_dask_missing": (
        "Dask n'est pas installé : « pip install 'clientmix[cluster]' » l'installe, ou lancez "
        "le lot sans --scheduler (processus de cette machine)."
    ),
    "cli_dask_unreachable": (
        "Ordonnanceur Dask injoignable à {scheduler} ({error}) : vérifiez l'adresse "
        "(tcp://HÔTE:8786) et qu'il est démarré, ou utilisez --scheduler local."
    ),
    "cli_portfolio_written": "Portefeuille de {count} missions : {html} et {xlsx}",
    "cli_portfolio_unreadable": (
        "{path} n'est pas un metrics.json lisible ({error}) : refaites ce rapport ou retirez ce "
        "fichier."
    ),
    "cli_portfolio_empty": (
        "Aucun metrics.json sous {folder} : lancez d'abord « clientmix batch » ou "
        "« clientmix report »."
    ),
}
