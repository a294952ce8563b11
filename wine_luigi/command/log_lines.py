"""What the `luigi` command says about a month, beyond Luigi's own lines: data errors without a traceback,
a source still missing (and after its last look), a month already done."""

import logging
import re
from collections import Counter

import luigi
import luigi.scheduler
import luigi.worker

from wine_luigi import layout
from wine_luigi.errors import PipelineError
from wine_luigi.tasks import MonthlyTask, RunMonthly, SourceWorkbook, archived, not_shared, unjudged

log = logging.getLogger("luigi-interface.wine_luigi")
_NOT_JUDGED = re.compile(r"(Will not run (.+?) or any dependencies due to error in complete\(\) method):\n")  # Luigi's
_looks: Counter[str] = Counter()  # task_id -> times a missing source was looked for in this process


class _DataErrorsWithoutTraceback(logging.Filter):
    """Luigi logs every failure with its traceback; a data error is logged as its message alone (also when it
    stopped the judgement of a step's completeness, which Luigi logs with the traceback in its text), and Luigi's
    "Unfulfilled dependency at run time" as what it means here (tasks.not_shared)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[0] is None:  # Luigi's RPC retries log "exc_info" outside an except
            record.exc_info = None  # (it would print "NoneType: None")
        error = record.exc_info[1] if record.exc_info else None
        not_judged = _NOT_JUDGED.match(record.msg) if isinstance(record.msg, str) else None
        if not_judged and not_judged.group(2) in unjudged:
            record.msg, record.args = "%s: %s", (not_judged.group(1), unjudged[not_judged.group(2)])
        elif isinstance(error, PipelineError):
            record.msg, record.args = f"{record.getMessage()}: {error}", ()
            record.exc_info = record.exc_text = None
        elif isinstance(error, RuntimeError) and isinstance(record.args, tuple):
            task = next((a for a in record.args if isinstance(a, MonthlyTask)), None)
            line = not_shared(task, error) if task is not None else None
            if line:
                record.msg, record.args, record.exc_info, record.exc_text = "%s", (line,), None, None
        return True


def without_tracebacks() -> None:
    """The filter above on Luigi's logger (once): from the start of a command, and in a step's process."""
    interface = logging.getLogger("luigi-interface")
    if not any(isinstance(f, _DataErrorsWithoutTraceback) for f in interface.filters):
        interface.addFilter(_DataErrorsWithoutTraceback())


@MonthlyTask.event_handler(luigi.Event.START)
def _before_run(task: MonthlyTask) -> None:
    without_tracebacks()


def _missing(task: SourceWorkbook) -> str:
    return (
        f"{task.output().name}: file not found (the {task.contract.label} export for {layout.month_name(task.month)})"
    )


@SourceWorkbook.event_handler(luigi.Event.DEPENDENCY_MISSING)
def _log_missing_source(task: SourceWorkbook) -> None:
    """When the month is scheduled: the file is missing, and whether it will be looked for again."""
    if luigi.worker.worker().retry_external_tasks:
        delay = luigi.scheduler.scheduler().retry_delay
        log.error("%s; looking again %d time(s), %g s apart", _missing(task), task.retry_count, delay)
    else:
        log.error("%s", _missing(task))
    log.error("  %s", task.what_is_there())


@SourceWorkbook.event_handler(luigi.Event.START)
def _log_another_look(task: SourceWorkbook) -> None:
    """Each look again ([retries] read_attempts in all), and the last one."""
    if task.output().exists():
        return
    _looks[task.task_id] += 1
    looks, attempts = _looks[task.task_id], task.retry_count
    if looks < attempts:
        log.error("%s; looking again %d more time(s)", _missing(task), attempts - looks)
    else:
        log.error("%s after %d looks; the month stops here", _missing(task), looks)
        log.error("  %s", task.what_is_there())


@RunMonthly.event_handler(luigi.Event.DEPENDENCY_PRESENT)
def _already_done(task: RunMonthly) -> None:
    month, folder = layout.month_name(task.date), layout.logical(layout.month_dir(task.date, "output"))
    if archived(task.date):
        log.info(
            "wine_luigi %s: archived (its intermediates were purged; the deliverables in %s are final)", month, folder
        )
    elif getattr(task, "kept", None):  # said when it was judged (a backfill does not schedule a month that is done)
        return
    else:
        log.info("wine_luigi %s: already done (%s)", month, folder)
