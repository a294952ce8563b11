"""Realistic BottleNeck-like exports for demos and tests, deterministic for a seed.

    python -m wine_luigi.demo data/sources --if-empty
    python -m wine_luigi.demo data/sources/2026-02 --seed 7 --products 800

An existing workbook is never overwritten unless --force is given: the folder may hold the shop's real exports.

The quirks of the real exports are reproduced: every web product has an attachment row repeating its sku
(a few with a different total_sales), web rows without sku (two of them titled products), numeric and
non-numeric skus, link rows without id_web, an offline product with a negative price, a negative stock,
and ERP products on sale that the web shop does not list. Every gate passes on the result.
"""

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from wine_luigi.export import write_xlsx

WEB_COLUMNS = [
    "sku",
    "virtual",
    "downloadable",
    "rating_count",
    "average_rating",
    "total_sales",
    "tax_status",
    "tax_class",
    "post_author",
    "post_date",
    "post_date_gmt",
    "post_content",
    "post_title",
    "post_excerpt",
    "post_status",
    "comment_status",
    "ping_status",
    "post_password",
    "post_name",
    "post_modified",
    "post_modified_gmt",
    "post_content_filtered",
    "post_parent",
    "guid",
    "menu_order",
    "post_type",
    "post_mime_type",
    "comment_count",
]
DEFAULT_FILES = {"erp": "Fichier_erp.xlsx", "web": "Fichier_web.xlsx", "link": "fichier_liaison.xlsx"}
PRODUCERS = [
    "Château du Couvent",
    "Domaine Huet",
    "Parés Baltà",
    "Pierre Jean Villa",
    "Domaine Weinbach",
    "Champagne Agrapart & Fils",
    "Domaine de la Janasse",
    "Clos Rougeard",
    "Domaine Zind-Humbrecht",
    "Château Simone",
    "Domaine Tempier",
    "Egly-Ouriet",
    "Domaine Jamet",
    "Maison Trimbach",
    "Domaine Ogier",
]
WINES = [
    "Pomerol",
    "Vouvray Le Mont Sec",
    "Penedès Indigena",
    "Condrieu Jardin Suspendu",
    "Riesling Cuvée Théo",
    "Minéral Extra Brut",
    "Châteauneuf-du-Pape",
    "Saumur Champigny",
    "Gewurztraminer",
    "Palette Blanc",
    "Bandol Rosé",
    "Grand Cru Brut",
    "Côte-Rôtie",
    "Riesling Clos Sainte Hune",
    "Côtes du Rhône",
]


def demo_frames(products: int = 800, seed: int = 42) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(erp, web, link) frames of about `products` ERP products, like the shop's real exports."""
    rng = np.random.default_rng(seed)
    n = products
    product_id = 3847 + np.cumsum(rng.integers(1, 6, n))
    price = np.round(np.exp(rng.normal(3.2, 0.65, n)), 1).clip(4.5, 260)
    online = rng.random(n) < 0.87
    stock = rng.integers(0, 120, n) * (rng.random(n) < 0.8)
    erp = pd.DataFrame(
        {
            "product_id": product_id,
            "onsale_web": online.astype(int),
            "price": price,
            "stock_quantity": stock,
            "stock_status": np.where(stock > 0, "instock", "outofstock"),
        }
    )
    offline = np.flatnonzero(~online)
    erp.loc[offline[0], "price"] = -8.0  # an offline product with a negative price: never merged
    on = np.flatnonzero(online)
    erp.loc[on[5], ["stock_quantity", "stock_status"]] = [-1, "outofstock"]  # a negative stock
    not_listed = on[-3:]  # on sale in the ERP, missing from the web shop: a warning

    sku = (13000 + np.arange(n) * 3 + rng.integers(0, 3, n)).astype(object)
    sku[on[10]] = "13127-1"
    sku[on[20]] = "bon-cadeau-25-euros"
    linked = online.copy()
    linked[not_listed] = False
    linked[offline[1 : max(2, len(offline) // 4)]] = True  # offline products that still have a web id
    link = pd.DataFrame({"product_id": product_id, "id_web": pd.Series(sku, dtype=object).where(linked, None)})

    listed = np.flatnonzero(online)
    listed = listed[~np.isin(listed, not_listed)]
    titles = [f"{PRODUCERS[i % len(PRODUCERS)]} {WINES[(i * 7) % len(WINES)]} {2010 + i % 12}" for i in range(n)]
    sales = rng.poisson(rng.choice([0.3, 4.0], n, p=[0.45, 0.55]))
    product_rows = _web_rows(rng, sku[listed], np.array(titles, dtype=object)[listed], sales[listed], "product")
    attachment_sales = sales[listed].copy()
    attachment_sales[:3] += 1 + rng.integers(0, 5, 3)  # attachments that disagree with their product
    attachment_rows = _web_rows(
        rng, sku[listed], np.array(titles, dtype=object)[listed], attachment_sales, "attachment"
    )
    blank = pd.DataFrame({c: [None] * max(3, n // 10) for c in WEB_COLUMNS}).assign(
        virtual=0, downloadable=0, rating_count=0
    )
    titled = _web_rows(
        rng,
        np.array([None, None]),
        np.array(
            ["Domaine Huet Vouvray Moelleux 2018", "Domaine Jamet Côte-Rôtie Fructus Voluptas 2017"], dtype=object
        ),
        np.array([3, 10]),
        "product",
    )
    web = pd.concat([product_rows, attachment_rows, blank, titled], ignore_index=True)
    web = web.iloc[rng.permutation(len(web))].reset_index(drop=True)
    web["sku"] = [str(s) if isinstance(s, (int, np.integer)) and rng.random() < 0.3 else s for s in web["sku"]]
    return erp, web[WEB_COLUMNS], link


def _web_rows(rng: np.random.Generator, skus: Any, titles: Any, sales: Any, post_type: str) -> list[dict[str, Any]]:
    n = len(skus)
    date = pd.Timestamp("2018-02-01") + pd.to_timedelta(rng.integers(0, 900, n), unit="D")
    slug = pd.Series(titles).str.lower().str.replace(r"[^a-z0-9]+", "-", regex=True).to_numpy()
    image = post_type == "attachment"
    return pd.DataFrame(
        {
            "sku": skus,
            "virtual": 0,
            "downloadable": 0,
            "rating_count": 0,
            "average_rating": 0.0,
            "total_sales": sales.astype(float),
            "tax_status": None if image else "taxable",
            "tax_class": None,
            "post_author": 2.0,
            "post_date": date,
            "post_date_gmt": date - pd.Timedelta(hours=1),
            "post_content": None,
            "post_title": titles,
            "post_excerpt": None if image else "Un vin de caractère, à partager.",
            "post_status": "inherit" if image else "publish",
            "comment_status": "closed" if image else "open",
            "ping_status": "closed",
            "post_password": None,
            "post_name": slug,
            "post_modified": date + pd.Timedelta(days=30),
            "post_modified_gmt": date + pd.Timedelta(days=30, hours=-1),
            "post_content_filtered": None,
            "post_parent": 0.0,
            "guid": [f"https://www.bottle-neck.fr/{'wp-content/uploads/' if image else '?product='}{s}" for s in slug],
            "menu_order": 0.0,
            "post_type": post_type,
            "post_mime_type": "image/jpeg" if image else None,
            "comment_count": 0.0,
        }
    )


def has_workbooks(folder: str | Path) -> bool:
    """True when the folder or one of its month sub-folders already holds a workbook."""
    return any(Path(folder).rglob("*.xlsx"))


def write_demo(
    folder: str | Path, products: int = 800, seed: int = 42, files: dict[str, str] | None = None
) -> list[Path]:
    """Write the three demo workbooks into `folder`; returns their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    files = {**DEFAULT_FILES, **(files or {})}
    written = []
    for name, frame in zip(("erp", "web", "link"), demo_frames(products, seed)):
        path = folder / files[name]
        partial = path.with_name(path.name + ".part")
        with open(partial, "wb") as f:
            write_xlsx(frame, f, sheet="Feuil1")
        partial.replace(path)
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m wine_luigi.demo", description=__doc__.splitlines()[0])
    parser.add_argument("folder", help="where to write the three workbooks")
    parser.add_argument("--products", type=int, default=800, help="ERP products (default 800)")
    parser.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    parser.add_argument("--if-empty", action="store_true", help="do nothing when the folder already holds workbooks")
    parser.add_argument("--force", action="store_true", help="overwrite workbooks of the same names")
    args = parser.parse_args(argv)
    if args.if_empty and has_workbooks(args.folder):
        print(f"{args.folder} already holds workbooks: left as they are")
        return 0
    existing = [str(Path(args.folder) / name) for name in DEFAULT_FILES.values() if (Path(args.folder) / name).exists()]
    if existing and not args.force:
        print(
            f"not overwriting {', '.join(existing)} (real exports?): choose another folder, or add --force",
            file=sys.stderr,
        )
        return 1
    for path in write_demo(args.folder, args.products, args.seed):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
