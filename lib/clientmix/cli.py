"""The ``clientmix`` command line: validate, report, batch, demo.

User mistakes end with a few plain sentences on stderr and exit code 1, never a traceback
(``--debug`` shows it).
"""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path

from clientmix.core.formats import fmt_money
from clientmix.errors import ClientmixError


def validation_summary(result) -> str:
    """A short readable summary of a :class:`clientmix.ingest.load.LoadResult` (engagement language)."""
    e = result.engagement
    c = result.controls
    lang = e.language
    cur = e.currency
    fr = lang != "en"

    def amount(v: float) -> str:
        return fmt_money(v, lang, cur, decimals=2)

    def day(ts) -> str:
        return ts.strftime("%d/%m/%Y") if fr else ts.strftime("%Y-%m-%d")

    lines = [
        f"{e.company} ({e.name}) : {e.config_path}"
        if fr
        else f"{e.company} ({e.name}): {e.config_path}",
        (
            f"Période analysée : du {day(result.period_start)} au {day(result.period_end)}"
            if fr
            else f"Analysis period: {day(result.period_start)} to {day(result.period_end)}"
        ),
        "",
        ("Lignes" if fr else "Rows") + f" ({e.invoices.rel_path})",
        f"  {'lues' if fr else 'read':<28}{c['rows_read']:>12}",
        f"  {'utilisées' if fr else 'used':<28}{c['rows_used']:>12}",
        f"  {'rejetées' if fr else 'rejected':<28}{c['rows_rejected']:>12}",
        f"  {'hors période (utilisées)' if fr else 'outside period (used)':<28}"
        f"{c['rows_outside_period']:>12}",
        f"  {'doublons signalés' if fr else 'duplicates flagged':<28}{c['duplicates']:>12}",
        "",
        ("CA HT" if fr else "Revenue (excl. tax)"),
        f"  {'lignes lues' if fr else 'rows read':<28}{amount(c['revenue_read']):>20}",
        f"  {'lignes utilisées' if fr else 'rows used':<28}{amount(c['revenue_used']):>20}",
        f"  {'lignes rejetées' if fr else 'rows rejected':<28}{amount(c['revenue_rejected']):>20}",
        f"  {'période analysée' if fr else 'analysis period':<28}{amount(c['revenue_period']):>20}",
        "",
        (
            f"Clients : {c['customers_period']} au CA positif sur la période, "
            f"{c['customers_nonpositive']} à zéro ou négatif, {c['customers_invoiced']} facturés "
            "en tout"
            if fr
            else f"Customers: {c['customers_period']} with positive revenue in the period, "
            f"{c['customers_nonpositive']} at zero or below, {c['customers_invoiced']} invoiced "
            "in all"
        ),
    ]
    if result.matches or result.guesses:
        lines += ["", "Déductions" if fr else "Guesses"]
        lines += [f"  - {g}" for g in result.guesses + result.matches]
    if result.problems:
        lines += ["", "Points à vérifier" if fr else "Problems"]
        for p in result.problems:
            tag = (
                ("ERREUR" if fr else "ERROR")
                if p.level == "error"
                else ("attention" if fr else "warning")
            )
            lines.append(f"  [{tag}] {p.text}")
    if len(result.rejected):
        lines += ["", "Lignes rejetées" if fr else "Rejected rows"]
        for row in result.rejected.head(20).itertuples():
            lines.append(
                f"  {row.file}, {'ligne' if fr else 'line'} {row.source_row} : {row.reason} ({row.detail})"
            )
        if len(result.rejected) > 20:
            more = len(result.rejected) - 20
            lines.append(f"  ... {more} {'autres' if fr else 'more'}")
    verdict = (
        ("Données utilisables." if fr else "Data usable.")
        if result.usable
        else ("Données inutilisables en l'état." if fr else "Data not usable as is.")
    )
    lines += ["", verdict]
    return "\n".join(lines)


def cmd_validate(args: argparse.Namespace) -> int:
    from clientmix.ingest.load import load_engagement

    result = load_engagement(args.engagement_dir)
    print(validation_summary(result))
    return 0 if result.usable else 1


def cmd_report(args: argparse.Namespace) -> int:
    from clientmix.report.run import run_report

    path = run_report(args.engagement_dir, args.out, debug=args.debug)
    print(path)
    return 0


def cmd_batch(args: argparse.Namespace) -> int:
    from clientmix.batch import run_batch

    return run_batch(args.data_dir, args.out, workers=args.workers)


def cmd_demo(args: argparse.Namespace) -> int:
    from clientmix.batch import run_batch
    from clientmix.samples import write_samples

    folders = write_samples(Path(args.data_dir))
    print(f"{len(folders)} missions d'exemple écrites dans {args.data_dir}")
    return run_batch(args.data_dir, args.out, workers=args.workers)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clientmix",
        description="Diagnostic de portefeuille clients / customer-portfolio diagnostic.",
    )
    parser.add_argument("--debug", action="store_true", help="show Python tracebacks")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("validate", help="load and check an engagement, print control totals")
    p.add_argument("engagement_dir")
    p.set_defaults(func=cmd_validate)
    p = sub.add_parser("report", help="full diagnostic for one engagement")
    p.add_argument("engagement_dir")
    p.add_argument("--out", default=None, help="output folder (default reports/<name>/)")
    p.set_defaults(func=cmd_report)
    p = sub.add_parser("batch", help="diagnostic for every engagement under a folder")
    p.add_argument("data_dir", nargs="?", default="data")
    p.add_argument("--out", default=None, help="reports folder (default reports/)")
    p.add_argument("--workers", type=int, default=None, help="parallel workers (default: CPUs)")
    p.set_defaults(func=cmd_batch)
    p = sub.add_parser("demo", help="write the sample engagements and report on them")
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
        return int(args.func(args) or 0)
    except ClientmixError as exc:
        if debug:
            traceback.print_exc()
        print(str(exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Interrompu. / Interrupted.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
