import pandas as pd
import pytest
from conftest import erp, frame, link, web

from wine_luigi.checks import MAX_KEYS, gate, no_offenders
from wine_luigi.contract import ERP, LINK, WEB
from wine_luigi.errors import GateFailed
from wine_luigi.rules import add_zscore, kept, merge, triage, typed
from wine_luigi.validate import load_checks, merge_checks, quality_checks, sales_checks, zscore_checks


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


@pytest.mark.parametrize("source, rows, make", [(ERP, GOOD_ERP, erp), (WEB, GOOD_WEB, web), (LINK, GOOD_LINK, link)], ids=["erp", "web", "link"])
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


# --- sales gate --------------------------------------------------------------------------------


def sales_frame(**columns):
    base = {"product_id": [1, 2], "price": [10.0, 20.0], "total_sales": [1.0, 0.0], "stock_quantity": [3, 0], "stock_status": ["instock", "outofstock"]}
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


# --- z gate ------------------------------------------------------------------------------------


def test_z_gate_passes_and_reports_the_distribution():
    checks, metrics = zscore_checks(add_zscore(pd.DataFrame({"product_id": range(6), "price": [10.0] * 5 + [100.0]})))
    assert failed(checks) == []
    assert (metrics["premium"], metrics["ordinary"], metrics["price_mean"]) == (1, 5, 25.0)


@pytest.mark.parametrize(
    "prices, expected",
    [
        ([12.0, 12.0, 12.0], ["zscore_defined_for_every_product", "zscore_has_premium", "zscore_price_std_positive", "zscore_segments_add_up"]),
        ([12.0], ["zscore_at_least_two_products", "zscore_defined_for_every_product", "zscore_has_premium", "zscore_price_std_positive", "zscore_segments_add_up"]),
    ],
    ids=["std-0", "one-product"],
)
def test_z_gate_stops_when_z_is_undefined(prices, expected):
    checks, _ = zscore_checks(add_zscore(pd.DataFrame({"product_id": range(len(prices)), "price": prices})))
    assert failed(checks) == expected


def test_z_gate_stops_on_a_product_scored_twice():
    scored = add_zscore(pd.DataFrame({"product_id": [1, 2, 2], "price": [10.0, 20.0, 30.0]}))
    assert failed(zscore_checks(scored)[0]) == ["zscore_has_premium", "zscore_one_per_product"]


def test_no_premium_is_a_warning_only():
    checks, _ = zscore_checks(add_zscore(pd.DataFrame({"product_id": [1, 2], "price": [10.0, 20.0]})))
    assert [(c.name, c.severity) for c in checks if not c.passed] == [("zscore_has_premium", "warning")]


# --- the gate itself ---------------------------------------------------------------------------


def test_gate_raises_with_every_failed_check_and_at_most_twenty_keys():
    offenders = [f"sku-{i}" for i in range(25)]
    checks = [no_offenders("web_sku_unique", offenders, "rows sharing a key"), no_offenders("web_ok", [], "fine")]
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
    marker = gate("sales", [no_offenders("sales_price_positive", [], "price > 0")], {"merged": 2})
    assert marker["passed"] is True
    assert marker["metrics"] == {"merged": 2}
    assert marker["checks"][0] == {
        "name": "sales_price_positive", "severity": "error", "observed": 0, "threshold": 0, "passed": True,
        "message": "price > 0", "keys": [], "count": 0,
    }
