"""The month's deliverables as tables, and their writers (xlsx and csv, formula-safe)."""
import csv
import re

import pandas as pd
import numpy as np

from wine_luigi.rules import PREMIUM_Z, REASON, ROW, total_revenue

SALES_COLUMNS = ["product_id", "sku", "post_title", "onsale_web", "stock_quantity", "total_sales", "price", "sales_product"]
SEGMENT_COLUMNS = ["z_score", "product_id", "sku", "post_title", "total_sales", "price", "sales_product"]
REJECT_COLUMNS = ["source", "file", "row", "key_column", "key", "reason", "detail"]
FORMULA_START = ("=", "+", "-", "@")
# UTF-8 with a byte order mark: Excel (a French one included) then reads the accents right; other tools skip it
CSV_ENCODING = "utf-8-sig"
Z_SHOWN = 2  # decimals of z_score in premium.csv and ordinary.csv (the ledger keeps every digit)
COUNTS = ("total_sales", "stock_quantity")  # written as whole numbers when they are (5, not 5.0)


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


def shown_z(scored):
    """z_score rounded for a person, on the side of the threshold its segment is on: an ordinary product at
    z = 1.996 shows 1.99, never 2.00 (its segment was decided on the exact value)."""
    z = scored["z_score"].round(Z_SHOWN) + 0.0  # + 0.0: no "-0.0"
    ordinary_at_threshold = (scored["segment"] == "ordinary") & (z >= PREMIUM_Z)
    return z.mask(ordinary_at_threshold, PREMIUM_Z - 10**-Z_SHOWN)


def segment_table(scored, segment):
    """premium.csv / ordinary.csv: the segment's products, by z_score desc (exact) then product_id."""
    rows = scored[scored["segment"] == segment].sort_values(["z_score", "product_id"], ascending=[False, True])
    return rows.assign(z_score=shown_z(rows))[SEGMENT_COLUMNS]


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
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


EURO_FORMAT = '#,##0.00 "€"'
MAX_WIDTH = 60


def fitting_widths(table):
    """Column widths (in characters) that fit the header and the longest value, capped."""
    widths = []
    for column in table.columns:
        values = table[column].dropna()
        # object columns may hold text no string dtype can (a lone surrogate, replaced when written)
        lengths = values.map(lambda v: len(str(v))) if values.dtype == object else values.astype(str).str.len()
        longest = int(lengths.max()) if len(values) else 0
        widths.append(min(max(len(str(column)), longest) + 2, MAX_WIDTH))
    return widths


def write_xlsx(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


# strings stay strings: never a formula, a link or a number
STREAMING = {
    "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
    "nan_inf_to_errors": True, "default_date_format": "yyyy-mm-dd hh:mm:ss",
}


def _cells(table):
    """Values ready for a cell: empty as None, text without the characters a workbook cannot hold."""
    cells = table.astype(object).where(table.notna(), None)
    for column in cells.columns:
        if table[column].dtype == object or pd.api.types.is_string_dtype(table[column]):
            cells[column] = pd.Series([writable(v) for v in cells[column]], index=cells.index, dtype=object)
    return cells


def _formula_rows(cells):
    rows = set()
    for column in cells.columns:
        hits = cells[column].map(_looks_like_formula)
        rows.update(np.flatnonzero(hits.to_numpy(dtype=bool)).tolist())
    return rows


def _write(sheet, r, c, value, fmt=None):
    if value is None:  # an empty cell stays empty
        return
    if isinstance(value, str):
        sheet.write_string(r, c, value, fmt)
    else:
        sheet.write(r, c, value, fmt)
