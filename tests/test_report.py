"""The month-close report, the finance workbook and the run ledger."""

import datetime
import shutil
import subprocess

import openpyxl
import pandas as pd
import pytest
import sqlite_utils

from helpers import build, run_luigi, write_sources
from wine_luigi.demo import demo_frames
from wine_luigi.tasks import RunMonthly

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def month_frames(seed=1, change=None):
    erp, web, link = demo_frames(120, seed)
    frames = {"erp": erp.copy(), "web": web.copy(), "link": link.copy()}
    if change:
        change(frames)
    return frames


def scripted_titles(frames):
    web = frames["web"]
    web.loc[web["post_type"] == "product", "post_title"] = "<script>alert('wine')</script> Pomerol"


@pytest.mark.slow
def test_titles_are_escaped_in_the_report(project):
    write_sources(project / "data/sources", month_frames(change=scripted_titles))
    assert build(RunMonthly(date=datetime.date(2026, 1, 15))).status.name == "SUCCESS"
    html = (project / "data/output/2026-01/report.html").read_text()
    assert "<script" not in html
    assert "&lt;script&gt;alert(&#39;wine&#39;)&lt;/script&gt; Pomerol" in html  # in the top-10 table
    assert "&lt;script&gt;alert(&#x27;wine&#x27;)&lt;/script&gt; Pomerol" in html  # in the chart's labels


def untitled(frames):
    web = frames["web"]
    web.loc[web["post_type"] == "product", "post_title"] = None


@pytest.mark.slow
def test_products_without_a_title_show_an_empty_cell_and_their_sku_in_the_report(project):
    write_sources(project / "data/sources", month_frames(change=untitled))
    assert build(RunMonthly(date=datetime.date(2026, 1, 15))).status.name == "SUCCESS"
    html = (project / "data/output/2026-01/report.html").read_text()
    header, *rows = openpyxl.load_workbook(project / "data/output/2026-01/sales_product.xlsx")["sales_product"].values
    assert all(row[header.index("post_title")] is None for row in rows)
    for row in rows[:10]:  # the top ten by revenue, as in the workbook (best sellers first)
        sku = row[header.index("sku")]
        assert f"<td>{sku}</td><td></td>" in html  # the table's title cell
        assert f"<title>(no title) sku {sku}</title>" in html  # the chart's label
    assert "None" not in html and "&lt;NA&gt;" not in html


def test_a_product_without_a_title_that_switched_segment_is_listed_with_an_empty_title():
    from wine_luigi.report import switched_segments

    scored = pd.DataFrame(
        {
            "product_id": pd.array([4144, 7023], dtype="Int64"),
            "post_title": pd.array([None, "Pol Roger"], dtype="string"),
            "segment": pd.array(["premium", "ordinary"], dtype="string"),
        }
    )
    previous = {4144: ("ordinary", None), 7023: ("premium", "Pol Roger")}  # {product_id: (segment, title)}
    assert switched_segments(scored, previous) == [
        {"product_id": 7023, "title": "Pol Roger", "before": "premium", "now": "ordinary"},
        {"product_id": 4144, "title": "", "before": "ordinary", "now": "premium"},
    ]


@pytest.mark.slow
def test_the_workbook_is_formatted_for_finance(project):
    write_sources(project / "data/sources")
    assert build(RunMonthly(date=datetime.date(2026, 1, 15))).status.name == "SUCCESS"
    book = openpyxl.load_workbook(project / "data/output/2026-01/sales_product.xlsx")
    assert book.sheetnames == ["sales_product", "summary"]
    sheet = book["sales_product"]
    header = [c.value for c in sheet[1]]
    assert header == [
        "product_id",
        "sku",
        "post_title",
        "onsale_web",
        "stock_quantity",
        "total_sales",
        "price",
        "sales_product",
    ]
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:H{sheet.max_row}"
    assert sheet["G2"].number_format == sheet["H2"].number_format == '#,##0.00 "€"'
    assert sheet["A2"].number_format == "General"
    longest_title = max(len(str(c.value)) for c in sheet["C"][1:])
    assert sheet.column_dimensions["C"].width == pytest.approx(min(longest_title + 2, 60), abs=1)  # Excel pads widths
    assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)
    summary = {row[0].value: row[1] for row in book["summary"].iter_rows()}
    revenue = sum(c.value for c in sheet["H"][1:])
    assert summary["total revenue"].value == pytest.approx(revenue)
    assert summary["total revenue"].number_format == '#,##0.00 "€"'
    assert summary["products"].value == sheet.max_row - 1


@pytest.mark.slow
def test_formula_looking_text_stays_text_with_a_quote_prefix(project):
    def formulas(frames):
        web = frames["web"]
        web.loc[web["post_type"] == "product", "post_title"] = "=1+1 Pomerol"

    write_sources(project / "data/sources", month_frames(change=formulas))
    assert build(RunMonthly(date=datetime.date(2026, 1, 15))).status.name == "SUCCESS"
    sheet = openpyxl.load_workbook(project / "data/output/2026-01/sales_product.xlsx")["sales_product"]
    cell = sheet["C2"]
    assert (cell.value, cell.data_type, cell.quotePrefix) == ("=1+1 Pomerol", "s", True)
    for name in ("premium.csv", "ordinary.csv"):
        assert set(pd.read_csv(project / f"data/output/2026-01/{name}")["post_title"]) <= {"'=1+1 Pomerol"}


def cheapest_premium_made_cheap(frames):
    """The most expensive merged product drops to an ordinary price."""
    erp = frames["erp"]
    merged = erp[erp["onsale_web"] == 1].sort_values("price")
    erp.loc[merged.index[-1], "price"] = 15.0


@pytest.mark.slow
def test_ledger_keeps_one_row_per_month_and_records_failures(tmp_path):
    write_sources(tmp_path / "data/sources/2026-01", month_frames())
    write_sources(tmp_path / "data/sources/2026-02", month_frames(change=cheapest_premium_made_cheap))
    conflicting = month_frames()
    conflicting["erp"] = pd.concat([conflicting["erp"], conflicting["erp"].iloc[[4]].assign(price=999.0)])
    write_sources(tmp_path / "data/sources/2026-03", conflicting)
    assert run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15").returncode == 0
    assert run_luigi(tmp_path, "RunMonthly", "--date", "2026-02-15").returncode == 0
    assert run_luigi(tmp_path, "RunMonthly", "--date", "2026-03-15").returncode == 30

    db = sqlite_utils.Database(tmp_path / "data/wine_luigi.db")
    runs = {r["month"]: r for r in db["runs"].rows}
    assert sorted(runs) == ["2026-01", "2026-02", "2026-03"]
    assert (runs["2026-03"]["status"], runs["2026-03"]["failed_gate"]) == ("failed", "quality_erp")
    assert "erp_product_id_unique" in runs["2026-03"]["error"]
    failed_check = db.execute(
        "select passed from checks where month = '2026-03' and \"check\" = 'erp_product_id_unique'"
    ).fetchone()
    assert failed_check == (0,)
    merged = {m: runs[m]["merged"] for m in ("2026-01", "2026-02")}
    products = dict(db.execute("select month, count(*) from products group by month").fetchall())
    assert products == merged
    assert runs["2026-01"]["duration_s"] > 0

    # a rerun of a month replaces its rows
    (tmp_path / "data/tmp/2026-01/scored.parquet").unlink()
    assert run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15").returncode == 0
    assert db["runs"].count == 3
    assert db.execute("select count(*) from products where month = '2026-01'").fetchone()[0] == merged["2026-01"]

    # the February report compares with January and shows the product that left the premium segment
    report = (tmp_path / "data/output/2026-02/report.html").read_text()
    assert "vs 2026-01" in report
    dropped = month_frames()["erp"].compare(month_frames(change=cheapest_premium_made_cheap)["erp"]).index[0]
    product_id = int(month_frames()["erp"].loc[dropped, "product_id"])
    assert "Products that changed segment since 2026-01:" in report
    row = report.split(f"<tr><td>{product_id}</td>", 1)[1].split("</tr>", 1)[0]
    assert row.endswith("<td>premium</td><td>ordinary</td>")


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed (Debian package chromium); .ci/run installs it")
def test_the_report_renders_in_headless_chromium(project, tmp_path):
    write_sources(project / "data/sources")
    assert build(RunMonthly(date=datetime.date(2026, 1, 15))).status.name == "SUCCESS"
    report = project / "data/output/2026-01/report.html"
    shot = tmp_path / "report.png"
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--hide-scrollbars",
    ]
    done = subprocess.run(
        [CHROMIUM, *flags, "--window-size=1100,2400", f"--screenshot={shot}", report.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(png[16:20], "big") == 1100 and int.from_bytes(png[20:24], "big") == 2400
    assert len(png) > 60_000  # a page of text and charts, not a blank one
    dom = subprocess.run(
        [CHROMIUM, *flags, "--dump-dom", report.as_uri()], capture_output=True, text=True, timeout=120
    ).stdout
    assert "Month-close report 2026-01" in dom and "<svg" in dom


def test_product_rows_are_plain_values_with_none_where_a_cell_is_empty():
    from wine_luigi.ledger import PRODUCT_COLUMNS, product_rows

    scored = pd.DataFrame(
        {
            "product_id": pd.array([4144, 7023], dtype="Int64"),
            "sku": pd.array(["1662", "15298"], dtype="string"),
            "post_title": pd.array(["Pol Roger", None], dtype="string"),
            "price": [24.2, 49.0],
            "total_sales": [5.0, 0.0],
            "sales_product": [121.0, 0.0],
            "z_score": [float("nan"), 1.25],
            "segment": pd.array([None, "ordinary"], dtype="string"),
            "stock_quantity": [3, 4],
        }
    )
    rows = product_rows("2026-01", scored)
    assert rows == [
        ("2026-01", 4144, "1662", "Pol Roger", 24.2, 5.0, 121.0, None, None),
        ("2026-01", 7023, "15298", None, 49.0, 0.0, 0.0, 1.25, "ordinary"),
    ]
    assert [type(v) for v in rows[0]] == [str, int, str, str, float, float, float, type(None), type(None)]
    assert list(PRODUCT_COLUMNS)[:4] == ["month", "product_id", "sku", "title"]
