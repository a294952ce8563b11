"""The gates of SPEC: what each one checks, as lists of claims over the stage's frame.

Each check states its claim (what must hold, shown for every check in the report) and, for when it does not
hold, what is wrong and which keys (shown in the log, the email and the report's warnings)."""

import difflib
from typing import Any

import numpy as np
import pandas as pd

from wine_luigi.claims import ERROR, MAX_KEYS, WARNING, Check, Severity, at_least, no_offenders, printable, quoted
from wine_luigi.contract import CELL_LIMIT, Source
from wine_luigi.raw_frame import normalise_name
from wine_luigi.readers.delimited import AMBIGUOUS, DECIMAL_COMMA, DECIMAL_DOT
from wine_luigi.rules import EXACT_FLOAT, PREMIUM_Z, REASON, ROW, kept, member, parse, price_moments

Checked = tuple[list[Check], dict[str, Any]]  # a gate's checks, and the metrics its marker records

REPLACEMENT = "\ufffd"  # what a decoder leaves for a byte it could not read
TYPE_WORDS = {"int": "a whole number", "number": "a number", "text": "text"}
# characters a cell can hold; workbook readers cut longer texts to it, so a text this long may be cut


def mapping_hints(missing: list[str], raw: pd.DataFrame, source: Source) -> str:
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
                f'[{source.name}_columns] {column} = {header} (or {option} "{header}")'
            )
    return "".join(f"; {hint}" for hint in hints)


HEADER_LOOK = 20  # rows under the first one looked at for the header, when that first one is not it


def header_below(missing: list[str], raw: pd.DataFrame) -> str:
    """When a row a little below the first one holds every missing column (a title above the header), its number
    and what to do; "" otherwise."""
    for _, cells in raw.head(HEADER_LOOK if missing else 0).iterrows():
        if set(missing) <= {normalise_name(v) for v in cells.drop(ROW).tolist()}:
            return (
                f"; row {int(cells[ROW])} holds {', '.join(missing)}: if it is the header, delete the row(s) above it "
                "(the header is the first row that holds something)"
            )
    return ""


def load_checks(raw: pd.DataFrame, source: Source) -> Checked:
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    name, rounded = source.name, raw.attrs.get("rounded", {})
    checks = [
        at_least(
            f"{name}_has_data_rows",
            "the sheet has data rows under its header",
            len(raw),
            1,
            "the sheet has no data rows under its header",
        ),
        no_offenders(
            f"{name}_required_columns_present",
            f"the header has every required column ({', '.join(source.required)})",
            missing,
            f"missing column(s) {', '.join(missing)} (found: "
            f"{', '.join(found) or 'nothing'}){header_below(missing, raw) or mapping_hints(missing, raw, source)}",
        ),
        no_offenders(
            f"{name}_required_columns_once",
            "each required column appears once in the header",
            repeated,
            f"column(s) {', '.join(repeated)} appear more than once in the header",
        ),
        *(
            no_offenders(
                f"{name}_{column}_exact",
                f"every {column} is the one exported (none beyond {EXACT_FLOAT:,} in a number cell)",
                [value for _, value in rounded.get(column, [])],
                f"{column} beyond {EXACT_FLOAT:,} in a workbook's number cell, which only holds it rounded, so it may "
                "not be the "
                "id as exported: store these ids as text cells, or export the file as CSV",
                cells=[f"row {row}: {column} '{value}'" for row, value in rounded.get(column, [])],
            )
            for column in (c.name for c in source.columns if c.key and c.type == "int")
        ),
        no_offenders(
            f"{name}_not_open_in_office",
            "the export was not open in Excel or LibreOffice while it was read",
            [raw.attrs["open_in_office"]] if raw.attrs.get("open_in_office") else [],
            "the export was open in Excel or LibreOffice while it was read (its lock file listed): if it was being "
            "saved, "
            "run the month again",
            WARNING,
        ),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def described(rows: pd.DataFrame, key: str, column: str | None = None, row: str = ROW, place: str = "row") -> list[str]:
    """Where each of the first offending rows is, as a person finds it in the file: `row 214 (product_id 4043):
    price '12,5O'` (`column`'s value), or `row 214: product_id '4043'` (the key alone)."""
    said = []
    for _, r in rows.head(MAX_KEYS).iterrows():
        at = f"{place} {int(r[row])}" if row in rows.columns and not pd.isna(r[row]) else ""
        if column is None:
            said.append(f"{at}: {key} {quoted(r[key])}" if at else f"{key} {quoted(r[key])}")
        else:
            named = f"{key} {printable(r[key])}"
            said.append(
                f"{at} ({named}): {column} {quoted(r[column])}" if at else f"{named}: {column} {quoted(r[column])}"
            )
    return said


def conflicts(rows: pd.DataFrame, name: str) -> list[str]:
    """For the first keys that several rows share with different values, the rows and their differing values side
    by side: `product_id 4054: row 12 price '24.5' | row 830 price '25'`."""
    shared = rows[rows[name].duplicated(keep=False) & rows[name].notna()]
    said = []
    for value, group in list(shared.groupby(name, sort=False))[:MAX_KEYS]:
        others = [c for c in group.columns if c not in (ROW, REASON, name)]
        differing = [
            c for c in others if group[c].astype(object).where(group[c].notna(), None).nunique(dropna=False) > 1
        ][:3]
        parts = [
            f"row {int(r[ROW])} " + ", ".join(f"{c} {quoted(r[c])}" for c in differing)
            for _, r in group.head(4).iterrows()
        ]
        said.append(f"{name} {printable(value)}: " + " | ".join(p.strip() for p in parts))
    return said


def number_problem(column: str, values: pd.Series, invalid: pd.Series) -> tuple[pd.Series, str | None]:
    """(offending rows, what is wrong) of a number column: a value that is no number, the fewer of two decimal
    marks when a column mixes them, or 1,234 where the file's decimal mark is a comma (a thousands separator?)."""
    text = values.astype("string")
    comma = invalid & text.str.match(DECIMAL_COMMA).fillna(False).astype(bool)
    dot = ~invalid & text.str.match(DECIMAL_DOT).fillna(False).astype(bool)
    ambiguous = invalid & text.str.match(AMBIGUOUS).fillna(False).astype(bool)
    if ambiguous.any() and not (comma & ~ambiguous).any():
        example = text[ambiguous].iloc[0]
        return invalid, (
            f"{column} is not a number: {example} could be {example.replace(',', '')} with a thousands separator or "
            f"{example.replace(',', '.')} with a decimal comma; write it without a thousands separator"
        )
    commas, dots = int(comma.sum()), int(dot.sum())
    if dots and commas > dots:  # the file's numbers use a comma: the dots are the odd ones
        return (invalid & ~comma) | dot, (
            f"{column} mixes decimal marks: {commas} with a comma, {dots} with a dot; "
            f"the {dots} with a dot ({text[dot].iloc[0]}{', …' if dots > 1 else ''}) are listed"
        )
    if comma.any():
        return (
            invalid,
            f"{column} is not a number: a decimal comma ({text[comma].iloc[0]}) where the file's numbers use a dot",
        )
    return invalid, None


def quality_checks(triaged: pd.DataFrame, source: Source) -> Checked:
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    # the other columns are only searched for damaged text, and shown for a conflict (the rows in question only)
    rows = kept(triaged[[ROW, *source.required, REASON]])
    key = source.keys[0]
    checks = []
    for name in source.keys:
        empty = rows[rows[name].isna()]
        checks.append(
            no_offenders(
                f"{source.name}_{name}_not_null",
                f"no row kept has an empty {name}",
                empty[ROW],
                f"rows with no {name} (sheet rows listed)",
                cells=[f"row {int(r)}: {name} empty" for r in empty[ROW].head(MAX_KEYS)],
            )
        )
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        if name == key:
            claim, what = (
                f"no two rows share a {name} with different values",
                "rows sharing a key with different values",
            )
            shown = triaged.loc[conflicting.index] if len(conflicting) else rows
        else:
            claim, what, shown = f"each {name} is linked to one {key}", f"{name} linked more than once", rows
        checks.append(
            no_offenders(
                f"{source.name}_{name}_unique",
                claim,
                conflicting,
                f"{what} ({name} listed)",
                cells=conflicts(shown, name) if len(conflicting) else (),
            )
        )
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        words = TYPE_WORDS[column.type]
        offending, why = (
            number_problem(column.name, rows[column.name], invalid) if column.type != "text" else (invalid, None)
        )
        checks.append(
            no_offenders(
                f"{source.name}_{column.name}_is_{column.type}",
                f"every {column.name} is {words}",
                rows.loc[offending, key],
                f"{why or f'{column.name} is not {words}'} ({key} listed)",
                cells=described(rows[offending], key, column.name),
            )
        )
        if column.whole:
            fraction = values.notna() & (values % 1 != 0).fillna(False).astype(bool)
            checks.append(
                no_offenders(
                    f"{source.name}_{column.name}_is_whole",
                    f"every {column.name} is a whole number (a count)",
                    rows.loc[fraction, key],
                    f"{column.name} is not a whole number ({key} listed)",
                    cells=described(rows[fraction], key, column.name),
                )
            )
        if not column.key and not column.nullable:
            empty = rows[column.name].isna()
            checks.append(
                no_offenders(
                    f"{source.name}_{column.name}_not_null",
                    f"no {column.name} is empty",
                    rows.loc[empty, key],
                    f"{column.name} is empty ({key} listed)",
                    cells=described(rows[empty], key, column.name),
                )
            )
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(CELL_LIMIT).fillna(False).astype(bool)
            checks.append(
                no_offenders(
                    f"{source.name}_{column.name}_fits_a_cell",
                    f"every {column.name} is shorter than Excel's {CELL_LIMIT:,} characters per cell",
                    rows.loc[too_long, key],
                    f"{column.name} reaches Excel's {CELL_LIMIT:,} characters per cell: the text may have been "
                    f"cut ({key} listed)",
                    cells=[
                        f"row {int(r[ROW])} ({key} {printable(r[key])}): {column.name} of {len(r[column.name]):,} "
                        "characters"
                        for _, r in rows[too_long].head(MAX_KEYS).iterrows()
                    ],
                )
            )
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(
                no_offenders(
                    f"{source.name}_{column.name}_allowed",
                    f"every {column.name} is one of {allowed}",
                    rows.loc[outside, key],
                    f"{column.name} not one of {allowed} ({key} listed)",
                    cells=described(rows[outside], key, column.name),
                )
            )
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(
            no_offenders(
                "web_rows_without_sku_have_no_title",
                "web rows without a sku have no title either",
                titled["post_title"],
                "products with a title but no sku: they cannot be sold online",
                WARNING,
                cells=described(titled, "post_title"),
            )
        )
    damaged, first = pd.Series(False, index=triaged.index), pd.Series(None, index=triaged.index, dtype=object)
    for name in [c for c in triaged.columns if c not in (ROW, REASON) and pd.api.types.is_string_dtype(triaged[c])]:
        holds = triaged[name].str.contains(REPLACEMENT, regex=False).fillna(False).astype(bool)
        first[holds & ~damaged] = name
        damaged |= holds
    damaged = damaged[rows.index]
    checks.append(
        no_offenders(
            f"{source.name}_text_intact",
            f"no text holds {REPLACEMENT} (U+FFFD, what a bad conversion of accents leaves)",
            rows.loc[damaged, key],
            f"text holding {REPLACEMENT} (U+FFFD): characters lost by a conversion of the export, e.g. "
            f"Pr{REPLACEMENT}face ({key} listed)",
            WARNING,
            cells=[
                f"row {int(r[ROW])} ({key} {printable(r[key])}): {first[i]} {quoted(triaged.at[i, first[i]])}"
                for i, r in rows[damaged].head(MAX_KEYS).iterrows()
            ],
        )
    )
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {
        "rows": len(triaged),
        "kept": len(rows),
        "rejected": int(triaged[REASON].notna().sum()),
        "rejected_by_reason": reasons,
    }


def alike(key: object) -> str:
    """A key as a person reads it: its case and a number's leading zeros (which Excel drops) aside."""
    text = str(key).casefold()
    return text.lstrip("0") or "0" if text.isdigit() else text


def link_rows(link: pd.DataFrame, by: str) -> tuple[dict[Any, tuple[Any, int]], dict[Any, tuple[str, int]]]:
    """The link table's rows (`link`: every row, with its reason) by their `by` key (id_web or product_id): ({key:
    (the other key, row)} of the rows kept, {key: (reason, row)} of the rows that left the flow)."""
    rows = link.assign(product_id=parse(link["product_id"], "int")[0])  # an invalid one: empty
    other = "product_id" if by == "id_web" else "id_web"
    kept_rows, left = rows[rows[REASON].isna()], rows[rows[REASON].notna() & rows[by].notna()]
    mapped = {k: (o, int(r)) for k, o, r in zip(kept_rows[by], kept_rows[other], kept_rows[ROW]) if not pd.isna(k)}
    return mapped, {k: (why, int(r)) for k, why, r in zip(left[by], left[REASON], left[ROW])}


def left_the_flow(rejected: tuple[str, int]) -> str:
    return f" (link row {rejected[1]} has it but left the flow: {rejected[0]}, in rejects.csv)"


SAME_BUT_FOR_CASE = (
    "the same but for case or leading zeros, which a tool such as Excel drops; correct one of the two files"
)


def why_lost(lost: pd.DataFrame, web: pd.DataFrame, erp: pd.DataFrame, link: pd.DataFrame | None) -> list[str]:
    """For the first web products the merge lost, where each is in the file and why it was lost, from the link
    table's rows (`link`: every row, with its reason): the link row that maps it to a product_id no ERP row has; the
    link row that has it but left the flow (rejects.csv); or no link row with its sku, and then the link row whose
    id_web is the same sku but for case or leading zeros (an id_web that reaches no web product), when there is one."""
    said = described(lost, "sku", place="web row")
    if link is None or lost.empty:
        return said
    mapped, rejected = link_rows(link, "id_web")
    skus = set(web["sku"].dropna())
    near = {alike(k): (k, r) for k, (_, r) in mapped.items() if k not in skus}  # id_webs that reach no web product
    products = set(erp["product_id"].dropna())
    for i, sku in enumerate(lost["sku"].head(MAX_KEYS)):
        if sku in mapped:
            if mapped[sku][0] not in products:
                said[i] += f" (link row {mapped[sku][1]} maps it to product_id {mapped[sku][0]}, which no ERP row has)"
        elif sku in rejected:
            said[i] += left_the_flow(rejected[sku])
        else:
            found = near.get(alike(sku))
            said[i] += (
                " (no link row has it)"
                if found is None
                else f" (link row {found[1]} has id_web {quoted(found[0])}: {SAME_BUT_FOR_CASE})"
            )
    return said


def why_not_merged(missing: pd.DataFrame, web: pd.DataFrame, link: pd.DataFrame | None) -> list[str]:
    """For the first ERP products on sale online that the merge left out, where each is in the file and why, from
    the link table's rows: the link row that maps it to an id_web no web product has (and the web product whose sku
    is the same but for case or leading zeros, when there is one); the link row that has it but left the flow
    (rejects.csv: an empty id_web, say); or no link row with its product_id."""
    said = described(missing, "product_id", place="ERP row")
    if link is None or missing.empty:
        return said
    mapped, rejected = link_rows(link, "product_id")
    skus = {alike(k): k for k in web["sku"].dropna()}
    for i, product in enumerate(missing["product_id"].head(MAX_KEYS)):
        if product in mapped:
            key, row = mapped[product]
            near = skus.get(alike(key))
            said[i] += f" (link row {row} maps it to id_web {quoted(key)}, which no web product has" + (
                ")" if near is None else f"; the web shop has sku {quoted(near)}: {SAME_BUT_FOR_CASE})"
            )
        elif product in rejected:
            said[i] += left_the_flow(rejected[product])
        else:
            said[i] += " (no link row has it)"
    return said


def merge_checks(
    merged: pd.DataFrame, erp: pd.DataFrame, web: pd.DataFrame, link: pd.DataFrame | None = None
) -> Checked:
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings. With the `link`
    table's rows (every row, with its reason), each lost web product says why it was lost (why_lost), and each ERP
    product on sale online that is not in the web shop why not (why_not_merged)."""
    counts = merged["sku"].value_counts()
    lost = web[~member(web["sku"], merged["sku"])]
    twice = merged[merged["sku"].isin(counts.index[counts > 1])]
    onsale_missing = erp[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"])]
    offline = merged[merged["onsale_web"] == 0]
    checks = [
        no_offenders(
            "merge_every_web_product_merged",
            "every web product reaches an ERP product through the link table",
            lost["sku"],
            "web products with no ERP product through the link table (sku listed)",
            cells=why_lost(lost, web, erp, link),
        ),
        no_offenders(
            "merge_web_product_merged_once",
            "every web product is merged once",
            counts.index[counts > 1],
            "web products merged more than once (sku listed)",
            cells=[
                f"sku {printable(sku)}: web row {int(g['web_row'].iloc[0])} merged with link rows "
                f"{', '.join(str(int(r)) for r in g['link_row'])}"
                if {"web_row", "link_row"} <= set(g.columns)
                else f"sku {printable(sku)}: merged {len(g)} times"
                for sku, g in list(twice.groupby("sku", sort=False))[:MAX_KEYS]
            ],
        ),
        no_offenders(
            "merge_onsale_products_on_web",
            "every ERP product on sale online (onsale_web = 1) is in the web shop",
            onsale_missing["product_id"],
            "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)",
            WARNING,
            cells=why_not_merged(onsale_missing, web, link),
        ),
        no_offenders(
            "merge_merged_products_on_sale",
            "every merged product is on sale online (onsale_web = 1)",
            offline["product_id"],
            "merged products with onsale_web = 0 (product_id listed)",
            WARNING,
            cells=described(offline, "product_id", row="erp_row", place="ERP row"),
        ),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


# what a product can plausibly be: beyond, a value is a typing or export error (and cents would stop being exact)
MOST = {"price": 1_000_000, "total_sales": 10_000_000}
EXACT_CENTS = 2**53  # cents a float64 still holds exactly: the month's total must stay under it


def sales_checks(merged: pd.DataFrame) -> Checked:
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product, both below a plausible bound, and a total
    that is exact to the cent; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]

    def holds(mask: pd.Series) -> pd.Series:  # an empty cell claims nothing
        return mask.fillna(False).astype(bool)

    contradicts = (holds(stock > 0) & holds(status == "outofstock")) | (holds(stock <= 0) & holds(status == "instock"))

    def products(
        name: str, claim: str, mask: pd.Series, column: str, message: str, severity: Severity = ERROR
    ) -> Check:
        """The check that no merged product is in `mask`, naming each by its row in the export `column` comes from."""
        mask = holds(mask)
        row, place = ("web_row", "web row") if column == "total_sales" else ("erp_row", "ERP row")
        return no_offenders(
            name,
            claim,
            merged.loc[mask, "product_id"],
            message,
            severity,
            cells=described(merged[mask], "product_id", column, row=row, place=place),
        )

    bad_price, bad_sales = price.isna() | (price <= 0), sales.isna() | (sales < 0)
    dear, many = price > MOST["price"], sales > MOST["total_sales"]
    plausible = ~(bad_price | bad_sales | dear | many).fillna(True).astype(bool)
    cents = float((price[plausible].astype("float64") * sales[plausible].astype("float64")).abs().sum()) * 100
    limit = EXACT_CENTS / 100
    checks = [
        products(
            "sales_price_positive",
            "every merged product has a price > 0",
            bad_price,
            "price",
            "merged products with a price empty or ≤ 0 (product_id listed)",
        ),
        products(
            "sales_total_sales_not_negative",
            "every merged product has total_sales ≥ 0",
            bad_sales,
            "total_sales",
            "merged products with total_sales empty or < 0 (product_id listed)",
        ),
        products(
            "sales_price_plausible",
            f"every merged product has a price ≤ {MOST['price']:,} €",
            dear,
            "price",
            f"merged products priced over {MOST['price']:,} €: a typing or export error? (product_id listed)",
        ),
        products(
            "sales_total_sales_plausible",
            f"every merged product has total_sales ≤ {MOST['total_sales']:,}",
            many,
            "total_sales",
            f"merged products with total_sales over {MOST['total_sales']:,}: a typing or export error? (product_id "
            "listed)",
        ),
        Check(
            "sales_total_exact",
            ERROR,
            round(cents / 100, 2),
            f"< {limit:,.0f}",
            bool(cents < EXACT_CENTS * 0.999),
            f"the month's revenue reaches {limit:,.0f} €, beyond which cents are not exact",
            claim=f"the month's revenue stays under {limit:,.0f} €, where every cent is exact",
        ),
        products(
            "sales_stock_not_negative",
            "no merged product has a negative stock_quantity",
            stock < 0,
            "stock_quantity",
            "merged products with a negative stock_quantity (product_id listed)",
            WARNING,
        ),
        products(
            "sales_stock_status_matches_quantity",
            "stock_status is instock when stock_quantity > 0, else outofstock",
            contradicts,
            "stock_status",
            "stock_status contradicts stock_quantity (product_id listed)",
            WARNING,
        ),
    ]
    return checks, {"merged": len(merged)}


def zscore_checks(scored: pd.DataFrame) -> Checked:
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, (mean, computed) = len(scored), price_moments(price)
    std = computed if np.isfinite(computed) else None
    if n < 2:
        undefined = f"std of price needs 2 merged products or more ({n} merged): z is undefined"
    elif std is None:
        undefined = "std of price cannot be computed (a price too large for it?): z is undefined"
    else:
        undefined = "std of price is 0 (every merged product has the same price): z is undefined"
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least(
            "zscore_at_least_two_products",
            "at least 2 products are merged",
            n,
            2,
            "the z-score needs at least 2 merged products",
        ),
        Check(
            "zscore_price_std_positive",
            ERROR,
            std,
            "> 0",
            bool(std is not None and std > 0),
            undefined,
            claim="the std of price is > 0",
        ),
        no_offenders(
            "zscore_defined_for_every_product",
            "every merged product has a z-score",
            scored.loc[~np.isfinite(scored["z_score"]), "product_id"],
            "products with no z-score (product_id listed)",
        ),
        no_offenders(
            "zscore_one_per_product",
            "every product is scored once",
            scored.loc[scored["product_id"].duplicated(), "product_id"],
            "products scored more than once (product_id listed)",
        ),
        Check(
            "zscore_segments_add_up",
            ERROR,
            premium + ordinary,
            n,
            premium + ordinary == n,
            "premium + ordinary ≠ merged products",
            claim="premium + ordinary = merged products",
        ),
        at_least(
            "zscore_has_premium",
            f"at least one product is premium (z ≥ {PREMIUM_Z:g})",
            premium,
            1,
            f"no product has z ≥ {PREMIUM_Z:g}",
            WARNING,
        ),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": mean if n else None,
        "price_std": std,
        "premium_threshold_price": mean + PREMIUM_Z * std if std is not None else None,
    }
    return checks, metrics
