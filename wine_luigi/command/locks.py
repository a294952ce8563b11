"""One month at a time: two commands never build the same month together (any --date in it).

Luigi's own pid lock ([core] lock_pid_dir) refuses the same command twice, but `--date 2026-01-15` and
`--date 2026-01-28` are different commands for the same month. With the local scheduler, the first command to
schedule a month that is not done holds `<lock_pid_dir>/wine_luigi-YYYY-MM.lock` until it exits; another that
needs the month then stops at once with exit code 10 (as Luigi's "already running"), naming the month and the
run that holds it. With the ledger on a PostgreSQL server ([paths] db = postgresql://…), the month is also held
there, by an advisory lock of the run's connection, so that runs on other machines sharing the months (on S3)
stop the same way; the server releases it when the run ends, however it ends.
With luigid the scheduler itself gives each step to one worker, so no lock is taken; a
month's report there waits for the month before to be recorded when another worker is recording it."""

import datetime
import fcntl
import logging
import os
import shlex
import socket
import sys
from pathlib import Path
from typing import IO, Any, NoReturn

import luigi.interface

from wine_luigi import layout, ledger
from wine_luigi.command import session
from wine_luigi.command.preflight import retcode, scheduler_url, stop
from wine_luigi.errors import WriteError

log = logging.getLogger("luigi-interface.wine_luigi")
_held: dict[Any, Any] = {}  # month name -> the open lock file (the lock lasts as long as this process)
_holder: list[int] = []  # the pid of the process that took them (a forked worker inherits the dict, not the lock)


def held() -> set[str]:
    """The months ('YYYY-MM') this process holds (none in a worker it forked: that one shares them with the other
    steps running beside it)."""
    return set(_held) if _holder == [os.getpid()] else set()


def hold(month: datetime.date) -> None:
    """Take the month's lock for this command, or stop it (exit 10) when another command holds it."""
    name = layout.month_name(month)
    if name in _held or session.command() is None:
        return
    core = luigi.interface.core()
    if core.no_lock or not core.local_scheduler:
        return
    folder = Path(core.lock_pid_dir)
    folder.mkdir(parents=True, exist_ok=True)
    lock = open(folder / f"wine_luigi-{name}.lock", "a+")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        lock.seek(0)
        _refuse(lock, _taken(name, lock.read().strip() or "another process"))
    started = datetime.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
    holder = f"pid {os.getpid()} on {socket.gethostname()} since {started}: {shlex.join(['luigi', *sys.argv[1:]])}"
    where = layout.db_path()
    if ledger.on_server(where):
        try:
            other = ledger.hold_month(where, name, holder)
        except ledger.ServerError as error:
            _refuse(lock, f"{ledger.shown(where)}: cannot hold {name} in the ledger's server ({error}): is it running?")
        if other is not None:
            _refuse(lock, _taken(name, other))
    lock.seek(0)
    lock.truncate()
    lock.write(holder + "\n")
    lock.flush()
    _held[name] = lock
    _holder[:] = [os.getpid()]


def still_held(month: datetime.date, what: str) -> None:
    """Before this command publishes or records `month` (`what`: "publishing it"): with the ledger on a server,
    WriteError when the month is no longer held for this run (the connection that held it was lost, and another
    run took the month meanwhile, or the server does not answer); a hold lost while nobody took the month is taken
    again, which the log says."""
    name, where = layout.month_name(month), layout.db_path()
    if name not in held() or not ledger.on_server(where):
        return
    holds, since = ledger.still_holds(where, name)
    if not holds:
        raise WriteError(
            f"{ledger.shown(where)}: {name} is no longer held for this run: {since}; it stops before {what}"
        )
    if since:
        log.warning("%s: the hold on %s for this run: %s", ledger.shown(where), name, since)


def _taken(name: str, holder: str) -> str:
    return f"{name} is being built by another run ({holder}): this one stops; run it again when that one has finished"


def _refuse(lock: IO[str], message: str) -> NoReturn:
    """Let go of the month's lock file and stop the command with `message` (exit code already_running)."""
    lock.close()
    stop(message, retcode("already_running"))


def wait_for_record(task_id: str, bound: float) -> None:
    """With luigid, wait (at most `bound` seconds) while the step `task_id` is running or about to run in another
    worker: a month's report reads the month before from the ledger, so it waits for that month's record when
    both are being built at once. Nothing to wait for with the local scheduler (one worker builds the months in
    calendar order)."""
    import time

    import luigi.rpc

    url = scheduler_url() if session.command() is not None else None  # luigi.build() has its own scheduler
    if url is None:
        return
    scheduler: Any = luigi.rpc.RemoteScheduler(url)  # its methods are made at run time
    deadline = time.time() + bound
    while time.time() < deadline:
        try:
            found = {status: tasks for status, tasks in scheduler.task_search(task_id).items() if task_id in tasks}
        except luigi.rpc.RPCError:  # luigid gone: nothing left to wait for
            return
        if "RUNNING" not in found and "PENDING" not in found:
            return
        if "PENDING" in found:  # pending for good when something before it failed
            blocked = [
                scheduler.task_list(status="PENDING", upstream_status=u, search=task_id)
                for u in ("UPSTREAM_FAILED", "UPSTREAM_DISABLED")
            ]
            if any(task_id in tasks for tasks in blocked):
                return
        time.sleep(0.5)
