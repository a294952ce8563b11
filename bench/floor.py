"""The floor: the month's three deliverables from the three workbooks with plain pandas, no Luigi, no checks.

    python bench/floor.py SOURCES_DIR OUTPUT_DIR

Same rules as the pipeline (keys as text, attachments dropped, inner joins, sales rounded to the cent,
z-score with the sample std); nothing else. It is what the pipeline's time and memory are compared with.
"""

import sys
from pathlib import Path

import pandas as pd


def read(path, text_key=None):
    frame = pd.read_excel(path, engine="calamine", dtype={text_key: str} if text_key else None)
    frame.columns = frame.columns.str.strip().str.lower()
    if text_key:
        frame[text_key] = frame[text_key].str.strip().str.replace(r"\.0+$", "", regex=True)
    return frame


def main(sources, output):
    sources, output = Path(sources), Path(output)
    erp = read(sources / "Fichier_erp.xlsx")
    web = read(sources / "Fichier_web.xlsx", "sku")
    link = read(sources / "fichier_liaison.xlsx", "id_web")
    web = web[(web["post_type"] == "product") & web["sku"].notna()]
    merged = erp.merge(link.dropna(subset=["id_web"]), on="product_id").merge(web, left_on="id_web", right_on="sku")
    merged["sales_product"] = (merged["total_sales"] * merged["price"]).round(2)
    merged["z_score"] = (merged["price"] - merged["price"].mean()) / merged["price"].std()
    output.mkdir(parents=True, exist_ok=True)
    sales = merged.sort_values(["sales_product", "product_id"], ascending=[False, True])
    columns = [
        "product_id",
        "sku",
        "post_title",
        "onsale_web",
        "stock_quantity",
        "total_sales",
        "price",
        "sales_product",
    ]
    sales[columns].to_excel(output / "sales_product.xlsx", index=False, engine="xlsxwriter")
    segment = ["z_score", "product_id", "sku", "post_title", "total_sales", "price", "sales_product"]
    ranked = merged.sort_values(["z_score", "product_id"], ascending=[False, True])
    ranked.loc[ranked["z_score"] >= 2, segment].to_csv(output / "premium.csv", index=False)
    ranked.loc[ranked["z_score"] < 2, segment].to_csv(output / "ordinary.csv", index=False)
    print(f"{len(merged)} products, {merged['sales_product'].sum():,.2f} €")


if __name__ == "__main__":
    main(*sys.argv[1:3])
