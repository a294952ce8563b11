"""The end of a run: every month it tried is reported once (failure email; success email when switched on).

Luigi has no end-of-run hook, and a failed step may be retried, so each failed attempt leaves a record and
the report is made when the `luigi` command exits, with the settings of its own command line.
"""
import contextlib
import json
import logging
import os
import shlex
import sys
import time
import traceback

import luigi
from luigi.cmdline_parser import CmdlineParser

from wine_luigi import layout, ledger, session
from wine_luigi.config import notify, paths
from wine_luigi.contract import SOURCES
from wine_luigi.errors import PipelineError, WriteError
from wine_luigi.notify import send
from wine_luigi.storage import dump
from wine_luigi.summary import euros
from wine_luigi.tasks import (
    CleanSource, MonthlyTask, RunMonthly, SourceWorkbook, gate_markers, iso_time, month_rejects, month_summary, warnings_so_far,
)
from wine_luigi.templating import render

log = logging.getLogger("luigi-interface.wine_luigi")

@MonthlyTask.event_handler(luigi.Event.FAILURE)
def record_failure(task, exception):
    """tmp/YYYY-MM/failures/<task>.json: what went wrong (a later attempt replaces it)."""
    record = {
        "task": str(task),
        "at": time.time(),
        "message": str(exception),
        "gate": getattr(exception, "gate", None),
        "where": getattr(exception, "where", None),
        "checks": [c.to_dict() for c in getattr(exception, "checks", [])],
        "traceback": None if isinstance(exception, PipelineError) else "".join(traceback.format_exception(exception)),
    }
    try:
        dump(layout.target(task.month, "tmp", f"failures/{task.task_id}.json"), record)
    except WriteError as error:  # a full disk: the email will say less, the log says why
        log.error("%s", error)


@RunMonthly.event_handler(luigi.Event.DEPENDENCY_DISCOVERED)
def _month_scheduled(task, dependency):
    session.register(task.date, finish)


def finish():
    """Report every month this command scheduled, with the settings of its own command line."""
    argv = session.argv()
    with CmdlineParser.global_instance(argv, allow_override=True) if argv else contextlib.nullcontext():
        for month, started in session.months():
            try:
                report(month, started)
            except Exception:  # a reporting bug must not hide the month's own outcome
                log.exception("could not report on %s", layout.month_name(month))
    session.clear()


def report(month, started):
    if RunMonthly(date=month).complete():
        if notify().success_email:
            summary = month_summary(month)
            subject = f"wine_luigi {summary['month']}: {summary['merged']} products, {euros(summary['total_revenue'])}"
            send(subject, *render("success", summary))
        return
    context = failure_context(month, started)
    try:
        record_failed(month, started, context)
    except WriteError as error:  # the email matters more than the ledger row
        log.error("%s", error)
    send(failure_subject(context), *render("failure", context))


def record_failed(month, started, context):
    """The failed month in the ledger: status failed, the failing gate, the checks run so far."""
    name, finished = layout.month_name(month), time.time()
    first = context["failures"][0] if context["failures"] else None
    markers = gate_markers(month)
    failed = [(r["gate"] or r["task"], r["checks"]) for r in context["failures"]]
    run = {
        "month": name, "status": "failed",
        "failed_gate": first["gate"] if first else ("load" if context["missing_sources"] else None),
        "failed_step": first["task"] if first else ", ".join(context["missing_sources"]) or None,
        "error": first["message"] if first else failure_subject(context),
        "started": iso_time(started), "finished": iso_time(finished), "duration_s": round(finished - started, 3),
        **{f"rows_{s}": markers[f"load_{s}"]["metrics"]["rows"] for s in SOURCES if f"load_{s}" in markers},
        **{k: v for s in SOURCES for k, v in ledger.file_facts(s, layout.source_path(month, s)).items()},
    }
    checks = ledger.check_rows(name, [(g, m["checks"]) for g, m in markers.items()] + failed)
    ledger.record(paths().db, run, checks)


def failure_context(month, started):
    folder = layout.month_dir(month, "tmp") / "failures"
    records = [json.loads(p.read_text()) for p in sorted(folder.glob("*.json"))] if folder.is_dir() else []
    sources = [SourceWorkbook(month=month, source=s) for s in SOURCES]
    return {
        "month": layout.month_name(month),
        "failures": sorted((r for r in records if r["at"] >= started), key=lambda r: r["at"]),
        "missing_sources": [t.output().path for t in sources if not t.complete()],
        "warnings": warnings_so_far(month),
        "rejects": rejects_so_far(month),
        "log": log_location(),
        "rerun": rerun_command(),
    }


def failure_subject(context):
    month = context["month"]
    if context["failures"]:
        first = context["failures"][0]
        return f"wine_luigi {month} stopped: gate {first['gate']} failed" if first["gate"] else f"wine_luigi {month} stopped at {first['task']}"
    if context["missing_sources"]:
        return f"wine_luigi {month} stopped: {os.path.basename(context['missing_sources'][0])} is missing"
    return f"wine_luigi {month} did not complete"


def rejects_so_far(month):
    """tmp/YYYY-MM/rejects.csv from the sources cleaned so far; None when none was."""
    if not any(CleanSource(month=month, source=s).output().exists() for s in SOURCES):
        return None
    table = month_rejects(month)
    target = layout.target(month, "tmp", "rejects.csv")
    try:
        dump(target, table)
    except WriteError as error:
        log.error("%s", error)
        return None
    return {"path": target.path, "rows": len(table)}


def log_location():
    """The file the run's log goes to (cron appends to one), else the command's output."""
    try:
        path = os.readlink("/proc/self/fd/2")
    except OSError:
        path = ""
    return path if path.startswith("/") and os.path.isfile(path) else "the output of the luigi command"


def rerun_command():
    config = os.environ.get("LUIGI_CONFIG_PATH")
    prefix = f"LUIGI_CONFIG_PATH={shlex.quote(config)} " if config else ""
    return f"cd {shlex.quote(os.getcwd())} && {prefix}{shlex.join([sys.argv[0], *session.argv()])}"
