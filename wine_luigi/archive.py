"""Off-site copies: each month's deliverables copied to `[archive] url` (a folder, or s3://bucket/prefix).

<url>/YYYY-MM/ receives the five deliverables, then `manifest.json` (their names, sizes and sha256). The copy is
complete when the manifest there matches the deliverables published here, so a rerun that changed nothing
uploads nothing, and a month rebuilt with other figures is copied again. S3 goes through luigi.contrib.s3 and
Luigi's own [s3] settings (endpoint_url, region_name, …); credentials come from the environment as boto3 finds
them, never from luigi.cfg or the log."""

import datetime
import json
import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import luigi
import luigi.format

from wine_luigi import freshness, layout
from wine_luigi.errors import PipelineError, one_line
from wine_luigi.remote import MANIFEST


class archive(luigi.Config):
    """[archive]: where each month's deliverables are copied (--archive-url)."""

    url = luigi.Parameter(default="", description="a folder or s3://bucket/prefix; empty: no off-site copy")


def destination(month: datetime.date) -> str | None:
    """<url>/YYYY-MM (without a trailing slash); None when no archive is configured."""
    url = archive().url.strip()
    return f"{url.rstrip('/')}/{layout.month_name(month)}" if url else None


def manifest_of(paths: Sequence[str]) -> dict[str, dict[str, Any]]:
    """{name: {"size", "sha256"}} of the given files."""
    listed = {}
    for path in sorted(paths):
        found = freshness.fingerprint(path)
        if found is None:
            raise FileNotFoundError(f"{path}: not there to be listed")
        listed[Path(path).name] = {"size": os.path.getsize(path), "sha256": found["sha256"]}
    return listed


class Store:
    """A folder or an S3 prefix, with the three things an archive needs."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.s3 = where.startswith("s3://")
        if self.s3:
            from luigi.contrib.s3 import S3Client

            self.client = S3Client()

    def target(self, name: str) -> Any:
        if self.s3:
            from luigi.contrib.s3 import S3Target

            return S3Target(f"{self.where}/{name}", client=self.client)
        return luigi.LocalTarget(os.path.join(self.where, name))

    def put(self, path: str, name: str) -> None:
        if self.s3:
            self.client.put(str(path), f"{self.where}/{name}")
        else:  # written under a temporary name and renamed over the earlier copy: complete or absent
            os.makedirs(self.where, exist_ok=True)
            with (
                open(path, "rb") as source,
                luigi.LocalTarget(os.path.join(self.where, name), format=luigi.format.Nop).open("w") as copy,
            ):
                shutil.copyfileobj(source, copy)

    def read(self, name: str) -> str | None:
        target = self.target(name)
        if not target.exists():
            return None
        with target.open("r") as f:
            return f.read()

    def write(self, name: str, text: str) -> None:
        if self.s3:
            self.client.put_string(text, f"{self.where}/{name}")
        else:
            with self.target(name).open("w") as f:
                f.write(text)


def copy_month(files: Sequence[str], where: str) -> None:
    """Copy the deliverables to `where`, the manifest last; PipelineError with a one-line reason on failure."""
    store = Store(where)
    try:
        for path in files:
            store.put(path, Path(path).name)
        store.write(MANIFEST, json.dumps(manifest_of(files), indent=2, sort_keys=True) + "\n")
    except Exception as error:  # botocore's and the file system's: the reason, not a traceback
        raise PipelineError(
            f"{where}/: cannot copy the month there ({type(error).__name__}: {one_line(error)})"
        ) from error


def copied(files: Sequence[str], where: str) -> bool:
    """The deliverables at `where` are these ones (its manifest matches them); not when it cannot be read (no
    bucket, no network: the copy is then made again, and its failure says why)."""
    try:
        stored = Store(where).read(MANIFEST)
        return stored is not None and json.loads(stored) == manifest_of(files)
    except Exception:
        return False
