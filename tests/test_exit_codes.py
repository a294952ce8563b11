"""Exit codes of the luigi command, as the README's table gives them (luigi.cfg [retcode])."""

import re
import subprocess

import luigi
import luigi.retcodes
import pytest
import sqlite_utils

from helpers import FILES, ROOT, held_run, parts, run_luigi, user_config, write_sources

# the worker waits for work that can no longer come up to [worker] max_keep_alive_idle_duration (120 s): not here
IDLE = ("--worker-max-keep-alive-idle-duration", "1 seconds")


@pytest.mark.slow
def test_a_missing_source_without_retries_exits_20(tmp_path):
    folder = write_sources(tmp_path / "data/sources")
    (folder / FILES["link"]).unlink()
    config = tmp_path / "no-retries.cfg"
    config.write_text(
        (ROOT / "luigi.cfg").read_text().replace("retry_external_tasks = true", "retry_external_tasks = false")
    )
    done = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15", *IDLE, env={"LUIGI_CONFIG_PATH": str(config)})
    assert done.returncode == 20, done.stderr
    assert f"ERROR: {folder}/fichier_liaison.xlsx: file not found (the link table export for 2026-01)\n" in done.stderr


def scheduling_error(tmp_path, inbox, module, step, error):
    """The month of 2026-01 run with the tests' `module`, whose `step` cannot be judged for `error`: exit 35, one
    email naming the step and the error, the ledger's row failed at that step. Returns the email's text."""
    write_sources(tmp_path / "data/sources")
    env = {**user_config(tmp_path, inbox.port), "PYTHONPATH": str(ROOT / "tests")}
    done = run_luigi(tmp_path, "--module", module, "RunMonthly", "--date", "2026-01-15", *IDLE, env=env)
    assert done.returncode == 35, done.stderr
    assert error in done.stderr and "not finished by this run" not in done.stderr
    assert not (tmp_path / "data/output/2026-01").exists()
    assert len(inbox.messages) == 1
    assert inbox.messages[0]["Subject"].startswith(f"[wine_luigi] wine_luigi 2026-01 stopped at {step}")
    text = parts(inbox.messages[0])[0]
    assert f"Problem: its completeness could not be judged ({error})" in text
    run = sqlite_utils.Database(tmp_path / "data/wine_luigi.db")["runs"].get("2026-01")
    assert run["status"] == "failed" and run["failed_step"].startswith(step)
    return text


@pytest.mark.slow
def test_a_bug_in_completeness_is_a_scheduling_error_35_and_is_emailed(tmp_path, inbox):
    step = "CleanSource(month=2026-01, source="
    text = scheduling_error(tmp_path, inbox, "broken_completeness", step, "OSError: the tmp folder cannot be read")
    assert f"Traceback of {step}" in text


@pytest.mark.slow
def test_a_month_that_cannot_be_held_for_the_command_is_a_scheduling_error_35_and_is_emailed(tmp_path, inbox):
    # the lock folder on a network file system without locks: the month the command was to build is reported
    # (email, ledger row) as stopped at the command's own task, not left as "not finished"
    scheduling_error(
        tmp_path, inbox, "broken_lock", "RunMonthly(date=2026-01-15)", "OSError: [Errno 37] No locks available"
    )
    assert not (tmp_path / "data/tmp/2026-01/raw_erp.parquet").exists()


@pytest.mark.slow
def test_an_error_inside_luigi_exits_40(tmp_path):
    done = run_luigi(
        tmp_path,
        "--module",
        "broken_start",
        "RunMonthly",
        "--date",
        "2026-01-15",
        env={"PYTHONPATH": str(ROOT / "tests")},
    )
    assert done.returncode == 40
    assert (
        "Uncaught exception in luigi" in done.stderr
        and "RuntimeError: a bug in the checks made at start" in done.stderr
    )


@pytest.mark.slow
def test_a_worker_that_gives_up_while_another_builds_the_month_exits_10(tmp_path, luigid):
    """Two workers on one luigid: the first is in the middle of the merge gate; the second stops waiting for it
    (10: the month is being built by another run; nothing is emailed or recorded), the first finishes it (0)."""
    write_sources(tmp_path / "data/sources")
    hold = tmp_path / "hold"
    port = ("--scheduler-port", str(luigid.port))
    first = held_run(tmp_path, hold, *port, "--lock-pid-dir", str(tmp_path / "lock-a"), local=False)
    try:
        second = run_luigi(
            tmp_path,
            "RunMonthly",
            "--date",
            "2026-01-15",
            *port,
            "--lock-pid-dir",
            str(tmp_path / "lock-b"),
            "--worker-max-keep-alive-idle-duration",
            "2 seconds",
            local=False,
        )
    finally:
        hold.unlink()
    log, _ = first.communicate(timeout=120)
    assert second.returncode == 10, second.stderr
    assert "ValidateMerge(month=2026-01)" in second.stderr and "being run by another worker" in second.stderr
    assert "wine_luigi 2026-01: not finished by this run (another worker may still be building it)" in second.stderr
    assert "no email sent" not in second.stderr
    assert first.returncode == 0, log
    assert "wine_luigi 2026-01: done" in log


@pytest.mark.slow
@pytest.mark.parametrize(
    "shipped, changed, expected",
    [
        ("task_failed = 30", "task_failed = 0", "wine_luigi: [retcode] task_failed = 0: that outcome would exit 0"),
        ("already_running = 10\n", "", "wine_luigi: [retcode] has no already_running: that outcome would exit 0"),
    ],
)
def test_an_exit_code_of_ours_that_would_be_0_is_refused_at_start(tmp_path, shipped, changed, expected):
    write_sources(tmp_path / "data/sources")
    config = tmp_path / "luigi.cfg"
    config.write_text((ROOT / "luigi.cfg").read_text().replace(shipped, changed, 1))
    done = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15")
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith(expected) and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert not (tmp_path / "data/tmp").exists()


@pytest.mark.slow
def test_the_exit_codes_are_the_ones_luigi_cfg_gives(tmp_path):
    """Read through luigi.retcodes, never copied: another [retcode] task_failed is the code of a failed month."""
    folder = write_sources(tmp_path / "data/sources")
    (folder / FILES["erp"]).write_text("product_id;price\n1;2\n")
    (tmp_path / "luigi.cfg").write_text((ROOT / "luigi.cfg").read_text().replace("task_failed = 30", "task_failed = 3"))
    done = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15")
    assert done.returncode == 3, done.stderr


class ShellProbeFails(luigi.Task):
    retry_count = 1

    def complete(self):
        return False

    def run(self):
        raise RuntimeError("fails")


class ShellProbeMissing(luigi.ExternalTask):
    def output(self):
        return luigi.LocalTarget("/nonexistent/shell-probe")


class ShellProbeNeedsMissing(luigi.Task):
    def complete(self):
        return False

    def requires(self):
        return ShellProbeMissing()


class ShellProbeDone(luigi.Task):
    def complete(self):
        return True


@pytest.fixture
def worker_not_kept_alive():
    """[worker] keep_alive off while the test runs: a failed or blocked task ends the run at once."""
    config = luigi.configuration.get_config()
    saved = config.get("worker", "keep_alive", None)
    config.set("worker", "keep_alive", "false")
    yield
    config.set("worker", "keep_alive", saved) if saved is not None else config.remove_option("worker", "keep_alive")


@pytest.mark.parametrize("task", [ShellProbeFails, ShellProbeNeedsMissing, ShellProbeDone])
def test_the_shell_gives_luigis_own_exit_code_by_luigis_own_rule(task, worker_not_kept_alive):
    """shell.luigi_code (the code a command keeps when not every month is reported done or failed) is the code
    Luigi's `luigi` command itself gives the same run."""
    from wine_luigi.command.shell import luigi_code

    with pytest.raises(SystemExit) as luigis:
        luigi.retcodes.run_with_retcodes([task.__name__, "--local-scheduler", "--no-lock"])
    result = luigi.build([task()], local_scheduler=True, detailed_summary=True, log_level="WARNING")
    assert luigi_code(result.worker) == luigis.value.code


@pytest.mark.slow
def test_luigid_stopping_during_a_run_is_said_in_one_line_and_exits_35(tmp_path, luigid):
    write_sources(tmp_path / "data/sources")
    hold, config = tmp_path / "hold", tmp_path / "user.cfg"
    # Luigi asks luigid 3 times, rpc-retry-wait seconds apart (30 in the shipped settings), before it gives up
    config.write_text((ROOT / "luigi.cfg").read_text().replace("[core]\n", "[core]\nrpc-retry-wait = 1\n", 1))
    port = ("--scheduler-port", str(luigid.port))
    run = held_run(tmp_path, hold, *port, env={"LUIGI_CONFIG_PATH": str(config)}, local=False)
    try:
        settings = [f"LUIGID_PORT={luigid.port}", f"LUIGID_DIR={luigid.state}"]
        subprocess.run(["make", "-s", "-C", str(ROOT), "luigid-stop", *settings], check=True, timeout=30)
    finally:
        hold.unlink()
    log, _ = run.communicate(timeout=180)
    assert run.returncode == 35, log
    assert re.search(
        rf"ERROR: luigid at http://127.0.0.1:{luigid.port}/ stopped answering during the run \(Errors \(3 attempts\) "
        r"when connecting to remote scheduler .*\): start it again \(make luigid\), then run the command again\n",
        log,
    ), log
    assert "wine_luigi 2026-01: not finished by this run (luigid stopped answering)" in log
    assert "Traceback" not in log and "NoneType: None" not in log, log
    assert not (tmp_path / "data/output/2026-01").exists()
    again = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15", env={"LUIGI_CONFIG_PATH": str(config)})
    assert again.returncode == 0 and "wine_luigi 2026-01: done" in again.stderr, again.stderr
