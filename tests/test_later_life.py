"""A month's later life: a rerun after a success that fails a gate, backfills in calendar order, reports that
compare with the month before, and a ledger written all or nothing."""

import os
import re

import pandas as pd
import pytest
import sqlite_utils

from helpers import listing, parts, run_luigi, user_config, write_sources
from wine_luigi import ledger
from wine_luigi.demo import demo_frames
from wine_luigi.errors import WriteError

JAN = ("RunMonthly", "--date", "2026-01-15")


def frames(seed=1):
    erp, web, link = demo_frames(120, seed)
    return {"erp": erp.copy(), "web": web.copy(), "link": link.copy()}


def negative_total_sales(f):
    web = f["web"]
    products = web.index[
        (web["post_type"] == "product")
        & web["sku"].notna()
        & web["sku"].astype(str).isin(f["link"]["id_web"].astype(str))
    ]
    web.loc[products[0], "total_sales"] = -5.0


def no_price_column(f):
    f["erp"] = f["erp"].drop(columns="price")


# case: (change to the month's files, the gate that stops, its failed check, ledger figures this attempt computed)
LATER_FAILURES = {
    "sales gate": (
        negative_total_sales,
        "sales",
        "sales_total_sales_not_negative",
        {"rows_erp", "rows_web", "rows_link", "merged"},
    ),
    "load gate": (no_price_column, "load_erp", "erp_required_columns_present", {"rows_web", "rows_link"}),
}
FIGURES = [
    "rows_erp",
    "rows_web",
    "rows_link",
    "merged",
    "total_revenue",
    "premium",
    "ordinary",
    "price_mean",
    "price_std",
]


def newer(folder):
    """Stamp the sources a second after everything else, as a new export dropped later would be."""
    for path in folder.iterdir():
        stamp = path.stat().st_mtime + 1
        os.utime(path, (stamp, stamp))


@pytest.mark.slow
@pytest.mark.parametrize("case", LATER_FAILURES)
def test_a_month_that_succeeded_then_fails_is_recorded_and_reported_truthfully(tmp_path, inbox, case):
    change, gate, check, computed = LATER_FAILURES[case]
    sources = write_sources(tmp_path / "data/sources")
    env = user_config(tmp_path, inbox.port)
    assert run_luigi(tmp_path, *JAN, env=env).returncode == 0
    out = tmp_path / "data/output/2026-01"
    published = listing(out)
    db = sqlite_utils.Database(tmp_path / "data/wine_luigi.db")
    good = db["runs"].get("2026-01")

    f = frames()
    change(f)
    write_sources(sources, f)
    newer(sources)
    done = run_luigi(tmp_path, *JAN, env=env)
    assert done.returncode == 30, done.stderr
    assert "cannot record" not in done.stderr

    run = db["runs"].get("2026-01")
    assert (run["status"], run["failed_gate"]) == ("failed", gate)
    # this attempt's figures where it computed them, never the earlier run's
    assert {k for k in FIGURES if run[k] is not None} == computed
    for k in computed:
        assert run[k] == good[k]  # the demo files changed in one value: the counts are the same
    assert run["published"] == good["published"]
    # every check that did not pass (the README's query) holds the one that stopped the month
    failed = db.execute("select gate, [check], severity from checks where month = '2026-01' and passed = 0").fetchall()
    assert (gate, check, "error") in failed
    gates = {g for (g,) in db.execute("select distinct gate from checks where month = '2026-01'").fetchall()}
    assert "zscore" not in gates  # the earlier run's marker is stale: not this attempt's
    assert db.execute("select count(*) from products where month = '2026-01'").fetchone()[0] == 0

    assert listing(out) == published  # the earlier deliverables stay, and the email says whose they are
    assert len(inbox.messages) == 1
    text, html = parts(inbox.messages[0])
    when = good["published"][:16].replace("T", " ")
    for body in (text, re.sub("<[^>]+>", "", html)):
        said = " ".join(body.split())
        assert (
            f"The deliverables in {out} are still those of the run of {when} UTC: they do not match the new files."
            in said
        )
        assert "Nothing was published" not in said
    warnings = text.split("Warnings so far:")[1].split("\n\n")[0]
    assert "web_rows_without_sku_have_no_title" in warnings  # the web export's own warning, fresh in both cases
    if gate == "load_erp":  # merge and sales never ran on the new files: their earlier warnings say nothing
        assert "merge_onsale_products_on_web" not in warnings and "sales_stock_not_negative" not in warnings
        rejects = pd.read_csv(tmp_path / "data/tmp/2026-01/rejects.csv")
        assert set(rejects["source"]) <= {"web", "link"}
    else:
        assert "merge_onsale_products_on_web" in warnings and "sales_stock_not_negative" in warnings

    # fixed, the month is whole again: figures, checks, products
    write_sources(sources)
    newer(sources)
    assert run_luigi(tmp_path, *JAN, env=env).returncode == 0
    again = db["runs"].get("2026-01")
    assert [again[k] for k in ["status", *FIGURES]] == [good[k] for k in ["status", *FIGURES]]
    assert (
        db.execute(
            "select count(*) from checks where month = '2026-01' and passed = 0 and severity = 'error'"
        ).fetchone()[0]
        == 0
    )


def ledger_contents(path):
    db = sqlite_utils.Database(path)
    return {t: sorted(map(str, db[t].rows)) for t in ("runs", "checks", "products")}


def test_a_ledger_write_that_fails_halfway_leaves_the_month_as_it_was(tmp_path):
    path = tmp_path / "wine_luigi.db"
    run = ledger.run_row("2026-01", "ok", 0, 1.5, {"merged": 2, "total_revenue": 30.0}, {})
    check = {
        "name": "merge_web_product_merged_once",
        "severity": "error",
        "observed": 0,
        "threshold": 0,
        "passed": True,
        "message": "m",
    }
    products = [
        ("2026-01", 1, "15298", "A", 10.0, 1.0, 10.0, -0.7, "ordinary"),
        ("2026-01", 2, "13127-1", "B", 20.0, 1.0, 20.0, 0.7, "ordinary"),
    ]
    ledger.record(path, run, ledger.check_rows("2026-01", [("merge", [check])]), products)
    before = ledger_contents(path)
    assert len(before["products"]) == 2

    def crash_after_one():
        yield products[0]
        raise RuntimeError("killed halfway")

    failed = {**run, "status": "failed", "merged": None}
    with pytest.raises(RuntimeError, match="killed halfway"):
        ledger.record(path, failed, [], crash_after_one())
    assert ledger_contents(path) == before
    with pytest.raises(
        WriteError, match=r"wine_luigi.db: cannot record 2026-01 in the ledger \(UNIQUE constraint failed"
    ):
        ledger.record(path, failed, [], [products[0], products[0]])
    assert ledger_contents(path) == before


def report(root, month):
    return (root / f"data/output/{month}/report.html").read_text()


@pytest.mark.slow
def test_a_backfill_records_each_month_before_the_next_month_reads_the_ledger(tmp_path):
    for month, seed in (("2026-01", 1), ("2026-02", 2), ("2026-03", 3)):
        write_sources(tmp_path / f"data/sources/{month}", seed=seed)
    done = run_luigi(tmp_path, "RangeMonthly", "--of", "RunMonthly", "--start", "2026-01", "--stop", "2026-04")
    assert done.returncode == 0, done.stderr
    log = done.stderr
    assert (
        log.index("wine_luigi 2026-01: done")
        < log.index("wine_luigi 2026-02: done")
        < log.index("wine_luigi 2026-03: done")
    )
    assert "is not of type string" not in log

    runs = {r["month"]: r for r in sqlite_utils.Database(tmp_path / "data/wine_luigi.db")["runs"].rows}
    assert len({runs[m]["total_revenue"] for m in runs}) == 3  # three months whose figures differ
    assert "No comparison: 2025-12 is not in the ledger." in report(tmp_path, "2026-01")
    for month, before in (("2026-02", "2026-01"), ("2026-03", "2026-02")):
        html = report(tmp_path, month)
        assert f"Compared with the previous month, {before}, as recorded in the ledger." in html
        delta = runs[month]["total_revenue"] - runs[before]["total_revenue"]
        assert f"{delta:+,.2f} € ({delta / runs[before]['total_revenue'] * 100:+.1f} %) vs {before}" in html
        merged = runs[month]["merged"] - runs[before]["merged"]
        assert f"{merged:+d}" in html.split("merged products</div>")[1].split("</div>")[1]
        assert f"Products that changed segment since {before}:" in html


@pytest.mark.slow
def test_a_report_compares_only_with_the_month_before_and_is_rebuilt_when_that_month_is_recorded(tmp_path):
    for month, seed in (("2026-01", 1), ("2026-02", 2), ("2026-03", 3)):
        write_sources(tmp_path / f"data/sources/{month}", seed=seed)
    assert run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15").returncode == 0
    assert run_luigi(tmp_path, "RunMonthly", "--date", "2026-03-15").returncode == 0
    html = report(tmp_path, "2026-03")
    assert "No comparison: 2026-02 is not in the ledger." in html
    assert "vs 2026-01" not in html and "since 2026-01" not in html

    assert run_luigi(tmp_path, "RunMonthly", "--date", "2026-02-15").returncode == 0
    again = run_luigi(tmp_path, "RunMonthly", "--date", "2026-03-15")
    assert again.returncode == 0
    assert "ReportMonth(month=2026-03)" in again.stderr and "ExtractSource" not in again.stderr
    assert "Compared with the previous month, 2026-02" in report(tmp_path, "2026-03")
    assert "No comparison" not in report(tmp_path, "2026-03")
    nothing = run_luigi(tmp_path, "RunMonthly", "--date", "2026-03-15")
    assert "wine_luigi 2026-03: already done" in nothing.stderr


@pytest.mark.slow
def test_a_failed_previous_month_is_named_and_not_compared(tmp_path):
    f = frames(2)
    f["erp"] = pd.concat([f["erp"], f["erp"].iloc[[4]].assign(price=999.0)])
    write_sources(tmp_path / "data/sources/2026-01")
    write_sources(tmp_path / "data/sources/2026-02", f)
    write_sources(tmp_path / "data/sources/2026-03", seed=3)
    assert run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15").returncode == 0
    assert run_luigi(tmp_path, "RunMonthly", "--date", "2026-02-15").returncode == 30
    assert run_luigi(tmp_path, "RunMonthly", "--date", "2026-03-15").returncode == 0
    html = report(tmp_path, "2026-03")
    assert "No comparison: the last run of 2026-02 failed (quality_erp)." in html
    assert "vs 2026-01" not in html


@pytest.mark.slow
def test_exports_that_are_the_files_of_the_month_before_are_said_in_the_log_and_the_report(tmp_path):
    import hashlib
    import html
    import shutil

    december = write_sources(tmp_path / "data/sources/2025-12")
    january = tmp_path / "data/sources/2026-01"
    shutil.copytree(december, january)  # December's three exports again: January's were not put in
    assert run_luigi(tmp_path, "RunMonthly", "--date", "2025-12-15").returncode == 0
    done = run_luigi(tmp_path, *JAN)
    assert done.returncode == 0, done.stderr
    for label, name in (("ERP", "Fichier_erp.xlsx"), ("web shop", "Fichier_web.xlsx")):
        sha256 = hashlib.sha256((january / name).read_bytes()).hexdigest()
        assert (
            f"WARNING: 2026-01: the {label} export {january / name} is byte for byte the file 2025-12 was made from "
            f"(sha256 {sha256[:12]}…): if this month's export was not put in, these are 2025-12's figures"
        ) in done.stderr
    assert "link table export" not in done.stderr  # the same link table as last month is no news
    report = html.unescape((tmp_path / "data/output/2026-01/report.html").read_text())
    assert (
        "The ERP export and the web shop export are byte for byte the files 2025-12 was made from (same sha256, "
        "below): if this month's exports were not put in, these are 2025-12's figures."
    ) in report

    f = frames()  # February: a new web export (one more sale), the ERP export of January again
    web = f["web"]
    web.loc[web.index[web["post_type"] == "product"][0], "total_sales"] += 1
    february = write_sources(tmp_path / "data/sources/2026-02", {"web": web})
    shutil.copy(january / "Fichier_erp.xlsx", february / "Fichier_erp.xlsx")
    done = run_luigi(tmp_path, "RunMonthly", "--date", "2026-02-15")
    assert done.returncode == 0, done.stderr
    assert "WARNING: 2026-02: the ERP export" in done.stderr and "the web shop export" not in done.stderr
    report = html.unescape((tmp_path / "data/output/2026-02/report.html").read_text())
    assert (
        "The ERP export is byte for byte the file 2026-01 was made from (same sha256, below): if this month's "
        "export was not put in, these are 2026-01's figures."
    ) in report
