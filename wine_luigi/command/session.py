"""The months this `luigi` command scheduled, and when (for the ledger and the end-of-run report)."""

import atexit
import contextlib
import os
import socket
import sys
import time
from typing import Any

from luigi.cmdline_parser import CmdlineParser

# this command, as named in the records it writes (several workers may share a month; forked steps keep it)
HOST = socket.gethostname()
WORKER = f"{HOST}:{os.getpid()}"
_started: dict[Any, Any] = {}  # first day of the month -> when this command scheduled it
_argv: list[Any] = []  # the command line, for the rerun command the failure email gives
# Luigi's parser of that command line, so that its --section-option settings still apply at exit
_parser: list[Any] = []


def register(month, at_exit):
    """Remember `month`; `at_exit` runs once when the `luigi` command ends (not under luigi.build)."""
    month = month.replace(day=1)
    if CmdlineParser.get_instance() is None or month in _started:
        return
    if not _started:
        _argv[:] = sys.argv[1:]
        _parser[:] = [CmdlineParser.get_instance()]
        atexit.register(at_exit)
    _started[month] = time.time()


def started(month):
    """When this command scheduled `month`; None outside a `luigi` command."""
    return _started.get(month.replace(day=1))


def months():
    return sorted(_started.items())


def argv():
    return list(_argv)


@contextlib.contextmanager
def command_line():
    """The settings of this command's own command line, as while it ran (Luigi has let go of its parser by the time
    the command exits; building another one would cost a tenth of a second)."""
    saved = CmdlineParser._instance
    CmdlineParser._instance = _parser[0] if _parser else saved
    try:
        yield
    finally:
        CmdlineParser._instance = saved


def clear():
    _started.clear()
