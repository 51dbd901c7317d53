"""English wording of the FEC reader (accounting export): its checks and errors."""

WORDS: dict[str, str] = {
    # reading the file
    "fec_not_found": "FEC file not found: {path}.",
    "fec_empty": "The FEC file {path} is empty. Ask the accountant for a new export.",
    "fec_malformed": (
        "The FEC file {path} is malformed ({error}). A line has more fields than the "
        "header: ask the accountant for a new export."
    ),
    "fec_bad_encoding": (
        "The file {path} cannot be read with encoding {encoding} ({reason}). "
        "Remove the forced encoding to let it be detected."
    ),
    "fec_encoding_detected": "Encoding detected: {encoding}.",
    "fec_sep_tab": "tab",
    "fec_sep_pipe": "pipe |",
    "fec_sep_semicolon": "semicolon ;",
    "fec_separator": "Separator: {separator}.",
    "fec_semicolon_not_regulatory": (
        "A semicolon separator is not regulatory for a FEC (tab or pipe)."
    ),
    "fec_no_columns": "(none)",
    "fec_missing_columns": (
        "The file {path} lacks the required FEC columns {missing}. "
        "Columns found ({separator} separator): {found}. "
        "Check that this is the FEC and ask the accountant for a regulatory export "
        "(18 columns, JournalCode ... Idevise)."
    ),
    "fec_columns_absent": "FEC columns missing (not blocking): {columns}.",
    "fec_amounts_debit_credit": "Amounts: Debit and Credit columns.",
    "fec_amounts_montant_sens": "Amounts: one Montant column and one Sens column (D/C).",
    "fec_fallback_reading": "Fallback reading (lines of irregular length): slower.",
    # entry lines
    "fec_bad_cost_rate": (
        "Invalid cost rate {rate}: a fraction between 0 and 1 is expected (0.6 for 60%)."
    ),
    "fec_header_only": (
        "The FEC file {path} has a header but no entries. "
        "Ask the accountant for a new export of the financial year."
    ),
    "fec_no_entry_number": (
        "The FEC {path} has lines without EcritureNum (lines {lines}): lines cannot be "
        "grouped into entries. Ask the accountant for a new regulatory export."
    ),
    "fec_more_lines": "... ({count} lines)",
    "fec_decimal_comma": "comma",
    "fec_decimal_dot": "dot",
    "fec_decimal_mixed": "comma and dot (mixed)",
    "fec_decimal_mark": "Decimal mark: {mark}.",
    "fec_date_format": "Date format: {formats}.",
    "fec_unreadable_entry_dates": {
        "one": "{count} line with an unreadable EcritureDate.",
        "other": "{count} lines with an unreadable EcritureDate.",
    },
    # entry controls
    "fec_unbalanced": (
        "The FEC {path} has an unbalanced entry: JournalCode {journal}, EcritureNum {number} "
        "(lines {lines}), debit - credit = {gap}{more}. A valid FEC "
        "has every entry balanced to the cent: ask the accountant for a new export."
    ),
    "fec_unbalanced_more": {
        "one": " ({count} other unbalanced entry too)",
        "other": " ({count} other unbalanced entries too)",
    },
    # sales per customer
    "fec_multi_customer": (
        {
            "one": "{count} sales entry with several customers: revenue split in proportion to the "
            "customer lines (incl. tax).",
            "other": "{count} sales entries with several customers: revenue split in proportion to "
            "the customer lines (incl. tax).",
        }
    ),
    "fec_no_customer_accounts": (
        {
            "count": "entries",
            "one": "The FEC {path} carries no per-customer account: its one sales entry debits the "
            "one collective account {account} ({label}), without an auxiliary account (empty "
            'CompAuxNum). The revenue cannot be split by customer (the report would show "1 '
            'customer" at 100 %). Give the sales ledger instead (the invoices exported from '
            "the invoicing software: customer, date, amount excl. tax) in invoices.path of "
            "engagement.yaml, or ask the accountant for a FEC with the customers' auxiliary "
            "accounts (CompAuxNum, CompAuxLib).",
            "other": "The FEC {path} carries no per-customer account: its {entries} sales entries "
            "all debit the one collective account {account} ({label}), without an "
            "auxiliary account (empty CompAuxNum). The revenue cannot be split by customer "
            '(the report would show "1 customer" at 100 %). Give the sales ledger instead '
            "(the invoices exported from the invoicing software: customer, date, amount "
            "excl. tax) in invoices.path of engagement.yaml, or ask the accountant for a "
            "FEC with the customers' auxiliary accounts (CompAuxNum, CompAuxLib).",
        }
    ),
    "fec_no_auxiliary": (
        {
            "one": "{count} sale without an auxiliary account (empty CompAuxNum): the 411 account "
            "is used as customer id ({ids}). A collective 411 account then merges several "
            "customers into one.",
            "other": "{count} sales without an auxiliary account (empty CompAuxNum): the 411 "
            "account is used as customer id ({ids}). A collective 411 account then merges "
            "several customers into one.",
        }
    ),
    "fec_costs_read": (
        {
            "count": "sales",
            "one": "Direct costs read in the sales entries (accounts {accounts}) for {with_cost} of "
            "{sales} sale",
            "other": "Direct costs read in the sales entries (accounts {accounts}) for {with_cost} "
            "of {sales} sales",
        }
    ),
    "fec_costs_others_rate": "; cost rate {rate} for the others.",
    "fec_costs_others_unknown": "; cost unknown (empty) for the others.",
    "fec_costs_by_rate": "No cost line in the sales entries: cost = {rate} of revenue.",
    "fec_costs_outside_sales": (
        "{amount} of costs (accounts {accounts}) "
        "carry a customer's auxiliary account outside the sales entries; they are "
        "not attributed to sales."
    ),
    # rejected and skipped entries
    "fec_reject_no_customer": (
        "Entry {entry}: sales line (class 70) without a 411 customer line; {revenue} not "
        "attributed to a customer."
    ),
    "fec_reject_bad_date": (
        "Entry {entry}: unreadable EcritureDate and PieceDate; {revenue} left out."
    ),
    "fec_reject_ambiguous_customer": (
        "Entry {entry}: several customers with amounts of opposite signs; cannot split "
        "{revenue} between them."
    ),
    "fec_reject_bad_amount": (
        "Entry {entry}: unreadable amount ({first_column} '{first}', {second_column} "
        "'{second}'); whole entry left out."
    ),
    "fec_skipped_opening": "Opening entries (à-nouveaux): ignored for revenue.",
    "fec_skipped_no_sales_lines": (
        "Entries without a class-70 line (purchases, bank, misc.): not sales."
    ),
    "fec_skipped_outside_sales_journals": (
        "Class-70 lines outside the sales journals (misc., adjustments...): not attributed "
        "to a customer."
    ),
    "fec_skipped_blank_lines": "Blank lines ignored.",
    # writing a FEC (samples)
    "fec_write_nothing": "No invoice to write in the FEC.",
    "fec_write_bad_rows": (
        {
            "one": "write_fec: {count} invoice without a date or an amount (row {rows}...).",
            "other": "write_fec: {count} invoices without a date or an amount (rows {rows}...).",
        }
    ),
}
