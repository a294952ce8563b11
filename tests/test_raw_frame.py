import re
import zipfile

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from wine_luigi.contract import ERP, LINK, WEB
from wine_luigi.errors import LoadError
from wine_luigi.export import write_xlsx
from wine_luigi.raw_frame import canonical_text, frame_from_cells, normalise_header
from wine_luigi.readers import read_source


def cells(rows):
    """Cells as a reader gives them: indexed by the sheet's row number."""
    return pd.DataFrame(rows, dtype=object, index=range(1, len(rows) + 1))


@pytest.mark.parametrize("value", [15298, 15298.0, "15298", "15298.0", " 15298 ", "15298.00"])
def test_numeric_looking_keys_become_the_same_text(value):
    assert canonical_text(pd.Series([value], dtype=object)).tolist() == ["15298"]


@pytest.mark.parametrize("value", ["13127-1", "bon-cadeau-25-euros", "15298.5", "0015298"])
def test_other_keys_are_kept_as_written(value):
    assert canonical_text(pd.Series([value], dtype=object)).tolist() == [value]


@pytest.mark.parametrize(
    "value, canonical", [("١٢.0", "١٢"), ("Château 12.0", "Château 12.0"), ("+7.", "+7"), ("-3.000", "-3")]
)
def test_canonical_keys_in_any_script_as_python_reads_digits(value, canonical):
    assert canonical_text(pd.Series(["Pré", value], dtype=object)).tolist() == ["Pré", canonical]


cell_text = st.text(st.sampled_from("0123456789٣.+-eé x\n\t\u00a0"), max_size=8)


@given(st.lists(st.one_of(st.none(), cell_text), max_size=20))
def test_canonical_text_is_python_s_trim_and_integer_rule(cells):
    expected = [None if v is None or not v.strip() else re.sub(r"^([+-]?\d+)\.0*$", r"\1", v.strip()) for v in cells]
    got = canonical_text(pd.Series(cells, dtype=object))
    assert got.astype(object).where(got.notna(), None).tolist() == expected


def test_blank_cells_are_missing():
    assert canonical_text(pd.Series([None, "", "   ", float("nan")], dtype=object)).isna().all()


def test_header_names_are_trimmed_and_case_folded():
    assert normalise_header([" SKU ", "Total_Sales", None, "sku"]) == ["sku", "total_sales", "unnamed_3", "sku__2"]


def test_frame_numbers_rows_like_the_sheet_and_keeps_header():
    raw = frame_from_cells(
        cells([[" Product_ID", "ID_WEB "], [3847, 15298.0], [3849, "13127-1"]]), LINK, "fichier_liaison.xlsx"
    )
    assert raw.columns.tolist() == ["row", "product_id", "id_web"]
    assert raw["row"].tolist() == [2, 3]
    assert raw["id_web"].tolist() == ["15298", "13127-1"]
    assert raw.attrs == {"file": "fichier_liaison.xlsx", "header": [" Product_ID", "ID_WEB "]}


def test_passthrough_columns_with_mixed_types_become_text(tmp_path):
    raw = frame_from_cells(
        cells(
            [
                ["sku", "total_sales", "post_title", "post_type", "extra"],
                ["1", 2, "t", "product", 5],
                ["2", 3, "u", "product", "x"],
            ]
        ),
        WEB,
        "w.xlsx",
    )
    raw.to_parquet(tmp_path / "raw.parquet")  # mixed object columns would not store
    assert raw["extra"].tolist() == ["5", "x"]


def test_header_only_sheet_gives_no_rows():
    assert len(frame_from_cells(cells([["product_id", "id_web"]]), LINK, "l.xlsx")) == 0


def test_reads_a_real_workbook_with_header_drift(tmp_path):
    path = tmp_path / "Fichier_erp.xlsx"
    frame = pd.DataFrame(
        {
            " Product_Id ": [1, 2],
            "ONSALE_WEB": [1, 0],
            "Price ": [9.5, 12],
            "stock_quantity": [3, 0],
            "Stock_Status": ["instock", "outofstock"],
        }
    )
    with open(path, "wb") as f:
        write_xlsx(frame, f)
    raw, how = read_source(path, ERP)
    assert how == "sheet 'sales_product'"
    assert raw.columns.tolist() == ["row", "product_id", "onsale_web", "price", "stock_quantity", "stock_status"]
    assert raw["product_id"].tolist() == ["1", "2"]
    assert raw["price"].tolist() == ["9.5", "12"]


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"", "the file is empty (0 bytes)"),
        (
            b"product_id;price\n1;2\n",
            "not an xlsx workbook: this is CSV text (';' separated, utf-8); rename it to Fichier_web.csv",
        ),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not an xlsx workbook (neither a workbook nor CSV text)"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "password-protected or an old .xls file"),
        (b"PK\x03\x04garbage that is not a zip", "not a readable xlsx workbook"),
    ],
    ids=["empty", "csv", "image", "encrypted", "truncated"],
)
def test_unusable_files_name_the_file_and_the_problem(tmp_path, content, expected):
    path = tmp_path / "Fichier_web.xlsx"
    path.write_bytes(content)
    with pytest.raises(LoadError) as error:
        read_source(path, WEB)
    assert str(path) in str(error.value)
    assert expected in str(error.value)


def test_a_zip_that_is_not_a_workbook_is_unreadable(tmp_path):
    path = tmp_path / "Fichier_erp.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "not a workbook")
    with pytest.raises(LoadError, match="not a readable xlsx workbook"):
        read_source(path, ERP)
