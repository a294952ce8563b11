"""Never a wrong figure with exit 0, never a crash: the inputs that got through before, each run through the real
`luigi` command, and messages that point at the row and the value."""

import shutil
import sqlite3
import subprocess
import sys
import time
from decimal import Decimal

import openpyxl
import pandas as pd
import pytest

from helpers import BOTTLENECK, FILES, parts, run_luigi, user_config, write_sources
from wine_luigi.demo import demo_frames

JAN = ("RunMonthly", "--date", "2026-01-15", "--scheduler-retry-delay", "0.1")


def frames(seed=1):
    return dict(zip(("erp", "web", "link"), (f.copy() for f in demo_frames(120, seed))))


def merged(f, n=0):
    """(ERP index, web index, product_id, sku) of the n-th web product that merges."""
    web, link = f["web"], f["link"]
    products = web[(web["post_type"] == "product") & web["sku"].notna()]
    products = products[products["sku"].astype(str).isin(link["id_web"].dropna().astype(str))]
    w = products.index[n]
    sku = str(web.loc[w, "sku"])
    product_id = int(link.loc[link["id_web"].astype(str) == sku, "product_id"].iloc[0])
    return int(f["erp"].index[f["erp"]["product_id"] == product_id][0]), w, product_id, sku


def ledger_row(root, month="2026-01"):
    db = sqlite3.connect(root / "data/wine_luigi.db")
    db.row_factory = sqlite3.Row
    return db.execute("select * from runs where month = ?", [month]).fetchone()


def revenue(root):
    sales = pd.read_excel(root / "data/output/2026-01/sales_product.xlsx", engine="openpyxl")
    return sum(Decimal(str(v)) for v in sales["sales_product"]), sales


def stopped(done, *texts):
    log = done.stderr
    assert done.returncode == 30, log
    assert "Traceback" not in log
    for text in texts:
        assert text in log, f"{text}\n{log[-4000:]}"
    return log


# --- exact money at any size -------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("count, shown", [(1e15, "1000000000000000"), (1e20, "1e+20")])
def test_a_count_beyond_belief_stops_the_sales_gate_naming_the_product_instead_of_a_negative_total(
    tmp_path, count, shown
):
    f = frames()
    e, w, product_id, sku = merged(f)
    f["web"].loc[w, "total_sales"] = count
    write_sources(tmp_path / "data/sources", f)
    log = stopped(
        run_luigi(tmp_path, *JAN),
        "gate sales failed",
        "sales_total_sales_plausible",
        f"web row {w + 2} (product_id {product_id}): total_sales '{shown}'",
    )
    assert "total revenue: -" not in log
    assert not (tmp_path / "data/output/2026-01").exists()


@pytest.mark.slow
def test_large_but_plausible_figures_are_exact_to_the_cent(tmp_path):
    f = frames()
    products = [merged(f, n) for n in range(3)]
    for (e, w, _, _), price in zip(products, ("999999.99", "123456.78", "0.01")):
        f["erp"].loc[e, "price"] = float(price)
        f["web"].loc[w, "total_sales"] = 9_999_999
    write_sources(tmp_path / "data/sources", f)
    done = run_luigi(tmp_path, *JAN)
    assert done.returncode == 0, done.stderr
    total, sales = revenue(tmp_path)
    by_id = dict(zip(sales["product_id"], sales["sales_product"]))
    assert Decimal(str(by_id[products[0][2]])) == Decimal("9999999") * Decimal("999999.99")  # 9,999,998,900,000.01 €
    assert Decimal(str(ledger_row(tmp_path)["total_revenue"])) == total
    assert f"total revenue: {total:,.2f} €" in done.stderr


@pytest.mark.slow
@pytest.mark.parametrize(
    "price, expected",
    [
        ("1e200", "price '1e+200'"),
        ("1e308", "price '1e+308'"),
    ],
)
def test_a_price_beyond_belief_stops_the_sales_gate_with_the_product_and_value(tmp_path, price, expected):
    f = frames()
    e, w, product_id, _ = merged(f)
    f["erp"].loc[e, "price"] = float(price)
    f["web"].loc[w, "total_sales"] = 0
    write_sources(tmp_path / "data/sources", f)
    stopped(run_luigi(tmp_path, *JAN), "sales_price_plausible", f"ERP row {e + 2} (product_id {product_id}):")


@pytest.mark.slow
def test_a_count_that_is_not_whole_is_named_by_the_quality_gate(tmp_path):
    f = frames()
    _, w, _, sku = merged(f)
    f["web"].loc[w, "total_sales"] = 2.5
    write_sources(tmp_path / "data/sources", f)
    stopped(run_luigi(tmp_path, *JAN), "web_total_sales_is_whole", f"row {w + 2} (sku {sku}): total_sales '2.5'")


# --- read what the user sees -----------------------------------------------------------------------------


@pytest.mark.slow
def test_a_hidden_first_sheet_is_not_read(tmp_path):
    folder = tmp_path / "data/sources"
    shutil.copytree(BOTTLENECK, folder)
    book = openpyxl.load_workbook(folder / FILES["erp"])
    real = book.worksheets[0]
    old = book.create_sheet("anciens prix", 0)
    for row in real.iter_rows(values_only=True):
        old.append([v * 1.5 if isinstance(v, float) else v for v in row])
    old.sheet_state = "hidden"
    book.active = 1
    book.save(folder / FILES["erp"])
    done = run_luigi(tmp_path, *JAN)
    assert done.returncode == 0, done.stderr
    assert "total revenue: 70,568.60 €" in done.stderr
    assert (
        f"Fichier_erp.xlsx: sheet '{real.title}', the first visible one ('anciens prix' hidden before it)"
        in done.stderr
    )


@pytest.mark.slow
def test_an_older_months_sheet_left_visible_in_the_workbook_stops_the_month_until_one_is_named(tmp_path):
    """The real ERP export, with December's prices (x 1.5) kept in a visible sheet before January's: read first, it
    gave a revenue of 93,119.90 € with exit 0."""
    folder = tmp_path / "data/sources/2026-01"  # the month's own folder, for its month.cfg
    shutil.copytree(BOTTLENECK, folder)
    book = openpyxl.load_workbook(folder / FILES["erp"])
    real = book.worksheets[0]
    real.title = "Janvier"
    old = book.create_sheet("Décembre", 0)
    for row in real.iter_rows(values_only=True):
        old.append([v * 1.5 if isinstance(v, float) else v for v in row])
    book.save(folder / FILES["erp"])
    done = run_luigi(tmp_path, *JAN)
    stopped(
        done,
        f"{folder / FILES['erp']}: sheets 'Décembre', 'Janvier' are visible and each holds this export's columns: "
        "which one is the month's is not sure; name it ([source_files] erp_sheet = Décembre in the month's "
        "month.cfg, or in luigi.cfg), or hide or delete the others",
    )
    assert "total revenue" not in done.stderr and not (tmp_path / "data/output/2026-01").exists()
    (folder / "month.cfg").write_text("[source_files]\nerp_sheet = Janvier\n")
    done = run_luigi(tmp_path, *JAN)
    assert done.returncode == 0, done.stderr
    assert "total revenue: 70,568.60 €" in done.stderr and "Fichier_erp.xlsx: sheet 'Janvier', as set" in done.stderr


@pytest.mark.slow
def test_sales_that_are_formulas_a_program_left_for_excel_to_calculate_stop_the_month(tmp_path):
    """The real web export written again by a script with XlsxWriter, one product's total_sales a formula: XlsxWriter
    stores 0 as its result, which a reader of stored results takes for 0 sales where Excel shows 7."""
    import xlsxwriter

    folder = tmp_path / "data/sources"
    shutil.copytree(BOTTLENECK, folder)
    web = pd.read_excel(BOTTLENECK / FILES["web"], engine="calamine", dtype=object)
    first = int(web.index[web["post_type"] == "product"][0])
    column = list(web.columns).index("total_sales")
    with xlsxwriter.Workbook(folder / FILES["web"]) as book:
        sheet = book.add_worksheet("Feuil1")
        sheet.write_row(0, 0, list(web.columns))
        for r, values in enumerate(web.itertuples(index=False), start=1):
            for c, value in enumerate(values):
                if not pd.isna(value):
                    sheet.write(r, c, value)
        sheet.write_formula(first + 1, column, "=3+4")
    done = run_luigi(tmp_path, *JAN)
    stopped(
        done,
        f"Fichier_web.xlsx: sheet 'Feuil1' holds formulas (cell {chr(65 + column)}{first + 2}: =3+4) written by a "
        "program that leaves them for Excel to calculate",
    )
    assert "total revenue" not in done.stderr and not (tmp_path / "data/output/2026-01").exists()


@pytest.mark.slow
def test_a_sheet_named_in_the_settings_is_read(tmp_path):
    folder = write_sources(tmp_path / "data/sources")
    book = openpyxl.load_workbook(folder / FILES["link"])
    book.create_sheet("notes", 0).append(["nothing", "here"])
    book.save(folder / FILES["link"])
    done = run_luigi(tmp_path, *JAN, "--source-files-link-sheet", "Feuil1")
    assert done.returncode == 0, done.stderr
    assert "fichier_liaison.xlsx: sheet 'Feuil1', as set" in done.stderr
    missing = run_luigi(tmp_path, *JAN, "--source-files-link-sheet", "Sheet9", "--force")
    stopped(missing, "fichier_liaison.xlsx: no sheet named 'Sheet9' (its sheets: notes, Feuil1)")


@pytest.mark.slow
@pytest.mark.parametrize("cell", ["XFD1048576", "GR1048576", "B1048576"])
def test_a_stray_far_cell_costs_nothing(tmp_path, cell):
    folder = write_sources(tmp_path / "data/sources")
    book = openpyxl.load_workbook(folder / FILES["link"])
    book.worksheets[0][cell] = "x"
    book.save(folder / FILES["link"])
    started = time.time()
    done = run_luigi(tmp_path, *JAN)
    assert done.returncode == 0, done.stderr
    assert time.time() - started < 60
    rejects = pd.read_csv(tmp_path / "data/output/2026-01/rejects.csv")
    far = rejects[rejects["row"] == 1048576]
    assert len(rejects) < 200 and far["reason"].tolist() == [
        "missing_product_id"
    ]  # the stray cell's row, not a million


@pytest.mark.slow
def test_rows_keep_their_sheet_numbers_after_blank_rows(tmp_path):
    f = frames()
    folder = write_sources(tmp_path / "data/sources", f)
    book = openpyxl.load_workbook(folder / FILES["web"])
    sheet = book.worksheets[0]
    sheet.insert_rows(1)  # a blank row above the header
    sheet.insert_rows(5)  # and one among the data
    book.save(folder / FILES["web"])
    done = run_luigi(tmp_path, *JAN)
    assert done.returncode == 0, done.stderr
    rejects = pd.read_csv(tmp_path / "data/output/2026-01/rejects.csv", dtype={"key": str})
    web = f["web"]
    for _, reject in rejects[rejects["source"] == "web"].head(30).iterrows():
        index = reject["row"] - 3 - (1 if reject["row"] > 5 else 0)  # sheet row -> frame row: the header is on row 2
        assert str(web.iloc[index]["post_type"]).lower() == "attachment" or pd.isna(web.iloc[index]["sku"])
        if reject["reason"] == "attachment":
            assert str(web.iloc[index]["sku"]) == reject["key"]


def csv_of(frame, **options):
    return frame.to_csv(index=False, **options)


@pytest.mark.slow
def test_an_english_thousands_separator_is_a_thousands_separator(tmp_path):
    f = frames()
    _, w, product_id, _ = merged(f)
    f["web"].loc[w, "total_sales"] = 1234
    folder = write_sources(tmp_path / "data/sources", f)
    (folder / FILES["web"]).unlink()
    web = f["web"].astype(object)
    web["total_sales"] = [f"{int(v):,}" if pd.notna(v) else "" for v in web["total_sales"]]
    (folder / "Fichier_web.csv").write_text(csv_of(web), encoding="utf-8")
    done = run_luigi(tmp_path, *JAN)
    assert done.returncode == 0, done.stderr
    _, sales = revenue(tmp_path)
    assert sales.loc[sales["product_id"] == product_id, "total_sales"].iloc[0] == 1234


@pytest.mark.slow
def test_a_thousands_comma_in_a_decimal_comma_file_is_named(tmp_path):
    f = frames()
    e, _, product_id, _ = merged(f)
    erp = f["erp"].astype(object)
    erp["price"] = [f"{p:.2f}".replace(".", ",") for p in erp["price"]]
    erp.loc[e, "price"] = "1,234"
    folder = write_sources(tmp_path / "data/sources", f)
    (folder / FILES["erp"]).unlink()
    (folder / "Fichier_erp.csv").write_text(csv_of(erp, sep=";"), encoding="utf-8")
    stopped(
        run_luigi(tmp_path, *JAN),
        "erp_price_is_number: price is not a number: 1,234 could be 1234 with a thousands separator or 1.234 "
        "with a decimal comma",
        f"row {e + 2} (product_id {product_id}): price '1,234'",
    )


BIG = 9007199254740993  # 2^53 + 1: a float64 cannot hold it


@pytest.mark.slow
def test_a_long_key_in_a_csv_is_kept_exactly(tmp_path):
    f = frames()
    e, _, product_id, _ = merged(f)
    f["erp"].loc[e, "product_id"] = BIG
    f["link"].loc[f["link"]["product_id"] == product_id, "product_id"] = BIG
    folder = write_sources(tmp_path / "data/sources", f)
    for name in ("erp", "link"):
        (folder / FILES[name]).unlink()
        (folder / FILES[name].replace(".xlsx", ".csv")).write_text(
            f[name].astype(object).to_csv(index=False), encoding="utf-8"
        )
    done = run_luigi(tmp_path, *JAN)
    assert done.returncode == 0, done.stderr
    book = openpyxl.load_workbook(tmp_path / "data/output/2026-01/sales_product.xlsx")
    assert str(BIG) in [
        row[0] for row in book.worksheets[0].iter_rows(min_row=2, values_only=True)
    ]  # a text cell: exact
    db = sqlite3.connect(tmp_path / "data/wine_luigi.db")
    assert db.execute("select count(*) from products where product_id = ?", [BIG]).fetchone()[0] == 1


@pytest.mark.slow
def test_a_long_key_a_workbook_holds_as_a_number_is_refused_with_its_row(tmp_path):
    f = frames()
    e, _, product_id, _ = merged(f)
    erp = f["erp"].astype(object)
    erp.loc[e, "product_id"] = float(BIG)  # what a number cell holds: 9007199254740992
    write_sources(tmp_path / "data/sources", {**f, "erp": erp})
    stopped(
        run_luigi(tmp_path, *JAN),
        "gate load_erp failed",
        "erp_product_id_exact: product_id beyond 9,007,199,254,740,992 in a workbook's number cell",
        f"row {e + 2}: product_id '9007199254740992'",
        "store these ids as text cells, or export the file as CSV",
    )


@pytest.mark.slow
def test_a_long_key_in_a_text_cell_is_kept_exactly(tmp_path):
    f = frames()
    e, _, product_id, _ = merged(f)
    erp, link = f["erp"].astype(object), f["link"].astype(object)
    erp.loc[e, "product_id"] = str(BIG)
    link.loc[link["product_id"] == product_id, "product_id"] = str(BIG)
    write_sources(tmp_path / "data/sources", {**f, "erp": erp, "link": link})
    done = run_luigi(tmp_path, *JAN)
    assert done.returncode == 0, done.stderr
    db = sqlite3.connect(tmp_path / "data/wine_luigi.db")
    assert db.execute("select count(*) from products where product_id = ?", [BIG]).fetchone()[0] == 1


@pytest.mark.slow
def test_a_two_megabyte_field_is_read(tmp_path):
    f = frames()
    web = f["web"].astype(object)
    web["post_content"] = ""
    web.loc[web.index[0], "post_content"] = "vin " * 500_000
    folder = write_sources(tmp_path / "data/sources", f)
    (folder / FILES["web"]).unlink()
    (folder / "Fichier_web.csv").write_text(csv_of(web), encoding="utf-8")
    done = run_luigi(tmp_path, *JAN)
    assert done.returncode == 0, done.stderr


@pytest.mark.slow
@pytest.mark.parametrize("options", [(), ("--csv-encoding", "utf-16")], ids=["auto", "forced"])
def test_excel_unicode_text_is_read(tmp_path, options):
    f = frames()
    folder = write_sources(tmp_path / "data/sources", f)
    (folder / FILES["link"]).unlink()
    text = f["link"].astype(object).to_csv(index=False, sep="\t", lineterminator="\r\n")
    (folder / "fichier_liaison.txt").write_bytes(text.encode("utf-16"))  # with its byte order mark, as Excel writes it
    done = run_luigi(tmp_path, *JAN, *options)
    assert done.returncode == 0, done.stderr
    assert "fichier_liaison.txt: utf-16" in done.stderr


@pytest.mark.slow
def test_a_nul_anywhere_in_a_csv_is_refused(tmp_path):
    f = frames()
    folder = write_sources(tmp_path / "data/sources", f)
    (folder / FILES["web"]).unlink()
    web = f["web"].astype(object)
    web["post_content"] = "x" * 1000
    data = csv_of(web).encode("utf-8")
    at = data.index(b"x" * 1000, 70_000)
    (folder / "Fichier_web.csv").write_bytes(data[:at] + b"\x00" + data[at + 1 :])
    stopped(run_luigi(tmp_path, *JAN), "Fichier_web.csv: not text (it holds NUL bytes)")


# --- no crash, no traceback --------------------------------------------------------------------------------


@pytest.mark.slow
def test_a_folder_named_like_an_export_is_a_named_stop(tmp_path):
    folder = write_sources(tmp_path / "data/sources")
    (folder / FILES["erp"]).unlink()
    (folder / FILES["erp"]).mkdir()
    stopped(run_luigi(tmp_path, *JAN), "Fichier_erp.xlsx: a folder, not an export")


@pytest.mark.slow
@pytest.mark.parametrize(
    "date, expected",
    [
        ("0001-01-01", "--date 0001-01-01: 0001-01 is before 1900: not a month of the shop's exports"),
        ("9999-12-31", "--date 9999-12-31: 9999-12 has not begun"),
        ("2026-01", "--date '2026-01' is not a date: give a day as YYYY-MM-DD, e.g. 2026-01-15"),
    ],
)
def test_dates_out_of_reach_are_one_line(tmp_path, date, expected):
    done = run_luigi(tmp_path, "RunMonthly", "--date", date)
    assert done.returncode == 1
    assert done.stderr.strip().startswith(expected) and len(done.stderr.strip().splitlines()) == 1


@pytest.mark.slow
@pytest.mark.parametrize(
    "arguments, expected",
    [
        (("--start", "2026-01-01"), "'2026-01-01' is not a month: give it as YYYY-MM, e.g. --start 2026-01"),
        (("--start", "2026-03", "--stop", "2026-01"), "RangeMonthly: --start 2026-03 is after --stop 2026-01"),
        (("--start", "2010-01", "--task-limit", "5"), "RangeMonthly: "),
        (("--start", "2026-01", "--of", "NoSuchTask"), "--of NoSuchTask: no such task"),
    ],
)
def test_a_backfill_that_cannot_be_right_is_one_line(tmp_path, arguments, expected):
    args = ["RangeMonthly", *(["--of", "RunMonthly"] if "--of" not in arguments else []), *arguments]
    done = run_luigi(tmp_path, *args)
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip().startswith(expected) and len(done.stderr.strip().splitlines()) == 1, done.stderr


@pytest.mark.slow
def test_a_backfill_builds_every_month_asked_for_whatever_months_back_says(tmp_path):
    months = ["2010-01", "2010-02", "2026-08"]
    for i, month in enumerate(months):
        write_sources(tmp_path / f"data/sources/{month}", seed=i + 1)
    command = ("RangeMonthly", "--of", "RunMonthly", "--start", "2010-01", "--stop", "2026-09")
    done = run_luigi(tmp_path, *command)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "data/output").iterdir()) == months
    again = run_luigi(tmp_path, *command)
    assert again.returncode == 0 and "ran successfully" not in again.stderr


@pytest.mark.slow
def test_a_lock_folder_whose_parent_is_missing_is_made(tmp_path):
    write_sources(tmp_path / "data/sources")
    done = run_luigi(tmp_path, *JAN, "--lock-pid-dir", str(tmp_path / "no/such/locks"))
    assert done.returncode == 0, done.stderr


@pytest.mark.slow
def test_a_damaged_ledger_is_a_named_stop_and_emailed(tmp_path, inbox):
    write_sources(tmp_path / "data/sources")
    (tmp_path / "data").mkdir(exist_ok=True)
    (tmp_path / "data/wine_luigi.db").write_bytes(b"this is not a database" * 100)
    done = run_luigi(tmp_path, *JAN, env=user_config(tmp_path, inbox.port))
    stopped(done, "wine_luigi.db: the ledger cannot be read (file is not a database): move it aside")
    assert len(inbox.messages) == 1
    assert "the ledger cannot be read" in parts(inbox.messages[0])[0]


@pytest.mark.slow
def test_a_symlinked_month_folder_is_published_through(tmp_path):
    write_sources(tmp_path / "data/sources")
    share = tmp_path / "share/2026-01"
    share.mkdir(parents=True)
    (tmp_path / "data/output").mkdir(parents=True)
    (tmp_path / "data/output/2026-01").symlink_to(share)
    done = run_luigi(tmp_path, *JAN)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "data/output/2026-01").is_symlink()
    assert sorted(p.name for p in share.iterdir()) == sorted(
        ["sales_product.xlsx", "premium.csv", "ordinary.csv", "rejects.csv", "report.html"]
    )
    assert ledger_row(tmp_path)["status"] == "ok"
    again = run_luigi(tmp_path, *JAN)
    assert again.returncode == 0 and "already done" in again.stderr
    # a new web export: published again through the link, with nothing of anyone's to keep
    web = demo_frames(120, 1)[1].copy()
    web.loc[web.index[web["post_type"] == "product"][0], "total_sales"] += 1
    write_sources(tmp_path / "data/sources", {"web": web})
    rebuilt = run_luigi(tmp_path, *JAN)
    assert rebuilt.returncode == 0 and "kept in" not in rebuilt.stderr, rebuilt.stderr
    assert sorted(p.name for p in (tmp_path / "share").iterdir()) == ["2026-01"]


LOCKER = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("pragma journal_mode = wal")
db.execute("create table if not exists held (x)")
db.execute("begin immediate")
db.execute("insert into held values (1)")
open(sys.argv[2], "w").close()
time.sleep(600)
"""


@pytest.mark.slow
def test_a_ledger_locked_by_another_process_fails_the_run_once_and_says_the_truth(tmp_path, inbox):
    write_sources(tmp_path / "data/sources")
    (tmp_path / "data").mkdir(exist_ok=True)
    ready = tmp_path / "locked"
    locker = subprocess.Popen([sys.executable, "-c", LOCKER, str(tmp_path / "data/wine_luigi.db"), str(ready)])
    try:
        deadline = time.time() + 30
        while not ready.exists():
            assert time.time() < deadline and locker.poll() is None
            time.sleep(0.05)
        started = time.time()
        done = run_luigi(tmp_path, *JAN, "--retries-ledger-wait", "3", env=user_config(tmp_path, inbox.port))
        took = time.time() - started
    finally:
        locker.kill()
        locker.wait()
    log = stopped(done, "cannot record 2026-01 in the ledger: it is locked by another process (waited 3 s)")
    assert took < 40, took  # one bounded wait, not one per step
    assert log.count("the times of this command's later steps are left out") == 1
    text, _ = parts(inbox.messages[0])
    assert "were built and published by this run, from the current files" in " ".join(text.split())
    assert "they do not match the new files" not in text
    assert sorted(p.name for p in (tmp_path / "data/output/2026-01").iterdir()) == sorted(
        ["sales_product.xlsx", "premium.csv", "ordinary.csv", "rejects.csv", "report.html"]
    )
    again = run_luigi(tmp_path, *JAN)  # the lock gone, the next run records the month, and builds nothing again
    assert again.returncode == 0, again.stderr
    assert "done      RecordMonth(month=2026-01)" in again.stderr and "done      ExtractSource" not in again.stderr
    assert ledger_row(tmp_path)["status"] == "ok"


@pytest.mark.slow
def test_a_title_cannot_forge_a_line_of_the_log(tmp_path):
    f = frames()
    web = f["web"]
    titled = web.index[web["sku"].isna()][0]
    web.loc[titled, "post_title"] = "Condrieu\nINFO: forged info\r\nERROR: forged error"
    write_sources(tmp_path / "data/sources", f)
    done = run_luigi(tmp_path, *JAN)
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert not any(line.startswith(("INFO: forged", "ERROR: forged")) for line in lines)
    assert "Condrieu\\nINFO: forged info\\r\\nERROR: forged error" in done.stderr

    f["erp"] = pd.concat([f["erp"], f["erp"].iloc[[3]].assign(stock_status="instock\nERROR: forged gate")])
    write_sources(tmp_path / "data/sources", f)
    failed = run_luigi(tmp_path, *JAN)
    assert failed.returncode == 30
    assert not any(line.startswith("ERROR: forged") for line in failed.stderr.splitlines())


# --- messages that point at the cell ------------------------------------------------------------------------


@pytest.mark.slow
def test_a_value_not_of_its_type_is_named_by_row_and_value_in_the_log_and_the_email(tmp_path, inbox):
    f = frames()
    e, _, product_id, _ = merged(f)
    erp = f["erp"].astype(object)
    erp.loc[e, "price"] = "12,5O"
    write_sources(tmp_path / "data/sources", {**f, "erp": erp})
    stopped(
        run_luigi(tmp_path, *JAN, env=user_config(tmp_path, inbox.port)),
        f"row {e + 2} (product_id {product_id}): price '12,5O'",
    )
    text, html = parts(inbox.messages[0])
    assert f"      row {e + 2} (product_id {product_id}): price '12,5O'" in text
    assert f"row {e + 2} (product_id {product_id}): price &#39;12,5O&#39;" in html


@pytest.mark.slow
def test_a_missing_export_says_what_the_folder_holds_and_the_setting_to_use(tmp_path):
    folder = write_sources(tmp_path / "data/sources/2026-01")
    (folder / FILES["erp"]).rename(folder / "erp janvier.xlsx")
    log = stopped(run_luigi(tmp_path, *JAN))
    assert (
        f"  {folder} holds Fichier_web.xlsx, erp janvier.xlsx, fichier_liaison.xlsx: if one of them is the ERP export, "
        f"name it in {folder}/month.cfg ([source_files] erp = its name)"
    ) in log.replace("Fichier_web.xlsx, erp janvier.xlsx", "Fichier_web.xlsx, erp janvier.xlsx")


@pytest.mark.slow
def test_an_export_open_in_excel_is_read_again_then_read_with_a_warning(tmp_path):
    folder = write_sources(tmp_path / "data/sources")
    (folder / "~$chier_erp.xlsx").write_bytes(b"owner")
    done = run_luigi(tmp_path, *JAN)
    assert done.returncode == 0, done.stderr
    assert (
        done.stderr.count("~$chier_erp.xlsx beside it, the export is open in Excel or LibreOffice; reading again") == 2
    )
    assert "erp_not_open_in_office: 1 (~$chier_erp.xlsx)" in done.stderr  # a warning of the month


@pytest.mark.slow
def test_leftovers_of_a_failed_attempt_go_when_the_month_succeeds(tmp_path):
    f = frames()
    bad = {**f, "link": pd.concat([f["link"], f["link"].iloc[[0]].assign(id_web="99999")])}
    folder = write_sources(tmp_path / "data/sources", bad)
    assert run_luigi(tmp_path, *JAN).returncode == 30
    assert (tmp_path / "data/tmp/2026-01/failures").is_dir() and (tmp_path / "data/tmp/2026-01/rejects.csv").is_file()
    write_sources(folder, f)
    assert run_luigi(tmp_path, *JAN).returncode == 0
    assert (
        not (tmp_path / "data/tmp/2026-01/failures").exists()
        and not (tmp_path / "data/tmp/2026-01/rejects.csv").exists()
    )
