"""Errors that stop a month with a message a person can act on (no traceback needed)."""

import getpass
from typing import Any


def one_line(error: object) -> str:
    """What an error says, on one line (a library's message may span several)."""
    return " ".join(str(error).split())


class PipelineError(Exception):
    """A data problem: the month stops, nothing is published, the message says why."""


class LoadError(PipelineError):
    """A source file cannot be used at all. `transient`: it may still be on its way (empty, cut short, locked),
    so reading it again later may succeed; otherwise it is complete but of the wrong kind, and is not retried.
    `cut_short`: a text file that ends as a copy cut short does; unless it is one still under way (written just
    now), it stays so, and is not retried."""

    def __init__(self, message: str, transient: bool = False, cut_short: bool = False) -> None:
        super().__init__(message)
        self.transient = transient
        self.cut_short = cut_short


class GateFailed(PipelineError):
    """A validation gate found errors; `checks` holds every check of the gate, `failed` the errors among them."""

    def __init__(self, gate: str, checks: list[Any], where: str = "") -> None:
        self.gate = gate
        self.checks = checks
        self.failed = [c for c in checks if c.severity == "error" and not c.passed]
        self.where = where
        head = f"gate {gate} failed" + (f" ({where})" if where else "")
        super().__init__("\n".join([head + ":"] + [f"  - {c.describe()}" for c in self.failed]))


class WriteError(PipelineError):
    """A file could not be written (disk full, read-only folder): nothing half-written is left."""


class StorageError(PipelineError):
    """The bucket holding the months did not answer as it should (unreachable, access refused): the step stops
    there, nothing is published; the message names the object and what was answered."""


class ReadError(PipelineError):
    """A file that is there but that this process may not read (its permissions): the step stops there; the
    message names the file and the user the command runs as."""


def unreadable(path: object, error: OSError) -> str:
    """What to say of the file at `path` that `error` (a PermissionError) kept this process from reading."""
    return (
        f"{path}: cannot read it ({error.strerror or error}): the user this command runs as ({getpass.getuser()}) "
        "needs read access to it"
    )
