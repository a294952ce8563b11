"""The month's deliverables as tables, and their writers (xlsx and csv, formula-safe)."""

import csv
import io
import re
from collections.abc import Sequence
from typing import IO, Any, BinaryIO

import numpy as np
import pandas as pd

from wine_luigi.contract import CELL_LIMIT, Source
from wine_luigi.rules import EXACT_FLOAT, PREMIUM_Z, REASON, ROW, price_moments, total_revenue

SALES_COLUMNS = [
    "product_id",
    "sku",
    "post_title",
    "onsale_web",
    "stock_quantity",
    "total_sales",
    "price",
    "sales_product",
]
SEGMENT_COLUMNS = ["z_score", "product_id", "sku", "post_title", "total_sales", "price", "sales_product"]
REJECT_COLUMNS = ["source", "file", "row", "key_column", "key", "reason", "detail"]
FORMULA_START = ("=", "+", "-", "@")
# UTF-8 with a byte order mark: Excel (a French one included) then reads the accents right; other tools skip it
CSV_ENCODING = "utf-8-sig"
Z_SHOWN = 2  # decimals of z_score in premium.csv and ordinary.csv (the ledger keeps every digit)
COUNTS = ("total_sales", "stock_quantity")  # written as whole numbers when they are (5, not 5.0)


def sales_table(scored: pd.DataFrame) -> pd.DataFrame:
    """sales_product.xlsx: one row per merged product, by sales_product desc then product_id."""
    return scored[SALES_COLUMNS].sort_values(["sales_product", "product_id"], ascending=[False, True])


def sales_summary(scored: pd.DataFrame) -> list[tuple[str, float, bool]]:
    """The summary sheet after the data: (label, value, is € amount)."""
    mean, std = price_moments(scored["price"])
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", mean, True),
        ("price std (n − 1)", std, True),
        ("premium from price", mean + PREMIUM_Z * std, True),
    ]


def shown_z(scored: pd.DataFrame) -> pd.Series:
    """z_score rounded for a person, on the side of the threshold its segment is on: an ordinary product at
    z = 1.996 shows 1.99, never 2.00 (its segment was decided on the exact value)."""
    z = scored["z_score"].round(Z_SHOWN) + 0.0  # + 0.0: no "-0.0"
    ordinary_at_threshold = (scored["segment"] == "ordinary") & (z >= PREMIUM_Z)
    return z.mask(ordinary_at_threshold, PREMIUM_Z - 10**-Z_SHOWN)


def segment_table(scored: pd.DataFrame, segment: str) -> pd.DataFrame:
    """premium.csv / ordinary.csv: the segment's products, by z_score desc (exact) then product_id."""
    rows = scored[[*SEGMENT_COLUMNS, "segment"]]  # only the columns written are filtered and sorted
    rows = rows[rows["segment"] == segment].sort_values(["z_score", "product_id"], ascending=[False, True])
    return rows.assign(z_score=shown_z(rows))[SEGMENT_COLUMNS]


def rejects_table(
    triaged_by_source: dict[str, pd.DataFrame], sources: dict[str, Source], files: dict[str, str]
) -> pd.DataFrame:
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        key = source.keys[0]
        dropped = triaged[
            list(dict.fromkeys([ROW, key, REASON, *source.describe]))
        ]  # the columns it reads, then the rows
        dropped = dropped[dropped[REASON].notna()]
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


# characters a workbook cannot store (XML 1.0) and halves of UTF-16 pairs that UTF-8 cannot encode
UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def writable(value: str) -> str:
    """Text with the characters no file format here can store replaced by U+FFFD."""
    return UNWRITABLE.sub("\ufffd", value) if isinstance(value, str) else value


CONTROL = (
    "[\x00-\x08\x0b\x0c\x0e-\x1f]"  # what an Arrow string (valid UTF-8, so no surrogate) can hold and a file cannot
)


def writable_column(values: pd.Series) -> pd.Series:
    """A text column with what no file can store replaced by U+FFFD; untouched (and fast) when it holds none."""
    if values.dtype == object:
        return values.map(writable)
    if values.str.contains(CONTROL, regex=True).fillna(False).any():
        return values.str.replace(CONTROL, "\ufffd", regex=True)
    return values


def write_csv(table: pd.DataFrame, f: IO[str]) -> None:
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = csv_ready(table)
    text = csv_text(safe)
    if text is None:
        safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    else:
        f.write(text)


def csv_ready(table: pd.DataFrame) -> pd.DataFrame:
    """The table as its CSV shows it: text a file can hold, formula-looking text with a leading apostrophe, whole
    counts as integers."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = writable_column(safe[column])
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text) if risky.any() else text
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    return safe


def csv_text(table: pd.DataFrame) -> str | None:
    """The text `table.to_csv(index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\\n")` writes (with a bare
    carriage return quoted: QUOTED), built column by column with Arrow (three times as fast on tens of thousands of
    rows); None for a table with a column neither text, integer nor float (no deliverable has one), which pandas
    then writes."""
    import pyarrow as pa
    import pyarrow.compute as pc

    columns = []
    for name in table.columns:
        values = table[name]
        if isinstance(values.dtype, np.dtype) and values.dtype.kind == "f":  # as pandas does: numpy's shortest repr
            text = pa.array(np.where(values.isna(), "", values.to_numpy().astype(str)), pa.large_string())
        elif pd.api.types.is_integer_dtype(values) or (pd.api.types.is_string_dtype(values) and values.dtype != object):
            text = pc.fill_null(pc.cast(pa.array(values, from_pandas=True), pa.large_string()), "")
        elif values.dtype == object and values.map(lambda v: isinstance(v, str)).where(values.notna(), True).all():
            text = pc.fill_null(pa.array(values, pa.large_string(), from_pandas=True), "")
        else:
            return None
        columns.append(_csv_quoted(text))
    header = io.StringIO()
    csv.writer(header, quoting=csv.QUOTE_MINIMAL, lineterminator="\n").writerow(table.columns)
    if len(columns) == 1:  # a row of one empty field is written "", as the csv module does: not a blank line
        lines = pc.if_else(pc.equal(columns[0], ""), pa.scalar('""', pa.large_string()), columns[0])
    else:
        lines = pc.binary_join_element_wise(*columns, pa.scalar(",", pa.large_string()))
    return header.getvalue() + "".join(f"{line}\n" for line in (lines.to_pylist() if len(table) else []))


# a field holding one of these is written in double quotes (RFC 4180). Python's csv module, and pandas' to_csv with it,
# quote a bare carriage return only from Python 3.11.9 and 3.12.3 on (CPython gh-67044): before, such a field was
# written bare, and Excel, the csv module and pandas all split its row there
QUOTED = ',"\r\n'


def _csv_quoted(text: Any) -> Any:  # pyarrow string array in, the same out
    """Values in double quotes (quotes doubled) where they hold one of QUOTED, as they are elsewhere."""
    import pyarrow as pa
    import pyarrow.compute as pc

    needs = pc.match_substring_regex(text, "[" + re.escape(QUOTED) + "]")
    if not pc.any(needs).as_py():
        return text
    quote, nothing = pa.scalar('"', pa.large_string()), pa.scalar("", pa.large_string())
    quoted = pc.binary_join_element_wise(quote, pc.replace_substring(text, '"', '""'), quote, nothing)
    return pc.if_else(needs, quoted, text)


EURO_FORMAT = '#,##0.00 "€"'
MAX_WIDTH = 60


def fitting_widths(table: pd.DataFrame) -> list[int]:
    """Column widths (in characters) that fit the header and the longest value, capped."""
    widths = []
    for column in table.columns:
        values = table[column].dropna()
        if not pd.api.types.is_string_dtype(values) and values.dtype != object:
            values = pd.Series(values.unique())  # numbers: the length of each distinct one is enough
        # object columns may hold text no string dtype can (a lone surrogate, replaced when written)
        lengths = values.map(lambda v: len(str(v))) if values.dtype == object else values.astype(str).str.len()
        longest = int(lengths.max()) if len(values) else 0
        widths.append(min(max(len(str(column)), longest) + 2, MAX_WIDTH))
    return widths


def write_xlsx(
    table: pd.DataFrame,
    f: BinaryIO,
    sheet: str = "sales_product",
    money: Sequence[str] = (),
    summary: Sequence[tuple[str, float, bool]] = (),
) -> None:
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet (figure, value; € for amounts) of (label, value, is_money) rows. Text is always text,
    never a formula; in a row holding text that Excel would evaluate if typed in (`=`, `+`, `-`, `@`), the cells
    are also marked as text (quote prefix), the € amounts keeping their format.

    Written by rust_xlsxwriter (the rustpy-xlsxwriter bindings), which reads the columns' Arrow buffers: about
    eight times as fast as XlsxWriter on the 71k rows of a shop a hundred times this one."""
    import rustpy_xlsxwriter as rx

    euro, quoted, date = (
        rx.Format().set_num_format(EURO_FORMAT),
        rx.Format().set_quote_prefix(),
        rx.Format().set_num_format(DATE_FORMAT),
    )
    cells, risky, dates = _cells(table)
    sheets = [(sheet, cells)]
    widths: dict[str, dict[str, float] | list[float]] = {sheet: dict(zip(cells.columns, fitting_widths(cells)))}
    row_formats = {sheet: {r + 1: quoted for r in risky}}
    if summary:
        figures = pd.DataFrame(
            {"figure": [writable(str(label)) for label, _, _ in summary], "value": [value for _, value, _ in summary]},
            dtype=object,
        )
        sheets.append(("summary", figures))
        widths["summary"] = {"figure": 28, "value": 18}
        row_formats["summary"] = {r + 1: euro for r, (_, _, is_money) in enumerate(summary) if is_money}
    rx.write_worksheets(
        sheets,
        f,
        bold_headers=True,
        index_columns=["figure"],
        freeze_panes={sheet: {"row": 1, "col": 0}},
        autofilter={sheet: True},
        column_widths=widths,
        column_formats={sheet: {**{c: date for c in dates}, **{c: euro for c in money}}},
        row_formats=row_formats,
    )


DATE_FORMAT = "yyyy-mm-dd hh:mm:ss"
EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _cells(table: pd.DataFrame) -> tuple[pd.DataFrame, list[int], list[str]]:
    """(the table with text a workbook can hold and dates as Excel serial numbers, the positions of the rows
    holding formula-looking text, the date columns)."""
    table = table.reset_index(drop=True)  # the index is not a column
    columns, risky, dates = {}, np.zeros(len(table), dtype=bool), []
    for column in table.columns:
        values = table[column]
        if (
            values.dtype == object
            and len(values.dropna())
            and values.dropna().map(lambda v: isinstance(v, pd.Timestamp)).all()
        ):
            values = pd.to_datetime(values)
        if pd.api.types.is_integer_dtype(values) and (values.abs() >= EXACT_FLOAT).any():
            # a whole number beyond 2^53 (a long product_id): a number cell would round it, a text cell keeps it
            values = values.astype(object).map(lambda v: str(v) if v is not pd.NA and abs(v) >= EXACT_FLOAT else v)
        if pd.api.types.is_datetime64_any_dtype(values):  # as Excel holds a date: days since 1899-12-30, formatted
            values = (values - EXCEL_EPOCH) / pd.Timedelta(days=1)
            dates.append(column)
        elif values.dtype == object:  # may hold what no string dtype can (a lone surrogate)
            values = (
                values.map(lambda v: writable(v)[:CELL_LIMIT] if isinstance(v, str) else v)
                .where(values.notna(), None)
                .astype(object)
            )
        elif pd.api.types.is_string_dtype(
            values
        ):  # a cell holds 32,767 characters at most, as Excel and XlsxWriter cut it
            values = writable_column(values)
            if values.str.len().gt(CELL_LIMIT).any():  # (a column of empty cells has no longest)
                values = values.str.slice(0, CELL_LIMIT)
        columns[column] = values
        if values.dtype == object or pd.api.types.is_string_dtype(values):
            risky |= values.astype("string").str.startswith(FORMULA_START).fillna(False).to_numpy(dtype=bool)
    if any(values.dtype == object for values in columns.values()):
        # a frame with an object column (a long product_id's text among numbers) may be written cell by cell, where
        # a missing value of a typed column would be the text "<NA>" (or refused): there an empty cell is None
        for column, values in columns.items():
            if values.dtype != object and values.isna().any():
                columns[column] = values.astype(object).where(values.notna(), None)
    return pd.DataFrame(columns), np.flatnonzero(risky).tolist(), dates
