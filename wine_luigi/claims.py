"""Checks named as claims, with observed value, threshold and severity; a gate passes or raises."""

import enum
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

import pandas as pd

from wine_luigi.errors import GateFailed

MAX_KEYS = 20  # offending keys (and their cells) listed in a message; the count says how many in all


class Severity(str, enum.Enum):
    """What a check that does not hold does to the month: stops it, or is reported with it."""

    ERROR = "error"
    WARNING = "warning"

    def __str__(self) -> str:
        return self.value


ERROR, WARNING = Severity.ERROR, Severity.WARNING
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")  # what could start a line or move the cursor in a log
CELL_CHARS = 60  # of a cell's text quoted in a message


def printable(text: object) -> str:
    """`text` with its control characters written as escapes (`\\n`, `\\x1b`): no value from an export can forge a
    line of the log or of an email."""
    return CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), str(text))


def quoted(value: object) -> str:
    """A cell's value as a message quotes it: 'empty', or its text (printable, cut after CELL_CHARS characters)."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return "empty"
    if isinstance(value, float):  # as the file wrote it: 24.5, 12, 1e+200
        value = int(value) if value.is_integer() and abs(value) < 1e16 else repr(value)
    return repr(cut(value))


def cut(text: object) -> str:
    """A value's text as a message shows it: printable, cut after CELL_CHARS characters."""
    text = printable(text)
    return text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1] + "…"


@dataclass
class Check:
    """A claim about a stage's data (`claim`, what must hold), whether it held, and when it did not, what is
    wrong (`message`) with the offending keys (the first 20, `count` in all) and where they are: `cells`, for the
    first rows, the row in the file and the offending value (`row 214 (product_id 4043): price '12,5O'`)."""

    name: str
    severity: Severity
    observed: object
    threshold: object
    passed: bool
    message: str = ""
    keys: list = field(default_factory=list)
    count: int = 0
    claim: str = ""
    cells: list = field(default_factory=list)

    def describe(self) -> str:
        text = f"{self.name}: {printable(self.message)} (observed {self.observed}, threshold {self.threshold})"
        more = f" … {self.count} in all" if self.count > len(self.keys) else ""
        if self.cells:
            text += f"; {'; '.join(self.cells)}{more}"
        elif self.keys:
            text += f"; keys: {', '.join(printable(k) for k in self.keys)}{more}"
        return text

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "severity": Severity(self.severity).value}


def _plain(value: Any) -> Any:
    return value.item() if hasattr(value, "item") else value


def no_offenders(
    name: str,
    claim: str,
    offenders: Iterable[Any],
    message: str,
    severity: Severity = ERROR,
    cells: Iterable[str] = (),
) -> Check:
    """The claim `name` holds when `offenders` (the offending keys, one per offence) is empty; `cells` says where
    the first offences are (one phrase each, see Check)."""
    keys = list(pd.unique(pd.Series(list(offenders), dtype=object)))
    return Check(
        name=name,
        severity=severity,
        observed=len(keys),
        threshold=0,
        passed=not keys,
        message=message,
        keys=[_plain(k) for k in keys[:MAX_KEYS]],
        count=len(keys),
        claim=claim,
        cells=list(dict.fromkeys(cells))[:MAX_KEYS] if keys else [],
    )


def at_least(name: str, claim: str, observed: Any, threshold: float, message: str, severity: Severity = ERROR) -> Check:
    """The claim `name` holds when `observed` ≥ `threshold`."""
    observed = _plain(observed)
    return Check(name, severity, observed, threshold, bool(observed >= threshold), message, claim=claim)


def gate(name: str, checks: list[Check], metrics: dict[str, Any], where: str = "") -> dict[str, Any]:
    """The marker of a passed gate; GateFailed naming every failed error check otherwise."""
    if any(c.severity == ERROR and not c.passed for c in checks):
        raise GateFailed(name, checks, where)
    return {
        "gate": name,
        "passed": True,
        "where": where,
        "metrics": {k: _plain(v) for k, v in metrics.items()},
        "checks": [c.to_dict() for c in checks],
        "warnings": [c.to_dict() for c in checks if c.severity == WARNING and not c.passed],
    }
