"""What the current attempt at a month has produced so far, for the failure email and the ledger.

Only steps that are up to date count (make-style, as complete() judges them): a marker or a parquet file that
an earlier run left and that is older than its inputs says nothing about the files in the sources folder now."""

import datetime
import os
from typing import Any

import pandas as pd

from wine_luigi import layout, remote
from wine_luigi.contract import SOURCES
from wine_luigi.freshness import fresh
from wine_luigi.storage import load
from wine_luigi.tasks import CleanSource, ComputeSales, gate_tasks, markers_of, month_rejects


def fresh_markers(month: datetime.date) -> dict[str, Any]:
    """{gate: marker} of the gates that passed on the current sources, in pipeline order."""
    return markers_of([t.output() for t in fresh(gate_tasks(month))])


def fresh_sales(month: datetime.date) -> pd.DataFrame | None:
    """The sales of the month when they were computed from the current sources, else None."""
    computed = fresh([ComputeSales(month=month)])
    return load(computed[0].output()) if computed else None


def rejects_so_far(month: datetime.date) -> pd.DataFrame | None:
    """The rejects table of the sources cleaned from the current files; None when none was."""
    cleaned = fresh([CleanSource(month=month, source=s) for s in SOURCES])
    if not cleaned:
        return None
    return month_rejects(month, {t.source: load(t.output()) for t in cleaned})


def published(month: datetime.date) -> float | None:
    """When the deliverables now in <output>/YYYY-MM/ were built (a timestamp), or None when there are none. With
    the output on S3: when this machine's copy is not the set the bucket holds (another machine published it, or
    published it again since), when that set was published (its manifest's date in the bucket)."""
    folder = layout.month_dir(month, "output")
    files = [p for p in folder.iterdir() if p.is_file()] if folder.is_dir() else []
    here = max(os.path.getmtime(p) for p in files) if files else None
    url = layout.logical(folder)
    if not remote.is_remote(url):
        return here
    manifest = remote.join(url, remote.MANIFEST)
    said = remote.head(manifest, content=True)
    if said is None:
        return None
    if here is not None and remote.copies().holds(str(folder / remote.MANIFEST), said):
        return here
    return remote.written(manifest)
