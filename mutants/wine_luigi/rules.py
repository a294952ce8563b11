"""The business rules of SPEC, in pipeline order, as pure DataFrame -> DataFrame functions."""
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import pandas as pd

ROW = "row"  # row number in the source sheet, header = 1
REASON = "reason"  # why the row left the flow; empty while it is kept
PREMIUM_Z = 2.0
Z_DECIMALS = 9  # z is compared to the threshold at this precision, so float noise cannot flip a segment


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_parse__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse__mutmut)
def parse(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_orig(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_1(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ != "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_2(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "XXtextXX":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_3(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "TEXT":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_4(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(None, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_5(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=None)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_6(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_7(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, )
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_8(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(True, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_9(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = None
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_10(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype(None)
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_11(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(None, errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_12(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors=None).astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_13(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_14(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), ).astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_15(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(None), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_16(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="XXcoerceXX").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_17(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="COERCE").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_18(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("XXfloat64XX")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_19(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("FLOAT64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_20(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = None
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_21(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() | ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_22(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_23(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(None)
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_24(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ != "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_25(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "XXintXX":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_26(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "INT":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_27(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad = np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_28(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad &= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_29(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) | (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_30(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(None) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_31(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() / 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_32(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 2 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_33(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 == 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_34(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 1)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_35(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype(None), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_36(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(None).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_37(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("XXInt64XX"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_38(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_39(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("INT64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_40(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(None, index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_41(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=None)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_42(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(index=text.index)
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_43(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, )
    return number.mask(bad), pd.Series(bad, index=text.index)


def x_parse__mutmut_44(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(None), pd.Series(bad, index=text.index)


def x_parse__mutmut_45(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(None, index=text.index)


def x_parse__mutmut_46(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, index=None)


def x_parse__mutmut_47(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(index=text.index)


def x_parse__mutmut_48(text, type_):
    """Typed values of a canonical-text column, and the mask of cells present but not of `type_`."""
    if type_ == "text":
        return text, pd.Series(False, index=text.index)
    number = pd.to_numeric(text.astype(object), errors="coerce").astype("float64")
    bad = text.notna().to_numpy() & ~np.isfinite(number.to_numpy())
    if type_ == "int":
        bad |= np.isfinite(number.to_numpy()) & (number.to_numpy() % 1 != 0)
        return number.mask(bad).astype("Int64"), pd.Series(bad, index=text.index)
    return number.mask(bad), pd.Series(bad, )

mutants_x_parse__mutmut['_mutmut_orig'] = x_parse__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_1'] = x_parse__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_2'] = x_parse__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_3'] = x_parse__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_4'] = x_parse__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_5'] = x_parse__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_6'] = x_parse__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_7'] = x_parse__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_8'] = x_parse__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_9'] = x_parse__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_10'] = x_parse__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_11'] = x_parse__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_12'] = x_parse__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_13'] = x_parse__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_14'] = x_parse__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_15'] = x_parse__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_16'] = x_parse__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_17'] = x_parse__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_18'] = x_parse__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_19'] = x_parse__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_20'] = x_parse__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_21'] = x_parse__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_22'] = x_parse__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_23'] = x_parse__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_24'] = x_parse__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_25'] = x_parse__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_26'] = x_parse__mutmut_26 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_27'] = x_parse__mutmut_27 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_28'] = x_parse__mutmut_28 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_29'] = x_parse__mutmut_29 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_30'] = x_parse__mutmut_30 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_31'] = x_parse__mutmut_31 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_32'] = x_parse__mutmut_32 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_33'] = x_parse__mutmut_33 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_34'] = x_parse__mutmut_34 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_35'] = x_parse__mutmut_35 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_36'] = x_parse__mutmut_36 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_37'] = x_parse__mutmut_37 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_38'] = x_parse__mutmut_38 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_39'] = x_parse__mutmut_39 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_40'] = x_parse__mutmut_40 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_41'] = x_parse__mutmut_41 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_42'] = x_parse__mutmut_42 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_43'] = x_parse__mutmut_43 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_44'] = x_parse__mutmut_44 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_45'] = x_parse__mutmut_45 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_46'] = x_parse__mutmut_46 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_47'] = x_parse__mutmut_47 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_48'] = x_parse__mutmut_48 # type: ignore # mutmut generated
mutants_x_clean__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_clean__mutmut)
def clean(raw, source):
    """Every raw row, with `reason` missing_<key> / invalid_<key> where a key is empty or unreadable."""
    reason = pd.Series(None, index=raw.index, dtype=object)
    for name in source.keys:
        _, invalid = parse(raw[name], source.column(name).type)
        for mask, code in ((raw[name].isna(), f"missing_{name}"), (invalid, f"invalid_{name}")):
            reason[mask & reason.isna()] = code
    return raw.assign(**{REASON: reason.astype("string")})


def x_clean__mutmut_orig(raw, source):
    """Every raw row, with `reason` missing_<key> / invalid_<key> where a key is empty or unreadable."""
    reason = pd.Series(None, index=raw.index, dtype=object)
    for name in source.keys:
        _, invalid = parse(raw[name], source.column(name).type)
        for mask, code in ((raw[name].isna(), f"missing_{name}"), (invalid, f"invalid_{name}")):
            reason[mask & reason.isna()] = code
    return raw.assign(**{REASON: reason.astype("string")})


def x_clean__mutmut_1(raw, source):
    """Every raw row, with `reason` missing_<key> / invalid_<key> where a key is empty or unreadable."""
    reason = None
    for name in source.keys:
        _, invalid = parse(raw[name], source.column(name).type)
        for mask, code in ((raw[name].isna(), f"missing_{name}"), (invalid, f"invalid_{name}")):
            reason[mask & reason.isna()] = code
    return raw.assign(**{REASON: reason.astype("string")})


def x_clean__mutmut_2(raw, source):
    """Every raw row, with `reason` missing_<key> / invalid_<key> where a key is empty or unreadable."""
    reason = pd.Series(None, index=None, dtype=object)
    for name in source.keys:
        _, invalid = parse(raw[name], source.column(name).type)
        for mask, code in ((raw[name].isna(), f"missing_{name}"), (invalid, f"invalid_{name}")):
            reason[mask & reason.isna()] = code
    return raw.assign(**{REASON: reason.astype("string")})


def x_clean__mutmut_3(raw, source):
    """Every raw row, with `reason` missing_<key> / invalid_<key> where a key is empty or unreadable."""
    reason = pd.Series(None, index=raw.index, dtype=None)
    for name in source.keys:
        _, invalid = parse(raw[name], source.column(name).type)
        for mask, code in ((raw[name].isna(), f"missing_{name}"), (invalid, f"invalid_{name}")):
            reason[mask & reason.isna()] = code
    return raw.assign(**{REASON: reason.astype("string")})


def x_clean__mutmut_4(raw, source):
    """Every raw row, with `reason` missing_<key> / invalid_<key> where a key is empty or unreadable."""
    reason = pd.Series(index=raw.index, dtype=object)
    for name in source.keys:
        _, invalid = parse(raw[name], source.column(name).type)
        for mask, code in ((raw[name].isna(), f"missing_{name}"), (invalid, f"invalid_{name}")):
            reason[mask & reason.isna()] = code
    return raw.assign(**{REASON: reason.astype("string")})


def x_clean__mutmut_5(raw, source):
    """Every raw row, with `reason` missing_<key> / invalid_<key> where a key is empty or unreadable."""
    reason = pd.Series(None, dtype=object)
    for name in source.keys:
        _, invalid = parse(raw[name], source.column(name).type)
        for mask, code in ((raw[name].isna(), f"missing_{name}"), (invalid, f"invalid_{name}")):
            reason[mask & reason.isna()] = code
    return raw.assign(**{REASON: reason.astype("string")})


def x_clean__mutmut_6(raw, source):
    """Every raw row, with `reason` missing_<key> / invalid_<key> where a key is empty or unreadable."""
    reason = pd.Series(None, index=raw.index, )
    for name in source.keys:
        _, invalid = parse(raw[name], source.column(name).type)
        for mask, code in ((raw[name].isna(), f"missing_{name}"), (invalid, f"invalid_{name}")):
            reason[mask & reason.isna()] = code
    return raw.assign(**{REASON: reason.astype("string")})


def x_clean__mutmut_7(raw, source):
    """Every raw row, with `reason` missing_<key> / invalid_<key> where a key is empty or unreadable."""
    reason = pd.Series(None, index=raw.index, dtype=object)
    for name in source.keys:
        _, invalid = None
        for mask, code in ((raw[name].isna(), f"missing_{name}"), (invalid, f"invalid_{name}")):
            reason[mask & reason.isna()] = code
    return raw.assign(**{REASON: reason.astype("string")})


def x_clean__mutmut_8(raw, source):
    """Every raw row, with `reason` missing_<key> / invalid_<key> where a key is empty or unreadable."""
    reason = pd.Series(None, index=raw.index, dtype=object)
    for name in source.keys:
        _, invalid = parse(None, source.column(name).type)
        for mask, code in ((raw[name].isna(), f"missing_{name}"), (invalid, f"invalid_{name}")):
            reason[mask & reason.isna()] = code
    return raw.assign(**{REASON: reason.astype("string")})


def x_clean__mutmut_9(raw, source):
    """Every raw row, with `reason` missing_<key> / invalid_<key> where a key is empty or unreadable."""
    reason = pd.Series(None, index=raw.index, dtype=object)
    for name in source.keys:
        _, invalid = parse(raw[name], None)
        for mask, code in ((raw[name].isna(), f"missing_{name}"), (invalid, f"invalid_{name}")):
            reason[mask & reason.isna()] = code
    return raw.assign(**{REASON: reason.astype("string")})


def x_clean__mutmut_10(raw, source):
    """Every raw row, with `reason` missing_<key> / invalid_<key> where a key is empty or unreadable."""
    reason = pd.Series(None, index=raw.index, dtype=object)
    for name in source.keys:
        _, invalid = parse(source.column(name).type)
        for mask, code in ((raw[name].isna(), f"missing_{name}"), (invalid, f"invalid_{name}")):
            reason[mask & reason.isna()] = code
    return raw.assign(**{REASON: reason.astype("string")})


def x_clean__mutmut_11(raw, source):
    """Every raw row, with `reason` missing_<key> / invalid_<key> where a key is empty or unreadable."""
    reason = pd.Series(None, index=raw.index, dtype=object)
    for name in source.keys:
        _, invalid = parse(raw[name], )
        for mask, code in ((raw[name].isna(), f"missing_{name}"), (invalid, f"invalid_{name}")):
            reason[mask & reason.isna()] = code
    return raw.assign(**{REASON: reason.astype("string")})


def x_clean__mutmut_12(raw, source):
    """Every raw row, with `reason` missing_<key> / invalid_<key> where a key is empty or unreadable."""
    reason = pd.Series(None, index=raw.index, dtype=object)
    for name in source.keys:
        _, invalid = parse(raw[name], source.column(None).type)
        for mask, code in ((raw[name].isna(), f"missing_{name}"), (invalid, f"invalid_{name}")):
            reason[mask & reason.isna()] = code
    return raw.assign(**{REASON: reason.astype("string")})


def x_clean__mutmut_13(raw, source):
    """Every raw row, with `reason` missing_<key> / invalid_<key> where a key is empty or unreadable."""
    reason = pd.Series(None, index=raw.index, dtype=object)
    for name in source.keys:
        _, invalid = parse(raw[name], source.column(name).type)
        for mask, code in ((raw[name].isna(), f"missing_{name}"), (invalid, f"invalid_{name}")):
            reason[mask & reason.isna()] = None
    return raw.assign(**{REASON: reason.astype("string")})


def x_clean__mutmut_14(raw, source):
    """Every raw row, with `reason` missing_<key> / invalid_<key> where a key is empty or unreadable."""
    reason = pd.Series(None, index=raw.index, dtype=object)
    for name in source.keys:
        _, invalid = parse(raw[name], source.column(name).type)
        for mask, code in ((raw[name].isna(), f"missing_{name}"), (invalid, f"invalid_{name}")):
            reason[mask | reason.isna()] = code
    return raw.assign(**{REASON: reason.astype("string")})


def x_clean__mutmut_15(raw, source):
    """Every raw row, with `reason` missing_<key> / invalid_<key> where a key is empty or unreadable."""
    reason = pd.Series(None, index=raw.index, dtype=object)
    for name in source.keys:
        _, invalid = parse(raw[name], source.column(name).type)
        for mask, code in ((raw[name].isna(), f"missing_{name}"), (invalid, f"invalid_{name}")):
            reason[mask & reason.isna()] = code
    return raw.assign(**{REASON: reason.astype(None)})


def x_clean__mutmut_16(raw, source):
    """Every raw row, with `reason` missing_<key> / invalid_<key> where a key is empty or unreadable."""
    reason = pd.Series(None, index=raw.index, dtype=object)
    for name in source.keys:
        _, invalid = parse(raw[name], source.column(name).type)
        for mask, code in ((raw[name].isna(), f"missing_{name}"), (invalid, f"invalid_{name}")):
            reason[mask & reason.isna()] = code
    return raw.assign(**{REASON: reason.astype("XXstringXX")})


def x_clean__mutmut_17(raw, source):
    """Every raw row, with `reason` missing_<key> / invalid_<key> where a key is empty or unreadable."""
    reason = pd.Series(None, index=raw.index, dtype=object)
    for name in source.keys:
        _, invalid = parse(raw[name], source.column(name).type)
        for mask, code in ((raw[name].isna(), f"missing_{name}"), (invalid, f"invalid_{name}")):
            reason[mask & reason.isna()] = code
    return raw.assign(**{REASON: reason.astype("STRING")})

mutants_x_clean__mutmut['_mutmut_orig'] = x_clean__mutmut_orig # type: ignore # mutmut generated
mutants_x_clean__mutmut['x_clean__mutmut_1'] = x_clean__mutmut_1 # type: ignore # mutmut generated
mutants_x_clean__mutmut['x_clean__mutmut_2'] = x_clean__mutmut_2 # type: ignore # mutmut generated
mutants_x_clean__mutmut['x_clean__mutmut_3'] = x_clean__mutmut_3 # type: ignore # mutmut generated
mutants_x_clean__mutmut['x_clean__mutmut_4'] = x_clean__mutmut_4 # type: ignore # mutmut generated
mutants_x_clean__mutmut['x_clean__mutmut_5'] = x_clean__mutmut_5 # type: ignore # mutmut generated
mutants_x_clean__mutmut['x_clean__mutmut_6'] = x_clean__mutmut_6 # type: ignore # mutmut generated
mutants_x_clean__mutmut['x_clean__mutmut_7'] = x_clean__mutmut_7 # type: ignore # mutmut generated
mutants_x_clean__mutmut['x_clean__mutmut_8'] = x_clean__mutmut_8 # type: ignore # mutmut generated
mutants_x_clean__mutmut['x_clean__mutmut_9'] = x_clean__mutmut_9 # type: ignore # mutmut generated
mutants_x_clean__mutmut['x_clean__mutmut_10'] = x_clean__mutmut_10 # type: ignore # mutmut generated
mutants_x_clean__mutmut['x_clean__mutmut_11'] = x_clean__mutmut_11 # type: ignore # mutmut generated
mutants_x_clean__mutmut['x_clean__mutmut_12'] = x_clean__mutmut_12 # type: ignore # mutmut generated
mutants_x_clean__mutmut['x_clean__mutmut_13'] = x_clean__mutmut_13 # type: ignore # mutmut generated
mutants_x_clean__mutmut['x_clean__mutmut_14'] = x_clean__mutmut_14 # type: ignore # mutmut generated
mutants_x_clean__mutmut['x_clean__mutmut_15'] = x_clean__mutmut_15 # type: ignore # mutmut generated
mutants_x_clean__mutmut['x_clean__mutmut_16'] = x_clean__mutmut_16 # type: ignore # mutmut generated
mutants_x_clean__mutmut['x_clean__mutmut_17'] = x_clean__mutmut_17 # type: ignore # mutmut generated
mutants_x_dedup__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_dedup__mutmut)
def dedup(cleaned, source):
    """Discard rows by the source's rules (web attachments), then collapse identical rows (`duplicate`)."""
    reason = cleaned[REASON].astype(object)
    for column, value, code in source.discard:
        match = cleaned[column].str.lower().eq(value).fillna(False).astype(bool)
        reason[match & reason.isna()] = code
    kept = reason.isna()
    values = [c for c in cleaned.columns if c not in (ROW, REASON)]
    repeated = cleaned.loc[kept, values].duplicated(keep="first")
    reason[repeated.index[repeated]] = "duplicate"
    return cleaned.assign(**{REASON: reason.astype("string")})


def x_dedup__mutmut_orig(cleaned, source):
    """Discard rows by the source's rules (web attachments), then collapse identical rows (`duplicate`)."""
    reason = cleaned[REASON].astype(object)
    for column, value, code in source.discard:
        match = cleaned[column].str.lower().eq(value).fillna(False).astype(bool)
        reason[match & reason.isna()] = code
    kept = reason.isna()
    values = [c for c in cleaned.columns if c not in (ROW, REASON)]
    repeated = cleaned.loc[kept, values].duplicated(keep="first")
    reason[repeated.index[repeated]] = "duplicate"
    return cleaned.assign(**{REASON: reason.astype("string")})


def x_dedup__mutmut_1(cleaned, source):
    """Discard rows by the source's rules (web attachments), then collapse identical rows (`duplicate`)."""
    reason = None
    for column, value, code in source.discard:
        match = cleaned[column].str.lower().eq(value).fillna(False).astype(bool)
        reason[match & reason.isna()] = code
    kept = reason.isna()
    values = [c for c in cleaned.columns if c not in (ROW, REASON)]
    repeated = cleaned.loc[kept, values].duplicated(keep="first")
    reason[repeated.index[repeated]] = "duplicate"
    return cleaned.assign(**{REASON: reason.astype("string")})


def x_dedup__mutmut_2(cleaned, source):
    """Discard rows by the source's rules (web attachments), then collapse identical rows (`duplicate`)."""
    reason = cleaned[REASON].astype(None)
    for column, value, code in source.discard:
        match = cleaned[column].str.lower().eq(value).fillna(False).astype(bool)
        reason[match & reason.isna()] = code
    kept = reason.isna()
    values = [c for c in cleaned.columns if c not in (ROW, REASON)]
    repeated = cleaned.loc[kept, values].duplicated(keep="first")
    reason[repeated.index[repeated]] = "duplicate"
    return cleaned.assign(**{REASON: reason.astype("string")})


def x_dedup__mutmut_3(cleaned, source):
    """Discard rows by the source's rules (web attachments), then collapse identical rows (`duplicate`)."""
    reason = cleaned[REASON].astype(object)
    for column, value, code in source.discard:
        match = None
        reason[match & reason.isna()] = code
    kept = reason.isna()
    values = [c for c in cleaned.columns if c not in (ROW, REASON)]
    repeated = cleaned.loc[kept, values].duplicated(keep="first")
    reason[repeated.index[repeated]] = "duplicate"
    return cleaned.assign(**{REASON: reason.astype("string")})


def x_dedup__mutmut_4(cleaned, source):
    """Discard rows by the source's rules (web attachments), then collapse identical rows (`duplicate`)."""
    reason = cleaned[REASON].astype(object)
    for column, value, code in source.discard:
        match = cleaned[column].str.lower().eq(value).fillna(False).astype(None)
        reason[match & reason.isna()] = code
    kept = reason.isna()
    values = [c for c in cleaned.columns if c not in (ROW, REASON)]
    repeated = cleaned.loc[kept, values].duplicated(keep="first")
    reason[repeated.index[repeated]] = "duplicate"
    return cleaned.assign(**{REASON: reason.astype("string")})


def x_dedup__mutmut_5(cleaned, source):
    """Discard rows by the source's rules (web attachments), then collapse identical rows (`duplicate`)."""
    reason = cleaned[REASON].astype(object)
    for column, value, code in source.discard:
        match = cleaned[column].str.lower().eq(value).fillna(None).astype(bool)
        reason[match & reason.isna()] = code
    kept = reason.isna()
    values = [c for c in cleaned.columns if c not in (ROW, REASON)]
    repeated = cleaned.loc[kept, values].duplicated(keep="first")
    reason[repeated.index[repeated]] = "duplicate"
    return cleaned.assign(**{REASON: reason.astype("string")})


def x_dedup__mutmut_6(cleaned, source):
    """Discard rows by the source's rules (web attachments), then collapse identical rows (`duplicate`)."""
    reason = cleaned[REASON].astype(object)
    for column, value, code in source.discard:
        match = cleaned[column].str.lower().eq(None).fillna(False).astype(bool)
        reason[match & reason.isna()] = code
    kept = reason.isna()
    values = [c for c in cleaned.columns if c not in (ROW, REASON)]
    repeated = cleaned.loc[kept, values].duplicated(keep="first")
    reason[repeated.index[repeated]] = "duplicate"
    return cleaned.assign(**{REASON: reason.astype("string")})


def x_dedup__mutmut_7(cleaned, source):
    """Discard rows by the source's rules (web attachments), then collapse identical rows (`duplicate`)."""
    reason = cleaned[REASON].astype(object)
    for column, value, code in source.discard:
        match = cleaned[column].str.upper().eq(value).fillna(False).astype(bool)
        reason[match & reason.isna()] = code
    kept = reason.isna()
    values = [c for c in cleaned.columns if c not in (ROW, REASON)]
    repeated = cleaned.loc[kept, values].duplicated(keep="first")
    reason[repeated.index[repeated]] = "duplicate"
    return cleaned.assign(**{REASON: reason.astype("string")})


def x_dedup__mutmut_8(cleaned, source):
    """Discard rows by the source's rules (web attachments), then collapse identical rows (`duplicate`)."""
    reason = cleaned[REASON].astype(object)
    for column, value, code in source.discard:
        match = cleaned[column].str.lower().eq(value).fillna(True).astype(bool)
        reason[match & reason.isna()] = code
    kept = reason.isna()
    values = [c for c in cleaned.columns if c not in (ROW, REASON)]
    repeated = cleaned.loc[kept, values].duplicated(keep="first")
    reason[repeated.index[repeated]] = "duplicate"
    return cleaned.assign(**{REASON: reason.astype("string")})


def x_dedup__mutmut_9(cleaned, source):
    """Discard rows by the source's rules (web attachments), then collapse identical rows (`duplicate`)."""
    reason = cleaned[REASON].astype(object)
    for column, value, code in source.discard:
        match = cleaned[column].str.lower().eq(value).fillna(False).astype(bool)
        reason[match & reason.isna()] = None
    kept = reason.isna()
    values = [c for c in cleaned.columns if c not in (ROW, REASON)]
    repeated = cleaned.loc[kept, values].duplicated(keep="first")
    reason[repeated.index[repeated]] = "duplicate"
    return cleaned.assign(**{REASON: reason.astype("string")})


def x_dedup__mutmut_10(cleaned, source):
    """Discard rows by the source's rules (web attachments), then collapse identical rows (`duplicate`)."""
    reason = cleaned[REASON].astype(object)
    for column, value, code in source.discard:
        match = cleaned[column].str.lower().eq(value).fillna(False).astype(bool)
        reason[match | reason.isna()] = code
    kept = reason.isna()
    values = [c for c in cleaned.columns if c not in (ROW, REASON)]
    repeated = cleaned.loc[kept, values].duplicated(keep="first")
    reason[repeated.index[repeated]] = "duplicate"
    return cleaned.assign(**{REASON: reason.astype("string")})


def x_dedup__mutmut_11(cleaned, source):
    """Discard rows by the source's rules (web attachments), then collapse identical rows (`duplicate`)."""
    reason = cleaned[REASON].astype(object)
    for column, value, code in source.discard:
        match = cleaned[column].str.lower().eq(value).fillna(False).astype(bool)
        reason[match & reason.isna()] = code
    kept = None
    values = [c for c in cleaned.columns if c not in (ROW, REASON)]
    repeated = cleaned.loc[kept, values].duplicated(keep="first")
    reason[repeated.index[repeated]] = "duplicate"
    return cleaned.assign(**{REASON: reason.astype("string")})


def x_dedup__mutmut_12(cleaned, source):
    """Discard rows by the source's rules (web attachments), then collapse identical rows (`duplicate`)."""
    reason = cleaned[REASON].astype(object)
    for column, value, code in source.discard:
        match = cleaned[column].str.lower().eq(value).fillna(False).astype(bool)
        reason[match & reason.isna()] = code
    kept = reason.isna()
    values = None
    repeated = cleaned.loc[kept, values].duplicated(keep="first")
    reason[repeated.index[repeated]] = "duplicate"
    return cleaned.assign(**{REASON: reason.astype("string")})


def x_dedup__mutmut_13(cleaned, source):
    """Discard rows by the source's rules (web attachments), then collapse identical rows (`duplicate`)."""
    reason = cleaned[REASON].astype(object)
    for column, value, code in source.discard:
        match = cleaned[column].str.lower().eq(value).fillna(False).astype(bool)
        reason[match & reason.isna()] = code
    kept = reason.isna()
    values = [c for c in cleaned.columns if c in (ROW, REASON)]
    repeated = cleaned.loc[kept, values].duplicated(keep="first")
    reason[repeated.index[repeated]] = "duplicate"
    return cleaned.assign(**{REASON: reason.astype("string")})


def x_dedup__mutmut_14(cleaned, source):
    """Discard rows by the source's rules (web attachments), then collapse identical rows (`duplicate`)."""
    reason = cleaned[REASON].astype(object)
    for column, value, code in source.discard:
        match = cleaned[column].str.lower().eq(value).fillna(False).astype(bool)
        reason[match & reason.isna()] = code
    kept = reason.isna()
    values = [c for c in cleaned.columns if c not in (ROW, REASON)]
    repeated = None
    reason[repeated.index[repeated]] = "duplicate"
    return cleaned.assign(**{REASON: reason.astype("string")})


def x_dedup__mutmut_15(cleaned, source):
    """Discard rows by the source's rules (web attachments), then collapse identical rows (`duplicate`)."""
    reason = cleaned[REASON].astype(object)
    for column, value, code in source.discard:
        match = cleaned[column].str.lower().eq(value).fillna(False).astype(bool)
        reason[match & reason.isna()] = code
    kept = reason.isna()
    values = [c for c in cleaned.columns if c not in (ROW, REASON)]
    repeated = cleaned.loc[kept, values].duplicated(keep=None)
    reason[repeated.index[repeated]] = "duplicate"
    return cleaned.assign(**{REASON: reason.astype("string")})


def x_dedup__mutmut_16(cleaned, source):
    """Discard rows by the source's rules (web attachments), then collapse identical rows (`duplicate`)."""
    reason = cleaned[REASON].astype(object)
    for column, value, code in source.discard:
        match = cleaned[column].str.lower().eq(value).fillna(False).astype(bool)
        reason[match & reason.isna()] = code
    kept = reason.isna()
    values = [c for c in cleaned.columns if c not in (ROW, REASON)]
    repeated = cleaned.loc[kept, values].duplicated(keep="XXfirstXX")
    reason[repeated.index[repeated]] = "duplicate"
    return cleaned.assign(**{REASON: reason.astype("string")})


def x_dedup__mutmut_17(cleaned, source):
    """Discard rows by the source's rules (web attachments), then collapse identical rows (`duplicate`)."""
    reason = cleaned[REASON].astype(object)
    for column, value, code in source.discard:
        match = cleaned[column].str.lower().eq(value).fillna(False).astype(bool)
        reason[match & reason.isna()] = code
    kept = reason.isna()
    values = [c for c in cleaned.columns if c not in (ROW, REASON)]
    repeated = cleaned.loc[kept, values].duplicated(keep="FIRST")
    reason[repeated.index[repeated]] = "duplicate"
    return cleaned.assign(**{REASON: reason.astype("string")})


def x_dedup__mutmut_18(cleaned, source):
    """Discard rows by the source's rules (web attachments), then collapse identical rows (`duplicate`)."""
    reason = cleaned[REASON].astype(object)
    for column, value, code in source.discard:
        match = cleaned[column].str.lower().eq(value).fillna(False).astype(bool)
        reason[match & reason.isna()] = code
    kept = reason.isna()
    values = [c for c in cleaned.columns if c not in (ROW, REASON)]
    repeated = cleaned.loc[kept, values].duplicated(keep="first")
    reason[repeated.index[repeated]] = None
    return cleaned.assign(**{REASON: reason.astype("string")})


def x_dedup__mutmut_19(cleaned, source):
    """Discard rows by the source's rules (web attachments), then collapse identical rows (`duplicate`)."""
    reason = cleaned[REASON].astype(object)
    for column, value, code in source.discard:
        match = cleaned[column].str.lower().eq(value).fillna(False).astype(bool)
        reason[match & reason.isna()] = code
    kept = reason.isna()
    values = [c for c in cleaned.columns if c not in (ROW, REASON)]
    repeated = cleaned.loc[kept, values].duplicated(keep="first")
    reason[repeated.index[repeated]] = "XXduplicateXX"
    return cleaned.assign(**{REASON: reason.astype("string")})


def x_dedup__mutmut_20(cleaned, source):
    """Discard rows by the source's rules (web attachments), then collapse identical rows (`duplicate`)."""
    reason = cleaned[REASON].astype(object)
    for column, value, code in source.discard:
        match = cleaned[column].str.lower().eq(value).fillna(False).astype(bool)
        reason[match & reason.isna()] = code
    kept = reason.isna()
    values = [c for c in cleaned.columns if c not in (ROW, REASON)]
    repeated = cleaned.loc[kept, values].duplicated(keep="first")
    reason[repeated.index[repeated]] = "DUPLICATE"
    return cleaned.assign(**{REASON: reason.astype("string")})


def x_dedup__mutmut_21(cleaned, source):
    """Discard rows by the source's rules (web attachments), then collapse identical rows (`duplicate`)."""
    reason = cleaned[REASON].astype(object)
    for column, value, code in source.discard:
        match = cleaned[column].str.lower().eq(value).fillna(False).astype(bool)
        reason[match & reason.isna()] = code
    kept = reason.isna()
    values = [c for c in cleaned.columns if c not in (ROW, REASON)]
    repeated = cleaned.loc[kept, values].duplicated(keep="first")
    reason[repeated.index[repeated]] = "duplicate"
    return cleaned.assign(**{REASON: reason.astype(None)})


def x_dedup__mutmut_22(cleaned, source):
    """Discard rows by the source's rules (web attachments), then collapse identical rows (`duplicate`)."""
    reason = cleaned[REASON].astype(object)
    for column, value, code in source.discard:
        match = cleaned[column].str.lower().eq(value).fillna(False).astype(bool)
        reason[match & reason.isna()] = code
    kept = reason.isna()
    values = [c for c in cleaned.columns if c not in (ROW, REASON)]
    repeated = cleaned.loc[kept, values].duplicated(keep="first")
    reason[repeated.index[repeated]] = "duplicate"
    return cleaned.assign(**{REASON: reason.astype("XXstringXX")})


def x_dedup__mutmut_23(cleaned, source):
    """Discard rows by the source's rules (web attachments), then collapse identical rows (`duplicate`)."""
    reason = cleaned[REASON].astype(object)
    for column, value, code in source.discard:
        match = cleaned[column].str.lower().eq(value).fillna(False).astype(bool)
        reason[match & reason.isna()] = code
    kept = reason.isna()
    values = [c for c in cleaned.columns if c not in (ROW, REASON)]
    repeated = cleaned.loc[kept, values].duplicated(keep="first")
    reason[repeated.index[repeated]] = "duplicate"
    return cleaned.assign(**{REASON: reason.astype("STRING")})

mutants_x_dedup__mutmut['_mutmut_orig'] = x_dedup__mutmut_orig # type: ignore # mutmut generated
mutants_x_dedup__mutmut['x_dedup__mutmut_1'] = x_dedup__mutmut_1 # type: ignore # mutmut generated
mutants_x_dedup__mutmut['x_dedup__mutmut_2'] = x_dedup__mutmut_2 # type: ignore # mutmut generated
mutants_x_dedup__mutmut['x_dedup__mutmut_3'] = x_dedup__mutmut_3 # type: ignore # mutmut generated
mutants_x_dedup__mutmut['x_dedup__mutmut_4'] = x_dedup__mutmut_4 # type: ignore # mutmut generated
mutants_x_dedup__mutmut['x_dedup__mutmut_5'] = x_dedup__mutmut_5 # type: ignore # mutmut generated
mutants_x_dedup__mutmut['x_dedup__mutmut_6'] = x_dedup__mutmut_6 # type: ignore # mutmut generated
mutants_x_dedup__mutmut['x_dedup__mutmut_7'] = x_dedup__mutmut_7 # type: ignore # mutmut generated
mutants_x_dedup__mutmut['x_dedup__mutmut_8'] = x_dedup__mutmut_8 # type: ignore # mutmut generated
mutants_x_dedup__mutmut['x_dedup__mutmut_9'] = x_dedup__mutmut_9 # type: ignore # mutmut generated
mutants_x_dedup__mutmut['x_dedup__mutmut_10'] = x_dedup__mutmut_10 # type: ignore # mutmut generated
mutants_x_dedup__mutmut['x_dedup__mutmut_11'] = x_dedup__mutmut_11 # type: ignore # mutmut generated
mutants_x_dedup__mutmut['x_dedup__mutmut_12'] = x_dedup__mutmut_12 # type: ignore # mutmut generated
mutants_x_dedup__mutmut['x_dedup__mutmut_13'] = x_dedup__mutmut_13 # type: ignore # mutmut generated
mutants_x_dedup__mutmut['x_dedup__mutmut_14'] = x_dedup__mutmut_14 # type: ignore # mutmut generated
mutants_x_dedup__mutmut['x_dedup__mutmut_15'] = x_dedup__mutmut_15 # type: ignore # mutmut generated
mutants_x_dedup__mutmut['x_dedup__mutmut_16'] = x_dedup__mutmut_16 # type: ignore # mutmut generated
mutants_x_dedup__mutmut['x_dedup__mutmut_17'] = x_dedup__mutmut_17 # type: ignore # mutmut generated
mutants_x_dedup__mutmut['x_dedup__mutmut_18'] = x_dedup__mutmut_18 # type: ignore # mutmut generated
mutants_x_dedup__mutmut['x_dedup__mutmut_19'] = x_dedup__mutmut_19 # type: ignore # mutmut generated
mutants_x_dedup__mutmut['x_dedup__mutmut_20'] = x_dedup__mutmut_20 # type: ignore # mutmut generated
mutants_x_dedup__mutmut['x_dedup__mutmut_21'] = x_dedup__mutmut_21 # type: ignore # mutmut generated
mutants_x_dedup__mutmut['x_dedup__mutmut_22'] = x_dedup__mutmut_22 # type: ignore # mutmut generated
mutants_x_dedup__mutmut['x_dedup__mutmut_23'] = x_dedup__mutmut_23 # type: ignore # mutmut generated
mutants_x_triage__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_triage__mutmut)
def triage(raw, source):
    """clean then dedup: every raw row, each kept one with an empty reason."""
    return dedup(clean(raw, source), source)


def x_triage__mutmut_orig(raw, source):
    """clean then dedup: every raw row, each kept one with an empty reason."""
    return dedup(clean(raw, source), source)


def x_triage__mutmut_1(raw, source):
    """clean then dedup: every raw row, each kept one with an empty reason."""
    return dedup(None, source)


def x_triage__mutmut_2(raw, source):
    """clean then dedup: every raw row, each kept one with an empty reason."""
    return dedup(clean(raw, source), None)


def x_triage__mutmut_3(raw, source):
    """clean then dedup: every raw row, each kept one with an empty reason."""
    return dedup(source)


def x_triage__mutmut_4(raw, source):
    """clean then dedup: every raw row, each kept one with an empty reason."""
    return dedup(clean(raw, source), )


def x_triage__mutmut_5(raw, source):
    """clean then dedup: every raw row, each kept one with an empty reason."""
    return dedup(clean(None, source), source)


def x_triage__mutmut_6(raw, source):
    """clean then dedup: every raw row, each kept one with an empty reason."""
    return dedup(clean(raw, None), source)


def x_triage__mutmut_7(raw, source):
    """clean then dedup: every raw row, each kept one with an empty reason."""
    return dedup(clean(source), source)


def x_triage__mutmut_8(raw, source):
    """clean then dedup: every raw row, each kept one with an empty reason."""
    return dedup(clean(raw, ), source)

mutants_x_triage__mutmut['_mutmut_orig'] = x_triage__mutmut_orig # type: ignore # mutmut generated
mutants_x_triage__mutmut['x_triage__mutmut_1'] = x_triage__mutmut_1 # type: ignore # mutmut generated
mutants_x_triage__mutmut['x_triage__mutmut_2'] = x_triage__mutmut_2 # type: ignore # mutmut generated
mutants_x_triage__mutmut['x_triage__mutmut_3'] = x_triage__mutmut_3 # type: ignore # mutmut generated
mutants_x_triage__mutmut['x_triage__mutmut_4'] = x_triage__mutmut_4 # type: ignore # mutmut generated
mutants_x_triage__mutmut['x_triage__mutmut_5'] = x_triage__mutmut_5 # type: ignore # mutmut generated
mutants_x_triage__mutmut['x_triage__mutmut_6'] = x_triage__mutmut_6 # type: ignore # mutmut generated
mutants_x_triage__mutmut['x_triage__mutmut_7'] = x_triage__mutmut_7 # type: ignore # mutmut generated
mutants_x_triage__mutmut['x_triage__mutmut_8'] = x_triage__mutmut_8 # type: ignore # mutmut generated
mutants_x_kept__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_kept__mutmut)
def kept(triaged):
    return triaged[triaged[REASON].isna()].drop(columns=REASON)


def x_kept__mutmut_orig(triaged):
    return triaged[triaged[REASON].isna()].drop(columns=REASON)


def x_kept__mutmut_1(triaged):
    return triaged[triaged[REASON].isna()].drop(columns=None)

mutants_x_kept__mutmut['_mutmut_orig'] = x_kept__mutmut_orig # type: ignore # mutmut generated
mutants_x_kept__mutmut['x_kept__mutmut_1'] = x_kept__mutmut_1 # type: ignore # mutmut generated
mutants_x_typed__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_typed__mutmut)
def typed(rows, source):
    """Contract columns converted to their types (call after the quality gate has passed)."""
    return rows.assign(**{c.name: parse(rows[c.name], c.type)[0] for c in source.columns})


def x_typed__mutmut_orig(rows, source):
    """Contract columns converted to their types (call after the quality gate has passed)."""
    return rows.assign(**{c.name: parse(rows[c.name], c.type)[0] for c in source.columns})


def x_typed__mutmut_1(rows, source):
    """Contract columns converted to their types (call after the quality gate has passed)."""
    return rows.assign(**{c.name: parse(None, c.type)[0] for c in source.columns})


def x_typed__mutmut_2(rows, source):
    """Contract columns converted to their types (call after the quality gate has passed)."""
    return rows.assign(**{c.name: parse(rows[c.name], None)[0] for c in source.columns})


def x_typed__mutmut_3(rows, source):
    """Contract columns converted to their types (call after the quality gate has passed)."""
    return rows.assign(**{c.name: parse(c.type)[0] for c in source.columns})


def x_typed__mutmut_4(rows, source):
    """Contract columns converted to their types (call after the quality gate has passed)."""
    return rows.assign(**{c.name: parse(rows[c.name], )[0] for c in source.columns})


def x_typed__mutmut_5(rows, source):
    """Contract columns converted to their types (call after the quality gate has passed)."""
    return rows.assign(**{c.name: parse(rows[c.name], c.type)[1] for c in source.columns})

mutants_x_typed__mutmut['_mutmut_orig'] = x_typed__mutmut_orig # type: ignore # mutmut generated
mutants_x_typed__mutmut['x_typed__mutmut_1'] = x_typed__mutmut_1 # type: ignore # mutmut generated
mutants_x_typed__mutmut['x_typed__mutmut_2'] = x_typed__mutmut_2 # type: ignore # mutmut generated
mutants_x_typed__mutmut['x_typed__mutmut_3'] = x_typed__mutmut_3 # type: ignore # mutmut generated
mutants_x_typed__mutmut['x_typed__mutmut_4'] = x_typed__mutmut_4 # type: ignore # mutmut generated
mutants_x_typed__mutmut['x_typed__mutmut_5'] = x_typed__mutmut_5 # type: ignore # mutmut generated
mutants_x_merge__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_merge__mutmut)
def merge(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "link_row"}), on="product_id", how="inner")
        .merge(web.rename(columns={ROW: "web_row"}), left_on="id_web", right_on="sku", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_orig(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "link_row"}), on="product_id", how="inner")
        .merge(web.rename(columns={ROW: "web_row"}), left_on="id_web", right_on="sku", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_1(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = None
    return merged.reset_index(drop=True)


def x_merge__mutmut_2(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "link_row"}), on="product_id", how="inner")
        .merge(None, left_on="id_web", right_on="sku", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_3(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "link_row"}), on="product_id", how="inner")
        .merge(web.rename(columns={ROW: "web_row"}), left_on=None, right_on="sku", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_4(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "link_row"}), on="product_id", how="inner")
        .merge(web.rename(columns={ROW: "web_row"}), left_on="id_web", right_on=None, how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_5(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "link_row"}), on="product_id", how="inner")
        .merge(web.rename(columns={ROW: "web_row"}), left_on="id_web", right_on="sku", how=None)
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_6(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "link_row"}), on="product_id", how="inner")
        .merge(left_on="id_web", right_on="sku", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_7(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "link_row"}), on="product_id", how="inner")
        .merge(web.rename(columns={ROW: "web_row"}), right_on="sku", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_8(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "link_row"}), on="product_id", how="inner")
        .merge(web.rename(columns={ROW: "web_row"}), left_on="id_web", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_9(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "link_row"}), on="product_id", how="inner")
        .merge(web.rename(columns={ROW: "web_row"}), left_on="id_web", right_on="sku", )
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_10(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(None, on="product_id", how="inner")
        .merge(web.rename(columns={ROW: "web_row"}), left_on="id_web", right_on="sku", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_11(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "link_row"}), on=None, how="inner")
        .merge(web.rename(columns={ROW: "web_row"}), left_on="id_web", right_on="sku", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_12(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "link_row"}), on="product_id", how=None)
        .merge(web.rename(columns={ROW: "web_row"}), left_on="id_web", right_on="sku", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_13(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(on="product_id", how="inner")
        .merge(web.rename(columns={ROW: "web_row"}), left_on="id_web", right_on="sku", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_14(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "link_row"}), how="inner")
        .merge(web.rename(columns={ROW: "web_row"}), left_on="id_web", right_on="sku", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_15(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "link_row"}), on="product_id", )
        .merge(web.rename(columns={ROW: "web_row"}), left_on="id_web", right_on="sku", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_16(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns=None)
        .merge(link.rename(columns={ROW: "link_row"}), on="product_id", how="inner")
        .merge(web.rename(columns={ROW: "web_row"}), left_on="id_web", right_on="sku", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_17(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "XXerp_rowXX"})
        .merge(link.rename(columns={ROW: "link_row"}), on="product_id", how="inner")
        .merge(web.rename(columns={ROW: "web_row"}), left_on="id_web", right_on="sku", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_18(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "ERP_ROW"})
        .merge(link.rename(columns={ROW: "link_row"}), on="product_id", how="inner")
        .merge(web.rename(columns={ROW: "web_row"}), left_on="id_web", right_on="sku", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_19(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns=None), on="product_id", how="inner")
        .merge(web.rename(columns={ROW: "web_row"}), left_on="id_web", right_on="sku", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_20(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "XXlink_rowXX"}), on="product_id", how="inner")
        .merge(web.rename(columns={ROW: "web_row"}), left_on="id_web", right_on="sku", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_21(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "LINK_ROW"}), on="product_id", how="inner")
        .merge(web.rename(columns={ROW: "web_row"}), left_on="id_web", right_on="sku", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_22(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "link_row"}), on="XXproduct_idXX", how="inner")
        .merge(web.rename(columns={ROW: "web_row"}), left_on="id_web", right_on="sku", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_23(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "link_row"}), on="PRODUCT_ID", how="inner")
        .merge(web.rename(columns={ROW: "web_row"}), left_on="id_web", right_on="sku", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_24(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "link_row"}), on="product_id", how="XXinnerXX")
        .merge(web.rename(columns={ROW: "web_row"}), left_on="id_web", right_on="sku", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_25(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "link_row"}), on="product_id", how="INNER")
        .merge(web.rename(columns={ROW: "web_row"}), left_on="id_web", right_on="sku", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_26(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "link_row"}), on="product_id", how="inner")
        .merge(web.rename(columns=None), left_on="id_web", right_on="sku", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_27(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "link_row"}), on="product_id", how="inner")
        .merge(web.rename(columns={ROW: "XXweb_rowXX"}), left_on="id_web", right_on="sku", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_28(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "link_row"}), on="product_id", how="inner")
        .merge(web.rename(columns={ROW: "WEB_ROW"}), left_on="id_web", right_on="sku", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_29(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "link_row"}), on="product_id", how="inner")
        .merge(web.rename(columns={ROW: "web_row"}), left_on="XXid_webXX", right_on="sku", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_30(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "link_row"}), on="product_id", how="inner")
        .merge(web.rename(columns={ROW: "web_row"}), left_on="ID_WEB", right_on="sku", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_31(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "link_row"}), on="product_id", how="inner")
        .merge(web.rename(columns={ROW: "web_row"}), left_on="id_web", right_on="XXskuXX", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_32(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "link_row"}), on="product_id", how="inner")
        .merge(web.rename(columns={ROW: "web_row"}), left_on="id_web", right_on="SKU", how="inner")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_33(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "link_row"}), on="product_id", how="inner")
        .merge(web.rename(columns={ROW: "web_row"}), left_on="id_web", right_on="sku", how="XXinnerXX")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_34(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "link_row"}), on="product_id", how="inner")
        .merge(web.rename(columns={ROW: "web_row"}), left_on="id_web", right_on="sku", how="INNER")
    )
    return merged.reset_index(drop=True)


def x_merge__mutmut_35(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "link_row"}), on="product_id", how="inner")
        .merge(web.rename(columns={ROW: "web_row"}), left_on="id_web", right_on="sku", how="inner")
    )
    return merged.reset_index(drop=None)


def x_merge__mutmut_36(erp, link, web):
    """ERP ⋈ link on product_id, ⋈ web on id_web = sku (inner joins); row numbers kept per source."""
    merged = (
        erp.rename(columns={ROW: "erp_row"})
        .merge(link.rename(columns={ROW: "link_row"}), on="product_id", how="inner")
        .merge(web.rename(columns={ROW: "web_row"}), left_on="id_web", right_on="sku", how="inner")
    )
    return merged.reset_index(drop=False)

mutants_x_merge__mutmut['_mutmut_orig'] = x_merge__mutmut_orig # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_1'] = x_merge__mutmut_1 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_2'] = x_merge__mutmut_2 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_3'] = x_merge__mutmut_3 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_4'] = x_merge__mutmut_4 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_5'] = x_merge__mutmut_5 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_6'] = x_merge__mutmut_6 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_7'] = x_merge__mutmut_7 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_8'] = x_merge__mutmut_8 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_9'] = x_merge__mutmut_9 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_10'] = x_merge__mutmut_10 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_11'] = x_merge__mutmut_11 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_12'] = x_merge__mutmut_12 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_13'] = x_merge__mutmut_13 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_14'] = x_merge__mutmut_14 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_15'] = x_merge__mutmut_15 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_16'] = x_merge__mutmut_16 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_17'] = x_merge__mutmut_17 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_18'] = x_merge__mutmut_18 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_19'] = x_merge__mutmut_19 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_20'] = x_merge__mutmut_20 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_21'] = x_merge__mutmut_21 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_22'] = x_merge__mutmut_22 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_23'] = x_merge__mutmut_23 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_24'] = x_merge__mutmut_24 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_25'] = x_merge__mutmut_25 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_26'] = x_merge__mutmut_26 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_27'] = x_merge__mutmut_27 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_28'] = x_merge__mutmut_28 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_29'] = x_merge__mutmut_29 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_30'] = x_merge__mutmut_30 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_31'] = x_merge__mutmut_31 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_32'] = x_merge__mutmut_32 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_33'] = x_merge__mutmut_33 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_34'] = x_merge__mutmut_34 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_35'] = x_merge__mutmut_35 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_36'] = x_merge__mutmut_36 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_sales_cents__mutmut)
def sales_cents(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_orig(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_1(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = None
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_2(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype=None), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_3(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="XXfloat64XX"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_4(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="FLOAT64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_5(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype=None)
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_6(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="XXfloat64XX")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_7(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="FLOAT64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_8(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = None
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_9(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(None), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_10(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t / 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_11(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10001), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_12(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(None)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_13(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p / 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_14(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10001)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_15(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = None
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_16(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) | (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_17(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) | (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_18(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(None) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_19(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 + t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_20(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t / 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_21(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10001 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_22(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) <= 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_23(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1.000001) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_24(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(None) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_25(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 + p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_26(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p / 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_27(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10001 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_28(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) <= 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_29(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1.000001) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_30(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(None) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_31(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 / p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_32(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) <= 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_33(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2 * 62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_34(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 3**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_35(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**63)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_36(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = None
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_37(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) / p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_38(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(None) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_39(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(None)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_40(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = None
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_41(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) / ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_42(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(None) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_43(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) / 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_44(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) - 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_45(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(None) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_46(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500001) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_47(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1000001)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_48(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(None, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_49(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=None, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_50(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype=None)
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_51(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_52(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_53(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, )
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_54(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="XXint64XX")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_55(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="INT64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_56(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = None
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_57(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal(None)
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_58(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("XX0.01XX")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_59(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = None
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_60(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int(None) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_61(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) / 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_62(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(None, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_63(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, None) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_64(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_65(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_66(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) / Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_67(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(None) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_68(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(None)) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_69(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(None))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_70(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(None)).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_71(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(None))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_72(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(None)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_73(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 101) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_74(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(None, p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_75(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, None)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_76(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(p)]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_77(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, )]
    return pd.Series(values, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_78(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(None, index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_79(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=None, dtype="int64")


def x_sales_cents__mutmut_80(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype=None)


def x_sales_cents__mutmut_81(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(index=total_sales.index, dtype="int64")


def x_sales_cents__mutmut_82(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, dtype="int64")


def x_sales_cents__mutmut_83(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, )


def x_sales_cents__mutmut_84(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="XXint64XX")


def x_sales_cents__mutmut_85(total_sales, price):
    """round(total_sales × price, 2) in integer cents, half away from zero, computed exactly."""
    t, p = total_sales.to_numpy(dtype="float64"), price.to_numpy(dtype="float64")
    t4, p4 = np.rint(t * 10_000), np.rint(p * 10_000)
    exact = (np.abs(t * 10_000 - t4) < 1e-6) & (np.abs(p * 10_000 - p4) < 1e-6) & (np.abs(t4 * p4) < 2**62)
    if exact.all():  # both have at most 4 decimals: integer arithmetic in 1e-8 €
        units = t4.astype(np.int64) * p4.astype(np.int64)
        cents = np.sign(units) * ((np.abs(units) + 500_000) // 1_000_000)
        return pd.Series(cents, index=total_sales.index, dtype="int64")
    cent = Decimal("0.01")
    values = [int((Decimal(str(float(a))) * Decimal(str(float(b)))).quantize(cent, ROUND_HALF_UP) * 100) for a, b in zip(t, p)]
    return pd.Series(values, index=total_sales.index, dtype="INT64")

mutants_x_sales_cents__mutmut['_mutmut_orig'] = x_sales_cents__mutmut_orig # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_1'] = x_sales_cents__mutmut_1 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_2'] = x_sales_cents__mutmut_2 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_3'] = x_sales_cents__mutmut_3 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_4'] = x_sales_cents__mutmut_4 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_5'] = x_sales_cents__mutmut_5 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_6'] = x_sales_cents__mutmut_6 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_7'] = x_sales_cents__mutmut_7 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_8'] = x_sales_cents__mutmut_8 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_9'] = x_sales_cents__mutmut_9 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_10'] = x_sales_cents__mutmut_10 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_11'] = x_sales_cents__mutmut_11 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_12'] = x_sales_cents__mutmut_12 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_13'] = x_sales_cents__mutmut_13 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_14'] = x_sales_cents__mutmut_14 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_15'] = x_sales_cents__mutmut_15 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_16'] = x_sales_cents__mutmut_16 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_17'] = x_sales_cents__mutmut_17 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_18'] = x_sales_cents__mutmut_18 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_19'] = x_sales_cents__mutmut_19 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_20'] = x_sales_cents__mutmut_20 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_21'] = x_sales_cents__mutmut_21 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_22'] = x_sales_cents__mutmut_22 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_23'] = x_sales_cents__mutmut_23 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_24'] = x_sales_cents__mutmut_24 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_25'] = x_sales_cents__mutmut_25 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_26'] = x_sales_cents__mutmut_26 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_27'] = x_sales_cents__mutmut_27 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_28'] = x_sales_cents__mutmut_28 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_29'] = x_sales_cents__mutmut_29 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_30'] = x_sales_cents__mutmut_30 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_31'] = x_sales_cents__mutmut_31 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_32'] = x_sales_cents__mutmut_32 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_33'] = x_sales_cents__mutmut_33 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_34'] = x_sales_cents__mutmut_34 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_35'] = x_sales_cents__mutmut_35 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_36'] = x_sales_cents__mutmut_36 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_37'] = x_sales_cents__mutmut_37 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_38'] = x_sales_cents__mutmut_38 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_39'] = x_sales_cents__mutmut_39 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_40'] = x_sales_cents__mutmut_40 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_41'] = x_sales_cents__mutmut_41 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_42'] = x_sales_cents__mutmut_42 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_43'] = x_sales_cents__mutmut_43 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_44'] = x_sales_cents__mutmut_44 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_45'] = x_sales_cents__mutmut_45 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_46'] = x_sales_cents__mutmut_46 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_47'] = x_sales_cents__mutmut_47 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_48'] = x_sales_cents__mutmut_48 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_49'] = x_sales_cents__mutmut_49 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_50'] = x_sales_cents__mutmut_50 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_51'] = x_sales_cents__mutmut_51 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_52'] = x_sales_cents__mutmut_52 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_53'] = x_sales_cents__mutmut_53 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_54'] = x_sales_cents__mutmut_54 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_55'] = x_sales_cents__mutmut_55 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_56'] = x_sales_cents__mutmut_56 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_57'] = x_sales_cents__mutmut_57 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_58'] = x_sales_cents__mutmut_58 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_59'] = x_sales_cents__mutmut_59 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_60'] = x_sales_cents__mutmut_60 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_61'] = x_sales_cents__mutmut_61 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_62'] = x_sales_cents__mutmut_62 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_63'] = x_sales_cents__mutmut_63 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_64'] = x_sales_cents__mutmut_64 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_65'] = x_sales_cents__mutmut_65 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_66'] = x_sales_cents__mutmut_66 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_67'] = x_sales_cents__mutmut_67 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_68'] = x_sales_cents__mutmut_68 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_69'] = x_sales_cents__mutmut_69 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_70'] = x_sales_cents__mutmut_70 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_71'] = x_sales_cents__mutmut_71 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_72'] = x_sales_cents__mutmut_72 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_73'] = x_sales_cents__mutmut_73 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_74'] = x_sales_cents__mutmut_74 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_75'] = x_sales_cents__mutmut_75 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_76'] = x_sales_cents__mutmut_76 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_77'] = x_sales_cents__mutmut_77 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_78'] = x_sales_cents__mutmut_78 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_79'] = x_sales_cents__mutmut_79 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_80'] = x_sales_cents__mutmut_80 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_81'] = x_sales_cents__mutmut_81 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_82'] = x_sales_cents__mutmut_82 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_83'] = x_sales_cents__mutmut_83 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_84'] = x_sales_cents__mutmut_84 # type: ignore # mutmut generated
mutants_x_sales_cents__mutmut['x_sales_cents__mutmut_85'] = x_sales_cents__mutmut_85 # type: ignore # mutmut generated
mutants_x_add_sales__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_add_sales__mutmut)
def add_sales(merged):
    """sales_product = round(total_sales × price, 2), per product."""
    return merged.assign(sales_product=sales_cents(merged["total_sales"], merged["price"]) / 100)


def x_add_sales__mutmut_orig(merged):
    """sales_product = round(total_sales × price, 2), per product."""
    return merged.assign(sales_product=sales_cents(merged["total_sales"], merged["price"]) / 100)


def x_add_sales__mutmut_1(merged):
    """sales_product = round(total_sales × price, 2), per product."""
    return merged.assign(sales_product=None)


def x_add_sales__mutmut_2(merged):
    """sales_product = round(total_sales × price, 2), per product."""
    return merged.assign(sales_product=sales_cents(merged["total_sales"], merged["price"]) * 100)


def x_add_sales__mutmut_3(merged):
    """sales_product = round(total_sales × price, 2), per product."""
    return merged.assign(sales_product=sales_cents(None, merged["price"]) / 100)


def x_add_sales__mutmut_4(merged):
    """sales_product = round(total_sales × price, 2), per product."""
    return merged.assign(sales_product=sales_cents(merged["total_sales"], None) / 100)


def x_add_sales__mutmut_5(merged):
    """sales_product = round(total_sales × price, 2), per product."""
    return merged.assign(sales_product=sales_cents(merged["price"]) / 100)


def x_add_sales__mutmut_6(merged):
    """sales_product = round(total_sales × price, 2), per product."""
    return merged.assign(sales_product=sales_cents(merged["total_sales"], ) / 100)


def x_add_sales__mutmut_7(merged):
    """sales_product = round(total_sales × price, 2), per product."""
    return merged.assign(sales_product=sales_cents(merged["XXtotal_salesXX"], merged["price"]) / 100)


def x_add_sales__mutmut_8(merged):
    """sales_product = round(total_sales × price, 2), per product."""
    return merged.assign(sales_product=sales_cents(merged["TOTAL_SALES"], merged["price"]) / 100)


def x_add_sales__mutmut_9(merged):
    """sales_product = round(total_sales × price, 2), per product."""
    return merged.assign(sales_product=sales_cents(merged["total_sales"], merged["XXpriceXX"]) / 100)


def x_add_sales__mutmut_10(merged):
    """sales_product = round(total_sales × price, 2), per product."""
    return merged.assign(sales_product=sales_cents(merged["total_sales"], merged["PRICE"]) / 100)


def x_add_sales__mutmut_11(merged):
    """sales_product = round(total_sales × price, 2), per product."""
    return merged.assign(sales_product=sales_cents(merged["total_sales"], merged["price"]) / 101)

mutants_x_add_sales__mutmut['_mutmut_orig'] = x_add_sales__mutmut_orig # type: ignore # mutmut generated
mutants_x_add_sales__mutmut['x_add_sales__mutmut_1'] = x_add_sales__mutmut_1 # type: ignore # mutmut generated
mutants_x_add_sales__mutmut['x_add_sales__mutmut_2'] = x_add_sales__mutmut_2 # type: ignore # mutmut generated
mutants_x_add_sales__mutmut['x_add_sales__mutmut_3'] = x_add_sales__mutmut_3 # type: ignore # mutmut generated
mutants_x_add_sales__mutmut['x_add_sales__mutmut_4'] = x_add_sales__mutmut_4 # type: ignore # mutmut generated
mutants_x_add_sales__mutmut['x_add_sales__mutmut_5'] = x_add_sales__mutmut_5 # type: ignore # mutmut generated
mutants_x_add_sales__mutmut['x_add_sales__mutmut_6'] = x_add_sales__mutmut_6 # type: ignore # mutmut generated
mutants_x_add_sales__mutmut['x_add_sales__mutmut_7'] = x_add_sales__mutmut_7 # type: ignore # mutmut generated
mutants_x_add_sales__mutmut['x_add_sales__mutmut_8'] = x_add_sales__mutmut_8 # type: ignore # mutmut generated
mutants_x_add_sales__mutmut['x_add_sales__mutmut_9'] = x_add_sales__mutmut_9 # type: ignore # mutmut generated
mutants_x_add_sales__mutmut['x_add_sales__mutmut_10'] = x_add_sales__mutmut_10 # type: ignore # mutmut generated
mutants_x_add_sales__mutmut['x_add_sales__mutmut_11'] = x_add_sales__mutmut_11 # type: ignore # mutmut generated
mutants_x_total_revenue__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_total_revenue__mutmut)
def total_revenue(sales):
    """The month's total as an exact sum of the per-product cents, in €."""
    return int(sales_cents(sales["total_sales"], sales["price"]).sum()) / 100


def x_total_revenue__mutmut_orig(sales):
    """The month's total as an exact sum of the per-product cents, in €."""
    return int(sales_cents(sales["total_sales"], sales["price"]).sum()) / 100


def x_total_revenue__mutmut_1(sales):
    """The month's total as an exact sum of the per-product cents, in €."""
    return int(sales_cents(sales["total_sales"], sales["price"]).sum()) * 100


def x_total_revenue__mutmut_2(sales):
    """The month's total as an exact sum of the per-product cents, in €."""
    return int(None) / 100


def x_total_revenue__mutmut_3(sales):
    """The month's total as an exact sum of the per-product cents, in €."""
    return int(sales_cents(None, sales["price"]).sum()) / 100


def x_total_revenue__mutmut_4(sales):
    """The month's total as an exact sum of the per-product cents, in €."""
    return int(sales_cents(sales["total_sales"], None).sum()) / 100


def x_total_revenue__mutmut_5(sales):
    """The month's total as an exact sum of the per-product cents, in €."""
    return int(sales_cents(sales["price"]).sum()) / 100


def x_total_revenue__mutmut_6(sales):
    """The month's total as an exact sum of the per-product cents, in €."""
    return int(sales_cents(sales["total_sales"], ).sum()) / 100


def x_total_revenue__mutmut_7(sales):
    """The month's total as an exact sum of the per-product cents, in €."""
    return int(sales_cents(sales["XXtotal_salesXX"], sales["price"]).sum()) / 100


def x_total_revenue__mutmut_8(sales):
    """The month's total as an exact sum of the per-product cents, in €."""
    return int(sales_cents(sales["TOTAL_SALES"], sales["price"]).sum()) / 100


def x_total_revenue__mutmut_9(sales):
    """The month's total as an exact sum of the per-product cents, in €."""
    return int(sales_cents(sales["total_sales"], sales["XXpriceXX"]).sum()) / 100


def x_total_revenue__mutmut_10(sales):
    """The month's total as an exact sum of the per-product cents, in €."""
    return int(sales_cents(sales["total_sales"], sales["PRICE"]).sum()) / 100


def x_total_revenue__mutmut_11(sales):
    """The month's total as an exact sum of the per-product cents, in €."""
    return int(sales_cents(sales["total_sales"], sales["price"]).sum()) / 101

mutants_x_total_revenue__mutmut['_mutmut_orig'] = x_total_revenue__mutmut_orig # type: ignore # mutmut generated
mutants_x_total_revenue__mutmut['x_total_revenue__mutmut_1'] = x_total_revenue__mutmut_1 # type: ignore # mutmut generated
mutants_x_total_revenue__mutmut['x_total_revenue__mutmut_2'] = x_total_revenue__mutmut_2 # type: ignore # mutmut generated
mutants_x_total_revenue__mutmut['x_total_revenue__mutmut_3'] = x_total_revenue__mutmut_3 # type: ignore # mutmut generated
mutants_x_total_revenue__mutmut['x_total_revenue__mutmut_4'] = x_total_revenue__mutmut_4 # type: ignore # mutmut generated
mutants_x_total_revenue__mutmut['x_total_revenue__mutmut_5'] = x_total_revenue__mutmut_5 # type: ignore # mutmut generated
mutants_x_total_revenue__mutmut['x_total_revenue__mutmut_6'] = x_total_revenue__mutmut_6 # type: ignore # mutmut generated
mutants_x_total_revenue__mutmut['x_total_revenue__mutmut_7'] = x_total_revenue__mutmut_7 # type: ignore # mutmut generated
mutants_x_total_revenue__mutmut['x_total_revenue__mutmut_8'] = x_total_revenue__mutmut_8 # type: ignore # mutmut generated
mutants_x_total_revenue__mutmut['x_total_revenue__mutmut_9'] = x_total_revenue__mutmut_9 # type: ignore # mutmut generated
mutants_x_total_revenue__mutmut['x_total_revenue__mutmut_10'] = x_total_revenue__mutmut_10 # type: ignore # mutmut generated
mutants_x_total_revenue__mutmut['x_total_revenue__mutmut_11'] = x_total_revenue__mutmut_11 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_add_zscore__mutmut)
def add_zscore(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_orig(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_1(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = None
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_2(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype(None)
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_3(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["XXpriceXX"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_4(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["PRICE"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_5(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("XXfloat64XX")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_6(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("FLOAT64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_7(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = None
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_8(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=None)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_9(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=2)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_10(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = None
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_11(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if (len(price) > 1 and std > 0) and False else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_12(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if (len(price) > 1 and std > 0) or True else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_13(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) * std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_14(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price + price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_15(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 or std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_16(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) >= 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_17(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 2 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_18(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std >= 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_19(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 1 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_20(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(None, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_21(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=None)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_22(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_23(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, )
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_24(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = None
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_25(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(None)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_26(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = None
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_27(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(None, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_28(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, None, np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_29(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", None)
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_30(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where("premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_31(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_32(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", )
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_33(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared > PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_34(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "XXpremiumXX", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_35(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "PREMIUM", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_36(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(None, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_37(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, None, None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_38(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where("ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_39(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_40(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", ))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_41(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared <= PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_42(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "XXordinaryXX", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_43(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ORDINARY", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_44(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=None, segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_45(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=None)


def x_add_zscore__mutmut_46(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(segment=pd.Series(segment, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_47(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, )


def x_add_zscore__mutmut_48(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(None, index=sales.index, dtype="string"))


def x_add_zscore__mutmut_49(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=None, dtype="string"))


def x_add_zscore__mutmut_50(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype=None))


def x_add_zscore__mutmut_51(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(index=sales.index, dtype="string"))


def x_add_zscore__mutmut_52(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, dtype="string"))


def x_add_zscore__mutmut_53(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, ))


def x_add_zscore__mutmut_54(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="XXstringXX"))


def x_add_zscore__mutmut_55(sales):
    """z = (price − mean) / std (n − 1); premium when z ≥ 2, ordinary when z < 2, empty when z is undefined."""
    price = sales["price"].astype("float64")
    std = price.std(ddof=1)
    z = (price - price.mean()) / std if len(price) > 1 and std > 0 else pd.Series(np.nan, index=price.index)
    compared = z.round(Z_DECIMALS)
    segment = np.where(compared >= PREMIUM_Z, "premium", np.where(compared < PREMIUM_Z, "ordinary", None))
    return sales.assign(z_score=z, segment=pd.Series(segment, index=sales.index, dtype="STRING"))

mutants_x_add_zscore__mutmut['_mutmut_orig'] = x_add_zscore__mutmut_orig # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_1'] = x_add_zscore__mutmut_1 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_2'] = x_add_zscore__mutmut_2 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_3'] = x_add_zscore__mutmut_3 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_4'] = x_add_zscore__mutmut_4 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_5'] = x_add_zscore__mutmut_5 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_6'] = x_add_zscore__mutmut_6 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_7'] = x_add_zscore__mutmut_7 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_8'] = x_add_zscore__mutmut_8 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_9'] = x_add_zscore__mutmut_9 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_10'] = x_add_zscore__mutmut_10 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_11'] = x_add_zscore__mutmut_11 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_12'] = x_add_zscore__mutmut_12 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_13'] = x_add_zscore__mutmut_13 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_14'] = x_add_zscore__mutmut_14 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_15'] = x_add_zscore__mutmut_15 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_16'] = x_add_zscore__mutmut_16 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_17'] = x_add_zscore__mutmut_17 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_18'] = x_add_zscore__mutmut_18 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_19'] = x_add_zscore__mutmut_19 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_20'] = x_add_zscore__mutmut_20 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_21'] = x_add_zscore__mutmut_21 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_22'] = x_add_zscore__mutmut_22 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_23'] = x_add_zscore__mutmut_23 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_24'] = x_add_zscore__mutmut_24 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_25'] = x_add_zscore__mutmut_25 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_26'] = x_add_zscore__mutmut_26 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_27'] = x_add_zscore__mutmut_27 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_28'] = x_add_zscore__mutmut_28 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_29'] = x_add_zscore__mutmut_29 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_30'] = x_add_zscore__mutmut_30 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_31'] = x_add_zscore__mutmut_31 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_32'] = x_add_zscore__mutmut_32 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_33'] = x_add_zscore__mutmut_33 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_34'] = x_add_zscore__mutmut_34 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_35'] = x_add_zscore__mutmut_35 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_36'] = x_add_zscore__mutmut_36 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_37'] = x_add_zscore__mutmut_37 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_38'] = x_add_zscore__mutmut_38 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_39'] = x_add_zscore__mutmut_39 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_40'] = x_add_zscore__mutmut_40 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_41'] = x_add_zscore__mutmut_41 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_42'] = x_add_zscore__mutmut_42 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_43'] = x_add_zscore__mutmut_43 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_44'] = x_add_zscore__mutmut_44 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_45'] = x_add_zscore__mutmut_45 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_46'] = x_add_zscore__mutmut_46 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_47'] = x_add_zscore__mutmut_47 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_48'] = x_add_zscore__mutmut_48 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_49'] = x_add_zscore__mutmut_49 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_50'] = x_add_zscore__mutmut_50 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_51'] = x_add_zscore__mutmut_51 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_52'] = x_add_zscore__mutmut_52 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_53'] = x_add_zscore__mutmut_53 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_54'] = x_add_zscore__mutmut_54 # type: ignore # mutmut generated
mutants_x_add_zscore__mutmut['x_add_zscore__mutmut_55'] = x_add_zscore__mutmut_55 # type: ignore # mutmut generated
