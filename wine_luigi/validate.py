"""The gates of SPEC: what each one checks, as lists of claims over the stage's frame.

Each check states its claim (what must hold, shown for every check in the report) and, for when it does not
hold, what is wrong and which keys (shown in the log, the email and the report's warnings)."""
import difflib

import numpy as np
import pandas as pd

from wine_luigi.checks import ERROR, WARNING, Check, at_least, no_offenders
from wine_luigi.extract import normalise_name
from wine_luigi.readers.delimited import DECIMAL_COMMA
from wine_luigi.rules import PREMIUM_Z, REASON, ROW, kept, member, parse

REPLACEMENT = "\ufffd"  # what a decoder leaves for a byte it could not read
TYPE_WORDS = {"int": "a whole number", "number": "a number", "text": "text"}
# characters a cell can hold; workbook readers cut longer texts to it, so a text this long may be cut
EXCEL_CELL_LIMIT = 32_767


def mapping_hints(missing, raw, source):
    """For each missing column, the file's closest header and the luigi.cfg line that maps it."""
    headers = [h for h in raw.attrs.get("header", []) if normalise_name(h) and normalise_name(h) not in source.required]
    hints = []
    for column in missing:
        close = difflib.get_close_matches(column, [normalise_name(h) for h in headers], n=1, cutoff=0.5)
        if close:
            header = next(h for h in headers if normalise_name(h) == close[0]).strip()
            option = f"--{source.name}-columns-{column.replace('_', '-')}"
            hints.append(
                f"the closest header to {column} is '{header}': if it is {column}, add to luigi.cfg the line "
                f"[{source.name}_columns] {column} = {header} (or {option} \"{header}\")"
            )
    return "".join(f"; {hint}" for hint in hints)


def load_checks(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    name = source.name
    checks = [
        at_least(f"{name}_has_data_rows", "the sheet has data rows under its header", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{name}_required_columns_present", f"the header has every required column ({', '.join(source.required)})", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'}){mapping_hints(missing, raw, source)}",
        ),
        no_offenders(
            f"{name}_required_columns_once", "each required column appears once in the header", repeated,
            f"column(s) {', '.join(repeated)} appear more than once in the header",
        ),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def quality_checks(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged[[ROW, *source.required, REASON]])  # the other columns are only searched for damaged text
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(
            f"{source.name}_{name}_not_null", f"no row kept has an empty {name}", rows.loc[rows[name].isna(), ROW],
            f"rows with no {name} (sheet rows listed)",
        ))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        if name == key:
            claim, what = f"no two rows share a {name} with different values", "rows sharing a key with different values"
        else:
            claim, what = f"each {name} is linked to one {key}", f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", claim, conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        words = TYPE_WORDS[column.type]
        comma = rows.loc[invalid, column.name].str.match(DECIMAL_COMMA) if column.type != "text" else pd.Series([], dtype=bool)
        why = f": a decimal comma ({rows.loc[comma[comma].index[0], column.name]}) where the file's numbers use a dot" if comma.any() else ""
        checks.append(no_offenders(
            f"{source.name}_{column.name}_is_{column.type}", f"every {column.name} is {words}", rows.loc[invalid, key],
            f"{column.name} is not {words}{why} ({key} listed)",
        ))
        if not column.key and not column.nullable:
            checks.append(no_offenders(
                f"{source.name}_{column.name}_not_null", f"no {column.name} is empty", rows.loc[rows[column.name].isna(), key],
                f"{column.name} is empty ({key} listed)",
            ))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            checks.append(no_offenders(
                f"{source.name}_{column.name}_fits_a_cell", f"every {column.name} is shorter than Excel's {EXCEL_CELL_LIMIT:,} characters per cell",
                rows.loc[too_long, key],
                f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)",
            ))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(
                f"{source.name}_{column.name}_allowed", f"every {column.name} is one of {allowed}", rows.loc[outside, key],
                f"{column.name} not one of {allowed} ({key} listed)",
            ))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders(
            "web_rows_without_sku_have_no_title", "web rows without a sku have no title either", titled["post_title"],
            "products with a title but no sku: they cannot be sold online", WARNING,
        ))
    damaged = pd.Series(False, index=triaged.index)
    for name in [c for c in triaged.columns if c not in (ROW, REASON) and pd.api.types.is_string_dtype(triaged[c])]:
        damaged |= triaged[name].str.contains(REPLACEMENT, regex=False).fillna(False).astype(bool)
    damaged = damaged[rows.index]
    checks.append(no_offenders(
        f"{source.name}_text_intact", f"no text holds {REPLACEMENT} (U+FFFD, what a bad conversion of accents leaves)", rows.loc[damaged, key],
        f"text holding {REPLACEMENT} (U+FFFD): characters lost by a conversion of the export, e.g. Pr{REPLACEMENT}face ({key} listed)", WARNING,
    ))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def merge_checks(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~member(web["sku"], merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders(
            "merge_every_web_product_merged", "every web product reaches an ERP product through the link table", lost,
            "web products with no ERP product through the link table (sku listed)",
        ),
        no_offenders(
            "merge_web_product_merged_once", "every web product is merged once", counts.index[counts > 1],
            "web products merged more than once (sku listed)",
        ),
        no_offenders(
            "merge_onsale_products_on_web", "every ERP product on sale online (onsale_web = 1) is in the web shop", onsale_missing,
            "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING,
        ),
        no_offenders(
            "merge_merged_products_on_sale", "every merged product is on sale online (onsale_web = 1)",
            merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING,
        ),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def sales_checks(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders(
            "sales_price_positive", "every merged product has a price > 0", ids[price.isna() | (price <= 0)],
            "merged products with a price empty or ≤ 0 (product_id listed)",
        ),
        no_offenders(
            "sales_total_sales_not_negative", "every merged product has total_sales ≥ 0", ids[sales.isna() | (sales < 0)],
            "merged products with total_sales empty or < 0 (product_id listed)",
        ),
        no_offenders(
            "sales_stock_not_negative", "no merged product has a negative stock_quantity", ids[(stock < 0).fillna(False)],
            "merged products with a negative stock_quantity (product_id listed)", WARNING,
        ),
        no_offenders(
            "sales_stock_status_matches_quantity", "stock_status is instock when stock_quantity > 0, else outofstock",
            ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING,
        ),
    ]
    return checks, {"merged": len(merged)}


def zscore_checks(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    std = std if np.isfinite(std) else None
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", "at least 2 products are merged", n, 2, "the z-score needs at least 2 merged products"),
        Check(
            "zscore_price_std_positive", ERROR, std, "> 0", bool(std is not None and std > 0),
            "std of price is 0 (every merged product has the same price): z is undefined", claim="the std of price is > 0",
        ),
        no_offenders(
            "zscore_defined_for_every_product", "every merged product has a z-score", scored.loc[~np.isfinite(scored["z_score"]), "product_id"],
            "products with no z-score (product_id listed)",
        ),
        no_offenders(
            "zscore_one_per_product", "every product is scored once", scored.loc[scored["product_id"].duplicated(), "product_id"],
            "products scored more than once (product_id listed)",
        ),
        Check(
            "zscore_segments_add_up", ERROR, premium + ordinary, n, premium + ordinary == n,
            "premium + ordinary ≠ merged products", claim="premium + ordinary = merged products",
        ),
        at_least("zscore_has_premium", f"at least one product is premium (z ≥ {PREMIUM_Z:g})", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if std is not None else None,
    }
    return checks, metrics
