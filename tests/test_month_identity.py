"""A month is what its files are: completeness by content, settings that live with the month, a ledger that always
agrees, the demo in its own place, and a configuration that is hard to get wrong."""

import datetime
import os
import shutil
import sqlite3
import subprocess
import time

import pandas as pd
import pytest
from luigi.execution_summary import _summary_dict

from helpers import FILES, LUIGI, ROOT, build, free_port, listing, project_config, rebuilt_for, run_luigi, write_sources
from wine_luigi import freshness
from wine_luigi.demo import demo_frames
from wine_luigi.tasks import RunMonthly

JAN = datetime.date(2026, 1, 15)


def ran(result):
    return sorted(str(t) for t in _summary_dict(result.worker)["completed"])


def ledger(root):
    db = sqlite3.connect(root / "data/wine_luigi.db")
    db.row_factory = sqlite3.Row
    return {r["month"]: dict(r) for r in db.execute("select * from runs")}


def dearer(frames, product_id=None, price=None):
    """The frames with one merged product's price changed (a corrected export)."""
    erp = frames["erp"].copy()
    row = erp.index[erp["product_id"] == product_id][0] if product_id else erp.index[erp["price"] > 0][0]
    erp.loc[row, "price"] = price if price is not None else erp.loc[row, "price"] + 1
    return {**frames, "erp": erp}


def demo(seed=1):
    return dict(zip(("erp", "web", "link"), demo_frames(120, seed)))


def revenue(root, month="2026-01"):
    sales = pd.read_excel(root / f"data/output/{month}/sales_product.xlsx", engine="openpyxl")
    return round(sales["sales_product"].sum(), 2)


# --- completeness by content ------------------------------------------------------------------------


@pytest.fixture
def built(project):
    write_sources(project / "data/sources")
    assert build(RunMonthly(date=JAN)).status.name == "SUCCESS"
    return project


@pytest.mark.slow
def test_a_corrected_export_with_an_older_date_rebuilds_the_erp_branch_and_what_follows(built):
    before = revenue(built)
    corrected = built / "download" / FILES["erp"]
    write_sources(corrected.parent, dearer(demo()))
    three_days_ago = time.time() - 3 * 86400
    os.utime(corrected, (three_days_ago, three_days_ago))
    shutil.copy2(
        corrected, built / "data/sources" / FILES["erp"]
    )  # cp -p: the old date kept, the file older than every output
    assert os.path.getmtime(built / "data/sources" / FILES["erp"]) < os.path.getmtime(
        built / "data/output/2026-01/premium.csv"
    )

    again = build(RunMonthly(date=JAN))
    assert again.status.name == "SUCCESS"
    expected = rebuilt_for("erp")
    assert ran(again) == sorted([*expected, "RunMonthly(date=2026-01-15)"])
    assert revenue(built) != before
    row = ledger(built)["2026-01"]
    assert row["erp_sha256"] == freshness.sha256_of(built / "data/sources" / FILES["erp"])
    assert row["total_revenue"] == revenue(built)


@pytest.mark.slow
def test_touch_alone_rebuilds_nothing_and_a_rerun_reads_no_export_again(built):
    tmp = listing(built / "data/tmp")
    for name in FILES.values():
        (built / "data/sources" / name).touch()
    again = build(RunMonthly(date=JAN))
    assert ran(again) == []
    assert listing(built / "data/tmp") == tmp


@pytest.mark.slow
def test_deleting_a_steps_file_builds_that_step_and_what_follows_again(built):
    published = listing(built / "data/output/2026-01")
    (built / "data/tmp/2026-01/raw_link.parquet").unlink()
    again = build(RunMonthly(date=JAN))
    expected = rebuilt_for("link")
    assert ran(again) == sorted([*expected, "RunMonthly(date=2026-01-15)"])
    after = listing(built / "data/output/2026-01")
    assert {k: v for k, v in after.items() if k != "sales_product.xlsx" and k != "report.html"} == {
        k: v for k, v in published.items() if k != "sales_product.xlsx" and k != "report.html"
    }


@pytest.mark.slow
def test_a_changed_deliverable_is_published_again(built):
    premium = built / "data/output/2026-01/premium.csv"
    good = premium.read_bytes()
    premium.write_bytes(good.replace(b",", b";"))
    again = build(RunMonthly(date=JAN))
    assert "PublishMonth(month=2026-01)" in ran(again)
    assert premium.read_bytes() == good


@pytest.mark.slow
def test_a_changed_setting_rereads_the_export(built):
    config = RunMonthly(date=JAN)  # the same month, read with another decimal mark setting
    import luigi

    luigi.configuration.get_config().set("csv", "decimal", ".")
    try:
        again = build(config)
    finally:
        luigi.configuration.get_config().set("csv", "decimal", "auto")
    assert {f"ExtractSource(month=2026-01, source={s})" for s in FILES} <= set(ran(again))


@pytest.mark.slow
def test_force_builds_the_month_again(tmp_path):
    write_sources(tmp_path / "data/sources")
    assert run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15").returncode == 0
    done = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15", "--force")
    assert done.returncode == 0, done.stderr
    assert (
        done.stderr.count("Worker Worker(") > 0 and "done      ExtractSource(month=2026-01, source=erp)" in done.stderr
    )
    assert "wine_luigi 2026-01: done" in done.stderr
    nothing = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15")
    assert "wine_luigi 2026-01: already done" in nothing.stderr


# --- a finished month is not undone by a command whose settings cannot read it ---------------------


def write_csv(folder, frames, names):
    folder.mkdir(parents=True, exist_ok=True)
    for source, frame in frames.items():
        frame.to_csv(folder / names[source], index=False)


FEB_NAMES = {"erp": "erp.csv", "web": "web.csv", "link": "liaison.csv"}
FEB_FLAGS = ("--source-files-erp", "erp.csv", "--source-files-web", "web.csv", "--source-files-link", "liaison.csv")
RANGE = ("RangeMonthly", "--of", "RunMonthly", "--start", "2026-01", "--stop", "2026-04", "--months-back", "120")


@pytest.mark.slow
def test_a_month_built_with_its_file_names_on_the_command_line_stays_ok_through_a_backfill(tmp_path):
    write_sources(tmp_path / "data/sources/2026-01", seed=1)
    write_csv(tmp_path / "data/sources/2026-02", demo(2), FEB_NAMES)
    write_sources(tmp_path / "data/sources/2026-03", seed=3)
    assert run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15").returncode == 0
    february = run_luigi(tmp_path, "RunMonthly", "--date", "2026-02-15", *FEB_FLAGS)
    assert february.returncode == 0, february.stderr
    published = listing(tmp_path / "data/output/2026-02")

    backfill = run_luigi(tmp_path, *RANGE)
    assert backfill.returncode == 0, backfill.stderr
    folder = tmp_path / "data/sources/2026-02"
    said = [line for line in backfill.stderr.splitlines() if "wine_luigi 2026-02" in line]
    assert said == [
        f"INFO: wine_luigi 2026-02: done, as built ({tmp_path}/data/output/2026-02): "
        f"this command's settings name {folder}/Fichier_erp.xlsx, which is not there; it was built from "
        f"{folder}/erp.csv; "
        f"this command's settings name {folder}/Fichier_web.xlsx, which is not there; it was built from "
        f"{folder}/web.csv; "
        f"this command's settings name {folder}/fichier_liaison.xlsx, which is not there; it was built from "
        f"{folder}/liaison.csv; "
        f"to keep a month's settings for every command, write them in {folder}/month.cfg"
    ]
    assert "RunMonthly(date=2026-02-01)" not in backfill.stderr.split("Scheduled")[1].split("failed")[0]
    runs = ledger(tmp_path)
    assert [runs[m]["status"] for m in ("2026-01", "2026-02", "2026-03")] == ["ok", "ok", "ok"]
    assert listing(tmp_path / "data/output/2026-02") == published
    assert (
        "Compared with the previous month, 2026-02, as recorded in the ledger."
        in (tmp_path / "data/output/2026-03/report.html").read_text()
    )

    again = run_luigi(tmp_path, "RunMonthly", "--date", "2026-02-15", *FEB_FLAGS)
    assert again.returncode == 0
    assert "wine_luigi 2026-02: already done" in again.stderr
    assert ledger(tmp_path)["2026-02"]["status"] == "ok"


@pytest.mark.slow
def test_a_month_built_with_a_header_mapping_on_the_command_line_stays_ok_through_a_backfill(tmp_path):
    frames = demo(2)
    frames["link"] = frames["link"].rename(columns={"id_web": "id_web (SKU)"})
    write_sources(tmp_path / "data/sources/2026-02", frames)
    done = run_luigi(tmp_path, "RunMonthly", "--date", "2026-02-15", "--link-columns-id-web", "id_web (SKU)")
    assert done.returncode == 0, done.stderr
    backfill = run_luigi(tmp_path, *RANGE)
    assert backfill.returncode == 0, backfill.stderr
    line = next(line for line in backfill.stderr.splitlines() if "wine_luigi 2026-02" in line)
    link = tmp_path / "data/sources/2026-02/fichier_liaison.xlsx"
    assert (
        f"this command's settings name {link}, which these settings cannot read (no column id_web); it was built from "
        f"{link}" in line
    )
    assert ledger(tmp_path)["2026-02"]["status"] == "ok"


@pytest.mark.slow
def test_a_month_file_holds_the_months_settings_for_every_command(tmp_path):
    frames = demo(2)
    frames["link"] = frames["link"].rename(columns={"id_web": "id_web (SKU)"})
    folder = tmp_path / "data/sources/2026-02"
    write_csv(folder, frames, FEB_NAMES)
    (folder / "month.cfg").write_text(
        "# the exports of February 2026, as the shop sent them\n[source_files]\nerp = erp.csv\nweb = web.csv\nlink = "
        "liaison.csv\n\n"
        "[link_columns]\nid_web = id_web (SKU)\n"
    )
    backfill = run_luigi(tmp_path, *RANGE)
    assert backfill.returncode == 0, backfill.stderr
    assert ledger(tmp_path)["2026-02"]["status"] == "ok"
    assert (
        f"{folder}/liaison.csv: read with the settings from {folder}/month.cfg: [source_files] link = liaison.csv; "
        "[link_columns] id_web = id_web (SKU)\n" in backfill.stderr
    )
    assert (
        f"  read with the settings from {folder}/month.cfg: [source_files] erp = erp.csv, web = web.csv, link = "
        "liaison.csv; "
        "[link_columns] id_web = id_web (SKU)\n" in backfill.stderr
    )
    assert "wine_luigi 2026-02: already done" in run_luigi(tmp_path, "RunMonthly", "--date", "2026-02-15").stderr

    (folder / "month.cfg").write_text(
        (folder / "month.cfg").read_text() + "\n[csv]\ndelimiter = ,\n"
    )  # the month's settings changed
    again = run_luigi(tmp_path, "RunMonthly", "--date", "2026-02-15")
    assert again.returncode == 0, again.stderr
    assert "done      ExtractSource(month=2026-02, source=link)" in again.stderr


@pytest.mark.slow
def test_a_failed_attempt_recorded_over_a_month_is_recorded_again_by_its_next_success(tmp_path):
    for month, seed in (("2026-01", 1), ("2026-02", 2)):
        write_sources(tmp_path / f"data/sources/{month}", seed=seed)
    assert run_luigi(tmp_path, *RANGE).returncode == 0
    january = tmp_path / "data/sources/2026-01"
    aside = tmp_path / "aside"
    january.rename(aside)  # the exports moved away: a run of the month fails, and is recorded
    (tmp_path / "data/sources/2026-01").mkdir()
    failed = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15", "--scheduler-retry-delay", "0.1")
    assert failed.returncode == 30
    assert ledger(tmp_path)["2026-01"]["status"] == "failed"

    (tmp_path / "data/sources/2026-01").rmdir()
    aside.rename(january)  # the same exports back: nothing to rebuild, but the ledger must say ok again
    back = run_luigi(tmp_path, *RANGE)
    assert back.returncode == 0, back.stderr
    assert "done      RecordMonth(month=2026-01)" in back.stderr
    assert "done      ExtractSource" not in back.stderr
    assert ledger(tmp_path)["2026-01"]["status"] == "ok"
    # February's report said January had failed; it compares with January again
    assert "Compared with the previous month, 2026-01" in (tmp_path / "data/output/2026-02/report.html").read_text()
    nothing = run_luigi(tmp_path, *RANGE)
    assert "ran successfully" not in nothing.stderr and nothing.returncode == 0


# --- which files, from where -------------------------------------------------------------------------


@pytest.mark.slow
def test_the_summary_and_the_report_name_the_folder_and_the_files_read(tmp_path):
    folder = write_sources(tmp_path / "data/sources/2026-01")
    done = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15")
    assert done.returncode == 0, done.stderr
    shas = {s: freshness.sha256_of(folder / FILES[s])[:12] for s in FILES}
    line = (
        f"read from {folder}/: Fichier_erp.xlsx ({shas['erp']}), Fichier_web.xlsx ({shas['web']}), "
        f"fichier_liaison.xlsx ({shas['link']})"
    )
    assert f"  {line}\n" in done.stderr
    assert "  read with the default settings\n" in done.stderr
    report = (tmp_path / "data/output/2026-01/report.html").read_text()
    assert str(folder) in report and all(sha in report for sha in shas.values())


@pytest.mark.slow
def test_a_backfill_builds_only_the_months_with_their_own_folder_and_says_which_it_skips(tmp_path):
    write_sources(tmp_path / "data/sources")  # the current exports, at the top: not January's, not March's
    write_sources(tmp_path / "data/sources/2026-02", seed=2)
    done = run_luigi(tmp_path, *RANGE)
    assert done.returncode == 0, done.stderr
    assert (
        f"RangeMonthly: skipping 2026-01, 2026-03: no folder of their own ({tmp_path}/data/sources/YYYY-MM/) to read "
        "their exports from" in done.stderr
    )
    assert sorted(p.name for p in (tmp_path / "data/output").iterdir()) == ["2026-02"]
    assert list(ledger(tmp_path)) == ["2026-02"]


@pytest.mark.slow
def test_a_month_that_has_not_begun_is_refused_in_one_line(tmp_path):
    write_sources(tmp_path / "data/sources")
    today = datetime.date.today()
    next_month = (today.replace(day=28) + datetime.timedelta(days=5)).replace(day=15)
    done = run_luigi(tmp_path, "RunMonthly", "--date", f"{next_month}")
    assert done.returncode == 1
    assert (
        done.stderr.strip()
        == f"--date {next_month}: {next_month:%Y-%m} has not begun (today is {today}): its exports cannot exist yet"
    )
    assert not (tmp_path / "data/output").exists()


def checkout(tmp_path):
    """A checkout of the project as a user has it: the Makefile, luigi.cfg, config/ and the installed .venv."""
    root = tmp_path / "checkout"
    root.mkdir()
    for name in ("Makefile", "luigi.cfg", "requirements.lock", "setup.cfg", "pyproject.toml"):
        shutil.copy2(ROOT / name, root / name)  # their dates kept: make finds the .venv installed from them
    shutil.copytree(ROOT / "config", root / "config")
    (root / ".venv").symlink_to(ROOT / ".venv")
    return root


@pytest.mark.slow
def test_the_demo_lives_in_its_own_place_and_never_reaches_the_real_ledger(tmp_path):
    root = checkout(tmp_path)
    done = subprocess.run(["make", "-s", "-C", str(root), "run"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    month = datetime.date.today().strftime("%Y-%m")
    assert f"wine_luigi {month}: done" in done.stderr
    assert sorted(p.name for p in (root / "data/demo").iterdir() if "-" not in p.name) == [
        "lock",
        "output",
        "sources",
        "tmp",
        "wine_luigi.db",
    ]
    assert (root / f"data/demo/output/{month}/sales_product.xlsx").is_file()
    assert (
        not (root / "data/wine_luigi.db").exists()
        and not (root / "data/sources").exists()
        and not (root / "data/output").exists()
    )
    stats = subprocess.run(["make", "-s", "-C", str(root), "stats"], capture_output=True, text=True, timeout=120)
    assert stats.stdout.strip() == f"{root}/data/wine_luigi.db: no ledger yet (no month has been run)"


# --- a configuration that is hard to get wrong ------------------------------------------------------------


@pytest.mark.slow
def test_luigi_config_path_works_from_any_folder(tmp_path):
    project = tmp_path / "project"
    write_sources(project / "data/sources")
    config = project_config(project)
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "data").mkdir(parents=True)
    for cwd in (elsewhere, "/"):
        done = subprocess.run(
            [str(LUIGI), "--module", "wine_luigi", "RunMonthly", "--date", "2026-01-15", "--local-scheduler"],
            cwd=cwd,
            env={**os.environ, "LUIGI_CONFIG_PATH": str(config)},
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert done.returncode == 0, done.stderr
    assert (project / "data/output/2026-01/sales_product.xlsx").is_file()
    assert sorted(p.name for p in (project / "data").iterdir() if "-" not in p.name) == [
        "lock",
        "output",
        "sources",
        "tmp",
        "wine_luigi.db",
    ]
    assert list((elsewhere / "data").iterdir()) == []
    assert not os.path.exists("/data/lock/wine_luigi-2026-01.lock")


@pytest.mark.slow
@pytest.mark.parametrize(
    "shipped, changed, expected",
    [
        (
            "encoding = auto",
            "encoding = auto   # or utf-8, cp1252",
            "[csv] encoding = auto   # or utf-8, cp1252: an inline comment would become part of the value; put '# or "
            "utf-8, cp1252' on a line of its own",
        ),
        (
            "\n[notify]\n",
            "\n[archive]\nurl = /mnt/backup ; nightly\n\n[notify]\n",
            "[archive] url = /mnt/backup ; nightly: an inline comment would become part of the value; put '; nightly' "
            "on a line of its own",
        ),
        ("decimal = auto", "decmal = ,", "[csv] decmal is not a setting; [csv] has encoding, delimiter, decimal"),
    ],
)
def test_a_setting_that_cannot_be_right_in_luigi_cfg_is_refused_at_start_with_its_line(
    tmp_path, shipped, changed, expected
):
    text = (ROOT / "luigi.cfg").read_text().replace(shipped, changed, 1)
    project_config(tmp_path).write_text(text)
    write_sources(tmp_path / "data/sources")
    done = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15")
    assert done.returncode == 1, done.stderr
    line = next(
        n
        for n, text in enumerate(text.splitlines(), start=1)
        if text.startswith(expected.split("] ", 1)[1].split(" ")[0] + " ")
    )
    assert done.stderr.strip() == f"wine_luigi: {tmp_path}/luigi.cfg, line {line}: {expected}"
    assert not (tmp_path / "data/tmp").exists()


@pytest.mark.slow
@pytest.mark.parametrize(
    "flags, expected",
    [
        (
            ("--csv-delimiter", "ab"),
            "the command line (--csv-delimiter): [csv] delimiter = ab: 'ab' is not a separator wine_luigi reads: "
            "auto, ; , tab or |",
        ),
        (
            ("--csv-decimal", "x"),
            "the command line (--csv-decimal): [csv] decimal = x: 'x' is not a decimal mark: auto, , or .",
        ),
        (
            ("--csv-encoding", "klingon"),
            "the command line (--csv-encoding): [csv] encoding = klingon: 'klingon' is not an encoding Python knows: "
            "auto, utf-8, utf-16, cp1252, latin-1, …",
        ),
        (
            ("--paths-tmp", "ftp://bottleneck/tmp"),
            "the command line (--paths-tmp): [paths] tmp = ftp://bottleneck/tmp: not a place it can be (a folder, or s3://bucket/prefix)",
        ),
        (
            ("--paths-db", "mysql://wine:s3cret@db/ledger"),  # its password is not said
            "the command line (--paths-db): [paths] db = mysql://wine:***@db/ledger: not a place it can be "
            "(a SQLite file or postgresql://user@host/database)",
        ),
        (
            ("--paths-sources", "postgresql://wine@db/ledger"),
            "the command line (--paths-sources): [paths] sources = postgresql://wine@db/ledger: not a place it can be "
            "(a folder, or s3://bucket/prefix)",
        ),
        (
            ("--paths-tmp", "s3://bottleneck/tmp"),
            "the command line (--paths-tmp): [paths] tmp = s3://bottleneck/tmp: the bucket cannot be reached (",
        ),
        (
            ("--email-format", "htm"),
            "the command line (--email-format): [email] format = htm: not a value it takes (htm is not a valid choice",
        ),
        (
            ("--retries-read-attempts", "three"),
            "the command line (--retries-read-attempts): [retries] read_attempts = three: not a value it takes",
        ),
    ],
)
def test_a_setting_that_cannot_be_right_on_the_command_line_is_refused_at_start(tmp_path, flags, expected):
    write_sources(tmp_path / "data/sources")
    nothing_there = {
        "AWS_ENDPOINT_URL": f"http://127.0.0.1:{free_port()}",
        "AWS_ACCESS_KEY_ID": "k",
        "AWS_SECRET_ACCESS_KEY": "s",
    }
    done = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15", *flags, env={**os.environ, **nothing_there})
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"wine_luigi: {expected}"), done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "data/tmp").exists()


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "[paths]\ntmp = /elsewhere\n",
            "[paths] cannot be set per month; a month file holds [source_files], [csv], [erp_columns], [web_columns], "
            "[link_columns]",
        ),
        ("[csv]\ndecimal = ;\n", "line 2: [csv] decimal = ;: ';' is not a decimal mark: auto, , or ."),
        (
            "[link_columns]\nid_wbe = SKU\n",
            "[link_columns] id_wbe is not a setting; [link_columns] has product_id, id_web",
        ),
        ("decimal = ,\n", "not a settings file (File contains no section headers."),
        (b"[csv]\ndecimal = \x81\n", "not text in UTF-8 or Windows-1252 (byte 0x81 at offset 16): save it as UTF-8"),
    ],
)
def test_a_month_file_that_cannot_be_right_is_refused_at_start(tmp_path, text, expected):
    folder = write_sources(tmp_path / "data/sources/2026-02")
    (folder / "month.cfg").write_bytes(text if isinstance(text, bytes) else text.encode())
    for command in (("RunMonthly", "--date", "2026-01-15"), RANGE):  # every command: the month file is read at start
        done = run_luigi(tmp_path, *command)
        assert done.returncode == 1, done.stderr
        assert done.stderr.strip().startswith(f"wine_luigi: {folder}/month.cfg"), done.stderr
        assert expected in done.stderr
    assert not (tmp_path / "data/tmp").exists()


@pytest.mark.slow
def test_a_month_file_saved_by_notepad_as_ansi_is_read(tmp_path):
    """Windows-1252 ("ANSI"), CRLF: a renamed header with an accent is mapped as written."""
    erp = demo_frames(120, 1)[0].rename(columns={"price": "Prix unitaire é"})
    folder = write_sources(tmp_path / "data/sources/2026-01", {"erp": erp})
    (folder / "month.cfg").write_bytes("[erp_columns]\r\nprice = Prix unitaire é\r\n".encode("cp1252"))
    done = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15")
    assert done.returncode == 0, done.stderr
    assert "[erp_columns] price = Prix unitaire é" in done.stderr  # the settings that read it, in the summary


@pytest.mark.slow
def test_make_cron_line_prints_the_time_zone_line_of_config_crontab():
    printed = subprocess.run(
        ["make", "-s", "-C", str(ROOT), "cron-line"], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert printed[0] == "CRON_TZ=UTC"
    shipped = [line for line in (ROOT / "config/crontab").read_text().splitlines() if line and not line.startswith("#")]
    assert printed == [line.replace("/path/to/wine_luigi", str(ROOT)) for line in shipped]
