"""A command that cannot do its job right stops at once, in one line, with a non-zero exit code."""

import os
import subprocess
import sys

import pytest

from helpers import FILES, LUIGI, run_luigi, user_config, write_sources


def one_line(done):
    """The command's whole message (stderr), which must be a single line."""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    return lines[0]


def luigi_without_config_path(cwd):
    """The month's command run in `cwd` as from another folder: LUIGI_CONFIG_PATH not set."""
    environ = {k: v for k, v in os.environ.items() if k != "LUIGI_CONFIG_PATH"}
    command = [LUIGI, "--module", "wine_luigi", "RunMonthly", "--date", "2026-01-15", "--local-scheduler"]
    return subprocess.run(command, cwd=cwd, env=environ, capture_output=True, text=True, timeout=60)


def test_no_luigi_cfg_found_stops_before_writing_anything(tmp_path):
    write_sources(tmp_path / "elsewhere")
    done = luigi_without_config_path(tmp_path)
    assert done.returncode == 1
    assert one_line(done) == (
        f"wine_luigi: no luigi.cfg found (looked for {tmp_path}/luigi.cfg; LUIGI_CONFIG_PATH is not set): "
        "run from the project folder or set LUIGI_CONFIG_PATH=/path/to/wine_luigi/luigi.cfg"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["elsewhere"]  # no stray data/ folder, no ledger


def test_a_luigi_cfg_without_retcode_would_exit_0_on_failure_so_it_is_refused(tmp_path):
    (tmp_path / "luigi.cfg").write_text("[paths]\nsources = data/sources\n")
    done = luigi_without_config_path(tmp_path)
    assert done.returncode == 1
    assert one_line(done) == (
        f"wine_luigi: {tmp_path}/luigi.cfg has no [retcode] section, so a failed month would exit 0: "
        "copy the [retcode] section of the project's luigi.cfg into it"
    )


EXPECTED_PASSWORD_LINE = (
    "[smtp] password = ${SMTP_PASSWORD} needs the environment variable SMTP_PASSWORD, which is not set: "
    "export it (for cron, a line SMTP_PASSWORD=… above the job) or remove that line"
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "command",
    [
        ("RunMonthly", "--date", "2026-01-15"),
        ("RangeMonthly", "--of", "RunMonthly", "--start", "2026-01", "--stop", "2026-02"),
        ("Purge", "--keep-months", "12"),
    ],
)
def test_an_unset_environment_variable_stops_every_command_at_start(tmp_path, inbox, monkeypatch, command):
    monkeypatch.delenv("SMTP_PASSWORD", raising=False)
    env = user_config(tmp_path, inbox.port, password=True)
    write_sources(tmp_path / "data/sources")
    assert run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15", env={**env, "SMTP_PASSWORD": "x"}).returncode == 0
    done = run_luigi(tmp_path, *command, env=env)  # a finished month, or a backfill of it: a no-op otherwise
    assert done.returncode == 1
    assert one_line(done) == f"wine_luigi: {tmp_path}/user.cfg: {EXPECTED_PASSWORD_LINE}"


@pytest.mark.slow
def test_an_unset_environment_variable_stops_a_failing_month_before_it_runs(tmp_path, inbox, monkeypatch):
    monkeypatch.delenv("SMTP_PASSWORD", raising=False)
    folder = write_sources(tmp_path / "data/sources")
    (folder / FILES["erp"]).write_bytes(b"")
    done = run_luigi(
        tmp_path, "RunMonthly", "--date", "2026-01-15", env=user_config(tmp_path, inbox.port, password=True)
    )
    assert done.returncode == 1
    assert one_line(done).endswith(EXPECTED_PASSWORD_LINE)
    assert not (tmp_path / "data/tmp").exists()


@pytest.mark.slow
def test_a_missing_date_is_one_line(tmp_path):
    done = run_luigi(tmp_path, "RunMonthly")
    assert done.returncode == 1
    assert (
        one_line(done)
        == "RunMonthly needs --date: give any day of the month to build as YYYY-MM-DD, e.g. --date 2026-01-15"
    )


@pytest.mark.slow
def test_a_source_still_missing_after_its_last_look_says_so(tmp_path):
    folder = write_sources(tmp_path / "data/sources")
    (folder / FILES["erp"]).unlink()
    done = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15", "--scheduler-retry-delay", "0.2")
    assert done.returncode == 30
    looks = [line for line in done.stderr.splitlines() if "Fichier_erp.xlsx: file not found" in line]
    assert [line.split("2026-01)", 1)[1] for line in looks] == [
        "; looking again 3 time(s), 0.2 s apart",
        "; looking again 2 more time(s)",
        "; looking again 1 more time(s)",
        " after 3 looks; the month stops here",
    ]


@pytest.mark.parametrize("module, extra", [("psycopg2", "postgres"), ("sqlalchemy", "postgres"), ("boto3", "s3")])
def test_a_library_the_places_need_that_is_not_installed_is_said_with_the_extra_to_install(monkeypatch, module, extra):
    from types import SimpleNamespace

    from wine_luigi.command import preflight

    monkeypatch.setitem(sys.modules, module, None)  # what Python takes as "cannot be imported"
    folders = SimpleNamespace(
        sources="s3://bottleneck/sources",
        tmp="data/tmp",
        output="data/output",
        cache="data/cache",
        db="postgresql://wine@db/ledger",
    )
    with pytest.raises(preflight.ConfigError) as stopped:
        preflight.check_places(folders, lambda section, option: "luigi.cfg")
    assert str(stopped.value) == (
        f"wine_luigi: [paths]: {module} is not installed, and the settings need it: pip install 'wine_luigi[{extra}]'"
    )
