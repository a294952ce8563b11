"""The writers the pipeline used before: the workbook by XlsxWriter (streaming), before rust_xlsxwriter, kept
verbatim; the CSV files by pandas' to_csv, before Arrow. The tests compare what the new writers produce with
what users had."""

import csv

import numpy as np
import pandas as pd

from wine_luigi.export import EURO_FORMAT, FORMULA_START, csv_ready, fitting_widths, writable


def write_csv_before(table, f):
    """How a CSV deliverable was written: its table made ready (unchanged), then pandas' to_csv."""
    csv_ready(table).to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def write_xlsx_before(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (
        book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True})
    )
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
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
    "nan_inf_to_errors": True,
    "default_date_format": "yyyy-mm-dd hh:mm:ss",
}


def _cells(table):
    """Values ready for a cell: empty as None, text without the characters a workbook cannot hold."""
    cells = table.astype(object).where(table.notna(), None)
    for column in cells.columns:
        if table[column].dtype == object or pd.api.types.is_string_dtype(table[column]):
            cells[column] = pd.Series([writable(v) for v in cells[column]], index=cells.index, dtype=object)
    return cells


def _looks_like_formula(value):
    return isinstance(value, str) and value.startswith(FORMULA_START)


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
