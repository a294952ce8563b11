"""Faster readers and writers, the same deliverables: the exports read through Arrow (fastexcel) give the raw
frames the pandas/calamine reader gave; the workbook written by rust_xlsxwriter holds, cell by cell and
format by format, what XlsxWriter wrote; the CSV files built by Arrow are, byte for byte, what pandas' to_csv
wrote (tests/reference_writer.py keeps those writers). On the shop's real exports and on exports ten times their
size."""

import io

import openpyxl
import pandas as pd
import pytest
from reference_writer import write_csv_before, write_xlsx_before

from helpers import BOTTLENECK, FILES, write_sources
from wine_luigi.contract import SOURCES
from wine_luigi.export import rejects_table, sales_summary, sales_table, segment_table, write_csv, write_xlsx
from wine_luigi.raw_frame import frame_from_cells
from wine_luigi.readers import read_source
from wine_luigi.rules import ROW


@pytest.fixture(scope="module")
def x10(tmp_path_factory):
    return write_sources(tmp_path_factory.mktemp("x10"), products=8250, seed=3)


def read_before(path, source):
    """How exports were read before: pandas over python-calamine, every cell as the Python value it holds."""
    cells = pd.read_excel(path, sheet_name=0, header=None, dtype=object, engine="calamine")
    cells.index += 1  # the sheet's row numbers
    return frame_from_cells(cells, source, path.name)


@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize("exports", ["real", "x10"])
def test_the_exports_are_read_as_before(name, exports, x10):
    path = (BOTTLENECK if exports == "real" else x10) / FILES[name]
    source = SOURCES[name]
    now, _ = read_source(path, source)
    before = read_before(path, source)
    columns = [ROW, *source.required]
    pd.testing.assert_frame_equal(now[columns], before[columns], check_dtype=False)
    assert list(now.columns) == list(before.columns)
    assert now.attrs["header"] == before.attrs["header"]


def cells(book, sheet, skip=0):
    """(value, number format, bold, text marker) of every cell of a sheet, from its `skip`-th row."""
    return [
        [(c.value, c.number_format, bool(c.font.b), bool(c.quotePrefix)) for c in row]
        for row in book[sheet].iter_rows(min_row=skip + 1)
    ]


def scored_month(exports):
    """The scored products of a month, built with the pipeline's own rules (what ExportSalesXlsx receives)."""
    from wine_luigi.rules import add_sales, add_zscore, kept, merge, triage, typed

    rows = {
        name: typed(kept(triage(read_source(exports / FILES[name], SOURCES[name])[0], SOURCES[name])), SOURCES[name])
        for name in FILES
    }
    web = rows["web"][rows["web"]["post_type"] == "product"]
    return add_zscore(add_sales(merge(rows["erp"], rows["link"], web)))


@pytest.mark.parametrize("exports", ["real", "x10"])
def test_the_workbook_holds_what_it_held(exports, x10):
    scored = scored_month(BOTTLENECK if exports == "real" else x10)
    table, summary = sales_table(scored), sales_summary(scored)
    now, before = io.BytesIO(), io.BytesIO()
    write_xlsx(table, now, money=("price", "sales_product"), summary=summary)
    write_xlsx_before(table, before, money=("price", "sales_product"), summary=summary)
    new, old = openpyxl.load_workbook(now), openpyxl.load_workbook(before)
    assert new.sheetnames == old.sheetnames == ["sales_product", "summary"]
    assert cells(new, "sales_product") == cells(old, "sales_product")
    data_new, data_old = new["sales_product"], old["sales_product"]
    assert (data_new.freeze_panes, data_new.auto_filter.ref) == (data_old.freeze_panes, data_old.auto_filter.ref)
    assert {k: d.width for k, d in data_new.column_dimensions.items()} == {
        k: d.width for k, d in data_old.column_dimensions.items()
    }
    # the summary: the same figures, labels and formats, in the same order; it now has a header row, as the
    # first sheet has (the one thing rust_xlsxwriter's bindings cannot leave out)
    assert [v for v, *_ in cells(new, "summary")[0]] == ["figure", "value"]
    new_rows, old_rows = cells(new, "summary", skip=1), cells(old, "summary")
    assert [(label[0], label[2], value[1:]) for label, value in new_rows] == [
        (label[0], label[2], value[1:]) for label, value in old_rows
    ]
    # XlsxWriter wrote 16 significant digits, rust_xlsxwriter writes the float exactly (price std: …323708, was …32371)
    assert [value[0] for _, value in new_rows] == [pytest.approx(value[0], rel=1e-15) for _, value in old_rows]


def test_formula_looking_text_is_text_as_before_and_only_its_row_is_marked():
    table = pd.DataFrame(
        {"product_id": [1, 2], "sku": ["15298", "15299"], "post_title": ["=1+1", "Pomerol"], "price": [1.0, 2.0]}
    )
    now, before = io.BytesIO(), io.BytesIO()
    write_xlsx(table, now, money=("price",))
    write_xlsx_before(table, before, money=("price",))
    new, old = openpyxl.load_workbook(now)["sales_product"], openpyxl.load_workbook(before)["sales_product"]
    for ref in ("A2", "B2", "C2", "D2", "A3", "B3", "C3", "D3"):
        assert (new[ref].value, new[ref].data_type, new[ref].number_format) == (
            old[ref].value,
            old[ref].data_type,
            old[ref].number_format,
        )
    assert new["C2"].quotePrefix and old["C2"].quotePrefix  # the formula-looking title: text, marked as text
    assert [new[r].quotePrefix for r in ("A2", "B2", "D2", "A3", "B3", "C3", "D3")] == [
        True,
        True,
        False,
        False,
        False,
        False,
        False,
    ]


@pytest.mark.parametrize("exports", ["real", "x10"])
def test_the_csv_files_are_byte_for_byte_what_they_were(exports, x10):
    from wine_luigi.rules import triage

    folder = BOTTLENECK if exports == "real" else x10
    scored = scored_month(folder)
    triaged = {name: triage(read_source(folder / FILES[name], SOURCES[name])[0], SOURCES[name]) for name in FILES}
    tables = [
        segment_table(scored, "premium"),
        segment_table(scored, "ordinary"),
        rejects_table(triaged, SOURCES, FILES),
    ]
    for table in tables:
        now, before = io.StringIO(), io.StringIO()
        write_csv(table, now)
        write_csv_before(table, before)
        assert now.getvalue() == before.getvalue()
    assert all(len(t) for t in tables)  # every file compared holds rows
    if exports == "real":
        assert [len(t) for t in tables[:2]] == [30, 684]
