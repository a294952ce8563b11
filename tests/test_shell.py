"""The command's shell (wine_luigi/command/shell.py): one entry and one exit, the same path in-process as from the
`luigi` and `wine-luigi` executables."""

import configparser
import gc
import logging
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import BOTTLENECK, DELIVERABLES, ROOT, email_to, run_luigi, write_sources
from wine_luigi.command import session, shell


def wine_luigi(*argv):
    """`wine-luigi …` run in this process: its exit code."""
    with pytest.raises(SystemExit) as exited:
        shell.main(list(argv))
    return exited.value.code


def ledger_rows(project):
    with sqlite3.connect(project / "data/wine_luigi.db") as db:
        return db.execute("select month, status, merged, failed_gate from runs").fetchall()


@pytest.mark.slow
def test_a_month_run_in_process_goes_through_the_whole_command_and_exits_with_its_code(
    project, inbox, caplog, monkeypatch
):
    from test_notify import conflicting_erp

    build, frozen = shell.luigi.build, []

    def noting_what_is_frozen(*args, **kwargs):
        frozen.append(gc.get_freeze_count())
        return build(*args, **kwargs)

    monkeypatch.setattr(shell.luigi, "build", noting_what_is_frozen)

    caplog.set_level(logging.INFO, logger="luigi-interface")  # whatever level an earlier luigi.build left it at
    frames, _ = conflicting_erp()
    write_sources(project / "data/sources/2026-01", frames)
    shutil.copytree(BOTTLENECK, project / "data/sources/2026-02")  # the shop's real exports: 714 products (SPEC)
    flags = [
        "--local-scheduler",
        "--no-lock",  # Luigi's pid lock: this process runs the command twice
        "--lock-pid-dir",
        str(project / "lock"),
        "--archive-url",
        "",
        *email_to(inbox),
    ]
    # a month a gate stops: reported (ledger row, email naming the command to run again), exit 30, and the
    # process goes on (nothing exits it behind the caller's back)
    assert wine_luigi("run", "--date", "2026-01-15", *flags) == 30
    assert ledger_rows(project) == [("2026-01", "failed", None, "quality_erp")]
    assert len(inbox.messages) == 1 and "stopped: gate quality_erp failed" in inbox.messages[0]["Subject"]
    assert "wine-luigi run --date 2026-01-15 --local-scheduler" in inbox.messages[0].get_body(("plain",)).get_content()
    assert session.command() is None and session.months() == []
    # a month that is done: exit 0, its deliverables published
    assert wine_luigi("run", "--date", "2026-02-15", *flags) == 0
    assert ("2026-02", "ok", 714, None) in ledger_rows(project)
    assert sorted(p.name for p in (project / "data/output/2026-02").iterdir()) == sorted(DELIVERABLES)
    assert "wine_luigi 2026-02: done" in caplog.text
    assert len(inbox.messages) == 1
    # what was loaded before the months are built is left out of the garbage collector's walks, for the command
    # only: the process goes on with nothing frozen
    assert len(frozen) == 2 and min(frozen) > 10_000 and gc.get_freeze_count() == 0


def test_the_commands_checks_run_with_what_is_loaded_frozen_and_a_command_they_stop_leaves_nothing_frozen(
    project, monkeypatch
):
    # the checks make the S3 client: what is loaded by then is already left out of the collector's walks
    check, frozen = shell.preflight.check, []

    def noting_what_is_frozen():
        frozen.append(gc.get_freeze_count())
        return check()

    monkeypatch.setattr(shell.preflight, "check", noting_what_is_frozen)
    said = wine_luigi("run", "--date", "2026-01-15", "--local-scheduler", "--paths-tmp", "ftp://bottleneck/tmp")
    # a ConfigError: the interpreter prints it and exits 1
    assert said == (
        "wine_luigi: the command line (--paths-tmp): [paths] tmp = ftp://bottleneck/tmp: not a place it can be "
        "(a folder, or s3://bucket/prefix)"
    )
    assert len(frozen) == 1 and frozen[0] > 10_000 and gc.get_freeze_count() == 0


@pytest.mark.slow
def test_the_luigi_command_leaves_what_it_holds_out_of_the_interpreters_last_collection(tmp_path):
    # an exit hook registered before the command's own (atexit runs them last in, first out) sees what the
    # interpreter's last collection would walk: what the command froze is not walked
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('frozen at exit:', gc.get_freeze_count(), file=sys.stderr))\n"
    )
    project = tmp_path / "project"
    write_sources(project / "data/sources/2026-01")
    done = run_luigi(project, "RunMonthly", "--date", "2026-01-15", "--archive-url", "", env={"PYTHONPATH": str(hook)})
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (project / "data/output/2026-01").iterdir()) == sorted(DELIVERABLES)
    said = done.stderr.strip().splitlines()[-1]
    assert said.startswith("frozen at exit: ") and int(said.split(": ")[1]) > 10_000, done.stderr[-2000:]


def test_wine_luigi_says_how_to_call_it(capsys):
    assert wine_luigi() == 2
    assert wine_luigi("build") == 2
    usage = capsys.readouterr().err
    assert usage.startswith("usage: wine-luigi run --date YYYY-MM-DD [luigi options]\n")
    assert "The same as `luigi --module wine_luigi RunMonthly|RangeMonthly --of RunMonthly|Purge …`" in usage


def test_the_wine_luigi_executable_reads_the_ledger(tmp_path):
    ledger = tmp_path / "empty.db"
    done = subprocess.run(
        [str(Path(sys.executable).with_name("wine-luigi")), "stats", "--db", str(ledger)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{ledger}: no ledger yet (no month has been run)"


def test_every_package_of_the_source_is_in_what_setup_cfg_installs():
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg")
    listed = {p.strip() for p in config["options"]["packages"].split(",")}
    found = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "wine_luigi").rglob("*") if p.suffix == ".py"
    } | {"wine_luigi.templates"}
    assert listed == found
