"""A full or read-only disk: a clear error, nothing half-written, earlier months intact."""

import os
import sqlite3
import subprocess

import pytest

from helpers import BUCKET, bucket_with_exports, listing, machine, on_s3, run_luigi, write_sources


def mount_tmpfs(path, size, read_only=False):
    path.mkdir(parents=True, exist_ok=True)
    options = f"size={size}" + (",ro" if read_only else "")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"a tiny tmpfs is needed to fill a disk and could not be mounted: {done.stderr.strip()}")
    return path


@pytest.fixture
def mounts():
    mounted = []
    yield mounted
    for path in reversed(mounted):
        subprocess.run(["umount", "-l", str(path)], check=False)


pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="mounting a tmpfs needs root (CI runs as root)")


def no_leftovers(root):
    return [str(p) for p in root.rglob("*") if "-luigi-tmp-" in p.name]


@pytest.mark.slow
def test_a_full_output_disk_publishes_nothing(tmp_path, mounts):
    mounts.append(mount_tmpfs(tmp_path / "data/output", "112k"))
    write_sources(tmp_path / "data/sources/2025-12")
    assert run_luigi(tmp_path, "RunMonthly", "--date", "2025-12-15").returncode == 0
    december = listing(tmp_path / "data/output/2025-12")
    write_sources(tmp_path / "data/sources/2026-01", seed=2)
    done = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15")
    assert done.returncode == 30, done.stderr
    assert (
        "data/output/2026-01: cannot publish the month there (No space left on device); nothing was published"
        in done.stderr
    )
    assert "Traceback" not in done.stderr
    assert sorted(p.name for p in (tmp_path / "data/output").iterdir()) == ["2025-12"]
    assert listing(tmp_path / "data/output/2025-12") == december
    assert no_leftovers(tmp_path / "data") == []


@pytest.mark.slow
def test_a_read_only_output_folder_publishes_nothing(tmp_path, mounts):
    mounts.append(mount_tmpfs(tmp_path / "data/output", "1m", read_only=True))
    write_sources(tmp_path / "data/sources")
    done = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15")
    assert done.returncode == 30
    assert (
        "data/output/2026-01: cannot publish the month there (Read-only file system); nothing was published"
        in done.stderr
    )
    assert "Traceback" not in done.stderr
    assert list((tmp_path / "data/output").iterdir()) == []


@pytest.mark.slow
def test_a_full_intermediates_disk_names_the_file(tmp_path, mounts):
    mounts.append(mount_tmpfs(tmp_path / "data/tmp", "48k"))
    write_sources(tmp_path / "data/sources")
    done = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15", "--scheduler-retry-delay", "0.2")
    assert done.returncode == 30
    assert ": cannot write it (No space left on device)" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "data/output/2026-01").exists()
    assert no_leftovers(tmp_path / "data") == []


@pytest.mark.slow
def test_a_full_disk_under_the_working_copy_of_the_bucket_names_the_file_and_leaves_nothing_half_fetched(
    tmp_path, mounts, s3_server
):
    bucket_with_exports(s3_server, ["2026-01"])
    here = machine(tmp_path, s3_server, "data/wine_luigi.db")
    cache = mounts.append(mount_tmpfs(here / "data/cache", "200k")) or here / "data/cache"  # the web export: 318 kB
    # the steps left pending keep the worker alive ([worker] max_keep_alive_idle_duration): 1 s, not 2 min
    idle = ("--worker-max-keep-alive-idle-duration", "1 second")
    done = run_luigi(here, "RunMonthly", "--date", "2026-01-15", *idle, env=on_s3(here, s3_server))
    assert done.returncode == 35, done.stderr  # [retcode] scheduling_error: its exports could not be looked at
    said = (
        f"{cache}/sources/2026-01/Fichier_web.xlsx: cannot write it (No space left on device), "
        f"the working copy of s3://{BUCKET}/sources/2026-01/Fichier_web.xlsx"
    )
    assert f"due to error in complete() method: {said}" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert no_leftovers(cache) == []
    with sqlite3.connect(here / "data/wine_luigi.db") as db:
        ((status, error),) = db.execute("select status, error from runs").fetchall()
    assert status == "failed" and said in error, error
