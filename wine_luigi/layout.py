"""Where every file of a month lives: one function per kind, no path built anywhere else."""
from pathlib import Path

import luigi
import luigi.format

from wine_luigi.config import paths, source_files

BINARY = (".parquet", ".xlsx")


def month_name(month):
    return f"{month:%Y-%m}"


def sources_dir(month):
    """`<sources>/<YYYY-MM>/` when that folder exists, else `<sources>/`."""
    root = Path(paths().sources)
    per_month = root / month_name(month)
    return per_month if per_month.is_dir() else root


def source_path(month, source):
    return sources_dir(month) / getattr(source_files(), source)


def month_dir(month, stage):
    """`stage` is "tmp" (intermediates, markers) or "output" (deliverables)."""
    return Path(getattr(paths(), stage)) / month_name(month)


def target(month, stage, name):
    path = month_dir(month, stage) / name
    fmt = luigi.format.Nop if path.suffix in BINARY else luigi.format.UTF8
    return luigi.LocalTarget(str(path), format=fmt)
