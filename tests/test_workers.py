"""Operations across workers: shared backfills on one luigid, one month at a time, a ledger with concurrent
writers, luigid's run history, and luigid not there."""

import multiprocessing
import os
import re
import sqlite3
import subprocess
import sys
import urllib.request

import pytest

from helpers import free_port, held_run, listing, luigi_command, run_luigi, write_sources
from wine_luigi import ledger

MONTHS = [f"2026-{m:02d}" for m in range(1, 9)]


def backfill(*extra):
    return ("RangeMonthly", "--of", "RunMonthly", "--start", MONTHS[0], "--stop", "2026-09", *extra)


@pytest.mark.slow
def test_two_workers_share_a_backfill_on_luigid_and_both_end_green(tmp_path, luigid):
    for i, month in enumerate(MONTHS):
        write_sources(tmp_path / f"data/sources/{month}", seed=i + 1)
    port = ("--scheduler-port", str(luigid.port))
    workers, files = [], []
    for name in ("a", "b"):  # as on two machines: each its own pid lock folder
        command, env = luigi_command(
            tmp_path, *backfill(*port, "--lock-pid-dir", str(tmp_path / f"lock-{name}")), local=False
        )
        files.append(
            open(tmp_path / f"worker-{name}.log", "w")
        )  # a file, not a pipe: neither worker can block on its log
        workers.append(
            subprocess.Popen(command, cwd=tmp_path, env=env, stdout=files[-1], stderr=subprocess.STDOUT, text=True)
        )
    try:
        for worker in workers:
            worker.wait(timeout=300)
    finally:
        for worker, file in zip(workers, files):
            if worker.poll() is None:
                worker.kill()
            file.close()
    logs = [(tmp_path / f"worker-{name}.log").read_text() for name in ("a", "b")]
    assert [w.returncode for w in workers] == [0, 0], logs
    for month in MONTHS:  # every month built exactly once, by one worker or the other
        assert sum(log.count(f"done      RecordMonth(month={month})") for log in logs) == 1, month
    assert all(log.count("done      RecordMonth") > 0 for log in logs)  # the work was shared
    db = sqlite3.connect(tmp_path / "data/wine_luigi.db")
    assert db.execute("select month, status from runs order by month").fetchall() == [(m, "ok") for m in MONTHS]
    for before, month in zip(MONTHS, MONTHS[1:]):  # each report waited for the month before, whichever worker had it
        report = (tmp_path / f"data/output/{month}/report.html").read_text()
        assert f"Compared with the previous month, {before}, as recorded in the ledger." in report, month


@pytest.mark.slow
def test_a_failure_in_a_shared_backfill_still_exits_30(tmp_path, luigid):
    for i, month in enumerate(MONTHS[:3]):
        write_sources(tmp_path / f"data/sources/{month}", seed=i + 1)
    (tmp_path / "data/sources/2026-02/Fichier_erp.xlsx").write_text("product_id;price\n1;2\n")
    # the worker would wait [worker] max_keep_alive_idle_duration (120 s) for work that can no longer come
    port = ("--scheduler-port", str(luigid.port), "--worker-max-keep-alive-idle-duration", "3 seconds")
    done = run_luigi(
        tmp_path, "RangeMonthly", "--of", "RunMonthly", "--start", "2026-01", "--stop", "2026-04", *port, local=False
    )
    assert done.returncode == 30, done.stderr
    assert "Fichier_erp.xlsx: not an xlsx workbook: this is CSV text" in done.stderr


@pytest.mark.slow
def test_two_runs_of_one_month_never_build_it_together(tmp_path):
    write_sources(tmp_path / "data/sources/2026-01")
    write_sources(tmp_path / "data/sources/2026-02", seed=2)
    hold = tmp_path / "hold"
    first = held_run(tmp_path, hold)
    try:
        before = listing(tmp_path / "data/tmp")
        second = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-28")
        after = listing(tmp_path / "data/tmp")
        other_month = run_luigi(tmp_path, "RunMonthly", "--date", "2026-02-15")  # another month runs meanwhile
    finally:
        hold.unlink()
    log, _ = first.communicate(timeout=120)
    assert second.returncode == 10, second.stderr
    message = [line for line in second.stderr.splitlines() if line.startswith("wine_luigi:")]
    assert len(message) == 1
    assert re.fullmatch(
        rf"wine_luigi: 2026-01 is being built by another run \(pid {first.pid} on \S+ since \d{{4}}-\d\d-\d\d "
        r"\d\d:\d\d:\d\d: "
        r"luigi .*RunMonthly --date 2026-01-15 --local-scheduler\): this one stops; run it again when that one has "
        r"finished",
        message[0],
    ), message[0]
    assert "running   " not in second.stderr  # it built nothing
    assert after == before
    assert other_month.returncode == 0, other_month.stderr
    assert first.returncode == 0, log
    again = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-28")
    assert again.returncode == 0 and "wine_luigi 2026-01: already done" in again.stderr


def record_months(path, months, barrier):
    barrier.wait()
    for month in months:
        run = ledger.run_row(month, "ok", 0, 1, {"merged": 2}, {})
        products = [(month, p, str(p), "t", 1.0, 1.0, 1.0, 0.0, "ordinary") for p in range(500)]
        ledger.record(path, run, [], products)


def test_workers_recording_months_at_the_same_moment_lose_nothing(tmp_path):
    path = tmp_path / "wine_luigi.db"
    ledger.connect(path).close()
    barrier = multiprocessing.Barrier(3)
    processes = [
        multiprocessing.Process(target=record_months, args=(path, [f"20{y}-{m:02d}" for m in range(1, 13)], barrier))
        for y in (24, 25, 26)
    ]
    for p in processes:
        p.start()
    for p in processes:
        p.join(120)
    assert [p.exitcode for p in processes] == [0, 0, 0]  # no "database is locked"
    db = sqlite3.connect(path)
    assert db.execute("select count(*) from runs").fetchone() == (36,)
    assert db.execute("select count(*) from products").fetchone() == (36 * 500,)
    assert db.execute("pragma journal_mode").fetchone() == ("wal",)


@pytest.mark.slow
def test_luigid_records_every_run_in_its_history(tmp_path, luigid):
    write_sources(tmp_path / "data/sources")
    done = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15", "--scheduler-port", str(luigid.port), local=False)
    assert done.returncode == 0, done.stderr
    with urllib.request.urlopen(f"http://127.0.0.1:{luigid.port}/history", timeout=10) as page:
        html = page.read().decode()
    assert "RunMonthly" in html and "ExtractSource" in html
    history = sqlite3.connect(luigid.state / "history.db")
    names = {name for (name,) in history.execute("select name from tasks")}
    assert {"RunMonthly", "RecordMonth", "ExtractSource"} <= names


@pytest.mark.slow
def test_no_luigid_is_one_line_and_a_scheduling_error(tmp_path):
    write_sources(tmp_path / "data/sources")
    port = free_port()
    done = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15", "--scheduler-port", str(port), local=False)
    assert done.returncode == 35
    assert done.stderr.strip() == (
        f"wine_luigi: luigid is not reachable at http://127.0.0.1:{port}/ (Connection refused): "
        "start it with `make luigid`, or run with --local-scheduler"
    )
    assert not (tmp_path / "data/tmp").exists()


@pytest.mark.slow
@pytest.mark.parametrize("command", [backfill(), ("Purge",)])
def test_no_luigid_stops_every_command(tmp_path, command):
    done = run_luigi(tmp_path, *command, "--scheduler-port", str(free_port()), local=False)
    assert done.returncode == 35 and "luigid is not reachable" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.slow
def test_every_step_that_ran_is_timed_and_the_report_and_make_stats_show_it(tmp_path):
    for month, seed in (("2026-01", 1), ("2026-02", 2)):
        write_sources(tmp_path / f"data/sources/{month}", seed=seed)
    done = run_luigi(tmp_path, "RangeMonthly", "--of", "RunMonthly", "--start", "2026-01", "--stop", "2026-03")
    assert done.returncode == 0, done.stderr
    ran = sorted(
        line.split("done      ")[1]
        for line in done.stderr.splitlines()
        if "done      " in line and "RangeMonthly(" not in line
    )
    db = sqlite3.connect(tmp_path / "data/wine_luigi.db")
    steps = db.execute("select task, month, seconds, host, worker from steps").fetchall()
    assert sorted(task for task, *_ in steps) == ran  # one row per step that ran, RunMonthly included
    assert len([t for t in ran if "2026-01" in t]) == 26
    assert all(seconds >= 0 and host and worker for _, _, seconds, host, worker in steps)

    report = (tmp_path / "data/output/2026-02/report.html").read_text()
    slowest = db.execute(
        "select task, seconds from steps where month = '2026-02' and task not like 'PublishMonth%' and task not like "
        "'ReportMonth%' "
        "and task not like 'RecordMonth%' and task not like 'RunMonthly%' order by seconds desc limit 1"
    ).fetchone()
    assert f'<tr><td>{slowest[0]}</td><td class="num">{slowest[1]:.2f}</td></tr>' in report
    january = db.execute("select duration_s from runs where month = '2026-01'").fetchone()[0]
    assert f"the previous months took\n2026-01: {january:.2f} s." in report
    assert report.count("<rect") > 0 and "2026-02 is the dark bar" in report
    revenue_chart = (
        report.split("<h2>The last 12 months</h2>", 1)[1].split("total revenue</div>", 1)[1].split("</svg>", 1)[0]
    )
    assert revenue_chart.count("<rect") == 2  # January and February

    again = run_luigi(tmp_path, "RunMonthly", "--date", "2026-02-15")  # nothing to do: nothing timed
    assert again.returncode == 0
    assert db.execute("select count(*) from steps").fetchone()[0] == len(ran)

    printed = subprocess.run(
        [sys.executable, "-m", "wine_luigi.stats"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "LUIGI_CONFIG_PATH": str(tmp_path / "luigi.cfg")},
        cwd=tmp_path,
    )  # what make stats runs
    assert printed.returncode == 0, printed.stderr
    lines = printed.stdout.splitlines()
    assert lines[0].split() == ["month", "status", "duration", "steps", "slowest", "step", "revenue"]
    for line, month in zip(lines[1:], ("2026-01", "2026-02")):
        row = db.execute("select duration_s, total_revenue from runs where month = ?", [month]).fetchone()
        slowest = db.execute(
            "select task, seconds from steps where month = ? order by seconds desc limit 1", [month]
        ).fetchone()
        assert line.split() == [
            month,
            "ok",
            f"{row[0]:.2f}",
            "s",
            "26",
            *slowest[0].split(),
            f"{slowest[1]:.2f}",
            "s",
            f"{row[1]:,.2f}",
            "€",
        ]
    assert len(lines) == 3


def test_make_stats_on_a_ledger_it_cannot_read_says_why_in_one_line(tmp_path):
    damaged = tmp_path / "wine_luigi.db"
    damaged.write_bytes(b"not a SQLite file, whatever its name says" * 100)
    server = "postgresql://wine_luigi:s3cret@/ledger?host=" + str(tmp_path / "no-server-here")
    for db, said in (
        (damaged, f"wine_luigi.stats: {damaged}: the ledger cannot be read (file is not a database): move it aside"),
        (server, "wine_luigi.stats: postgresql://wine_luigi:***@/ledger?host="),
    ):
        printed = subprocess.run(
            [sys.executable, "-m", "wine_luigi.stats", "--db", str(db)], capture_output=True, text=True, timeout=120
        )
        assert printed.returncode == 1 and printed.stdout == "", printed
        assert printed.stderr.startswith(said) and len(printed.stderr.splitlines()) == 1, printed.stderr
        assert "s3cret" not in printed.stderr
