"""The month-close report: what the month's figures are and whether they can be trusted."""

from pathlib import Path
from typing import Any

import pandas as pd

from wine_luigi import charts
from wine_luigi.rules import PREMIUM_Z, REASON
from wine_luigi.summary import euros

TOP = 10


def row_flow(triaged_by_source: dict[str, pd.DataFrame], merged: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows per source: loaded, left after cleaning, left after dedup, merged."""
    flow = []
    for source, triaged in triaged_by_source.items():
        reasons = triaged[REASON]
        unusable = reasons.str.startswith(("missing_", "invalid_")).fillna(False).astype(bool)
        flow.append(
            {
                "source": source,
                "loaded": len(triaged),
                "cleaned": int((~unusable).sum()),
                "deduped": int(reasons.isna().sum()),
                "merged": merged,
            }
        )
    return flow


def rejects_by_reason(triaged_by_source: dict[str, pd.DataFrame]) -> list[dict[str, Any]]:
    return [
        {"source": source, "reason": reason, "rows": int(count)}
        for source, triaged in triaged_by_source.items()
        for reason, count in triaged[REASON].value_counts().sort_index().items()
    ]


def shown_titles(titles: pd.Series) -> pd.Series:
    """Titles as the report shows them: an empty cell for a product that has none (not "None" or "<NA>")."""
    return titles.astype(object).where(titles.notna(), "")


def chart_label(title: str, sku: object) -> str:
    """A product in a chart: its title, or its sku when it has no title."""
    return title or f"(no title) sku {sku}"


def switched_segments(scored: pd.DataFrame, previous_segments: dict[int, tuple[str, str]]) -> list[dict[str, Any]]:
    """Products whose segment differs from the previous month's."""
    before = scored["product_id"].astype("int64").map(lambda p: (previous_segments.get(p) or (None,))[0])
    moved = scored[before.notna() & (before != scored["segment"].astype(object))]
    return sorted(
        (
            {"product_id": int(p), "title": t, "before": b, "now": n}
            for p, t, b, n in zip(
                moved["product_id"], shown_titles(moved["post_title"]), before[moved.index], moved["segment"]
            )
        ),
        key=lambda m: (m["now"], m["product_id"]),
    )


def change(now: float, before: float | None) -> dict[str, Any] | None:
    if before is None:
        return None
    return {"before": before, "delta": now - before, "pct": (now - before) / before * 100 if before else None}


def trends(summary: dict[str, Any], months: list[dict[str, Any]]) -> dict[str, list[tuple[str, float]]]:
    """The last months' revenue, merged products and premium count, the report's month last."""
    rows = [*months, {"month": summary["month"], **{k: summary[k] for k in ("total_revenue", "merged", "premium")}}]
    return {key: [(r["month"], r[key] or 0) for r in rows] for key in ("total_revenue", "merged", "premium")}


def timing(history: dict[str, Any]) -> dict[str, Any]:
    """This run's slowest steps and its duration so far, against the previous months' durations."""
    steps = history["steps"]
    return {
        "slowest": [{"task": task, "seconds": seconds} for task, seconds in steps[:5]],
        "so_far": sum(seconds for _, seconds in steps),
        "before": [(r["month"], r["duration_s"]) for r in history["months"] if r["duration_s"] is not None],
    }


MONTHLY = ("erp", "web")  # the exports that change every month (stock, prices, sales); the link table seldom does


def unchanged_exports(sources: dict[str, Any] | None, previous: dict[str, Any]) -> list[dict[str, Any]]:
    """The month's ERP and web exports that are, byte for byte, the files the month before was made from (its
    sha256 in the ledger): this month's exports may not have been put in."""
    run = previous["run"] or {}
    files = (sources or {}).get("files", {})
    return [files[s] for s in MONTHLY if s in files and files[s]["sha256"] == run.get(f"{s}_sha256", "-")]


def report_context(
    summary: dict[str, Any],
    markers: dict[str, Any],
    triaged_by_source: dict[str, pd.DataFrame],
    scored: pd.DataFrame,
    previous: dict[str, Any],
    files: list[Path],
    history: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The report's figures; `previous` is what ledger.previous() says of the month before, `history` what
    ledger.run_history() says of this run's steps and the months before."""
    from markupsafe import Markup  # with Jinja2, imported by the runs that write a report

    threshold = summary["price_mean"] + PREMIUM_Z * summary["price_std"]
    flow = row_flow(triaged_by_source, summary["merged"])
    top = scored.sort_values(["sales_product", "product_id"], ascending=[False, True]).head(TOP)
    top = top.assign(post_title=shown_titles(top["post_title"]))
    prev = previous["run"] or {}
    return {
        **summary,
        "threshold_price": threshold,
        "previous_month": previous["month"],
        "compared": previous["run"] is not None,
        "no_comparison": previous["why"],
        "unchanged": unchanged_exports(summary.get("sources"), previous),
        "changes": {
            key: change(summary[key], prev.get(key)) for key in ("total_revenue", "merged", "premium", "ordinary")
        },
        "gates": list(markers.values()),
        "flow": flow,
        "rejects": rejects_by_reason(triaged_by_source),
        "switched": switched_segments(scored, previous["segments"]),
        "top": top[["product_id", "sku", "post_title", "total_sales", "price", "sales_product"]].to_dict("records"),
        "histogram": Markup(charts.histogram(scored["price"], threshold)),
        "top_chart": Markup(charts.bars(zip(map(chart_label, top["post_title"], top["sku"]), top["sales_product"]))),
        "flow_chart": Markup(
            charts.bars(
                [
                    (f"{f['source']} · {stage}", f[stage])
                    for f in flow
                    for stage in ("loaded", "cleaned", "deduped", "merged")
                ],
                fmt="{:,.0f} rows",
                label_w=160,
            )
        ),
        "files": files,
        "euros": euros,
        "timing": timing(history or {"steps": [], "months": []}),
        "trend_charts": {
            key: Markup(charts.columns(points, fmt="{:,.0f} €" if key == "total_revenue" else "{:,.0f}"))
            for key, points in trends(summary, (history or {}).get("months", [])).items()
        },
    }
