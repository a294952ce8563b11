"""A wine_luigi whose completeness check has a bug, to see how a scheduling error is reported."""

from wine_luigi import tasks


def broken_output(self):
    raise OSError("the tmp folder cannot be read")


tasks.CleanSource.output = broken_output
