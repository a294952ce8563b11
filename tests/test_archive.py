"""Off-site copies of each month: to a folder, and to S3 through a real S3 API (moto's server on loopback)."""

import json
import sqlite3

import pytest

from helpers import DELIVERABLES, ROOT, listing, parts, run_luigi, user_config, write_sources

JAN = ("RunMonthly", "--date", "2026-01-15")


def s3_config(tmp_path, server, url, inbox=None):
    """The shipped luigi.cfg with the archive set and Luigi's [s3] pointed at the server; credentials stay in the
    environment."""
    base = user_config(tmp_path, inbox.port)["LUIGI_CONFIG_PATH"] if inbox else ROOT / "luigi.cfg"
    config = tmp_path / "archive.cfg"
    config.write_text(
        open(base).read() + f"\n[archive]\nurl = {url}\n\n[s3]\nendpoint_url = {server.url}\nregion_name = eu-west-3\n"
    )
    return {"LUIGI_CONFIG_PATH": str(config), **server.environment}


def objects(server, bucket, prefix=""):
    listed = server.client().list_objects_v2(Bucket=bucket, Prefix=prefix).get("Contents", [])
    return {o["Key"]: o["LastModified"] for o in listed}


@pytest.mark.slow
def test_a_month_is_copied_to_s3_once_and_a_rerun_uploads_nothing(tmp_path, s3_server):
    s3_server.client().create_bucket(
        Bucket="bottleneck-backup", CreateBucketConfiguration={"LocationConstraint": "eu-west-3"}
    )
    write_sources(tmp_path / "data/sources")
    env = s3_config(tmp_path, s3_server, "s3://bottleneck-backup/wine_luigi")
    done = run_luigi(tmp_path, *JAN, env=env)
    assert done.returncode == 0, done.stderr
    assert "wine_luigi 2026-01: copied to s3://bottleneck-backup/wine_luigi/2026-01/" in done.stderr
    stored = objects(s3_server, "bottleneck-backup")
    assert sorted(stored) == sorted(f"wine_luigi/2026-01/{name}" for name in [*DELIVERABLES, "manifest.json"])
    out = tmp_path / "data/output/2026-01"
    for name in DELIVERABLES:
        body = (
            s3_server.client().get_object(Bucket="bottleneck-backup", Key=f"wine_luigi/2026-01/{name}")["Body"].read()
        )
        assert body == (out / name).read_bytes()
    manifest = json.loads(
        s3_server.client().get_object(Bucket="bottleneck-backup", Key="wine_luigi/2026-01/manifest.json")["Body"].read()
    )
    assert (
        sorted(manifest) == sorted(DELIVERABLES)
        and manifest["premium.csv"]["size"] == (out / "premium.csv").stat().st_size
    )
    assert sqlite3.connect(tmp_path / "data/wine_luigi.db").execute("select status, archive from runs").fetchall() == [
        ("ok", "s3://bottleneck-backup/wine_luigi/2026-01/"),
    ]
    assert env["AWS_SECRET_ACCESS_KEY"] not in done.stderr + done.stdout

    again = run_luigi(tmp_path, *JAN, env=env)
    assert again.returncode == 0, again.stderr
    assert "running   ArchiveMonth" not in again.stderr
    assert "wine_luigi 2026-01: already done" in again.stderr
    assert objects(s3_server, "bottleneck-backup") == stored  # nothing uploaded again


@pytest.mark.slow
def test_a_failed_upload_fails_the_copy_only_and_the_ledger_and_email_say_so(tmp_path, s3_server, inbox):
    write_sources(tmp_path / "data/sources")
    env = s3_config(tmp_path, s3_server, "s3://no-such-bucket/wine_luigi", inbox)
    done = run_luigi(tmp_path, *JAN, env=env)
    assert done.returncode == 30
    reason = "s3://no-such-bucket/wine_luigi/2026-01/: cannot copy the month there (NoSuchBucket: "
    assert f"failed    ArchiveMonth(month=2026-01): {reason}" in done.stderr
    assert "Traceback" not in done.stderr and env["AWS_SECRET_ACCESS_KEY"] not in done.stderr
    assert sorted(p.name for p in (tmp_path / "data/output/2026-01").iterdir()) == sorted(
        DELIVERABLES
    )  # published here
    status, archive, merged = (
        sqlite3.connect(tmp_path / "data/wine_luigi.db").execute("select status, archive, merged from runs").fetchone()
    )
    assert status == "ok" and merged > 0 and archive.startswith(f"failed: {reason}")
    assert [m["Subject"] for m in inbox.messages] == [
        "[wine_luigi] wine_luigi 2026-01: published, but the copy to s3://no-such-bucket/wine_luigi/2026-01/ failed"
    ]
    text = " ".join(parts(inbox.messages[0])[0].split())
    assert (
        f"wine_luigi built and published the month 2026-01 in {tmp_path}/data/output/2026-01, and recorded it in the "
        "ledger" in text
    )
    assert reason in text

    s3_server.client().create_bucket(
        Bucket="no-such-bucket", CreateBucketConfiguration={"LocationConstraint": "eu-west-3"}
    )
    fixed = run_luigi(tmp_path, *JAN, env=env)
    assert fixed.returncode == 0, fixed.stderr
    assert "running   ExtractSource" not in fixed.stderr  # only the copy is made again
    assert len(objects(s3_server, "no-such-bucket")) == 6


@pytest.mark.slow
def test_a_month_is_copied_to_a_folder_and_copied_again_when_it_changes(tmp_path):
    write_sources(tmp_path / "data/sources")
    backup = tmp_path / "backup"
    done = run_luigi(tmp_path, *JAN, "--archive-url", str(backup))
    assert done.returncode == 0, done.stderr
    copy = listing(backup / "2026-01")
    assert sorted(copy) == sorted([*DELIVERABLES, "manifest.json"])
    assert {name: copy[name] for name in DELIVERABLES} == listing(tmp_path / "data/output/2026-01")
    assert run_luigi(tmp_path, *JAN, "--archive-url", str(backup)).returncode == 0
    assert listing(backup / "2026-01") == copy

    write_sources(tmp_path / "data/sources", seed=5)  # new exports: new figures, copied again
    changed = run_luigi(tmp_path, *JAN, "--archive-url", str(backup))
    assert changed.returncode == 0, changed.stderr
    assert listing(backup / "2026-01") != copy
    assert {name: listing(backup / "2026-01")[name] for name in DELIVERABLES} == listing(
        tmp_path / "data/output/2026-01"
    )


@pytest.mark.slow
@pytest.mark.parametrize("archive", ["", None])
def test_without_an_archive_nothing_is_copied(tmp_path, archive):
    write_sources(tmp_path / "data/sources")
    done = run_luigi(tmp_path, *JAN, *(["--archive-url", archive] if archive is not None else []))
    assert done.returncode == 0 and "ArchiveMonth" not in done.stderr
    assert sqlite3.connect(tmp_path / "data/wine_luigi.db").execute("select archive from runs").fetchone() == (None,)
