"""Checks named as claims, with observed value, threshold and severity; a gate passes or raises."""
from dataclasses import asdict, dataclass, field

import pandas as pd

from wine_luigi.errors import GateFailed

MAX_KEYS = 20  # offending keys listed in a message; the count says how many in all
ERROR, WARNING = "error", "warning"


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁCheckǁdescribe__mutmut: MutantDict = {}  # type: ignore
mutants_xǁCheckǁto_dict__mutmut: MutantDict = {}  # type: ignore


@dataclass
class Check:
    name: str
    severity: str
    observed: object
    threshold: object
    passed: bool
    message: str = ""
    keys: list = field(default_factory=list)
    count: int = 0

    @_mutmut_mutated(mutants_xǁCheckǁdescribe__mutmut)
    def describe(self):
        text = f"{self.name}: {self.message} (observed {self.observed}, threshold {self.threshold})"
        if self.keys:
            more = f" … {self.count} in all" if self.count > len(self.keys) else ""
            text += f"; keys: {', '.join(str(k) for k in self.keys)}{more}"
        return text

    def xǁCheckǁdescribe__mutmut_orig(self):
        text = f"{self.name}: {self.message} (observed {self.observed}, threshold {self.threshold})"
        if self.keys:
            more = f" … {self.count} in all" if self.count > len(self.keys) else ""
            text += f"; keys: {', '.join(str(k) for k in self.keys)}{more}"
        return text

    def xǁCheckǁdescribe__mutmut_1(self):
        text = None
        if self.keys:
            more = f" … {self.count} in all" if self.count > len(self.keys) else ""
            text += f"; keys: {', '.join(str(k) for k in self.keys)}{more}"
        return text

    def xǁCheckǁdescribe__mutmut_2(self):
        text = f"{self.name}: {self.message} (observed {self.observed}, threshold {self.threshold})"
        if self.keys:
            more = None
            text += f"; keys: {', '.join(str(k) for k in self.keys)}{more}"
        return text

    def xǁCheckǁdescribe__mutmut_3(self):
        text = f"{self.name}: {self.message} (observed {self.observed}, threshold {self.threshold})"
        if self.keys:
            more = f" … {self.count} in all" if (self.count > len(self.keys)) and False else ""
            text += f"; keys: {', '.join(str(k) for k in self.keys)}{more}"
        return text

    def xǁCheckǁdescribe__mutmut_4(self):
        text = f"{self.name}: {self.message} (observed {self.observed}, threshold {self.threshold})"
        if self.keys:
            more = f" … {self.count} in all" if (self.count > len(self.keys)) or True else ""
            text += f"; keys: {', '.join(str(k) for k in self.keys)}{more}"
        return text

    def xǁCheckǁdescribe__mutmut_5(self):
        text = f"{self.name}: {self.message} (observed {self.observed}, threshold {self.threshold})"
        if self.keys:
            more = f" … {self.count} in all" if self.count >= len(self.keys) else ""
            text += f"; keys: {', '.join(str(k) for k in self.keys)}{more}"
        return text

    def xǁCheckǁdescribe__mutmut_6(self):
        text = f"{self.name}: {self.message} (observed {self.observed}, threshold {self.threshold})"
        if self.keys:
            more = f" … {self.count} in all" if self.count > len(self.keys) else "XXXX"
            text += f"; keys: {', '.join(str(k) for k in self.keys)}{more}"
        return text

    def xǁCheckǁdescribe__mutmut_7(self):
        text = f"{self.name}: {self.message} (observed {self.observed}, threshold {self.threshold})"
        if self.keys:
            more = f" … {self.count} in all" if self.count > len(self.keys) else ""
            text = f"; keys: {', '.join(str(k) for k in self.keys)}{more}"
        return text

    def xǁCheckǁdescribe__mutmut_8(self):
        text = f"{self.name}: {self.message} (observed {self.observed}, threshold {self.threshold})"
        if self.keys:
            more = f" … {self.count} in all" if self.count > len(self.keys) else ""
            text -= f"; keys: {', '.join(str(k) for k in self.keys)}{more}"
        return text

    def xǁCheckǁdescribe__mutmut_9(self):
        text = f"{self.name}: {self.message} (observed {self.observed}, threshold {self.threshold})"
        if self.keys:
            more = f" … {self.count} in all" if self.count > len(self.keys) else ""
            text += f"; keys: {', '.join(None)}{more}"
        return text

    def xǁCheckǁdescribe__mutmut_10(self):
        text = f"{self.name}: {self.message} (observed {self.observed}, threshold {self.threshold})"
        if self.keys:
            more = f" … {self.count} in all" if self.count > len(self.keys) else ""
            text += f"; keys: {'XX, XX'.join(str(k) for k in self.keys)}{more}"
        return text

    def xǁCheckǁdescribe__mutmut_11(self):
        text = f"{self.name}: {self.message} (observed {self.observed}, threshold {self.threshold})"
        if self.keys:
            more = f" … {self.count} in all" if self.count > len(self.keys) else ""
            text += f"; keys: {', '.join(str(None) for k in self.keys)}{more}"
        return text

    @_mutmut_mutated(mutants_xǁCheckǁto_dict__mutmut)
    def to_dict(self):
        return asdict(self)

    def xǁCheckǁto_dict__mutmut_orig(self):
        return asdict(self)

    def xǁCheckǁto_dict__mutmut_1(self):
        return asdict(None)

mutants_xǁCheckǁdescribe__mutmut['_mutmut_orig'] = Check.xǁCheckǁdescribe__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCheckǁdescribe__mutmut['xǁCheckǁdescribe__mutmut_1'] = Check.xǁCheckǁdescribe__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCheckǁdescribe__mutmut['xǁCheckǁdescribe__mutmut_2'] = Check.xǁCheckǁdescribe__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCheckǁdescribe__mutmut['xǁCheckǁdescribe__mutmut_3'] = Check.xǁCheckǁdescribe__mutmut_3 # type: ignore # mutmut generated
mutants_xǁCheckǁdescribe__mutmut['xǁCheckǁdescribe__mutmut_4'] = Check.xǁCheckǁdescribe__mutmut_4 # type: ignore # mutmut generated
mutants_xǁCheckǁdescribe__mutmut['xǁCheckǁdescribe__mutmut_5'] = Check.xǁCheckǁdescribe__mutmut_5 # type: ignore # mutmut generated
mutants_xǁCheckǁdescribe__mutmut['xǁCheckǁdescribe__mutmut_6'] = Check.xǁCheckǁdescribe__mutmut_6 # type: ignore # mutmut generated
mutants_xǁCheckǁdescribe__mutmut['xǁCheckǁdescribe__mutmut_7'] = Check.xǁCheckǁdescribe__mutmut_7 # type: ignore # mutmut generated
mutants_xǁCheckǁdescribe__mutmut['xǁCheckǁdescribe__mutmut_8'] = Check.xǁCheckǁdescribe__mutmut_8 # type: ignore # mutmut generated
mutants_xǁCheckǁdescribe__mutmut['xǁCheckǁdescribe__mutmut_9'] = Check.xǁCheckǁdescribe__mutmut_9 # type: ignore # mutmut generated
mutants_xǁCheckǁdescribe__mutmut['xǁCheckǁdescribe__mutmut_10'] = Check.xǁCheckǁdescribe__mutmut_10 # type: ignore # mutmut generated
mutants_xǁCheckǁdescribe__mutmut['xǁCheckǁdescribe__mutmut_11'] = Check.xǁCheckǁdescribe__mutmut_11 # type: ignore # mutmut generated

mutants_xǁCheckǁto_dict__mutmut['_mutmut_orig'] = Check.xǁCheckǁto_dict__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCheckǁto_dict__mutmut['xǁCheckǁto_dict__mutmut_1'] = Check.xǁCheckǁto_dict__mutmut_1 # type: ignore # mutmut generated
mutants_x__plain__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__plain__mutmut)
def _plain(value):
    return value.item() if hasattr(value, "item") else value


def x__plain__mutmut_orig(value):
    return value.item() if hasattr(value, "item") else value


def x__plain__mutmut_1(value):
    return value.item() if (hasattr(value, "item")) and False else value


def x__plain__mutmut_2(value):
    return value.item() if (hasattr(value, "item")) or True else value


def x__plain__mutmut_3(value):
    return value.item() if hasattr(None, "item") else value


def x__plain__mutmut_4(value):
    return value.item() if hasattr(value, None) else value


def x__plain__mutmut_5(value):
    return value.item() if hasattr("item") else value


def x__plain__mutmut_6(value):
    return value.item() if hasattr(value, ) else value


def x__plain__mutmut_7(value):
    return value.item() if hasattr(value, "XXitemXX") else value


def x__plain__mutmut_8(value):
    return value.item() if hasattr(value, "ITEM") else value

mutants_x__plain__mutmut['_mutmut_orig'] = x__plain__mutmut_orig # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_1'] = x__plain__mutmut_1 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_2'] = x__plain__mutmut_2 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_3'] = x__plain__mutmut_3 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_4'] = x__plain__mutmut_4 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_5'] = x__plain__mutmut_5 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_6'] = x__plain__mutmut_6 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_7'] = x__plain__mutmut_7 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_8'] = x__plain__mutmut_8 # type: ignore # mutmut generated
mutants_x_no_offenders__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_no_offenders__mutmut)
def no_offenders(name, offenders, message, severity=ERROR):
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
    )


def x_no_offenders__mutmut_orig(name, offenders, message, severity=ERROR):
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
    )


def x_no_offenders__mutmut_1(name, offenders, message, severity=ERROR):
    """The claim `name` holds when `offenders` (the offending keys, one per offence) is empty."""
    keys = None
    return Check(
        name=name,
        severity=severity,
        observed=len(keys),
        threshold=0,
        passed=not keys,
        message=message,
        keys=[_plain(k) for k in keys[:MAX_KEYS]],
        count=len(keys),
    )


def x_no_offenders__mutmut_2(name, offenders, message, severity=ERROR):
    """The claim `name` holds when `offenders` (the offending keys, one per offence) is empty."""
    keys = list(None)
    return Check(
        name=name,
        severity=severity,
        observed=len(keys),
        threshold=0,
        passed=not keys,
        message=message,
        keys=[_plain(k) for k in keys[:MAX_KEYS]],
        count=len(keys),
    )


def x_no_offenders__mutmut_3(name, offenders, message, severity=ERROR):
    """The claim `name` holds when `offenders` (the offending keys, one per offence) is empty."""
    keys = list(pd.unique(None))
    return Check(
        name=name,
        severity=severity,
        observed=len(keys),
        threshold=0,
        passed=not keys,
        message=message,
        keys=[_plain(k) for k in keys[:MAX_KEYS]],
        count=len(keys),
    )


def x_no_offenders__mutmut_4(name, offenders, message, severity=ERROR):
    """The claim `name` holds when `offenders` (the offending keys, one per offence) is empty."""
    keys = list(pd.unique(pd.Series(None, dtype=object)))
    return Check(
        name=name,
        severity=severity,
        observed=len(keys),
        threshold=0,
        passed=not keys,
        message=message,
        keys=[_plain(k) for k in keys[:MAX_KEYS]],
        count=len(keys),
    )


def x_no_offenders__mutmut_5(name, offenders, message, severity=ERROR):
    """The claim `name` holds when `offenders` (the offending keys, one per offence) is empty."""
    keys = list(pd.unique(pd.Series(list(offenders), dtype=None)))
    return Check(
        name=name,
        severity=severity,
        observed=len(keys),
        threshold=0,
        passed=not keys,
        message=message,
        keys=[_plain(k) for k in keys[:MAX_KEYS]],
        count=len(keys),
    )


def x_no_offenders__mutmut_6(name, offenders, message, severity=ERROR):
    """The claim `name` holds when `offenders` (the offending keys, one per offence) is empty."""
    keys = list(pd.unique(pd.Series(dtype=object)))
    return Check(
        name=name,
        severity=severity,
        observed=len(keys),
        threshold=0,
        passed=not keys,
        message=message,
        keys=[_plain(k) for k in keys[:MAX_KEYS]],
        count=len(keys),
    )


def x_no_offenders__mutmut_7(name, offenders, message, severity=ERROR):
    """The claim `name` holds when `offenders` (the offending keys, one per offence) is empty."""
    keys = list(pd.unique(pd.Series(list(offenders), )))
    return Check(
        name=name,
        severity=severity,
        observed=len(keys),
        threshold=0,
        passed=not keys,
        message=message,
        keys=[_plain(k) for k in keys[:MAX_KEYS]],
        count=len(keys),
    )


def x_no_offenders__mutmut_8(name, offenders, message, severity=ERROR):
    """The claim `name` holds when `offenders` (the offending keys, one per offence) is empty."""
    keys = list(pd.unique(pd.Series(list(None), dtype=object)))
    return Check(
        name=name,
        severity=severity,
        observed=len(keys),
        threshold=0,
        passed=not keys,
        message=message,
        keys=[_plain(k) for k in keys[:MAX_KEYS]],
        count=len(keys),
    )


def x_no_offenders__mutmut_9(name, offenders, message, severity=ERROR):
    """The claim `name` holds when `offenders` (the offending keys, one per offence) is empty."""
    keys = list(pd.unique(pd.Series(list(offenders), dtype=object)))
    return Check(
        name=None,
        severity=severity,
        observed=len(keys),
        threshold=0,
        passed=not keys,
        message=message,
        keys=[_plain(k) for k in keys[:MAX_KEYS]],
        count=len(keys),
    )


def x_no_offenders__mutmut_10(name, offenders, message, severity=ERROR):
    """The claim `name` holds when `offenders` (the offending keys, one per offence) is empty."""
    keys = list(pd.unique(pd.Series(list(offenders), dtype=object)))
    return Check(
        name=name,
        severity=None,
        observed=len(keys),
        threshold=0,
        passed=not keys,
        message=message,
        keys=[_plain(k) for k in keys[:MAX_KEYS]],
        count=len(keys),
    )


def x_no_offenders__mutmut_11(name, offenders, message, severity=ERROR):
    """The claim `name` holds when `offenders` (the offending keys, one per offence) is empty."""
    keys = list(pd.unique(pd.Series(list(offenders), dtype=object)))
    return Check(
        name=name,
        severity=severity,
        observed=None,
        threshold=0,
        passed=not keys,
        message=message,
        keys=[_plain(k) for k in keys[:MAX_KEYS]],
        count=len(keys),
    )


def x_no_offenders__mutmut_12(name, offenders, message, severity=ERROR):
    """The claim `name` holds when `offenders` (the offending keys, one per offence) is empty."""
    keys = list(pd.unique(pd.Series(list(offenders), dtype=object)))
    return Check(
        name=name,
        severity=severity,
        observed=len(keys),
        threshold=None,
        passed=not keys,
        message=message,
        keys=[_plain(k) for k in keys[:MAX_KEYS]],
        count=len(keys),
    )


def x_no_offenders__mutmut_13(name, offenders, message, severity=ERROR):
    """The claim `name` holds when `offenders` (the offending keys, one per offence) is empty."""
    keys = list(pd.unique(pd.Series(list(offenders), dtype=object)))
    return Check(
        name=name,
        severity=severity,
        observed=len(keys),
        threshold=0,
        passed=None,
        message=message,
        keys=[_plain(k) for k in keys[:MAX_KEYS]],
        count=len(keys),
    )


def x_no_offenders__mutmut_14(name, offenders, message, severity=ERROR):
    """The claim `name` holds when `offenders` (the offending keys, one per offence) is empty."""
    keys = list(pd.unique(pd.Series(list(offenders), dtype=object)))
    return Check(
        name=name,
        severity=severity,
        observed=len(keys),
        threshold=0,
        passed=not keys,
        message=None,
        keys=[_plain(k) for k in keys[:MAX_KEYS]],
        count=len(keys),
    )


def x_no_offenders__mutmut_15(name, offenders, message, severity=ERROR):
    """The claim `name` holds when `offenders` (the offending keys, one per offence) is empty."""
    keys = list(pd.unique(pd.Series(list(offenders), dtype=object)))
    return Check(
        name=name,
        severity=severity,
        observed=len(keys),
        threshold=0,
        passed=not keys,
        message=message,
        keys=None,
        count=len(keys),
    )


def x_no_offenders__mutmut_16(name, offenders, message, severity=ERROR):
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
        count=None,
    )


def x_no_offenders__mutmut_17(name, offenders, message, severity=ERROR):
    """The claim `name` holds when `offenders` (the offending keys, one per offence) is empty."""
    keys = list(pd.unique(pd.Series(list(offenders), dtype=object)))
    return Check(
        severity=severity,
        observed=len(keys),
        threshold=0,
        passed=not keys,
        message=message,
        keys=[_plain(k) for k in keys[:MAX_KEYS]],
        count=len(keys),
    )


def x_no_offenders__mutmut_18(name, offenders, message, severity=ERROR):
    """The claim `name` holds when `offenders` (the offending keys, one per offence) is empty."""
    keys = list(pd.unique(pd.Series(list(offenders), dtype=object)))
    return Check(
        name=name,
        observed=len(keys),
        threshold=0,
        passed=not keys,
        message=message,
        keys=[_plain(k) for k in keys[:MAX_KEYS]],
        count=len(keys),
    )


def x_no_offenders__mutmut_19(name, offenders, message, severity=ERROR):
    """The claim `name` holds when `offenders` (the offending keys, one per offence) is empty."""
    keys = list(pd.unique(pd.Series(list(offenders), dtype=object)))
    return Check(
        name=name,
        severity=severity,
        threshold=0,
        passed=not keys,
        message=message,
        keys=[_plain(k) for k in keys[:MAX_KEYS]],
        count=len(keys),
    )


def x_no_offenders__mutmut_20(name, offenders, message, severity=ERROR):
    """The claim `name` holds when `offenders` (the offending keys, one per offence) is empty."""
    keys = list(pd.unique(pd.Series(list(offenders), dtype=object)))
    return Check(
        name=name,
        severity=severity,
        observed=len(keys),
        passed=not keys,
        message=message,
        keys=[_plain(k) for k in keys[:MAX_KEYS]],
        count=len(keys),
    )


def x_no_offenders__mutmut_21(name, offenders, message, severity=ERROR):
    """The claim `name` holds when `offenders` (the offending keys, one per offence) is empty."""
    keys = list(pd.unique(pd.Series(list(offenders), dtype=object)))
    return Check(
        name=name,
        severity=severity,
        observed=len(keys),
        threshold=0,
        message=message,
        keys=[_plain(k) for k in keys[:MAX_KEYS]],
        count=len(keys),
    )


def x_no_offenders__mutmut_22(name, offenders, message, severity=ERROR):
    """The claim `name` holds when `offenders` (the offending keys, one per offence) is empty."""
    keys = list(pd.unique(pd.Series(list(offenders), dtype=object)))
    return Check(
        name=name,
        severity=severity,
        observed=len(keys),
        threshold=0,
        passed=not keys,
        keys=[_plain(k) for k in keys[:MAX_KEYS]],
        count=len(keys),
    )


def x_no_offenders__mutmut_23(name, offenders, message, severity=ERROR):
    """The claim `name` holds when `offenders` (the offending keys, one per offence) is empty."""
    keys = list(pd.unique(pd.Series(list(offenders), dtype=object)))
    return Check(
        name=name,
        severity=severity,
        observed=len(keys),
        threshold=0,
        passed=not keys,
        message=message,
        count=len(keys),
    )


def x_no_offenders__mutmut_24(name, offenders, message, severity=ERROR):
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
        )


def x_no_offenders__mutmut_25(name, offenders, message, severity=ERROR):
    """The claim `name` holds when `offenders` (the offending keys, one per offence) is empty."""
    keys = list(pd.unique(pd.Series(list(offenders), dtype=object)))
    return Check(
        name=name,
        severity=severity,
        observed=len(keys),
        threshold=1,
        passed=not keys,
        message=message,
        keys=[_plain(k) for k in keys[:MAX_KEYS]],
        count=len(keys),
    )


def x_no_offenders__mutmut_26(name, offenders, message, severity=ERROR):
    """The claim `name` holds when `offenders` (the offending keys, one per offence) is empty."""
    keys = list(pd.unique(pd.Series(list(offenders), dtype=object)))
    return Check(
        name=name,
        severity=severity,
        observed=len(keys),
        threshold=0,
        passed=keys,
        message=message,
        keys=[_plain(k) for k in keys[:MAX_KEYS]],
        count=len(keys),
    )


def x_no_offenders__mutmut_27(name, offenders, message, severity=ERROR):
    """The claim `name` holds when `offenders` (the offending keys, one per offence) is empty."""
    keys = list(pd.unique(pd.Series(list(offenders), dtype=object)))
    return Check(
        name=name,
        severity=severity,
        observed=len(keys),
        threshold=0,
        passed=not keys,
        message=message,
        keys=[_plain(None) for k in keys[:MAX_KEYS]],
        count=len(keys),
    )

mutants_x_no_offenders__mutmut['_mutmut_orig'] = x_no_offenders__mutmut_orig # type: ignore # mutmut generated
mutants_x_no_offenders__mutmut['x_no_offenders__mutmut_1'] = x_no_offenders__mutmut_1 # type: ignore # mutmut generated
mutants_x_no_offenders__mutmut['x_no_offenders__mutmut_2'] = x_no_offenders__mutmut_2 # type: ignore # mutmut generated
mutants_x_no_offenders__mutmut['x_no_offenders__mutmut_3'] = x_no_offenders__mutmut_3 # type: ignore # mutmut generated
mutants_x_no_offenders__mutmut['x_no_offenders__mutmut_4'] = x_no_offenders__mutmut_4 # type: ignore # mutmut generated
mutants_x_no_offenders__mutmut['x_no_offenders__mutmut_5'] = x_no_offenders__mutmut_5 # type: ignore # mutmut generated
mutants_x_no_offenders__mutmut['x_no_offenders__mutmut_6'] = x_no_offenders__mutmut_6 # type: ignore # mutmut generated
mutants_x_no_offenders__mutmut['x_no_offenders__mutmut_7'] = x_no_offenders__mutmut_7 # type: ignore # mutmut generated
mutants_x_no_offenders__mutmut['x_no_offenders__mutmut_8'] = x_no_offenders__mutmut_8 # type: ignore # mutmut generated
mutants_x_no_offenders__mutmut['x_no_offenders__mutmut_9'] = x_no_offenders__mutmut_9 # type: ignore # mutmut generated
mutants_x_no_offenders__mutmut['x_no_offenders__mutmut_10'] = x_no_offenders__mutmut_10 # type: ignore # mutmut generated
mutants_x_no_offenders__mutmut['x_no_offenders__mutmut_11'] = x_no_offenders__mutmut_11 # type: ignore # mutmut generated
mutants_x_no_offenders__mutmut['x_no_offenders__mutmut_12'] = x_no_offenders__mutmut_12 # type: ignore # mutmut generated
mutants_x_no_offenders__mutmut['x_no_offenders__mutmut_13'] = x_no_offenders__mutmut_13 # type: ignore # mutmut generated
mutants_x_no_offenders__mutmut['x_no_offenders__mutmut_14'] = x_no_offenders__mutmut_14 # type: ignore # mutmut generated
mutants_x_no_offenders__mutmut['x_no_offenders__mutmut_15'] = x_no_offenders__mutmut_15 # type: ignore # mutmut generated
mutants_x_no_offenders__mutmut['x_no_offenders__mutmut_16'] = x_no_offenders__mutmut_16 # type: ignore # mutmut generated
mutants_x_no_offenders__mutmut['x_no_offenders__mutmut_17'] = x_no_offenders__mutmut_17 # type: ignore # mutmut generated
mutants_x_no_offenders__mutmut['x_no_offenders__mutmut_18'] = x_no_offenders__mutmut_18 # type: ignore # mutmut generated
mutants_x_no_offenders__mutmut['x_no_offenders__mutmut_19'] = x_no_offenders__mutmut_19 # type: ignore # mutmut generated
mutants_x_no_offenders__mutmut['x_no_offenders__mutmut_20'] = x_no_offenders__mutmut_20 # type: ignore # mutmut generated
mutants_x_no_offenders__mutmut['x_no_offenders__mutmut_21'] = x_no_offenders__mutmut_21 # type: ignore # mutmut generated
mutants_x_no_offenders__mutmut['x_no_offenders__mutmut_22'] = x_no_offenders__mutmut_22 # type: ignore # mutmut generated
mutants_x_no_offenders__mutmut['x_no_offenders__mutmut_23'] = x_no_offenders__mutmut_23 # type: ignore # mutmut generated
mutants_x_no_offenders__mutmut['x_no_offenders__mutmut_24'] = x_no_offenders__mutmut_24 # type: ignore # mutmut generated
mutants_x_no_offenders__mutmut['x_no_offenders__mutmut_25'] = x_no_offenders__mutmut_25 # type: ignore # mutmut generated
mutants_x_no_offenders__mutmut['x_no_offenders__mutmut_26'] = x_no_offenders__mutmut_26 # type: ignore # mutmut generated
mutants_x_no_offenders__mutmut['x_no_offenders__mutmut_27'] = x_no_offenders__mutmut_27 # type: ignore # mutmut generated
mutants_x_at_least__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_at_least__mutmut)
def at_least(name, observed, threshold, message, severity=ERROR):
    observed = _plain(observed)
    return Check(name, severity, observed, threshold, bool(observed >= threshold), message)


def x_at_least__mutmut_orig(name, observed, threshold, message, severity=ERROR):
    observed = _plain(observed)
    return Check(name, severity, observed, threshold, bool(observed >= threshold), message)


def x_at_least__mutmut_1(name, observed, threshold, message, severity=ERROR):
    observed = None
    return Check(name, severity, observed, threshold, bool(observed >= threshold), message)


def x_at_least__mutmut_2(name, observed, threshold, message, severity=ERROR):
    observed = _plain(None)
    return Check(name, severity, observed, threshold, bool(observed >= threshold), message)


def x_at_least__mutmut_3(name, observed, threshold, message, severity=ERROR):
    observed = _plain(observed)
    return Check(None, severity, observed, threshold, bool(observed >= threshold), message)


def x_at_least__mutmut_4(name, observed, threshold, message, severity=ERROR):
    observed = _plain(observed)
    return Check(name, None, observed, threshold, bool(observed >= threshold), message)


def x_at_least__mutmut_5(name, observed, threshold, message, severity=ERROR):
    observed = _plain(observed)
    return Check(name, severity, None, threshold, bool(observed >= threshold), message)


def x_at_least__mutmut_6(name, observed, threshold, message, severity=ERROR):
    observed = _plain(observed)
    return Check(name, severity, observed, None, bool(observed >= threshold), message)


def x_at_least__mutmut_7(name, observed, threshold, message, severity=ERROR):
    observed = _plain(observed)
    return Check(name, severity, observed, threshold, None, message)


def x_at_least__mutmut_8(name, observed, threshold, message, severity=ERROR):
    observed = _plain(observed)
    return Check(name, severity, observed, threshold, bool(observed >= threshold), None)


def x_at_least__mutmut_9(name, observed, threshold, message, severity=ERROR):
    observed = _plain(observed)
    return Check(severity, observed, threshold, bool(observed >= threshold), message)


def x_at_least__mutmut_10(name, observed, threshold, message, severity=ERROR):
    observed = _plain(observed)
    return Check(name, observed, threshold, bool(observed >= threshold), message)


def x_at_least__mutmut_11(name, observed, threshold, message, severity=ERROR):
    observed = _plain(observed)
    return Check(name, severity, threshold, bool(observed >= threshold), message)


def x_at_least__mutmut_12(name, observed, threshold, message, severity=ERROR):
    observed = _plain(observed)
    return Check(name, severity, observed, bool(observed >= threshold), message)


def x_at_least__mutmut_13(name, observed, threshold, message, severity=ERROR):
    observed = _plain(observed)
    return Check(name, severity, observed, threshold, message)


def x_at_least__mutmut_14(name, observed, threshold, message, severity=ERROR):
    observed = _plain(observed)
    return Check(name, severity, observed, threshold, bool(observed >= threshold), )


def x_at_least__mutmut_15(name, observed, threshold, message, severity=ERROR):
    observed = _plain(observed)
    return Check(name, severity, observed, threshold, bool(None), message)


def x_at_least__mutmut_16(name, observed, threshold, message, severity=ERROR):
    observed = _plain(observed)
    return Check(name, severity, observed, threshold, bool(observed > threshold), message)

mutants_x_at_least__mutmut['_mutmut_orig'] = x_at_least__mutmut_orig # type: ignore # mutmut generated
mutants_x_at_least__mutmut['x_at_least__mutmut_1'] = x_at_least__mutmut_1 # type: ignore # mutmut generated
mutants_x_at_least__mutmut['x_at_least__mutmut_2'] = x_at_least__mutmut_2 # type: ignore # mutmut generated
mutants_x_at_least__mutmut['x_at_least__mutmut_3'] = x_at_least__mutmut_3 # type: ignore # mutmut generated
mutants_x_at_least__mutmut['x_at_least__mutmut_4'] = x_at_least__mutmut_4 # type: ignore # mutmut generated
mutants_x_at_least__mutmut['x_at_least__mutmut_5'] = x_at_least__mutmut_5 # type: ignore # mutmut generated
mutants_x_at_least__mutmut['x_at_least__mutmut_6'] = x_at_least__mutmut_6 # type: ignore # mutmut generated
mutants_x_at_least__mutmut['x_at_least__mutmut_7'] = x_at_least__mutmut_7 # type: ignore # mutmut generated
mutants_x_at_least__mutmut['x_at_least__mutmut_8'] = x_at_least__mutmut_8 # type: ignore # mutmut generated
mutants_x_at_least__mutmut['x_at_least__mutmut_9'] = x_at_least__mutmut_9 # type: ignore # mutmut generated
mutants_x_at_least__mutmut['x_at_least__mutmut_10'] = x_at_least__mutmut_10 # type: ignore # mutmut generated
mutants_x_at_least__mutmut['x_at_least__mutmut_11'] = x_at_least__mutmut_11 # type: ignore # mutmut generated
mutants_x_at_least__mutmut['x_at_least__mutmut_12'] = x_at_least__mutmut_12 # type: ignore # mutmut generated
mutants_x_at_least__mutmut['x_at_least__mutmut_13'] = x_at_least__mutmut_13 # type: ignore # mutmut generated
mutants_x_at_least__mutmut['x_at_least__mutmut_14'] = x_at_least__mutmut_14 # type: ignore # mutmut generated
mutants_x_at_least__mutmut['x_at_least__mutmut_15'] = x_at_least__mutmut_15 # type: ignore # mutmut generated
mutants_x_at_least__mutmut['x_at_least__mutmut_16'] = x_at_least__mutmut_16 # type: ignore # mutmut generated
mutants_x_gate__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_gate__mutmut)
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


def x_gate__mutmut_orig(name, checks, metrics, where=""):
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


def x_gate__mutmut_1(name, checks, metrics, where="XXXX"):
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


def x_gate__mutmut_2(name, checks, metrics, where=""):
    """The marker of a passed gate; GateFailed naming every failed error check otherwise."""
    if any(None):
        raise GateFailed(name, checks, where)
    return {
        "gate": name,
        "passed": True,
        "where": where,
        "metrics": {k: _plain(v) for k, v in metrics.items()},
        "checks": [c.to_dict() for c in checks],
        "warnings": [c.to_dict() for c in checks if c.severity == WARNING and not c.passed],
    }


def x_gate__mutmut_3(name, checks, metrics, where=""):
    """The marker of a passed gate; GateFailed naming every failed error check otherwise."""
    if any(c.severity == ERROR or not c.passed for c in checks):
        raise GateFailed(name, checks, where)
    return {
        "gate": name,
        "passed": True,
        "where": where,
        "metrics": {k: _plain(v) for k, v in metrics.items()},
        "checks": [c.to_dict() for c in checks],
        "warnings": [c.to_dict() for c in checks if c.severity == WARNING and not c.passed],
    }


def x_gate__mutmut_4(name, checks, metrics, where=""):
    """The marker of a passed gate; GateFailed naming every failed error check otherwise."""
    if any(c.severity != ERROR and not c.passed for c in checks):
        raise GateFailed(name, checks, where)
    return {
        "gate": name,
        "passed": True,
        "where": where,
        "metrics": {k: _plain(v) for k, v in metrics.items()},
        "checks": [c.to_dict() for c in checks],
        "warnings": [c.to_dict() for c in checks if c.severity == WARNING and not c.passed],
    }


def x_gate__mutmut_5(name, checks, metrics, where=""):
    """The marker of a passed gate; GateFailed naming every failed error check otherwise."""
    if any(c.severity == ERROR and c.passed for c in checks):
        raise GateFailed(name, checks, where)
    return {
        "gate": name,
        "passed": True,
        "where": where,
        "metrics": {k: _plain(v) for k, v in metrics.items()},
        "checks": [c.to_dict() for c in checks],
        "warnings": [c.to_dict() for c in checks if c.severity == WARNING and not c.passed],
    }


def x_gate__mutmut_6(name, checks, metrics, where=""):
    """The marker of a passed gate; GateFailed naming every failed error check otherwise."""
    if any(c.severity == ERROR and not c.passed for c in checks):
        raise GateFailed(None, checks, where)
    return {
        "gate": name,
        "passed": True,
        "where": where,
        "metrics": {k: _plain(v) for k, v in metrics.items()},
        "checks": [c.to_dict() for c in checks],
        "warnings": [c.to_dict() for c in checks if c.severity == WARNING and not c.passed],
    }


def x_gate__mutmut_7(name, checks, metrics, where=""):
    """The marker of a passed gate; GateFailed naming every failed error check otherwise."""
    if any(c.severity == ERROR and not c.passed for c in checks):
        raise GateFailed(name, None, where)
    return {
        "gate": name,
        "passed": True,
        "where": where,
        "metrics": {k: _plain(v) for k, v in metrics.items()},
        "checks": [c.to_dict() for c in checks],
        "warnings": [c.to_dict() for c in checks if c.severity == WARNING and not c.passed],
    }


def x_gate__mutmut_8(name, checks, metrics, where=""):
    """The marker of a passed gate; GateFailed naming every failed error check otherwise."""
    if any(c.severity == ERROR and not c.passed for c in checks):
        raise GateFailed(name, checks, None)
    return {
        "gate": name,
        "passed": True,
        "where": where,
        "metrics": {k: _plain(v) for k, v in metrics.items()},
        "checks": [c.to_dict() for c in checks],
        "warnings": [c.to_dict() for c in checks if c.severity == WARNING and not c.passed],
    }


def x_gate__mutmut_9(name, checks, metrics, where=""):
    """The marker of a passed gate; GateFailed naming every failed error check otherwise."""
    if any(c.severity == ERROR and not c.passed for c in checks):
        raise GateFailed(checks, where)
    return {
        "gate": name,
        "passed": True,
        "where": where,
        "metrics": {k: _plain(v) for k, v in metrics.items()},
        "checks": [c.to_dict() for c in checks],
        "warnings": [c.to_dict() for c in checks if c.severity == WARNING and not c.passed],
    }


def x_gate__mutmut_10(name, checks, metrics, where=""):
    """The marker of a passed gate; GateFailed naming every failed error check otherwise."""
    if any(c.severity == ERROR and not c.passed for c in checks):
        raise GateFailed(name, where)
    return {
        "gate": name,
        "passed": True,
        "where": where,
        "metrics": {k: _plain(v) for k, v in metrics.items()},
        "checks": [c.to_dict() for c in checks],
        "warnings": [c.to_dict() for c in checks if c.severity == WARNING and not c.passed],
    }


def x_gate__mutmut_11(name, checks, metrics, where=""):
    """The marker of a passed gate; GateFailed naming every failed error check otherwise."""
    if any(c.severity == ERROR and not c.passed for c in checks):
        raise GateFailed(name, checks, )
    return {
        "gate": name,
        "passed": True,
        "where": where,
        "metrics": {k: _plain(v) for k, v in metrics.items()},
        "checks": [c.to_dict() for c in checks],
        "warnings": [c.to_dict() for c in checks if c.severity == WARNING and not c.passed],
    }


def x_gate__mutmut_12(name, checks, metrics, where=""):
    """The marker of a passed gate; GateFailed naming every failed error check otherwise."""
    if any(c.severity == ERROR and not c.passed for c in checks):
        raise GateFailed(name, checks, where)
    return {
        "XXgateXX": name,
        "passed": True,
        "where": where,
        "metrics": {k: _plain(v) for k, v in metrics.items()},
        "checks": [c.to_dict() for c in checks],
        "warnings": [c.to_dict() for c in checks if c.severity == WARNING and not c.passed],
    }


def x_gate__mutmut_13(name, checks, metrics, where=""):
    """The marker of a passed gate; GateFailed naming every failed error check otherwise."""
    if any(c.severity == ERROR and not c.passed for c in checks):
        raise GateFailed(name, checks, where)
    return {
        "GATE": name,
        "passed": True,
        "where": where,
        "metrics": {k: _plain(v) for k, v in metrics.items()},
        "checks": [c.to_dict() for c in checks],
        "warnings": [c.to_dict() for c in checks if c.severity == WARNING and not c.passed],
    }


def x_gate__mutmut_14(name, checks, metrics, where=""):
    """The marker of a passed gate; GateFailed naming every failed error check otherwise."""
    if any(c.severity == ERROR and not c.passed for c in checks):
        raise GateFailed(name, checks, where)
    return {
        "gate": name,
        "XXpassedXX": True,
        "where": where,
        "metrics": {k: _plain(v) for k, v in metrics.items()},
        "checks": [c.to_dict() for c in checks],
        "warnings": [c.to_dict() for c in checks if c.severity == WARNING and not c.passed],
    }


def x_gate__mutmut_15(name, checks, metrics, where=""):
    """The marker of a passed gate; GateFailed naming every failed error check otherwise."""
    if any(c.severity == ERROR and not c.passed for c in checks):
        raise GateFailed(name, checks, where)
    return {
        "gate": name,
        "PASSED": True,
        "where": where,
        "metrics": {k: _plain(v) for k, v in metrics.items()},
        "checks": [c.to_dict() for c in checks],
        "warnings": [c.to_dict() for c in checks if c.severity == WARNING and not c.passed],
    }


def x_gate__mutmut_16(name, checks, metrics, where=""):
    """The marker of a passed gate; GateFailed naming every failed error check otherwise."""
    if any(c.severity == ERROR and not c.passed for c in checks):
        raise GateFailed(name, checks, where)
    return {
        "gate": name,
        "passed": False,
        "where": where,
        "metrics": {k: _plain(v) for k, v in metrics.items()},
        "checks": [c.to_dict() for c in checks],
        "warnings": [c.to_dict() for c in checks if c.severity == WARNING and not c.passed],
    }


def x_gate__mutmut_17(name, checks, metrics, where=""):
    """The marker of a passed gate; GateFailed naming every failed error check otherwise."""
    if any(c.severity == ERROR and not c.passed for c in checks):
        raise GateFailed(name, checks, where)
    return {
        "gate": name,
        "passed": True,
        "XXwhereXX": where,
        "metrics": {k: _plain(v) for k, v in metrics.items()},
        "checks": [c.to_dict() for c in checks],
        "warnings": [c.to_dict() for c in checks if c.severity == WARNING and not c.passed],
    }


def x_gate__mutmut_18(name, checks, metrics, where=""):
    """The marker of a passed gate; GateFailed naming every failed error check otherwise."""
    if any(c.severity == ERROR and not c.passed for c in checks):
        raise GateFailed(name, checks, where)
    return {
        "gate": name,
        "passed": True,
        "WHERE": where,
        "metrics": {k: _plain(v) for k, v in metrics.items()},
        "checks": [c.to_dict() for c in checks],
        "warnings": [c.to_dict() for c in checks if c.severity == WARNING and not c.passed],
    }


def x_gate__mutmut_19(name, checks, metrics, where=""):
    """The marker of a passed gate; GateFailed naming every failed error check otherwise."""
    if any(c.severity == ERROR and not c.passed for c in checks):
        raise GateFailed(name, checks, where)
    return {
        "gate": name,
        "passed": True,
        "where": where,
        "XXmetricsXX": {k: _plain(v) for k, v in metrics.items()},
        "checks": [c.to_dict() for c in checks],
        "warnings": [c.to_dict() for c in checks if c.severity == WARNING and not c.passed],
    }


def x_gate__mutmut_20(name, checks, metrics, where=""):
    """The marker of a passed gate; GateFailed naming every failed error check otherwise."""
    if any(c.severity == ERROR and not c.passed for c in checks):
        raise GateFailed(name, checks, where)
    return {
        "gate": name,
        "passed": True,
        "where": where,
        "METRICS": {k: _plain(v) for k, v in metrics.items()},
        "checks": [c.to_dict() for c in checks],
        "warnings": [c.to_dict() for c in checks if c.severity == WARNING and not c.passed],
    }


def x_gate__mutmut_21(name, checks, metrics, where=""):
    """The marker of a passed gate; GateFailed naming every failed error check otherwise."""
    if any(c.severity == ERROR and not c.passed for c in checks):
        raise GateFailed(name, checks, where)
    return {
        "gate": name,
        "passed": True,
        "where": where,
        "metrics": {k: _plain(None) for k, v in metrics.items()},
        "checks": [c.to_dict() for c in checks],
        "warnings": [c.to_dict() for c in checks if c.severity == WARNING and not c.passed],
    }


def x_gate__mutmut_22(name, checks, metrics, where=""):
    """The marker of a passed gate; GateFailed naming every failed error check otherwise."""
    if any(c.severity == ERROR and not c.passed for c in checks):
        raise GateFailed(name, checks, where)
    return {
        "gate": name,
        "passed": True,
        "where": where,
        "metrics": {k: _plain(v) for k, v in metrics.items()},
        "XXchecksXX": [c.to_dict() for c in checks],
        "warnings": [c.to_dict() for c in checks if c.severity == WARNING and not c.passed],
    }


def x_gate__mutmut_23(name, checks, metrics, where=""):
    """The marker of a passed gate; GateFailed naming every failed error check otherwise."""
    if any(c.severity == ERROR and not c.passed for c in checks):
        raise GateFailed(name, checks, where)
    return {
        "gate": name,
        "passed": True,
        "where": where,
        "metrics": {k: _plain(v) for k, v in metrics.items()},
        "CHECKS": [c.to_dict() for c in checks],
        "warnings": [c.to_dict() for c in checks if c.severity == WARNING and not c.passed],
    }


def x_gate__mutmut_24(name, checks, metrics, where=""):
    """The marker of a passed gate; GateFailed naming every failed error check otherwise."""
    if any(c.severity == ERROR and not c.passed for c in checks):
        raise GateFailed(name, checks, where)
    return {
        "gate": name,
        "passed": True,
        "where": where,
        "metrics": {k: _plain(v) for k, v in metrics.items()},
        "checks": [c.to_dict() for c in checks],
        "XXwarningsXX": [c.to_dict() for c in checks if c.severity == WARNING and not c.passed],
    }


def x_gate__mutmut_25(name, checks, metrics, where=""):
    """The marker of a passed gate; GateFailed naming every failed error check otherwise."""
    if any(c.severity == ERROR and not c.passed for c in checks):
        raise GateFailed(name, checks, where)
    return {
        "gate": name,
        "passed": True,
        "where": where,
        "metrics": {k: _plain(v) for k, v in metrics.items()},
        "checks": [c.to_dict() for c in checks],
        "WARNINGS": [c.to_dict() for c in checks if c.severity == WARNING and not c.passed],
    }


def x_gate__mutmut_26(name, checks, metrics, where=""):
    """The marker of a passed gate; GateFailed naming every failed error check otherwise."""
    if any(c.severity == ERROR and not c.passed for c in checks):
        raise GateFailed(name, checks, where)
    return {
        "gate": name,
        "passed": True,
        "where": where,
        "metrics": {k: _plain(v) for k, v in metrics.items()},
        "checks": [c.to_dict() for c in checks],
        "warnings": [c.to_dict() for c in checks if c.severity == WARNING or not c.passed],
    }


def x_gate__mutmut_27(name, checks, metrics, where=""):
    """The marker of a passed gate; GateFailed naming every failed error check otherwise."""
    if any(c.severity == ERROR and not c.passed for c in checks):
        raise GateFailed(name, checks, where)
    return {
        "gate": name,
        "passed": True,
        "where": where,
        "metrics": {k: _plain(v) for k, v in metrics.items()},
        "checks": [c.to_dict() for c in checks],
        "warnings": [c.to_dict() for c in checks if c.severity != WARNING and not c.passed],
    }


def x_gate__mutmut_28(name, checks, metrics, where=""):
    """The marker of a passed gate; GateFailed naming every failed error check otherwise."""
    if any(c.severity == ERROR and not c.passed for c in checks):
        raise GateFailed(name, checks, where)
    return {
        "gate": name,
        "passed": True,
        "where": where,
        "metrics": {k: _plain(v) for k, v in metrics.items()},
        "checks": [c.to_dict() for c in checks],
        "warnings": [c.to_dict() for c in checks if c.severity == WARNING and c.passed],
    }

mutants_x_gate__mutmut['_mutmut_orig'] = x_gate__mutmut_orig # type: ignore # mutmut generated
mutants_x_gate__mutmut['x_gate__mutmut_1'] = x_gate__mutmut_1 # type: ignore # mutmut generated
mutants_x_gate__mutmut['x_gate__mutmut_2'] = x_gate__mutmut_2 # type: ignore # mutmut generated
mutants_x_gate__mutmut['x_gate__mutmut_3'] = x_gate__mutmut_3 # type: ignore # mutmut generated
mutants_x_gate__mutmut['x_gate__mutmut_4'] = x_gate__mutmut_4 # type: ignore # mutmut generated
mutants_x_gate__mutmut['x_gate__mutmut_5'] = x_gate__mutmut_5 # type: ignore # mutmut generated
mutants_x_gate__mutmut['x_gate__mutmut_6'] = x_gate__mutmut_6 # type: ignore # mutmut generated
mutants_x_gate__mutmut['x_gate__mutmut_7'] = x_gate__mutmut_7 # type: ignore # mutmut generated
mutants_x_gate__mutmut['x_gate__mutmut_8'] = x_gate__mutmut_8 # type: ignore # mutmut generated
mutants_x_gate__mutmut['x_gate__mutmut_9'] = x_gate__mutmut_9 # type: ignore # mutmut generated
mutants_x_gate__mutmut['x_gate__mutmut_10'] = x_gate__mutmut_10 # type: ignore # mutmut generated
mutants_x_gate__mutmut['x_gate__mutmut_11'] = x_gate__mutmut_11 # type: ignore # mutmut generated
mutants_x_gate__mutmut['x_gate__mutmut_12'] = x_gate__mutmut_12 # type: ignore # mutmut generated
mutants_x_gate__mutmut['x_gate__mutmut_13'] = x_gate__mutmut_13 # type: ignore # mutmut generated
mutants_x_gate__mutmut['x_gate__mutmut_14'] = x_gate__mutmut_14 # type: ignore # mutmut generated
mutants_x_gate__mutmut['x_gate__mutmut_15'] = x_gate__mutmut_15 # type: ignore # mutmut generated
mutants_x_gate__mutmut['x_gate__mutmut_16'] = x_gate__mutmut_16 # type: ignore # mutmut generated
mutants_x_gate__mutmut['x_gate__mutmut_17'] = x_gate__mutmut_17 # type: ignore # mutmut generated
mutants_x_gate__mutmut['x_gate__mutmut_18'] = x_gate__mutmut_18 # type: ignore # mutmut generated
mutants_x_gate__mutmut['x_gate__mutmut_19'] = x_gate__mutmut_19 # type: ignore # mutmut generated
mutants_x_gate__mutmut['x_gate__mutmut_20'] = x_gate__mutmut_20 # type: ignore # mutmut generated
mutants_x_gate__mutmut['x_gate__mutmut_21'] = x_gate__mutmut_21 # type: ignore # mutmut generated
mutants_x_gate__mutmut['x_gate__mutmut_22'] = x_gate__mutmut_22 # type: ignore # mutmut generated
mutants_x_gate__mutmut['x_gate__mutmut_23'] = x_gate__mutmut_23 # type: ignore # mutmut generated
mutants_x_gate__mutmut['x_gate__mutmut_24'] = x_gate__mutmut_24 # type: ignore # mutmut generated
mutants_x_gate__mutmut['x_gate__mutmut_25'] = x_gate__mutmut_25 # type: ignore # mutmut generated
mutants_x_gate__mutmut['x_gate__mutmut_26'] = x_gate__mutmut_26 # type: ignore # mutmut generated
mutants_x_gate__mutmut['x_gate__mutmut_27'] = x_gate__mutmut_27 # type: ignore # mutmut generated
mutants_x_gate__mutmut['x_gate__mutmut_28'] = x_gate__mutmut_28 # type: ignore # mutmut generated
