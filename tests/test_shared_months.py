"""Beyond one machine: the months in an S3 bucket (moto's server on loopback), the ledger in PostgreSQL (a real
server), workers in separate folders as on separate machines, sharing one real luigid."""

import hashlib
import io
import json
import os
import re
import socket
import sqlite3
import subprocess
import sys
import time

import luigi
import openpyxl
import pandas as pd
import psycopg2
import pytest

from helpers import (
    BOTTLENECK,
    BUCKET,
    DELIVERABLES,
    FILES,
    MONTHS,
    ROOT,
    bucket_with_exports,
    email_to,
    held_run,
    luigi_command,
    machine,
    on_s3,
    run_luigi,
    write_sources,
)
from wine_luigi import ledger, remote


def runs(db):
    with psycopg2.connect(db) as conn, conn.cursor() as cursor:
        cursor.execute("select month, status, merged, total_revenue, premium, finished from runs order by month")
        return cursor.fetchall()


def ran(log):
    """{(step, month, other parameters)} of the steps a worker's log says it ran."""
    return set(re.findall(r"done      (\w+)\(month=(\d{4}-\d\d)([^)]*)\)", log))


def backfill(luigid):
    """The four months' backfill, on the real luigid."""
    return (
        "RangeMonthly",
        "--of",
        "RunMonthly",
        "--start",
        MONTHS[0],
        "--stop",
        "2026-05",
        "--scheduler-port",
        str(luigid.port),
    )


def start(folder, *args, env=None):
    """A worker started in `folder` (its own machine) with luigid, its log in folder/worker.log."""
    command, environ = luigi_command(folder, *args, env=env, local=False)
    log = open(folder / "worker.log", "w")  # a file, not a pipe: a worker never blocks on its log
    return subprocess.Popen(command, cwd=folder, env=environ, stdout=log, stderr=subprocess.STDOUT, text=True), log


def finish(workers):
    """[(exit code, log)] of each worker, once it has exited."""
    logs = []
    for process, log in workers:
        try:
            process.wait(timeout=300)
        finally:
            if process.poll() is None:
                process.kill()
            log.close()
        logs.append((process.returncode, open(log.name).read()))
    return logs


def changed_web_export(renamed=None):
    """The real web export with one product's total_sales changed; with `renamed`, that column's header too (the
    load gate then fails)."""
    book = openpyxl.load_workbook(BOTTLENECK / FILES["web"])
    sheet = book.worksheets[0]
    headers = [c.value for c in sheet[1]]
    column = headers.index("total_sales") + 1
    sheet.cell(row=2, column=column).value = (sheet.cell(row=2, column=column).value or 0) + 7
    if renamed:
        sheet.cell(row=1, column=headers.index(renamed) + 1).value = f"{renamed} (renamed)"
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


@pytest.mark.slow
def test_two_machines_share_a_backfill_through_s3_postgresql_and_one_luigid(
    tmp_path, s3_server, pg_server, luigid, monkeypatch
):
    client = bucket_with_exports(s3_server)
    machines = [machine(tmp_path / name, s3_server, pg_server) for name in ("m1", "m2")]
    ended = finish([start(m, *backfill(luigid), env=on_s3(m, s3_server)) for m in machines])
    assert [code for code, _ in ended] == [0, 0], ended
    steps = [ran(log) for _, log in ended]
    assert steps[0] and steps[1], "the work was shared"
    for month in MONTHS:  # each step of each month ran once, on one machine or the other
        assert sum(("ExportSalesXlsx", month, "") in s for s in steps) == 1, month
        assert not steps[0] & steps[1]
    rows = runs(pg_server)
    assert [r[:5] for r in rows] == [(m, "ok", 714, 70568.6, 30) for m in MONTHS]
    with psycopg2.connect(pg_server) as conn, conn.cursor() as cursor:
        cursor.execute(
            "select month, count(*) from steps where task like 'ExportSalesXlsx%' group by month order by month"
        )
        assert cursor.fetchall() == [(m, 1) for m in MONTHS]
    for month in MONTHS:  # each month's five deliverables in the bucket, as one set its manifest lists
        listed = json.loads(client.get_object(Bucket=BUCKET, Key=f"output/{month}/manifest.json")["Body"].read())
        assert sorted(listed) == sorted(DELIVERABLES), month
        for name, said in listed.items():
            body = client.get_object(Bucket=BUCKET, Key=f"output/{month}/{name}")["Body"].read()
            assert (len(body), hashlib.sha256(body).hexdigest()) == (said["size"], said["sha256"])
    for name, value in {**s3_server.environment, "AWS_ENDPOINT_URL": s3_server.url}.items():  # a reader of the bucket
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(remote, "_clients", {})
    published = remote.read_set(f"s3://{BUCKET}/output/2026-02")
    assert sorted(published) == sorted(DELIVERABLES) and published["premium.csv"].count(b"\n") == 31
    assert remote.read_set(f"s3://{BUCKET}/output/2026-09", attempts=1) is None
    report = client.get_object(Bucket=BUCKET, Key="output/2026-04/report.html")["Body"].read().decode()
    assert "Compared with the previous month, 2026-03, as recorded in the ledger." in report

    code, again = finish([start(machines[0], *backfill(luigid), env=on_s3(machines[0], s3_server))])[
        0
    ]  # nothing new: nothing runs
    assert code == 0 and not ran(again), again

    client.put_object(Bucket=BUCKET, Key="sources/2026-04/Fichier_web.xlsx", Body=changed_web_export())
    code, after = finish([start(machines[1], *backfill(luigid), env=on_s3(machines[1], s3_server))])[0]
    assert code == 0, after
    rebuilt = ran(after)
    assert {month for _, month, _ in rebuilt} == {"2026-04"}, rebuilt
    assert ("RecordMonth", "2026-04", "") in rebuilt
    assert [step for step in rebuilt if step[0] == "ExtractSource"] == [
        ("ExtractSource", "2026-04", ", source=web")
    ]  # the web export only
    now = runs(pg_server)
    assert now[:3] == rows[:3] and now[3][5] != rows[3][5]

    stats = subprocess.run(
        [sys.executable, "-m", "wine_luigi.stats"],
        cwd=machines[0],
        capture_output=True,
        text=True,
        env={**os.environ, **on_s3(machines[0], s3_server)},
    )
    assert stats.returncode == 0, stats.stderr
    assert [line.split()[:2] for line in stats.stdout.splitlines()[1:]] == [[m, "ok"] for m in MONTHS]


@pytest.mark.slow
def test_on_s3_a_month_is_judged_by_content_not_by_any_clock(tmp_path, s3_server):
    client = bucket_with_exports(s3_server, MONTHS[:1])
    here = machine(tmp_path / "m1", s3_server, "data/wine_luigi.db")
    env = on_s3(here, s3_server)
    first = run_luigi(here, "RunMonthly", "--date", "2026-01-15", env=env)
    assert first.returncode == 0, first.stderr
    # this machine's clock says anything at all: every file of its working copy dated 1990, then 2100
    for stamp in (631152000, 4102444800):
        for folder, _, names in os.walk(here / "data/cache"):
            for name in names:
                os.utime(os.path.join(folder, name), (stamp, stamp))
        again = run_luigi(here, "RunMonthly", "--date", "2026-01-15", env=env)
        assert again.returncode == 0 and not ran(again.stderr), again.stderr
        assert "wine_luigi 2026-01: already done (s3://bottleneck/output/2026-01)" in again.stderr
    # a corrected export put in the same second as the first (S3 dates it to the second): seen by its content
    original = (BOTTLENECK / FILES["web"]).read_bytes()
    changed = changed_web_export()
    client.put_object(Bucket=BUCKET, Key="sources/2026-01/Fichier_web.xlsx", Body=changed)
    client.put_object(Bucket=BUCKET, Key="sources/2026-01/Fichier_web.xlsx", Body=original)  # and put back at once
    same = run_luigi(here, "RunMonthly", "--date", "2026-01-15", env=env)
    assert same.returncode == 0 and not ran(same.stderr), same.stderr  # the same bytes: nothing to do
    client.put_object(Bucket=BUCKET, Key="sources/2026-01/Fichier_web.xlsx", Body=changed)
    rebuilt = run_luigi(here, "RunMonthly", "--date", "2026-01-15", env=env)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert {("ExtractSource", "2026-01", ", source=web"), ("PublishMonth", "2026-01", "")} <= ran(rebuilt.stderr)
    # Purge works on the bucket: the month's intermediates go, its deliverables stay and it is then final
    purge = run_luigi(here, "Purge", "--keep-months", "0", "--date", "2026-03-01", env=env)
    assert purge.returncode == 0, purge.stderr
    keys = [o["Key"] for o in client.list_objects_v2(Bucket=BUCKET)["Contents"]]
    assert not [k for k in keys if k.startswith("tmp/")]
    assert sorted(k for k in keys if k.startswith("output/")) == sorted(
        f"output/2026-01/{n}" for n in [*DELIVERABLES, "manifest.json"]
    )
    final = run_luigi(here, "RunMonthly", "--date", "2026-01-15", env=env)
    assert final.returncode == 0 and "wine_luigi 2026-01: archived" in final.stderr, final.stderr


@pytest.mark.slow
def test_a_failure_email_on_any_machine_dates_the_set_the_bucket_holds(tmp_path, s3_server, inbox):
    client = bucket_with_exports(s3_server, MONTHS[:1])
    first, second = (machine(tmp_path / m, s3_server, "data/wine_luigi.db") for m in ("m1", "m2"))
    assert run_luigi(first, "RunMonthly", "--date", "2026-01-15", env=on_s3(first, s3_server)).returncode == 0
    # a corrected export, built and published again by the second machine: the first one's copy is now an older set
    client.put_object(Bucket=BUCKET, Key="sources/2026-01/Fichier_web.xlsx", Body=changed_web_export())
    assert run_luigi(second, "RunMonthly", "--date", "2026-01-15", env=on_s3(second, s3_server)).returncode == 0
    published = client.head_object(Bucket=BUCKET, Key="output/2026-01/manifest.json")["LastModified"]
    at = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(published.timestamp()))
    for path in (first / "data/cache/output/2026-01").iterdir():
        os.utime(path, (1577836800, 1577836800))  # the first machine's copy dated 2020-01-01: not what is said
    # then a web export whose sku header someone renamed: the month stops on the first machine, and on a third
    # that has no copy of the deliverables at all
    client.put_object(Bucket=BUCKET, Key="sources/2026-01/Fichier_web.xlsx", Body=changed_web_export("sku"))
    third = machine(tmp_path / "m3", s3_server, "data/wine_luigi.db")
    for folder in (first, third):
        failed = run_luigi(folder, "RunMonthly", "--date", "2026-01-15", *email_to(inbox), env=on_s3(folder, s3_server))
        assert failed.returncode == 30, failed.stderr
    assert not (third / "data/cache/output/2026-01").exists()
    assert len(inbox.messages) == 2
    for message in inbox.messages:
        text = message.get_body(("plain",)).get_content()
        assert f"The deliverables in s3://{BUCKET}/output/2026-01 are still those of the run of {at}" in text
        assert "2020-01-01" not in text and "Nothing was published" not in text
    assert sorted(o["Key"] for o in client.list_objects_v2(Bucket=BUCKET, Prefix="output/")["Contents"]) == sorted(
        f"output/2026-01/{n}" for n in [*DELIVERABLES, "manifest.json"]
    )


@pytest.mark.slow
def test_two_machines_without_luigid_never_build_one_month_together(tmp_path, s3_server, pg_server):
    bucket_with_exports(s3_server, MONTHS[:1])
    first_machine, second_machine = (machine(tmp_path / name, s3_server, pg_server) for name in ("m1", "m2"))
    hold = tmp_path / "hold"
    first = held_run(first_machine, hold, env=on_s3(first_machine, s3_server))
    try:
        second = run_luigi(
            second_machine,
            "RunMonthly",
            "--date",
            "2026-01-20",
            env=on_s3(second_machine, s3_server),
        )
    finally:
        hold.unlink()
    log, _ = first.communicate(timeout=120)
    assert first.returncode == 0, log
    assert second.returncode == 10, second.stderr
    message = [line for line in second.stderr.splitlines() if line.startswith("wine_luigi:")]
    assert len(message) == 1 and re.fullmatch(
        rf"wine_luigi: 2026-01 is being built by another run \(pid {first.pid} on \S+ since [\d: -]+: luigi "
        r".*RunMonthly "
        r"--date 2026-01-15 --local-scheduler\): this one stops; run it again when that one has finished",
        message[0],
    ), message
    assert "running   " not in second.stderr
    assert [r[:2] for r in runs(pg_server)] == [("2026-01", "ok")]


@pytest.mark.slow
def test_a_run_that_lost_its_hold_on_the_month_publishes_it_only_when_no_other_run_took_it(
    tmp_path, s3_server, pg_server
):
    """The server lets the month go when the connection that held it ends (lost_hold.py): before publishing, the
    run looks again; it stops when another run took the month, and takes it again when none did."""
    client = bucket_with_exports(s3_server, MONTHS[:1])
    here = machine(tmp_path / "m1", s3_server, pg_server)
    env = {**on_s3(here, s3_server), "PYTHONPATH": str(ROOT / "tests"), "LOST_HOLD": "taken"}
    taken = run_luigi(here, "--module", "lost_hold", "RunMonthly", "--date", "2026-01-15", env=env)
    assert taken.returncode == 30, taken.stderr
    held_by = "pid 4242 on shop-worker-2 since 2026-12-03 06:00:00: luigi --module wine_luigi RunMonthly"
    said = f"failed    PublishMonth(month=2026-01): {ledger.shown(pg_server)}: 2026-01 is no longer held for this run: "
    assert said + "the connection holding it was lost (" in taken.stderr, taken.stderr
    assert f"and another run holds it now ({held_by} --date 2026-01-15); it stops before publishing it" in taken.stderr
    assert "Traceback" not in taken.stderr
    assert in_bucket(client, "output/") == {}, "published by a run that no longer held the month"
    env["LOST_HOLD"] = "lost"  # and nobody took it
    again = run_luigi(here, "--module", "lost_hold", "RunMonthly", "--date", "2026-01-15", env=env)
    assert again.returncode == 0, again.stderr
    assert re.search(
        r"WARNING: \S+: the hold on 2026-01 for this run: the connection holding it was lost \(.+\); taken again, no "
        r"other run had taken it",
        again.stderr,
    ), again.stderr
    assert {"PublishMonth", "RecordMonth"} <= {step for step, _, _ in ran(again.stderr)}
    assert f"output/2026-01/{remote.MANIFEST}" in in_bucket(client, "output/")
    assert [row[:4] for row in runs(pg_server)] == [("2026-01", "ok", 714, 70568.6)]


@pytest.mark.slow
def test_workers_on_two_machines_with_local_folders_say_why_in_one_line(tmp_path, luigid):
    machines = []
    for name in ("m1", "m2"):
        for month in MONTHS:
            write_sources(tmp_path / name / f"data/sources/{month}", seed=int(month[-1]))
        machines.append(tmp_path / name)
    workers = [start(folder, *backfill(luigid)) for folder in machines]
    ended = finish(workers)
    assert 30 in [code for code, _ in ended], "a machine was given a step whose input the other machine made"
    for code, log in ended:
        assert "Traceback" not in log and "RuntimeError" not in log, log
        if code == 30:
            line = next(line for line in log.splitlines() if "cannot run on this worker" in line)
            assert re.search(
                r"luigid reports the steps before it done, but \S+ is not here \(made by a worker on another "
                r"machine\?\)\. Workers on several machines share the months only through \[paths\] sources, tmp "
                r"and output on s3://bucket/prefix and \[paths\] db = postgresql://…",
                line,
            ), line


def in_bucket(client, prefix):
    """{key: (sha256 of its bytes, the sha256 it carries)} of the objects under `prefix`."""
    found = {}
    for o in client.list_objects_v2(Bucket=BUCKET, Prefix=prefix).get("Contents", []):
        got = client.get_object(Bucket=BUCKET, Key=o["Key"])
        found[o["Key"]] = (hashlib.sha256(got["Body"].read()).hexdigest(), got["Metadata"].get("sha256"))
    return found


@pytest.mark.slow
def test_a_month_on_s3_is_published_and_recorded_only_with_every_file_of_it_in_the_bucket(tmp_path, s3_server):
    client = bucket_with_exports(s3_server, MONTHS[:1])
    here = machine(tmp_path / "m1", s3_server, "data/wine_luigi.db")
    env = {**on_s3(here, s3_server), "PYTHONPATH": str(ROOT / "tests"), "WINE_LUIGI_REFUSE": "/clean_web.parquet"}
    refused = run_luigi(here, "--module", "watched_uploads", "RunMonthly", "--date", "2026-01-15", env=env)
    assert refused.returncode == 30, refused.stderr
    assert (
        "s3://bottleneck/tmp/2026-01/clean_web.parquet: cannot upload it (An error occurred (AccessDenied) when "
        "calling the PutObject operation: Access Denied)" in refused.stderr
    )
    assert "Traceback" not in refused.stderr
    assert "output/2026-01/manifest.json" not in in_bucket(client, "output/"), "a set without all of its files"
    with sqlite3.connect(here / "data/wine_luigi.db") as db:
        assert db.execute("select month, status from runs").fetchall() == [("2026-01", "failed")]
    # the bucket takes it again: the step whose file is missing runs again, with every step after it
    again = run_luigi(here, "RunMonthly", "--date", "2026-01-15", env=on_s3(here, s3_server))
    assert again.returncode == 0, again.stderr
    steps = ran(again.stderr)
    assert ("CleanSource", "2026-01", ", source=web") in steps and ("RecordMonth", "2026-01", "") in steps
    assert not [s for s in steps if s[0] == "ExtractSource" or s[2] in (", source=erp", ", source=link")]
    # every object is whole and carries the sha256 of its bytes; the working copy holds the same bytes
    objects = in_bucket(client, "")
    assert sorted(k for k in objects if k.startswith("output/")) == sorted(
        f"output/2026-01/{n}" for n in [*DELIVERABLES, "manifest.json"]
    )
    for key, (content, carried) in objects.items():
        if not key.startswith("sources/"):
            assert carried == content, key
            assert hashlib.sha256((here / "data/cache" / key).read_bytes()).hexdigest() == content, key
    manifest = json.loads(client.get_object(Bucket=BUCKET, Key="output/2026-01/manifest.json")["Body"].read())
    assert {n: m["sha256"] for n, m in manifest.items()} == {n: objects[f"output/2026-01/{n}"][0] for n in DELIVERABLES}
    with sqlite3.connect(here / "data/wine_luigi.db") as db:
        assert db.execute("select month, status, merged from runs").fetchall() == [("2026-01", "ok", 714)]
    nothing = run_luigi(here, "RunMonthly", "--date", "2026-01-15", env=on_s3(here, s3_server))
    assert nothing.returncode == 0 and not ran(nothing.stderr), nothing.stderr


@pytest.mark.slow
def test_a_month_is_published_on_s3_by_copies_the_server_makes_of_its_deliverables(tmp_path, s3_server):
    client = bucket_with_exports(s3_server, MONTHS[:1])
    deliverables = sorted(f"output/2026-01/{name}" for name in DELIVERABLES)
    for folders, tmp in (("tmp and output on S3", None), ("tmp on this machine", "data/tmp")):
        for key in in_bucket(client, "output/"):  # a month not published yet
            client.delete_object(Bucket=BUCKET, Key=key)
        here = machine(tmp_path / folders.replace(" ", "-"), s3_server, "data/wine_luigi.db")
        if tmp:
            text = (here / "luigi.cfg").read_text()
            (here / "luigi.cfg").write_text(re.sub(r"^tmp = .*$", f"tmp = {tmp}", text, count=1, flags=re.M))
        uploads = here / "uploads.txt"
        env = {**on_s3(here, s3_server), "PYTHONPATH": str(ROOT / "tests"), "WINE_LUIGI_UPLOADS": str(uploads)}
        done = run_luigi(here, "--module", "watched_uploads", "RunMonthly", "--date", "2026-01-15", env=env)
        assert done.returncode == 0, done.stderr
        sent = sorted(u.removeprefix(f"s3://{BUCKET}/") for u in uploads.read_text().split() if "/output/" in u)
        # the deliverables already in the bucket (tmp on S3) are copied there by the server, not sent again
        assert sent == (
            ["output/2026-01/manifest.json"] if tmp is None else sorted([*deliverables, "output/2026-01/manifest.json"])
        ), folders
        objects = in_bucket(client, "output/")
        manifest = json.loads(client.get_object(Bucket=BUCKET, Key="output/2026-01/manifest.json")["Body"].read())
        for key in deliverables:  # whole, carrying the sha256 of its bytes, as the manifest lists it
            content, carried = objects[key]
            assert carried == content == manifest[key.rpartition("/")[2]]["sha256"], (folders, key)
            assert hashlib.sha256((here / "data/cache" / key).read_bytes()).hexdigest() == content, (folders, key)
        again = run_luigi(here, "RunMonthly", "--date", "2026-01-15", env=on_s3(here, s3_server))
        assert again.returncode == 0 and not ran(again.stderr), (folders, again.stderr)


@pytest.mark.slow
def test_what_a_person_changed_or_put_in_a_published_month_on_s3_is_kept_beside_it_when_it_is_published_again(
    tmp_path, s3_server
):
    client = bucket_with_exports(s3_server, MONTHS[:1])
    here = machine(tmp_path / "m1", s3_server, "data/wine_luigi.db")
    assert run_luigi(here, "RunMonthly", "--date", "2026-01-15", env=on_s3(here, s3_server)).returncode == 0
    published = in_bucket(client, "output/2026-01/")
    premium = client.get_object(Bucket=BUCKET, Key="output/2026-01/premium.csv")["Body"].read()
    edited = premium + b"checked by Anne,,,,,,\n"  # a note added in the deliverable itself, uploaded again
    client.put_object(Bucket=BUCKET, Key="output/2026-01/premium.csv", Body=edited)
    client.put_object(Bucket=BUCKET, Key="output/2026-01/notes.txt", Body=b"to ask the shop: 4594\n")
    client.put_object(Bucket=BUCKET, Key="output/2026-01/drafts/letter.txt", Body=b"draft\n")
    changed = in_bucket(client, "output/")

    env = {**on_s3(here, s3_server), "PYTHONPATH": str(ROOT / "tests")}  # a bucket that refuses to copy
    refused = run_luigi(here, "--module", "refused_copy", "RunMonthly", "--date", "2026-01-15", env=env)
    assert refused.returncode == 30, refused.stderr
    assert (
        f"s3://{BUCKET}/output/2026-01: cannot keep what a person put there (An error occurred (AccessDenied) when "
        "calling the CopyObject operation: Access Denied) before publishing the month again; nothing was published"
    ) in refused.stderr
    assert in_bucket(client, "output/") == changed  # nothing published, nothing removed

    again = run_luigi(here, "RunMonthly", "--date", "2026-01-15", env=on_s3(here, s3_server))
    assert again.returncode == 0, again.stderr
    after = in_bucket(client, "output/")
    assert {k: v for k, v in after.items() if k.startswith("output/2026-01/")} == {
        **published,
        "output/2026-01/drafts/letter.txt": after["output/2026-01/drafts/letter.txt"],  # a folder of its own: left
    }
    (kept,) = {k.split("/")[1] for k in after if k.startswith("output/2026-01-kept-")}
    assert re.fullmatch(r"2026-01-kept-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d", kept)
    assert sorted(k for k in after if k.startswith(f"output/{kept}/")) == [
        f"output/{kept}/notes.txt",
        f"output/{kept}/premium.csv",
    ]
    for name, content in (("premium.csv", edited), ("notes.txt", b"to ask the shop: 4594\n")):
        assert client.get_object(Bucket=BUCKET, Key=f"output/{kept}/{name}")["Body"].read() == content
    url = f"s3://{BUCKET}/output"
    assert (
        f"WARNING: {url}/2026-01/premium.csv: changed since the month published it: it is published again as the "
        f"month makes it; what was there is kept in {url}/{kept}/premium.csv"
    ) in again.stderr
    assert (
        f"WARNING: {url}/2026-01/notes.txt: not one of the month's files (put there by hand): the month's folder "
        f"holds its files alone; what was there is kept in {url}/{kept}/notes.txt"
    ) in again.stderr

    assert not ran(run_luigi(here, "RunMonthly", "--date", "2026-01-15", env=on_s3(here, s3_server)).stderr)
    client.put_object(Bucket=BUCKET, Key="sources/2026-01/Fichier_web.xlsx", Body=changed_web_export())
    rebuilt = run_luigi(here, "RunMonthly", "--date", "2026-01-15", env=on_s3(here, s3_server))
    assert rebuilt.returncode == 0 and "kept in" not in rebuilt.stderr, rebuilt.stderr  # nobody's files in it
    assert len({k.split("/")[1] for k in in_bucket(client, "output/") if "-kept-" in k}) == 1


@pytest.mark.slow
def test_the_exports_on_s3_are_known_by_the_listing_of_their_folder_and_by_their_bytes(tmp_path, s3_server):
    client = bucket_with_exports(s3_server, MONTHS[:1])
    here = machine(tmp_path / "m1", s3_server, "data/wine_luigi.db")
    requests = here / "requests.txt"
    env = {**on_s3(here, s3_server), "PYTHONPATH": str(ROOT / "tests"), "WINE_LUIGI_REQUESTS": str(requests)}
    done = run_luigi(here, "--module", "watched_uploads", "RunMonthly", "--date", "2026-01-15", env=env)
    assert done.returncode == 0, done.stderr
    asked = [line.split() for line in requests.read_text().splitlines()]
    sources = f"s3://{BUCKET}/sources/"
    # a person's files (the exports, a month's settings file that is not there) are known from the listing of their
    # month's folder: no object of it is asked for by itself; each export is fetched once
    assert not [url for operation, url in asked if operation == "HeadObject" and url.startswith(sources)], asked
    fetched = sorted(url for operation, url in asked if operation == "GetObject" and url.startswith(sources))
    assert fetched == sorted(f"{sources}2026-01/{name}" for name in FILES.values())
    # their sha256 in the ledger is that of their bytes, as read from the bucket
    with sqlite3.connect(here / "data/wine_luigi.db") as db:
        row = db.execute("select erp_sha256, web_sha256, link_sha256 from runs where month = '2026-01'").fetchone()
    bucket = {
        source: hashlib.sha256(
            client.get_object(Bucket=BUCKET, Key=f"sources/2026-01/{name}")["Body"].read()
        ).hexdigest()
        for source, name in FILES.items()
    }
    assert row == (bucket["erp"], bucket["web"], bucket["link"])


@pytest.mark.slow
def test_a_copy_the_bucket_refuses_stops_the_month_in_one_line_and_publishes_nothing(tmp_path, s3_server):
    client = bucket_with_exports(s3_server, MONTHS[:1])
    here = machine(tmp_path / "m1", s3_server, "data/wine_luigi.db")
    env = {**on_s3(here, s3_server), "PYTHONPATH": str(ROOT / "tests")}
    refused = run_luigi(here, "--module", "refused_copy", "RunMonthly", "--date", "2026-01-15", env=env)
    assert refused.returncode == 30, refused.stderr
    assert (
        "s3://bottleneck/output/2026-01/ordinary.csv: cannot copy "
        "s3://bottleneck/tmp/2026-01/deliverables/ordinary.csv there "
        "(An error occurred (AccessDenied) when calling the CopyObject operation: Access Denied)" in refused.stderr
    ), refused.stderr
    assert "Traceback" not in refused.stderr
    assert "output/2026-01/manifest.json" not in in_bucket(client, "output/"), "a set without all of its files"
    with sqlite3.connect(here / "data/wine_luigi.db") as db:
        assert db.execute("select month, status from runs").fetchall() == [("2026-01", "failed")]
    again = run_luigi(here, "RunMonthly", "--date", "2026-01-15", env=on_s3(here, s3_server))
    assert again.returncode == 0 and {s[0] for s in ran(again.stderr)} == {"PublishMonth", "RecordMonth"}, again.stderr


@pytest.mark.slow
def test_a_bucket_that_stops_answering_stops_the_month_in_one_line_and_the_email_and_the_ledger_say_so(
    tmp_path, s3_server, inbox
):
    """The bucket stops answering as the month's report starts (lost_bucket.py): the step stops with one line naming
    what it asked for, the email says what it cannot tell, the ledger row is written, and nothing is published."""
    client = bucket_with_exports(s3_server, MONTHS[:1])
    here = machine(tmp_path / "m1", s3_server, "data/wine_luigi.db")
    env = {**on_s3(here, s3_server), "PYTHONPATH": str(ROOT / "tests")}
    lost = run_luigi(here, "--module", "lost_bucket", "RunMonthly", "--date", "2026-01-15", *email_to(inbox), env=env)
    assert lost.returncode == 30, lost.stderr
    said = f"s3://{BUCKET}/tmp/2025-12/ledger.json: cannot look at it (Could not connect to the endpoint URL: "
    assert f"failed    ReportMonth(month=2026-01): {said}" in lost.stderr, lost.stderr
    assert "Traceback" not in lost.stderr and "could not report" not in lost.stderr, lost.stderr
    assert re.search(
        r"wine_luigi 2026-01: s3://\S+: cannot [a-z ]+ \(Could not connect to the endpoint URL: .*\); its "
        r"failure email and ledger row leave out what could not be read",
        lost.stderr,
    ), lost.stderr
    (message,) = inbox.messages
    assert message["Subject"] == "[wine_luigi] wine_luigi 2026-01 stopped at ReportMonth(month=2026-01)"
    body = message.get_body(("plain",)).get_content()
    assert f"Problem: {said}" in body and "The month's files could not all be read after the stop (s3://" in body
    assert "Nothing was published" not in body and "Traceback" not in body, body
    with sqlite3.connect(here / "data/wine_luigi.db") as db:
        (row,) = db.execute("select status, failed_step, error from runs").fetchall()
    assert row[:2] == ("failed", "ReportMonth(month=2026-01)") and row[2].startswith(said), row
    assert in_bucket(client, "output/") == {}, "nothing is published"
    again = run_luigi(here, "RunMonthly", "--date", "2026-01-15", env=on_s3(here, s3_server))
    assert again.returncode == 0, again.stderr
    assert set(DELIVERABLES) | {"manifest.json"} <= {os.path.basename(k) for k in in_bucket(client, "output/2026-01/")}
    with sqlite3.connect(here / "data/wine_luigi.db") as db:
        assert db.execute("select status, merged, total_revenue from runs").fetchall() == [("ok", 714, 70568.6)]


@pytest.mark.slow
def test_a_bucket_that_stops_answering_before_the_month_is_judged_is_said_in_one_line(tmp_path, s3_server):
    bucket_with_exports(s3_server, MONTHS[:1])
    here = machine(tmp_path / "m1", s3_server, "data/wine_luigi.db")
    env = {**on_s3(here, s3_server), "PYTHONPATH": str(ROOT / "tests"), "LOST_BUCKET": "judging"}
    lost = run_luigi(here, "--module", "lost_bucket", "RunMonthly", "--date", "2026-01-15", env=env)
    assert lost.returncode == 35, lost.stderr  # [retcode] scheduling_error: the month could not even be judged
    assert (
        "WARNING: Will not run RunMonthly(date=2026-01-15) or any dependencies due to error in complete() method: "
        f"s3://{BUCKET}/output/2026-01: cannot list it (Could not connect to the endpoint URL: " in lost.stderr
    ), lost.stderr
    assert "Traceback" not in lost.stderr, lost.stderr
    with sqlite3.connect(here / "data/wine_luigi.db") as db:
        (row,) = db.execute("select status, failed_step, error from runs").fetchall()
    assert row[:2] == ("failed", "RunMonthly(date=2026-01-15)") and f"s3://{BUCKET}/output/2026-01: cannot" in row[2]


@pytest.mark.slow
def test_on_s3_the_log_and_the_email_name_the_exports_by_their_urls_never_by_this_machines_copies(
    tmp_path, s3_server, inbox
):
    """Each message about an export or a month's settings file names it where its user put it, in the bucket; what
    is only on this machine is said to be there."""
    client = bucket_with_exports(s3_server, MONTHS)
    here = machine(tmp_path / "m1", s3_server, "data/wine_luigi.db")
    at = f"s3://{BUCKET}/sources"
    # January: the ERP export as CSV, named by the month's settings file, with a workbook of the same name beside it
    erp = pd.read_excel(BOTTLENECK / FILES["erp"], engine="openpyxl").to_csv(index=False).encode()
    client.put_object(Bucket=BUCKET, Key="sources/2026-01/Fichier_erp.csv", Body=erp)
    client.put_object(Bucket=BUCKET, Key="sources/2026-01/month.cfg", Body=b"[source_files]\nerp = Fichier_erp.csv\n")
    # February: the link table as a CSV whose third line has a field too many; March: a renamed sku header
    client.delete_object(Bucket=BUCKET, Key="sources/2026-02/fichier_liaison.xlsx")
    link = b"product_id;id_web\r\n3847;15298\r\n3849;15296;oops\r\n"
    client.put_object(Bucket=BUCKET, Key="sources/2026-02/fichier_liaison.csv", Body=link)
    client.put_object(Bucket=BUCKET, Key="sources/2026-03/Fichier_web.xlsx", Body=changed_web_export("sku"))
    client.delete_object(Bucket=BUCKET, Key="sources/2026-04/Fichier_web.xlsx")  # April: the web export missing
    email = [*email_to(inbox), "--scheduler-retry-delay", "0.1"]
    env = on_s3(here, s3_server)
    runs = {m: run_luigi(here, "RunMonthly", "--date", f"{m}-15", *email, env=env) for m in MONTHS}
    assert [done.returncode for done in runs.values()] == [0, 30, 30, 30], runs
    assert (
        f"{at}/2026-01/Fichier_erp.csv: Fichier_erp.xlsx beside it too; reading Fichier_erp.csv, the file "
        f"{at}/2026-01/month.cfg names" in runs["2026-01"].stderr
    )
    assert f"  read with the settings from {at}/2026-01/month.cfg: [source_files] erp = Fichier_erp.csv" in (
        runs["2026-01"].stderr
    )
    assert f"fichier_liaison.xlsx: not in {at}/2026-02; reading fichier_liaison.csv" in runs["2026-02"].stderr
    bad_line = f"{at}/2026-02/fichier_liaison.csv: line 3 has 3 fields, the header has 2"
    assert bad_line in runs["2026-02"].stderr
    assert f"gate load_web failed ({at}/2026-03/Fichier_web.xlsx)" in runs["2026-03"].stderr
    bodies = [message.get_body(("plain",)).get_content() for message in inbox.messages]
    assert len(bodies) == 3 and bad_line in bodies[0] and f"{at}/2026-03/Fichier_web.xlsx" in bodies[1], bodies
    assert f"Missing file: {at}/2026-04/Fichier_web.xlsx" in bodies[2].splitlines()
    report = client.get_object(Bucket=BUCKET, Key="output/2026-01/report.html")["Body"].read().decode()
    assert f"with the settings from {at}/2026-01/month.cfg: [source_files] erp = Fichier_erp.csv" in report
    assert f'<span class="muted">{at}/2026-01/Fichier_erp.csv</span>' in report  # the file the ERP gates checked
    cache = str(here / "data/cache")
    assert cache not in report
    with sqlite3.connect(here / "data/wine_luigi.db") as db:  # every month's row names the exports it read
        rows = db.execute("select month, status, erp_file, web_file, link_file from runs order by month").fetchall()
    files = {m: [f"{at}/{m}/{FILES[s]}" for s in ("erp", "web", "link")] for m in MONTHS}
    files["2026-01"][0] = f"{at}/2026-01/Fichier_erp.csv"
    files["2026-02"][2] = f"{at}/2026-02/fichier_liaison.csv"
    assert rows == [(m, "ok" if m == "2026-01" else "failed", *files[m]) for m in MONTHS], rows
    assert not [line for done in runs.values() for line in done.stderr.splitlines() if cache in line]
    # only the rows a failed attempt dropped are named on this machine, which is said: they are in no bucket
    mentions = [line for body in bodies for line in body.splitlines() if cache in line]
    assert [line.split(", listed in ")[1] for line in mentions] == [
        f"{cache}/tmp/{month}/rejects.csv on {socket.gethostname()}" for month in MONTHS[1:]
    ], bodies
    assert all(f"Log: the output of the luigi command on {socket.gethostname()}" in b.splitlines() for b in bodies)


@pytest.mark.slow
def test_a_start_lists_the_sources_on_s3_once_however_many_months_they_hold(tmp_path, s3_server):
    client = bucket_with_exports(s3_server, MONTHS[:1])
    old = [f"{year}-{month:02d}" for year in (2023, 2024, 2025) for month in range(1, 13)]
    for month in old:  # three years of months before it, one in three with its settings file
        client.put_object(Bucket=BUCKET, Key=f"sources/{month}/Fichier_erp.xlsx", Body=b"an earlier export")
    for month in old[2::3]:
        client.put_object(Bucket=BUCKET, Key=f"sources/{month}/month.cfg", Body=b"[csv]\ndecimal = ,\n")
    here = machine(tmp_path / "m1", s3_server, "data/wine_luigi.db")
    requests = here / "requests.txt"
    env = {**on_s3(here, s3_server), "PYTHONPATH": str(ROOT / "tests"), "WINE_LUIGI_REQUESTS": str(requests)}
    watched = ("--module", "watched_uploads", "RunMonthly", "--date", "2026-01-15")
    assert run_luigi(here, *watched, env=env).returncode == 0
    requests.unlink()
    again = run_luigi(here, *watched, env=env)
    assert again.returncode == 0 and not ran(again.stderr), again.stderr
    # the month's settings files are found by one listing of the sources, which also tells of the month's exports
    assert sorted(requests.read_text().splitlines()) == [
        f"HeadBucket s3://{BUCKET}/",
        f"ListObjectsV2 s3://{BUCKET}/output/2026-01/",
        f"ListObjectsV2 s3://{BUCKET}/sources/",
        f"ListObjectsV2 s3://{BUCKET}/tmp/2025-12/",  # the month before, which the report compares with
        f"ListObjectsV2 s3://{BUCKET}/tmp/2026-01/",
    ]
    # and each is still read at every start: one changed since, and wrong, stops the command and is named
    client.put_object(Bucket=BUCKET, Key="sources/2024-06/month.cfg", Body=b"[csv]\ndecimal = ,  ; Excel\n")
    refused = run_luigi(here, "RunMonthly", "--date", "2026-01-15", env=on_s3(here, s3_server))
    assert refused.returncode == 1
    assert (
        f"wine_luigi: s3://{BUCKET}/sources/2024-06/month.cfg, line 2: [csv] decimal = ,  ; Excel: an inline "
        "comment would become part of the value; put '; Excel' on a line of its own" in refused.stderr
    ), refused.stderr


@pytest.fixture
def sources_on_s3(tmp_path, s3_server, monkeypatch):
    """This process's [paths] sources, tmp and output on the S3 server (its bucket made), the working copy in
    `tmp_path`; what remote.py knew of the bucket before, forgotten, and the settings as they were, back at the end."""
    s3_server.client().create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-west-3"})
    for name, value in s3_server.environment.items():
        monkeypatch.setenv(name, value)
    for known in ("_clients", "_listings", "_heads"):
        monkeypatch.setattr(remote, known, {})
    config = luigi.configuration.get_config()
    changed = {
        ("paths", "sources"): f"s3://{BUCKET}/sources",
        ("paths", "tmp"): f"s3://{BUCKET}/tmp",
        ("paths", "output"): f"s3://{BUCKET}/output",
        ("paths", "cache"): str(tmp_path / "cache"),
        ("s3", "endpoint_url"): s3_server.url,
    }
    saved = {key: config.get(*key, None) for key in changed}
    for (section, option), value in changed.items():
        if not config.has_section(section):
            config.add_section(section)
        config.set(section, option, value)
    yield s3_server.client()
    for (section, option), value in saved.items():
        if value is None:
            config.remove_option(section, option)
        else:
            config.set(section, option, value)


def watched_requests(client):
    """The names of the requests `client` makes from now on, in order."""
    asked = []
    client.meta.events.register("before-parameter-build.s3", lambda params, model, **_: asked.append(model.name))
    return asked


def test_a_folder_of_exports_listed_whole_a_moment_ago_is_not_listed_again(sources_on_s3, monkeypatch):
    for key in ("sources/2026-01/Fichier_web.xlsx", "sources/2026-01/month.cfg", "sources/2026-01/old/web.xlsx"):
        sources_on_s3.put_object(Bucket=BUCKET, Key=key, Body=key.encode())
    asked = watched_requests(remote.client())
    folder = f"s3://{BUCKET}/sources/2026-01"
    assert remote.head(f"{folder}/month.cfg") is not None  # the month's folder listed whole: one request
    assert remote.head(f"{folder}/Fichier_erp.xlsx") is None  # not in that listing: not there, not asked for
    assert asked == ["ListObjectsV2"]
    # what the working copy needs of the folder (its files, its folders) is told by that listing
    told = remote.listing(folder)
    assert asked == ["ListObjectsV2"]
    assert sorted(told[0]) == ["Fichier_web.xlsx", "month.cfg"] and told[1] == ["old"]
    monkeypatch.setattr(remote, "LOOK_S", 0.0)  # a listing that old is made again, and says the same
    assert remote.listing(folder) == told
    assert asked == ["ListObjectsV2", "ListObjectsV2"]


def test_one_judgement_looks_at_the_bucket_once_and_the_next_looks_again(sources_on_s3, monkeypatch):
    sources_on_s3.put_object(Bucket=BUCKET, Key="sources/2026-01/month.cfg", Body=b"[web_columns]\n")
    monkeypatch.setattr(remote, "LOOK_S", 0.0)  # outside a judgement, every question goes to the bucket again
    asked = watched_requests(remote.client())
    folder, loose = f"s3://{BUCKET}/sources/2026-01", f"s3://{BUCKET}/elsewhere/notes.json"
    with remote.one_look():
        assert remote.head(f"{folder}/month.cfg") is not None  # the month's folder listed
        assert remote.head(f"{folder}/Fichier_erp.xlsx") is None  # not in that listing
        assert remote.head(f"{folder}/Fichier_erp.xlsx") is None
        assert remote.head(f"{folder}/month.cfg") is not None
        assert remote.head(loose) is None  # in no month's folder: asked for by itself
        assert remote.head(loose) is None
    assert asked == ["ListObjectsV2", "HeadObject"]
    # another worker makes both meanwhile: the next judgement sees them
    sources_on_s3.put_object(Bucket=BUCKET, Key="sources/2026-01/Fichier_erp.xlsx", Body=b"erp")
    sources_on_s3.put_object(Bucket=BUCKET, Key="elsewhere/notes.json", Body=b"{}")
    with remote.one_look():
        assert remote.head(f"{folder}/Fichier_erp.xlsx") is not None
        assert remote.head(loose) is not None
    assert asked == ["ListObjectsV2", "HeadObject", "ListObjectsV2", "HeadObject"]
    # outside a judgement nothing changes: an absent object is asked for each time
    assert remote.head(f"{folder}/Fichier_web.xlsx") is None
    assert remote.head(f"{folder}/Fichier_web.xlsx") is None
    assert asked[4:] == ["ListObjectsV2", "HeadObject", "ListObjectsV2", "HeadObject"]


def test_judging_a_month_not_built_on_s3_lists_each_of_its_folders_once_and_asks_for_nothing_else(sources_on_s3):
    import datetime

    from wine_luigi.tasks import RunMonthly

    for name in FILES.values():
        sources_on_s3.upload_file(str(BOTTLENECK / name), BUCKET, f"sources/2026-01/{name}")
    asked = watched_requests(remote.client())
    folders = []
    remote.client().meta.events.register(
        "before-parameter-build.s3.ListObjectsV2", lambda params, **_: folders.append(params["Prefix"])
    )
    assert not RunMonthly(date=datetime.date(2026, 1, 15)).done()
    # every object the judgement asks about is in one of the month's folders: told by their listings alone
    assert "HeadObject" not in asked
    assert sorted(folders) == ["output/2026-01/", "tmp/2026-01/"]


def test_a_month_folder_listed_a_moment_ago_with_objects_in_it_is_known_to_exist_without_asking(
    sources_on_s3, monkeypatch
):
    import datetime

    from wine_luigi import layout

    january, february = datetime.date(2026, 1, 1), datetime.date(2026, 2, 1)
    sources_on_s3.put_object(Bucket=BUCKET, Key="tmp/2026-01/made/ExtractSource-web.json", Body=b"{}")
    asked = watched_requests(remote.client())
    assert remote.head(f"s3://{BUCKET}/tmp/2026-01/clean_web.parquet") is None  # the month's folder listed whole
    assert layout.month_exists(january, "tmp")
    assert asked == ["ListObjectsV2", "HeadObject"]  # (the parquet asked for by itself: another worker may make it)
    assert not layout.month_exists(february, "tmp")  # nothing known of it: asked
    assert not layout.month_exists(february, "tmp")  # nothing found is believed for no time at all
    assert asked[2:] == ["ListObjectsV2", "ListObjectsV2"]
    monkeypatch.setattr(remote, "LOOK_S", 0.0)  # a listing that old is made again
    assert layout.month_exists(january, "tmp")
    assert asked[4:] == ["ListObjectsV2"]


def test_within_one_judgement_what_this_process_forgets_is_looked_at_again(sources_on_s3, monkeypatch):
    monkeypatch.setattr(remote, "LOOK_S", 0.0)  # nothing believed for its age: only the judgement keeps what it saw
    asked = watched_requests(remote.client())
    folder, loose = f"s3://{BUCKET}/sources/2026-01", f"s3://{BUCKET}/elsewhere/notes.json"
    with remote.one_look():
        assert remote.head(loose) is None
        assert remote.head(f"{folder}/month.cfg") is None  # the month's folder listed: empty
        sources_on_s3.put_object(Bucket=BUCKET, Key="elsewhere/notes.json", Body=b"{}")
        sources_on_s3.put_object(Bucket=BUCKET, Key="sources/2026-01/month.cfg", Body=b"[web_columns]\n")
        assert remote.head(loose) is None  # seen absent within this judgement: not asked again
        assert remote.head(f"{folder}/month.cfg") is None
        assert asked == ["HeadObject", "ListObjectsV2"]
        remote.forget(loose)  # e.g. an upload of it the bucket refused
        remote.forget(f"{folder}/month.cfg")
        assert remote.head(loose)["size"] == 2
        assert remote.head(f"{folder}/month.cfg")["size"] == 14
    assert asked == ["HeadObject", "ListObjectsV2", "HeadObject", "ListObjectsV2"]
