"""Acceptance on the shop's real exports (tests/data/bottleneck, an unchanged copy): the figures SPEC.md states."""

import openpyxl
import pandas as pd
import pytest

from helpers import BOTTLENECK, DELIVERABLES, run_luigi


@pytest.fixture(scope="module")
def real_month(tmp_path_factory):
    assert BOTTLENECK.is_dir(), f"the real exports are required for the acceptance test: {BOTTLENECK} is missing"
    work = tmp_path_factory.mktemp("bottleneck")
    done = run_luigi(work, "RunMonthly", "--date", "2026-01-15", "--paths-sources", str(BOTTLENECK), "--workers", "3")
    assert done.returncode == 0, done.stderr
    return work / "data/output/2026-01", done.stderr


def independent_premium():
    """Premium product ids recomputed from the workbooks with openpyxl and plain pandas, no project code."""

    def read(name, **kw):
        return pd.read_excel(BOTTLENECK / name, engine="openpyxl", **kw)

    erp = read("Fichier_erp.xlsx")
    web = read("Fichier_web.xlsx", dtype={"sku": str})
    link = read("fichier_liaison.xlsx", dtype={"id_web": str})
    web = web[(web["post_type"] == "product") & web["sku"].notna()]
    merged = erp.merge(link.dropna(subset=["id_web"]), on="product_id").merge(web, left_on="id_web", right_on="sku")
    z = (merged["price"] - merged["price"].mean()) / merged["price"].std()
    return set(merged.loc[z >= 2, "product_id"]), len(merged)


def test_known_figures(real_month):
    out, _ = real_month
    assert sorted(p.name for p in out.iterdir()) == sorted(DELIVERABLES)
    sales = pd.read_excel(out / "sales_product.xlsx", engine="openpyxl")
    assert len(sales) == 714
    assert round(sales["sales_product"].sum(), 2) == 70568.60
    premium, ordinary = pd.read_csv(out / "premium.csv"), pd.read_csv(out / "ordinary.csv")
    assert (len(premium), len(ordinary)) == (30, 684)
    ids, merged = independent_premium()
    assert merged == 714
    assert set(premium["product_id"]) == ids


def test_first_sheet_is_the_plain_table(real_month):
    out, _ = real_month
    sheet = openpyxl.load_workbook(out / "sales_product.xlsx").worksheets[0]
    assert [c.value for c in sheet[1]] == [
        "product_id",
        "sku",
        "post_title",
        "onsale_web",
        "stock_quantity",
        "total_sales",
        "price",
        "sales_product",
    ]
    assert sheet.max_row == 715


def test_rejects_account_for_every_row_left_out(real_month):
    out, _ = real_month
    rejects = pd.read_csv(out / "rejects.csv")
    assert rejects.groupby(["source", "reason"]).size().to_dict() == {
        ("link", "missing_id_web"): 91,
        ("web", "attachment"): 714,
        ("web", "missing_sku"): 85,
    }


def test_log_summary_has_the_known_figures_and_warnings(real_month):
    _, log = real_month
    for line in [
        "rows loaded: ERP 825, web 1513, link 825",
        "merged products: 714",
        "total revenue: 70,568.60 €",
        "premium: 30, ordinary: 684 (price mean 32.49 €, std 27.81 €)",
        "web_rows_without_sku_have_no_title: 2",
        "merge_onsale_products_on_web: 3",
        "sales_stock_not_negative: 1",
    ]:
        assert line in log


def test_report_has_the_figures_charts_and_warnings(real_month):
    out, _ = real_month
    html = (out / "report.html").read_text()
    for text in [
        "714",
        "70,568.60 €",
        "32.49 €",
        "27.81 €",
        "88.11 €",
        "30 premium, 684 ordinary",
        "<svg",
        "merge_onsale_products_on_web",
        "4594, 5070, 5075",
        "sales_stock_not_negative",
        "Pierre Jean Villa Condrieu Jardin Suspendu 2018",
        "<code>attachment</code>",
        "quality_web",
    ]:
        assert text in html, text
    assert '<a href="sales_product.xlsx">' in html and '<a href="rejects.csv">' in html
    # self-contained: nothing fetched from anywhere
    assert "<script" not in html and "<link" not in html and "@import" not in html
    assert 'src="http' not in html and "url(http" not in html


def test_the_report_says_why_each_product_on_sale_is_missing_from_the_web_shop(real_month):
    """Each ERP product on sale online that the month left out is named by its ERP row and the link row that has it
    with no id_web, both found here with openpyxl (a sheet's row number as Excel shows it)."""

    def rows(name):
        sheet = openpyxl.load_workbook(BOTTLENECK / name, read_only=True).active
        header, *body = sheet.iter_rows(values_only=True)
        return [dict(zip(header, values), row=i) for i, values in enumerate(body, start=2)]

    link_row = {r["product_id"]: r["row"] for r in rows("fichier_liaison.xlsx") if r["id_web"] is None}
    on_sale = [r for r in rows("Fichier_erp.xlsx") if r["onsale_web"] == 1 and r["product_id"] in link_row]
    expected = [
        f"<li>ERP row {r['row']}: product_id &#39;{r['product_id']}&#39; (link row {link_row[r['product_id']]} has it "
        "but left the flow: missing_id_web, in rejects.csv)</li>"
        for r in on_sale
    ]
    assert [r["product_id"] for r in on_sale] == [4594, 5070, 5075]
    out, _ = real_month
    assert '<ul class="muted">' + "".join(expected) + "</ul>" in (out / "report.html").read_text()


def test_ledger_holds_the_month_and_its_products(real_month):
    import sqlite_utils

    out, _ = real_month
    db = sqlite_utils.Database(out.parent.parent / "wine_luigi.db")
    runs = list(db["runs"].rows)
    assert [(r["month"], r["status"], r["merged"], r["total_revenue"], r["premium"], r["ordinary"]) for r in runs] == [
        ("2026-01", "ok", 714, 70568.6, 30, 684)
    ]
    assert runs[0]["web_size"] == (BOTTLENECK / "Fichier_web.xlsx").stat().st_size
    assert db["products"].count == 714
    assert db.execute("select count(*) from products where segment = 'premium'").fetchone()[0] == 30
    assert db.execute("select count(*) from checks where passed = 0 and severity = 'error'").fetchone()[0] == 0


@pytest.mark.slow
def test_the_benchmark_floor_does_the_same_job(real_month, tmp_path):
    """bench/floor.py is only a fair floor if it produces the same deliverables."""
    import subprocess
    import sys

    from helpers import ROOT

    out, _ = real_month
    done = subprocess.run(
        [sys.executable, ROOT / "bench" / "floor.py", BOTTLENECK, tmp_path], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "714 products, 70,568.60 €"
    for name in ("premium.csv", "ordinary.csv"):
        ours, floor = pd.read_csv(out / name), pd.read_csv(tmp_path / name)
        assert ours["product_id"].tolist() == floor["product_id"].tolist()
        assert ours["sales_product"].tolist() == floor["sales_product"].tolist()
    ours = pd.read_excel(out / "sales_product.xlsx", engine="openpyxl")
    floor = pd.read_excel(tmp_path / "sales_product.xlsx", engine="openpyxl")
    assert ours["product_id"].tolist() == floor["product_id"].tolist()


@pytest.mark.slow
def test_a_rerun_of_the_real_month_replaces_its_ledger_rows(real_month):
    import sqlite_utils

    out, _ = real_month
    work = out.parent.parent.parent
    (work / "data/tmp/2026-01/scored.parquet").unlink()  # forces the month's later steps to run again
    done = run_luigi(work, "RunMonthly", "--date", "2026-01-15", "--paths-sources", str(BOTTLENECK))
    assert done.returncode == 0, done.stderr
    assert "RecordMonth(month=2026-01)" in done.stderr
    db = sqlite_utils.Database(work / "data/wine_luigi.db")
    assert db["runs"].count == 1
    assert db["products"].count == 714


def test_the_summary_sheet_has_the_months_figures(real_month):
    out, _ = real_month
    summary = {
        row[0].value: row[1].value for row in openpyxl.load_workbook(out / "sales_product.xlsx")["summary"].iter_rows()
    }
    assert summary["products"] == 714
    assert round(summary["total revenue"], 2) == 70568.60
    assert (summary["premium products (z ≥ 2)"], summary["ordinary products (z < 2)"]) == (30, 684)
    assert (round(summary["price mean"], 2), round(summary["price std (n − 1)"], 2)) == (32.49, 27.81)
    assert round(summary["premium from price"], 2) == 88.11  # mean + 2 × std


def row_of(html, cell):
    """The cells of the report's table row that starts with `cell`."""
    row = html.split(f"<tr><td>{cell}</td>", 1)[1].split("</tr>", 1)[0]
    return [c.split(">", 1)[1] for c in row.split("</td>")[:-1]]


def test_the_report_shows_the_row_flow_and_each_checks_figures(real_month):
    out, _ = real_month
    html = (out / "report.html").read_text()
    # loaded, after cleaning (rows without their key dropped), after dedup (attachments dropped), merged
    assert row_of(html, "erp") == ["825", "825", "825", "714"]
    assert row_of(html, "web") == ["1513", "1428", "714", "714"]
    assert row_of(html, "link") == ["825", "734", "734", "714"]
    check = row_of(html, "<code>merge_onsale_products_on_web</code>")
    assert check[0].startswith("every ERP product on sale online (onsale_web = 1) is in the web shop<br>")
    assert check[1:] == ["3", "0", '<span class="warning">warning</span>']
    assert row_of(html, "<code>zscore_price_std_positive</code>") == [
        "the std of price is &gt; 0",
        "27.81",
        "&gt; 0",
        '<span class="ok">holds</span>',
    ]
    assert row_of(html, "<code>zscore_at_least_two_products</code>")[1:3] == ["714", "2"]
    assert "missing column(s)" not in html  # a check that holds shows its claim, not a failure text
