"""What went wrong in an attempt at a month, one record per step: <tmp>/YYYY-MM/failures/<task>.json.

A step that fails while it runs (a gate, a crash) and a step whose completeness could not even be judged (a
scheduling error) both leave one; the end-of-run report and email are made from these records."""

import contextlib
import datetime
import json
import logging
import os
import shutil
import time
import traceback
from typing import Any

import luigi

from wine_luigi import layout
from wine_luigi.command import session
from wine_luigi.errors import PipelineError, WriteError
from wine_luigi.storage import dump

log = logging.getLogger("luigi-interface.wine_luigi")
RUNNING, SCHEDULING = "running", "scheduling"
# (YYYY-MM, task) -> the record of its last failure in this process: known to the end-of-run report even when the
# record could not be written (a full disk, a folder of another user), so the month is still said failed
_kept: dict[tuple[str, str], dict[str, Any]] = {}


def record(
    task: luigi.Task, exception: BaseException, stage: str = RUNNING, month: datetime.date | None = None
) -> None:
    """Write the record of `task` (a step of `month`, by default its own) failing with `exception`; a later
    attempt replaces it."""
    entry = {
        "task": str(task),
        "stage": stage,
        "at": time.time(),
        "worker": session.WORKER,
        "message": (unfulfilled(task, exception) or str(exception))
        if stage == RUNNING
        else f"its completeness could not be judged ({type(exception).__name__}: {exception})",
        "gate": getattr(exception, "gate", None),
        "where": getattr(exception, "where", None),
        "checks": [c.to_dict() for c in getattr(exception, "checks", [])],
        "traceback": None if isinstance(exception, PipelineError) else "".join(traceback.format_exception(exception)),
    }
    where = month or task.month  # type: ignore[attr-defined]
    _kept[f"{where:%Y-%m}", str(task)] = entry
    try:
        dump(
            layout.target(where, "tmp", f"failures/{task.task_id}.json", shared=False),
            entry,
        )
    except WriteError as error:  # a full disk: the email will say less, the log says why
        log.error("%s", error)


def unfulfilled(task: luigi.Task, exception: BaseException) -> str | None:
    from wine_luigi.tasks import not_shared

    return not_shared(task, exception)


def rejects_target(month: datetime.date) -> luigi.LocalTarget:
    """<tmp>/YYYY-MM/rejects.csv: the rows the sources cleaned from the current files dropped, when a month fails."""
    return layout.target(month, "tmp", "rejects.csv", shared=False)


def clear(month: datetime.date) -> None:
    """Remove what failed attempts at a month left (failures/, rejects.csv): the month has just succeeded."""
    shutil.rmtree(layout.month_dir(month, "tmp") / "failures", ignore_errors=True)
    for key in [k for k in _kept if k[0] == f"{month:%Y-%m}"]:
        del _kept[key]
    with contextlib.suppress(FileNotFoundError):
        os.remove(rejects_target(month).path)


def since(month: datetime.date, started: float) -> list[dict[str, Any]]:
    """The records of the attempt that started at `started`, oldest first (those this process made, written or not,
    and those other processes wrote: a step's latest)."""
    folder = layout.month_dir(month, "tmp") / "failures"
    entries = [json.loads(p.read_text()) for p in sorted(folder.glob("*.json"))] if folder.is_dir() else []
    latest: dict[str, dict[str, Any]] = {}
    for entry in entries + [e for (m, _), e in _kept.items() if m == f"{month:%Y-%m}"]:
        if entry["task"] not in latest or entry["at"] > latest[entry["task"]]["at"]:
            latest[entry["task"]] = entry
    return sorted((e for e in latest.values() if e["at"] >= started), key=lambda e: e["at"])
