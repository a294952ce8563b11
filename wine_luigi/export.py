"""The month's deliverables as tables, and their writers (xlsx and csv, formula-safe)."""
import csv

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from wine_luigi.rules import REASON, ROW

SALES_COLUMNS = ["product_id", "sku", "post_title", "onsale_web", "stock_quantity", "total_sales", "price", "sales_product"]
SEGMENT_COLUMNS = ["z_score", "product_id", "sku", "post_title", "total_sales", "price", "sales_product"]
REJECT_COLUMNS = ["source", "file", "row", "key_column", "key", "reason", "detail"]
FORMULA_START = ("=", "+", "-", "@")


def sales_table(scored):
    """sales_product.xlsx: one row per merged product, by sales_product desc then product_id."""
    return scored.sort_values(["sales_product", "product_id"], ascending=[False, True])[SALES_COLUMNS]


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


def write_csv(table, f):
    """UTF-8, comma, header; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column]
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def write_xlsx(table, f, sheet="sales_product"):
    """The table as the first sheet of a workbook; text is always stored as text, never as a formula."""
    book = Workbook(write_only=True)
    sheet_ = book.create_sheet(sheet)
    sheet_.append(list(table.columns))
    for row in table.astype(object).where(table.notna(), None).itertuples(index=False, name=None):
        sheet_.append([_text_cell(sheet_, v) if _looks_like_formula(v) else v for v in row])
    book.save(f)


def _text_cell(sheet, value):
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell
