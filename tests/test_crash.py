"""A run killed at any point (kill -9) and run again ends exactly where a clean run does."""

import json
import os
import signal
import subprocess

import openpyxl
import pytest

from helpers import DELIVERABLES, luigi_command, run_luigi, wait_for, write_sources
from wine_luigi.freshness import sha256_of


def content(root):
    """What a reader sees in each deliverable of the month built in `root`: cell values for the workbook, bytes for
    the rest (the report's "This run" section, the timing of the run that wrote it, aside; the folder the exports
    were read from written as ROOT, and their sha256 as SHA: each run here writes its own workbooks)."""
    folder = root / "data/output/2026-01"
    shas = [sha256_of(p).encode() for p in (root / "data/sources").iterdir()]
    seen = {}
    for name in DELIVERABLES:
        path = folder / name
        if name.endswith(".xlsx"):
            book = openpyxl.load_workbook(path)
            seen[name] = {s.title: [[c.value for c in row] for row in s.iter_rows()] for s in book.worksheets}
        elif name == "report.html":
            before, rest = path.read_bytes().split(b"<h2>This run</h2>", 1)
            seen[name] = (before + rest.split(b"<h2>Warnings</h2>", 1)[1]).replace(str(root).encode(), b"ROOT")
            for sha in shas:
                seen[name] = seen[name].replace(sha, b"SHA").replace(sha[:12], b"SHA")
        else:
            seen[name] = path.read_bytes()
    return seen


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("clean")
    write_sources(root / "data/sources")
    assert run_luigi(root, "RunMonthly", "--date", "2026-01-15").returncode == 0
    return content(root)


def markers_have_their_data(tmp):
    for marker in tmp.glob("check_*.json"):
        gate = json.loads(marker.read_text())["gate"]
        kind, _, source = gate.partition("_")
        data = {
            "load": f"raw_{source}.parquet",
            "quality": f"clean_{source}.parquet",
            "merge": "merged.parquet",
            "sales": "merged.parquet",
            "zscore": "scored.parquet",
        }[kind]
        assert (tmp / data).exists(), f"{marker.name} without {data}"


# where the run is killed: as soon as this file appears (each one a later point of the month)
KILL_POINTS = [
    "tmp/2026-01/raw_erp.parquet",
    "tmp/2026-01/check_quality_web.json",
    "tmp/2026-01/merged.parquet",
    "tmp/2026-01/scored.parquet",
    "tmp/2026-01/deliverables/sales_product.xlsx",
    "output/2026-01/report.html",
]


@pytest.mark.slow
@pytest.mark.parametrize("point", KILL_POINTS)
def test_a_killed_run_finishes_like_a_clean_one(tmp_path, clean_run, point):
    write_sources(tmp_path / "data/sources")
    command, env = luigi_command(tmp_path, "RunMonthly", "--date", "2026-01-15")
    run = subprocess.Popen(
        command, cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    wait_for(tmp_path / "data" / point, run, poll=0.002)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    assert run.returncode == -signal.SIGKILL  # killed mid-run, not finished
    assert not (tmp_path / "data/tmp/2026-01/ledger.json").exists()  # the month was not complete

    again = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15")
    assert again.returncode == 0, again.stderr
    assert content(tmp_path) == clean_run
    leftovers = [str(p) for p in (tmp_path / "data").rglob("*") if "-luigi-tmp-" in p.name]
    assert leftovers == []
    markers_have_their_data(tmp_path / "data/tmp/2026-01")
    assert "wine_luigi 2026-01: done" in again.stderr
