"""The business rules of SPEC, in pipeline order, as pure DataFrame -> DataFrame functions."""

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import pandas as pd

from wine_luigi.contract import Source

ROW = "row"  # row number in the source sheet, header = 1
REASON = "reason"  # why the row left the flow; empty while it is kept
PREMIUM_Z = 2.0
Z_DECIMALS = 9  # z is compared to the threshold at this precision, so float noise cannot flip a segment


EXACT_FLOAT = 2**53  # beyond it a float64 no longer holds every whole number
INT64 = 2**63


def parse(text: pd.Series, type_: str) -> tuple[pd.Series, pd.Series]:
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    if type_ == "int":
        return to_int(text)
    number = to_float(text)
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    return number.mask(bad), pd.Series(bad, index=text.index)


def to_int(text: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(whole numbers as Int64, mask of cells present but not one): digits are read exactly, whatever their number
    up to 64 bits (9007199254740993 stays itself); another notation (1e3) when the float it is holds a whole number
    exactly (below 2^53)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    numbers, missing = np.zeros(len(text), dtype="int64"), np.ones(len(text), dtype=bool)
    bad = np.zeros(len(text), dtype=bool)
    present = text.notna().to_numpy()
    digits = text.str.fullmatch(r"[+-]?[0-9]{1,18}").fillna(False).to_numpy(dtype=bool)
    if digits.any():  # the usual case, by Arrow, exactly
        numbers[digits] = pc.cast(pa.array(text[digits], type=pa.string()), pa.int64()).to_numpy()
        missing[digits] = False
    for at in np.flatnonzero(present & ~digits):  # long, non-ASCII digits or another notation: rare, one by one
        number = whole(text.iloc[at])
        if number is None or not -INT64 <= number < INT64:
            bad[at] = True
        else:
            numbers[at], missing[at] = number, False
    return pd.Series(pd.arrays.IntegerArray(numbers, missing), index=text.index), pd.Series(bad, index=text.index)


def whole(cell: str) -> int | None:
    """The whole number a cell's text is exactly, or None."""
    try:
        return int(cell)  # digits of any script and length, exactly
    except ValueError:
        pass
    try:
        number = float(cell)
    except ValueError:
        return None
    return int(number) if np.isfinite(number) and number % 1 == 0 and abs(number) < EXACT_FLOAT else None


def to_float(text: pd.Series) -> pd.Series:
    """Canonical text as float64, NaN where empty or not a number. Arrow parses a column whose every cell is a number
    (about ten times as fast, and correctly rounded as Python's float() is); a column holding anything else goes
    through pandas.to_numeric, which turns what is not a number into NaN."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(text.dtype, pd.StringDtype) and text.dtype.storage == "pyarrow":
        try:
            return pd.Series(
                pc.cast(text.array.__arrow_array__(), pa.float64()).to_numpy(), index=text.index, dtype="float64"
            )
        except pa.ArrowInvalid:
            pass
    return pd.to_numeric(text.astype(object), errors="coerce").astype("float64")


def clean(raw: pd.DataFrame, source: Source) -> pd.DataFrame:
    """Every raw row, with `reason` missing_<key> / invalid_<key> where a key is empty or unreadable."""
    reason = pd.Series(None, index=raw.index, dtype=object)
    for name in source.keys:
        _, invalid = parse(raw[name], source.column(name).type)
        for mask, code in ((raw[name].isna(), f"missing_{name}"), (invalid, f"invalid_{name}")):
            reason[mask & reason.isna()] = code
    return raw.assign(**{REASON: reason.astype("string")})


def dedup(cleaned: pd.DataFrame, source: Source) -> pd.DataFrame:
    """Discard rows by the source's rules (web attachments), then collapse identical rows (`duplicate`)."""
    reason = cleaned[REASON].astype(object)
    for column, value, code in source.discard:
        match = cleaned[column].str.lower().eq(value).fillna(False).astype(bool)
        reason[match & reason.isna()] = code
    kept = reason.isna()
    values = [c for c in cleaned.columns if c not in (ROW, REASON)]
    repeated = duplicated(cleaned.loc[kept, values])
    reason[repeated.index[repeated]] = "duplicate"
    return cleaned.assign(**{REASON: reason.astype("string")})


def duplicated(rows: pd.DataFrame) -> pd.Series:
    """rows.duplicated(keep="first"), twice as fast on wide text: rows are compared in full only where their hashes
    meet."""
    hashes = pd.util.hash_pandas_object(rows, index=False)
    maybe = hashes.duplicated(keep=False)
    repeated = pd.Series(False, index=rows.index)
    if maybe.any():
        repeated[maybe] = rows[maybe].duplicated(keep="first")
    return repeated


def triage(raw: pd.DataFrame, source: Source) -> pd.DataFrame:
    """clean then dedup: every raw row, each kept one with an empty reason."""
    return dedup(clean(raw, source), source)


def kept(triaged: pd.DataFrame) -> pd.DataFrame:
    return triaged[triaged[REASON].isna()].drop(columns=REASON)


def typed(rows: pd.DataFrame, source: Source, columns: Iterable[str] | None = None) -> pd.DataFrame:
    """Contract columns (or just `columns` of them) converted to their types (after the quality gate has passed)."""
    return rows.assign(
        **{c.name: parse(rows[c.name], c.type)[0] for c in source.columns if columns is None or c.name in columns}
    )


def member(values: pd.Series, pool: pd.Series) -> pd.Series:
    """values.isin(pool), for text as fast as for numbers (pandas' isin on Arrow strings hashes in Python)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if pd.api.types.is_string_dtype(values) and not values.dtype == object:
        found = pc.is_in(pa.array(values, from_pandas=True), value_set=pa.array(pool, from_pandas=True).unique())
        return pd.Series(found.to_numpy(zero_copy_only=False), index=values.index, dtype=bool)
    return values.isin(pool)


def merge(erp: pd.DataFrame, link: pd.DataFrame, web: pd.DataFrame) -> pd.DataFrame:
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source. A frame that
    still has its `reason` column (a triaged one) takes part with its kept rows only.

    The joins run on the key columns alone; each source's rows are then taken once, by position, so the web
    export's long texts are copied once. Sources that share another column name, or key columns of different
    types, are joined by pandas on the whole frames (which then suffixes the shared names _x, _y)."""
    frames = [f.rename(columns={ROW: row}) for f, row in zip((erp, link, web), ("erp_row", "link_row", "web_row"))]
    rows = [np.flatnonzero(f[REASON].isna().to_numpy()) if REASON in f.columns else np.arange(len(f)) for f in frames]
    erp, link, web = (f.drop(columns=REASON) if REASON in f.columns else f for f in frames)
    names = [*erp.columns, *link.columns.drop("product_id"), *web.columns]
    if len(set(names)) < len(names) or erp["product_id"].dtype != link["product_id"].dtype:
        return _merge_whole(*(f.iloc[r] for f, r in zip((erp, link, web), rows)))
    at = (
        erp[["product_id"]]
        .iloc[rows[0]]
        .assign(at_erp=rows[0])
        .merge(link[["product_id", "id_web"]].iloc[rows[1]].assign(at_link=rows[1]), on="product_id", how="inner")
        .merge(web[["sku"]].iloc[rows[2]].assign(at_web=rows[2]), left_on="id_web", right_on="sku", how="inner")
    )
    parts = (erp.iloc[at["at_erp"]], link.drop(columns="product_id").iloc[at["at_link"]], web.iloc[at["at_web"]])
    return pd.concat([part.reset_index(drop=True) for part in parts], axis="columns")


def _merge_whole(erp: pd.DataFrame, link: pd.DataFrame, web: pd.DataFrame) -> pd.DataFrame:
    return (
        erp.merge(link, on="product_id", how="inner")
        .merge(web, left_on="id_web", right_on="sku", how="inner")
        .reset_index(drop=True)
    )


def sales_cents(total_sales: pd.Series, price: pd.Series) -> pd.Series:
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [
        int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)
    ]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def add_sales(merged: pd.DataFrame) -> pd.DataFrame:
    """sales_product = round(total_sales × price, 2), per product."""
    return merged.assign(sales_product=sales_cents(merged["total_sales"], merged["price"]) / 100)


def total_revenue(sales: pd.DataFrame) -> float:
    """The month's total as an exact sum of the per-product cents (Python integers: no 64-bit sum to wrap), in €."""
    return int(np.sum(sales_cents(sales["total_sales"], sales["price"]).to_numpy(), dtype=object)) / 100


def price_moments(price: pd.Series) -> tuple[float, float]:
    """(mean, std with n − 1) of the merged prices; the std is NaN for fewer than two prices, and 0 when every price
    is the same: the float mean of three prices of 0.10 is 0.10000000000000002, and the std pandas gives then
    1.7e-17, which would make a z of rounding alone (−0.82 each)."""
    price = price.astype("float64")
    if len(price) > 1 and price.min() == price.max():
        return float(price.min()), 0.0
    return float(price.mean()), float(price.std(ddof=1))


def add_zscore(sales: pd.DataFrame) -> pd.DataFrame:
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    mean, std = price_moments(price)
    z = (price - mean) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = pd.Series(pd.NA, index=sales.index, dtype="string")  # empty where z is undefined (NaN)
    segment = segment.mask(compared >= PREMIUM_Z, "premium").mask(compared < PREMIUM_Z, "ordinary")
    return sales.assign(z_score=z, segment=segment)
