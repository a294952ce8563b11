"""One month at a time: two commands never build the same month together (any --date in it).

Luigi's own pid lock ([core] lock_pid_dir) refuses the same command twice, but `--date 2026-01-15` and
`--date 2026-01-28` are different commands for the same month. With the local scheduler, the first command to
schedule a month that is not done holds `<lock_pid_dir>/wine_luigi-YYYY-MM.lock` until it exits; another that
needs the month then stops at once with exit code 10 (as Luigi's "already running"), naming the month and the
run that holds it. With luigid the scheduler itself gives each step to one worker, so no lock is taken."""
import datetime
import fcntl
import os
import shlex
import sys
from pathlib import Path

import luigi.interface
from luigi.cmdline_parser import CmdlineParser

from wine_luigi import layout
from wine_luigi.preflight import stop

ALREADY_RUNNING = 10  # [retcode] already_running of the shipped luigi.cfg
_held = {}  # month name -> the open lock file (the lock lasts as long as this process)


def hold(month):
    """Take the month's lock for this command, or stop it (exit 10) when another command holds it."""
    name = layout.month_name(month)
    if name in _held or CmdlineParser.get_instance() is None:
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
        holder = lock.read().strip() or "another process"
        lock.close()
        stop(f"{name} is being built by another run ({holder}): this one stops; run it again when that one has finished", ALREADY_RUNNING)
    lock.seek(0)
    lock.truncate()
    started = datetime.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
    lock.write(f"pid {os.getpid()} since {started}: {shlex.join(['luigi', *sys.argv[1:]])}\n")
    lock.flush()
    _held[name] = lock
