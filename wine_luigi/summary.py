"""The month in figures, from the gate markers and the scored products (the log's last message)."""
from wine_luigi.rules import total_revenue


def summarize(month, markers, scored, files):
    """A JSON-ready summary: rows per source, merged, revenue, premium/ordinary, warnings, output files."""
    zscore = markers["zscore"]["metrics"]
    return {
        "month": month,
        "rows": {s: markers[f"load_{s}"]["metrics"]["rows"] for s in ("erp", "web", "link")},
        "rejected": {s: markers[f"quality_{s}"]["metrics"]["rejected"] for s in ("erp", "web", "link")},
        "merged": zscore["merged"],
        "total_revenue": total_revenue(scored),
        "premium": zscore["premium"],
        "ordinary": zscore["ordinary"],
        "price_mean": zscore["price_mean"],
        "price_std": zscore["price_std"],
        "warnings": [w for m in markers.values() for w in m["warnings"]],
        "files": [str(f) for f in files],
    }


def euros(amount):
    return f"{amount:,.2f} €"


def summary_lines(summary):
    rows = summary["rows"]
    lines = [
        f"wine_luigi {summary['month']}: done",
        f"  rows loaded: ERP {rows['erp']}, web {rows['web']}, link {rows['link']}",
        f"  merged products: {summary['merged']}",
        f"  total revenue: {euros(summary['total_revenue'])}",
        (
            f"  premium: {summary['premium']}, ordinary: {summary['ordinary']}"
            f" (price mean {euros(summary['price_mean'])}, std {euros(summary['price_std'])})"
        ),
        f"  warnings: {len(summary['warnings'])}",
    ]
    for warning in summary["warnings"]:
        keys = ", ".join(str(k) for k in warning["keys"][:5])
        more = ", …" if warning["count"] > 5 else ""
        lines.append(f"    - {warning['name']}: {warning['observed']} ({keys}{more})" if keys else f"    - {warning['name']}")
    lines.append("  outputs:")
    lines += [f"    {f}" for f in summary["files"]]
    return lines
