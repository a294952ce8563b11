"""The deliverables as tables and files, called directly: columns, order, rounding, formula-safe text, the
workbook's format and its summary sheet. Expected values are written out or computed independently."""

import datetime
import io
import statistics

import openpyxl
import pandas as pd
import pytest

from wine_luigi.contract import SOURCES
from wine_luigi.export import (
    rejects_table,
    sales_summary,
    sales_table,
    segment_table,
    shown_z,
    write_csv,
    write_xlsx,
)
from wine_luigi.storage import CSV_ENCODING

PRICES = [10.0, 12.5, 8.0, 24.2, 99.0, 15.0]


def scored(prices=PRICES, z=None, segment=None):
    n = len(prices)
    mean, std = statistics.mean(prices), statistics.stdev(prices)
    z = z if z is not None else [(p - mean) / std for p in prices]
    segment = segment if segment is not None else ["premium" if v >= 2 else "ordinary" for v in z]
    return pd.DataFrame(
        {
            "product_id": range(101, 101 + n),
            "sku": [f"sku-{i}" for i in range(n)],
            "post_title": [f"Wine {i}" for i in range(n)],
            "onsale_web": [1] * n,
            "stock_quantity": [3] * n,
            "total_sales": [2.0, 0.0, 5.0, 1.0, 1.0, 3.0][:n],
            "price": prices,
            "sales_product": [round(t * p, 2) for t, p in zip([2.0, 0.0, 5.0, 1.0, 1.0, 3.0], prices)],
            "z_score": z,
            "segment": pd.Series(segment, dtype="string"),
        }
    )


def csv_text(table):
    out = io.StringIO()
    write_csv(table, out)
    return out.getvalue()


# --- CSV ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["=1+1", "+33 6 12 34 56 78", "-5 % sur le carton", "@SUM(A1:A9)"])
def test_csv_text_that_excel_would_evaluate_gets_an_apostrophe(title):
    table = pd.DataFrame({"sku": ["1", "2", "3"], "post_title": [title, "Pomerol 2015", None]})
    assert csv_text(table) == f"sku,post_title\n1,'{title}\n2,Pomerol 2015\n3,\n"


def test_csv_replaces_what_no_file_can_hold():
    table = pd.DataFrame({"post_title": ["Ch\ud800teau", "Margaux\x0b\x00 été 🍷"]}, dtype=object)
    assert csv_text(table) == "post_title\nCh\ufffdteau\nMargaux\ufffd\ufffd été 🍷\n"


def test_csv_writes_whole_counts_as_whole_numbers_and_keeps_the_rest():
    table = pd.DataFrame({"total_sales": [5.0, 0.0], "stock_quantity": [3.0, 12.0], "price": [24.0, 8.5]})
    assert csv_text(table) == "total_sales,stock_quantity,price\n5,3,24.0\n0,12,8.5\n"
    assert csv_text(pd.DataFrame({"total_sales": [2.5, 1.0]})) == "total_sales\n2.5\n1.0\n"
    assert csv_text(pd.DataFrame({"sku": ["a", "b"], "total_sales": [5.0, None]})) == "sku,total_sales\na,5\nb,\n"


def test_csv_quotes_a_carriage_return_so_that_its_row_stays_one_row():
    """A title with a bare carriage return (a web export's text can hold one) is written in quotes: pandas, with the
    csv module of Python before 3.11.9, wrote it bare, and Excel, pandas and the csv module split the row there."""
    table = pd.DataFrame({"sku": ["1", "2"], "post_title": ["Pomerol\r2015", "Margaux"]}, dtype="string")
    text = csv_text(table)
    assert text == 'sku,post_title\n1,"Pomerol\r2015"\n2,Margaux\n'
    assert pd.read_csv(io.StringIO(text), dtype=str).values.tolist() == [["1", "Pomerol\r2015"], ["2", "Margaux"]]
    assert csv_text(pd.DataFrame({"post_title": ["a\rb", ""]}, dtype=object)) == 'post_title\n"a\rb"\n""\n'


def test_csv_writes_empty_cells_as_empty_fields_in_every_kind_of_column():
    table = pd.DataFrame(
        {
            "price": [1.5, None],
            "post_title": pd.Series(["Pomerol", float("nan")], dtype=object),
            "stock_quantity": pd.Series([3, None], dtype="Int64"),
            "sku": pd.Series([None, "15298"], dtype="string"),
        }
    )
    assert csv_text(table) == "price,post_title,stock_quantity,sku\n1.5,Pomerol,3,\n,,,15298\n"


def test_csv_of_a_column_neither_text_nor_number_is_written_as_pandas_writes_it():
    """No deliverable has one; the text is then pandas' own, with the same header, separator and line ends."""
    table = pd.DataFrame({"id": pd.Series([4043, "13127-1"], dtype=object), "on_sale": [True, False]})
    assert csv_text(table) == "id,on_sale\n4043,True\n13127-1,False\n"
    assert csv_text(table.assign(note=["a,b", None])) == 'id,on_sale,note\n4043,True,"a,b"\n13127-1,False,\n'
    # a column of one such kind alone: pandas' True, not Arrow's true; a date as pandas says it, not numpy's
    assert csv_text(pd.DataFrame({"on_sale": [True, False]})) == "on_sale\nTrue\nFalse\n"
    dates = pd.DataFrame({"date_created": pd.to_datetime(["2026-01-15", None]), "sku": ["15298", "4043"]})
    assert csv_text(dates) == "date_created,sku\n2026-01-15,15298\n,4043\n"
    assert csv_text(dates.assign(date_created=pd.to_datetime(["2026-01-15 10:30", None]))) == (
        "date_created,sku\n2026-01-15 10:30:00,15298\n,4043\n"
    )


def test_csv_files_start_with_a_byte_order_mark():
    assert CSV_ENCODING == "utf-8-sig"
    assert "é".encode(CSV_ENCODING) == b"\xef\xbb\xbf\xc3\xa9"


# --- tables ------------------------------------------------------------------------------------


def test_sales_table_has_the_contract_columns_by_revenue_then_product_id():
    s = scored().assign(sales_product=[20.0, 0.0, 40.0, 20.0, 99.0, 45.0])
    table = sales_table(s)
    assert table.columns.tolist() == [
        "product_id",
        "sku",
        "post_title",
        "onsale_web",
        "stock_quantity",
        "total_sales",
        "price",
        "sales_product",
    ]
    assert table["product_id"].tolist() == [105, 106, 103, 101, 104, 102]


def test_segments_are_sorted_by_exact_z_then_product_id_and_split_at_two():
    s = scored(
        z=[2.5, 2.0, -0.3, 1.2, 2.5, 1.999],
        segment=["premium", "premium", "ordinary", "ordinary", "premium", "ordinary"],
    )
    premium, ordinary = segment_table(s, "premium"), segment_table(s, "ordinary")
    assert premium.columns.tolist() == [
        "z_score",
        "product_id",
        "sku",
        "post_title",
        "total_sales",
        "price",
        "sales_product",
    ]
    assert premium["product_id"].tolist() == [101, 105, 102]
    assert ordinary["product_id"].tolist() == [106, 104, 103]
    assert premium["z_score"].tolist() == [2.5, 2.5, 2.0]
    assert ordinary["z_score"].tolist() == [1.99, 1.2, -0.3]


@pytest.mark.parametrize(
    "z, segment, shown",
    [
        (1.996, "ordinary", 1.99),  # would round to 2.00: an ordinary product never shows the threshold
        (1.99999999, "ordinary", 1.99),
        (1.9999999999, "premium", 2.0),  # premium by the 9-decimal comparison
        (2.004, "premium", 2.0),
        (2.345, "premium", 2.35),  # 2.345 is 2.34500000000000019984 in binary
        (-0.004, "ordinary", 0.0),
        (-1.2345, "ordinary", -1.23),
    ],
)
def test_z_is_shown_to_two_decimals_on_its_segments_side(z, segment, shown):
    value = shown_z(pd.DataFrame({"z_score": [z], "segment": pd.Series([segment], dtype="string")})).iloc[0]
    assert value == shown
    assert str(value) != "-0.0"


def test_rejects_table_lists_every_dropped_row_with_what_identifies_it():
    triaged = {
        "web": pd.DataFrame(
            {
                "row": [2, 3, 4],
                "sku": ["15298", None, "15299"],
                "post_type": ["attachment", "product", "product"],
                "post_title": ["Pomerol", "Condrieu", "Bandol"],
                "reason": pd.Series(["attachment", "missing_sku", None], dtype="string"),
            }
        ),
        "link": pd.DataFrame(
            {
                "row": [7],
                "product_id": ["3847"],
                "id_web": [None],
                "reason": pd.Series(["missing_id_web"], dtype="string"),
            }
        ),
    }
    triaged["web"].loc[1, "post_title"] = None  # what a row does not have is left out of its detail
    table = rejects_table(triaged, SOURCES, {"web": "Fichier_web.xlsx", "link": "fichier_liaison.xlsx"})
    assert table.columns.tolist() == ["source", "file", "row", "key_column", "key", "reason", "detail"]
    assert table.index.tolist() == [0, 1, 2]
    assert table.astype(object).where(table.notna(), None).values.tolist() == [
        ["web", "Fichier_web.xlsx", 2, "sku", "15298", "attachment", "post_type=attachment; post_title=Pomerol"],
        ["web", "Fichier_web.xlsx", 3, "sku", None, "missing_sku", "post_type=product"],
        ["link", "fichier_liaison.xlsx", 7, "product_id", "3847", "missing_id_web", ""],
    ]
    assert csv_text(table).splitlines()[1:] == [  # a row number is written as one (2, not 2.0)
        "web,Fichier_web.xlsx,2,sku,15298,attachment,post_type=attachment; post_title=Pomerol",
        "web,Fichier_web.xlsx,3,sku,,missing_sku,post_type=product",
        "link,fichier_liaison.xlsx,7,product_id,3847,missing_id_web,",
    ]


def test_no_rejects_is_an_empty_table_with_the_columns():
    assert rejects_table({}, SOURCES, {}).columns.tolist() == [
        "source",
        "file",
        "row",
        "key_column",
        "key",
        "reason",
        "detail",
    ]


# --- the workbook ------------------------------------------------------------------------------


def test_summary_sheet_figures_are_computed_from_the_products():
    s = scored()
    mean, std = statistics.mean(PRICES), statistics.stdev(PRICES)
    premium = sum((p - mean) / std >= 2 for p in PRICES)
    summary = sales_summary(s)
    assert [label for label, _, _ in summary] == [
        "products",
        "total revenue",
        "premium products (z ≥ 2)",
        "ordinary products (z < 2)",
        "price mean",
        "price std (n − 1)",
        "premium from price",
    ]
    values = {label: value for label, value, _ in summary}
    assert values["products"] == 6
    assert values["total revenue"] == round(sum(s["sales_product"]), 2) == 20.0 + 40.0 + 24.2 + 99.0 + 45.0
    assert (values["premium products (z ≥ 2)"], values["ordinary products (z < 2)"]) == (premium, 6 - premium) == (1, 5)
    assert values["price mean"] == pytest.approx(mean)
    assert values["price std (n − 1)"] == pytest.approx(std)
    assert values["premium from price"] == pytest.approx(mean + 2 * std)
    assert [money for _, _, money in summary] == [False, True, False, False, True, True, True]


def workbook(table, **kwargs):
    out = io.BytesIO()
    write_xlsx(table, out, **kwargs)
    out.seek(0)
    return openpyxl.load_workbook(out)


def test_workbook_column_widths_fit_their_content_up_to_a_cap():
    table = pd.DataFrame(
        {
            "sku": ["15298", "13127-1"],
            "post_title": ["Pomerol " * 3, "x" * 200],
            "price": [1.5, 12345.25],
            "empty": [None, None],
        }
    )
    sheet = workbook(table).worksheets[0]
    widths = [sheet.column_dimensions[c].width for c in "ABCD"]
    expected = [
        len("13127-1") + 2,
        60,
        len("12345.25") + 2,
        len("empty") + 2,
    ]  # longest text or header, + 2; 60 at most
    assert widths == pytest.approx([w + 0.71 for w in expected], abs=0.02)  # XlsxWriter adds Excel's cell padding


def test_workbook_cells_formats_and_summary():
    s = scored()
    table = sales_table(s)
    book = workbook(table, money=("price", "sales_product"), summary=sales_summary(s))
    sheet, side = book["sales_product"], book["summary"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == table.columns.tolist()
    assert rows[1:] == table.astype(object).values.tolist()
    assert all(c.font.b for c in sheet[1]) and not any(c.font.b for c in sheet[2])
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:H7"
    assert [sheet.cell(2, col).number_format for col in range(1, 9)] == ["General"] * 6 + ['#,##0.00 "€"'] * 2
    assert sheet.column_dimensions["C"].width == pytest.approx(len("post_title") + 2, abs=1)
    rows = list(side.iter_rows())
    assert [c.value for c in rows[0]] == ["figure", "value"] and all(
        c.font.b for c in rows[0]
    )  # a header, as on the first sheet
    assert [[c.value for c in row] for row in rows[1:]] == [
        [label, pytest.approx(value, rel=1e-14)] for label, value, _ in sales_summary(s)
    ]
    assert [row[1].number_format for row in rows[1:]] == [
        '#,##0.00 "€"' if money else "General" for _, _, money in sales_summary(s)
    ]
    assert all(row[0].font.b and not row[1].font.b for row in rows[1:])
    assert (side.column_dimensions["A"].width, side.column_dimensions["B"].width) == pytest.approx(
        (28.71, 18.71), abs=0.02
    )


@pytest.mark.parametrize("title", ["=1+1", "+33 6 12 34 56 78", "-5 %", "@SUM(A1)"])
def test_workbook_stores_formula_looking_text_as_text(title):
    table = pd.DataFrame({"sku": ["15298", "15299"], "post_title": [title, "Pomerol"], "price": [1.0, None]})
    sheet = workbook(table, money=("price",)).worksheets[0]
    assert (sheet["B2"].value, sheet["B2"].data_type, sheet["B2"].quotePrefix) == (title, "s", True)
    assert (sheet["B3"].value, sheet["B3"].quotePrefix) == ("Pomerol", False)
    assert sheet["A2"].value == "15298" and sheet["A2"].data_type == "s"  # text stays text, never a number
    assert sheet["A2"].quotePrefix and not sheet["A3"].quotePrefix  # the row that holds it is marked as text…
    assert (sheet["C2"].value, sheet["C2"].number_format, sheet["C2"].quotePrefix) == (
        1.0,
        '#,##0.00 "€"',
        False,
    )  # …not its amounts
    assert sheet["C3"].value is None


def test_workbook_replaces_what_no_file_can_hold():
    table = pd.DataFrame({"post_title": ["Ch\ud800teau", "Margaux\x0b été 🍷"]}, dtype=object)
    sheet = workbook(table).worksheets[0]
    assert [sheet["A2"].value, sheet["A3"].value] == ["Ch\ufffdteau", "Margaux\ufffd été 🍷"]


def test_workbook_text_columns_as_the_pipeline_holds_them():
    """Titles come back from parquet as a string dtype, with empty ones: cleaned, and empty cells left empty."""
    table = pd.DataFrame(
        {
            "sku": ["1", "2", "3"],
            "post_title": pd.Series(["Margaux\x0b 2015", None, "=1+1"], dtype="string"),
            "price": [1.0, 2.0, 3.0],
        }
    )
    sheet = workbook(table, money=("price",)).worksheets[0]
    assert [sheet["B2"].value, sheet["B3"].value, sheet["B4"].value] == ["Margaux\ufffd 2015", None, "=1+1"]
    assert sheet["B3"].data_type == "n" and sheet["B4"].quotePrefix


def test_workbook_leaves_empty_cells_empty_beside_a_column_of_mixed_cells():
    """A product_id from 2^53 on is a text cell among number cells (a number cell could round it); the frame is then
    written cell by cell, where an empty title, a missing amount or a missing count stay empty cells (they were
    written as the text "<NA>", or refused)."""
    long_id = 9007199254740993
    table = pd.DataFrame(
        {
            "product_id": pd.Series([long_id, 4043], dtype="int64"),
            "post_title": pd.Series([None, "Pomerol"], dtype="string"),
            "stock_quantity": pd.Series([None, 3], dtype="Int64"),
            "price": [None, 24.5],
        }
    )
    sheet = workbook(table, money=("price",)).worksheets[0]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert rows == [[str(long_id), None, None, None], [4043, "Pomerol", 3, 24.5]]
    assert (sheet["A2"].data_type, sheet["A3"].data_type) == ("s", "n")


def test_workbook_cuts_a_text_at_the_32767_characters_a_cell_holds():
    title = "Pomerol " + "x" * 40_000
    table = pd.DataFrame({"sku": ["1", "2"], "post_title": pd.Series([title, "Margaux"], dtype="string")})
    sheet = workbook(table).worksheets[0]
    assert (sheet["B2"].value, sheet["B3"].value) == (title[:32_767], "Margaux")


def test_workbook_marks_each_row_holding_formula_looking_text_in_any_column():
    table = pd.DataFrame({"sku": ["=1", "2", "3"], "post_title": ["Pomerol", "+33 6", "Margaux"]})
    sheet = workbook(table).worksheets[0]
    assert [sheet[f"A{row}"].quotePrefix for row in (2, 3, 4)] == [True, True, False]
    assert [sheet[f"A{row}"].value for row in (2, 3, 4)] == ["=1", "2", "3"]


def test_workbook_holds_a_date_as_excel_does_and_2_53_as_text():
    made = [pd.Timestamp("2026-01-31 18:30"), pd.Timestamp("1999-12-31")]
    table = pd.DataFrame({"product_id": pd.Series([2**53, 4043], dtype="int64"), "made": made})
    sheet = workbook(table).worksheets[0]
    assert [sheet["B2"].value, sheet["B3"].value] == [
        datetime.datetime(2026, 1, 31, 18, 30),
        datetime.datetime(1999, 12, 31),
    ]
    assert sheet["B2"].is_date
    assert (sheet["A2"].value, sheet["A2"].data_type, sheet["A3"].value) == ("9007199254740992", "s", 4043)
