"""A full or read-only disk, or data another user made: a clear error, nothing half-written, earlier months intact."""

import os
import pwd
import re
import sqlite3
import subprocess

import pytest

from helpers import BUCKET, ROOT, bucket_with_exports, email_to, listing, machine, on_s3, run_luigi, write_sources


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
    # the records of the failed steps could not be written either: the month is still said and recorded as failed
    assert "not finished by this run" not in done.stderr, done.stderr
    with sqlite3.connect(tmp_path / "data/wine_luigi.db") as db:
        ((status, error),) = db.execute("select status, error from runs").fetchall()
    assert status == "failed" and error.endswith(": cannot write it (No space left on device)"), error


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


# --- data another user made ----------------------------------------------------------------------------------

SHOP = 4321  # the user cron runs as, who owns nothing of what a month run with sudo made (another_user.py)


def as_shop(**more):
    return {"PYTHONPATH": str(ROOT / "tests"), "ANOTHER_USER": str(SHOP), "USER": "shop", "LOGNAME": "shop", **more}


@pytest.mark.slow
def test_data_another_user_made_stops_the_command_at_its_start_with_the_fix(tmp_path):
    write_sources(tmp_path / "data/sources")
    assert run_luigi(tmp_path, "RunMonthly", "--date", "2025-12-15").returncode == 0  # made by this user: "sudo"
    before = listing(tmp_path / "data")
    done = run_luigi(tmp_path, "--module", "another_user", "RunMonthly", "--date", "2026-01-15", env=as_shop())
    assert done.returncode == 1, done.stderr
    me, data = pwd.getpwuid(os.getuid()).pw_name, tmp_path / "data"
    assert re.fullmatch(
        re.escape(
            f"wine_luigi: {data}/tmp: the user this command runs as (shop) cannot write in this folder, which belongs "
            f"to {me} (made by a command run as {me}, with sudo?), nor "
        )
        + r"\d+"
        + re.escape(
            f" other place(s) it writes: to give them to shop, `sudo chown -R shop {data}`; "
            f"or run the command as {me}\n"
        ),
        done.stderr,
    ), done.stderr
    assert listing(tmp_path / "data") == before  # nothing written, nothing locked
    for path in [data, *data.rglob("*")]:  # given back, the month runs
        os.chown(path, SHOP, -1)
    # another command's pid file, left by the first user: no matter to this command
    (data / "lock/0123456789abcdef0123456789abcdef.pid").write_text("1\n")
    again = run_luigi(tmp_path, "--module", "another_user", "RunMonthly", "--date", "2026-01-15", env=as_shop())
    assert again.returncode == 0, again.stderr


@pytest.mark.slow
def test_an_export_the_user_may_not_read_stops_the_month_in_one_line_and_is_still_reported(tmp_path, inbox):
    folder = write_sources(tmp_path / "data/sources")
    (tmp_path / "data/lock").mkdir()
    for path in [tmp_path, *tmp_path.rglob("*")]:  # the project is the shop user's
        os.chown(path, SHOP, -1)
    export = folder / "Fichier_web.xlsx"
    env = as_shop(UNREADABLE=str(export))
    done = run_luigi(
        tmp_path, "--module", "another_user", "RunMonthly", "--date", "2026-01-15", *email_to(inbox), env=env
    )
    said = f"{export}: cannot read it (Permission denied): the user this command runs as (shop) needs read access to it"
    assert done.returncode == 30, done.stderr
    assert f"failed    ExtractSource(month=2026-01, source=web): {said}" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and "Error in event callback" not in done.stderr, done.stderr
    with sqlite3.connect(tmp_path / "data/wine_luigi.db") as db:
        ((status, error, web),) = db.execute("select status, error, web_sha256 from runs").fetchall()
    assert (status, error, web) == ("failed", said, None)
    (message,) = inbox.messages
    assert said in message.get_body(("plain",)).get_content()
    assert not (tmp_path / "data/output/2026-01").exists()


@pytest.mark.slow
@pytest.mark.parametrize("where", ["data/sources", "data/sources/2026-01"])
def test_a_sources_folder_the_user_may_not_read_stops_the_command_at_its_start_in_one_line(tmp_path, where):
    write_sources(tmp_path / "data/sources/2026-01")
    (tmp_path / "data/lock").mkdir(parents=True)
    for path in [tmp_path, *tmp_path.rglob("*")]:  # the project is the shop user's
        os.chown(path, SHOP, -1)
    env = as_shop(UNREADABLE=str(tmp_path / where))
    done = run_luigi(tmp_path, "--module", "another_user", "RunMonthly", "--date", "2026-01-15", env=env)
    assert done.returncode == 1, done.stderr
    assert done.stderr == (
        f"wine_luigi: {tmp_path / where}: cannot read it (Permission denied): the user this command runs as (shop) "
        "needs read access to it\n"
    )
