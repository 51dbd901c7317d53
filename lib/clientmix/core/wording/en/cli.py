"""English wording of the command line and the batch (console output)."""

WORDS: dict[str, str] = {
    # clientmix validate: the summary of the load
    "cli_engagement": "{company} ({name}): {config}",
    "cli_period": "Analysis period: {start} to {end}",
    "cli_day_format": "%Y-%m-%d",
    "cli_rows": "Rows",
    "cli_rows_read": "read",
    "cli_rows_used": "used",
    "cli_rows_rejected": "rejected",
    "cli_rows_outside_period": "outside period (used)",
    "cli_duplicates": "duplicates flagged",
    "cli_revenue": "Revenue (excl. tax)",
    "cli_revenue_read": "rows read",
    "cli_revenue_used": "rows used",
    "cli_revenue_rejected": "rows rejected",
    "cli_revenue_period": "analysis period",
    "cli_customers": (
        "Customers: {positive} with positive revenue in the period, {nonpositive} at zero or "
        "below, {invoiced} invoiced in all"
    ),
    "cli_guesses": "Guesses",
    "cli_problems": "Problems",
    "cli_error": "ERROR",
    "cli_warning": "warning",
    "cli_serious": "SERIOUS",
    "cli_rejected_rows": "Rejected rows",
    "cli_rejected_row": "{file}, line {row}: {reason} ({detail})",
    "cli_more_rows": "... {count} more",
    "cli_usable": "Data usable.",
    "cli_not_usable": "Data not usable as is.",
    "cli_usable_serious": (
        "Data usable, WITH SERIOUS WARNINGS: read them before handing over the report "
        "(they open the report):"
    ),
    # the other commands (the console speaks French: no engagement language yet)
    "cli_demo_written": "{count} sample engagements written to {folder}",
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
        "Engagement name '{name}' already used by {folder}: change 'name:' in {config}."
    ),
    "cli_progress": "reports",
    "cli_progress_unit": "engagement",
    "cli_column_engagement": "engagement",
    "cli_column_status": "status",
    "cli_column_time": "time",
    "cli_column_result": "report / error",
    "cli_status_ok": "ok",
    "cli_status_failed": "FAILED",
    "cli_seconds": "{seconds} s",
    "cli_reports_done": "{ok}/{total} reports produced.",
    # clientmix batch: fleet (Dask), unchanged engagements, portfolio
    "cli_help_scheduler": (
        "run on Dask: 'local' starts a LocalCluster here, tcp://HOST:8786 uses a running "
        "scheduler (default: this machine's process pool)"
    ),
    "cli_help_force": "make every report again, even those whose inputs and code are unchanged",
    "cli_help_portfolio": "one table of every client company under a reports folder",
    "cli_help_portfolio_out": "folder of portfolio.html and portfolio.xlsx (default REPORTS_DIR)",
    "cli_help_lang": "language of the page and workbook: fr (default) or en",
    "cli_status_skipped": "unchanged",
    "cli_reports_skipped": {
        "one": "{count} report unchanged since the last run, not made again (--force to redo it).",
        "other": "{count} reports unchanged since the last run, not made again (--force to "
        "redo them).",
    },
    "cli_dask_missing": (
        "Dask is not installed: \"pip install 'clientmix[cluster]'\" installs it, or run the "
        "batch without --scheduler (this machine's processes)."
    ),
    "cli_dask_unreachable": (
        "Dask scheduler unreachable at {scheduler} ({error}): check the address "
        "(tcp://HOST:8786) and that it is running, or use --scheduler local."
    ),
    "cli_portfolio_written": "Portfolio of {count} engagements: {html} and {xlsx}",
    "cli_portfolio_unreadable": (
        "{path} is not a readable metrics.json ({error}): make that report again or remove the "
        "file."
    ),
    "cli_portfolio_empty": (
        'No metrics.json under {folder}: run "clientmix batch" or "clientmix report" first.'
    ),
}
