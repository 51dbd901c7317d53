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
        "revenue; portfolio {reading}."
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
    # the PDF (report.pdf)
    "cli_help_report_pdf": (
        'also write diagnostic.pdf (A4) beside the HTML (like "pdf: true" in engagement.yaml)'
    ),
    "report_pdf_not_bool": "pdf in {config} must be true or false (got {value}).",
    "report_pdf_no_weasyprint": (
        "The PDF could not be written: the Python package weasyprint is missing ({reason}). "
        'Install it with "make setup" (or ".venv/bin/pip install -e ."), then run again.'
    ),
    "report_pdf_no_pango": (
        "The PDF could not be written: the system's Pango library is missing ({reason}). "
        'On Debian or Ubuntu: "sudo apt-get install {packages}" (or "make setup-system"), '
        'then run again; on macOS: "brew install pango".'
    ),
    # appendix "Method and data" and its glossary (report.html)
    "appendix_title": "Appendix: method and data",
    "appendix_note": (
        "For the consultant: the checks on the files received (rows set aside, choices made "
        "reading them, column mapping), the methods and thresholds used, and a glossary of the "
        "technical terms."
    ),
    "glossary": "Glossary",
    "term_hhi": "HHI (Herfindahl-Hirschman index)",
    "term_hhi_note": "a concentration index, from 0 for widely spread revenue to 10,000 for a "
    "single customer",
    "term_hhi_definition": (
        "The sum of the squared revenue shares of the customers, in %: from 0 (revenue spread "
        "over a great many customers) to 10,000 (a single customer). 10,000 divided by the HHI "
        "gives the number of equal-sized customers that would give the same concentration."
    ),
    "term_gini": "Gini index",
    "term_gini_note": "a measure of how unequal customers' revenues are, from 0 (all equal) to 1",
    "term_gini_definition": (
        "How unequal customers' revenues are, read from the Lorenz curve: 0 when every customer "
        "brings the same revenue, close to 1 when one customer brings almost all of it."
    ),
    "term_abc": "ABC classes",
    "term_abc_note": "A: the customers who together make 80% of revenue; B: the next 15%; "
    "C: the rest",
    "term_abc_definition": (
        "Customers ranked from largest to smallest: A holds the first ones up to 80% of "
        "revenue (or margin), B the next ones up to 95%, C all the others."
    ),
    "term_rfm": "RFM",
    "term_rfm_note": "recency, frequency, monetary value: three scores from 1 to 5 per customer",
    "term_rfm_definition": (
        "Recency (date of the last purchase), frequency (number of purchases) and monetary "
        "value (revenue): each customer is scored 1 to 5 on each, by quintiles, and the "
        "combinations form named segments."
    ),
    "term_kmeans": "Groups (k-means)",
    "term_kmeans_note": "a method that automatically groups customers who look alike",
    "term_kmeans_definition": (
        "A statistical method that splits customers into groups of similar profiles (revenue, "
        "frequency, tenure, recency, margin), each customer joining the group whose average "
        "profile is closest to its own."
    ),
    "term_silhouette": "Silhouette",
    "term_silhouette_note": "a score from -1 to 1 of how distinct the groups are",
    "term_silhouette_definition": (
        "A score from -1 to 1: close to 1 when each customer is much more like its own group "
        "than the others; used to choose the number of groups."
    ),
    "term_bgnbd": "BG/NBD model",
    "term_bgnbd_note": "a model that forecasts each customer's future purchases from their "
    "past buying rhythm",
    "term_bgnbd_definition": (
        "A statistical model (Beta-Geometric / Negative Binomial) that estimates, for each "
        "customer, the probability of still being active and the expected number of purchases, "
        "from the frequency and timing of past purchases."
    ),
    "term_percentile": "P10, P90",
    "term_percentile_note": "the value below which 10% (P10) or 90% (P90) of the cases fall",
    "term_percentile_definition": (
        "P10 is the value below which 10% of the cases fall, P90 the value below which 90% "
        "fall; the median is P50."
    ),
    "term_mc": "Simulation (Monte Carlo)",
    "term_mc_note": "thousands of random draws of customer departures",
    "term_mc_definition": (
        "Thousands of future years drawn at random, each customer leaving or staying with a "
        "probability set by its status; the spread of the results gives the risk."
    ),
}
