"""Load and dump a target by its file type; every dump goes through target.open("w"), so it is atomic."""
import functools
import io
import json
import os
import random
import shutil
from pathlib import Path

import pandas as pd

from wine_luigi.errors import WriteError

from wine_luigi.export import CSV_ENCODING, write_csv, write_xlsx


def load(target):
    path = target.path
    if path.endswith(".parquet"):
        return _read_parquet(_version(path)).copy(deep=False)  # copy-on-write: callers cannot alter the cache
    if path.endswith(".json"):
        with target.open("r") as f:
            return json.load(f)
    raise ValueError(f"no loader for {path}")


def _version(path):
    stat = os.stat(path)
    return path, stat.st_mtime_ns, stat.st_size, stat.st_ino


@functools.lru_cache(maxsize=6)
def _read_parquet(version):
    """A parquet file read once per version of it: several steps of a run read the same intermediate."""
    return pd.read_parquet(version[0])


def dump(target, obj):
    path = target.path
    try:
        with target.open("w") as f:
            _write(path, f, obj)
    except OSError as exc:  # disk full, read-only or missing folder: say which file, not a traceback
        raise WriteError(f"{path}: cannot write it ({exc.strerror or exc})") from exc


def _write(path, f, obj):
    if path.endswith(".parquet"):
        # lz4, no dictionaries, no statistics: a third faster to write and to read than the defaults; the files are
        # the run's intermediates, read whole, and a few times larger (8 MB for the 151k rows of a shop 100 times this one)
        obj.to_parquet(f, index=False, compression="lz4", use_dictionary=False, write_statistics=False)
    elif path.endswith(".xlsx"):
        write_xlsx(**obj, f=f) if isinstance(obj, dict) else write_xlsx(obj, f)
    elif path.endswith(".json"):
        f.write((json.dumps(obj, indent=2, ensure_ascii=False, default=str) + "\n").encode("utf-8"))
    elif path.endswith(".csv"):
        text = io.StringIO()
        write_csv(obj, text)
        f.write(text.getvalue().encode(CSV_ENCODING))
    elif path.endswith(".html"):
        f.write(obj.encode("utf-8"))
    else:
        raise ValueError(f"no writer for {path}")


TEMPORARY = "-luigi-tmp-"  # what Luigi's atomic files, and publish(), call their work in progress


def publish(files, folder):
    """Copy `files` into `folder` as one set: a new folder is filled beside it, then swapped in. A `folder` that is a
    symbolic link (the month's folder on a share) is published through: the set is swapped in where it points."""
    folder = Path(folder)
    if folder.is_symlink():
        folder = folder.resolve()
    remove_leftovers(folder)
    work = folder.with_name(f".{folder.name}{TEMPORARY}{random.randrange(10**9):09d}")
    previous = folder.with_name(f".{folder.name}{TEMPORARY}previous")
    try:
        work.mkdir(parents=True)
        for path in files:
            shutil.copy2(path, work / Path(path).name)  # keeps the mtime: published is as new as built
        if folder.exists():
            folder.rename(previous)
        work.rename(folder)
    except OSError as exc:
        shutil.rmtree(work, ignore_errors=True)
        if previous.exists() and not folder.exists():
            previous.rename(folder)
        raise WriteError(f"{folder}: cannot publish the month there ({exc.strerror or exc}); nothing was published") from exc
    finally:
        remove_leftovers(folder)


def remove_leftovers(path):
    """Work in progress of `path` left by a run that was killed (files or folders named *-luigi-tmp-*)."""
    path = Path(path)
    for pattern in (f"{path.name}{TEMPORARY}*", f".{path.name}{TEMPORARY}*"):
        for leftover in path.parent.glob(pattern) if path.parent.is_dir() else []:
            shutil.rmtree(leftover) if leftover.is_dir() else os.remove(leftover)
