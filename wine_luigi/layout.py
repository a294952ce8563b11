"""Where every file of a month lives: one function per kind, no path built anywhere else."""
import datetime
import functools
import re
from pathlib import Path

import luigi
import luigi.format
from luigi.cmdline_parser import CmdlineParser

from wine_luigi.config import paths, source_files


def month_name(month):
    return f"{month:%Y-%m}"


def settings():
    """[paths] and [source_files] as resolved by Luigi (command line over luigi.cfg over defaults).

    Resolving a Luigi Config costs a third of a millisecond and paths are asked for hundreds of times per
    run: the result is kept for as long as the command line and those two sections stay the same."""
    config = luigi.configuration.get_config()
    sections = tuple(tuple(config.items(s)) if config.has_section(s) else () for s in ("paths", "source_files"))
    return _resolved(id(CmdlineParser.get_instance()), sections)


@functools.lru_cache(maxsize=8)
def _resolved(parser_id, sections):
    return paths(), source_files()


def sources_dir(month):
    """`<sources>/<YYYY-MM>/` when that folder exists, else `<sources>/`."""
    root = Path(settings()[0].sources)
    per_month = root / month_name(month)
    return per_month if per_month.is_dir() else root


def source_candidates(month, source):
    """The files that can be this month's export of `source`: the configured name, or the same stem with another
    supported extension (`Fichier_erp.csv` for `Fichier_erp.xlsx`). Sorted, the configured name first."""
    from wine_luigi.readers import SUPPORTED

    folder, name = sources_dir(month), getattr(settings()[1], source)
    configured = folder / name
    stem = Path(name).stem.lower()
    others = sorted(p for p in folder.glob("*") if p.stem.lower() == stem and p.suffix.lower() in SUPPORTED and p.name != name and p.is_file())
    return ([configured] if configured.is_file() else []) + others


def source_path(month, source):
    """The export of `source` for `month`: the configured file, else the one file of the same stem with another
    supported extension; when there are several, the first (reading it stops the month, naming them all)."""
    candidates = source_candidates(month, source)
    return candidates[0] if candidates else sources_dir(month) / getattr(settings()[1], source)


def month_dir(month, stage):
    """`stage` is "tmp" (intermediates, markers) or "output" (deliverables)."""
    return Path(getattr(settings()[0], stage)) / month_name(month)


def target(month, stage, name):
    # bytes in and out (text is encoded by storage): Luigi's text wrapper retries a failed write when
    # it is garbage-collected, which turns a full disk into a second, unhandled error
    return luigi.LocalTarget(str(month_dir(month, stage) / name), format=luigi.format.Nop)


MONTH_FOLDER = re.compile(r"^\d{4}-\d{2}$")


def month_before(month, count=1):
    """The first day of the month `count` months before `month` (a date)."""
    index = month.year * 12 + month.month - 1 - count
    return datetime.date(index // 12, index % 12 + 1, 1)


def cutoff(day, keep_months):
    """'YYYY-MM': intermediates of months before it are purged (`keep_months` before the month of `day`, default today)."""
    return month_name(month_before(day or datetime.date.today(), keep_months))


def months_before(day, keep_months):
    """The <tmp>/YYYY-MM folders of months more than `keep_months` before the month of `day` (default today)."""
    root = Path(settings()[0].tmp)
    if not root.is_dir():
        return []
    first_kept = cutoff(day, keep_months)
    return sorted(p for p in root.iterdir() if p.is_dir() and MONTH_FOLDER.match(p.name) and p.name < first_kept)


def size_of(folder):
    return sum(p.stat().st_size for p in Path(folder).rglob("*") if p.is_file())


def human_size(size):
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
