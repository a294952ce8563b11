"""The `luigi --module wine_luigi …` command from its start to its exit code: one entry, one exit.

Entry. Luigi's command line builds the task it names. The tasks a command starts with (RunMonthly, RangeMonthly,
Purge) are `Command`s: building one checks the settings first (preflight.py, exit 1 and one line when one cannot
be right), and the task that Luigi's command-line parser builds for its command line is handed to `run()`, which
runs the whole command:

1. Luigi's own `luigi.build` builds it, with the command line's settings (workers, scheduler, logging, Luigi's pid
   lock); as the month is scheduled, a command that is to build it holds it (locks.py) and notes it
   (session.py);
2. every month it scheduled is reported once (end_of_run.py): ledger row, failure or success email;
3. exit: `SystemExit` with the exit code, 0 exactly when every month asked for is done, else a code of
   `[retcode]`, always read through luigi.retcodes.

That is the only exit: Luigi's code after the task is built is not reached, and nothing is left to run when the
interpreter exits. Everything runs while Luigi's parser of the command line is in place, so `--section-option`
settings apply to the end-of-run report as to the steps.

`main()` is the same command without the `luigi` executable: the `wine-luigi` console script, and the tests that
run a command in-process. `luigi.build` called by a program (the tests' in-process months, a library user)
builds the graph alone: no locks, no end-of-run report, Luigi's own return value.
"""

import atexit
import contextlib
import gc
import logging
import sys
from collections.abc import Iterator, Sequence
from typing import Any, NoReturn

import luigi
import luigi.interface
import luigi.retcodes
import luigi.rpc
import luigi.task_register
import luigi.worker

from wine_luigi import settings
from wine_luigi.command import preflight, session

log = logging.getLogger("luigi-interface.wine_luigi")


class Command:
    """Mixin of the tasks a command starts with (RunMonthly, RangeMonthly, Purge): the settings are checked when
    the task is built, before Luigi schedules or writes anything; the one a command line names runs the command."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        named = settings.command_line() is not None and session.command() is None
        # the command's checks are left out of the collector's walks too: the S3 client they make allocates enough
        # for a full collection, which walked all that is loaded (35 ms)
        with frozen() if named else contextlib.nullcontext():
            preflight.check()
            if named:
                preflight.check_scheduler()
                from wine_luigi.command.log_lines import without_tracebacks

                without_tracebacks()
            super().__init__(*args, **kwargs)
            self.check_arguments()
            if named:
                assert isinstance(self, luigi.Task)  # a Command is always one of the command's tasks
                run(self)

    def check_arguments(self) -> None:
        """Stop the command (SystemExit with one line) when its arguments cannot go together: nothing by default."""


def run(task: luigi.Task) -> NoReturn:
    """Run the command that starts with `task` and exit with its code (SystemExit; never returns)."""
    from wine_luigi.command import end_of_run

    session.begin(task, _invocation or sys.argv)
    if not _exit_frozen:
        # what the command holds is not walked at the interpreter's exit either, whose last collection would walk
        # all of it (0.1 s on local folders, 0.15 s with the S3 client's models); the system takes its memory
        atexit.register(gc.freeze)
        _exit_frozen.append(True)
    try:
        with frozen():  # the settings and the S3 client's models too, made since the command began
            try:
                result = luigi.build([task], detailed_summary=True, no_lock=luigi.interface.core().no_lock)
            except luigi.rpc.RPCError as error:  # luigid stopped answering during the run: said in one line
                log.error(
                    "luigid at %s stopped answering during the run (%s): start it again (make luigid), then run the "
                    "command again",
                    preflight.scheduler_url(),
                    error,
                )
                end_of_run.finish(None, unfinished="luigid stopped answering")
                raise SystemExit(preflight.retcode("scheduling_error")) from None
            except Exception:  # Luigi's own handling (logged, [retcode] unhandled_exception) once the months are said
                end_of_run.finish(None)
                raise
            code = end_of_run.finish(luigi_code(result.worker))
    finally:
        session.end()
    raise SystemExit(code)


@contextlib.contextmanager
def frozen() -> Iterator[None]:
    """What is loaded by now (the modules, the settings, the S3 client's models) lives as long as the command: the
    garbage collector no longer walks it at each full collection (a tenth of a second per month). The process goes
    on with nothing frozen once the block is over."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


_exit_frozen: list[bool] = []  # run() has asked for gc.freeze() at the interpreter's exit


def luigi_code(worker: luigi.worker.Worker) -> int:
    """The exit code the `luigi` command gives the run of `worker`: luigi.retcodes.run_with_retcodes' own rule
    (the largest code of the outcomes present; `not_run` when the task asked for is not done)."""
    from luigi import execution_summary

    codes = luigi.retcodes.retcode()
    found = execution_summary._summary_dict(worker)
    present = {status for status, tasks in found.items() if tasks}
    code = max(
        code
        for code, status in (
            (0, None),
            (codes.missing_data, "still_pending_ext"),
            (codes.task_failed, "failed"),
            (codes.already_running, "run_by_other_worker"),
            (codes.scheduling_error, "scheduling_error"),
            (codes.not_run, "not_run"),
        )
        if status is None or status in present
    )
    root = execution_summary._root_task(worker)
    if code == 0 and root not in found["completed"] and root not in found["already_done"]:
        return codes.not_run
    return code


_invocation: list[str] = []  # the command as main() was called, for the rerun line of the failure email

COMMANDS = {  # wine-luigi <command> …: the `luigi` command line it stands for
    "run": ["RunMonthly"],
    "backfill": ["RangeMonthly", "--of", "RunMonthly"],
    "purge": ["Purge"],
}
USAGE = """usage: wine-luigi run --date YYYY-MM-DD [luigi options]
       wine-luigi backfill --start YYYY-MM --stop YYYY-MM [luigi options]
       wine-luigi purge [--keep-months N] [luigi options]
       wine-luigi stats

The same as `luigi --module wine_luigi RunMonthly|RangeMonthly --of RunMonthly|Purge …` (the luigi options are
that command's, e.g. --local-scheduler, --workers 2, --paths-sources …); stats is `python -m wine_luigi.stats`."""


def main(argv: Sequence[str] | None = None) -> None:
    """`wine-luigi run|backfill|purge|stats …`: the `luigi` command it stands for, through Luigi's own entry
    (luigi.retcodes.run_with_retcodes) and then `run()`; exits with its code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["stats"]:
        from wine_luigi import stats

        raise SystemExit(stats.main(argv[1:]))
    if not argv or argv[0] not in COMMANDS:
        print(USAGE, file=sys.stderr)
        raise SystemExit(2)
    _invocation[:] = ["wine-luigi", *argv]
    # the command's task must be built anew (a program that built the same task before holds it in Luigi's cache
    # of task instances, and a task taken from there would not run the command)
    luigi.task_register.Register.clear_instance_cache()
    try:
        luigi.retcodes.run_with_retcodes(["--module", "wine_luigi", *COMMANDS[argv[0]], *argv[1:]])
    finally:
        _invocation.clear()
