"""A gate is declared once: its class (name, figures, step) and its checks; the graph, the ledger, the summary
and the report follow."""

import sqlite3

import psycopg2
import pytest

from helpers import ROOT, run_luigi, write_sources


@pytest.mark.slow
def test_a_gate_declared_once_is_in_the_graph_the_ledger_and_the_report(tmp_path):
    write_sources(tmp_path / "data/sources/2026-01")
    done = run_luigi(
        tmp_path,
        "--module",
        "extra_gate",
        "RunMonthly",
        "--date",
        "2026-01-15",
        env={"PYTHONPATH": str(ROOT / "tests")},
    )
    assert done.returncode == 0, done.stderr
    assert "done      ValidateStock(month=2026-01)" in done.stderr
    assert (tmp_path / "data/tmp/2026-01/check_stock.json").is_file()
    db = sqlite3.connect(tmp_path / "data/wine_luigi.db")
    stocked, merged = db.execute("select stocked, merged from runs where month = '2026-01'").fetchone()
    assert 0 < stocked <= merged
    assert db.execute("select passed from checks where gate = 'stock'").fetchall() == [(1,)]
    report = (tmp_path / "data/output/2026-01/report.html").read_text()
    assert "stock_some_product_in_stock" in report


@pytest.mark.slow
def test_a_gate_declared_later_adds_its_column_to_a_postgresql_ledger(tmp_path, pg_server):
    write_sources(tmp_path / "data/sources/2026-01")
    write_sources(tmp_path / "data/sources/2026-02", seed=2)
    before = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15", "--paths-db", pg_server)
    assert before.returncode == 0, before.stderr
    after = run_luigi(
        tmp_path,
        "--module",
        "extra_gate",
        "RunMonthly",
        "--date",
        "2026-02-15",
        "--paths-db",
        pg_server,
        env={"PYTHONPATH": str(ROOT / "tests")},
    )
    assert after.returncode == 0, after.stderr
    with psycopg2.connect(pg_server) as conn, conn.cursor() as cursor:
        cursor.execute("select month, stocked is not null, merged from runs order by month")
        assert [(m, has) for m, has, _ in cursor.fetchall()] == [("2026-01", False), ("2026-02", True)]
