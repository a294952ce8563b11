"""The end of a `luigi` command: every month it scheduled is reported once (failure email and ledger row;
success email when switched on), and the command exits 0 exactly when every month it asked for is done.

Luigi has no end-of-run hook, and a failed step may be retried, so each failed attempt leaves a record and
the report is made once the command's graph is built (shell.run calls finish()), with the settings of its own
command line.
"""

import contextlib
import datetime
import enum
import logging
import os
import shlex
import sqlite3
import time
from collections.abc import Callable
from typing import Any

import luigi

from wine_luigi import archive, freshness, layout, ledger, remote
from wine_luigi.claims import WARNING
from wine_luigi.command import failures, session
from wine_luigi.command.current_attempt import fresh_markers, fresh_sales, published, rejects_so_far
from wine_luigi.command.preflight import retcode
from wine_luigi.config import notify, retries
from wine_luigi.contract import SOURCES
from wine_luigi.errors import PipelineError, ReadError, StorageError, WriteError
from wine_luigi.notify import send
from wine_luigi.storage import dump
from wine_luigi.summary import euros, figures, warnings
from wine_luigi.tasks import MonthlyTask, RecordMonth, RunMonthly, SourceWorkbook, judged, month_record, recorded
from wine_luigi.templating import render

log = logging.getLogger("luigi-interface.wine_luigi")


@MonthlyTask.event_handler(luigi.Event.FAILURE)
def _step_failed(task: MonthlyTask, exception: BaseException) -> None:
    failures.record(task, exception)


@MonthlyTask.event_handler(luigi.Event.PROCESSING_TIME)
@RunMonthly.event_handler(luigi.Event.PROCESSING_TIME)
def _step_timed(task: MonthlyTask | RunMonthly, seconds: float) -> None:
    """Every step that ran, in the ledger's `steps` table (for the report and `make stats`)."""
    month = task.month if isinstance(task, MonthlyTask) else task.date
    row = {
        "month": layout.month_name(month),
        "task": str(task),
        "started": ledger.iso_time(time.time() - seconds),
        "seconds": round(seconds, 3),
        "host": session.HOST,
        "worker": session.WORKER,
    }
    try:
        ledger.record_step(layout.db_path(), row)
    except (OSError, sqlite3.Error, ledger.ServerError) as error:  # a timing is not worth failing the month for
        log.warning(
            "%s: the time of %s was not recorded (%s); the times of this command's later steps are left out",
            ledger.shown(layout.db_path()),
            task,
            error,
        )


@RunMonthly.event_handler(luigi.Event.DEPENDENCY_DISCOVERED)
def _month_scheduled(task: RunMonthly, dependency: luigi.Task) -> None:
    session.register(task.date)


ANOTHER_WORKER = "another worker may still be building it"  # why a month may be left unfinished by a run


def finish(luigi_code: int | None, unfinished: str = ANOTHER_WORKER) -> int | None:
    """Report every month the running command scheduled; return its exit code: 0 when they are all done,
    [retcode] task_failed when one of them failed (here or in another worker), else `luigi_code` (shell.py).
    `unfinished`: why a month neither done nor failed may be so."""
    outcomes = []
    try:
        remote.flush()  # uploads still under way behind a month that stopped
    except WriteError as error:
        log.error("%s", error)
    for month, started in session.months():
        try:
            outcomes.append(report(month, started, unfinished))
        except Exception:  # a reporting bug must not hide the month's own outcome
            log.exception("could not report on %s", layout.month_name(month))
            outcomes.append(Outcome.UNKNOWN)
    code = exit_code(outcomes)
    return luigi_code if code is None else code


class Outcome(str, enum.Enum):
    """How a month this command scheduled ended."""

    DONE = "done"
    FAILED = "failed"  # a step failed
    ERROR = "error"  # a scheduling error: the completeness of a step could not be judged
    UNFINISHED = "unfinished"  # another worker may still be building it, or the run was interrupted
    UNKNOWN = "unknown"  # reporting on it failed (logged)

    def __str__(self) -> str:
        return self.value


def exit_code(outcomes: list[Outcome]) -> int | None:
    """0 when every month is done, [retcode] task_failed when a step of one failed, None to keep Luigi's code (a
    scheduling error, a month left to another worker, an interrupted run)."""
    if outcomes and all(o == Outcome.DONE for o in outcomes):
        return 0
    if Outcome.FAILED in outcomes:
        return retcode("task_failed")
    return None


def report(month: datetime.date, started: float, unfinished: str = ANOTHER_WORKER) -> Outcome:
    """How the month ended (an Outcome).
    A month that failed is recorded and emailed by the worker it failed in; an unfinished one by nobody (another
    worker may still be building it, or the run was interrupted)."""
    if done(month):
        record = recorded(month)
        if notify().success_email and record.get("by") == session.WORKER:  # not a month another worker built
            summary = record["summary"]
            subject = f"wine_luigi {summary['month']}: {summary['merged']} products, {euros(summary['total_revenue'])}"
            send(subject, *render("success", summary))
        return Outcome.DONE
    context = failure_context(month, started)
    if context["unread"]:
        log.error(
            "wine_luigi %s: %s; its failure email and ledger row leave out what could not be read",
            context["month"],
            context["unread"],
        )
    outcome = (
        Outcome.FAILED
        if any(r["stage"] == failures.RUNNING for r in context["failures"])
        else Outcome.ERROR
        if context["failures"]
        else Outcome.UNFINISHED
    )
    if outcome == Outcome.UNFINISHED and not context["missing_sources"]:
        log.info("wine_luigi %s: not finished by this run (%s)", context["month"], unfinished)
        return outcome
    if context["failures"] and not any(r.get("worker") == session.WORKER for r in context["failures"]):
        return outcome  # another worker failed it, and reports it
    if context["archive"]:  # published and recorded; only the off-site copy failed
        try:
            ledger.set_archive(
                layout.db_path(),
                context["month"],
                f"failed: {context['failures'][0]['message']}",
                retries().ledger_wait,
            )
        except WriteError as error:
            log.error("%s", error)
        send(failure_subject(context), *render("failure", context))
        return outcome
    try:
        record_failed(month, started, context)
    except PipelineError as error:  # the ledger, or the bucket, not answering: the email matters more than the row
        log.error("%s", error)
    send(failure_subject(context), *render("failure", context))
    return outcome


def done(month: datetime.date) -> bool:
    """Whether the month is done now (the question alone: the month is not taken for the command)."""
    task = RunMonthly(date=month)
    try:
        return judged(task, month, task.done)
    except Exception:  # a scheduling error, recorded for the report
        return False


def record_failed(month: datetime.date, started: float, context: dict[str, Any]) -> None:
    """The failed month in the ledger: this attempt's figures and checks, the step that stopped it."""
    name, finished = layout.month_name(month), time.time()
    first = context["failures"][0] if context["failures"] else None
    if first:
        failure = {"gate": first["gate"], "step": first["task"], "error": first["message"]}
    else:
        failure = {
            "gate": "load" if context["missing_sources"] else None,
            "step": ", ".join(m["path"] for m in context["missing_sources"]) or None,
            "error": failure_subject(context),
        }
    markers = context["markers"]
    unread: list[str] = []  # what could not be read is left out of the row
    files = {s: read_or_left_out(unread, {}, source_facts, month, s) for s in SOURCES}
    run = ledger.run_row(
        name,
        "failed",
        started,
        finished,
        {**figures(markers, read_or_left_out(unread, None, fresh_sales, month)), "warnings": len(context["warnings"])},
        files,
        published=context["published_at"],
        failure=failure,
    )
    failed = [(r["gate"] or r["task"], r["checks"]) for r in context["failures"]]
    ledger.record(
        layout.db_path(),
        run,
        ledger.check_rows(name, [(g, m["checks"]) for g, m in markers.items()] + failed),
        wait=retries().ledger_wait,
    )
    # the month is no longer recorded as it was: its next successful evaluation records it again, and the next
    # month's report (which compares with this record) is made again
    freshness.forget(RecordMonth(month=month))
    with contextlib.suppress(FileNotFoundError):
        month_record(month).remove()


def source_facts(month: datetime.date, source: str) -> dict[str, Any]:
    """The ledger's columns of the export of `source` the month reads now: its name (its URL on S3), size, sha256."""
    path = layout.logical(layout.source_path(month, source))
    return ledger.file_facts(source, path, freshness.fingerprint(path))


def read_or_left_out(unread: list[str], default: Any, read: Callable[..., Any], *args: Any) -> Any:
    """read(*args), or `default` when the month's files cannot be read (the bucket holding them does not answer,
    this machine's working copy of it cannot be written; what was said added to `unread`): the failure email and
    the ledger row are made without what they hold."""
    try:
        return read(*args)
    except (StorageError, WriteError, ReadError) as error:
        unread.append(str(error))
        return default


def failure_context(month: datetime.date, started: float) -> dict[str, Any]:
    """What the failure email says: this attempt's failures, and what the current files gave before the stop."""
    attempt = failures.since(month, started)
    unread: list[str] = []
    markers = read_or_left_out(unread, {}, fresh_markers, month)
    failed_gate_warnings = [c for r in attempt for c in r["checks"] if c["severity"] == WARNING and not c["passed"]]
    published_at = read_or_left_out(unread, None, published, month)
    only_the_copy = bool(attempt) and all(r["task"].startswith("ArchiveMonth(") for r in attempt)
    return {
        "month": layout.month_name(month),
        "failures": attempt,
        "markers": markers,
        "missing_sources": read_or_left_out(unread, [], missing_sources, month),
        "warnings": warnings(markers) + failed_gate_warnings,
        "rejects": read_or_left_out(unread, None, write_rejects_so_far, month),
        "published": {
            "path": layout.logical(os.path.abspath(layout.month_dir(month, "output"))),
            "at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(published_at)),
            "by_this_run": published_at >= started,
        }
        if published_at
        else None,
        "published_at": published_at,
        "archive": archive.destination(month) if only_the_copy else None,
        "log": log_location(),
        # with the months shared on S3, the machine whose disk holds the log and the list of rows dropped
        "machine": session.HOST if layout.roots().remote else "",
        "rerun": rerun_command(),
        "unread": unread[0] if unread else None,  # the month's files could not be read: what they hold is left out
    }


def missing_sources(month: datetime.date) -> list[dict[str, str]]:
    """The month's exports that are not there, each with what is there instead."""
    return [
        {"path": t.output().name, "there": t.what_is_there()}
        for t in (SourceWorkbook(month=month, source=s) for s in SOURCES)
        if not t.complete()
    ]


def failure_subject(context: dict[str, Any]) -> str:
    month = context["month"]
    if context["archive"]:
        return f"wine_luigi {month}: published, but the copy to {context['archive']}/ failed"
    if context["failures"]:
        first = context["failures"][0]
        return (
            f"wine_luigi {month} stopped: gate {first['gate']} failed"
            if first["gate"]
            else f"wine_luigi {month} stopped at {first['task']}"
        )
    if context["missing_sources"]:
        return f"wine_luigi {month} stopped: {os.path.basename(context['missing_sources'][0]['path'])} is missing"
    return f"wine_luigi {month} did not complete"


def write_rejects_so_far(month: datetime.date) -> dict[str, Any] | None:
    """tmp/YYYY-MM/rejects.csv from the sources cleaned from the current files; None when none was."""
    table = rejects_so_far(month)
    target = failures.rejects_target(month)
    if table is None:
        with contextlib.suppress(FileNotFoundError):
            os.remove(target.path)  # an earlier attempt's list says nothing about the current files
        return None
    try:
        dump(target, table)
    except WriteError as error:
        log.error("%s", error)
        return None
    return {"path": target.path, "rows": len(table)}


def log_location() -> str:
    """The file the run's log goes to (cron appends to one), else the command's output."""
    try:
        path = os.readlink("/proc/self/fd/2")
    except OSError:
        path = ""
    return path if path.startswith("/") and os.path.isfile(path) else "the output of the luigi command"


def rerun_command() -> str:
    config = os.environ.get("LUIGI_CONFIG_PATH")
    prefix = f"LUIGI_CONFIG_PATH={shlex.quote(config)} " if config else ""
    return f"cd {shlex.quote(os.getcwd())} && {prefix}{session.typed()}"
