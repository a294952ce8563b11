"""Where every file of a month lives: one function per kind, no path built anywhere else."""

from __future__ import annotations

import datetime
import functools
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import luigi
import luigi.format

from wine_luigi import settings
from wine_luigi.config import paths

if TYPE_CHECKING:
    from wine_luigi.storage import SharedTarget

# the sections whose values decide where a month's files are and how they are read
SECTIONS = ("paths", *settings.MONTH_SECTIONS)
RECORDS = "made"  # <tmp>/YYYY-MM/made/: what each step was made from (freshness.py)


def month_name(month: datetime.date) -> str:
    return f"{month:%Y-%m}"


FOLDERS = ("sources", "tmp", "output")


@dataclass(frozen=True)
class Roots:
    """[paths], each as an absolute path (relative ones are relative to the folder of the file that sets them).

    A folder on S3 (`s3://bucket/prefix`, in `remote`) is worked on in its local copy, `<cache>/<folder>`
    (remote.py); `db` is a SQLite file's path or a PostgreSQL URL."""

    sources: str
    tmp: str
    output: str
    db: str
    cache: str
    remote: tuple = ()  # ((folder, URL), ...) of the folders on S3

    def url(self, folder: str) -> str | None:
        return dict(self.remote).get(folder)


def _snapshot() -> tuple[Any, ...]:
    """The command line and the settings of SECTIONS as they are now: what the cached lookups below depend on.

    Resolving a Luigi Config costs a third of a millisecond and paths are asked for hundreds of times per run: the
    results are kept for as long as the command line and these sections stay the same."""
    config = luigi.configuration.get_config()
    return id(settings.command_line()), tuple(
        tuple(config.items(s, raw=True)) if config.has_section(s) else () for s in SECTIONS
    )


def roots() -> Roots:
    return _roots(_snapshot())


@functools.lru_cache(maxsize=8)
def _roots(snapshot: tuple[Any, ...]) -> Roots:
    from wine_luigi import ledger, remote

    conf = paths()
    cache = settings.resolved_path("paths", "cache", conf.cache)
    urls = {k: getattr(conf, k).rstrip("/") for k in FOLDERS if remote.is_remote(getattr(conf, k))}
    local = {
        k: os.path.join(cache, k) if k in urls else settings.resolved_path("paths", k, getattr(conf, k))
        for k in FOLDERS
    }
    db = conf.db if ledger.on_server(conf.db) else settings.resolved_path("paths", "db", conf.db)
    return Roots(**local, db=db, cache=cache, remote=tuple(urls.items()))


def db_path() -> str:
    """The ledger ([paths] db): a SQLite file's path, or a PostgreSQL URL."""
    return roots().db


def logical(path: str | Path) -> str:
    """What a file is called for every worker: its URL when it is the local copy of an object on S3, else its path."""
    path = str(path)
    now = roots()
    for folder, url in now.remote:
        local = getattr(now, folder)
        if path == local or path.startswith(local + os.sep):
            return url + path[len(local) :].replace(os.sep, "/")
    return path


def as_called(text: str, path: str | Path) -> str:
    """`text` (a message) with the file at `path` named as every worker calls it: its URL when it is the local copy
    of an object on S3 (logical)."""
    return text.replace(str(path), logical(path))


def local_of(name: str) -> str:
    """The file on this machine that `name` (a path, or the URL of an object on S3) is, or is the copy of."""
    name = str(name)
    now = roots()
    for folder, url in now.remote:
        if name == url or name.startswith(url + "/"):
            return getattr(now, folder) + name[len(url) :].replace("/", os.sep)
    return name


_synced: dict[Any, Any] = {}  # local folder -> when it was last made to hold its remote folder
SYNC_S = 2.0  # within one command a folder listing is believed that long (a late export is looked for again)


def synced(folder: str | Path) -> bool:
    """`folder` (a local path), made to hold its remote folder first when it is the copy of one; False when the
    remote folder holds nothing."""
    from wine_luigi import remote

    url = logical(folder)
    if not remote.is_remote(url):
        return Path(folder).is_dir()
    when = _synced.get(str(folder))
    if when is None or time.monotonic() - when[0] > SYNC_S:
        when = _synced[str(folder)] = (time.monotonic(), remote.sync(url, str(folder)))
    return when[1]


def own_folder(month: datetime.date) -> Path | None:
    """`<sources>/<YYYY-MM>/` when the month has its own folder, else None."""
    folder = Path(roots().sources) / month_name(month)
    return folder if synced(folder) else None


def sources_dir(month: datetime.date) -> Path:
    """`<sources>/<YYYY-MM>/` when that folder exists, else `<sources>/`."""
    folder = own_folder(month)
    if folder is None:
        folder = Path(roots().sources)
        synced(folder)
    return folder


def month_settings(month: datetime.date) -> settings.MonthSettings:
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
def _month_settings(snapshot: tuple[Any, ...], folder: str, version: Any) -> settings.MonthSettings:
    return settings.month_settings(folder or None, logical(Path(folder) / settings.MONTH_FILE) if folder else "")


def source_candidates(month: datetime.date, source: str) -> list[Path]:
    """The files that can be this month's export of `source`: the configured name, or the same stem with another
    supported extension (`Fichier_erp.csv` for `Fichier_erp.xlsx`). Sorted, the configured name first."""
    from wine_luigi.readers import SUPPORTED

    folder, name = sources_dir(month), month_settings(month).files[source]
    configured = folder / name
    stem = Path(name).stem.lower()
    others = sorted(
        p
        for p in folder.glob("*")
        if p.stem.lower() == stem and p.suffix.lower() in SUPPORTED and p.name != name and p.is_file()
    )
    return ([configured] if configured.is_file() else []) + others


def source_path(month: datetime.date, source: str) -> Path:
    """The export of `source` for `month`: the configured file, else the one file of the same stem with another
    supported extension; when there are several, the first (reading it stops the month, naming them all, unless
    the month's settings file or the command line names that one: MonthSettings.named)."""
    candidates = source_candidates(month, source)
    return candidates[0] if candidates else sources_dir(month) / month_settings(month).files[source]


def month_dir(month: datetime.date, stage: str) -> Path:
    """`stage` is "tmp" (intermediates, markers) or "output" (deliverables)."""
    return Path(getattr(roots(), stage)) / month_name(month)


def target(month: datetime.date, stage: str, name: str, shared: bool = True) -> SharedTarget:
    """A file of the month; `shared=False`: this machine's own (a failure record), never sent to S3."""
    if not shared:
        from wine_luigi.storage import SharedTarget

        return SharedTarget(str(month_dir(month, stage) / name))
    return file_target(month_dir(month, stage) / name)


def file_target(path: str | Path) -> SharedTarget:
    """The target of a file of the months (a SharedTarget: the local copy of an object when its folder is on S3)."""
    from wine_luigi.storage import SharedTarget

    path = str(path)
    name = logical(path)
    return SharedTarget(path, name if name != path else None)


def month_exists(month: datetime.date, stage: str) -> bool:
    """The month has a folder under `stage` ("tmp" or "output"), here or on S3."""
    from wine_luigi import remote

    url = logical(month_dir(month, stage))
    if remote.is_remote(url):
        return remote.holds_objects(url)
    return month_dir(month, stage).exists()


def made_target(month: datetime.date, step: str) -> SharedTarget:
    """<tmp>/YYYY-MM/made/<step>.json: what a step's outputs were made from (freshness.py)."""
    return target(month, "tmp", f"{RECORDS}/{step}.json")


def month_before(month: datetime.date, count: int = 1) -> datetime.date:
    """The first day of the month `count` months before `month` (a date)."""
    index = month.year * 12 + month.month - 1 - count
    return datetime.date(index // 12, index % 12 + 1, 1)


def cutoff(day: datetime.date | None, keep_months: int) -> str:
    """'YYYY-MM': intermediates of months before it are purged (`keep_months` before the month of `day`, default
    today)."""
    return month_name(month_before(day or datetime.date.today(), keep_months))


def months_before(day: datetime.date | None, keep_months: int) -> list[Any]:
    """The <tmp>/YYYY-MM folders of months more than `keep_months` before the month of `day` (default today); on
    S3, their URLs."""
    from wine_luigi import remote

    first_kept = cutoff(day, keep_months)
    url = roots().url("tmp")
    if url:
        return [
            remote.join(url, name)
            for name in remote.listing(url)[1]
            if settings.MONTH_FOLDER.match(name) and name < first_kept
        ]
    root = Path(roots().tmp)
    if not root.is_dir():
        return []
    return sorted(
        p for p in root.iterdir() if p.is_dir() and settings.MONTH_FOLDER.match(p.name) and p.name < first_kept
    )


def remove_folder(folder: str | Path) -> None:
    """Remove a folder of the months (a path here, or the URL of one on S3) and, for one on S3, its local copy."""
    import shutil

    from wine_luigi import remote

    url = logical(folder) if not remote.is_remote(folder) else str(folder)
    if remote.is_remote(url):
        remote.delete_tree(url)
    shutil.rmtree(local_of(str(folder)), ignore_errors=True)


def size_of(folder: str | Path) -> int:
    from wine_luigi import remote

    if remote.is_remote(folder):
        return remote.size_of(str(folder))
    return sum(p.stat().st_size for p in Path(folder).rglob("*") if p.is_file())


def human_size(size: float) -> str:
    for unit in ("B", "KB", "MB"):
        if size < 1024:
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"
