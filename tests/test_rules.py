import pandas as pd
import pytest

from helpers import erp, frame, link, text, web
from wine_luigi.contract import ERP, LINK, WEB
from wine_luigi.rules import (
    REASON,
    add_sales,
    add_zscore,
    clean,
    dedup,
    kept,
    merge,
    parse,
    sales_cents,
    to_float,
    to_int,
    total_revenue,
    triage,
    typed,
)


def reasons(df):
    return df[REASON].astype(object).where(df[REASON].notna(), None).tolist()


@pytest.mark.parametrize(
    "value, typ, expected, invalid",
    [
        ("3847", "int", 3847, False),
        ("abc", "int", None, True),
        ("3847.5", "int", None, True),
        ("1e30", "int", None, True),  # no 64-bit integer holds it: flagged, not a crash
        ("-9223372036854775809", "int", None, True),
        ("1e15", "int", 10**15, False),
        ("9007199254740993", "int", 9007199254740993, False),  # digits are read exactly, not through a float
        ("9223372036854775807", "int", 2**63 - 1, False),
        ("1e16", "int", None, True),  # a float this large no longer holds every whole number
        ("٣٨٤٧", "int", 3847, False),  # digits of another script, as Python reads them
        ("12.50", "number", 12.5, False),
        ("12,50", "number", None, True),
        ("inf", "number", None, True),
        (None, "number", None, False),
        ("13127-1", "text", "13127-1", False),
    ],
)
def test_parse_types_values_and_flags_unreadable_cells(value, typ, expected, invalid):
    values, bad = parse(text([value]), typ)
    assert bool(bad.iloc[0]) is invalid
    assert (None if pd.isna(values.iloc[0]) else values.iloc[0]) == expected


@pytest.mark.parametrize(
    "source, rows, expected",
    [
        (
            ERP,
            [[None, 1, 9, 1, "instock"], ["abc", 1, 9, 1, "instock"], ["12", 1, 9, 1, "instock"]],
            ["missing_product_id", "invalid_product_id", None],
        ),
        (WEB, [[None, 1, "Pomerol", "product"], ["15298", 1, "Pomerol", "product"]], ["missing_sku", None]),
        (
            LINK,
            [["3847", None], ["x", "15298"], [None, "15299"], ["3849", "15300"]],
            ["missing_id_web", "invalid_product_id", "missing_product_id", None],
        ),
    ],
    ids=["erp", "web", "link"],
)
def test_clean_gives_each_dropped_row_its_reason(source, rows, expected):
    columns = source.required
    assert reasons(clean(frame(rows, columns), source)) == expected


def test_attachment_is_rejected_and_product_kept_even_when_sales_differ():
    rows = web([["15298", 5, "Pomerol", "attachment"], ["15298", 3, "Pomerol", "product"]])
    out = triage(rows, WEB)
    assert reasons(out) == ["attachment", None]
    assert kept(out)["total_sales"].tolist() == ["3"]


def test_attachment_type_is_matched_whatever_its_case():
    assert reasons(triage(web([["1", 1, "t", "Attachment"]]), WEB)) == ["attachment"]


def test_identical_rows_collapse_to_the_first():
    rows = erp([["12", 1, 9.5, 3, "instock"], ["12", 1, 9.5, 3, "instock"], ["13", 1, 9.5, 3, "instock"]])
    assert reasons(triage(rows, ERP)) == [None, "duplicate", None]


def test_rows_sharing_a_key_with_different_values_are_both_kept_for_the_gate():
    rows = erp([["12", 1, 9.5, 3, "instock"], ["12", 1, 10.5, 3, "instock"]])
    assert reasons(triage(rows, ERP)) == [None, None]


def test_duplicates_ignore_already_rejected_rows():
    rows = web([[None, 1, "t", "product"], [None, 1, "t", "product"]])
    assert reasons(triage(rows, WEB)) == ["missing_sku", "missing_sku"]


def test_dedup_is_idempotent():
    rows = triage(erp([["12", 1, 9.5, 3, "instock"], ["12", 1, 9.5, 3, "instock"]]), ERP)
    assert reasons(dedup(rows, ERP)) == reasons(rows)


def merged_frames():
    e = typed(
        kept(triage(erp([["1", 1, 10, 5, "instock"], ["2", 1, 20, 0, "outofstock"], ["3", 0, 30, 1, "instock"]]), ERP)),
        ERP,
    )
    l_ = typed(kept(triage(link([["1", "15298.0"], ["2", "13127-1"], ["3", None]]), LINK)), LINK)
    w = typed(
        kept(
            triage(web([[15298, 2, "A", "product"], ["13127-1", 1, "B", "product"], ["999", 4, "C", "product"]]), WEB)
        ),
        WEB,
    )
    return e, l_, w


def test_parse_gives_whole_numbers_a_whole_number_type():
    values, _ = parse(text(["3847", "12", None]), "int")
    assert str(values.dtype) == "Int64"
    assert str(parse(text(["1.5"]), "number")[0].dtype) == "float64"


def test_merge_joins_on_the_keys_only_whatever_other_columns_share_a_name():
    e, l_, w = merged_frames()
    e, l_ = e.assign(index=[10, 11, 12]), l_.assign(index=[20, 21])  # an "Index" column in every export
    m = merge(e, l_, w.assign(index=[30, 31, 32]))
    assert m["product_id"].tolist() == [1, 2]
    assert m.index.tolist() == [0, 1]


def test_merge_joins_numeric_and_text_skus_and_keeps_row_numbers():
    m = merge(*merged_frames())
    assert m["product_id"].tolist() == [1, 2]
    assert m["sku"].tolist() == ["15298", "13127-1"]
    assert {"erp_row", "link_row", "web_row"} <= set(m.columns)


@pytest.mark.parametrize(
    "total_sales, price, cents",
    [
        (3, 1.005, 302),
        (1, 0.125, 13),
        (2, 24.2, 4840),
        (0, 99.9, 0),
        (7, 12.345, 8642),
        (1.5, 0.01, 2),
        (3, 2.675, 803),
        (7_960_295, 632.155, 503214028573),  # 5,032,140,285.725 €: half a cent in 5e17 units of 1e-8 €, which a float
        # no longer holds to the unit (it gives ...72)
    ],
)
def test_sales_is_rounded_half_up_to_the_cent_exactly(total_sales, price, cents):
    assert sales_cents(pd.Series([float(total_sales)]), pd.Series([price])).tolist() == [cents]


@pytest.mark.parametrize(
    "total_sales, price, cents",
    [
        (3.0, 0.33335, 100),  # 1.00005 €
        (100.0, 0.00005, 1),  # exactly half a cent: up, never to the even 0
        (100.0, 0.00015, 2),  # 1.5 cents: up to 2 (half-even would give 2 too, half-down 1)
        (1.0, 0.004999, 0),
        (0.0001, 149.9999, 1),  # 0.01499999 €: just under a cent and a half
        (0.0001, 150.0001, 2),
        (0.00005, 100.0, 1),  # five decimals in total_sales: half a cent, up
        (100000.0, 1000000.0, 10**13),  # beyond what a 64-bit integer holds in units of 1e-8 €
        (123456.7891, 98765.4321, 1219326312114),  # 12,193,263,121.14007011 € (Decimal), in integer units beyond 2**53
    ],
)
def test_sales_with_more_decimals_is_rounded_half_up_exactly(total_sales, price, cents):
    assert sales_cents(pd.Series([total_sales]), pd.Series([price])).tolist() == [cents]


def test_sales_cents_keep_the_rows_index():
    index = pd.Index([7, 3, 9])
    assert sales_cents(
        pd.Series([1.0, 2.0, 3.0], index=index), pd.Series([1.0, 1.5, 0.333335], index=index)
    ).index.equals(index)
    assert sales_cents(pd.Series([1.0], index=[4]), pd.Series([2.5], index=[4])).index.tolist() == [4]


def test_total_is_the_exact_sum_of_the_rounded_products():
    sales = add_sales(pd.DataFrame({"total_sales": [1.0] * 10, "price": [0.1] * 10}))
    assert sales["sales_product"].tolist() == [0.1] * 10
    assert total_revenue(sales) == 1.0


def test_a_total_past_64_bits_of_cents_is_summed_exactly():
    """Two products of 6e16 € (priced past the 4-decimal fast path) are 1.2e19 cents in all, past a 64-bit
    integer: the sum is Python's, so it does not wrap to a negative total."""
    assert total_revenue(pd.DataFrame({"total_sales": [1.0, 1.0], "price": [6e16, 6e16]})) == 1.2e17


def test_a_whole_number_is_read_exactly_within_64_bits_and_in_another_notation_below_2_53():
    cells = {
        "9223372036854775807": 2**63 - 1,  # 19 digits: the largest 64-bit integer
        "9223372036854775808": None,  # one more: no 64-bit integer holds it
        "-9223372036854775808": -(2**63),
        "-9223372036854775809": None,
        "1.5e1": 15,  # another notation for an odd whole number
        "7.0": 7,
        "9.007199254740991e15": 2**53 - 1,
        "9.007199254740993e15": None,  # read as the float 2^53, which 2^53 + 1 also rounds to: not exact
    }
    values, bad = to_int(pd.Series(list(cells), dtype="string", index=range(10, 10 + len(cells))))
    assert values.astype(object).where(values.notna(), None).tolist() == list(cells.values())
    assert bad.tolist() == [v is None for v in cells.values()]
    assert values.index.tolist() == bad.index.tolist() == list(range(10, 10 + len(cells)))


def scored(prices):
    return add_zscore(pd.DataFrame({"product_id": range(len(prices)), "price": prices}))


def test_zscore_uses_the_sample_std_and_splits_at_two():
    out = scored([10.0, 10.0, 10.0, 10.0, 10.0, 100.0])
    z = (100 - out["price"].mean()) / out["price"].std(ddof=1)
    assert out["z_score"].iloc[-1] == pytest.approx(z)
    assert out["segment"].tolist() == ["ordinary"] * 5 + ["premium"]


def test_a_z_of_exactly_two_is_premium_despite_float_noise():
    # mathematically z(5.5) = 2 here; in floats it comes out 1.9999999999999998
    out = scored([1.0, 1.0, 1.0, 1.0, 1.9, 5.5])
    assert out["z_score"].iloc[-1] < 2
    assert out["segment"].iloc[-1] == "premium"


def test_just_below_two_is_ordinary():
    out = scored([1.0, 1.0, 1.0, 1.0, 1.9, 5.4])
    assert out["z_score"].iloc[-1] < 2 - 1e-6
    assert out["segment"].iloc[-1] == "ordinary"


@pytest.mark.parametrize("prices", [[12.0, 12.0, 12.0], [12.0]], ids=["std-0", "one-product"])
def test_undefined_zscore_gives_no_segment(prices):
    out = scored(prices)
    assert out["z_score"].isna().all()
    assert out["segment"].isna().all()


@pytest.mark.parametrize(
    "cells", [["24.2", "0.30000000000000004", "+6E97", "-5", None], ["24.2", "0.30000000000000004", "abc", "-5", None]]
)
def test_number_cells_read_as_python_reads_them_and_the_rest_as_missing(cells):
    numbers = to_float(pd.Series(cells, dtype="string"))
    expected = [float(c) if c not in (None, "abc") else None for c in cells]
    assert [None if pd.isna(v) else v for v in numbers.tolist()] == expected
    assert numbers.dtype == "float64"
    kept_rows = pd.Series(cells, dtype="string", index=[7, 3, 12, 40, 2])  # rows of a filtered frame keep their labels
    assert to_float(kept_rows).index.tolist() == [7, 3, 12, 40, 2]


@pytest.mark.parametrize("shared", [None, "index"])
def test_merge_of_triaged_exports_is_pandas_merge_of_their_kept_rows(shared):
    """The real exports: merging the triaged frames by key positions gives the frame pandas' merge of the kept,
    typed rows gives, column for column and row for row (and the same when the exports share a column name)."""
    from helpers import BOTTLENECK, FILES
    from wine_luigi.readers import read_source
    from wine_luigi.rules import _merge_whole

    typed_rows = {}
    for name, source in (("erp", ERP), ("link", LINK), ("web", WEB)):
        raw = read_source(BOTTLENECK / FILES[name], source)[0]
        typed_rows[name] = typed(triage(raw.assign(**{shared: range(len(raw))}) if shared else raw, source), source)
    renamed = {name: kept(f).rename(columns={"row": f"{name}_row"}) for name, f in typed_rows.items()}
    expected = _merge_whole(renamed["erp"], renamed["link"], renamed["web"])
    merged = merge(typed_rows["erp"], typed_rows["link"], typed_rows["web"])
    pd.testing.assert_frame_equal(merged, expected)
    assert len(merged) == 714
    assert ("index_x" in merged.columns) is (shared is not None)


def test_merge_of_keys_of_different_types_is_pandas_merge():
    from wine_luigi.rules import _merge_whole

    e, l_, w = merged_frames()
    e = e.assign(product_id=e["product_id"].astype("int64"))  # an ERP key typed otherwise than the link table's
    renamed = [f.rename(columns={"row": f"{n}_row"}) for f, n in zip((e, l_, w), ("erp", "link", "web"))]
    pd.testing.assert_frame_equal(merge(e, l_, w), _merge_whole(*renamed))
