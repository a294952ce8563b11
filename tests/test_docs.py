"""Every configuration block of the documentation works as written: it passes the checks made at start, and a month
built with it (exports that fit it, its servers on loopback) succeeds."""

import configparser
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import BOTTLENECK, FILES, ROOT, project_config, run_luigi
from wine_luigi.demo import demo_frames
from wine_luigi.export import write_xlsx

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
CONFIG_LINE = re.compile(r"^(\s*|#.*|\[\w+\]|\w+\s*=.*)$")


def indented_blocks(text):
    """The indented (4 spaces) code blocks of a Markdown text, dedented."""
    blocks, current = [], []
    for line in text.splitlines() + [""]:
        if line.startswith("    ") or (current and not line.strip()):
            current.append(line[4:])
        elif current:
            blocks.append("\n".join(current).strip("\n"))
            current = []
    return [b for b in blocks if b]


def config_blocks():
    """(where, text) of every block that is configuration: the lines from its first [section] up to the first line
    that is not configuration (a command after it)."""
    found = []
    for doc in DOCS:
        for number, block in enumerate(indented_blocks(doc.read_text())):
            lines = block.splitlines()
            start = next((i for i, line in enumerate(lines) if line.startswith("[")), None)
            if start is None or not all(CONFIG_LINE.match(line) for line in lines[:start]):
                continue
            end = next((i for i in range(start, len(lines)) if not CONFIG_LINE.match(lines[i])), len(lines))
            found.append((f"{doc.name} block {number}", "\n".join(lines[:end]).strip() + "\n"))
    return found


BLOCKS = config_blocks()


def test_the_documentation_has_the_config_blocks_it_should():
    sections = {s for _, text in BLOCKS for s in re.findall(r"^\[(\w+)\]", text, re.M)}
    assert {"csv", "link_columns", "source_files", "archive", "s3", "email", "smtp"} <= sections, sections


def parse(text):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read_string(text)
    return parser


def month_file(text):
    return "month.cfg" in text.splitlines()[0]


def merged_config(block):
    """The shipped luigi.cfg with the block's sections set over it."""
    config = parse((ROOT / "luigi.cfg").read_text())
    for section, options in parse(block).items():
        if section == "DEFAULT":
            continue
        if not config.has_section(section):
            config.add_section(section)
        for option, value in options.items():
            config.set(section, option, value)
    return config


def write_exports(folder, settings):
    """Exports that fit the settings: the file names, renamed headers and CSV dialect they name."""
    folder.mkdir(parents=True, exist_ok=True)
    frames = dict(zip(("erp", "web", "link"), demo_frames(120, 1)))
    for source in frames:
        section = f"{source}_columns"
        if settings.has_section(section):
            frames[source] = frames[source].rename(
                columns={c: h for c, h in settings.items(section) if c in frames[source].columns}
            )
    csv_dialect = settings.has_section("csv")
    decimal = settings.get("csv", "decimal", fallback="auto")
    for source, frame in frames.items():
        name = settings.get("source_files", source, fallback=FILES[source])
        if csv_dialect and name.endswith(".xlsx"):
            name = name.replace(".xlsx", ".csv")  # the same export, as CSV
        if name.endswith(".csv"):
            frame.to_csv(
                folder / name, sep=";" if decimal == "," else ",", decimal="," if decimal == "," else ".", index=False
            )
        else:
            with open(folder / name, "wb") as f:
                write_xlsx(frame, f, sheet="Feuil1")


@pytest.mark.slow
@pytest.mark.parametrize("where, block", BLOCKS, ids=[w for w, _ in BLOCKS])
def test_a_config_block_of_the_documentation_works_as_written(tmp_path, where, block, s3_server, monkeypatch, request):
    env = {"SMTP_PASSWORD": "not-used", "AWS_ENDPOINT_URL": s3_server.url, **s3_server.environment}
    parsed = parse(block)
    on_s3 = parsed.has_section("paths") and parsed["paths"].get("sources", "").startswith("s3://")
    if parsed.has_section("paths") and "${WINE_LUIGI_LEDGER}" in parsed["paths"].get("db", ""):
        env["WINE_LUIGI_LEDGER"] = request.getfixturevalue("pg_server")
    if month_file(block):  # a month's own settings file
        project_config(tmp_path)
        folder = tmp_path / "data/sources/2026-02"
        write_exports(folder, parsed)
        (folder / "month.cfg").write_text(block)
        command = (
            "RangeMonthly",
            "--of",
            "RunMonthly",
            "--start",
            "2026-02",
            "--stop",
            "2026-03",
            "--months-back",
            "120",
        )
        month = "2026-02"
    else:
        config = merged_config(block)
        with open(project_config(tmp_path), "w") as f:
            config.write(f)
        write_exports(tmp_path / "data/sources/2026-01", parsed)
        if on_s3:  # the exports put in the bucket
            bucket, prefix = parsed["paths"]["sources"][len("s3://") :].split("/", 1)
            s3_server.client().create_bucket(
                Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": "eu-west-3"}
            )
            for export in (tmp_path / "data/sources/2026-01").iterdir():
                s3_server.client().upload_file(str(export), bucket, f"{prefix}/2026-01/{export.name}")
        if parsed.has_section("archive") and parsed["archive"]["url"].startswith("s3://"):
            bucket = parsed["archive"]["url"].split("/")[2]
            s3_server.client().create_bucket(
                Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": "eu-west-3"}
            )
        command = ("RunMonthly", "--date", "2026-01-15")
        month = "2026-01"
    done = run_luigi(tmp_path, *command, env=env)
    assert done.returncode == 0, f"{where}:\n{block}\n{done.stderr}"
    assert f"wine_luigi {month}: done" in done.stderr
    if on_s3:
        bucket, prefix = parsed["paths"]["output"][len("s3://") :].split("/", 1)
        assert s3_server.client().head_object(Bucket=bucket, Key=f"{prefix}/{month}/manifest.json")["ContentLength"] > 0
        assert "ok" in done.stderr and not (tmp_path / "data/output").exists()
    else:
        assert (tmp_path / f"data/output/{month}/sales_product.xlsx").is_file()
    if parsed.has_section("archive"):
        assert f"copied to {parsed['archive']['url']}/{month}/" in done.stderr


RUNNABLE = (".venv/bin/luigi ", ".venv/bin/wine-luigi ", ".venv/bin/sqlite-utils ")


def documented_commands():
    """(where, argv) of every command of the documentation that runs the package or reads its ledger, in order."""
    found = []
    for doc in DOCS:
        for number, block in enumerate(indented_blocks(doc.read_text())):
            for line in block.splitlines():
                if line.startswith(RUNNABLE):
                    found.append((f"{doc.name} block {number}", shlex.split(line, comments=True)))
    return found


@pytest.mark.slow
def test_every_command_of_the_documentation_runs_as_written(tmp_path, luigid):
    """On the shop's real exports: every month command exits 0 (one that needs luigid, with it) and every query of
    the ledger answers."""
    commands = documented_commands()
    tasks = [argv[3] if argv[0] == ".venv/bin/luigi" else argv[1] for _, argv in commands if "sqlite" not in argv[0]]
    assert sorted(set(tasks)) == ["Purge", "RangeMonthly", "RunMonthly", "backfill", "run"], tasks
    project_config(tmp_path)
    shutil.copytree(BOTTLENECK, tmp_path / "data/sources/2026-01")
    env = {**os.environ, "LUIGI_CONFIG_PATH": str(tmp_path / "luigi.cfg")}
    for where, argv in commands:
        argv = [str(Path(sys.executable).with_name(Path(argv[0]).name)), *argv[1:]]
        if "sqlite-utils" not in argv[0] and "--local-scheduler" not in argv:  # after `make luigid`
            argv += ["--scheduler-port", str(luigid.port)]
        done = subprocess.run(argv, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, (where, argv, done.stderr[-3000:])
        if "sqlite-utils" in argv[0]:
            assert "2026-01" in done.stdout, (where, done.stdout)
