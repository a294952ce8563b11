"""Errors that stop a month with a message a person can act on (no traceback needed)."""

from typing import Any


def one_line(error: object) -> str:
    """What an error says, on one line (a library's message may span several)."""
    return " ".join(str(error).split())


class PipelineError(Exception):
    """A data problem: the month stops, nothing is published, the message says why."""


class LoadError(PipelineError):
    """A source file cannot be used at all. `transient`: it may still be on its way (empty, cut short, locked),
    so reading it again later may succeed; otherwise it is complete but of the wrong kind, and is not retried."""

    def __init__(self, message: str, transient: bool = False) -> None:
        super().__init__(message)
        self.transient = transient


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
