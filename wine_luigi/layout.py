"""Where every file of a month lives: one function per kind, no path built anywhere else."""
import datetime
import functools
import os
from dataclasses import dataclass
from pathlib import Path

import luigi
import luigi.format
from luigi.cmdline_parser import CmdlineParser

from wine_luigi import settings
from wine_luigi.config import paths

# the sections whose values decide where a month's files are and how they are read
SECTIONS = ("paths", *settings.MONTH_SECTIONS)
RECORDS = "made"  # <tmp>/YYYY-MM/made/: what each step was made from (freshness.py)


def month_name(month):
    return f"{month:%Y-%m}"


@dataclass(frozen=True)
class Roots:
    """[paths], each as an absolute path (relative ones are relative to the folder of the file that sets them)."""

    sources: str
    tmp: str
    output: str
    db: str


def _snapshot():
    """The command line and the settings of SECTIONS as they are now: what the cached lookups below depend on.

    Resolving a Luigi Config costs a third of a millisecond and paths are asked for hundreds of times per run: the
    results are kept for as long as the command line and these sections stay the same."""
    config = luigi.configuration.get_config()
    return id(CmdlineParser.get_instance()), tuple(tuple(config.items(s, raw=True)) if config.has_section(s) else () for s in SECTIONS)


def roots():
    return _roots(_snapshot())


@functools.lru_cache(maxsize=8)
def _roots(snapshot):
    conf = paths()
    return Roots(**{k: settings.resolved_path("paths", k, getattr(conf, k)) for k in ("sources", "tmp", "output", "db")})


def db_path():
    """The ledger ([paths] db)."""
    return roots().db


def own_folder(month):
    """`<sources>/<YYYY-MM>/` when the month has its own folder, else None."""
    folder = Path(roots().sources) / month_name(month)
    return folder if folder.is_dir() else None


def sources_dir(month):
    """`<sources>/<YYYY-MM>/` when that folder exists, else `<sources>/`."""
    return own_folder(month) or Path(roots().sources)


def month_settings(month):
    """The settings the month's exports are found and read with: luigi.cfg, the month's month.cfg, the command
    line (settings.py)."""
    folder = own_folder(month)
    version = None
    if folder is not None:
        try:
            stat = os.stat(folder / settings.MONTH_FILE)
            version = (stat.st_mtime_ns, stat.st_ctime_ns, stat.st_size, stat.st_ino)
        except FileNotFoundError:
            pass
    return _month_settings(_snapshot(), str(folder) if folder else "", version)


@functools.lru_cache(maxsize=64)
def _month_settings(snapshot, folder, version):
    return settings.month_settings(folder or None)


def source_candidates(month, source):
    """The files that can be this month's export of `source`: the configured name, or the same stem with another
    supported extension (`Fichier_erp.csv` for `Fichier_erp.xlsx`). Sorted, the configured name first."""
    from wine_luigi.readers import SUPPORTED

    folder, name = sources_dir(month), month_settings(month).files[source]
    configured = folder / name
    stem = Path(name).stem.lower()
    others = sorted(p for p in folder.glob("*") if p.stem.lower() == stem and p.suffix.lower() in SUPPORTED and p.name != name and p.is_file())
    return ([configured] if configured.is_file() else []) + others


def source_path(month, source):
    """The export of `source` for `month`: the configured file, else the one file of the same stem with another
    supported extension; when there are several, the first (reading it stops the month, naming them all)."""
    candidates = source_candidates(month, source)
    return candidates[0] if candidates else sources_dir(month) / month_settings(month).files[source]


def month_dir(month, stage):
    """`stage` is "tmp" (intermediates, markers) or "output" (deliverables)."""
    return Path(getattr(roots(), stage)) / month_name(month)


def target(month, stage, name):
    # bytes in and out (text is encoded by storage): Luigi's text wrapper retries a failed write when
    # it is garbage-collected, which turns a full disk into a second, unhandled error
    return luigi.LocalTarget(str(month_dir(month, stage) / name), format=luigi.format.Nop)


def made_target(month, step):
    """<tmp>/YYYY-MM/made/<step>.json: what a step's outputs were made from (freshness.py)."""
    return target(month, "tmp", f"{RECORDS}/{step}.json")


def month_before(month, count=1):
    """The first day of the month `count` months before `month` (a date)."""
    index = month.year * 12 + month.month - 1 - count
    return datetime.date(index // 12, index % 12 + 1, 1)


def cutoff(day, keep_months):
    """'YYYY-MM': intermediates of months before it are purged (`keep_months` before the month of `day`, default today)."""
    return month_name(month_before(day or datetime.date.today(), keep_months))


def months_before(day, keep_months):
    """The <tmp>/YYYY-MM folders of months more than `keep_months` before the month of `day` (default today)."""
    root = Path(roots().tmp)
    if not root.is_dir():
        return []
    first_kept = cutoff(day, keep_months)
    return sorted(p for p in root.iterdir() if p.is_dir() and settings.MONTH_FOLDER.match(p.name) and p.name < first_kept)


def size_of(folder):
    return sum(p.stat().st_size for p in Path(folder).rglob("*") if p.is_file())


def human_size(size):
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
