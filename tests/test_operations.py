"""Reruns like make, backfill, retries, locking, purge, luigid and cron: the month as operations run it."""

import datetime
import re
import shutil
import subprocess
import time
from pathlib import Path

import pandas as pd
import pytest
from luigi.execution_summary import _summary_dict

from helpers import (
    DELIVERABLES,
    FILES,
    LUIGI,
    ROOT,
    build,
    listing,
    luigi_command,
    rebuilt_for,
    run_luigi,
    write_sources,
)
from wine_luigi.demo import demo_frames
from wine_luigi.export import write_xlsx
from wine_luigi.tasks import RunMonthly

JAN = datetime.date(2026, 1, 15)


def ran(result):
    """task ids that ran in a luigi.build, from Luigi's own run summary."""
    return sorted(str(t) for t in _summary_dict(result.worker)["completed"])


def stamps(folder):
    return {p.name: p.stat().st_mtime_ns for p in Path(folder).iterdir()}


@pytest.fixture
def built(project):
    write_sources(project / "data/sources")
    first = build(RunMonthly(date=JAN))
    assert first.status.name == "SUCCESS"
    return project


@pytest.mark.slow
def test_an_unchanged_month_runs_nothing_and_rewrites_nothing(built):
    before_tmp, before_out = listing(built / "data/tmp"), stamps(built / "data/output/2026-01")
    tmp_stamps = stamps(built / "data/tmp/2026-01")
    again = build(RunMonthly(date=datetime.date(2026, 1, 28)))
    assert again.status.name == "SUCCESS"
    assert ran(again) == []
    assert stamps(built / "data/tmp/2026-01") == tmp_stamps
    assert stamps(built / "data/output/2026-01") == before_out
    assert listing(built / "data/tmp") == before_tmp


def new_web_export(folder):
    """Another web export in `folder` (the other two left as they are): one product sold once more."""
    web = demo_frames(120, 1)[1].copy()
    web.loc[web.index[web["post_type"] == "product"][0], "total_sales"] += 1
    with open(folder / FILES["web"], "wb") as f:
        write_xlsx(web, f, sheet="Feuil1")


@pytest.mark.slow
def test_a_new_web_export_reruns_the_web_branch_and_downstream_only(built):
    tmp = built / "data/tmp/2026-01"
    before = stamps(tmp)
    new_web_export(built / "data/sources")

    again = build(RunMonthly(date=JAN))
    assert again.status.name == "SUCCESS"
    expected = rebuilt_for("web") + ["RunMonthly(date=2026-01-15)"]
    assert ran(again) == sorted(expected)

    after = stamps(tmp)
    untouched = [n for n in before if "erp" in n or "link" in n]
    assert len(untouched) == 8, untouched
    assert all(after[n] == before[n] for n in untouched)
    assert all(after[n] > before[n] for n in before if n not in untouched)


@pytest.mark.slow
def test_what_a_person_changed_or_put_in_a_published_month_is_kept_beside_it_when_it_is_published_again(tmp_path):
    write_sources(tmp_path / "data/sources")
    assert run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15").returncode == 0
    out = tmp_path / "data/output/2026-01"
    published = listing(out)
    with open(out / "premium.csv", "a") as f:  # a note added in the deliverable itself
        f.write("checked by Anne,,,,,,\n")
    (out / "notes.txt").write_text("to ask the shop: 4594\n")
    (out / "drafts").mkdir()
    (out / "drafts/letter.txt").write_text("draft\n")
    changed = listing(out)

    again = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15")
    assert again.returncode == 0, again.stderr
    assert listing(out) == published  # the month's files, as the month makes them
    (kept,) = tmp_path.glob("data/output/2026-01-kept-*")
    assert re.fullmatch(r"2026-01-kept-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d", kept.name)
    assert listing(kept) == {k: v for k, v in changed.items() if k not in published or v != published[k]}
    assert (
        f"WARNING: {out}/premium.csv: changed since the month published it: it is published again as the month "
        f"makes it; what was there is kept in {kept}/premium.csv"
    ) in again.stderr
    for name in ("notes.txt", "drafts"):
        assert (
            f"WARNING: {out}/{name}: not one of the month's files (put there by hand): the month's folder holds its "
            f"files alone; what was there is kept in {kept}/{name}"
        ) in again.stderr

    assert "already done" in run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15").stderr
    new_web_export(tmp_path / "data/sources")  # a new export: the month published again, nobody's files in it
    rebuilt = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15")
    assert rebuilt.returncode == 0 and "kept in" not in rebuilt.stderr, rebuilt.stderr
    assert len(list(tmp_path.glob("data/output/2026-01-kept-*"))) == 1
    assert listing(out) != published


@pytest.mark.slow
def test_a_stale_intermediate_is_rebuilt_even_when_deliverables_exist(built):
    merged = built / "data/tmp/2026-01/merged.parquet"
    merged.unlink()
    again = build(RunMonthly(date=JAN))
    assert "MergeSources(month=2026-01)" in ran(again)
    assert merged.exists()


@pytest.mark.slow
def test_backfill_builds_exactly_the_missing_months_then_nothing(tmp_path):
    write_sources(tmp_path / "data/sources/2026-01", seed=1)
    write_sources(tmp_path / "data/sources/2026-02", seed=2)
    command = ["RangeMonthly", "--of", "RunMonthly", "--start", "2026-01", "--stop", "2026-03"]
    first = run_luigi(tmp_path, *command)
    assert first.returncode == 0, first.stderr
    assert "wine_luigi 2026-01: done" in first.stderr and "wine_luigi 2026-02: done" in first.stderr
    sales = {
        m: pd.read_excel(tmp_path / f"data/output/{m}/sales_product.xlsx", engine="openpyxl")
        for m in ("2026-01", "2026-02")
    }
    assert not sales["2026-01"].equals(sales["2026-02"])
    before = listing(tmp_path / "data/output")

    second = run_luigi(tmp_path, *command)
    assert second.returncode == 0
    assert "ran successfully" not in second.stderr
    assert listing(tmp_path / "data/output") == before


@pytest.mark.slow
def test_a_workbook_that_arrives_late_is_read_on_a_retry(tmp_path):
    folder = write_sources(tmp_path / "data/sources")
    web = folder / FILES["web"]
    late = web.read_bytes()
    web.unlink()
    command, env = luigi_command(tmp_path, "RunMonthly", "--date", "2026-01-15", "--scheduler-retry-delay", "1")
    log_file = tmp_path / "run.log"
    with open(log_file, "w") as out:
        process = subprocess.Popen(command, cwd=tmp_path, env=env, stdout=out, stderr=subprocess.STDOUT, text=True)
        # the file arrives once the run has looked for it once, found nothing and told the scheduler so (an event of
        # the run, not a guessed delay)
        failed_look = re.compile(r"Informed scheduler that task\s+SourceWorkbook_\S*web\S*\s+has status\s+FAILED")
        deadline = time.time() + 120
        while not failed_look.search(log_file.read_text()):
            assert process.poll() is None and time.time() < deadline, log_file.read_text()
            time.sleep(0.05)
        partial = web.with_suffix(".part")
        partial.write_bytes(late)
        partial.rename(web)
        process.wait(timeout=120)
    log = log_file.read_text()
    assert process.returncode == 0, log
    assert (
        "Fichier_web.xlsx: file not found (the web shop export for 2026-01); looking again 3 time(s), 1 s apart" in log
    )
    assert log.count("running   SourceWorkbook(month=2026-01, source=web)") == 2
    assert "succeeded in a retry" in log
    assert "wine_luigi 2026-01: done" in log


@pytest.mark.slow
def test_a_failing_gate_is_attempted_once_and_reported_once(tmp_path):
    write_sources(
        tmp_path / "data/sources", {"link": pd.DataFrame({"product_id": [1, 1], "id_web": ["15298", "15299"]})}
    )
    done = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15", "--scheduler-retry-delay", "1")
    assert done.returncode == 30
    assert done.stderr.count("running   ValidateSource(month=2026-01, source=link)") == 1
    assert done.stderr.count("gate quality_link failed") == 1


@pytest.mark.slow
def test_a_second_identical_run_exits_as_already_running(tmp_path):
    folder = write_sources(tmp_path / "data/sources")
    web = folder / FILES["web"]
    late = web.read_bytes()
    web.unlink()  # the first run waits for it, holding the lock
    command, env = luigi_command(tmp_path, "RunMonthly", "--date", "2026-01-15")
    first = subprocess.Popen(
        command, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    lock_dir = tmp_path / "data/lock"
    deadline = time.time() + 30
    while not (lock_dir.is_dir() and any(lock_dir.glob("*.pid"))) and time.time() < deadline:
        time.sleep(0.1)
    second = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    web.write_bytes(late)
    log, _ = first.communicate(timeout=120)

    assert second.returncode == 10
    assert "already running" in second.stdout
    assert first.returncode == 0, log
    assert sorted(p.name for p in (tmp_path / "data/output/2026-01").iterdir()) == sorted(DELIVERABLES)
    assert len(pd.read_excel(tmp_path / "data/output/2026-01/sales_product.xlsx", engine="openpyxl")) > 0


@pytest.mark.slow
def test_purge_removes_old_intermediates_and_keeps_every_deliverable(tmp_path):
    for month in ("2025-01", "2025-06", "2026-10"):
        (tmp_path / f"data/tmp/{month}").mkdir(parents=True)
        (tmp_path / f"data/tmp/{month}/merged.parquet").write_bytes(b"x" * 3000)
        (tmp_path / f"data/tmp/{month}/check_merge.json").write_text("{}")
        (tmp_path / f"data/output/{month}").mkdir(parents=True)
        (tmp_path / f"data/output/{month}/premium.csv").write_text("z_score\n")
    outputs = listing(tmp_path / "data/output")

    done = run_luigi(tmp_path, "Purge", "--keep-months", "12", "--date", "2026-11-26")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "data/tmp").iterdir()) == ["2026-10"]
    assert listing(tmp_path / "data/output") == outputs
    assert f"purged {tmp_path}/data/tmp/2025-01 (2.9 KB)" in done.stderr
    assert f"purged {tmp_path}/data/tmp/2025-06 (2.9 KB)" in done.stderr
    assert "purge: 5.9 KB freed" in done.stderr

    again = run_luigi(tmp_path, "Purge", "--keep-months", "12", "--date", "2026-11-26")
    assert again.returncode == 0 and "purged" not in again.stderr
    assert (
        f"purge: nothing to purge (no intermediates in {tmp_path}/data/tmp of a month before 2025-11)" in again.stderr
    )


@pytest.mark.slow
def test_a_purged_month_keeps_its_deliverables_and_is_not_rebuilt(built):
    before = listing(built / "data/output/2026-01")
    shutil.rmtree(built / "data/tmp/2026-01")
    again = build(RunMonthly(date=JAN))
    assert ran(again) == []
    assert listing(built / "data/output/2026-01") == before
    said = run_luigi(built, "RunMonthly", "--date", "2026-01-15")
    assert said.returncode == 0
    assert (
        "wine_luigi 2026-01: archived (its intermediates were purged; the deliverables in "
        f"{built}/data/output/2026-01 are final)" in said.stderr
    )
    assert listing(built / "data/output/2026-01") == before


@pytest.mark.slow
def test_a_month_run_against_luigid_shows_done_tasks_and_progress(tmp_path, luigid):
    write_sources(tmp_path / "data/sources")
    done = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15", "--scheduler-port", str(luigid.port), local=False)
    assert done.returncode == 0, done.stderr
    tasks = luigid.api("task_list", status="DONE", upstream_status="", search="")
    names = {t["name"] for t in tasks.values()}
    assert {"RunMonthly", "ExtractSource", "ValidateZScore", "ExportSalesXlsx"} <= names
    assert len(tasks) == 29
    extract = next(t for t in tasks.values() if t["name"] == "ExtractSource" and t["params"]["source"] == "web")
    message = luigid.api("get_task_status_message", task_id=next(k for k, v in tasks.items() if v is extract))
    assert message["statusMessage"] == f"{len(demo_frames(120, 1)[1])} rows read from Fichier_web.xlsx"


@pytest.mark.slow
def test_a_rerun_right_after_a_run_is_scheduled_normally_by_luigid(tmp_path, luigid):
    write_sources(tmp_path / "data/sources")
    command = ("RunMonthly", "--date", "2026-01-15", "--scheduler-port", str(luigid.port))
    assert run_luigi(tmp_path, *command, local=False).returncode == 0
    new_web_export(tmp_path / "data/sources")  # a new web export, right after
    again = run_luigi(tmp_path, *command, local=False)
    assert again.returncode == 0, again.stderr
    assert "was not granted run permission" not in again.stderr
    assert "done      ExtractSource(month=2026-01, source=web)" in again.stderr
    assert "done      RunMonthly(date=2026-01-15)" in again.stderr
    nothing = run_luigi(tmp_path, *command, local=False)
    assert nothing.returncode == 0, nothing.stderr
    assert f"wine_luigi 2026-01: already done ({tmp_path}/data/output/2026-01)" in nothing.stderr


@pytest.mark.slow
def test_the_cron_line_runs_from_crons_bare_environment(tmp_path):
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    for name in ("Makefile", "luigi.cfg"):
        shutil.copy(ROOT / name, checkout / name)
    shutil.copytree(ROOT / "config", checkout / "config")
    (checkout / ".venv").symlink_to(ROOT / ".venv")
    write_sources(checkout / "data/sources")

    zone, line = subprocess.run(
        ["make", "-s", "-C", str(checkout), "cron-line"], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert zone == "CRON_TZ=UTC"
    schedule, command = line.split(" ", 5)[:5], line.split(" ", 5)[5]
    assert schedule == ["0", "9", "15", "*", "*"]
    assert command.startswith(f"cd {checkout} && LUIGI_CONFIG_PATH={checkout}/luigi.cfg {checkout}/.venv/bin/luigi ")
    assert command.endswith(f">> {checkout}/data/cron.log 2>&1")

    shell_command = command.replace("\\%", "%")  # what cron hands to /bin/sh
    done = subprocess.run(
        ["env", "-i", "/bin/sh", "-c", shell_command], cwd="/", capture_output=True, text=True, timeout=180
    )
    assert done.returncode == 0, (checkout / "data/cron.log").read_text()
    month = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m")
    assert f"wine_luigi {month}: done" in (checkout / "data/cron.log").read_text()
    assert sorted(p.name for p in (checkout / f"data/output/{month}").iterdir()) == sorted(DELIVERABLES)


@pytest.mark.slow
def test_the_shipped_crontab_is_the_line_make_prints():
    shipped = [line for line in (ROOT / "config/crontab").read_text().splitlines() if line and not line.startswith("#")]
    printed = subprocess.run(
        ["make", "-s", "-C", str(ROOT), "cron-line"], capture_output=True, text=True, check=True
    ).stdout
    assert [line.replace("/path/to/wine_luigi", str(ROOT)) for line in shipped] == printed.splitlines()
    assert str(LUIGI) in printed
