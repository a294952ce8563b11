"""Load and dump a target by its file type; every dump goes through target.open("w"), so it is atomic."""

import functools
import io
import json
import os
import random
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import luigi
import luigi.format
import pandas as pd
from luigi.local_target import atomic_file

from wine_luigi import remote
from wine_luigi.errors import WriteError
from wine_luigi.export import CSV_ENCODING, write_csv, write_xlsx


class SharedTarget(luigi.LocalTarget):
    """A file of the months on this machine; when its folder is on S3 (`url`), the local copy of that object.

    exists() asks the bucket; open("r") first brings the object's content here when this copy does not hold it;
    a file written (atomically, here) goes to the bucket whole as soon as it is complete. Bytes in and out (text
    is encoded by storage): Luigi's text wrapper retries a failed write when it is garbage-collected, which turns a
    full disk into a second, unhandled error."""

    def __init__(self, path: str, url: str | None = None) -> None:
        super().__init__(path, format=luigi.format.Nop)
        self.url = url

    @property
    def name(self) -> str:
        """What every worker calls this file: its URL, or its path."""
        return self.url or self.path

    def exists(self) -> bool:
        return remote.head(self.url) is not None if self.url else super().exists()

    def fetch(self) -> str:
        """The local path, holding the object's content now (FileNotFoundError when there is none)."""
        if self.url:
            remote.pull(self.url, self.path)
        return self.path

    def open(self, mode: str = "r") -> Any:
        if self.url and mode.replace("b", "").replace("t", "") == "w":
            self.makedirs()
            return _Uploaded(self.path, self.url)
        if self.url:
            self.fetch()
        return super().open(mode)

    def remove(self) -> None:
        if self.url:
            remote.delete(self.url)
        if os.path.exists(self.path):
            os.remove(self.path)


class _Uploaded(atomic_file):
    """Luigi's atomic local file, then uploaded whole to its object."""

    def __init__(self, path: str, url: str) -> None:
        super().__init__(path)
        self.url = url

    def move_to_final_destination(self) -> None:
        super().move_to_final_destination()
        remote.put(self.path, self.url, *remote.digests(self.path))


def load(target: luigi.LocalTarget) -> Any:
    if isinstance(target, SharedTarget):
        target.fetch()
    path = target.path
    if path.endswith(".parquet"):
        return _read_parquet(_version(path)).copy(deep=False)  # copy-on-write: callers cannot alter the cache
    if path.endswith(".json"):
        with target.open("r") as f:
            return json.load(f)
    raise ValueError(f"no loader for {path}")


def _version(path: str) -> tuple[str, int, int, int]:
    stat = os.stat(path)
    return path, stat.st_mtime_ns, stat.st_size, stat.st_ino


@functools.lru_cache(maxsize=1)
def _read_parquet(version: tuple[str, int, int, int]) -> pd.DataFrame:
    """The last parquet file read, kept while it is unchanged: the steps that run one after another often read the
    same intermediate (the four exports, scored.parquet). Keeping more of them saves no measurable time and holds
    about 100 MB more at x100 (`make bench`)."""
    return pd.read_parquet(version[0])


def dump(target: luigi.LocalTarget, obj: Any) -> None:
    path = target.path
    try:
        with target.open("w") as f:
            _write(path, f, obj)
    except OSError as exc:  # disk full, read-only or missing folder: say which file, not a traceback
        raise WriteError(f"{path}: cannot write it ({exc.strerror or exc})") from exc


def _write(path: str, f: Any, obj: Any) -> None:
    if path.endswith(".parquet"):
        # lz4, no dictionaries, no statistics: a third faster to write and to read than the defaults; the files are
        # the run's intermediates, read whole, and a few times larger (8 MB for the 151k rows of a shop 100 times
        # this one)
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


def publish(files: Sequence[str], folder: str | Path, published: dict[str, Any] | None = None) -> list[Path]:
    """Copy `files` into `folder` as one set: a new folder is filled beside it, then swapped in. A `folder` that is a
    symbolic link (the month's folder on a share) is published through: the set is swapped in where it points.

    With `published` ({path: fingerprint} of the set as last published, {} when unknown), what `folder` holds that
    the month did not make as it is (a file changed by hand, a person's own file or folder) is first copied beside
    it, into `<month>-kept-<date and time>/`: nothing a person put there is lost. Returns those copies."""
    folder = Path(folder)
    if folder.is_symlink():
        folder = folder.resolve()
    remove_leftovers(folder)
    kept = [] if published is None else keep_others(folder, files, published)
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
        raise WriteError(
            f"{folder}: cannot publish the month there ({exc.strerror or exc}); nothing was published"
        ) from exc
    finally:
        remove_leftovers(folder)
    return kept


def keep_others(folder: Path, files: Sequence[str], published: dict[str, Any]) -> list[Path]:
    """Copies, in a new folder beside `folder`, of what it holds that is neither as last `published` nor the same
    bytes as the file of its name in `files`."""
    from wine_luigi import freshness

    new = {Path(p).name: p for p in files}
    before = {Path(p).name: seen for p, seen in published.items()}  # by name: `folder` may be where a link points

    def ours(path: Path) -> bool:
        if not path.is_file() or path.is_symlink():
            return False
        if freshness.same(str(path), before.get(path.name)):
            return True
        return path.name in new and freshness.sha256_of(str(path)) == freshness.sha256_of(new[path.name])

    others = [p for p in sorted(folder.iterdir()) if not ours(p)] if folder.is_dir() else []
    if not others:
        return []
    kept = folder.with_name(remote.kept_name(folder.name))
    work = folder.with_name(f".{folder.name}{TEMPORARY}kept-{random.randrange(10**9):09d}")  # removed if left
    try:
        work.mkdir()
        for path in others:
            (shutil.copytree if path.is_dir() and not path.is_symlink() else shutil.copy2)(path, work / path.name)
        while kept.exists():
            kept = kept.with_name(kept.name + "+")
        work.rename(kept)
    except OSError as exc:
        shutil.rmtree(work, ignore_errors=True)
        raise remote.not_kept(folder, exc.strerror or str(exc)) from exc
    return [kept / p.name for p in others]


def remove_leftovers(path: str | Path) -> None:
    """Work in progress of `path` left by a run that was killed (files or folders named *-luigi-tmp-*)."""
    path = Path(path)
    for pattern in (f"{path.name}{TEMPORARY}*", f".{path.name}{TEMPORARY}*"):
        for leftover in path.parent.glob(pattern) if path.parent.is_dir() else []:
            shutil.rmtree(leftover) if leftover.is_dir() else os.remove(leftover)
