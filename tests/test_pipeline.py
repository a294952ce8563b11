"""The month end to end: demo workbooks in, deliverables out; every gate stops the month when it fails."""

import datetime
import json

import openpyxl
import pandas as pd
import pytest
import sqlite_utils

from helpers import DELIVERABLES, build, listing, run_luigi, write_sources
from wine_luigi.demo import demo_frames
from wine_luigi.tasks import RunMonthly

JAN = datetime.date(2026, 1, 15)
DEC = datetime.date(2025, 12, 15)


def independent_figures(erp, web, link):
    """The month's figures recomputed with plain pandas from the frames the workbooks were written from."""
    web = web[(web["post_type"] == "product") & web["sku"].notna()].assign(sku=lambda d: d["sku"].astype(str))
    link = link.dropna(subset=["id_web"]).assign(id_web=lambda d: d["id_web"].astype(str))
    merged = erp.merge(link, on="product_id").merge(web, left_on="id_web", right_on="sku")
    sales = (merged["total_sales"] * merged["price"]).round(2)
    z = (merged["price"] - merged["price"].mean()) / merged["price"].std()
    return len(merged), round(sales.sum(), 2), set(merged.loc[z >= 2, "product_id"])


@pytest.mark.slow
def test_demo_month_end_to_end(project):
    frames = demo_frames(120, 1)
    write_sources(project / "data/sources")
    result = build(RunMonthly(date=JAN), workers=3)
    assert result.status.name == "SUCCESS", result.summary_text
    out = project / "data/output/2026-01"
    assert sorted(p.name for p in out.iterdir()) == sorted(DELIVERABLES)

    merged, revenue, premium_ids = independent_figures(*frames)
    sales = pd.read_excel(out / "sales_product.xlsx", engine="openpyxl")
    premium, ordinary = pd.read_csv(out / "premium.csv"), pd.read_csv(out / "ordinary.csv")
    assert len(sales) == merged == len(premium) + len(ordinary)
    assert round(sales["sales_product"].sum(), 2) == revenue
    assert set(premium["product_id"]) == premium_ids
    assert sales["product_id"].is_unique

    markers = sorted(p.name for p in (project / "data/tmp/2026-01").glob("check_*.json"))
    assert markers == [
        f"check_{g}.json"
        for g in sorted(
            [
                "load_erp",
                "load_web",
                "load_link",
                "quality_erp",
                "quality_web",
                "quality_link",
                "merge",
                "sales",
                "zscore",
            ]
        )
    ]
    zscore = json.loads((project / "data/tmp/2026-01/check_zscore.json").read_text())
    assert zscore["metrics"]["merged"] == merged and zscore["passed"] is True


@pytest.mark.slow
def test_outputs_are_sorted_as_the_contract_says(project):
    write_sources(project / "data/sources")
    assert build(RunMonthly(date=JAN)).status.name == "SUCCESS"
    out = project / "data/output/2026-01"
    sales = pd.read_excel(out / "sales_product.xlsx", engine="openpyxl")
    assert sales.columns.tolist() == [
        "product_id",
        "sku",
        "post_title",
        "onsale_web",
        "stock_quantity",
        "total_sales",
        "price",
        "sales_product",
    ]
    assert sales.equals(sales.sort_values(["sales_product", "product_id"], ascending=[False, True]))
    exact = (
        sqlite_utils.Database(project / "data/wine_luigi.db")
        .execute("select product_id, z_score from products")
        .fetchall()
    )
    for name in ("premium.csv", "ordinary.csv"):
        segment = pd.read_csv(out / name)
        assert segment.columns.tolist() == [
            "z_score",
            "product_id",
            "sku",
            "post_title",
            "total_sales",
            "price",
            "sales_product",
        ]
        # by the exact z (the ledger keeps it) desc, then product_id; the file shows z to 2 decimals
        z = dict(exact)
        ranked = sorted(segment["product_id"], key=lambda p: (-z[p], p))
        assert segment["product_id"].tolist() == ranked
        assert segment["z_score"].tolist() == [round(z[p], 2) for p in ranked]
        assert segment["z_score"].is_monotonic_decreasing
    assert (pd.read_csv(out / "premium.csv")["z_score"] >= 2).all()
    assert (pd.read_csv(out / "ordinary.csv")["z_score"] < 2).all()


@pytest.mark.slow
def test_every_dropped_row_is_in_the_rejects_file(project):
    _, web, link = demo_frames(120, 1)
    write_sources(project / "data/sources")
    assert build(RunMonthly(date=JAN)).status.name == "SUCCESS"
    rejects = pd.read_csv(project / "data/output/2026-01/rejects.csv", dtype={"key": str})
    assert rejects.columns.tolist() == ["source", "file", "row", "key_column", "key", "reason", "detail"]
    counts = rejects.groupby(["source", "reason"]).size().to_dict()
    assert counts == {
        ("link", "missing_id_web"): int(link["id_web"].isna().sum()),
        ("web", "attachment"): int((web["post_type"] == "attachment").sum()),
        ("web", "missing_sku"): int(web["sku"].isna().sum()),
    }
    # the sheet row of an attachment points at that attachment
    first = rejects[rejects["reason"] == "attachment"].iloc[0]
    assert web.iloc[first["row"] - 2]["post_type"] == "attachment"
    assert str(web.iloc[first["row"] - 2]["sku"]) == first["key"]


@pytest.mark.slow
def test_the_command_exits_0_and_logs_the_month_summary(tmp_path):
    write_sources(tmp_path / "data/sources")
    done = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15", "--workers", "3")
    assert done.returncode == 0, done.stderr
    merged, revenue, premium_ids = independent_figures(*demo_frames(120, 1))
    log = done.stderr
    assert "wine_luigi 2026-01: done" in log
    assert f"merged products: {merged}" in log
    assert f"total revenue: {revenue:,.2f} €" in log
    assert f"premium: {len(premium_ids)}, ordinary: {merged - len(premium_ids)}" in log
    assert "data/output/2026-01/sales_product.xlsx" in log

    db = tmp_path / "data/wine_luigi.db"
    ledger_before = (db.read_bytes(), db.stat().st_mtime_ns)
    again = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-28")
    assert again.returncode == 0
    assert "ran successfully" not in again.stderr
    assert [line for line in again.stderr.splitlines() if "wine_luigi" in line] == [
        f"INFO: wine_luigi 2026-01: already done ({tmp_path}/data/output/2026-01)"
    ]
    assert (db.read_bytes(), db.stat().st_mtime_ns) == ledger_before  # a no-op rerun leaves the ledger untouched


# --- failing months ----------------------------------------------------------------------------


def mutated(change):
    erp, web, link = demo_frames(120, 1)
    frames = {"erp": erp.copy(), "web": web.copy(), "link": link.copy()}
    change(frames)
    return frames


def merged_product(frames):
    """product_id and sku of one product that merges."""
    web = frames["web"]
    sku = str(web.loc[(web["post_type"] == "product") & web["sku"].notna(), "sku"].iloc[0])
    link = frames["link"]
    return int(link.loc[link["id_web"].astype(str) == sku, "product_id"].iloc[0]), sku


def conflicting_erp(frames):
    frames["erp"] = pd.concat([frames["erp"], frames["erp"].iloc[[4]].assign(price=999.0)])


def lost_web_product(frames):
    row = frames["web"][frames["web"]["post_type"] == "product"].iloc[[0]].assign(sku="99999")
    frames["web"] = pd.concat([frames["web"], row])


def free_product(frames):
    product_id, _ = merged_product(frames)
    frames["erp"].loc[frames["erp"]["product_id"] == product_id, "price"] = 0.0


def same_price(frames):
    frames["erp"]["price"] = 12.0


def no_total_sales(frames):
    frames["web"] = frames["web"].drop(columns="total_sales")


CASES = {
    "load": (no_total_sales, "load_web", ["Fichier_web.xlsx", "missing column(s) total_sales"]),
    "quality": (conflicting_erp, "quality_erp", ["erp_product_id_unique"]),
    "merge": (lost_web_product, "merge", ["merge_every_web_product_merged", "99999"]),
    "sales": (free_product, "sales", ["sales_price_positive"]),
    "zscore": (same_price, "zscore", ["zscore_price_std_positive"]),
}


@pytest.fixture
def earlier_month(project):
    """December built from good sources; its deliverables as bytes, to prove they stay untouched."""
    write_sources(project / "data/sources/2025-12")
    assert build(RunMonthly(date=DEC)).status.name == "SUCCESS"
    return listing(project / "data/output/2025-12")


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES)
def test_a_failing_gate_stops_the_month_and_publishes_nothing(project, earlier_month, case):
    change, gate, expected = CASES[case]
    write_sources(project / "data/sources/2026-01", mutated(change))
    done = run_luigi(project, "RunMonthly", "--date", "2026-01-15")
    log = done.stderr
    assert done.returncode == 30, log
    assert f"gate {gate} failed" in log
    for text in expected:
        assert text in log
    assert "Traceback" not in log
    assert not (project / f"data/tmp/2026-01/check_{gate}.json").exists()
    assert not (project / "data/output/2026-01").exists()
    assert listing(project / "data/output/2025-12") == earlier_month


@pytest.mark.slow
def test_a_conflict_names_the_key(project):
    frames = mutated(conflicting_erp)
    write_sources(project / "data/sources", frames)
    done = run_luigi(project, "RunMonthly", "--date", "2026-01-15")
    row = frames["erp"].iloc[-1]
    key, original = int(row["product_id"]), frames["erp"].iloc[4]
    # the two rows side by side, with the value that differs: the row kept above (sheet row 6) and the added last row
    assert (
        f"product_id {key}: row 6 price '{original['price']:g}' | row {len(frames['erp']) + 1} price '999'"
        in done.stderr
    )


def header_only(folder):
    pd.DataFrame(columns=["product_id", "id_web"]).to_excel(folder / "fichier_liaison.xlsx", index=False)


def empty_file(folder):
    (folder / "Fichier_erp.xlsx").write_bytes(b"")


def csv_renamed(folder):
    (folder / "Fichier_web.xlsx").write_text("sku,total_sales\n15298,3\n")


def missing_file(folder):
    (folder / "Fichier_erp.xlsx").unlink()


BAD_FILES = {
    "missing": (missing_file, 30, "Fichier_erp.xlsx: file not found"),
    "empty": (empty_file, 30, "Fichier_erp.xlsx: the file is empty (0 bytes)"),
    "not-xlsx": (
        csv_renamed,
        30,
        "Fichier_web.xlsx: not an xlsx workbook: this is CSV text (',' separated, utf-8); rename it to Fichier_web.csv",
    ),
    "header-only": (header_only, 30, "link_has_data_rows: the sheet has no data rows under its header"),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", BAD_FILES)
def test_a_bad_file_stops_with_its_name_and_problem(project, earlier_month, case):
    spoil, code, message = BAD_FILES[case]
    folder = write_sources(project / "data/sources/2026-01")
    spoil(folder)
    done = run_luigi(project, "RunMonthly", "--date", "2026-01-15")
    assert done.returncode == code, done.stderr
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert not (project / "data/output/2026-01").exists()
    assert listing(project / "data/output/2025-12") == earlier_month


@pytest.mark.slow
def test_a_formula_looking_title_stays_text(project):
    def formula_title(frames):
        web = frames["web"]
        web.loc[(web["post_type"] == "product") & web["sku"].notna(), "post_title"] = '=HYPERLINK("http://x","y")'

    write_sources(project / "data/sources", mutated(formula_title))
    assert build(RunMonthly(date=JAN)).status.name == "SUCCESS"
    out = project / "data/output/2026-01"
    sheet = openpyxl.load_workbook(out / "sales_product.xlsx").worksheets[0]
    titles = [row[2] for row in sheet.iter_rows(min_row=2)]
    assert all(c.data_type == "s" and c.value.startswith("=HYPERLINK") for c in titles)
    assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)
    assert set(pd.read_csv(out / "ordinary.csv")["post_title"]) == {'\'=HYPERLINK("http://x","y")'}


@pytest.mark.slow
def test_a_month_folder_wins_over_the_top_folder(project):
    write_sources(project / "data/sources", seed=1)
    write_sources(project / "data/sources/2026-01", seed=2)
    assert build(RunMonthly(date=JAN)).status.name == "SUCCESS"
    merged, revenue, premium_ids = independent_figures(*demo_frames(120, 2))
    assert (merged, revenue) != independent_figures(*demo_frames(120, 1))[:2]
    sales = pd.read_excel(project / "data/output/2026-01/sales_product.xlsx", engine="openpyxl")
    assert (len(sales), round(sales["sales_product"].sum(), 2)) == (merged, revenue)
    rejects = pd.read_csv(project / "data/output/2026-01/rejects.csv")
    assert set(rejects["file"]) == {"Fichier_web.xlsx", "fichier_liaison.xlsx"}
    runs = sqlite_utils.Database(project / "data/wine_luigi.db")["runs"].get("2026-01")
    assert runs["erp_file"] == str(project / "data/sources/2026-01/Fichier_erp.xlsx")
