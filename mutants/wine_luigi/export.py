"""The month's deliverables as tables, and their writers (xlsx and csv, formula-safe)."""
import csv
import re

import pandas as pd
import numpy as np

from wine_luigi.rules import PREMIUM_Z, REASON, ROW, total_revenue

SALES_COLUMNS = ["product_id", "sku", "post_title", "onsale_web", "stock_quantity", "total_sales", "price", "sales_product"]
SEGMENT_COLUMNS = ["z_score", "product_id", "sku", "post_title", "total_sales", "price", "sales_product"]
REJECT_COLUMNS = ["source", "file", "row", "key_column", "key", "reason", "detail"]
FORMULA_START = ("=", "+", "-", "@")
# UTF-8 with a byte order mark: Excel (a French one included) then reads the accents right; other tools skip it
CSV_ENCODING = "utf-8-sig"
Z_SHOWN = 2  # decimals of z_score in premium.csv and ordinary.csv (the ledger keeps every digit)
COUNTS = ("total_sales", "stock_quantity")  # written as whole numbers when they are (5, not 5.0)


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_sales_table__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_sales_table__mutmut)
def sales_table(scored):
    """sales_product.xlsx: one row per merged product, by sales_product desc then product_id."""
    return scored.sort_values(["sales_product", "product_id"], ascending=[False, True])[SALES_COLUMNS]


def x_sales_table__mutmut_orig(scored):
    """sales_product.xlsx: one row per merged product, by sales_product desc then product_id."""
    return scored.sort_values(["sales_product", "product_id"], ascending=[False, True])[SALES_COLUMNS]


def x_sales_table__mutmut_1(scored):
    """sales_product.xlsx: one row per merged product, by sales_product desc then product_id."""
    return scored.sort_values(None, ascending=[False, True])[SALES_COLUMNS]


def x_sales_table__mutmut_2(scored):
    """sales_product.xlsx: one row per merged product, by sales_product desc then product_id."""
    return scored.sort_values(["sales_product", "product_id"], ascending=None)[SALES_COLUMNS]


def x_sales_table__mutmut_3(scored):
    """sales_product.xlsx: one row per merged product, by sales_product desc then product_id."""
    return scored.sort_values(ascending=[False, True])[SALES_COLUMNS]


def x_sales_table__mutmut_4(scored):
    """sales_product.xlsx: one row per merged product, by sales_product desc then product_id."""
    return scored.sort_values(["sales_product", "product_id"], )[SALES_COLUMNS]


def x_sales_table__mutmut_5(scored):
    """sales_product.xlsx: one row per merged product, by sales_product desc then product_id."""
    return scored.sort_values(["XXsales_productXX", "product_id"], ascending=[False, True])[SALES_COLUMNS]


def x_sales_table__mutmut_6(scored):
    """sales_product.xlsx: one row per merged product, by sales_product desc then product_id."""
    return scored.sort_values(["SALES_PRODUCT", "product_id"], ascending=[False, True])[SALES_COLUMNS]


def x_sales_table__mutmut_7(scored):
    """sales_product.xlsx: one row per merged product, by sales_product desc then product_id."""
    return scored.sort_values(["sales_product", "XXproduct_idXX"], ascending=[False, True])[SALES_COLUMNS]


def x_sales_table__mutmut_8(scored):
    """sales_product.xlsx: one row per merged product, by sales_product desc then product_id."""
    return scored.sort_values(["sales_product", "PRODUCT_ID"], ascending=[False, True])[SALES_COLUMNS]


def x_sales_table__mutmut_9(scored):
    """sales_product.xlsx: one row per merged product, by sales_product desc then product_id."""
    return scored.sort_values(["sales_product", "product_id"], ascending=[True, True])[SALES_COLUMNS]


def x_sales_table__mutmut_10(scored):
    """sales_product.xlsx: one row per merged product, by sales_product desc then product_id."""
    return scored.sort_values(["sales_product", "product_id"], ascending=[False, False])[SALES_COLUMNS]

mutants_x_sales_table__mutmut['_mutmut_orig'] = x_sales_table__mutmut_orig # type: ignore # mutmut generated
mutants_x_sales_table__mutmut['x_sales_table__mutmut_1'] = x_sales_table__mutmut_1 # type: ignore # mutmut generated
mutants_x_sales_table__mutmut['x_sales_table__mutmut_2'] = x_sales_table__mutmut_2 # type: ignore # mutmut generated
mutants_x_sales_table__mutmut['x_sales_table__mutmut_3'] = x_sales_table__mutmut_3 # type: ignore # mutmut generated
mutants_x_sales_table__mutmut['x_sales_table__mutmut_4'] = x_sales_table__mutmut_4 # type: ignore # mutmut generated
mutants_x_sales_table__mutmut['x_sales_table__mutmut_5'] = x_sales_table__mutmut_5 # type: ignore # mutmut generated
mutants_x_sales_table__mutmut['x_sales_table__mutmut_6'] = x_sales_table__mutmut_6 # type: ignore # mutmut generated
mutants_x_sales_table__mutmut['x_sales_table__mutmut_7'] = x_sales_table__mutmut_7 # type: ignore # mutmut generated
mutants_x_sales_table__mutmut['x_sales_table__mutmut_8'] = x_sales_table__mutmut_8 # type: ignore # mutmut generated
mutants_x_sales_table__mutmut['x_sales_table__mutmut_9'] = x_sales_table__mutmut_9 # type: ignore # mutmut generated
mutants_x_sales_table__mutmut['x_sales_table__mutmut_10'] = x_sales_table__mutmut_10 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_sales_summary__mutmut)
def sales_summary(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_orig(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_1(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = None
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_2(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["XXpriceXX"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_3(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["PRICE"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_4(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("XXproductsXX", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_5(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("PRODUCTS", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_6(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), True),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_7(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("XXtotal revenueXX", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_8(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("TOTAL REVENUE", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_9(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(None), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_10(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), False),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_11(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("XXpremium products (z ≥ 2)XX", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_12(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("PREMIUM PRODUCTS (Z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_13(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int(None), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_14(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["XXsegmentXX"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_15(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["SEGMENT"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_16(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] != "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_17(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "XXpremiumXX").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_18(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "PREMIUM").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_19(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), True),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_20(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("XXordinary products (z < 2)XX", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_21(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ORDINARY PRODUCTS (Z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_22(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int(None), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_23(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["XXsegmentXX"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_24(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["SEGMENT"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_25(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] != "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_26(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "XXordinaryXX").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_27(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ORDINARY").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_28(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), True),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_29(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("XXprice meanXX", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_30(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("PRICE MEAN", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_31(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(None), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_32(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), False),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_33(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("XXprice std (n − 1)XX", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_34(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("PRICE STD (N − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_35(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(None), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_36(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=None)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_37(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=2)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_38(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), False),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_39(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("XXpremium from priceXX", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_40(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("PREMIUM FROM PRICE", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_41(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(None), True),
    ]


def x_sales_summary__mutmut_42(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() - PREMIUM_Z * price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_43(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z / price.std(ddof=1)), True),
    ]


def x_sales_summary__mutmut_44(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=None)), True),
    ]


def x_sales_summary__mutmut_45(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=2)), True),
    ]


def x_sales_summary__mutmut_46(scored):
    """The summary sheet after the data: (label, value, is € amount)."""
    price = scored["price"]
    return [
        ("products", len(scored), False),
        ("total revenue", total_revenue(scored), True),
        ("premium products (z ≥ 2)", int((scored["segment"] == "premium").sum()), False),
        ("ordinary products (z < 2)", int((scored["segment"] == "ordinary").sum()), False),
        ("price mean", float(price.mean()), True),
        ("price std (n − 1)", float(price.std(ddof=1)), True),
        ("premium from price", float(price.mean() + PREMIUM_Z * price.std(ddof=1)), False),
    ]

mutants_x_sales_summary__mutmut['_mutmut_orig'] = x_sales_summary__mutmut_orig # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_1'] = x_sales_summary__mutmut_1 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_2'] = x_sales_summary__mutmut_2 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_3'] = x_sales_summary__mutmut_3 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_4'] = x_sales_summary__mutmut_4 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_5'] = x_sales_summary__mutmut_5 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_6'] = x_sales_summary__mutmut_6 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_7'] = x_sales_summary__mutmut_7 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_8'] = x_sales_summary__mutmut_8 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_9'] = x_sales_summary__mutmut_9 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_10'] = x_sales_summary__mutmut_10 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_11'] = x_sales_summary__mutmut_11 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_12'] = x_sales_summary__mutmut_12 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_13'] = x_sales_summary__mutmut_13 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_14'] = x_sales_summary__mutmut_14 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_15'] = x_sales_summary__mutmut_15 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_16'] = x_sales_summary__mutmut_16 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_17'] = x_sales_summary__mutmut_17 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_18'] = x_sales_summary__mutmut_18 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_19'] = x_sales_summary__mutmut_19 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_20'] = x_sales_summary__mutmut_20 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_21'] = x_sales_summary__mutmut_21 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_22'] = x_sales_summary__mutmut_22 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_23'] = x_sales_summary__mutmut_23 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_24'] = x_sales_summary__mutmut_24 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_25'] = x_sales_summary__mutmut_25 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_26'] = x_sales_summary__mutmut_26 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_27'] = x_sales_summary__mutmut_27 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_28'] = x_sales_summary__mutmut_28 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_29'] = x_sales_summary__mutmut_29 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_30'] = x_sales_summary__mutmut_30 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_31'] = x_sales_summary__mutmut_31 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_32'] = x_sales_summary__mutmut_32 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_33'] = x_sales_summary__mutmut_33 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_34'] = x_sales_summary__mutmut_34 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_35'] = x_sales_summary__mutmut_35 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_36'] = x_sales_summary__mutmut_36 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_37'] = x_sales_summary__mutmut_37 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_38'] = x_sales_summary__mutmut_38 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_39'] = x_sales_summary__mutmut_39 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_40'] = x_sales_summary__mutmut_40 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_41'] = x_sales_summary__mutmut_41 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_42'] = x_sales_summary__mutmut_42 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_43'] = x_sales_summary__mutmut_43 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_44'] = x_sales_summary__mutmut_44 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_45'] = x_sales_summary__mutmut_45 # type: ignore # mutmut generated
mutants_x_sales_summary__mutmut['x_sales_summary__mutmut_46'] = x_sales_summary__mutmut_46 # type: ignore # mutmut generated
mutants_x_shown_z__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_shown_z__mutmut)
def shown_z(scored):
    """z_score rounded for a person, on the side of the threshold its segment is on: an ordinary product at
    z = 1.996 shows 1.99, never 2.00 (its segment was decided on the exact value)."""
    z = scored["z_score"].round(Z_SHOWN) + 0.0  # + 0.0: no "-0.0"
    ordinary_at_threshold = (scored["segment"] == "ordinary") & (z >= PREMIUM_Z)
    return z.mask(ordinary_at_threshold, PREMIUM_Z - 10**-Z_SHOWN)


def x_shown_z__mutmut_orig(scored):
    """z_score rounded for a person, on the side of the threshold its segment is on: an ordinary product at
    z = 1.996 shows 1.99, never 2.00 (its segment was decided on the exact value)."""
    z = scored["z_score"].round(Z_SHOWN) + 0.0  # + 0.0: no "-0.0"
    ordinary_at_threshold = (scored["segment"] == "ordinary") & (z >= PREMIUM_Z)
    return z.mask(ordinary_at_threshold, PREMIUM_Z - 10**-Z_SHOWN)


def x_shown_z__mutmut_1(scored):
    """z_score rounded for a person, on the side of the threshold its segment is on: an ordinary product at
    z = 1.996 shows 1.99, never 2.00 (its segment was decided on the exact value)."""
    z = None  # + 0.0: no "-0.0"
    ordinary_at_threshold = (scored["segment"] == "ordinary") & (z >= PREMIUM_Z)
    return z.mask(ordinary_at_threshold, PREMIUM_Z - 10**-Z_SHOWN)


def x_shown_z__mutmut_2(scored):
    """z_score rounded for a person, on the side of the threshold its segment is on: an ordinary product at
    z = 1.996 shows 1.99, never 2.00 (its segment was decided on the exact value)."""
    z = scored["z_score"].round(Z_SHOWN) - 0.0  # + 0.0: no "-0.0"
    ordinary_at_threshold = (scored["segment"] == "ordinary") & (z >= PREMIUM_Z)
    return z.mask(ordinary_at_threshold, PREMIUM_Z - 10**-Z_SHOWN)


def x_shown_z__mutmut_3(scored):
    """z_score rounded for a person, on the side of the threshold its segment is on: an ordinary product at
    z = 1.996 shows 1.99, never 2.00 (its segment was decided on the exact value)."""
    z = scored["z_score"].round(None) + 0.0  # + 0.0: no "-0.0"
    ordinary_at_threshold = (scored["segment"] == "ordinary") & (z >= PREMIUM_Z)
    return z.mask(ordinary_at_threshold, PREMIUM_Z - 10**-Z_SHOWN)


def x_shown_z__mutmut_4(scored):
    """z_score rounded for a person, on the side of the threshold its segment is on: an ordinary product at
    z = 1.996 shows 1.99, never 2.00 (its segment was decided on the exact value)."""
    z = scored["XXz_scoreXX"].round(Z_SHOWN) + 0.0  # + 0.0: no "-0.0"
    ordinary_at_threshold = (scored["segment"] == "ordinary") & (z >= PREMIUM_Z)
    return z.mask(ordinary_at_threshold, PREMIUM_Z - 10**-Z_SHOWN)


def x_shown_z__mutmut_5(scored):
    """z_score rounded for a person, on the side of the threshold its segment is on: an ordinary product at
    z = 1.996 shows 1.99, never 2.00 (its segment was decided on the exact value)."""
    z = scored["Z_SCORE"].round(Z_SHOWN) + 0.0  # + 0.0: no "-0.0"
    ordinary_at_threshold = (scored["segment"] == "ordinary") & (z >= PREMIUM_Z)
    return z.mask(ordinary_at_threshold, PREMIUM_Z - 10**-Z_SHOWN)


def x_shown_z__mutmut_6(scored):
    """z_score rounded for a person, on the side of the threshold its segment is on: an ordinary product at
    z = 1.996 shows 1.99, never 2.00 (its segment was decided on the exact value)."""
    z = scored["z_score"].round(Z_SHOWN) + 1.0  # + 0.0: no "-0.0"
    ordinary_at_threshold = (scored["segment"] == "ordinary") & (z >= PREMIUM_Z)
    return z.mask(ordinary_at_threshold, PREMIUM_Z - 10**-Z_SHOWN)


def x_shown_z__mutmut_7(scored):
    """z_score rounded for a person, on the side of the threshold its segment is on: an ordinary product at
    z = 1.996 shows 1.99, never 2.00 (its segment was decided on the exact value)."""
    z = scored["z_score"].round(Z_SHOWN) + 0.0  # + 0.0: no "-0.0"
    ordinary_at_threshold = None
    return z.mask(ordinary_at_threshold, PREMIUM_Z - 10**-Z_SHOWN)


def x_shown_z__mutmut_8(scored):
    """z_score rounded for a person, on the side of the threshold its segment is on: an ordinary product at
    z = 1.996 shows 1.99, never 2.00 (its segment was decided on the exact value)."""
    z = scored["z_score"].round(Z_SHOWN) + 0.0  # + 0.0: no "-0.0"
    ordinary_at_threshold = (scored["segment"] == "ordinary") | (z >= PREMIUM_Z)
    return z.mask(ordinary_at_threshold, PREMIUM_Z - 10**-Z_SHOWN)


def x_shown_z__mutmut_9(scored):
    """z_score rounded for a person, on the side of the threshold its segment is on: an ordinary product at
    z = 1.996 shows 1.99, never 2.00 (its segment was decided on the exact value)."""
    z = scored["z_score"].round(Z_SHOWN) + 0.0  # + 0.0: no "-0.0"
    ordinary_at_threshold = (scored["XXsegmentXX"] == "ordinary") & (z >= PREMIUM_Z)
    return z.mask(ordinary_at_threshold, PREMIUM_Z - 10**-Z_SHOWN)


def x_shown_z__mutmut_10(scored):
    """z_score rounded for a person, on the side of the threshold its segment is on: an ordinary product at
    z = 1.996 shows 1.99, never 2.00 (its segment was decided on the exact value)."""
    z = scored["z_score"].round(Z_SHOWN) + 0.0  # + 0.0: no "-0.0"
    ordinary_at_threshold = (scored["SEGMENT"] == "ordinary") & (z >= PREMIUM_Z)
    return z.mask(ordinary_at_threshold, PREMIUM_Z - 10**-Z_SHOWN)


def x_shown_z__mutmut_11(scored):
    """z_score rounded for a person, on the side of the threshold its segment is on: an ordinary product at
    z = 1.996 shows 1.99, never 2.00 (its segment was decided on the exact value)."""
    z = scored["z_score"].round(Z_SHOWN) + 0.0  # + 0.0: no "-0.0"
    ordinary_at_threshold = (scored["segment"] != "ordinary") & (z >= PREMIUM_Z)
    return z.mask(ordinary_at_threshold, PREMIUM_Z - 10**-Z_SHOWN)


def x_shown_z__mutmut_12(scored):
    """z_score rounded for a person, on the side of the threshold its segment is on: an ordinary product at
    z = 1.996 shows 1.99, never 2.00 (its segment was decided on the exact value)."""
    z = scored["z_score"].round(Z_SHOWN) + 0.0  # + 0.0: no "-0.0"
    ordinary_at_threshold = (scored["segment"] == "XXordinaryXX") & (z >= PREMIUM_Z)
    return z.mask(ordinary_at_threshold, PREMIUM_Z - 10**-Z_SHOWN)


def x_shown_z__mutmut_13(scored):
    """z_score rounded for a person, on the side of the threshold its segment is on: an ordinary product at
    z = 1.996 shows 1.99, never 2.00 (its segment was decided on the exact value)."""
    z = scored["z_score"].round(Z_SHOWN) + 0.0  # + 0.0: no "-0.0"
    ordinary_at_threshold = (scored["segment"] == "ORDINARY") & (z >= PREMIUM_Z)
    return z.mask(ordinary_at_threshold, PREMIUM_Z - 10**-Z_SHOWN)


def x_shown_z__mutmut_14(scored):
    """z_score rounded for a person, on the side of the threshold its segment is on: an ordinary product at
    z = 1.996 shows 1.99, never 2.00 (its segment was decided on the exact value)."""
    z = scored["z_score"].round(Z_SHOWN) + 0.0  # + 0.0: no "-0.0"
    ordinary_at_threshold = (scored["segment"] == "ordinary") & (z > PREMIUM_Z)
    return z.mask(ordinary_at_threshold, PREMIUM_Z - 10**-Z_SHOWN)


def x_shown_z__mutmut_15(scored):
    """z_score rounded for a person, on the side of the threshold its segment is on: an ordinary product at
    z = 1.996 shows 1.99, never 2.00 (its segment was decided on the exact value)."""
    z = scored["z_score"].round(Z_SHOWN) + 0.0  # + 0.0: no "-0.0"
    ordinary_at_threshold = (scored["segment"] == "ordinary") & (z >= PREMIUM_Z)
    return z.mask(None, PREMIUM_Z - 10**-Z_SHOWN)


def x_shown_z__mutmut_16(scored):
    """z_score rounded for a person, on the side of the threshold its segment is on: an ordinary product at
    z = 1.996 shows 1.99, never 2.00 (its segment was decided on the exact value)."""
    z = scored["z_score"].round(Z_SHOWN) + 0.0  # + 0.0: no "-0.0"
    ordinary_at_threshold = (scored["segment"] == "ordinary") & (z >= PREMIUM_Z)
    return z.mask(ordinary_at_threshold, None)


def x_shown_z__mutmut_17(scored):
    """z_score rounded for a person, on the side of the threshold its segment is on: an ordinary product at
    z = 1.996 shows 1.99, never 2.00 (its segment was decided on the exact value)."""
    z = scored["z_score"].round(Z_SHOWN) + 0.0  # + 0.0: no "-0.0"
    ordinary_at_threshold = (scored["segment"] == "ordinary") & (z >= PREMIUM_Z)
    return z.mask(PREMIUM_Z - 10**-Z_SHOWN)


def x_shown_z__mutmut_18(scored):
    """z_score rounded for a person, on the side of the threshold its segment is on: an ordinary product at
    z = 1.996 shows 1.99, never 2.00 (its segment was decided on the exact value)."""
    z = scored["z_score"].round(Z_SHOWN) + 0.0  # + 0.0: no "-0.0"
    ordinary_at_threshold = (scored["segment"] == "ordinary") & (z >= PREMIUM_Z)
    return z.mask(ordinary_at_threshold, )


def x_shown_z__mutmut_19(scored):
    """z_score rounded for a person, on the side of the threshold its segment is on: an ordinary product at
    z = 1.996 shows 1.99, never 2.00 (its segment was decided on the exact value)."""
    z = scored["z_score"].round(Z_SHOWN) + 0.0  # + 0.0: no "-0.0"
    ordinary_at_threshold = (scored["segment"] == "ordinary") & (z >= PREMIUM_Z)
    return z.mask(ordinary_at_threshold, PREMIUM_Z + 10**-Z_SHOWN)


def x_shown_z__mutmut_20(scored):
    """z_score rounded for a person, on the side of the threshold its segment is on: an ordinary product at
    z = 1.996 shows 1.99, never 2.00 (its segment was decided on the exact value)."""
    z = scored["z_score"].round(Z_SHOWN) + 0.0  # + 0.0: no "-0.0"
    ordinary_at_threshold = (scored["segment"] == "ordinary") & (z >= PREMIUM_Z)
    return z.mask(ordinary_at_threshold, PREMIUM_Z - 10 * -Z_SHOWN)


def x_shown_z__mutmut_21(scored):
    """z_score rounded for a person, on the side of the threshold its segment is on: an ordinary product at
    z = 1.996 shows 1.99, never 2.00 (its segment was decided on the exact value)."""
    z = scored["z_score"].round(Z_SHOWN) + 0.0  # + 0.0: no "-0.0"
    ordinary_at_threshold = (scored["segment"] == "ordinary") & (z >= PREMIUM_Z)
    return z.mask(ordinary_at_threshold, PREMIUM_Z - 11**-Z_SHOWN)


def x_shown_z__mutmut_22(scored):
    """z_score rounded for a person, on the side of the threshold its segment is on: an ordinary product at
    z = 1.996 shows 1.99, never 2.00 (its segment was decided on the exact value)."""
    z = scored["z_score"].round(Z_SHOWN) + 0.0  # + 0.0: no "-0.0"
    ordinary_at_threshold = (scored["segment"] == "ordinary") & (z >= PREMIUM_Z)
    return z.mask(ordinary_at_threshold, PREMIUM_Z - 10**+Z_SHOWN)

mutants_x_shown_z__mutmut['_mutmut_orig'] = x_shown_z__mutmut_orig # type: ignore # mutmut generated
mutants_x_shown_z__mutmut['x_shown_z__mutmut_1'] = x_shown_z__mutmut_1 # type: ignore # mutmut generated
mutants_x_shown_z__mutmut['x_shown_z__mutmut_2'] = x_shown_z__mutmut_2 # type: ignore # mutmut generated
mutants_x_shown_z__mutmut['x_shown_z__mutmut_3'] = x_shown_z__mutmut_3 # type: ignore # mutmut generated
mutants_x_shown_z__mutmut['x_shown_z__mutmut_4'] = x_shown_z__mutmut_4 # type: ignore # mutmut generated
mutants_x_shown_z__mutmut['x_shown_z__mutmut_5'] = x_shown_z__mutmut_5 # type: ignore # mutmut generated
mutants_x_shown_z__mutmut['x_shown_z__mutmut_6'] = x_shown_z__mutmut_6 # type: ignore # mutmut generated
mutants_x_shown_z__mutmut['x_shown_z__mutmut_7'] = x_shown_z__mutmut_7 # type: ignore # mutmut generated
mutants_x_shown_z__mutmut['x_shown_z__mutmut_8'] = x_shown_z__mutmut_8 # type: ignore # mutmut generated
mutants_x_shown_z__mutmut['x_shown_z__mutmut_9'] = x_shown_z__mutmut_9 # type: ignore # mutmut generated
mutants_x_shown_z__mutmut['x_shown_z__mutmut_10'] = x_shown_z__mutmut_10 # type: ignore # mutmut generated
mutants_x_shown_z__mutmut['x_shown_z__mutmut_11'] = x_shown_z__mutmut_11 # type: ignore # mutmut generated
mutants_x_shown_z__mutmut['x_shown_z__mutmut_12'] = x_shown_z__mutmut_12 # type: ignore # mutmut generated
mutants_x_shown_z__mutmut['x_shown_z__mutmut_13'] = x_shown_z__mutmut_13 # type: ignore # mutmut generated
mutants_x_shown_z__mutmut['x_shown_z__mutmut_14'] = x_shown_z__mutmut_14 # type: ignore # mutmut generated
mutants_x_shown_z__mutmut['x_shown_z__mutmut_15'] = x_shown_z__mutmut_15 # type: ignore # mutmut generated
mutants_x_shown_z__mutmut['x_shown_z__mutmut_16'] = x_shown_z__mutmut_16 # type: ignore # mutmut generated
mutants_x_shown_z__mutmut['x_shown_z__mutmut_17'] = x_shown_z__mutmut_17 # type: ignore # mutmut generated
mutants_x_shown_z__mutmut['x_shown_z__mutmut_18'] = x_shown_z__mutmut_18 # type: ignore # mutmut generated
mutants_x_shown_z__mutmut['x_shown_z__mutmut_19'] = x_shown_z__mutmut_19 # type: ignore # mutmut generated
mutants_x_shown_z__mutmut['x_shown_z__mutmut_20'] = x_shown_z__mutmut_20 # type: ignore # mutmut generated
mutants_x_shown_z__mutmut['x_shown_z__mutmut_21'] = x_shown_z__mutmut_21 # type: ignore # mutmut generated
mutants_x_shown_z__mutmut['x_shown_z__mutmut_22'] = x_shown_z__mutmut_22 # type: ignore # mutmut generated
mutants_x_segment_table__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_segment_table__mutmut)
def segment_table(scored, segment):
    """premium.csv / ordinary.csv: the segment's products, by z_score desc (exact) then product_id."""
    rows = scored[scored["segment"] == segment].sort_values(["z_score", "product_id"], ascending=[False, True])
    return rows.assign(z_score=shown_z(rows))[SEGMENT_COLUMNS]


def x_segment_table__mutmut_orig(scored, segment):
    """premium.csv / ordinary.csv: the segment's products, by z_score desc (exact) then product_id."""
    rows = scored[scored["segment"] == segment].sort_values(["z_score", "product_id"], ascending=[False, True])
    return rows.assign(z_score=shown_z(rows))[SEGMENT_COLUMNS]


def x_segment_table__mutmut_1(scored, segment):
    """premium.csv / ordinary.csv: the segment's products, by z_score desc (exact) then product_id."""
    rows = None
    return rows.assign(z_score=shown_z(rows))[SEGMENT_COLUMNS]


def x_segment_table__mutmut_2(scored, segment):
    """premium.csv / ordinary.csv: the segment's products, by z_score desc (exact) then product_id."""
    rows = scored[scored["segment"] == segment].sort_values(None, ascending=[False, True])
    return rows.assign(z_score=shown_z(rows))[SEGMENT_COLUMNS]


def x_segment_table__mutmut_3(scored, segment):
    """premium.csv / ordinary.csv: the segment's products, by z_score desc (exact) then product_id."""
    rows = scored[scored["segment"] == segment].sort_values(["z_score", "product_id"], ascending=None)
    return rows.assign(z_score=shown_z(rows))[SEGMENT_COLUMNS]


def x_segment_table__mutmut_4(scored, segment):
    """premium.csv / ordinary.csv: the segment's products, by z_score desc (exact) then product_id."""
    rows = scored[scored["segment"] == segment].sort_values(ascending=[False, True])
    return rows.assign(z_score=shown_z(rows))[SEGMENT_COLUMNS]


def x_segment_table__mutmut_5(scored, segment):
    """premium.csv / ordinary.csv: the segment's products, by z_score desc (exact) then product_id."""
    rows = scored[scored["segment"] == segment].sort_values(["z_score", "product_id"], )
    return rows.assign(z_score=shown_z(rows))[SEGMENT_COLUMNS]


def x_segment_table__mutmut_6(scored, segment):
    """premium.csv / ordinary.csv: the segment's products, by z_score desc (exact) then product_id."""
    rows = scored[scored["XXsegmentXX"] == segment].sort_values(["z_score", "product_id"], ascending=[False, True])
    return rows.assign(z_score=shown_z(rows))[SEGMENT_COLUMNS]


def x_segment_table__mutmut_7(scored, segment):
    """premium.csv / ordinary.csv: the segment's products, by z_score desc (exact) then product_id."""
    rows = scored[scored["SEGMENT"] == segment].sort_values(["z_score", "product_id"], ascending=[False, True])
    return rows.assign(z_score=shown_z(rows))[SEGMENT_COLUMNS]


def x_segment_table__mutmut_8(scored, segment):
    """premium.csv / ordinary.csv: the segment's products, by z_score desc (exact) then product_id."""
    rows = scored[scored["segment"] != segment].sort_values(["z_score", "product_id"], ascending=[False, True])
    return rows.assign(z_score=shown_z(rows))[SEGMENT_COLUMNS]


def x_segment_table__mutmut_9(scored, segment):
    """premium.csv / ordinary.csv: the segment's products, by z_score desc (exact) then product_id."""
    rows = scored[scored["segment"] == segment].sort_values(["XXz_scoreXX", "product_id"], ascending=[False, True])
    return rows.assign(z_score=shown_z(rows))[SEGMENT_COLUMNS]


def x_segment_table__mutmut_10(scored, segment):
    """premium.csv / ordinary.csv: the segment's products, by z_score desc (exact) then product_id."""
    rows = scored[scored["segment"] == segment].sort_values(["Z_SCORE", "product_id"], ascending=[False, True])
    return rows.assign(z_score=shown_z(rows))[SEGMENT_COLUMNS]


def x_segment_table__mutmut_11(scored, segment):
    """premium.csv / ordinary.csv: the segment's products, by z_score desc (exact) then product_id."""
    rows = scored[scored["segment"] == segment].sort_values(["z_score", "XXproduct_idXX"], ascending=[False, True])
    return rows.assign(z_score=shown_z(rows))[SEGMENT_COLUMNS]


def x_segment_table__mutmut_12(scored, segment):
    """premium.csv / ordinary.csv: the segment's products, by z_score desc (exact) then product_id."""
    rows = scored[scored["segment"] == segment].sort_values(["z_score", "PRODUCT_ID"], ascending=[False, True])
    return rows.assign(z_score=shown_z(rows))[SEGMENT_COLUMNS]


def x_segment_table__mutmut_13(scored, segment):
    """premium.csv / ordinary.csv: the segment's products, by z_score desc (exact) then product_id."""
    rows = scored[scored["segment"] == segment].sort_values(["z_score", "product_id"], ascending=[True, True])
    return rows.assign(z_score=shown_z(rows))[SEGMENT_COLUMNS]


def x_segment_table__mutmut_14(scored, segment):
    """premium.csv / ordinary.csv: the segment's products, by z_score desc (exact) then product_id."""
    rows = scored[scored["segment"] == segment].sort_values(["z_score", "product_id"], ascending=[False, False])
    return rows.assign(z_score=shown_z(rows))[SEGMENT_COLUMNS]


def x_segment_table__mutmut_15(scored, segment):
    """premium.csv / ordinary.csv: the segment's products, by z_score desc (exact) then product_id."""
    rows = scored[scored["segment"] == segment].sort_values(["z_score", "product_id"], ascending=[False, True])
    return rows.assign(z_score=None)[SEGMENT_COLUMNS]


def x_segment_table__mutmut_16(scored, segment):
    """premium.csv / ordinary.csv: the segment's products, by z_score desc (exact) then product_id."""
    rows = scored[scored["segment"] == segment].sort_values(["z_score", "product_id"], ascending=[False, True])
    return rows.assign(z_score=shown_z(None))[SEGMENT_COLUMNS]

mutants_x_segment_table__mutmut['_mutmut_orig'] = x_segment_table__mutmut_orig # type: ignore # mutmut generated
mutants_x_segment_table__mutmut['x_segment_table__mutmut_1'] = x_segment_table__mutmut_1 # type: ignore # mutmut generated
mutants_x_segment_table__mutmut['x_segment_table__mutmut_2'] = x_segment_table__mutmut_2 # type: ignore # mutmut generated
mutants_x_segment_table__mutmut['x_segment_table__mutmut_3'] = x_segment_table__mutmut_3 # type: ignore # mutmut generated
mutants_x_segment_table__mutmut['x_segment_table__mutmut_4'] = x_segment_table__mutmut_4 # type: ignore # mutmut generated
mutants_x_segment_table__mutmut['x_segment_table__mutmut_5'] = x_segment_table__mutmut_5 # type: ignore # mutmut generated
mutants_x_segment_table__mutmut['x_segment_table__mutmut_6'] = x_segment_table__mutmut_6 # type: ignore # mutmut generated
mutants_x_segment_table__mutmut['x_segment_table__mutmut_7'] = x_segment_table__mutmut_7 # type: ignore # mutmut generated
mutants_x_segment_table__mutmut['x_segment_table__mutmut_8'] = x_segment_table__mutmut_8 # type: ignore # mutmut generated
mutants_x_segment_table__mutmut['x_segment_table__mutmut_9'] = x_segment_table__mutmut_9 # type: ignore # mutmut generated
mutants_x_segment_table__mutmut['x_segment_table__mutmut_10'] = x_segment_table__mutmut_10 # type: ignore # mutmut generated
mutants_x_segment_table__mutmut['x_segment_table__mutmut_11'] = x_segment_table__mutmut_11 # type: ignore # mutmut generated
mutants_x_segment_table__mutmut['x_segment_table__mutmut_12'] = x_segment_table__mutmut_12 # type: ignore # mutmut generated
mutants_x_segment_table__mutmut['x_segment_table__mutmut_13'] = x_segment_table__mutmut_13 # type: ignore # mutmut generated
mutants_x_segment_table__mutmut['x_segment_table__mutmut_14'] = x_segment_table__mutmut_14 # type: ignore # mutmut generated
mutants_x_segment_table__mutmut['x_segment_table__mutmut_15'] = x_segment_table__mutmut_15 # type: ignore # mutmut generated
mutants_x_segment_table__mutmut['x_segment_table__mutmut_16'] = x_segment_table__mutmut_16 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_rejects_table__mutmut)
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


def x_rejects_table__mutmut_orig(triaged_by_source, sources, files):
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


def x_rejects_table__mutmut_1(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = None
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


def x_rejects_table__mutmut_2(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = None
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


def x_rejects_table__mutmut_3(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = None
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


def x_rejects_table__mutmut_4(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = None
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


def x_rejects_table__mutmut_5(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[1]
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


def x_rejects_table__mutmut_6(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = None
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


def x_rejects_table__mutmut_7(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = pd.Series(None, index=dropped.index, dtype="string")
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


def x_rejects_table__mutmut_8(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = pd.Series("", index=None, dtype="string")
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


def x_rejects_table__mutmut_9(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = pd.Series("", index=dropped.index, dtype=None)
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


def x_rejects_table__mutmut_10(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = pd.Series(index=dropped.index, dtype="string")
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


def x_rejects_table__mutmut_11(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = pd.Series("", dtype="string")
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


def x_rejects_table__mutmut_12(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = pd.Series("", index=dropped.index, )
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


def x_rejects_table__mutmut_13(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = pd.Series("XXXX", index=dropped.index, dtype="string")
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


def x_rejects_table__mutmut_14(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = pd.Series("", index=dropped.index, dtype="XXstringXX")
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


def x_rejects_table__mutmut_15(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = pd.Series("", index=dropped.index, dtype="STRING")
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


def x_rejects_table__mutmut_16(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = pd.Series("", index=dropped.index, dtype="string")
        for column in source.describe:
            part = None
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


def x_rejects_table__mutmut_17(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = pd.Series("", index=dropped.index, dtype="string")
        for column in source.describe:
            part = (column + "=" + dropped[column].astype("string")).fillna(None)
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


def x_rejects_table__mutmut_18(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = pd.Series("", index=dropped.index, dtype="string")
        for column in source.describe:
            part = (column + "=" - dropped[column].astype("string")).fillna("")
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


def x_rejects_table__mutmut_19(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = pd.Series("", index=dropped.index, dtype="string")
        for column in source.describe:
            part = (column - "=" + dropped[column].astype("string")).fillna("")
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


def x_rejects_table__mutmut_20(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = pd.Series("", index=dropped.index, dtype="string")
        for column in source.describe:
            part = (column + "XX=XX" + dropped[column].astype("string")).fillna("")
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


def x_rejects_table__mutmut_21(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = pd.Series("", index=dropped.index, dtype="string")
        for column in source.describe:
            part = (column + "=" + dropped[column].astype(None)).fillna("")
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


def x_rejects_table__mutmut_22(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = pd.Series("", index=dropped.index, dtype="string")
        for column in source.describe:
            part = (column + "=" + dropped[column].astype("XXstringXX")).fillna("")
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


def x_rejects_table__mutmut_23(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = pd.Series("", index=dropped.index, dtype="string")
        for column in source.describe:
            part = (column + "=" + dropped[column].astype("STRING")).fillna("")
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


def x_rejects_table__mutmut_24(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = pd.Series("", index=dropped.index, dtype="string")
        for column in source.describe:
            part = (column + "=" + dropped[column].astype("string")).fillna("XXXX")
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


def x_rejects_table__mutmut_25(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = pd.Series("", index=dropped.index, dtype="string")
        for column in source.describe:
            part = (column + "=" + dropped[column].astype("string")).fillna("")
            joined = None
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


def x_rejects_table__mutmut_26(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = pd.Series("", index=dropped.index, dtype="string")
        for column in source.describe:
            part = (column + "=" + dropped[column].astype("string")).fillna("")
            joined = detail.where(None, detail + "; " + part)
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


def x_rejects_table__mutmut_27(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = pd.Series("", index=dropped.index, dtype="string")
        for column in source.describe:
            part = (column + "=" + dropped[column].astype("string")).fillna("")
            joined = detail.where(part == "", None)
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


def x_rejects_table__mutmut_28(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = pd.Series("", index=dropped.index, dtype="string")
        for column in source.describe:
            part = (column + "=" + dropped[column].astype("string")).fillna("")
            joined = detail.where(detail + "; " + part)
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


def x_rejects_table__mutmut_29(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = pd.Series("", index=dropped.index, dtype="string")
        for column in source.describe:
            part = (column + "=" + dropped[column].astype("string")).fillna("")
            joined = detail.where(part == "", )
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


def x_rejects_table__mutmut_30(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = pd.Series("", index=dropped.index, dtype="string")
        for column in source.describe:
            part = (column + "=" + dropped[column].astype("string")).fillna("")
            joined = detail.where(part != "", detail + "; " + part)
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


def x_rejects_table__mutmut_31(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = pd.Series("", index=dropped.index, dtype="string")
        for column in source.describe:
            part = (column + "=" + dropped[column].astype("string")).fillna("")
            joined = detail.where(part == "XXXX", detail + "; " + part)
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


def x_rejects_table__mutmut_32(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = pd.Series("", index=dropped.index, dtype="string")
        for column in source.describe:
            part = (column + "=" + dropped[column].astype("string")).fillna("")
            joined = detail.where(part == "", detail + "; " - part)
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


def x_rejects_table__mutmut_33(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = pd.Series("", index=dropped.index, dtype="string")
        for column in source.describe:
            part = (column + "=" + dropped[column].astype("string")).fillna("")
            joined = detail.where(part == "", detail - "; " + part)
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


def x_rejects_table__mutmut_34(triaged_by_source, sources, files):
    """Every row a rule dropped: source, file, sheet row, key, reason, and what else identifies it."""
    frames = []
    for name, triaged in triaged_by_source.items():
        source = sources[name]
        dropped = triaged[triaged[REASON].notna()]
        key = source.keys[0]
        detail = pd.Series("", index=dropped.index, dtype="string")
        for column in source.describe:
            part = (column + "=" + dropped[column].astype("string")).fillna("")
            joined = detail.where(part == "", detail + "XX; XX" + part)
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


def x_rejects_table__mutmut_35(triaged_by_source, sources, files):
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
            detail = None
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


def x_rejects_table__mutmut_36(triaged_by_source, sources, files):
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
            detail = joined.where(None, part)
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


def x_rejects_table__mutmut_37(triaged_by_source, sources, files):
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
            detail = joined.where(detail != "", None)
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


def x_rejects_table__mutmut_38(triaged_by_source, sources, files):
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
            detail = joined.where(part)
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


def x_rejects_table__mutmut_39(triaged_by_source, sources, files):
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
            detail = joined.where(detail != "", )
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


def x_rejects_table__mutmut_40(triaged_by_source, sources, files):
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
            detail = joined.where(detail == "", part)
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


def x_rejects_table__mutmut_41(triaged_by_source, sources, files):
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
            detail = joined.where(detail != "XXXX", part)
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


def x_rejects_table__mutmut_42(triaged_by_source, sources, files):
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
            None
        )
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=REJECT_COLUMNS)


def x_rejects_table__mutmut_43(triaged_by_source, sources, files):
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
                None
            )
        )
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=REJECT_COLUMNS)


def x_rejects_table__mutmut_44(triaged_by_source, sources, files):
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
                    "XXsourceXX": name,
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


def x_rejects_table__mutmut_45(triaged_by_source, sources, files):
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
                    "SOURCE": name,
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


def x_rejects_table__mutmut_46(triaged_by_source, sources, files):
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
                    "XXfileXX": files[name],
                    "row": dropped[ROW].astype("int64"),
                    "key_column": key,
                    "key": dropped[key].astype("string"),
                    "reason": dropped[REASON],
                    "detail": detail,
                }
            )
        )
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=REJECT_COLUMNS)


def x_rejects_table__mutmut_47(triaged_by_source, sources, files):
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
                    "FILE": files[name],
                    "row": dropped[ROW].astype("int64"),
                    "key_column": key,
                    "key": dropped[key].astype("string"),
                    "reason": dropped[REASON],
                    "detail": detail,
                }
            )
        )
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=REJECT_COLUMNS)


def x_rejects_table__mutmut_48(triaged_by_source, sources, files):
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
                    "XXrowXX": dropped[ROW].astype("int64"),
                    "key_column": key,
                    "key": dropped[key].astype("string"),
                    "reason": dropped[REASON],
                    "detail": detail,
                }
            )
        )
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=REJECT_COLUMNS)


def x_rejects_table__mutmut_49(triaged_by_source, sources, files):
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
                    "ROW": dropped[ROW].astype("int64"),
                    "key_column": key,
                    "key": dropped[key].astype("string"),
                    "reason": dropped[REASON],
                    "detail": detail,
                }
            )
        )
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=REJECT_COLUMNS)


def x_rejects_table__mutmut_50(triaged_by_source, sources, files):
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
                    "row": dropped[ROW].astype(None),
                    "key_column": key,
                    "key": dropped[key].astype("string"),
                    "reason": dropped[REASON],
                    "detail": detail,
                }
            )
        )
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=REJECT_COLUMNS)


def x_rejects_table__mutmut_51(triaged_by_source, sources, files):
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
                    "row": dropped[ROW].astype("XXint64XX"),
                    "key_column": key,
                    "key": dropped[key].astype("string"),
                    "reason": dropped[REASON],
                    "detail": detail,
                }
            )
        )
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=REJECT_COLUMNS)


def x_rejects_table__mutmut_52(triaged_by_source, sources, files):
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
                    "row": dropped[ROW].astype("INT64"),
                    "key_column": key,
                    "key": dropped[key].astype("string"),
                    "reason": dropped[REASON],
                    "detail": detail,
                }
            )
        )
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=REJECT_COLUMNS)


def x_rejects_table__mutmut_53(triaged_by_source, sources, files):
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
                    "XXkey_columnXX": key,
                    "key": dropped[key].astype("string"),
                    "reason": dropped[REASON],
                    "detail": detail,
                }
            )
        )
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=REJECT_COLUMNS)


def x_rejects_table__mutmut_54(triaged_by_source, sources, files):
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
                    "KEY_COLUMN": key,
                    "key": dropped[key].astype("string"),
                    "reason": dropped[REASON],
                    "detail": detail,
                }
            )
        )
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=REJECT_COLUMNS)


def x_rejects_table__mutmut_55(triaged_by_source, sources, files):
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
                    "XXkeyXX": dropped[key].astype("string"),
                    "reason": dropped[REASON],
                    "detail": detail,
                }
            )
        )
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=REJECT_COLUMNS)


def x_rejects_table__mutmut_56(triaged_by_source, sources, files):
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
                    "KEY": dropped[key].astype("string"),
                    "reason": dropped[REASON],
                    "detail": detail,
                }
            )
        )
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=REJECT_COLUMNS)


def x_rejects_table__mutmut_57(triaged_by_source, sources, files):
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
                    "key": dropped[key].astype(None),
                    "reason": dropped[REASON],
                    "detail": detail,
                }
            )
        )
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=REJECT_COLUMNS)


def x_rejects_table__mutmut_58(triaged_by_source, sources, files):
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
                    "key": dropped[key].astype("XXstringXX"),
                    "reason": dropped[REASON],
                    "detail": detail,
                }
            )
        )
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=REJECT_COLUMNS)


def x_rejects_table__mutmut_59(triaged_by_source, sources, files):
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
                    "key": dropped[key].astype("STRING"),
                    "reason": dropped[REASON],
                    "detail": detail,
                }
            )
        )
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=REJECT_COLUMNS)


def x_rejects_table__mutmut_60(triaged_by_source, sources, files):
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
                    "XXreasonXX": dropped[REASON],
                    "detail": detail,
                }
            )
        )
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=REJECT_COLUMNS)


def x_rejects_table__mutmut_61(triaged_by_source, sources, files):
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
                    "REASON": dropped[REASON],
                    "detail": detail,
                }
            )
        )
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=REJECT_COLUMNS)


def x_rejects_table__mutmut_62(triaged_by_source, sources, files):
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
                    "XXdetailXX": detail,
                }
            )
        )
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=REJECT_COLUMNS)


def x_rejects_table__mutmut_63(triaged_by_source, sources, files):
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
                    "DETAIL": detail,
                }
            )
        )
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=REJECT_COLUMNS)


def x_rejects_table__mutmut_64(triaged_by_source, sources, files):
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
    return pd.concat(frames, ignore_index=True) if (frames) and False else pd.DataFrame(columns=REJECT_COLUMNS)


def x_rejects_table__mutmut_65(triaged_by_source, sources, files):
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
    return pd.concat(frames, ignore_index=True) if (frames) or True else pd.DataFrame(columns=REJECT_COLUMNS)


def x_rejects_table__mutmut_66(triaged_by_source, sources, files):
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
    return pd.concat(None, ignore_index=True) if frames else pd.DataFrame(columns=REJECT_COLUMNS)


def x_rejects_table__mutmut_67(triaged_by_source, sources, files):
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
    return pd.concat(frames, ignore_index=None) if frames else pd.DataFrame(columns=REJECT_COLUMNS)


def x_rejects_table__mutmut_68(triaged_by_source, sources, files):
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
    return pd.concat(ignore_index=True) if frames else pd.DataFrame(columns=REJECT_COLUMNS)


def x_rejects_table__mutmut_69(triaged_by_source, sources, files):
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
    return pd.concat(frames, ) if frames else pd.DataFrame(columns=REJECT_COLUMNS)


def x_rejects_table__mutmut_70(triaged_by_source, sources, files):
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
    return pd.concat(frames, ignore_index=False) if frames else pd.DataFrame(columns=REJECT_COLUMNS)


def x_rejects_table__mutmut_71(triaged_by_source, sources, files):
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
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=None)

mutants_x_rejects_table__mutmut['_mutmut_orig'] = x_rejects_table__mutmut_orig # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_1'] = x_rejects_table__mutmut_1 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_2'] = x_rejects_table__mutmut_2 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_3'] = x_rejects_table__mutmut_3 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_4'] = x_rejects_table__mutmut_4 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_5'] = x_rejects_table__mutmut_5 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_6'] = x_rejects_table__mutmut_6 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_7'] = x_rejects_table__mutmut_7 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_8'] = x_rejects_table__mutmut_8 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_9'] = x_rejects_table__mutmut_9 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_10'] = x_rejects_table__mutmut_10 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_11'] = x_rejects_table__mutmut_11 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_12'] = x_rejects_table__mutmut_12 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_13'] = x_rejects_table__mutmut_13 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_14'] = x_rejects_table__mutmut_14 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_15'] = x_rejects_table__mutmut_15 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_16'] = x_rejects_table__mutmut_16 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_17'] = x_rejects_table__mutmut_17 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_18'] = x_rejects_table__mutmut_18 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_19'] = x_rejects_table__mutmut_19 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_20'] = x_rejects_table__mutmut_20 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_21'] = x_rejects_table__mutmut_21 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_22'] = x_rejects_table__mutmut_22 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_23'] = x_rejects_table__mutmut_23 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_24'] = x_rejects_table__mutmut_24 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_25'] = x_rejects_table__mutmut_25 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_26'] = x_rejects_table__mutmut_26 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_27'] = x_rejects_table__mutmut_27 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_28'] = x_rejects_table__mutmut_28 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_29'] = x_rejects_table__mutmut_29 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_30'] = x_rejects_table__mutmut_30 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_31'] = x_rejects_table__mutmut_31 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_32'] = x_rejects_table__mutmut_32 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_33'] = x_rejects_table__mutmut_33 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_34'] = x_rejects_table__mutmut_34 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_35'] = x_rejects_table__mutmut_35 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_36'] = x_rejects_table__mutmut_36 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_37'] = x_rejects_table__mutmut_37 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_38'] = x_rejects_table__mutmut_38 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_39'] = x_rejects_table__mutmut_39 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_40'] = x_rejects_table__mutmut_40 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_41'] = x_rejects_table__mutmut_41 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_42'] = x_rejects_table__mutmut_42 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_43'] = x_rejects_table__mutmut_43 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_44'] = x_rejects_table__mutmut_44 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_45'] = x_rejects_table__mutmut_45 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_46'] = x_rejects_table__mutmut_46 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_47'] = x_rejects_table__mutmut_47 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_48'] = x_rejects_table__mutmut_48 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_49'] = x_rejects_table__mutmut_49 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_50'] = x_rejects_table__mutmut_50 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_51'] = x_rejects_table__mutmut_51 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_52'] = x_rejects_table__mutmut_52 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_53'] = x_rejects_table__mutmut_53 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_54'] = x_rejects_table__mutmut_54 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_55'] = x_rejects_table__mutmut_55 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_56'] = x_rejects_table__mutmut_56 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_57'] = x_rejects_table__mutmut_57 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_58'] = x_rejects_table__mutmut_58 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_59'] = x_rejects_table__mutmut_59 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_60'] = x_rejects_table__mutmut_60 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_61'] = x_rejects_table__mutmut_61 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_62'] = x_rejects_table__mutmut_62 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_63'] = x_rejects_table__mutmut_63 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_64'] = x_rejects_table__mutmut_64 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_65'] = x_rejects_table__mutmut_65 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_66'] = x_rejects_table__mutmut_66 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_67'] = x_rejects_table__mutmut_67 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_68'] = x_rejects_table__mutmut_68 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_69'] = x_rejects_table__mutmut_69 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_70'] = x_rejects_table__mutmut_70 # type: ignore # mutmut generated
mutants_x_rejects_table__mutmut['x_rejects_table__mutmut_71'] = x_rejects_table__mutmut_71 # type: ignore # mutmut generated
mutants_x__looks_like_formula__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__looks_like_formula__mutmut)
def _looks_like_formula(value):
    return isinstance(value, str) and value.startswith(FORMULA_START)


def x__looks_like_formula__mutmut_orig(value):
    return isinstance(value, str) and value.startswith(FORMULA_START)


def x__looks_like_formula__mutmut_1(value):
    return isinstance(value, str) or value.startswith(FORMULA_START)


def x__looks_like_formula__mutmut_2(value):
    return isinstance(value, str) and value.startswith(None)

mutants_x__looks_like_formula__mutmut['_mutmut_orig'] = x__looks_like_formula__mutmut_orig # type: ignore # mutmut generated
mutants_x__looks_like_formula__mutmut['x__looks_like_formula__mutmut_1'] = x__looks_like_formula__mutmut_1 # type: ignore # mutmut generated
mutants_x__looks_like_formula__mutmut['x__looks_like_formula__mutmut_2'] = x__looks_like_formula__mutmut_2 # type: ignore # mutmut generated


# characters a workbook cannot store (XML 1.0) and halves of UTF-16 pairs that UTF-8 cannot encode
UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
mutants_x_writable__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_writable__mutmut)
def writable(value):
    """Text with the characters no file format here can store replaced by U+FFFD."""
    return UNWRITABLE.sub("\ufffd", value) if isinstance(value, str) else value


def x_writable__mutmut_orig(value):
    """Text with the characters no file format here can store replaced by U+FFFD."""
    return UNWRITABLE.sub("\ufffd", value) if isinstance(value, str) else value


def x_writable__mutmut_1(value):
    """Text with the characters no file format here can store replaced by U+FFFD."""
    return UNWRITABLE.sub("\ufffd", value) if (isinstance(value, str)) and False else value


def x_writable__mutmut_2(value):
    """Text with the characters no file format here can store replaced by U+FFFD."""
    return UNWRITABLE.sub("\ufffd", value) if (isinstance(value, str)) or True else value


def x_writable__mutmut_3(value):
    """Text with the characters no file format here can store replaced by U+FFFD."""
    return UNWRITABLE.sub(None, value) if isinstance(value, str) else value


def x_writable__mutmut_4(value):
    """Text with the characters no file format here can store replaced by U+FFFD."""
    return UNWRITABLE.sub("\ufffd", None) if isinstance(value, str) else value


def x_writable__mutmut_5(value):
    """Text with the characters no file format here can store replaced by U+FFFD."""
    return UNWRITABLE.sub(value) if isinstance(value, str) else value


def x_writable__mutmut_6(value):
    """Text with the characters no file format here can store replaced by U+FFFD."""
    return UNWRITABLE.sub("\ufffd", ) if isinstance(value, str) else value


def x_writable__mutmut_7(value):
    """Text with the characters no file format here can store replaced by U+FFFD."""
    return UNWRITABLE.sub("XX\ufffdXX", value) if isinstance(value, str) else value

mutants_x_writable__mutmut['_mutmut_orig'] = x_writable__mutmut_orig # type: ignore # mutmut generated
mutants_x_writable__mutmut['x_writable__mutmut_1'] = x_writable__mutmut_1 # type: ignore # mutmut generated
mutants_x_writable__mutmut['x_writable__mutmut_2'] = x_writable__mutmut_2 # type: ignore # mutmut generated
mutants_x_writable__mutmut['x_writable__mutmut_3'] = x_writable__mutmut_3 # type: ignore # mutmut generated
mutants_x_writable__mutmut['x_writable__mutmut_4'] = x_writable__mutmut_4 # type: ignore # mutmut generated
mutants_x_writable__mutmut['x_writable__mutmut_5'] = x_writable__mutmut_5 # type: ignore # mutmut generated
mutants_x_writable__mutmut['x_writable__mutmut_6'] = x_writable__mutmut_6 # type: ignore # mutmut generated
mutants_x_writable__mutmut['x_writable__mutmut_7'] = x_writable__mutmut_7 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_write_csv__mutmut)
def write_csv(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_orig(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_1(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = None
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_2(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object and pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_3(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype != object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_4(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(None):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_5(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = None
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_6(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(None, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_7(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, None, regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_8(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=None)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_9(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace("\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_10(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_11(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", )
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_12(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "XX\ufffdXX", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_13(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=False)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_14(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = None
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_15(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(None)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_16(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(None).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_17(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(None).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_18(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(True).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_19(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = None
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_20(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(None, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_21(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, None)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_22(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask("'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_23(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, )
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_24(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" - text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_25(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "XX'XX" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_26(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) or (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_27(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS or pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_28(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column not in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_29(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(None) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_30(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() / 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_31(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 2 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_32(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 != 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_33(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 1).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_34(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = None
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_35(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype(None)
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_36(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("XXInt64XX")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_37(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_38(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("INT64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_39(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(None, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_40(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=None, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_41(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=None, lineterminator="\n")


def x_write_csv__mutmut_42(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator=None)


def x_write_csv__mutmut_43(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_44(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_45(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, lineterminator="\n")


def x_write_csv__mutmut_46(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, )


def x_write_csv__mutmut_47(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=True, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def x_write_csv__mutmut_48(table, f):
    """Comma, header, counts as whole numbers; text that Excel would evaluate gets a leading apostrophe."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            text = safe[column].str.replace(UNWRITABLE, "\ufffd", regex=True)
            risky = text.str.startswith(FORMULA_START).fillna(False).astype(bool)
            safe[column] = text.mask(risky, "'" + text)
        elif column in COUNTS and pd.api.types.is_float_dtype(safe[column]) and (safe[column].dropna() % 1 == 0).all():
            safe[column] = safe[column].astype("Int64")
    safe.to_csv(f, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="XX\nXX")

mutants_x_write_csv__mutmut['_mutmut_orig'] = x_write_csv__mutmut_orig # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_1'] = x_write_csv__mutmut_1 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_2'] = x_write_csv__mutmut_2 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_3'] = x_write_csv__mutmut_3 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_4'] = x_write_csv__mutmut_4 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_5'] = x_write_csv__mutmut_5 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_6'] = x_write_csv__mutmut_6 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_7'] = x_write_csv__mutmut_7 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_8'] = x_write_csv__mutmut_8 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_9'] = x_write_csv__mutmut_9 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_10'] = x_write_csv__mutmut_10 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_11'] = x_write_csv__mutmut_11 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_12'] = x_write_csv__mutmut_12 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_13'] = x_write_csv__mutmut_13 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_14'] = x_write_csv__mutmut_14 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_15'] = x_write_csv__mutmut_15 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_16'] = x_write_csv__mutmut_16 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_17'] = x_write_csv__mutmut_17 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_18'] = x_write_csv__mutmut_18 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_19'] = x_write_csv__mutmut_19 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_20'] = x_write_csv__mutmut_20 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_21'] = x_write_csv__mutmut_21 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_22'] = x_write_csv__mutmut_22 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_23'] = x_write_csv__mutmut_23 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_24'] = x_write_csv__mutmut_24 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_25'] = x_write_csv__mutmut_25 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_26'] = x_write_csv__mutmut_26 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_27'] = x_write_csv__mutmut_27 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_28'] = x_write_csv__mutmut_28 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_29'] = x_write_csv__mutmut_29 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_30'] = x_write_csv__mutmut_30 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_31'] = x_write_csv__mutmut_31 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_32'] = x_write_csv__mutmut_32 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_33'] = x_write_csv__mutmut_33 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_34'] = x_write_csv__mutmut_34 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_35'] = x_write_csv__mutmut_35 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_36'] = x_write_csv__mutmut_36 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_37'] = x_write_csv__mutmut_37 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_38'] = x_write_csv__mutmut_38 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_39'] = x_write_csv__mutmut_39 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_40'] = x_write_csv__mutmut_40 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_41'] = x_write_csv__mutmut_41 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_42'] = x_write_csv__mutmut_42 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_43'] = x_write_csv__mutmut_43 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_44'] = x_write_csv__mutmut_44 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_45'] = x_write_csv__mutmut_45 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_46'] = x_write_csv__mutmut_46 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_47'] = x_write_csv__mutmut_47 # type: ignore # mutmut generated
mutants_x_write_csv__mutmut['x_write_csv__mutmut_48'] = x_write_csv__mutmut_48 # type: ignore # mutmut generated


EURO_FORMAT = '#,##0.00 "€"'
MAX_WIDTH = 60
mutants_x_fitting_widths__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_fitting_widths__mutmut)
def fitting_widths(table):
    """Column widths (in characters) that fit the header and the longest value, capped."""
    widths = []
    for column in table.columns:
        values = table[column].dropna()
        longest = int(values.astype(str).str.len().max()) if len(values) else 0
        widths.append(min(max(len(str(column)), longest) + 2, MAX_WIDTH))
    return widths


def x_fitting_widths__mutmut_orig(table):
    """Column widths (in characters) that fit the header and the longest value, capped."""
    widths = []
    for column in table.columns:
        values = table[column].dropna()
        longest = int(values.astype(str).str.len().max()) if len(values) else 0
        widths.append(min(max(len(str(column)), longest) + 2, MAX_WIDTH))
    return widths


def x_fitting_widths__mutmut_1(table):
    """Column widths (in characters) that fit the header and the longest value, capped."""
    widths = None
    for column in table.columns:
        values = table[column].dropna()
        longest = int(values.astype(str).str.len().max()) if len(values) else 0
        widths.append(min(max(len(str(column)), longest) + 2, MAX_WIDTH))
    return widths


def x_fitting_widths__mutmut_2(table):
    """Column widths (in characters) that fit the header and the longest value, capped."""
    widths = []
    for column in table.columns:
        values = None
        longest = int(values.astype(str).str.len().max()) if len(values) else 0
        widths.append(min(max(len(str(column)), longest) + 2, MAX_WIDTH))
    return widths


def x_fitting_widths__mutmut_3(table):
    """Column widths (in characters) that fit the header and the longest value, capped."""
    widths = []
    for column in table.columns:
        values = table[column].dropna()
        longest = None
        widths.append(min(max(len(str(column)), longest) + 2, MAX_WIDTH))
    return widths


def x_fitting_widths__mutmut_4(table):
    """Column widths (in characters) that fit the header and the longest value, capped."""
    widths = []
    for column in table.columns:
        values = table[column].dropna()
        longest = int(values.astype(str).str.len().max()) if (len(values)) and False else 0
        widths.append(min(max(len(str(column)), longest) + 2, MAX_WIDTH))
    return widths


def x_fitting_widths__mutmut_5(table):
    """Column widths (in characters) that fit the header and the longest value, capped."""
    widths = []
    for column in table.columns:
        values = table[column].dropna()
        longest = int(values.astype(str).str.len().max()) if (len(values)) or True else 0
        widths.append(min(max(len(str(column)), longest) + 2, MAX_WIDTH))
    return widths


def x_fitting_widths__mutmut_6(table):
    """Column widths (in characters) that fit the header and the longest value, capped."""
    widths = []
    for column in table.columns:
        values = table[column].dropna()
        longest = int(None) if len(values) else 0
        widths.append(min(max(len(str(column)), longest) + 2, MAX_WIDTH))
    return widths


def x_fitting_widths__mutmut_7(table):
    """Column widths (in characters) that fit the header and the longest value, capped."""
    widths = []
    for column in table.columns:
        values = table[column].dropna()
        longest = int(values.astype(None).str.len().max()) if len(values) else 0
        widths.append(min(max(len(str(column)), longest) + 2, MAX_WIDTH))
    return widths


def x_fitting_widths__mutmut_8(table):
    """Column widths (in characters) that fit the header and the longest value, capped."""
    widths = []
    for column in table.columns:
        values = table[column].dropna()
        longest = int(values.astype(str).str.len().max()) if len(values) else 1
        widths.append(min(max(len(str(column)), longest) + 2, MAX_WIDTH))
    return widths


def x_fitting_widths__mutmut_9(table):
    """Column widths (in characters) that fit the header and the longest value, capped."""
    widths = []
    for column in table.columns:
        values = table[column].dropna()
        longest = int(values.astype(str).str.len().max()) if len(values) else 0
        widths.append(None)
    return widths


def x_fitting_widths__mutmut_10(table):
    """Column widths (in characters) that fit the header and the longest value, capped."""
    widths = []
    for column in table.columns:
        values = table[column].dropna()
        longest = int(values.astype(str).str.len().max()) if len(values) else 0
        widths.append(min(None, MAX_WIDTH))
    return widths


def x_fitting_widths__mutmut_11(table):
    """Column widths (in characters) that fit the header and the longest value, capped."""
    widths = []
    for column in table.columns:
        values = table[column].dropna()
        longest = int(values.astype(str).str.len().max()) if len(values) else 0
        widths.append(min(max(len(str(column)), longest) + 2, None))
    return widths


def x_fitting_widths__mutmut_12(table):
    """Column widths (in characters) that fit the header and the longest value, capped."""
    widths = []
    for column in table.columns:
        values = table[column].dropna()
        longest = int(values.astype(str).str.len().max()) if len(values) else 0
        widths.append(min(MAX_WIDTH))
    return widths


def x_fitting_widths__mutmut_13(table):
    """Column widths (in characters) that fit the header and the longest value, capped."""
    widths = []
    for column in table.columns:
        values = table[column].dropna()
        longest = int(values.astype(str).str.len().max()) if len(values) else 0
        widths.append(min(max(len(str(column)), longest) + 2, ))
    return widths


def x_fitting_widths__mutmut_14(table):
    """Column widths (in characters) that fit the header and the longest value, capped."""
    widths = []
    for column in table.columns:
        values = table[column].dropna()
        longest = int(values.astype(str).str.len().max()) if len(values) else 0
        widths.append(min(max(len(str(column)), longest) - 2, MAX_WIDTH))
    return widths


def x_fitting_widths__mutmut_15(table):
    """Column widths (in characters) that fit the header and the longest value, capped."""
    widths = []
    for column in table.columns:
        values = table[column].dropna()
        longest = int(values.astype(str).str.len().max()) if len(values) else 0
        widths.append(min(max(None, longest) + 2, MAX_WIDTH))
    return widths


def x_fitting_widths__mutmut_16(table):
    """Column widths (in characters) that fit the header and the longest value, capped."""
    widths = []
    for column in table.columns:
        values = table[column].dropna()
        longest = int(values.astype(str).str.len().max()) if len(values) else 0
        widths.append(min(max(len(str(column)), None) + 2, MAX_WIDTH))
    return widths


def x_fitting_widths__mutmut_17(table):
    """Column widths (in characters) that fit the header and the longest value, capped."""
    widths = []
    for column in table.columns:
        values = table[column].dropna()
        longest = int(values.astype(str).str.len().max()) if len(values) else 0
        widths.append(min(max(longest) + 2, MAX_WIDTH))
    return widths


def x_fitting_widths__mutmut_18(table):
    """Column widths (in characters) that fit the header and the longest value, capped."""
    widths = []
    for column in table.columns:
        values = table[column].dropna()
        longest = int(values.astype(str).str.len().max()) if len(values) else 0
        widths.append(min(max(len(str(column)), ) + 2, MAX_WIDTH))
    return widths


def x_fitting_widths__mutmut_19(table):
    """Column widths (in characters) that fit the header and the longest value, capped."""
    widths = []
    for column in table.columns:
        values = table[column].dropna()
        longest = int(values.astype(str).str.len().max()) if len(values) else 0
        widths.append(min(max(len(str(column)), longest) + 3, MAX_WIDTH))
    return widths

mutants_x_fitting_widths__mutmut['_mutmut_orig'] = x_fitting_widths__mutmut_orig # type: ignore # mutmut generated
mutants_x_fitting_widths__mutmut['x_fitting_widths__mutmut_1'] = x_fitting_widths__mutmut_1 # type: ignore # mutmut generated
mutants_x_fitting_widths__mutmut['x_fitting_widths__mutmut_2'] = x_fitting_widths__mutmut_2 # type: ignore # mutmut generated
mutants_x_fitting_widths__mutmut['x_fitting_widths__mutmut_3'] = x_fitting_widths__mutmut_3 # type: ignore # mutmut generated
mutants_x_fitting_widths__mutmut['x_fitting_widths__mutmut_4'] = x_fitting_widths__mutmut_4 # type: ignore # mutmut generated
mutants_x_fitting_widths__mutmut['x_fitting_widths__mutmut_5'] = x_fitting_widths__mutmut_5 # type: ignore # mutmut generated
mutants_x_fitting_widths__mutmut['x_fitting_widths__mutmut_6'] = x_fitting_widths__mutmut_6 # type: ignore # mutmut generated
mutants_x_fitting_widths__mutmut['x_fitting_widths__mutmut_7'] = x_fitting_widths__mutmut_7 # type: ignore # mutmut generated
mutants_x_fitting_widths__mutmut['x_fitting_widths__mutmut_8'] = x_fitting_widths__mutmut_8 # type: ignore # mutmut generated
mutants_x_fitting_widths__mutmut['x_fitting_widths__mutmut_9'] = x_fitting_widths__mutmut_9 # type: ignore # mutmut generated
mutants_x_fitting_widths__mutmut['x_fitting_widths__mutmut_10'] = x_fitting_widths__mutmut_10 # type: ignore # mutmut generated
mutants_x_fitting_widths__mutmut['x_fitting_widths__mutmut_11'] = x_fitting_widths__mutmut_11 # type: ignore # mutmut generated
mutants_x_fitting_widths__mutmut['x_fitting_widths__mutmut_12'] = x_fitting_widths__mutmut_12 # type: ignore # mutmut generated
mutants_x_fitting_widths__mutmut['x_fitting_widths__mutmut_13'] = x_fitting_widths__mutmut_13 # type: ignore # mutmut generated
mutants_x_fitting_widths__mutmut['x_fitting_widths__mutmut_14'] = x_fitting_widths__mutmut_14 # type: ignore # mutmut generated
mutants_x_fitting_widths__mutmut['x_fitting_widths__mutmut_15'] = x_fitting_widths__mutmut_15 # type: ignore # mutmut generated
mutants_x_fitting_widths__mutmut['x_fitting_widths__mutmut_16'] = x_fitting_widths__mutmut_16 # type: ignore # mutmut generated
mutants_x_fitting_widths__mutmut['x_fitting_widths__mutmut_17'] = x_fitting_widths__mutmut_17 # type: ignore # mutmut generated
mutants_x_fitting_widths__mutmut['x_fitting_widths__mutmut_18'] = x_fitting_widths__mutmut_18 # type: ignore # mutmut generated
mutants_x_fitting_widths__mutmut['x_fitting_widths__mutmut_19'] = x_fitting_widths__mutmut_19 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_write_xlsx__mutmut)
def write_xlsx(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_orig(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_1(table, f, sheet="XXsales_productXX", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_2(table, f, sheet="SALES_PRODUCT", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_3(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = None
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_4(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(None, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_5(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, None)
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_6(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook({**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_7(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, )
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_8(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "XXconstant_memoryXX": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_9(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "CONSTANT_MEMORY": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_10(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": False})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_11(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = None
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_12(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(None) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_13(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"XXboldXX": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_14(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"BOLD": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_15(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": False}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_16(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"XXnum_formatXX": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_17(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"NUM_FORMAT": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_18(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"XXquote_prefixXX": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_19(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"QUOTE_PREFIX": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_20(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": False}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_21(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = None
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_22(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(None)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_23(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = None
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_24(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(None) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_25(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(None):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_26(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(None)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_27(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(None, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_28(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, None, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_29(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, None, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_30(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_31(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_32(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_33(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_34(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, )
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_35(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if (i in money_columns) and False else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_36(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if (i in money_columns) or True else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_37(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i not in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_38(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(None, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_39(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, None)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_40(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_41(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, )
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_42(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(2, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_43(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 1)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_44(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(None, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_45(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, None, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_46(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, None, max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_47(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), None)
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_48(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_49(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_50(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_51(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), )
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_52(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(1, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_53(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 1, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_54(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(None, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_55(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, None))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_56(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_57(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, ))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_58(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) + 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_59(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 2, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_60(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 1))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_61(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(None, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_62(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, None, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_63(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, None, bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_64(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], None)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_65(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_66(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_67(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_68(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], )
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_69(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(1, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_70(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 1, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_71(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(None) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_72(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(None)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_73(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = None
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_74(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(None)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_75(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = None
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_76(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(None)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_77(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(None, start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_78(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=None):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_79(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_80(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), ):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_81(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=None, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_82(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_83(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, ), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_84(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=True, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_85(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=2):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_86(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r + 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_87(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 2 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_88(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 not in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_89(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(None):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_90(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(None, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_91(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, None, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_92(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, None, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_93(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, None, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_94(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_95(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_96(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_97(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_98(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_99(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, )
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_100(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if (_looks_like_formula(value)) and False else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_101(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if (_looks_like_formula(value)) or True else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_102(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(None) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_103(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(None, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_104(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, None, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_105(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, None)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_106(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_107(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_108(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, )  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_109(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 1, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_110(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = None
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_111(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet(None)
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_112(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("XXsummaryXX")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_113(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("SUMMARY")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_114(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(None, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_115(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, None, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_116(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, None)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_117(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_118(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_119(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, )
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_120(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(1, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_121(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 1, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_122(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 29)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_123(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(None, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_124(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, None, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_125(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, None)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_126(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_127(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_128(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, )
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_129(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(2, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_130(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 2, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_131(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 19)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_132(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(None):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_133(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(None, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_134(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, None, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_135(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, None, bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_136(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), None)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_137(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_138(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_139(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_140(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), )
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_141(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 1, writable(str(label)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_142(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(None), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_143(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(None)), bold)
            _write(side, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_144(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(None, r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_145(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, None, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_146(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, None, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_147(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, None, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_148(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, None)
    book.close()


def x_write_xlsx__mutmut_149(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(r, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_150(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, 1, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_151(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_152(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_153(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, )
    book.close()


def x_write_xlsx__mutmut_154(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 2, value, euro if is_money else None)
    book.close()


def x_write_xlsx__mutmut_155(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if (is_money) and False else None)
    book.close()


def x_write_xlsx__mutmut_156(table, f, sheet="sales_product", money=(), summary=()):
    """The table as the first sheet (bold frozen header, autofilter, fitting widths, € columns), then an
    optional summary sheet of (label, value, is_money) rows. Text is always text, never a formula.

    XlsxWriter streams the rows (constant memory), about twice as fast as openpyxl's write-only mode."""
    import xlsxwriter

    book = xlsxwriter.Workbook(f, {**STREAMING, "constant_memory": True})
    bold, euro, quoted = (book.add_format(spec) for spec in ({"bold": True}, {"num_format": EURO_FORMAT}, {"quote_prefix": True}))
    data = book.add_worksheet(sheet)
    money_columns = {table.columns.get_loc(c) for c in money}
    for i, width in enumerate(fitting_widths(table)):
        data.set_column(i, i, width, euro if i in money_columns else None)
    data.freeze_panes(1, 0)
    data.autofilter(0, 0, len(table), max(len(table.columns) - 1, 0))
    data.write_row(0, 0, [writable(str(c)) for c in table.columns], bold)
    values = _cells(table)
    risky = _formula_rows(values)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        if r - 1 in risky:  # a cell Excel would evaluate if typed in: mark it as text
            for c, value in enumerate(row):
                _write(data, r, c, value, quoted if _looks_like_formula(value) else None)
        else:
            data.write_row(r, 0, row)  # unformatted cells take their column's format (€)
    if summary:
        side = book.add_worksheet("summary")
        side.set_column(0, 0, 28)
        side.set_column(1, 1, 18)
        for r, (label, value, is_money) in enumerate(summary):
            side.write_string(r, 0, writable(str(label)), bold)
            _write(side, r, 1, value, euro if (is_money) or True else None)
    book.close()

mutants_x_write_xlsx__mutmut['_mutmut_orig'] = x_write_xlsx__mutmut_orig # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_1'] = x_write_xlsx__mutmut_1 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_2'] = x_write_xlsx__mutmut_2 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_3'] = x_write_xlsx__mutmut_3 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_4'] = x_write_xlsx__mutmut_4 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_5'] = x_write_xlsx__mutmut_5 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_6'] = x_write_xlsx__mutmut_6 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_7'] = x_write_xlsx__mutmut_7 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_8'] = x_write_xlsx__mutmut_8 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_9'] = x_write_xlsx__mutmut_9 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_10'] = x_write_xlsx__mutmut_10 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_11'] = x_write_xlsx__mutmut_11 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_12'] = x_write_xlsx__mutmut_12 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_13'] = x_write_xlsx__mutmut_13 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_14'] = x_write_xlsx__mutmut_14 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_15'] = x_write_xlsx__mutmut_15 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_16'] = x_write_xlsx__mutmut_16 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_17'] = x_write_xlsx__mutmut_17 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_18'] = x_write_xlsx__mutmut_18 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_19'] = x_write_xlsx__mutmut_19 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_20'] = x_write_xlsx__mutmut_20 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_21'] = x_write_xlsx__mutmut_21 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_22'] = x_write_xlsx__mutmut_22 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_23'] = x_write_xlsx__mutmut_23 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_24'] = x_write_xlsx__mutmut_24 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_25'] = x_write_xlsx__mutmut_25 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_26'] = x_write_xlsx__mutmut_26 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_27'] = x_write_xlsx__mutmut_27 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_28'] = x_write_xlsx__mutmut_28 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_29'] = x_write_xlsx__mutmut_29 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_30'] = x_write_xlsx__mutmut_30 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_31'] = x_write_xlsx__mutmut_31 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_32'] = x_write_xlsx__mutmut_32 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_33'] = x_write_xlsx__mutmut_33 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_34'] = x_write_xlsx__mutmut_34 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_35'] = x_write_xlsx__mutmut_35 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_36'] = x_write_xlsx__mutmut_36 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_37'] = x_write_xlsx__mutmut_37 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_38'] = x_write_xlsx__mutmut_38 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_39'] = x_write_xlsx__mutmut_39 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_40'] = x_write_xlsx__mutmut_40 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_41'] = x_write_xlsx__mutmut_41 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_42'] = x_write_xlsx__mutmut_42 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_43'] = x_write_xlsx__mutmut_43 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_44'] = x_write_xlsx__mutmut_44 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_45'] = x_write_xlsx__mutmut_45 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_46'] = x_write_xlsx__mutmut_46 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_47'] = x_write_xlsx__mutmut_47 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_48'] = x_write_xlsx__mutmut_48 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_49'] = x_write_xlsx__mutmut_49 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_50'] = x_write_xlsx__mutmut_50 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_51'] = x_write_xlsx__mutmut_51 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_52'] = x_write_xlsx__mutmut_52 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_53'] = x_write_xlsx__mutmut_53 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_54'] = x_write_xlsx__mutmut_54 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_55'] = x_write_xlsx__mutmut_55 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_56'] = x_write_xlsx__mutmut_56 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_57'] = x_write_xlsx__mutmut_57 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_58'] = x_write_xlsx__mutmut_58 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_59'] = x_write_xlsx__mutmut_59 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_60'] = x_write_xlsx__mutmut_60 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_61'] = x_write_xlsx__mutmut_61 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_62'] = x_write_xlsx__mutmut_62 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_63'] = x_write_xlsx__mutmut_63 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_64'] = x_write_xlsx__mutmut_64 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_65'] = x_write_xlsx__mutmut_65 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_66'] = x_write_xlsx__mutmut_66 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_67'] = x_write_xlsx__mutmut_67 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_68'] = x_write_xlsx__mutmut_68 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_69'] = x_write_xlsx__mutmut_69 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_70'] = x_write_xlsx__mutmut_70 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_71'] = x_write_xlsx__mutmut_71 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_72'] = x_write_xlsx__mutmut_72 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_73'] = x_write_xlsx__mutmut_73 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_74'] = x_write_xlsx__mutmut_74 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_75'] = x_write_xlsx__mutmut_75 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_76'] = x_write_xlsx__mutmut_76 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_77'] = x_write_xlsx__mutmut_77 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_78'] = x_write_xlsx__mutmut_78 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_79'] = x_write_xlsx__mutmut_79 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_80'] = x_write_xlsx__mutmut_80 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_81'] = x_write_xlsx__mutmut_81 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_82'] = x_write_xlsx__mutmut_82 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_83'] = x_write_xlsx__mutmut_83 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_84'] = x_write_xlsx__mutmut_84 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_85'] = x_write_xlsx__mutmut_85 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_86'] = x_write_xlsx__mutmut_86 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_87'] = x_write_xlsx__mutmut_87 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_88'] = x_write_xlsx__mutmut_88 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_89'] = x_write_xlsx__mutmut_89 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_90'] = x_write_xlsx__mutmut_90 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_91'] = x_write_xlsx__mutmut_91 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_92'] = x_write_xlsx__mutmut_92 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_93'] = x_write_xlsx__mutmut_93 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_94'] = x_write_xlsx__mutmut_94 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_95'] = x_write_xlsx__mutmut_95 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_96'] = x_write_xlsx__mutmut_96 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_97'] = x_write_xlsx__mutmut_97 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_98'] = x_write_xlsx__mutmut_98 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_99'] = x_write_xlsx__mutmut_99 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_100'] = x_write_xlsx__mutmut_100 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_101'] = x_write_xlsx__mutmut_101 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_102'] = x_write_xlsx__mutmut_102 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_103'] = x_write_xlsx__mutmut_103 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_104'] = x_write_xlsx__mutmut_104 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_105'] = x_write_xlsx__mutmut_105 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_106'] = x_write_xlsx__mutmut_106 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_107'] = x_write_xlsx__mutmut_107 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_108'] = x_write_xlsx__mutmut_108 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_109'] = x_write_xlsx__mutmut_109 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_110'] = x_write_xlsx__mutmut_110 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_111'] = x_write_xlsx__mutmut_111 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_112'] = x_write_xlsx__mutmut_112 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_113'] = x_write_xlsx__mutmut_113 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_114'] = x_write_xlsx__mutmut_114 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_115'] = x_write_xlsx__mutmut_115 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_116'] = x_write_xlsx__mutmut_116 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_117'] = x_write_xlsx__mutmut_117 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_118'] = x_write_xlsx__mutmut_118 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_119'] = x_write_xlsx__mutmut_119 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_120'] = x_write_xlsx__mutmut_120 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_121'] = x_write_xlsx__mutmut_121 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_122'] = x_write_xlsx__mutmut_122 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_123'] = x_write_xlsx__mutmut_123 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_124'] = x_write_xlsx__mutmut_124 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_125'] = x_write_xlsx__mutmut_125 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_126'] = x_write_xlsx__mutmut_126 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_127'] = x_write_xlsx__mutmut_127 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_128'] = x_write_xlsx__mutmut_128 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_129'] = x_write_xlsx__mutmut_129 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_130'] = x_write_xlsx__mutmut_130 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_131'] = x_write_xlsx__mutmut_131 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_132'] = x_write_xlsx__mutmut_132 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_133'] = x_write_xlsx__mutmut_133 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_134'] = x_write_xlsx__mutmut_134 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_135'] = x_write_xlsx__mutmut_135 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_136'] = x_write_xlsx__mutmut_136 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_137'] = x_write_xlsx__mutmut_137 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_138'] = x_write_xlsx__mutmut_138 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_139'] = x_write_xlsx__mutmut_139 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_140'] = x_write_xlsx__mutmut_140 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_141'] = x_write_xlsx__mutmut_141 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_142'] = x_write_xlsx__mutmut_142 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_143'] = x_write_xlsx__mutmut_143 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_144'] = x_write_xlsx__mutmut_144 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_145'] = x_write_xlsx__mutmut_145 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_146'] = x_write_xlsx__mutmut_146 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_147'] = x_write_xlsx__mutmut_147 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_148'] = x_write_xlsx__mutmut_148 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_149'] = x_write_xlsx__mutmut_149 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_150'] = x_write_xlsx__mutmut_150 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_151'] = x_write_xlsx__mutmut_151 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_152'] = x_write_xlsx__mutmut_152 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_153'] = x_write_xlsx__mutmut_153 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_154'] = x_write_xlsx__mutmut_154 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_155'] = x_write_xlsx__mutmut_155 # type: ignore # mutmut generated
mutants_x_write_xlsx__mutmut['x_write_xlsx__mutmut_156'] = x_write_xlsx__mutmut_156 # type: ignore # mutmut generated


# strings stay strings: never a formula, a link or a number
STREAMING = {
    "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
    "nan_inf_to_errors": True, "default_date_format": "yyyy-mm-dd hh:mm:ss",
}
mutants_x__cells__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__cells__mutmut)
def _cells(table):
    """Values ready for a cell: empty as None, text without the characters a workbook cannot hold."""
    cells = table.astype(object).where(table.notna(), None)
    for column in cells.columns:
        if table[column].dtype == object or pd.api.types.is_string_dtype(table[column]):
            cells[column] = pd.Series([writable(v) for v in cells[column]], index=cells.index, dtype=object)
    return cells


def x__cells__mutmut_orig(table):
    """Values ready for a cell: empty as None, text without the characters a workbook cannot hold."""
    cells = table.astype(object).where(table.notna(), None)
    for column in cells.columns:
        if table[column].dtype == object or pd.api.types.is_string_dtype(table[column]):
            cells[column] = pd.Series([writable(v) for v in cells[column]], index=cells.index, dtype=object)
    return cells


def x__cells__mutmut_1(table):
    """Values ready for a cell: empty as None, text without the characters a workbook cannot hold."""
    cells = None
    for column in cells.columns:
        if table[column].dtype == object or pd.api.types.is_string_dtype(table[column]):
            cells[column] = pd.Series([writable(v) for v in cells[column]], index=cells.index, dtype=object)
    return cells


def x__cells__mutmut_2(table):
    """Values ready for a cell: empty as None, text without the characters a workbook cannot hold."""
    cells = table.astype(object).where(None, None)
    for column in cells.columns:
        if table[column].dtype == object or pd.api.types.is_string_dtype(table[column]):
            cells[column] = pd.Series([writable(v) for v in cells[column]], index=cells.index, dtype=object)
    return cells


def x__cells__mutmut_3(table):
    """Values ready for a cell: empty as None, text without the characters a workbook cannot hold."""
    cells = table.astype(object).where(None)
    for column in cells.columns:
        if table[column].dtype == object or pd.api.types.is_string_dtype(table[column]):
            cells[column] = pd.Series([writable(v) for v in cells[column]], index=cells.index, dtype=object)
    return cells


def x__cells__mutmut_4(table):
    """Values ready for a cell: empty as None, text without the characters a workbook cannot hold."""
    cells = table.astype(object).where(table.notna(), )
    for column in cells.columns:
        if table[column].dtype == object or pd.api.types.is_string_dtype(table[column]):
            cells[column] = pd.Series([writable(v) for v in cells[column]], index=cells.index, dtype=object)
    return cells


def x__cells__mutmut_5(table):
    """Values ready for a cell: empty as None, text without the characters a workbook cannot hold."""
    cells = table.astype(None).where(table.notna(), None)
    for column in cells.columns:
        if table[column].dtype == object or pd.api.types.is_string_dtype(table[column]):
            cells[column] = pd.Series([writable(v) for v in cells[column]], index=cells.index, dtype=object)
    return cells


def x__cells__mutmut_6(table):
    """Values ready for a cell: empty as None, text without the characters a workbook cannot hold."""
    cells = table.astype(object).where(table.notna(), None)
    for column in cells.columns:
        if table[column].dtype == object and pd.api.types.is_string_dtype(table[column]):
            cells[column] = pd.Series([writable(v) for v in cells[column]], index=cells.index, dtype=object)
    return cells


def x__cells__mutmut_7(table):
    """Values ready for a cell: empty as None, text without the characters a workbook cannot hold."""
    cells = table.astype(object).where(table.notna(), None)
    for column in cells.columns:
        if table[column].dtype != object or pd.api.types.is_string_dtype(table[column]):
            cells[column] = pd.Series([writable(v) for v in cells[column]], index=cells.index, dtype=object)
    return cells


def x__cells__mutmut_8(table):
    """Values ready for a cell: empty as None, text without the characters a workbook cannot hold."""
    cells = table.astype(object).where(table.notna(), None)
    for column in cells.columns:
        if table[column].dtype == object or pd.api.types.is_string_dtype(None):
            cells[column] = pd.Series([writable(v) for v in cells[column]], index=cells.index, dtype=object)
    return cells


def x__cells__mutmut_9(table):
    """Values ready for a cell: empty as None, text without the characters a workbook cannot hold."""
    cells = table.astype(object).where(table.notna(), None)
    for column in cells.columns:
        if table[column].dtype == object or pd.api.types.is_string_dtype(table[column]):
            cells[column] = None
    return cells


def x__cells__mutmut_10(table):
    """Values ready for a cell: empty as None, text without the characters a workbook cannot hold."""
    cells = table.astype(object).where(table.notna(), None)
    for column in cells.columns:
        if table[column].dtype == object or pd.api.types.is_string_dtype(table[column]):
            cells[column] = pd.Series(None, index=cells.index, dtype=object)
    return cells


def x__cells__mutmut_11(table):
    """Values ready for a cell: empty as None, text without the characters a workbook cannot hold."""
    cells = table.astype(object).where(table.notna(), None)
    for column in cells.columns:
        if table[column].dtype == object or pd.api.types.is_string_dtype(table[column]):
            cells[column] = pd.Series([writable(v) for v in cells[column]], index=None, dtype=object)
    return cells


def x__cells__mutmut_12(table):
    """Values ready for a cell: empty as None, text without the characters a workbook cannot hold."""
    cells = table.astype(object).where(table.notna(), None)
    for column in cells.columns:
        if table[column].dtype == object or pd.api.types.is_string_dtype(table[column]):
            cells[column] = pd.Series([writable(v) for v in cells[column]], index=cells.index, dtype=None)
    return cells


def x__cells__mutmut_13(table):
    """Values ready for a cell: empty as None, text without the characters a workbook cannot hold."""
    cells = table.astype(object).where(table.notna(), None)
    for column in cells.columns:
        if table[column].dtype == object or pd.api.types.is_string_dtype(table[column]):
            cells[column] = pd.Series(index=cells.index, dtype=object)
    return cells


def x__cells__mutmut_14(table):
    """Values ready for a cell: empty as None, text without the characters a workbook cannot hold."""
    cells = table.astype(object).where(table.notna(), None)
    for column in cells.columns:
        if table[column].dtype == object or pd.api.types.is_string_dtype(table[column]):
            cells[column] = pd.Series([writable(v) for v in cells[column]], dtype=object)
    return cells


def x__cells__mutmut_15(table):
    """Values ready for a cell: empty as None, text without the characters a workbook cannot hold."""
    cells = table.astype(object).where(table.notna(), None)
    for column in cells.columns:
        if table[column].dtype == object or pd.api.types.is_string_dtype(table[column]):
            cells[column] = pd.Series([writable(v) for v in cells[column]], index=cells.index, )
    return cells


def x__cells__mutmut_16(table):
    """Values ready for a cell: empty as None, text without the characters a workbook cannot hold."""
    cells = table.astype(object).where(table.notna(), None)
    for column in cells.columns:
        if table[column].dtype == object or pd.api.types.is_string_dtype(table[column]):
            cells[column] = pd.Series([writable(None) for v in cells[column]], index=cells.index, dtype=object)
    return cells

mutants_x__cells__mutmut['_mutmut_orig'] = x__cells__mutmut_orig # type: ignore # mutmut generated
mutants_x__cells__mutmut['x__cells__mutmut_1'] = x__cells__mutmut_1 # type: ignore # mutmut generated
mutants_x__cells__mutmut['x__cells__mutmut_2'] = x__cells__mutmut_2 # type: ignore # mutmut generated
mutants_x__cells__mutmut['x__cells__mutmut_3'] = x__cells__mutmut_3 # type: ignore # mutmut generated
mutants_x__cells__mutmut['x__cells__mutmut_4'] = x__cells__mutmut_4 # type: ignore # mutmut generated
mutants_x__cells__mutmut['x__cells__mutmut_5'] = x__cells__mutmut_5 # type: ignore # mutmut generated
mutants_x__cells__mutmut['x__cells__mutmut_6'] = x__cells__mutmut_6 # type: ignore # mutmut generated
mutants_x__cells__mutmut['x__cells__mutmut_7'] = x__cells__mutmut_7 # type: ignore # mutmut generated
mutants_x__cells__mutmut['x__cells__mutmut_8'] = x__cells__mutmut_8 # type: ignore # mutmut generated
mutants_x__cells__mutmut['x__cells__mutmut_9'] = x__cells__mutmut_9 # type: ignore # mutmut generated
mutants_x__cells__mutmut['x__cells__mutmut_10'] = x__cells__mutmut_10 # type: ignore # mutmut generated
mutants_x__cells__mutmut['x__cells__mutmut_11'] = x__cells__mutmut_11 # type: ignore # mutmut generated
mutants_x__cells__mutmut['x__cells__mutmut_12'] = x__cells__mutmut_12 # type: ignore # mutmut generated
mutants_x__cells__mutmut['x__cells__mutmut_13'] = x__cells__mutmut_13 # type: ignore # mutmut generated
mutants_x__cells__mutmut['x__cells__mutmut_14'] = x__cells__mutmut_14 # type: ignore # mutmut generated
mutants_x__cells__mutmut['x__cells__mutmut_15'] = x__cells__mutmut_15 # type: ignore # mutmut generated
mutants_x__cells__mutmut['x__cells__mutmut_16'] = x__cells__mutmut_16 # type: ignore # mutmut generated
mutants_x__formula_rows__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__formula_rows__mutmut)
def _formula_rows(cells):
    rows = set()
    for column in cells.columns:
        hits = cells[column].map(_looks_like_formula)
        rows.update(np.flatnonzero(hits.to_numpy(dtype=bool)).tolist())
    return rows


def x__formula_rows__mutmut_orig(cells):
    rows = set()
    for column in cells.columns:
        hits = cells[column].map(_looks_like_formula)
        rows.update(np.flatnonzero(hits.to_numpy(dtype=bool)).tolist())
    return rows


def x__formula_rows__mutmut_1(cells):
    rows = None
    for column in cells.columns:
        hits = cells[column].map(_looks_like_formula)
        rows.update(np.flatnonzero(hits.to_numpy(dtype=bool)).tolist())
    return rows


def x__formula_rows__mutmut_2(cells):
    rows = set()
    for column in cells.columns:
        hits = None
        rows.update(np.flatnonzero(hits.to_numpy(dtype=bool)).tolist())
    return rows


def x__formula_rows__mutmut_3(cells):
    rows = set()
    for column in cells.columns:
        hits = cells[column].map(None)
        rows.update(np.flatnonzero(hits.to_numpy(dtype=bool)).tolist())
    return rows


def x__formula_rows__mutmut_4(cells):
    rows = set()
    for column in cells.columns:
        hits = cells[column].map(_looks_like_formula)
        rows.update(None)
    return rows


def x__formula_rows__mutmut_5(cells):
    rows = set()
    for column in cells.columns:
        hits = cells[column].map(_looks_like_formula)
        rows.update(np.flatnonzero(None).tolist())
    return rows


def x__formula_rows__mutmut_6(cells):
    rows = set()
    for column in cells.columns:
        hits = cells[column].map(_looks_like_formula)
        rows.update(np.flatnonzero(hits.to_numpy(dtype=None)).tolist())
    return rows

mutants_x__formula_rows__mutmut['_mutmut_orig'] = x__formula_rows__mutmut_orig # type: ignore # mutmut generated
mutants_x__formula_rows__mutmut['x__formula_rows__mutmut_1'] = x__formula_rows__mutmut_1 # type: ignore # mutmut generated
mutants_x__formula_rows__mutmut['x__formula_rows__mutmut_2'] = x__formula_rows__mutmut_2 # type: ignore # mutmut generated
mutants_x__formula_rows__mutmut['x__formula_rows__mutmut_3'] = x__formula_rows__mutmut_3 # type: ignore # mutmut generated
mutants_x__formula_rows__mutmut['x__formula_rows__mutmut_4'] = x__formula_rows__mutmut_4 # type: ignore # mutmut generated
mutants_x__formula_rows__mutmut['x__formula_rows__mutmut_5'] = x__formula_rows__mutmut_5 # type: ignore # mutmut generated
mutants_x__formula_rows__mutmut['x__formula_rows__mutmut_6'] = x__formula_rows__mutmut_6 # type: ignore # mutmut generated
mutants_x__write__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__write__mutmut)
def _write(sheet, r, c, value, fmt=None):
    if value is None:
        if fmt is not None:
            sheet.write_blank(r, c, None, fmt)
    elif isinstance(value, str):
        sheet.write_string(r, c, value, fmt)
    else:
        sheet.write(r, c, value, fmt)


def x__write__mutmut_orig(sheet, r, c, value, fmt=None):
    if value is None:
        if fmt is not None:
            sheet.write_blank(r, c, None, fmt)
    elif isinstance(value, str):
        sheet.write_string(r, c, value, fmt)
    else:
        sheet.write(r, c, value, fmt)


def x__write__mutmut_1(sheet, r, c, value, fmt=None):
    if value is not None:
        if fmt is not None:
            sheet.write_blank(r, c, None, fmt)
    elif isinstance(value, str):
        sheet.write_string(r, c, value, fmt)
    else:
        sheet.write(r, c, value, fmt)


def x__write__mutmut_2(sheet, r, c, value, fmt=None):
    if value is None:
        if fmt is None:
            sheet.write_blank(r, c, None, fmt)
    elif isinstance(value, str):
        sheet.write_string(r, c, value, fmt)
    else:
        sheet.write(r, c, value, fmt)


def x__write__mutmut_3(sheet, r, c, value, fmt=None):
    if value is None:
        if fmt is not None:
            sheet.write_blank(None, c, None, fmt)
    elif isinstance(value, str):
        sheet.write_string(r, c, value, fmt)
    else:
        sheet.write(r, c, value, fmt)


def x__write__mutmut_4(sheet, r, c, value, fmt=None):
    if value is None:
        if fmt is not None:
            sheet.write_blank(r, None, None, fmt)
    elif isinstance(value, str):
        sheet.write_string(r, c, value, fmt)
    else:
        sheet.write(r, c, value, fmt)


def x__write__mutmut_5(sheet, r, c, value, fmt=None):
    if value is None:
        if fmt is not None:
            sheet.write_blank(r, c, None, None)
    elif isinstance(value, str):
        sheet.write_string(r, c, value, fmt)
    else:
        sheet.write(r, c, value, fmt)


def x__write__mutmut_6(sheet, r, c, value, fmt=None):
    if value is None:
        if fmt is not None:
            sheet.write_blank(c, None, fmt)
    elif isinstance(value, str):
        sheet.write_string(r, c, value, fmt)
    else:
        sheet.write(r, c, value, fmt)


def x__write__mutmut_7(sheet, r, c, value, fmt=None):
    if value is None:
        if fmt is not None:
            sheet.write_blank(r, None, fmt)
    elif isinstance(value, str):
        sheet.write_string(r, c, value, fmt)
    else:
        sheet.write(r, c, value, fmt)


def x__write__mutmut_8(sheet, r, c, value, fmt=None):
    if value is None:
        if fmt is not None:
            sheet.write_blank(r, c, fmt)
    elif isinstance(value, str):
        sheet.write_string(r, c, value, fmt)
    else:
        sheet.write(r, c, value, fmt)


def x__write__mutmut_9(sheet, r, c, value, fmt=None):
    if value is None:
        if fmt is not None:
            sheet.write_blank(r, c, None, )
    elif isinstance(value, str):
        sheet.write_string(r, c, value, fmt)
    else:
        sheet.write(r, c, value, fmt)


def x__write__mutmut_10(sheet, r, c, value, fmt=None):
    if value is None:
        if fmt is not None:
            sheet.write_blank(r, c, None, fmt)
    elif isinstance(value, str):
        sheet.write_string(None, c, value, fmt)
    else:
        sheet.write(r, c, value, fmt)


def x__write__mutmut_11(sheet, r, c, value, fmt=None):
    if value is None:
        if fmt is not None:
            sheet.write_blank(r, c, None, fmt)
    elif isinstance(value, str):
        sheet.write_string(r, None, value, fmt)
    else:
        sheet.write(r, c, value, fmt)


def x__write__mutmut_12(sheet, r, c, value, fmt=None):
    if value is None:
        if fmt is not None:
            sheet.write_blank(r, c, None, fmt)
    elif isinstance(value, str):
        sheet.write_string(r, c, None, fmt)
    else:
        sheet.write(r, c, value, fmt)


def x__write__mutmut_13(sheet, r, c, value, fmt=None):
    if value is None:
        if fmt is not None:
            sheet.write_blank(r, c, None, fmt)
    elif isinstance(value, str):
        sheet.write_string(r, c, value, None)
    else:
        sheet.write(r, c, value, fmt)


def x__write__mutmut_14(sheet, r, c, value, fmt=None):
    if value is None:
        if fmt is not None:
            sheet.write_blank(r, c, None, fmt)
    elif isinstance(value, str):
        sheet.write_string(c, value, fmt)
    else:
        sheet.write(r, c, value, fmt)


def x__write__mutmut_15(sheet, r, c, value, fmt=None):
    if value is None:
        if fmt is not None:
            sheet.write_blank(r, c, None, fmt)
    elif isinstance(value, str):
        sheet.write_string(r, value, fmt)
    else:
        sheet.write(r, c, value, fmt)


def x__write__mutmut_16(sheet, r, c, value, fmt=None):
    if value is None:
        if fmt is not None:
            sheet.write_blank(r, c, None, fmt)
    elif isinstance(value, str):
        sheet.write_string(r, c, fmt)
    else:
        sheet.write(r, c, value, fmt)


def x__write__mutmut_17(sheet, r, c, value, fmt=None):
    if value is None:
        if fmt is not None:
            sheet.write_blank(r, c, None, fmt)
    elif isinstance(value, str):
        sheet.write_string(r, c, value, )
    else:
        sheet.write(r, c, value, fmt)


def x__write__mutmut_18(sheet, r, c, value, fmt=None):
    if value is None:
        if fmt is not None:
            sheet.write_blank(r, c, None, fmt)
    elif isinstance(value, str):
        sheet.write_string(r, c, value, fmt)
    else:
        sheet.write(None, c, value, fmt)


def x__write__mutmut_19(sheet, r, c, value, fmt=None):
    if value is None:
        if fmt is not None:
            sheet.write_blank(r, c, None, fmt)
    elif isinstance(value, str):
        sheet.write_string(r, c, value, fmt)
    else:
        sheet.write(r, None, value, fmt)


def x__write__mutmut_20(sheet, r, c, value, fmt=None):
    if value is None:
        if fmt is not None:
            sheet.write_blank(r, c, None, fmt)
    elif isinstance(value, str):
        sheet.write_string(r, c, value, fmt)
    else:
        sheet.write(r, c, None, fmt)


def x__write__mutmut_21(sheet, r, c, value, fmt=None):
    if value is None:
        if fmt is not None:
            sheet.write_blank(r, c, None, fmt)
    elif isinstance(value, str):
        sheet.write_string(r, c, value, fmt)
    else:
        sheet.write(r, c, value, None)


def x__write__mutmut_22(sheet, r, c, value, fmt=None):
    if value is None:
        if fmt is not None:
            sheet.write_blank(r, c, None, fmt)
    elif isinstance(value, str):
        sheet.write_string(r, c, value, fmt)
    else:
        sheet.write(c, value, fmt)


def x__write__mutmut_23(sheet, r, c, value, fmt=None):
    if value is None:
        if fmt is not None:
            sheet.write_blank(r, c, None, fmt)
    elif isinstance(value, str):
        sheet.write_string(r, c, value, fmt)
    else:
        sheet.write(r, value, fmt)


def x__write__mutmut_24(sheet, r, c, value, fmt=None):
    if value is None:
        if fmt is not None:
            sheet.write_blank(r, c, None, fmt)
    elif isinstance(value, str):
        sheet.write_string(r, c, value, fmt)
    else:
        sheet.write(r, c, fmt)


def x__write__mutmut_25(sheet, r, c, value, fmt=None):
    if value is None:
        if fmt is not None:
            sheet.write_blank(r, c, None, fmt)
    elif isinstance(value, str):
        sheet.write_string(r, c, value, fmt)
    else:
        sheet.write(r, c, value, )

mutants_x__write__mutmut['_mutmut_orig'] = x__write__mutmut_orig # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_1'] = x__write__mutmut_1 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_2'] = x__write__mutmut_2 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_3'] = x__write__mutmut_3 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_4'] = x__write__mutmut_4 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_5'] = x__write__mutmut_5 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_6'] = x__write__mutmut_6 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_7'] = x__write__mutmut_7 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_8'] = x__write__mutmut_8 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_9'] = x__write__mutmut_9 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_10'] = x__write__mutmut_10 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_11'] = x__write__mutmut_11 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_12'] = x__write__mutmut_12 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_13'] = x__write__mutmut_13 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_14'] = x__write__mutmut_14 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_15'] = x__write__mutmut_15 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_16'] = x__write__mutmut_16 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_17'] = x__write__mutmut_17 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_18'] = x__write__mutmut_18 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_19'] = x__write__mutmut_19 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_20'] = x__write__mutmut_20 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_21'] = x__write__mutmut_21 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_22'] = x__write__mutmut_22 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_23'] = x__write__mutmut_23 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_24'] = x__write__mutmut_24 # type: ignore # mutmut generated
mutants_x__write__mutmut['x__write__mutmut_25'] = x__write__mutmut_25 # type: ignore # mutmut generated
