"""English wording of the data received (stage 01): engagement.yaml, readers, loading, FEC; its errors and its report section."""

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
        "YAML syntax error in {config}{where}: {problem}. Check the indentation and the "
        "colons ('key: value')."
    ),
    "ingest_yaml_where": " line {line}, column {column}",
    "ingest_config_not_mapping": (
        "{config} must hold the keys 'name:', 'company:', 'invoices:'... (see the example in "
        "the README)."
    ),
    "ingest_bad_language": "language '{value}' in {config}: use fr or en.",
    "ingest_bad_locale": (
        "locale '{value}' in {config}: give a locale of the language {language}, for "
        "example {examples} (or remove the key: {default} by default)."
    ),
    # engagement.yaml: its keys and values
    "ingest_quoted": "'{name}'",
    "ingest_unknown_key": "Unknown key '{setting}' in {where} of {config}.{hint}",
    "ingest_key_did_you_mean": " Did you mean '{hint}'?",
    "ingest_key_known": " Known keys: {keys}.",
    "ingest_name_missing": (
        "{config} gives no 'name:' and the folder name '{folder}' cannot name the report. Add "
        "e.g. 'name: acme' (letters, digits, '-' and '_')."
    ),
    "ingest_bad_name": (
        "name '{name}' in {config}: use only letters, digits, '-' and '_' (it names the "
        "report folder)."
    ),
    "ingest_no_invoices": (
        "{config} does not say where the sales are: add 'invoices:' with 'path: sales.csv' "
        "(for example)."
    ),
    "ingest_period_not_mapping": (
        "period in {config} is written '{{start: 2024-01-01, end: 2024-12-31}}'."
    ),
    "ingest_period_reversed": "period in {config}: start ({start}) is after end ({end}).",
    "ingest_bad_date": (
        "Unreadable date for {setting} in {config}: {value}. Write YYYY-MM-DD, e.g. 2024-12-31."
    ),
    "ingest_section_not_mapping": "'{setting}' in {config} must be a mapping (e.g. {example}: ...).",
    "ingest_bad_number": (
        "{setting} in {config} must be {kind} {range}, without spaces or units (got {value})."
    ),
    "ingest_number": "a number",
    "ingest_whole_number": "a whole number",
    "ingest_number_between": "between {low} and {high}",
    "ingest_number_at_least": "at least {low}",
    # engagement.yaml: one input file (invoices, customers)
    "ingest_source_no_path": "'{setting}' in {config} must give at least 'path:' (the file to read).",
    "ingest_path_not_text": "{setting} must be a file name in {config} (got {value}).",
    "ingest_path_outside": (
        "{setting} '{path}' in {config} points outside the engagement folder {root}. Put the file "
        "in that folder and give a relative path."
    ),
    "ingest_bad_format": (
        "Unknown {setting}.format '{value}' in {config}. Possible formats: {formats}."
    ),
    "ingest_columns_not_mapping": (
        "{setting}.columns in {config} must map a canonical name to a column of the file, e.g. "
        "'customer_id: Customer code'."
    ),
    "ingest_dayfirst_not_bool": "{setting}.dayfirst in {config} must be true or false (got {value}).",
    "ingest_bad_decimal": '{setting}.decimal in {config} must be "," or "." (got {value}).',
    # the files: checks before reading
    "ingest_file_not_found": (
        "File not found: {path} ({what}.path in engagement.yaml).\nFiles in {folder}: {files}"
    ),
    "ingest_no_files": "none",
    "ingest_path_is_folder": "{path} is a folder: {what}.path must name a file.",
    "ingest_file_unreadable": "Cannot read {path} ({reason}). Check the file permissions.",
    "ingest_file_empty": "{path} is empty (0 bytes). Export the file again.",
    "ingest_header_only": (
        "{path} holds only the header ({columns}) and no data rows. Export a period that has "
        "invoices."
    ),
    # the files: text (CSV)
    "ingest_unknown_encoding": (
        "Unknown encoding '{encoding}' for {path}. Try utf-8, cp1252 or latin-1."
    ),
    "ingest_wrong_encoding": (
        "{path} cannot be read as {encoding} (line {line}, byte {byte}). Remove 'encoding:' "
        "from engagement.yaml to detect it, or try cp1252."
    ),
    "ingest_binary_file": (
        "{path} is not a readable text file (binary content). Export the sales as CSV or "
        "Excel (.xlsx)."
    ),
    "ingest_control_characters": (
        "{path} is not a readable text file ({count} control characters at the start). "
        "Export the sales as CSV or Excel (.xlsx)."
    ),
    "ingest_text_empty": "{path} is empty. Export the sales again from the invoicing software.",
    "ingest_text_no_rows": "{path} is empty.",
    "ingest_cannot_split": (
        "{path} cannot be split into columns ({error}). Check the separator ('sep:' in "
        "engagement.yaml)."
    ),
    "ingest_too_many_fields": "{fields} fields instead of {width} (separator inside a value?)",
    "ingest_guess_encoding": "encoding detected: {encoding}",
    "ingest_guess_title_lines": "header found on line {line} (title lines above it ignored)",
    "ingest_guess_separator": "separator detected: {separator}",
    # the separator is shown as in French, as the loader always did
    "ingest_separator_tab": "tabulation",
    "ingest_separator_shown": "« {separator} »",
    # the files: Excel, Parquet
    "ingest_sheet_not_found": (
        "Sheet '{sheet}' not found in {path}. Sheets: {sheets}. Fix 'sheet:' in engagement.yaml."
    ),
    "ingest_bad_excel": (
        "{path} is not a readable Excel workbook ({error}). Open it in Excel and save it as .xlsx."
    ),
    "ingest_guess_header_line": "header found on line {line}",
    "ingest_bad_parquet": "{path} is not a readable Parquet file ({error}).",
    # columns
    "ingest_column_not_found": (
        "Column '{header}' not found in {path} ({what}.columns.{canonical} in "
        "engagement.yaml).{closest} Columns present: {headers}."
    ),
    "ingest_closest": " Closest: '{header}'.",
    "ingest_required_column": (
        "Required column {canonical} missing from {path}.{closest} Columns present: "
        "{headers}. Name it in engagement.yaml, e.g. '{what}: {{columns: {{{canonical}: "
        "ColumnName}}}}'."
    ),
    "ingest_closest_to": " Closest to '{hint}': '{header}'.",
    "ingest_column_matched": "{what}: column '{header}' matched as {canonical}",
    # invoices: values
    "ingest_ambiguous_dates": (
        "Ambiguous dates in {path} (column '{column}'): no day above 12, they were read as "
        "dd/mm/yyyy. Confirm with 'dayfirst: true' (or false) under invoices in "
        "engagement.yaml."
    ),
    "ingest_guess_date_layout": "date format: {layout}",
    "ingest_dayfirst_contradicted": (
        "The dates of {path} (column '{column}') cannot be read with 'dayfirst: {given}' "
        "(line {row}: '{value}'). Set 'dayfirst: {other}' in engagement.yaml."
    ),
    "ingest_guess_decimal_comma": "decimal separator: ','",
    "ingest_guess_decimal_point": "decimal separator: '.'",
    "ingest_guess_amount_product": "amount = {quantity} × {unit_price}",
    "ingest_unreadable_costs": (
        {
            "one": "{count} unreadable cost in {path} (column '{column}', line {rows}...): the "
            "margin of this line is unknown.",
            "other": "{count} unreadable costs in {path} (column '{column}', lines {rows}...): the "
            "margin of these lines is unknown.",
        }
    ),
    # invoices: rejected rows (detail column)
    "ingest_reject_empty": "column '{header}' is empty",
    "ingest_reject_not_date": "column '{header}': '{value}' is not a date",
    "ingest_reject_not_number": "column '{header}': '{value}' is not a number",
    # customers file
    "ingest_customers_without_id": (
        {
            "one": "{count} row without a customer id in {path} (line {rows}): ignored.",
            "other": "{count} rows without a customer id in {path} (lines {rows}): ignored.",
        }
    ),
    "ingest_customers_repeated_ids": (
        "Repeated customer ids in {path}: {ids}. The first row of each is kept."
    ),
    "ingest_loss_probability_percent": "Loss probabilities > 1 in {path}: read as percentages.",
    "ingest_guess_customers": "customers file: {guess}",
    # FEC (accounting export) as the sales
    "ingest_fec_left_out": "FEC entries left out of revenue: {parts}.",
    "ingest_fec_revenue_gap": (
        "Gap between the FEC's class-70 revenue and the revenue attributed to customers: "
        "{gap} (see the rejected entries)."
    ),
    # the engagement as a whole
    "ingest_bad_cost_rate": (
        "finance.cost_rate in {config} must be a fraction of revenue between 0 and 1, e.g. "
        "0.62 (got {value})."
    ),
    "ingest_guess_cost_rate": "direct cost estimated at {percent}% of revenue (finance.cost_rate)",
    "ingest_no_usable_row": (
        "No usable row in {path}: all {rows} rows read are rejected (see each reason with "
        "clientmix validate)."
    ),
    "ingest_missing_customers": (
        {
            "one": "{count} invoiced customer missing from the customers file: {ids}.",
            "other": "{count} invoiced customers missing from the customers file: {ids}.",
        }
    ),
    "ingest_orphan_customers": (
        {
            "one": "{count} customer in the customers file without any invoice: {ids}.",
            "other": "{count} customers in the customers file without any invoice: {ids}.",
        }
    ),
    "ingest_nonpositive_customers": (
        {
            "one": "{count} customer with zero or negative net revenue in the period (credit "
            "notes): {ids}. It is left out of the concentration measures.",
            "other": "{count} customers with zero or negative net revenue in the period (credit "
            "notes): {ids}. They are left out of the concentration measures.",
        }
    ),
    "ingest_day_format": "%Y-%m-%d",
    "ingest_no_invoice_in_period": (
        "No invoice between {start} and {end}: check 'period' in engagement.yaml (invoices "
        "run from {first} to {last})."
    ),
    "ingest_no_positive_revenue": (
        "Net revenue in the period is zero or negative for every customer."
    ),
    "ingest_duplicates": (
        {
            "one": "{count} exactly repeated line (lines {rows}): flagged, kept in the totals. "
            "Remove it from the file if it is an export error.",
            "other": "{count} exactly repeated lines (lines {rows}): flagged, kept in the totals. "
            "Remove them from the file if they are export errors.",
        }
    ),
    "ingest_rows_rejected": {
        "one": "{count} row rejected: {reasons}. See the row-by-row detail.",
        "other": "{count} rows rejected: {reasons}. See the row-by-row detail.",
    },
    # report section "Data received" (notebook 01_load)
    "ingest_summary_rows": (
        "We read **{read}** sales rows; **{used}** are kept and **{rejected}** rejected "
        "(details below)."
    ),
    "ingest_summary_period": (
        "The analysis covers **{start}** to **{end}**: **{revenue}** of revenue excl. tax, "
        "net of credit notes, from **{customers}** customers."
    ),
    "ingest_summary_outside": (
        "{rows} rows outside this period are used for customer tenure and trends."
    ),
    "ingest_no_rejected_row": "No row rejected.",
    "ingest_rejected_caption": "{count} rows rejected:",
    "ingest_rejected_caption_first": "{count} rows rejected, the first {n}:",
    "ingest_inferred": "**What we inferred from the files:**",
    "ingest_points_to_check": "**Points to check:**",
    "ingest_nothing_to_report": "Nothing to report on reading the files.",
    # verdict (issue 9)
    "ingest_serious_rejected_rows": (
        "{share} of the rows read are rejected ({rejected} of {read}), above the limit of "
        "{limit} (checks.max_rejected_rows in engagement.yaml): the figures cover the kept rows "
        "only. Fix the file from the reasons of the rejections, or raise the limit if these "
        "rejections are expected."
    ),
    "ingest_serious_rejected_revenue": (
        "{amount} of revenue excl. tax is on rejected rows, {share} of the revenue read, above "
        "the limit of {limit} (checks.max_rejected_revenue in engagement.yaml): every figure "
        "misses it. Fix the file from the reasons of the rejections, or raise the limit if "
        "these rejections are expected."
    ),
    "ingest_all_rejected": (
        "No usable row in {path}: all {rows} rows read are rejected. Fix these values in the "
        "file, or tell engagement.yaml how to read it (invoices.columns, invoices.sep, "
        "invoices.dayfirst...). The reasons, with examples:\n{groups}"
    ),
    "ingest_all_rejected_group": {
        "one": "  - {reason}: {count} row, for example {examples}",
        "other": "  - {reason}: {count} rows, for example {examples}",
    },
    "ingest_all_rejected_example": "{file}, line {row}: {detail}",
    "ingest_reason_missing_customer_id": "customer id missing",
    "ingest_reason_bad_date": "unreadable date",
    "ingest_reason_bad_amount": "unreadable amount",
    "ingest_reason_bad_line": "badly split line (number of columns)",
    "ingest_reason_no_customer": "sales entry without a customer account",
    "ingest_reason_ambiguous_customer": "sales entry with customers of opposite signs",
    "ingest_brief_serious": "Warning, check the data before reading this report: {text}",
    "ingest_serious_heading": "**Serious warnings (read first):**",
    # files (issue 9)
    "ingest_guess_encoding_detected": (
        "encoding detected: {encoding} (from the {count} non-ASCII characters, taken from the "
        "whole file); write 'encoding: {codec}' in engagement.yaml to confirm it, or another "
        "encoding to force it"
    ),
    "ingest_guess_sheet_cover": (
        "sheet '{sheet}' read: the first sheet '{first}' does not have the data columns "
        "(cover page?)"
    ),
    "ingest_warn_other_sheets": (
        "warning: only sheet '{sheet}' is read, but {others} also look like data; write "
        "'sheet: all' (or the list of sheets) in engagement.yaml to read them together, or "
        "'sheet: {sheet}' to read only this one"
    ),
    "ingest_guess_sheets_read": "{count} sheets read together: {sheets}",
    "ingest_guess_sheets_skipped": "sheets skipped as they lack the data columns: {sheets}",
    "ingest_sheets_header_differs": (
        "Sheet '{sheet}' of {path} does not have the same columns as '{first}': {columns} "
        "instead of {expected}. Make the headers the same, or remove this sheet from 'sheet:' "
        "in engagement.yaml."
    ),
    "ingest_sheet_bad_setting": (
        "{setting}.sheet in {config} must be a sheet name, a list of names or 'all' (got: {value})."
    ),
    "ingest_sheet_listed": "'{sheet}' ({columns})",
    "ingest_sheet_no_columns": "empty",
    "ingest_hint_sheets": (
        " Sheets of the workbook and their columns: {sheets}. Name the data sheet with "
        "'sheet:' in engagement.yaml."
    ),
    "ingest_hint_separator": (
        " The header line splits into columns with the separator {shown}, not with {given}: write "
        "'sep: {setting}' in engagement.yaml (or remove 'sep:' to have it detected)."
    ),
    "ingest_path_escaped": (
        "{setting} in {config} holds a control character ({path}): between double quotes, YAML "
        "reads \\ as an escape (\\t, \\v...). Write the path without quotes, between single "
        "quotes ('exports\\ventes.csv') or with / (exports/ventes.csv)."
    ),
    "ingest_file_sheet": "{path}, sheet '{sheet}'",
    # rows (issue 9)
    "ingest_reject_id_marker": "column '{header}': '{value}' marks a missing value",
    "ingest_scientific_ids": (
        {
            "one": "{count} customer id in {path}, column '{column}', is written in scientific "
            "notation (row {row}: '{value}'): Excel rounded this id and several customers "
            "would merge into one. Export the file again with the column '{column}' "
            "formatted as Text.",
            "other": "{count} customer ids in {path}, column '{column}', are written in scientific "
            "notation (row {row}: '{value}'): Excel rounded these ids and several "
            "customers would merge into one. Export the file again with the column "
            "'{column}' formatted as Text.",
        }
    ),
    "ingest_guess_credit_notes": (
        {
            "count": "credit",
            "one": "column '{column}': {credit} credit-note line, {negated} of them with a positive "
            "amount made negative",
            "other": "column '{column}': {credit} credit-note lines, {negated} of them with a "
            "positive amount made negative",
        }
    ),
    "ingest_unknown_document_types": (
        {
            "one": "{path}, column '{column}': document type not recognised: {values}. Say in "
            "engagement.yaml which are credit notes and which are invoices: invoices: "
            "document_types: {{credit: [...], invoice: [...]}} (a quote or a pro forma is "
            "not a sale: remove those lines from the file).",
            "other": "{path}, column '{column}': document types not recognised: {values}. Say in "
            "engagement.yaml which are credit notes and which are invoices: invoices: "
            "document_types: {{credit: [...], invoice: [...]}} (a quote or a pro forma is "
            "not a sale: remove those lines from the file).",
        }
    ),
    "ingest_guess_totals_skipped": (
        {
            "one": "{count} totals line skipped (row {rows}): {amount} counted neither in the "
            "revenue read nor in the revenue rejected",
            "other": "{count} totals lines skipped (rows {rows}): {amount} counted neither in the "
            "revenue read nor in the revenue rejected",
        }
    ),
    "ingest_guess_currency_blank": (
        {
            "one": "currency: {count} line without a currency counted in {currency}",
            "other": "currency: {count} lines without a currency counted in {currency}",
        }
    ),
    "ingest_several_currencies": (
        "{path}, column '{column}': several currencies, which cannot be added up: "
        "{currencies}. Give the rate of each in {currency} in engagement.yaml "
        "(currency_rates: {{USD: 0.92}}: 1 USD = 0.92 {currency}); without a rate: {missing}."
    ),
    "ingest_other_currency": (
        "{path}: the amounts are in {found}, the engagement's currency is {currency}. Write "
        "'currency: {found}' in engagement.yaml, or give the rate "
        "(currency_rates: {{{found}: ...}}) to convert to {currency}."
    ),
    "ingest_guess_currency_converted": (
        {
            "one": "currency: {count} line in {found} converted to {currency} at {rate} "
            "(currency_rates)",
            "other": "currency: {count} lines in {found} converted to {currency} at {rate} "
            "(currency_rates)",
        }
    ),
    "ingest_rows_bad_setting": (
        "'{setting}' in {config}: {value} is not accepted. Expected: {expected}."
    ),
    "ingest_rows_expected_rates": (
        "a currency code and its positive rate, e.g. currency_rates: {USD: 0.92}"
    ),
    "ingest_rows_expected_document_types": (
        "credit and/or invoice, each a list of values, e.g. "
        "document_types: {credit: [Credit note], invoice: [Invoice]}"
    ),
    "ingest_rows_bad_attribute": (
        "'{setting}' (under '{where}') in {config}: neither a known column nor a valid attribute name "
        "(lower case, digits and _).{hint} Known columns: {canonical}."
    ),
    "ingest_id_step_strip_leading_zeros": "leading zeros removed",
    "ingest_id_step_spaces": "spaces removed",
    "ingest_id_step_case": "upper and lower case alike",
    "ingest_guess_ids_normalised": (
        "customer ids of {path} matched to the invoices ({steps}): {after} of the invoiced "
        "customers found instead of {before} (id_normalise: none forbids it)"
    ),
    "ingest_join_serious": (
        "The customers file {path} matches only {share} of the revenue ({customers} of the "
        "invoiced customers): the customers' attributes (sector...) are missing for the "
        "rest.{hint} Check that customer ids are written the same way in both files."
    ),
    "ingest_join_hint": (
        " Likely cause: {steps} (write id_normalise: [strip_leading_zeros, spaces, case] as "
        "needed in engagement.yaml)."
    ),
    # values (issue 9)
    "ingest_bad_na_values": (
        "{setting}.na_values in {config}: a list of texts to read as missing values, e.g. "
        "'na_values: [n.a., \"?\"]' (got: {value})."
    ),
    "ingest_typo_dates": (
        "{count} lines have a date far from all the others ({first} to {last}), most likely a "
        "typo: lines {rows}. Kept in the totals but outside the default period; correct them "
        "in the file."
    ),
    "ingest_mark_comma": "comma",
    "ingest_mark_point": "point",
    "ingest_guess_decimal_borrowed": (
        "column '{column}': values like '{example}' have three digits after the separator; "
        "decimal mark taken from column '{source}' ({mark}): '{example}' = {value} "
        "(decimal: in engagement.yaml to decide otherwise)"
    ),
    "ingest_decimal_undecided": (
        "{path}, column '{column}': values like '{example}' can mean {as_comma} (decimal comma) "
        "or {as_dot} (decimal point), and no value of the file tells. Give the decimal mark "
        "under invoices in engagement.yaml: 'decimal: \",\"' or 'decimal: \".\"'."
    ),
    "ingest_guess_amount_rounded": (
        "{count} lines: quantity × unit price falls between two cents, rounded to the nearest "
        "cent (halves up), e.g. line {row}: {product} → {rounded}"
    ),
    # dates (issue 9)
    "ingest_period_too_long": (
        "The period of engagement.yaml ({start} to {end}) covers {months} months, more than a "
        "year: the report's yearly figures cover that whole span. Check period (DD/MM/YYYY "
        "dates are read day first)."
    ),
    "ingest_period_after_data": (
        "The period of engagement.yaml ends on {end}, after the last invoice of the file "
        "({last}): its last months are empty, not a drop in sales."
    ),
    "ingest_dates_mixed_order": (
        "{path}, column '{column}': some dates are day first ('{dayfirst}') and others month "
        "first ('{monthfirst}'); for the rest (05/01/2024) the month cannot be known. Correct "
        "the file, or choose the order with 'dayfirst: true' (or false) under invoices in "
        "engagement.yaml (dates of the other order will be rejected)."
    ),
    # segmentation (stage 03)
    "ingest_segmentation_bad": (
        "segmentation in {config}: {given} is not a readable criterion. Write a list of "
        "columns, for example [sector, {{column: workstations, bins: [0, 10, 50, 200]}}, "
        "it_maturity] (increasing edges, or bins: quantiles)."
    ),
}
