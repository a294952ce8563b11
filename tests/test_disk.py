"""A full or read-only disk: a clear error, nothing half-written, earlier months intact."""

import os
import subprocess

import pytest

from helpers import listing, run_luigi, write_sources


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
