"""Properties of the rules over generated inputs, and garbage workbooks that must end in a named error."""
import io
from decimal import ROUND_HALF_UP, Decimal

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wine_luigi.checks import gate
from wine_luigi.contract import ERP, SOURCES
from wine_luigi.errors import PipelineError
from wine_luigi.export import sales_table, segment_table, write_csv, write_xlsx
from wine_luigi.extract import canonical_text, read_workbook
from wine_luigi.rules import add_sales, add_zscore, clean, dedup, kept, merge, sales_cents, total_revenue, triage, typed
from wine_luigi.validate import load_checks, merge_checks, quality_checks, sales_checks, zscore_checks

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
keys = st.one_of(st.none(), st.integers(1, 30), st.sampled_from(["7", "7.0", " 8 ", "abc", "", "13127-1"]))
prices = st.one_of(st.none(), st.floats(-5, 300, allow_nan=False).map(lambda x: round(x, 2)), st.sampled_from(["12,50", "x"]))


def as_extracted(rows, columns):
    frame = pd.DataFrame(rows, columns=columns, dtype=object)
    return frame.apply(canonical_text).assign(row=range(2, len(frame) + 2)) if len(frame) else frame.assign(row=[])


erp_rows = st.lists(st.tuples(keys, st.sampled_from([0, 1]), prices, st.integers(-3, 50), st.sampled_from(["instock", "outofstock"])), max_size=25)
web_rows = st.lists(st.tuples(keys, st.integers(0, 20), st.text(max_size=5), st.sampled_from(["product", "attachment"])), max_size=25)


@SETTINGS
@given(erp_rows)
def test_dedup_is_idempotent(rows):
    cleaned = clean(as_extracted(rows, ERP.required), ERP)
    once = dedup(cleaned, ERP)
    assert dedup(once, ERP)["reason"].fillna("").tolist() == once["reason"].fillna("").tolist()


@SETTINGS
@given(erp_rows, web_rows, st.lists(st.tuples(keys, keys), max_size=25))
def test_merge_never_invents_or_doubles_a_key(erp, web, link):
    frames = {}
    for name, rows in (("erp", erp), ("web", web), ("link", link)):
        source = SOURCES[name]
        rows_ = kept(triage(as_extracted(rows, source.required), source))
        rows_ = rows_.drop_duplicates(subset=source.keys[:1])  # what the quality gate guarantees
        if name == "link":
            rows_ = rows_.drop_duplicates(subset=["id_web"])
        frames[name] = typed(rows_, source)
    web_products = frames["web"][frames["web"]["post_type"] == "product"]
    merged = merge(frames["erp"], frames["link"], web_products)
    assert set(merged["product_id"]) <= set(frames["erp"]["product_id"])
    assert set(merged["sku"]) <= set(web_products["sku"])
    assert merged["sku"].is_unique and merged["product_id"].is_unique


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, 500), st.decimals(Decimal("0.01"), 999, places=2)), min_size=1, max_size=40))
def test_the_total_is_the_sum_of_the_product_rows(rows):
    sales = add_sales(pd.DataFrame({"total_sales": [float(t) for t, _ in rows], "price": [float(p) for _, p in rows]}))
    exact = sum((t * p).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) for t, p in rows)
    assert total_revenue(sales) == float(exact)
    assert round(sales["sales_product"].sum(), 2) == float(exact)
    assert sales_cents(sales["total_sales"], sales["price"]).sum() == int(exact * 100)


@SETTINGS
@given(st.lists(st.floats(0.5, 500, allow_nan=False).map(lambda x: round(x, 1)), min_size=2, max_size=60).filter(lambda p: len(set(p)) > 1))
def test_premium_and_ordinary_make_up_the_merged_products(prices):
    scored = add_zscore(pd.DataFrame({"product_id": range(len(prices)), "price": prices})).assign(sku="", post_title="", total_sales=0.0, sales_product=0.0)
    premium, ordinary = segment_table(scored, "premium"), segment_table(scored, "ordinary")
    assert len(premium) + len(ordinary) == len(prices)
    assert set(premium["product_id"]).isdisjoint(ordinary["product_id"])
    checks, metrics = zscore_checks(scored)
    assert [c.name for c in checks if c.severity == "error" and not c.passed] == []


cell = st.one_of(
    st.none(), st.integers(-10**6, 10**6), st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
    st.text(max_size=12), st.sampled_from(["product", "attachment", "instock", "15298", "=1+1", "12,50"]),
)
names = st.sampled_from(["product_id", "onsale_web", "price", "stock_quantity", "stock_status", "sku", "total_sales",
                         "post_title", "post_type", "id_web", " SKU ", "Price", "other", ""])
sheet = st.tuples(st.lists(names, min_size=0, max_size=8), st.lists(st.lists(cell, max_size=8), max_size=12))


def write_sheet(path, header, rows):
    width = max([len(header)] + [len(r) for r in rows]) if (header or rows) else 0
    table = pd.DataFrame([r + [None] * (width - len(r)) for r in rows], columns=None, dtype=object)
    table = table.reindex(columns=range(width))
    table.columns = [header[i] if i < len(header) else f"c{i}" for i in range(width)] if width else []
    table.columns = [c if c not in list(table.columns)[:i] else f"{c}_{i}" for i, c in enumerate(table.columns)]
    with open(path, "wb") as f:
        write_xlsx(table, f)


def run_rules(paths):
    """The month without Luigi: every gate in order; only a named error may stop it."""
    raw = {name: read_workbook(paths[name], source) for name, source in SOURCES.items()}
    for name, source in SOURCES.items():
        gate(f"load_{name}", *load_checks(raw[name], source))
    triaged = {name: triage(raw[name], source) for name, source in SOURCES.items()}
    for name, source in SOURCES.items():
        gate(f"quality_{name}", *quality_checks(triaged[name], source))
    rows = {name: typed(kept(triaged[name]), source) for name, source in SOURCES.items()}
    merged = merge(rows["erp"], rows["link"], rows["web"])
    gate("merge", *merge_checks(merged, rows["erp"], rows["web"]))
    gate("sales", *sales_checks(merged))
    scored = add_zscore(add_sales(merged))
    gate("zscore", *zscore_checks(scored))
    write_xlsx(sales_table(scored), io.BytesIO())
    write_csv(segment_table(scored, "premium"), io.StringIO())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(sheet, sheet, sheet)
def test_garbage_workbooks_end_in_a_named_error(tmp_path, erp, web, link):
    paths = {}
    for name, (header, rows) in (("erp", erp), ("web", web), ("link", link)):
        paths[name] = tmp_path / f"{name}.xlsx"
        write_sheet(paths[name], header, rows)
    try:
        run_rules(paths)
    except PipelineError:
        pass


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
def test_random_bytes_are_not_a_workbook(tmp_path, content):
    path = tmp_path / "Fichier_erp.xlsx"
    path.write_bytes(content)
    try:
        read_workbook(path, ERP)
    except PipelineError as error:
        assert str(path) in str(error)
