"""The command being run (shell.py), the months it scheduled and when (for the ledger and the end-of-run report)."""

import datetime
import os
import shlex
import socket
import time
from collections.abc import Sequence
from typing import Any

import luigi

# this command, as named in the records it writes (several workers may share a month; forked steps keep it)
HOST = socket.gethostname()
WORKER = f"{HOST}:{os.getpid()}"
_command: list[Any] = []  # [the task the running command started with, its command line as typed]
_started: dict[Any, Any] = {}  # first day of the month -> when this command scheduled it


def begin(task: luigi.Task, invocation: Sequence[str]) -> None:
    """The command that starts with `task` begins (`invocation`: its command line, the program first)."""
    _command[:] = [task, list(invocation)]
    _started.clear()


def end() -> None:
    _command.clear()
    _started.clear()


def command() -> luigi.Task | None:
    """The task the running command started with; None outside a command (luigi.build called by a program)."""
    return _command[0] if _command else None


def register(month: datetime.date) -> None:
    """Note `month` as scheduled by the running command, when it first is."""
    month = month.replace(day=1)
    if command() is not None and month not in _started:
        _started[month] = time.time()


def started(month: datetime.date) -> float | None:
    """When this command scheduled `month`; None outside a command."""
    return _started.get(month.replace(day=1))


def months() -> list[tuple[datetime.date, float]]:
    return sorted(_started.items())


def typed() -> str:
    """The running command's line as typed (program and arguments), shell-quoted; '' outside a command."""
    return shlex.join(_command[1]) if _command else ""
