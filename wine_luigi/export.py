"""The month's deliverables as tables, and their writers (xlsx and csv, formula-safe)."""
import csv
import re

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from wine_luigi.rules import PREMIUM_Z, REASON, ROW, total_revenue

SALES_COLUMNS = ["product_id", "sku", "post_title", "onsale_web", "stock_quantity", "total_sales", "price", "sales_product"]
SEGMENT_COLUMNS = ["z_score", "product_id", "sku", "post_title", "total_sales", "price", "sales_product"]
REJECT_COLUMNS = ["source", "file", "row", "key_column", "key", "reason", "detail"]
FORMULA_START = ("=", "+", "-", "@")
BOLD = Font(bold=True)


def sales_table(scored):
    """sales_product.xlsx: one row per merged product, by sales_product desc then product_id."""
    return scored.sort_values(["sales_product", "product_id"], ascending=[False, True])[SALES_COLUMNS]


def sales_summary(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def segment_table(scored, segment):
    """premium.csv / ordinary.csv: the segment's products, by z_score desc then product_id."""
    rows = scored[scored["segment"] == segment]
    return rows.sort_values(["z_score", "product_id"], ascending=[False, True])[SEGMENT_COLUMNS]


def rejects_table(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = pd.Series("", index=dropped.index, dtype="string")
        for column in source.describe:
            part = (column + "=" + dropped[column].astype("string")).fillna("")
            joined = detail.where(part == "", detail + "; " + part)
            detail = joined.where(detail != "", part)
        frames.append(
            pd.DataFrame(
                {
                    "source": name,
                    "file": files[name],
                    "row": dropped[ROW].astype("int64"),
                    "key_column": key,
                    "key": dropped[key].astype("string"),
                    "reason": dropped[REASON],
                    "detail": detail,
                }
            )
        )
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=REJECT_COLUMNS)


def _looks_like_formula(value):
    return isinstance(value, str) and value.startswith(FORMULA_START)


# characters a workbook cannot store (XML 1.0) and halves of UTF-16 pairs that UTF-8 cannot encode
UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def writable(value):
    """Text with the characters no file format here can store replaced by U+FFFD."""
    return UNWRITABLE.sub("\ufffd", value) if isinstance(value, str) else value


def write_csv(table, f):
    """UTF-8, comma, header; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


EURO_FORMAT = '#,##0.00 "€"'
MAX_WIDTH = 60


def fitting_widths(table):
    """Column widths (in characters) that fit the header and the longest value, capped."""
    widths = []
    for column in table.columns:
        values = table[column].dropna()
        longest = int(values.astype(str).str.len().max()) if len(values) else 0
        widths.append(min(max(len(str(column)), longest) + 2, MAX_WIDTH))
    return widths


def write_xlsx(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula."""
    book = Workbook(write_only=True)
    data = book.create_sheet(sheet)
    data.freeze_panes = "A2"
    data.auto_filter.ref = f"A1:{get_column_letter(max(len(table.columns), 1))}{len(table) + 1}"
    for i, width in enumerate(fitting_widths(table), start=1):
        data.column_dimensions[get_column_letter(i)].width = width
    data.append([_header_cell(data, c) for c in table.columns])
    euro = {table.columns.get_loc(c) for c in money}
    for row in table.astype(object).where(table.notna(), None).itertuples(index=False, name=None):
        data.append([_cell(data, v, i in euro) for i, v in enumerate(row)])
    if summary:
        sheet_ = book.create_sheet("summary")
        sheet_.column_dimensions["A"].width = 28
        sheet_.column_dimensions["B"].width = 18
        for label, value, is_money in summary:
            sheet_.append([_header_cell(sheet_, label), _cell(sheet_, value, is_money)])
    book.save(f)


def _header_cell(sheet, value):
    cell = WriteOnlyCell(sheet, value=writable(value))
    cell.font = BOLD
    if _looks_like_formula(value):
        cell.data_type = "s"
    return cell


def _cell(sheet, value, money=False):
    value = writable(value)
    if _looks_like_formula(value):
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        cell.quotePrefix = True
        return cell
    if money and value is not None:
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = EURO_FORMAT
        return cell
    return value
