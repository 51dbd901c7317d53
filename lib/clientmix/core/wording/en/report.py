"""English wording of the report frame, the front page and the report driver's messages."""

WORDS: dict[str, str] = {
    # hand-over between notebooks (core.interim, core.sections)
    "interim_missing": (
        "Missing interim file: {path}. Run notebook {notebook} first with the same output_dir."
    ),
    "interim_missing_load": (
        "Fichier intermédiaire absent : {path}. Exécutez d'abord le notebook 01_load avec le "
        "même output_dir. / Missing {path}: run notebook 01_load first."
    ),
    "data_unusable": "The data cannot be used: {reasons}",
    "data_unusable_see_controls": "see the controls above.",
    "section_missing": (
        "Notebook {notebook} did not hand its figures to the report ({path} missing): run it "
        "to the end with the same output_dir, then run the report again."
    ),
    "section_stale": (
        "The figures of notebook {notebook} ({path}) come from another load of the data: run "
        "it again after 01_load with the same output_dir."
    ),
    "section_incomplete": (
        "Notebook {notebook} handed incomplete figures ({path}): missing keys {keys}. Run it "
        "again with the same output_dir."
    ),
    # report driver
    "report_notebook_kept": "(notebook {notebook}; executed notebook kept: {kept})",
    "report_notebook_failed": "Notebook {notebook} failed: {ename}: {evalue} {where}",
    "report_kernel_failed": (
        "The report's Python kernel could not start ({attempts} attempts; last error: {error}). "
        "Run the report again; if it happens again, run fewer reports at once (--workers 1)."
    ),
    # front page: "In brief" (one line or more per section)
    "brief_revenue": "Revenue for the period: {revenue}, from {customers} customers.",
    "brief_concentration": (
        "Largest customer: {top}, {share} of revenue; {customers} customers make {pareto}% of "
        "revenue; portfolio {reading} (HHI {hhi})."
    ),
    "brief_dependence_half": (
        " Economic dependence: one customer makes more than half of revenue."
    ),
    "brief_dependence": " Economic dependence: one customer makes more than {share} of revenue.",
    "brief_margin": (
        "Gross margin: {margin} ({rate} of revenue); {customers} customers make {pareto}% of it, "
        "the largest being {top} ({share})."
    ),
    "brief_movers": "Large customers lost or declining over 12 months: {customers}.",
    "brief_scenarios": (
        "Losing the largest customer would cost {one} of revenue{margin}; losing the top three, "
        "{three} of revenue."
    ),
    "brief_scenarios_margin": " and {share} of margin",
    "brief_monte_carlo": (
        "Chance that revenue falls by more than 10% next year if nothing changes: {chance} "
        "(simulated customer departures)."
    ),
}
