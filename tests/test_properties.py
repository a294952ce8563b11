"""Properties of the rules over generated inputs, and garbage workbooks that must end in a named error."""

import csv
import io
import statistics
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wine_luigi.claims import gate
from wine_luigi.contract import ERP, SOURCES
from wine_luigi.errors import GateFailed, LoadError
from wine_luigi.export import csv_text, sales_table, segment_table, write_csv, write_xlsx
from wine_luigi.gate_checks import load_checks, merge_checks, quality_checks, sales_checks, zscore_checks
from wine_luigi.raw_frame import canonical_text
from wine_luigi.readers import read_source
from wine_luigi.rules import add_sales, add_zscore, clean, dedup, kept, merge, sales_cents, total_revenue, triage, typed

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
keys = st.one_of(st.none(), st.integers(1, 30), st.sampled_from(["7", "7.0", " 8 ", "abc", "", "13127-1"]))
prices = st.one_of(
    st.none(), st.floats(-5, 300, allow_nan=False).map(lambda x: round(x, 2)), st.sampled_from(["12,50", "x"])
)


def as_extracted(rows, columns):
    frame = pd.DataFrame(rows, columns=columns, dtype=object)
    return frame.apply(canonical_text).assign(row=range(2, len(frame) + 2)) if len(frame) else frame.assign(row=[])


erp_rows = st.lists(
    st.tuples(keys, st.sampled_from([0, 1]), prices, st.integers(-3, 50), st.sampled_from(["instock", "outofstock"])),
    max_size=25,
)
web_rows = st.lists(
    st.tuples(keys, st.integers(0, 20), st.text(max_size=5), st.sampled_from(["product", "attachment"])), max_size=25
)


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


def premium_exactly(prices):
    """Which prices are premium, in exact rational arithmetic: z ≥ 2 ⇔ p − mean ≥ 0 and (p − mean)² ≥ 4·var,
    with z compared at nine decimals as the README says (so a z within 5e-10 below 2 counts as 2)."""
    values = [Fraction(str(p)) for p in prices]
    n = len(values)
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / (n - 1)
    bound = (2 - Fraction(1, 2 * 10**9)) ** 2
    return [v - mean >= 0 and (v - mean) ** 2 >= bound * var for v in values]


@SETTINGS
@given(st.lists(st.integers(5, 5000), min_size=2, max_size=60).filter(lambda p: len(set(p)) > 1))
def test_premium_is_z_of_two_or_more_and_the_rest_is_ordinary(tenths):
    prices = [t / 10 for t in tenths]
    scored = add_zscore(pd.DataFrame({"product_id": range(len(prices)), "price": prices}))
    expected = premium_exactly(prices)
    assert scored["segment"].tolist() == ["premium" if p else "ordinary" for p in expected]
    mean, std = statistics.mean(prices), statistics.stdev(prices)
    assert scored["z_score"].tolist() == pytest.approx([(p - mean) / std for p in prices], abs=1e-9)


cell = st.one_of(
    st.none(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.text(max_size=12),
    st.sampled_from(["product", "attachment", "instock", "15298", "=1+1", "12,50"]),
)
names = st.sampled_from(
    [
        "product_id",
        "onsale_web",
        "price",
        "stock_quantity",
        "stock_status",
        "sku",
        "total_sales",
        "post_title",
        "post_type",
        "id_web",
        " SKU ",
        "Price",
        "other",
        "",
    ]
)
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
    """The month without Luigi: every gate in order; the scored products, or the named error that stopped it."""
    raw = {name: read_source(paths[name], source)[0] for name, source in SOURCES.items()}
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
    return scored


def missing_columns(header):
    """The required columns a header lacks, after trimming and ignoring case (as the README says)."""
    found = {str(h).strip().lower() for h in header}
    return {name: [c for c in source.required if c not in found] for name, source in SOURCES.items()}


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(sheet, sheet, sheet)
def test_garbage_workbooks_end_in_a_named_error_at_the_gate_they_call_for(tmp_path, erp, web, link):
    paths, headers = {}, {}
    for name, (header, rows) in (("erp", erp), ("web", web), ("link", link)):
        paths[name] = tmp_path / f"{name}.xlsx"
        write_sheet(paths[name], header, rows)
        headers[name] = header
    lacking = [name for name in SOURCES if missing_columns(headers[name])[name]]
    try:
        run_rules(paths)
    except GateFailed as error:
        if lacking:  # a sheet without a required column stops at a load gate, its own or an earlier sheet's
            order = list(SOURCES)
            assert error.gate.startswith("load_") and order.index(error.gate[5:]) <= order.index(lacking[0])
            if error.gate == f"load_{lacking[0]}":
                missing = missing_columns(headers[lacking[0]])[lacking[0]]
                assert f"missing column(s) {', '.join(missing)} (found: " in str(error)
    else:
        assert not lacking, "a sheet without a required column passed the load gate"


# (bytes, what reading them as Fichier_erp.xlsx must say), each kind built so that the answer is known
files = st.one_of(
    st.just((b"", "the file is empty (0 bytes)")),
    st.binary(max_size=300).map(lambda b: (b"PK\x03\x04" + b, "not a readable xlsx workbook")),
    st.binary(max_size=300).map(
        lambda b: (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b, "password-protected or an old .xls file")
    ),
    st.tuples(st.binary(max_size=100), st.binary(max_size=100)).map(  # binary: it holds a NUL byte
        lambda p: (b"\x89" + p[0] + b"\x00" + p[1], "not an xlsx workbook (neither a workbook nor CSV text)")
    ),
    st.tuples(
        st.sampled_from([";", ",", "\t", "|"]),
        st.lists(st.from_regex(r"[a-z_]{1,8}", fullmatch=True), min_size=2, max_size=6),
        st.sampled_from(["utf-8", "cp1252"]),
    ).map(
        lambda p: (
            (p[0].join(p[1]) + "\r\nété" + p[0] + "1\r\n").encode(p[2]),
            "not an xlsx workbook: this is CSV text (",
        )
    ),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files)
def test_files_that_are_not_workbooks_are_refused_with_what_they_are(tmp_path, file):
    content, expected = file
    path = tmp_path / "Fichier_erp.xlsx"
    path.write_bytes(content)
    with pytest.raises(LoadError) as error:
        read_source(path, ERP)
    assert str(error.value).startswith(f"{path}: ")
    assert expected in str(error.value)
    assert error.value.transient == (expected in ("the file is empty (0 bytes)", "not a readable xlsx workbook"))


# --- a valid month, with or without known faults: the figures it must give, or the gate that must stop it ---


GATE_ORDER = [
    "load_erp",
    "load_web",
    "load_link",
    "quality_erp",
    "quality_web",
    "quality_link",
    "merge",
    "sales",
    "zscore",
]


def month_frames(draw):
    """(frames, truth) of a month every gate passes: n products sold online, extra ERP products not on the web,
    attachments and rows without sku on the web, the same sku written as a number in one file and text in the other."""
    n = draw(st.integers(2, 12))
    ids = draw(st.lists(st.integers(1000, 9999), min_size=n + 3, max_size=n + 3, unique=True))
    cents = draw(st.lists(st.integers(50, 30000), min_size=n + 3, max_size=n + 3, unique=True))
    sold = draw(st.lists(st.integers(0, 40), min_size=n, max_size=n))
    numbers = draw(st.lists(st.integers(10000, 99999), min_size=n, max_size=n, unique=True))
    skus = [str(x) if draw(st.booleans()) else f"{x}-{i}" for i, x in enumerate(numbers)]
    stock = draw(st.lists(st.integers(0, 30), min_size=n + 3, max_size=n + 3))
    erp = pd.DataFrame(
        {
            "product_id": ids,
            "onsale_web": [1] * n + [0] * 3,
            "price": [c / 100 for c in cents],
            "stock_quantity": stock,
            "stock_status": ["instock" if q > 0 else "outofstock" for q in stock],
        }
    )
    as_written = [int(s) if s.isdigit() and draw(st.booleans()) else s for s in skus]  # 15298 as a number, or as text
    link = pd.DataFrame({"product_id": ids, "id_web": [*as_written, None, None, None]}, dtype=object)
    products = pd.DataFrame(
        {
            "sku": skus,
            "total_sales": [float(x) for x in sold],
            "post_title": [f"Wine {i}" for i in range(n)],
            "post_type": "product",
        }
    )
    attachments = products.assign(post_type="attachment", total_sales=products["total_sales"] + 1)
    blank = pd.DataFrame(
        {"sku": [None, None], "total_sales": [None, None], "post_title": [None, None], "post_type": [None, None]}
    )
    web = pd.concat([products, attachments, blank], ignore_index=True)
    web = web.iloc[draw(st.permutations(range(len(web))))].reset_index(drop=True)
    revenue = sum(
        (Decimal(t) * Decimal(c) / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) for t, c in zip(sold, cents)
    )
    premium = {ids[i] for i, p in enumerate(premium_exactly([c / 100 for c in cents[:n]])) if p}
    return {"erp": erp, "web": web, "link": link}, {
        "merged": n,
        "revenue": float(revenue),
        "premium": premium,
        "ids": ids[:n],
        "skus": skus,
    }


def _product_row(f, truth, i):
    return f["web"].index[(f["web"]["sku"] == truth["skus"][i]) & (f["web"]["post_type"] == "product")][0]


# name: (fault, gate it stops, check that names it)
FAULTS = {
    "erp without price": (
        lambda f, t: f.update(erp=f["erp"].drop(columns="price")),
        "load_erp",
        "erp_required_columns_present",
    ),
    "web header only": (lambda f, t: f.update(web=f["web"].iloc[:0]), "load_web", "web_has_data_rows"),
    "link without id_web": (
        lambda f, t: f.update(link=f["link"].drop(columns="id_web")),
        "load_link",
        "link_required_columns_present",
    ),
    "erp key conflict": (
        lambda f, t: f.update(erp=pd.concat([f["erp"], f["erp"].iloc[[0]].assign(price=999.99)])),
        "quality_erp",
        "erp_product_id_unique",
    ),
    "price 12,50": (
        lambda f, t: f["erp"].__setitem__(
            "price", f["erp"]["price"].astype(object).where(f["erp"].index != 1, "12,50")
        ),
        "quality_erp",
        "erp_price_is_number",
    ),
    "post_type revision": (
        lambda f, t: f["web"].__setitem__(
            "post_type", f["web"]["post_type"].where(f["web"].index != _product_row(f, t, 1), "revision")
        ),
        "quality_web",
        "web_post_type_allowed",
    ),
    "link fan-out": (
        lambda f, t: f.update(
            link=pd.concat([f["link"], pd.DataFrame({"product_id": [t["ids"][0]], "id_web": ["zz-1"]})])
        ),
        "quality_link",
        "link_product_id_unique",
    ),
    "web product not linked": (
        lambda f, t: f.update(
            web=pd.concat(
                [
                    f["web"],
                    pd.DataFrame(
                        {"sku": ["nolink-1"], "total_sales": [1.0], "post_title": ["X"], "post_type": ["product"]}
                    ),
                ]
            )
        ),
        "merge",
        "merge_every_web_product_merged",
    ),
    "free product": (
        lambda f, t: f["erp"].__setitem__("price", f["erp"]["price"].where(f["erp"]["product_id"] != t["ids"][0], 0.0)),
        "sales",
        "sales_price_positive",
    ),
    "negative sales": (
        lambda f, t: f["web"].__setitem__(
            "total_sales", f["web"]["total_sales"].where(f["web"].index != _product_row(f, t, 0), -2.0)
        ),
        "sales",
        "sales_total_sales_not_negative",
    ),
    "every price equal": (lambda f, t: f["erp"].__setitem__("price", 12.5), "zscore", "zscore_price_std_positive"),
}
ORDER_OF_FAULTS = [
    "every price equal",
    "free product",
    "negative sales",
    "price 12,50",
    "post_type revision",
    "erp key conflict",
    "link fan-out",
    "web product not linked",
    "erp without price",
    "web header only",
    "link without id_web",
]


@st.composite
def months_with_faults(draw):
    frames, truth = month_frames(draw)
    faults = draw(st.sets(st.sampled_from(sorted(FAULTS)), max_size=3))
    for name in sorted(faults, key=ORDER_OF_FAULTS.index):  # values first, then structure
        FAULTS[name][0](frames, truth)
    return frames, truth, faults


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@pytest.mark.slow
@given(months_with_faults())
def test_a_month_gives_its_figures_or_stops_at_its_first_fault(tmp_path, month):
    frames, truth, faults = month
    paths = {}
    for name, frame in frames.items():
        paths[name] = tmp_path / f"{name}.xlsx"
        with open(paths[name], "wb") as f:
            write_xlsx(frame, f)
    if not faults:
        scored = run_rules(paths)
        assert len(scored) == truth["merged"]
        assert total_revenue(scored) == truth["revenue"]
        assert set(scored.loc[scored["segment"] == "premium", "product_id"]) == truth["premium"]
        return
    first = min((FAULTS[name][1] for name in faults), key=GATE_ORDER.index)
    with pytest.raises(GateFailed) as error:
        run_rules(paths)
    assert error.value.gate == first
    failed = {c.name for c in error.value.failed}
    assert {FAULTS[name][2] for name in faults if FAULTS[name][1] == first} <= failed


csv_cells = st.one_of(
    st.none(),
    st.text(st.sampled_from(["a", "X", "é", ",", '"', "\n", "\r", " ", ";", "'", "=", "\t", "€"]), max_size=6),
)
csv_floats = st.one_of(
    st.floats(allow_nan=True, allow_infinity=False), st.sampled_from([0.1 + 0.2, -0.0, 1e16, 1e-05, 24.2, 5.0])
)


def read_back(text):
    """The rows a CSV reader finds in `text` (the csv module, which splits rows where Excel and pandas do)."""
    return list(csv.reader(io.StringIO(text, newline="")))


def python_quotes_a_bare_cr():
    """Whether this Python's csv module quotes a field holding a bare carriage return (3.11.9, 3.12.3 on)."""
    out = io.StringIO()
    csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\n").writerow(["a\rb", "x"])
    return out.getvalue().startswith('"')


@SETTINGS
@given(st.data(), st.integers(0, 12), st.sampled_from(["columns", "one column", "object text"]))
def test_the_arrow_csv_is_what_pandas_to_csv_writes(data, rows, shape):
    """Text with every character the csv module treats specially, floats of every size, integers with and without
    missing values, a table of one column, text held as Python objects: every cell reads back as pandas writes it,
    and csv_text gives pandas' bytes, but where pandas leaves a bare carriage return unquoted (before Python 3.11.9:
    a reader splits the row there), which csv_text quotes."""
    table = pd.DataFrame(
        {
            "text": pd.array(data.draw(st.lists(csv_cells, min_size=rows, max_size=rows)), dtype="string"),
            "float": pd.Series(data.draw(st.lists(csv_floats, min_size=rows, max_size=rows)), dtype="float64"),
            "count": pd.array(
                data.draw(st.lists(st.one_of(st.none(), st.integers(-(10**12), 10**12)), min_size=rows, max_size=rows)),
                dtype="Int64",
            ),
            "row": pd.Series(range(rows), dtype="int64"),
            'a, "name"': pd.array(data.draw(st.lists(csv_cells, min_size=rows, max_size=rows)), dtype="str"),
        }
    )
    if shape == "one column":
        table = table[["text"]]
    elif shape == "object text":
        table = table.astype({"text": object, 'a, "name"': object})
    expected, crlf = io.StringIO(), io.StringIO()
    table.to_csv(expected, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    table.to_csv(crlf, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")  # a bare CR quoted there
    ours = csv_text(table)
    assert read_back(ours) == read_back(crlf.getvalue())
    if python_quotes_a_bare_cr() or "\r" not in expected.getvalue():
        assert ours == expected.getvalue()
