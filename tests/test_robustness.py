"""What arrives in the sources folder, however wrong, ends in a named error and nothing published for the
month, while an earlier month in the same output folder stays byte-identical."""

import io
import shutil

import openpyxl
import pandas as pd
import pytest

from helpers import DELIVERABLES, FILES, build, listing, run_luigi, write_sources
from wine_luigi.demo import demo_frames
from wine_luigi.export import write_xlsx

FAST = ["--scheduler-retry-delay", "0.2"]  # retried reads, without the wait


@pytest.fixture(scope="module")
def with_december(tmp_path_factory):
    """A project folder where December 2025 was built from good sources."""
    import datetime

    import luigi

    from wine_luigi.tasks import RunMonthly

    root = tmp_path_factory.mktemp("december")
    write_sources(root / "data/sources/2025-12")
    config = luigi.configuration.get_config()
    if not config.has_section("paths"):
        config.add_section("paths")
    saved = {k: config.get("paths", k, None) for k in ("sources", "tmp", "output", "db")}
    for key in saved:
        config.set("paths", key, str(root / ("data/wine_luigi.db" if key == "db" else f"data/{key}")))
    try:
        assert build(RunMonthly(date=datetime.date(2025, 12, 15))).status.name == "SUCCESS"
    finally:
        for key, value in saved.items():
            config.remove_option("paths", key) if value is None else config.set("paths", key, value)
    return root


@pytest.fixture
def project(tmp_path, with_december):
    shutil.copytree(with_december, tmp_path, dirs_exist_ok=True)
    return tmp_path


def frames():
    erp, web, link = demo_frames(120, 1)
    return {"erp": erp.copy(), "web": web.copy(), "link": link.copy()}


def web_products(f):
    web = f["web"]
    return web[(web["post_type"] == "product") & web["sku"].notna()]


def merged_pair(f, n=0):
    """(product_id, sku, web row index) of the n-th product that merges."""
    row = web_products(f).iloc[n]
    sku = str(row["sku"])
    link = f["link"]
    product_id = int(link.loc[link["id_web"].astype(str) == sku, "product_id"].iloc[0])
    return product_id, sku, row.name


def erp_row(f, product_id):
    return f["erp"].index[f["erp"]["product_id"] == product_id][0]


def set_value(source, column, value, n=0):
    def change(f):
        product_id, _, web_index = merged_pair(f, n)
        index = web_index if source == "web" else erp_row(f, product_id)
        f[source][column] = f[source][column].astype(object)
        f[source].loc[index, column] = value

    return change


def empty_keys(f):
    p1, s1, _ = merged_pair(f, 0)
    _, s2, w2 = merged_pair(f, 1)
    p3, s3, _ = merged_pair(f, 2)
    f["erp"]["product_id"] = f["erp"]["product_id"].astype(object)
    f["erp"].loc[erp_row(f, p1), "product_id"] = None
    f["web"].loc[w2, "sku"] = None
    f["link"].loc[f["link"]["product_id"] == p3, "id_web"] = None


def wrong_key_types(f):
    p1, _, _ = merged_pair(f, 0)
    p2, _, _ = merged_pair(f, 1)
    f["erp"]["product_id"] = f["erp"]["product_id"].astype(object)
    f["erp"].loc[erp_row(f, p1), "product_id"] = "abc"
    f["link"]["product_id"] = f["link"]["product_id"].astype(object)
    f["link"].loc[f["link"]["product_id"] == p2, "product_id"] = "12.5"


def conflict(source):
    def change(f):
        _, _, web_index = merged_pair(f)
        if source == "web":
            twin = f["web"].loc[[web_index]].assign(total_sales=99.0)
        elif source == "erp":
            twin = f["erp"].iloc[[4]].assign(price=999.0)
        else:
            twin = f["link"].iloc[[0]].assign(id_web="424242")
        f[source] = pd.concat([f[source], twin], ignore_index=True)

    return change


def one_product_two_ids(f):
    conflict("link")(f)


def two_products_one_id(f):
    _, sku, _ = merged_pair(f)
    free = f["link"]["id_web"].isna()
    f["link"].loc[f["link"].index[free][0], "id_web"] = sku


def single_product(f):
    _, sku, _ = merged_pair(f)
    web = f["web"]
    f["web"] = web[(web["sku"].astype(str) == sku) | web["sku"].isna()]


def same_price(f):
    f["erp"]["price"] = 12.0


def leading_zero(f):
    product_id, sku, _ = merged_pair(f)
    f["link"]["id_web"] = f["link"]["id_web"].astype(object)
    f["link"].loc[f["link"]["product_id"] == product_id, "id_web"] = f"0{sku}"


def link_row(f, product_id):
    return int(f["link"].index[f["link"]["product_id"] == product_id][0]) + 2


def leading_zero_said(f):
    product_id, sku, web_index = merged_pair(f)
    return (
        f"web row {int(web_index) + 2}: sku '{sku}' (link row {link_row(f, product_id)} has id_web '0{sku}': the same "
        "but for case or leading zeros, which a tool such as Excel drops; correct one of the two files)"
    )


def rejected_link_said(f):
    """What the merge gate says of the web product whose link row wrong_key_types() gives a product_id of 12.5."""
    product_id, sku, web_index = merged_pair(f, 1)
    return (
        f"web row {int(web_index) + 2}: sku '{sku}' (link row {link_row(f, product_id)} has it but left the flow: "
        "invalid_product_id, in rejects.csv)"
    )


def lost_said(f):
    """What the merge gate says of the web products empty_keys() loses: their ERP row, then their link row, gone."""
    (p1, s1, w1), (_, s3, w3) = merged_pair(f, 0), merged_pair(f, 2)
    return (
        f"web row {int(w1) + 2}: sku '{s1}' (link row {link_row(f, p1)} maps it to product_id {p1}, which no ERP row "
        f"has); web row {int(w3) + 2}: sku '{s3}' (no link row has it)"
    )


def huge_title(f):
    set_value("web", "post_title", "Pomerol " * 25_000)(f)


def column_twice(f):
    f["erp"] = f["erp"].assign(**{"Price ": f["erp"]["price"]})


def no_total_sales(f):
    f["web"] = f["web"].drop(columns="total_sales")


def sku_of(n):
    return lambda f: merged_pair(f, n)[1]


# name: (change to the demo frames, texts the log must contain; a callable text is computed from the frames)
DATA_CASES = {
    "required column missing": (
        no_total_sales,
        ["gate load_web failed", "Fichier_web.xlsx", "missing column(s) total_sales (found: sku, virtual"],
    ),
    "required column twice": (column_twice, ["erp_required_columns_once", "column(s) price appear more than once"]),
    "empty keys in every source": (empty_keys, ["merge_every_web_product_merged", lost_said]),
    "keys not of their type": (wrong_key_types, ["merge_every_web_product_merged", sku_of(0), rejected_link_said]),
    "a leading zero in the link table": (leading_zero, ["merge_every_web_product_merged", leading_zero_said]),
    "price 12,50": (set_value("erp", "price", "12,50"), ["erp_price_is_number", "price is not a number"]),
    "price abc": (set_value("erp", "price", "abc"), ["erp_price_is_number"]),
    "conflicting erp rows": (conflict("erp"), ["erp_product_id_unique"]),
    "conflicting web rows": (conflict("web"), ["web_sku_unique", sku_of(0)]),
    "link: one product, two web ids": (one_product_two_ids, ["link_product_id_unique"]),
    "link: one web id, two products": (two_products_one_id, ["link_id_web_unique", sku_of(0)]),
    "merged price 0": (set_value("erp", "price", 0.0), ["sales_price_positive"]),
    "merged price empty": (set_value("erp", "price", None), ["sales_price_positive"]),
    "negative total_sales": (set_value("web", "total_sales", -3.0), ["sales_total_sales_not_negative"]),
    "empty total_sales": (set_value("web", "total_sales", None), ["sales_total_sales_not_negative"]),
    "a single merged product": (single_product, ["zscore_at_least_two_products", "zscore_price_std_positive"]),
    "all prices equal": (same_price, ["zscore_price_std_positive", "every merged product has the same price"]),
    "a 200,000-character cell": (
        huge_title,
        ["web_post_title_fits_a_cell", "reaches Excel's 32,767 characters per cell", sku_of(0)],
    ),
}


def truncated(folder):
    path = folder / FILES["web"]
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def password_protected(folder):
    from msoffcrypto.format.ooxml import OOXMLFile

    path = folder / FILES["erp"]
    with open(path, "rb") as f:
        encrypted = io.BytesIO()
        OOXMLFile(f).encrypt("s3cret", encrypted)
    path.write_bytes(encrypted.getvalue())


def title_above_header(folder):
    book = openpyxl.load_workbook(folder / FILES["erp"])
    book.worksheets[0].insert_rows(1, 2)
    book.worksheets[0]["A1"] = "Export ERP du 31/01/2026"
    book.save(folder / FILES["erp"])


def header_only(folder):
    with open(folder / FILES["link"], "wb") as f:
        write_xlsx(pd.DataFrame(columns=["product_id", "id_web"]), f)


FILE_CASES = {
    "missing file": (lambda d: (d / FILES["erp"]).unlink(), ["Fichier_erp.xlsx: file not found"]),
    "0-byte file": (lambda d: (d / FILES["erp"]).write_bytes(b""), ["Fichier_erp.xlsx: the file is empty (0 bytes)"]),
    "CSV renamed .xlsx": (
        lambda d: (d / FILES["web"]).write_text("sku;total_sales\n15298;3\n"),
        [
            "Fichier_web.xlsx: not an xlsx workbook: this is CSV text (';' separated, utf-8); rename it to "
            "Fichier_web.csv"
        ],
    ),
    "text renamed .xlsx": (
        lambda d: (d / FILES["link"]).write_text("bonjour"),
        ["fichier_liaison.xlsx: not an xlsx workbook"],
    ),
    "truncated xlsx": (truncated, ["Fichier_web.xlsx: not a readable xlsx workbook"]),
    "password-protected": (password_protected, ["Fichier_erp.xlsx: not an xlsx workbook: it is password-protected"]),
    "header only": (header_only, ["link_has_data_rows: the sheet has no data rows under its header"]),
    "a title above the header": (
        title_above_header,
        [
            "erp_required_columns_present: missing column(s) product_id, onsale_web, price, stock_quantity, "
            "stock_status (found: export erp du 31/01/2026, unnamed_2, unnamed_3, unnamed_4, unnamed_5); row 3 holds "
            "product_id, onsale_web, price, stock_quantity, stock_status: if it is the header, delete the row(s) above "
            "it (the header is the first row that holds something)"
        ],
    ),
}


def assert_stopped(project, done, texts, code=30):
    log = done.stderr + done.stdout
    assert done.returncode == code, log
    for text in texts:
        assert text in log, text
    assert "Traceback" not in log
    assert not (project / "data/output/2026-01").exists()
    assert not list((project / "data/output").glob(".2026-01*"))


@pytest.fixture
def december(with_december):
    return listing(with_december / "data/output/2025-12")


@pytest.mark.slow
@pytest.mark.parametrize("case", DATA_CASES)
def test_bad_data_stops_the_month_by_name(project, december, case):
    change, texts = DATA_CASES[case]
    f = frames()
    texts = [t(frames()) if callable(t) else t for t in texts]
    change(f)
    write_sources(project / "data/sources/2026-01", f)
    done = run_luigi(project, "RunMonthly", "--date", "2026-01-15", *FAST)
    assert_stopped(project, done, texts)
    assert listing(project / "data/output/2025-12") == december


@pytest.mark.slow
@pytest.mark.parametrize("case", FILE_CASES)
def test_bad_files_stop_the_month_by_name(project, december, case):
    spoil, texts = FILE_CASES[case]
    folder = write_sources(project / "data/sources/2026-01")
    spoil(folder)
    done = run_luigi(project, "RunMonthly", "--date", "2026-01-15", *FAST)
    assert_stopped(project, done, texts)
    assert listing(project / "data/output/2025-12") == december
    if "not an xlsx workbook" in texts[0]:  # complete, but of the wrong kind: read once, said once
        assert done.stderr.count("not an xlsx workbook") == 1 and "reading again" not in done.stderr


@pytest.mark.slow
def test_a_malformed_date_is_refused(project, december):
    done = run_luigi(project, "RunMonthly", "--date", "2026-13-01")
    assert done.returncode == 1
    assert done.stderr.strip() == "--date '2026-13-01' is not a date: give a day as YYYY-MM-DD, e.g. 2026-01-15"
    assert sorted(p.name for p in (project / "data/output").iterdir()) == ["2025-12"]
    assert listing(project / "data/output/2025-12") == december


@pytest.mark.slow
def test_rows_dropped_before_the_stop_are_listed(project):
    f = frames()
    empty_keys(f)
    write_sources(project / "data/sources/2026-01", f)
    run_luigi(project, "RunMonthly", "--date", "2026-01-15", *FAST)
    rejects = pd.read_csv(project / "data/tmp/2026-01/rejects.csv")
    assert {"missing_product_id", "missing_sku", "missing_id_web", "attachment"} <= set(rejects["reason"])


def formula_title(f):
    set_value("web", "post_title", '=HYPERLINK("http://x","y")')(f)


def unwritable_characters(f):
    set_value("web", "post_title", "Château\x0b Margaux\x00 🍷 \u00e9t\u00e9")(f)


@pytest.mark.slow
def test_formula_looking_titles_are_published_as_text(project, december):
    f = frames()
    formula_title(f)
    _, sku, _ = merged_pair(frames())
    write_sources(project / "data/sources/2026-01", f)
    done = run_luigi(project, "RunMonthly", "--date", "2026-01-15")
    assert done.returncode == 0, done.stderr
    out = project / "data/output/2026-01"
    assert sorted(p.name for p in out.iterdir()) == sorted(DELIVERABLES)
    sheet = openpyxl.load_workbook(out / "sales_product.xlsx")["sales_product"]
    cells = [row[2] for row in sheet.iter_rows(min_row=2) if str(row[1].value) == sku]
    assert [(c.value, c.data_type) for c in cells] == [('=HYPERLINK("http://x","y")', "s")]
    csv = pd.concat(
        [pd.read_csv(out / "premium.csv", dtype={"sku": str}), pd.read_csv(out / "ordinary.csv", dtype={"sku": str})]
    )
    assert csv.loc[csv["sku"] == sku, "post_title"].tolist() == ['\'=HYPERLINK("http://x","y")']
    assert listing(project / "data/output/2025-12") == december


@pytest.mark.slow
def test_characters_a_workbook_cannot_hold_are_replaced(project, december):
    f = frames()
    unwritable_characters(f)
    _, sku, _ = merged_pair(frames())
    folder = write_sources(project / "data/sources/2026-01", f)
    # as another tool would write them: the control characters stored (escaped as _x000B_ in the XML)
    f["web"].to_excel(folder / FILES["web"], index=False, engine="xlsxwriter")
    done = run_luigi(project, "RunMonthly", "--date", "2026-01-15")
    assert done.returncode == 0, done.stderr
    out = project / "data/output/2026-01"
    sheet = openpyxl.load_workbook(out / "sales_product.xlsx")["sales_product"]
    title = next(row[2].value for row in sheet.iter_rows(min_row=2) if str(row[1].value) == sku)
    assert title == "Château\ufffd Margaux\ufffd 🍷 été"
    csv = pd.concat(
        [pd.read_csv(out / n, dtype={"sku": str}, encoding="utf-8") for n in ("premium.csv", "ordinary.csv")]
    )
    assert csv.loc[csv["sku"] == sku, "post_title"].tolist() == ["Château\ufffd Margaux\ufffd 🍷 été"]
    assert listing(project / "data/output/2025-12") == december
