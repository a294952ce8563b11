"""A wine_luigi with a bug in what runs before the month is scheduled, to see how an error Luigi does not expect
is reported (exit 40)."""

from wine_luigi.command import preflight


def broken_check():
    raise RuntimeError("a bug in the checks made at start")


preflight.check = broken_check
