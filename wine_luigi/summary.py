"""The month in figures, from the gate markers and the scored products (the log's last message)."""

from typing import Any

import pandas as pd

from wine_luigi.claims import printable
from wine_luigi.contract import SOURCE_NAMES
from wine_luigi.rules import total_revenue


def warnings(markers: dict[str, Any]) -> list[dict[str, Any]]:
    """The warnings of the gates that passed, in pipeline order."""
    return [w for m in markers.values() for w in m["warnings"]]


def figures(markers: dict[str, Any], sales: pd.DataFrame | None = None) -> dict[str, Any]:
    """The month's figures as far as the gates that passed (`markers`) and the sales (when computed) tell;
    None where not computed. These are the ledger's figure columns."""

    from wine_luigi.tasks import gate_figures

    def metric(gate: str, name: str) -> Any:
        return markers[gate]["metrics"].get(name) if gate in markers else None

    return {
        **{figure: metric(gate, name) for figure, (gate, name, _) in gate_figures().items()},
        "total_revenue": total_revenue(sales) if sales is not None else None,
        "warnings": len(warnings(markers)),
    }


def summarize(
    month: str,
    markers: dict[str, Any],
    scored: pd.DataFrame,
    files: list[str],
    sources: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A JSON-ready summary: rows per source, merged, revenue, premium/ordinary, warnings, output files, and where
    the exports were read from (`sources`: {"folder", "files": {source: {"path", "name", "sha256"}}, "settings"})."""
    zscore = markers["zscore"]["metrics"]
    return {
        "month": month,
        "rows": {s: markers[f"load_{s}"]["metrics"]["rows"] for s in SOURCE_NAMES},
        "rejected": {s: markers[f"quality_{s}"]["metrics"]["rejected"] for s in SOURCE_NAMES},
        "merged": zscore["merged"],
        "total_revenue": total_revenue(scored),
        "premium": zscore["premium"],
        "ordinary": zscore["ordinary"],
        "price_mean": zscore["price_mean"],
        "price_std": zscore["price_std"],
        "premium_threshold_price": zscore["premium_threshold_price"],
        "warnings": warnings(markers),
        "files": [str(f) for f in files],
        "sources": sources,
    }


def euros(amount: float) -> str:
    return f"{amount:,.2f} €"


SHORT = 12  # characters of a sha256 shown to a person: enough to tell two exports apart


def source_lines(sources: dict[str, Any] | None) -> list[str]:
    """Where the month's exports were read from: the folder, each file with the start of its sha256, the settings."""
    if not sources:
        return []
    files = ", ".join(
        f"{f['name']} ({f['sha256'][:SHORT]})" if sources["folder"] else f"{f['path']} ({f['sha256'][:SHORT]})"
        for f in sources["files"].values()
    )
    where = f"{sources['folder']}/: " if sources["folder"] else ""
    return [f"  read from {where}{files}", f"  read with the {sources['settings']}"]


def summary_lines(summary: dict[str, Any]) -> list[str]:
    rows = summary["rows"]
    lines = [
        f"wine_luigi {summary['month']}: done",
        *source_lines(summary.get("sources")),
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
        keys = ", ".join(printable(k) for k in warning["keys"][:5])
        more = ", …" if warning["count"] > 5 else ""
        lines.append(
            f"    - {warning['name']}: {warning['observed']} ({keys}{more})" if keys else f"    - {warning['name']}"
        )
    lines.append("  outputs:")
    lines += [f"    {f}" for f in summary["files"]]
    return lines
