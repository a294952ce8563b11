"""A fuzzer: random months written as random workbooks and CSV files (hidden sheets, far cells, blank rows, encodings,
separators, decimal marks, huge numbers, control characters, junk cells), each run through the real `luigi` command.
Every run must end in published figures that are exactly those of an independent computation, or in a named stop
(exit 30, no traceback), never in a crash, a signal or a forged log line.

`make test` runs a fixed, small set of examples (the same every time); `make fuzz` runs many more, new ones each time
(WINE_LUIGI_FUZZ_EXAMPLES, default 300)."""

import csv
import io
import os
import re
import sqlite3
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

import openpyxl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from helpers import project_config, run_luigi

EXAMPLES = int(os.environ.get("WINE_LUIGI_FUZZ_EXAMPLES", "0"))  # 0: the fixed set of make test
FORGED = "ERROR: forged line"


@dataclass
class Export:
    """One export: its header and rows as the truth has them (Python values), and how it is written."""

    header: list
    rows: list
    form: str = "xlsx"  # xlsx or csv
    hidden_first: bool = False  # an old, hidden sheet before the real one
    far_cell: tuple = ()  # (row, column) of a stray value far from the data
    leading_blank: int = 0  # blank rows above the header
    blank_every: int = 0  # a blank row after every k data rows
    as_text: set = field(default_factory=set)  # columns written as text cells in a workbook
    encoding: str = "utf-8"
    separator: str = ","
    decimal: str = "."
    thousands: bool = False  # numbers written with thousands separators


MONTH = {"erp": "erp", "web": "web", "link": "link"}
HEADERS = {
    "erp": ["product_id", "onsale_web", "price", "stock_quantity", "stock_status"],
    "web": ["sku", "total_sales", "post_title", "post_type"],
    "link": ["product_id", "id_web"],
}

titles = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20) | st.sampled_from(
    [
        "Pomerol 2015",
        '=HYPERLINK("x")',
        "Ch\u00e2teau d'Yquem",
        f"x\n{FORGED}",
        f"y\r\n{FORGED}",
        "\x1b[31mred",
        "&amp; Fils",
    ]
)
prices = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("2000"), places=2) | st.sampled_from(
    [
        Decimal("0"),
        Decimal("-3.5"),
        Decimal("1E+7"),
        Decimal("1E+200"),
        Decimal("24.995"),
        Decimal("0.005"),
        Decimal("1234.5"),
    ]
)
sales_counts = st.integers(0, 500) | st.sampled_from([10**15, 10**20, -5, Decimal("2.5")])
product_ids = st.integers(1, 10**6) | st.sampled_from([9007199254740993, 2**63 + 5])
junk = st.sampled_from(["abc", "12,5O", "", " ", "1e400", "NaN", "inf", "-", "0x10", "١٢", "\x00"])


@st.composite
def months(draw):
    n = draw(st.integers(2, 8))
    ids = draw(st.lists(product_ids, min_size=n, max_size=n, unique=True))
    skus = draw(
        st.lists(
            st.integers(10000, 99999).map(str) | st.text("abc-0123456789", min_size=1, max_size=8),
            min_size=n,
            max_size=n,
            unique=True,
        )
    )
    erp = [[pid, 1, draw(prices), draw(st.integers(-2, 50)), "instock"] for pid in ids]
    for row in erp:
        row[4] = "instock" if row[3] > 0 else "outofstock"
    web = [[sku, draw(sales_counts), draw(titles), "product"] for sku in skus]
    link = [[pid, sku] for pid, sku in zip(ids, skus)]
    truth = {"erp": erp, "web": web, "link": link}
    for _ in range(draw(st.integers(0, 2))):  # junk in a random cell
        source = draw(st.sampled_from(sorted(truth)))
        rows = truth[source]
        row, column = draw(st.integers(0, len(rows) - 1)), draw(st.integers(0, len(HEADERS[source]) - 1))
        rows[row][column] = draw(junk)
    exports = {}
    for source, rows in truth.items():
        form = draw(st.sampled_from(["xlsx", "csv"]))
        export = Export(list(HEADERS[source]), rows, form)
        if form == "xlsx":
            export.hidden_first = draw(st.booleans())
            export.far_cell = draw(st.sampled_from([(), (1048576, 16384), (1048576, 2), (30, 200), (1048576, 200)]))
            export.as_text = set(draw(st.lists(st.sampled_from(export.header), max_size=2)))
        else:
            export.encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
            export.separator = draw(st.sampled_from([",", ";", "\t", "|"]))
            export.decimal = draw(st.sampled_from([".", ","])) if export.separator != "," else "."
            export.thousands = draw(st.booleans())
        export.leading_blank = draw(st.integers(0, 2))
        export.blank_every = draw(st.integers(0, 3))
        exports[source] = export
    return exports


# --- writing the exports ----------------------------------------------------------------------------------


def number_text(value, export):
    """A number as a spreadsheet program writes it in CSV, with the export's decimal mark and thousands separator."""
    if isinstance(value, int) and not isinstance(value, bool):
        text = f"{value:,}" if export.thousands and abs(value) < 10**12 else str(value)
        return text if export.decimal == "." else text.replace(",", "\u00a0")
    if isinstance(value, Decimal):
        plain = format(value, "f") if abs(value) < Decimal("1E+16") else str(value)
        if export.thousands and abs(value) < 10**12 and "E" not in plain:
            whole, _, fraction = plain.partition(".")
            plain = f"{int(whole):,}" + (f".{fraction}" if fraction else "") if whole.lstrip("-") else plain
        if export.decimal == ",":
            plain = plain.replace(",", "\u00a0").replace(".", ",")
        return plain
    return str(value)


def rows_with_blanks(export):
    """The header and rows, with the export's blank rows (None) where they go."""
    out = [None] * export.leading_blank + [export.header]
    for i, row in enumerate(export.rows, start=1):
        out.append(row)
        if export.blank_every and i % export.blank_every == 0:
            out.append(None)
    return out


def write_csv(export, path):
    text = io.StringIO()
    writer = csv.writer(text, delimiter=export.separator, lineterminator="\r\n")
    for row in rows_with_blanks(export):
        writer.writerow([] if row is None else [number_text(v, export) for v in row])
    data = text.getvalue()
    try:
        path.write_bytes(data.encode(export.encoding))
    except UnicodeEncodeError:
        path.write_bytes(data.encode("utf-8"))
        export.encoding = "utf-8"


def cell_value(value, column, export):
    if column in export.as_text or isinstance(value, str):
        return str(value) if not isinstance(value, str) else value
    if isinstance(value, Decimal):
        return float(value)
    return value


def holdable(value):
    """A value as a workbook can hold it (no control characters but tab and line breaks)."""
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f]", "", value) if isinstance(value, str) else value


def write_xlsx(export, path):
    book = openpyxl.Workbook()
    sheet = book.active
    if export.hidden_first:
        sheet.title = "old prices"
        sheet.append(export.header)
        for row in export.rows:
            sheet.append(
                [v * 3 if isinstance(v, (int, float)) and not isinstance(v, bool) else holdable(v) for v in row]
            )
        sheet.sheet_state = "hidden"
        sheet = book.create_sheet("Feuil1")
    number = 0
    for row in rows_with_blanks(export):
        number += 1
        if row is None:
            continue
        for column, value in enumerate(row, start=1):
            text = holdable(cell_value(value, export.header[column - 1], export))
            if text not in (None, ""):
                sheet.cell(row=number, column=column, value=text)
    if export.far_cell:
        sheet.cell(row=export.far_cell[0], column=export.far_cell[1], value="stray")
    book.save(path)


def write_month(folder, exports):
    folder.mkdir(parents=True, exist_ok=True)
    names = {}
    for source, export in exports.items():
        names[source] = f"{source}.{export.form}"
        (write_xlsx if export.form == "xlsx" else write_csv)(export, folder / names[source])
    (folder / "month.cfg").write_text("[source_files]\n" + "".join(f"{s} = {n}\n" for s, n in names.items()))


# --- the independent computation ---------------------------------------------------------------------------


def whole_key(value):
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value


def expected(exports):
    """{product_id: revenue (Decimal)} of the month the truth describes, or None when it has no defined figures
    (a junk key or value, a price that is not a positive number, a count that is not whole, a duplicate key)."""
    erp, web, link = (exports[s].rows for s in ("erp", "web", "link"))
    skus = [str(r[0]) for r in web]
    ids = [r[0] for r in erp]
    if len(set(ids)) != len(ids) or len(set(skus)) != len(skus):
        return None
    web_by_sku = {str(r[0]): r for r in web}
    erp_by_id = {r[0]: r for r in erp}
    revenue = {}
    for product_id, sku in link:
        if whole_key(product_id) is None or not isinstance(sku, (str, int)) or str(sku).strip() in ("", "\x00"):
            return None
        if product_id not in erp_by_id or str(sku) not in web_by_sku:
            return None
        price, count = erp_by_id[product_id][2], web_by_sku[str(sku)][1]
        if not isinstance(price, Decimal) or isinstance(count, str) or price <= 0:
            return None
        count = Decimal(count)
        if count < 0 or count != count.to_integral_value():
            return None
        revenue[product_id] = (count * price).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return revenue


def published(root):
    """({product_id: sales_product}, {product_id: post_title cell}) of the published workbook, and the total the
    ledger holds."""
    sheet = openpyxl.load_workbook(root / "data/output/2026-01/sales_product.xlsx").worksheets[0]
    header, *rows = sheet.iter_rows(values_only=True)
    product, title, revenue = (header.index(c) for c in ("product_id", "post_title", "sales_product"))
    total = (
        sqlite3.connect(root / "data/wine_luigi.db")
        .execute("select total_revenue from runs where month = '2026-01'")
        .fetchone()[0]
    )
    ids = [workbook_id(r[product]) for r in rows]
    by_product = {i: Decimal(str(r[revenue])) for i, r in zip(ids, rows)}
    return by_product, {i: r[title] for i, r in zip(ids, rows)}, Decimal(str(total))


def workbook_id(cell):
    """A product_id as the workbook holds it (docs/guide.md): a number cell, or a text cell from 2^53 on, where a
    number cell could round it."""
    if isinstance(cell, str):
        assert abs(int(cell)) >= 2**53, f"product_id {cell!r} written as text"
        return int(cell)
    return cell


def check_run(root, exports):
    write_month(root / "data/sources/2026-01", exports)
    project_config(root)
    done = run_luigi(root, "RunMonthly", "--date", "2026-01-15", "--scheduler-retry-delay", "0.01", timeout=300)
    log = done.stdout + done.stderr
    assert done.returncode in (0, 30), f"exit {done.returncode}:\n{log[-4000:]}"
    assert "Traceback" not in log and "Uncaught exception" not in log, log[-6000:]
    assert not any(line.startswith(FORGED) for line in log.splitlines()), "a value forged a log line"
    if done.returncode == 30:
        assert "wine_luigi 2026-01: done" not in log
        assert not (root / "data/output/2026-01").exists()
        return "stopped"
    truth = expected(exports)
    assert truth is not None, f"published figures for a month that has none:\n{log[-3000:]}"
    by_product, titles, total = published(root)
    assert by_product == truth
    title_of = {str(r[0]): r[2] for r in exports["web"].rows}
    for product_id, sku in exports["link"].rows:  # an empty title is an empty cell
        assert title_of[str(sku)] != "" or titles[product_id] is None, (product_id, titles[product_id])
    assert total == sum(truth.values())
    assert f"total revenue: {sum(truth.values()):,.2f} €" in log
    return "published"


# what the fuzzer found once, kept: a product_id beyond 2^53 read exactly from CSV files, which the workbook holds as a
# text cell (a number cell would round it) beside the others' number cells
LONG_ID = 9007199254740993
LONG_ID_MONTH = {
    "erp": Export(
        HEADERS["erp"],
        [[1, 1, Decimal("0.01"), 0, "outofstock"], [LONG_ID, 1, Decimal("0.02"), 0, "outofstock"]],
        "csv",
    ),
    "web": Export(HEADERS["web"], [["10000", 3, "", "product"], ["10001", 2, "", "product"]], "xlsx"),
    "link": Export(HEADERS["link"], [[1, "10000"], [LONG_ID, "10001"]], "csv"),
}


# and an ERP row whose stock_status is empty (the sales gate crashed on it)
NO_STATUS_MONTH = {
    "erp": Export(HEADERS["erp"], [[1, 1, Decimal("0.01"), 0, ""], [2, 1, Decimal("4.50"), 3, "instock"]], "xlsx"),
    "web": Export(HEADERS["web"], [["10000", 2, "Pomerol", "product"], ["10001", 1, "Margaux", "product"]], "xlsx"),
    "link": Export(HEADERS["link"], [[1, "10000"], [2, "10001"]], "xlsx"),
}


@pytest.mark.fuzz
@settings(
    max_examples=EXAMPLES or 12,
    deadline=None,
    derandomize=not EXAMPLES,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(exports=months())
@example(exports=LONG_ID_MONTH)
@example(exports=NO_STATUS_MONTH)
def test_a_random_month_is_published_exactly_or_stopped_by_name(tmp_path_factory, exports):
    check_run(tmp_path_factory.mktemp("fuzz"), exports)


def fixed_months():
    """A month that must publish whatever forms its exports take (a hidden first sheet, a far stray cell, blank rows,
    UTF-16 tab-separated text with decimal commas and thousands separators, French Excel CSV, a title that tries to
    forge a log line), and the same month with one price of 1e200, which must stop."""
    rows = {
        "erp": [
            [4043, 1, Decimal("24.50"), 5, "instock"],
            [4044, 1, Decimal("1234.00"), 0, "outofstock"],
            [4045, 1, Decimal("99.99"), 3, "instock"],
        ],
        "web": [
            ["15298", 3, "Pomerol", "product"],
            ["13127-1", 1200, f"x\n{FORGED}", "product"],
            ["bon-25", 7, "=cadeau", "product"],
        ],
        "link": [[4043, "15298"], [4044, "13127-1"], [4045, "bon-25"]],
    }

    def month():
        return {
            "erp": Export(
                HEADERS["erp"],
                [list(r) for r in rows["erp"]],
                "xlsx",
                hidden_first=True,
                far_cell=(1048576, 16384),
                leading_blank=1,
                blank_every=1,
            ),
            "web": Export(
                HEADERS["web"],
                [list(r) for r in rows["web"]],
                "csv",
                encoding="utf-16",
                separator="\t",
                decimal=",",
                thousands=True,
                blank_every=2,
            ),
            "link": Export(HEADERS["link"], [list(r) for r in rows["link"]], "csv", encoding="cp1252", separator=";"),
        }

    good, bad = month(), month()
    bad["erp"].rows[0][2] = Decimal("1E+200")
    return good, bad


@pytest.mark.slow
def test_the_fixed_months_end_as_they_must(tmp_path_factory):
    """The fuzzer's two ways for a run to end, on months whose end is known: published exactly, and stopped."""
    good, bad = fixed_months()
    assert check_run(tmp_path_factory.mktemp("good"), good) == "published"
    assert check_run(tmp_path_factory.mktemp("bad"), bad) == "stopped"
