"""The SQLite ledger of runs: one row per month, per check, and per merged product of the month.

A month's rows are replaced when it is recorded again, never duplicated.
"""
import hashlib
import sqlite3
from pathlib import Path

from wine_luigi.errors import WriteError

RUN_KEY, CHECK_KEY, PRODUCT_KEY = ("month",), ("month", "gate", "check"), ("month", "product_id")
RUN_COLUMNS = {
    "month": str, "status": str, "failed_gate": str, "failed_step": str, "error": str, "started": str, "finished": str,
    "duration_s": float, "rows_erp": int, "rows_web": int, "rows_link": int, "merged": int,
    "total_revenue": float, "premium": int, "ordinary": int, "price_mean": float, "price_std": float,
    "warnings": int,
    **{f"{s}_{k}": t for s in ("erp", "web", "link") for k, t in (("file", str), ("size", int), ("sha256", str))},
}


def connect(path):
    import sqlite_utils  # half a second to import: only runs that record pay it

    Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    if "runs" not in db.table_names():
        db["runs"].create(RUN_COLUMNS, pk="month")
        db["checks"].create(
            {"month": str, "gate": str, "check": str, "severity": str, "observed": float, "threshold": str, "passed": int, "message": str},
            pk=CHECK_KEY,
        )
        db["products"].create(
            {"month": str, "product_id": int, "sku": str, "title": str, "price": float, "total_sales": float,
             "sales_product": float, "z_score": float, "segment": str},
            pk=PRODUCT_KEY,
        )
    return db


def file_facts(source, path):
    """Name, size and sha256 of an input workbook, as ledger columns."""
    path = Path(path)
    if not path.is_file():
        return {}
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return {f"{source}_file": str(path), f"{source}_size": path.stat().st_size, f"{source}_sha256": digest}


def check_rows(month, markers_and_failures):
    """Ledger rows of every check of the given gates: [(gate, [check dict, ...]), ...]."""
    return [
        {
            "month": month, "gate": gate, "check": c["name"], "severity": c["severity"], "observed": c["observed"],
            "threshold": str(c["threshold"]), "passed": int(bool(c["passed"])), "message": c["message"],
        }
        for gate, checks in markers_and_failures
        for c in checks
    ]


PRODUCT_COLUMNS = ["month", "product_id", "sku", "title", "price", "total_sales", "sales_product", "z_score", "segment"]


def product_rows(month, scored):
    """One tuple per merged product, in PRODUCT_COLUMNS order."""
    table = scored.rename(columns={"post_title": "title"}).assign(month=month)[PRODUCT_COLUMNS]
    return list(table.astype(object).where(table.notna(), None).itertuples(index=False, name=None))


def record(path, run, checks, products=()):
    """Replace the month's rows with these, in one transaction (all of them or none)."""
    try:
        db = connect(path)
        with db.conn:
            for table in ("checks", "products"):
                db[table].delete_where("month = ?", [run["month"]])
            db["runs"].upsert(run, pk="month", alter=True)
            db["checks"].insert_all(checks, pk=CHECK_KEY)
            # tens of thousands of rows: one prepared statement is five times faster than insert_all
            placeholders = ", ".join("?" * len(PRODUCT_COLUMNS))
            db.conn.executemany(f"insert into products ({', '.join(PRODUCT_COLUMNS)}) values ({placeholders})", products)
    except (OSError, sqlite3.Error) as exc:
        raise WriteError(f"{path}: cannot record {run['month']} in the ledger ({exc})") from exc


def previous(path, month):
    """(run row, {product_id: segment}) of the last successful month before `month`, or (None, {})."""
    if not Path(path).is_file():
        return None, {}
    db = connect(path)
    rows = list(db["runs"].rows_where("month < ? and status = 'ok'", [month], order_by="month desc", limit=1))
    if not rows:
        return None, {}
    segments = {r["product_id"]: (r["segment"], r["title"]) for r in db["products"].rows_where("month = ?", [rows[0]["month"]])}
    return rows[0], segments
