"""Checks named as claims, with observed value, threshold and severity; a gate passes or raises."""
from dataclasses import asdict, dataclass, field

import pandas as pd

from wine_luigi.errors import GateFailed

MAX_KEYS = 20  # offending keys listed in a message; the count says how many in all
ERROR, WARNING = "error", "warning"


@dataclass
class Check:
    """A claim about a stage's data (`claim`, what must hold), whether it held, and when it did not, what is
    wrong (`message`) with the offending keys (the first 20, `count` in all)."""

    name: str
    severity: str
    observed: object
    threshold: object
    passed: bool
    message: str = ""
    keys: list = field(default_factory=list)
    count: int = 0
    claim: str = ""

    def describe(self):
        text = f"{self.name}: {self.message} (observed {self.observed}, threshold {self.threshold})"
        if self.keys:
            more = f" … {self.count} in all" if self.count > len(self.keys) else ""
            text += f"; keys: {', '.join(str(k) for k in self.keys)}{more}"
        return text

    def to_dict(self):
        return asdict(self)


def _plain(value):
    return value.item() if hasattr(value, "item") else value


def no_offenders(name, claim, offenders, message, severity=ERROR):
    """The claim `name` holds when `offenders` (the offending keys, one per offence) is empty."""
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
    )


def at_least(name, claim, observed, threshold, message, severity=ERROR):
    """The claim `name` holds when `observed` ≥ `threshold`."""
    observed = _plain(observed)
    return Check(name, severity, observed, threshold, bool(observed >= threshold), message, claim=claim)


def gate(name, checks, metrics, where=""):
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
