"""The ``clientmix`` command line: validate, report, batch, demo.

Exit codes: 0 success (``validate``: data usable), 2 (``validate`` only) data usable with serious
warnings, 1 failure (data not usable, a user mistake). User mistakes end with a few plain
sentences on stderr, never a traceback (``--debug`` shows it); a closed pipe
(``clientmix validate ... | head``) ends quietly.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from clientmix.core.formats import fmt_date, fmt_money
from clientmix.errors import ClientmixError, message

if TYPE_CHECKING:
    from clientmix.ingest.load import LoadResult


def validation_summary(result: LoadResult) -> str:
    """A short readable summary of a :class:`clientmix.ingest.load.LoadResult` (engagement
    language): the period, the control totals (rows, revenue), the guesses, the problems, the
    first 20 rejected rows and the verdict."""
    lang = result.engagement.language
    lines = _header_lines(result) + _control_lines(result)
    if result.matches or result.guesses:
        lines += ["", message("cli_guesses", lang)]
        lines += [f"  - {g}" for g in result.guesses + result.matches]
    if result.problems:
        lines += ["", message("cli_problems", lang)]
        for p in result.problems:
            tag = message(_TAGS.get(p.level, "cli_warning"), lang)
            lines.append(f"  [{tag}] {p.text}")
    lines += _rejected_lines(result)
    return "\n".join(lines + _verdict_lines(result))


_TAGS = {"error": "cli_error", "serious": "cli_serious"}
_VERDICT_KEYS = {
    "usable": "cli_usable",
    "serious": "cli_usable_serious",
    "unusable": "cli_not_usable",
}


def _verdict_lines(result: LoadResult) -> list[str]:
    """The verdict, and under "usable with serious warnings" each serious warning again."""
    from clientmix.ingest.verdict import verdict

    lang = result.engagement.language
    v = verdict(result.problems)
    lines = ["", message(_VERDICT_KEYS[v.status], lang)]
    if v.status == "serious":
        lines += [f"  - {text}" for text in v.serious]
    return lines


def _header_lines(result: LoadResult) -> list[str]:
    """The engagement and its analysis period."""
    e = result.engagement
    lang = e.language
    return [
        message("cli_engagement", lang, company=e.company, name=e.name, config=e.config_path),
        message(
            "cli_period",
            lang,
            start=fmt_date(result.period_start, lang),
            end=fmt_date(result.period_end, lang),
        ),
    ]


def _control_lines(result: LoadResult) -> list[str]:
    """The control totals: rows (counts) and revenue (currency, to the cent), then customers."""
    e, c = result.engagement, result.controls
    lang = e.language

    def row(key: str, value: str, width: int) -> str:
        return f"  {message(key, lang):<28}{value:>{width}}"

    def amount(key: str) -> str:
        return row(f"cli_{key}", fmt_money(c[key], lang, e.currency, decimals=2), 20)

    counts = ("rows_read", "rows_used", "rows_rejected", "rows_outside_period", "duplicates")
    revenue = ("revenue_read", "revenue_used", "revenue_rejected", "revenue_period")
    customers = message(
        "cli_customers",
        lang,
        positive=c["customers_period"],
        nonpositive=c["customers_nonpositive"],
        invoiced=c["customers_invoiced"],
    )
    return [
        "",
        message("cli_rows", lang) + f" ({e.invoices.rel_path})",
        *(row(f"cli_{key}", str(c[key]), 12) for key in counts),
        "",
        message("cli_revenue", lang),
        *(amount(key) for key in revenue),
        "",
        customers,
    ]


def _rejected_lines(result: LoadResult) -> list[str]:
    """The first 20 rejected rows (file, line, reason, detail), and how many more."""
    lang = result.engagement.language
    if not len(result.rejected):
        return []
    lines = ["", message("cli_rejected_rows", lang)]
    for row in result.rejected.head(20).itertuples():
        text = message(
            "cli_rejected_row",
            lang,
            file=row.file,
            row=row.source_row,
            reason=row.reason,
            detail=row.detail,
        )
        lines.append(f"  {text}")
    if len(result.rejected) > 20:
        more = len(result.rejected) - 20
        lines.append("  " + message("cli_more_rows", lang, count=more))
    return lines


def cmd_validate(args: argparse.Namespace) -> int:
    from clientmix.ingest.load import load_engagement
    from clientmix.ingest.verdict import verdict

    result = load_engagement(args.engagement_dir)
    print(validation_summary(result))
    return verdict(result.problems).exit_code


def cmd_report(args: argparse.Namespace) -> int:
    from clientmix.report.run import run_report

    path = run_report(args.engagement_dir, args.out, debug=args.debug, pdf=args.pdf or None)
    print(path)
    return 0


def cmd_batch(args: argparse.Namespace) -> int:
    from clientmix.batch import run_batch

    return run_batch(
        args.data_dir,
        args.out,
        workers=args.workers,
        scheduler=args.scheduler,
        force=args.force,
    )


def cmd_portfolio(args: argparse.Namespace) -> int:
    from clientmix.report.portfolio import write_portfolio

    html, xlsx, count = write_portfolio(args.reports_dir, args.out, lang=args.lang)
    print(message("cli_portfolio_written", args.lang, count=count, html=html, xlsx=xlsx))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from clientmix.batch import run_batch
    from clientmix.samples import write_samples

    folders = write_samples(Path(args.data_dir))
    print(message("cli_demo_written", "fr", count=len(folders), folder=args.data_dir))
    return run_batch(args.data_dir, args.out, workers=args.workers)


def build_parser() -> argparse.ArgumentParser:
    def words(key: str) -> str:
        return message(key, "fr")

    parser = argparse.ArgumentParser(prog="clientmix", description=words("cli_description"))
    parser.add_argument("--debug", action="store_true", help=words("cli_help_debug"))
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("validate", help=words("cli_help_validate"))
    p.add_argument("engagement_dir")
    p.set_defaults(func=cmd_validate)
    p = sub.add_parser("report", help=words("cli_help_report"))
    p.add_argument("engagement_dir")
    p.add_argument("--out", default=None, help=words("cli_help_report_out"))
    p.add_argument("--pdf", action="store_true", help=words("cli_help_report_pdf"))
    p.set_defaults(func=cmd_report)
    p = sub.add_parser("batch", help=words("cli_help_batch"))
    p.add_argument("data_dir", nargs="?", default="data")
    p.add_argument("--out", default=None, help=words("cli_help_batch_out"))
    p.add_argument("--workers", type=int, default=None, help=words("cli_help_workers"))
    p.add_argument("--scheduler", default=None, help=words("cli_help_scheduler"))
    p.add_argument("--force", action="store_true", help=words("cli_help_force"))
    p.set_defaults(func=cmd_batch)
    p = sub.add_parser("portfolio", help=words("cli_help_portfolio"))
    p.add_argument("reports_dir", nargs="?", default="reports")
    p.add_argument("--out", default=None, help=words("cli_help_portfolio_out"))
    p.add_argument("--lang", choices=("fr", "en"), default="fr", help=words("cli_help_lang"))
    p.set_defaults(func=cmd_portfolio)
    p = sub.add_parser("demo", help=words("cli_help_demo"))
    p.add_argument("--data-dir", default="data/samples")
    p.add_argument("--out", default=None)
    p.add_argument("--workers", type=int, default=None)
    p.set_defaults(func=cmd_demo)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    debug = args.debug or "--debug" in (argv or sys.argv[1:])
    args.debug = debug
    try:
        code = int(args.func(args) or 0)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        _quiet_stdout()
        return 1
    except ClientmixError as exc:
        if debug:
            traceback.print_exc()
        print(str(exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(message("cli_interrupted", "fr"), file=sys.stderr)
        return 130


def _quiet_stdout() -> None:
    """After the reader of stdout went away (``| head``): point stdout at devnull so that the
    final flush at exit raises nothing (the Python documentation's recipe for SIGPIPE)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
