import statistics

import pandas as pd
import pytest

from helpers import erp, frame, link, web
from wine_luigi.claims import MAX_KEYS, at_least, gate, no_offenders, quoted
from wine_luigi.contract import ERP, LINK, WEB
from wine_luigi.errors import GateFailed
from wine_luigi.gate_checks import (
    load_checks,
    merge_checks,
    number_problem,
    quality_checks,
    sales_checks,
    zscore_checks,
)
from wine_luigi.readers import rounded_keys
from wine_luigi.rules import add_zscore, kept, merge, parse, triage, typed


def by_name(checks):
    return {c.name: c for c in checks}


def failed(checks):
    return sorted(c.name for c in checks if not c.passed)


GOOD_ERP = [["1", 1, 10.0, 5, "instock"], ["2", 1, 20.0, 0, "outofstock"], ["3", 0, 30.0, 1, "instock"]]
GOOD_WEB = [["15298", 2, "A", "product"], ["15298", 9, "A", "attachment"], ["13127-1", 1, "B", "product"]]
GOOD_LINK = [["1", "15298"], ["2", "13127-1"], ["3", None]]


# --- load gate ---------------------------------------------------------------------------------


def test_load_gate_passes_with_rows_and_every_column():
    checks, metrics = load_checks(erp(GOOD_ERP), ERP)
    assert failed(checks) == []
    assert metrics == {"rows": 3, "columns": 5}


def test_load_gate_names_missing_columns_and_what_was_found():
    raw = frame([["1", 1]], ["product_id", "onsale_web"])
    check = by_name(load_checks(raw, ERP)[0])["erp_required_columns_present"]
    assert not check.passed
    assert check.keys == ["price", "stock_quantity", "stock_status"]
    assert check.message == "missing column(s) price, stock_quantity, stock_status (found: product_id, onsale_web)"


def test_load_gate_fails_on_header_only():
    assert failed(load_checks(frame([], ["product_id", "id_web"]), LINK)[0]) == ["link_has_data_rows"]


def test_load_gate_fails_on_a_required_column_twice():
    raw = frame([["1", "15298", "15299"]], ["product_id", "id_web", "id_web__2"])
    assert failed(load_checks(raw, LINK)[0]) == ["link_required_columns_once"]


# --- quality gate ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "source, rows, make",
    [(ERP, GOOD_ERP, erp), (WEB, GOOD_WEB, web), (LINK, GOOD_LINK, link)],
    ids=["erp", "web", "link"],
)
def test_quality_gate_passes_on_clean_sources(source, rows, make):
    checks, metrics = quality_checks(triage(make(rows), source), source)
    assert failed(checks) == []
    assert metrics["rows"] == len(rows)


def test_quality_gate_names_conflicting_keys():
    rows = GOOD_ERP + [["2", 1, 25.0, 0, "outofstock"]]
    check = by_name(quality_checks(triage(erp(rows), ERP), ERP)[0])["erp_product_id_unique"]
    assert (check.passed, check.keys, check.count) == (False, ["2"], 1)


@pytest.mark.parametrize(
    "rows, name, keys",
    [
        (GOOD_LINK + [["1", "99999"]], "link_product_id_unique", ["1"]),
        (GOOD_LINK + [["7", "15298"]], "link_id_web_unique", ["15298"]),
    ],
    ids=["one-product-two-web-ids", "one-web-id-two-products"],
)
def test_quality_gate_stops_a_link_fan_out(rows, name, keys):
    check = by_name(quality_checks(triage(link(rows), LINK), LINK)[0])[name]
    assert (check.passed, check.keys) == (False, keys)


@pytest.mark.parametrize(
    "row, name",
    [
        (["4", 1, "12,50", 1, "instock"], "erp_price_is_number"),
        (["4", 1, "-0,5", 1, "instock"], "erp_price_is_number"),
        (["4", 1, "abc", 1, "instock"], "erp_price_is_number"),
        (["4", 2, 9.0, 1, "instock"], "erp_onsale_web_allowed"),
        (["4", None, 9.0, 1, "instock"], "erp_onsale_web_not_null"),
        (["4", 1, 9.0, 1.5, "instock"], "erp_stock_quantity_is_int"),
        (["4", 1, 9.0, 1, "sold"], "erp_stock_status_allowed"),
    ],
)
def test_quality_gate_names_values_of_the_wrong_type(row, name):
    checks, _ = quality_checks(triage(erp(GOOD_ERP + [row]), ERP), ERP)
    assert failed(checks) == [name]
    assert by_name(checks)[name].keys == ["4"]


def test_quality_gate_catches_a_null_key_left_by_a_broken_clean():
    untriaged = erp(GOOD_ERP + [[None, 1, 9.0, 1, "instock"]]).assign(reason=pd.Series([None] * 4, dtype="string"))
    check = by_name(quality_checks(untriaged, ERP)[0])["erp_product_id_not_null"]
    assert (check.passed, check.keys) == (False, [5])


def test_web_rows_without_sku_but_with_a_title_are_a_warning():
    rows = GOOD_WEB + [[None, 3, "Condrieu 2018", "product"], [None, None, None, None]]
    checks, metrics = quality_checks(triage(web(rows), WEB), WEB)
    warning = by_name(checks)["web_rows_without_sku_have_no_title"]
    assert (warning.severity, warning.passed, warning.keys) == ("warning", False, ["Condrieu 2018"])
    assert metrics["rejected_by_reason"] == {"missing_sku": 2, "attachment": 1}
    assert gate("quality_web", checks, metrics)["warnings"][0]["name"] == "web_rows_without_sku_have_no_title"


# --- merge gate --------------------------------------------------------------------------------


def typed_kept(rows, make, source):
    return typed(kept(triage(make(rows), source)), source)


def merge_inputs(erp_rows=GOOD_ERP, web_rows=GOOD_WEB, link_rows=GOOD_LINK):
    e, w, l_ = typed_kept(erp_rows, erp, ERP), typed_kept(web_rows, web, WEB), typed_kept(link_rows, link, LINK)
    return merge(e, l_, w), e, w


def test_merge_gate_passes_when_every_web_product_is_merged_once():
    checks, metrics = merge_checks(*merge_inputs())
    assert failed(checks) == []
    assert metrics == {"erp_products": 3, "web_products": 2, "merged": 2, "erp_not_merged": 1}


def test_merge_gate_names_web_products_that_are_lost():
    checks, _ = merge_checks(*merge_inputs(web_rows=GOOD_WEB + [["777", 1, "C", "product"]]))
    assert failed(checks) == ["merge_every_web_product_merged"]
    assert by_name(checks)["merge_every_web_product_merged"].keys == ["777"]


@pytest.mark.parametrize("sku, id_web", [("015298", "15298"), ("15298", "015298"), ("abc-1", "ABC-1")])
def test_a_lost_web_product_names_the_link_row_with_its_sku_but_for_case_or_leading_zeros(sku, id_web):
    web_rows = [["13127-1", 1, "B", "product"], [sku, 2, "A", "product"], ["777", 3, "C", "product"]]
    link_rows = [["2", "13127-1"], ["1", id_web], ["3", "778"]]
    merged, e, w = merge_inputs(web_rows=web_rows, link_rows=link_rows)
    checks, _ = merge_checks(merged, e, w, triage(link(link_rows), LINK))
    lost = by_name(checks)["merge_every_web_product_merged"]
    assert lost.keys == [sku, "777"]
    assert lost.cells == [
        f"web row 3: sku '{sku}' (link row 3 has id_web '{id_web}': the same but for case or leading zeros, which a "
        "tool such as Excel drops; correct one of the two files)",
        "web row 4: sku '777' (no link row has it)",
    ]


def test_a_lost_web_product_names_the_link_row_that_maps_it_to_a_product_id_no_erp_row_has():
    link_rows = [["1", "15298"], ["9", "13127-1"]]
    merged, e, w = merge_inputs(link_rows=link_rows)
    checks, _ = merge_checks(merged, e, w, triage(link(link_rows), LINK))
    assert by_name(checks)["merge_every_web_product_merged"].cells == [
        "web row 4: sku '13127-1' (link row 3 maps it to product_id 9, which no ERP row has)"
    ]


def test_a_lost_web_product_names_the_link_row_that_has_it_but_left_the_flow():
    link_rows = [["1", "15298"], ["14,135", "13127-1"]]  # a product_id that is no id
    merged, e, w = merge_inputs(link_rows=link_rows)
    checks, _ = merge_checks(merged, e, w, triage(link(link_rows), LINK))
    assert by_name(checks)["merge_every_web_product_merged"].cells == [
        "web row 4: sku '13127-1' (link row 3 has it but left the flow: invalid_product_id, in rejects.csv)"
    ]


def test_a_link_row_that_reaches_its_own_web_product_is_never_offered_for_a_lost_one():
    web_rows = [["15298", 2, "A", "product"], ["015298", 1, "B", "product"]]
    merged, e, w = merge_inputs(web_rows=web_rows, link_rows=[["1", "15298"]])
    checks, _ = merge_checks(merged, e, w, triage(link([["1", "15298"]]), LINK))
    assert by_name(checks)["merge_every_web_product_merged"].cells == ["web row 3: sku '015298' (no link row has it)"]


def test_merge_gate_names_web_products_merged_twice():
    merged, e, w = merge_inputs()
    checks, _ = merge_checks(pd.concat([merged, merged.iloc[:1]]), e, w)
    assert failed(checks) == ["merge_web_product_merged_once"]


def test_merge_gate_warns_about_onsale_products_missing_and_offline_products_merged():
    erp_rows = [["1", 0, 10.0, 5, "instock"], ["2", 1, 20.0, 0, "outofstock"], ["3", 1, 30.0, 1, "instock"]]
    checks, _ = merge_checks(*merge_inputs(erp_rows=erp_rows))
    named = by_name(checks)
    assert (named["merge_onsale_products_on_web"].passed, named["merge_onsale_products_on_web"].keys) == (False, [3])
    assert (named["merge_merged_products_on_sale"].passed, named["merge_merged_products_on_sale"].keys) == (False, [1])
    assert failed([c for c in checks if c.severity == "error"]) == []


def test_an_onsale_erp_product_missing_from_the_web_shop_names_why():
    erp_rows = [[str(i), 1, 10.0 * i, 1, "instock"] for i in range(1, 7)]
    web_rows = GOOD_WEB + [["abc-1", 4, "C", "product"]]
    link_rows = [["1", "15298"], ["2", "13127-1"], ["3", None], ["4", "999"], ["5", "ABC-1"]]
    merged, e, w = merge_inputs(erp_rows=erp_rows, web_rows=web_rows, link_rows=link_rows)
    checks, _ = merge_checks(merged, e, w, triage(link(link_rows), LINK))
    missing = by_name(checks)["merge_onsale_products_on_web"]
    assert (missing.severity, missing.keys) == ("warning", [3, 4, 5, 6])
    assert missing.cells == [
        "ERP row 4: product_id '3' (link row 4 has it but left the flow: missing_id_web, in rejects.csv)",
        "ERP row 5: product_id '4' (link row 5 maps it to id_web '999', which no web product has)",
        "ERP row 6: product_id '5' (link row 6 maps it to id_web 'ABC-1', which no web product has; the web shop has "
        "sku 'abc-1': the same but for case or leading zeros, which a tool such as Excel drops; correct one of the "
        "two files)",
        "ERP row 7: product_id '6' (no link row has it)",
    ]


# --- sales gate --------------------------------------------------------------------------------


def sales_frame(**columns):
    base = {
        "product_id": [1, 2],
        "price": [10.0, 20.0],
        "total_sales": [1.0, 0.0],
        "stock_quantity": [3, 0],
        "stock_status": ["instock", "outofstock"],
    }
    return pd.DataFrame({**base, **columns})


def test_sales_gate_passes_on_good_rows():
    assert failed(sales_checks(sales_frame())[0]) == []


@pytest.mark.parametrize(
    "columns, name",
    [
        ({"price": [0.0, 20.0]}, "sales_price_positive"),
        ({"price": [None, 20.0]}, "sales_price_positive"),
        ({"price": [-1.0, 20.0]}, "sales_price_positive"),
        ({"total_sales": [-1.0, 0.0]}, "sales_total_sales_not_negative"),
        ({"total_sales": [None, 0.0]}, "sales_total_sales_not_negative"),
        ({"stock_quantity": [-2, 0], "stock_status": ["outofstock", "outofstock"]}, "sales_stock_not_negative"),
        ({"stock_status": ["outofstock", "outofstock"]}, "sales_stock_status_matches_quantity"),
    ],
)
def test_sales_gate_names_the_offending_product(columns, name):
    checks, _ = sales_checks(sales_frame(**columns))
    assert failed(checks) == [name]
    assert by_name(checks)[name].keys == [1]


def test_sales_gate_says_where_each_offending_value_is_in_its_own_export():
    """A price or a stock comes from the ERP export, total_sales from the web one: each is named by its row there
    and its value. The plausible bounds are inclusive (1,000,000 € and 10,000,000 sales pass), and the total the
    gate checks counts only the products with a plausible price and total_sales (here 12.50 € × 2)."""
    frame_ = pd.DataFrame(
        {
            "product_id": [4043, 4044, 4045, 4046, 4047],
            "price": [0.0, 20.0, 1_000_000.01, 1_000_000.0, 12.5],
            "total_sales": [1.0, -1.0, 10_000_000.0, 10_000_001.0, 2.0],
            "stock_quantity": pd.array([-2, 5, 0, 1, 0], dtype="Int64"),
            "stock_status": ["outofstock", "outofstock", "outofstock", "instock", "outofstock"],
            "erp_row": [2, 3, 4, 5, 6],
            "web_row": [12, 13, 14, 15, 16],
        }
    )
    checks, _ = sales_checks(frame_)
    assert [(c.name, c.keys, c.cells, c.message) for c in checks if not c.passed] == [
        (
            "sales_price_positive",
            [4043],
            ["ERP row 2 (product_id 4043): price '0'"],
            "merged products with a price empty or ≤ 0 (product_id listed)",
        ),
        (
            "sales_total_sales_not_negative",
            [4044],
            ["web row 13 (product_id 4044): total_sales '-1'"],
            "merged products with total_sales empty or < 0 (product_id listed)",
        ),
        (
            "sales_price_plausible",
            [4045],
            ["ERP row 4 (product_id 4045): price '1000000.01'"],
            "merged products priced over 1,000,000 €: a typing or export error? (product_id listed)",
        ),
        (
            "sales_total_sales_plausible",
            [4046],
            ["web row 15 (product_id 4046): total_sales '10000001'"],
            "merged products with total_sales over 10,000,000: a typing or export error? (product_id listed)",
        ),
        (
            "sales_stock_not_negative",
            [4043],
            ["ERP row 2 (product_id 4043): stock_quantity '-2'"],
            "merged products with a negative stock_quantity (product_id listed)",
        ),
        (
            "sales_stock_status_matches_quantity",
            [4044],
            ["ERP row 3 (product_id 4044): stock_status 'outofstock'"],
            "stock_status contradicts stock_quantity (product_id listed)",
        ),
    ]
    assert by_name(checks)["sales_total_exact"].observed == 25.0


@pytest.mark.parametrize(
    "price, total_sales, observed, passed",
    [
        (10.125, [1.0] + [0.0] * 9, 10.12, True),  # the observed total is in euros and cents
        (899_000.0, [10_000_000.0] * 10, 89_900_000_000_000.0, True),  # 99.81 % of 2^53 cents: under the 99.9 % margin
        (900_500.0, [10_000_000.0] * 10, 90_050_000_000_000.0, False),  # 99.98 %: within the margin, where a sum may
        # round to 2^53
        (1_000_000.0, [10_000_000.0] * 10, 100_000_000_000_000.0, False),
    ],
)
def test_sales_gate_stops_a_month_whose_revenue_no_float_holds_to_the_cent(price, total_sales, observed, passed):
    frame_ = sales_frame(
        product_id=range(10),
        price=[price] * 10,
        total_sales=total_sales,
        stock_quantity=[0] * 10,
        stock_status=["outofstock"] * 10,
    )
    check = by_name(sales_checks(frame_)[0])["sales_total_exact"]
    assert (check.observed, check.passed) == (observed, passed)
    assert check.message == "the month's revenue reaches 90,071,992,547,410 €, beyond which cents are not exact"


# --- z gate ------------------------------------------------------------------------------------


def test_z_gate_passes_and_reports_the_distribution():
    checks, metrics = zscore_checks(add_zscore(pd.DataFrame({"product_id": range(6), "price": [10.0] * 5 + [100.0]})))
    assert failed(checks) == []
    assert (metrics["premium"], metrics["ordinary"], metrics["price_mean"]) == (1, 5, 25.0)


@pytest.mark.parametrize(
    "prices, expected",
    [
        (
            [12.0, 12.0, 12.0],
            [
                "zscore_defined_for_every_product",
                "zscore_has_premium",
                "zscore_price_std_positive",
                "zscore_segments_add_up",
            ],
        ),
        (
            [12.0],
            [
                "zscore_at_least_two_products",
                "zscore_defined_for_every_product",
                "zscore_has_premium",
                "zscore_price_std_positive",
                "zscore_segments_add_up",
            ],
        ),
    ],
    ids=["std-0", "one-product"],
)
def test_z_gate_stops_when_z_is_undefined(prices, expected):
    checks, _ = zscore_checks(add_zscore(pd.DataFrame({"product_id": range(len(prices)), "price": prices})))
    assert failed(checks) == expected


def test_one_price_for_all_is_a_std_of_0_not_a_rounding_of_the_float_mean():
    """Three products at 0.10 €: the float mean of the prices is 0.10000000000000002 and the std pandas gives
    1.7e-17, so each z was −0.82, a figure made of rounding alone, and the month was published. One price for all
    is a std of 0, whatever the price: z is undefined and the z gate stops, as for 12.0 three times."""
    scored = add_zscore(pd.DataFrame({"product_id": [1, 2, 3], "price": [0.1, 0.1, 0.1]}))
    assert scored["z_score"].isna().all() and scored["segment"].isna().all()
    checks, metrics = zscore_checks(scored)
    assert failed(checks) == [
        "zscore_defined_for_every_product",
        "zscore_has_premium",
        "zscore_price_std_positive",
        "zscore_segments_add_up",
    ]
    assert (metrics["price_mean"], metrics["price_std"], metrics["premium_threshold_price"]) == (0.1, 0.0, 0.1)


def test_z_gate_stops_on_a_product_scored_twice():
    scored = add_zscore(pd.DataFrame({"product_id": [1, 2, 2], "price": [10.0, 20.0, 30.0]}))
    assert failed(zscore_checks(scored)[0]) == ["zscore_has_premium", "zscore_one_per_product"]


def test_no_premium_is_a_warning_only():
    checks, _ = zscore_checks(add_zscore(pd.DataFrame({"product_id": [1, 2], "price": [10.0, 20.0]})))
    assert [(c.name, c.severity) for c in checks if not c.passed] == [("zscore_has_premium", "warning")]


# --- the gate itself ---------------------------------------------------------------------------


def test_gate_raises_with_every_failed_check_and_at_most_twenty_keys():
    offenders = [f"sku-{i}" for i in range(25)]
    checks = [
        no_offenders("web_sku_unique", "skus are unique", offenders, "rows sharing a key"),
        no_offenders("web_ok", "all is well", [], "fine"),
    ]
    with pytest.raises(GateFailed) as error:
        gate("quality_web", checks, {}, where="data/sources/Fichier_web.xlsx")
    text = str(error.value)
    assert text.startswith("gate quality_web failed (data/sources/Fichier_web.xlsx):")
    assert "sku-19" in text and "sku-20" not in text
    assert "25 in all" in text
    assert [c.name for c in error.value.failed] == ["web_sku_unique"]
    assert [c.name for c in error.value.checks] == ["web_sku_unique", "web_ok"]
    assert len(error.value.failed[0].keys) == MAX_KEYS


def test_gate_marker_holds_every_check_and_the_metrics():
    checks = [
        no_offenders("sales_price_positive", "price > 0", [], "price ≤ 0"),
        no_offenders("sales_stock", "stock ≥ 0", [7, 7, 8], "stock < 0", "warning"),
    ]
    marker = gate("sales", checks, {"merged": 2}, where="here")
    assert marker["passed"] is True and marker["gate"] == "sales" and marker["where"] == "here"
    assert marker["metrics"] == {"merged": 2}
    assert marker["checks"][0] == {
        "name": "sales_price_positive",
        "severity": "error",
        "observed": 0,
        "threshold": 0,
        "passed": True,
        "message": "price ≤ 0",
        "keys": [],
        "count": 0,
        "claim": "price > 0",
        "cells": [],
    }
    warning = {
        "name": "sales_stock",
        "severity": "warning",
        "observed": 2,
        "threshold": 0,
        "passed": False,
        "message": "stock < 0",
        "keys": [7, 8],
        "count": 2,
        "claim": "stock ≥ 0",
        "cells": [],
    }
    assert marker["checks"][1] == warning
    assert marker["warnings"] == [warning]


# --- every check of every gate, as a person reads it ---------------------------------------------


def table(checks):
    return [(c.name, c.severity, c.claim, c.observed, c.threshold, c.passed) for c in checks]


ERP_CLAIMS = [
    ("erp_product_id_not_null", "error", "no row kept has an empty product_id", 0, 0, True),
    ("erp_product_id_unique", "error", "no two rows share a product_id with different values", 0, 0, True),
    ("erp_product_id_is_int", "error", "every product_id is a whole number", 0, 0, True),
    ("erp_onsale_web_is_int", "error", "every onsale_web is a whole number", 0, 0, True),
    ("erp_onsale_web_not_null", "error", "no onsale_web is empty", 0, 0, True),
    ("erp_onsale_web_allowed", "error", "every onsale_web is one of 0, 1", 0, 0, True),
    ("erp_price_is_number", "error", "every price is a number", 0, 0, True),
    ("erp_stock_quantity_is_int", "error", "every stock_quantity is a whole number", 0, 0, True),
    ("erp_stock_status_is_text", "error", "every stock_status is text", 0, 0, True),
    (
        "erp_stock_status_fits_a_cell",
        "error",
        "every stock_status is shorter than Excel's 32,767 characters per cell",
        0,
        0,
        True,
    ),
    ("erp_stock_status_allowed", "error", "every stock_status is one of instock, outofstock", 0, 0, True),
    (
        "erp_text_intact",
        "warning",
        "no text holds \ufffd (U+FFFD, what a bad conversion of accents leaves)",
        0,
        0,
        True,
    ),
]
WEB_CLAIMS = [
    ("web_sku_not_null", "error", "no row kept has an empty sku", 0, 0, True),
    ("web_sku_unique", "error", "no two rows share a sku with different values", 0, 0, True),
    ("web_sku_is_text", "error", "every sku is text", 0, 0, True),
    ("web_sku_fits_a_cell", "error", "every sku is shorter than Excel's 32,767 characters per cell", 0, 0, True),
    ("web_total_sales_is_number", "error", "every total_sales is a number", 0, 0, True),
    ("web_total_sales_is_whole", "error", "every total_sales is a whole number (a count)", 0, 0, True),
    ("web_post_title_is_text", "error", "every post_title is text", 0, 0, True),
    (
        "web_post_title_fits_a_cell",
        "error",
        "every post_title is shorter than Excel's 32,767 characters per cell",
        0,
        0,
        True,
    ),
    ("web_post_type_is_text", "error", "every post_type is text", 0, 0, True),
    ("web_post_type_not_null", "error", "no post_type is empty", 0, 0, True),
    (
        "web_post_type_fits_a_cell",
        "error",
        "every post_type is shorter than Excel's 32,767 characters per cell",
        0,
        0,
        True,
    ),
    ("web_post_type_allowed", "error", "every post_type is one of product, attachment", 0, 0, True),
    ("web_rows_without_sku_have_no_title", "warning", "web rows without a sku have no title either", 0, 0, True),
    (
        "web_text_intact",
        "warning",
        "no text holds \ufffd (U+FFFD, what a bad conversion of accents leaves)",
        0,
        0,
        True,
    ),
]
LINK_CLAIMS = [
    ("link_product_id_not_null", "error", "no row kept has an empty product_id", 0, 0, True),
    ("link_product_id_unique", "error", "no two rows share a product_id with different values", 0, 0, True),
    ("link_id_web_not_null", "error", "no row kept has an empty id_web", 0, 0, True),
    ("link_id_web_unique", "error", "each id_web is linked to one product_id", 0, 0, True),
    ("link_product_id_is_int", "error", "every product_id is a whole number", 0, 0, True),
    ("link_id_web_is_text", "error", "every id_web is text", 0, 0, True),
    ("link_id_web_fits_a_cell", "error", "every id_web is shorter than Excel's 32,767 characters per cell", 0, 0, True),
    (
        "link_text_intact",
        "warning",
        "no text holds \ufffd (U+FFFD, what a bad conversion of accents leaves)",
        0,
        0,
        True,
    ),
]


def test_the_load_gate_states_its_claims():
    assert table(load_checks(erp(GOOD_ERP), ERP)[0]) == [
        ("erp_has_data_rows", "error", "the sheet has data rows under its header", 3, 1, True),
        (
            "erp_required_columns_present",
            "error",
            "the header has every required column (product_id, onsale_web, price, stock_quantity, stock_status)",
            0,
            0,
            True,
        ),
        ("erp_required_columns_once", "error", "each required column appears once in the header", 0, 0, True),
        (
            "erp_product_id_exact",
            "error",
            "every product_id is the one exported (none beyond 9,007,199,254,740,992 in a number cell)",
            0,
            0,
            True,
        ),
        (
            "erp_not_open_in_office",
            "warning",
            "the export was not open in Excel or LibreOffice while it was read",
            0,
            0,
            True,
        ),
    ]


@pytest.mark.parametrize(
    "source, rows, make, claims",
    [(ERP, GOOD_ERP, erp, ERP_CLAIMS), (WEB, GOOD_WEB, web, WEB_CLAIMS), (LINK, GOOD_LINK, link, LINK_CLAIMS)],
    ids=["erp", "web", "link"],
)
def test_the_quality_gate_states_its_claims(source, rows, make, claims):
    assert table(quality_checks(triage(make(rows), source), source)[0]) == claims


def test_the_merge_sales_and_z_gates_state_their_claims():
    merged, e, w = merge_inputs()
    assert table(merge_checks(merged, e, w)[0]) == [
        (
            "merge_every_web_product_merged",
            "error",
            "every web product reaches an ERP product through the link table",
            0,
            0,
            True,
        ),
        ("merge_web_product_merged_once", "error", "every web product is merged once", 0, 0, True),
        (
            "merge_onsale_products_on_web",
            "warning",
            "every ERP product on sale online (onsale_web = 1) is in the web shop",
            0,
            0,
            True,
        ),
        (
            "merge_merged_products_on_sale",
            "warning",
            "every merged product is on sale online (onsale_web = 1)",
            0,
            0,
            True,
        ),
    ]
    assert table(sales_checks(sales_frame())[0]) == [
        ("sales_price_positive", "error", "every merged product has a price > 0", 0, 0, True),
        ("sales_total_sales_not_negative", "error", "every merged product has total_sales ≥ 0", 0, 0, True),
        ("sales_price_plausible", "error", "every merged product has a price ≤ 1,000,000 €", 0, 0, True),
        ("sales_total_sales_plausible", "error", "every merged product has total_sales ≤ 10,000,000", 0, 0, True),
        (
            "sales_total_exact",
            "error",
            "the month's revenue stays under 90,071,992,547,410 €, where every cent is exact",
            10.0,
            "< 90,071,992,547,410",
            True,
        ),
        ("sales_stock_not_negative", "warning", "no merged product has a negative stock_quantity", 0, 0, True),
        (
            "sales_stock_status_matches_quantity",
            "warning",
            "stock_status is instock when stock_quantity > 0, else outofstock",
            0,
            0,
            True,
        ),
    ]
    prices = [10.0] * 5 + [100.0]
    std = statistics.stdev(prices)
    assert table(zscore_checks(add_zscore(pd.DataFrame({"product_id": range(6), "price": prices})))[0]) == [
        ("zscore_at_least_two_products", "error", "at least 2 products are merged", 6, 2, True),
        ("zscore_price_std_positive", "error", "the std of price is > 0", pytest.approx(std), "> 0", True),
        ("zscore_defined_for_every_product", "error", "every merged product has a z-score", 0, 0, True),
        ("zscore_one_per_product", "error", "every product is scored once", 0, 0, True),
        ("zscore_segments_add_up", "error", "premium + ordinary = merged products", 6, 6, True),
        ("zscore_has_premium", "warning", "at least one product is premium (z ≥ 2)", 1, 1, True),
    ]


def problems(checks):
    return [(c.name, c.message, c.keys, c.count) for c in checks if not c.passed]


@pytest.mark.parametrize(
    "source, rows, make, expected",
    [
        (
            ERP,
            GOOD_ERP + [["2", 1, 25.0, 0, "outofstock"], ["5", 3, "12,50", "x", None]],
            erp,
            [
                ("erp_product_id_unique", "rows sharing a key with different values (product_id listed)", ["2"], 1),
                ("erp_onsale_web_allowed", "onsale_web not one of 0, 1 (product_id listed)", ["5"], 1),
                (
                    "erp_price_is_number",
                    "price is not a number: a decimal comma (12,50) where the file's numbers use a dot (product_id "
                    "listed)",
                    ["5"],
                    1,
                ),
                ("erp_stock_quantity_is_int", "stock_quantity is not a whole number (product_id listed)", ["5"], 1),
            ],
        ),
        (
            WEB,
            GOOD_WEB
            + [["15300", 1, "C", "revision"], ["15301", "x", "Pr\ufffdface", None], [None, 2, "Condrieu", "product"]],
            web,
            [
                ("web_total_sales_is_number", "total_sales is not a number (sku listed)", ["15301"], 1),
                ("web_post_type_not_null", "post_type is empty (sku listed)", ["15301"], 1),
                ("web_post_type_allowed", "post_type not one of product, attachment (sku listed)", ["15300"], 1),
                (
                    "web_rows_without_sku_have_no_title",
                    "products with a title but no sku: they cannot be sold online",
                    ["Condrieu"],
                    1,
                ),
                (
                    "web_text_intact",
                    "text holding \ufffd (U+FFFD): characters lost by a conversion of the export, e.g. Pr\ufffdface "
                    "(sku listed)",
                    ["15301"],
                    1,
                ),
            ],
        ),
        (
            LINK,
            GOOD_LINK + [["1", "99999"], ["7", "15298"]],
            link,
            [
                ("link_product_id_unique", "rows sharing a key with different values (product_id listed)", ["1"], 1),
                ("link_id_web_unique", "id_web linked more than once (id_web listed)", ["15298"], 1),
            ],
        ),
    ],
    ids=["erp", "web", "link"],
)
def test_the_quality_gate_says_what_is_wrong_and_where(source, rows, make, expected):
    checks, _ = quality_checks(triage(make(rows), source), source)
    assert problems(checks) == expected


def test_a_web_row_without_post_type_is_kept_for_the_gate_not_taken_for_an_attachment():
    triaged = triage(web(GOOD_WEB + [["15302", 1, "E", None]]), WEB)
    assert triaged["reason"].isna().tolist() == [True, False, True, True]
    assert problems(quality_checks(triaged, WEB)[0]) == [
        ("web_post_type_not_null", "post_type is empty (sku listed)", ["15302"], 1)
    ]


def test_the_later_gates_say_what_is_wrong_and_where():
    merged, e, w = merge_inputs(
        erp_rows=[["1", 0, 10.0, 5, "instock"], ["2", 1, 20.0, 0, "outofstock"], ["3", 1, 30.0, 1, "instock"]],
        web_rows=GOOD_WEB + [["777", 1, "C", "product"]],
    )
    assert problems(merge_checks(pd.concat([merged, merged.iloc[:1]]), e, w)[0]) == [
        (
            "merge_every_web_product_merged",
            "web products with no ERP product through the link table (sku listed)",
            ["777"],
            1,
        ),
        ("merge_web_product_merged_once", "web products merged more than once (sku listed)", ["15298"], 1),
        (
            "merge_onsale_products_on_web",
            "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)",
            [3],
            1,
        ),
        ("merge_merged_products_on_sale", "merged products with onsale_web = 0 (product_id listed)", [1], 1),
    ]
    frame_ = sales_frame(
        price=[0.0, 20.0], total_sales=[1.0, -1.0], stock_quantity=[-2, 5], stock_status=["outofstock", "outofstock"]
    )
    assert problems(sales_checks(frame_)[0]) == [
        ("sales_price_positive", "merged products with a price empty or ≤ 0 (product_id listed)", [1], 1),
        ("sales_total_sales_not_negative", "merged products with total_sales empty or < 0 (product_id listed)", [2], 1),
        ("sales_stock_not_negative", "merged products with a negative stock_quantity (product_id listed)", [1], 1),
        ("sales_stock_status_matches_quantity", "stock_status contradicts stock_quantity (product_id listed)", [2], 1),
    ]
    scored = add_zscore(pd.DataFrame({"product_id": [1, 1], "price": [12.0, 12.0]}))
    assert problems(zscore_checks(scored)[0]) == [
        (
            "zscore_price_std_positive",
            "std of price is 0 (every merged product has the same price): z is undefined",
            [],
            0,
        ),
        ("zscore_defined_for_every_product", "products with no z-score (product_id listed)", [1], 1),
        ("zscore_one_per_product", "products scored more than once (product_id listed)", [1], 1),
        ("zscore_segments_add_up", "premium + ordinary ≠ merged products", [], 0),
        ("zscore_has_premium", "no product has z ≥ 2", [], 0),
    ]
    assert problems(zscore_checks(add_zscore(pd.DataFrame({"product_id": [1], "price": [12.0]})))[0])[0] == (
        "zscore_at_least_two_products",
        "the z-score needs at least 2 merged products",
        [],
        0,
    )


def test_the_z_gate_reports_the_distribution_it_judged():
    prices = [10.0, 12.5, 8.0, 24.2, 99.0, 15.0]
    _, metrics = zscore_checks(add_zscore(pd.DataFrame({"product_id": range(6), "price": prices})))
    mean, std = statistics.mean(prices), statistics.stdev(prices)
    assert metrics == {
        "merged": 6,
        "premium": 1,
        "ordinary": 5,
        "price_mean": pytest.approx(mean),
        "price_std": pytest.approx(std),
        "premium_threshold_price": pytest.approx(mean + 2 * std),
    }
    _, undefined = zscore_checks(add_zscore(pd.DataFrame({"product_id": [1], "price": [12.0]})))
    assert undefined == {
        "merged": 1,
        "premium": 0,
        "ordinary": 0,
        "price_mean": 12.0,
        "price_std": None,
        "premium_threshold_price": None,
    }


def test_a_check_describes_itself_with_its_keys():
    check = no_offenders("web_sku_unique", "skus are unique", [f"s{i}" for i in range(25)], "rows sharing a key")
    assert check.describe() == (
        "web_sku_unique: rows sharing a key (observed 25, threshold 0); keys: "
        + ", ".join(f"s{i}" for i in range(20))
        + " … 25 in all"
    )
    few = no_offenders("web_sku_unique", "skus are unique", ["a", "a", "b"], "rows sharing a key")
    assert few.describe() == "web_sku_unique: rows sharing a key (observed 2, threshold 0); keys: a, b"
    assert no_offenders("ok", "fine", [], "bad").describe() == "ok: bad (observed 0, threshold 0)"


def test_the_load_gate_says_what_is_wrong():
    empty = frame([], ["product_id", "id_web"])
    assert problems(load_checks(empty, LINK)[0]) == [
        ("link_has_data_rows", "the sheet has no data rows under its header", [], 0)
    ]
    nothing = frame([], [])
    assert problems(load_checks(nothing, LINK)[0])[1] == (
        "link_required_columns_present",
        "missing column(s) product_id, id_web (found: nothing)",
        ["product_id", "id_web"],
        2,
    )
    twice = frame(
        [["1", "15298", "15299", "3", "4"]], ["product_id", "id_web", "id_web__2", "product_id__2", "other__2"]
    )
    assert problems(load_checks(twice, LINK)[0]) == [
        (
            "link_required_columns_once",
            "column(s) id_web, product_id appear more than once in the header",
            ["id_web", "product_id"],
            2,
        ),
    ]


def test_the_quality_gate_names_rows_without_a_key_and_texts_too_long():
    untriaged = link(GOOD_LINK + [[None, "15300"]]).assign(reason=pd.Series([None] * 4, dtype="string"))
    assert problems(quality_checks(untriaged, LINK)[0])[0] == (
        "link_product_id_not_null",
        "rows with no product_id (sheet rows listed)",
        [5],
        1,
    )
    long = web(GOOD_WEB + [["15300", 1, "x" * 32_767, "product"]])
    assert problems(quality_checks(triage(long, WEB), WEB)[0]) == [
        (
            "web_post_title_fits_a_cell",
            "post_title reaches Excel's 32,767 characters per cell: the text may have been cut (sku listed)",
            ["15300"],
            1,
        )
    ]


def test_the_quality_gate_counts_what_it_kept_and_dropped():
    rows = GOOD_WEB + [[None, 3, "Condrieu", "product"], ["15298", 2, "A", "product"]]
    _, metrics = quality_checks(triage(web(rows), WEB), WEB)
    assert metrics == {
        "rows": 5,
        "kept": 2,
        "rejected": 3,
        "rejected_by_reason": {"attachment": 1, "missing_sku": 1, "duplicate": 1},
    }


@pytest.mark.parametrize(
    "stock, status, contradicts",
    [
        (1, "outofstock", True),
        (1, "instock", False),
        (0, "instock", True),
        (0, "outofstock", False),
        (-1, "instock", True),
        (None, "instock", False),
        (3, None, False),
    ],
)
def test_stock_status_contradicts_quantity(stock, status, contradicts):
    frame_ = sales_frame(stock_quantity=pd.array([stock, 0], dtype="Int64"), stock_status=[status, "outofstock"])
    checks, metrics = sales_checks(frame_)
    assert by_name(checks)["sales_stock_status_matches_quantity"].keys == ([1] if contradicts else [])
    assert by_name(checks)["sales_stock_not_negative"].keys == ([1] if stock is not None and stock < 0 else [])
    assert metrics == {"merged": 2}


def test_check_values_are_plain_python_for_the_marker():
    import numpy as np

    check = at_least("x", "claim", np.int64(5), 2, "m")
    assert type(check.observed) is int and check.passed
    listed = no_offenders("y", "claim", np.array([7, 7, 8], dtype=np.int64), "m")
    assert listed.keys == [7, 8] and all(type(k) is int for k in listed.keys)


def test_a_marker_lists_as_warnings_only_the_warnings_that_did_not_hold():
    checks = [
        no_offenders("a", "c", [], "m"),
        no_offenders("b", "c", [], "m", "warning"),
        no_offenders("c", "c", [1], "m", "warning"),
    ]
    assert [w["name"] for w in gate("g", checks, {})["warnings"]] == ["c"]


def test_a_missing_column_names_the_closest_header_and_the_line_to_add():
    raw = frame([["1", "15298"]], ["product_id", "id_web (sku)"])
    raw.attrs["header"] = [" Product_ID", "id_web (SKU)", "", "notes"]
    ((name, message, keys, _),) = problems(load_checks(raw, LINK)[0])
    assert (name, keys) == ("link_required_columns_present", ["id_web"])
    assert message == (
        "missing column(s) id_web (found: product_id, id_web (sku)); the closest header to id_web is 'id_web (SKU)': "
        "if it is id_web, add to luigi.cfg the line [link_columns] id_web = id_web (SKU) (or --link-columns-id-web "
        '"id_web (SKU)")'
    )
    raw = frame([["1", "2", "3"]], ["product_id", "id_webb", "sku_id_web"])
    raw.attrs["header"] = ["product_id", "ID_WEBB", "sku_id_web"]
    assert "the closest header to id_web is 'ID_WEBB'" in problems(load_checks(raw, LINK)[0])[0][1]
    erp_raw = frame([["1", 1, "x"]], ["product_id", "onsale_web", "commentaire"])
    erp_raw.attrs["header"] = ["product_id", "onsale_web", "commentaire"]  # nothing close: no guess
    assert (
        problems(load_checks(erp_raw, ERP)[0])[0][1]
        == "missing column(s) price, stock_quantity, stock_status (found: product_id, onsale_web, commentaire)"
    )
    two = frame([["1"]], ["product_id"])
    two.attrs["header"] = ["product_id", "stock_qty", "stock_state"]
    assert problems(load_checks(two, ERP)[0])[0][1] == (
        "missing column(s) onsale_web, price, stock_quantity, stock_status (found: product_id); the closest header to "
        "stock_quantity is 'stock_qty': if it is stock_quantity, add to luigi.cfg the line [erp_columns] "
        'stock_quantity = stock_qty (or --erp-columns-stock-quantity "stock_qty"); the closest header to stock_status '
        "is 'stock_state': if it is stock_status, add to luigi.cfg the line [erp_columns] stock_status = stock_state "
        '(or --erp-columns-stock-status "stock_state")'
    )


def test_text_damaged_by_a_conversion_is_named_in_every_text_column_not_in_numbers():
    rows = web(GOOD_WEB + [["15300", 1, "Pr\ufffdface", "product"]]).assign(
        rating=[1.0, 2.0, 3.0, 4.0], note=pd.Series(["ok", None, "\ufffd", None], dtype="string")
    )
    checks, _ = quality_checks(triage(rows, WEB), WEB)
    assert by_name(checks)["web_text_intact"].keys == ["13127-1", "15300"]


def test_sales_gate_takes_an_empty_stock_status_as_no_claim():
    """An ERP row whose stock_status is empty (the quality gate allows it) contradicts no stock_quantity: the sales
    gate passes, with the columns typed as the merge leaves them (an empty cell made the gate crash)."""
    frame_ = sales_frame(
        stock_quantity=pd.array([0, 3], dtype="Int64"),
        stock_status=pd.array([None, "outofstock"], dtype="string[pyarrow]"),
    )
    checks, _ = sales_checks(frame_)
    assert failed(checks) == ["sales_stock_status_matches_quantity"]  # the second row only
    assert by_name(checks)["sales_stock_status_matches_quantity"].keys == [2]
    checks, _ = sales_checks(frame_.assign(stock_quantity=pd.array([None, 3], dtype="Int64")))
    assert by_name(checks)["sales_stock_status_matches_quantity"].keys == [2]


# --- what each check says, cell by cell ----------------------------------------------------------


def failing(checks):
    return {c.name: (c.keys, c.cells) for c in checks if not c.passed}


def test_rows_sharing_a_key_are_shown_side_by_side_with_the_first_three_differing_values():
    """The first four kept rows of each key, in the order the keys first appear, with up to three columns whose
    values differ (an empty cell differs from a value); a row dropped as an exact duplicate is not shown."""
    rows = [
        ["9", 1, 10.0, 5, "instock"],
        ["2", 1, 20.0, 0, "outofstock"],
        ["9", 0, 11.0, 6, "outofstock"],
        ["2", 1, None, 0, "outofstock"],
        ["9", 1, 10.0, 5, "instock"],  # the first row again: a duplicate, dropped
        ["9", 1, 12.0, 7, "instock"],
        ["9", 0, 13.0, 0, "outofstock"],
        ["9", 1, 14.0, 8, "instock"],
    ]
    assert failing(quality_checks(triage(erp(rows), ERP), ERP)[0]) == {
        "erp_product_id_unique": (
            ["9", "2"],
            [
                "product_id 9: row 2 onsale_web '1', price '10', stock_quantity '5' | row 4 onsale_web '0', price "
                "'11', stock_quantity '6' | row 7 onsale_web '1', price '12', stock_quantity '7' | row 8 onsale_web "
                "'0', price '13', stock_quantity '0'",
                "product_id 2: row 3 price '20' | row 5 price empty",
            ],
        )
    }
    fan_out = [["1", "15298"], ["2", "15298"], ["3", None], ["4", "15299"]]
    assert failing(quality_checks(triage(link(fan_out), LINK), LINK)[0]) == {
        "link_id_web_unique": (["15298"], ["id_web 15298: row 2 product_id '1' | row 3 product_id '2'"])
    }


def test_each_quality_check_names_the_row_the_key_and_the_value():
    rows = [
        ["1", 2, 10.0, 5, "instock"],
        ["2", 1, "12,5O", 1.5, "instok"],
        ["3", 1, 30.0, 1, "in\ufffdstock"],
    ]
    assert failing(quality_checks(triage(erp(rows), ERP), ERP)[0]) == {
        "erp_onsale_web_allowed": (["1"], ["row 2 (product_id 1): onsale_web '2'"]),
        "erp_price_is_number": (["2"], ["row 3 (product_id 2): price '12,5O'"]),
        "erp_stock_quantity_is_int": (["2"], ["row 3 (product_id 2): stock_quantity '1.5'"]),
        "erp_stock_status_allowed": (
            ["2", "3"],
            ["row 3 (product_id 2): stock_status 'instok'", "row 4 (product_id 3): stock_status 'in\ufffdstock'"],
        ),
        "erp_text_intact": (["3"], ["row 4 (product_id 3): stock_status 'in\ufffdstock'"]),
    }
    rows = [
        ["15298", 2, "A", "product"],
        ["15299", 1.5, "B" * 32_767, "product"],
        [None, 1, "Lost title", "product"],
        ["15301", "x", "C", "produit"],
        ["15302", 1, None, "product"],
    ]
    assert failing(quality_checks(triage(web(rows), WEB), WEB)[0]) == {
        "web_total_sales_is_number": (["15301"], ["row 5 (sku 15301): total_sales 'x'"]),
        "web_total_sales_is_whole": (["15299"], ["row 3 (sku 15299): total_sales '1.5'"]),
        "web_post_title_fits_a_cell": (["15299"], ["row 3 (sku 15299): post_title of 32,767 characters"]),
        "web_post_type_allowed": (["15301"], ["row 5 (sku 15301): post_type 'produit'"]),
        "web_rows_without_sku_have_no_title": (["Lost title"], ["row 4: post_title 'Lost title'"]),
    }
    whole = by_name(quality_checks(triage(web(rows), WEB), WEB)[0])["web_total_sales_is_whole"]
    assert whole.message == "total_sales is not a whole number (sku listed)"


def test_damaged_text_is_shown_from_the_first_column_holding_it_in_any_column():
    rows = web([["15298", 2, "Pr\ufffdface", "product"], ["15299", 1, "B", "product"]])
    rows = rows.assign(note=pd.Series(["Pr\ufffdface aussi", "\ufffd"], dtype="string"))
    rows = rows[["row", "note", "sku", "total_sales", "post_title", "post_type"]]  # note is the first column
    assert failing(quality_checks(triage(rows, WEB), WEB)[0]) == {
        "web_text_intact": (
            ["15298", "15299"],
            ["row 2 (sku 15298): note 'Pr\ufffdface aussi'", "row 3 (sku 15299): note '\ufffd'"],
        )
    }


def test_a_check_describes_itself_on_one_line_with_each_cell():
    rows = [["1", 1, "x", 1, "instock"], ["2", None, "y", 1, "instock"]]
    checks = by_name(quality_checks(triage(erp(rows), ERP), ERP)[0])
    assert checks["erp_onsale_web_not_null"].describe() == (
        "erp_onsale_web_not_null: onsale_web is empty (product_id listed) (observed 1, threshold 0); row 3 "
        "(product_id 2): onsale_web empty"
    )
    assert checks["erp_price_is_number"].describe() == (
        "erp_price_is_number: price is not a number (product_id listed) (observed 2, threshold 0); row 2 (product_id "
        "1): price 'x'; row 3 (product_id 2): price 'y'"
    )


def test_a_check_lists_the_first_offenders_and_counts_them_all():
    rows = [[str(i), 1, "x", 1, "instock"] for i in range(1, MAX_KEYS + 3)]
    check = by_name(quality_checks(triage(erp(rows), ERP), ERP)[0])["erp_price_is_number"]
    assert (len(check.keys), len(check.cells), check.count) == (MAX_KEYS, MAX_KEYS, MAX_KEYS + 2)
    assert check.cells[-1] == f"row {MAX_KEYS + 1} (product_id {MAX_KEYS}): price 'x'"
    assert check.describe().endswith(f"row {MAX_KEYS + 1} (product_id {MAX_KEYS}): price 'x' … {MAX_KEYS + 2} in all")


def test_each_merge_check_names_the_rows_in_their_exports():
    """A lost web product by its web row; a web product merged twice by its web row and the link rows that
    reach it, each in the order it first appears; ERP products by their ERP row."""
    erp_rows = [
        ["1", 1, 10.0, 5, "instock"],
        ["2", 0, 20.0, 0, "outofstock"],
        ["3", 1, 30.0, 1, "instock"],
        ["4", 1, 5.0, 1, "instock"],
        ["5", 1, 6.0, 1, "instock"],
    ]
    web_rows = [
        ["15298", 2, "A", "product"],
        ["13127-1", 1, "B", "product"],
        ["777", 1, "C", "product"],
        ["15300", 1, "D", "product"],
    ]
    link_rows = [["1", "15298"], ["2", "13127-1"], ["4", "15298"], ["3", "999"], ["5", "13127-1"]]
    e, w, lk = (
        typed(kept(triage(make(rows), source)), source)
        for make, rows, source in ((erp, erp_rows, ERP), (web, web_rows, WEB), (link, link_rows, LINK))
    )
    checks, metrics = merge_checks(merge(e, lk, w), e, w)
    assert failing(checks) == {
        "merge_every_web_product_merged": (["777", "15300"], ["web row 4: sku '777'", "web row 5: sku '15300'"]),
        "merge_web_product_merged_once": (
            ["15298", "13127-1"],
            ["sku 15298: web row 2 merged with link rows 2, 4", "sku 13127-1: web row 3 merged with link rows 3, 6"],
        ),
        "merge_onsale_products_on_web": ([3], ["ERP row 4: product_id '3'"]),
        "merge_merged_products_on_sale": ([2], ["ERP row 3: product_id '2'"]),
    }
    assert metrics == {"erp_products": 5, "web_products": 4, "merged": 4, "erp_not_merged": 1}


def test_a_long_id_a_workbook_held_rounded_and_an_open_export_are_named():
    raw = frame(
        [["9007199254740992", "15298"], ["7", "15299"], ["-9007199254740994", "15300"]], ["product_id", "id_web"]
    )
    raw.attrs["rounded"] = rounded_keys(raw, LINK)
    raw.attrs["open_in_office"] = ".~lock.fichier_liaison.xlsx#"
    checks = by_name(load_checks(raw, LINK)[0])
    exact, office = checks["link_product_id_exact"], checks["link_not_open_in_office"]
    assert (exact.passed, exact.severity, exact.keys, exact.cells) == (
        False,
        "error",
        ["9007199254740992", "-9007199254740994"],
        ["row 2: product_id '9007199254740992'", "row 4: product_id '-9007199254740994'"],
    )
    assert exact.message == (
        "product_id beyond 9,007,199,254,740,992 in a workbook's number cell, which only holds it rounded, so it may "
        "not be the id as exported: store these ids as text cells, or export the file as CSV"
    )
    assert (office.passed, office.severity, office.keys, office.message) == (
        False,
        "warning",
        [".~lock.fichier_liaison.xlsx#"],
        "the export was open in Excel or LibreOffice while it was read (its lock file listed): if it was being saved, "
        "run the month again",
    )


@pytest.mark.parametrize(
    "prices, listed, message",
    [
        (
            ["24,5", "12.9", "25,1", "3"],
            [False, True, False, False],
            "price mixes decimal marks: 2 with a comma, 1 with a dot; the 1 with a dot (12.9) are listed",
        ),
        (
            ["24,5", "12.9", "25,1", "26,1", "3.5"],
            [False, True, False, False, True],
            "price mixes decimal marks: 3 with a comma, 2 with a dot; the 2 with a dot (12.9, …) are listed",
        ),
        (  # as many of each: the file's numbers use a dot
            ["24,5", "12.9", "25,1", "3.5"],
            [True, False, True, False],
            "price is not a number: a decimal comma (24,5) where the file's numbers use a dot",
        ),
        (
            ["1,234", "7"],
            [True, False],
            "price is not a number: 1,234 could be 1234 with a thousands separator or 1.234 with a decimal comma; "
            "write it without a thousands separator",
        ),
    ],
)
def test_a_number_column_says_which_decimal_mark_is_the_odd_one(prices, listed, message):
    values = pd.Series(prices, dtype="string")
    offending, why = number_problem("price", values, parse(values, "number")[1])
    assert (offending.tolist(), why) == (listed, message)


def test_z_gate_says_why_the_std_is_undefined():
    def said(prices):
        scored = add_zscore(pd.DataFrame({"product_id": range(len(prices)), "price": prices}))
        checks, metrics = zscore_checks(scored)
        return by_name(checks)["zscore_price_std_positive"].message, metrics["price_mean"]

    with pytest.warns(RuntimeWarning):  # numpy's overflow, which the gate turns into its message
        assert (
            said([1e308, 1.7e308])[0] == "std of price cannot be computed (a price too large for it?): z is undefined"
        )
    assert said([12.0, 12.0]) == ("std of price is 0 (every merged product has the same price): z is undefined", 12.0)
    assert said([12.0]) == ("std of price needs 2 merged products or more (1 merged): z is undefined", 12.0)
    assert said([]) == ("std of price needs 2 merged products or more (0 merged): z is undefined", None)


def test_a_header_hint_skips_the_required_columns_already_found_and_takes_a_close_enough_name():
    raw = frame([["1", 1, 2]], ["product_id", "onsale_web", "stock_quantity"])
    raw.attrs["header"] = ["product_id", "onsale_web", "stock_quantity", "Prix_HT"]
    message = by_name(load_checks(raw, ERP)[0])["erp_required_columns_present"].message
    assert message == (
        "missing column(s) price, stock_status (found: product_id, onsale_web, stock_quantity); the closest header "
        "to price is 'Prix_HT': if it is price, add to luigi.cfg the line [erp_columns] price = Prix_HT (or "
        '--erp-columns-price "Prix_HT")'
    )


@pytest.mark.parametrize(
    "value, said",
    [
        (None, "empty"),
        (pd.NA, "empty"),
        (float("nan"), "empty"),
        (12.0, "'12'"),  # as the file wrote it
        (24.5, "'24.5'"),
        (9999999999999998.0, "'9999999999999998'"),
        (1e16, "'1e+16'"),
        (1e200, "'1e+200'"),
        ("Pr\u00e9face\nFAKE LOG LINE\x1b[2J", "'Préface\\\\nFAKE LOG LINE\\\\x1b[2J'"),
        ("x" * 60, repr("x" * 60)),
        ("x" * 61, repr("x" * 59 + "…")),
    ],
)
def test_a_cell_is_quoted_as_written_on_one_line_and_cut_when_long(value, said):
    assert quoted(value) == said


def test_an_undefined_z_is_an_empty_number_and_an_empty_segment():
    out = add_zscore(pd.DataFrame({"product_id": [1], "price": [12.0]}))
    assert (str(out["z_score"].dtype), str(out["segment"].dtype)) == ("float64", "string")
    assert out["z_score"].isna().all() and out["segment"].isna().all()
