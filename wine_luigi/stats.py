"""How long the months take, from the ledger's `runs` and `steps` tables (every step that runs adds a row to
`steps`, see end_of_run.py); `make stats` prints the last 12 months.

    python -m wine_luigi.stats [--months 12]
"""

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from wine_luigi import layout, ledger
from wine_luigi.errors import PipelineError


def table(db_path: str | Path, months: int = 12) -> str:
    """The last `months` months of the ledger: duration, steps and the slowest one, status, revenue."""
    if not ledger.exists(db_path):
        return f"{db_path}: no ledger yet (no month has been run)"
    try:
        with ledger.reading(db_path) as db:
            rows = db.execute(
                """select r.month, r.status, r.duration_s, r.total_revenue,
                          (select count(*) from steps s where s.month = r.month and s.started >= r.started),
                          (select task from steps s where s.month = r.month and s.started >= r.started
                           order by seconds desc limit 1),
                          (select max(seconds) from steps s where s.month = r.month and s.started >= r.started)
                   from runs r order by r.month desc limit ?""",
                [months],
            ).fetchall()[::-1]
    except ledger.Empty:
        return f"{ledger.shown(db_path)}: no month recorded yet"
    header = ("month", "status", "duration", "steps", "slowest step", "revenue")
    lines = [header] + [
        (
            m,
            status,
            f"{duration:.2f} s" if duration is not None else "",
            str(steps),
            f"{slowest} {seconds:.2f} s" if slowest else "",
            f"{revenue:,.2f} €" if revenue is not None else "",
        )
        for m, status, duration, revenue, steps, slowest, seconds in rows
    ]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(line, widths)).rstrip() for line in lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m wine_luigi.stats", description=__doc__.splitlines()[0])
    parser.add_argument("--months", type=int, default=12, help="how many months back (default 12)")
    parser.add_argument("--db", default=None, help="the ledger (default: [paths] db of luigi.cfg)")
    args = parser.parse_args(argv)
    try:
        print(table(args.db or layout.db_path(), args.months))
    except PipelineError as error:  # a ledger that cannot be read: why, in one line, not a traceback
        print(f"wine_luigi.stats: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
